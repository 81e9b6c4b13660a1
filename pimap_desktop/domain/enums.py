"""Enumerations of the domain: kinds, roles and statuses.

Values are stored as their lower-case string value, so they read well in the database, in CSV
exports and in ``--json`` output. ``label`` gives the text shown to a person.
"""

from __future__ import annotations

import enum

from pimap_desktop.text import ServiceWords


class LabelledEnum(enum.StrEnum):
    """A string enum whose members know how to present themselves."""

    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept a value (``business_mission``) or a label (``Business mission``)."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            label = member.label.lower().replace("-", "_").replace(" ", "_")
            if key in (member.value, label):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(ServiceWords.say("'%1' is not one of: %2", text, choices))


_LABELS = {
    "sme": "SME",
    "smes_engaged": "SMEs engaged",
    "followups": "Follow-ups",
    "mous_signed": "MoUs signed",
    "mou_signed": "MoU signed",
    "b2b_session": "B2B session",
    "followup_meeting_planned": "Follow-up meeting planned",
    "no_show": "No-show",
    "agreement_signed": "Agreement or contract signed",
    "proposal_sent": "Quotation or proposal sent",
    "agreement_negotiation": "Agreement under negotiation",
}


class OrganisationKind(LabelledEnum):
    SME = "sme"
    LARGE_COMPANY = "large_company"
    CLUSTER = "cluster"
    RESEARCH_CENTRE = "research_centre"
    INTEGRATOR = "integrator"
    INVESTOR = "investor"
    PUBLIC_BODY = "public_body"
    OTHER = "other"


class OrganisationSize(LabelledEnum):
    MICRO = "micro"  # fewer than 10 people
    SMALL = "small"  # 10-49
    MEDIUM = "medium"  # 50-249
    LARGE = "large"  # 250 and more


class ExportReadiness(LabelledEnum):
    NOT_READY = "not_ready"
    EXPLORING = "exploring"
    READY = "ready"
    EXPORTING = "exporting"


class MissionKind(LabelledEnum):
    BUSINESS_MISSION = "business_mission"
    WORKSHOP = "workshop"
    FAIR_PARTICIPATION = "fair_participation"
    MATCHMAKING_EVENT = "matchmaking_event"


class MissionStatus(LabelledEnum):
    DRAFT = "draft"
    OPEN = "open"
    RUNNING = "running"
    CLOSED = "closed"


class ProgrammeItemKind(LabelledEnum):
    BRIEFING = "briefing"
    FAIR_VISIT = "fair_visit"
    SITE_VISIT = "site_visit"
    RECEPTION = "reception"
    WORKSHOP_SESSION = "workshop_session"
    B2B_SESSION = "b2b_session"
    MEAL = "meal"
    TRAVEL = "travel"
    OTHER = "other"


class Audience(LabelledEnum):
    EVERYONE = "everyone"
    GROUP = "group"  # one delegation
    NAMED = "named"  # the registrations listed as attendees
    ROLE = "role"  # the registrations of some roles (``roles`` of the item or note)


class EmblemKind(LabelledEnum):
    """Whose emblem a document carries beside the organising clusters' logos."""

    PARTNERSHIP = "partnership"
    FUNDER = "funder"


class RegistrationRole(LabelledEnum):
    DELEGATE = "delegate"
    LOCAL_PARTICIPANT = "local_participant"
    LOCAL_HOST = "local_host"
    COORDINATOR = "coordinator"
    SPEAKER = "speaker"
    VISITOR = "visitor"


class RegistrationStatus(LabelledEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class RequestStatus(LabelledEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class MeetingStatus(LabelledEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class FollowUpOutcome(LabelledEnum):
    NO_INTEREST = "no_interest"
    INFORMATION_EXCHANGED = "information_exchanged"
    FOLLOWUP_MEETING_PLANNED = "followup_meeting_planned"
    PROPOSAL_SENT = "proposal_sent"
    AGREEMENT_NEGOTIATION = "agreement_negotiation"
    AGREEMENT_SIGNED = "agreement_signed"
    MOU_SIGNED = "mou_signed"


class EenRating(LabelledEnum):
    """The Enterprise Europe Network's later rating of a meeting."""

    NO_FURTHER_CONTACT = "no_further_contact"
    KNOWLEDGE_GAINED = "knowledge_gained"
    VALUABLE_CONTACT = "valuable_contact"
    NEGOTIATION_STARTED = "negotiation_started"
    AGREEMENT_REACHED = "agreement_reached"


class KpiMetric(LabelledEnum):
    SMES_ENGAGED = "smes_engaged"
    PARTICIPANTS = "participants"
    MEETINGS_REQUESTED = "meetings_requested"
    MEETINGS_SCHEDULED = "meetings_scheduled"
    MEETINGS_HELD = "meetings_held"
    FOLLOWUPS = "followups"
    AGREEMENTS_SIGNED = "agreements_signed"
    MOUS_SIGNED = "mous_signed"

"""The domain's labels (kinds, statuses, roles, outcomes, metrics) in the interface's language.

``LabelledEnum.label`` stays English: data files, the command line and ``--json`` read it, and
the documents have catalogues of their own. The interface shows ``enum_label(member)``: the same
words, translated in the context of the enum's class ("Cancelled" is a registration's in
``RegistrationStatus`` and a meeting's in ``MeetingStatus``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, forget_when_translators_change

# Every label of the domain's enums, for lupdate (tests/gui/test_translations.py checks that
# none is missing).
LABELS = (
    # OrganisationKind
    QT_TRANSLATE_NOOP("OrganisationKind", "SME"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Large company"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Cluster"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Research centre"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Integrator"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Investor"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Public body"),
    QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
    # OrganisationSize
    QT_TRANSLATE_NOOP("OrganisationSize", "Micro"),
    QT_TRANSLATE_NOOP("OrganisationSize", "Small"),
    QT_TRANSLATE_NOOP("OrganisationSize", "Medium"),
    QT_TRANSLATE_NOOP("OrganisationSize", "Large"),
    # ExportReadiness
    QT_TRANSLATE_NOOP("ExportReadiness", "Not ready"),
    QT_TRANSLATE_NOOP("ExportReadiness", "Exploring"),
    QT_TRANSLATE_NOOP("ExportReadiness", "Ready"),
    QT_TRANSLATE_NOOP("ExportReadiness", "Exporting"),
    # MissionKind
    QT_TRANSLATE_NOOP("MissionKind", "Business mission"),
    QT_TRANSLATE_NOOP("MissionKind", "Workshop"),
    QT_TRANSLATE_NOOP("MissionKind", "Fair participation"),
    QT_TRANSLATE_NOOP("MissionKind", "Matchmaking event"),
    # MissionStatus
    QT_TRANSLATE_NOOP("MissionStatus", "Draft"),
    QT_TRANSLATE_NOOP("MissionStatus", "Open"),
    QT_TRANSLATE_NOOP("MissionStatus", "Running"),
    QT_TRANSLATE_NOOP("MissionStatus", "Closed"),
    # ProgrammeItemKind
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Briefing"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Fair visit"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Site visit"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Reception"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Workshop session"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "B2B session"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Meal"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Travel"),
    QT_TRANSLATE_NOOP("ProgrammeItemKind", "Other"),
    # Audience
    QT_TRANSLATE_NOOP("Audience", "Everyone"),
    QT_TRANSLATE_NOOP("Audience", "Group"),
    QT_TRANSLATE_NOOP("Audience", "Named"),
    QT_TRANSLATE_NOOP("Audience", "Role"),
    # EmblemKind
    QT_TRANSLATE_NOOP("EmblemKind", "Partnership"),
    QT_TRANSLATE_NOOP("EmblemKind", "Funder"),
    # RegistrationRole
    QT_TRANSLATE_NOOP("RegistrationRole", "Delegate"),
    QT_TRANSLATE_NOOP("RegistrationRole", "Local participant"),
    QT_TRANSLATE_NOOP("RegistrationRole", "Local host"),
    QT_TRANSLATE_NOOP("RegistrationRole", "Coordinator"),
    QT_TRANSLATE_NOOP("RegistrationRole", "Speaker"),
    QT_TRANSLATE_NOOP("RegistrationRole", "Visitor"),
    # RegistrationStatus
    QT_TRANSLATE_NOOP("RegistrationStatus", "Invited"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Registered"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Confirmed"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Waitlisted"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "No-show"),
    # RequestStatus
    QT_TRANSLATE_NOOP("RequestStatus", "Pending"),
    QT_TRANSLATE_NOOP("RequestStatus", "Accepted"),
    QT_TRANSLATE_NOOP("RequestStatus", "Declined"),
    # MeetingStatus
    QT_TRANSLATE_NOOP("MeetingStatus", "Scheduled"),
    QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
    QT_TRANSLATE_NOOP("MeetingStatus", "No-show"),
    QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    # FollowUpOutcome
    QT_TRANSLATE_NOOP("FollowUpOutcome", "No interest"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "Information exchanged"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "Follow-up meeting planned"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "Quotation or proposal sent"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "Agreement under negotiation"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "Agreement or contract signed"),
    QT_TRANSLATE_NOOP("FollowUpOutcome", "MoU signed"),
    # EenRating
    QT_TRANSLATE_NOOP("EenRating", "No further contact"),
    QT_TRANSLATE_NOOP("EenRating", "Knowledge gained"),
    QT_TRANSLATE_NOOP("EenRating", "Valuable contact"),
    QT_TRANSLATE_NOOP("EenRating", "Negotiation started"),
    QT_TRANSLATE_NOOP("EenRating", "Agreement reached"),
    # KpiMetric
    QT_TRANSLATE_NOOP("KpiMetric", "SMEs engaged"),
    QT_TRANSLATE_NOOP("KpiMetric", "Participants"),
    QT_TRANSLATE_NOOP("KpiMetric", "Meetings requested"),
    QT_TRANSLATE_NOOP("KpiMetric", "Meetings scheduled"),
    QT_TRANSLATE_NOOP("KpiMetric", "Meetings held"),
    QT_TRANSLATE_NOOP("KpiMetric", "Follow-ups"),
    QT_TRANSLATE_NOOP("KpiMetric", "Agreements signed"),
    QT_TRANSLATE_NOOP("KpiMetric", "MoUs signed"),
)


# Each member's label, once translated (a list of 16,000 registrations shows two per row), by
# its enum and value: members of two enums with one value are equal strings.
_translated: dict[tuple[type, LabelledEnum], str] = {}
forget_when_translators_change(_translated.clear)


def enum_label(member: LabelledEnum) -> str:
    """``member.label`` in the interface's language."""
    key = (type(member), member)
    found = _translated.get(key)
    if found is None:
        found = _translated[key] = QCoreApplication.translate(type(member).__name__, member.label)
    return found

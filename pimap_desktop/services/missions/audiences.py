"""Who a programme item or a practical note is meant for, and how to say it.

An audience is everyone, one delegation, some roles (delegates, local hosts, speakers...), or
named people (programme items only). A programme item can also be the alternative to another
item: whoever attends that one does not get this one (the free afternoon of those not on the
site visit), so the two never appear on one person's day.

One rule for every reader: the printed agenda and packs, the calendar files and the
scheduler's view of who is busy all ask ``Audiences.attends``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pimap_desktop.domain.enums import Audience, RegistrationRole
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import PracticalNote, ProgrammeItem

# Plural labels, in the order a list of roles is said.
ROLE_NAMES = {
    RegistrationRole.DELEGATE: "delegates",
    RegistrationRole.SPEAKER: "speakers",
    RegistrationRole.COORDINATOR: "coordinators",
    RegistrationRole.LOCAL_PARTICIPANT: "local participants",
    RegistrationRole.LOCAL_HOST: "local hosts",
    RegistrationRole.VISITOR: "visitors",
}


def parse_roles(values: Iterable[str | RegistrationRole]) -> tuple[RegistrationRole, ...]:
    """Roles from their values or labels (``delegate``, ``Local host``), in the order of
    ``ROLE_NAMES``, each once; ValidationError on an unknown one."""
    found: set[RegistrationRole] = set()
    for value in values:
        try:
            found.add(
                value
                if isinstance(value, RegistrationRole)
                else RegistrationRole(RegistrationRole.parse(value))
            )
        except ValueError as exc:
            raise ValidationError(str(exc), "roles") from None
    return tuple(role for role in ROLE_NAMES if role in found)


def stored_roles(values: Iterable[str]) -> tuple[RegistrationRole, ...]:
    """The roles of a record as stored (unknown values, from a newer version, left out)."""
    known = {role.value: role for role in RegistrationRole}
    found = {known[v] for v in values if v in known}
    return tuple(role for role in ROLE_NAMES if role in found)


def roles_text(roles: Sequence[RegistrationRole]) -> str:
    """``Delegates, speakers and coordinators``."""
    names = [ROLE_NAMES[role] for role in ROLE_NAMES if role in roles]
    if not names:
        return "Nobody (no role chosen)"
    text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return text[0].upper() + text[1:]


def audience_text(
    audience: Audience,
    *,
    delegation: str = "",
    roles: Sequence[RegistrationRole] = (),
    named: int | None = None,
    alternative_to: str = "",
) -> str:
    """How an audience is said: ``Everyone``, the delegation's name, ``Delegates and
    speakers``, ``Named participants`` (or ``3 named``), with ``, not those at <item>`` for an
    alternative."""
    if audience is Audience.GROUP:
        text = delegation or "A delegation"
    elif audience is Audience.ROLE:
        text = roles_text(roles)
    elif audience is Audience.NAMED:
        text = "Named participants" if named is None else f"{named} named"
    else:
        text = "Everyone"
    if alternative_to:
        text += f" not at “{alternative_to}”"
    return text


@dataclass(frozen=True)
class Member:
    """What an audience looks at in a registration."""

    registration_id: uuid.UUID
    role: RegistrationRole
    delegation_id: uuid.UUID | None


@dataclass(frozen=True)
class Rule:
    """An audience as stored on a programme item or a note."""

    audience: Audience
    delegation_id: uuid.UUID | None = None
    roles: tuple[RegistrationRole, ...] = ()
    named: frozenset[uuid.UUID] = frozenset()  # registration ids, Audience.NAMED
    alternative_to: uuid.UUID | None = None  # programme items: the item it stands in for

    def includes(self, member: Member) -> bool:
        """The audience itself, without the alternative."""
        if self.audience is Audience.EVERYONE:
            return True
        if self.audience is Audience.GROUP:
            return self.delegation_id is not None and member.delegation_id == self.delegation_id
        if self.audience is Audience.ROLE:
            return member.role in self.roles
        return member.registration_id in self.named


class Audiences:
    """The audiences of a mission's programme items, answering who attends what.

    ``attends`` follows alternatives: someone attends an item when they are in its audience
    and do not attend the item it is the alternative to (followed in turn; the programme
    service refuses a loop of alternatives, and one found anyway is cut where it closes).
    """

    def __init__(self, rules: dict[uuid.UUID, Rule]) -> None:
        self._rules = rules
        self._memo: dict[tuple[uuid.UUID, uuid.UUID], bool] = {}

    def attends(self, item_id: uuid.UUID, member: Member) -> bool:
        return self._attends(item_id, member, frozenset())

    def _attends(self, item_id: uuid.UUID, member: Member, seen: frozenset[uuid.UUID]) -> bool:
        key = (item_id, member.registration_id)
        if key in self._memo:
            return self._memo[key]
        rule = self._rules.get(item_id)
        if rule is None or item_id in seen:
            return False
        answer = rule.includes(member)
        if answer and rule.alternative_to is not None and rule.alternative_to in self._rules:
            answer = not self._attends(rule.alternative_to, member, seen | {item_id})
        self._memo[key] = answer
        return answer


def item_rule(item: ProgrammeItem) -> Rule:
    """The audience of a programme item (its ``attendees`` must be loaded)."""
    return Rule(
        audience=item.audience,
        delegation_id=item.delegation_id,
        roles=stored_roles(item.roles or ()),
        named=frozenset(r.id for r in item.attendees),
        alternative_to=item.alternative_to_id,
    )


def note_rule(note: PracticalNote) -> Rule:
    return Rule(
        audience=note.audience,
        delegation_id=note.delegation_id,
        roles=stored_roles(note.roles or ()),
    )

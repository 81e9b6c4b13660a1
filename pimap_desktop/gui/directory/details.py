"""The detail panel's HTML: a person with their history, an organisation with its people.

Pure functions of service results: the page runs the queries (on selection change only) and
hands what they returned to these. Every text from the database is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date

from pimap_desktop.services.directory.directory import (
    OrganisationData,
    OrganisationHistory,
    OrganisationRow,
    PersonData,
    PersonHistory,
    PersonRow,
)
from pimap_desktop.services.directory.personal_data import ERASED_FIRST_NAME, ERASED_LAST_NAME

PEOPLE_SHOWN_AT_MOST = 200

_STYLE = """
<style>
  h2 { margin-bottom: 2px; }
  h3 { margin-top: 14px; margin-bottom: 4px; }
  .sub { color: #555555; }
  .key { color: #555555; padding-right: 12px; }
  .none { color: #999999; }
  .note { background-color: #fff4ce; padding: 6px; }
  th { text-align: left; color: #555555; font-weight: normal; padding-right: 10px; }
  td { padding-right: 10px; }
</style>
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _multiline(text: str) -> str:
    return _e(text.strip()).replace("\n", "<br>")


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _missions(n: int) -> str:
    return "no mission yet" if not n else _plural(n, "mission", "missions")


def _none(text: str = "—") -> str:
    return f'<span class="none">{_e(text)}</span>'


def _fields(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of labels and (already escaped) values."""
    rows = "".join(f'<tr><td class="key">{_e(k)}</td><td>{v}</td></tr>' for k, v in pairs)
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>'


def _text_or_none(text: str) -> str:
    return _e(text) if text.strip() else _none()


def _link(url: str) -> str:
    """A website as a link, only for http(s); anything else is shown as plain text."""
    url = url.strip()
    if not url:
        return _none()
    target = url if "://" in url else f"https://{url}"
    if not target.lower().startswith(("http://", "https://")):
        return _e(url)
    return f'<a href="{_e(target)}">{_e(url)}</a>'


def hint_html(text: str) -> str:
    return f'{_STYLE}<p class="sub">{_e(text)}</p>'


def selection_html(names: Sequence[str], noun: str, hint: str) -> str:
    listed = "".join(f"<li>{_e(n)}</li>" for n in names[:20])
    more = f"<li>and {len(names) - 20} more</li>" if len(names) > 20 else ""
    return f'{_STYLE}<h3>{len(names)} {_e(noun)} selected</h3><ul>{listed}{more}</ul><p class="sub">{_e(hint)}</p>'


def _changed(changed: str | None) -> str:
    """'Changed by … at …', small, when known."""
    return f'<p class="sub"><i>{_e(changed)}</i></p>' if changed else ""


def person_html(
    row: PersonRow, data: PersonData, history: PersonHistory, changed: str | None = None
) -> str:
    name = f"{data.first_name} {data.last_name}".strip()
    parts = [_STYLE, f"<h2>{_e(name)}</h2>"]
    erased = (data.first_name, data.last_name) == (ERASED_FIRST_NAME, ERASED_LAST_NAME)
    if erased and not data.email:
        parts.append(
            '<p class="note">This person was erased on request: nothing that identifies them '
            "is kept; their registrations and meetings stay so that counts remain right.</p>"
        )
    where = " · ".join(
        p
        for p in (
            _e(data.job_title),
            f"<b>{_e(row.organisation)}</b>" if row.organisation else "",
            _e(row.country),
        )
        if p
    )
    parts.append(f'<p class="sub">{where or _none("No organisation")}</p>')
    parts.append(_changed(changed))

    email = f'<a href="mailto:{_e(data.email)}">{_e(data.email)}</a>' if data.email else _none()
    if data.consent_listed or data.consent_contact:
        given = [
            what
            for what, yes in (
                ("listed in attendee packs", data.consent_listed),
                ("contacted", data.consent_contact),
            )
            if yes
        ]
        consent = "May be " + " and ".join(given)
    else:
        consent = "None given"
    if data.consent_date is not None:
        consent += f" (recorded {_day(data.consent_date)})"
    parts.append(
        _fields(
            [
                ("E-mail", email),
                ("Phone", _text_or_none(data.phone)),
                ("Badge name", _text_or_none(data.badge_name)),
                ("Languages", _text_or_none(", ".join(data.languages))),
                ("Diet", _text_or_none(data.dietary_needs)),
                ("Accessibility", _text_or_none(data.accessibility_needs)),
                ("Consent", _e(consent)),
            ]
        )
    )

    parts.append(f"<h3>Missions ({len(history.missions)})</h3>")
    if history.missions:
        lines = "".join(
            f"<tr><td><b>{_e(m.code)}</b> {_e(m.name)}<br>"
            f'<span class="sub">{_day(m.start_date)} · {_e(m.role.label)} · '
            f"{_e(m.status.label)} · {_plural(m.meetings, 'meeting', 'meetings')}</span>"
            "</td></tr>"
            for m in history.missions
        )
        parts.append(f'<table cellspacing="0" cellpadding="3">{lines}</table>')
    else:
        parts.append(f"<p>{_none('No mission yet.')}</p>")

    parts.append(f"<h3>Follow-ups ({len(history.followups)})</h3>")
    if history.followups:
        items = []
        for f in history.followups:
            text = f"<b>{_e(f.outcome.label)}</b>"
            if f.mission:
                text += f" ({_e(f.mission)})"
            if f.next_action:
                text += f": {_e(f.next_action)}"
            if f.due_date is not None:
                text += f", due {_day(f.due_date)}"
            text += " — done" if f.done else ""
            items.append(f"<li>{text}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        parts.append(f"<p>{_none('No follow-up recorded.')}</p>")

    if data.notes.strip():
        parts.append(f"<h3>Notes</h3><p>{_multiline(data.notes)}</p>")
    return "".join(parts)


def organisation_html(
    row: OrganisationRow,
    data: OrganisationData,
    people: Sequence[PersonRow],
    history: OrganisationHistory | None = None,
    changed: str | None = None,
) -> str:
    parts = [_STYLE, f"<h2>{_e(data.name)}</h2>"]
    place = ", ".join(p for p in (data.city, data.country) if p)
    sub = [_e(data.kind.label)]
    if place:
        sub.append(_e(place))
    if row.cluster:
        sub.append(f"member of <b>{_e(row.cluster)}</b>")
    parts.append(f'<p class="sub">{" · ".join(sub)}</p>')
    parts.append(_changed(changed))
    parts.append(
        _fields(
            [
                ("Website", _link(data.website)),
                ("Size", _e(data.size.label) if data.size else _none()),
                ("Sectors", _text_or_none(", ".join(data.sectors))),
                ("Technologies", _text_or_none(", ".join(data.technologies))),
                ("Application areas", _text_or_none(", ".join(data.application_areas))),
                ("Value chain", _text_or_none(data.value_chain_position)),
                (
                    "Export readiness",
                    _e(data.export_readiness.label) if data.export_readiness else _none(),
                ),
            ]
        )
    )
    for title, text in (
        ("Offers", data.offers),
        ("Seeks", data.seeks),
        ("Description", data.description),
    ):
        if text.strip():
            parts.append(f"<h3>{title}</h3><p>{_multiline(text)}</p>")

    parts.append(f"<h3>People ({len(people)})</h3>")
    if people:
        shown = sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold()))
        lines = "".join(
            f"<tr><td><b>{_e(p.full_name)}</b>{', ' + _e(p.job_title) if p.job_title else ''}"
            f'<br><span class="sub">'
            f"{' · '.join(x for x in (_e(p.email), _missions(p.missions)) if x)}</span></td></tr>"
            for p in shown[:PEOPLE_SHOWN_AT_MOST]
        )
        parts.append(f'<table cellspacing="0" cellpadding="3">{lines}</table>')
        if len(people) > PEOPLE_SHOWN_AT_MOST:
            parts.append(f"<p>{_none(f'and {len(people) - PEOPLE_SHOWN_AT_MOST} more')}</p>")
    else:
        parts.append(f"<p>{_none('Nobody in the directory works here yet.')}</p>")
    if history is not None:
        parts.append(f"<h3>Missions ({len(history.missions)})</h3>")
        if history.missions:
            parts.append(
                '<table cellspacing="0" cellpadding="3">'
                + "".join(
                    f"<tr><td><b>{_e(m.code)}</b> {_e(m.name)}<br>"
                    f'<span class="sub">{_day(m.start_date)} · '
                    f"{_plural(m.people, 'person', 'people')} · "
                    f"{_plural(m.meetings, 'meeting', 'meetings')}</span></td></tr>"
                    for m in history.missions
                )
                + "</table>"
            )
        else:
            parts.append(f"<p>{_none('No mission yet.')}</p>")
        parts.append(f"<h3>Follow-ups ({len(history.followups)})</h3>")
        if history.followups:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{_e(f.outcome.label)}"
                    + (f" ({_e(f.mission)})" if f.mission else "")
                    + (f" — next: {_e(f.next_action)}" if f.next_action else "")
                    + ("" if not f.next_action else (" ✓" if f.done else ""))
                    + "</li>"
                    for f in history.followups
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{_none('No follow-up recorded.')}</p>")
    return "".join(parts)

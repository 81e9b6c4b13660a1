"""The detail panel's HTML: a person with their history, an organisation with its people.

Pure functions of service results: the page runs the queries (on selection change only) and
hands what they returned to these. Every text from the database is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date

from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import LANGUAGES, TranslationContext, arg
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


class DirectoryDetails(TranslationContext):
    """The translation context of the detail panel's words."""


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
    return f"{value.day} {when(value, '%b %Y')}"


def _missions(n: int) -> str:
    return (
        DirectoryDetails.tr("no mission yet")
        if not n
        else DirectoryDetails.tr("%n mission(s)", "", n)
    )


def _meetings(n: int) -> str:
    return DirectoryDetails.tr("%n meeting(s)", "", n)


def _people(n: int) -> str:
    return DirectoryDetails.tr("%n person(s)", "", n)


def _no_mission() -> str:
    return DirectoryDetails.tr("No mission yet.")


def _no_followup() -> str:
    return DirectoryDetails.tr("No follow-up recorded.")


def _nobody() -> str:
    return DirectoryDetails.tr("Nobody in the directory works here yet.")


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


def selection_html(names: Sequence[str], heading: str, hint: str) -> str:
    """The names selected under ``heading`` ("3 people selected"), and ``hint``."""
    listed = "".join(f"<li>{_e(n)}</li>" for n in names[:20])
    more = (
        "<li>" + _e(arg(DirectoryDetails.tr("and %1 more"), len(names) - 20)) + "</li>"
        if len(names) > 20
        else ""
    )
    return f'{_STYLE}<h3>{_e(heading)}</h3><ul>{listed}{more}</ul><p class="sub">{_e(hint)}</p>'


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
            '<p class="note">'
            + DirectoryDetails.tr(
                "This person was erased on request: nothing that identifies them is kept; "
                "their registrations and meetings stay so that counts remain right."
            )
            + "</p>"
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
    nothing = _none(DirectoryDetails.tr("No organisation"))
    parts.append(f'<p class="sub">{where or nothing}</p>')
    parts.append(_changed(changed))

    email = f'<a href="mailto:{_e(data.email)}">{_e(data.email)}</a>' if data.email else _none()
    if data.consent_listed or data.consent_contact:
        if data.consent_listed and data.consent_contact:
            consent = DirectoryDetails.tr("May be listed in attendee packs and contacted")
        elif data.consent_listed:
            consent = DirectoryDetails.tr("May be listed in attendee packs")
        else:
            consent = DirectoryDetails.tr("May be contacted")
    else:
        consent = DirectoryDetails.tr("None given")
    if data.consent_date is not None:
        consent = arg(DirectoryDetails.tr("%1 (recorded %2)"), consent, _day(data.consent_date))
    parts.append(
        _fields(
            [
                (DirectoryDetails.tr("E-mail"), email),
                (DirectoryDetails.tr("Phone"), _text_or_none(data.phone)),
                (DirectoryDetails.tr("Badge name"), _text_or_none(data.badge_name)),
                (DirectoryDetails.tr("Languages"), _text_or_none(", ".join(data.languages))),
                (
                    DirectoryDetails.tr("Documents in"),
                    _text_or_none(LANGUAGES.get(data.preferred_language or "", "")),
                ),
                (DirectoryDetails.tr("Diet"), _text_or_none(data.dietary_needs)),
                (DirectoryDetails.tr("Accessibility"), _text_or_none(data.accessibility_needs)),
                (DirectoryDetails.tr("Consent"), _e(consent)),
            ]
        )
    )

    parts.append(
        "<h3>" + arg(DirectoryDetails.tr("Missions (%1)"), len(history.missions)) + "</h3>"
    )
    if history.missions:
        lines = "".join(
            f"<tr><td><b>{_e(m.code)}</b> {_e(m.name)}<br>"
            f'<span class="sub">{_day(m.start_date)} · {_e(enum_label(m.role))} · '
            f"{_e(enum_label(m.status))} · {_meetings(m.meetings)}</span>"
            "</td></tr>"
            for m in history.missions
        )
        parts.append(f'<table cellspacing="0" cellpadding="3">{lines}</table>')
    else:
        parts.append(f"<p>{_none(_no_mission())}</p>")

    parts.append(
        "<h3>" + arg(DirectoryDetails.tr("Follow-ups (%1)"), len(history.followups)) + "</h3>"
    )
    if history.followups:
        items = []
        for f in history.followups:
            text = f"<b>{_e(enum_label(f.outcome))}</b>"
            if f.mission:
                text += f" ({_e(f.mission)})"
            if f.next_action:
                text += f": {_e(f.next_action)}"
            if f.due_date is not None:
                text += arg(DirectoryDetails.tr(", due %1"), _day(f.due_date))
            text += DirectoryDetails.tr(" — done") if f.done else ""
            items.append(f"<li>{text}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        parts.append(f"<p>{_none(_no_followup())}</p>")

    if data.notes.strip():
        parts.append(
            "<h3>" + DirectoryDetails.tr("Notes") + f"</h3><p>{_multiline(data.notes)}</p>"
        )
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
    sub = [_e(enum_label(data.kind))]
    if place:
        sub.append(_e(place))
    if row.cluster:
        sub.append(arg(DirectoryDetails.tr("member of %1"), f"<b>{_e(row.cluster)}</b>"))
    parts.append(f'<p class="sub">{" · ".join(sub)}</p>')
    parts.append(_changed(changed))
    parts.append(
        _fields(
            [
                (DirectoryDetails.tr("Website"), _link(data.website)),
                (DirectoryDetails.tr("Size"), _e(enum_label(data.size)) if data.size else _none()),
                (DirectoryDetails.tr("Sectors"), _text_or_none(", ".join(data.sectors))),
                (DirectoryDetails.tr("Technologies"), _text_or_none(", ".join(data.technologies))),
                (
                    DirectoryDetails.tr("Application areas"),
                    _text_or_none(", ".join(data.application_areas)),
                ),
                (DirectoryDetails.tr("Value chain"), _text_or_none(data.value_chain_position)),
                (
                    DirectoryDetails.tr("Export readiness"),
                    _e(enum_label(data.export_readiness)) if data.export_readiness else _none(),
                ),
            ]
        )
    )
    for title, text in (
        (DirectoryDetails.tr("Offers"), data.offers),
        (DirectoryDetails.tr("Seeks"), data.seeks),
        (DirectoryDetails.tr("Description"), data.description),
    ):
        if text.strip():
            parts.append(f"<h3>{_e(title)}</h3><p>{_multiline(text)}</p>")

    parts.append("<h3>" + arg(DirectoryDetails.tr("People (%1)"), len(people)) + "</h3>")
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
            more = arg(DirectoryDetails.tr("and %1 more"), len(people) - PEOPLE_SHOWN_AT_MOST)
            parts.append(f"<p>{_none(more)}</p>")
    else:
        parts.append(f"<p>{_none(_nobody())}</p>")
    if history is not None:
        parts.append(
            "<h3>" + arg(DirectoryDetails.tr("Missions (%1)"), len(history.missions)) + "</h3>"
        )
        if history.missions:
            parts.append(
                '<table cellspacing="0" cellpadding="3">'
                + "".join(
                    f"<tr><td><b>{_e(m.code)}</b> {_e(m.name)}<br>"
                    f'<span class="sub">{_day(m.start_date)} · '
                    f"{_people(m.people)} · "
                    f"{_meetings(m.meetings)}</span></td></tr>"
                    for m in history.missions
                )
                + "</table>"
            )
        else:
            parts.append(f"<p>{_none(_no_mission())}</p>")
        parts.append(
            "<h3>" + arg(DirectoryDetails.tr("Follow-ups (%1)"), len(history.followups)) + "</h3>"
        )
        if history.followups:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{_e(enum_label(f.outcome))}"
                    + (f" ({_e(f.mission)})" if f.mission else "")
                    + (
                        arg(DirectoryDetails.tr(" — next: %1"), _e(f.next_action))
                        if f.next_action
                        else ""
                    )
                    + ("" if not f.next_action else (" ✓" if f.done else ""))
                    + "</li>"
                    for f in history.followups
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{_none(_no_followup())}</p>")
    return "".join(parts)

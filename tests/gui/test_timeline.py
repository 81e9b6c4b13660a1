"""The programme timeline: placement on the hour scale, lanes, selection and activation."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import ProgrammeItemKind
from pimap_desktop.gui.missions.timeline import EMPTY_HINT, ProgrammeTimeline, day_label
from pimap_desktop.services.missions.missions import ProgrammeRow

# The offscreen platform plugin says so whenever a window with a layout is shown.

LA = ZoneInfo("America/Los_Angeles")
DAYS = [date(2027, 1, 25), date(2027, 1, 26), date(2027, 1, 27)]


def row(
    title: str,
    day: int,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    end_day: int | None = None,
    kind: ProgrammeItemKind = ProgrammeItemKind.OTHER,
    venue: str = "",
    room: str = "",
    overlaps: tuple[str, ...] = (),
) -> ProgrammeRow:
    starts = datetime(2027, 1, day, *start, tzinfo=LA)
    ends = datetime(2027, 1, end_day or day, *end, tzinfo=LA)
    return ProgrammeRow(
        id=uuid.uuid4(),
        kind=kind,
        title=title,
        starts_local=starts,
        ends_local=ends,
        venue=venue,
        room=room,
        audience="Everyone",
        zone_label=starts.tzname() or "",
        overlaps=overlaps,
    )


def centre(rect: QRectF) -> QPoint:
    return rect.center().toPoint()


@pytest.fixture
def timeline(qtbot: QtBot) -> ProgrammeTimeline:
    widget = ProgrammeTimeline()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_click_selects_and_double_click_activates(
    qtbot: QtBot, timeline: ProgrammeTimeline
) -> None:
    briefing = row("Briefing", 26, (8, 30), (9, 30), kind=ProgrammeItemKind.BRIEFING)
    visit = row("Fair visit", 26, (10, 0), (12, 0), kind=ProgrammeItemKind.FAIR_VISIT)
    timeline.set_programme([briefing, visit], DAYS, "America/Los_Angeles")
    canvas = timeline.canvas_widget()
    rect = timeline.item_rect(visit.id)
    assert not rect.isEmpty()

    with qtbot.waitSignal(timeline.itemSelected, timeout=1000) as selected:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(rect))
    assert selected.args == [visit.id]
    assert timeline.selected_item() == visit.id

    with qtbot.waitSignal(timeline.itemActivated, timeout=1000) as activated:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre(rect))
    assert activated.args == [visit.id]

    # A click on empty grid clears the selection.
    empty_spot = QPoint(int(rect.center().x()), int(timeline.y_for_time(time(20, 0))))
    with qtbot.waitSignal(timeline.itemSelected, timeout=1000) as cleared:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=empty_spot)
    assert cleared.args == [None]
    assert timeline.selected_item() is None


def test_overlapping_items_are_laid_side_by_side(timeline: ProgrammeTimeline) -> None:
    b2b = row(
        "B2B session",
        26,
        (13, 0),
        (17, 0),
        kind=ProgrammeItemKind.B2B_SESSION,
        venue="Moscone Center",
        room="301",
        overlaps=("Pitch rehearsal",),
    )
    pitch = row(
        "Pitch rehearsal",
        26,
        (14, 0),
        (15, 30),
        kind=ProgrammeItemKind.WORKSHOP_SESSION,
        venue="Moscone Center",
        room="301",
        overlaps=("B2B session",),
    )
    later = row("Dinner", 26, (19, 0), (21, 0), kind=ProgrammeItemKind.MEAL)
    timeline.set_programme([b2b, pitch, later], DAYS, "America/Los_Angeles")
    first, second = timeline.item_rect(b2b.id), timeline.item_rect(pitch.id)
    assert not first.isEmpty() and not second.isEmpty()
    assert not first.intersects(second)
    column = timeline.day_column_rect(date(2027, 1, 26))
    assert column.contains(first) and column.contains(second)
    # An item that overlaps nothing keeps the whole width of its day.
    assert timeline.item_rect(later.id).width() > first.width() + second.width() - 1
    # The same-room clash is spelled out in the tooltip, with the zone.
    tip = timeline.tooltip_text(pitch.id)
    assert "Same room as: B2B session" in tip
    assert "14:00–15:30 PST" in tip
    assert "America/Los_Angeles" in tip


def test_items_sit_at_their_local_time(timeline: ProgrammeTimeline) -> None:
    briefing = row("Briefing", 26, (8, 30), (9, 30), kind=ProgrammeItemKind.BRIEFING)
    b2b = row("B2B", 26, (14, 0), (17, 0), kind=ProgrammeItemKind.B2B_SESSION)
    timeline.set_programme([b2b, briefing], DAYS, "America/Los_Angeles")
    early, late = timeline.item_rect(briefing.id), timeline.item_rect(b2b.id)
    assert early.bottom() < late.top()
    y_0800, y_0900 = timeline.y_for_time(time(8, 0)), timeline.y_for_time(time(9, 0))
    y_0830 = timeline.y_for_time(time(8, 30))
    assert y_0830 == pytest.approx((y_0800 + y_0900) / 2)
    assert early.top() == pytest.approx(y_0830, abs=2)
    assert early.bottom() == pytest.approx(timeline.y_for_time(time(9, 30)), abs=2)
    assert timeline.hour_range() == (7 * 60, 23 * 60)
    assert "America/Los_Angeles" in timeline.zone_caption()
    assert "PST" in timeline.zone_caption()


def test_item_past_midnight_stays_in_its_day_column(
    qtbot: QtBot, timeline: ProgrammeTimeline
) -> None:
    night = row("Late networking", 26, (22, 30), (1, 0), end_day=27)
    early = row("Airport transfer", 27, (5, 45), (6, 30), kind=ProgrammeItemKind.TRAVEL)
    timeline.set_programme([night, early], DAYS, "America/Los_Angeles")
    rect = timeline.item_rect(night.id)
    column = timeline.day_column_rect(date(2027, 1, 26))
    assert not rect.isEmpty()
    assert column.contains(rect)
    assert rect.top() == pytest.approx(timeline.y_for_time(time(22, 30)), abs=2)
    assert rect.bottom() > timeline.y_for_time(time(23, 30))
    # The scale grows to take in the early item and the whole evening.
    assert timeline.hour_range() == (5 * 60, 24 * 60)
    assert timeline.item_rect(early.id).top() >= timeline.y_for_time(time(5, 45)) - 1
    assert not timeline.grab().isNull()


def test_keyboard_walks_items_in_time_order(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    reception = row("Reception", 25, (19, 0), (23, 30), kind=ProgrammeItemKind.RECEPTION)
    briefing = row("Briefing", 25, (8, 30), (9, 30), kind=ProgrammeItemKind.BRIEFING)
    visit = row("Fair visit", 26, (9, 0), (12, 0), kind=ProgrammeItemKind.FAIR_VISIT)
    timeline.set_programme([visit, reception, briefing], DAYS, "America/Los_Angeles")
    canvas = timeline.canvas_widget()
    seen: list[object] = []
    timeline.itemSelected.connect(seen.append)

    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert timeline.selected_item() == briefing.id
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert timeline.selected_item() == reception.id
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert timeline.selected_item() == visit.id
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # already the last one
    assert timeline.selected_item() == visit.id
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert timeline.selected_item() == reception.id
    assert seen == [briefing.id, reception.id, visit.id, reception.id]

    with qtbot.waitSignal(timeline.itemActivated, timeout=1000) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [reception.id]


def test_select_item_and_day_filter(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    monday = row("Briefing", 25, (8, 30), (9, 30))
    tuesday = row("Visit", 26, (10, 0), (11, 0))
    timeline.set_programme([monday, tuesday], DAYS, "America/Los_Angeles")
    with qtbot.waitSignal(timeline.itemSelected, timeout=1000) as selected:
        timeline.select_item(tuesday.id)
    assert selected.args == [tuesday.id]

    timeline.set_day(date(2027, 1, 25))
    assert timeline.items_in_time_order() == [monday.id]
    assert timeline.item_rect(tuesday.id).isEmpty()
    assert timeline.day_column_rect(date(2027, 1, 26)).isEmpty()
    timeline.set_day(date(2027, 1, 27))
    assert timeline.hint_text() == f"Nothing planned on {day_label(date(2027, 1, 27))}."
    assert not timeline.grab().isNull()
    timeline.set_day(None)
    assert timeline.items_in_time_order() == [monday.id, tuesday.id]

    # Items that disappear from the programme are no longer selected.
    with qtbot.waitSignal(timeline.itemSelected, timeout=1000) as cleared:
        timeline.set_programme([monday], DAYS, "America/Los_Angeles")
    assert cleared.args == [None]


def test_keyboard_scrolls_to_the_item_and_the_header_stays_on_top(
    qtbot: QtBot, timeline: ProgrammeTimeline
) -> None:
    timeline.resize(700, 360)
    briefing = row("Briefing", 26, (8, 30), (9, 30), kind=ProgrammeItemKind.BRIEFING)
    reception = row("Reception", 26, (19, 0), (23, 30), kind=ProgrammeItemKind.RECEPTION)
    timeline.set_programme([briefing, reception], DAYS, "America/Los_Angeles")
    qtbot.wait(10)
    scroll = timeline.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    # It opens on the hour of the first item (08:00), not at 07:00.
    assert bar.value() == int(timeline.y_for_time(time(8, 0)) - timeline.y_for_time(time(7, 0)))
    canvas = timeline.canvas_widget()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert timeline.selected_item() == reception.id
    assert bar.value() > 0
    # The reception is now in view, below the day header that stays on top.
    rect = timeline.item_rect(reception.id)
    assert rect.top() >= bar.value()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(rect))
    assert timeline.selected_item() == reception.id
    # Scrolled so that the header covers the top of the briefing: a click there is on the
    # header, not on the briefing, and leaves the selection alone.
    covered = timeline.item_rect(briefing.id)
    bar.setValue(int(covered.top()) + 2)
    spot = QPoint(int(covered.center().x()), bar.value() + 5)
    assert covered.contains(spot.toPointF())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert timeline.selected_item() == reception.id
    # Its lower part, below the header, is still there to click.
    visible_part = QPoint(int(covered.center().x()), int(covered.bottom()) - 4)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=visible_part)
    assert timeline.selected_item() == briefing.id
    assert not timeline.grab().isNull()


def test_empty_programme_renders_a_hint(qtbot: QtBot, timeline: ProgrammeTimeline) -> None:
    timeline.set_programme([], DAYS, "America/Los_Angeles")
    assert timeline.hint_text() == EMPTY_HINT
    assert not timeline.grab().isNull()
    qtbot.keyClick(timeline.canvas_widget(), Qt.Key.Key_Down)
    assert timeline.selected_item() is None
    # No days and no zone either: still nothing to crash on.
    timeline.set_programme([], [], "")
    assert not timeline.grab().isNull()


def test_zone_caption_names_a_change_of_abbreviation(timeline: ProgrammeTimeline) -> None:
    days = [date(2027, 3, 13), date(2027, 3, 14), date(2027, 3, 15)]
    timeline.set_programme([], days, "America/Los_Angeles")
    caption = timeline.zone_caption()
    assert "PST" in caption and "PDT" in caption

"""One current mission: chosen once in the toolbar or with Ctrl+K, followed by every page,
remembered, and on a first start the mission running now or the next upcoming one."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MissionStatus
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions.current import MissionSwitcher
from pimap_desktop.services.missions.missions import create_mission, list_missions, natural_current
from pimap_desktop.store.database import Database
from tests.factories import mission_data

TODAY = date.today()


def _missions(session: Session) -> dict[str, uuid.UUID]:
    """An old closed mission, one that ended last month, one next month, one in a year."""
    made = {}
    for code, start, length, status in (
        ("OLD2019", date(2019, 3, 4), 3, MissionStatus.CLOSED),
        ("LAST", TODAY - timedelta(days=40), 4, MissionStatus.CLOSED),
        ("NEXT", TODAY + timedelta(days=30), 4, MissionStatus.OPEN),
        ("LATER", TODAY + timedelta(days=365), 4, MissionStatus.DRAFT),
    ):
        made[code] = create_mission(
            session,
            mission_data(
                code=code,
                name=f"Mission {code}",
                start_date=start,
                end_date=start + timedelta(days=length),
                status=status,
            ),
        )
    return made


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _page_missions(window: MainWindow) -> set[uuid.UUID | None]:
    return {page.mission_id() for page in window._mission_pages()}


def test_first_start_takes_the_next_upcoming_mission_never_the_oldest(
    qtbot: QtBot, db: Database, session: Session, settings: QSettings
) -> None:
    made = _missions(session)
    window = _window(qtbot, db, settings)
    assert window.current.mission_id() == made["NEXT"]
    assert _page_missions(window) == {made["NEXT"]}
    assert "NEXT — Mission NEXT" in window.windowTitle()


def test_natural_choice_prefers_the_mission_running_today(session: Session) -> None:
    made = _missions(session)
    running = create_mission(
        session,
        mission_data(
            code="NOW",
            name="Running now",
            start_date=TODAY - timedelta(days=1),
            end_date=TODAY + timedelta(days=1),
        ),
    )
    rows = list_missions(session)
    assert natural_current(rows, TODAY) == running
    # Long after everything: the one that ended last, not the oldest.
    assert natural_current(rows, TODAY + timedelta(days=5000)) == made["LATER"]
    assert natural_current([], TODAY) is None


def test_switching_in_the_toolbar_moves_every_page_and_is_remembered(
    qtbot: QtBot, db: Database, session: Session, tmp_path: Path
) -> None:
    made = _missions(session)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, db, settings)
    chooser = window.mission_chooser
    chooser.setCurrentIndex(chooser.findData(str(made["LAST"])))
    assert window.current.mission_id() == made["LAST"]
    assert _page_missions(window) == {made["LAST"]}
    assert window.windowTitle().startswith("LAST — Mission LAST")
    # The per-page choosers are hidden: the mission is chosen once.
    assert not window.b2b_page.mission_combo.isVisible()
    assert chooser.isVisible()
    window.close()

    again = _window(
        qtbot, db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    assert again.current.mission_id() == made["LAST"]
    assert again.b2b_page.mission_id() == made["LAST"]


def test_opening_a_mission_on_one_page_makes_it_current_everywhere(
    qtbot: QtBot, db: Database, session: Session, settings: QSettings
) -> None:
    made = _missions(session)
    window = _window(qtbot, db, settings)
    window.open_programme(made["LATER"])
    assert window.current.mission_id() == made["LATER"]
    assert window.mission_chooser.mission_id() == made["LATER"]
    assert _page_missions(window) == {made["LATER"]}


def test_followups_and_kpis_preselect_the_current_mission_but_may_show_all(
    qtbot: QtBot, db: Database, session: Session, settings: QSettings
) -> None:
    made = _missions(session)
    window = _window(qtbot, db, settings)
    window.go_to(window.stack.indexOf(window.followup_page))
    assert window.followup_page.mission_id() == made["NEXT"]
    window.followup_page.set_mission(None)  # "All missions" stays while the mission does
    window.go_to(0)
    window.go_to(window.stack.indexOf(window.followup_page))
    assert window.followup_page.mission_id() is None
    window.current.set_mission(made["LAST"])
    assert window.followup_page.mission_id() == made["LAST"]
    window.go_to(window.stack.indexOf(window.kpi_page))
    assert window.kpi_page.current_filter().mission_id == made["LAST"]


def test_ctrl_k_switcher_filters_by_what_is_typed(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    made = _missions(session)
    dialog = MissionSwitcher(db, made["NEXT"])
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 4
    qtbot.keyClicks(dialog.search, "2019")
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen == made["OLD2019"]

    none = MissionSwitcher(db, None)
    qtbot.addWidget(none)
    qtbot.keyClicks(none.search, "no such mission")
    assert none.proxy.rowCount() == 0
    assert not none.ok_button.isEnabled()
    assert none.chosen is None


def test_deleting_the_current_mission_falls_back_to_the_natural_choice(
    qtbot: QtBot, db: Database, session: Session, settings: QSettings
) -> None:
    from pimap_desktop.services.missions.missions import delete_mission

    made = _missions(session)
    window = _window(qtbot, db, settings)
    assert window.current.mission_id() == made["NEXT"]
    delete_mission(session, made["NEXT"])
    window._missions_changed()
    assert window.current.mission_id() == made["LATER"]
    assert _page_missions(window) == {made["LATER"]}

"""The matchmaking catalogue in the export centre: its "Group by" option, shown for it only,
goes into the request and is remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.exports.export_page import ExportPage
from pimap_desktop.services.printing.catalogue import GroupBy
from pimap_desktop.services.printing.registry import ExportRequest, Option, Scope
from pimap_desktop.store.database import Database, open_database
from tests.printing_fixtures import PrintableMission


@pytest.fixture
def page(
    qtbot: QtBot, printing_db_path: Path, printable: PrintableMission, settings: QSettings
) -> Iterator[ExportPage]:
    database: Database = open_database(printing_db_path)
    widget = ExportPage(database, settings)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_mission(printable.mission_id)
    yield widget
    widget.stop_work()
    widget.close()
    database.dispose()


def test_group_by_is_offered_for_the_catalogue_only_and_goes_into_the_request(
    page: ExportPage, settings: QSettings
) -> None:
    page.choose_document("catalogue")
    assert page.current_scope() is Scope.MISSION
    assert page.options_form.isRowVisible(page.option_rows[Option.GROUP_BY])
    assert page.options_form.isRowVisible(page.option_rows[Option.PAPER])
    page.group_combo.setCurrentIndex(page.group_combo.findData(GroupBy.SECTOR.value))
    request = page.build_request()
    assert isinstance(request, ExportRequest)
    assert request.document.key == "catalogue" and request.group_by is GroupBy.SECTOR
    assert settings.value("exports/group_by") == "sector"

    page.choose_document("agenda")
    assert not page.options_form.isRowVisible(page.option_rows[Option.GROUP_BY])


def test_group_by_chosen_before_is_restored(
    qtbot: QtBot, printing_db_path: Path, settings: QSettings
) -> None:
    settings.setValue("exports/group_by", "sector")
    database = open_database(printing_db_path)
    try:
        widget = ExportPage(database, settings)
        qtbot.addWidget(widget)
        assert widget.group_combo.currentData() == "sector"
        widget.stop_work()
    finally:
        database.dispose()

"""The export centre's Language option: offered for every PDF (not for a calendar file), the
interface's language until another is chosen, then remembered; it goes into the request, and
the saved document is in that language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.exports.export_page import ExportPage
from pimap_desktop.gui.languages import RUNNING_PROPERTY
from pimap_desktop.services.printing.registry import ExportRequest, Option, produce
from pimap_desktop.store.database import Database, open_database
from tests.printing_fixtures import PrintableMission


@pytest.fixture
def database(printing_db_path: Path) -> Iterator[Database]:
    opened = open_database(printing_db_path)
    yield opened
    opened.dispose()


def _page(qtbot: QtBot, database: Database, settings: QSettings) -> ExportPage:
    widget = ExportPage(database, settings)
    qtbot.addWidget(widget)
    return widget


def test_the_language_is_offered_for_pdfs_and_goes_into_the_request(
    qtbot: QtBot,
    database: Database,
    printable: PrintableMission,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, database, settings)
    page.show()
    page.show_mission(printable.mission_id)
    combo = page.options.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Français",
        "Svenska",
        "Português",
        "Suomi",
    ]
    assert combo.currentData() == "en"  # the interface is English here
    page.choose_document("calendar")
    assert not page.options_form.isRowVisible(page.option_rows[Option.LANGUAGE])
    page.choose_document("agenda")
    assert page.options_form.isRowVisible(page.option_rows[Option.LANGUAGE])
    combo.setCurrentIndex(combo.findData("sv"))
    request = page.build_request()
    assert isinstance(request, ExportRequest) and request.language == "sv"
    assert settings.value("exports/language") == "sv"

    out = tmp_path / "agenda.pdf"
    with database.session() as session:
        produce(session, request, out)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "januari 2027" in text and "Alla tider är lokala" in text
    page.stop_work()


def test_the_interface_language_is_the_default_until_one_is_chosen(
    qtbot: QtBot, database: Database, settings: QSettings
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty(RUNNING_PROPERTY, "fi")
    try:
        page = _page(qtbot, database, settings)
        assert page.options.language() == "fi"
        settings.setValue("exports/language", "pt")
        assert _page(qtbot, database, settings).options.language() == "pt"
    finally:
        app.setProperty(RUNNING_PROPERTY, None)

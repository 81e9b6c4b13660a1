"""The one file-dialog helper (``gui.dialogs``): it starts in the folder last used for the same
kind of file, remembers the folder chosen, and gives a name the ending its type needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from pimap_desktop.gui import dialogs
from tests.gui.file_dialogs import FileDialogs

REPORTS = "PDF document (*.pdf);;Excel workbook (*.xlsx)"


def test_a_save_starts_in_the_folder_last_used_and_remembers_the_one_chosen(
    file_dialogs: FileDialogs, tmp_path: Path, settings: QSettings
) -> None:
    first = dialogs.ask_save_path(
        None, "Save", "report.pdf", REPORTS, key="reports", default=tmp_path, settings=settings
    )
    assert first is None  # cancelled: nothing remembered
    assert file_dialogs.asked[0].start == str(tmp_path / "report.pdf")
    chosen = tmp_path / "out" / "figures.pdf"
    file_dialogs.answer(chosen)
    assert (
        dialogs.ask_save_path(None, "Save", "report.pdf", REPORTS, key="reports", settings=settings)
        == chosen
    )
    assert settings.value("reports/folder") == str(chosen.parent)
    dialogs.ask_save_path(None, "Save", "again.pdf", REPORTS, key="reports", settings=settings)
    assert file_dialogs.asked[-1].start == str(chosen.parent / "again.pdf")


def test_without_settings_the_folder_is_remembered_for_the_session(
    file_dialogs: FileDialogs, tmp_path: Path
) -> None:
    file_dialogs.answer(tmp_path / "a.ics")
    assert dialogs.ask_open_path(None, "Open", "Calendars (*.ics)", key="agendas") == (
        tmp_path / "a.ics"
    )
    file_dialogs.answer(tmp_path / "forms")
    assert dialogs.ask_folder(None, "Folder", key="agendas") == tmp_path / "forms"
    dialogs.ask_open_paths(None, "Open", "Wish forms (*.xlsx)", key="agendas")
    assert [a.mode for a in file_dialogs.asked] == ["open", "folder", "open_many"]
    assert file_dialogs.asked[1].start == str(tmp_path)
    assert file_dialogs.asked[2].start == str(tmp_path / "forms")


def test_a_name_gets_the_ending_of_the_type_chosen_unless_it_has_one_already(
    file_dialogs: FileDialogs, tmp_path: Path
) -> None:
    suffixes = (".pdf", ".xlsx")
    for typed, chosen_filter, written in (
        ("kpi", "Excel workbook (*.xlsx)", "kpi.xlsx"),
        ("kpi", "", "kpi.pdf"),
        ("kpi.XLSX", "PDF document (*.pdf)", "kpi.XLSX"),
        ("kpi.v2", "Excel workbook (*.xlsx)", "kpi.v2.xlsx"),
    ):
        file_dialogs.answer(tmp_path / typed, chosen_filter=chosen_filter)
        out = dialogs.ask_save_path(None, "Save", "kpi.pdf", REPORTS, key="k", suffixes=suffixes)
        assert out == tmp_path / written
    file_dialogs.answer(tmp_path / "people")
    assert (
        dialogs.ask_save_path(None, "Save", "p.csv", "CSV (*.csv)", key="t") == tmp_path / "people"
    )

"""An enum member's label is translated once and kept (a list of 16,000 registrations shows two
per row), and follows the interface's language when the translators change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from pimap_desktop.domain.enums import MeetingStatus, RegistrationStatus
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import install_translators, remove_translators
from tests.gui.translation_scan import compile_translations


def test_a_label_kept_follows_the_language_when_the_translators_change(
    qapp: QApplication, tmp_path: Path
) -> None:
    assert enum_label(RegistrationStatus.CONFIRMED) == "Confirmed"  # kept in English
    folder = compile_translations(tmp_path, ["en", "fr"])
    translators = install_translators(qapp, "fr", folder)
    try:
        assert enum_label(RegistrationStatus.CONFIRMED) == "Confirmé"
        assert enum_label(MeetingStatus.HELD) == "Tenu"
    finally:
        remove_translators(qapp, translators)
    assert enum_label(RegistrationStatus.CONFIRMED) == "Confirmed"

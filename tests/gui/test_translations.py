"""The interface in five languages: every word a person reads is marked for translation, the
.ts files hold exactly what the code marks, the translations keep their placeholders, and the
language chosen (View ▸ Language, ``--lang``, the system's) is the one installed."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import app as gui_app
from pimap_desktop.gui.languages import (
    LANGUAGES,
    QT_CATALOGUES,
    SETTINGS_KEY,
    arg,
    chosen_language,
    install_translators,
    remove_translators,
    running_language,
    save_language,
    system_language,
)
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions.mission_dialog import MissionDialog
from pimap_desktop.store.database import Database
from tests.gui.translation_scan import (
    GUI,
    LUPDATE_ALIAS,
    PACKAGE,
    ROOT,
    TRANSLATIONS,
    Message,
    compile_translations,
    marked_messages,
    python_files,
    qt_tool,
    unmarked_strings,
)

TRANSLATED = ("fr", "sv", "pt", "fi")
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Entry:
    message: Message
    translations: tuple[str, ...]  # the forms: one, or the numerus forms
    finished: bool


def read_ts(path: Path) -> list[Entry]:
    """The current messages of a .ts file (not those lupdate marked vanished or obsolete)."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            entries.append(
                Entry(
                    Message(
                        name,
                        message.findtext("source") or "",
                        message.findtext("comment") or "",
                        numerus,
                    ),
                    forms,
                    kind != "unfinished" and all(forms),
                )
            )
    return entries


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    """What ``make translations-update`` reads from the code today (pyside6-lupdate)."""
    target = tmp_path_factory.mktemp("lupdate") / "pimap_xx.ts"
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            "-extensions",
            "py,ui",
            str(PACKAGE),
            str(ROOT / "ui"),
            "-no-obsolete",
            *LUPDATE_ALIAS,
            "-source-language",
            "en",
            "-target-language",
            "fr",
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    return read_ts(target)


# ----------------------------------------------------------------------------- the marking


def test_every_visible_string_is_marked_for_translation() -> None:
    """Texts given to labels, buttons, menus, tooltips, titles, message boxes, headers,
    placeholders and status messages go through tr(), translate() or QT_TRANSLATE_NOOP."""
    findings = unmarked_strings()
    assert not findings, "not marked for translation:\n" + "\n".join(map(str, findings))


def test_marks_are_ones_lupdate_and_pyside6_read_right() -> None:
    _messages, misuses = marked_messages()
    assert not misuses, "\n".join(map(str, misuses))


def test_every_class_name_is_a_context_of_its_own() -> None:
    """A context is a class's name: two classes of the same name would share translations."""
    names = Counter(
        match.group(1)
        for path in python_files()
        for match in re.finditer(r"^class (\w+)", path.read_text(encoding="utf-8"), re.M)
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_lupdate_extracts_every_message_the_code_marks(extracted: list[Entry]) -> None:
    """The code's own reading of its marks (context, text, count) agrees with lupdate's:
    nothing marked is lost on the way to the translators."""
    messages, _misuses = marked_messages()
    found = {entry.message for entry in extracted}
    missing = sorted(messages - found, key=lambda m: (m.context, m.source))
    assert not missing, "lupdate does not extract:\n" + "\n".join(map(repr, missing))


# ----------------------------------------------------------------------------- the .ts files


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_ts_file_holds_what_the_code_marks(language: str, extracted: list[Entry]) -> None:
    """No message missing, none left over that the code no longer uses: run
    ``make translations-update`` after changing the interface's texts."""
    wanted = {entry.message for entry in extracted}
    held = {entry.message for entry in read_ts(TRANSLATIONS / f"pimap_{language}.ts")}
    assert not wanted - held, f"missing from pimap_{language}.ts: run make translations-update"
    assert not held - wanted, f"left over in pimap_{language}.ts: run make translations-update"


def test_english_has_the_singular_and_plural_of_every_count(extracted: list[Entry]) -> None:
    """English needs no translation but for counts: "%n meeting(s)" reads "1 meeting",
    "3 meetings"."""
    english = read_ts(TRANSLATIONS / "pimap_en.ts")
    counts = {entry.message for entry in extracted if entry.message.numerus}
    assert {entry.message for entry in english} == counts
    unfinished = [e.message.source for e in english if not e.finished or len(e.translations) != 2]
    assert unfinished == []


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_translations_keep_the_placeholders_and_one_accelerator(language: str) -> None:
    """A finished translation has the placeholders of its source (%1, %2, %n) and, where the
    source has a keyboard accelerator (&File), one of its own."""
    wrong = []
    for entry in read_ts(TRANSLATIONS / f"pimap_{language}.ts"):
        if not entry.finished:
            continue
        source = entry.message.source
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in entry.translations:
            found = Counter(PLACEHOLDER.findall(text))
            if entry.message.numerus and len(entry.translations) > 1:
                found["%n"] = wanted["%n"]  # a form (the singular) may say "one" instead
            accelerators = len(ACCELERATOR.findall(text))
            if found != wanted or accelerators != len(ACCELERATOR.findall(source)):
                wrong.append(f"{entry.message.context}: {source!r} -> {text!r}")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [
        f"{entry.message.context}: {entry.message.source!r}"
        for entry in read_ts(TRANSLATIONS / f"pimap_{language}.ts")
        if not entry.finished
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in pimap_{language}.ts"


# ----------------------------------------------------------------------------- the language


def test_arg_fills_numbered_placeholders_once() -> None:
    assert arg("%1 of %2 shown", 3, 40) == "3 of 40 shown"
    assert arg("%2, %1", "a", "b") == "b, a"
    assert arg("%1 then %2", "%2", "x") == "%2 then x"  # a value is not read again
    assert arg("100% sure: %1", "yes") == "100% sure: yes"


def test_the_language_comes_from_lang_then_the_settings_then_the_system(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    finnish_desktop = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    assert chosen_language(settings, locale=finnish_desktop) == "fi"
    save_language(settings, "sv")
    assert chosen_language(settings, locale=finnish_desktop) == "sv"
    assert chosen_language(settings, "Português", locale=finnish_desktop) == "pt"
    assert chosen_language(settings, "fr-FR", locale=finnish_desktop) == "fr"
    with pytest.raises(ValueError):
        chosen_language(settings, "de")
    settings.setValue(SETTINGS_KEY, "xx")  # a language this version does not speak
    assert chosen_language(settings, locale=finnish_desktop) == "fi"


def test_the_system_language_is_the_first_one_the_interface_speaks() -> None:
    assert system_language(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)) == "pt"
    assert system_language(QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)) == "sv"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_lang_on_the_command_line_takes_a_code_or_a_name() -> None:
    assert gui_app.parse_args(["--lang", "fi"]).lang == "fi"
    assert gui_app.parse_args(["--lang", "Suomi"]).lang == "fi"
    assert gui_app.parse_args([]).lang is None
    with pytest.raises(SystemExit):
        gui_app.parse_args(["--lang", "klingon"])


def _pseudo_french(folder: Path) -> Path:
    """pimap_fr.qm in ``folder`` with every message "translated" as ⟪its source⟫ (the
    placeholders kept): what the interface looks like once stage 2 is done."""
    tree = ET.parse(TRANSLATIONS / "pimap_fr.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = f"⟪{source}⟫"
        if not forms:
            translation.text = f"⟪{source}⟫"
    tree.write(folder / "pimap_fr.ts", encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [
            qt_tool("pyside6-lrelease"),
            "-silent",
            str(folder / "pimap_fr.ts"),
            "-qm",
            str(folder / "pimap_fr.qm"),
        ],
        check=True,
    )
    compile_translations(folder, ["en"])
    return folder


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            texts.extend(_menu_texts(sub))
    return texts


def test_a_language_installed_translates_the_window_and_qts_own_buttons(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr", _pseudo_french(tmp_path))
    try:
        assert running_language() == "fr"
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        titles = [title for title, _page in window.pages]
        assert titles[0] == "⟪Missions⟫" and titles[-1] == "⟪KPIs⟫"
        # Every menu entry is translated, in the context of the class that made it; what
        # is not a word to translate: the languages in their own names, the recent files.
        untranslated = [
            text
            for menu_action in window.menuBar().actions()
            for text in [menu_action.text(), *_menu_texts(menu_action.menu())]
            if not text.startswith(("⟪", "&⟪")) and text not in LANGUAGES.values()
        ]
        assert untranslated == []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text() == "Annuler"  # Qt's own French (qtbase_fr)
        # A Designer form (ui/*.ui) is translated as it is loaded.
        form = MissionDialog(lambda _data: None, [])
        qtbot.addWidget(form)
        assert form.windowTitle() == "⟪New mission⟫"
        assert form.findChild(QLabel, "codeLabel").text() == "⟪&Code⟫"
        window.close()
    finally:
        remove_translators(app, translators)
    assert running_language() == "en"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"


def test_view_language_lists_the_languages_and_keeps_the_choice_for_the_next_start(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    menu = window.language_menu
    choices = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in choices] == ["English", "Français", "Svenska", "Português", "Suomi"]
    assert [a.isChecked() for a in choices] == [True, False, False, False, False]
    note = [a for a in menu.actions() if not a.isCheckable() and not a.isSeparator()]
    assert [a.text() for a in note] == ["Takes effect when PIMAP Desktop starts again"]
    assert not note[0].isEnabled()
    suomi: QAction = choices[4]
    suomi.trigger()
    assert settings.value(SETTINGS_KEY) == "fi"
    assert told == ["Suomi: takes effect when PIMAP Desktop starts again."]
    assert suomi.isChecked()


def test_every_label_of_the_domains_enums_is_marked_in_its_enums_context() -> None:
    from pimap_desktop.domain import enums
    from pimap_desktop.gui import enum_labels

    source = (GUI / "enum_labels.py").read_text(encoding="utf-8")
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\("(\w+)", "([^"]+)"\)', source))
    wanted = {
        (kind.__name__, member.label)
        for kind in vars(enums).values()
        if isinstance(kind, type)
        and issubclass(kind, enums.LabelledEnum)
        and kind is not enums.LabelledEnum
        for member in kind
    }
    assert wanted - marked == set()
    assert enum_labels.enum_label(enums.MeetingStatus.NO_SHOW) == "No-show"  # English as is


def test_the_frozen_app_carries_the_catalogues_of_its_languages() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle  # packaging/bundle.py: what pimap.spec collects

    assert bundle.keep_data("pimap_desktop/resources/translations/pimap_fi.qm")
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_fr.qm")
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_pt_BR.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qt_fr.qm")
    assert bundle.keep_data("pimap_desktop/resources/fonts/DejaVuSans.ttf")
    for code, names in QT_CATALOGUES.items():
        assert any(f"{name}.qm" in bundle.QT_TRANSLATIONS_KEPT for name in names), code

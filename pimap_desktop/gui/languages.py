"""The interface's language: Qt's translation system, and which language a person reads.

How the interface's words are marked (resources/translations/GUIDE.md says it for translators):

- ``self.tr("…")`` in a QObject subclass; ``QCoreApplication.translate("Context", "…")`` outside
  one (module functions, undo commands); ``QT_TRANSLATE_NOOP("Context", "…")`` for tables built
  when a module is imported, translated where they are shown with
  ``QCoreApplication.translate("Context", text)``.
- A count outside a QObject: ``Texts.tr("%n meeting(s)", "", count)`` on a ``TranslationContext``
  subclass (lupdate sees no count in ``translate()``; nor does PySide6 find a count's
  translation through ``self.tr`` in a subclass: a class that has subclasses uses this too).
- Values go in through Qt's numbered placeholders: ``arg(self.tr("Now working on %1."), name)``
  (PySide6's ``tr()`` returns a Python ``str``, which has no ``.arg()``).
- A count: ``self.tr("%n meeting(s)", "", count)`` (Qt's numerus forms). English's own singular
  and plural come from ``pimap_en.ts``, which holds only those messages.

The messages are extracted by ``make translations-update`` (pyside6-lupdate) into
``resources/translations/pimap_<language>.ts`` and compiled by ``make translations``
(pyside6-lrelease) into the ``.qm`` files loaded here. Messages that come from the services
(``PimapError`` texts, reports) are English for now.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from pimap_desktop.domain.rules import DEFAULT_LANGUAGE, parse_language

log = logging.getLogger(__name__)

# The interface's languages, each named in itself (View ▸ Language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "sv": "Svenska",
    "pt": "Português",
    "fi": "Suomi",
}
SETTINGS_KEY = "interface/language"
# The language the interface runs in, kept on the application by ``install_translators``.
RUNNING_PROPERTY = "pimapLanguage"

# Qt's own messages (standard buttons, file dialogs, context menus): its catalogue for each
# language, the first found. Qt has no European Portuguese catalogue of its own: Brazil's.
QT_CATALOGUES: dict[str, tuple[str, ...]] = {
    "fr": ("qtbase_fr",),
    "sv": ("qtbase_sv",),
    "pt": ("qtbase_pt_PT", "qtbase_pt", "qtbase_pt_BR"),
    "fi": ("qtbase_fi",),
}

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def arg(text: str, *values: object) -> str:
    """``text`` with Qt's numbered placeholders filled in one pass: %1 by the first value, %2
    by the second...; a placeholder without a value stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation in ``context`` without translating it (a table built at
    import time, before any translator is installed); translate it where it is shown."""
    del context
    return text


class TranslationContext:
    """A translation context of its own for code outside a QObject, or for counts in a class
    that has subclasses: ``class MeetingTexts(TranslationContext): ...``, then
    ``MeetingTexts.tr("%n meeting(s)", "", count)``. The context is the class's name, as lupdate
    reads it from ``MeetingTexts.tr``: a name used once in the whole interface."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the interface speaks, else English."""
    chosen = locale if locale is not None else QLocale.system()
    for name in chosen.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def interface_language(text: str) -> str:
    """The interface's language named by ``text`` (a code, "fr-FR", or a name such as
    "Suomi"); ValueError for any other."""
    code = parse_language(text)
    if code is None or code not in LANGUAGES:
        raise ValueError(f"'{text}' is not a language of the interface")
    return code


def chosen_language(
    settings: QSettings, override: str | None = None, locale: QLocale | None = None
) -> str:
    """The interface's language: ``override`` (``--lang``), else the one chosen in View ▸
    Language, else the system's. A language the interface does not speak raises ValueError
    when given as ``override`` and is ignored in the settings."""
    if override:
        return interface_language(override)
    stored = str(settings.value(SETTINGS_KEY, "") or "")
    if stored in LANGUAGES:
        return stored
    return system_language(locale)


def save_language(settings: QSettings, language: str) -> None:
    """Remember ``language`` for the next start (View ▸ Language)."""
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def translations_folder() -> Path:
    """Where the compiled ``.qm`` files are: resources/translations, in the package."""
    return Path(str(resources.files("pimap_desktop.resources") / "translations"))


def qt_translations_folder() -> Path:
    """Qt's own catalogues: where Qt says they are, else beside PySide6's Qt libraries (a
    frozen build keeps them there, bundle.keep_data)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(folder.glob("qtbase_*.qm")):
        return folder
    package = Path(PySide6.__file__).parent
    for candidate in (package / "Qt" / "translations", package / "translations"):
        if any(candidate.glob("qtbase_*.qm")):
            return candidate
    return folder


def _load(translator: QTranslator, names: tuple[str, ...], folder: str) -> bool:
    return any(translator.load(name, folder) for name in names)


# Texts kept translated (the labels of enum members) are forgotten when the translators change.
_forget: list[Callable[[], None]] = []


def forget_when_translators_change(forget: Callable[[], None]) -> None:
    _forget.append(forget)


def _translators_changed() -> None:
    for forget in _forget:
        forget()


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install the interface's translators for ``language`` on ``app``; the caller keeps the
    list (a translator that is garbage-collected stops translating) and may give it to
    ``remove_translators``. English loads only its singular and plural forms (pimap_en.qm);
    another language also loads Qt's own catalogue and its pimap_<language>.qm, searched
    first. A missing file is logged and the interface stays English."""
    own = folder if folder is not None else translations_folder()
    wanted: list[tuple[tuple[str, ...], str]] = [(("pimap_en",), str(own))]
    if language != DEFAULT_LANGUAGE:
        wanted.append((QT_CATALOGUES.get(language, ()), str(qt_translations_folder())))
        wanted.append(((f"pimap_{language}",), str(own)))
    installed: list[QTranslator] = []
    app.setProperty(RUNNING_PROPERTY, language)
    for names, where in wanted:
        translator = QTranslator(app)
        if names and _load(translator, names, where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation file %s in %s", " or ".join(names), where)
            translator.deleteLater()
    _translators_changed()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take away what ``install_translators`` installed: the interface is English again."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setProperty(RUNNING_PROPERTY, None)
    _translators_changed()


def running_language() -> str:
    """The language the interface was started in (English when none was installed)."""
    app = QCoreApplication.instance()
    value = app.property(RUNNING_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE

"""The services' sentences (``pimap_desktop.text.Words``) in the interface's language: the
template translated in the ``ServiceWords`` context of the .ts files (``make
translations-update`` reads the services' ``ServiceWords.say`` calls), its values filled in: a
sentence said the same way, an enum member by its translated label, a time with the day and
month names of the interface's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.text import Words, fill, words_of


def say(words: Words | str) -> str:
    """A sentence of the services in the interface's language (a plain text as it is)."""
    if not isinstance(words, Words):
        return words
    template = QCoreApplication.translate("ServiceWords", words.template)
    return fill(template, [_value(value) for value in words.values])


def error_text(error: BaseException) -> str:
    """What an error says, in the interface's language when it was raised with a sentence."""
    return say(words_of(error))


def _value(value: object) -> str:
    if isinstance(value, Words):
        return say(value)
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, datetime):
        return when(value, "%a %d %b %Y %H:%M")
    return str(value)

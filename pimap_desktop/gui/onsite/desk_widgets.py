"""The check-in desk's own widgets: the field a badge scanner types into, and the large
coloured panel that shows what a scan did.

Nothing a scanner types can widen the window: the panel's texts wrap (a long code breaks
anywhere) and very long ones are shortened in the middle, the whole text in the tooltip."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.services.onsite.keyboards import ScannerAdvice
from pimap_desktop.services.onsite.onsite import (
    CheckInOutcome,
    CheckInReason,
    CheckInResult,
    local_time,
)

# --------------------------------------------------------------------------- the field


class ScanField(QLineEdit):
    """The check-in field: ↑/↓ move among the matches, Escape empties it (``escaped`` when it
    is empty already), and Ctrl+Z on an empty field is the window's Undo (the last check-in),
    not the field's own."""

    stepped = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.stepped.emit(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and not self.text():
            key_event = cast(QKeyEvent, event)
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()  # let the window's Undo / Redo action have it
                return True
        return super().event(event)


# --------------------------------------------------------------------------- fitted text

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 12  # a word longer than this may break anywhere


def shortened(text: str, limit: int) -> str:
    """``text``, or its start and end around "…" when it is longer than ``limit``."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    tail = limit - 1 - head
    return f"{text[:head]}…{text[-tail:]}" if tail else f"{text[:head]}…"


def breakable(text: str) -> str:
    """``text`` with a zero-width break opportunity between the characters of its long words,
    so that a scanned code or a very long name wraps instead of widening its label."""
    return " ".join(
        ZERO_WIDTH_SPACE.join(word) if len(word) > LONG_WORD else word for word in text.split(" ")
    )


class FittedLabel(QLabel):
    """A plain-text label whose text never sets its width: it wraps (long words break
    anywhere), is shortened past ``limit`` characters with the whole text in its tooltip, and
    takes the width its layout gives it."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_full_text(self, text: str) -> None:
        self._full = text
        shown = shortened(text, self.limit)
        self.setText(breakable(shown))
        self.setToolTip(text if shown != text else "")
        self.setAccessibleName(text)

    def full_text(self) -> str:
        """The text as given (neither shortened nor with break opportunities)."""
        return self._full


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class Tone:
    background: str
    border: str
    text: str


TONES = {
    "welcome": Tone("#e6f4ea", "#2e7d32", "#1b5e20"),
    "already": Tone("#fff4d6", "#e69500", "#7a4b00"),
    "refused": Tone("#fdecea", "#c62828", "#8e1b1b"),
    "neutral": Tone("#f1f3f4", "#9aa0a6", "#3c4043"),
    "idle": Tone("#fafafa", "#dadce0", "#5f6368"),
}
OUTCOME_TONES = {
    CheckInOutcome.WELCOME: "welcome",
    CheckInOutcome.ALREADY: "already",
    CheckInOutcome.TO_CONFIRM: "already",  # amber: the desk decides
    CheckInOutcome.CANCELLED: "refused",
    CheckInOutcome.UNKNOWN_BADGE: "refused",
    CheckInOutcome.OTHER_MISSION: "refused",
    CheckInOutcome.NOT_FOUND: "neutral",
    CheckInOutcome.AMBIGUOUS: "neutral",
}


def _style(tone: Tone) -> str:
    return (
        f"QFrame#resultPanel {{ background: {tone.background}; border: 3px solid {tone.border};"
        f" border-radius: 12px; }}"
        f" QFrame#resultPanel QLabel {{ color: {tone.text}; background: transparent;"
        f" border: none; }}"
    )


def joined(*parts: str) -> str:
    """The non-empty parts, each once ("Pôle Lumière · Pôle Lumière" says it once)."""
    return " · ".join(dict.fromkeys(p for p in parts if p))


@dataclass(frozen=True)
class Shown:
    """What the panel says, line by line."""

    tone: str
    kind: str
    headline: str
    detail: str = ""
    note: str = ""
    hint: str = ""  # how to set the scanner, the first time it typed through a wrong layout


class CheckInPanelText(TranslationContext):
    """The translation context of the check-in panel's lines."""


# What the desk is asked about someone not yet confirmed.
TO_CONFIRM_KINDS = {
    RegistrationStatus.INVITED: QT_TRANSLATE_NOOP("CheckInPanelText", "Invited, not registered"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("CheckInPanelText", "On the waiting list"),
}
TO_CONFIRM_NOTE = QT_TRANSLATE_NOOP(
    "CheckInPanelText", "Enter: let them in and confirm · Esc: not now (nothing changes)"
)


def describe(result: CheckInResult) -> Shown:
    """The panel's lines for a check-in result (its scanner hint included, if any)."""
    return replace(_describe(result), hint=scanner_hint(result.scanner_advice))


# The sentences of the service's check-in results (``CheckInResult.message``, in English), in
# the interface's language: by reason, with the values the result carries.
_REASONS = {
    CheckInReason.EMPTY: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Scan a badge, or type a name or an e-mail."
    ),
    CheckInReason.OTHER_MISSION: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "This badge is for %1, not %2."
    ),
    CheckInReason.BADGE_NOBODY: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "This badge of %1 matches nobody on its list."
    ),
    CheckInReason.NOT_A_BADGE: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "This code is not a PIMAP badge."
    ),
    CheckInReason.BADGE_DAMAGED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "This badge code is damaged: its registration number is unreadable."
    ),
    CheckInReason.BADGE_NO_MISSION: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "This badge code names no mission."
    ),
    CheckInReason.NO_SUCH_NUMBER: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "No registration of %1 has this number."
    ),
    CheckInReason.EMAIL_NOBODY: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Nobody in %1 has the e-mail %2."
    ),
    CheckInReason.NOT_IN_MISSION: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "That registration is not in %1."
    ),
    CheckInReason.NAME_NOBODY: QT_TRANSLATE_NOOP("CheckInPanelText", "Nobody in %1 matches “%2”."),
}
_TO_CONFIRM_SENTENCES = {
    RegistrationStatus.INVITED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "%1 was invited and has not registered."
    ),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "%1 is on the waiting list."
    ),
}
# What a walk-in or a check-in confirmed on the way (``CheckInResult.note``), by the status the
# registration had before.
_CONFIRMED_NOTES = {
    RegistrationStatus.INVITED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Was invited and had not registered: now confirmed."
    ),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Was on the waiting list: now confirmed."
    ),
    RegistrationStatus.NO_SHOW: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Was marked as a no-show: now confirmed."
    ),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "CheckInPanelText", "Was cancelled: now confirmed."
    ),
}


def sentence(result: CheckInResult) -> str:
    """The result's sentence (its ``message``) in the interface's language."""
    reason = result.reason
    local = result.checked_in_local
    if reason is CheckInReason.ALREADY_TODAY and local is not None:
        return arg(CheckInPanelText.tr("Already checked in at %1."), local_time(local))
    if reason is CheckInReason.ALREADY_EARLIER and local is not None:
        return arg(
            CheckInPanelText.tr("Already checked in on %1 at %2."),
            when(local, "%a %d %b"),
            local_time(local),
        )
    if reason is CheckInReason.OTHER_MISSION:
        return arg(
            CheckInPanelText.tr(_REASONS[reason]), result.other_mission_code, result.mission_code
        )
    if reason in (CheckInReason.EMAIL_NOBODY, CheckInReason.NAME_NOBODY):
        return arg(CheckInPanelText.tr(_REASONS[reason]), result.mission_code, result.typed)
    if reason is CheckInReason.MATCHES:
        if result.match_count == 1:
            return arg(CheckInPanelText.tr("One person matches “%1”: pick them."), result.typed)
        return arg(
            CheckInPanelText.tr("%1 people match “%2”: pick one."), result.match_count, result.typed
        )
    if reason in _REASONS:
        return arg(CheckInPanelText.tr(_REASONS[reason]), result.mission_code)
    outcome = result.outcome
    if outcome is CheckInOutcome.WELCOME:
        return arg(CheckInPanelText.tr("Welcome, %1!"), result.name)
    if outcome is CheckInOutcome.CANCELLED:
        return arg(CheckInPanelText.tr("The registration of %1 is cancelled."), result.name)
    if outcome is CheckInOutcome.TO_CONFIRM and result.status in _TO_CONFIRM_SENTENCES:
        return arg(CheckInPanelText.tr(_TO_CONFIRM_SENTENCES[result.status]), result.name)
    return result.message


def confirmed_note(result: CheckInResult) -> str:
    """The result's ``note`` (confirmed on the way) in the interface's language."""
    previous = result.previous_status
    if not result.note or previous not in _CONFIRMED_NOTES:
        return result.note
    return CheckInPanelText.tr(_CONFIRMED_NOTES[previous])


# Keyboard layouts as ``keyboards.ScannerAdvice`` names them.
_LAYOUT_NAMES = {
    "French AZERTY": QT_TRANSLATE_NOOP("CheckInPanelText", "French AZERTY"),
    "Belgian AZERTY": QT_TRANSLATE_NOOP("CheckInPanelText", "Belgian AZERTY"),
    "German QWERTZ": QT_TRANSLATE_NOOP("CheckInPanelText", "German QWERTZ"),
    "Swiss German QWERTZ": QT_TRANSLATE_NOOP("CheckInPanelText", "Swiss German QWERTZ"),
    "Swiss French QWERTZ": QT_TRANSLATE_NOOP("CheckInPanelText", "Swiss French QWERTZ"),
    "Finnish/Swedish": QT_TRANSLATE_NOOP("CheckInPanelText", "Finnish/Swedish"),
    "Portuguese": QT_TRANSLATE_NOOP("CheckInPanelText", "Portuguese"),
}


def _layouts(names: tuple[str, ...]) -> str:
    shown = [CheckInPanelText.tr(_LAYOUT_NAMES[n]) if n in _LAYOUT_NAMES else n for n in names]
    if len(shown) == 2:
        return arg(CheckInPanelText.tr("%1 or %2"), *shown)
    return shown[0] if shown else ""


def scanner_hint(advice: ScannerAdvice | None) -> str:
    """How to set the scanner (``CheckInResult.scanner_hint``), in the interface's language."""
    if advice is None:
        return ""
    names = _layouts(advice.names)
    if advice.us_scanner and len(advice.names) == 1:
        return arg(
            CheckInPanelText.tr(
                "The scanner types as a US keyboard on this %1 laptop: set the scanner to %1 "
                "(a setup barcode in its manual), or switch the laptop's keyboard to US while "
                "scanning."
            ),
            names,
        )
    if advice.us_scanner:
        which = arg(CheckInPanelText.tr(" (%1)"), names) if names else ""
        return arg(
            CheckInPanelText.tr(
                "The scanner types as a US keyboard on this laptop%1: set the scanner to the "
                "laptop's layout (a setup barcode in its manual), or switch the laptop's "
                "keyboard to US while scanning."
            ),
            which,
        )
    if not names:
        return CheckInPanelText.tr(
            "The scanner is set to another keyboard layout than this computer's (US): set the "
            "scanner to US (a setup barcode in its manual), or switch the computer's keyboard "
            "to the scanner's layout."
        )
    return arg(
        CheckInPanelText.tr(
            "The scanner is set to %1 but this computer types as a US keyboard: set the scanner "
            "to US (a setup barcode in its manual), or switch the computer's keyboard to %1."
        ),
        names,
    )


def _describe(result: CheckInResult) -> Shown:
    tone = OUTCOME_TONES[result.outcome]
    role = enum_label(result.role) if result.role is not None else ""
    who = joined(result.organisation, result.delegation, role)
    outcome = result.outcome
    if outcome is CheckInOutcome.WELCOME:
        at = result.checked_in_local
        note = arg(CheckInPanelText.tr("Checked in at %1."), local_time(at)) if at else ""
        return Shown(
            tone,
            CheckInPanelText.tr("Welcome"),
            result.name,
            who,
            f"{note} {confirmed_note(result)}".strip(),
        )
    if outcome is CheckInOutcome.ALREADY:
        return Shown(tone, sentence(result).rstrip("."), result.name, who)
    if outcome is CheckInOutcome.TO_CONFIRM:
        status = result.status or RegistrationStatus.INVITED
        kind = (
            CheckInPanelText.tr(TO_CONFIRM_KINDS[status])
            if status in TO_CONFIRM_KINDS
            else enum_label(status)
        )
        return Shown(
            tone,
            arg(CheckInPanelText.tr("%1: let in?"), kind),
            result.name,
            who,
            CheckInPanelText.tr(TO_CONFIRM_NOTE),
        )
    if outcome is CheckInOutcome.CANCELLED:
        return Shown(
            tone,
            CheckInPanelText.tr("Registration cancelled"),
            result.name,
            who,
            CheckInPanelText.tr(
                "Not checked in. Walk-in… registers them again if they may come in."
            ),
        )
    if outcome is CheckInOutcome.OTHER_MISSION:
        return Shown(
            tone,
            arg(CheckInPanelText.tr("Badge of another mission: %1"), result.other_mission_code),
            result.name or CheckInPanelText.tr("Not a badge of this mission"),
            joined(result.organisation),
            sentence(result),
        )
    if outcome is CheckInOutcome.UNKNOWN_BADGE:
        scanned = arg(CheckInPanelText.tr("Scanned: %1"), result.scanned) if result.scanned else ""
        return Shown(
            tone,
            CheckInPanelText.tr("Unknown code"),
            sentence(result),
            scanned,
            CheckInPanelText.tr("Type their name or e-mail instead."),
        )
    if outcome is CheckInOutcome.AMBIGUOUS and len(result.matches) == 1:
        # Part of a name, an organisation or an e-mail: shown, never let in on its own.
        return Shown(
            tone,
            CheckInPanelText.tr("Pick the person"),
            sentence(result),
            "",
            CheckInPanelText.tr("Only a whole name checks in: ↓ then Enter, or a double-click."),
        )
    if outcome is CheckInOutcome.AMBIGUOUS:
        return Shown(
            tone,
            CheckInPanelText.tr("Several people match"),
            sentence(result),
            "",
            CheckInPanelText.tr("Pick one in the list: ↓ then Enter, or a double-click."),
        )
    return Shown(
        tone,
        CheckInPanelText.tr("Not found"),
        sentence(result),
        "",
        CheckInPanelText.tr("Walk-in… registers someone new."),
    )


class ResultPanel(QFrame):
    """The result of the last scan, large and in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.kind = self._label(18, 80, bold=True)
        self.headline = self._label(30, 72, bold=True)
        self.detail = self._label(15, 140)
        self.note = self._label(13, 200)
        self.hint = self._label(12, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 22)
        layout.setSpacing(6)
        layout.addStretch(1)
        for label in self._labels():
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(116)
        # The window gives the panel its width; no text asks for more.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._tone = ""
        self.tone = "idle"
        self.show_lines(
            Shown(
                "idle",
                self.tr("Ready"),
                self.tr("Scan a badge"),
                self.tr("or type a name or an e-mail"),
            )
        )

    @staticmethod
    def _label(points: int, limit: int, *, bold: bool = False) -> FittedLabel:
        label = FittedLabel(limit)
        font = QFont()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _labels(self) -> tuple[FittedLabel, ...]:
        return (self.kind, self.headline, self.detail, self.note, self.hint)

    def show_lines(self, shown: Shown) -> None:
        if shown.tone != self._tone:  # restyling costs more than the text: only on a change
            self._tone = shown.tone
            self.setStyleSheet(_style(TONES[shown.tone]))
        self.tone = shown.tone
        for label, text in zip(
            self._labels(),
            (shown.kind, shown.headline, shown.detail, shown.note, shown.hint),
            strict=True,
        ):
            label.set_full_text(text)
            label.setVisible(bool(text))

    def show_result(self, result: CheckInResult) -> None:
        self.show_lines(describe(result))

    def text(self) -> str:
        """Everything the panel says, one line each (what a test or a screen reader reads)."""
        return "\n".join(label.full_text() for label in self._labels() if label.full_text())

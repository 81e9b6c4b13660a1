"""The check-in desk's own widgets: the field a badge scanner types into, and the large
coloured panel that shows what a scan did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from pimap_desktop.services.onsite import CheckInOutcome, CheckInResult

# --------------------------------------------------------------------------- the field


class ScanField(QLineEdit):
    """The check-in field: ↑/↓ move among the matches, Escape empties it, and Ctrl+Z on an
    empty field is the window's Undo (the last check-in), not the field's own."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.stepped.emit(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
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


def describe(result: CheckInResult) -> Shown:
    """The panel's lines for a check-in result."""
    tone = OUTCOME_TONES[result.outcome]
    who = joined(result.organisation, result.delegation, result.role_label)
    outcome = result.outcome
    if outcome is CheckInOutcome.WELCOME:
        when = result.checked_in_local
        note = f"Checked in at {when:%H:%M}." if when else ""
        return Shown(tone, "Welcome", result.name, who, f"{note} {result.note}".strip())
    if outcome is CheckInOutcome.ALREADY:
        return Shown(tone, result.message.rstrip("."), result.name, who)
    if outcome is CheckInOutcome.CANCELLED:
        return Shown(
            tone,
            "Registration cancelled",
            result.name,
            who,
            "Not checked in. Walk-in… registers them again if they may come in.",
        )
    if outcome is CheckInOutcome.OTHER_MISSION:
        return Shown(
            tone,
            f"Badge of another mission: {result.other_mission_code}",
            result.name or "Not a badge of this mission",
            joined(result.organisation),
            result.message,
        )
    if outcome is CheckInOutcome.UNKNOWN_BADGE:
        return Shown(
            tone, "Unknown badge", result.message, "", "Type their name or e-mail instead."
        )
    if outcome is CheckInOutcome.AMBIGUOUS and len(result.matches) == 1:
        # Part of a name, an organisation or an e-mail: shown, never let in on its own.
        return Shown(
            tone,
            "Pick the person",
            result.message,
            "",
            "Only a whole name checks in: ↓ then Enter, or a double-click.",
        )
    if outcome is CheckInOutcome.AMBIGUOUS:
        return Shown(
            tone,
            "Several people match",
            result.message,
            "",
            "Pick one in the list: ↓ then Enter, or a double-click.",
        )
    return Shown(tone, "Not found", result.message, "", "Walk-in… registers someone new.")


class ResultPanel(QFrame):
    """The result of the last scan, large and in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.kind = self._label(18, bold=True)
        self.headline = self._label(30, bold=True)
        self.detail = self._label(15)
        self.note = self._label(13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 22)
        layout.setSpacing(6)
        layout.addStretch(1)
        for label in (self.kind, self.headline, self.detail, self.note):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(116)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._tone = ""
        self.tone = "idle"
        self.show_lines(Shown("idle", "Ready", "Scan a badge", "or type a name or an e-mail"))

    @staticmethod
    def _label(points: int, *, bold: bool = False) -> QLabel:
        label = QLabel()
        font = QFont()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_lines(self, shown: Shown) -> None:
        if shown.tone != self._tone:  # restyling costs more than the text: only on a change
            self._tone = shown.tone
            self.setStyleSheet(_style(TONES[shown.tone]))
        self.tone = shown.tone
        for label, text in (
            (self.kind, shown.kind),
            (self.headline, shown.headline),
            (self.detail, shown.detail),
            (self.note, shown.note),
        ):
            label.setText(text)
            label.setVisible(bool(text))

    def show_result(self, result: CheckInResult) -> None:
        self.show_lines(describe(result))

    def text(self) -> str:
        """Everything the panel says, one line each (what a test or a screen reader reads)."""
        return "\n".join(
            label.text() for label in (self.kind, self.headline, self.detail, self.note)
        )

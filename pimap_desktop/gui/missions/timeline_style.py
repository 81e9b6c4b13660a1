"""How the programme timeline looks: a colour pair per kind of item, the colours of a clash and
of the selection, and the small sizes inside an item's box."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pimap_desktop.domain.enums import ProgrammeItemKind

# (fill, accent) per kind: light fills under near-black text, a saturated accent for the
# border and the stripe on the left. Red is kept for same-room clashes.
KIND_COLOURS: dict[ProgrammeItemKind, tuple[str, str]] = {
    ProgrammeItemKind.BRIEFING: ("#dbe9f8", "#1f63a8"),
    ProgrammeItemKind.FAIR_VISIT: ("#d9f0df", "#2b7a4b"),
    ProgrammeItemKind.SITE_VISIT: ("#d3efec", "#00796b"),
    ProgrammeItemKind.RECEPTION: ("#f7dfeb", "#a3195b"),
    ProgrammeItemKind.WORKSHOP_SESSION: ("#fdefcf", "#a86400"),
    ProgrammeItemKind.B2B_SESSION: ("#e6e0f6", "#5a3aa8"),
    ProgrammeItemKind.MEAL: ("#efe5df", "#7b5646"),
    ProgrammeItemKind.TRAVEL: ("#e2e7eb", "#4f6875"),
    ProgrammeItemKind.OTHER: ("#ebebeb", "#6b6b6b"),
}
FALLBACK_COLOURS = ("#ebebeb", "#6b6b6b")
ITEM_TEXT = QColor("#1b1b1b")
CLASH = QColor("#c62828")
SELECTION = QColor("#0b57d0")

LANE_GAP = 4.0  # pixels between lanes, split on both sides
STRIPE = 4.0  # accent stripe on the left of an item
PAD = 4.0  # text padding inside an item
RADIUS = 4.0

"""What the documents take and give, without reportlab: paper, grouping, the report of what was
written. The export page and ``pimap export`` import these at start-up; the modules that draw
(common, badges, catalogue…) import reportlab, and are imported when a document is made.
``common`` and ``catalogue`` give these names too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.domain.errors import ValidationError

Progress = Callable[[int, int], None]

# reportlab's units and page sizes (reportlab.lib.units, reportlab.lib.pagesizes), computed as
# it computes them; a test keeps them equal.
_INCH = 72.0
_MM = _INCH / 2.54 * 0.1
A4_SIZE = (210 * _MM, 297 * _MM)
LETTER_SIZE = (8.5 * _INCH, 11 * _INCH)


class Paper(LabelledEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Portrait (width, height) in points."""
        width, height = A4_SIZE if self is Paper.A4 else LETTER_SIZE
        return float(width), float(height)


def parse_paper(text: str) -> Paper:
    try:
        return Paper(text.strip().lower())
    except ValueError:
        raise ValidationError(f"Unknown paper '{text}': use a4 or letter.", "paper") from None


class GroupBy(LabelledEnum):
    """How the catalogue groups the organisations."""

    COUNTRY = "country"
    SECTOR = "sector"  # the organisation's first sector


def parse_group_by(text: str) -> GroupBy:
    try:
        return GroupBy(text.strip().lower())
    except ValueError:
        raise ValidationError(
            f"Unknown grouping '{text}': use country or sector.", "group_by"
        ) from None


@dataclass(frozen=True)
class DocumentReport:
    """What a ``write_*`` function produced; the GUI and ``--json`` print from it."""

    document: str  # "agenda", "badges", "packs", "tableplan", "ics"
    paths: tuple[Path, ...]  # the files written (one, or one per person)
    pages: int  # pages in all files
    items: int  # badges, people, tables, events: what the document counts
    skipped: tuple[str, ...] = ()  # why something asked for was left out (no personal data)

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document,
            "paths": [str(p) for p in self.paths],
            "pages": self.pages,
            "items": self.items,
            "skipped": list(self.skipped),
        }


# ---------------------------------------------------------------------------------------------
# Badge layouts: the stocks badges are printed on (the export page lists them)


class BadgeLayout(LabelledEnum):
    """The stocks a badge sheet is made for; each has a native paper and a grid of badges.

    - ``A6``: A6 cards, 105 × 148 mm portrait, 2 × 2 on A4 (the sheet cut in four).
    - ``INSERT_4X3``: 4″ × 3″ badge-holder inserts (landscape), 2 × 3 on US Letter with 1/4″
      side and 1″ top and bottom margins (the usual perforated insert sheets); the same grid
      fits, centred, on A4.
    - ``LABEL_L4785``: Avery L4785 self-adhesive name badges (and L4784, L4786, L4787): labels
      80 × 50 mm with 4 mm round corners, 2 × 5 on A4, first label 18 mm from the left and 13 mm
      from the top, 95 mm between columns and 55 mm between rows.
    - ``LABEL_5395``: Avery 5395 adhesive name badges: labels 3 3/8″ × 2 1/3″ with 3/16″ round
      corners, 2 × 4 on US Letter, first label 11/16″ from the left and 7/12″ from the top,
      3 3/4″ between columns and 2 1/2″ between rows.

    Label sheets are physical products of one paper size, so they are printed on that paper only.
    """

    A6 = "a6"
    INSERT_4X3 = "4x3"
    LABEL_L4785 = "l4785"
    LABEL_5395 = "5395"

    @property
    def label(self) -> str:
        return STOCKS[self].label

    @property
    def paper(self) -> Paper:
        """The paper the stock comes on."""
        return STOCKS[self].paper

    @property
    def badge_size(self) -> tuple[float, float]:
        """(width, height) of one badge in points."""
        stock = STOCKS[self]
        return stock.width, stock.height

    @property
    def grid(self) -> tuple[int, int]:
        """(columns, rows) of badges on a sheet."""
        stock = STOCKS[self]
        return stock.columns, stock.rows

    @property
    def per_sheet(self) -> int:
        columns, rows = self.grid
        return columns * rows


@dataclass(frozen=True)
class Stock:
    """A stock's paper, badge size and grid (in points)."""

    label: str
    paper: Paper
    width: float
    height: float
    columns: int
    rows: int
    pitch_x: float  # from one badge's left edge to the next one's
    pitch_y: float
    left: float | None  # first badge from the sheet's left/top edge; None: grid centred
    top: float | None
    fixed_paper: bool  # a label sheet: the labels are where they are, on that paper only
    other_paper_hint: str  # what to use on the other paper


STOCKS: dict[BadgeLayout, Stock] = {
    BadgeLayout.A6: Stock(
        label="A6 cards, 4 per A4",
        paper=Paper.A4,
        width=105 * _MM,
        height=148 * _MM,
        columns=2,
        rows=2,
        pitch_x=105 * _MM,
        pitch_y=148 * _MM,
        left=None,
        top=None,
        fixed_paper=False,
        other_paper_hint="use the 4x3 layout (4″×3″ badge-holder inserts, 6 per Letter) on US Letter",
    ),
    BadgeLayout.INSERT_4X3: Stock(
        label="4″×3″ badge-holder inserts, 6 per Letter",
        paper=Paper.LETTER,
        width=4 * _INCH,
        height=3 * _INCH,
        columns=2,
        rows=3,
        pitch_x=4 * _INCH,
        pitch_y=3 * _INCH,
        left=None,
        top=None,
        fixed_paper=False,
        other_paper_hint="use the a6 layout (A6 cards, 4 per A4) on A4",
    ),
    BadgeLayout.LABEL_L4785: Stock(
        label="Avery L4785 name badge labels, 10 per A4",
        paper=Paper.A4,
        width=80 * _MM,
        height=50 * _MM,
        columns=2,
        rows=5,
        pitch_x=95 * _MM,
        pitch_y=55 * _MM,
        left=18 * _MM,
        top=13 * _MM,
        fixed_paper=True,
        other_paper_hint="use the 5395 layout (Avery 5395 name badge labels, 8 per Letter) on US Letter",
    ),
    BadgeLayout.LABEL_5395: Stock(
        label="Avery 5395 name badge labels, 8 per Letter",
        paper=Paper.LETTER,
        width=3.375 * _INCH,
        height=(7 / 3) * _INCH,
        columns=2,
        rows=4,
        pitch_x=3.75 * _INCH,
        pitch_y=2.5 * _INCH,
        left=(11 / 16) * _INCH,
        top=(7 / 12) * _INCH,
        fixed_paper=True,
        other_paper_hint="use the l4785 layout (Avery L4785 name badge labels, 10 per A4) on A4",
    ),
}

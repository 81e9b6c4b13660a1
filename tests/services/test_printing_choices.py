"""The printing choices the export page and ``pimap export`` read without reportlab are the
ones the documents are drawn with."""

from __future__ import annotations

import subprocess
import sys

from reportlab.lib.pagesizes import A4, LETTER

from pimap_desktop.services.printing import catalogue, choices, common


def test_paper_sizes_are_reportlabs() -> None:
    assert choices.Paper.A4.size == A4 and choices.Paper.LETTER.size == LETTER


def test_the_drawing_modules_give_the_same_names() -> None:
    assert common.Paper is choices.Paper and common.DocumentReport is choices.DocumentReport
    assert common.parse_paper is choices.parse_paper
    assert (
        catalogue.GroupBy is choices.GroupBy and catalogue.parse_group_by is choices.parse_group_by
    )


def test_choices_and_the_registry_import_no_reportlab() -> None:
    code = (
        "import sys\n"
        "import pimap_desktop.services.printing.choices\n"
        "import pimap_desktop.services.printing.registry\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'sqlalchemy')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"

"""The CLI's list of badge layouts (kept without importing reportlab at start) is the service's."""

from pimap_desktop.cli import _BADGE_LAYOUTS
from pimap_desktop.services.printing.badges import BadgeLayout


def test_cli_badge_layouts_are_the_services() -> None:
    assert set(_BADGE_LAYOUTS) == {layout.value for layout in BadgeLayout}

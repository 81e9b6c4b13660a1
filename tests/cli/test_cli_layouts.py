"""The registry's list of badge layouts (kept without importing reportlab, for the CLI's parser
on every start) is the service's, and it is what ``pimap export badges --layout`` takes."""

from pimap_desktop.services.printing.badges import BadgeLayout
from pimap_desktop.services.printing.registry import BADGE_LAYOUTS, COMMAND_BY_NAME


def test_cli_badge_layouts_are_the_services() -> None:
    assert set(BADGE_LAYOUTS) == {layout.value for layout in BadgeLayout}
    assert COMMAND_BY_NAME["badges"].layouts == BADGE_LAYOUTS

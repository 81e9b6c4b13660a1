"""The printing fixtures live in tests/printing_fixtures.py (loaded by tests/conftest.py)."""

from tests.printing_fixtures import HARD_NAMES, PrintableMission

__all__ = ["HARD_NAMES", "PrintableMission"]

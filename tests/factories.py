"""Small factories for test data. Fictional values only."""

from __future__ import annotations

from datetime import date

from pimap_desktop.domain.enums import MissionKind
from pimap_desktop.services.missions import MissionData


def mission_data(**overrides: object) -> MissionData:
    """A valid mission form, San Francisco in late January, with fields to override."""
    values: dict[str, object] = {
        "code": "PW2027",
        "name": "Photonics West 2027",
        "kind": MissionKind.BUSINESS_MISSION,
        "city": "San Francisco",
        "country": "US",
        "timezone": "America/Los_Angeles",
        "start_date": date(2027, 1, 24),
        "end_date": date(2027, 1, 29),
    }
    values.update(overrides)
    return MissionData(**values)  # type: ignore[arg-type]

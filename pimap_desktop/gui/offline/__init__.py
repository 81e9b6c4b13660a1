"""Offline copies of a mission: File ▸ Take mission offline… and File ▸ Bring back an offline
copy…, with the preview where the coordinator chooses per conflict."""

from pimap_desktop.gui.offline.commands import OfflineCopies
from pimap_desktop.gui.offline.dialog import BringBackPreview, ConflictModel, MissionPicker

__all__ = ["BringBackPreview", "ConflictModel", "MissionPicker", "OfflineCopies"]

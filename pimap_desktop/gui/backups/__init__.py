"""File ▸ Restore from backup…: the verified backups, and a restore of one."""

from pimap_desktop.gui.backups.restore_dialog import RestoreDialog, restore_in_window

__all__ = ["RestoreDialog", "restore_in_window"]

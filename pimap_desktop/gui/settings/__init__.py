"""Settings shared by everyone who uses the database: Settings ▸ Branding."""

from pimap_desktop.gui.settings.branding_dialog import BrandingDialog

__all__ = ["BrandingDialog"]

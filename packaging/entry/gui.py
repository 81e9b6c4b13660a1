"""The frozen ``PIMAP Desktop`` executable (windowed)."""

import sys

from pimap_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())

"""The frozen ``pimap`` console command."""

import sys

from pimap_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m pimap_desktop.cli``: the same as ``pimap``."""

from pimap_desktop.cli.main import main

raise SystemExit(main())

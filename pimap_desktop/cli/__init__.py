"""``pimap``: the command line, one module per command group (``main`` parses and runs)."""

from pimap_desktop.cli.main import main

__all__ = ["main"]

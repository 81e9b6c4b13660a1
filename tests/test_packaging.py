"""The wheel ships every package: setuptools' package list is explicit, so a new folder must be
added to pyproject.toml or the installed app cannot import it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pimap_desktop").rglob("__init__.py")
    }
    assert found - listed == set()

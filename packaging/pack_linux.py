"""Pack the frozen Linux build into dist/pimap-desktop-<version>-linux-<arch>.tar.gz.

    python packaging/pack_linux.py [--dist dist]

The tarball holds one folder: the application folder ("PIMAP Desktop/", from PyInstaller), the
desktop entry, the .pimap file type, the icons in the hicolor sizes (drawn from the SVG by
render_icons.py), install.sh and uninstall.sh for a per-user install, and VERSION.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle  # noqa: E402
import render_icons  # noqa: E402

LINUX = HERE / "linux"


def tarball_name(version: str, machine: str | None = None) -> str:
    return f"pimap-desktop-{version}-linux-{machine or platform.machine()}"


def pack(dist: Path) -> Path:
    version = bundle.version()
    app = dist / bundle.APP_NAME
    if not (app / bundle.CLI_NAME).is_file():
        raise SystemExit(f"{app} holds no frozen build: run pyinstaller first (make dist)")
    name = tarball_name(version)
    stage = dist / name
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / bundle.APP_NAME, symlinks=True)
    for item in ("pimap-desktop.desktop", "pimap-desktop-mime.xml", "install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / item, stage / item)
    (stage / "VERSION").write_text(version + "\n", encoding="utf-8")
    render_icons.write_pngs(stage / "icons")
    target = dist / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=HERE.parent / "dist")
    args = parser.parse_args(argv)
    target = pack(args.dist)
    size = target.stat().st_size / 1_000_000
    print(f"packed: {target} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

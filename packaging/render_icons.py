"""Render the application icon (resources/icons/pimap-desktop.svg) for the installers.

    python packaging/render_icons.py --png DIR      # DIR/<n>x<n>/apps/pimap-desktop.png (hicolor)
    python packaging/render_icons.py --ico FILE     # Windows: 16 … 256 px in one .ico
    python packaging/render_icons.py --icns FILE    # macOS: 16 … 1024 px in one .icns

Drawn by Qt's own SVG renderer (QSvgRenderer) on the offscreen platform, so it needs nothing
beyond PySide6. The .ico and .icns containers hold PNG images, which both formats allow (Windows
Vista and later, macOS 10.7 and later); they are simple enough to write here.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "pimap-desktop.svg"
ICON_NAME = "pimap-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, by pixel size (the @2x types share sizes with others).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 @2x
    (b"ic10", 1024),  # 512 @2x
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs want bytes; Qt a str)
    buffer.close()
    return bytes(data.data())


def write_pngs(folder: Path) -> list[Path]:
    """The hicolor theme's layout: ``folder/<n>x<n>/apps/pimap-desktop.png``, and the SVG."""
    written = []
    for size in PNG_SIZES:
        target = folder / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    scalable = folder / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    written.append(scalable)
    return written


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An .ico file: a directory of entries, each a PNG image (256 is written as 0)."""
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """An .icns file: 'icns', the total length, then (type, length, PNG) entries."""
    rendered: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        png = rendered.setdefault(size, render_png(size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, metavar="DIR")
    parser.add_argument("--ico", type=Path, metavar="FILE")
    parser.add_argument("--icns", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if not (args.png or args.ico or args.icns):
        parser.error("say what to write: --png DIR, --ico FILE or --icns FILE")
    if args.png:
        print(f"{len(write_pngs(args.png))} icons written to {args.png}")
    if args.ico:
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        args.ico.write_bytes(ico_bytes())
        print(f"written: {args.ico}")
    if args.icns:
        args.icns.parent.mkdir(parents=True, exist_ok=True)
        args.icns.write_bytes(icns_bytes())
        print(f"written: {args.icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

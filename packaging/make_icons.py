"""Make the app's icons from resources/icons/app.svg (the one source of the artwork).

    .venv/bin/python packaging/make_icons.py            # build/icons/: app.ico, app.icns, PNGs
    .venv/bin/python packaging/make_icons.py --linux    # also packaging/linux/dsl-desktop.{png,svg}

Pillow cannot read SVG, so Qt's SVG renderer (offscreen) draws the PNGs and Pillow packs them
into the Windows .ico and the macOS .icns. This is a build tool, not part of the app.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
OUT = ROOT / "build" / "icons"
LINUX = ROOT / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--linux", action="store_true", help="also refresh packaging/linux/")
    args = parser.parse_args()
    from PIL import Image

    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in SIZES}
    for size, data in pngs.items():
        (OUT / f"app-{size}.png").write_bytes(data)
    largest = Image.open(io.BytesIO(pngs[256]))
    largest.save(OUT / "app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(io.BytesIO(pngs[1024])).save(OUT / "app.icns")
    made = ["app.ico", "app.icns", *(f"app-{s}.png" for s in SIZES)]
    if args.linux:
        LINUX.mkdir(parents=True, exist_ok=True)
        (LINUX / "dsl-desktop.png").write_bytes(pngs[256])
        shutil.copyfile(SVG, LINUX / "dsl-desktop.svg")
        made += ["packaging/linux/dsl-desktop.png", "packaging/linux/dsl-desktop.svg"]
    print(f"make_icons: {OUT.relative_to(ROOT)}: {', '.join(made)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

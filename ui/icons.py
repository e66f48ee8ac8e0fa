"""Icons: small hand-drawn SVGs in resources/icons/ (one per navigation page, plus the app icon).

SVG keeps them sharp at 150 % display scaling. The Windows installer needs the app icon as .ico,
which ``python -m ui.icons --build`` renders from app.svg (Qt draws the sizes, Pillow packs them).
"""
from __future__ import annotations

import sys
from functools import lru_cache

from PySide6.QtGui import QIcon

from common.paths import resource

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (an empty icon if the file is missing)."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def build_app_icons() -> list[str]:
    """Write app.png (256 px) and app.ico (16-256 px) next to app.svg. Needs a Qt GUI app."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - must exist
    folder = resource("icons")
    renderer = QSvgRenderer(str(folder / "app.svg"))
    written = []
    images = {}
    for size in ICO_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        images[size] = image
    images[256].save(str(folder / "app.png"))
    written.append(str(folder / "app.png"))
    try:
        from PIL import Image
    except ImportError:  # Pillow is a build-time nicety; the PNG still serves Linux and macOS
        return written
    png = folder / "app-256.tmp.png"
    images[256].save(str(png))
    with Image.open(png) as big:
        big.save(folder / "app.ico", sizes=[(s, s) for s in ICO_SIZES])
    png.unlink()
    written.append(str(folder / "app.ico"))
    return written


if __name__ == "__main__":
    if "--build" in sys.argv:
        for path in build_app_icons():
            print(path)
    else:
        print("python -m ui.icons --build   render resources/icons/app.svg to app.png and app.ico")

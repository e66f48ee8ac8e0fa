"""The CJK font every PDF uses, registered once with reportlab.

Data model: one reportlab font name (``CJK_FONT_NAME``) bound to one TrueType face. On Windows the
face is Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) when present, because those are what a
clerk's printouts from other programs look like; everywhere else, and whenever those fail to load,
it is the bundled WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc, Apache-2.0), so Chinese
prints on a machine with no CJK font installed. reportlab embeds a subset of the glyphs used, so a
PDF carries its own font and opens correctly anywhere.

The Qt UI registers the same bundled file with QFontDatabase.addApplicationFont(bundled_font_path()).
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from common.paths import resource

CJK_FONT_NAME = "BranchDeskCJK"
BUNDLED_FONT_FILE = "wqy-microhei.ttc"
# Family name Qt sees after addApplicationFont (face 0 of the collection).
BUNDLED_FONT_FAMILY = "WenQuanYi Micro Hei"

_lock = threading.Lock()
_registered_from: Path | None = None


def bundled_font_path() -> Path:
    """The CJK TrueType collection shipped with the program (clone or PyInstaller bundle)."""
    return resource("fonts", BUNDLED_FONT_FILE)


def _windows_candidates() -> list[tuple[Path, int]]:
    if sys.platform != "win32":
        return []
    fonts_dir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [(fonts_dir / "msyh.ttc", 0), (fonts_dir / "simsun.ttc", 0)]


def cjk_font_name() -> str:
    """Register the CJK font with reportlab (once per process) and return its name."""
    global _registered_from
    with _lock:
        if _registered_from is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFError, TTFont

            candidates = _windows_candidates() + [(bundled_font_path(), 0)]
            last_error: Exception | None = None
            for path, face_index in candidates:
                if not path.is_file():
                    continue
                try:
                    font = TTFont(CJK_FONT_NAME, str(path), subfontIndex=face_index)
                except (TTFError, OSError) as exc:
                    # A system font may forbid embedding or be a CFF-only build; try the next one.
                    last_error = exc
                    continue
                pdfmetrics.registerFont(font)
                # Paragraph markup <b>/<i> looks the face up by family; the one face serves all four.
                pdfmetrics.registerFontFamily(
                    CJK_FONT_NAME, normal=CJK_FONT_NAME, bold=CJK_FONT_NAME,
                    italic=CJK_FONT_NAME, boldItalic=CJK_FONT_NAME,
                )
                _registered_from = path
                break
            else:
                raise FileNotFoundError(
                    f"no usable CJK font: bundled font missing at {bundled_font_path()} ({last_error})"
                )
        return CJK_FONT_NAME


def registered_font_path() -> Path | None:
    """The file the CJK font was loaded from, or None before the first cjk_font_name() call."""
    return _registered_from

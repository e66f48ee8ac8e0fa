"""Label pages from one piece of layout code (issue 19 item 4): A4 label sheets and narrow label
printers alike.

A ``LabelLayout`` is a page size, a grid (rows x columns), the sheet's top and left margins and the
gaps between labels, all in millimetres. A narrow label printer is the same thing with one label
per page and no margins (60x40 mm: ``LabelLayout(60, 40, 1, 1)``). ``write_labels`` fills cell after
cell, page after page, and lets the caller draw one label into its rectangle, so a tag and a box
label are drawn by the same code on every layout.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from common.errors import Refusal
from common.files import replaced_atomically
from common.fonts import cjk_font_name
from ledger.texts import LABELS_BAD_LAYOUT, LABELS_TOO_SMALL, LABELS_UNKNOWN_LAYOUT

MIN_WIDTH_MM, MIN_HEIGHT_MM = 40, 25  # below this a tag's barcode and five lines no longer fit


@dataclass(frozen=True)
class LabelLayout:
    page_width_mm: float
    page_height_mm: float
    rows: int = 1
    columns: int = 1
    margin_top_mm: float = 0
    margin_left_mm: float = 0
    gap_mm: float = 0  # between labels, both ways

    @property
    def label_width_mm(self) -> float:
        return (self.page_width_mm - 2 * self.margin_left_mm - (self.columns - 1) * self.gap_mm) / self.columns

    @property
    def label_height_mm(self) -> float:
        return (self.page_height_mm - 2 * self.margin_top_mm - (self.rows - 1) * self.gap_mm) / self.rows

    @property
    def per_page(self) -> int:
        return self.rows * self.columns

    def check(self) -> "LabelLayout":
        if self.rows < 1 or self.columns < 1 or min(self.margin_top_mm, self.margin_left_mm, self.gap_mm) < 0:
            raise Refusal(LABELS_BAD_LAYOUT, rows=self.rows, columns=self.columns)
        width, height = self.label_width_mm, self.label_height_mm
        if width < MIN_WIDTH_MM or height < MIN_HEIGHT_MM:
            raise Refusal(LABELS_TOO_SMALL, width=f"{width:.0f}", height=f"{height:.0f}",
                          min_width=MIN_WIDTH_MM, min_height=MIN_HEIGHT_MM)
        return self


# The layouts offered by name (the GUI's choice and ``--layout``); A4 ones are common label sheets.
LAYOUTS = {
    "60x40": LabelLayout(60, 40),
    "100x70": LabelLayout(100, 70),
    "a4-3x8": LabelLayout(210, 297, rows=8, columns=3, margin_top_mm=8, margin_left_mm=6, gap_mm=2),
    "a4-2x5": LabelLayout(210, 297, rows=5, columns=2, margin_top_mm=10, margin_left_mm=8, gap_mm=4),
}


def layout_named(name: str) -> LabelLayout:
    if name not in LAYOUTS:
        raise Refusal(LABELS_UNKNOWN_LAYOUT, layout=name, known=", ".join(LAYOUTS))
    return LAYOUTS[name]


def write_labels(target, layout: LabelLayout, items, draw_one, title: str = "") -> int:
    """Draw ``draw_one(canvas, x, y, width, height, item)`` (points, origin bottom left) for each item
    into the cells of ``layout``; write the PDF to ``target`` (a path, atomically, or a binary file
    object). Returns the page count."""
    layout.check()
    items = list(items)

    def write(out) -> int:
        # reportlab only here: the CLI's parser reads LAYOUTS, and a start must not import it.
        from reportlab.lib.units import mm
        from reportlab.pdfgen.canvas import Canvas

        page = (layout.page_width_mm * mm, layout.page_height_mm * mm)
        canvas = Canvas(out, pagesize=page, initialFontName=cjk_font_name())
        canvas.setTitle(title)
        canvas.setCreator("BranchDesk")
        width, height = layout.label_width_mm * mm, layout.label_height_mm * mm
        pages = 0
        for index, item in enumerate(items):
            cell = index % layout.per_page
            if cell == 0 and index:
                canvas.showPage()
            if cell == 0:
                pages += 1
            row, column = divmod(cell, layout.columns)
            x = (layout.margin_left_mm + column * (layout.label_width_mm + layout.gap_mm)) * mm
            y = page[1] - (layout.margin_top_mm * mm + (row + 1) * height + row * layout.gap_mm * mm)
            canvas.saveState()
            draw_one(canvas, x, y, width, height, item)
            canvas.restoreState()
        canvas.showPage()
        canvas.save()
        return max(pages, 1)

    if hasattr(target, "write"):
        return write(target)
    with replaced_atomically(Path(target)) as temp_name:
        with open(temp_name, "wb") as out:
            return write(out)

"""The one page frame every BranchDesk report prints on.

Data model: a report is a title, the branch name, the moment it was printed, and a *story* (a
list of reportlab flowables: paragraphs and tables, in reading order), optionally closed by a
signature block (label, name or blank line, date or blank). ``build_pdf`` lays the story out on
A4 (portrait or landscape) and draws on every page:

    title (centred) / branch (left) and print time (right) / rule      <- page header
    (a branch identity, common.branch.BranchIdentity, adds one small line under its name: brand,
    address, phone and the branch's code)
    ... story ...
    "第 N 页 / 共 M 页"                                               <- page footer

M is only known when the last page is laid out, so the canvas keeps each finished page's state and
draws the footers in a second pass when the document is saved.

Tables come from ``table()``: a LongTable whose header rows repeat on every page, every text cell a
Paragraph with CJK word wrap (Chinese has no spaces to break at), numeric columns right-aligned.
``pdf_text`` reads the text back per page (tests and the --self-test use it).

Files are written to a temporary name in the target directory and renamed, so a failure never
leaves half a PDF under the real name.
"""
from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, LongTable, PageTemplate, Paragraph, Spacer, Table,
    TableStyle,
)

from common import money
from common.files import replaced_atomically
from common.fonts import cjk_font_name

# Reports are laid out in worker threads (ui.runner) and reportlab keeps module-level state (font
# and width caches, the current document's flowables); two layouts at once take turns instead.
_LAYOUT_LOCK = threading.RLock()

MARGIN_SIDE = 15 * mm
MARGIN_TOP = 27 * mm      # room for the two header lines and the rule
HEADER_DETAIL_HEIGHT = 4 * mm  # per line of the identity's details (brand, address, phone, code)
DETAIL_FONT_SIZE = 8
MARGIN_BOTTOM = 18 * mm   # room for the page number
BLANK_SIGNATURE = "__________"

_NUMBER_TEXT = re.compile(r"^[-+]?[\d,]+(\.\d+)?%?$")


# ---------------------------------------------------------------------------------------------
# Styles and small builders


def paragraph_styles(font_size: float = 9) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font: body, heading, cell, cell_right, cell_center, header, small."""
    font = cjk_font_name()
    leading = font_size * 1.3

    def style(name: str, size: float = font_size, align=TA_LEFT, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.3 if size != font_size else leading,
            alignment=align, wordWrap="CJK", **extra,
        )

    return {
        "body": style("body", spaceAfter=font_size * 0.5),
        "heading": style("heading", font_size + 3, spaceBefore=font_size, spaceAfter=font_size * 0.5),
        "small": style("small", font_size - 1.5),
        "cell": style("cell"),
        "cell_right": style("cell_right", align=TA_RIGHT),
        "cell_center": style("cell_center", align=TA_CENTER),
        "header": style("header", align=TA_CENTER),
    }


def para(text: str, style: str = "body", font_size: float = 9) -> Paragraph:
    """A paragraph of plain text (not markup: <, > and & print as themselves)."""
    return Paragraph(_markup(text), paragraph_styles(font_size)[style])


format_yuan = money.format_yuan  # integer fen as yuan for print (the printing modules take it from here)


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _is_numeric(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, Decimal)):
        return True
    return isinstance(value, str) and bool(_NUMBER_TEXT.match(value.strip()))


def table(
    rows: Sequence[Sequence],
    col_widths: Sequence | None = None,
    header_rows: int = 1,
    align: Sequence[str] | None = None,
    total_rows: int = 0,
    font_size: float = 9,
) -> LongTable:
    """A ruled table whose first ``header_rows`` rows repeat at the top of every page.

    ``col_widths``: points (use ``mm``), percentages of the frame ("20%") or "*" for an equal
    share of what is left; default: equal shares. ``align``: per column "LEFT" / "RIGHT" /
    "CENTER"; default: right for columns whose body values are all numbers, else left.
    ``total_rows``: the last rows are shaded as totals. Cells may be text, numbers, dates, None or
    flowables.
    """
    styles = paragraph_styles(font_size)
    width = max((len(row) for row in rows), default=0)
    if col_widths is None:
        col_widths = ["*"] * width
    if align is None:
        align = []
        for column in range(width):
            body = [row[column] for row in rows[header_rows:] if column < len(row) and row[column] not in (None, "")]
            align.append("RIGHT" if body and all(_is_numeric(value) for value in body) else "LEFT")
    cell_style = {"LEFT": styles["cell"], "RIGHT": styles["cell_right"], "CENTER": styles["cell_center"]}

    data = []
    for index, row in enumerate(rows):
        cells = []
        for column in range(width):
            value = row[column] if column < len(row) else None
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            style = styles["header"] if index < header_rows else cell_style[align[column].upper()]
            cells.append(Paragraph(_markup(_cell_text(value)), style))
        data.append(cells)

    commands = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E6E6E6")))
    if total_rows:
        commands.append(("BACKGROUND", (0, -total_rows), (-1, -1), colors.HexColor("#F2F2F2")))
    return LongTable(data, colWidths=list(col_widths), repeatRows=header_rows, style=TableStyle(commands),
                     hAlign="LEFT")


@dataclass(frozen=True)
class Signature:
    """One place to sign: a label, and the name / date printed, or a blank line when None."""

    label: str
    name: str | None = None
    date: date | str | None = None


def signature_block(signatures: Iterable, font_size: float = 10, note: str | None = None) -> Flowable:
    """A row of "label：name  date" places to sign, kept together on one page; ``note`` (small
    print) goes under it on the same page."""
    items = [sig if isinstance(sig, Signature) else Signature(*sig) for sig in signatures]
    style = paragraph_styles(font_size)["cell"]
    cells = []
    for sig in items:
        name = sig.name or BLANK_SIGNATURE
        when = _cell_text(sig.date) if sig.date else ""
        text = f"{sig.label}：{name}" + (f"  {when}" if when else "")
        cells.append(Paragraph(_markup(text), style))
    block = Table([cells], colWidths=["*"] * len(cells), hAlign="LEFT",
                  style=TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    under = [Paragraph(_markup(note), paragraph_styles(font_size)["small"])] if note else []
    return KeepTogether([Spacer(1, 10 * mm), block] + under)


# ---------------------------------------------------------------------------------------------
# The page frame


class _PageFrame:
    """What every page carries besides the story: header lines and, at save time, the footer."""

    def __init__(self, title: str, branch, printed_at: datetime, page_size):
        self.title = title
        # A plain name, or an identity (duck-typed: this module stays free of the database).
        self.branch = branch if isinstance(branch, str) else branch.name
        self.details = [] if isinstance(branch, str) else _fitted_lines(
            branch.header_parts(), page_size[0] - 2 * MARGIN_SIDE, DETAIL_FONT_SIZE)
        self.printed_at = printed_at
        self.page_width, self.page_height = page_size

    @property
    def top_margin(self) -> float:
        return MARGIN_TOP + HEADER_DETAIL_HEIGHT * len(self.details)

    def draw_header(self, canvas: Canvas, _doc=None) -> None:
        font = cjk_font_name()
        top = self.page_height - 12 * mm
        canvas.saveState()
        canvas.setFont(font, 15)
        canvas.drawCentredString(self.page_width / 2, top, self.title)
        canvas.setFont(font, 9)
        line = top - 8 * mm
        canvas.drawString(MARGIN_SIDE, line, self.branch)
        canvas.drawRightString(self.page_width - MARGIN_SIDE, line, "打印时间：" + _cell_text(self.printed_at))
        canvas.setFont(font, DETAIL_FONT_SIZE)
        for detail in self.details:
            line -= HEADER_DETAIL_HEIGHT
            canvas.drawString(MARGIN_SIDE, line, detail)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_SIDE, line - 2.5 * mm, self.page_width - MARGIN_SIDE, line - 2.5 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page_number: int, page_count: int) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font_name(), 9)
        canvas.drawCentredString(self.page_width / 2, 10 * mm, f"第 {page_number} 页 / 共 {page_count} 页")
        canvas.restoreState()


def _fitted_lines(parts: Sequence[str], width: float, font_size: float) -> list[str]:
    """``parts`` joined by two spaces into as few lines as fit ``width``: a part that fits a line
    is not split; one wider than a line (a 120-character address on A4 portrait) continues the
    current line and runs on, cut where the width ends."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = cjk_font_name()
    fits = lambda text: stringWidth(text, font, font_size) <= width  # noqa: E731
    lines: list[str] = []
    for part in parts:
        if lines and fits(lines[-1] + "  " + part):
            lines[-1] += "  " + part
        elif fits(part):
            lines.append(part)
        else:
            line = lines.pop() + "  " if lines else ""
            for char in part:
                if not fits(line + char):
                    lines.append(line.rstrip())
                    line = ""
                line += char
            lines.append(line)
    return lines


def _numbered_canvas_class(frame: _PageFrame):
    class NumberedCanvas(Canvas):
        """Holds every finished page until save(), when the page count is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict] = []

        def showPage(self):
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            page_count = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                frame.draw_footer(self, number, page_count)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    target,
    title: str,
    branch,
    printed_at: datetime,
    story: Sequence,
    landscape: bool = False,
    signatures: Iterable | None = None,
) -> int:
    """Lay ``story`` out in the BranchDesk page frame and write it to ``target``; return the page count.

    ``branch``: the name for the header, or the branch's identity (common.branch.identity()),
    whose brand, address, phone and code print in a line under the name.
    ``target``: a path (written atomically) or a binary file object. ``story``: flowables (from
    ``table()``, ``para()``, reportlab) or plain strings (printed as body paragraphs).
    ``signatures``: (label, name or None, date or None) tuples or ``Signature``s, printed after the
    story, e.g. [("制表人", "王丽", today), ("财务", None, None), ("经理", None, None)].
    """
    page_size = landscape_of(A4) if landscape else A4
    frame = _PageFrame(title, branch, printed_at, page_size)
    styles = paragraph_styles()
    flowables = [para(item) if isinstance(item, str) else item for item in story]
    if not flowables:
        flowables = [Paragraph("", styles["body"])]
    if signatures:
        flowables.append(signature_block(signatures))

    def write(out) -> int:
        doc = BaseDocTemplate(
            out, pagesize=page_size, title=title, author=frame.branch, creator="BranchDesk",
            # Otherwise each page starts in Helvetica and the PDF names a font it does not embed.
            initialFontName=cjk_font_name(),
            leftMargin=MARGIN_SIDE, rightMargin=MARGIN_SIDE, topMargin=frame.top_margin, bottomMargin=MARGIN_BOTTOM,
        )
        body = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=frame.draw_header)])
        with _LAYOUT_LOCK:
            doc.build(list(flowables), canvasmaker=_numbered_canvas_class(frame))
        return doc.page

    if hasattr(target, "write"):
        return write(target)
    return _write_atomically(Path(target), write)


def _write_atomically(path: Path, write) -> int:
    with replaced_atomically(path) as temp_name:
        with open(temp_name, "wb") as out:
            return write(out)


# ---------------------------------------------------------------------------------------------
# Reading back


def pdf_text(source) -> list[str]:
    """The text of each page, in page order (a path, bytes or a binary file object)."""
    from pypdf import PdfReader

    if isinstance(source, (bytes, bytearray)):
        source = io.BytesIO(source)
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def embedded_font_names(source) -> set[str]:
    """Base names of the fonts whose TrueType program is embedded in the PDF (FontFile2)."""
    from pypdf import PdfReader

    if isinstance(source, (bytes, bytearray)):
        source = io.BytesIO(source)
    names: set[str] = set()
    for page in PdfReader(source).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            candidates = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            for candidate in candidates:
                descriptor = candidate.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(candidate.get("/BaseFont", font.get("/BaseFont"))))
    return names


def self_test(folder) -> str:
    """For ``main.py --self-test``: write a Chinese PDF, read it back; raise RuntimeError if wrong."""
    path = Path(folder) / "self-test.pdf"
    rows = [["零件号", "名称", "数量"]] + [[f"P{n:03d}", "机油滤清器", n] for n in range(1, 81)]
    pages = build_pdf(path, "自检报表", "分公司客服部", datetime(2026, 1, 1, 8, 0),
                      [table(rows)], signatures=[("制表人", "自检", None)])
    texts = pdf_text(path)
    problems = []
    if pages < 2 or len(texts) != pages:
        problems.append(f"expected at least 2 pages, got {pages} / {len(texts)}")
    if not all(f"第 {n} 页 / 共 {pages} 页" in text for n, text in enumerate(texts, start=1)):
        problems.append("page numbers missing")
    if "机油滤清器" not in "".join(texts) or "制表人：自检" not in texts[-1]:
        problems.append("Chinese text did not read back")
    if not embedded_font_names(path):
        problems.append("CJK font not embedded")
    if problems:
        raise RuntimeError("PDF self-test: " + "; ".join(problems))
    return f"PDF ok: {pages} pages, font {sorted(embedded_font_names(path))[0]}"

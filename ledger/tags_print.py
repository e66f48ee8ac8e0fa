"""Printing old-part tags, box labels and the packing list (issue 19 items 1, 2 and 4).

Tags and box labels are drawn by ``ledger.labels.write_labels`` on any ``LabelLayout`` (an A4 label
sheet or a 60x40 mm label printer page): the text lines scale with the label's height and each line
shrinks to the label's width. A tag's Code 128 barcode carries its tag id (ASCII), and its modules
are at least 0.25 mm wide so a phone or a wedge scanner reads it at 203 dpi. The packing list is an
A4 report in the common page frame (common.pdf): per box its weight, count and tags.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from common.actor import Actor
from common.auth import require
from common.branch import identity
from common.fonts import cjk_font_name
from common.pdf import build_pdf, para, table
from ledger import tags
from ledger.labels import LabelLayout, write_labels
from ledger.texts import TAGS_NOT_PACKED

PAD = 2 * mm


def _fit(canvas, text: str, x: float, y: float, width: float, size: float, bold_size: float | None = None) -> None:
    font = cjk_font_name()
    size = bold_size or size
    while size > 4 and stringWidth(text, font, size) > width:
        size -= 0.25
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def _draw_text_block(canvas, x, y, width, height, lines, barcode_text: str | None) -> None:
    """Lines top-down in the upper part of the cell, the barcode (and its text) below them."""
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, width, height)
    inner = width - 2 * PAD
    bar_height = height * 0.30 if barcode_text else 0
    text_area = height - 2 * PAD - bar_height - (height * 0.08 if barcode_text else 0)
    line_height = text_area / max(len(lines), 1)
    size = min(line_height * 0.78, 11)
    cursor = y + height - PAD - line_height * 0.85
    for index, text in enumerate(lines):
        _fit(canvas, text, x + PAD, cursor, inner, size, bold_size=size * 1.15 if index == 0 else None)
        cursor -= line_height
    if barcode_text:
        modules = 11 * (len(barcode_text) + 3) + 13  # start, check, stop symbols and quiet zones
        bar_width = max(0.25 * mm, min(0.5 * mm, (inner - 4 * mm) / modules))
        code = Code128(barcode_text, barWidth=bar_width, barHeight=bar_height, humanReadable=False, quiet=True,
                       lquiet=2 * mm, rquiet=2 * mm)
        code.drawOn(canvas, x + (width - code.width) / 2, y + PAD + height * 0.08)
        canvas.setFont("Courier", min(height * 0.06, 8))
        canvas.drawCentredString(x + width / 2, y + PAD, barcode_text)


def tag_lines(tag: tags.TagInfo, branch) -> list[str]:
    issue = (f"答复发料单 {tag.issue_number}  {tag.issue_date:%Y-%m-%d}" if tag.issue_number
             else "答复发料单 —（不抵欠）")
    return [
        f"旧件标签  {branch.name}{'  ' + branch.code if branch.code else ''}",
        f"服务站 {tag.station_code} {tag.station_name}",
        f"{tag.part_number}  {tag.part_name}",
        issue,
        f"返件单 {tag.document_number}  {tag.document_date:%Y-%m-%d}  第 {tag.seq}/{tag.qty} 件",
    ]


def render_tags(actor: Actor, document_number: str, out, layout: LabelLayout) -> dict:
    """The tags of one STATION_BAD_RETURN (made on first print) on ``layout``."""
    infos = tags.ensure_tags(actor, document_number)
    branch = identity()

    def draw(canvas, x, y, width, height, tag):
        _draw_text_block(canvas, x, y, width, height, tag_lines(tag, branch), tag.tag)

    pages = write_labels(out, layout, infos, draw, title="旧件标签")
    return {"tags": len(infos), "pages": pages, "ids": [t.tag for t in infos]}


def _return_document(actor: Actor, document_number: str):
    require(actor, "parts.read")
    document = tags.find_document(document_number, ("HQ_BAD_RETURN",))
    boxes = tags.packing(document.id)
    if not boxes:
        from common.errors import Refusal

        raise Refusal(TAGS_NOT_PACKED, document=document.number)
    return document, boxes


def render_box_labels(actor: Actor, document_number: str, out, layout: LabelLayout) -> int:
    """One label per box: sender, month, box n of N, count, weight, the return's number."""
    document, boxes = _return_document(actor, document_number)
    branch = identity()
    total = len(boxes)
    receiver = document.party.name if document.party_id else ""

    def draw(canvas, x, y, width, height, box):
        _draw_text_block(canvas, x, y, width, height, [
            f"返总部坏件  第 {box.box_no} 箱 / 共 {total} 箱",
            f"发件 {branch.name}{'  ' + branch.code if branch.code else ''}",
            f"收件 {receiver}",
            f"月份 {document.date:%Y-%m}   件数 {len(box.tags)}   重量 {box.weight_g / 1000:.2f} kg",
            f"返件单 {document.number}{'  ' + document.source_number if document.source_number else ''}",
        ], tags.box_code(document.number, box.box_no))

    return write_labels(out, layout, boxes, draw, title="箱标签")


def render_packing_list(actor: Actor, document_number: str, out) -> int:
    """The packing list (装箱单) of one HQ_BAD_RETURN: per box its tags; the page count."""
    document, boxes = _return_document(actor, document_number)
    rows = [["箱号", "标签号", "备件编号", "备件名称", "服务站", "答复发料单"]]
    for box in boxes:
        for tag in box.tags:
            rows.append([str(box.box_no), tag.tag, tag.part_number, tag.part_name, tag.station_name,
                         tag.issue_number or ""])
    summary = [["箱号", "件数", "重量（kg）"]] + [[str(b.box_no), len(b.tags), f"{b.weight_g / 1000:.2f}"]
                                           for b in boxes]
    summary.append(["合计", sum(len(b.tags) for b in boxes), f"{sum(b.weight_g for b in boxes) / 1000:.2f}"])
    story = [
        para(f"返件单 {document.number}    日期 {document.date:%Y-%m-%d}    收件 "
             f"{document.party.name if document.party_id else ''}    共 {len(boxes)} 箱", "heading"),
        table(summary, [20 * mm, 25 * mm, 30 * mm], total_rows=1, font_size=9),
        para(""),
        table(rows, [12 * mm, 48 * mm, 30 * mm, "*", 32 * mm, 32 * mm], font_size=8,
              align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"]),
    ]
    return build_pdf(out if hasattr(out, "write") else Path(out), "返总部坏件装箱单", identity(), actor.now, story,
                     signatures=[("装箱人", actor.user.display_name, actor.today), ("总部签收", None, None),
                                 ("日期", None, None)])

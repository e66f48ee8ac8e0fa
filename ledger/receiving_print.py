"""The seed's two receiving forms, filled from the receiving inspection (ledger.inspection):

- 《货品记录跟踪表》: the record kept while counting a station's (or dealer's) delivery: who sent it,
  when, the delivery list and request numbers, the outer packing and who opened it with the
  clerk, per part the quantity listed and found and what was wrong, the serial numbers counted,
  and each anomaly's follow-up (notes, state, how it was settled); signed by who counted, the
  witness at the opening and the reviewer.
- 《分公司退换货申请表》: the return/exchange request travelling with the goods: the applying
  station, its request number, per part the quantity asked and received, the inspection's
  finding and the branch's decision (the settled anomaly's resolution, else blank for the pen);
  signed by the station's hand, the branch's receiver and the manager.

Both are found by the ledger document the delivery was posted as (``inspection.for_document``)
and printed in the house frame (common.pdf: the branch header, Chinese fonts, page numbers).
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from common.actor import Actor
from common.auth import require
from common.branch import identity
from common.errors import Refusal
from common.fonts import cjk_font_name
from common.pdf import build_pdf, para, paragraph_styles, table
from ledger import inspection as insp
from ledger.models import Document
from ledger.posting import number_matches
from ledger.texts import INSPECTION_NO_INSPECTION, INSPECTION_UNKNOWN_DOCUMENT

FORMS = {"tracking": "货品记录跟踪表", "return-request": "分公司退换货申请表"}


def _document_and_inspection(number: str):
    document = Document.select().where(number_matches(number)).first()
    if document is None:
        raise Refusal(INSPECTION_UNKNOWN_DOCUMENT, document=number)
    found = insp.for_document(document.id)
    if found is None:
        raise Refusal(INSPECTION_NO_INSPECTION, document=document.number)
    return document, found


def _lines(inspection):
    return list(insp.InspectionLine.select(insp.InspectionLine, insp.Part).join(insp.Part)
                .where(insp.InspectionLine.inspection == inspection.id).order_by(insp.InspectionLine.line_no))


def _anomalies(inspection):
    return list(insp.Anomaly.select().where(insp.Anomaly.inspection == inspection.id).order_by(insp.Anomaly.id))


def _finding(anomalies) -> str:
    return "；".join(f"{a.kind}：{a.note}" if a.note else a.kind for a in anomalies) or "无异常"


def _serials(inspection) -> dict[int, list[str]]:
    """part id -> the serial numbers counted in with this inspection."""
    from ledger.serials import Serial, SerialEvent

    found: dict[int, list[str]] = {}
    for serial, part_id in (Serial.select(Serial.serial, Serial.part).join(SerialEvent)
                            .where(SerialEvent.inspection_id == inspection.id).order_by(Serial.serial).tuples()):
        found.setdefault(part_id, []).append(serial)
    return found


def _fields(rows, font_size: float = 9) -> Table:
    """The form's header: "label：value" fields in columns, without rules (a paragraph would run
    them together: reportlab collapses the spaces between them)."""
    style = paragraph_styles(font_size)["cell"]
    width = max(len(row) for row in rows)
    data = [[Paragraph(escape(cell), style) for cell in row] + [""] * (width - len(row)) for row in rows]
    # The first column holds the station's code and full name (信阳浉河中兴汽车服务站 and longer):
    # give it the room the dates and numbers beside it do not need.
    widths = ["40%"] + [f"{60 / (width - 1):.2f}%"] * (width - 1) if width > 1 else ["*"]
    return Table(data, colWidths=widths, hAlign="LEFT",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font_name()), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))


def _head(document, inspection) -> list:
    party = inspection.party
    package = "完好" if inspection.package_ok else "破损"
    if inspection.package_note:
        package += f"（{inspection.package_note}）"
    return [_fields([[f"送货单位：{party.code} {party.name}", f"到货日期：{inspection.received_on:%Y-%m-%d}",
                      f"入账单据：{document.number}"],
                     [f"经销商发货清单：{inspection.delivery_list_no or '—'}",
                      f"退换货申请表：{inspection.request_no or '—'}", f"开箱见证：{inspection.opened_with or '—'}"],
                     [f"外包装：{package}"]], font_size=10), Spacer(1, 2 * mm)]


def render_tracking(actor: Actor, document_number: str, out) -> dict:
    """《货品记录跟踪表》 of the delivery posted as ``document_number``; {"pages", "lines", "anomalies"}."""
    require(actor, "parts.read")
    document, inspection = _document_and_inspection(document_number)
    lines, anomalies, serials = _lines(inspection), _anomalies(inspection), _serials(inspection)
    rows = [["行", "备件编号", "备件名称", "清单数量", "实收数量", "差异", "验收情况", "序列号"]]
    for line in lines:
        mine = [a for a in anomalies if a.line_id == line.id]
        rows.append([line.line_no, line.part.number, line.part.name, line.qty_listed, line.qty_found,
                     line.qty_found - line.qty_listed or "", _finding(mine), "、".join(serials.get(line.part_id, []))])
    rows.append(["合计", "", "", sum(l.qty_listed for l in lines), sum(l.qty_found for l in lines),
                 sum(l.qty_found - l.qty_listed for l in lines) or "", "", ""])
    story = _head(document, inspection) + [
        table(rows, [9 * mm, 27 * mm, "*", 15 * mm, 15 * mm, 11 * mm, 42 * mm, 28 * mm], total_rows=1, font_size=8,
              align=["RIGHT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT", "LEFT"])]
    shipment = [a for a in anomalies if a.line_id is None]
    if shipment:
        story.append(para(f"整批异常：{_finding(shipment)}"))
    if anomalies:
        follow = [["序号", "备件", "异常", "跟进记录", "状态", "处理结果"]]
        numbers = {line.id: line.part.number for line in lines}
        for n, anomaly in enumerate(anomalies, 1):
            notes = "；".join(f"{note.at:%m-%d} {note.text}" for note in
                             insp.AnomalyNote.select().where(insp.AnomalyNote.anomaly == anomaly.id)
                             .order_by(insp.AnomalyNote.at))
            follow.append([n, numbers.get(anomaly.line_id, "整批"), _finding([anomaly]), notes or "—",
                           "已结" if anomaly.state == "closed" else "跟进中", anomaly.resolution or ""])
        story += [Spacer(1, 3 * mm), para("异常跟踪", "heading"),
                  table(follow, [9 * mm, 27 * mm, 38 * mm, "*", 14 * mm, 38 * mm], font_size=8)]
    signatures = [("清点人", inspection.created_by.display_name, inspection.received_on),
                  ("开箱见证人", inspection.opened_with or None, None), ("复核", None, None)]
    pages = build_pdf(out, FORMS["tracking"], identity(), actor.now, story, signatures=signatures)
    return {"pages": pages, "lines": len(lines), "anomalies": len(anomalies), "inspection": inspection.id}


def render_return_request(actor: Actor, document_number: str, out) -> dict:
    """《分公司退换货申请表》 of the delivery posted as ``document_number``; {"pages", "lines"}."""
    require(actor, "parts.read")
    document, inspection = _document_and_inspection(document_number)
    lines, anomalies = _lines(inspection), _anomalies(inspection)
    party, branch = inspection.party, identity()
    rows = [["序号", "备件编号", "备件名称", "单位", "申请数量", "实收数量", "验收情况", "处理意见"]]
    for line in lines:
        mine = [a for a in anomalies if a.line_id == line.id]
        decided = "；".join(a.resolution for a in mine if a.state == "closed" and a.resolution)
        rows.append([line.line_no, line.part.number, line.part.name, line.part.unit, line.qty_listed,
                     line.qty_found, _finding(mine), decided])
    rows.append(["合计", "", "", "", sum(l.qty_listed for l in lines), sum(l.qty_found for l in lines), "", ""])
    story = [
        _fields([[f"申请单位：{party.code} {party.name}", f"申请表号：{inspection.request_no or '—'}",
                  f"经销商发货清单：{inspection.delivery_list_no or '—'}"],
                 [f"收货单位：{branch.name}", f"收货日期：{inspection.received_on:%Y-%m-%d}",
                  f"入账单据：{document.number}"]], font_size=10),
        Spacer(1, 2 * mm),
        table(rows, [10 * mm, 27 * mm, "*", 11 * mm, 15 * mm, 15 * mm, 40 * mm, 34 * mm], total_rows=1, font_size=8,
              align=["RIGHT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT"]),
    ]
    shipment = [a for a in anomalies if a.line_id is None]
    if shipment:
        story.append(para(f"整批验收情况：{_finding(shipment)}"))
    story.append(Spacer(1, 2 * mm))
    story.append(para("实收数量与验收情况以分公司开箱清点为准；处理意见空白处由分公司填写后随货或传真返回服务站。"))
    signatures = [("服务站经办人", None, None), ("分公司验收人", inspection.created_by.display_name, inspection.received_on),
                  ("分公司经理", None, None)]
    pages = build_pdf(out, FORMS["return-request"], branch, actor.now, story, signatures=signatures)
    return {"pages": pages, "lines": len(lines), "inspection": inspection.id}

"""Printing and export for reconciliation: the statement (PDF with a confirm/dispute column and
the counterparty's signature block, or the xlsx they fill in and send back), the blind count
sheet, and the stocktake variance report.

The statement's xlsx is also the answer template: one row per part with 单位编码 / 起始日期 /
截止日期 repeated on every row (so a returned file names its own counterparty and period), our
figures, and the empty columns 确认 / 对方* / 说明 for them. The 合计 row holds plain values,
not formulas, so a file saved by any spreadsheet program reads back the same.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from common.actor import Actor
from common.auth import require
from common.branch import identity
from common.errors import Refusal
from common.pdf import build_pdf, para, table
from ledger import reconcile, stocktake
from ledger.texts import RECON_OUTPUT_FORMAT, STOCKTAKE_NONE_OPEN

def _columns(party) -> tuple:
    return reconcile.HQ_COLUMNS if party.kind == "hq" else reconcile.STATION_COLUMNS


def render_statement(actor: Actor, party_code: str, date_from, date_to, out_path) -> dict:
    """Issue (or re-print) the statement of one counterparty and period and write it as .pdf or
    .xlsx, by the file's suffix. Returns {"statement_id", "lines", "pages" or "rows"}."""
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(RECON_OUTPUT_FORMAT, path=str(out_path))
    issued = reconcile.issue_statement(actor, party_code, date_from, date_to)
    statement = reconcile.Statement.get_by_id(issued.statement_id)
    lines = list(reconcile.statement_lines(statement.id))
    if suffix == ".pdf":
        pages = _statement_pdf(actor, statement, lines, out_path)
        return {"statement_id": statement.id, "lines": len(lines), "pages": pages}
    rows = _statement_xlsx(statement, lines, out_path)
    return {"statement_id": statement.id, "lines": len(lines), "rows": rows}


def _statement_pdf(actor, statement, lines, out_path) -> int:
    party = statement.party
    columns = _columns(party)
    header = ["备件编号", "备件名称"] + [label for _, label in columns] + ["确认 / 有异议（对方数量）"]
    rows = [header]
    for line in lines:
        rows.append([line.part.number, line.part.name] + [getattr(line, f) for f, _ in columns] + [""])
    rows.append(["合计", ""] + [sum(getattr(l, f) for l in lines) for f, _ in columns] + [""])
    numeric = len(columns)
    widths = [28 * mm, "*"] + [17 * mm] * numeric + [42 * mm]
    who = "总部" if party.kind == "hq" else "对方"
    story = [
        para(f"往来单位：{party.code} {party.name}    对账期间：{statement.date_from:%Y-%m-%d} 至 "
             f"{statement.date_to:%Y-%m-%d}", "heading"),
        para("请逐行核对：相符的在最后一栏打“√”；不符的写明贵方数量，签字盖章后返回。"),
        table(rows, widths, total_rows=1, font_size=8),
    ]
    if not lines:
        story.append(para("本期无往来，期初期末均无欠件。"))
    signatures = [("制表人", actor.user.display_name, actor.today), (f"{who}核对人", None, None),
                  (f"{who}盖章", None, None), ("日期", None, None)]
    return build_pdf(out_path, "备件往来对账单", identity(), actor.now, story, landscape=numeric > 5,
                     signatures=signatures)


def _statement_xlsx(statement, lines, out_path) -> int:
    from common import excel

    party = statement.party
    columns = _columns(party)
    headers = (["单位编码", "单位名称", "起始日期", "截止日期", "备件编号", "备件名称"] + [label for _, label in columns]
               + ["确认", "对方发出", "对方退回好件", "对方退回坏件", "对方期末欠件", "说明"])
    rows = [[party.code, party.name, statement.date_from, statement.date_to, line.part.number, line.part.name]
            + [getattr(line, f) for f, _ in columns] + [None] * 6 for line in lines]
    rows.append([reconcile.TOTAL_LABEL, None, None, None, None, None]
                + [sum(getattr(l, f) for l in lines) for f, _ in columns] + [None] * 6)
    kinds = {"单位编码": "text", "备件编号": "text", "起始日期": "date", "截止日期": "date"}
    return excel.write_rows(out_path, reconcile.IMPORT_SHEET, headers, rows, kinds=kinds)


def render_count_sheet(actor: Actor, out_path) -> int:
    """The blind count sheet of the open stocktake: parts and empty columns, no book quantities
    (a counter who sees the book number tends to find it). Returns the page count."""
    require(actor, "reconcile.manage")
    running = stocktake.open_stocktake()
    if running is None:
        raise Refusal(STOCKTAKE_NONE_OPEN)
    rows = [["序号", "备件编号", "备件名称", "规格", "单位", "好件实数", "坏件实数", "备注"]]
    for index, (number, name, spec, unit) in enumerate(stocktake.count_sheet_lines(running.id).tuples(), 1):
        rows.append([str(index), number, name, spec, unit, "", "", ""])
    story = [para(f"盘点单号：{running.id}    开始时间：{running.started_at:%Y-%m-%d %H:%M}", "heading"), table(
        rows, [12 * mm, 30 * mm, "*", 28 * mm, 12 * mm, 18 * mm, 18 * mm, 25 * mm], font_size=8,
        align=["RIGHT", "LEFT", "LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "LEFT"])]
    return build_pdf(Path(out_path), "盘点表", identity(), actor.now, story,
                     signatures=[("盘点人", None, None), ("复核人", None, None), ("日期", None, None)])


def render_variance_report(actor: Actor, out_path, stocktake_id: int | None = None) -> int:
    """The variance report as PDF: per part book, counted, variance, reason, and a mark where the
    part was posted after the count started. Returns the page count."""
    require(actor, "parts.read")
    report = stocktake.variance_report(stocktake_id)
    rows = [["备件编号", "备件名称", "账面好件", "实盘好件", "好件差异", "账面坏件", "实盘坏件", "坏件差异", "原因", "盘点后有单据"]]
    for l in report.lines:
        rows.append([l.part_number, l.part_name, l.book_good, l.counted_good, f"{l.variance_good:+d}",
                     l.book_bad, l.counted_bad, f"{l.variance_bad:+d}", l.reason, "是" if l.moved_since_start else ""])
    story = [para(f"盘点单号：{report.stocktake_id}    已盘 {report.counted} 种，未盘 {report.not_counted} 种，"
                  f"有差异或需复核 {len(report.lines)} 种", "heading"),
             table(rows, [26 * mm, "*"] + [16 * mm] * 6 + [40 * mm, 18 * mm], font_size=8)]
    return build_pdf(Path(out_path), "盘点差异表", identity(), actor.now, story, landscape=True,
                     signatures=[("制表人", actor.user.display_name, actor.today), ("经理", None, None)])

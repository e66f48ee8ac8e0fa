"""The daily goods in/out report on paper (PDF) and in Excel (xlsx).

Both are drawn from one ``ledger.daily.DailyReport`` value, so paper, workbook and screen show the
same numbers. This module only lays out the value it is given (and a version's signatures): it does
not import ledger.daily, which calls it to lay out a signed report (``signed_pdf``) and to print one
for the command line (``render_daily``). The PDF is A4 landscape in the common page frame (title, branch, print time, page N
of M; table headers repeat on every page) and ends with the three places to sign: 制表人 (who
produced the version, and when), 财务 and 经理 (filled in once they signed in the app). A failed
check is printed first, in its own section, never left out.

The workbook has one sheet per table; its total rows are SUM formulas over the data rows (the
clerk's "verify with a sum formula"), which must give the app's totals.

Printed texts are Chinese only, like the paper forms the branch sends to HQ.
"""
from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, TableStyle

from common.branch import identity
from common.messages import templates
from common.models import User
from common.fonts import cjk_font_name
from common.pdf import MARGIN_SIDE, build_pdf, format_yuan, para, paragraph_styles, signature_block, table
from ledger.models import BOOK_NAMES
from ledger.doctypes import DOC_TYPES, MARKER_NAMES, MARKERS
from ledger.texts import (
    DAILY_CHECK_BALANCE, DAILY_CHECK_BALANCES_OK, DAILY_CHECK_BOOK_TOTALS, DAILY_CHECK_DOCUMENT_TOTALS,
    DAILY_CHECK_NUMBERING, DAILY_CHECK_PART_MOVES,
)

TITLE = "货品出入库报表"

# The 项目 column of the workbook's 核对 sheet.
CHECK_ITEMS = {
    DAILY_CHECK_DOCUMENT_TOTALS: "单据合计",
    DAILY_CHECK_BOOK_TOTALS: "账本合计",
    DAILY_CHECK_PART_MOVES: "备件变动",
    DAILY_CHECK_BALANCE: "期初期末",
    DAILY_CHECK_BALANCES_OK: "期初期末",
    DAILY_CHECK_NUMBERING: "单号连续性",
}
BOOK_HEADERS = ["备件编号", "备件名称", "账本", "往来单位", "期初", "入", "出", "期末", "核对"]
LINE_HEADERS = ["单据号", "标记", "类型", "往来单位", "来源单号", "关联单号", "行", "备件编号", "备件名称",
                "数量", "单价", "金额", "备注"]
TOTAL_HEADERS = ["账本", "入库数量", "入库金额", "出库数量", "出库金额"]


def doc_type_name(code: str) -> str:
    """The Chinese name of a document type as printed (总部到货, never HQ_RECEIVE)."""
    return DOC_TYPES[code].name if code in DOC_TYPES else code


def check_text(check) -> str:
    facts = dict(check.facts)
    facts.setdefault("missing", "")
    if "doc_type" in facts:  # paper names the type (总部到货), never its code
        facts["doc_type"] = doc_type_name(facts["doc_type"])
    if check.code == DAILY_CHECK_NUMBERING and not facts["missing"]:
        facts["missing"] = "无"
    # The paper copy is Chinese only: the check's template (ledger/texts.py) as the source.
    return templates()[check.code][1].format(**facts)


def signatures_of(version) -> list[tuple]:
    """制表人 / 财务 / 经理 as printed: names and dates of who produced and signed this version."""
    if version is None:
        return [("制表人", None, None), ("财务", None, None), ("经理", None, None)]

    def name(user_id):
        return User.get_by_id(user_id).display_name if user_id else None

    def day(moment):
        return Date.fromisoformat(str(moment)[:10]) if moment else None

    return [
        ("制表人", name(version.produced_by_id), day(version.produced_at)),
        ("财务", name(version.finance_signed_by_id), day(version.finance_signed_at)),
        ("经理", name(version.manager_signed_by_id), day(version.manager_signed_at)),
    ]


def _line_rows(report) -> list[list]:
    rows = []
    for doc in report.documents:
        party = f"{doc.party_code} {doc.party_name}".strip()
        for index, line in enumerate(doc.lines):
            first = index == 0
            # A line's remark that only repeats the document's (an import gives the first line the
            # document's remark) is printed once.
            remark = "；".join(dict.fromkeys(r for r in ((doc.remark if first else ""), line.remark) if r))
            rows.append([
                doc.number if first else "", doc.marker_text if first else "", doc.type_name if first else "",
                party if first else "", doc.source_number if first else "", doc.reference_number if first else "",
                line.line_no, line.part_number, line.part_name, line.qty, line.price_fen, line.amount_fen, remark,
            ])
    return rows


FRAME_WIDTH = 297 * mm - 2 * MARGIN_SIDE  # A4 landscape inside the common page frame


def _text_width(text: str, font_size: float) -> float:
    # CJK glyphs are one em wide, Latin letters and digits about half (a safe over-estimate).
    return sum(font_size if ord(char) > 0x2E80 else font_size * 0.6 for char in text)


def _fast_table(rows, col_widths, align, font_size: float, total_rows: int = 0):
    """Like common.pdf.table, but a cell is a plain string unless it needs wrapping: a 500-line
    day has 6,500 cells, and a Paragraph per cell took most of the second the PDF may take."""
    fixed = sum(w for w in col_widths if w != "*")
    stars = sum(1 for w in col_widths if w == "*")
    widths = [w if w != "*" else (FRAME_WIDTH - fixed) / stars for w in col_widths]
    styles = paragraph_styles(font_size)
    by_align = {"LEFT": styles["cell"], "RIGHT": styles["cell_right"], "CENTER": styles["cell_center"]}
    data = []
    for index, row in enumerate(rows):
        cells = []
        for column, value in enumerate(row):
            text = "" if value is None else str(value)
            room = widths[column] - 6
            if index == 0:
                cells.append(Paragraph(escape(text), styles["header"]))
            elif text and (_text_width(text, font_size) > room or "\n" in text):
                cells.append(Paragraph(escape(text).replace("\n", "<br/>"), by_align[align[column]]))
            else:
                cells.append(text)
        data.append(cells)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.3),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
    ]
    commands += [("ALIGN", (column, 1), (column, -1), value) for column, value in enumerate(align)]
    if total_rows:
        commands.append(("BACKGROUND", (0, -total_rows), (-1, -1), colors.HexColor("#F2F2F2")))
    return LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _check_mark(ok: bool) -> str:
    return "相符" if ok else "不符"


def render_pdf(report, target, printed_at, signatures=None, branch=None, fingerprint=None) -> int:
    """Write the report as a PDF to a path or binary file; return the page count. ``fingerprint``
    (a signed version's, ledger.daily.fingerprint) is printed under the signatures."""
    story = []
    failed = report.failed_checks
    summary = (f"业务日期：{report.date.isoformat()}    单据 {len(report.documents)} 张，{report.line_count} 行，"
               f"数量合计 {report.qty_total}，金额合计 {format_yuan(report.amount_total_fen)} 元    "
               + ("核对结果：全部相符" if not failed else f"核对结果：{len(failed)} 项不符"))
    story.append(para(summary, "heading"))
    if failed:
        story.append(para("核对未通过（请勿签字，先查明原因）：", "heading"))
        for check in failed:
            story.append(para("【不符】" + check_text(check)))

    rows = [[cell if i not in (10, 11) else format_yuan(cell) for i, cell in enumerate(row)] for row in _line_rows(report)]
    # A number (ZD-2026-000001, in 单据号 and 关联单号) fits 26 mm on one line; the room goes to the
    # party names, which wrapped at 28 mm. A number of an old database (STATION_BAD_RETURN-...) wraps.
    widths = [26 * mm, 9 * mm, 20 * mm, 42 * mm, 24 * mm, 26 * mm, 7 * mm, 22 * mm, 28 * mm, 12 * mm, 16 * mm,
              18 * mm, "*"]
    align = ["LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"]
    total = ["合计", "", "", "", "", "", "", "", "", report.qty_total, "", format_yuan(report.amount_total_fen), ""]
    story.append(para("一、单据明细（按单号顺序）", "heading"))
    story.append(_fast_table([LINE_HEADERS] + rows + [total], widths, align, 7.5, total_rows=1))
    legend = "；".join(f"{MARKERS[key]} = {MARKER_NAMES[key]}" for key in MARKERS)
    story.append(para("标记说明：" + legend, "small"))

    story.append(para("二、各账本变动（期初 + 入 - 出 = 期末）", "heading"))
    book_rows = [[r.part_number, r.part_name, BOOK_NAMES[r.book], r.party_code, r.opening, r.qty_in, r.qty_out,
                  r.closing, _check_mark(r.ok)] for r in report.book_rows]
    story.append(_fast_table([BOOK_HEADERS] + book_rows,
                             [30 * mm, 45 * mm, 32 * mm, 30 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, "*"],
                             ["LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"], 8))

    story.append(para("三、账本合计（流水账与单据两种算法核对）", "heading"))
    book_checks = {c.facts["book"]: c.ok for c in report.checks if c.code == DAILY_CHECK_BOOK_TOTALS}
    totals = [[BOOK_NAMES[t.book], t.qty_in, format_yuan(t.amount_in_fen), t.qty_out, format_yuan(t.amount_out_fen),
               _check_mark(book_checks.get(t.book, False))] for t in report.book_totals]
    story.append(table([TOTAL_HEADERS + ["两种算法"]] + totals, ["*"] * 6,
                       align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"], font_size=8))

    story.append(para("四、单号连续性与冲销", "heading"))
    for run in report.numbering:
        text = f"{doc_type_name(run.doc_type)}：{run.first} 至 {run.last}，本日 {run.count} 张"
        if run.interleaved:
            text += "；其间他日单据：" + "，".join(f"{n}（{d}）" for n, d in run.interleaved)
        text += "；缺号：" + ("，".join(run.missing) if run.missing else "无")
        story.append(para(text))
    for number, original, original_date in report.reversals:
        story.append(para(f"冲销：{number} 冲销 {original}（{original_date}）"))
    if not report.numbering:
        story.append(para("本日无单据。"))
    story.append(para("五、核对", "heading"))
    for check in report.checks:
        story.append(para(("【相符】" if check.ok else "【不符】") + check_text(check)))

    signatures = signatures or signatures_of(None)
    if fingerprint:  # the signature block is laid out here, so that the fingerprint stays under it
        story.append(signature_block(signatures, note=fingerprint_text(report.date, fingerprint)))
    return build_pdf(target, TITLE, branch or identity(), printed_at, story, landscape=True,
                     signatures=None if fingerprint else signatures)


def fingerprint_text(day: Date, fingerprint: str) -> str:
    """The line under the signatures: the code and how to check the paper against the database."""
    return (f"校验码：{fingerprint}　（核对本表与数据库是否一致：python main.py day verify "
            f"{day.isoformat()} {fingerprint}）")


def render_xlsx(report, path) -> dict[str, int]:
    """Write the report as a workbook; total rows are SUM formulas. Returns rows per sheet."""
    from common.excel import Sheet, write_workbook

    book_checks = {c.facts["book"]: c.ok for c in report.checks if c.code == DAILY_CHECK_BOOK_TOTALS}
    sheets = [
        Sheet("单据明细", LINE_HEADERS, _line_rows(report),
              kinds={"单据号": "text", "来源单号": "text", "关联单号": "text", "备件编号": "text", "数量": "int",
                     "单价": "money", "金额": "money"},
              total_columns=("数量", "金额")),
        Sheet("账本变动", BOOK_HEADERS,
              [[r.part_number, r.part_name, BOOK_NAMES[r.book], r.party_code, r.opening, r.qty_in, r.qty_out,
                r.closing, _check_mark(r.ok)] for r in report.book_rows],
              kinds={"备件编号": "text", "期初": "int", "入": "int", "出": "int", "期末": "int"},
              total_columns=("入", "出")),
        Sheet("账本合计", TOTAL_HEADERS + ["两种算法"],
              [[BOOK_NAMES[t.book], t.qty_in, t.amount_in_fen, t.qty_out, t.amount_out_fen,
                _check_mark(book_checks.get(t.book, False))] for t in report.book_totals],
              # No total row: the books count different things (good parts, bad parts, parts in
              # transit...), so a sum across them means nothing.
              kinds={"入库数量": "int", "入库金额": "money", "出库数量": "int", "出库金额": "money"}),
        Sheet("核对", ["项目", "结果", "说明"],
              [[CHECK_ITEMS.get(c.code, c.code), "相符" if c.ok else "不符", check_text(c)] for c in report.checks]),
    ]
    return write_workbook(Path(path), sheets)

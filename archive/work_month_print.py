"""The 客服中心工作月报表 on paper (PDF, for the manager's signature) and as a workbook (xlsx, one
sheet per section); both from archive.work_month.work_month and laid out from the same tables
(``sections``). It names staff, never customers, so it is no personal-data export.
"""
from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from common.actor import Actor
from common.errors import Refusal

from archive import callbacks, care, complaints
from archive.files import REPAIR, SALES
from archive.texts import WORK_MONTH_BAD_FORMAT
from archive.work_month import WorkMonth, work_month

CHANNEL_LABELS = {"sms": "短信", "phone": "电话", "card": "贺卡", "wechat": "微信"}


def sections(report: WorkMonth) -> list[tuple[str, list[list], str]]:
    """(title, rows with the header first, note) of every section, in print order."""
    from common.pdf import format_yuan  # here, not at the top: common.pdf loads reportlab

    out = []
    a = report.archives
    out.append(("一、档案接收", [
        ["档案", "本月接收", "其中迟交", "月末仍未交（已过期限）"],
        ["销售档案", a[SALES]["received"], a[SALES]["late"], a[SALES]["outstanding"]],
        ["维修档案", a[REPAIR]["received"], a[REPAIR]["late"], a[REPAIR]["outstanding"]],
        ["合计", a[SALES]["received"] + a[REPAIR]["received"], a[SALES]["late"] + a[REPAIR]["late"],
         a[SALES]["outstanding"] + a[REPAIR]["outstanding"]],
    ], f"本月接收资料交接单 {a['batches']} 张。销售资料交车后 2 个工作日内、维修资料进厂后 1 个工作日内应交档案室。"))
    people = [["责任人", "本月交档", "迟交", "迟交工作日合计", "月末未交"]]
    people += [[p.responsible, p.received, p.late, p.workdays_late, p.outstanding] for p in report.people
               if p.late or p.outstanding]
    out.append(("二、迟交档案（按责任人，供季效考核）", people if len(people) > 1 else people + [["本月无迟交", "", "", "", ""]],
                "只列本月有迟交或月末仍未交的责任人。"))
    rows = [["回访类型", "本月应访", "已回访", "联系不上结案", "月末逾期未访", "拨打次数", "接通", "平均分"]]
    rows += [[callbacks.KIND_LABELS[r.kind], r.due, r.done, r.unreachable, r.overdue, r.calls, r.reached, r.average]
             for r in report.callbacks]
    out.append(("三、客户回访", rows, "平均分按 10 分制；逾期未访指最迟回访日已过、月末仍未回访的。"))
    items = [["回访类型", "服务项目", "评分人数", "平均分", f"{callbacks.LOW_SCORE}分及以下"]]
    items += [list(row) for row in report.score_items] or [["本月无评分", "", "", "", ""]]
    out.append(("各服务项目评分", items, "低分项目可开立整改项（见六）。"))
    c = report.complaints
    category = "、".join(f"{complaints.CATEGORIES.get(k, k)} {n}" for k, n in sorted(c.by_category.items())) or "—"
    out.append(("四、客户投诉", [
        ["本月受理", "本月结案", "其中超期结案", "月末超期未结", "平均处理天数", "客户满意", "客户不满意"],
        [c.received, c.closed, c.closed_late, c.open_overdue,
         "" if c.average_days_to_close is None else f"{c.average_days_to_close:.1f}", c.satisfied, c.not_satisfied],
    ], f"按类别：{category}。投诉应在受理后 {complaints.RESOLVE_DAYS} 天内结案。"))
    channels = list(CHANNEL_LABELS)
    rows = [["关怀类别"] + [CHANNEL_LABELS[ch] for ch in channels] + ["合计"]]
    for kind in care.KINDS:
        counts = report.care.get(kind, {})
        if counts:
            rows.append([care.KIND_LABELS[kind]] + [counts.get(ch, 0) for ch in channels] + [sum(counts.values())])
    total = [sum(report.care.get(k, {}).get(ch, 0) for k in care.KINDS) for ch in channels]
    rows.append(["合计"] + total + [sum(total)])
    out.append(("五、客户关怀（已发送）", rows, ""))
    r = report.rectification
    rows = [["部门", "本月开立", "本月验证关闭", "月末逾期未关闭"]]
    rows += [[name, v["opened"], v["closed"], v["overdue"]] for name, v in sorted(r["by_department"].items())]
    rows.append(["合计", r["opened"], r["closed"], r["overdue"]])
    out.append(("六、整改跟踪", rows, "整改项来自低分回访与已结案投诉，经下次回访或经理检查验证后关闭。"))
    e = report.events
    out.append(("七、客户活动", [
        ["已举办", "筹备中", "邀请", "报名", "到场", "反馈人数", "平均反馈", "实际费用(元)", "人均费用(元)"],
        [e["held"], e["planned"], e["invited"], e["signed_up"], e["attended"], e["feedback_count"],
         e["average_feedback"], format_yuan(e["cost_fen"]), format_yuan(e["cost_per_attendee_fen"])],
    ], ""))
    m = report.members
    out.append(("八、车主俱乐部会员", [
        ["本月入会", "本月续期", "本月到期应续", "到期未续", "权益使用次数", "月末有效会员"],
        [m["enrolled"], m["renewed"], m["due_for_renewal"], m["lapsed"], m["benefits_used"], m["members"]],
    ], ""))
    return out


_NUMBER = re.compile(r"-?\d{1,3}(,\d{3})*(\.\d+)?|-?\d+(\.\d+)?")


def _cell(value, money: bool):
    """A figure the PDF shows as text ("8.63", "9,221.84") as a number the manager can sum: yuan
    columns as money (integer fen, shown 0.00), the rest as plain numbers."""
    if not isinstance(value, str) or not _NUMBER.fullmatch(value):
        return value
    number = Decimal(value.replace(",", ""))
    if money:
        return int((number * 100).to_integral_value())
    return int(number) if number == number.to_integral_value() and "." not in value else float(number)


def _write_workbook(target, parts, title: str, period: str, printed_at: datetime) -> int:
    from common.excel_write import Sheet, write_workbook

    sheets = []
    for name, rows, _ in parts:
        money = [header.endswith("(元)") for header in rows[0]]
        sheets.append(Sheet(name.split("、", 1)[-1][:31], rows[0],
                            [[_cell(value, money[i]) for i, value in enumerate(row)] for row in rows[1:]],
                            kinds={header: "money" for header, is_money in zip(rows[0], money) if is_money}))
    # The PDF's heading and the notes under its sections, which the sheets have no place for.
    notes = [[period], [f"制表时间：{printed_at:%Y-%m-%d %H:%M}"]]
    notes += [[f"{name}：{note}"] for name, _, note in parts if note]
    sheets.append(Sheet("说明", [title], notes))
    write_workbook(target, sheets)
    return len(sheets)


def render(actor: Actor, month, target, printed_at: datetime) -> int:
    """Write the month's report to ``target`` (.pdf or .xlsx by suffix). Returns the PDF's page
    count, or the workbook's sheets."""
    suffix = Path(str(target)).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(WORK_MONTH_BAD_FORMAT, path=str(target))
    report = work_month(actor, month)
    parts = sections(report)
    title = f"客服中心工作月报表 {report.first:%Y年%m月}"
    period = f"统计期间：{report.first:%Y-%m-%d} 至 {report.last:%Y-%m-%d}"
    if report.as_of < report.last:
        period += f"（本月尚未结束，统计至 {report.as_of:%Y-%m-%d}）"
    if suffix == ".xlsx":
        return _write_workbook(target, parts, title, period, printed_at)
    from common.branch import identity
    from common.pdf import build_pdf, para, table
    from reportlab.platypus import KeepTogether

    story = [para(period)]
    for name, rows, note in parts:
        # A section's heading never ends a page alone: heading, table and note go together.
        block = [para(name, "heading"), table(rows, total_rows=1 if rows[-1][0] == "合计" else 0)]
        story.append(KeepTogether(block + ([para(note, "small")] if note else [])))
    return build_pdf(target, title, identity(), printed_at, story,
                     signatures=[("制表人", actor.user.display_name, printed_at.date()), ("客服经理", None, None),
                                 ("总经理", None, None)])

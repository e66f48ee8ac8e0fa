"""Printed forms of customer events (archive.events): the invitation list (邀请名单) and the
sign-in sheet (签到表) of one event as PDF, and the report of events and their effect on
satisfaction (客户活动效果报表) as PDF or xlsx.

The list and the sheet name customers with their phones, so they go through the personal-data
guard (common.personal_data: permission personal.export, audited with the number of customers).
The report holds figures only. No Qt here; reportlab and openpyxl are imported when drawing.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from archive import events
from archive.texts import EVENTS_REPORT_FORMAT, EVENTS_SHEET_FORMAT
from common.actor import Actor
from common.errors import Refusal
from common.money import format_yuan
from common.personal_data import export_personal

INVITATION_HEADERS = ["序号", "客户", "电话", "城市", "邀请方式", "邀请时间", "邀请人", "报名"]
SIGN_IN_HEADERS = ["序号", "客户", "电话", "报名日期", "签到（本人签名）", "人数", "备注"]
REPORT_HEADERS = ["活动日期", "活动名称", "类型", "到场人数", "平均反馈", "实际费用(元)", "人均费用(元)",
                  "参加者回访分(前)", "参加者回访分(后)", "参加者变化", "其他客户(前)", "其他客户(后)", "其他客户变化"]


def _event_title(event: events.CustomerEvent) -> str:
    return f"{events.KINDS[event.kind]}：{event.title}"


def _event_facts(event: events.CustomerEvent) -> str:
    return (f"日期：{event.held_on:%Y-%m-%d}　地点：{event.place or '—'}　名额：{event.capacity}　"
            f"预算：{format_yuan(event.budget_fen)} 元")


def _pdf_only(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise Refusal(EVENTS_SHEET_FORMAT, path=str(path))


def render_invitation_list(actor: Actor, event_id: int, path) -> int:
    """The event's invitation list: every listed customer, how and when invited and by whom,
    signed up or not. Returns the page count."""
    path = Path(path)
    _pdf_only(path)
    event = events._event(event_id)
    rows = []
    for number, row in enumerate(events.invitees(event_id), 1):
        customer = row.customer
        rows.append([number, customer.name, customer.phone or "", events.city_of(customer.address),
                     events.CHANNELS.get(row.invited_via, "") if row.invited_via else "未邀请",
                     row.invited_at.strftime("%Y-%m-%d %H:%M") if row.invited_at else "",
                     row.invited_by.display_name if row.invited_by_id else "", "已报名" if row.signed_up_on else ""])

    def write() -> int:
        from reportlab.lib.units import mm

        from common.branch import identity
        from common.pdf import build_pdf, para, table

        story = [para(_event_facts(event)),
                 para(f"邀请名单：{len(rows)} 位客户，已邀请 {sum(1 for r in rows if r[5])} 位，"
                      f"已报名 {sum(1 for r in rows if r[7])} 位"),
                 table([INVITATION_HEADERS] + (rows or [["", "名单上还没有客户", "", "", "", "", "", ""]]),
                       col_widths=[10 * mm, 24 * mm, 28 * mm, 20 * mm, 18 * mm, 30 * mm, 20 * mm, "*"])]
        return build_pdf(path, f"客户活动邀请名单 {_event_title(event)}", identity(), actor.now, story,
                         signatures=[("制表人", actor.user.display_name, actor.today), ("客服经理", None, None)])

    return export_personal(actor, "event_invitations", path, write, records=len(rows),
                           detail={"event": event.id})


def render_sign_in_sheet(actor: Actor, event_id: int, path, blank_rows: int = 5) -> int:
    """The sign-in sheet laid out at the door: the customers who signed up, a column for their
    signature and how many came with them, and ``blank_rows`` empty lines for walk-ins."""
    path = Path(path)
    _pdf_only(path)
    event = events._event(event_id)
    rows = [[number, row.customer.name, row.customer.phone or "", row.signed_up_on, "", "", ""]
            for number, row in enumerate(events.invitees(event_id, signed_up_only=True), 1)]
    blanks = [[len(rows) + n, "", "", "", "", "", ""] for n in range(1, blank_rows + 1)]

    def write() -> int:
        from reportlab.lib.units import mm

        from common.branch import identity
        from common.pdf import build_pdf, para, table

        story = [para(_event_facts(event)), para(f"已报名 {len(rows)} 位（名额 {event.capacity}）"),
                 table([SIGN_IN_HEADERS] + rows + blanks,
                       col_widths=[10 * mm, 26 * mm, 30 * mm, 22 * mm, 45 * mm, 12 * mm, "*"], font_size=10)]
        return build_pdf(path, f"客户活动签到表 {_event_title(event)}", identity(), actor.now, story,
                         signatures=[("制表人", actor.user.display_name, actor.today), ("活动负责人", None, None)])

    return export_personal(actor, "event_sign_in", path, write, records=len(rows), detail={"event": event.id})


def _score(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else ""


def _change(value: float | None) -> str:
    if value is None:
        return ""
    return "0.00" if round(value, 2) == 0 else f"{value:+.2f}"  # no "-0.00" for a change too small to print


def report_rows(first: date, last: date, today: date) -> list[list]:
    return [[e.held_on, e.title, events.KINDS[e.kind], e.attended, _score(e.average_feedback), e.cost_fen,
             e.cost_per_attendee_fen, _score(e.attendees_before), _score(e.attendees_after),
             _change(e.attendees_change), _score(e.others_before), _score(e.others_after), _change(e.others_change)]
            for e in events.effect(first, last, today)]


def write_report(path, first: date, last: date, *, printed_at: datetime, printed_by: str) -> Path:
    """The events held from ``first`` to ``last`` with attendance, feedback, cost per attendee and
    the average callback score of attendees and of all other customers in the EFFECT_DAYS before
    and after each (PDF or xlsx by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise Refusal(EVENTS_REPORT_FORMAT, path=str(path))
    rows = report_rows(first, last, printed_at.date())
    title = f"客户活动效果报表 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}"
    if suffix == ".xlsx":
        from common.excel import Sheet, write_workbook

        write_workbook(path, [Sheet("活动效果", REPORT_HEADERS, rows,
                                    {"活动日期": "date", "到场人数": "int", "实际费用(元)": "money",
                                     "人均费用(元)": "money"}, total_columns=("到场人数", "实际费用(元)"))])
        return path
    from reportlab.lib.units import mm

    from common.branch import identity
    from common.pdf import build_pdf, para, table

    printable = [[r[0], r[1], r[2], r[3], r[4], format_yuan(r[5]), format_yuan(r[6]), *r[7:]] for r in rows]
    story = [para(f"回访分为活动前后各 {events.EFFECT_DAYS} 天内已完成回访的平均分（1-10 分）；"
                  "“其他客户”为同期未参加该活动的全部客户，用来对照参加者的变化是否来自活动。"),
             table([REPORT_HEADERS] + (printable or [["", "本期没有举办活动"] + [""] * 11]),
                   col_widths=[20 * mm, "*", 20 * mm] + [16 * mm] * 10, font_size=8)]
    build_pdf(path, title, identity(), printed_at, story, landscape=True,
              signatures=[("制表人", printed_by, printed_at.date()), ("客服经理", None, None)])
    return path

"""``main.py events plan|invite|signup|attend|feedback|cost|cancel|list|print|report``: customer
events (archive.events, archive.events_print) on the command line, hooked into main.py with
``add_parser`` / ``run``.

``invite`` puts customers on an event's list, named by id (``--customer``, repeatable) or chosen by
the same filters as the 活动 page (``--member``, ``--model``, ``--value-class``, ``--city``,
``--visited-from`` / ``--visited-to``); with ``--via`` the invitation is recorded for them too.
It sits in ui/ with the other translated texts and builds no widget; the domain is imported only
when a command runs.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ui.cli.base import tr



def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("日期 {value} 无法识别，请写成 YYYY-MM-DD。").format(value=text)) from None


def _yuan(text: str) -> int:
    from ui.document_form import parse_yuan

    fen = parse_yuan(text)
    if fen is None:
        raise argparse.ArgumentTypeError(tr("金额 {value} 无效：应为不小于 0 的元数，最多两位小数。").format(value=text))
    return fen


def add_parser(sub) -> None:
    parser = sub.add_parser("events", help=tr("客户活动：策划、邀请、报名、签到、反馈、费用与效果报表"))
    commands = parser.add_subparsers(dest="events_command", required=True)
    plan = commands.add_parser("plan", help=tr("策划一次活动"))
    plan.add_argument("--kind", required=True, choices=["lecture", "party", "drive"],
                      help=tr("lecture 知识讲座 / party 联谊会 / drive 自驾游"))
    plan.add_argument("--title", required=True, help=tr("活动名称"))
    plan.add_argument("--date", required=True, type=_day, help=tr("活动日期 YYYY-MM-DD"))
    plan.add_argument("--place", default="", help=tr("地点"))
    plan.add_argument("--capacity", required=True, type=int, help=tr("名额"))
    plan.add_argument("--budget", type=_yuan, default=0, help=tr("预算（元）"))
    plan.add_argument("--note", default="", help=tr("备注"))
    listing = commands.add_parser("list", help=tr("列出活动及其邀请、报名、到场人数"))
    listing.add_argument("--from", dest="date_from", type=_day)
    listing.add_argument("--to", dest="date_to", type=_day)
    invite = commands.add_parser("invite", help=tr("把客户加入邀请名单（按编号或筛选条件），并可登记邀请方式"))
    invite.add_argument("event", type=int, help=tr("活动编号"))
    invite.add_argument("--customer", type=int, action="append", default=[], help=tr("客户编号（可重复）"))
    invite.add_argument("--member", action="store_true", help=tr("只选会员"))
    invite.add_argument("--model", default="", help=tr("车型（包含此文字）"))
    invite.add_argument("--value-class", default="", help=tr("客户价值分类代码"))
    invite.add_argument("--city", default="", help=tr("城市（地址包含此文字）"))
    invite.add_argument("--visited-from", type=_day, help=tr("最近进厂日期不早于"))
    invite.add_argument("--visited-to", type=_day, help=tr("最近进厂日期不晚于"))
    invite.add_argument("--via", choices=["phone", "sms", "letter"], help=tr("登记邀请方式：phone 电话 / sms 短信 / letter 信函"))
    invite.add_argument("--dry-run", action="store_true", help=tr("只列出将邀请的客户，不写入"))
    for name, text in (("signup", tr("登记报名（名额满则拒绝）")), ("attend", tr("登记签到")),
                       ("withdraw", tr("取消报名，让出名额"))):
        one = commands.add_parser(name, help=text)
        one.add_argument("event", type=int, help=tr("活动编号"))
        one.add_argument("--customer", type=int, required=True, help=tr("客户编号"))
    feedback = commands.add_parser("feedback", help=tr("登记到场客户的反馈评分（1-10）"))
    feedback.add_argument("event", type=int, help=tr("活动编号"))
    feedback.add_argument("--customer", type=int, required=True, help=tr("客户编号"))
    feedback.add_argument("--score", type=int, required=True, help=tr("评分 1-10"))
    feedback.add_argument("--note", default="", help=tr("客户意见"))
    cost = commands.add_parser("cost", help=tr("登记活动的实际费用，得出人均费用"))
    cost.add_argument("event", type=int, help=tr("活动编号"))
    cost.add_argument("--amount", type=_yuan, required=True, help=tr("实际费用（元）"))
    cancel = commands.add_parser("cancel", help=tr("取消尚未举办的活动"))
    cancel.add_argument("event", type=int, help=tr("活动编号"))
    printing = commands.add_parser("print", help=tr("打印邀请名单或签到表（PDF）"))
    printing.add_argument("event", type=int, help=tr("活动编号"))
    printing.add_argument("--sheet", required=True, choices=["invitations", "sign-in"],
                          help=tr("invitations 邀请名单 / sign-in 签到表"))
    printing.add_argument("--out", required=True)
    report = commands.add_parser("report", help=tr("活动效果报表：到场、反馈、人均费用与活动前后回访分（PDF 或 xlsx）"))
    report.add_argument("--from", dest="date_from", type=_day, required=True)
    report.add_argument("--to", dest="date_to", type=_day, required=True)
    report.add_argument("--out", required=True)


def _money(fen) -> str:
    from common.pdf import format_yuan

    return format_yuan(fen) if fen is not None else "—"


def run(args, ctx) -> int:
    from archive import events, events_print
    from ui.messages_events import label

    _, actor = ctx.session()
    command = args.events_command
    if command == "plan":
        event_id = events.plan(actor, kind=args.kind, title=args.title, held_on=args.date, place=args.place,
                               capacity=args.capacity, budget_fen=args.budget, note=args.note)
        ctx.say(tr("已策划活动 {id}：{title}（{date}，名额 {capacity}）。").format(
            id=event_id, title=args.title.strip(), date=args.date, capacity=args.capacity))
        return 0
    if command == "list":
        rows = list(events.events_between(args.date_from, args.date_to))
        counts = events.figures(e.id for e in rows)
        for e in rows:
            f = counts[e.id]
            line = tr("{id}  {date}  {kind}  {title}  {state}  名额 {capacity}  邀请 {invited}  报名 {signed}  到场 {attended}  平均反馈 {feedback}  人均费用 {per}")
            ctx.say(line.format(
                id=e.id, date=e.held_on, kind=label(events.KINDS[e.kind]), title=e.title,
                state=label(events.STATE_LABELS[e.state]), capacity=e.capacity, invited=f.invited, signed=f.signed_up,
                attended=f.attended, feedback=f"{f.average_feedback:.2f}" if f.average_feedback is not None else "—",
                per=_money(events.cost_per_attendee(e, f.attended))))
        if not rows:
            ctx.say(tr("没有活动。"))
        return 0
    if command == "invite":
        return _invite(args, actor, ctx.say)
    if command == "signup":
        taken = events.sign_up(actor, args.event, args.customer)
        ctx.say(tr("已报名，已占名额 {taken}。").format(taken=taken))
        return 0
    if command == "withdraw":
        events.withdraw(actor, args.event, args.customer)
        ctx.say(tr("已取消报名。"))
        return 0
    if command == "attend":
        attended = events.attend(actor, args.event, args.customer)
        ctx.say(tr("已签到，到场 {n} 人。").format(n=attended))
        return 0
    if command == "feedback":
        events.record_feedback(actor, args.event, args.customer, args.score, args.note)
        ctx.say(tr("已登记反馈评分 {score}。").format(score=args.score))
        return 0
    if command == "cost":
        per = events.record_cost(actor, args.event, args.amount)
        ctx.say(tr("已登记实际费用 {cost} 元，人均 {per} 元。").format(cost=_money(args.amount), per=_money(per)))
        return 0
    if command == "cancel":
        events.cancel(actor, args.event)
        ctx.say(tr("活动已取消。"))
        return 0
    out = Path(args.out)
    if command == "print":
        render = (events_print.render_invitation_list if args.sheet == "invitations"
                  else events_print.render_sign_in_sheet)
        pages = render(actor, args.event, out)
        ctx.say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages))
        return 0
    events_print.write_report(out, args.date_from, args.date_to, printed_at=actor.now,
                              printed_by=actor.user.display_name)
    ctx.say(tr("已写入 {path}").format(path=out))
    return 0


def _invite(args, actor, say) -> int:
    from archive import events

    filters = events.Filters(members_only=args.member, model=args.model, value_class=args.value_class,
                             city=args.city, visited_from=args.visited_from, visited_to=args.visited_to)
    chosen_by_filter = filters != events.Filters()
    if args.customer and chosen_by_filter:
        from common.errors import Refusal

        raise Refusal("events.customer_or_filter")
    ids = list(args.customer)
    if chosen_by_filter:
        found = events.candidates(filters, actor.today, event_id=args.event)
        ids = [c.customer_id for c in found]
        if args.dry_run:
            for c in found:
                say(f"{c.customer_id}  {c.name}  {c.phone}  {c.city}  {c.models}  {c.last_visit or ''}")
            say(tr("符合条件的客户 {n} 位（未写入）。").format(n=len(found)))
            return 0
    if ids:
        added = events.add_invitees(actor, args.event, ids)
        say(tr("已加入邀请名单 {n} 位客户。").format(n=added))
    elif not args.via:
        say(tr("没有符合条件的客户。"))
        return 1
    if args.via:
        if not ids:  # the whole list not yet invited
            ids = [row.customer_id for row in events.invitees(args.event) if row.invited_at is None]
        invited = events.record_invitation(actor, args.event, ids, args.via)
        say(tr("已登记邀请 {n} 位客户。").format(n=invited))
    return 0

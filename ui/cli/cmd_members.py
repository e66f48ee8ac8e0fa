"""``main.py customers values|rules`` (archive.value) and ``main.py members
enrol|renew|use|list|export|card|rules`` (archive.members), hooked into main.py with ``add_parser``
/ ``run_customers`` / ``run_members``.

It sits in ui/ with the other translated texts and builds no widget; the domain is imported only by
the functions that run a command (every start builds the parser). A customer is named on the command
line by its archive number (档案编号, e.g. 000123) or its database id.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ui.cli.base import tr



def _filters(parser) -> None:
    parser.add_argument("--level", default="", help=tr("会员等级代码（如 gold）"))
    parser.add_argument("--renewal", default="", choices=("", "active", "due", "lapsed"),
                        help=tr("续期：active 有效、due 待续期、lapsed 已到期"))
    parser.add_argument("--class", dest="value_class", default="", help=tr("客户价值类别：vip、major、ordinary、small"))
    parser.add_argument("--city", default="", help=tr("地址中的城市或区县"))
    parser.add_argument("--model", default="", help=tr("车型"))
    parser.add_argument("--find", default="", help=tr("会员号、姓名或电话"))


def add_parser(sub) -> None:
    customers = sub.add_parser("customers", help=tr("客户价值分类与终身价值"))
    commands = customers.add_subparsers(dest="customers_command", required=True)
    values = commands.add_parser("values", help=tr("列出或导出客户的价值类别与终身价值"))
    values.add_argument("--class", dest="value_class", default="", help=tr("只列此类：vip、major、ordinary、small"))
    values.add_argument("--out", help=tr("导出为 .xlsx 文件"))
    values.add_argument("--limit", type=int, default=50, help=tr("终端上最多列出的行数（默认 50）"))
    rules = commands.add_parser("rules", help=tr("查看或设置客户价值分类规则（经理）"))
    rules.add_argument("--shares", help=tr("VIP、主要、普通客户的累计百分比，如 1,5,20"))
    rules.add_argument("--window", type=int, help=tr("统计最近多少个月的产值"))
    rules.add_argument("--life", type=int, help=tr("客户生命周期（年）"))

    members = sub.add_parser("members", help=tr("车主俱乐部会员：入会、续期、权益使用、名单"))
    commands = members.add_subparsers(dest="members_command", required=True)
    enrol = commands.add_parser("enrol", help=tr("客户入会（会员号自动连续编号）"))
    enrol.add_argument("--customer", required=True, help=tr("客户档案编号或客户编号"))
    enrol.add_argument("--level", help=tr("会员等级代码（默认按等级规则）"))
    enrol.add_argument("--date", type=date.fromisoformat, help=tr("入会日期（默认今天）"))
    enrol.add_argument("--note", default="")
    renew = commands.add_parser("renew", help=tr("会员续期一个有效期"))
    renew.add_argument("number", help=tr("会员号，如 HY000012"))
    renew.add_argument("--date", type=date.fromisoformat, help=tr("续期日期（默认今天）"))
    use = commands.add_parser("use", help=tr("登记会员使用的权益"))
    use.add_argument("number", help=tr("会员号，如 HY000012"))
    use.add_argument("--benefit", required=True, help=tr("权益名称，如 免费洗车"))
    use.add_argument("--date", type=date.fromisoformat, help=tr("使用日期（默认今天）"))
    use.add_argument("--note", default="")
    listing = commands.add_parser("list", help=tr("会员名单（可筛选）"))
    _filters(listing)
    listing.add_argument("--json", action="store_true")
    export = commands.add_parser("export", help=tr("导出会员名单为 .xlsx 或 .pdf"))
    _filters(export)
    export.add_argument("--out", required=True)
    card = commands.add_parser("card", help=tr("打印会员证 PDF"))
    card.add_argument("number", help=tr("会员号，如 HY000012"))
    card.add_argument("--out", required=True)
    commands.add_parser("rules", help=tr("查看会员等级、条件与权益"))


def _customer_id(text: str) -> int:
    from archive.models import Customer
    from common.errors import Refusal

    text = text.strip()
    found = Customer.get_or_none(Customer.archive_number == text)
    if found is None and text.isdigit():
        found = Customer.get_or_none(Customer.id == int(text))
    if found is None:
        raise Refusal("members.customer_not_found", customer=text)
    return found.id


def run(args, ctx) -> int:
    """``customers ...`` or ``members ...``."""
    return run_customers(args, ctx) if args.command == "customers" else run_members(args, ctx)


def run_customers(args, ctx) -> int:
    from archive import value
    from ui.messages_members import class_name

    _, actor = ctx.session()
    if args.customers_command == "rules":
        current = value.rules()
        if args.shares is not None or args.window is not None or args.life is not None:
            shares = current.shares
            if args.shares is not None:
                from common.errors import Refusal

                try:
                    shares = tuple(int(part) for part in args.shares.replace("，", ",").split(","))
                except ValueError:
                    raise Refusal("value.shares_invalid", field="shares", shares=args.shares) from None
            current = value.set_rules(actor, value.ValueRules(
                shares=shares, window_months=args.window if args.window is not None else current.window_months,
                life_years=args.life if args.life is not None else current.life_years))
        vip, major, ordinary = current.shares
        ctx.say(tr("按最近 {months} 个月的维修产值排名：VIP客户 前 {vip}%，主要客户 至 {major}%，普通客户 至 {ordinary}%，"
               "其余为小客户；客户生命周期 {years} 年。").format(months=current.window_months, vip=vip, major=major,
                                                     ordinary=ordinary, years=current.life_years))
        return 0
    if args.out:
        count = value.export_xlsx(actor, actor.today, args.value_class, Path(args.out))
        ctx.say(tr("已写入 {path}（{rows} 位客户）").format(path=args.out, rows=count))
        return 0
    from common.pdf import format_yuan

    rows = value.value_rows(actor.today, args.value_class)
    counts = value.class_counts(actor.today)
    ctx.say("  ".join(f"{class_name(code)} {counts[code]}" for code in value.VALUE_CLASSES))
    for customer, found in rows[:max(0, args.limit)]:
        ctx.say(tr("{archive}  {name}  {klass}  统计期产值 {contribution} 元  单次 {average} 元 x {purchases} 次  "
               "终身价值 {lifetime} 元").format(
            archive=customer.archive_number or "", name=customer.name, klass=class_name(found.klass),
            contribution=format_yuan(found.contribution_fen), average=format_yuan(found.average_amount_fen),
            purchases=found.purchases, lifetime=format_yuan(found.lifetime_value_fen)))
    if len(rows) > args.limit:
        ctx.say(tr("……另有 {more} 位（--out 导出全部）").format(more=len(rows) - args.limit))
    return 0


def _member_filter(args):
    from archive.members import MemberFilter

    return MemberFilter(level=args.level, renewal=args.renewal, value_class=args.value_class, city=args.city,
                        model=args.model, text=args.find)


def run_members(args, ctx) -> int:
    from archive import members
    from ui.messages_members import class_name

    _, actor = ctx.session()
    command = args.members_command
    if command == "enrol":
        member = members.enrol(actor, _customer_id(args.customer), level=args.level, joined_on=args.date,
                               note=args.note)
        ctx.say(tr("{name} 已入会：会员号 {number}，等级 {level}，续期日 {due}").format(
            name=member.customer.name, number=member.number, level=members.level_name(member.level),
            due=member.renewal_due.isoformat()))
        return 0
    if command == "renew":
        member = members.renew(actor, args.number, args.date)
        ctx.say(tr("会员 {number} 已续期至 {due}，等级 {level}").format(
            number=member.number, due=member.renewal_due.isoformat(), level=members.level_name(member.level)))
        return 0
    if command == "use":
        use = members.use_benefit(actor, args.number, args.benefit, args.date, args.note)
        ctx.say(tr("已登记：会员 {number} {day} 使用“{benefit}”").format(
            number=use.member.number, day=use.used_on.isoformat(), benefit=use.benefit))
        return 0
    if command == "rules":
        current = members.rules()
        ctx.say(tr("有效期 {months} 个月，到期前 {days} 天提醒续期").format(months=current.term_months,
                                                               days=current.remind_days))
        for level in current.levels:
            needs = []
            if level.min_class:
                needs.append(class_name(level.min_class))
            if level.min_years:
                needs.append(tr("客户 {years} 年以上").format(years=level.min_years))
            ctx.say(f"{level.code}  {level.name}  {tr('或').join(needs) or tr('所有客户')}  {'、'.join(level.benefits)}")
        return 0
    if command == "card":
        pages = members.print_card(actor, args.number, Path(args.out), actor.now)
        ctx.say(tr("已写入 {path}（{pages} 页）").format(path=args.out, pages=pages))
        return 0
    filters = _member_filter(args)
    if command == "export":
        out = Path(args.out)
        if out.suffix.lower() == ".pdf":
            pages = members.print_list(actor, actor.today, filters, out, actor.now)
            ctx.say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages))
        else:
            count = members.export_xlsx(actor, actor.today, filters, out)
            ctx.say(tr("已写入 {path}（{rows} 位会员）").format(path=out, rows=count))
        return 0
    rows = members.member_rows(actor.today, filters)
    if args.json:
        ctx.say(json.dumps([{"number": r.number, "name": r.name, "level": r.level, "joined_on": r.joined_on.isoformat(),
                         "renewal_due": r.renewal_due.isoformat(), "lapsed": r.lapsed, "value_class": r.value_class,
                         "lifetime_value_fen": r.lifetime_value_fen, "benefits_used": r.benefits_used}
                        for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        state = tr("已到期") if r.lapsed else tr("有效")
        ctx.say(f"{r.number}  {r.name}  {r.level_name}  {r.joined_on.isoformat()} → {r.renewal_due.isoformat()}  "
            f"{state}  {class_name(r.value_class)}")
    ctx.say(tr("共 {count} 位会员").format(count=len(rows)))
    return 0

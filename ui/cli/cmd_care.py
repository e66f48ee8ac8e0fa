"""``main.py care export|template`` (archive/mailmerge.py): care greetings and reminders as a
mail-merge file for the SMS platform (.xlsx / .csv) or as address labels / letters (.pdf), and the
manager's message templates. Hooked into main.py with ``add_parser`` / ``run``; builds no widget.
"""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import tr

KINDS = ("birthday", "festival", "maintenance", "inspection", "insurance")



def add_parser(sub) -> None:
    parser = sub.add_parser("care", help=tr("客户关怀：短信平台名单、信封标签与信函，短信模板"))
    commands = parser.add_subparsers(dest="care_command", required=True)
    export = commands.add_parser("export", help=tr("导出某日待发送的一类关怀：.xlsx/.csv（手机号与短信内容）或 .pdf"))
    export.add_argument("--kind", choices=KINDS, required=True,
                        help=tr("birthday 生日 / festival 节日 / maintenance 保养 / inspection 年审 / insurance 续保"))
    export.add_argument("--date", help=tr("日期 YYYY-MM-DD（默认今天）"))
    export.add_argument("--out", required=True)
    export.add_argument("--layout", choices=["labels", "letters"], default="labels",
                        help=tr(".pdf 时：labels 信封地址标签（A4 每页 14 张）或 letters 每位客户一封信"))
    export.add_argument("--mark-sent", action="store_true", help=tr("导出后把这些关怀标记为已发送"))
    template = commands.add_parser("template", help=tr("查看或修改一类关怀的短信模板（修改：经理）"))
    template.add_argument("--kind", choices=KINDS, required=True)
    template.add_argument("--set", dest="text", help=tr("新的模板文字，合并字段写在大括号里，如 {称呼}"))


def run(args, ctx) -> int:
    from archive import mailmerge

    _, actor = ctx.session()
    if args.care_command == "template":
        if args.text is not None:
            mailmerge.set_template(actor, args.kind, args.text)
            ctx.say(tr("模板已保存。"))
        ctx.say(mailmerge.template_for(args.kind))
        ctx.say(tr("可用的合并字段：{fields}").format(fields="、".join("{" + f + "}" for f in mailmerge.FIELDS)))
        return 0
    day = ctx.parse_date(args.date, "--date") or actor.today
    out = Path(args.out)
    written = mailmerge.export(actor, args.kind, day, out, layout=args.layout, mark_sent=args.mark_sent)
    ctx.say(tr("已写入 {path}：{rows} 位客户。").format(path=out, rows=written.rows))
    ctx.say(tr("未列入：免打扰客户 {blocked} 位，无手机号或地址 {unreachable} 位。").format(
        blocked=written.left_out_blocked, unreachable=written.left_out_unreachable))
    if out.suffix.lower() != ".pdf":
        ctx.say(tr("最长一条 {n} 字（按每条 {segment} 字计费）。").format(n=written.longest, segment=mailmerge.SMS_SEGMENT))
    if written.marked_sent:
        ctx.say(tr("已标记 {n} 条关怀为已发送。").format(n=written.marked_sent))
    return 0

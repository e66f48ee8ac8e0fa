"""``report KIND --out FILE``: every printable report, PDF or xlsx by the output file's suffix.

The kinds of the return boxes (tags, packing, tracking, return-request) are ui.cli.cmd_packing's,
the work-month report is ui.cli.report_work_month's; the others are here.
"""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import CliError, tr


def add_parser(sub) -> None:
    from ui.cli import cmd_packing, report_work_month

    report = sub.add_parser("report", help=tr("打印报表（PDF 或 xlsx，按输出文件后缀）"))
    report_sub = report.add_subparsers(dest="report_kind", required=True)
    mackay = report_sub.add_parser("mackay", help=tr("麦凯66客户档案（已填或空白）"))
    mackay.add_argument("--customer", type=int, help=tr("客户编号"))
    mackay.add_argument("--blank", action="store_true", help=tr("打印空白表"))
    mackay.add_argument("--sensitive", action="store_true", help=tr("打印敏感项（需相应权限，记入审计）"))
    mackay.add_argument("--out", required=True)
    daily = report_sub.add_parser("daily", help=tr("货品出入库日报"))
    daily.add_argument("--date", required=True, help=tr("业务日期 YYYY-MM-DD"))
    daily.add_argument("--out", required=True)
    statement = report_sub.add_parser("statement", help=tr("与服务站或总部的对账单"))
    statement.add_argument("--party", required=True, help=tr("往来单位编码"))
    statement.add_argument("--from", dest="date_from", help=tr("起始日期（默认：最近结束的半月）"))
    statement.add_argument("--to", dest="date_to", help=tr("截止日期"))
    statement.add_argument("--out", required=True)
    count_sheet = report_sub.add_parser("count-sheet", help=tr("盲盘点表（不含账面数）"))
    count_sheet.add_argument("--out", required=True)
    count_sheet.add_argument("--start", action="store_true", help=tr("先开始一次盘点（冻结此刻的账面数）再打印"))
    report_callbacks = report_sub.add_parser("callbacks", help=tr("回访日报 / 周报 / 月报"))
    report_callbacks.add_argument("--period", choices=["day", "week", "month"], required=True)
    report_callbacks.add_argument("--date", help=tr("日期 YYYY-MM-DD（默认今天）"))
    report_callbacks.add_argument("--out", required=True)
    cmd_packing.add_report_parsers(report_sub)  # report tags|packing|tracking|return-request
    report_work_month.add_report_parser(report_sub)  # report work-month


def run(args, ctx) -> int:
    target, actor = ctx.session()
    out = Path(args.out)
    kind = args.report_kind
    if kind == "mackay":
        from archive.profile_print import render_profile_pdf

        if (args.customer is None) == (not args.blank):
            raise CliError(tr("请指定 --customer 客户编号 或 --blank（空白表）其中之一。"))
        pages = render_profile_pdf(actor, out, None if args.blank else args.customer,
                                   include_sensitive=args.sensitive)  # a plain print masks them for every role
    elif kind == "daily":
        from ledger.daily import render_daily

        day = ctx.parse_date(args.date, "--date")
        written = render_daily(actor, day, out)  # pages of a PDF, lines of an xlsx
        pages = written if out.suffix.lower() == ".pdf" else 0
    elif kind == "statement":
        from ledger import reconcile
        from ledger.reconcile_print import render_statement

        date_from, date_to = ctx.parse_date(args.date_from, "--from"), ctx.parse_date(args.date_to, "--to")
        if date_from is None or date_to is None:
            default_from, default_to = reconcile.default_period(actor.today)
            date_from, date_to = date_from or default_from, date_to or default_to
        render_statement(actor, args.party, date_from, date_to, out)
        pages = 0
    elif kind == "count-sheet":
        from ledger.reconcile_print import render_count_sheet

        if args.start:
            from ledger import stocktake

            stocktake.start(actor)  # freezes the book quantities now; refused if a count is open
        pages = render_count_sheet(actor, out)
    elif kind in ("tags", "packing", "tracking", "return-request"):  # ui.cli.cmd_packing.REPORT_KINDS
        from ui.cli import cmd_packing

        return cmd_packing.run_report(args, actor, ctx.say)
    elif kind == "work-month":
        from ui.cli import report_work_month  # 客服中心工作月报表

        return report_work_month.run_report(args, actor, ctx.say)
    elif kind == "callbacks":
        from archive import callbacks

        callbacks.write_report(out, args.period, ctx.parse_date(args.date, "--date") or actor.today,
                               printed_at=actor.now, printed_by=actor.user.display_name, actor=actor)
        pages = 0
    else:
        raise CliError(tr("未知的报表类型 {kind}。").format(kind=kind))
    ctx.say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages) if pages else tr("已写入 {path}").format(path=out))
    return 0

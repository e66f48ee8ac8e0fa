"""``main.py report work-month --month YYYY-MM --out FILE.pdf|.xlsx``: the 客服中心工作月报表
(archive/work_month.py, archive/work_month_print.py), hooked into main.py's report command with
``add_report_parser`` / ``run_report``. Builds no widget."""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import tr



def add_report_parser(report_sub) -> None:
    parser = report_sub.add_parser("work-month", help=tr("客服中心工作月报表（档案、回访、投诉、关怀、整改、活动、会员）"))
    parser.add_argument("--month", required=True, help=tr("月份 YYYY-MM"))
    parser.add_argument("--out", required=True)


def run_report(args, actor, say) -> int:
    from archive import work_month, work_month_print

    out = Path(args.out)
    written = work_month_print.render(actor, work_month.parse_month(args.month), out, actor.now)
    if out.suffix.lower() == ".pdf":
        say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=written))
    else:
        say(tr("已写入 {path}").format(path=out))
    return 0

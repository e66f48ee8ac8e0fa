"""``calendar show|set|import|due``: the holiday calendar and the N-th working day (archive.holidays)."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from ui.cli.base import refusal_text, tr


def add_parser(sub) -> None:
    calendar = sub.add_parser("calendar", help=tr("节假日日历：查看、设置、导入，算工作日"))
    calendar_sub = calendar.add_subparsers(dest="calendar_command", required=True)
    calendar_show = calendar_sub.add_parser("show", help=tr("一年的放假日与调休上班日"))
    calendar_show.add_argument("--year", type=int, required=True)
    calendar_show.add_argument("--json", action="store_true")
    calendar_set = calendar_sub.add_parser("set", help=tr("设置一天：off 放假 / work 调休上班 / normal 恢复平常（经理）"))
    calendar_set.add_argument("date", help=tr("日期 YYYY-MM-DD"))
    calendar_set.add_argument("kind", choices=["off", "work", "normal"])
    calendar_set.add_argument("--name", help=tr("节日名称，如 春节"))
    calendar_import = calendar_sub.add_parser("import", help=tr("从 Excel 导入（工作表“日历”：日期 | 类型 | 名称）（经理）"))
    calendar_import.add_argument("file")
    calendar_due = calendar_sub.add_parser("due", help=tr("DATE 之后第 N 个工作日（资料移交截止日的算法）"))
    calendar_due.add_argument("date", help=tr("日期 YYYY-MM-DD"))
    calendar_due.add_argument("count", type=int)


def _weekday(day: date) -> str:
    return (tr("星期一"), tr("星期二"), tr("星期三"), tr("星期四"), tr("星期五"), tr("星期六"), tr("星期日"))[day.weekday()]


def run(args, ctx) -> int:
    """The holiday calendar: show a year, set one day, import a sheet, or the N-th working day."""
    from archive import holidays
    from common import auth
    from common.errors import Refusal

    target, actor = ctx.session()
    command = args.calendar_command
    if command == "show":
        auth.require(actor, "archive.read")
        view = holidays.year_calendar(args.year)
        if args.json:
            print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
            return 0
        if not view.covered:
            ctx.say(refusal_text(Refusal("calendar.year_unknown", year=args.year)))
        for day, (name, work) in sorted(view.entries.items()):
            ctx.say(f"{day.isoformat()}  {_weekday(day)}  {tr('上班') if work else tr('放假')}  {name}")
        return 0
    if command == "set":
        day = ctx.parse_date(args.date, "DATE")
        changed = holidays.set_day(actor, day, args.kind, args.name)
        word = {"off": tr("放假"), "work": tr("上班"), "normal": tr("平常日")}[args.kind]
        ctx.say(tr("已将 {day} 设为{kind}；{moved} 份未移交资料的截止日随之调整。").format(
            day=day.isoformat(), kind=word, moved=changed.deadlines_moved))
        return 0
    if command == "import":
        result = holidays.import_calendar(actor, Path(args.file))
        ctx.say(tr("已导入 {days} 天（{years} 年）；{moved} 份未移交资料的截止日随之调整。").format(
            days=result.days, years="、".join(str(y) for y in result.years), moved=result.deadlines_moved))
        return 0
    result = holidays.workdays_after(ctx.parse_date(args.date, "DATE"), args.count)
    print(result.day.isoformat(), flush=True)
    for year in result.unknown_years:
        print(refusal_text(Refusal("calendar.year_unknown", year=year)), file=sys.stderr, flush=True)
    return 0

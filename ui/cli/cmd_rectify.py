"""``main.py rectify open|act|verify|list|candidates|threshold|departments`` (archive.rectification),
hooked into main.py with ``add_parser`` / ``run``. Builds no widget; the domain is imported by the
functions that run a command, not when the parser is built (every start builds it)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.cli.base import CliError, tr



def add_parser(sub) -> None:
    parser = sub.add_parser("rectify", help=tr("整改跟踪：回访低分与投诉结案的整改项"))
    commands = parser.add_subparsers(dest="rectify_command", required=True)
    opened = commands.add_parser("open", help=tr("开立整改项：回访低分（--callback 与 --item）或已结案投诉（--complaint）"))
    opened.add_argument("--callback", type=int, help=tr("回访任务编号"))
    opened.add_argument("--item", help=tr("评分项目代码"))
    opened.add_argument("--complaint", help=tr("投诉编号，如 TS202611001"))
    opened.add_argument("--department", required=True, help=tr("部门代码（rectify departments 列出）"))
    opened.add_argument("--owner", required=True, help=tr("整改负责人"))
    opened.add_argument("--due", help=tr("整改期限 YYYY-MM-DD（默认两周后）"))
    opened.add_argument("--problem", default="", help=tr("需要整改的问题（默认取评分或投诉内容）"))
    acted = commands.add_parser("act", help=tr("登记部门采取的整改措施"))
    acted.add_argument("number", help=tr("整改编号，如 RZ202611001"))
    acted.add_argument("--action", required=True, help=tr("整改措施"))
    verified = commands.add_parser("verify", help=tr("验证整改：下次回访（callback）或经理检查（manager）"))
    verified.add_argument("number", help=tr("整改编号"))
    verified.add_argument("--by", choices=("callback", "manager"), required=True)
    verified.add_argument("--note", default="", help=tr("经理检查时看到的情况"))
    listed = commands.add_parser("list", help=tr("按部门列出一个月的整改项，或输出 PDF / xlsx"))
    listed.add_argument("--month", help=tr("月份 YYYY-MM（默认本月）"))
    listed.add_argument("--overdue", action="store_true", help=tr("只列今天已逾期的"))
    listed.add_argument("--out", help=tr("输出文件 .pdf 或 .xlsx"))
    commands.add_parser("candidates", help=tr("近 90 天尚未开立整改项的低分与已结案投诉"))
    limit = commands.add_parser("threshold", help=tr("查看或设置低分线（10 分制，经理）"))
    limit.add_argument("value", nargs="?", type=int)
    departments = commands.add_parser("departments", help=tr("列出部门，或新增 / 改名 / 停用（经理）"))
    departments.add_argument("--add", help=tr("新增部门的名称"))
    departments.add_argument("--code", help=tr("要改名或停用的部门代码"))
    departments.add_argument("--name", help=tr("部门的新名称"))
    state = departments.add_mutually_exclusive_group()
    state.add_argument("--retire", action="store_true", help=tr("停用该部门"))
    state.add_argument("--reinstate", action="store_true", help=tr("恢复使用已停用的部门"))


def _month(text: str | None, today: date) -> date:
    if not text:
        return today.replace(day=1)
    try:
        return date.fromisoformat(text.strip() + "-01")
    except ValueError:
        raise CliError(tr("--month 的月份 {value} 无法识别，请写成 YYYY-MM。").format(value=text)) from None


def _find(number: str):
    from archive.rectification import Rectification
    from common.errors import Refusal

    row = Rectification.get_or_none(Rectification.number == number.strip().upper())
    if row is None:
        raise Refusal("rectify.not_found", item=number)
    return row


def _label(text: str) -> str:
    return QCoreApplication.translate("ServiceLabels", text) if text else ""


def run(args, ctx) -> int:
    from archive import rectification as rz
    from archive.complaints import Complaint
    from common.errors import Refusal

    _, actor = ctx.session()
    command = args.rectify_command
    if command == "open":
        due = ctx.parse_date(args.due, "--due")
        if args.complaint:
            complaint = Complaint.get_or_none(Complaint.number == args.complaint.strip().upper())
            if complaint is None:
                raise Refusal("complaints.not_found", complaint=args.complaint)
            row = rz.open_from_complaint(actor, complaint.id, department=args.department, owner=args.owner,
                                         due_on=due, problem=args.problem)
        elif args.callback is not None and args.item:
            row = rz.open_from_score(actor, args.callback, args.item, department=args.department, owner=args.owner,
                                     due_on=due, problem=args.problem)
        else:
            raise CliError(tr("请指定 --callback 与 --item（回访低分），或 --complaint（已结案投诉）。"))
        ctx.say(tr("已开立整改项 {number}：{department}，负责人 {owner}，期限 {due}").format(
            number=row.number, department=_label(row.department.name), owner=row.owner, due=row.due_on))
        return 0
    if command == "act":
        row = rz.act(actor, _find(args.number).id, args.action)
        ctx.say(tr("整改项 {number}：{state}").format(number=row.number, state=_label(rz.STATE_LABELS[row.state])))
        return 0
    if command == "verify":
        row = rz.verify(actor, _find(args.number).id, args.by, args.note)
        ctx.say(tr("整改项 {number}：{state}（{note}）").format(number=row.number, state=_label(rz.STATE_LABELS[row.state]),
                                                       note=row.verify_note))
        return 0
    if command == "list":
        month = _month(args.month, actor.today)
        if args.out:
            from common import branch

            path = rz.write_month_list(Path(args.out), month, printed_at=actor.now,
                                       printed_by=actor.user.display_name, actor=actor, branch=branch.identity())
            ctx.say(tr("已写入 {path}").format(path=path))
            return 0
        if args.overdue:
            rows = list(rz.overdue(actor.today))
            for row in rows:
                ctx.say(f"{row.number}  {_label(row.department.name)}  {row.owner}  {row.due_on}  "
                    f"{_label(rz.STATE_LABELS[row.state])}  {row.problem}")
            ctx.say(tr("逾期整改项 {n} 项。").format(n=len(rows)))
            return 0
        from common.personal_data import export_personal

        grouped = rz.month_list(month)

        def show():
            for name, rows in grouped.items():
                ctx.say(f"== {_label(name)}")
                for row in rows:
                    ctx.say("  " + "  ".join(str(value) for value in (row[0], row[2], row[4], row[5], row[7],
                                                                  _label(row[8])) if value != ""))
            return grouped

        # The list names customers on a terminal: an audited read of personal data (PIPL).
        export_personal(actor, "rectification_list", "terminal", show,
                        records=sum(len(rows) for rows in grouped.values()), detail={"month": f"{month:%Y-%m}"})
        summary = rz.month_summary(month, rz.month_bounds(month)[1])
        ctx.say(tr("{month}：开立 {opened} 项，验证关闭 {closed} 项，逾期 {overdue} 项。").format(
            month=f"{month:%Y-%m}", **{k: v for k, v in summary.items() if k != "by_department"}))
        return 0
    if command == "candidates":
        found = rz.candidates(actor.today)
        for c in found:
            what = (f"--callback {c.source_id} --item {c.item}  {_label(c.item_label)} {c.score}/{c.scale_max}"
                    if c.source == rz.CALLBACK else f"--complaint {Complaint.get_by_id(c.source_id).number}")
            ctx.say(f"{c.day}  {what}  {c.plate}  {c.department}  {c.problem}")
        ctx.say(tr("可开立整改的 {n} 项（低分线 {limit}）。").format(n=len(found), limit=rz.threshold()))
        return 0
    if command == "threshold":
        if args.value is not None:
            rz.set_threshold(actor, args.value)
        ctx.say(tr("低分线：{value} 分及以下（10 分制）").format(value=rz.threshold()))
        return 0
    if args.add:
        rz.save_department(actor, args.add)
    elif args.code:
        current = rz.Department.get_or_none(rz.Department.code == args.code)
        if current is None:
            raise Refusal("rectify.unknown_department", department=args.code)
        # Renaming leaves a retired department retired; only --reinstate brings it back.
        active = False if args.retire else True if args.reinstate else current.active
        rz.save_department(actor, args.name or current.name, code=args.code, active=active)
    for department in rz.departments(active_only=False):
        ctx.say(f"{department.code}  {_label(department.name)}" + ("" if department.active else "  " + tr("（已停用）")))
    return 0

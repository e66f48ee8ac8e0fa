"""``main.py scripts list|show|save|retire|survey`` (archive.scripts) and ``main.py complaint
steps|step|history`` (the complaint call's steps, archive.complaints), hooked into main.py with
``add_parser`` / ``run`` / ``run_complaint``. Builds no widget; the domain is imported by the
functions that run a command."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.cli.base import tr

KINDS = ("7dc", "3dc", "monthly", "yearly", "complaint")
SITUATIONS = ("opening", "not_owner", "busy", "wrong_number", "angry", "compensation", "low_score", "closing")
STEPS = ("opening", "question", "listen", "propose", "agree", "confirm")



def _label(text: str) -> str:
    return QCoreApplication.translate("ServiceLabels", text) if text else ""


def add_parser(sub) -> None:
    parser = sub.add_parser("scripts", help=tr("回访话术库与回访调查表"))
    commands = parser.add_subparsers(dest="scripts_command", required=True)
    listed = commands.add_parser("list", help=tr("列出在用的话术"))
    listed.add_argument("--kind", choices=KINDS)
    listed.add_argument("--all", action="store_true", help=tr("含已替换和已停用的各个版本"))
    show = commands.add_parser("show", help=tr("显示一条话术"))
    show.add_argument("kind", choices=KINDS)
    show.add_argument("situation", choices=SITUATIONS)
    save = commands.add_parser("save", help=tr("新写或修改一条话术（保存为新版本，经理）"))
    save.add_argument("kind", choices=KINDS)
    save.add_argument("situation", choices=SITUATIONS)
    save.add_argument("--title", required=True)
    body = save.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", help=tr("话术内容"))
    body.add_argument("--body-file", help=tr("从 UTF-8 文本文件读入话术内容"))
    retire = commands.add_parser("retire", help=tr("停用一条在用的话术（经理）"))
    retire.add_argument("kind", choices=KINDS)
    retire.add_argument("situation", choices=SITUATIONS)
    survey = commands.add_parser("survey", help=tr("查看或修改一种回访的调查表：评分项目与满分（经理）"))
    survey.add_argument("kind", choices=KINDS[:4])
    survey.add_argument("--items", help=tr("评分项目名称，按顺序用逗号分隔；沿用原有名称的项目保留其代码"))
    survey.add_argument("--scale", type=int, help=tr("满分（3 到 10）"))

    complaint = sub.add_parser("complaint", help=tr("投诉电话的处理步骤与客户投诉处理表"))
    steps = complaint.add_subparsers(dest="complaint_command", required=True)
    show_steps = steps.add_parser("steps", help=tr("一件投诉的处理步骤与处理经过"))
    show_steps.add_argument("number", help=tr("投诉编号，如 TS202611001"))
    step = steps.add_parser("step", help=tr("登记一个处理步骤（按顺序）"))
    step.add_argument("number", help=tr("投诉编号"))
    step.add_argument("step", choices=STEPS)
    step.add_argument("--note", default="", help=tr("本步骤的记录"))
    form = steps.add_parser("form", help=tr("打印客户投诉处理表（PDF）"))
    form.add_argument("number", help=tr("投诉编号"))
    form.add_argument("--out", required=True)


def _print_form(say, form) -> None:
    say(tr("第 {version} 版，满分 {scale}").format(version=form.version, scale=form.scale_max))
    for code, text in form.items.items():
        say(f"  {code}  {_label(text)}")


def run(args, ctx) -> int:
    """``scripts ...`` or ``complaint ...``."""
    return run_complaint(args, ctx) if args.command == "complaint" else run_scripts(args, ctx)


def run_scripts(args, ctx) -> int:
    from archive import scripts
    from common.errors import Refusal

    _, actor = ctx.session()
    command = args.scripts_command
    if command == "list":
        query = scripts.library() if args.all else (
            scripts.CallScript.select().where(scripts.CallScript.state == scripts.ACTIVE)
            .order_by(scripts.CallScript.kind, scripts.CallScript.situation))
        if args.kind:
            query = query.where(scripts.CallScript.kind == args.kind)
        rows = list(query)
        for s in rows:
            ctx.say(f"{s.kind:9} {s.situation:13} v{s.version}  {_label(scripts.STATE_LABELS[s.state])}  {s.title}")
        ctx.say(tr("共 {n} 条话术。").format(n=len(rows)))
        return 0
    if command == "show":
        script = scripts.script_for(args.kind, args.situation)
        if script is None:
            ctx.say(tr("没有在用的话术。"))
            return 1
        ctx.say(f"{script.title}  (v{script.version})")
        ctx.say(script.body)
        return 0
    if command == "save":
        body = args.body if args.body is not None else Path(args.body_file).read_text(encoding="utf-8")
        script = scripts.save_script(actor, args.kind, args.situation, args.title, body)
        ctx.say(tr("已保存话术“{title}”第 {version} 版。").format(title=script.title, version=script.version))
        return 0
    if command == "retire":
        script = scripts.script_for(args.kind, args.situation)
        if script is None:
            raise Refusal("scripts.not_found", script=f"{args.kind}/{args.situation}")
        scripts.retire_script(actor, script.id)
        ctx.say(tr("已停用话术“{title}”。").format(title=script.title))
        return 0
    current = scripts.current_form(args.kind)
    if args.items is None and args.scale is None:
        _print_form(ctx.say, current)
        return 0
    by_label = {text: code for code, text in current.items.items()}
    names = [part.strip() for part in (args.items.replace("，", ",").split(",") if args.items is not None
                                       else current.items.values())]
    for position, name in enumerate(names, start=1):
        if not name:  # "a,,b": a slip, not an item to leave out
            raise Refusal("scripts.item_label_required", row=position)
    items = [(by_label.get(name), name) for name in names]
    saved = scripts.save_form(actor, args.kind, items, args.scale if args.scale is not None else current.scale_max)
    _print_form(ctx.say, saved)
    return 0


def _complaint(number: str):
    from archive.complaints import Complaint
    from common.errors import Refusal

    complaint = Complaint.get_or_none(Complaint.number == number.strip().upper())
    if complaint is None:
        raise Refusal("complaints.not_found", complaint=number)
    return complaint


def run_complaint(args, ctx) -> int:
    from archive import complaints

    _, actor = ctx.session()
    complaint = _complaint(args.number)
    if args.complaint_command == "step":
        complaints.record_step(actor, complaint.id, args.step, args.note)
        ctx.say(tr("投诉 {number}：已登记“{step}”。").format(number=complaint.number,
                                                      step=_label(complaints.STEPS[args.step])))
        return 0
    if args.complaint_command == "form":
        from common import branch

        path = complaints.write_form(Path(args.out), complaint.id, printed_at=actor.now,
                                     printed_by=actor.user.display_name, actor=actor, branch=branch.identity())
        ctx.say(tr("已写入 {path}").format(path=path))
        return 0
    from common.personal_data import export_personal

    def show():
        done = complaints.steps(complaint.id)
        for code, name in complaints.STEPS.items():
            step = done.get(code)
            mark = "✓" if step else " "
            said = f"  {step.at:%Y-%m-%d %H:%M}  {step.user.display_name}  {step.note}" if step else ""
            ctx.say(f"[{mark}] {_label(name)}{said}")
        ctx.say(tr("处理经过："))
        for when, what, who, note in complaints.history(complaint.id):
            stamp = f"{when:%Y-%m-%d %H:%M}" if hasattr(when, "hour") else f"{when:%Y-%m-%d}      "
            ctx.say(f"  {stamp}  {_label(what)}  {who}  {note}".rstrip())
        return done

    # The history names who complained and what they said: an audited read of personal data.
    export_personal(actor, "complaint_form", "terminal", show, records=1, detail={"number": complaint.number},
                    entity="complaint", entity_id=complaint.id)
    return 0

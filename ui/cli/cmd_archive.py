"""``main.py archive handover new|list|receive|cancel|print`` (archive/handover.py): the 资料交接表单
on the command line, hooked into main.py with ``add_parser`` / ``run``.

``new`` takes the VINs (sales) or RO numbers (repair) of the batch, or ``--pending`` for every file
of ``--responsible`` (or of everyone) not yet handed over; ``receive`` takes ``--not-arrived
REF:item,item`` for papers declared present that were not in the folder. It builds no widget; the
domain is imported only by the functions that run a command.
"""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import tr



def add_parser(sub) -> None:
    parser = sub.add_parser("archive", help=tr("车辆档案：资料交接表单"))
    areas = parser.add_subparsers(dest="archive_command", required=True)
    handover = areas.add_parser("handover", help=tr("资料交接表单：新建、接收、打印"))
    commands = handover.add_subparsers(dest="handover_command", required=True)
    new = commands.add_parser("new", help=tr("新建交接单（列出的车架号/工单号，或 --pending 全部待交资料）"))
    new.add_argument("--kind", choices=["sales", "repair"], required=True,
                     help=tr("sales 销售档案（车架号）或 repair 维修档案（工单号）"))
    new.add_argument("--by", dest="handed_by", required=True, help=tr("交出人，如车业管理员或售后前台的姓名"))
    new.add_argument("references", nargs="*", help=tr("车架号（sales）或工单号（repair）"))
    new.add_argument("--pending", action="store_true", help=tr("列入全部尚未移交、也不在其他交接单中的资料"))
    new.add_argument("--responsible", help=tr("与 --pending 同用：只列这位责任人的资料"))
    new.add_argument("--note", default="", help=tr("备注"))
    commands.add_parser("list", help=tr("列出待接收的交接单"))
    receive = commands.add_parser("receive", help=tr("登记接收：资料移交档案室，迟交的按责任人记录"))
    receive.add_argument("number", help=tr("交接单号"))
    receive.add_argument("--date", required=True, help=tr("接收日期 YYYY-MM-DD"))
    receive.add_argument("--not-arrived", action="append", default=[],
                         help=tr("单上列为已交、实际未到的资料：车架号或工单号:资料名称或代码,…（如 RO2026110001:结算单；可重复）"))
    cancel = commands.add_parser("cancel", help=tr("作废未送到的交接单（其中的资料可列入新的交接单）"))
    cancel.add_argument("number", help=tr("交接单号"))
    cancel.add_argument("--reason", required=True, help=tr("原因"))
    printed = commands.add_parser("print", help=tr("打印交接单（PDF，双方签字）"))
    printed.add_argument("number", help=tr("交接单号"))
    printed.add_argument("--out", required=True)


def _not_arrived(values: list[str]) -> dict[str, list[str]]:
    gaps: dict[str, list[str]] = {}
    for text in values:
        reference, _, items = text.partition(":")
        gaps.setdefault(reference.strip().upper(), []).extend(i.strip() for i in items.split(",") if i.strip())
    return gaps


def run(args, ctx) -> int:
    from archive import handover

    _, actor = ctx.session()
    command = args.handover_command
    if command == "new":
        references = list(args.references)
        if args.pending:
            references += [p.reference for p in handover.pending_files(actor, args.kind, args.responsible)]
        created = handover.new_batch(actor, args.kind, args.handed_by, references, note=args.note)
        ctx.say(tr("已生成交接单 {number}：{files} 份档案，资料有 {present} 项、缺 {missing} 项。").format(
            number=created.number, files=created.files, present=created.papers_present, missing=created.papers_missing))
        return 0
    if command == "list":
        batches = handover.open_batches(actor)
        for batch in batches:
            kind = tr("销售档案") if batch.kind == "sales" else tr("维修档案")
            ctx.say(tr("{number}  {kind}  交出人 {person}  {files} 份  制单 {day}").format(
                number=batch.number, kind=kind, person=batch.handed_by, files=batch.lines.count(),
                day=f"{batch.created_at:%Y-%m-%d}"))
        if not batches:
            ctx.say(tr("没有待接收的交接单。"))
        return 0
    if command == "receive":
        got = handover.receive_batch(actor, args.number, ctx.parse_date(args.date, "--date"),
                                     not_arrived=_not_arrived(args.not_arrived))
        ctx.say(tr("交接单 {number} 已接收：{files} 份档案、{papers} 项资料，迟交 {late} 份。").format(
            number=got.number, files=got.files, papers=got.papers_received, late=len(got.late)))
        for line in got.late:
            ctx.say(tr("  迟交：{reference}（责任人 {person}，期限 {due}，迟 {days} 个工作日）").format(
                reference=line.reference, person=line.responsible, due=line.handover_due.isoformat(),
                days=line.workdays_late))
        return 0
    if command == "cancel":
        batch = handover.cancel_batch(actor, args.number, args.reason)
        ctx.say(tr("交接单 {number} 已作废。").format(number=batch.number))
        return 0
    out = Path(args.out)
    pages = handover.print_batch(actor, args.number, out, actor.now)
    ctx.say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages))
    return 0

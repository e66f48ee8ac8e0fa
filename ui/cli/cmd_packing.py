"""``main.py report tags|packing`` and ``main.py packing pack|confirm|missing`` (ledger.tags,
ledger.tags_print), hooked into main.py with ``add_report_parsers`` / ``add_parser`` / ``run``.

It sits in ui/ with the other translated texts and builds no widget; the domain is imported only
by the functions that run a command. A box on the command line is ``WEIGHT_KG:TAG,TAG,...``.
"""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import tr



def _layout_option(parser) -> None:
    # Checked by ledger.labels.layout_named when the command runs (a refusal naming the layouts):
    # building the parser must not import the ledger, every start builds it.
    parser.add_argument("--layout", default="60x40",
                        help=tr("标签版式：60x40、100x70（标签打印机）或 A4 标签纸（默认 60x40）"))


def add_report_parsers(report_sub) -> None:
    tags = report_sub.add_parser("tags", help=tr("服务站返坏件单的旧件标签（每件一张，带条码）"))
    tags.add_argument("--document", required=True, help=tr("服务站返坏件单号"))
    tags.add_argument("--out", required=True)
    _layout_option(tags)
    packing = report_sub.add_parser("packing", help=tr("返总部坏件单的装箱单与箱标签"))
    packing.add_argument("--document", required=True, help=tr("返总部坏件单号"))
    packing.add_argument("--out", required=True)
    packing.add_argument("--labels", help=tr("箱标签 PDF 文件（默认：装箱单文件名加 -labels）"))
    _layout_option(packing)
    for kind, text in (("tracking", tr("到货的《货品记录跟踪表》（按入账单据的清点记录）")),
                       ("return-request", tr("到货的《分公司退换货申请表》（按入账单据的清点记录）"))):
        form = report_sub.add_parser(kind, help=text)
        form.add_argument("--doc", "--document", dest="document", required=True, help=tr("入账单据号"))
        form.add_argument("--out", required=True)


def add_parser(sub) -> None:
    parser = sub.add_parser("packing", help=tr("返总部坏件装箱与总部按箱确认"))
    commands = parser.add_subparsers(dest="packing_command", required=True)
    pack = commands.add_parser("pack", help=tr("把返件按标签装入编号的箱子（替换原有装箱）"))
    pack.add_argument("--document", required=True, help=tr("返总部坏件单号"))
    pack.add_argument("--box", action="append", required=True, help=tr("一箱：重量公斤:标签号,标签号…（可重复）"))
    confirm = commands.add_parser("confirm", help=tr("登记总部确认：按箱或按标签"))
    confirm.add_argument("--document", required=True, help=tr("总部确认收坏件单号"))
    confirm.add_argument("--box", type=int, action="append", default=[], help=tr("确认整箱的箱号（可重复）"))
    confirm.add_argument("--tag", action="append", default=[], help=tr("确认的标签号（可重复）"))
    missing = commands.add_parser("missing", help=tr("列出已装箱但总部尚未确认的标签及其箱号"))
    missing.add_argument("--document", required=True, help=tr("返总部坏件单号"))


REPORT_KINDS = ("tags", "packing", "tracking", "return-request")


def run_report(args, actor, say=print) -> int:
    out = Path(args.out)
    if args.report_kind in ("tracking", "return-request"):
        from ledger import receiving_print

        render = (receiving_print.render_tracking if args.report_kind == "tracking"
                  else receiving_print.render_return_request)
        printed = render(actor, args.document, out)
        say(tr("已写入 {path}（{lines} 行，{pages} 页）").format(path=out, lines=printed["lines"], pages=printed["pages"]))
        return 0
    from ledger import tags_print
    from ledger.labels import layout_named

    layout = layout_named(args.layout)
    if args.report_kind == "tags":
        printed = tags_print.render_tags(actor, args.document, out, layout)
        say(tr("已写入 {path}（{tags} 张标签，{pages} 页）").format(path=out, tags=printed["tags"], pages=printed["pages"]))
        return 0
    pages = tags_print.render_packing_list(actor, args.document, out)
    labels = Path(args.labels) if args.labels else out.with_name(out.stem + "-labels" + out.suffix)
    label_pages = tags_print.render_box_labels(actor, args.document, labels, layout)
    say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages))
    say(tr("已写入 {path}（{pages} 页）").format(path=labels, pages=label_pages))
    return 0


def _box(text: str):
    from common.errors import Refusal
    from ledger import tags

    weight, _, listed = text.partition(":")
    if not listed.strip():
        raise Refusal("tags.empty_box", box=text)
    return tags.BoxSpec(tags.parse_weight_g(weight), [t.strip() for t in listed.split(",") if t.strip()])


def run(args, ctx) -> int:
    from ledger import tags
    from ui.messages_tags import missing_text

    _, actor = ctx.session()
    if args.packing_command == "pack":
        counts = tags.pack(actor, args.document, [_box(text) for text in args.box])
        for box_no, count in enumerate(counts, 1):
            ctx.say(tr("第 {box} 箱：{count} 件").format(box=box_no, count=count))
        return 0
    if args.packing_command == "confirm":
        result = tags.confirm(actor, args.document, boxes=args.box, tags=args.tag)
        ctx.say(tr("已确认 {count} 个标签。").format(count=len(result.confirmed)))
        for item in result.missing:
            ctx.say(missing_text(item))
        return 0
    document = tags.find_document(args.document, ("HQ_BAD_RETURN",))
    items = tags.missing(document.id)
    for item in items:
        ctx.say(missing_text(item))
    if not items:
        ctx.say(tr("装箱的标签均已确认。"))
    return 0

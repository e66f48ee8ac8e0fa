"""``main.py inspection record --doc NO [--found PART=QTY]... [--anomaly PART=KIND:NOTE]...``: the
到货检验 dialog's work on the command line (ledger.inspection.record_inspection), prefilled from the
posted document the same way: its party and date, its source number as the delivery list number,
each line listed at the document's quantity and found as listed unless ``--found`` says otherwise.
A part is named by its number, or by its line number when it stands on several lines.

Hooked into main.py with ``add_parser`` / ``run``; builds no widget, and the domain is imported by
``run``, not when the parser is built (every start builds it).
"""
from __future__ import annotations

from ui.cli.base import CliError, tr



def add_parser(sub) -> None:
    parser = sub.add_parser("inspection", help=tr("到货检验：记录服务站到货的清点（货品记录跟踪表）"))
    commands = parser.add_subparsers(dest="inspection_command", required=True)
    record = commands.add_parser("record", help=tr("按入账单据记录到货检验，之后可打印收货表单"))
    record.add_argument("--doc", "--document", dest="document", required=True, help=tr("服务站退件的入账单据号"))
    record.add_argument("--found", action="append", default=[], help=tr("实收数量：备件编号=数量（可重复；默认同清单）"))
    record.add_argument("--anomaly", action="append", default=[],
                        help=tr("异常：备件编号=类别:说明（可重复；类别为变形、露皮、缺件、外壳划伤、屏划伤、其他）"))
    record.add_argument("--delivery-list", help=tr("经销商发货清单号（默认：单据的来源单号）"))
    record.add_argument("--request-no", default="", help=tr("分公司退换货申请表号"))
    record.add_argument("--package-damaged", metavar="NOTE", help=tr("外包装破损及其说明"))
    record.add_argument("--opened-with", default="", help=tr("开箱见证人"))


def _line_of(key: str, lines: list[dict], option: str) -> int:
    """The index in ``lines`` that ``key`` (a part number or a line number) names."""
    from ledger.posting import normalise_code

    key = key.strip()
    if key.isdigit():
        found = [i for i, line in enumerate(lines) if line["line_no"] == int(key)]
    else:
        found = [i for i, line in enumerate(lines) if line["part_number"] == normalise_code(key)]
    if not found:
        raise CliError(tr("{option} {key}：单据上没有这个备件或行号。").format(option=option, key=key))
    if len(found) > 1:
        raise CliError(tr("{option} {key}：该备件在单据第 {lines} 行都有，请写行号。").format(
            option=option, key=key, lines="、".join(str(lines[i]["line_no"]) for i in found)))
    return found[0]


def _split(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        example = "BP-3501010=3" if option == "--found" else "BP-3501010=露皮:外壳磨损"
        raise CliError(tr("{option} {text} 看不懂，请写成 {example}。").format(option=option, text=text, example=example))
    return key, value.strip()


def run(args, ctx) -> int:
    from ledger import books
    from ledger.inspection import ArrivalLine, record_inspection
    from ledger.models import Document
    from ledger.posting import number_matches
    from ui.document_form import doc_type_name
    from ui.inspection_dialog import RECEIVED_TYPES

    _, actor = ctx.session()
    document = Document.select().where(number_matches(args.document)).first()
    if document is None:
        raise CliError(tr("单据 {document} 不存在。").format(document=args.document))
    detail = books.document_detail(document.id)
    if detail["doc_type"] not in RECEIVED_TYPES or detail["reversed_by"] is not None or not detail["party_code"]:
        raise CliError(tr("{number}（{doc_type}）不是有效的服务站退件单，不做到货检验。").format(
            number=detail["number"], doc_type=doc_type_name(detail["doc_type"])))
    lines = detail["lines"]
    found: dict[int, int] = {}
    for text in args.found:
        key, value = _split(text, "--found")
        if not value.isdigit():
            raise CliError(tr("--found {text}：实收数量须是 0 或正整数。").format(text=text))
        found[_line_of(key, lines, "--found")] = int(value)
    anomalies: dict[int, list] = {}
    for text in args.anomaly:
        key, value = _split(text, "--anomaly")
        kind, _, note = value.partition(":")
        anomalies.setdefault(_line_of(key, lines, "--anomaly"), []).append((kind.strip(), note.strip()))
    arrivals = [ArrivalLine(line["part_number"], int(line["qty"]), found.get(i), anomalies=anomalies.get(i, []))
                for i, line in enumerate(lines)]
    result = record_inspection(
        actor, detail["party_code"], detail["date"], arrivals,
        delivery_list_no=detail["source_number"] if args.delivery_list is None else args.delivery_list,
        request_no=args.request_no, package_ok=args.package_damaged is None,
        package_note=args.package_damaged or "", opened_with=args.opened_with)
    ctx.say(tr("已记录 {number} 的到货检验：{lines} 行，{anomalies} 项异常待跟进。").format(
        number=detail["number"], lines=len(arrivals), anomalies=result.anomalies_opened))
    return 0

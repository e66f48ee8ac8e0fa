"""``export KIND --out FILE``: the books, the archive or an import template as an Excel workbook."""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import CliError, tr


def add_parser(sub) -> None:
    exporter = sub.add_parser("export", help=tr("导出到 Excel"))
    exporter.add_argument("kind", choices=["movements", "balances", "book", "archives", "template", "archive-template",
                                           "opening-template"])
    exporter.add_argument("name", nargs="?", help=tr("账簿名（book）：stock / account / owed_to / owed_by / in_transit"))
    exporter.add_argument("--out", required=True)
    exporter.add_argument("--from", dest="date_from")
    exporter.add_argument("--to", dest="date_to")
    exporter.add_argument("--at", help=tr("余额日期（balances）"))
    exporter.add_argument("--party", help=tr("往来单位编码（book account）"))


def run(args, ctx) -> int:
    target, actor = ctx.session()
    out = Path(args.out)
    if args.kind == "archives":
        from archive.io import export_archives
        from common import auth

        auth.require(actor, "archive.read")
        counts = export_archives(out, actor)
    elif args.kind == "opening-template":
        from ledger.opening_io import write_opening_template

        write_opening_template(out)
        counts = {}
    elif args.kind == "archive-template":
        from archive.io import write_archive_template

        write_archive_template(out)
        counts = {}
    else:
        counts = _export_ledger(ctx, actor, args, out)
    ctx.say(tr("已写入 {path}").format(path=out))
    for sheet, rows in (counts or {}).items():
        ctx.say(tr("  {sheet}：{rows} 行").format(sheet=sheet, rows=rows))
    return 0


def _export_ledger(ctx, actor, args, out: Path) -> dict:
    from ledger import io

    date_from = ctx.parse_date(args.date_from, "--from")
    date_to = ctx.parse_date(args.date_to, "--to")
    if args.kind == "movements":
        return {tr("单据"): io.export_movements(out, date_from, date_to, actor=actor)}
    if args.kind == "balances":
        written = io.export_balances(out, ctx.parse_date(args.at, "--at") or date_to, actor=actor)
        return written if isinstance(written, dict) else {tr("结存"): written}
    if args.kind == "book":
        if not args.name:
            raise CliError(tr("请给出账簿名：{names}").format(names=" / ".join(io.BOOK_EXPORTS)))
        written = io.export_book(out, args.name, date_from, date_to, party=args.party, actor=actor)
        return written if isinstance(written, dict) else {args.name: written}
    if args.kind == "template":
        io.write_import_template(out)
        return {}
    raise CliError(tr("未知的导出类型 {kind}。").format(kind=args.kind))

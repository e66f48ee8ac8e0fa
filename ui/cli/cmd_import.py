"""``import KIND FILE``: an Excel workbook into the books or the archive, all of it or nothing."""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import CliError, refusal_text, tr


def add_parser(sub) -> None:
    importer = sub.add_parser("import", help=tr("从 Excel 导入（全部成功或全部不导入）"))
    importer.add_argument("kind", choices=["parties", "parts", "documents", "archives", "opening"])
    importer.add_argument("file")
    importer.add_argument("--date", help=tr("期初建账日（opening），YYYY-MM-DD"))
    importer.add_argument("--dry-run", action="store_true", help=tr("只预览将要导入的内容，不写入"))
    importer.add_argument("--skip-hidden", action="store_true",
                          help=tr("跳过隐藏行和被筛选隐藏的行（默认：有隐藏行则拒绝导入）"))
    importer.add_argument("--convert-15-digit-ids", action="store_true",
                          help=tr("archives：15 位身份证号转为 18 位后导入（请与证件核对）"))


def run(args, ctx) -> int:
    target, actor = ctx.session()
    path = Path(args.file)
    if args.kind == "archives":
        from archive.io import import_archives

        result = import_archives(actor, path, dry_run=args.dry_run, skip_hidden=args.skip_hidden,
                                 convert_15_digit_ids=args.convert_15_digit_ids)
        done = (tr("预览（未写入）：将导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。")
                if result.dry_run else
                tr("已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。"))
        ctx.say(done.format(
            rows=result.rows, created=result.customers_created, existing=result.customers_existing,
            vehicles=result.vehicles))
        _say_skipped_hidden(ctx, result.skipped_hidden)
        for warning in result.warnings:
            ctx.say(tr("提示：") + refusal_text(warning))
        return 0
    if args.kind == "opening":
        return _import_opening(ctx, actor, path, args)
    return _import_ledger(ctx, actor, args.kind, path, args.dry_run, args.skip_hidden)


def _import_opening(ctx, actor, path: Path, args) -> int:
    """期初建账 from the sheet 期初: one OPENING document dated --date (the go-live day)."""
    from ledger.opening_io import import_opening
    from ui.document_form import book_title

    on = ctx.parse_date(args.date, "--date")
    if on is None:
        raise CliError(tr("期初导入必须用 --date 给出建账日（YYYY-MM-DD）。"))
    result = import_opening(actor, path, on, dry_run=args.dry_run, skip_hidden=args.skip_hidden)
    for part in result.new_parts:
        ctx.say(tr("新备件：{number} {name}（第 {row} 行）").format(number=part.number, name=part.name, row=part.row))
    for effect in result.effects:
        party = f" [{effect.party_code}]" if effect.party_code else ""
        ctx.say(f"  {effect.part_number:<16} {book_title(effect.book)}{party}: {effect.before} -> {effect.after}")
    done = tr("预览（未写入）：期初 {number}，建账日 {date}，{lines} 行。") if result.dry_run else \
        tr("已建期初 {number}，建账日 {date}，{lines} 行；建账日当天及以前不能再记账。")
    ctx.say(done.format(number=result.number, date=result.date.isoformat(), lines=result.line_count))
    return 0


def _status_text(status: str) -> str:
    return {"posted": tr("已过账"), "would_post": tr("将过账"), "already_posted": tr("已过账过，跳过")}[status]


def _say_skipped_hidden(ctx, rows) -> None:
    if rows:
        ctx.say(tr("已按要求跳过隐藏行 {count} 行（第 {rows} 行）。").format(
            count=len(rows), rows="、".join(map(str, rows[:20])) + ("…" if len(rows) > 20 else "")))


def _import_ledger(ctx, actor, kind: str, path: Path, dry_run: bool, skip_hidden: bool = False) -> int:
    from ledger import io

    if kind in ("parties", "parts"):
        result = (io.import_parties if kind == "parties" else io.import_parts)(actor, path, dry_run=dry_run,
                                                                               skip_hidden=skip_hidden)
        _say_skipped_hidden(ctx, result.skipped_hidden)
        ctx.say((tr("预览：") if dry_run else "") + tr("新建 {created} 条，更新 {updated} 条，未变 {unchanged} 条。").format(
            created=len(result.created), updated=len(result.updated), unchanged=result.unchanged))
        return 0
    from ui.messages_parts import doc_type_name

    result = io.import_documents(actor, path, dry_run=dry_run, skip_hidden=skip_hidden)
    _say_skipped_hidden(ctx, result.skipped_hidden)
    for document in result.documents:
        rows = f"{document.rows[0]}-{document.rows[-1]}" if len(document.rows) > 1 else str(document.rows[0])
        ctx.say(f"{_status_text(document.status):<8} {document.number or '-':<24} {doc_type_name(document.doc_type):<12} "
                f"{document.source_number or '-':<16} " + tr("第 {rows} 行").format(rows=rows))
    for part in result.new_parts:
        ctx.say(tr("新备件：{number} {name}（第 {row} 行）").format(number=part.number, name=part.name, row=part.row))
    if result.changes:
        from ui.document_form import book_title

        ctx.say(tr("对账簿的影响："))
        for change in result.changes:
            party = f" [{change.party_code}]" if change.party_code else ""
            ctx.say(f"  {change.part_number:<16} {book_title(change.book)}{party}: {change.before} -> {change.after}")
    summary = tr("预览：将过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过。") if dry_run else \
        tr("已过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过，未重复过账。")
    ctx.say(summary.format(documents=len(result.posted), lines=result.line_count, skipped=len(result.already_posted)))
    return 0

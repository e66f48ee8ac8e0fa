"""``main.py erasures list|apply``: the erasure register (archive/erasure.py) on the command line.

``list`` shows each erasure the register file beside the SQLite database and the database itself
know (when, which customer, who, whether this database has seen it) without any personal data;
``apply`` erases again what the file lists and the database has not seen, which is what a restore
does by itself and what is left to do after an old copy was put over the live file by hand (``check``
reports it). It sits in ui/ with the other translated texts; it builds no widget.
"""
from __future__ import annotations

from ui.cli.base import tr



def kind_text(kind: str) -> str:
    # Literal tr() calls, not QT_TRANSLATE_NOOP("cli", ...): ui.i18n's update files main.py's bare
    # tr() under "cli" by renaming the empty context around lupdate, so a real "cli" context seen by
    # lupdate itself lost its English on every update.
    return {"profile": tr("删除“麦凯66”档案"), "sensitive": tr("撤回同意，删除敏感项")}.get(kind, kind)


def add_parser(sub) -> None:
    parser = sub.add_parser("erasures", help=tr("删除登记：列出已删除的客户个人信息，或重新执行本数据库尚未执行的删除"))
    commands = parser.add_subparsers(dest="erasures_command", required=True)
    commands.add_parser("list", help=tr("列出删除登记（不含个人信息）"))
    commands.add_parser("apply", help=tr("重新执行删除登记中本数据库尚未执行的删除"))


def run(args, ctx) -> int:
    from archive import erasure
    from common import auth
    from common.errors import Refusal

    target, actor = ctx.session()
    if not target.is_sqlite:
        raise Refusal("erasure.sqlite_only")
    if args.erasures_command == "apply":
        done = erasure.apply_pending(actor, target.path)
        ctx.say(tr("已重新执行 {n} 条删除。").format(n=len(done.applied)))
        for entry, fields, revisions in done.applied:
            ctx.say(tr("  客户 {customer}：{kind}（原删除于 {at}，{user}），删除 {fields} 项、{revisions} 个版本").format(
                customer=entry.customer_id, kind=kind_text(entry.kind), at=entry.at.strftime("%Y-%m-%d %H:%M"),
                user=entry.username, fields=fields, revisions=revisions))
        for entry in done.skipped:
            ctx.say(tr("  客户 {customer}：本数据库中的这位客户与登记的不是同一人，未执行").format(customer=entry.customer_id))
        return 0
    auth.require(actor, "audit.read")
    known = erasure.listed()
    entries = {entry.entry: entry for entry in erasure.read_file(erasure.register_path(target.path))}
    for entry in erasure.entries_in_file_db(target.path):
        entries.setdefault(entry.entry, entry)
    if not entries:
        ctx.say(tr("删除登记中没有记录。"))
    for entry in sorted(entries.values(), key=lambda e: e.at):
        state = tr("已执行") if entry.entry in known else tr("本数据库尚未执行")
        customer = tr("客户 {customer}").format(customer=entry.customer_id)
        ctx.say(f"{entry.at:%Y-%m-%d %H:%M}  {customer:<12} {kind_text(entry.kind)}  {entry.username}  {state}")
    return 0

"""``backup`` and ``restore`` of a SQLite database (common/backup.py), and ``check-copy``, the check
suite run by common.backup.check_in_child on a throwaway copy of a backup."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ui.cli.base import CliError, login, open_existing, tr


def add_parser(sub) -> None:
    backup = sub.add_parser("backup", help=tr("备份 SQLite 数据库"))
    backup.add_argument("--out", help=tr("备份文件路径（默认在数据库旁的 backups 目录）"))
    restore = sub.add_parser("restore", help=tr("从备份恢复 SQLite 数据库（仅管理员；先全面检查备份文件）"))
    restore.add_argument("file", help=tr("备份文件"))
    sub.add_parser("check-copy", help=argparse.SUPPRESS)  # common.backup.check_in_child's child


def run(args, ctx) -> int:
    return {"backup": run_backup, "restore": run_restore, "check-copy": run_check_copy}[args.command](args, ctx)


def run_backup(args, ctx) -> int:
    from common import auth, backup

    now = ctx.now()
    target = ctx.target()
    if not target.is_sqlite:
        raise CliError(tr("PostgreSQL 数据库请用服务器自带的 pg_dump 备份，见 README。"))
    open_existing(target, now)
    now = ctx.now()  # in the branch's time zone, known once the database is open
    actor = login(now)
    auth.require(actor, "backup.run")
    out = Path(args.out) if args.out else target.path.parent / "backups" / f"{target.path.stem}-{now:%Y%m%d-%H%M%S}.sqlite3"
    backup.backup_file(target.path, out)
    _audit(actor, "backup.create", "database", None, {"file": str(out)})
    ctx.say(tr("已备份到 {path}").format(path=out))
    return 0


def run_restore(args, ctx) -> int:
    """Admin only; the file passes every check before it replaces anything (common/backup.py)."""
    from common import backup, db as dbmod
    from common.errors import Refusal

    now = ctx.now()
    target = ctx.target()
    if not target.is_sqlite:
        raise CliError(tr("PostgreSQL 数据库请用服务器自带的 pg_restore 恢复，见 README。"))
    source = Path(args.file)
    backup.verify_backup(source)  # a file that is no backup at all is refused before anyone logs in
    # Authenticate against the live database if it is usable, else against the backup itself
    # (restoring is exactly what a clerk does when the live file is broken); the audit row and the
    # restore log say which.
    authenticated_by = "live"
    try:
        open_existing(target, now)
    except Refusal:
        dbmod.open_database(dbmod.Target("sqlite", path=source), create=False)
        authenticated_by = "backup"
    actor = login(now)
    backup.require_restore(actor, source, target.path)
    dbmod.close_database()
    ctx.say(tr("正在检查备份文件：完整性、数据库结构、审计链、已签日报和账目……"))
    restored, detail = backup.restore(
        actor.at(ctx.now()), source, target.path, reopen=lambda: open_existing(target, ctx.now()),
        authenticated_by=authenticated_by, check_copy=lambda path: backup.check_in_child(path, args.lang))
    ctx.say(tr("已从 {source} 恢复数据库 {path}。").format(source=source, path=target.path))
    ctx.say(tr("备份文件的 SHA-256：{sha256}").format(sha256=restored.sha256))
    if restored.saved:
        ctx.say(tr("恢复前的数据库已另存为 {saved}").format(saved=restored.saved))
    if detail["erasures_reapplied"]:
        ctx.say(tr("备份之后删除过的 {n} 位客户的个人信息已再次删除。").format(n=detail["erasures_reapplied"]))
    if detail["erasures_skipped"]:
        ctx.say(tr("删除登记中有 {n} 条对应不到本数据库的同一客户，未执行。").format(n=detail["erasures_skipped"]))
    return 0


def run_check_copy(args, ctx) -> int:
    """Run by common.backup.check_in_child on a throwaway copy of a backup (never the live file):
    brings it up to date and prints the check suite's problems as JSON. Exit 1 when any."""
    from ui.cli.cmd_check import run_checks

    target = ctx.target()
    if not target.is_sqlite:
        raise CliError(tr("PostgreSQL 数据库请用服务器自带的 pg_restore 恢复，见 README。"))
    open_existing(target, ctx.now())
    problems = run_checks(target)
    print(json.dumps({"problems": problems}, ensure_ascii=False), flush=True)
    return 1 if problems else 0


def _audit(actor, action, entity, entity_id, detail):
    from common import audit
    from common.db import database
    from common.models import User

    with database.atomic():
        # The actor's user row may come from another file (restore): find it by name here.
        user = User.get_or_none(User.username == actor.user.username)
        audit.record_at(actor.now, action, entity, entity_id, detail, user=user, username=actor.user.username)

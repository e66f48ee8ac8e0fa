"""``check``: the database file, its schema and every domain's invariants; exit 1 on any problem.

``run_checks`` composes the checks each package offers (common: the file, the schema, the audit
log and the accounts; ledger.checks; archive.checks, the erasure register and the club's numbers)
and words their problems; ``check-copy`` (ui.cli.cmd_backup) runs the same on a backup's copy.
"""
from __future__ import annotations

from ui.cli.base import open_existing, tr


def add_parser(sub) -> None:
    sub.add_parser("check", help=tr("检查数据库完整性与账目不变量"))


def run(args, ctx) -> int:
    from ui.cli.base import login

    target = ctx.target()
    open_existing(target, ctx.now())
    login(ctx.now())
    problems = run_checks(target)
    if not problems:
        ctx.say(tr("检查通过：数据库完好，所有账目不变量成立。"))
        return 0
    ctx.say(tr("发现 {n} 个问题：").format(n=len(problems)))
    for problem in problems:
        ctx.say("  - " + problem)
    return 1


def run_checks(target) -> list[str]:
    """Every check the product knows, worded: the file itself, the schema, then each domain's."""
    return common_problems(target) + erasure_problems(target) + ledger_problems() + archive_problems()


def common_problems(target) -> list[str]:
    """The file (SQLite), the schema's version, the audit log's guards and chain, the accounts."""
    from common import audit, db as dbmod, schema
    from common.user_audit import verify_users
    from ui.messages_backup import user_problem_text
    from ui.messages_trust import problem_text

    problems: list[str] = []
    if target.is_sqlite:
        database = dbmod.current()
        for (line,) in database.execute_sql("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(tr("SQLite 完整性：{line}").format(line=line))
        for row in database.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(tr("外键失效：表 {table} 第 {rowid} 行").format(table=row[0], rowid=row[1]))
    status = schema.status()
    if status.pending or status.unknown:
        problems.append(tr("数据库结构未更新到当前版本：{names}").format(names=", ".join(status.pending + status.unknown)))
    problems += [problem_text(problem) for problem in audit.verify_database()]  # the log's guards and chain
    problems += [user_problem_text(problem) for problem in verify_users()]  # accounts as the log set them
    return problems


def ledger_problems() -> list[str]:
    from ledger import checks
    from ui.messages_trust import problem_text

    return [problem_text(problem) for problem in checks.check_invariants()]


def erasure_problems(target) -> list[str]:
    """The erasure register against the file (SQLite): an old copy put over it brings erased data back."""
    if not target.is_sqlite:
        return []
    from archive import erasure
    from ui.messages_backup import pending_erasures_text

    missed = erasure.pending(target.path)
    return [pending_erasures_text(erasure.register_path(target.path), missed)] if missed else []


def archive_problems() -> list[str]:
    """The archive's integrity and the club's gapless member numbers (archive.checks includes them)."""
    from archive import checks
    from common.messages import text

    return [text(problem) for problem in checks.check_integrity()]

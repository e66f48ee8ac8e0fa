"""``demo``: build a demo branch database (and ``--open`` the app on it).

The branch is composed of each domain's own demo (ledger.demo, archive.demo) inside one
transaction; a SQLite demo is built under a temporary name and renamed into place at the end, so a
demo killed half-way leaves the old database (or none) untouched.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ui.cli.base import DEMO_ACCOUNTS, DEMO_PASSWORD, CliError, tr


def add_parser(sub) -> None:
    demo = sub.add_parser("demo", help=tr("生成演示分公司数据库"))
    demo.add_argument("--years", type=int, default=1, help=tr("演示数据的年数（默认 1）"))
    demo.add_argument("--seed", type=int, default=20261123, help=tr("随机种子（同一种子生成相同数据）"))
    demo.add_argument("--force", action="store_true", help=tr("覆盖已有的演示数据库"))
    demo.add_argument("--open", action="store_true", help=tr("建好后打开桌面程序"))
    demo.add_argument("--lines", type=int, help=tr("备件单据明细行数的目标（如 1000000）：按此放大分公司规模，单据成批写入"))
    demo.add_argument("--archive-scale", type=float, default=1.0, help=tr("档案（客户、车辆、进厂、回访）的规模倍数（默认 1）"))


def run(args, ctx) -> int:
    from ui.cli.cmd_gui import open_gui

    now = ctx.now()
    target = ctx.target(demo=True)
    if target.is_sqlite and target.path.exists() and not args.force:
        if args.open:
            ctx.say(tr("使用已有的演示数据库 {path}（加 --force 可重建）。").format(path=target.path))
            return open_gui(target, args, demo=True)
        from common.errors import Refusal

        raise Refusal("db.exists", path=str(target.path))
    admin_user = os.environ.get("BRANCHDESK_USER") or "admin"
    admin_password = os.environ.get("BRANCHDESK_PASSWORD") or DEMO_PASSWORD
    ctx.say(tr("正在生成 {years} 年的演示数据，请稍候……").format(years=args.years))
    summary = build_demo(
        target,
        years=args.years,
        seed=args.seed,
        now=now,
        accounts=[(admin_user, "刘洋", "admin", admin_password)]
        + [(u, name, role, DEMO_PASSWORD) for u, name, role in DEMO_ACCOUNTS if role != "admin"],
        progress=lambda text: ctx.say("  " + text),
        lines=args.lines, archive_scale=args.archive_scale,
    )
    ctx.say(tr("演示数据库已建好：{path}").format(path=target.describe()))
    for key, value in summary.items():
        ctx.say(f"  {_demo_count_name(key)}：{value}")
    if args.open:
        return open_gui(target, args, demo=True)
    return 0


def _demo_count_name(key: str) -> str:
    """What a line of the demo's summary counts, in words (documents_hq_receive -> 单据（总部到货）)."""
    if key.startswith("documents_"):
        from ui.messages_parts import doc_type_name

        return tr("单据（{doc_type}）").format(doc_type=doc_type_name(key.removeprefix("documents_").upper()))
    names = {
        "parties": tr("往来单位"), "parts": tr("备件"), "document_lines": tr("单据明细行"),
        "daily_reports_signed": tr("已签日报"), "customers": tr("客户"), "vehicles": tr("车辆"),
        "sales_checklist_items": tr("销售档案资料项"), "repair_visits": tr("进厂记录"),
        "repair_checklist_items": tr("维修档案资料项"), "boxes": tr("档案盒"), "boxed_vehicles": tr("已装盒车辆"),
        "callbacks": tr("回访"), "callback_scores": tr("回访评分"), "callback_attempts": tr("回访拨打"),
        "do_not_contact": tr("免打扰客户"), "complaints": tr("投诉"), "seconds": tr("用时（秒）"),
        "members": tr("车主俱乐部会员"),
        "call_scripts": tr("回访话术"), "survey_versions": tr("调查表新版本"), "complaint_steps": tr("投诉处理步骤"),
        "rectification_items": tr("整改项"),
        "handover_batches": tr("资料交接单"), "handover_lines": tr("交接单上的档案"),
        "care_sent": tr("已发送的关怀"),
        "events": tr("客户活动"), "event_invitees": tr("活动邀请对象"),
        "customer_styles": tr("已登记沟通风格的客户"),
    }
    return names.get(key, key)


def build_demo(target, *, years: int, seed: int, now: datetime, accounts, progress, lines: int | None = None,
               archive_scale: float = 1.0) -> dict:
    """Build a realistic demo branch: users, parties and parts with years of documents and signed
    daily reports (ledger.demo), customers with their vehicles, repair visits and the service
    office's work (archive.demo). Returns the counts of what was made, and the seconds it took."""
    import random
    import time

    from archive import demo as archive_demo
    from common import auth, branch, db as dbmod, schema
    from common.actor import Actor
    from common.errors import Refusal
    from ledger import demo as ledger_demo

    if years < 1:
        raise CliError(tr("--years 至少为 1。"))
    work = target
    if target.is_sqlite:
        building = target.path.with_name(target.path.name + ".building")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            if leftover.exists():
                leftover.unlink()
        work = dbmod.Target("sqlite", path=building)
    dbmod.open_database(work, create=True)
    schema.upgrade(work, now)
    if auth.has_users():
        raise Refusal("db.exists", path=target.describe())
    started = time.perf_counter()
    summary: dict = {}
    end = now.date()
    try:
        start = end.replace(year=end.year - years)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - years, day=28)
    with dbmod.database.atomic():
        # Marked first: the window says 演示数据库, and the demo accounts' demo1234 is accepted here.
        auth.mark_demo_database()
        (admin_name, admin_display, _, admin_password), *others = accounts
        admin = Actor(auth.create_first_admin(admin_name, admin_display, admin_password, now), now)
        branch.set_identity(admin, ledger_demo.IDENTITY)
        actors = {"admin": admin}
        for username, display, role, password in others:
            actors[role] = Actor(auth.create_user(admin, username, display, role, password,
                                                  must_change_password=False), now)
        rng = random.Random(seed)
        progress(tr("备件：往来单位、备件与单据……"))
        # A branch sized for ``lines`` is written in bulk (ledger.demo._BulkBooks; check verifies it).
        from common.progress import TerminalBar

        bar = TerminalBar(tr("单据"), tr("{done}/{total} 个工作日，{lines} 行"))
        summary.update(ledger_demo.populate(
            actors["manager"], rng, start, end, scale=ledger_demo.scale_for_lines(lines, years) if lines else 1.0,
            posting="bulk" if lines else "post", progress=lambda done, total, made: bar.update(done, total, lines=made)))
        progress(tr("日报：近两周的报表已打印、签字并锁定……"))
        passwords = {role: password for _, _, role, password in accounts}
        summary["daily_reports_signed"] = ledger_demo.sign_recent_days(actors, passwords, end)
        steps = {"files": tr("档案：客户、车辆与维修记录……"), "service": tr("回访、关怀与投诉……")}
        summary.update(archive_demo.populate_branch(actors, rng, seed, start, end, now, scale=archive_scale,
                                                    step=lambda name: progress(steps[name])))
    dbmod.close_database()
    if target.is_sqlite:
        _finish_sqlite_build(work.path, target.path)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def _finish_sqlite_build(building: Path, final: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(str(building))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in before the rename
    finally:
        conn.close()
    for stale in (Path(f"{final}-wal"), Path(f"{final}-shm")):
        if stale.exists():
            stale.unlink()
    os.replace(building, final)

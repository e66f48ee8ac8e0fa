"""BranchDesk (分公司客服台账): the command line and the desktop app's entry point.

    python main.py                      open the desktop app on the default database
    python main.py demo --open          build a demo branch database and open the app on it
    python main.py --db PATH|URL CMD    act on another SQLite file or a PostgreSQL server

Every subcommand calls the same domain functions as the GUI. Commands that read or change branch
data act as a named user: BRANCHDESK_USER / BRANCHDESK_PASSWORD for scripts, else a prompt.
Exit codes: 0 done, 1 refused or a check found problems, 2 bad usage.
"""
from __future__ import annotations

if __name__ == "__main__":
    import gc

    # Off while the program starts: the imports and Qt's enums make ~100k long-lived objects that
    # the collector would scan over and over. Back on once parsed (commands) or painted (ui.app).
    gc.disable()

import argparse
import getpass
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from common.clock import branch_now

APP_VERSION = "0.1.0"
DEMO_PASSWORD = "demo1234"  # common.auth.DEMO_PASSWORD: accepted only in a database built by demo
DEMO_ACCOUNTS = (  # username, display name, role - listed in the README
    ("admin", "刘洋", "admin"),
    ("clerk", "王丽", "clerk"),
    ("finance", "陈静", "finance"),
    ("manager", "张伟", "manager"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


class CliError(Exception):
    """A refusal or usage problem already worded for the user."""


def say(text: str = "") -> None:
    print(text, flush=True)


def refusal_text(refusal) -> str:
    from ui.messages import refusal_text as text

    return text(refusal)


# -- database and login -------------------------------------------------------------------------

def resolve_target(args, *, demo: bool = False):
    from common import db as dbmod, paths

    default = paths.demo_db_path() if demo else paths.default_db_path()
    spec = args.db or os.environ.get("BRANCHDESK_DB") or (None if demo else _settings_db())
    return dbmod.parse_target(spec, default)


def _settings_db() -> str | None:
    """The database chosen in the app's settings (a shared PostgreSQL server, say)."""
    from common import localsettings

    return localsettings.database_spec()


def open_existing(target, now: datetime) -> None:
    """Open and bring the schema up to date; refuse a database that was never initialised."""
    from common import db as dbmod, dbroles

    dbmod.open_database(target, create=False)
    dbroles.upgrade(target, now, existing=True)  # as the owner when --owner-user names one
    _calendar_from_package(now)


def _calendar_from_package(now: datetime) -> None:
    """A program update may bring a newer chinesecalendar with next year's notice: fill the years
    it knows that the holiday table does not cover yet (cheap when the package is unchanged)."""
    from archive.holiday_source import PACKAGE_SETTING, package_version
    from common.models import Setting

    # Compared here first: the calendar's domain module (Excel reading, validation) costs a cold
    # start about 50 ms, and is needed only the once a new package version arrives.
    stored = Setting.get_or_none(Setting.key == PACKAGE_SETTING)
    if stored is not None and stored.value == package_version():
        return
    from archive.holidays import fill_new_package_years

    fill_new_package_years(now)


def session(args):
    """What every command over branch data does first: open the chosen database (brought up to
    date) and log in. Returns (target, actor); the actor's ``now`` is the moment of the command."""
    target = resolve_target(args)
    open_existing(target, branch_now())
    # Read again now that the database is open: the branch's time zone is one of its settings.
    return target, login(branch_now())


def credentials(prompt_user: str | None = None) -> tuple[str, str]:
    from common.errors import Refusal

    user = os.environ.get("BRANCHDESK_USER") or prompt_user
    password = os.environ.get("BRANCHDESK_PASSWORD")
    if user and password is not None:
        return user, password
    if not sys.stdin or not sys.stdin.isatty():
        raise Refusal("auth.no_credentials")
    if not user:
        user = input(tr("用户名: ")).strip()
    password = getpass.getpass(tr("密码: "))
    return user, password


def ask_database_password(where: str, user: str, wrong: bool, can_remember: bool):
    """The PostgreSQL password at the terminal, when the server wants one that neither the
    credential store nor libpq's password file gave (common.db asks). Questions go to stderr, so
    a --json answer on stdout stays clean."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    if wrong:
        print(tr("服务器没有接受这个密码。"), file=sys.stderr, flush=True)
    password = getpass.getpass(tr("数据库 {where} 用户 {user} 的密码: ").format(where=where, user=user))
    if not password:
        return None
    question = tr("保存到系统凭据管理器？[y/N] ") if can_remember else tr("保存到 PostgreSQL 密码文件（只有本人可读）？[y/N] ")
    print(question, end="", file=sys.stderr, flush=True)
    return password, sys.stdin.readline().strip().lower() in ("y", "yes", "是")


def login(now: datetime):
    """Log in as the GUI does. An account that must change its password is refused (with how to
    change it: ``users passwd``, which logs in by itself)."""
    from common import auth

    user, password = credentials()
    actor = auth.authenticate(user, password, now)
    auth.require_password_changed(actor)
    return actor


# -- commands -------------------------------------------------------------------------------------

def cmd_init(args) -> int:
    from common import auth, db as dbmod, dbroles

    now = branch_now()
    target = resolve_target(args)
    dbmod.open_database(target, create=True)
    dbroles.upgrade(target, now)  # as the owner when --owner-user names one, who then grants the app
    if auth.has_users():
        from common.errors import Refusal

        raise Refusal("auth.already_initialised")
    from ui import cli_branch

    identity = cli_branch.init_identity(args)  # a bad --branch-code is refused before anything is written
    username, password = _first_admin_credentials()
    admin = auth.create_first_admin(username, tr("管理员"), password, now)
    cli_branch.apply_init_identity(identity, admin, now)
    say(tr("已建立新数据库 {path}，首个管理员为 {user}。").format(path=target.describe(), user=username))
    return 0


def _first_admin_credentials() -> tuple[str, str]:
    user = os.environ.get("BRANCHDESK_USER")
    password = os.environ.get("BRANCHDESK_PASSWORD")
    if user and password:
        return user, password
    if not sys.stdin or not sys.stdin.isatty():
        from common.errors import Refusal

        raise Refusal("auth.no_credentials")
    user = input(tr("首个管理员的用户名 [admin]: ")).strip() or "admin"
    while True:
        password = getpass.getpass(tr("密码（至少 8 位）: "))
        if getpass.getpass(tr("再输入一次: ")) == password:
            return user, password
        say(tr("两次输入不一致，请重新输入。"))


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


def cmd_demo(args) -> int:
    now = branch_now()
    target = resolve_target(args, demo=True)
    if target.is_sqlite and target.path.exists() and not args.force:
        if args.open:
            say(tr("使用已有的演示数据库 {path}（加 --force 可重建）。").format(path=target.path))
            return _open_gui(target, args, demo=True)
        from common.errors import Refusal

        raise Refusal("db.exists", path=str(target.path))
    admin_user = os.environ.get("BRANCHDESK_USER") or "admin"
    admin_password = os.environ.get("BRANCHDESK_PASSWORD") or DEMO_PASSWORD
    say(tr("正在生成 {years} 年的演示数据，请稍候……").format(years=args.years))
    summary = build_demo(
        target,
        years=args.years,
        seed=args.seed,
        now=now,
        accounts=[(admin_user, "刘洋", "admin", admin_password)]
        + [(u, name, role, DEMO_PASSWORD) for u, name, role in DEMO_ACCOUNTS if role != "admin"],
        progress=lambda text: say("  " + text),
        lines=args.lines, archive_scale=args.archive_scale,
    )
    say(tr("演示数据库已建好：{path}").format(path=target.describe()))
    for key, value in summary.items():
        say(f"  {_demo_count_name(key)}：{value}")
    if args.open:
        return _open_gui(target, args, demo=True)
    return 0


def cmd_check(args) -> int:
    target = resolve_target(args)
    open_existing(target, branch_now())
    login(branch_now())
    problems = run_checks(target)
    if not problems:
        say(tr("检查通过：数据库完好，所有账目不变量成立。"))
        return 0
    say(tr("发现 {n} 个问题：").format(n=len(problems)))
    for problem in problems:
        say("  - " + problem)
    return 1


def cmd_erasures(args) -> int:
    from ui import cli_erasures  # the erasure register on the command line (ui/cli_erasures.py)

    return cli_erasures.run(args, session, say)


def cmd_packing(args) -> int:
    from ui import cli_tags  # return boxes and HQ's confirmation per box (ui/cli_tags.py)

    return cli_tags.run(args, session, say)


def cmd_customers(args) -> int:
    from ui import cli_members  # customer value classes (ui/cli_members.py)

    return cli_members.run_customers(args, session, say)


def cmd_members(args) -> int:
    from ui import cli_members  # the owner's club (ui/cli_members.py)

    return cli_members.run_members(args, session, say)


def cmd_archive(args) -> int:
    from ui import cli_handover  # the handover forms (ui/cli_handover.py)

    return cli_handover.run(args, session, say, _parse_date)


def cmd_care(args) -> int:
    from ui import cli_care  # care messages as mail-merge files (ui/cli_care.py)

    return cli_care.run(args, session, say, _parse_date)


def cmd_style(args) -> int:
    from ui import cli_style  # communication styles on the command line (ui/cli_style.py)

    return cli_style.run(args, session, say)


def cmd_events(args) -> int:
    from ui import cli_events  # customer events on the command line (ui/cli_events.py)

    return cli_events.run(args, session, say)


def cmd_rectify(args) -> int:
    from ui import cli_rectify  # rectification items (ui/cli_rectify.py)

    return cli_rectify.run(args, session, say, _parse_date, CliError)


def cmd_inspection(args) -> int:
    from ui import cli_inspection  # 到货检验 on the command line (ui/cli_inspection.py)

    return cli_inspection.run(args, session, say, CliError)


def cmd_scripts(args) -> int:
    from ui import cli_scripts  # call scripts and survey forms (ui/cli_scripts.py)

    return cli_scripts.run(args, session, say)


def cmd_complaint(args) -> int:
    from ui import cli_scripts  # the complaint call's steps and its form (ui/cli_scripts.py)

    return cli_scripts.run_complaint(args, session, say)


def cli_day_run(args) -> int:
    from ui import cli_day  # the day's sign-off on the command line (ui/cli_day.py)

    return cli_day.run(args, session, say)


def cmd_backup(args) -> int:
    from common import auth, backup

    now = branch_now()
    target = resolve_target(args)
    if not target.is_sqlite:
        raise CliError(tr("PostgreSQL 数据库请用服务器自带的 pg_dump 备份，见 README。"))
    open_existing(target, now)
    now = branch_now()  # in the branch's time zone, known once the database is open
    actor = login(now)
    auth.require(actor, "backup.run")
    out = Path(args.out) if args.out else target.path.parent / "backups" / f"{target.path.stem}-{now:%Y%m%d-%H%M%S}.sqlite3"
    backup.backup_file(target.path, out)
    _audit(actor, "backup.create", "database", None, {"file": str(out)})
    say(tr("已备份到 {path}").format(path=out))
    return 0


def cmd_restore(args) -> int:
    """Admin only; the file passes every check before it replaces anything (common/backup.py)."""
    from common import backup, db as dbmod
    from common.errors import Refusal

    now = branch_now()
    target = resolve_target(args)
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
    say(tr("正在检查备份文件：完整性、数据库结构、审计链、已签日报和账目……"))
    restored, detail = backup.restore(
        actor.at(branch_now()), source, target.path, reopen=lambda: open_existing(target, branch_now()),
        authenticated_by=authenticated_by, check_copy=lambda path: backup.check_in_child(path, args.lang))
    say(tr("已从 {source} 恢复数据库 {path}。").format(source=source, path=target.path))
    say(tr("备份文件的 SHA-256：{sha256}").format(sha256=restored.sha256))
    if restored.saved:
        say(tr("恢复前的数据库已另存为 {saved}").format(saved=restored.saved))
    if detail["erasures_reapplied"]:
        say(tr("备份之后删除过的 {n} 位客户的个人信息已再次删除。").format(n=detail["erasures_reapplied"]))
    if detail["erasures_skipped"]:
        say(tr("删除登记中有 {n} 条对应不到本数据库的同一客户，未执行。").format(n=detail["erasures_skipped"]))
    return 0


def cmd_check_copy(args) -> int:
    """Run by common.backup.check_in_child on a throwaway copy of a backup (never the live file):
    brings it up to date and prints the check suite's problems as JSON. Exit 1 when any."""
    target = resolve_target(args)
    if not target.is_sqlite:
        raise CliError(tr("PostgreSQL 数据库请用服务器自带的 pg_restore 恢复，见 README。"))
    open_existing(target, branch_now())
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


def cmd_users(args) -> int:
    from common import auth
    from ui.i18n import role_name

    if args.users_command == "passwd":
        open_existing(resolve_target(args), branch_now())
        username, password = credentials()
        return _users_passwd(auth, auth.authenticate(username, password, branch_now()), password, args.username)
    target, actor = session(args)
    if args.users_command == "add":
        password = os.environ.get("BRANCHDESK_NEW_PASSWORD") or getpass.getpass(tr("新用户的密码: "))
        user = auth.create_user(actor, args.username, args.name or args.username, args.role, password)
        say(tr("已添加用户 {user}（{role}）。").format(user=user.username, role=role_name(user.role)))
        say(tr("{user} 首次登录时须修改密码。").format(user=user.username))
        return 0
    auth.require(actor, "users.manage")
    for user in auth.users():
        state = tr("停用") if not user.active else (tr("锁定") if user.locked_until and user.locked_until > actor.now else "")
        say(f"{user.username:<16} {user.display_name:<10} {role_name(user.role):<8} {state}")
    return 0


def _users_passwd(auth, actor, old_password: str, username: str | None) -> int:
    """``users passwd``: one's own new password (the old one is the password just logged in with),
    or, naming another user, an administrator's reset (that user must change it at next login)."""
    password = os.environ.get("BRANCHDESK_NEW_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(tr("请用环境变量 BRANCHDESK_NEW_PASSWORD 给出新密码，或在终端中运行以输入。"))
        password = getpass.getpass(tr("新密码: "))
        if getpass.getpass(tr("再输入一次: ")) != password:
            raise CliError(tr("两次输入不一致，密码未修改。"))
    if username and username != actor.user.username:
        from common.models import User

        user = User.get_or_none(User.username == username)
        if user is None:
            auth.require(actor, "users.manage")  # who may not reset learns nothing about the name
            raise CliError(tr("没有用户 {user}。").format(user=username))
        auth.require_password_changed(actor)
        auth.reset_password(actor, user.id, password)
        say(tr("已为 {user} 设置新密码；{user} 下次登录时须修改密码。").format(user=username))
        return 0
    auth.change_own_password(actor, old_password, password)
    say(tr("{user} 的密码已修改。").format(user=actor.user.username))
    return 0


def _parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise CliError(tr("{option} 的日期 {value} 无法识别，请写成 YYYY-MM-DD。").format(option=option, value=text)) from None


def cmd_balance(args) -> int:
    from common import auth
    from ledger import books

    target, actor = session(args)
    auth.require(actor, "parts.read")
    result = books.balances_at(_parse_date(args.at, "--at"), args.part)
    if args.part and not result["parts"]:
        raise CliError(tr("没有编号为 {part} 的备件。").format(part=args.part))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    say(f"{tr('备件编号'):<14}{tr('好件'):>8}{tr('坏件'):>8}{tr('在途(入)'):>10}{tr('在途(出)'):>10}  {tr('欠人坏件')} / {tr('人欠坏件')}")
    for number, entry in result["parts"].items():
        owed = ", ".join(f"{k}:{v}" for k, v in entry["owed_to"].items())
        owed_by = ", ".join(f"{k}:{v}" for k, v in entry["owed_by"].items())
        say(f"{number:<14}{entry['good']:>8}{entry['bad']:>8}{entry['in_transit_in']:>10}{entry['in_transit_out']:>10}  {owed or '-'} / {owed_by or '-'}")
    return 0


def cmd_search(args) -> int:
    from archive import search
    from common import auth

    target, actor = session(args)
    auth.require(actor, "archive.read")
    hits = search.search(args.query, _parse_date(args.date_from, "--from"), _parse_date(args.date_to, "--to"),
                         limit=args.limit)
    if not hits:  # nobody's data shown: nothing to audit
        if args.json:
            print(json.dumps({"query": args.query, "hits": []}, ensure_ascii=False, indent=2))
        else:
            say(tr("没有找到与“{query}”相符的档案。").format(query=args.query))
        return 0

    def show() -> None:
        if args.json:
            rows = [{key: (value.isoformat() if isinstance(value, date) else value) for key, value in vars(hit).items()}
                    for hit in hits]
            print(json.dumps({"query": args.query, "hits": rows}, ensure_ascii=False, indent=2))
            return
        for hit in hits:
            box = tr("（{box} 号盒）").format(box=hit.box_number) if hit.box_number else ""
            say(f"{hit.archive_number or '-':<8} {hit.customer_name:<12} {hit.vin or '-':<18} {hit.plate or '-':<10} "
                f"{hit.phone or '-':<12} {hit.delivery_date or '-'} {box}")

    from common.personal_data import export_personal

    # Customers' names and phones read out on a terminal: an audited read of personal data (PIPL).
    export_personal(actor, "archive_search", "terminal", show, records=len(hits))
    return 0


def cmd_report(args) -> int:
    """Every printable report, PDF or xlsx by the output file's suffix."""
    target, actor = session(args)
    out = Path(args.out)
    kind = args.report_kind
    if kind == "mackay":
        from archive.profile_print import render_profile_pdf

        if (args.customer is None) == (not args.blank):
            raise CliError(tr("请指定 --customer 客户编号 或 --blank（空白表）其中之一。"))
        pages = render_profile_pdf(actor, out, None if args.blank else args.customer,
                                   include_sensitive=args.sensitive)  # a plain print masks them for every role
    elif kind == "daily":
        from ledger.daily import render_daily

        day = _parse_date(args.date, "--date")
        written = render_daily(actor, day, out)  # pages of a PDF, lines of an xlsx
        pages = written if out.suffix.lower() == ".pdf" else 0
    elif kind == "statement":
        from ledger import reconcile
        from ledger.reconcile_print import render_statement

        date_from, date_to = _parse_date(args.date_from, "--from"), _parse_date(args.date_to, "--to")
        if date_from is None or date_to is None:
            default_from, default_to = reconcile.default_period(actor.today)
            date_from, date_to = date_from or default_from, date_to or default_to
        render_statement(actor, args.party, date_from, date_to, out)
        pages = 0
    elif kind == "count-sheet":
        from ledger.reconcile_print import render_count_sheet

        if args.start:
            from ledger import stocktake

            stocktake.start(actor)  # freezes the book quantities now; refused if a count is open
        pages = render_count_sheet(actor, out)
    elif kind in ("tags", "packing", "tracking", "return-request"):  # ui/cli_tags.py REPORT_KINDS
        from ui import cli_tags

        return cli_tags.run_report(args, actor, say)
    elif kind == "work-month":
        from ui import cli_work_month  # 客服中心工作月报表 (ui/cli_work_month.py)

        return cli_work_month.run_report(args, actor, say)
    elif kind == "callbacks":
        from archive import callbacks

        callbacks.write_report(out, args.period, _parse_date(args.date, "--date") or actor.today,
                               printed_at=actor.now, printed_by=actor.user.display_name, actor=actor)
        pages = 0
    else:
        raise CliError(tr("未知的报表类型 {kind}。").format(kind=kind))
    say(tr("已写入 {path}（{pages} 页）").format(path=out, pages=pages) if pages else tr("已写入 {path}").format(path=out))
    return 0


def cmd_import(args) -> int:
    target, actor = session(args)
    path = Path(args.file)
    if args.kind == "archives":
        from archive.io import import_archives

        result = import_archives(actor, path, dry_run=args.dry_run, skip_hidden=args.skip_hidden,
                                 convert_15_digit_ids=args.convert_15_digit_ids)
        done = (tr("预览（未写入）：将导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。")
                if result.dry_run else
                tr("已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。"))
        say(done.format(
            rows=result.rows, created=result.customers_created, existing=result.customers_existing,
            vehicles=result.vehicles))
        _say_skipped_hidden(result.skipped_hidden)
        for warning in result.warnings:
            say(tr("提示：") + refusal_text(warning))
        return 0
    if args.kind == "opening":
        return _import_opening(actor, path, args)
    return _import_ledger(actor, args.kind, path, args.dry_run, args.skip_hidden)


def _import_opening(actor, path: Path, args) -> int:
    """期初建账 from the sheet 期初: one OPENING document dated --date (the go-live day)."""
    from ledger.opening_io import import_opening
    from ui.document_form import book_title

    on = _parse_date(args.date, "--date")
    if on is None:
        raise CliError(tr("期初导入必须用 --date 给出建账日（YYYY-MM-DD）。"))
    result = import_opening(actor, path, on, dry_run=args.dry_run, skip_hidden=args.skip_hidden)
    for part in result.new_parts:
        say(tr("新备件：{number} {name}（第 {row} 行）").format(number=part.number, name=part.name, row=part.row))
    for effect in result.effects:
        party = f" [{effect.party_code}]" if effect.party_code else ""
        say(f"  {effect.part_number:<16} {book_title(effect.book)}{party}: {effect.before} -> {effect.after}")
    done = tr("预览（未写入）：期初 {number}，建账日 {date}，{lines} 行。") if result.dry_run else \
        tr("已建期初 {number}，建账日 {date}，{lines} 行；建账日当天及以前不能再记账。")
    say(done.format(number=result.number, date=result.date.isoformat(), lines=result.line_count))
    return 0


def _status_text(status: str) -> str:
    return {"posted": tr("已过账"), "would_post": tr("将过账"), "already_posted": tr("已过账过，跳过")}[status]


def _say_skipped_hidden(rows) -> None:
    if rows:
        say(tr("已按要求跳过隐藏行 {count} 行（第 {rows} 行）。").format(
            count=len(rows), rows="、".join(map(str, rows[:20])) + ("…" if len(rows) > 20 else "")))


def _import_ledger(actor, kind: str, path: Path, dry_run: bool, skip_hidden: bool = False) -> int:
    from ledger import io

    if kind in ("parties", "parts"):
        result = (io.import_parties if kind == "parties" else io.import_parts)(actor, path, dry_run=dry_run,
                                                                               skip_hidden=skip_hidden)
        _say_skipped_hidden(result.skipped_hidden)
        say((tr("预览：") if dry_run else "") + tr("新建 {created} 条，更新 {updated} 条，未变 {unchanged} 条。").format(
            created=len(result.created), updated=len(result.updated), unchanged=result.unchanged))
        return 0
    from ui.messages_parts import doc_type_name

    result = io.import_documents(actor, path, dry_run=dry_run, skip_hidden=skip_hidden)
    _say_skipped_hidden(result.skipped_hidden)
    for document in result.documents:
        rows = f"{document.rows[0]}-{document.rows[-1]}" if len(document.rows) > 1 else str(document.rows[0])
        say(f"{_status_text(document.status):<8} {document.number or '-':<24} {doc_type_name(document.doc_type):<12} "
            f"{document.source_number or '-':<16} " + tr("第 {rows} 行").format(rows=rows))
    for part in result.new_parts:
        say(tr("新备件：{number} {name}（第 {row} 行）").format(number=part.number, name=part.name, row=part.row))
    if result.changes:
        from ui.document_form import book_title

        say(tr("对账簿的影响："))
        for change in result.changes:
            party = f" [{change.party_code}]" if change.party_code else ""
            say(f"  {change.part_number:<16} {book_title(change.book)}{party}: {change.before} -> {change.after}")
    summary = tr("预览：将过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过。") if dry_run else \
        tr("已过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过，未重复过账。")
    say(summary.format(documents=len(result.posted), lines=result.line_count, skipped=len(result.already_posted)))
    return 0


def _export_ledger(actor, args, out: Path) -> dict:
    from ledger import io

    date_from = _parse_date(args.date_from, "--from")
    date_to = _parse_date(args.date_to, "--to")
    if args.kind == "movements":
        return {tr("单据"): io.export_movements(out, date_from, date_to, actor=actor)}
    if args.kind == "balances":
        written = io.export_balances(out, _parse_date(args.at, "--at") or date_to, actor=actor)
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


def cmd_export(args) -> int:
    target, actor = session(args)
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
        counts = _export_ledger(actor, args, out)
    say(tr("已写入 {path}").format(path=out))
    for sheet, rows in (counts or {}).items():
        say(tr("  {sheet}：{rows} 行").format(sheet=sheet, rows=rows))
    return 0


def cmd_today(args) -> int:
    """The Today page's counts. Due callbacks are generated first, as the page does each morning."""
    from archive import callbacks
    from common import auth

    target, actor = session(args)
    day = _parse_date(args.date, "--date") or actor.today
    if auth.can(actor.user, "callbacks.edit"):
        callbacks.generate(actor, day)
    from ui.today_counts import today_counts

    counts = today_counts(day, user=actor.user)  # what this user's 今日 page shows
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        from ui.today_counts import CARDS

        titles = {card.name: QCoreApplication.translate("TodayCards", card.title) for card in CARDS}
        for key, value in counts.items():
            say(f"{titles.get(key, key)}\t{value:>8}")
    return 0


def _weekday(day: date) -> str:
    return (tr("星期一"), tr("星期二"), tr("星期三"), tr("星期四"), tr("星期五"), tr("星期六"), tr("星期日"))[day.weekday()]


def cmd_calendar(args) -> int:
    """The holiday calendar: show a year, set one day, import a sheet, or the N-th working day."""
    from archive import holidays
    from common import auth
    from common.errors import Refusal

    target, actor = session(args)
    command = args.calendar_command
    if command == "show":
        auth.require(actor, "archive.read")
        view = holidays.year_calendar(args.year)
        if args.json:
            print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
            return 0
        if not view.covered:
            say(refusal_text(Refusal("calendar.year_unknown", year=args.year)))
        for day, (name, work) in sorted(view.entries.items()):
            say(f"{day.isoformat()}  {_weekday(day)}  {tr('上班') if work else tr('放假')}  {name}")
        return 0
    if command == "set":
        day = _parse_date(args.date, "DATE")
        changed = holidays.set_day(actor, day, args.kind, args.name)
        word = {"off": tr("放假"), "work": tr("上班"), "normal": tr("平常日")}[args.kind]
        say(tr("已将 {day} 设为{kind}；{moved} 份未移交资料的截止日随之调整。").format(
            day=day.isoformat(), kind=word, moved=changed.deadlines_moved))
        return 0
    if command == "import":
        result = holidays.import_calendar(actor, Path(args.file))
        say(tr("已导入 {days} 天（{years} 年）；{moved} 份未移交资料的截止日随之调整。").format(
            days=result.days, years="、".join(str(y) for y in result.years), moved=result.deadlines_moved))
        return 0
    result = holidays.workdays_after(_parse_date(args.date, "DATE"), args.count)
    print(result.day.isoformat(), flush=True)
    for year in result.unknown_years:
        print(refusal_text(Refusal("calendar.year_unknown", year=year)), file=sys.stderr, flush=True)
    return 0


def cmd_branch(args) -> int:
    from ui import cli_branch

    return cli_branch.run(args, session, say)


def cmd_gui(args) -> int:
    from common import db as dbmod, schema

    def ask_password(*question):  # a dialog; its module is imported only if a server asks
        from ui.db_password import startup_prompt

        return startup_prompt(args.lang)(*question)

    dbmod.set_password_prompt(ask_password)
    now = branch_now()
    target = resolve_target(args)
    if target.is_sqlite and not target.path.exists():
        # A fresh machine: offer the first-admin setup inside the app.
        dbmod.open_database(target, create=True)
        schema.upgrade(target, now)
    else:
        dbmod.open_database(target, create=False)
        schema.upgrade(target, now)
    _calendar_from_package(now)
    return _open_gui(target, args, demo=False, opened=True)


def _open_gui(target, args, *, demo: bool, opened: bool = False) -> int:
    from common import db as dbmod, schema

    if not opened:
        dbmod.open_database(target, create=False)
        schema.upgrade(target, branch_now())
        _calendar_from_package(branch_now())
    # Scripts (and the start-up benchmark) log in from the environment, as the command line does;
    # everyone else gets the login dialog. The password hash is computed on a worker thread while
    # the GUI is imported and its main window built hidden (ui.app.run_gui shows it once verified).
    pending = None
    if os.environ.get("BRANCHDESK_USER") and os.environ.get("BRANCHDESK_PASSWORD"):
        from common import auth

        pending = auth.PendingLogin(*credentials())
        pending.start()
    from ui.app import run_gui

    hint = tr("演示账户：clerk / finance / manager / admin，密码均为 {password}").format(password=DEMO_PASSWORD) if demo else None
    return run_gui(target, lang=args.lang, demo_hint=hint, pending_login=pending,
                   exit_when_shown=getattr(args, "exit_when_shown", False))


def cmd_self_test(args) -> int:
    from ui.selftest import run_self_test

    return run_self_test(lang=args.lang, report=say)


# -- the demo branch and the checks (they span both domains, so they live here) ----------------

def build_demo(target, *, years: int, seed: int, now: datetime, accounts, progress, lines: int | None = None,
               archive_scale: float = 1.0) -> dict:
    """Build a realistic demo branch: users, parties and parts with years of documents, customers
    with their vehicles and repair visits.

    All of it is one transaction, and a SQLite demo is built under a temporary name and renamed
    into place at the end: a demo killed half-way leaves the old database (or none) untouched.
    """
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
        summary["daily_reports_signed"] = _sign_recent_days(actors, passwords, end)
        progress(tr("档案：客户、车辆与维修记录……"))
        summary.update(archive_demo.populate(actors["clerk"], rng, start, end, scale=archive_scale))
        from archive import members  # the owner's club (archive/members.py); events invite its members

        summary["members"] = members.build_demo(actors["clerk"], random.Random(seed + 1801), end)
        progress(tr("回访、关怀与投诉……"))
        summary.update(archive_demo.populate_callbacks(actors["manager"], rng, start, end))
        summary.update(_demo_service_followup(actors, random.Random(seed + 18), now))  # scripts, steps, 整改
        from archive import events  # customer events of the last year (archive/events.py)

        summary.update(events.build_demo(actors["clerk"], rng, start, end))
        from archive import comm_style  # communication styles of customers the office has called

        summary.update(comm_style.build_demo(actors["clerk"], random.Random(seed + 9)))
        from archive import handover  # the last month's handover forms (资料交接表单)

        summary.update(handover.build_demo(actors["clerk"], rng, end))
        from archive import mailmerge  # two months of care messages sent, the manager's festival text

        summary.update(mailmerge.build_demo(actors["clerk"], actors["manager"], rng, end))
    dbmod.close_database()
    if target.is_sqlite:
        _finish_sqlite_build(work.path, target.path)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def _demo_service_followup(actors: dict, rng, now: datetime) -> dict:
    """Call scripts and survey forms, complaint call steps and rectification items (issue 18
    items 3-5), on their own random stream so the other demo data stay as they were."""
    from archive import demo as archive_demo, rectification, scripts

    counts = scripts.build_demo(actors["manager"], now)
    counts.update(archive_demo.populate_complaint_steps(actors["clerk"], rng, now.date()))
    counts.update(rectification.build_demo(actors["manager"], rng, now.date()))
    return counts


def _sign_recent_days(actors: dict, passwords: dict, today: date) -> int:
    """The demo's daily reports as a real branch has them: the last two weeks produced, signed by
    finance and the manager the next morning (which locks them), except the two most recent
    working days, still waiting for signatures."""
    from datetime import time as clock_time, timedelta

    from ledger import daily

    days = [today - timedelta(days=n) for n in range(1, 20)]
    working = [day for day in days if day.weekday() < 5][2:12]
    for day in sorted(working):
        morning = datetime.combine(day + timedelta(days=1), clock_time(9, 10))
        daily.produce(actors["clerk"].at(morning), day)
        daily.sign_finance(actors["finance"].at(morning + timedelta(minutes=20)), day, passwords["finance"])
        daily.sign_manager(actors["manager"].at(morning + timedelta(minutes=40)), day, passwords["manager"])
    return len(working)


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


def run_checks(target) -> list[str]:
    """Every check the product knows: the file itself, the schema, then each domain's invariants."""
    from archive import checks as archive_checks
    from common import db as dbmod, schema
    from ledger import checks as ledger_checks

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
    from common import audit
    from ui.messages_trust import problem_text

    problems += [problem_text(problem) for problem in audit.verify_database()]  # the log's guards and chain
    from common.user_audit import verify_users
    from ui.messages_backup import user_problem_text

    problems += [user_problem_text(problem) for problem in verify_users()]  # accounts as the log set them
    if target.is_sqlite:
        from archive import erasure
        from ui.messages_backup import pending_erasures_text

        missed = erasure.pending(target.path)  # an old copy put over the file: erased data is back
        if missed:
            problems.append(pending_erasures_text(erasure.register_path(target.path), missed))
    problems += [problem_text(problem) for problem in ledger_checks.check_invariants()]
    problems += [str(problem) for problem in archive_checks.check_integrity()]
    from archive import members
    from ui.messages_members import check_problem_text

    problems += [check_problem_text(problem) for problem in members.check_invariants()]  # gapless numbers
    return problems


# -- argument parsing -----------------------------------------------------------------------------

_GUI_START_OPTIONS = ("--db", "--lang", "--owner-user")  # the common options a start of the app may carry


def starts_gui(argv: list[str]) -> bool:
    """True if ``argv`` is plainly a start of the desktop app: ``[--db X] [--lang X] [--owner-user X]
    [gui [--exit-when-shown]]``, options spelled out in full. Then only the ``gui`` part of the
    parser is built (the other commands', about 80 parsers, cost each start of the window 20 ms);
    anything else - help, a command, an abbreviated option, a value missing - gets the whole
    parser and its usual messages."""
    words = list(argv)
    while words and words[0].partition("=")[0] in _GUI_START_OPTIONS:
        option, equals, value = words.pop(0).partition("=")
        if not equals:
            if not words or words[0].startswith("-"):
                return False
            value = words.pop(0)
        if not value or (option == "--lang" and value not in ("zh", "en")):
            return False
    return words in ([], ["gui"], ["gui", "--exit-when-shown"])


def build_parser(gui_only: bool = False) -> argparse.ArgumentParser:
    """The command line. ``gui_only``: the common options and the ``gui`` command alone (see
    ``starts_gui``); the same definitions as in the whole parser, so it parses those starts alike."""
    parser = argparse.ArgumentParser(prog="main.py", description=tr("分公司客服台账 BranchDesk"))
    parser.add_argument("--db", help=tr("SQLite 文件路径，或 postgresql://用户@主机/库名"))
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help=tr("界面语言"))
    parser.add_argument("--owner-user", help=tr("PostgreSQL：建库和升级表结构时使用的所有者角色（程序平时用 --db 里的登录角色）"))
    parser.add_argument("--self-test", action="store_true", help=tr("离屏自检：建临时库、主窗口、PDF 与 Excel"))
    parser.add_argument("--version", action="version", version=f"BranchDesk {APP_VERSION}")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help=tr("打开桌面程序（默认）"))
    gui.add_argument("--exit-when-shown", action="store_true",
                     help=tr("主窗口显示后打印启动耗时与内存并退出（供 bench 使用）"))
    if gui_only:
        return parser
    from ui import cli_branch

    cli_branch.add_init_options(sub.add_parser("init", help=tr("新建空数据库和首个管理员")))
    from ui import cli_db

    cli_db.add_parser(sub)
    cli_branch.add_parser(sub)
    demo = sub.add_parser("demo", help=tr("生成演示分公司数据库"))
    demo.add_argument("--years", type=int, default=1, help=tr("演示数据的年数（默认 1）"))
    demo.add_argument("--seed", type=int, default=20261123, help=tr("随机种子（同一种子生成相同数据）"))
    demo.add_argument("--force", action="store_true", help=tr("覆盖已有的演示数据库"))
    demo.add_argument("--open", action="store_true", help=tr("建好后打开桌面程序"))
    demo.add_argument("--lines", type=int, help=tr("备件单据明细行数的目标（如 1000000）：按此放大分公司规模，单据成批写入"))
    demo.add_argument("--archive-scale", type=float, default=1.0, help=tr("档案（客户、车辆、进厂、回访）的规模倍数（默认 1）"))
    sub.add_parser("check", help=tr("检查数据库完整性与账目不变量"))
    from ui import cli_day

    cli_day.add_parser(sub)  # day status|produce|sign|reopen|verify
    backup = sub.add_parser("backup", help=tr("备份 SQLite 数据库"))
    backup.add_argument("--out", help=tr("备份文件路径（默认在数据库旁的 backups 目录）"))
    restore = sub.add_parser("restore", help=tr("从备份恢复 SQLite 数据库（仅管理员；先全面检查备份文件）"))
    restore.add_argument("file", help=tr("备份文件"))
    sub.add_parser("check-copy", help=argparse.SUPPRESS)  # common.backup.check_in_child's child
    from ui import cli_erasures

    cli_erasures.add_parser(sub)
    balance = sub.add_parser("balance", help=tr("各备件在某日结束时的账面余额"))
    balance.add_argument("--json", action="store_true", help=tr("以 JSON 输出（格式见 LEDGERS.md）"))
    balance.add_argument("--at", help=tr("日期 YYYY-MM-DD（默认：全部已过账单据）"))
    balance.add_argument("--part", help=tr("只看这个备件编号"))
    search = sub.add_parser("search", help=tr("查找档案：车架号、车牌、姓名/拼音、电话、档案号、盒号"))
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--from", dest="date_from", help=tr("起始日期 YYYY-MM-DD"))
    search.add_argument("--to", dest="date_to", help=tr("截止日期 YYYY-MM-DD"))
    search.add_argument("--limit", type=int, default=50)
    report = sub.add_parser("report", help=tr("打印报表（PDF 或 xlsx，按输出文件后缀）"))
    report_sub = report.add_subparsers(dest="report_kind", required=True)
    mackay = report_sub.add_parser("mackay", help=tr("麦凯66客户档案（已填或空白）"))
    mackay.add_argument("--customer", type=int, help=tr("客户编号"))
    mackay.add_argument("--blank", action="store_true", help=tr("打印空白表"))
    mackay.add_argument("--sensitive", action="store_true", help=tr("打印敏感项（需相应权限，记入审计）"))
    mackay.add_argument("--out", required=True)
    daily = report_sub.add_parser("daily", help=tr("货品出入库日报"))
    daily.add_argument("--date", required=True, help=tr("业务日期 YYYY-MM-DD"))
    daily.add_argument("--out", required=True)
    statement = report_sub.add_parser("statement", help=tr("与服务站或总部的对账单"))
    statement.add_argument("--party", required=True, help=tr("往来单位编码"))
    statement.add_argument("--from", dest="date_from", help=tr("起始日期（默认：最近结束的半月）"))
    statement.add_argument("--to", dest="date_to", help=tr("截止日期"))
    statement.add_argument("--out", required=True)
    count_sheet = report_sub.add_parser("count-sheet", help=tr("盲盘点表（不含账面数）"))
    count_sheet.add_argument("--out", required=True)
    count_sheet.add_argument("--start", action="store_true", help=tr("先开始一次盘点（冻结此刻的账面数）再打印"))
    report_callbacks = report_sub.add_parser("callbacks", help=tr("回访日报 / 周报 / 月报"))
    report_callbacks.add_argument("--period", choices=["day", "week", "month"], required=True)
    report_callbacks.add_argument("--date", help=tr("日期 YYYY-MM-DD（默认今天）"))
    report_callbacks.add_argument("--out", required=True)
    from ui import cli_tags

    cli_tags.add_report_parsers(report_sub)  # report tags|packing
    from ui import cli_work_month

    cli_work_month.add_report_parser(report_sub)  # report work-month
    cli_tags.add_parser(sub)  # packing pack|confirm|missing
    from ui import cli_rectify, cli_scripts

    cli_rectify.add_parser(sub)  # rectify open|act|verify|list|candidates|threshold|departments
    from ui import cli_inspection

    cli_inspection.add_parser(sub)  # inspection record
    cli_scripts.add_parser(sub)  # scripts list|show|save|retire|survey; complaint steps|step|form
    from ui import cli_members

    cli_members.add_parser(sub)  # customers values|rules, members enrol|renew|use|list|export|card|rules
    from ui import cli_events

    cli_events.add_parser(sub)  # events plan|invite|signup|attend|feedback|cost|cancel|list|print|report
    from ui import cli_style

    cli_style.add_parser(sub)  # style show|set|guidance|print
    from ui import cli_handover

    cli_handover.add_parser(sub)  # archive handover new|list|receive|cancel|print
    from ui import cli_care

    cli_care.add_parser(sub)  # care export|template
    today = sub.add_parser("today", help=tr("今日待办的各项数量"))
    today.add_argument("--json", action="store_true")
    today.add_argument("--date", help=tr("日期 YYYY-MM-DD（默认今天）"))
    importer = sub.add_parser("import", help=tr("从 Excel 导入（全部成功或全部不导入）"))
    importer.add_argument("kind", choices=["parties", "parts", "documents", "archives", "opening"])
    importer.add_argument("file")
    importer.add_argument("--date", help=tr("期初建账日（opening），YYYY-MM-DD"))
    importer.add_argument("--dry-run", action="store_true", help=tr("只预览将要导入的内容，不写入"))
    importer.add_argument("--skip-hidden", action="store_true",
                          help=tr("跳过隐藏行和被筛选隐藏的行（默认：有隐藏行则拒绝导入）"))
    importer.add_argument("--convert-15-digit-ids", action="store_true",
                          help=tr("archives：15 位身份证号转为 18 位后导入（请与证件核对）"))
    exporter = sub.add_parser("export", help=tr("导出到 Excel"))
    exporter.add_argument("kind", choices=["movements", "balances", "book", "archives", "template", "archive-template",
                                           "opening-template"])
    exporter.add_argument("name", nargs="?", help=tr("账簿名（book）：stock / account / owed_to / owed_by / in_transit"))
    exporter.add_argument("--out", required=True)
    exporter.add_argument("--from", dest="date_from")
    exporter.add_argument("--to", dest="date_to")
    exporter.add_argument("--at", help=tr("余额日期（balances）"))
    exporter.add_argument("--party", help=tr("往来单位编码（book account）"))
    calendar = sub.add_parser("calendar", help=tr("节假日日历：查看、设置、导入，算工作日"))
    calendar_sub = calendar.add_subparsers(dest="calendar_command", required=True)
    calendar_show = calendar_sub.add_parser("show", help=tr("一年的放假日与调休上班日"))
    calendar_show.add_argument("--year", type=int, required=True)
    calendar_show.add_argument("--json", action="store_true")
    calendar_set = calendar_sub.add_parser("set", help=tr("设置一天：off 放假 / work 调休上班 / normal 恢复平常（经理）"))
    calendar_set.add_argument("date", help=tr("日期 YYYY-MM-DD"))
    calendar_set.add_argument("kind", choices=["off", "work", "normal"])
    calendar_set.add_argument("--name", help=tr("节日名称，如 春节"))
    calendar_import = calendar_sub.add_parser("import", help=tr("从 Excel 导入（工作表“日历”：日期 | 类型 | 名称）（经理）"))
    calendar_import.add_argument("file")
    calendar_due = calendar_sub.add_parser("due", help=tr("DATE 之后第 N 个工作日（资料移交截止日的算法）"))
    calendar_due.add_argument("date", help=tr("日期 YYYY-MM-DD"))
    calendar_due.add_argument("count", type=int)
    users = sub.add_parser("users", help=tr("用户管理"))
    users_sub = users.add_subparsers(dest="users_command")
    users_sub.add_parser("list", help=tr("列出用户"))
    add = users_sub.add_parser("add", help=tr("添加用户（密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入）"))
    add.add_argument("username")
    add.add_argument("--name", help=tr("姓名"))
    add.add_argument("--role", required=True, choices=["clerk", "finance", "manager", "admin"])
    passwd = users_sub.add_parser("passwd", help=tr("修改密码：本人（须先修改的账户也可），或管理员重置他人的密码；"
                                                    "新密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入"))
    passwd.add_argument("username", nargs="?", help=tr("要重置密码的用户（管理员）；省略则修改本人密码"))
    return parser


def cmd_db(args) -> int:
    from ui import cli_db  # the shared database's roles and schema upgrades (ui/cli_db.py)

    return cli_db.run(args, resolve_target)


COMMANDS = {
    "gui": cmd_gui,
    "db": cmd_db,
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "day": cli_day_run,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check-copy": cmd_check_copy,
    "erasures": cmd_erasures,
    "users": cmd_users,
    "balance": cmd_balance,
    "search": cmd_search,
    "report": cmd_report,
    "import": cmd_import,
    "export": cmd_export,
    "today": cmd_today,
    "calendar": cmd_calendar,
    "branch": cmd_branch,
    "packing": cmd_packing,
    "rectify": cmd_rectify,
    "inspection": cmd_inspection,
    "scripts": cmd_scripts,
    "complaint": cmd_complaint,
    "customers": cmd_customers,
    "members": cmd_members,
    "events": cmd_events,
    "style": cmd_style,
    "archive": cmd_archive,
    "care": cmd_care,
}


def _install_cli_language(lang: str | None) -> None:
    if lang == "en":
        from ui.i18n import install_cli_translator

        install_cli_translator(lang)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")  # Chinese on a Windows console
    parser = build_parser(gui_only=starts_gui(sys.argv[1:] if argv is None else list(argv)))
    args = parser.parse_args(argv)
    if args.self_test or (args.command or "gui") != "gui":
        import gc

        gc.enable()
    _install_cli_language(args.lang)
    if args.owner_user:
        from common import dbroles

        dbroles.set_owner_user(args.owner_user)
    from common.errors import Refusal

    try:
        from common import db as dbmod

        dbmod.set_password_prompt(ask_database_password)
        if args.self_test:
            return cmd_self_test(args)
        return COMMANDS[args.command or "gui"](args)
    except Refusal as refusal:
        print(refusal_text(refusal), file=sys.stderr, flush=True)
        return 1
    except CliError as error:
        print(str(error), file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print(tr("已取消。"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` or similar that stopped reading: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        from common.db import refusal_for

        refusal = refusal_for(error)  # the server went away or stayed busy: said, not a traceback
        if refusal is None:
            raise
        print(refusal_text(refusal), file=sys.stderr, flush=True)
        return 1
    finally:
        from common import db as dbmod

        dbmod.close_database()


if __name__ == "__main__":
    sys.exit(main())

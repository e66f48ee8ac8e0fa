"""What every command shares: its words (``tr``), its output (``say``), dates typed on the command
line, and the session - the chosen database opened and brought up to date, and the acting user
logged in as the GUI logs in (BRANCHDESK_USER / BRANCHDESK_PASSWORD for scripts, else a prompt).

``Context`` bundles these for a command's ``run(args, ctx)``; a test hands a command a context whose
``session`` returns its own actor.
"""
from __future__ import annotations

import os
import sys
from datetime import date, datetime

from common.clock import branch_now

DEMO_PASSWORD = "demo1234"  # common.auth.DEMO_PASSWORD: accepted only in a database built by demo
DEMO_ACCOUNTS = (  # username, display name, role - listed in the README
    ("admin", "刘洋", "admin"),
    ("clerk", "王丽", "clerk"),
    ("finance", "陈静", "finance"),
    ("manager", "张伟", "manager"),
)


def tr(text: str) -> str:
    """``text`` (Chinese) in the command line's language, context "cli" (ui.i18n files a bare
    ``tr("...")`` there)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("cli", text)


class CliError(Exception):
    """A refusal or usage problem already worded for the user."""


def say(text: str = "") -> None:
    print(text, flush=True)


def refusal_text(refusal) -> str:
    from ui.messages import refusal_text as text

    return text(refusal)


def parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise CliError(tr("{option} 的日期 {value} 无法识别，请写成 YYYY-MM-DD。").format(option=option, value=text)) from None


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
    calendar_from_package(now)


def calendar_from_package(now: datetime) -> None:
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
    import getpass

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
    import getpass

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


class Context:
    """What a command's ``run(args, ctx)`` gets besides its arguments."""

    def __init__(self, args):
        self.args = args

    def session(self):
        """Open the database and log in: (target, actor)."""
        return session(self.args)

    def target(self, *, demo: bool = False):
        """The database the command acts on (--db, BRANCHDESK_DB, the app's settings)."""
        return resolve_target(self.args, demo=demo)

    say = staticmethod(say)
    parse_date = staticmethod(parse_date)
    now = staticmethod(branch_now)

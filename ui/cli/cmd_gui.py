"""``gui``: open the desktop app (the default command), and the app's opening for ``demo --open``.

The one command module a start of the window imports (main.starts_gui builds only this parser).
"""
from __future__ import annotations

import os

from common.clock import branch_now
from ui.cli.base import DEMO_PASSWORD, calendar_from_package, credentials, tr


def add_parser(sub) -> None:
    gui = sub.add_parser("gui", help=tr("打开桌面程序（默认）"))
    gui.add_argument("--exit-when-shown", action="store_true",
                     help=tr("主窗口显示后打印启动耗时与内存并退出（供 bench 使用）"))


def run(args, ctx) -> int:
    from common import db as dbmod, schema

    def ask_password(*question):  # a dialog; its module is imported only if a server asks
        from ui.db_password import startup_prompt

        return startup_prompt(args.lang)(*question)

    dbmod.set_password_prompt(ask_password)
    now = branch_now()
    target = ctx.target()
    if target.is_sqlite and not target.path.exists():
        # A fresh machine: offer the first-admin setup inside the app.
        dbmod.open_database(target, create=True)
        schema.upgrade(target, now)
    else:
        dbmod.open_database(target, create=False)
        schema.upgrade(target, now)
    calendar_from_package(now)
    return open_gui(target, args, demo=False, opened=True)


def open_gui(target, args, *, demo: bool, opened: bool = False) -> int:
    from common import db as dbmod, schema

    if not opened:
        dbmod.open_database(target, create=False)
        schema.upgrade(target, branch_now())
        calendar_from_package(branch_now())
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


def run_self_test(args, ctx) -> int:
    """``--self-test``: offscreen, a throwaway database, the main window, a PDF and a workbook."""
    from ui.selftest import run_self_test as self_test

    return self_test(lang=args.lang, report=ctx.say)

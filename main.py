"""BranchDesk (分公司客服台账): the command line and the desktop app's entry point.

    python main.py                      open the desktop app on the default database
    python main.py demo --open          build a demo branch database and open the app on it
    python main.py --db PATH|URL CMD    act on another SQLite file or a PostgreSQL server

This file is the dispatcher: the common options, then one module per command in ui/cli/
(``add_parser(sub)`` and ``run(args, ctx)``, calibre's cmd_*.py shape). Every command calls the same
domain functions as the GUI. Commands that read or change branch data act as a named user:
BRANCHDESK_USER / BRANCHDESK_PASSWORD for scripts, else a prompt.
Exit codes: 0 done, 1 refused or a check found problems, 2 bad usage.
"""
from __future__ import annotations

if __name__ == "__main__":
    import gc

    # Off while the program starts: the imports and Qt's enums make ~100k long-lived objects that
    # the collector would scan over and over. Back on once parsed (commands) or painted (ui.app).
    gc.disable()

import argparse
import os
import sys

from ui.cli.base import CliError, refusal_text, tr

APP_VERSION = "0.1.0"


def command_modules() -> list:
    """The command modules, in the order ``--help`` lists their commands."""
    from ui.cli import (
        cmd_archive, cmd_backup, cmd_balance, cmd_branch, cmd_calendar, cmd_care, cmd_check, cmd_day, cmd_db,
        cmd_demo, cmd_erasures, cmd_events, cmd_export, cmd_gui, cmd_import, cmd_init, cmd_inspection,
        cmd_members, cmd_packing, cmd_rectify, cmd_report, cmd_scripts, cmd_search, cmd_style, cmd_today,
        cmd_users,
    )

    return [cmd_gui, cmd_init, cmd_db, cmd_branch, cmd_demo, cmd_check, cmd_day, cmd_backup, cmd_erasures,
            cmd_balance, cmd_search, cmd_report, cmd_packing, cmd_rectify, cmd_inspection, cmd_scripts, cmd_members,
            cmd_events, cmd_style, cmd_archive, cmd_care, cmd_today, cmd_import, cmd_export, cmd_calendar, cmd_users]


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
    ``starts_gui``); the same definitions as in the whole parser, so it parses those starts alike.
    The parser's ``commands`` maps each command to the module that runs it."""
    parser = argparse.ArgumentParser(prog="main.py", description=tr("分公司客服台账 BranchDesk"))
    parser.add_argument("--db", help=tr("SQLite 文件路径，或 postgresql://用户@主机/库名"))
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help=tr("界面语言"))
    parser.add_argument("--owner-user", help=tr("PostgreSQL：建库和升级表结构时使用的所有者角色（程序平时用 --db 里的登录角色）"))
    parser.add_argument("--self-test", action="store_true", help=tr("离屏自检：建临时库、主窗口、PDF 与 Excel"))
    parser.add_argument("--version", action="version", version=f"BranchDesk {APP_VERSION}")
    sub = parser.add_subparsers(dest="command")
    if gui_only:
        from ui.cli import cmd_gui

        modules = [cmd_gui]
    else:
        modules = command_modules()
    parser.commands = {}
    for module in modules:
        known = set(sub.choices)
        module.add_parser(sub)
        parser.commands.update((name, module) for name in sub.choices if name not in known)
    return parser


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
    from ui.cli.base import Context, ask_database_password

    try:
        from common import db as dbmod

        dbmod.set_password_prompt(ask_database_password)
        ctx = Context(args)
        if args.self_test:
            from ui.cli.cmd_gui import run_self_test

            return run_self_test(args, ctx)
        return parser.commands[args.command or "gui"].run(args, ctx)
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

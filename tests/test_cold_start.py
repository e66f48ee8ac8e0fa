"""Cold start: the window and the command line import only what they use.

Each start runs in a child process under ``python -X importtime`` (one line per module imported,
in order), with the child's output merged so the line the app prints once its window is usable
("INTERACTIVE") marks what was imported before it. Times are the bench's business (bench/run.py);
this checks what is imported, which is what the times come from.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def audited_actors(sqlite_actors):
    """The fixture's accounts with the ``user.create`` rows common.auth writes for every account, so
    ``check`` (which finds an account written into the file past the program) passes on this file."""
    from common import audit
    from tests.conftest import NOW

    for actor in sqlite_actors.values():
        audit.record_at(NOW, "user.create", "user", actor.user.id, {"role": actor.user.role}, user=actor.user)
    return sqlite_actors
# Libraries for printing, spreadsheets and encryption: a start never needs them.
HEAVY = ("reportlab", "openpyxl", "pypdf", "xlsxwriter", "python_calamine", "PIL")
# Not before the window is usable either: the 今日 counts (after the first paint) may need some.
NOT_BEFORE_USABLE = HEAVY + ("cryptography", "pypinyin", "ledger.posting", "ledger.daily", "archive.holidays",
                             "common.excel", "playhouse.migrations",
                             "subprocess")  # ui.i18n runs Qt's tools only for --update


def imports(args: list[str], tmp_path: Path, user: str | None = None) -> tuple[list[str], str]:
    """The modules a child ``python -X importtime main.py ARGS`` imports, in order, and its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(tmp_path / "appdata"), PYTHONIOENCODING="utf-8")
    if user:
        env.update(BRANCHDESK_USER=user, BRANCHDESK_PASSWORD=TEST_PASSWORD)
    done = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8", timeout=120)
    modules, lines = [], []
    for line in done.stdout.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                modules.append(name)
        else:
            lines.append(line)
            modules.append("<" + line.split()[0] + ">" if line.strip() else "")
    assert done.returncode == 0, "\n".join(lines)
    return modules, "\n".join(lines)


def loaded(modules: list[str], prefixes) -> list[str]:
    return sorted({m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)})


def test_the_window_is_usable_before_any_print_spreadsheet_or_posting_module_is_imported(
        sqlite_db, audited_actors, tmp_path):
    # A branch's every-day start: the database was opened before (the first opening after an update
    # of the holiday package fills its new years, which may import the calendar module).
    imports(["--db", str(sqlite_db.path), "check"], tmp_path, user="admin")
    modules, output = imports(["--db", str(sqlite_db.path), "gui", "--exit-when-shown"], tmp_path, user="clerk")
    assert "<INTERACTIVE>" in modules and "<SHOWN>" in modules, output
    before_usable = modules[:modules.index("<INTERACTIVE>")]
    assert "ui.main_window" in before_usable
    assert loaded(before_usable, NOT_BEFORE_USABLE) == []
    assert loaded(modules, HEAVY) == []  # not even once the 今日 counts are filled
    # Only the gui command's part of the command line is built (main.starts_gui): the other
    # commands' parsers live in ui.cli.cmd_* modules, none of which but gui's a start of the window imports.
    assert [m for m in before_usable if m.startswith("ui.cli.cmd_") and m != "ui.cli.cmd_gui"] == []


@pytest.mark.parametrize("argv", [[], ["gui"], ["--db", "a.sqlite3", "gui", "--exit-when-shown"], ["--db=a b", "--lang", "en"],
                                  ["--lang=zh", "--owner-user", "owner", "--db", "postgresql://u@h/db", "gui"]])
def test_a_start_of_the_window_is_parsed_as_the_whole_command_line_parses_it(argv):
    import main

    assert main.starts_gui(argv)
    assert vars(main.build_parser(gui_only=True).parse_args(argv)) == vars(main.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--help"], ["gui", "--help"], ["check"], ["--db"], ["--db", "--lang"], ["--la", "en"],
                                  ["--lang", "fr"], ["gui", "--db", "a"], ["--exit-when-shown"], ["gui", "gui"],
                                  ["--self-test"], ["--version"], ["--db="]])
def test_anything_else_gets_the_whole_command_line(argv):
    import main

    assert not main.starts_gui(argv)  # so help, errors and other commands read as they always did


def test_the_login_dialog_comes_up_before_any_page_or_domain_module_is_imported(sqlite_db, audited_actors, tmp_path):
    imports(["--db", str(sqlite_db.path), "check"], tmp_path, user="admin")  # opened before, as every day
    modules, output = imports(["--db", str(sqlite_db.path), "gui", "--exit-when-shown"], tmp_path)
    assert "<SHOWN>" in modules, output  # the login dialog took input
    assert "ui.login" in modules
    assert loaded(modules, NOT_BEFORE_USABLE + ("ui.main_window", "ui.today", "ledger", "archive.models")) == []


@pytest.mark.parametrize("command", [["--help"], ["check"], ["today", "--json"], ["search", "LFV"],
                                     ["users", "list"]])
def test_a_simple_command_imports_no_widgets_and_no_print_or_spreadsheet_library(
        sqlite_db, audited_actors, tmp_path, command):
    modules, output = imports(["--db", str(sqlite_db.path), *command], tmp_path, user="admin")
    assert loaded(modules, HEAVY + ("PySide6.QtWidgets", "PySide6.QtGui", "cryptography", "ui.app")) == [], output


def test_document_type_names_for_people_are_the_posting_rules_names():
    # ui.messages_parts repeats them as literals for translation, without importing the posting
    # rules at start-up; this keeps the two in step.
    from ledger.doctypes import DOC_TYPES
    from ui.messages_parts import DOC_TYPE_NAMES

    assert DOC_TYPE_NAMES == {code: kind.name for code, kind in DOC_TYPES.items()}


AFTER_START = """
import gc, sys
from PySide6.QtWidgets import QApplication
from common import auth, db as dbmod
from common.clock import branch_now
from ui import app, screen_fit

gc.disable()  # as main.py does while the program starts
target = dbmod.Target("sqlite", path=sys.argv[1])
dbmod.open_database(target)
actor = auth.authenticate("clerk", sys.argv[2], branch_now())
fitted = []
real_install = screen_fit.install
screen_fit.install = lambda application: fitted.append(gc.isenabled()) or real_install(application)
code = app.run_gui(target, actor=actor, exit_when_shown=True)
instance = QApplication.instance()
print("FIT", instance.findChild(screen_fit.ScreenFit) is not None, "GC", gc.isenabled(), "AT", fitted)
sys.exit(code)
"""


def test_what_the_first_paint_does_not_need_comes_right_after_it(sqlite_db, audited_actors, tmp_path):
    # The dialog watch (ui.screen_fit) and the garbage collector are put off until the first page has
    # painted, and then they are on: a dialog opened from the window is fitted to the screen.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(tmp_path / "child"))
    done = subprocess.run([sys.executable, "-c", AFTER_START, str(sqlite_db.path), TEST_PASSWORD], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[-3:]] == ["INTERACTIVE", "SHOWN", "FIT"], done.stdout
    assert lines[-1] == "FIT True GC True AT [False]", done.stdout  # installed once, before the collector was back


# Widget classes nothing on the start path uses. PySide creates a class (and its enums) the first
# time it is needed; finding the type of a plain QWidget that Qt made (a scroll area's viewport
# read with viewport()) makes it create every QWidget subclass of QtWidgets at once, these too.
NEVER_ON_THE_FIRST_PAGE = ("QCalendarWidget", "QMdiArea", "QLCDNumber", "QDial", "QFontDialog")
UNTIL_USABLE = """
import gc, sys
import PySide6.QtWidgets as widgets
from common import auth, db as dbmod
from common.clock import branch_now
from ui import app

gc.disable()  # as main.py does while the program starts
dbmod.open_database(dbmod.Target("sqlite", path=sys.argv[1]))
actor = auth.authenticate(sys.argv[3], sys.argv[2], branch_now())
real_cpu_seconds = app.cpu_seconds

def at_interactive():  # called for the INTERACTIVE line, once the first page has painted
    print("CREATED", sorted(name for name in sys.argv[4].split(",") if name in vars(widgets)), flush=True)
    return real_cpu_seconds()


def counting():  # the idle lock counts from the start on, as set
    from ui.main_window import MainWindow

    window = next(w for w in app.QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print("COUNTING", window.idle_watch.timer.isActive(), window.idle_watch.timer.interval(), flush=True)

app.cpu_seconds = at_interactive
app.start_up_done = lambda real=app.start_up_done: (real(), counting())  # the last thing after the first paint
sys.exit(app.run_gui(dbmod.Target("sqlite", path=sys.argv[1]), actor=actor, exit_when_shown=True))
"""


@pytest.mark.parametrize("username, idle_minutes", [("clerk", 0), ("admin", 0), ("clerk", 5)])
def test_the_first_page_paints_without_making_pyside_create_every_widget_class(
        sqlite_db, audited_actors, tmp_path, username, idle_minutes):
    # 今日's card area and its activity table (ui.table_model's column fitting) leave the viewports
    # Qt made alone until the window is up: reading one before the first paint cost ~20 ms. A PC
    # with the idle lock on (设置) starts watching the input once the window has painted: that
    # watch is an application-wide Python event filter, which before the paint cost ~50 ms.
    data = tmp_path / "child"
    data.mkdir()
    (data / "ui.ini").write_text(f"[security]\nidle_lock_minutes={idle_minutes}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(data))
    done = subprocess.run([sys.executable, "-c", UNTIL_USABLE, str(sqlite_db.path), TEST_PASSWORD, username,
                           ",".join(NEVER_ON_THE_FIRST_PAGE)],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    created = [line for line in done.stdout.splitlines() if line.startswith("CREATED")]
    assert created == ["CREATED []"], done.stdout
    counting = [line for line in done.stdout.splitlines() if line.startswith("COUNTING")]
    assert counting == [f"COUNTING {bool(idle_minutes)} {idle_minutes * 60_000}"], done.stdout

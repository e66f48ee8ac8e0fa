"""``main.py --self-test``: prove that this installation works, offscreen, without touching the
user's data.

It uses a temporary data directory and database, then: migrates the database to the current schema
and logs in a first admin; builds the main window and every page; writes a PDF with Chinese text and
reads it back (the bundled font must be embedded); round-trips an xlsx. Exit 0 only if all of it
worked. The installed program (PyInstaller build) runs this in CI, which is how a missing data file
or module in the bundle is caught before a clerk finds it.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from pathlib import Path

from common.clock import branch_now

def run_self_test(lang: str | None = None, report=print) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-selftest-"))
    os.environ["BRANCHDESK_DATA_DIR"] = str(folder / "data")
    failures = 0

    def step(name: str, action) -> None:
        nonlocal failures
        try:
            detail = action()
            report(f"OK    {name}" + (f": {detail}" if detail else ""))
        except Exception:  # noqa: BLE001 - a self-test reports every failure, whatever it is
            failures += 1
            report(f"FAIL  {name}\n{traceback.format_exc()}")

    state: dict = {}
    try:
        step("database", lambda: _database(folder, state))
        step("main window and pages", lambda: _window(state, lang))
        step("PDF with Chinese text", lambda: _pdf(folder))
        step("xlsx round trip", lambda: _xlsx(folder))
    finally:
        from common import db as dbmod

        window = state.get("window")
        if window is not None:
            window.close()
        dbmod.close_database()
        shutil.rmtree(folder, ignore_errors=True)
    report("self-test passed" if failures == 0 else f"self-test FAILED: {failures} step(s)")
    return 0 if failures == 0 else 1


def _database(folder: Path, state: dict) -> str:
    from common import auth, db as dbmod, schema

    now = branch_now()
    target = dbmod.Target("sqlite", path=folder / "self-test.sqlite3")
    dbmod.open_database(target, create=True)
    applied = schema.upgrade(target, now)
    auth.create_first_admin("selftest", "自检", "self-test-password", now)
    state["target"] = target
    state["actor"] = auth.authenticate("selftest", "self-test-password", now)
    return f"{len(applied)} migrations, schema v{schema.status().version}"


def _window(state: dict, lang: str | None) -> str:
    from ui.app import create_app
    from ui.main_window import PAGES, MainWindow

    app = create_app(lang=lang)
    window = MainWindow(state["actor"], state["target"])
    state["window"] = window
    window.show()
    for page in PAGES:
        widget = window.show_page(page.key)
        app.processEvents()
        if widget is None or not widget.isVisible():
            raise RuntimeError(f"page {page.key} did not show")
    return f"{len(PAGES)} pages"


def _pdf(folder: Path) -> str:
    from common import pdf

    return pdf.self_test(folder)


def _xlsx(folder: Path) -> str:
    from common import excel

    return excel.self_test(folder)

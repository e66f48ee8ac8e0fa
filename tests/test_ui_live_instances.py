"""Two instances of the desktop app on one database see each other's postings (issue 17, "Done
when"), on a SQLite file and on a PostgreSQL server.

The second instance is a child process running the real main window offscreen: its clerk keys a
shipment in the document form and posts it; this process's open documents list shows it within 2 s.
Then this process posts, and the child's open documents list shows that within 2 s (it says so on
its output). Each instance has its own connections, as two PCs would."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

from ledger.posting import Draft, post
from tests.clerks import ROOT, spec_of, stock_branch
from tests.test_ui_live import delete_window, settings, source_numbers  # noqa: F401 - settings: the autouse fixture
from ui.main_window import MainWindow

LIVE_BOUND_MS = 2000

# The other PC's app: posts through its form, then waits for the line "watch NUMBER" and reports
# "seen" once its own documents list shows NUMBER (or "not seen" after the bound).
SECOND_INSTANCE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import datetime
from PySide6.QtWidgets import QApplication
app = QApplication([])
from common import db as dbmod
from common.actor import Actor
from common.models import User
from ui import i18n, runner
from ui.main_window import MainWindow
from tests.test_ui_live import source_numbers
target = dbmod.parse_target(sys.argv[1], None)
dbmod.open_database(target)
i18n.install("zh")
window = MainWindow(Actor(User.get(User.username == "clerk"), datetime.now()), target)
window.resize(1366, 768)
window.show()
page = window.show_page("parts")
page.show_tab("documents")
shown = lambda: source_numbers(page.tab["documents"].view)  # the page rebuilt its list after its own posting
form = page.open_form("HQ_SHIP")
form.party_combo.setCurrentIndex(form.party_combo.findData("HQ"))
form.source_edit.setText("FROM-SECOND")
form.part_edit.setText("P01")
form.part_entered()
form.qty_edit.setText("3")
form.qty_entered()
form.post_document()
while runner.running() or form.last_result is None:
    app.processEvents()
    time.sleep(0.01)
print("posted", form.last_result.number, flush=True)
number = sys.stdin.readline().split()[1]
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline and number not in shown():
    app.processEvents()
    time.sleep(0.01)
print("seen" if number in shown() else "not seen", flush=True)
window.live.stop()
dbmod.close_database()
"""


def test_two_app_instances_on_one_database_see_each_others_postings(qtbot, db, actors, tmp_path):
    stock_branch(actors, ["P01", "P02"], 100)
    window = MainWindow(actors["clerk"], db)
    window.resize(1366, 768)
    window.show()
    view = window.show_page("parts").show_tab("documents").view
    qtbot.waitUntil(view.table.isVisible)
    view.table.selectRow(1)
    picked = view.current_key()

    env = dict(os.environ, PYTHONPATH=str(ROOT), BRANCHDESK_DATA_DIR=str(tmp_path / "second"))
    second = subprocess.Popen([sys.executable, "-c", SECOND_INSTANCE, spec_of(db), str(LIVE_BOUND_MS / 1000)],
                              cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        said = second.stdout.readline().split()
        assert said[:1] == ["posted"], second.stderr.read() if second.poll() is not None else said
        qtbot.waitUntil(lambda: "FROM-SECOND" in source_numbers(view), timeout=LIVE_BOUND_MS)
        assert view.current_key() == picked

        post(actors["clerk"].at(datetime.now()), Draft("HQ_SHIP", datetime.now().date(), "HQ", "FROM-FIRST",
                                                       lines=[("P02", 1)]))
        second.stdin.write("watch FROM-FIRST\n")
        second.stdin.flush()
        assert second.stdout.readline().strip() == "seen"
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0 and "Traceback" not in err, err
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
        delete_window(window)

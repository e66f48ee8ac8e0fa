"""The 活动 page open on this PC shows a sign-up another PC records (a child process with its own
connection), keeping the selected event, on SQLite and PostgreSQL. The wait is the bound the live
views promise (2 s plus the poll), not a benchmark."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime

from archive import events
from tests.clerks import ROOT, spec_of
from tests.test_callbacks_domain import car
from tests.test_events_domain import person
from tests.test_ui_live import delete_window, settings  # noqa: F401  (the autouse fixture)
from ui.main_window import MainWindow

OTHER_PC = r"""
import sys
from datetime import datetime
from common import db as dbmod
from common.actor import Actor
from common.models import User
from archive import events
dbmod.open_database(dbmod.parse_target(sys.argv[1], None))
clerk = Actor(User.get(User.username == "clerk"), datetime(2026, 11, 23, 11, 0))
events.sign_up(clerk, int(sys.argv[2]), int(sys.argv[3]))
dbmod.close_database()
"""


def test_a_sign_up_on_another_pc_shows_on_the_open_page(qtbot, db, actors):
    clerk = actors["clerk"].at(datetime(2026, 11, 23, 10, 0))
    zhang = person(clerk, "张伟", "13803711234", "河南省郑州市金水路1号")
    car(clerk, zhang, date(2025, 5, 1))
    first = events.plan(clerk, kind="lecture", title="保养讲座", held_on=date(2026, 12, 10), capacity=5)
    second = events.plan(clerk, kind="party", title="车主联谊会", held_on=date(2026, 12, 20), capacity=5)
    events.add_invitees(clerk, first, [zhang.id])
    events.record_invitation(clerk, first, [zhang.id], "phone")
    window = MainWindow(actors["clerk"], db)  # deleted by delete_window below, while the database is there
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = window.show_page("events")
        page.events_list.select_key(first)
        assert "报名 0/5" in page.list_label.text()
        done = subprocess.run([sys.executable, "-c", OTHER_PC, spec_of(db), str(first), str(zhang.id)], cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: "报名 1/5" in page.list_label.text(), timeout=4000)
        assert page.events_list.current_key() == first and second != first
    finally:
        delete_window(window)

"""ui.runner: one runner for every page action - refusals in the message line, long work off the GUI
thread (the event loop keeps running), bugs shown and reported, cancel rolls back."""
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from common.db import database
from common.errors import Refusal
from common.models import User
from tests.conftest import NOW
from ui import runner
from ui.runner import run_op


class Page(QWidget):
    def __init__(self):
        super().__init__()
        self.message = QLabel()
        self.refreshed = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)


@pytest.fixture
def page(qtbot):
    widget = Page()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not runner.running(), timeout=10000)


def _refuse():
    raise Refusal("auth.wrong_old_password")


@pytest.mark.parametrize("long", [False, True])
def test_a_refusal_lands_in_the_message_line_in_red_and_nothing_is_refreshed(qtbot, page, long):
    op = run_op(page, _refuse, message_line=page.message, long=long, on_done=page.refreshed.append,
                success=lambda r: "done")
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert page.message.text() == "原密码不正确。"
    assert page.message.property("role") == "error"
    assert page.refreshed == [] and not op.ok and op.refusal.code == "auth.wrong_old_password"


def test_success_says_so_and_refreshes_in_the_gui_thread(qtbot, page):
    threads = []
    op = run_op(page, lambda: threading.get_ident(), message_line=page.message, long=True,
                success=lambda ident: "已保存。",
                on_done=lambda ident: threads.append((ident, threading.get_ident())))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    worker, gui = threads[0]
    assert worker != gui == threading.main_thread().ident  # ran in a worker, delivered in the GUI thread
    assert page.message.text() == "已保存。" and page.message.property("role") == "hint"


def test_a_long_op_does_not_block_the_event_loop(qtbot, page):
    # The action waits for an event that only a GUI-thread timer sets: if the op blocked the event
    # loop, the timer could never fire and the action would time out and return False.
    released = threading.Event()
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    QTimer.singleShot(100, released.set)
    op = run_op(page, lambda: released.wait(5), message_line=page.message, long=True, on_done=page.refreshed.append)
    assert not op.done  # run_op returned before the work was done
    qtbot.waitUntil(lambda: op.done, timeout=8000)
    timer.stop()
    assert page.refreshed == [True]
    assert len(ticks) >= 5


def test_the_progress_dialog_shows_the_message_while_a_long_op_runs(qtbot, page):
    released = threading.Event()
    op = run_op(page, lambda: released.wait(10), long=True, message="正在生成日报…")
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
    assert op.dialog.labelText() == "正在生成日报…"
    assert op.dialog.findChild(QPushButton) is None  # not cancellable: no cancel button
    released.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert not any(d.isVisible() for d in page.findChildren(QProgressDialog))


@pytest.mark.parametrize("long", [False, True])
def test_an_exception_is_shown_and_reported_not_swallowed(qtbot, page, long):
    def broken():
        raise ValueError("column 7 is not a date")

    with qtbot.capture_exceptions() as exceptions:
        op = run_op(page, broken, message_line=page.message, long=long, on_done=page.refreshed.append)
        qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert "ValueError: column 7 is not a date" in page.message.text()
    assert page.message.property("role") == "error"
    assert [type(exc) for _, exc, _ in exceptions] == [ValueError]
    assert page.refreshed == []


def test_cancel_stops_the_work_and_rolls_it_back(qtbot, page, sqlite_db):
    # The action writes users one by one in one transaction, reporting progress; the clerk presses
    # 取消 on the progress dialog; nothing of it stays in the database.
    from common import db

    started = threading.Event()

    def add_users(progress):
        with db.atomic():
            for n in range(2000):
                User.create(username=f"bulk{n}", display_name="x", role="clerk", password_hash="x", created_at=NOW)
                started.set()
                progress(n + 1, 2000)
                threading.Event().wait(0.005)
        return "finished"

    cancelled = []
    op = run_op(page, add_users, message_line=page.message, long=True, cancellable=True,
                message="正在导入…", on_done=page.refreshed.append, on_cancelled=lambda: cancelled.append(1))
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
    assert started.is_set()
    cancel_button = op.dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    qtbot.waitUntil(lambda: op.dialog.maximum() == 2000, timeout=5000)  # a real bar, not just busy
    cancel_button.click()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert op.cancelled and cancelled == [1] and page.refreshed == []
    assert "已取消" in page.message.text()
    assert User.select().where(User.username.startswith("bulk")).count() == 0


def test_the_worker_reads_the_database_on_its_own_connection_and_closes_it(qtbot, page, sqlite_db):
    User.create(username="clerk", display_name="王丽", role="clerk", password_hash="x", created_at=NOW)
    seen = []

    def count():
        seen.append(database.obj.connection())
        return User.select().count()

    op = run_op(page, count, long=True)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert op.result == 1
    assert seen[0] is not database.obj.connection()  # not the GUI thread's connection
    assert User.select().count() == 1  # the GUI thread's connection still works


def test_a_second_long_op_on_a_busy_window_is_refused_with_a_message(qtbot, page):
    released = threading.Event()
    first = run_op(page, lambda: released.wait(10), long=True)
    assert runner.busy(page)
    second = run_op(page, lambda: "again", message_line=page.message, long=True)
    assert second is None and "还在进行" in page.message.text()
    released.set()
    qtbot.waitUntil(lambda: first.done, timeout=5000)
    assert not runner.busy(page)

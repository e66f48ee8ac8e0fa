"""One runner for every page action (the way Anki's ``CollectionOp`` in qt/aqt/operations/ does it).

A page action is one domain call plus what the page does with its outcome. A page never writes
its own try/except around a domain call; it hands the call to ``run_op``:

    from ui.runner import run_op

    def sign(self):
        actor, day, shown = self.actor(), self.day, self.shown_hash   # read widgets HERE (GUI thread)
        run_op(self, lambda: daily.sign_finance(actor, day, password, shown),
               message_line=self.message,                  # a QLabel, or a callable say(text, error)
               success=lambda result: self.tr("已签字。"),   # text for the message line (optional)
               on_done=lambda result: self.show_day(day),  # refresh what changed (GUI thread)
               long=True, message=self.tr("正在签字…"))     # off the GUI thread, with a progress dialog

What happens:

- ``long=False`` (the default, for quick calls): the action runs at once in the GUI thread and the
  returned ``Op`` is already finished (``op.ok``, ``op.result``, ``op.refusal``, ``op.error``).
- ``long=True``: the action runs in a worker thread (QThreadPool); ``run_op`` returns at once and the
  event loop keeps running, so the window repaints and timers tick. After ``PROGRESS_DELAY_MS`` a
  window-modal progress dialog (busy bar, or a real bar when the action reports progress) shows
  ``message``; it also stops a second click from starting the same work twice. The outcome is
  delivered back in the GUI thread.
- A ``Refusal`` (common.errors) becomes ``refusal_text`` in the message line, in red (property
  ``role="error"``, styled by ui/style.py). ``on_refused(refusal)`` may add more (e.g. a problems
  table); ``on_done`` is not called.
- Success: ``success(result)`` (if given) goes to the message line as a hint, then ``on_done(result)``
  refreshes the page.
- Any other exception is a bug: its text goes to the message line and it is handed to
  ``sys.excepthook`` (the app's crash report; pytest-qt fails the test), never swallowed.
- ``cancellable=True`` (implies ``reports_progress=True``): the action is called as
  ``action(progress)`` with a ``Progress``; the domain calls ``progress(done, total)`` now and then,
  which raises ``Cancelled`` once the clerk pressed 取消 - inside the domain's ``atomic()`` that rolls
  the whole operation back. Then ``on_cancelled()`` runs and the message line says 已取消.
  ``reports_progress=True`` without cancel gives the progress bar only. ``Progress`` is plain Python:
  the domain may take it without importing Qt.

Rules for a long action (it runs in another thread):

- It must never touch a widget, a QPixmap or the page: read every input (actor, day, path, text of
  an edit) in the GUI thread *before* ``run_op`` and close over the values. QImage, QPainter on a
  QImage/QPrinter/QPdfWriter and QPdfDocument created inside the action are fine (Qt allows those in
  threads).
- The database connection is per thread (peewee keeps one connection per thread for SQLite and
  PostgreSQL): the worker connects on first use and the runner closes that connection when the
  action ends, so no connection leaks and SQLite never sees a connection shared across threads.
- One long op at a time per window: ``run_op`` on a window that is already busy does nothing,
  says so in the message line and returns None. ``busy(widget)`` tells whether one is running.
- The garbage collector: when a long op starts, every object alive at that moment (pages, models,
  caches: the session's working set) is frozen (``gc.freeze``), as the start-up heap is after the
  first paint (ui.app.start_up_done). A full collection the worker triggers then scans only what
  the op itself allocated; over a 300,000-object heap (a 10,000-line import's preview) one costs
  100-130 ms with the GIL held, the window frozen meanwhile. Frozen objects are still freed by
  reference counting; only reference cycles that were already garbage when the op started are
  kept (about 1,000 objects over a whole bench session of produce, print, sign, import, export).
- The GIL: while any worker runs, Python's switch interval is 1 ms instead of 5 ms (restored when
  the last one ends). The GUI thread takes the GIL back for every Python callback of an event
  (a model's ``data()``, an event filter, a timer); each time the worker holds it, the GUI thread
  waits up to the interval, and a repaint needing a few dozen callbacks added up to 100-250 ms
  with the default (bench_ui_ops: produce and the manager's signature under load).
- ``modal=False`` is for read-only background work the clerk did not ask for by a click (a PDF
  preview filled in when a tab is shown): no progress dialog and the window is not made busy;
  ``message`` goes to the message line while it runs. The page must check, when it is delivered,
  that the result still belongs to what is shown (the clerk may have moved on).

Tests wait for a long op with ``qtbot.waitUntil(lambda: op.done)`` or, for everything a click
started, ``qtbot.waitUntil(lambda: not runner.running())``; the ``sqlite_db`` / ``db`` fixtures
call ``wait_all()`` before closing the database, so no op outlives its test.
"""
from __future__ import annotations

import gc
import sys
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from common.errors import Refusal

PROGRESS_DELAY_MS = 300  # quick ops finish before the dialog would flash up
PROGRESS_EMIT_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the event loop
WORKER_SWITCH_INTERVAL_S = 0.001  # sys.setswitchinterval while a worker runs (see the module docstring)


class Cancelled(Exception):
    """Raised inside the action by ``Progress`` after the clerk cancelled; rolls back the transaction."""


class Progress:
    """Handed to an action that reports progress. Thread-safe, Qt-free.

    ``progress(done, total)`` (or ``progress.update(...)``) records how far the work is and raises
    ``Cancelled`` if cancel was requested; ``progress.check()`` only checks.
    """

    def __init__(self, notify: Callable[[int, int], None] | None = None):
        self._cancel = threading.Event()
        self._notify = notify
        self._last_emit = 0.0
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int = 0) -> None:
        self.done, self.total = done, total
        now = time.monotonic()
        if self._notify is not None and (now - self._last_emit >= PROGRESS_EMIT_INTERVAL_S or done >= total > 0):
            self._last_emit = now
            self._notify(done, total)
        self.check()

    __call__ = update


def show_message(message_line, text: str, *, error: bool) -> None:
    """Put ``text`` in a page's message line: a QLabel (role error/hint) or a say(text, error) callable."""
    if message_line is None:
        return
    if isinstance(message_line, QLabel):
        message_line.setProperty("role", "error" if error else "hint")
        message_line.style().unpolish(message_line)  # re-apply the stylesheet for the new role
        message_line.style().polish(message_line)
        message_line.setText(text)
        message_line.show()
    else:
        message_line(text, error=error)


class PageActions:
    """The message line and the actions of a page or dialog, written once (pages do not write their
    own ``say``/``run``). For a widget with a QLabel ``self.message``:

    - ``say(text)``: a hint in the message line; ``say(text, error=True)``: an error (red).
    - ``run(action, success)``: ``run_op`` with that message line (``success`` a text, or a function
      of the result giving one; any other ``run_op`` option such as ``long=True`` passes through),
      then ``self.refresh()``; if ``kept_view()`` gives a list (a TableView), the row that was
      current when the action started is selected again.

    Put it first in the bases: ``class UsersPanel(PageActions, Retranslating, QWidget)``.
    """

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def kept_view(self):
        """The list whose current row stays selected across ``run``'s refresh (None: no list)."""
        return None

    def run(self, action: Callable, success: str | Callable[[Any], str] | None = None, **options) -> "Op | None":
        view = self.kept_view()
        key = view.current_key() if view is not None else None

        def refreshed(_result) -> None:
            self.refresh()
            if key is not None:
                view.select_key(key)

        text = success if callable(success) or success is None else (lambda _result, said=success: said)
        return run_op(self, action, success=text, on_done=refreshed, message_line=self.message, **options)


def _alive(obj) -> bool:
    try:
        import shiboken6

        return obj is not None and shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover - shiboken6 ships with PySide6
        return obj is not None


def _close_thread_connection() -> None:
    """Close the worker thread's own database connection (peewee keeps one per thread)."""
    from common.db import database

    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


class _Signals(QObject):
    # Emitted from the worker; the receivers live in the GUI thread, so delivery is queued there.
    progressed = Signal(int, int)
    ended = Signal()


class _Job(QRunnable):
    def __init__(self, op: "Op"):
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        op = self.op
        try:
            op._execute()
        finally:
            try:
                _close_thread_connection()
            finally:
                op._signals.ended.emit()


_RUNNING: dict[int, "Op"] = {}  # window id -> its long op (also keeps the Op alive until it ends)
_BACKGROUND: set["Op"] = set()  # long ops with modal=False (kept alive until they end)
_WORKERS = [0, None]  # long ops whose worker has not been delivered yet; the switch interval before the first


def _worker_started() -> None:
    if _WORKERS[0] == 0:
        _WORKERS[1] = sys.getswitchinterval()
        sys.setswitchinterval(min(_WORKERS[1], WORKER_SWITCH_INTERVAL_S))
    _WORKERS[0] += 1


def _worker_ended() -> None:
    _WORKERS[0] -= 1
    if _WORKERS[0] == 0:
        sys.setswitchinterval(_WORKERS[1])


class Op(QObject):
    """One run of an action. ``finished`` is emitted (in the GUI thread) after every callback ran."""

    finished = Signal()

    def __init__(self, parent: QWidget, action: Callable, *, success, on_done, on_refused, on_cancelled,
                 message_line, long: bool, cancellable: bool, reports_progress: bool, message: str | None,
                 modal: bool = True):
        super().__init__()
        self.parent_widget = parent
        self.action = action
        self.success, self.on_done, self.on_refused, self.on_cancelled = success, on_done, on_refused, on_cancelled
        self.message_line = message_line
        self.long, self.cancellable = long, cancellable
        self.reports_progress = reports_progress or cancellable
        self.message = message
        self.modal = modal
        self.result: Any = None
        self.refusal: Refusal | None = None
        self.error: BaseException | None = None
        self.error_info = None
        self.cancelled = False
        self.done = False
        self.progress: Progress | None = None
        self.dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._window_key: int | None = None

    @property
    def ok(self) -> bool:
        return self.done and self.refusal is None and self.error is None and not self.cancelled

    # -- in whichever thread runs the action --------------------------------------------------------

    def _execute(self) -> None:
        try:
            self.result = self.action(self.progress) if self.reports_progress else self.action()
        except Cancelled:
            self.cancelled = True
        except Refusal as refusal:
            self.refusal = refusal
        except Exception as exc:  # noqa: BLE001 - a bug: reported in the GUI thread, not swallowed
            from common.db import refusal_for

            # A server that went away (or stayed busy) is not a bug: the clerk is told, and the
            # next operation reconnects.
            self.refusal = refusal_for(exc)
            if self.refusal is None:
                self.error = exc
                self.error_info = sys.exc_info()

    # -- GUI thread -----------------------------------------------------------------------------

    def _start(self) -> None:
        if self.reports_progress:
            self.progress = Progress(notify=self._signals.progressed.emit if self.long else None)
        if not self.long:
            self._execute()
            self._deliver()
            return
        self._signals.progressed.connect(self._show_progress)
        self._signals.ended.connect(self._ended)
        gc.freeze()  # see the module docstring: the worker's collections scan only its own objects
        _worker_started()
        if self.modal:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._open_dialog)
        elif self.message:
            show_message(self.message_line, self.message, error=False)
        QThreadPool.globalInstance().start(_Job(self))

    def _open_dialog(self) -> None:
        if self.done or not _alive(self.parent_widget):
            return
        dialog = QProgressDialog(self.parent_widget.window())
        dialog.setWindowTitle(QCoreApplication.translate("Runner", "请稍候"))
        dialog.setLabelText(self.message or QCoreApplication.translate("Runner", "正在处理…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self.progress is not None and self.progress.total:
            dialog.setRange(0, self.progress.total)
            dialog.setValue(self.progress.done)
        else:
            dialog.setRange(0, 0)  # busy bar until the action reports a total
        if self.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Runner", "取消"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        dialog.show()

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    def cancel(self) -> None:
        """Ask the action to stop (it stops at its next ``progress(...)`` call)."""
        if self.progress is not None and not self.done:
            self.progress.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(QCoreApplication.translate("Runner", "正在取消…"))

    def _ended(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if _RUNNING.get(self._window_key) is self:
            del _RUNNING[self._window_key]
        _BACKGROUND.discard(self)
        _worker_ended()
        self._deliver()

    @staticmethod
    def _report_bug(line, error: BaseException, info) -> None:
        show_message(line, QCoreApplication.translate("Runner", "操作失败（程序错误）：{error}").format(
            error=f"{type(error).__name__}: {error}"), error=True)
        sys.excepthook(*info)

    def _deliver(self) -> None:
        self.done = True
        parent_alive = _alive(self.parent_widget)
        line = self.message_line if parent_alive and (not isinstance(self.message_line, QObject)
                                                      or _alive(self.message_line)) else None
        try:
            if self.error is not None:
                self._report_bug(line, self.error, self.error_info)
            elif self.refusal is not None:
                from ui.messages import refusal_text

                show_message(line, refusal_text(self.refusal), error=True)
                if self.on_refused is not None and parent_alive:
                    self.on_refused(self.refusal)
            elif self.cancelled:
                show_message(line, QCoreApplication.translate("Runner", "已取消，未作任何更改。"), error=False)
                if self.on_cancelled is not None and parent_alive:
                    self.on_cancelled()
            elif parent_alive:
                if self.success is not None:
                    show_message(line, self.success(self.result), error=False)
                if self.on_done is not None:
                    self.on_done(self.result)
        except Exception as exc:  # noqa: BLE001 - a callback's bug is reported like the action's
            self._report_bug(line, exc, sys.exc_info())
        finally:
            self.finished.emit()


def busy(widget: QWidget) -> bool:
    """True while a long op started from ``widget``'s window is running."""
    return _alive(widget) and id(widget.window()) in _RUNNING


def running() -> list[Op]:
    """Every long op still running (for tests and for closing the app)."""
    return list(_RUNNING.values()) + list(_BACKGROUND)


def wait_all(timeout_s: float = 60) -> bool:
    """Process events until every long op has been delivered (tests, before closing the database).
    Returns False if some were still running after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while running() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    QCoreApplication.processEvents()
    return not running()


def run_op(parent: QWidget, action: Callable, *, success: Callable[[Any], str] | None = None,
           on_done: Callable[[Any], None] | None = None, on_refused: Callable[[Refusal], None] | None = None,
           on_cancelled: Callable[[], None] | None = None, message_line=None, long: bool = False,
           cancellable: bool = False, reports_progress: bool = False, message: str | None = None,
           modal: bool = True) -> Op | None:
    """Run ``action`` for ``parent``'s page; see the module docstring. Returns the ``Op`` (None if busy)."""
    op = Op(parent, action, success=success, on_done=on_done, on_refused=on_refused, on_cancelled=on_cancelled,
            message_line=message_line, long=long, cancellable=cancellable, reports_progress=reports_progress,
            message=message, modal=modal)
    if long and not modal:
        _BACKGROUND.add(op)
    elif long:
        key = id(parent.window())
        if key in _RUNNING:
            show_message(message_line, QCoreApplication.translate("Runner", "上一个操作还在进行，请稍候。"), error=True)
            return None
        op._window_key = key
        _RUNNING[key] = op
    op._start()
    return op

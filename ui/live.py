"""Live views: open pages refresh when another PC (or this program's background work) commits a
change they show.

The main window starts one feed for its database (``start``); a page registers itself once with the
topics it shows (common.changes) and the method that re-reads them (``register``). The feed polls a
``common.changes.Listener`` on a timer: on PostgreSQL that only reads notifications already on the
listener's socket, so it polls often; on SQLite it reads ``PRAGMA data_version``, about once a
second. A page in view refreshes at once; a page not in view (another page of the stack, a
minimised window) is marked and refreshes when it is next shown, so a change no one looks at costs
nothing. The refresh methods keep the clerk's selection and scroll position (TableView.refresh_kept).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from shiboken6 import isValid

from common import changes

SQLITE_INTERVAL_MS = 1000  # a PRAGMA on the listener's own connection
POSTGRESQL_INTERVAL_MS = 250  # a non-blocking read of the listener's socket


class _Entry(QObject):
    """One registered page: refreshes now if shown, else when it is next shown."""

    def __init__(self, widget, topics, refresh: Callable[[], None]):
        super().__init__(widget)  # gone with the page
        self.widget = widget
        self.topics = frozenset(topics)
        self.refresh = refresh
        self.pending = False
        widget.installEventFilter(self)

    def wants(self, topics: set[str]) -> bool:
        return changes.ALL in topics or bool(self.topics & topics)

    def changed(self) -> None:
        if self.widget.isVisible():
            self.pending = False
            self.refresh()
        else:
            self.pending = True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            # After the show completes, so the page's own showEvent work comes first.
            QTimer.singleShot(0, self, self._refresh_if_shown)
        return False

    def _refresh_if_shown(self) -> None:
        if self.widget.isVisible():
            self.refresh()


_entries: list[_Entry] = []
_feed: "Feed | None" = None


def register(widget, topics, refresh: Callable[[], None]) -> None:
    """``refresh`` is called when a change of one of ``topics`` is committed anywhere: at once while
    ``widget`` is visible, else when it is shown next. Registrations last as long as the widget."""
    _entries.append(_Entry(widget, topics, refresh))


def _live_entries() -> list[_Entry]:
    _entries[:] = [entry for entry in _entries if isValid(entry) and isValid(entry.widget)]
    return list(_entries)


def dispatch(topics: set[str]) -> None:
    """Hand ``topics`` (changed) to every registered page that shows one of them."""
    if not topics:
        return
    for entry in _live_entries():
        if entry.wants(topics):
            entry.changed()


class Feed(QObject):
    """The timer that polls the listener and dispatches what it reports."""

    def __init__(self, target, parent=None, interval_ms: int | None = None):
        super().__init__(parent)
        self.listener = changes.Listener(target)
        self.listener.poll()  # connects; what was committed before now is already on screen
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or (SQLITE_INTERVAL_MS if self.listener.is_sqlite else POSTGRESQL_INTERVAL_MS))
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.destroyed.connect(self.listener.close)

    def poll(self) -> None:
        dispatch(self.listener.poll())

    def stop(self) -> None:
        self.timer.stop()
        self.listener.close()


def start(target, parent=None, interval_ms: int | None = None) -> Feed:
    """Start (or restart, for another database) the program's one feed."""
    global _feed
    stop()
    _feed = Feed(target, parent, interval_ms)
    return _feed


def stop() -> None:
    global _feed
    if _feed is not None and isValid(_feed):
        _feed.stop()
    _feed = None

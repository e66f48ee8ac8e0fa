"""The change feed: which kinds of record another clerk's PC (or this one) has just committed.

Open pages refresh what they show when a change they display is committed anywhere (ui.live wraps
this module for the desktop app). A change is named by a *topic*: "ledger" (documents, postings,
reversals, imports, parts, parties, drafts, stocktakes, statements), "daily" (a day produced,
printed, signed or reopened), "archive" (customers, vehicles, visits, complaints, callbacks, archive
boxes and scans), else the audited entity's own name ("user", "setting", "holiday", ...).

Every change writes an audit row in its own transaction (common.audit), so the audit log is where
the feed learns what changed:

* PostgreSQL: ``common.audit.append_rows`` calls ``notify`` with the topics of the rows it appends;
  ``NOTIFY branchdesk_change, '<topic>'`` is sent from inside the writer's transaction, so the server
  delivers it only when that transaction commits (a rolled-back posting announces nothing). A
  ``Listener`` holds a connection of its own that LISTENs; ``poll`` reads what arrived without
  waiting.
* SQLite has no notifications. A ``Listener`` keeps a connection of its own and reads
  ``PRAGMA data_version``, which changes when any other connection (another PC's, this program's
  worker threads') has committed to the file; only then it reads which entities the audit rows
  written since carry.

A listener that cannot read (the server restarted, the file is busy) reconnects at its next poll and
then reports every topic as changed, since notifications sent meanwhile are lost.
"""
from __future__ import annotations

import os
import sqlite3

CHANNEL = "branchdesk_change"
ALL = "*"  # reported when what changed is unknown (a listener that reconnected): refresh everything

ARCHIVE_ENTITIES = frozenset({"archive", "archive_box", "callback", "care_done", "complaint", "customer",
                              "repair_visit", "scan", "vehicle"})


def topic_of(entity: str) -> str:
    """The topic an audited entity's change belongs to."""
    if entity.startswith("ledger"):
        return "ledger"
    if entity.startswith("daily"):
        return "daily"
    if entity in ARCHIVE_ENTITIES:
        return "archive"
    return entity


def notify(*topics: str) -> None:
    """Announce, from inside the writer's transaction, that records of these topics change when it
    commits. On SQLite nothing is sent (listeners watch the file itself)."""
    from common.db import database, is_sqlite

    if database.obj is None or is_sqlite():
        return
    for topic in sorted(set(topics)):
        # pg_notify takes the payload as a parameter (NOTIFY itself does not); the server folds
        # identical notifications of one transaction into one.
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, topic))


def notify_entities(entities) -> None:
    notify(*{topic_of(entity) for entity in entities if entity})


class Listener:
    """What other connections committed since the last ``poll`` (see the module docstring). Made
    for the target the program has open; its connection is its own, so nothing it does touches the
    program's transactions. ``poll`` never blocks and never raises for a lost connection."""

    def __init__(self, target):
        self.target = target
        self._conn = None
        self._sqlite_version = None
        self._last_audit_id = 0
        self._lost = False
        self._file_id = None
        self._pg_params = None

    @property
    def is_sqlite(self) -> bool:
        return getattr(self.target, "kind", "sqlite") == "sqlite"  # a target that cannot be read: polls fail quietly

    def _connect(self) -> None:
        if self.is_sqlite:
            # Autocommit (isolation_level=None): each statement its own read, no snapshot held open
            # that would keep the WAL from being checkpointed.
            self._file_id = self._sqlite_file_id()
            conn = sqlite3.connect(str(self.target.path), isolation_level=None, check_same_thread=False, timeout=1)
            cursor = conn.cursor()
            self._sqlite_version = cursor.execute("PRAGMA data_version").fetchone()[0]
            self._last_audit_id = cursor.execute("SELECT MAX(id) FROM audit_log").fetchone()[0] or 0
        else:
            import psycopg2

            if self._pg_params is None:
                from common.db import current

                db = current()
                # The program's own connection keywords (the password it was given included), so
                # the listener reaches the same server as the same user without asking again; kept,
                # so a reconnect goes to this database whatever the program opened since.
                self._pg_params = dict(db.connect_params, dbname=db.database)
            conn = psycopg2.connect(**self._pg_params)
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def start(self) -> "Listener":
        self._connect()
        return self

    def fileno(self) -> int | None:
        """The PostgreSQL connection's socket (readable when a notification arrives), else None."""
        if self._conn is None or self.is_sqlite:
            return None
        return self._conn.fileno()

    def poll(self) -> set[str]:
        """The topics committed since the last poll; ``{ALL}`` after the listener reconnected."""
        try:
            if self._conn is None:
                self._connect()
                if self._lost:
                    self._lost = False
                    return {ALL}
            return self._poll_sqlite() if self.is_sqlite else self._poll_postgresql()
        except Exception:  # noqa: BLE001 - psycopg2's or sqlite3's: the server went away, the file is busy
            self.close()
            self._lost = True
            return set()

    def _sqlite_file_id(self):
        found = os.stat(self.target.path)
        return found.st_dev, found.st_ino

    def _poll_sqlite(self) -> set[str]:
        if self._sqlite_file_id() != self._file_id:
            # Another file in its place (a restore): the old one's counter would never move again.
            self.close()
            self._connect()
            return {ALL}
        cursor = self._conn.cursor()
        version = cursor.execute("PRAGMA data_version").fetchone()[0]
        if version == self._sqlite_version:
            return set()
        self._sqlite_version = version
        # One read for both, so a commit landing between two reads is not skipped.
        rows = cursor.execute("SELECT entity, MAX(id) FROM audit_log WHERE id > ? GROUP BY entity",
                              (self._last_audit_id,)).fetchall()
        self._last_audit_id = max([self._last_audit_id] + [row[1] for row in rows])
        return {topic_of(row[0]) for row in rows if row[0]}

    def _poll_postgresql(self) -> set[str]:
        self._conn.poll()
        topics = {notification.payload for notification in self._conn.notifies}
        self._conn.notifies.clear()
        return topics

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing a dead connection is housekeeping
                pass

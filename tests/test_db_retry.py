"""A transaction that meets another clerk's (issue 17 item 1), and a connection the server drops:
a deadlock is retried as a whole transaction and then succeeds; a database that stays busy is
refused as ``db.busy`` in words, with nothing written; a connection the server closed is refused as
``db.connection_lost`` and the next operation reconnects - never a driver traceback."""
import sqlite3
import threading
from datetime import date

import psycopg2
import pytest

from common import db as dbmod
from common.errors import Refusal
from ledger.models import Document, DocumentCounter
from ledger.posting import Draft, create_part, create_party, post
from tests.conftest import _open
from ui.messages import refusal_text


@pytest.fixture
def pg_db(pg_cluster):
    name = pg_cluster.create_database()
    target = _open(dbmod.Target("postgresql", url=pg_cluster.url(name)))
    yield target, name
    dbmod.close_database()
    pg_cluster.drop_database(name)


def test_a_deadlock_is_retried_as_a_whole_transaction_and_then_succeeds(pg_db, pg_cluster):
    target, name = pg_db
    for doc_type in ("A", "B"):
        DocumentCounter.create(doc_type=doc_type, year=2026, last_seq=0)
    other_has_a, done = threading.Event(), threading.Event()

    def other_clerk():
        conn = psycopg2.connect(dbname=name, user="branchdesk", host=str(pg_cluster.socket_dir))
        with conn, conn.cursor() as cur:
            cur.execute("SELECT id FROM ledger_counter WHERE doc_type = 'A' FOR UPDATE")
            other_has_a.set()
            threading.Event().wait(0.3)  # we wait for A first, so our deadlock check fires first
            cur.execute("SELECT id FROM ledger_counter WHERE doc_type = 'B' FOR UPDATE")
            cur.execute("UPDATE ledger_counter SET last_seq = last_seq + 1")
        conn.close()
        done.set()

    attempts = []

    @dbmod.retrying
    def crossing():
        attempts.append(len(attempts) + 1)
        with dbmod.atomic():
            DocumentCounter.select().where(DocumentCounter.doc_type == "B").for_update().get()
            if len(attempts) == 1:
                threading.Thread(target=other_clerk).start()
                other_has_a.wait(10)
            DocumentCounter.select().where(DocumentCounter.doc_type == "A").for_update().get()
            DocumentCounter.update(last_seq=DocumentCounter.last_seq + 10).execute()
        return "done"

    assert crossing() == "done"
    assert done.wait(10)
    assert attempts == [1, 2]  # the first run was the deadlock's victim, rolled back and run again
    assert sorted(c.last_seq for c in DocumentCounter.select()) == [11, 11]


def test_a_database_that_stays_busy_is_refused_in_words_with_nothing_written(sqlite_actors, sqlite_db):
    manager = sqlite_actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_part(manager, "P1", "机油滤清器", price_fen=3200)
    other = sqlite3.connect(str(sqlite_db.path))
    other.execute("BEGIN IMMEDIATE")  # another PC holds the write lock
    dbmod.database.execute_sql("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(Refusal) as refused:
            post(manager, Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "DL-1", lines=[("P1", 5)]))
    finally:
        other.rollback()
        other.close()
    assert refused.value.code == "db.busy" and refused.value.facts["attempts"] == dbmod.SQLITE_RETRY_ATTEMPTS
    assert refusal_text(refused.value).startswith("其他电脑正在同时记账")
    assert Document.select().count() == 0
    post(manager, Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "DL-1", lines=[("P1", 5)]))  # free again
    assert Document.select().count() == 1


def test_a_connection_the_server_closed_is_refused_and_the_next_posting_reconnects(pg_db, pg_cluster, password_hash):
    from common.actor import Actor
    from tests.conftest import NOW, make_user

    manager = Actor(make_user("manager", password_hash), NOW)
    create_party(manager, "HQ", "客服本部", "hq")
    create_part(manager, "P1", "机油滤清器", price_fen=3200)
    pid = dbmod.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    pg_cluster._admin_execute(f"SELECT pg_terminate_backend({pid})")
    draft = Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "DL-1", lines=[("P1", 5)])
    with pytest.raises(Refusal) as refused:
        post(manager, draft)
    assert refused.value.code == "db.connection_lost"
    assert "连接已断开" in refusal_text(refused.value)
    result = post(manager, draft)  # a new connection, and the document posts once
    assert result.number == "ZF-2026-000001" and Document.select().count() == 1

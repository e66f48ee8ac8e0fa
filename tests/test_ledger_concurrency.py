"""Two clerks posting at the same moment from two processes, on SQLite and on PostgreSQL: no
duplicate or missing numbers, no lost lines, and two issues cannot both take the last part."""
import multiprocessing
from datetime import date

from common import db as dbmod
from common.actor import Actor
from ledger import books, checks
from ledger.models import Document, DocumentLine
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.conftest import NOW

ROUNDS = 15
ISSUES = 25


def clerk_at_work(target, user_id, tag, barrier, results):
    """One process: its own connection, HQ shipments and station issues as fast as it can."""
    from common.errors import Refusal
    from common.models import User

    dbmod.open_database(target)
    actor = Actor(User.get_by_id(user_id), NOW)
    barrier.wait()
    shipped, issued, refused = [], 0, 0
    for n in range(ROUNDS):
        result = post(actor, Draft("HQ_SHIP", date(2026, 11, 20), "HQ", f"{tag}-{n}",
                                   lines=[("P1", 1), ("P2", 2), ("P1", 3)]))
        shipped.append(result.number)
    barrier.wait()  # then both race for the same 20 filters on the shelf
    for n in range(ISSUES):
        try:
            post(actor, Draft("STATION_ISSUE", date(2026, 11, 21), "S1", lines=[DraftLine("P1", 1, flag=True)]))
            issued += 1
        except Refusal as refusal:
            assert refusal.code == "ledger.insufficient"
            refused += 1
    dbmod.close_database()
    results.put((tag, shipped, issued, refused))


def test_two_processes_posting_at_once_keep_numbers_and_stock_exact(db, actors):
    manager = actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "S1", "郑州金水服务站", "station")
    create_part(manager, "P1", "机油滤清器", price_fen=3200)
    create_part(manager, "P2", "空气滤清器", price_fen=4500)
    post(manager, Draft("HQ_SHIP", date(2026, 11, 1), "HQ", "START", lines=[("P1", 20)]))
    post(manager, Draft("HQ_RECEIVE", date(2026, 11, 2), "HQ", "START-R", reference="START", lines=[("P1", 20)]))
    dbmod.close_database()  # the children open their own connections; so does the check below

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=clerk_at_work, args=(db, actors["clerk"].user.id, tag, barrier, results))
               for tag in ("A", "B")]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    dbmod.open_database(db)
    ships = list(Document.select().where(Document.doc_type == "HQ_SHIP").order_by(Document.seq))
    assert [d.seq for d in ships] == list(range(1, 2 * ROUNDS + 2))  # START plus both clerks' shipments
    assert sorted(n for _, shipped, _, _ in outcomes for n in shipped) == sorted(d.number for d in ships[1:])
    assert DocumentLine.select().join(Document).where(Document.doc_type == "HQ_SHIP").count() == 1 + 3 * 2 * ROUNDS
    issued = sum(i for _, _, i, _ in outcomes)
    assert issued == 20 and sum(r for *_, r in outcomes) == 2 * ISSUES - 20
    issues = list(Document.select(Document.seq).where(Document.doc_type == "STATION_ISSUE").order_by(Document.seq).tuples())
    assert [s for (s,) in issues] == list(range(1, 21))
    p1 = books.balances_at(None, "P1")["parts"]["P1"]
    assert (p1["good"], p1["owed_by"], p1["in_transit_in"]) == (0, {"S1": 20}, 4 * 2 * ROUNDS)
    assert checks.check_invariants() == []

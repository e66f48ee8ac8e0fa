"""The owed books' open items read from the open pairs (issue 17 item 5) equal the first-in,
first-out rule over every increment, on SQLite and PostgreSQL: debts and returns of two stations
on two parts, back-dated documents and ties on one day included."""
import random
from datetime import date, timedelta

import pytest

from common.errors import Refusal
from ledger import books
from ledger.posting import Draft, DraftLine, create_part, create_party, post

TODAY = date(2026, 11, 23)  # conftest's NOW


def by_every_increment(book, as_of, party=None):
    real = books._nothing_posted_after
    books._nothing_posted_after = lambda _as_of: False
    try:
        return rows(book, as_of, party)
    finally:
        books._nothing_posted_after = real


def rows(book, as_of, party=None):
    from peewee import SQL

    return sorted(books.owed_open(book, as_of, party).select_extend(SQL('"inc"."id"').alias("posting_id")).tuples())


@pytest.mark.parametrize("seed, recent_days", [(1, 365), (2, 12)])
def test_open_items_from_the_open_pairs_equal_fifo_over_the_whole_book(db, actors, seed, recent_days, monkeypatch):
    # 12 days: some pairs' newest increments cover their balance, others' whole history is read.
    monkeypatch.setattr(books, "OWED_RECENT_DAYS", recent_days)
    clerk, manager = actors["clerk"], actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州金水服务站", "station")
    create_party(manager, "LY01", "洛阳涧西服务站", "station")
    create_part(manager, "BP-1", "前刹车片", "", "套", 18500, 0)
    create_part(manager, "OF-1", "机油滤清器", "", "个", 3200, 0)
    post(clerk, Draft("HQ_SHIP", TODAY - timedelta(days=60), "HQ", "FH-1", lines=[("BP-1", 200), ("OF-1", 200)]))
    post(clerk, Draft("HQ_RECEIVE", TODAY - timedelta(days=59), "HQ", "FH-1", reference="FH-1",
                      lines=[DraftLine("BP-1", 200, flag=True), DraftLine("OF-1", 200, flag=True)]))
    rng = random.Random(seed)
    for n in range(40):
        station, part = rng.choice(["ZZ01", "LY01"]), rng.choice(["BP-1", "OF-1"])
        day = TODAY - timedelta(days=rng.randint(0, 50))  # back-dated as often as not; ties on a day
        try:
            if rng.random() < 0.6:
                post(clerk, Draft("STATION_ISSUE", day, station, f"SQ-{n}",
                                  lines=[DraftLine(part, rng.randint(1, 4), flag=True)]))
            else:
                post(clerk, Draft("STATION_BAD_RETURN", day, station, f"FH-{n}", lines=[(part, rng.randint(1, 3))]))
        except Refusal:
            pass  # more back than owed then: refused, as the desk would
    for book in ("owed_by", "owed_to"):
        for party in (None, "ZZ01"):
            fast = rows(book, TODAY, party)
            assert fast == by_every_increment(book, TODAY, party), (book, party)
            assert fast or book == "owed_to"
        # A day with postings after it is read by the cumulative rule, as before.
        assert books._nothing_posted_after(TODAY - timedelta(days=20)) is False
        assert rows(book, TODAY - timedelta(days=20)) == by_every_increment(book, TODAY - timedelta(days=20))

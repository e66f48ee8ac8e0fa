"""The million-line branch (issue 17 item 5): the demo's bulk writer leaves a database ``check``
accepts, the period totals of migration 0019 follow every posting, and ``balances_at`` reads any
date from them exactly as the journal sums it. On SQLite and on PostgreSQL."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from peewee import Case, fn

from common import audit
from common.actor import Actor
from ledger import books, checks, demo
from ledger.models import PARTY_BOOKS, Part, Party, Posting
from ledger.posting import Draft, DraftLine, post
from ledger.reversal import reverse
from tests.conftest import make_user

START, END = date(2026, 9, 21), date(2026, 11, 6)


def _journal_sum(day: date | None) -> dict:
    """balances_at's answer computed the slow, obvious way: every posting up to the day."""
    numbers = dict(Part.select(Part.id, Part.number).tuples())
    codes = dict(Party.select(Party.id, Party.code).tuples())
    result = {number: books._empty() for number in numbers.values()}
    key = Case(None, [(Posting.book.in_(PARTY_BOOKS), Posting.party)], 0)
    query = Posting.select(Posting.part, Posting.book, key, fn.SUM(Posting.delta)).group_by(Posting.part, Posting.book, key)
    if day is not None:
        query = query.where(Posting.date <= day)
    for part, book, party, qty in query.tuples():
        entry = result[numbers[part]]
        if book in PARTY_BOOKS:
            if qty:
                entry[book][codes[party]] = qty
        else:
            entry[book] += qty
    return {"parts": result}


def _periods_exact() -> bool:
    """The period table equals the journal summed per year and per month."""
    from common.db import database, is_sqlite

    year = "CAST(substr(date, 1, 4) AS INTEGER)" if is_sqlite() else "CAST(EXTRACT(YEAR FROM date) AS INTEGER)"
    month = ("CAST(substr(date, 1, 4) || substr(date, 6, 2) AS INTEGER)" if is_sqlite()
             else "CAST(EXTRACT(YEAR FROM date) * 100 + EXTRACT(MONTH FROM date) AS INTEGER)")
    key = "CASE WHEN book IN ('owed_to', 'owed_by') THEN COALESCE(party_id, 0) ELSE 0 END"
    wanted = {}
    for period in (year, month):
        for row in database.execute_sql(f"SELECT part_id, {period}, book, {key}, SUM(delta) FROM ledger_posting "
                                        f"GROUP BY part_id, {period}, book, {key}").fetchall():
            if row[4]:
                wanted[row[:4]] = row[4]
    kept = {row[:4]: row[4] for row in database.execute_sql(
        "SELECT part_id, period, book, party_key, delta FROM ledger_posting_period").fetchall() if row[4]}
    return kept == wanted


def _bulk_branch(password_hash) -> Actor:
    manager = Actor(make_user("manager", password_hash), datetime.combine(END, datetime.min.time()).replace(hour=18))
    progress = []
    summary = demo.populate(manager, random.Random(5), START, END, scale=1.5, posting="bulk",
                            progress=lambda done, total, lines: progress.append((done, total, lines)))
    assert progress[-1][0] == progress[-1][1] and progress[-1][2] == summary["document_lines"] > 500
    return manager


def test_the_bulk_demo_passes_every_check_and_its_periods_are_exact(db, password_hash):
    _bulk_branch(password_hash)
    assert checks.check_invariants() == []
    assert audit.verify_database() == []
    assert _periods_exact()


def test_balances_at_any_date_equal_the_journal_summed_up_to_it(db, password_hash):
    _bulk_branch(password_hash)
    rng = random.Random(9)
    numbers = [n for (n,) in Part.select(Part.number).tuples()]
    days = [START - timedelta(days=1), START, END, END + timedelta(days=3), date(2026, 9, 30), date(2026, 10, 1)]
    days += [START + timedelta(days=rng.randrange((END - START).days)) for _ in range(6)]
    for day in days:
        whole = _journal_sum(day)
        assert books.balances_at(day) == whole, day
        number = rng.choice(numbers)
        assert books.balances_at(day, number) == {"parts": {number: whole["parts"][number]}}, (day, number)
    assert books.balances_at() == _journal_sum(None)
    assert books.balances_at(END, "no-such-part") == {"parts": {}}


def test_period_totals_follow_posting_reversal_and_a_repair_by_hand(db, actors):
    from ledger.posting import create_part, create_party

    manager = actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州服务站", "station")
    create_part(manager, "P-1", "前刹车片", unit="套", price_fen=12000)
    day = manager.today
    post(manager, Draft("ADJUST_GOOD", day - timedelta(days=40), remark="期初", lines=[DraftLine("P-1", 10)]))
    issued = post(manager, Draft("STATION_ISSUE", day, "ZZ01", "SQ-1", lines=[DraftLine("P-1", 3, flag=True)]))
    assert _periods_exact()
    reverse(manager, issued.document_id, "发错", day)
    assert _periods_exact()
    assert books.balances_at(day - timedelta(days=1))["parts"]["P-1"]["good"] == 10
    Posting.delete().where(Posting.document == issued.document_id).execute()  # what a repair by hand may do
    assert _periods_exact()

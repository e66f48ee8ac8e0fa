"""Posting a 40-line document and one part's balances at a date cost a handful of statements, not
one per line, posting and balance row (issue 17 item 5): on PostgreSQL every statement is a round
trip to the server, and a 40-line issue sent about 185 (one per line, per posting and per balance
row), one part's balances four. Counted at the driver's cursors, on SQLite and on PostgreSQL; the
books stay exact (a document with a part on two lines, the period and month tables, ``check``)."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from common.db import database
from ledger import books, checks
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.test_scale_months import _months_exact
from tests.test_scale_periods import _journal_sum, _periods_exact


@contextmanager
def counted():
    """Every statement sent through the database's cursors while the block runs (an executemany
    counts once per row: psycopg2 sends each row as a statement of its own)."""
    db = database.obj
    sent: list[str] = []
    real = db.cursor

    class Counting:
        def __init__(self, cursor):
            self._cursor = cursor

        def execute(self, sql, params=()):
            sent.append(sql)
            return self._cursor.execute(sql, params)

        def executemany(self, sql, rows):
            rows = list(rows)
            sent.extend([sql] * len(rows))
            return self._cursor.executemany(sql, rows)

        def __iter__(self):
            return iter(self._cursor)

        def __getattr__(self, name):
            return getattr(self._cursor, name)

    db.cursor = lambda *args, **kwargs: Counting(real(*args, **kwargs))
    try:
        yield sent
    finally:
        del db.cursor


def _branch(manager, parts: int = 40) -> list[str]:
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州服务站", "station")
    numbers = [f"P-{n:03d}" for n in range(parts)]
    for number in numbers:
        create_part(manager, number, f"备件{number}", price_fen=1000)
    return numbers


def test_a_40_line_issue_is_a_handful_of_statements_and_the_books_stay_exact(db, actors):
    manager = actors["manager"]
    numbers = _branch(manager)
    day = manager.today
    post(manager, Draft("ADJUST_GOOD", day - timedelta(days=40), remark="期初",
                        lines=[DraftLine(number, 100) for number in numbers]))
    lines = [DraftLine(number, 1, flag=n % 2 == 0) for n, number in enumerate(numbers)]
    with counted() as sent:
        result = post(manager, Draft("STATION_ISSUE", day, "ZZ01", "SQ-40", lines=lines))
    # One statement each for the counter (two: created if missing, then locked), the locked day,
    # the opening, the party, the parts, the balance rows (upsert, read back), the later days, the
    # number, the document, its lines, its postings, and the audit row (lock, head, notify, row),
    # and the transaction: about 20, where one per line, posting and balance row was 185.
    assert len(sent) <= 20, "\n".join(sent)
    assert result.line_count == 40
    assert {(e.book, e.before, e.delta, e.after) for e in result.effects if e.part_number == "P-000"} == {
        ("good", 100, -1, 99), ("owed_by", 0, 1, 1)}
    assert books.balances_at()["parts"]["P-000"]["owed_by"] == {"ZZ01": 1}
    assert _periods_exact()
    assert checks.check_invariants() == []


def test_a_part_on_two_lines_is_one_change_of_its_books(db, actors):
    """Two lines of one part go into one statement's rows: its balance row, period and month rows
    are each changed once, by the sum (PostgreSQL refuses a statement that changes a row twice)."""
    manager = actors["manager"]
    _branch(manager, parts=2)
    day = manager.today
    post(manager, Draft("ADJUST_GOOD", day - timedelta(days=60), remark="期初", lines=[DraftLine("P-000", 10)]))
    post(manager, Draft("ADJUST_GOOD", day, remark="盘盈", lines=[DraftLine("P-001", 1)]))
    assert books.close_months() == 2  # September and October: the back-dated issue changes October's rows
    result = post(manager, Draft("STATION_ISSUE", day - timedelta(days=45), "ZZ01", "SQ-2",
                                 lines=[DraftLine("P-000", 2, flag=True), DraftLine("P-000", 3, flag=True)]))
    good = [e for e in result.effects if e.book == "good"]
    assert [(e.before, e.delta, e.after) for e in good] == [(10, -5, 5)]
    assert books.balances_at()["parts"]["P-000"]["good"] == 5
    assert _periods_exact()
    assert _months_exact()
    assert checks.check_invariants() == []


def test_one_part_at_a_date_is_one_statement_and_reads_as_the_journal(db, actors):
    manager = actors["manager"]
    numbers = _branch(manager, parts=3)
    day = manager.today
    for back, number, qty in ((80, numbers[0], 7), (50, numbers[1], 4), (20, numbers[0], 5), (3, numbers[2], 2)):
        post(manager, Draft("ADJUST_GOOD", day - timedelta(days=back), remark="盘盈", lines=[DraftLine(number, qty)]))
    post(manager, Draft("STATION_ISSUE", day - timedelta(days=10), "ZZ01", "SQ-1",
                        lines=[DraftLine(numbers[0], 3, flag=True)]))
    books.close_months()
    for on in (day - timedelta(days=n) for n in (0, 2, 9, 10, 11, 19, 25, 49, 51, 79, 81, 120)):
        with counted() as sent:
            answer = books.balances_at(on, numbers[0])
        assert answer == {"parts": {numbers[0]: _journal_sum(on)["parts"][numbers[0]]}}, on
        if on >= date(2026, 10, 1):  # September and October are closed: the month before the date's is
            assert len(sent) == 1, (on, sent)
    assert books.balances_at(day, "no-such-part") == {"parts": {}}

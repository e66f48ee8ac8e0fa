"""The five paper books as queries over the journal (ledger.models.Posting) and the balance cache.

- ``balances_at``: every book of every part at the end of a day (the ``balance --json`` contract);
  ``balances`` reads it as an actor, refused without parts.read.
- ``stock``: 好、坏件库存帐, good and bad on the shelves per part.
- ``account``: 备件往来帐, every good/bad part movement with one counterparty, with running totals.
- ``owed_open``: 欠人坏件账 (owed_to) / 人欠坏件账 (owed_by), open items with days open. Items are
  settled first in, first out: a return clears the oldest debt of that party and part first.
- ``in_transit_open``: 在途账, open shipment lines (shipped minus unreversed settlements) with age.
- ``part_card``: one part's whole history in every book with running balances.

The query helpers return peewee queries (sorted and filtered in SQL) so the UI's lazy table models
can page through them; use ``.dicts()`` (or iterate the two that are plain selects). Dates in their
rows are ISO text on both databases.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date as Date, timedelta

import peewee
from peewee import JOIN, Case, Window, fn

from common.db import is_sqlite
from ledger.models import BOOKS, PARTY_BOOKS, Balance, Document, DocumentLine, OpeningLine, Party, Part, Posting
from ledger.doctypes import OPENING_SHIPMENT_BOOKS, SETTLING_TYPES, SHIPMENT_TYPES
from ledger.posting import normalise_code
from ledger.texts import (
    LEDGER_PARTY_INCOMPLETE, LEDGER_PARTY_UNKNOWN_KIND, LEDGER_PART_BAD_NUMBER, LEDGER_PART_INCOMPLETE,
    LEDGER_UNKNOWN_PART, LEDGER_UNKNOWN_PARTY,
)


def _empty() -> dict:
    return {"good": 0, "bad": 0, "in_transit_in": 0, "in_transit_out": 0, "owed_to": {}, "owed_by": {}}


# Journal totals per year (period 2026) and month (period 202611) per part, book and party key,
# kept by triggers of migration 0019 in the posting's own transaction; and every book's balance at
# the end of each closed month (migration 0029), kept by triggers too.
PERIODS_TABLE = "ledger_posting_period"
MONTHS_TABLE, CLOSED_TABLE = "ledger_balance_month", "ledger_balance_month_closed"
YEAR_PERIODS = 10000  # periods below this are years, above it months
IN_LIST_LIMIT = 500  # more part ids than this: read every part and keep the wanted ones


def balances(actor, date: Date | None = None, part_number: str | None = None) -> dict:
    """``balances_at`` read as ``actor``, who needs parts.read (common.auth): what the command line's
    ``balance`` and the part card show. ``balances_at`` itself is the ledger's own query, for the
    ledger's functions that have checked their caller already (the exports, the forms)."""
    from common.auth import require

    require(actor, "parts.read")
    return balances_at(date, part_number)


def balances_at(date: Date | None = None, part_number: str | None = None) -> dict:
    """{"parts": {number: {"good": n, ..., "owed_to": {party code: n}, "owed_by": {...}}}} at the end
    of ``date`` (None: now, all postings). Every part is listed; zero owed entries are left out.

    None (or a date on or after the newest posting) is the balance cache itself. Any other date is
    the balance at the end of a closed month next to it (migration 0029) plus or minus the days
    between, from the journal: a few thousand rows whatever the date (``totals_at``). Months the
    journal has moved past are closed first when no transaction is open (``close_months``). Plain
    SQL: building these few statements through peewee cost ten times what running them does, and
    one part's question is asked for every line of a form.
    """
    db = Posting._meta.database
    q = db.param
    if part_number is not None and date is not None:
        answer = _one_part_at(db, date, normalise_code(part_number))
        if answer is not None:
            return answer
    if part_number is not None:
        numbers = dict(db.execute_sql(f"SELECT id, number FROM {Part._meta.table_name} WHERE number = {q}",
                                      (normalise_code(part_number),)).fetchall())
        if not numbers:
            return {"parts": {}}
    else:
        numbers = dict(db.execute_sql(f"SELECT id, number FROM {Part._meta.table_name} ORDER BY number").fetchall())
    state = _journal_state(db) if date is not None else None
    if state is not None and not db.in_transaction() and close_months(state):
        state = _journal_state(db)
    totals = totals_at(date, list(numbers) if part_number is not None else None, state)
    wanted = sorted({key for (_, book, key), qty in totals.items() if book in PARTY_BOOKS and qty})
    codes = dict(db.execute_sql(f"SELECT id, code FROM {Party._meta.table_name} WHERE id IN "
                                f"({', '.join([q] * len(wanted))})", wanted).fetchall()) if wanted else {}
    result = {number: _empty() for number in numbers.values()}
    for (part_id, book, key), qty in totals.items():
        if part_id not in numbers:
            continue
        entry = result[numbers[part_id]]
        if book in PARTY_BOOKS:
            if qty:
                entry[book][codes[key]] = qty
        else:
            entry[book] += qty
    return {"parts": result}


def _one_part_at(db, date: Date, number: str) -> dict | None:
    """``balances_at(date, number)`` in ONE statement when the month before the date's is closed
    (every month before the newest posting's is, once ``close_months`` has run): that month's
    balances plus the part's postings from the first of the date's month to the date, summed per
    book and party in SQL with the parties' codes joined. On PostgreSQL each statement is a round
    trip, and four of them were most of what one part's question cost (about 0.4 ms each on a
    loaded machine, the answer itself 0.1 ms). None: the month is not closed (or no part has the
    number and the caller says so), and the caller asks as before."""
    q = db.param
    previous = (date.year - 1) * 100 + 12 if date.month == 1 else date.year * 100 + date.month - 1
    part = f"(SELECT id FROM {Part._meta.table_name} WHERE number = {q})"
    sql = (
        f"SELECT x.book, pa.code, SUM(x.qty) FROM ("
        f"SELECT m.book, m.party_key, m.qty FROM {MONTHS_TABLE} AS m WHERE m.month = {q} AND m.part_id = {part} "
        f"UNION ALL SELECT p.book, {PARTY_KEY_SQL}, p.delta FROM {Posting._meta.table_name} AS p "
        # The books named, so the (part, book, date) index reads only the part's days of the month.
        f"WHERE p.part_id = {part} AND p.book IN ({', '.join([q] * len(BOOKS))}) AND p.date >= {q} AND p.date <= {q}"
        f") AS x LEFT JOIN {Party._meta.table_name} AS pa ON pa.id = x.party_key AND x.book IN "
        f"({', '.join([q] * len(PARTY_BOOKS))}) GROUP BY x.book, pa.code "
        # The row without a book says whether the part exists and the month is closed.
        f"UNION ALL SELECT NULL, (SELECT number FROM {Part._meta.table_name} WHERE number = {q}), "
        f"(SELECT COUNT(*) FROM {CLOSED_TABLE} WHERE month = {q})")
    params = (previous, number, number, *BOOKS, date.replace(day=1).isoformat(), date.isoformat(), *PARTY_BOOKS,
              number, previous)
    rows = db.execute_sql(sql, params).fetchall()
    found, closed = next((code, qty) for book, code, qty in rows if book is None)
    if found is None:
        return {"parts": {}}
    if not closed:
        return None
    entry = _empty()
    for book, code, qty in rows:
        if book is None:
            continue
        qty = int(qty)
        if book in PARTY_BOOKS:
            if qty:
                entry[book][code] = qty
        else:
            entry[book] += qty
    return {"parts": {found: entry}}


def _journal_state(db) -> tuple:
    """(newest posting's date, first closed month, last closed month) in one round trip: on
    PostgreSQL each statement costs a round trip, about what the whole answer for one part takes."""
    last, first_closed, last_closed = db.execute_sql(
        f"SELECT (SELECT MAX(date) FROM {Posting._meta.table_name}), (SELECT MIN(month) FROM {CLOSED_TABLE}), "
        f"(SELECT MAX(month) FROM {CLOSED_TABLE})").fetchone()
    if last is not None and not isinstance(last, Date):
        last = Date.fromisoformat(str(last)[:10])
    return last, first_closed, last_closed


def totals_at(date: Date | None, part_ids=None, state: tuple | None = None) -> dict[tuple, int]:
    """(part id, book, party key) -> balance at the end of ``date`` (None: now), for every key or
    those of ``part_ids``; keys that are zero may be missing. Read only: the closed month nearest
    the date (its balances, then the days from its end to the date), else the period totals from
    the nearer end of the journal. ``state``: ``_journal_state`` if the caller has read it."""
    db = Posting._meta.database
    only = sorted(set(part_ids)) if part_ids is not None and len(set(part_ids)) <= IN_LIST_LIMIT else None
    keep = set(part_ids) if part_ids is not None and only is None else None
    totals: dict[tuple, int] = defaultdict(int)
    if part_ids is not None and not part_ids:
        return totals
    if date is not None:
        last, first_closed, last_closed = state if state is not None else _journal_state(db)
    if date is None or last is None or date >= last:
        for part_id, book, party_key, qty in _rows(db, f"SELECT part_id, book, party_key, qty FROM "
                                                       f"{Balance._meta.table_name} WHERE qty <> 0", (), only):
            totals[(part_id, book, party_key)] += qty
    else:
        month = date.year * 100 + date.month
        previous = (date.year - 1) * 100 + 12 if date.month == 1 else month - 1
        month_start = date.replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        closed = first_closed is not None and first_closed <= month <= last_closed
        previous_closed = first_closed is not None and first_closed <= previous <= last_closed
        if closed and (date.day > 15 or not previous_closed):
            base, sign, days = month, -1, (date + timedelta(days=1), month_end)
        elif previous_closed:
            base, sign, days = previous, 1, (month_start, date)
        else:
            base = None
        if base is not None:
            # The month's balances and the days' movements in one statement (one round trip).
            q = db.param
            month_rows = f"SELECT part_id, book, party_key, qty FROM {MONTHS_TABLE} WHERE month = {q}"
            day_rows = (f"SELECT part_id, book, COALESCE({PARTY_KEY_SQL}, 0), SUM(delta) * {sign} "
                        f"FROM {Posting._meta.table_name} WHERE date >= {q} AND date <= {q}")
            params: tuple = (base,)
            day_params: tuple = (days[0].isoformat(), days[1].isoformat())
            if only is not None:
                listed = ", ".join([q] * len(only))
                month_rows += f" AND part_id IN ({listed})"
                # The books named too, so the (part, book, date) index reads only those days of the parts.
                day_rows += f" AND part_id IN ({listed}) AND book IN ({', '.join([q] * len(BOOKS))})"
                params += tuple(only)
                day_params += tuple(only) + tuple(BOOKS)
            # Summed in SQL too: the month's row and the days' row of a key arrive as one, and keys
            # that come to zero not at all (half the rows Python added up for every part's question).
            for part_id, book, party_key, qty in db.execute_sql(
                    f"SELECT part_id, book, party_key, SUM(qty) FROM ({month_rows} UNION ALL {day_rows} "
                    f"GROUP BY part_id, book, 3) AS moved GROUP BY part_id, book, party_key HAVING SUM(qty) <> 0",
                    params + day_params).fetchall():
                totals[(part_id, book, party_key)] += int(qty)
        elif _nearer_from_the_end(db, date, last):
            for part_id, book, party_key, qty in _rows(db, f"SELECT part_id, book, party_key, qty FROM "
                                                           f"{Balance._meta.table_name} WHERE qty <> 0", (), only):
                totals[(part_id, book, party_key)] += qty
            for key, delta in _moved(db, date, only, after=True):
                totals[key] -= delta
        else:
            for key, delta in _moved(db, date, only, after=False):
                totals[key] += delta
    if keep is not None:
        return defaultdict(int, {key: qty for key, qty in totals.items() if key[0] in keep})
    return totals


def _rows(db, sql: str, params: tuple, part_ids):
    """Run ``sql`` (which has a WHERE clause) for every part or only ``part_ids``."""
    if part_ids is not None:
        sql += f" AND part_id IN ({', '.join([db.param] * len(part_ids))})"
        params = tuple(params) + tuple(part_ids)
    return db.execute_sql(sql, params).fetchall()


def _journal_end(db, which: str) -> Date | None:
    # A single-ended lookup is one step down the journal's date index (both ends in one statement
    # would read the whole index on SQLite).
    value = db.execute_sql(f"SELECT {which}(date) FROM {Posting._meta.table_name}").fetchone()[0]
    if value is None:
        return None
    return value if isinstance(value, Date) else Date.fromisoformat(str(value)[:10])


def _nearer_from_the_end(db, date: Date, last: Date) -> bool:
    first = _journal_end(db, "MIN")
    return first is None or (last - date) <= (date - first)


PARTY_KEY_SQL = "CASE WHEN book IN ('owed_to', 'owed_by') THEN party_id ELSE 0 END"


def _days_moved(db, first: Date, last: Date, part_ids):
    """((part id, book, party key), sum of deltas) posted from ``first`` to ``last``."""
    q = db.param
    sql = f"SELECT part_id, book, {PARTY_KEY_SQL}, SUM(delta) FROM {Posting._meta.table_name} " \
          f"WHERE date >= {q} AND date <= {q}"
    params: tuple = (first.isoformat(), last.isoformat())
    if part_ids is not None:
        # The books named too, so the (part, book, date) index reads only those days of the parts.
        sql += f" AND part_id IN ({', '.join([q] * len(part_ids))}) AND book IN ({', '.join([q] * len(BOOKS))})"
        params += tuple(part_ids) + tuple(BOOKS)
    if first > last:
        return
    for part, book, key, delta in db.execute_sql(sql + " GROUP BY part_id, book, 3", params).fetchall():
        yield (part, book, key or 0), delta


def _moved(db, date: Date, part_ids, *, after: bool):
    """((part id, book, party key), sum of deltas) posted after ``date`` (``after``) or up to it:
    whole years and months from the period totals, the rest of the date's month from the journal."""
    q = db.param
    year, month = date.year, date.month
    if after:
        periods, bounds = f"((period > {q} AND period < {q}) OR (period > {q} AND period <= {q}))", (
            year, YEAR_PERIODS, year * 100 + month, year * 100 + 12)
    else:
        periods, bounds = f"(period < {q} OR (period >= {q} AND period < {q}))", (
            year, year * 100 + 1, year * 100 + month)
    month_start = date.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    whole = f"SELECT part_id, book, party_key, SUM(delta) FROM {PERIODS_TABLE} WHERE {periods}"
    if part_ids is not None:
        whole += f" AND part_id IN ({', '.join([q] * len(part_ids))})"
        bounds += tuple(part_ids)
    for part, book, key, delta in db.execute_sql(whole + " GROUP BY part_id, book, party_key", bounds).fetchall():
        yield (part, book, key or 0), delta
    yield from (_days_moved(db, date + timedelta(days=1), month_end, part_ids) if after
                else _days_moved(db, month_start, date, part_ids))


def close_months(state: tuple | None = None) -> int:
    """Close every month before the newest posting's that is not closed yet (migration 0029's
    table), in a transaction of its own that keeps postings out meanwhile: on PostgreSQL the lock
    every posting's period trigger conflicts with, given up after a moment if postings hold it;
    on SQLite the write lock, not waited for. A month not closed only makes ``totals_at`` read
    more rows. ``state``: ``_journal_state`` if the caller has read it. Returns how many months
    were closed."""
    db = Posting._meta.database
    newest, _, last = state if state is not None else _journal_state(db)
    if newest is None:
        return 0
    through = (newest.year - 1) * 100 + 12 if newest.month == 1 else newest.year * 100 + newest.month - 1
    if last is not None and last >= through:
        return 0
    sqlite = is_sqlite()
    try:
        if sqlite:
            db.execute_sql("PRAGMA busy_timeout = 200")
        with db.atomic():
            if not sqlite:
                db.execute_sql("SET LOCAL lock_timeout = '200ms'")
                db.execute_sql(f"LOCK TABLE {PERIODS_TABLE} IN SHARE ROW EXCLUSIVE MODE")
            return _months_migration().close(db, through)
    except peewee.DatabaseError:
        return 0  # someone is posting: the next question closes them
    finally:
        if sqlite:
            from common.db import SQLITE_PRAGMAS

            db.execute_sql(f"PRAGMA busy_timeout = {int(SQLITE_PRAGMAS['busy_timeout'])}")


_MONTHS = []


def _months_migration():
    """Migration 0029's module: its ``close`` is the one way a month's balances are summed."""
    if not _MONTHS:
        import importlib.util

        from common.schema import MIGRATIONS_DIR

        spec = importlib.util.spec_from_file_location("balance_months_0029", MIGRATIONS_DIR / "0029_balance_months.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _MONTHS.append(module)
    return _MONTHS[0]


def stock():
    """Per part: good and bad on the shelves now, and whether good is below the safety stock."""
    good = fn.COALESCE(fn.SUM(Case(None, [(Balance.book == "good", Balance.qty)], 0)), 0)
    bad = fn.COALESCE(fn.SUM(Case(None, [(Balance.book == "bad", Balance.qty)], 0)), 0)
    return (
        Part.select(Part.id, Part.number, Part.name, Part.spec, Part.unit, Part.price_fen, Part.safety_stock,
                    good.alias("good"), bad.alias("bad"), (good < Part.safety_stock).alias("below_safety"))
        .join(Balance, JOIN.LEFT_OUTER, on=(Balance.part == Part.id))
        .group_by(Part.id, Part.number, Part.name, Part.spec, Part.unit, Part.price_fen, Part.safety_stock)
        .order_by(Part.number)
    )


def account(party_code: str, date_from: Date | None = None, date_to: Date | None = None):
    """备件往来帐 with one counterparty: each good/bad movement (qty_in: came to us from them,
    qty_out: went from us to them) and, per part, the running net quantity sent to them."""
    party = Party.get(Party.code == normalise_code(party_code))
    qty_in = Case(None, [(Posting.delta > 0, Posting.delta)], 0)
    qty_out = Case(None, [(Posting.delta < 0, 0 - Posting.delta)], 0)
    running = fn.SUM(0 - Posting.delta).over(
        partition_by=[Posting.part], order_by=[Posting.date, Posting.document, Posting.id],
        frame_type=Window.ROWS, start=Window.preceding(), end=Window.CURRENT_ROW,
    )
    inner = (
        Posting.select(Posting.id, _date_text(Posting.date).alias("date"), Posting.book, Posting.delta,
                       Document.number.alias("number"),
                       Document.doc_type.alias("doc_type"), Part.number.alias("part_number"), Part.name.alias("part_name"),
                       qty_in.alias("qty_in"), qty_out.alias("qty_out"), running.alias("net_sent"),
                       Posting.document.alias("document_id"))
        .join(Document, on=(Posting.document == Document.id))
        .switch(Posting).join(Part, on=(Posting.part == Part.id))
        .where((Posting.party == party.id) & Posting.book.in_(("good", "bad")))
    )
    if date_to is not None:
        inner = inner.where(Posting.date <= date_to)
    # The running total must include movements before date_from, so filter the window's result.
    rows = inner.alias("account")
    query = peewee.Select([rows], [peewee.SQL("*")]).order_by(rows.c.date, rows.c.document_id, rows.c.id)
    if date_from is not None:
        query = query.where(rows.c.date >= date_from.isoformat())
    return query.bind(Posting._meta.database)


def _date_text(column):
    """Dates in the book views are ISO text ('2026-11-23') on both databases: SQLite keeps them as
    text anyway, and a subquery's column would otherwise come back as text there but as a date
    object from PostgreSQL."""
    return column if is_sqlite() else column.cast("text")


def _days(as_of: Date, column):
    """Whole days from ``column`` (a date) to ``as_of``, in the dialect of the open database."""
    if is_sqlite():
        return (fn.julianday(as_of.isoformat()) - fn.julianday(column)).cast("INTEGER")
    return peewee.Value(as_of).cast("date") - column


def owed_open(book: str, as_of: Date, party_code: str | None = None):
    """Open items of owed_to or owed_by at the end of ``as_of``: party, part, date the debt arose,
    quantity still open and days open (first in, first out per party and part)."""
    assert book in PARTY_BOOKS
    base = (Posting.book == book) & (Posting.date <= as_of)
    if party_code is not None:
        base &= Posting.party == Party.get(Party.code == normalise_code(party_code)).id
    # A debt of the opening arose on its original date, not on the go-live day it was posted.
    arose = fn.COALESCE(OpeningLine.origin_date, Posting.date)
    if _nothing_posted_after(as_of):
        return _owed_open_now(book, as_of, base, arose)
    cumulative = fn.SUM(Posting.delta).over(
        partition_by=[Posting.party, Posting.part], order_by=[arose, Posting.id],
        frame_type=Window.ROWS, start=Window.preceding(), end=Window.CURRENT_ROW,
    )
    increments = (
        Posting.select(Posting.id, Posting.party.alias("party_id"), Posting.part.alias("part_id"), arose.alias("date"),
                       Posting.delta, cumulative.alias("cumulative"), Posting.document.alias("document_id"))
        .join(OpeningLine, JOIN.LEFT_OUTER, on=(OpeningLine.line == Posting.line))
        .where(base & (Posting.delta > 0))
        .alias("inc")
    )
    cleared = (
        Posting.select(Posting.party.alias("party_id"), Posting.part.alias("part_id"),
                       (0 - fn.SUM(Posting.delta)).alias("cleared"))
        .where(base & (Posting.delta < 0))
        .group_by(Posting.party, Posting.part)
        .alias("clr")
    )
    remaining = increments.c.cumulative - fn.COALESCE(cleared.c.cleared, 0)
    return _open_items(as_of, increments, remaining, cleared=cleared)


def _open_items(as_of: Date, increments, remaining, cleared=None):
    """The owed lists' rows from ``increments`` (subquery "inc": id, party_id, part_id, date, delta,
    document_id) and what ``remaining`` says is still owed up to each: open where it is positive,
    never more than the increment itself."""
    open_qty = Case(None, [(remaining < increments.c.delta, remaining)], increments.c.delta)
    query = (
        Party.select(Party.code.alias("party_code"), Party.name.alias("party_name"), Part.number.alias("part_number"),
                     Part.name.alias("part_name"), _date_text(increments.c.date).alias("date"),
                     Document.number.alias("number"),
                     open_qty.alias("open_qty"), _days(as_of, increments.c.date).alias("days_open"))
        .from_(increments)
    )
    if cleared is not None:
        query = query.join(cleared, JOIN.LEFT_OUTER, on=((cleared.c.party_id == increments.c.party_id)
                                                        & (cleared.c.part_id == increments.c.part_id)))
    return (
        query.join(Party, on=(Party.id == increments.c.party_id))
        .join(Part, on=(Part.id == increments.c.part_id))
        .join(Document, on=(Document.id == increments.c.document_id))
        .where(remaining > 0)
        .order_by(Party.code, Part.number, increments.c.date)
    )


def _nothing_posted_after(as_of: Date) -> bool:
    """True when the journal holds nothing dated after ``as_of``: the balance cache is then every
    book's balance at its end (one probe of the (date, ...) index)."""
    return not Posting.select(Posting.id).where(Posting.date > as_of).limit(1).exists()


OWED_RECENT_DAYS = 365  # the increments a pair's open items are looked for in first


def _owed_open_now(book: str, as_of: Date, base, arose):
    """``owed_open`` when nothing is dated after ``as_of``, from the pairs (party, part) that still
    owe something (their balance in the cache) and only their newest increments: an item is open by
    what the balance leaves after the newer increments (first in, first out, counted from the newest
    end), the same quantities as the cumulative rule over every increment of the book, which at a
    million lines read hundreds of thousands of rows for a list of a few thousand. A pair whose
    increments of the last year cover its balance has all its open items among them (they are the
    newest, by the date the debt arose); only the other pairs' whole histories are read."""
    cutoff = as_of - timedelta(days=OWED_RECENT_DAYS)
    Recent, RecentOpening = Posting.alias("recent"), OpeningLine.alias("recent_opening")
    recent_sum = (
        Recent.select(fn.COALESCE(fn.SUM(Recent.delta), 0))
        .join(RecentOpening, JOIN.LEFT_OUTER, on=(RecentOpening.line == Recent.line))
        .where((Recent.part == Balance.part) & (Recent.book == Balance.book) & (Recent.party == Balance.party_key)
               & (Recent.delta > 0) & (Recent.date >= cutoff)
               & (fn.COALESCE(RecentOpening.origin_date, Recent.date) >= cutoff))
    )
    # Materialized, so each pair's coverage is summed once (PostgreSQL would otherwise merge it
    # into the join and sum it again for every posting it meets).
    pairs = (Balance.select(Balance.part.alias("part_id"), Balance.party_key.alias("party_id"),
                            Balance.qty.alias("balance"), (recent_sum >= Balance.qty).alias("covered"))
             .where((Balance.book == book) & (Balance.qty > 0))
             .cte("pairs", materialized=True))

    def increments_of(covered: bool):
        # From the open pairs to their postings: a CROSS JOIN keeps SQLite from scanning the
        # journal first (PostgreSQL plans it as any inner join).
        query = (
            peewee.Select([pairs], [Posting.id, Posting.party.alias("party_id"), Posting.part.alias("part_id"),
                                    arose.alias("date"), Posting.delta, pairs.c.balance,
                                    Posting.document.alias("document_id")])
            .join(Posting, JOIN.CROSS)
            .join(OpeningLine, JOIN.LEFT_OUTER, on=(OpeningLine.line == Posting.line))
            .where((Posting.part == pairs.c.part_id) & (Posting.book == book) & (Posting.party == pairs.c.party_id)
                   & base & (Posting.delta > 0))
        )
        if covered:
            return query.where(pairs.c.covered & (Posting.date >= cutoff) & (arose >= cutoff))
        return query.where(~pairs.c.covered)

    raw = increments_of(True).union_all(increments_of(False)).alias("raw")
    newer = fn.SUM(raw.c.delta).over(
        partition_by=[raw.c.party_id, raw.c.part_id], order_by=[raw.c.date.desc(), raw.c.id.desc()],
        frame_type=Window.ROWS, start=Window.preceding(), end=Window.CURRENT_ROW,
    )
    increments = peewee.Select([raw], [raw.c.id, raw.c.party_id, raw.c.part_id, raw.c.date, raw.c.delta,
                                       newer.alias("newer"), raw.c.balance, raw.c.document_id]).alias("inc")
    return _open_items(as_of, increments, increments.c.balance - (increments.c.newer - increments.c.delta)).with_cte(pairs)


def in_transit_open(as_of: Date, *, candidates: bool = True):
    """在途账: per unreversed shipment (HQ_SHIP: to us; HQ_BAD_RETURN: from us) and part, what is
    still open, with the shipment's age in days. A shipment of the opening (ledger.opening) is listed
    like one posted in the app: its type, HQ's (or our return slip's) number, party and ship date
    are its opening line's; its document is the OPENING."""
    reversed_ids = Document.select(Document.reference).where(
        (Document.doc_type == "REVERSAL") & Document.reference.is_null(False))
    Settle = Document.alias("settle")
    shipments = Document.date <= as_of
    settlements = Settle.date <= as_of
    if candidates and not Document.select(Document.id).where(Document.date > as_of).limit(1).exists():
        # Nothing dated after the day: only the shipments that may still be open (migration 0030's
        # candidates, kept by triggers) and their settlements are summed, not the whole journal.
        candidates = peewee.SQL("(SELECT document_id FROM ledger_transit_candidate)")
        shipments &= Document.id.in_(candidates)
        settlements &= Settle.reference.in_(candidates)
    settled = (
        DocumentLine.select(Settle.reference.alias("shipment_id"),
                            fn.COALESCE(Settle.reference_key, "").alias("shipment_key"),
                            DocumentLine.part.alias("part_id"), fn.SUM(DocumentLine.qty).alias("qty"))
        .join(Settle, on=(DocumentLine.document == Settle.id))
        .where(Settle.doc_type.in_(SETTLING_TYPES) & Settle.id.not_in(reversed_ids) & settlements)
        .group_by(Settle.reference, fn.COALESCE(Settle.reference_key, ""), DocumentLine.part)
        .alias("settled")
    )
    shipped = fn.SUM(DocumentLine.qty)
    open_qty = shipped - fn.COALESCE(fn.MAX(settled.c.qty), 0)
    kind = Case(None, [(OpeningLine.book == book, doc_type) for doc_type, book in OPENING_SHIPMENT_BOOKS.items()],
                Document.doc_type)
    shipped_on = fn.COALESCE(OpeningLine.origin_date, Document.date).coerce(False)  # ISO text, as _date_text
    return (
        DocumentLine.select(Document.id.alias("document_id"), Document.number.alias("number"),
                            kind.alias("doc_type"),
                            fn.COALESCE(OpeningLine.origin_number, Document.source_number).alias("source_number"),
                            _date_text(shipped_on).alias("date"), Party.code.alias("party_code"),
                            Part.number.alias("part_number"), Part.name.alias("part_name"),
                            shipped.alias("shipped"), open_qty.alias("open_qty"),
                            _days(as_of, shipped_on).alias("age_days"))
        .join(Document, on=(DocumentLine.document == Document.id))
        .switch(DocumentLine).join(OpeningLine, JOIN.LEFT_OUTER, on=(OpeningLine.line == DocumentLine.id))
        .join(Party, on=(Party.id == fn.COALESCE(OpeningLine.party, Document.party)))
        .switch(DocumentLine).join(Part, on=(DocumentLine.part == Part.id))
        .join(settled, JOIN.LEFT_OUTER, on=((settled.c.shipment_id == Document.id)
                                            & (settled.c.shipment_key == fn.COALESCE(OpeningLine.origin_number, ""))
                                            & (settled.c.part_id == DocumentLine.part)))
        .where((Document.doc_type.in_(SHIPMENT_TYPES)
                | ((Document.doc_type == "OPENING") & OpeningLine.book.in_(list(OPENING_SHIPMENT_BOOKS.values()))))
               & Document.id.not_in(reversed_ids) & shipments)
        .group_by(Document.id, Document.number, Document.doc_type, Document.source_number, Document.date,
                  OpeningLine.book, OpeningLine.origin_number, OpeningLine.origin_date, Party.code, Part.number,
                  Part.name)
        .having(open_qty > 0)
        .order_by(shipped_on, Document.number, Part.number)
    )


def part_card(part_number: str, date_from: Date | None = None, date_to: Date | None = None):
    """One part's history: every posting with its document and a running balance of its book
    (per party for the owed books)."""
    part = Part.get(Part.number == normalise_code(part_number))
    party_key = Case(None, [(Posting.book.in_(PARTY_BOOKS), Posting.party)], 0)
    running = fn.SUM(Posting.delta).over(
        partition_by=[Posting.book, party_key], order_by=[Posting.date, Posting.document, Posting.id],
        frame_type=Window.ROWS, start=Window.preceding(), end=Window.CURRENT_ROW,
    )
    inner = (
        Posting.select(Posting.id, _date_text(Posting.date).alias("date"), Posting.book, Posting.delta,
                       Posting.document.alias("document_id"),
                       Document.number.alias("number"), Document.doc_type.alias("doc_type"),
                       Document.source_number.alias("source_number"), Party.code.alias("party_code"),
                       running.alias("balance"))
        .join(Document, on=(Posting.document == Document.id))
        .switch(Posting).join(Party, JOIN.LEFT_OUTER, on=(Posting.party == Party.id))
        .where(Posting.part == part.id)
    )
    if date_to is not None:
        inner = inner.where(Posting.date <= date_to)
    rows = inner.alias("card")
    query = peewee.Select([rows], [peewee.SQL("*")]).order_by(rows.c.date, rows.c.document_id, rows.c.id)
    if date_from is not None:
        query = query.where(rows.c.date >= date_from.isoformat())
    return query.bind(Posting._meta.database)


__all__ = ["BOOKS", "balances_at", "stock", "account", "owed_open", "in_transit_open", "part_card"]


# -- for the 备件 page: documents, their detail, master data lists and edits ------------------------
#
# Added for the desktop page (ui/parts_page.py). The lists are queries (the lazy tables sort and
# filter them in SQL); the detail is one small value. Master data edits live here rather than in
# posting.py only because that module had another owner when the page was written: they are one
# transaction each, audited, and never touch a key (part number, party code) that documents and
# import files refer to.

def documents(doc_type: str | None = None, party_code: str | None = None, date_from: Date | None = None,
              date_to: Date | None = None, number: str | None = None):
    """All posted documents (newest first), with party, the referenced document's number, the
    reversal that cancelled it (if any), line count and who posted it."""
    from common.models import User

    Reference = Document.alias("ref")
    Reversal = Document.alias("rev")
    line_count = (DocumentLine.select(fn.COUNT(DocumentLine.id))
                  .where(DocumentLine.document == Document.id))
    query = (
        Document.select(Document.id, Document.number, Document.doc_type, Document.date, Document.source_number,
                        Document.remark, Document.created_at, Party.code.alias("party_code"),
                        Party.name.alias("party_name"), Reference.number.alias("reference_number"),
                        Reversal.number.alias("reversed_by"), line_count.alias("line_count"),
                        User.display_name.alias("created_by_name"))
        .join(Party, JOIN.LEFT_OUTER, on=(Document.party == Party.id))
        .switch(Document).join(Reference, JOIN.LEFT_OUTER, on=(Document.reference == Reference.id))
        .switch(Document).join(Reversal, JOIN.LEFT_OUTER,
                               on=((Reversal.reference == Document.id) & (Reversal.doc_type == "REVERSAL")))
        .switch(Document).join(User, on=(Document.created_by == User.id))
        .order_by(Document.date.desc(), Document.id.desc())
    )
    if doc_type:
        query = query.where(Document.doc_type == doc_type)
    if party_code:
        query = query.where(Party.code == normalise_code(party_code))
    if date_from is not None:
        query = query.where(Document.date >= date_from)
    if date_to is not None:
        query = query.where(Document.date <= date_to)
    if number:
        text = normalise_code(number)
        query = query.where(Document.number.contains(text) | Document.source_number.contains(text))
    return query


def document_detail(document_id: int) -> dict | None:
    """One document as the detail view shows it: header, lines, effects per line and book, the
    document it references, the documents that reference it (receipts of a shipment, its reversal).
    None if there is no such document."""
    from common.models import User

    document = (Document.select(Document, Party, User)
                .join(Party, JOIN.LEFT_OUTER, on=(Document.party == Party.id))
                .switch(Document).join(User, on=(Document.created_by == User.id))
                .where(Document.id == document_id).first())
    if document is None:
        return None
    lines = [
        {"line_no": line.line_no, "part_number": line.part.number, "part_name": line.part.name,
         "unit": line.part.unit, "qty": line.qty, "price_fen": line.price_fen, "amount_fen": line.qty * line.price_fen,
         "flag": bool(line.flag), "remark": line.remark}
        for line in DocumentLine.select(DocumentLine, Part).join(Part)
        .where(DocumentLine.document == document.id).order_by(DocumentLine.line_no)
    ]
    effects = [
        {"line_no": line_no, "part_number": part_number, "book": book, "party_code": party_code, "delta": delta}
        for line_no, part_number, book, party_code, delta in Posting.select(
            DocumentLine.line_no, Part.number, Posting.book, Party.code, Posting.delta)
        .join(DocumentLine, on=(Posting.line == DocumentLine.id))
        .switch(Posting).join(Part, on=(Posting.part == Part.id))
        .switch(Posting).join(Party, JOIN.LEFT_OUTER, on=(Posting.party == Party.id))
        .where(Posting.document == document.id)
        .order_by(DocumentLine.line_no, Posting.id)
        .tuples()
    ]
    referenced_by = [
        {"id": d.id, "number": d.number, "doc_type": d.doc_type, "date": d.date}
        for d in Document.select().where(Document.reference == document.id).order_by(Document.id)
    ]
    reference = document.reference
    return {
        "id": document.id, "number": document.number, "doc_type": document.doc_type, "date": document.date,
        "party_code": document.party.code if document.party_id else None,
        "party_name": document.party.name if document.party_id else None,
        "source_number": document.source_number, "remark": document.remark,
        "created_at": document.created_at, "created_by": document.created_by.display_name,
        "reference": ({"id": reference.id, "number": reference.number, "doc_type": reference.doc_type}
                      if reference is not None else None),
        "reversed_by": next((d for d in referenced_by if d["doc_type"] == "REVERSAL"), None),
        "referenced_by": [d for d in referenced_by if d["doc_type"] != "REVERSAL"],
        "lines": lines, "effects": effects,
    }


def part_choices():
    """Every part for the entry form's completer: number, name, pinyin initials."""
    return Part.select(Part.id, Part.number, Part.name, Part.name_initials, Part.unit, Part.price_fen).order_by(Part.number)


def party_choices(kinds=None):
    """Active parties (of the given kinds), by code, for the form's counterparty box."""
    query = Party.select().where(Party.active == True).order_by(Party.code)  # noqa: E712
    if kinds:
        query = query.where(Party.kind.in_(sorted(kinds)))
    return query


def find_parts(text: str):
    """Parts whose number is ``text``, or whose name or pinyin initials contain it (exact number
    first), for the form's part field when the clerk presses Enter on what she typed."""
    text = normalise_code(text or "")
    if not text:
        return Part.select().where(Part.id.is_null())
    exact = Case(None, [(Part.number == text, 0)], 1)
    return (Part.select().where((Part.number == text) | Part.number.contains(text) | Part.name.contains(text)
                                | Part.name_initials.contains(text.lower()))
            .order_by(exact, Part.number))


def update_part(actor, number: str, *, name: str | None = None, spec: str | None = None, unit: str | None = None,
                price_fen: int | None = None, safety_stock: int | None = None) -> Part:
    """Change a part's non-key fields (the number is what documents and files refer to)."""
    from common import audit
    from common.auth import require
    from common.db import database
    from common.errors import Refusal
    from ledger.posting import name_initials

    require(actor, "masterdata.manage")
    number = normalise_code(number)
    for fact, value in (("price_fen", price_fen), ("safety_stock", safety_stock)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise Refusal(LEDGER_PART_BAD_NUMBER, part=number, field=fact, value=str(value))
    if name is not None and not name.strip():
        raise Refusal(LEDGER_PART_INCOMPLETE, part=number, name="")
    with database.atomic():
        part = Part.get_or_none(Part.number == number)
        if part is None:
            raise Refusal(LEDGER_UNKNOWN_PART, line=0, part=number)
        changes = {}
        for field_name, value in (("name", name), ("spec", spec), ("unit", unit), ("price_fen", price_fen),
                                  ("safety_stock", safety_stock)):
            if value is None:
                continue
            value = value.strip() if isinstance(value, str) else value
            if value != getattr(part, field_name):
                changes[field_name] = [getattr(part, field_name), value]
                setattr(part, field_name, value)
        if changes:
            part.name_initials = name_initials(part.name)
            part.save()
            audit.record(actor, "ledger.part_update", "ledger_part", part.id, {"number": number, "fields": sorted(changes)})
    return part


def update_party(actor, code: str, *, name: str | None = None, kind: str | None = None, contact: str | None = None,
                 phone: str | None = None, address: str | None = None, active: bool | None = None) -> Party:
    """Change a counterparty's non-key fields; a party that was used can be deactivated, not removed."""
    from common import audit
    from common.auth import require
    from common.db import database
    from common.errors import Refusal
    from ledger.models import PARTY_KINDS
    from ledger.posting import name_initials

    require(actor, "masterdata.manage")
    code = normalise_code(code)
    if kind is not None and kind not in PARTY_KINDS:
        raise Refusal(LEDGER_PARTY_UNKNOWN_KIND, party=code, kind=str(kind))
    if name is not None and not name.strip():
        raise Refusal(LEDGER_PARTY_INCOMPLETE, party=code, name="")
    with database.atomic():
        party = Party.get_or_none(Party.code == code)
        if party is None:
            raise Refusal(LEDGER_UNKNOWN_PARTY, party=code)
        changes = []
        for field_name, value in (("name", name), ("kind", kind), ("contact", contact), ("phone", phone),
                                  ("address", address), ("active", active)):
            if value is None:
                continue
            if field_name == "phone":
                value = normalise_code(value)
            elif isinstance(value, str):
                value = value.strip()
            if value != getattr(party, field_name):
                changes.append(field_name)
                setattr(party, field_name, value)
        if changes:
            party.name_initials = name_initials(party.name)
            party.save()
            # Field names only: contact names and phone numbers are personal data, not audit facts.
            audit.record(actor, "ledger.party_update", "ledger_party", party.id, {"code": code, "fields": changes})
    return party


__all__ += ["documents", "document_detail", "part_choices", "party_choices", "find_parts", "update_part",
            "update_party"]


# -- what is overdue (the 今日 page) ----------------------------------------------------------------

TRANSIT_AGE_SETTING = "ledger.transit_age_days"
OWED_AGE_SETTING = "ledger.owed_age_days"
DEFAULT_TRANSIT_AGE_DAYS = 7  # HQ's goods normally arrive within a week of the delivery list
DEFAULT_OWED_AGE_DAYS = 30  # a bad part is due back within the month it was swapped


def _age_limit(key: str, default: int) -> int:
    from common.models import Setting

    row = Setting.get_or_none(Setting.key == key)
    try:
        return int(row.value) if row else default
    except ValueError:
        return default


def age_limits() -> dict[str, int]:
    """An in-transit shipment or an owed bad part is overdue once it is more than this many days old
    (branch settings)."""
    return {"in_transit": _age_limit(TRANSIT_AGE_SETTING, DEFAULT_TRANSIT_AGE_DAYS),
            "owed": _age_limit(OWED_AGE_SETTING, DEFAULT_OWED_AGE_DAYS)}


def transit_overdue(as_of: Date) -> list[dict]:
    """Unreversed shipments (HQ_SHIP to us, HQ_BAD_RETURN from us) older than the in-transit age
    limit that still have something open: goods not received, or bad parts HQ has not confirmed.
    One row per shipment, oldest first (id, number, type, HQ's number, date, party, shipped, open
    quantity, age in days): the 今日 card counts these rows and its list shows them."""
    cutoff = as_of - timedelta(days=age_limits()["in_transit"])
    reversed_ids = Document.select(Document.reference).where(
        (Document.doc_type == "REVERSAL") & Document.reference.is_null(False))
    shipped = {
        row[0]: row for row in
        DocumentLine.select(Document.id, Document.number, Document.doc_type, Document.source_number, Document.date,
                            Party.code, Party.name, fn.SUM(DocumentLine.qty))
        .join(Document, on=(DocumentLine.document == Document.id))
        .join(Party, on=(Document.party == Party.id))
        .where(Document.doc_type.in_(SHIPMENT_TYPES) & (Document.date < cutoff) & Document.id.not_in(reversed_ids))
        .group_by(Document.id, Document.number, Document.doc_type, Document.source_number, Document.date,
                  Party.code, Party.name).tuples()}
    rows = _opening_transit_overdue(as_of, cutoff)
    if not shipped:
        return rows
    Settle = Document.alias("settle")
    settled = dict(
        DocumentLine.select(Settle.reference, fn.SUM(DocumentLine.qty))
        .join(Settle, on=(DocumentLine.document == Settle.id))
        .where(Settle.doc_type.in_(SETTLING_TYPES) & Settle.id.not_in(reversed_ids) & (Settle.date <= as_of)
               & Settle.reference.is_null(False))
        .group_by(Settle.reference).tuples())
    for document_id, number, doc_type, source_number, day, party_code, party_name, qty in shipped.values():
        open_qty = qty - settled.get(document_id, 0)
        if open_qty > 0:
            day = day if isinstance(day, Date) else Date.fromisoformat(str(day))
            rows.append({"document_id": document_id, "number": number, "doc_type": doc_type,
                         "source_number": source_number, "date": day.isoformat(), "party_code": party_code,
                         "party_name": party_name, "shipped": qty, "open_qty": open_qty,
                         "age_days": (as_of - day).days})
    rows.sort(key=lambda row: (row["date"], row["number"]))
    return rows


def _opening_transit_overdue(as_of: Date, cutoff: Date) -> list[dict]:
    """``transit_overdue``'s rows for the opening's shipments, one per HQ (or return slip) number,
    aged from the date the opening line gives."""
    shipments: dict[tuple, dict] = {}
    for r in in_transit_open(as_of).where(Document.doc_type == "OPENING").dicts():
        if Date.fromisoformat(str(r["date"])[:10]) >= cutoff:
            continue
        row = shipments.setdefault((r["source_number"], r["doc_type"]), {
            "document_id": r["document_id"], "number": r["number"], "doc_type": r["doc_type"],
            "source_number": r["source_number"], "date": str(r["date"])[:10], "party_code": r["party_code"],
            "party_name": "", "shipped": 0, "open_qty": 0, "age_days": int(r["age_days"])})
        row["shipped"] += r["shipped"]
        row["open_qty"] += r["open_qty"]
    names = dict(Party.select(Party.code, Party.name).where(
        Party.code.in_(sorted({r["party_code"] for r in shipments.values()}))).tuples()) if shipments else {}
    for row in shipments.values():
        row["party_name"] = names.get(row["party_code"], "")
    return list(shipments.values())


def count_transit_overdue(as_of: Date) -> int:
    return len(transit_overdue(as_of))


def owed_overdue(book: str, as_of: Date) -> list[dict]:
    """(Party, part) pairs of owed_to / owed_by with a debt older than the owed age limit: party,
    part, what is owed now and how much of it is overdue. The 今日 card counts these rows and its
    list shows them.

    Debts clear oldest first (as owed_open shows them), so what is overdue is what is owed now
    beyond what was added since the cut-off. ``as_of`` is today: the cached balance is the balance
    as of today, postings after today being refused.
    """
    assert book in PARTY_BOOKS
    cutoff = as_of - timedelta(days=age_limits()["owed"])
    recent = {
        (party, part): qty for party, part, qty in
        Posting.select(Posting.party, Posting.part, fn.SUM(Posting.delta))
        .join(OpeningLine, JOIN.LEFT_OUTER, on=(OpeningLine.line == Posting.line))  # the opening's real dates
        .where((Posting.book == book) & (Posting.delta > 0) & (fn.COALESCE(OpeningLine.origin_date, Posting.date) >= cutoff)
               & (Posting.date <= as_of))
        .group_by(Posting.party, Posting.part).tuples()
    }
    owed = (Balance.select(Balance.party_key, Balance.part, Party.code, Party.name, Part.number, Part.name,
                           Balance.qty)
            .join(Part, on=(Balance.part == Part.id))
            .join(Party, on=(Balance.party_key == Party.id))
            .where((Balance.book == book) & (Balance.qty > 0))
            .order_by(Party.code, Part.number).tuples())
    return [{"party_code": code, "party_name": party_name, "part_number": number, "part_name": part_name,
             "owed": qty, "overdue": qty - recent.get((party, part), 0)}
            for party, part, code, party_name, number, part_name, qty in owed if qty > recent.get((party, part), 0)]


def count_owed_overdue(book: str, as_of: Date) -> int:
    return len(owed_overdue(book, as_of))


# -- what a receipt or a return can settle (the entry form's completer and its 全部 button) --------

def open_shipments(doc_types=("HQ_SHIP",), as_of: Date | None = None, party_code: str | None = None) -> list[dict]:
    """Unreversed shipments of these types with something still open at the end of ``as_of``
    (None: all dates), oldest first: id, our number, HQ's number (source_number), date, party,
    open line count, open quantity and the quantity shipped on those lines. For the receipt's shipment completer.

    A shipment of the opening is one entry per 原始单号: ``number`` is that number (what a receipt
    names in 关联单号, ledger.posting._resolve_reference), ``opening_key`` the same number and
    ``opening_number`` the OPENING document's; ``opening_key`` is None for shipments posted in the app."""
    as_of = as_of or Date.max
    base, t = _subquery(in_transit_open(as_of), "transit")
    query = (base.select(t.c.document_id, t.c.number, t.c.doc_type, t.c.source_number, t.c.date, t.c.party_code,
                         fn.COUNT(t.c.part_number).alias("open_lines"), fn.SUM(t.c.open_qty).alias("open_qty"),
                         fn.SUM(t.c.shipped).alias("shipped_qty"))
             .where(t.c.doc_type.in_(list(doc_types)))
             .group_by(t.c.document_id, t.c.number, t.c.doc_type, t.c.source_number, t.c.date, t.c.party_code)
             .order_by(t.c.date, t.c.number, t.c.source_number))
    if party_code is not None:
        query = query.where(t.c.party_code == normalise_code(party_code))
    openings = {id_ for (id_,) in Document.select(Document.id).where(Document.doc_type == "OPENING").tuples()}
    rows = list(query.dicts())
    for row in rows:
        row["opening_key"] = row["opening_number"] = None
        if row["document_id"] in openings:
            row["opening_number"], row["number"] = row["number"], row["source_number"]
            row["opening_key"] = row["source_number"]
    return rows


def _subquery(query, name):
    rows = query.alias(name)
    return peewee.Select([rows], [peewee.SQL("*")]).bind(Posting._meta.database), rows


def open_lines(document_id: int, key: str | None = None) -> list[dict]:
    """The parts still open on one shipment, in its line order: number, name, unit, price (fen) and
    the open quantity (shipped minus unreversed receipts, losses and confirmations). ``key``: the
    原始单号 of one of the opening's shipments when ``document_id`` is the OPENING."""
    from ledger.posting import shipment_open

    still_open = {part_id: qty for part_id, qty in shipment_open(document_id, key).items() if qty > 0}
    if not still_open:
        return []
    rows = (DocumentLine.select(DocumentLine.part, fn.MIN(DocumentLine.line_no).alias("first"))
            .where((DocumentLine.document == document_id) & DocumentLine.part.in_(sorted(still_open))))
    if key is not None:
        rows = rows.join(OpeningLine, on=(OpeningLine.line == DocumentLine.id)).where(
            (OpeningLine.origin_number == key) & OpeningLine.book.in_(list(OPENING_SHIPMENT_BOOKS.values())))
    rows = rows.group_by(DocumentLine.part).order_by(fn.MIN(DocumentLine.line_no)).tuples()
    parts = {p.id: p for p in Part.select().where(Part.id.in_(sorted(still_open)))}
    return [{"part_number": parts[part_id].number, "part_name": parts[part_id].name, "unit": parts[part_id].unit,
             "price_fen": parts[part_id].price_fen, "qty": still_open[part_id]} for part_id, _ in rows]


def owed_by_party(party_code: str) -> list[dict]:
    """What one station or dealer owes us now (人欠坏件), per part by number: the lines of a bad-part
    return that clears all of it."""
    party = Party.get_or_none(Party.code == normalise_code(party_code))
    if party is None:
        return []
    return [{"part_number": number, "part_name": name, "unit": unit, "price_fen": price, "qty": qty}
            for number, name, unit, price, qty in
            Balance.select(Part.number, Part.name, Part.unit, Part.price_fen, Balance.qty).join(Part)
            .where((Balance.book == "owed_by") & (Balance.party_key == party.id) & (Balance.qty > 0))
            .order_by(Part.number).tuples()]


__all__ += ["open_shipments", "open_lines", "owed_by_party"]

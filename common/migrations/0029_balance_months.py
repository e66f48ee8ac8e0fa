"""Every book's balance at the end of each closed month, kept by the database (issue 17 item 5).

The period totals of migration 0019 hold what moved per year and month; "all parts at a date" still
had to add up one row per part, book and party for each period between the date and the nearer end
of the journal: some 100,000 rows for a date in the middle of a ten-year, million-line branch
(the owed books are kept per station, 58,000 keys). Balances that are not zero at a month's end are
about 3,000, so the balance at the end of a month plus the days of the next are a few thousand rows
whatever the date.

``ledger_balance_month`` holds, per closed month (``month`` = 202611), part, book and party key (as
in migration 0019), the balance at the end of that month; a key missing is zero there.
``ledger_balance_month_closed`` names the months held. A month is closed (its rows summed from the
previous month's and the month's period totals) by ``ledger.books.close_months`` once the journal
has moved past it; here every month before the newest posting's is closed. Triggers add every
posting (and take back one deleted or changed by hand) to the rows of each closed month on or after
its date, in the posting's transaction: a posting dated in the open month, the usual case, touches
none.
"""

# Its rows' quantity is BIGINT on PostgreSQL, as the period totals'; SQLite keeps it WITHOUT ROWID.
TABLE = """CREATE TABLE ledger_balance_month (
    month INTEGER NOT NULL,
    part_id INTEGER NOT NULL REFERENCES ledger_part (id),
    book VARCHAR(16) NOT NULL,
    party_key INTEGER NOT NULL,
    qty {qty} NOT NULL,
    PRIMARY KEY (month, part_id, book, party_key)
){rowid}"""
CLOSED = "CREATE TABLE ledger_balance_month_closed (month INTEGER NOT NULL PRIMARY KEY)"

PARTY_KEY = "CASE WHEN {row}.book IN ('owed_to', 'owed_by') THEN COALESCE({row}.party_id, 0) ELSE 0 END"
SQLITE_MONTH = "CAST(substr({row}.date, 1, 4) || substr({row}.date, 6, 2) AS INTEGER)"
PG_MONTH = "CAST(EXTRACT(YEAR FROM {row}.date) * 100 + EXTRACT(MONTH FROM {row}.date) AS INTEGER)"

UPSERT = """INSERT INTO ledger_balance_month (month, part_id, book, party_key, qty)
    SELECT c.month, {row}.part_id, {row}.book, {party}, {sign}{row}.delta FROM ledger_balance_month_closed AS c
    WHERE c.month >= {month}
    ON CONFLICT (month, part_id, book, party_key) DO UPDATE SET qty = ledger_balance_month.qty + excluded.qty"""

# A month's balances: the previous closed month's plus the month's period totals (for the first
# month closed, every month's totals up to it); zero balances are left out.
CLOSE = """INSERT INTO ledger_balance_month (month, part_id, book, party_key, qty)
    SELECT {month}, part_id, book, party_key, SUM(qty) FROM (
        SELECT part_id, book, party_key, qty FROM ledger_balance_month WHERE month = {previous}
        UNION ALL
        SELECT part_id, book, party_key, delta FROM ledger_posting_period
        WHERE period > {previous} AND period <= {month}
    ) AS moved GROUP BY part_id, book, party_key HAVING SUM(qty) <> 0"""


def next_month(month: int) -> int:
    return month + 89 if month % 100 == 12 else month + 1


def close(db, through: int) -> int:
    """Close every month after the last closed one up to ``through`` (YYYYMM); the caller holds the
    lock that keeps postings out. Returns how many months were closed."""
    last = db.execute_sql("SELECT MAX(month) FROM ledger_balance_month_closed").fetchone()[0]
    if last is None:
        first = db.execute_sql("SELECT MIN(period) FROM ledger_posting_period WHERE period > 10000").fetchone()[0]
        if first is None:
            return 0
        month, previous = first, 10000  # the first month: every month's totals before it count too
    else:
        month, previous = next_month(last), last
    closed = 0
    while month <= through:
        db.execute_sql(CLOSE.format(month=int(month), previous=int(previous)))
        db.execute_sql(f"INSERT INTO ledger_balance_month_closed (month) VALUES ({int(month)})")
        previous, month, closed = month, next_month(month), closed + 1
    return closed


def fill(db) -> None:
    """Every closed month summed again from the period totals: here, and at the end of
    ledger.demo's bulk writer, which writes with the triggers suspended."""
    db.execute_sql("DELETE FROM ledger_balance_month")
    db.execute_sql("DELETE FROM ledger_balance_month_closed")
    newest = db.execute_sql("SELECT MAX(period) FROM ledger_posting_period WHERE period > 10000").fetchone()[0]
    if newest is not None:
        year, month = divmod(int(newest), 100)
        close(db, (year - 1) * 100 + 12 if month == 1 else int(newest) - 1)


def up(migrator, db):
    sqlite = not db.__class__.__name__.startswith("Postgres")
    db.execute_sql(TABLE.format(qty="INTEGER", rowid=" WITHOUT ROWID") if sqlite else TABLE.format(qty="BIGINT", rowid=""))
    db.execute_sql(CLOSED)
    fill(db)
    # Each is the first column of a wider index of the journal ((part, book, date, party, delta) and
    # (party, book, date)), which answers everything they did, the foreign keys' checks included;
    # a posting of a 40-line document wrote 80 entries into each for nothing.
    db.execute_sql("DROP INDEX IF EXISTS posting_part_id")
    db.execute_sql("DROP INDEX IF EXISTS posting_party_id")
    month_of = SQLITE_MONTH if sqlite else PG_MONTH

    def upsert(row: str, sign: str) -> str:
        return UPSERT.format(row=row, sign=sign, month=month_of.format(row=row), party=PARTY_KEY.format(row=row))

    if sqlite:
        for event, changes in (("INSERT", [upsert("NEW", "")]), ("DELETE", [upsert("OLD", "-")]),
                               ("UPDATE", [upsert("OLD", "-"), upsert("NEW", "")])):
            db.execute_sql(f"CREATE TRIGGER ledger_balance_month_{event.lower()} AFTER {event} ON ledger_posting "
                           "BEGIN " + "; ".join(changes) + "; END")
        return
    db.execute_sql(
        "CREATE FUNCTION ledger_balance_month_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP IN ('DELETE', 'UPDATE') THEN " + upsert("OLD", "-") + "; END IF; "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN " + upsert("NEW", "") + "; END IF; "
        "RETURN NULL; END $$")
    db.execute_sql("CREATE TRIGGER ledger_balance_month_keep AFTER INSERT OR UPDATE OR DELETE ON ledger_posting "
                   "FOR EACH ROW EXECUTE FUNCTION ledger_balance_month_keep()")

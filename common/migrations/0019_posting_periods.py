"""Journal totals per year and per month, kept by the database itself (issue 17 item 5).

A branch with a million document lines holds two million postings. ``balances_at`` answers "every
book at the end of a day" as the cached totals minus what was posted after that day; for a day
years back that summed most of the journal (about a second for all parts). ``ledger_posting_period``
holds, per part, book and party (the owed books'; 0 for the others), the sum of the postings of
each year (``period`` = 2026) and of each month (``period`` = 202611). Triggers add every new
posting to its year and its month, in the posting's transaction (and take back a row deleted or
changed, which the app never does but a repair by hand might), so the totals stay exact. The rows
already there are summed now.

Indexes: the primary key (part, period, book, party) answers one part's question from a few hundred
rows; (period, part, book, party, delta) answers every part's from the periods alone; and the
journal gets (date, part, book, party, delta), which reads the days of one month without the table.
"""

SQLITE_TABLE = """CREATE TABLE ledger_posting_period (
    part_id INTEGER NOT NULL REFERENCES ledger_part (id),
    period INTEGER NOT NULL,
    book VARCHAR(16) NOT NULL,
    party_key INTEGER NOT NULL,
    delta INTEGER NOT NULL,
    PRIMARY KEY (part_id, period, book, party_key)
) WITHOUT ROWID"""

PG_TABLE = """CREATE TABLE ledger_posting_period (
    part_id INTEGER NOT NULL REFERENCES ledger_part (id),
    period INTEGER NOT NULL,
    book VARCHAR(16) NOT NULL,
    party_key INTEGER NOT NULL,
    delta BIGINT NOT NULL,
    PRIMARY KEY (part_id, period, book, party_key)
)"""

# The owed books are kept per party; every other book's party is not part of its balance key.
PARTY_KEY = "CASE WHEN {row}.book IN ('owed_to', 'owed_by') THEN COALESCE({row}.party_id, 0) ELSE 0 END"
SQLITE_YEAR = "CAST(substr({row}.date, 1, 4) AS INTEGER)"
SQLITE_MONTH = "CAST(substr({row}.date, 1, 4) || substr({row}.date, 6, 2) AS INTEGER)"
PG_YEAR = "CAST(EXTRACT(YEAR FROM {row}.date) AS INTEGER)"
PG_MONTH = "CAST(EXTRACT(YEAR FROM {row}.date) * 100 + EXTRACT(MONTH FROM {row}.date) AS INTEGER)"

UPSERT = """INSERT INTO ledger_posting_period (part_id, period, book, party_key, delta)
    VALUES ({row}.part_id, {period}, {row}.book, {party}, {sign}{row}.delta)
    ON CONFLICT (part_id, period, book, party_key) DO UPDATE SET delta = ledger_posting_period.delta + excluded.delta"""

BACKFILL = """INSERT INTO ledger_posting_period (part_id, period, book, party_key, delta)
    SELECT p.part_id, {period}, p.book, {party}, SUM(p.delta) FROM ledger_posting AS p
    GROUP BY p.part_id, {period}, p.book, {party}"""


def fill(db) -> None:
    """Sum the whole journal into the table (also ledger.demo's bulk writer, which on PostgreSQL
    writes its million lines with the trigger suspended and fills the table once at the end)."""
    sqlite = not db.__class__.__name__.startswith("Postgres")
    db.execute_sql("DELETE FROM ledger_posting_period")
    for period in (SQLITE_YEAR, SQLITE_MONTH) if sqlite else (PG_YEAR, PG_MONTH):
        db.execute_sql(BACKFILL.format(period=period.format(row="p"), party=PARTY_KEY.format(row="p")))


def up(migrator, db):
    sqlite = not db.__class__.__name__.startswith("Postgres")
    year, month = (SQLITE_YEAR, SQLITE_MONTH) if sqlite else (PG_YEAR, PG_MONTH)
    db.execute_sql(SQLITE_TABLE if sqlite else PG_TABLE)
    fill(db)
    db.execute_sql("CREATE INDEX posting_period_cover ON ledger_posting_period (period, part_id, book, party_key, delta)")
    db.execute_sql("CREATE INDEX posting_date_cover ON ledger_posting (date, part_id, book, party_id, delta)")
    # The single-column date index is a prefix of the new one.
    db.execute_sql("DROP INDEX IF EXISTS posting_date")

    def upserts(row: str, sign: str) -> list[str]:
        return [UPSERT.format(row=row, sign=sign, period=period.format(row=row), party=PARTY_KEY.format(row=row))
                for period in (year, month)]

    if sqlite:
        for event, changes in (("INSERT", upserts("NEW", "")), ("DELETE", upserts("OLD", "-")),
                               ("UPDATE", upserts("OLD", "-") + upserts("NEW", ""))):
            db.execute_sql(f"CREATE TRIGGER ledger_posting_period_{event.lower()} AFTER {event} ON ledger_posting "
                           "BEGIN " + "; ".join(changes) + "; END")
        return
    db.execute_sql(
        "CREATE FUNCTION ledger_posting_period_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP IN ('DELETE', 'UPDATE') THEN " + "; ".join(upserts("OLD", "-")) + "; END IF; "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN " + "; ".join(upserts("NEW", "")) + "; END IF; "
        "RETURN NULL; END $$")
    db.execute_sql("CREATE TRIGGER ledger_posting_period_keep AFTER INSERT OR UPDATE OR DELETE ON ledger_posting "
                   "FOR EACH ROW EXECUTE FUNCTION ledger_posting_period_keep()")

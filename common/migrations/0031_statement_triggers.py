"""PostgreSQL: the journal's period totals (0019) and month-end balances (0029) kept once per
statement, not once per posting (issue 17 item 5).

A 40-line issue writes its sixty postings in one INSERT; the two PL/pgSQL row triggers then ran
three upserts per posting, 180 in all: 18 of the 20 ms the server spent on that INSERT (EXPLAIN
ANALYZE: ledger_balance_month_keep 11.7 ms, ledger_posting_period_keep 6.5 ms for 60 calls). Here
the INSERT triggers are statement triggers over the statement's new rows (a transition table):
one upsert of the rows summed per year, month, part, book and party key, and one of the closed
months on or after each posting's month (none, for a posting dated in the open month). They keep
the names 0019 and 0029 gave, so ledger.demo's bulk writer still suspends them by name. A posting
changed or deleted by hand (the app never does) is still taken back row by row by the functions
0019 and 0029 created, under new trigger names.

Rows of one key are summed before the upsert (one statement may change a row only once) and
written in key order. The two tables' rows of a key belong to a balance row of the same part, book
and party, which every posting locks first (ledger.posting.lock_for_posting), so the order they are
reached in cannot deadlock two postings.

SQLite has no statement triggers; its row triggers run in-process and stay.
"""

PARTY_KEY = "CASE WHEN n.book IN ('owed_to', 'owed_by') THEN COALESCE(n.party_id, 0) ELSE 0 END"
YEAR = "CAST(EXTRACT(YEAR FROM n.date) AS INTEGER)"
MONTH = "CAST(EXTRACT(YEAR FROM n.date) * 100 + EXTRACT(MONTH FROM n.date) AS INTEGER)"

PERIODS = f"""INSERT INTO ledger_posting_period (part_id, period, book, party_key, delta)
    SELECT part_id, period, book, party_key, SUM(delta) FROM (
        SELECT n.part_id, {YEAR} AS period, n.book, {PARTY_KEY} AS party_key, n.delta FROM new_postings AS n
        UNION ALL
        SELECT n.part_id, {MONTH}, n.book, {PARTY_KEY}, n.delta FROM new_postings AS n
    ) AS moved GROUP BY part_id, period, book, party_key ORDER BY part_id, period, book, party_key
    ON CONFLICT (part_id, period, book, party_key) DO UPDATE SET delta = ledger_posting_period.delta + excluded.delta"""

MONTHS = f"""INSERT INTO ledger_balance_month (month, part_id, book, party_key, qty)
    SELECT c.month, n.part_id, n.book, {PARTY_KEY}, SUM(n.delta)
    FROM new_postings AS n JOIN ledger_balance_month_closed AS c ON c.month >= {MONTH}
    GROUP BY c.month, n.part_id, n.book, {PARTY_KEY} ORDER BY 2, 3, 4, 1
    ON CONFLICT (month, part_id, book, party_key) DO UPDATE SET qty = ledger_balance_month.qty + excluded.qty"""


def up(migrator, db):
    if not db.__class__.__name__.startswith("Postgres"):
        return
    for name, function, body in (("ledger_posting_period_keep", "ledger_posting_periods_add", PERIODS),
                                 ("ledger_balance_month_keep", "ledger_balance_months_add", MONTHS)):
        db.execute_sql(f"DROP TRIGGER {name} ON ledger_posting")
        db.execute_sql(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       f"{body}; RETURN NULL; END $$")
        db.execute_sql(f"CREATE TRIGGER {name} AFTER INSERT ON ledger_posting REFERENCING NEW TABLE AS new_postings "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
        # Changes by hand: 0019's and 0029's row functions, which handle UPDATE and DELETE.
        db.execute_sql(f"CREATE TRIGGER {name}_change AFTER UPDATE OR DELETE ON ledger_posting "
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")

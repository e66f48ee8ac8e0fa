"""Indexed open items for the owed and in-transit lists (issue 17 item 5).

Owed books: the 欠人坏件 / 人欠坏件 lists (ledger.books.owed_open) start from the pairs (party, part)
whose balance in the cache is still open and read only those pairs' increments. The journal's
indexes lead with the date or with (part, book) and then range over every party of the part: about
a million index entries for the 1,600 open pairs of a million-line branch. ``posting_owed_increments``
leads with the pair and holds increments only (delta > 0, the rows an open item can be).

In transit: the 在途 list summed every shipment's lines and every settlement over the whole journal
(2 to 3 seconds at a million lines) to show the few hundred still open. ``ledger_transit_candidate``
holds the shipments (HQ_SHIP, HQ_BAD_RETURN, and the OPENING, whose transit lines stand for
shipments) that may still have something open; the list sums only theirs. Triggers keep it in the
posting's transaction, on SQLite and PostgreSQL: a shipment's line adds it, a settling document's
line takes its shipment out once every part is settled, a reversal of a settlement puts its shipment
back. It may hold more than is open (a reversed shipment stays; the OPENING always), never less
(``check`` verifies it against the list's own rule over the whole journal); the shipments already
there are found now.
"""

SHIPMENTS = "('HQ_SHIP', 'HQ_BAD_RETURN')"
SETTLING = "('HQ_RECEIVE', 'TRANSIT_LOSS', 'HQ_BAD_CONFIRM')"

# Shipment {s} (not the OPENING) has more shipped than its unreversed settlements settle. Totals
# over the shipment, not per part as ledger.books.in_transit_open: posting refuses to settle a part
# beyond what is open, so all parts are settled exactly when the totals meet, and a trigger reads a
# shipment's and its settlements' lines once. The CROSS JOIN makes SQLite find the settlements by
# their reference, not every line of the part.
STILL_OPEN = """(NOT EXISTS (SELECT 1 FROM ledger_document AS r WHERE r.doc_type = 'REVERSAL' AND r.reference_id = {s})
    AND (SELECT COALESCE(SUM(l.qty), 0) FROM ledger_document_line AS l WHERE l.document_id = {s})
        > (SELECT COALESCE(SUM(sl.qty), 0) FROM ledger_document AS x CROSS JOIN ledger_document_line AS sl
           WHERE sl.document_id = x.id AND x.reference_id = {s} AND x.doc_type IN """ + SETTLING + """
             AND COALESCE(x.reference_key, '') = ''
             AND NOT EXISTS (SELECT 1 FROM ledger_document AS r2
                             WHERE r2.doc_type = 'REVERSAL' AND r2.reference_id = x.id)))"""

ADD_SHIPMENT = ("INSERT INTO ledger_transit_candidate (document_id) VALUES (NEW.document_id) "
                "ON CONFLICT (document_id) DO NOTHING")
PRUNE = ("DELETE FROM ledger_transit_candidate WHERE document_id = "
         "(SELECT reference_id FROM ledger_document WHERE id = NEW.document_id) "
         "AND document_id IN (SELECT id FROM ledger_document WHERE doc_type IN " + SHIPMENTS + ") "
         "AND NOT " + STILL_OPEN.format(s="ledger_transit_candidate.document_id"))
REOPEN = ("INSERT INTO ledger_transit_candidate (document_id) SELECT x.reference_id FROM ledger_document AS x "
          "WHERE x.id = NEW.reference_id AND x.doc_type IN " + SETTLING + " AND x.reference_id IS NOT NULL "
          "ON CONFLICT (document_id) DO NOTHING")
DOC_TYPE = "(SELECT doc_type FROM ledger_document WHERE id = NEW.document_id)"


def fill(db) -> None:
    """Every shipment still open, and every OPENING (also ledger.demo's bulk writer's end)."""
    db.execute_sql("DELETE FROM ledger_transit_candidate")
    db.execute_sql("INSERT INTO ledger_transit_candidate (document_id) SELECT d.id FROM ledger_document AS d "
                   "WHERE d.doc_type = 'OPENING' OR (d.doc_type IN " + SHIPMENTS + " AND "
                   + STILL_OPEN.format(s="d.id") + ")")


def up(migrator, db):
    sqlite = not db.__class__.__name__.startswith("Postgres")
    db.execute_sql("CREATE INDEX posting_owed_increments ON ledger_posting (part_id, book, party_id, date) "
                   "WHERE delta > 0")
    db.execute_sql("CREATE TABLE ledger_transit_candidate (document_id INTEGER NOT NULL PRIMARY KEY)")
    fill(db)
    if sqlite:
        db.execute_sql("CREATE TRIGGER ledger_transit_candidate_line AFTER INSERT ON ledger_document_line "
                       f"WHEN {DOC_TYPE} IN ('HQ_SHIP', 'HQ_BAD_RETURN', 'OPENING') BEGIN {ADD_SHIPMENT}; END")
        db.execute_sql("CREATE TRIGGER ledger_transit_candidate_settle AFTER INSERT ON ledger_document_line "
                       f"WHEN {DOC_TYPE} IN {SETTLING} BEGIN {PRUNE}; END")
        db.execute_sql("CREATE TRIGGER ledger_transit_candidate_reversal AFTER INSERT ON ledger_document "
                       f"WHEN NEW.doc_type = 'REVERSAL' BEGIN {REOPEN}; END")
        return
    db.execute_sql(
        "CREATE FUNCTION ledger_transit_candidate_line() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"DECLARE kind TEXT := {DOC_TYPE}; BEGIN "
        f"IF kind IN ('HQ_SHIP', 'HQ_BAD_RETURN', 'OPENING') THEN {ADD_SHIPMENT}; "
        f"ELSIF kind IN {SETTLING} THEN {PRUNE}; END IF; RETURN NULL; END $$")
    db.execute_sql("CREATE TRIGGER ledger_transit_candidate_line AFTER INSERT ON ledger_document_line "
                   "FOR EACH ROW EXECUTE FUNCTION ledger_transit_candidate_line()")
    db.execute_sql(
        "CREATE FUNCTION ledger_transit_candidate_reversal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF NEW.doc_type = 'REVERSAL' THEN {REOPEN}; END IF; RETURN NULL; END $$")
    db.execute_sql("CREATE TRIGGER ledger_transit_candidate_reversal AFTER INSERT ON ledger_document "
                   "FOR EACH ROW EXECUTE FUNCTION ledger_transit_candidate_reversal()")

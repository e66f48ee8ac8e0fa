"""The 在途 list from migration 0030's candidate shipments (issue 17 item 5), on SQLite and
PostgreSQL: the triggers keep every shipment that still has something open (received in part,
settled and then a receipt reversed, a return to HQ confirmed in part) and let a settled one go;
the list equals the rule over the whole journal; the migration's fill finds the same; ``check``
names a candidate deleted by hand."""
import importlib.util
from datetime import date

from common.db import database
from common.schema import MIGRATIONS_DIR
from ledger import books, checks
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse
from ledger.texts import LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING

D = date


def candidates() -> set:
    return {d for (d,) in database.execute_sql("SELECT document_id FROM ledger_transit_candidate").fetchall()}


def listed(**options) -> list:
    from peewee import fn

    return sorted(books.in_transit_open(D(2026, 11, 23), **options)
                  .select_extend(fn.MIN(books.DocumentLine.id).alias("line_id")).tuples())


def migration():
    spec = importlib.util.spec_from_file_location("open_items_0030", MIGRATIONS_DIR / "0030_open_items.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_candidates_follow_shipments_settlements_and_reversals(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "ZZ01", "郑州金水服务站", "station")
    create_part(manager, "BP-1", "前刹车片", "", "套", 18500, 0)
    create_part(manager, "OF-1", "机油滤清器", "", "个", 3200, 0)
    first = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-1", 10), ("OF-1", 40)]))
    second = post(clerk, Draft("HQ_SHIP", D(2026, 11, 3), "HQ", "FH-2", lines=[("BP-1", 5)]))
    third = post(clerk, Draft("HQ_SHIP", D(2026, 11, 4), "HQ", "FH-3", lines=[("OF-1", 8)]))
    assert {first.document_id, second.document_id, third.document_id} <= candidates()
    # The first arrives in part; the second whole (it leaves the candidates); the third whole, and
    # then that receipt is reversed (it is open again).
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 5), "HQ", "FH-1", reference="FH-1",
                      lines=[DraftLine("BP-1", 10, flag=True), DraftLine("OF-1", 36)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 6), "HQ", "FH-2", reference="FH-2", lines=[("BP-1", 5)]))
    received = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 7), "HQ", "FH-3", reference="FH-3", lines=[("OF-1", 8)]))
    assert second.document_id not in candidates() and third.document_id not in candidates()
    reverse(clerk, received.document_id, "到货数量录错", D(2026, 11, 8))
    assert third.document_id in candidates()
    # A station's bad pads go back to HQ, HQ confirms part of them.
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 9), "ZZ01", "SQ-1", lines=[DraftLine("BP-1", 4, flag=True)]))
    post(clerk, Draft("STATION_BAD_RETURN", D(2026, 11, 10), "ZZ01", "FH-9", lines=[("BP-1", 4)]))
    back = post(clerk, Draft("HQ_BAD_RETURN", D(2026, 11, 12), "HQ", "FHZB-1", lines=[("BP-1", 4)]))
    post(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 18), "HQ", "RKD-1", reference=back.document_id,
                      lines=[("BP-1", 3)]))
    assert back.document_id in candidates()

    shown = listed()
    assert shown == listed(candidates=False)
    assert {(row[1], row[6], row[9]) for row in shown} == {
        (first.number, "OF-1", 4), (third.number, "OF-1", 8), (back.number, "BP-1", 1)}
    assert checks.check_transit_candidates() == []

    kept = candidates()
    migration().fill(database)  # what the migration finds on a database that had these documents
    assert candidates() <= kept and listed() == shown

    database.execute_sql(f"DELETE FROM ledger_transit_candidate WHERE document_id = {third.document_id}")
    problems = checks.check_transit_candidates()
    assert [(p.code, p.facts["number"]) for p in problems] == [(LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING, third.number)]
    assert [p.code for p in checks.check_invariants()].count(LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING) == 1

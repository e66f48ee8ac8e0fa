"""What the 今日 page flags in the parts books: shipments in transit too long, bad parts owed too long."""
from datetime import date

from common.models import Setting
from ledger import books
from ledger.posting import Draft, DraftLine, post
from tests.test_ledger_scenarios import setup_branch


def test_a_shipment_in_transit_past_the_limit_is_overdue_until_it_arrives(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", date(2026, 11, 2), "HQ", "SZ-1", lines=[("BP-3501010", 5)]))
    assert books.count_transit_overdue(date(2026, 11, 9)) == 0  # seven days: still normal
    assert books.count_transit_overdue(date(2026, 11, 10)) == 1
    post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 10), "HQ", "SZ-1", reference=ship.document_id,
                      lines=[("BP-3501010", 5)]))
    assert books.count_transit_overdue(date(2026, 11, 10)) == 0


def test_bad_parts_owed_past_the_limit_count_per_station_and_part(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", date(2026, 9, 1), "HQ", "SZ-2", lines=[("BP-3501010", 10)]))
    post(clerk, Draft("HQ_RECEIVE", date(2026, 9, 3), "HQ", "SZ-2", reference="SZ-2", lines=[("BP-3501010", 10)]))
    post(clerk, Draft("STATION_ISSUE", date(2026, 9, 10), "ZZ01", "SQ-1", lines=[DraftLine("BP-3501010", 3, flag=True)]))
    post(clerk, Draft("STATION_ISSUE", date(2026, 11, 1), "ZZ01", "SQ-2", lines=[DraftLine("BP-3501010", 2, flag=True)]))
    as_of = date(2026, 11, 20)
    assert books.count_owed_overdue("owed_by", as_of) == 1
    # Two of the three September parts come back: the oldest debt is still open.
    post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 18), "ZZ01", "FH-1", lines=[("BP-3501010", 2)]))
    assert books.count_owed_overdue("owed_by", as_of) == 1
    # The third comes back: what is owed now is only November's, within the month.
    post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 19), "ZZ01", "FH-2", lines=[("BP-3501010", 1)]))
    assert books.count_owed_overdue("owed_by", as_of) == 0
    # The branch may allow less time.
    Setting.create(key=books.OWED_AGE_SETTING, value="10")
    assert books.count_owed_overdue("owed_by", as_of) == 1

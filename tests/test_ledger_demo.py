"""The demo branch posts through the real rules and leaves books that pass every check."""
import random
from datetime import date

from ledger import books, checks, demo
from ledger.models import Part, Party


def test_two_months_of_demo_documents_pass_every_check(db, actors):
    counts = demo.populate(actors["manager"], random.Random(3), date(2026, 9, 1), date(2026, 11, 20), scale=0.3)
    for kind in ("hq_ship", "hq_receive", "station_issue", "station_bad_return", "hq_bad_return",
                 "hq_bad_confirm", "counter_issue", "adjust_good"):
        assert counts[f"documents_{kind}"] > 0, kind
    assert Party.get(Party.code == "HQ").name == "客服本部"
    assert Party.select().where(Party.kind == "station").count() >= 3
    assert Part.select().where(Part.name == "前刹车片").exists()
    assert checks.check_invariants() == []
    stock = books.balances_at()["parts"]
    assert len(stock) == counts["parts"] and sum(entry["good"] for entry in stock.values()) > 0

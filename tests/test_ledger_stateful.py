"""The parts ledger against a small independent model of LEDGERS.md (hypothesis stateful test).

Random documents of every type, back-dated ones and reversals. The model decides on its own
whether each posting must be accepted or refused, and after every step:
- the database agreed (posted exactly when the model accepted);
- no book of any part (or party) is negative at the end of any day, the cache equals a rebuild
  from the journal and the numbering has no gaps (ledger.checks);
- balances_at() equals the model's balances, today and at earlier days;
- each part is conserved: what is on the shelves and in transit equals what came in minus what left.
"""
from collections import defaultdict
from datetime import date, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from common.errors import Refusal
from ledger import books, checks
from ledger.models import Balance, Document, DocumentCounter, DocumentLine, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse

START = date(2026, 11, 1)
PARTS = ("P1", "P2")
STATIONS = ("S1", "S2")

# The model's own reading of LEDGERS.md's table: (book, sign) per line; "flag" entries apply only
# when the line's flag is set, "noflag" only when it is not.
EFFECTS = {
    "HQ_SHIP": [("in_transit_in", +1, None)],
    "HQ_RECEIVE": [("in_transit_in", -1, None), ("good", +1, None), ("owed_to", +1, "flag")],
    "STATION_ISSUE": [("good", -1, None), ("owed_by", +1, "flag")],
    "STATION_BAD_RETURN": [("bad", +1, None), ("owed_by", -1, "flag")],
    "STATION_GOOD_RETURN": [("good", +1, None), ("owed_by", -1, "flag")],
    "HQ_BAD_RETURN": [("bad", -1, None), ("in_transit_out", +1, None)],
    "HQ_BAD_CONFIRM": [("in_transit_out", -1, None), ("owed_to", -1, "flag")],
    "COUNTER_ISSUE": [("good", -1, None), ("bad", +1, "flag")],
    "ADJUST_GOOD": [("good", +1, None)],
    "ADJUST_BAD": [("bad", +1, None)],
    "SCRAP": [("bad", -1, None)],
}
PARTY = {"HQ_SHIP": "HQ", "HQ_RECEIVE": "HQ", "TRANSIT_LOSS": "HQ", "HQ_BAD_RETURN": "HQ", "HQ_BAD_CONFIRM": "HQ",
         "COUNTER_ISSUE": "MS", "ADJUST_GOOD": None, "ADJUST_BAD": None, "SCRAP": None}
REFERENCES = {"HQ_RECEIVE": ("HQ_SHIP",), "TRANSIT_LOSS": ("HQ_SHIP", "HQ_BAD_RETURN"), "HQ_BAD_CONFIRM": ("HQ_BAD_RETURN",)}
# What comes into or leaves the branch's physical custody (shelves + transit) per type and book.
PHYSICAL = ("good", "bad", "in_transit_in", "in_transit_out")


class Model:
    def __init__(self):
        self.docs = []  # dicts: id, type, date, party, ref (index), lines [(part, qty, flag)], entries, reversed_by
        self.entries = []  # (date, part, book, party, delta)

    def key_party(self, book, party):
        return party if book in ("owed_to", "owed_by") else None

    def effects(self, doc_type, party, lines, ref_type):
        out = []
        for part, qty, flag in lines:
            if doc_type == "TRANSIT_LOSS":
                out.append((part, "in_transit_out" if ref_type == "HQ_BAD_RETURN" else "in_transit_in", None, -qty))
                continue
            for book, sign, condition in EFFECTS[doc_type]:
                if condition == "flag" and not flag:
                    continue
                out.append((part, book, self.key_party(book, party), sign * qty))
        return out

    def never_negative(self, extra):
        per_key = defaultdict(lambda: defaultdict(int))
        for day, part, book, party, delta in self.entries + extra:
            per_key[(part, book, party)][day] += delta
        for days in per_key.values():
            running = 0
            for day in sorted(days):
                running += days[day]
                if running < 0:
                    return False
        return True

    def open_on(self, index):
        shipment = self.docs[index]
        left = defaultdict(int)
        for part, qty, _ in shipment["lines"]:
            left[part] += qty
        for doc in self.docs:
            if doc["ref"] == index and doc["type"] != "REVERSAL" and doc["reversed_by"] is None:
                for part, qty, _ in doc["lines"]:
                    left[part] -= qty
        return left

    def balances(self, at=None):
        result = {p: {"good": 0, "bad": 0, "in_transit_in": 0, "in_transit_out": 0, "owed_to": {}, "owed_by": {}}
                  for p in PARTS}
        for day, part, book, party, delta in self.entries:
            if at is not None and day > at:
                continue
            if party is None:
                result[part][book] += delta
            else:
                result[part][book][party] = result[part][book].get(party, 0) + delta
        for entry in result.values():
            for book in ("owed_to", "owed_by"):
                entry[book] = {k: v for k, v in entry[book].items() if v}
        return {"parts": result}


lines_strategy = st.lists(
    st.tuples(st.sampled_from(PARTS), st.integers(1, 5), st.booleans()), min_size=1, max_size=3)


def make_machine(actor):
    class LedgerMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            # Each example starts from empty books on the same database (the fixture is per test).
            Posting.delete().execute()
            Balance.delete().execute()
            DocumentLine.delete().execute()
            Document.update(reference=None).execute()
            Document.delete().execute()
            DocumentCounter.delete().execute()
            self.model = Model()

        def _try(self, expected_ok, call):
            try:
                result = call()
            except Refusal as refusal:
                assert not expected_ok, f"refused but the model accepts: {refusal!r}"
                return None
            assert expected_ok, f"posted {result.number} but the model refuses it"
            return result

        @rule(doc_type=st.sampled_from(sorted(EFFECTS) + ["TRANSIT_LOSS"]), day=st.integers(0, 20),
              station=st.sampled_from(STATIONS), lines=lines_strategy, pick=st.integers(0, 10 ** 6),
              negative=st.booleans())
        def post_document(self, doc_type, day, station, lines, pick, negative):
            model = self.model
            on = START + timedelta(days=day)
            party = PARTY.get(doc_type, station)
            if doc_type in ("ADJUST_GOOD", "ADJUST_BAD") and negative:
                lines = [(part, -qty, flag) for part, qty, flag in lines]
            ok, ref_index, ref_type = True, None, None
            if doc_type in REFERENCES:
                candidates = [i for i, d in enumerate(model.docs) if d["type"] in REFERENCES[doc_type]]
                if not candidates:
                    return
                ref_index = candidates[pick % len(candidates)]
                ref = model.docs[ref_index]
                ref_type = ref["type"]
                asked = defaultdict(int)
                for part, qty, _ in lines:
                    asked[part] += qty
                left = model.open_on(ref_index)
                ok = (ref["reversed_by"] is None and on >= ref["date"]
                      and all(asked[p] <= left.get(p, 0) for p in asked))
            entries = [(on, part, book, p, delta) for part, book, p, delta in model.effects(doc_type, party, lines, ref_type)]
            ok = ok and model.never_negative(entries)
            draft = Draft(doc_type, on, party, None, model.docs[ref_index]["id"] if ref_index is not None else None,
                          "随机单据", [DraftLine(part, qty, flag=flag) for part, qty, flag in lines])
            result = self._try(ok, lambda: post(actor, draft))
            if result is not None:
                model.entries += entries
                model.docs.append({"id": result.document_id, "type": doc_type, "date": on, "party": party,
                                   "ref": ref_index, "lines": lines, "entries": entries, "reversed_by": None})

        @rule(pick=st.integers(0, 10 ** 6), later=st.integers(0, 10))
        def reverse_document(self, pick, later):
            model = self.model
            if not model.docs:
                return
            index = pick % len(model.docs)
            doc = model.docs[index]
            on = min(doc["date"] + timedelta(days=later), START + timedelta(days=22))
            dependents = [d for d in model.docs if d["ref"] == index and d["type"] != "REVERSAL" and d["reversed_by"] is None]
            entries = [(on, part, book, party, -delta) for _, part, book, party, delta in doc["entries"]]
            ok = (doc["type"] != "REVERSAL" and doc["reversed_by"] is None and not dependents
                  and model.never_negative(entries))
            result = self._try(ok, lambda: reverse(actor, doc["id"], "冲销", on))
            if result is not None:
                model.entries += entries
                doc["reversed_by"] = len(model.docs)
                model.docs.append({"id": result.document_id, "type": "REVERSAL", "date": on, "party": doc["party"],
                                   "ref": index, "lines": doc["lines"], "entries": entries, "reversed_by": None})

        @invariant()
        def books_agree(self):
            if not hasattr(self, "model"):
                return
            assert checks.check_invariants() == []
            assert books.balances_at() == self.model.balances()
            for day in (3, 10, 17):
                at = START + timedelta(days=day)
                assert books.balances_at(at) == self.model.balances(at)

        @invariant()
        def parts_are_conserved(self):
            if not hasattr(self, "model"):
                return
            # What is physically held (shelves + both transit books) equals everything that came in
            # minus everything that left, counted from the documents alone.
            held = books.balances_at()["parts"]
            for part in PARTS:
                flow = 0
                for doc in self.model.docs:
                    sign = -1 if doc["type"] == "REVERSAL" else 1
                    doc_type = self.model.docs[doc["ref"]]["type"] if doc["type"] == "REVERSAL" else doc["type"]
                    for line_part, qty, flag in doc["lines"]:
                        if line_part != part:
                            continue
                        moved = {"HQ_SHIP": qty, "STATION_ISSUE": -qty, "STATION_BAD_RETURN": qty,
                                 "STATION_GOOD_RETURN": qty, "HQ_BAD_CONFIRM": -qty, "TRANSIT_LOSS": -qty,
                                 "COUNTER_ISSUE": -qty + (qty if flag else 0), "ADJUST_GOOD": qty, "ADJUST_BAD": qty,
                                 "SCRAP": -qty}.get(doc_type, 0)
                        flow += sign * moved
                assert sum(held[part][book] for book in PHYSICAL) == flow

    return LedgerMachine


def test_the_ledger_matches_an_independent_model(db, actors):
    manager = actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "MS", "门市散客", "customer")
    for code in STATIONS:
        create_party(manager, code, f"服务站{code}", "station")
    for number in PARTS:
        create_part(manager, number, f"备件{number}", price_fen=1000)
    run_state_machine_as_test(
        make_machine(manager),
        settings=settings(max_examples=30, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

"""The stocktake (盘点) against a small independent model (hypothesis stateful test).

Random counts started, keyed (one part or a batch, with negative, duplicate, unknown and
already-counted parts, replacing or not), explained, approved and cancelled by users of every
role, while the shelves keep moving (adjustments and station issues posted during the count) and
new parts are created. The model (plain dicts, its reading of ledger/stocktake.py's docstrings)
decides alone whether each step is accepted or which refusal comes; what an open count blocks (a
second count; postings are not blocked but flagged on the variance report); and what approval
posts: counted minus the book frozen at the start, which the books then hold. After every step the
database agrees: the open count, its variance report, the uncounted sheet and the good and bad
books of every part.
"""
from datetime import datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from ledger import stocktake as S
from ledger.models import Balance, Part
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.test_daily_stateful import attempt, empty_books

PARTS = ("P1", "P2", "P3", "P4")
ROLES = st.sampled_from(("clerk", "manager", "clerk", "manager", "finance", "admin"))
COUNTERS = ("clerk", "manager")  # reconcile.manage


def make_machine(actors):
    manager = actors["manager"]

    class StocktakeMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            S.StocktakeLine.delete().execute()
            S.Stocktake.update(document_good=None, document_bad=None).execute()
            S.Stocktake.delete().execute()
            empty_books()
            # Parts created by an earlier example stay (the books are empty again).
            self.parts = [p for p in PARTS if Part.get_or_none(Part.number == p) is not None]
            self.books = {p: {"good": 0, "bad": 0} for p in PARTS}
            self.count = None  # the open count: {"id", "frozen": {part: (good, bad)}, "counted", "reasons", "moved"}
            self.last_id = None  # the latest count's id, open or not
            self.issues = 0

        def _books_allow(self, part, book, delta):
            return self.books[part][book] + delta >= 0

        @rule(part=st.sampled_from(PARTS), qty=st.integers(-4, 6), bad=st.booleans())
        def adjust(self, part, qty, bad):
            # The manager adjusts a book while the count may be running: not blocked, but flagged.
            if part not in self.parts or qty == 0:
                return
            book = "bad" if bad else "good"
            expected = None if self._books_allow(part, book, qty) else "ledger.insufficient"
            draft = Draft("ADJUST_BAD" if bad else "ADJUST_GOOD", manager.today, remark="货架整理",
                          lines=[DraftLine(part, qty)])
            if attempt(expected, lambda: post(manager, draft)) is not None:
                self.books[part][book] += qty
                if self.count is not None:
                    self.count["moved"].add(part)

        @rule(part=st.sampled_from(PARTS), qty=st.integers(1, 3))
        def station_issue(self, part, qty):
            if part not in self.parts:
                return
            expected = None if self._books_allow(part, "good", -qty) else "ledger.insufficient"
            self.issues += 1
            draft = Draft("STATION_ISSUE", manager.today, "ZZ01", f"ZZ-SQ-{self.issues}", lines=[DraftLine(part, qty)])
            if attempt(expected, lambda: post(actors["clerk"], draft)) is not None:
                self.books[part]["good"] -= qty
                if self.count is not None:
                    self.count["moved"].add(part)

        @rule()
        def new_part(self):
            # A part created during a count has no line in it: counting it is refused.
            if len(self.parts) == len(PARTS):
                return
            number = PARTS[len(self.parts)]
            create_part(manager, number, f"备件{number}", price_fen=500)
            self.parts.append(number)

        @rule(role=ROLES)
        def start(self, role):
            expected = None
            if role not in COUNTERS:
                expected = "auth.forbidden"
            elif self.count is not None:
                expected = "stocktake.already_open"
            started = attempt(expected, lambda: S.start(actors[role]))
            if started is None:
                return
            assert started.part_count == len(self.parts)
            self.last_id = started.stocktake_id
            self.count = {"id": started.stocktake_id, "counted": {}, "reasons": {}, "moved": set(),
                          "frozen": {p: (self.books[p]["good"], self.books[p]["bad"]) for p in self.parts}}

        @rule(role=ROLES, batch=st.lists(st.tuples(st.sampled_from(PARTS), st.integers(-1, 8), st.integers(-1, 3)),
                                         min_size=1, max_size=3),
              replace=st.booleans(), exact=st.booleans())
        def enter_counts(self, role, batch, replace, exact):
            if exact and self.count is not None:
                # The count as the books say, so that approvals happen without variance too.
                batch = [(p, self.books[p]["good"], self.books[p]["bad"]) for p, _, _ in batch]
            count = self.count
            expected = None
            if role not in COUNTERS:
                expected = "auth.forbidden"
            elif count is None:
                expected = "stocktake.none_open"
            else:
                seen, bad = set(), False
                for part, good, broken in batch:
                    if part not in count["frozen"] or part in seen:
                        bad = True
                        continue
                    seen.add(part)
                    bad = bad or good < 0 or broken < 0 or (part in count["counted"] and not replace)
                if bad:
                    expected = "stocktake.counts_refused"
            result = attempt(expected, lambda: S.enter_counts(
                actors[role], [S.Count(p, g, b) for p, g, b in batch], replace=replace))
            if result is None:
                return
            replaced = sum(p in count["counted"] for p, _, _ in batch)
            assert (result.entered, result.replaced) == (len(batch), replaced)
            for part, good, broken in batch:
                count["counted"][part] = (good, broken)

        @rule(role=ROLES, part=st.sampled_from(PARTS), reason=st.sampled_from(["", "上次少记一件", "坏件混入好件"]))
        def set_reason(self, role, part, reason):
            count = self.count
            expected = None
            if role not in COUNTERS:
                expected = "auth.forbidden"
            elif self.last_id is None:
                expected = "stocktake.none_open"
            elif count is None:
                expected = "stocktake.not_counting"
            elif part not in count["frozen"]:
                expected = "stocktake.unknown_part"
            stocktake_id = self.last_id if self.last_id is not None else 10 ** 6
            if attempt(expected, lambda: S.set_reason(actors[role], stocktake_id, part, reason)) is None and expected:
                return
            count["reasons"][part] = reason

        @rule(shift=st.integers(-1, 2))
        def count_the_rest(self, shift):
            # The clerk keys the rest of the sheet (each off the book by ``shift``) and explains it,
            # so that counts get approved with variances.
            if self.count is None:
                return
            rest = [p for p in self.count["frozen"] if p not in self.count["counted"]]
            if rest:
                self.enter_counts("clerk", [(p, max(0, self.books[p]["good"] + shift), self.books[p]["bad"])
                                            for p in rest], False, False)
            for part in self.count["frozen"]:
                self.set_reason("clerk", part, "复盘确认")

        def _variances(self):
            count = self.count
            return {part: (count["counted"][part][0] - good, count["counted"][part][1] - bad)
                    for part, (good, bad) in count["frozen"].items() if part in count["counted"]}

        @rule(role=ROLES)
        def approve(self, role):
            count = self.count
            expected = None
            if role != "manager":
                expected = "auth.forbidden"
            elif self.last_id is None:
                expected = "stocktake.none_open"
            elif count is None:
                expected = "stocktake.not_counting"
            elif len(count["counted"]) < len(count["frozen"]):
                expected = "stocktake.not_all_counted"
            elif any((g or b) and not count["reasons"].get(p) for p, (g, b) in self._variances().items()):
                expected = "stocktake.reason_missing"
            elif not all(self._books_allow(p, "good", g) and self._books_allow(p, "bad", b)
                         for p, (g, b) in self._variances().items()):
                # Counted against the book frozen at the start: a shelf emptied since is refused.
                expected = "ledger.insufficient"
            stocktake_id = self.last_id if self.last_id is not None else 10 ** 6
            done = attempt(expected, lambda: S.approve(actors[role], stocktake_id))
            if done is None:
                return
            variances = self._variances()
            assert (done.document_good is not None) == any(g for g, _ in variances.values())
            assert (done.document_bad is not None) == any(b for _, b in variances.values())
            for part, (good, bad) in variances.items():
                self.books[part]["good"] += good
                self.books[part]["bad"] += bad
            self.count = None

        @rule(role=ROLES)
        def cancel(self, role):
            expected = None
            if role not in COUNTERS:
                expected = "auth.forbidden"
            elif self.last_id is None:
                expected = "stocktake.none_open"
            elif self.count is None:
                expected = "stocktake.not_counting"
            stocktake_id = self.last_id if self.last_id is not None else 10 ** 6
            if attempt(expected, lambda: S.cancel(actors[role], stocktake_id)) is None and expected:
                return
            self.count = None

        @invariant()
        def books_agree(self):
            if not hasattr(self, "books"):
                return
            stored = {(number, book): qty for number, book, qty in Balance.select(Part.number, Balance.book, Balance.qty)
                      .join(Part).where(Balance.book.in_(("good", "bad"))).tuples()}
            for part in self.parts:
                for book in ("good", "bad"):
                    assert stored.get((part, book), 0) == self.books[part][book], (part, book)

        @invariant()
        def the_open_count_agrees(self):
            if not hasattr(self, "books"):
                return
            running = S.open_stocktake()
            if self.count is None:
                assert running is None
                return
            count = self.count
            assert running is not None and running.id == count["id"]
            report = S.variance_report()
            assert (report.counted, report.not_counted) == (len(count["counted"]), len(count["frozen"]) - len(count["counted"]))
            assert set(report.moved_parts) == count["moved"]
            expected = set()
            for part, (good, bad) in count["frozen"].items():
                if part in count["counted"]:
                    counted = count["counted"][part]
                    if counted != (good, bad) or part in count["moved"]:
                        expected.add((part, good, bad, *counted, count["reasons"].get(part, ""), part in count["moved"]))
            assert {(l.part_number, l.book_good, l.book_bad, l.counted_good, l.counted_bad, l.reason,
                     l.moved_since_start) for l in report.lines} == expected
            assert [line[1] for line in S.uncounted_sheet_lines()] == sorted(
                p for p in count["frozen"] if p not in count["counted"])

    return StocktakeMachine


def test_the_stocktake_matches_an_independent_model(sqlite_db, sqlite_actors):
    manager = sqlite_actors["manager"]
    create_party(manager, "ZZ01", "郑州金水服务站", "station")
    for number in PARTS[:2]:
        create_part(manager, number, f"备件{number}", price_fen=500)
    run_state_machine_as_test(
        make_machine(sqlite_actors),
        settings=settings(max_examples=20, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

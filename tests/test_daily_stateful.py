"""The daily sign / lock / reopen cycle against a small independent model (hypothesis stateful test).

Random back-dated postings, productions, prints, finance and manager signatures, reopenings, by
users of every role (two finance clerks, two managers, and one person whose role moves between
finance and manager), on a week of days around the locked ones plus today and tomorrow. The model
(plain dicts, its own reading of ledger/daily.py's docstrings and LEDGERS.md) decides alone:
- whether each action is accepted, and with which refusal code otherwise;
- a day's report content: its own documents and, for the parts they move, the opening from every
  earlier day, so a back-dated posting changes that day and the later days moving the same part;
- the state and version of every day; a manager signature locks that day and all before it;
- for every fingerprint a signature printed: whether verify_fingerprint still says "match",
  "match_reopened" (an older or reopened version) or "ledger_changed".
After every step the database is compared with the model.
"""
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from common.actor import Actor
from common.dates import as_date
from common.errors import Refusal
from common.models import User
from ledger import daily
from ledger.daily import DailyVersion
from ledger.daylock import DailyDay, locked_through
from ledger.models import Balance, Document, DocumentCounter, DocumentLine, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.conftest import TEST_PASSWORD, make_user

PARTS = ("P1", "P2")
DAYS = 6  # offsets 0..3 back-dated, 4 today, 5 tomorrow
TODAY = 4
USERS = ("clerk", "finance", "finance2", "manager", "manager2", "admin", "dual")
SIGNED = ("finance_signed", "locked")
KNOWN = st.integers(-1, 20)  # >= 0: one of the days the model has produced (see pick)


class Model:
    def __init__(self):
        self.docs = []  # (day offset, part, qty, username): in posting order
        self.days = {}  # offset -> {"state", "version", "content", "signers": {version: {role: username}}}
        self.prints = []  # (offset, version, fingerprint text)
        self.dual_role = "finance"

    def role(self, username):
        return self.dual_role if username == "dual" else "".join(ch for ch in username if not ch.isdigit())

    def content(self, offset):
        """What the report of the day holds: its documents, and the opening of each part they move."""
        own = tuple(i for i, doc in enumerate(self.docs) if doc[0] == offset)
        parts = sorted({self.docs[i][1] for i in own})
        opening = tuple((p, sum(q for d, part, q, _ in self.docs if part == p and d < offset)) for p in parts)
        return own, opening

    def locked_through(self):
        locked = [d for d, row in self.days.items() if row["state"] == "locked"]
        return max(locked) if locked else None

    def state(self, offset):
        return self.days[offset]["state"] if offset in self.days else "not_produced"

    def expected_fingerprint(self, offset, version):
        row = self.days[offset]
        if row["version"] != version or row["state"] == "reopened":
            return "daily.fingerprint.match_reopened"
        signed = row["contents"][version]
        return "daily.fingerprint.match" if self.content(offset) == signed else "daily.fingerprint.ledger_changed"


def attempt(expected, call):
    """Run ``call`` where the model expects ``expected``: None to accept, else a refusal's code.
    Returns the call's result, or None when it was refused as expected."""
    try:
        result = call()
    except Refusal as refusal:
        assert expected is not None, f"refused but the model accepts: {refusal!r}"
        assert refusal.code == expected, f"refused {refusal.code}, the model says {expected}"
        return None
    assert expected is None, f"accepted but the model refuses with {expected}"
    return result


def empty_books() -> None:
    """No produced day, no document: each example of a stateful test starts from empty books."""
    for table in (DailyVersion, DailyDay, Posting, Balance, DocumentLine):
        table.delete().execute()
    Document.update(reference=None).execute()
    for table in (Document, DocumentCounter):
        table.delete().execute()


def make_machine(base):
    class DailyMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            # Each example starts from empty books and no produced day, in a week of its own (the
            # audit log is append-only: old signatures must not share dates with the new ones).
            empty_books()
            User.update(role="finance").where(User.username == "dual").execute()
            base[0] += DAYS
            self.start = base[1] + timedelta(days=base[0])
            self.model = Model()

        def pick(self, offset, known, states=()):
            # Mostly a day the model has produced, in one of ``states`` when there is one, so that
            # both signatures meet on one day and days lock, are reopened and are posted into.
            days = sorted(d for d, row in self.model.days.items() if row["state"] in states) or sorted(self.model.days)
            return days[known % len(days)] if days and known >= 0 else offset

        def day(self, offset):
            return self.start + timedelta(days=offset)

        def actor(self, username):
            # A fresh user row each time: the dual user's role is what the database says now.
            now = datetime.combine(self.day(TODAY), time(9, 0))
            return Actor(User.get(User.username == username), now)

        @rule(offset=st.integers(0, TODAY), part=st.sampled_from(PARTS), qty=st.integers(1, 9),
              username=st.sampled_from(USERS), known=KNOWN)
        def post_shipment(self, offset, part, qty, username, known):
            model = self.model
            offset = min(self.pick(offset, known, ("locked", "reopened")), TODAY)
            locked = model.locked_through()
            expected = None
            if model.role(username) not in ("clerk", "manager"):
                expected = "auth.forbidden"
            elif locked is not None and offset <= locked:
                expected = "ledger.day_locked"
            draft = Draft("HQ_SHIP", self.day(offset), "HQ", f"FH-{len(model.docs)}", lines=[DraftLine(part, qty)])
            if attempt(expected, lambda: post(self.actor(username), draft)) is not None:
                model.docs.append((offset, part, qty, username))

        @rule(offset=st.integers(0, DAYS - 1), username=st.sampled_from(USERS))
        def produce(self, offset, username):
            model = self.model
            expected = None
            if model.role(username) not in ("clerk", "finance", "manager"):
                expected = "auth.forbidden"
            elif offset > TODAY:
                expected = "daily.future_date"
            result = attempt(expected, lambda: daily.produce(self.actor(username), self.day(offset)))
            if result is None:
                return
            row = model.days.get(offset)
            content = model.content(offset)
            unchanged = row is not None and (row["state"] == "locked" or (
                row["state"] in ("produced", "printed", "finance_signed") and row["contents"][row["version"]] == content))
            if unchanged:
                assert not result.new_version and result.version == row["version"]
                return
            if row is None:
                row = model.days[offset] = {"state": "produced", "version": 0, "contents": {}, "signers": {}}
            row["version"] += 1
            row["state"] = "produced"
            row["contents"][row["version"]] = content
            assert result.new_version and result.version == row["version"]

        @rule(offset=st.integers(0, DAYS - 1), older=st.booleans(), username=st.sampled_from(("clerk", "finance")),
              known=KNOWN)
        def mark_printed(self, offset, older, username, known):
            model = self.model
            offset = self.pick(offset, known)
            row = model.days.get(offset)
            version = (row["version"] - 1 if older else row["version"]) if row else 1
            expected = "daily.not_produced" if row is None else None
            state = attempt(expected, lambda: daily.mark_printed(self.actor(username), self.day(offset), version, 1))
            if state is not None:
                if row["state"] == "produced" and version == row["version"]:
                    row["state"] = "printed"
                assert state == row["state"]

        def _sign(self, offset, username, role):
            model = self.model
            row = model.days.get(offset)
            expected = None
            if model.role(username) != role:
                expected = "auth.forbidden"
            elif offset > TODAY:
                expected = "daily.future_date"
            elif row is None or row["state"] == "reopened":
                expected = "daily.not_produced"
            elif row["state"] == "locked":
                expected = "daily.already_locked"
            elif role == "finance" and row["state"] not in ("produced", "printed"):
                expected = "daily.already_signed"
            elif role == "manager" and row["state"] != "finance_signed":
                expected = "daily.finance_first"
            elif role == "manager" and row["signers"][row["version"]]["finance"] == username:
                expected = "daily.same_signer"
            elif model.content(offset) != row["contents"][row["version"]]:
                expected = "daily.report_changed"
            sign = daily.sign_finance if role == "finance" else daily.sign_manager
            result = attempt(expected, lambda: sign(self.actor(username), self.day(offset), TEST_PASSWORD))
            if result is None:
                return
            row["state"] = "finance_signed" if role == "finance" else "locked"
            row["signers"].setdefault(row["version"], {})[role] = username
            assert result.state == row["state"] and result.version == row["version"]
            # The fingerprint printed on the paper signed now.
            version = DailyVersion.get((DailyVersion.date == self.day(offset)) & (DailyVersion.version == row["version"]))
            text = daily.fingerprint_of(version)
            assert text is not None
            model.prints.append((offset, row["version"], text))

        @rule(offset=st.integers(0, DAYS - 1), username=st.sampled_from(("finance", "finance2", "dual", "manager", "clerk")),
              known=KNOWN)
        def sign_finance(self, offset, username, known):
            self._sign(self.pick(offset, known, ("produced", "printed")), username, "finance")

        @rule(offset=st.integers(0, DAYS - 1), username=st.sampled_from(("manager", "manager2", "dual", "finance", "admin")),
              known=KNOWN)
        def sign_manager(self, offset, username, known):
            self._sign(self.pick(offset, known, ("finance_signed",)), username, "manager")

        @rule(offset=st.integers(0, DAYS - 1), username=st.sampled_from(("manager", "manager2", "dual", "clerk")),
              reason=st.sampled_from(["", "   ", "补录漏单", "数量写错"]), known=KNOWN)
        def reopen(self, offset, username, reason, known):
            model = self.model
            offset = self.pick(offset, known, SIGNED)
            expected = None
            if model.role(username) != "manager":
                expected = "auth.forbidden"
            elif not reason.strip():
                expected = "daily.reason_required"
            elif model.state(offset) not in SIGNED:
                expected = "daily.not_signed"
            if attempt(expected, lambda: daily.reopen(self.actor(username), self.day(offset), reason)) is not None:
                model.days[offset]["state"] = "reopened"

        @rule()
        def dual_changes_role(self):
            # A finance clerk made manager (or back): the same person still may not sign twice.
            model = self.model
            model.dual_role = "manager" if model.dual_role == "finance" else "finance"
            User.update(role=model.dual_role).where(User.username == "dual").execute()

        @invariant()
        def days_agree(self):
            if not hasattr(self, "model"):
                return
            model = self.model
            rows = {as_date(r.date): r for r in DailyDay.select()}
            assert {(d - self.start).days for d in rows} == set(model.days)
            for offset, row in model.days.items():
                stored = rows[self.day(offset)]
                assert (stored.state, stored.version) == (row["state"], row["version"]), offset
                assert DailyVersion.select().where(DailyVersion.date == self.day(offset)).count() == row["version"]
            locked = model.locked_through()
            assert locked_through() == (self.day(locked) if locked is not None else None)

        @invariant()
        def reports_hold_the_days_documents(self):
            if not hasattr(self, "model"):
                return
            for offset in range(TODAY + 1):
                report = daily.build_report(self.day(offset))
                assert report.ok
                own, opening = self.model.content(offset)
                assert sorted(line.qty for d in report.documents for line in d.lines) == sorted(
                    self.model.docs[i][2] for i in own)
                assert {(r.part_number, r.opening) for r in report.book_rows} == set(opening)

        @invariant()
        def fingerprints_say_what_the_model_says(self):
            if not hasattr(self, "model"):
                return
            for offset, version, text in self.model.prints:
                check = daily.verify_fingerprint(self.day(offset), text)
                assert check.code == self.model.expected_fingerprint(offset, version), (offset, version, check)

    return DailyMachine


def test_the_daily_cycle_matches_an_independent_model(sqlite_db, password_hash):
    for username in USERS:
        role = {"dual": "finance"}.get(username, username.rstrip("2"))
        make_user(role, password_hash, username=username, display_name=f"用户{username}")
    manager = Actor(User.get(User.username == "manager"), datetime(2026, 1, 1, 9, 0))
    create_party(manager, "HQ", "客服本部", "hq")
    for number in PARTS:
        create_part(manager, number, f"备件{number}", price_fen=1000)
    run_state_machine_as_test(
        make_machine([0, date(2026, 1, 5)]),
        settings=settings(max_examples=12, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

"""Complaint states against a small independent model (hypothesis stateful test).

Random complaints keyed by users of every role (with blank, unknown and future-dated input), and
every step of archive/complaints.py tried on any complaint, in any state, by anyone, while days
pass. The model (plain dicts, its reading of the module docstring: received -> confirmed ->
assigned -> resolved -> fed_back -> closed, a customer not satisfied sends it back to assigned,
only the manager confirms) decides alone whether each step is accepted or which refusal comes, and
after every step the database agrees: each complaint's state and stamps, its number (TSyyyymmNNN,
per month), the open / overdue / to-confirm counts and the month's analysis by state.
"""
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from archive import complaints as C
from tests.test_daily_stateful import attempt

START = date(2026, 11, 20)
ROLES = ("clerk", "finance", "manager", "admin")
# The departments migration 0026 puts in the table (archive/departments.py) complaints go to.
SEEDED_DEPARTMENTS = ("sales", "service", "parts", "finance", "customer_service")
# Mostly those who may act, so complaints get far; every role now and then.
ACTING = st.sampled_from(("clerk", "manager", "clerk", "manager", "finance", "admin"))
CONFIRMING = st.sampled_from(("manager", "manager", "manager", "clerk", "finance", "admin"))
EDITORS = ("clerk", "manager")  # callbacks.edit
# The model's own table: step -> (state it needs, state it leaves).
STEPS = {"confirm": ("received", "confirmed"), "assign": ("confirmed", "assigned"),
         "resolve": ("assigned", "resolved"), "feed_back": ("resolved", None), "close": ("fed_back", "closed")}


def make_machine(actors):
    class ComplaintMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            C.Complaint.delete().execute()
            self.today = START
            self.rows = []  # model complaints: dicts
            self.serial = {}  # "yyyymm" -> last number given

        def actor(self, role):
            return actors[role].at(datetime.combine(self.today, time(10, 0)))

        def _target(self, pick, state):
            """A model complaint, or None for an id that does not exist. Two picks in three take one
            in ``state`` when there is one, so that complaints go all the way to closed."""
            if not self.rows or pick < 0:
                return None
            ready = [row for row in self.rows if row["state"] == state]
            rows = ready if ready and pick % 3 else self.rows
            return rows[pick % len(rows)]

        @rule(days=st.integers(1, 5))
        def days_pass(self, days):
            self.today += timedelta(days=days)

        @rule(role=st.sampled_from(EDITORS), category=st.sampled_from(sorted(C.CATEGORIES)), back=st.integers(0, 40))
        def receive_keyed_right(self, role, category, back):
            self.receive(role, "张女士", "配件缺货两周", category, "phone", back)

        @rule(role=ACTING, complainant=st.sampled_from(["王先生", "  ", "李女士"]),
              summary=st.sampled_from(["等候三小时无人接待", "", "结算多收费"]),
              category=st.sampled_from(sorted(C.CATEGORIES) + ["weather"]),
              channel=st.sampled_from(sorted(C.CHANNELS) + ["fax"]), back=st.integers(-2, 45))
        def receive(self, role, complainant, summary, category, channel, back):
            received_on = self.today - timedelta(days=back)
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif not complainant.strip():
                expected = "complaints.complainant_required"
            elif not summary.strip():
                expected = "complaints.summary_required"
            elif category not in C.CATEGORIES:
                expected = "complaints.unknown_category"
            elif channel not in C.CHANNELS:
                expected = "complaints.unknown_channel"
            elif received_on > self.today:
                expected = "complaints.future_date"
            made = attempt(expected, lambda: C.receive(
                self.actor(role), complainant=complainant, summary=summary, category=category, channel=channel,
                received_on=received_on))
            if made is None:
                return
            month = f"{received_on:%Y%m}"
            self.serial[month] = self.serial.get(month, 0) + 1
            self.rows.append({
                "id": made.id, "number": f"TS{month}{self.serial[month]:03d}", "state": "received",
                "received_on": received_on, "received_by": actors[role].user.id, "category": category,
                "due_on": received_on + timedelta(days=7), "confirmed_on": None, "confirmed_by": None,
                "department": "", "assigned_on": None, "resolution": "", "resolved_on": None, "feedback": "",
                "customer_satisfied": None, "fed_back_on": None, "closed_on": None, "closed_by": None})

        def _step(self, step, role, pick, allowed_roles, early=None, late=None):
            """The refusal the model expects for ``step``: permission, then ``early`` (input checked
            before the complaint is read), then existence and state, then ``late``."""
            row = self._target(pick, STEPS[step][0])
            if role not in allowed_roles:
                return row, "auth.forbidden"
            if early:
                return row, early
            if row is None:
                return row, "complaints.not_found"
            if row["state"] != STEPS[step][0]:
                return row, "complaints.wrong_state"
            return row, late

        def _id(self, row):
            return row["id"] if row is not None else 10 ** 7

        @rule(role=CONFIRMING, pick=st.integers(-1, 50))
        def confirm(self, role, pick):
            row, expected = self._step("confirm", role, pick, ("manager",))
            if attempt(expected, lambda: C.confirm(self.actor(role), self._id(row))) is not None:
                row.update(state="confirmed", confirmed_on=self.today, confirmed_by=actors[role].user.id)

        @rule(role=ACTING, pick=st.integers(-1, 50),
              department=st.sampled_from(sorted(SEEDED_DEPARTMENTS) + ["canteen"]))
        def assign(self, role, pick, department):
            early = "complaints.unknown_department" if department not in SEEDED_DEPARTMENTS else None
            row, expected = self._step("assign", role, pick, EDITORS, early=early)
            if attempt(expected, lambda: C.assign(self.actor(role), self._id(row), department)) is not None:
                row.update(state="assigned", department=department, assigned_on=self.today)

        @rule(role=ACTING, pick=st.integers(-1, 50), resolution=st.sampled_from(["", " ", "已更换配件"]))
        def resolve(self, role, pick, resolution):
            late = "complaints.resolution_required" if not resolution.strip() else None
            row, expected = self._step("resolve", role, pick, EDITORS, late=late)
            if attempt(expected, lambda: C.resolve(self.actor(role), self._id(row), resolution)) is not None:
                row.update(state="resolved", resolution=resolution.strip(), resolved_on=self.today)

        @rule(role=ACTING, pick=st.integers(-1, 50), feedback=st.sampled_from(["", "客户接受", "客户不满意"]),
              satisfied=st.booleans())
        def feed_back(self, role, pick, feedback, satisfied):
            late = "complaints.feedback_required" if not feedback.strip() else None
            row, expected = self._step("feed_back", role, pick, EDITORS, late=late)
            if attempt(expected, lambda: C.feed_back(self.actor(role), self._id(row), feedback, satisfied)) is None:
                return
            # Not accepted: back to the department, which works on it again.
            row.update(state="fed_back" if satisfied else "assigned", customer_satisfied=satisfied,
                       fed_back_on=self.today, feedback=f"{row['feedback']}\n{feedback}".strip())

        @rule(role=ACTING, pick=st.integers(-1, 50))
        def close(self, role, pick):
            row, expected = self._step("close", role, pick, EDITORS)
            if attempt(expected, lambda: C.close(self.actor(role), self._id(row))) is not None:
                row.update(state="closed", closed_on=self.today, closed_by=actors[role].user.id)

        @rule(pick=st.integers(0, 50), satisfied=st.booleans())
        def next_step(self, pick, satisfied):
            # The desk's usual day: someone who may takes an open complaint one step further.
            # One of the three furthest on, so that complaints reach closed within an example.
            rows = sorted((row for row in self.rows if row["state"] != "closed"),
                          key=lambda row: -C.STATES.index(row["state"]))[:3]
            if not rows:
                return
            row = rows[pick % len(rows)]
            index = self.rows.index(row)
            {"received": lambda: self.confirm("manager", index),
             "confirmed": lambda: self.assign("clerk", index, "service"),
             "assigned": lambda: self.resolve("clerk", index, "已更换配件"),
             "resolved": lambda: self.feed_back("manager", index, "已电话告知", satisfied),
             "fed_back": lambda: self.close("clerk", index)}[row["state"]]()

        @invariant()
        def complaints_agree(self):
            if not hasattr(self, "rows"):
                return
            stored = {c.id: c for c in C.Complaint.select()}
            assert set(stored) == {row["id"] for row in self.rows}
            for row in self.rows:
                complaint = stored[row["id"]]
                for name, value in row.items():
                    if name.endswith("_by"):
                        assert getattr(complaint, f"{name}_id") == value, (name, row)
                    else:
                        assert getattr(complaint, name) == value, (name, row)
                assert complaint.is_overdue(self.today) == (row["state"] != "closed" and row["due_on"] < self.today)

        @invariant()
        def counts_agree(self):
            if not hasattr(self, "rows"):
                return
            still = [row for row in self.rows if row["state"] != "closed"]
            late = {row["id"] for row in still if row["due_on"] < self.today}
            assert C.count_open() == len(still)
            assert C.count_to_confirm() == sum(row["state"] == "received" for row in self.rows)
            assert C.count_overdue(self.today) == len(late)
            assert {c.id for c in C.overdue(self.today)} == late
            month = self.today.replace(day=1)
            analysis = C.monthly_analysis(month)
            mine = [row for row in self.rows if row["received_on"].replace(day=1) == month]
            by_state = {}
            for row in mine:
                by_state[row["state"]] = by_state.get(row["state"], 0) + 1
            assert analysis.received == len(mine) and analysis.by_state == by_state

    return ComplaintMachine


def test_complaint_states_match_an_independent_model(sqlite_db, sqlite_actors):
    run_state_machine_as_test(
        make_machine(sqlite_actors),
        settings=settings(max_examples=25, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

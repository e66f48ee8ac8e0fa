"""Rectification items against a small independent model (hypothesis stateful test).

Improvement items opened from closed complaints by users of every role (with unknown departments,
blank owners and past due dates), acted on and verified by callback or by the manager's check, in
any state, by anyone, while days pass. The model (its reading of archive/rectification.py's
docstring: open -> acted -> verified, one item per complaint, clerk and manager record, only the
manager checks, a complaint's item has no next callback to verify it) decides alone whether each
step is accepted or which refusal comes; after every step the database agrees: each item's state,
the overdue count and the month's summary.
"""
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from archive import complaints, rectification as rz
from tests.test_daily_stateful import attempt

START = date(2026, 11, 20)
ROLES = st.sampled_from(("clerk", "manager", "clerk", "manager", "finance", "admin"))
EDITORS = ("clerk", "manager")  # rectify.edit
DEPARTMENTS = ("sales", "service", "parts", "nowhere")


def make_machine(actors, closed_ids):
    class RectificationMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            rz.Rectification.delete().execute()
            self.today = START
            self.items = {}  # complaint id -> {"id", "state", "due", "opened"}

        def actor(self, role):
            return actors[role].at(datetime.combine(self.today, time(10, 0)))

        def _item(self, pick):
            rows = list(self.items.values())
            return rows[pick % len(rows)] if rows and pick >= 0 else None

        @rule(days=st.integers(1, 6))
        def days_pass(self, days):
            self.today += timedelta(days=days)

        @rule(role=ROLES, pick=st.integers(0, 50), department=st.sampled_from(DEPARTMENTS),
              owner=st.sampled_from(["赵强", " ", "吴敏"]), due=st.integers(-2, 20))
        def open(self, role, pick, department, owner, due):
            complaint_id = closed_ids[pick % len(closed_ids)]
            due_on = self.today + timedelta(days=due)
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif department == "nowhere":
                expected = "rectify.unknown_department"
            elif not owner.strip():
                expected = "rectify.owner_required"
            elif due_on < self.today:
                expected = "rectify.due_in_past"
            elif complaint_id in self.items:
                expected = "rectify.already_open"
            made = attempt(expected, lambda: rz.open_from_complaint(
                self.actor(role), complaint_id, department=department, owner=owner, due_on=due_on))
            if made is not None:
                self.items[complaint_id] = {"id": made.id, "state": "open", "due": due_on, "opened": self.today}

        @rule(role=ROLES, pick=st.integers(-1, 50), action=st.sampled_from(["常用件安全库存上调", " "]))
        def act(self, role, pick, action):
            item = self._item(pick)
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif item is None:
                expected = "rectify.not_found"
            elif item["state"] == "verified":
                expected = "rectify.already_verified"
            elif not action.strip():
                expected = "rectify.action_required"
            if attempt(expected, lambda: rz.act(self.actor(role), item["id"] if item else 999_999, action)):
                item["state"] = "acted"

        @rule(role=ROLES, pick=st.integers(-1, 50), by=st.sampled_from(["manager", "callback", "phone"]),
              note=st.sampled_from(["到部门查看，已落实", ""]))
        def verify(self, role, pick, by, note):
            item = self._item(pick)
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif item is None:
                expected = "rectify.not_found"
            elif item["state"] == "verified":
                expected = "rectify.already_verified"
            elif item["state"] != "acted":
                expected = "rectify.not_acted"
            elif by == "manager" and role != "manager":
                expected = "auth.forbidden"
            elif by == "manager" and not note:
                expected = "rectify.note_required"
            elif by == "callback":
                expected = "rectify.manager_verifies_complaints"  # a complaint's item: only the manager's check
            elif by == "phone":
                expected = "rectify.unknown_verification"
            if attempt(expected, lambda: rz.verify(self.actor(role), item["id"] if item else 999_999, by, note)):
                item["state"] = "verified"
                item["verified"] = self.today

        @invariant()
        def database_agrees(self):
            if not hasattr(self, "items"):
                return
            states = {row.complaint_id: row.state for row in rz.Rectification.select()}
            assert states == {cid: item["state"] for cid, item in self.items.items()}
            overdue = sum(1 for item in self.items.values() if item["state"] != "verified" and item["due"] < self.today)
            assert rz.count_overdue(self.today) == overdue
            first = self.today.replace(day=1)
            summary = rz.month_summary(first, self.today)
            assert summary["opened"] == sum(1 for item in self.items.values() if item["opened"] >= first)
            assert summary["closed"] == sum(1 for item in self.items.values()
                                            if item.get("verified") and item["verified"] >= first)

    return RectificationMachine


def test_rectification_items_match_an_independent_model(sqlite_db, sqlite_actors):
    clerk, manager = sqlite_actors["clerk"], sqlite_actors["manager"]
    closed = []
    for n in range(6):
        at = clerk.at(datetime(2026, 11, 1 + n, 9, 0))
        made = complaints.receive(at, complainant=f"客户{n}", summary="配件缺货两周", category="parts")
        complaints.confirm(manager.at(at.now), made.id)
        complaints.assign(at, made.id, "parts")
        complaints.resolve(at, made.id, "已调货")
        complaints.feed_back(at, made.id, "客户接受", True)
        closed.append(complaints.close(at, made.id).id)
    run_state_machine_as_test(
        make_machine(sqlite_actors, closed),
        settings=settings(max_examples=25, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

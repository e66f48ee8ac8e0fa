"""Mackay 66 profile consent against a small independent model (hypothesis stateful test).

Random consents (wider, narrower, empty), withdrawals, saves and drafts of ordinary and sensitive
items, and erasures, by users of every role. The model (plain dicts, its reading of
archive/profile.py's docstring) decides alone whether each step is accepted or which refusal
comes: a sensitive value needs the manager's permission and an active consent covering its
category, in a save and in a draft alike; a withdrawal erases the sensitive values and every
draft; an erasure removes the profile and every draft and ends the consent. After every step the
database agrees: what the manager sees revealed, what each role sees masked and why, the drafts.
"""
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from archive import files, profile as P, profile_crypto
from tests.test_daily_stateful import attempt

FIELDS = ("45_dishes", "40_health", "37_religion", "13_marital")  # ordinary, health, religion, family
ROLES = st.sampled_from(("clerk", "manager", "manager", "finance", "admin"))
EDITORS = ("clerk", "manager")  # profile.edit


def make_machine(actors, customer_id):
    class ProfileMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            for table in (P.ProfileDraft, P.ProfileValue, P.ProfileRevision, P.Profile, P.ProfileConsent):
                table.delete().execute()
            self.scope = None  # the active consent's categories
            self.values = {}
            self.drafts = set()  # roles with a draft
            self.exists = False

        def _sensitive_refusal(self, role, key, value):
            category = P.FIELDS[key].category
            if category is None or not value:
                return None
            if role != "manager":
                return "profile.sensitive_forbidden"
            if self.scope is None or category not in self.scope:
                return "profile.consent_required"
            return None

        @rule(role=ROLES, scope=st.sets(st.sampled_from(sorted(P.CATEGORIES)), max_size=3))
        def record_consent(self, role, scope):
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif not scope:
                expected = "profile.consent_scope_empty"
            elif self.scope is not None and not self.scope <= scope:
                expected = "profile.consent_narrower"
            actor = actors[role]
            if attempt(expected, lambda: P.record_consent(actor, customer_id, given_on=actor.today, scope=scope)):
                self.scope = set(scope)

        @rule(role=ROLES)
        def withdraw(self, role):
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif self.scope is None:
                expected = "profile.no_consent"
            if attempt(expected, lambda: P.withdraw_consent(actors[role], customer_id)) is None:
                return
            self.scope = None
            self.values = {k: v for k, v in self.values.items() if P.FIELDS[k].category is None}
            self.drafts = set()

        @rule(role=ROLES, key=st.sampled_from(FIELDS), value=st.sampled_from(["", "甲", "乙"]))
        def save(self, role, key, value):
            expected = None
            if role not in EDITORS:
                expected = "auth.forbidden"
            elif P.FIELDS[key].category and role != "manager":
                # Nobody writes what they may not read, not even a blank.
                expected = "profile.sensitive_forbidden"
            elif self.values.get(key, "") != value:
                expected = self._sensitive_refusal(role, key, value)
            saved = attempt(expected, lambda: P.save_profile(actors[role], customer_id, {key: value}))
            if saved is None:
                return
            # The first save starts the profile (its 填表人 at least); later ones only what changed.
            assert bool(saved.fields) == (not self.exists or self.values.get(key, "") != value)
            if saved.fields:
                self.exists = True
                self.drafts.discard(role)
            if value:
                self.values[key] = value
            else:
                self.values.pop(key, None)

        @rule(role=ROLES, key=st.sampled_from(FIELDS), value=st.sampled_from(["", "丙"]))
        def save_draft(self, role, key, value):
            expected = "auth.forbidden" if role not in EDITORS else self._sensitive_refusal(role, key, value)
            if attempt(expected, lambda: P.save_draft(actors[role], customer_id, {key: value})) is not None:
                self.drafts.add(role)

        @rule(role=ROLES)
        def erase(self, role):
            expected = None
            if role != "manager":
                expected = "auth.forbidden"
            elif not self.exists and not self.drafts:
                expected = "profile.no_profile"
            if attempt(expected, lambda: P.erase_profile(actors[role], customer_id)) is not None:
                self.scope, self.values, self.drafts, self.exists = None, {}, set(), False

        @invariant()
        def what_each_role_sees(self):
            if not hasattr(self, "values"):
                return
            shown = P.load_profile(actors["manager"], customer_id, reveal=True)
            assert shown.exists == self.exists
            assert (set(shown.consent.scope) if shown.consent else None) == self.scope
            assert {k: v for k, v in shown.values.items() if k in FIELDS} == self.values
            assert shown.drafts == len(self.drafts)
            for key in P.SENSITIVE_FIELDS:
                covered = self.scope is not None and P.FIELDS[key].category in self.scope
                assert (key in shown.masked) == (not covered)
            clerk = P.load_profile(actors["clerk"], customer_id)
            assert set(clerk.masked.values()) == {P.MASK_PERMISSION}
            assert {k: v for k, v in clerk.values.items() if k in FIELDS} == {
                k: v for k, v in self.values.items() if P.FIELDS[k].category is None}

    return ProfileMachine


def test_profile_consent_matches_an_independent_model(sqlite_db, sqlite_actors, tmp_path, monkeypatch):
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "keys" / "profile.key"))
    customer = files.create_customer(sqlite_actors["clerk"], kind="person", name="陈建国", phone="13800138000")
    run_state_machine_as_test(
        make_machine(sqlite_actors, customer.id),
        settings=settings(max_examples=20, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]),
    )

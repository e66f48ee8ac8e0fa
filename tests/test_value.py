"""Customer value classes and lifetime value (issue 18 item 10) on SQLite and PostgreSQL: ten
customers with known workshop revenue fall into the 表1-1 classes the manager's shares give."""
from datetime import date, timedelta

import pytest

from archive import value
from archive.models import Customer
from common.errors import Refusal
from common.models import AuditLog
from tests.test_callbacks_domain import car, person, refused, repair

TODAY = date(2026, 11, 23)


@pytest.fixture
def ten(actors):
    """Ten customers, customer i (1..10) bought i x 1000 yuan of workshop work in two visits this
    year; customer 10 also has a visit three years ago (outside the window) and a free one."""
    clerk = actors["clerk"]
    ids = {}
    for i in range(1, 11):
        owner = person(clerk, f"客户{i:02d}", phone=f"1380371{i:04d}")
        _, vin = car(clerk, owner, date(2023, 6, 1))
        repair(clerk, vin, date(2026, 3, 1), amount_fen=i * 50_000)
        repair(clerk, vin, date(2026, 9, 1), amount_fen=i * 50_000)
        if i == 10:
            repair(clerk, vin, date(2023, 11, 1), amount_fen=900_000)
            repair(clerk, vin, date(2026, 10, 1), amount_fen=0)
        ids[i] = owner.id
    return ids


def test_classes_follow_the_managers_shares(actors, ten):
    manager = actors["manager"]
    value.set_rules(manager, value.ValueRules(shares=(10, 30, 60), window_months=24, life_years=8))
    classes = {i: value.value_class(cid, TODAY) for i, cid in ten.items()}
    assert classes == {10: "vip", 9: "major", 8: "major", 7: "ordinary", 6: "ordinary", 5: "ordinary",
                       4: "small", 3: "small", 2: "small", 1: "small"}
    values = value.customer_values(TODAY)
    assert {i: values[cid].klass for i, cid in ten.items()} == classes
    # The filter a list uses gives the same customers as the per-customer answer.
    for code in value.VALUE_CLASSES:
        listed = {c.id for c in Customer.select().where(value.customers_in_class(code, TODAY))}
        assert listed == {cid for i, cid in ten.items() if classes[i] == code}
    assert value.class_counts(TODAY) == {"vip": 1, "major": 2, "ordinary": 3, "small": 4}


def test_lifetime_value_is_one_purchase_times_purchases_over_a_life(actors, ten):
    top = value.customer_values(TODAY)[ten[10]]
    # Three paid visits (the free one is a visit, not a purchase), 1,900,000 fen in all.
    assert (top.visits, top.purchases, top.total_fen) == (4, 3, 1_900_000)
    assert top.contribution_fen == 1_000_000  # the 2023 visit is outside the 24-month window
    assert top.average_amount_fen == 1_900_000 // 3
    days = (TODAY - date(2023, 6, 1)).days
    expected_purchases = (3 * 365 * 8 + days // 2) // days
    assert top.lifetime_value_fen == top.average_amount_fen * expected_purchases
    assert top.last_visit == date(2026, 10, 1) and top.vehicles == 1


def test_default_shares_leave_no_vip_in_a_tiny_branch_and_zero_revenue_is_small(actors, ten):
    clerk = actors["clerk"]
    newcomer = person(clerk, "新客户", phone="13903719999")
    car(clerk, newcomer, TODAY - timedelta(days=3))
    # 11 customers: 1 % of them rounds to none, 20 % to two.
    assert value.class_counts(TODAY) == {"vip": 0, "major": 1, "ordinary": 1, "small": 9}
    assert value.value_class(newcomer.id, TODAY) == "small"


def test_rules_are_the_managers_checked_and_audited(actors):
    clerk, manager = actors["clerk"], actors["manager"]
    assert refused(value.set_rules, clerk, value.ValueRules()).code == "auth.forbidden"
    assert refused(value.set_rules, manager, value.ValueRules(shares=(5, 5, 20))).code == "value.shares_order"
    assert refused(value.set_rules, manager, value.ValueRules(window_months=0)).facts["field"] == "window_months"
    assert value.rules() == value.DEFAULT_RULES
    value.set_rules(manager, value.ValueRules(shares=(2, 10, 30), window_months=12, life_years=6))
    value.set_rules(manager, value.ValueRules(shares=(2, 10, 30), window_months=12, life_years=6))  # unchanged
    rows = list(AuditLog.select().where(AuditLog.action == "value.rules"))
    assert len(rows) == 1
    assert value.rules() == value.ValueRules(shares=(2, 10, 30), window_months=12, life_years=6)
    with pytest.raises(Refusal):
        value.class_bounds("gold", TODAY)

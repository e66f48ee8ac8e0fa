"""The owner's club (issue 18 item 1) on SQLite and PostgreSQL: gapless member numbers, levels by
the manager's rules (value class or years as a customer), renewals, benefits used, the renewal
reminder count, the filtered list and the work-month summary."""
from datetime import date, timedelta

import pytest

from archive import members, value
from archive.members import Level, MemberFilter, MemberRules
from common.models import AuditLog
from tests.test_callbacks_domain import car, person, refused, repair

TODAY = date(2026, 11, 23)


@pytest.fixture
def club(actors):
    """Four customers: 赵 (a big spender this year), 钱 (a customer since 2019, little spent),
    孙 (new, nothing spent) and 李 (a Luoyang customer with a 迈腾)."""
    clerk = actors["clerk"]
    people = {}
    for name, delivered, spent, phone in (("赵大", date(2025, 1, 5), 3_000_000, "13800000001"),
                                           ("钱二", date(2019, 5, 1), 20_000, "13800000002"),
                                           ("孙三", TODAY - timedelta(days=20), 0, "13800000003"),
                                           ("李四", date(2024, 2, 1), 10_000, "13800000004")):
        owner = person(clerk, name, phone=phone)
        _, vin = car(clerk, owner, delivered)
        if spent:
            repair(clerk, vin, date(2026, 6, 1), amount_fen=spent)
        people[name] = owner
    from archive.models import Customer, Vehicle
    Customer.update(address="河南省洛阳市涧西区南昌路8号").where(Customer.id == people["李四"].id).execute()
    Vehicle.update(model="迈腾").where(Vehicle.customer == people["李四"].id).execute()
    # Four customers: the manager's shares give one VIP (25 %) and nobody else above 小客户.
    value.set_rules(actors["manager"], value.ValueRules(shares=(25, 30, 40), window_months=24, life_years=8))
    return people


def test_enrol_numbers_gapless_and_levels_by_rules(actors, club):
    clerk = actors["clerk"]
    zhao = members.enrol(clerk, club["赵大"].id)
    qian = members.enrol(clerk, club["钱二"].id)
    sun = members.enrol(clerk, club["孙三"].id)
    assert [m.number for m in (zhao, qian, sun)] == ["HY000001", "HY000002", "HY000003"]
    # 赵 is a VIP customer (钻石), 钱 has seven years with the brand (金卡: six years), 孙 the lowest.
    assert (zhao.level, qian.level, sun.level) == ("diamond", "gold", "standard")
    assert zhao.renewal_due == date(2027, 11, 23)
    assert refused(members.enrol, clerk, club["赵大"].id).code == "members.already_member"
    assert refused(members.enrol, clerk, club["李四"].id, level="gold").code == "members.level_not_qualified"
    assert refused(members.enrol, actors["finance"], club["李四"].id).code == "auth.forbidden"
    assert refused(members.enrol, clerk, club["李四"].id, joined_on=TODAY + timedelta(days=1)).code == \
        "members.future_date"
    li = members.enrol(clerk, club["李四"].id)
    assert li.number == "HY000004"  # the refusals took no number
    assert AuditLog.select().where(AuditLog.action == "members.enrol").count() == 4
    assert members.is_member(club["李四"].id) and members.member_ids(TODAY) == {c.id for c in club.values()}


def test_renewal_benefits_and_lapse(actors, club):
    clerk = actors["clerk"]
    sun = members.enrol(clerk, club["孙三"].id, joined_on=date(2025, 12, 10))
    assert sun.renewal_due == date(2026, 12, 10)
    members.use_benefit(clerk, sun.number, "免费洗车")
    assert refused(members.use_benefit, clerk, sun.number, "代步车").code == "members.benefit_not_offered"
    assert refused(members.use_benefit, clerk, sun.number, " ").code == "members.benefit_required"
    assert members.count_due_for_renewal(TODAY) == 1  # due in 17 days
    renewed = members.renew(clerk, sun.number)
    assert renewed.renewal_due == date(2027, 12, 10)  # from the old due day, not from today
    assert members.count_due_for_renewal(TODAY) == 0
    assert refused(members.renew, clerk, sun.number).code == "members.renew_too_early"

    qian = members.enrol(clerk, club["钱二"].id, joined_on=date(2025, 10, 1))
    assert qian.renewal_due < TODAY  # lapsed on 2026-10-01
    assert refused(members.use_benefit, clerk, "HY000002", "免费洗车").code == "members.lapsed"
    late = members.renew(clerk, 2)
    assert late.renewal_due == date(2027, 11, 23)  # lapsed: a new term from the renewal day
    uses = list(members.benefit_uses("HY000001"))
    assert [(u.benefit, u.recorded_by.username) for u in uses] == [("免费洗车", "clerk")]


def test_filters_and_month_summary(actors, club):
    clerk = actors["clerk"]
    for name in club:
        members.enrol(clerk, club[name].id)
    assert [r.name for r in members.member_rows(TODAY, MemberFilter(level="diamond"))] == ["赵大"]
    assert [r.name for r in members.member_rows(TODAY, MemberFilter(value_class="vip"))] == ["赵大"]
    assert [r.name for r in members.member_rows(TODAY, MemberFilter(city="洛阳"))] == ["李四"]
    assert [r.name for r in members.member_rows(TODAY, MemberFilter(model="迈腾"))] == ["李四"]
    assert [r.name for r in members.member_rows(TODAY, MemberFilter(text="HY000002"))] == ["钱二"]
    assert members.member_rows(TODAY, MemberFilter(renewal="due")) == []
    row = members.member_rows(TODAY, MemberFilter(level="diamond"))[0]
    assert row.level_name == "钻石会员" and row.value_class == "vip" and row.lifetime_value_fen > 3_000_000
    members.use_benefit(clerk, "HY000001", "代步车")
    summary = members.month_summary(date(2026, 11, 1), date(2026, 11, 30))
    assert summary == {"enrolled": 4, "renewed": 0, "due_for_renewal": 0, "lapsed": 0, "benefits_used": 1,
                       "members": 4}


def test_level_rules_are_the_managers(actors, club):
    manager, clerk = actors["manager"], actors["clerk"]
    rules = MemberRules(levels=(Level("basic", "会员"), Level("vip", "贵宾会员", "major", 0, ("代步车",))),
                        term_months=24, remind_days=45)
    assert refused(members.set_rules, clerk, rules).code == "auth.forbidden"
    bad = MemberRules(levels=(Level("basic", "会员"), Level("vip", "贵宾会员")))
    assert refused(members.set_rules, manager, bad).code == "members.level_without_rule"
    members.set_rules(manager, rules)
    member = members.enrol(clerk, club["赵大"].id)
    assert (member.level, member.renewal_due) == ("vip", date(2028, 11, 23))
    # A level still held cannot go.
    assert refused(members.set_rules, manager, MemberRules(levels=(Level("basic", "会员"),))).code == \
        "members.level_in_use"
    assert AuditLog.select().where(AuditLog.action == "members.rules").count() == 1


def test_check_finds_a_gap_in_member_numbers_and_a_renewal_out_of_step(actors, club):
    clerk = actors["clerk"]
    for name in ("赵大", "钱二", "孙三"):
        members.enrol(clerk, club[name].id, joined_on=date(2025, 12, 1))
    members.renew(clerk, "HY000003")
    assert members.check_invariants() == []
    # What a hand edit of the file would do: a member removed, a renewal day moved.
    members.ClubMember.delete().where(members.ClubMember.seq == 2).execute()
    members.ClubMember.update(renewal_due=date(2030, 1, 1)).where(members.ClubMember.seq == 3).execute()
    found = {(p.code, tuple(sorted(p.facts.items()))) for p in members.check_invariants()}
    assert found == {("members.check_gap", (("count", 2), ("highest", "HY000003"), ("missing", "HY000002"))),
                     ("members.check_renewal", (("due", "2030-01-01"), ("number", "HY000003"),
                                                ("renewed_to", "2027-12-01")))}

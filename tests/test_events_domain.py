"""Customer events (archive.events, issue 18 item 2) on SQLite and PostgreSQL: plan, choose and
invite (do-not-contact left out), sign up within the seats, attend, feedback, cost per attendee,
the effect on callback scores and the work-month summary."""
from datetime import date, datetime, timedelta

import pytest

from archive import callbacks, events, files
from common.errors import Refusal
from tests.test_callbacks_domain import _id_number, car, repair

TODAY = date(2026, 11, 23)
NOON = datetime(2026, 11, 23, 12, 0)


def person(clerk, name, phone, address):
    return files.create_customer(clerk, kind="person", name=name, id_number=_id_number(date(1985, 1, 1)),
                                 phone=phone, address=address)


@pytest.fixture
def town(actors):
    clerk = actors["clerk"].at(NOON)
    zhang = person(clerk, "张伟", "13803711234", "河南省郑州市金水路1号")
    li = person(clerk, "李娜", "13903712222", "河南省洛阳市中州路8号")
    wang = person(clerk, "王芳", "13703713333", "河南省郑州市花园路9号")
    zhao = person(clerk, "赵强", "13603714444", "河南省郑州市农业路2号")
    _, vin = car(clerk, zhang, date(2025, 5, 1))
    repair(clerk, vin, date(2026, 9, 1))
    _, vin2 = car(clerk, li, date(2025, 6, 1))
    repair(clerk, vin2, date(2026, 2, 1))
    car(clerk, wang, date(2025, 7, 1))
    car(clerk, zhao, date(2025, 7, 2))
    callbacks.set_do_not_contact(clerk, zhao.id, "客户要求")
    return dict(actors=actors, clerk=clerk, zhang=zhang, li=li, wang=wang, zhao=zhao)


def plan_lecture(clerk, capacity=2, held_on=TODAY + timedelta(days=10)):
    return events.plan(clerk, kind="lecture", title="冬季保养讲座", held_on=held_on, place="客户休息室",
                       capacity=capacity, budget_fen=200000)


def test_filters_leave_do_not_contact_out(town):
    clerk = town["clerk"]
    everyone = {c.name for c in events.candidates(events.Filters(), TODAY)}
    assert everyone == {"张伟", "李娜", "王芳"}  # 赵强 asked not to be contacted
    assert {c.name for c in events.candidates(events.Filters(city="郑州"), TODAY)} == {"张伟", "王芳"}
    assert {c.name for c in events.candidates(events.Filters(model="速腾"), TODAY)} == everyone
    recent = events.candidates(events.Filters(visited_from=date(2026, 6, 1)), TODAY)
    assert [(c.name, c.last_visit, c.city) for c in recent] == [("张伟", date(2026, 9, 1), "郑州市")]
    with pytest.raises(Refusal) as refused:
        events.candidates(events.Filters(visited_from=date(2026, 6, 1), visited_to=date(2026, 1, 1)), TODAY)
    assert refused.value.code == "events.visit_range"
    event_id = plan_lecture(clerk)
    with pytest.raises(Refusal) as refused:
        events.add_invitees(clerk, event_id, [town["zhang"].id, town["zhao"].id])
    assert refused.value.code == "events.do_not_contact" and refused.value.facts["customer"] == "赵强"
    assert events.invitees(event_id).count() == 0  # all or nothing
    assert events.add_invitees(clerk, event_id, [town["zhang"].id]) == 1
    assert [c.name for c in events.candidates(events.Filters(), TODAY, event_id=event_id)] == ["李娜", "王芳"]


def test_capacity_is_enforced_with_the_names(town):
    clerk = town["clerk"]
    event_id = plan_lecture(clerk, capacity=2)
    ids = [town[n].id for n in ("zhang", "li", "wang")]
    events.add_invitees(clerk, event_id, ids)
    with pytest.raises(Refusal) as refused:
        events.sign_up(clerk, event_id, town["zhang"].id)
    assert refused.value.code == "events.not_invited"
    assert events.record_invitation(clerk, event_id, ids, "sms") == 3
    assert events.sign_up(clerk, event_id, town["zhang"].id) == 1
    assert events.sign_up(clerk, event_id, town["li"].id) == 2
    with pytest.raises(Refusal) as refused:
        events.sign_up(clerk, event_id, town["wang"].id)
    assert refused.value.code == "events.full"
    assert refused.value.facts == {"event": "冬季保养讲座", "capacity": 2, "customer": "王芳"}
    events.withdraw(clerk, event_id, town["li"].id)
    assert events.sign_up(clerk, event_id, town["wang"].id) == 2
    row = events.invitees(event_id).where(events.EventInvitee.customer == town["wang"].id).get()
    assert row.invited_via == "sms" and row.invited_by_id == clerk.user.id and row.invited_at == NOON


def test_attendance_feedback_cost_and_summary(town):
    clerk = town["clerk"]
    held_on = TODAY + timedelta(days=3)
    event_id = plan_lecture(clerk, capacity=5, held_on=held_on)
    ids = [town[n].id for n in ("zhang", "li", "wang")]
    events.add_invitees(clerk, event_id, ids)
    events.record_invitation(clerk, event_id, ids, "phone")
    for cid in ids:
        events.sign_up(clerk, event_id, cid)
    with pytest.raises(Refusal) as refused:
        events.attend(clerk, event_id, town["zhang"].id)
    assert refused.value.code == "events.not_yet_held"
    on_the_day = clerk.at(datetime.combine(held_on, datetime.min.time()).replace(hour=15))
    assert events.attend(on_the_day, event_id, town["zhang"].id) == 1
    assert events.attend(on_the_day, event_id, town["li"].id) == 2
    with pytest.raises(Refusal) as refused:
        events.record_feedback(on_the_day, event_id, town["wang"].id, 9)
    assert refused.value.code == "events.feedback_not_attended"
    with pytest.raises(Refusal) as refused:
        events.record_feedback(on_the_day, event_id, town["zhang"].id, 11)
    assert refused.value.code == "events.score_range"
    events.record_feedback(on_the_day, event_id, town["zhang"].id, 9, "很实用")
    events.record_feedback(on_the_day, event_id, town["li"].id, 8)
    assert events.record_cost(on_the_day, event_id, 150001) == 75000
    summary = events.month_summary(date(2026, 11, 1), date(2026, 11, 30))
    assert summary == {"held": 1, "planned": 0, "invited": 3, "signed_up": 3, "attended": 2, "feedback_count": 2,
                       "average_feedback": "8.50", "cost_fen": 150001, "cost_per_attendee_fen": 75000}
    assert events.month_summary(date(2026, 12, 1), date(2026, 12, 31))["held"] == 0


def test_plan_refusals_name_the_field(town):
    clerk = town["clerk"]
    cases = [dict(title=" "), dict(capacity=0), dict(held_on=TODAY - timedelta(days=1)), dict(kind="dance"),
             dict(budget_fen=-1)]
    codes = []
    for change in cases:
        values = dict(kind="party", title="联谊会", held_on=TODAY, place="", capacity=10, budget_fen=0)
        values.update(change)
        with pytest.raises(Refusal) as refused:
            events.plan(clerk, **values)
        codes.append(refused.value.code)
    assert codes == ["events.title_required", "events.capacity_invalid", "events.date_past", "events.unknown_kind",
                     "events.budget_invalid"]
    assert events.events_between().count() == 0
    with pytest.raises(Refusal) as refused:
        plan_lecture(town["actors"]["finance"])
    assert refused.value.code == "auth.forbidden"


def test_effect_compares_attendees_with_everybody_else(town):
    from archive.callbacks import Callback, CallbackScore

    clerk = town["clerk"]
    held_on = TODAY
    event_id = plan_lecture(clerk, capacity=5, held_on=held_on)
    events.add_invitees(clerk, event_id, [town["zhang"].id])
    events.record_invitation(clerk, event_id, [town["zhang"].id], "letter")
    events.sign_up(clerk, event_id, town["zhang"].id)
    events.attend(clerk, event_id, town["zhang"].id)

    def scored(customer, day, score):
        vehicle = customer.vehicles().first()
        callback = Callback.create(kind="monthly", source_id=vehicle.id + day.toordinal(), customer=customer,
                                   vehicle=vehicle, base_date=day, due_from=day, due_until=day, call_from=day,
                                   state="done", completed_on=day, created_at=NOON)
        CallbackScore.create(callback=callback, item="overall", score=score)

    scored(town["zhang"], held_on - timedelta(days=30), 6)
    scored(town["zhang"], held_on + timedelta(days=30), 9)
    scored(town["li"], held_on - timedelta(days=30), 8)
    scored(town["li"], held_on + timedelta(days=30), 8)
    [row] = events.effect(date(2026, 11, 1), date(2026, 11, 30), held_on + timedelta(days=60))
    assert (row.attendees_before, row.attendees_after, row.others_before, row.others_after) == (6, 9, 8, 8)
    assert row.attendees_change == 3 and row.others_change == 0 and row.attended == 1


def test_member_and_value_class_filters(town):
    from archive import members

    clerk = town["clerk"]
    members.enrol(clerk, town["li"].id)
    assert [c.name for c in events.candidates(events.Filters(members_only=True), TODAY)] == ["李娜"]
    small = {c.name for c in events.candidates(events.Filters(value_class="small"), TODAY)}
    assert "王芳" in small  # no paid workshop visit: 小客户
    both = {c.name for c in events.candidates(events.Filters(members_only=True, value_class="small"), TODAY)}
    assert both == {"李娜"} & small  # both filters apply together
    with pytest.raises(Refusal) as refused:
        events.candidates(events.Filters(value_class="gold"), TODAY)
    assert refused.value.code == "events.unknown_value_class"

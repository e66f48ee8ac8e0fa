"""A customer-service clerk's week: callbacks generated from deliveries and repairs, the callback
form, do-not-contact, reports, care reminders, complaints and statistics. SQLite and PostgreSQL."""
from datetime import date, datetime, timedelta
import random

import pytest

from archive import callbacks, care, complaints, files, stats, validate
from archive.callbacks import Callback, ContactBlock
from common.errors import Refusal
from common.pdf import pdf_text

TODAY = date(2026, 11, 23)  # NOW in conftest, a Monday
SERIAL = iter(range(1, 10_000))


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


def at(actor, day: date, hour: int = 10):
    return actor.at(datetime.combine(day, datetime.min.time()).replace(hour=hour))


def person(actor, name="张伟", born=date(1980, 11, 27), phone="13803711234"):
    return files.create_customer(actor, kind="person", name=name, id_number=_id_number(born), phone=phone)


def _id_number(born: date) -> str:
    body = f"410105{born:%Y%m%d}{next(SERIAL) % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def car(actor, owner, delivered: date, secondary=False, invoiced=None, plate=None):
    serial = next(SERIAL)
    vin = validate.with_check_digit(f"LFV2A21K0G3{serial:06d}")
    registered = files.register_vehicle(actor, owner.id, vin=vin, delivery_date=delivered, responsible="李明",
                                        plate=plate or f"豫A{serial:05d}", model="速腾", invoice_date=invoiced,
                                        sold_by_secondary_dealer=secondary)
    return registered.vehicle_id, vin


def repair(actor, vin, visited: date, amount_fen=52_000):
    return files.add_repair_visit(actor, vin, visit_date=visited, ro_number=f"RO{next(SERIAL):08d}", mileage_km=5000,
                                  amount_fen=amount_fen, responsible="赵强")


def all_scores(kind, value=9):
    return {code: value for code in callbacks.SCORE_ITEMS[kind]}


@pytest.fixture
def branch(actors):
    """A small branch on the morning of TODAY."""
    clerk = actors["clerk"]
    zhang = person(clerk, "张伟")
    li = person(clerk, "李娜", born=date(1990, 3, 5), phone="13903712222")
    wang = person(clerk, "王芳", born=date(1975, 6, 1), phone="13703713333")
    due_7dc, _ = car(clerk, zhang, TODAY - timedelta(days=7))
    secondary, _ = car(clerk, li, TODAY - timedelta(days=8), secondary=True, invoiced=TODAY - timedelta(days=10))
    not_yet, _ = car(clerk, wang, TODAY - timedelta(days=5))
    year_old, vin_old = car(clerk, wang, date(2025, 11, 23))
    repaired = repair(clerk, vin_old, TODAY - timedelta(days=3))
    repaired_yesterday = repair(clerk, vin_old, TODAY - timedelta(days=1))
    return dict(zhang=zhang, li=li, wang=wang, due_7dc=due_7dc, secondary=secondary, not_yet=not_yet,
                year_old=year_old, repaired=repaired, repaired_yesterday=repaired_yesterday)


def test_generation_makes_each_due_callback_once(actors, branch):
    clerk = actors["clerk"]
    result = callbacks.generate(clerk, TODAY)
    assert result.created == {"7dc": 2, "3dc": 1, "yearly": 1}
    assert callbacks.generate(clerk, TODAY).total == 0
    due = {(c.kind, c.source_id) for c in callbacks.due(TODAY)}
    assert due == {("7dc", branch["due_7dc"]), ("7dc", branch["secondary"]), ("3dc", branch["repaired"].id),
                   ("yearly", branch["year_old"])}
    secondary = Callback.get((Callback.kind == "7dc") & (Callback.source_id == branch["secondary"]))
    assert (secondary.base_date, secondary.due_from) == (TODAY - timedelta(days=10), TODAY)
    # Two days later the car delivered five days ago is due, and yesterday's repair too.
    later = callbacks.generate(at(clerk, TODAY + timedelta(days=2)), TODAY + timedelta(days=2))
    assert later.created == {"7dc": 1, "3dc": 1}
    assert Callback.select().count() == 6


def test_reached_call_keeps_scores_and_closes_the_callback(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    callback = Callback.get((Callback.kind == "7dc") & (Callback.source_id == branch["due_7dc"]))
    scores = all_scores("7dc", 9) | {"overall": 6}
    result = callbacks.record_call(clerk, callback.id, "reached", scores, remarks="交车讲解很细致")
    assert result.state == "done" and round(result.average_score, 2) == round((9 * 5 + 6) / 6, 2)
    assert callbacks.count_due(TODAY) == 3
    again = refused(callbacks.record_call, clerk, callback.id, "reached", scores)
    assert again.code == "callbacks.not_open" and again.facts["customer"] == "张伟"


def test_form_refuses_missing_or_out_of_range_scores_and_changes_nothing(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    callback = Callback.get((Callback.kind == "3dc"))
    partial = all_scores("3dc")
    del partial["price"]
    refusal = refused(callbacks.record_call, clerk, callback.id, "reached", partial)
    assert refusal.code == "callbacks.score_missing" and "费用透明" in refusal.facts["items"]
    refusal = refused(callbacks.record_call, clerk, callback.id, "reached", all_scores("3dc") | {"price": 11})
    assert refusal.code == "callbacks.score_range" and refusal.facts == {"item": "费用透明", "score": 11, "high": 10}
    assert refused(callbacks.record_call, actors["finance"], callback.id, "retry").code == "auth.forbidden"
    fresh = Callback.get_by_id(callback.id)
    assert (fresh.state, fresh.attempts) == ("open", 0) and not fresh.attempts_made().exists()


def test_unanswered_three_times_is_closed_as_unreachable(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    callback = Callback.get(Callback.kind == "yearly")
    first = callbacks.record_call(clerk, callback.id, "retry", remarks="无人接听")
    assert (first.state, first.call_from) == ("open", TODAY + timedelta(days=1))
    assert callback.id not in [c.id for c in callbacks.due(TODAY)]
    assert callback.id in [c.id for c in callbacks.due(TODAY + timedelta(days=1))]
    callbacks.record_call(at(clerk, TODAY + timedelta(days=1)), callback.id, "retry")
    third = callbacks.record_call(at(clerk, TODAY + timedelta(days=2)), callback.id, "retry")
    assert (third.state, third.attempts) == ("unreachable", 3)


def test_callback_before_its_window_is_refused(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(at(clerk, TODAY + timedelta(days=2)), TODAY + timedelta(days=2))
    early = Callback.get((Callback.kind == "7dc") & (Callback.source_id == branch["not_yet"]))
    refusal = refused(callbacks.record_call, clerk, early.id, "reached", all_scores("7dc"))
    assert refusal.code == "callbacks.too_early" and refusal.facts["due_from"] == TODAY + timedelta(days=2)


def test_refusal_with_do_not_contact_cancels_the_rest_and_stops_generation(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    wang_callbacks = Callback.select().where(Callback.customer == branch["wang"].id)
    assert wang_callbacks.count() == 2  # yearly + 3dc
    first = wang_callbacks.order_by(Callback.id).first()
    callbacks.record_call(clerk, first.id, "refused", remarks="不要再打了", do_not_contact=True)
    assert callbacks.is_blocked(branch["wang"].id)
    assert sorted(c.state for c in wang_callbacks) == ["cancelled", "refused"]
    later = TODAY + timedelta(days=2)
    assert callbacks.generate(at(clerk, later), later).total == 0  # Wang's new car and repair: blocked
    assert not Callback.select().where((Callback.customer == branch["wang"].id) & (Callback.state == "open")).exists()
    assert refused(callbacks.set_do_not_contact, clerk, branch["wang"].id).code == "callbacks.already_blocked"
    callbacks.clear_do_not_contact(clerk, branch["wang"].id)
    assert refused(callbacks.clear_do_not_contact, clerk, branch["wang"].id).code == "callbacks.not_blocked"


def test_daily_and_weekly_reports_as_pdf_and_xlsx(actors, branch, tmp_path):
    from openpyxl import load_workbook

    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    seven = Callback.get((Callback.kind == "7dc") & (Callback.source_id == branch["due_7dc"]))
    callbacks.record_call(clerk, seven.id, "reached", all_scores("7dc", 8) | {"delivery": 4}, remarks="交车等了很久")
    yearly = Callback.get(Callback.kind == "yearly")
    callbacks.record_call(clerk, yearly.id, "retry", remarks="关机")
    day = callbacks.report("day", TODAY)
    summary = {row[0]: row for row in day.summary}
    assert summary["7DC 新车回访"][1:4] == [1, 1, 0] and summary["年度回访"][1:4] == [1, 0, 1]
    delivery = next(row for row in day.items if row[1] == "交车过程")
    assert delivery[2:] == [1, "4.00", 1]
    assert [row[2] for row in day.details] == ["张伟", "王芳"]
    pdf = callbacks.write_report(tmp_path / "day.pdf", "day", TODAY, branch="郑州分公司",
                                 printed_at=datetime(2026, 11, 23, 18, 0), printed_by="王丽")
    text = "".join(pdf_text(pdf))
    assert "客户回访日报表" in text and "张伟" in text and "交车等了很久" in text
    week = callbacks.write_report(tmp_path / "week.xlsx", "week", TODAY + timedelta(days=3), branch="郑州分公司",
                                  printed_at=datetime(2026, 11, 27, 18, 0), printed_by="王丽")
    book = load_workbook(week)
    assert book.sheetnames == ["汇总", "项目评分", "明细"]
    assert [c.value for c in book["明细"][2]][2] == "张伟"
    assert refused(callbacks.write_report, tmp_path / "x.doc", "day", TODAY, branch="", printed_at=datetime.now(),
                   printed_by="").code == "callbacks.report_format"
    assert callbacks.period_bounds("month", TODAY) == (date(2026, 11, 1), date(2026, 11, 30))


def test_sample_lists_are_the_same_each_time(actors, branch):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    for callback in callbacks.due(TODAY):
        callbacks.record_call(clerk, callback.id, "reached", all_scores(callback.kind))
    first = [c.id for c in callbacks.second_level_sample(TODAY, size=2)]
    assert len(first) == 2 and first == [c.id for c in callbacks.second_level_sample(TODAY, size=2)]
    repair(clerk, files.Vehicle.get_by_id(branch["due_7dc"]).vin, TODAY, amount_fen=800_000)
    third = callbacks.third_level_sample(TODAY, size=10)
    reasons = sorted((row.reason, row.customer) for row in third)
    assert ("big_repair", "张伟") in reasons and ("new_car", "李娜") in reasons


def test_festivals_follow_the_lunar_calendar():
    days = {name: day for day, _, name in care.festivals(2026)}
    assert days["春节"] == date(2026, 2, 17) and days["中秋节"] == date(2026, 9, 25)
    assert days["端午节"] == date(2026, 6, 19) and days["国庆节"] == date(2026, 10, 1)
    assert {name: day for day, _, name in care.festivals(2027)}["春节"] == date(2027, 2, 6)


def test_care_reminders_appear_in_their_window_and_go_once_done(actors, branch):
    clerk = actors["clerk"]
    items = care.upcoming(TODAY)
    birthdays = [i for i in items if i.kind == "birthday"]
    assert [(i.customer, i.due_on) for i in birthdays] == [("张伟", date(2026, 11, 27))]
    # The car delivered on 2025-11-23 has its insurance and inspection anniversary today.
    assert {(i.kind, i.subject_id) for i in items if i.kind in ("insurance", "inspection")} == {
        ("insurance", branch["year_old"]), ("inspection", branch["year_old"])}
    assert care.upcoming(TODAY - timedelta(days=5), "birthday") == []  # 9 days ahead: not yet
    care.mark_done(clerk, "birthday", branch["zhang"].id, date(2026, 11, 27), channel="sms")
    assert not [i for i in care.upcoming(TODAY) if i.kind == "birthday"]
    refusal = refused(care.mark_done, clerk, "birthday", branch["zhang"].id, date(2026, 11, 27))
    assert refusal.code == "care.already_done"
    mid_autumn = care.upcoming(date(2026, 9, 20), "festival")
    assert [(i.label, i.due_on) for i in mid_autumn] == [("中秋节", date(2026, 9, 25))]
    callbacks.set_do_not_contact(clerk, branch["wang"].id, "客户要求")
    assert not [i for i in care.upcoming(TODAY) if i.kind == "insurance"]


def test_maintenance_reminder_a_week_before_180_days_after_the_last_visit(actors, branch):
    clerk = actors["clerk"]
    owner = person(clerk, "赵敏", born=date(1988, 1, 1), phone="13603714444")
    vehicle_id, vin = car(clerk, owner, date(2025, 1, 10))
    repair(clerk, vin, TODAY - timedelta(days=180) + timedelta(days=4))
    due = [i for i in care.upcoming(TODAY, "maintenance") if i.subject_id == vehicle_id]
    assert [i.due_on for i in due] == [TODAY + timedelta(days=4)]
    repair(clerk, vin, TODAY - timedelta(days=10))  # came back since: no reminder
    assert not [i for i in care.upcoming(TODAY, "maintenance") if i.subject_id == vehicle_id]


def test_complaint_from_receipt_to_closing(actors, branch):
    clerk, manager = actors["clerk"], actors["manager"]
    complaint = complaints.receive(clerk, complainant="张伟", summary="保养等待超过三小时", category="waiting",
                                   vehicle_id=branch["due_7dc"])
    assert complaint.number == "TS202611001" and complaint.customer_id == branch["zhang"].id
    assert complaints.receive(clerk, complainant="李娜", summary="收费高", category="price").number == "TS202611002"
    assert refused(complaints.confirm, clerk, complaint.id).code == "auth.forbidden"
    wrong = refused(complaints.assign, clerk, complaint.id, "service")
    assert wrong.code == "complaints.wrong_state" and wrong.facts["state"] == "已受理"
    complaints.confirm(manager, complaint.id)
    complaints.assign(clerk, complaint.id, "service")
    assert refused(complaints.resolve, clerk, complaint.id, " ").code == "complaints.resolution_required"
    complaints.resolve(clerk, complaint.id, "增加快修工位，致歉并赠送保养券")
    back = complaints.feed_back(clerk, complaint.id, "客户不接受", satisfied=False)
    assert back.state == "assigned"
    complaints.resolve(clerk, complaint.id, "经理亲自致电")
    complaints.feed_back(clerk, complaint.id, "客户接受", satisfied=True)
    closed = complaints.close(at(clerk, TODAY + timedelta(days=9)), complaint.id)
    assert closed.state == "closed" and closed.closed_on == TODAY + timedelta(days=9)
    assert complaints.count_overdue(TODAY + timedelta(days=9)) == 1  # Li Na's is past its week
    analysis = complaints.monthly_analysis(TODAY)
    assert analysis.received == 2 and analysis.by_category == {"waiting": 1, "price": 1}
    december = complaints.monthly_analysis(date(2026, 12, 1))
    assert december.closed == 1 and december.closed_late == 1 and december.average_days_to_close == 9.0


def test_complaint_needs_a_summary_and_a_known_category(actors):
    clerk = actors["clerk"]
    assert refused(complaints.receive, clerk, complainant="张伟", summary="", category="price").code == \
        "complaints.summary_required"
    assert refused(complaints.receive, clerk, complainant="张伟", summary="x", category="weather").code == \
        "complaints.unknown_category"
    assert not complaints.Complaint.select().exists()


def test_statistics_series(actors, branch, tmp_path):
    clerk = actors["clerk"]
    callbacks.generate(clerk, TODAY)
    for callback in callbacks.due(TODAY):
        callbacks.record_call(clerk, callback.id, "reached", all_scores(callback.kind, 8))
    scores = stats.callback_scores(date(2026, 1, 1), TODAY)
    assert scores.labels[-1] == "2026-11" and scores.columns["7DC 新车回访"][-1] == 8.0
    assert scores.columns["7DC 新车回访"][0] is None
    churn = stats.churn(TODAY, months=12)
    assert sum(churn.columns["客户数"]) == 3
    value = stats.value_classes(TODAY)
    assert sum(value.table_only["客户数"]) == 1 and value.table_only["产值(元)"][0] == 1040
    assert value.columns["产值占比(%)"] == [100, 0, 0]
    parts = stats.parts_movement(date(2026, 1, 1), TODAY)
    assert len(parts.labels) == 11 and sum(parts.columns["入库"]) == 0
    path = scores.save_xlsx(tmp_path / "scores.xlsx", "月份")
    from openpyxl import load_workbook
    assert load_workbook(path).active["A2"].value == "2026-01"


def test_today_counts_for_this_area(actors, branch):
    callbacks.generate(actors["clerk"], TODAY)
    complaints.receive(actors["clerk"], complainant="张伟", summary="等太久", category="waiting",
                       received_on=TODAY - timedelta(days=8))
    counts = stats.due_counts(TODAY)
    assert counts["callbacks_due"] == 4 and counts["callbacks_overdue"] == 0
    assert counts["care_birthday"] == 1 and counts["care_insurance"] == 1
    assert counts["complaints_to_confirm"] == 1 and counts["complaints_overdue"] == 1


def test_demo_population_has_scores_and_complaints_in_every_state(actors):
    from archive import demo

    manager = actors["manager"]
    demo.populate(manager, random.Random(7), date(2025, 11, 23), TODAY, scale=0.05)
    counts = demo.populate_callbacks(manager, random.Random(7), date(2025, 11, 23), TODAY)
    assert counts["callbacks"] > 50 and counts["callback_scores"] > 100
    states = {c.state for c in complaints.Complaint.select()}
    assert states == set(complaints.STATES)
    assert callbacks.generate(manager, TODAY).total == 0  # populated rows already cover today
    assert ContactBlock.select().count() == counts["do_not_contact"]


def test_profile_anniversary_and_birthday_feed_the_care_list_once(actors, branch):
    from archive import profile

    clerk = actors["clerk"]
    company = files.create_customer(clerk, kind="company", name="郑州宏达物流有限公司", id_number="91110000600037341L")
    profile.save_profile(clerk, company.id, {"16_anniversary": "2010-11-28"})
    # Zhang's profile repeats the birthday his ID number already gives: one greeting, not two.
    profile.save_profile(clerk, branch["zhang"].id, {"05_birth_date": "1980-11-27"})
    items = [(i.kind, i.subject_id, i.due_on) for i in care.upcoming(TODAY) if i.kind in ("birthday", "anniversary")]
    assert sorted(items) == [("anniversary", company.id, date(2026, 11, 28)),
                             ("birthday", branch["zhang"].id, date(2026, 11, 27))]
    assert care.counts(TODAY)["birthday"] == 2


from hypothesis import given, strategies as st  # noqa: E402


@given(st.integers(min_value=1950, max_value=2090))
def test_every_year_has_each_festival_exactly_once(year):
    names = [name for _, _, name in care.festivals(year)]
    assert sorted(names) == sorted(["元旦", "情人节", "劳动节", "国庆节", "除夕", "春节", "元宵节", "端午节", "七夕",
                                    "中秋节", "重阳节"])
    days = [day for day, _, _ in care.festivals(year)]
    assert days == sorted(days) and all(day.year == year for day in days)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.booleans())
def test_due_windows_start_where_the_rules_say(base, secondary):
    first, last = callbacks.window("7dc", base, secondary)
    assert (first - base).days == (10 if secondary else 7) and (last - first).days == 3
    first, last = callbacks.window("3dc", base)
    assert ((first - base).days, (last - base).days) == (3, 5)
    monthly, _ = callbacks.window("monthly", base)
    yearly, _ = callbacks.window("yearly", base)
    assert 28 <= (monthly - base).days <= 31 and 365 <= (yearly - base).days <= 366

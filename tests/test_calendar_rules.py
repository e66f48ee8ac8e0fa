"""The rules that use the calendar (issue 14): 7DC of secondary-dealer cars, the overdue handover
list, 3DC windows across 春节, 29 February reminders; the festivals greeted; plates (GA 36-2018)
and resident IDs. SQLite and PostgreSQL where the database is involved."""
from datetime import date, datetime, timedelta

import pytest
from lunardate import LunarDate
from stdnum.cn import ric

from archive import callbacks, care, festivals, files, validate
from archive.callbacks import Callback
from common.errors import Refusal
from common.models import AuditLog

SERIAL = iter(range(1, 10_000))


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


def on(actor, day: date):
    return actor.at(datetime.combine(day, datetime.min.time()).replace(hour=9))


def car(actor, delivered: date, *, secondary=False, invoiced=None, name="王芳"):
    serial = next(SERIAL)
    owner = files.create_customer(actor, kind="person", name=name, phone=f"1390371{serial:04d}")
    vin = validate.with_check_digit(f"LFV2A21K0G3{serial:06d}")
    registered = files.register_vehicle(actor, owner.id, vin=vin, delivery_date=delivered, responsible="李明",
                                        plate=f"豫A{serial:05d}", invoice_date=invoiced,
                                        sold_by_secondary_dealer=secondary)
    return registered, vin


def repair(actor, vin: str, visited: date):
    return files.add_repair_visit(actor, vin, visit_date=visited, ro_number=f"RO{next(SERIAL):08d}", mileage_km=5000,
                                  amount_fen=52_000, responsible="赵强")


# -- 7DC of cars sold by a secondary dealer ----------------------------------------------------------

def test_a_secondary_dealer_car_delivered_days_after_its_invoice_is_called_from_the_invoice(db, actors):
    registered, _ = car(actors["clerk"], date(2026, 11, 10), secondary=True, invoiced=date(2026, 11, 2))
    # Invoice + 10 days = Thursday 12 November: due that day, though delivered only two days before.
    result = callbacks.generate(on(actors["clerk"], date(2026, 11, 12)), date(2026, 11, 12))
    assert result.created == {"7dc": 1}
    made = Callback.get((Callback.kind == "7dc") & (Callback.source_id == registered.vehicle_id))
    assert (made.base_date, made.due_from, made.due_until) == (date(2026, 11, 2), date(2026, 11, 12), date(2026, 11, 16))
    assert callbacks.count_overdue(date(2026, 11, 12)) == 0


def test_a_secondary_dealer_car_without_invoice_date_is_named_not_counted_from_delivery(db, actors):
    _, vin = car(actors["clerk"], date(2026, 11, 2), secondary=True, invoiced=None)
    result = callbacks.generate(on(actors["clerk"], date(2026, 11, 12)), date(2026, 11, 12))
    assert result.created == {} and result.missing_invoice == (vin,)
    assert callbacks.secondary_without_invoice(date(2026, 11, 12)) == 1


# -- the overdue handover list ----------------------------------------------------------------------

def test_days_late_from_a_deadline_before_the_quarter_count_the_holidays_before_it(db, actors):
    _, vin = car(actors["clerk"], date(2026, 1, 20))
    visit = repair(actors["clerk"], vin, date(2026, 2, 11))
    assert visit.handover_due == date(2026, 2, 12)
    listed = files.overdue_handovers(actors["clerk"], date(2026, 4, 10), since=date(2026, 4, 1))
    late = {item.file_id: item.workdays_late for person in listed for item in person.outstanding}
    assert late[visit.id] == 36  # 春节 (six weekdays off, two 调休 Saturdays worked) and 清明 counted


# -- 3DC across a holiday -----------------------------------------------------------------------------

def test_a_repair_on_the_friday_before_spring_festival_is_called_after_the_office_reopens(db, actors):
    _, vin = car(actors["clerk"], date(2025, 6, 2))  # its own 7DC and monthly calls long done
    visit = repair(actors["clerk"], vin, date(2026, 2, 13))
    callbacks.generate(on(actors["clerk"], date(2026, 2, 16)), date(2026, 2, 16))
    assert not Callback.select().where(Callback.visit == visit.id).exists()  # not due inside the holiday
    callbacks.generate(on(actors["clerk"], date(2026, 2, 24)), date(2026, 2, 24))
    made = Callback.get(Callback.visit == visit.id)
    assert (made.due_from, made.due_until) == (date(2026, 2, 24), date(2026, 2, 26))
    assert callbacks.count_overdue(date(2026, 2, 24)) == 0


def test_a_window_ending_on_a_day_off_runs_to_the_next_working_day():
    from archive.workdays import load_calendar  # noqa: F401  (the value class, no database needed)
    from archive.workdays import WorkCalendar

    weekends_only = WorkCalendar()
    # Repair on Wednesday: days 3-5 are Saturday-Monday; the window opens on Monday, whole.
    assert callbacks.window("3dc", date(2026, 11, 18), calendar=weekends_only) == (date(2026, 11, 23), date(2026, 11, 25))
    # Repair on Monday: Thursday to Saturday, then on to Monday.
    assert callbacks.window("3dc", date(2026, 11, 16), calendar=weekends_only) == (date(2026, 11, 19), date(2026, 11, 23))
    # Monthly and yearly calls are not office-day windows.
    assert callbacks.window("monthly", date(2026, 10, 17), calendar=weekends_only) == callbacks.window("monthly", date(2026, 10, 17))


# -- 29 February ------------------------------------------------------------------------------------

def test_a_car_delivered_on_29_february_is_reminded_a_full_week_ahead_in_common_years(db, actors):
    registered, _ = car(actors["clerk"], date(2024, 2, 29))
    due = [i for i in care.upcoming(date(2025, 2, 21), care.INSPECTION) if i.subject_id == registered.vehicle_id]
    assert [i.due_on for i in due] == [date(2025, 2, 28)]
    assert [i.due_on for i in care.upcoming(date(2025, 2, 21), care.INSURANCE)
            if i.subject_id == registered.vehicle_id] == [date(2025, 2, 28)]


def test_a_28_february_car_seen_on_a_leap_29_february_is_not_due_next_year(db, actors):
    registered, _ = car(actors["clerk"], date(2023, 2, 28))
    assert [i for i in care.upcoming(date(2024, 2, 29), care.INSPECTION) if i.subject_id == registered.vehicle_id] == []


# -- festivals ---------------------------------------------------------------------------------------

def test_valentines_qixi_and_new_years_eve_are_greeted():
    days = {name: day for day, _, name in care.festivals(2026)}
    assert days["情人节"] == date(2026, 2, 14) and days["七夕"] == date(2026, 8, 19) and days["除夕"] == date(2026, 2, 16)
    # 2025: the 12th lunar month of 2024 has 29 days, so there is no "L12-30"; 除夕 is 28 January.
    assert {name: day for day, _, name in care.festivals(2025)}["除夕"] == date(2025, 1, 28)
    for year in range(1950, 2091):
        listed = {name: day for day, _, name in care.festivals(year)}
        assert listed["除夕"] == listed["春节"] - timedelta(days=1)


def test_the_festival_list_shows_the_new_greetings_in_their_week(db):
    labels = [item.label for item in care.upcoming(date(2026, 2, 10), care.FESTIVAL)]
    assert labels == ["情人节", "除夕", "春节"]
    assert [item.label for item in care.upcoming(date(2026, 8, 14), care.FESTIVAL)] == ["七夕"]


def test_a_manager_adds_the_branchs_own_festival_and_it_is_greeted(db, actors):
    assert refused(festivals.add_branch_festival, actors["clerk"], "母亲节", "weekday", 5, 2, 6).code == "auth.forbidden"
    assert refused(festivals.add_branch_festival, actors["manager"], "母亲节", "weekday", 13, 2, 6).code \
        == "festival.month_range"
    assert refused(festivals.add_branch_festival, actors["manager"], "", "solar", 5, 2).facts["field"] == "festival_name"
    festivals.add_branch_festival(actors["manager"], "母亲节", "weekday", 5, 2, 6)
    festivals.add_branch_festival(actors["manager"], "店庆", "solar", 6, 18)
    assert refused(festivals.add_branch_festival, actors["manager"], "店庆", "solar", 6, 19).code == "festival.duplicate"
    assert [i.label for i in care.upcoming(date(2026, 5, 5), care.FESTIVAL)] == ["母亲节"]  # Sunday 10 May
    assert [i.label for i in care.upcoming(date(2026, 6, 15), care.FESTIVAL)] == ["店庆", "端午节"]
    assert AuditLog.select().where(AuditLog.action == "care.festival_add").count() == 2
    festivals.remove_branch_festival(actors["manager"], "店庆")
    assert [i.label for i in care.upcoming(date(2026, 6, 15), care.FESTIVAL)] == ["端午节"]


def test_a_lunar_branch_festival_on_the_30th_of_a_short_month_falls_on_its_last_day():
    festival = festivals.BranchFestival("腊月三十", "lunar", 12, 30)
    assert festival.date_in(2025) == LunarDate(2024, 12, 29).to_solar_date()


# -- plates (GA 36-2018) -----------------------------------------------------------------------------

@pytest.mark.parametrize("plate", ["粤B12345A", "粤B12345C", "豫A1234港", "京A1234澳", "使01457", "领A1234"])
def test_plates_the_standard_does_not_issue_are_refused(plate):
    assert refused(validate.plate, plate).code == "archive.plate_format"


@pytest.mark.parametrize("plate", ["粤B12345D", "粤B12345F", "粤BD12345", "粤Z1234港", "粤Z1234澳", "使014578",
                                   "224001使", "沪A1234领", "豫A1234警", "豫A1234学"])
def test_plates_the_standard_issues_are_accepted(plate):
    assert validate.plate(plate) == plate


def test_an_embassy_plate_is_shown_with_its_mission_code():
    assert validate.plate_display("使014578") == "使014·578"


# -- resident ID --------------------------------------------------------------------------------------

def test_a_15_digit_first_generation_id_is_offered_in_its_18_digit_form():
    refusal = refused(validate.resident_id, "410102900307123")
    assert refusal.code == "archive.id_number_15_digits"
    assert refusal.facts["converted"] == "410102199003071230"
    assert ric.is_valid(refusal.facts["converted"])
    assert validate.resident_id(refusal.facts["converted"]) == "410102199003071230"
    # 15 digits survive an Excel number cell, so the number form is offered the same way.
    assert refused(validate.resident_id, 410102900307123).facts["converted"] == "410102199003071230"
    # A 15-digit number with an impossible birth date is refused as such, not offered.
    assert refused(validate.resident_id, "410102901307123").code == "archive.id_number_birth_date"


def test_region_83_taiwan_residence_permits_are_valid():
    body = "83000019900101123"
    number = body + ric.calc_check_digit(body + "0")
    assert validate.resident_id(number) == number


def test_an_id_excel_turned_into_a_float_is_quoted_as_the_clerk_saw_it():
    refusal = refused(validate.resident_id, 410102199003071234.0)
    assert refusal.code == "archive.id_number_was_a_number"
    assert refusal.facts["value"] == "4.10102199003071E+17"


def test_a_future_birth_date_has_its_own_message():
    body = "41010220300101123"
    refusal = refused(validate.resident_id, body + ric.calc_check_digit(body + "0"), today=date(2026, 11, 23))
    assert refusal.code == "archive.id_number_birth_future"
    assert refusal.facts["birth"] == "2030-01-01" and refusal.facts["today"] == "2026-11-23"


def test_an_archive_import_row_with_a_15_digit_id_names_its_18_digit_form(db, actors, tmp_path):
    from archive import io
    from archive.models import Customer
    from tests.test_archive_io import row, workbook
    from ui.messages import refusal_text

    path = workbook(tmp_path / "old-ids.xlsx", [row(证件号码="410102900307123")])
    refusal = refused(io.import_archives, actors["clerk"], path)
    (item,) = refusal.items
    # The import's own wording: the 18-digit form and how to confirm the conversion.
    assert (item.facts["row"], item.items[0].code) == (2, "archive.import_id_number_15_digits")
    assert "410102199003071230" in refusal_text(item.items[0])
    assert Customer.select().count() == 0
    # Written into the sheet as offered, it imports.
    io.import_archives(actors["clerk"], workbook(tmp_path / "fixed.xlsx", [row(证件号码="410102199003071230")]))
    assert Customer.get().id_number == "410102199003071230"

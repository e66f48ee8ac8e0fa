"""A deadline in a year the holiday table does not know (issue 14 item 4): the repair visit that
sets it warns, the archive import names its row, and the vehicle view marks the date. The test
database holds the years chinesecalendar knows (to 2026 with the pinned version); 2027 is unknown
until a manager keys in its notice."""
from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from archive import files, holidays, io, validate
from archive.models import RepairVisit
from ui import i18n
from ui.vehicle_view import RepairVisitDialog, VehicleView

NEW_YEARS_EVE = datetime(2026, 12, 31, 9, 0)
VIN = validate.with_check_digit("LFV2A21K0G3000071")
VIN_LATE = validate.with_check_digit("LFV2A21K0G3000072")
UNKNOWN = "2027 年节假日尚未录入"


def car(actor, vin=VIN, delivered=date(2026, 12, 1)):
    owner = files.create_customer(actor, kind="person", name="王芳", phone="13903710071")
    return files.register_vehicle(actor, owner.id, vin=vin, delivery_date=delivered, responsible="李明")


def visit(actor, visited: date, ro: str):
    return files.add_repair_visit(actor, VIN, visit_date=visited, ro_number=ro, mileage_km=5000,
                                  amount_fen=52_000, responsible="赵强")


def test_a_repair_visit_whose_deadline_falls_in_an_unentered_year_warns(db, actors):
    clerk = actors["clerk"].at(NEW_YEARS_EVE)
    assert 2026 in holidays.covered_years() and 2027 not in holidays.covered_years()
    car(clerk)
    known = visit(clerk, date(2026, 12, 30), "RO1")
    assert known.handover_due == date(2026, 12, 31) and known.warnings == ()
    late = visit(clerk, date(2026, 12, 31), "RO2")
    assert late.handover_due == date(2027, 1, 1)  # weekends only: 元旦 2027 is not in the table
    assert [(w.code, w.facts["year"], w.facts["day"]) for w in late.warnings] == [
        ("calendar.deadline_year_unknown", 2027, "2027-01-01")]
    assert RepairVisit.get_by_id(late.id).ro_number == "RO2"  # a warning, not a refusal


def test_the_import_names_each_row_whose_deadline_falls_in_an_unentered_year(db, actors, tmp_path):
    clerk = actors["clerk"].at(NEW_YEARS_EVE)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = io.SHEET
    sheet.append(list(io.HEADERS))
    rows = [{"客户名称": "张伟", "车架号": VIN, "交车日期": date(2026, 12, 1), "销售责任人": "李明"},
            {"客户名称": "李娜", "车架号": VIN_LATE, "交车日期": date(2026, 12, 30), "销售责任人": "李明"}]
    for values in rows:
        sheet.append([values.get(h) for h in io.HEADERS])
    book.save(tmp_path / "list.xlsx")
    result = io.import_archives(clerk, tmp_path / "list.xlsx")
    assert result.vehicles == 2
    assert [(w.code, w.facts["row"], w.facts["column"]) for w in result.warnings] == [
        ("archive.import_row", 3, "交车日期")]
    hint = result.warnings[0].items[0]
    assert (hint.code, hint.facts["day"]) == ("calendar.deadline_year_unknown", "2027-01-01")


@pytest.fixture
def zh(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


def test_recording_a_visit_into_an_unentered_year_says_so_and_marks_its_deadline(qtbot, zh, sqlite_actors,
                                                                                 monkeypatch):
    clerk = sqlite_actors["clerk"]
    car(clerk.at(NEW_YEARS_EVE))
    view = VehicleView(clerk, clock=lambda: NEW_YEARS_EVE)
    qtbot.addWidget(view)
    view.show()
    assert view.show_vin(VIN)
    assert UNKNOWN not in view.sales_title.text()

    def ask(cls, parent, submit, today=None):
        dialog = cls(parent, submit, today)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.visit_date.date() == QDate(2026, 12, 31)
        qtbot.keyClicks(dialog.ro_number, "ro20261231")
        qtbot.keyClicks(dialog.mileage_km, "5000km")
        qtbot.keyClicks(dialog.amount_fen, "520.50")
        dialog.responsible.setText("赵强")  # typed through the input method, not key by key
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "行驶里程" in dialog.message.text() and dialog.result_value is None  # refused, all kept
        assert dialog.ro_number.text() == "ro20261231"
        dialog.mileage_km.clear()
        qtbot.keyClicks(dialog.mileage_km, "5000")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result_value

    monkeypatch.setattr(RepairVisitDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.visit_button, Qt.MouseButton.LeftButton)
    assert "已登记进厂 RO20261231，维修资料移交期限 2027-01-01" in view.message.text()
    assert "提醒：截止日 2027-01-01 所在的 2027 年节假日尚未录入" in view.message.text()
    assert RepairVisit.get(RepairVisit.ro_number == "RO20261231").amount_fen == 52_050
    assert view.visits_table.rowCount() == 1
    cell = view.visits_table.item(0, 3)
    assert cell.text() == "2027-01-01（按周末推算）" and cell.toolTip() == "2027-01-01（2027 年节假日尚未录入，按周末推算）"


def test_a_sales_deadline_in_an_unentered_year_is_marked_in_the_vehicle_view(qtbot, zh, sqlite_actors):
    clerk = sqlite_actors["clerk"]
    registered = car(clerk.at(NEW_YEARS_EVE), delivered=date(2026, 12, 30))
    assert registered.handover_due == date(2027, 1, 1)
    view = VehicleView(clerk, clock=lambda: NEW_YEARS_EVE)
    qtbot.addWidget(view)
    view.show()
    assert view.show_vin(VIN)
    assert "移交期限 2027-01-01（2027 年节假日尚未录入，按周末推算）" in view.sales_title.text()

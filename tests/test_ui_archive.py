"""The 档案 and 客户 pages driven like a clerk would: search, open a vehicle, change a paper's
state, attach and open a scan, pack a box, import a list, add a customer and a vehicle."""
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from archive import files, io, scans, validate
from archive.models import Customer, SalesChecklistItem, Vehicle
from tests.conftest import NOW
from ui import i18n, runner
from ui.archive_page import ArchivePage
from ui.customers_page import CustomerDialog, CustomersPage, VehicleDialog
from ui.main_window import PageContext
from ui.vehicle_view import VehicleView

VIN = validate.with_check_digit("LFV2A21K0G3000001")
OLD_VIN = validate.with_check_digit("LGBH52E00DY000003")
JPEG = b"\xff\xd8\xff\xe0" + b"scan" * 100


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


@pytest.fixture
def archive(desk_actors):
    clerk = desk_actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    registered = files.register_vehicle(clerk, owner.id, vin=VIN, plate="豫A12345", delivery_date=date(2026, 10, 8),
                                        responsible="李明")
    for n in range(3):
        files.add_repair_visit(clerk, VIN, visit_date=date(2026, 11, 2 + n), ro_number=f"RO{n}", mileage_km=5000 + n,
                               amount_fen=35000, responsible="刘洋")
    files.register_vehicle(clerk, owner.id, vin=OLD_VIN, delivery_date=date(2019, 5, 6), responsible="王强")
    return registered


def page_for(qtbot, cls, actor):
    page = cls(PageContext(actor, None, None), clock=lambda: NOW + timedelta(minutes=5))
    qtbot.addWidget(page)
    page.show()
    return page


def test_typing_the_end_of_a_vin_finds_and_opens_the_vehicle(qtbot, desk_actors, archive):
    page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
    qtbot.keyClicks(page.query, VIN[-8:].lower())
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert [hit.vin for hit in page.hits] == [VIN]
    assert page.results.item(0, 0).text() == "车架号后几位" and page.results.item(0, 5).text() == "豫A·12345"
    view = page.vehicle
    assert VIN in view.summary.text() and "张伟" in view.summary.text()
    assert view.sales_table.rowCount() == 14 and view.visits_table.rowCount() == 3
    assert view.visits_title.text() == "维修档案（3 次进厂）"


def test_pinyin_initials_list_both_vehicles_of_the_customer(qtbot, desk_actors, archive):
    page = page_for(qtbot, ArchivePage, desk_actors["finance"])
    page.query.setText("zw")
    page.run_search()
    assert sorted(hit.vin for hit in page.hits) == sorted([VIN, OLD_VIN]) and page.result_count.text() == "2 条"


def test_changing_a_paper_state_in_its_combo_saves_it(qtbot, desk_actors, archive):
    view = VehicleView(desk_actors["clerk"], clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show_vin(VIN)
    combo = view.sales_table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("original"))
    item = SalesChecklistItem.get((SalesChecklistItem.sales_file == archive.sales_file_id)
                                  & (SalesChecklistItem.item == "purchase_contract"))
    assert item.state == "original"
    assert view.message.text() == "购车合同：缺 → 原件"


def test_finance_sees_the_checklist_but_cannot_change_it(qtbot, desk_actors, archive):
    view = VehicleView(desk_actors["finance"])
    qtbot.addWidget(view)
    view.show_vin(VIN)
    assert not view.sales_table.cellWidget(0, 1).isEnabled() and not view.add_scan_button.isEnabled()


def test_a_scan_is_attached_to_the_selected_paper_and_opened_in_the_viewer(qtbot, desk_actors, archive, tmp_path,
                                                                          monkeypatch):
    scan_file = tmp_path / "合同.jpg"
    scan_file.write_bytes(JPEG)
    opened = []
    monkeypatch.setattr(VehicleView, "ask_open_path", classmethod(lambda cls, parent: [str(scan_file)]))
    monkeypatch.setattr(VehicleView, "open_url", classmethod(lambda cls, url: opened.append(url.toLocalFile()) or True))
    view = VehicleView(desk_actors["clerk"], clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show_vin(VIN)
    view.sales_table.setCurrentCell(4, 0)  # 车辆合格证
    qtbot.mouseClick(view.add_scan_button, Qt.MouseButton.LeftButton)
    assert view.scans.count() == 1 and "车辆合格证 · 合同.jpg" in view.scans.item(0).text()
    assert view.sales_table.item(4, 2).text() == "1"
    view.scans.setCurrentRow(0)
    qtbot.mouseClick(view.open_scan_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == JPEG and opened[0].endswith(".jpg")


def test_a_scan_on_a_repair_visit_goes_to_the_column_chosen(qtbot, desk_actors, archive, tmp_path, monkeypatch):
    scan_file = tmp_path / "settlement.jpg"
    scan_file.write_bytes(JPEG)
    monkeypatch.setattr(VehicleView, "ask_open_path", classmethod(lambda cls, parent: [str(scan_file)]))
    view = VehicleView(desk_actors["clerk"], clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show_vin(VIN)
    view.visits_table.setCurrentCell(1, 7)  # second visit, 结算单
    view.add_scan()
    [scan] = scans.scans_of_vehicle(desk_actors["clerk"], archive.vehicle_id)
    assert (scan.kind, scan.file_id, scan.item) == ("repair", view.found.visits[1].id, "settlement_sheet")


def test_packing_selected_results_into_a_box_refuses_a_vehicle_under_warranty(qtbot, desk_actors, archive):
    page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
    page.query.setText("张伟")
    page.run_search()
    page.results.selectAll()
    page.box_number.setText("2026-001")
    page.pack_selected()
    assert "有 1 辆车不能装盒" in page.report.toPlainText() and VIN in page.report.toPlainText()
    assert Vehicle.select().where(Vehicle.box.is_null(False)).count() == 0
    page.results.clearSelection()
    page.results.selectRow([hit.vin for hit in page.hits].index(OLD_VIN))
    page.pack_selected()
    assert page.report.toPlainText() == "已装入档案盒 2026-001：1 辆，盒内共 1 辆。"
    page.query.setText("2026-001")
    page.run_search()
    assert [(hit.vin, hit.box_number) for hit in page.hits] == [(OLD_VIN, "2026-001")]


def test_overdue_tab_lists_late_papers_per_responsible_person(qtbot, desk_actors, archive):
    page = page_for(qtbot, ArchivePage, desk_actors["manager"])
    page.tabs.setCurrentIndex(1)
    people = [page.overdue.topLevelItem(i).text(0) for i in range(page.overdue.topLevelItemCount())]
    assert any(p.startswith("李明（未交 1") for p in people) and any(p.startswith("刘洋（未交 3") for p in people)


def test_importing_a_bad_list_names_the_row_and_a_good_one_reports_counts(qtbot, desk_actors, tmp_path, monkeypatch):
    page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = io.SHEET
    sheet.append(io.HEADERS)
    values = {"客户名称": "李娜", "车架号": "LFV2A21K0G300001", "交车日期": date(2026, 3, 5), "销售责任人": "李明"}
    sheet.append([values.get(h) for h in io.HEADERS])
    book.save(tmp_path / "bad.xlsx")
    monkeypatch.setattr(ArchivePage, "ask_open_path", classmethod(lambda cls, parent: str(tmp_path / "bad.xlsx")))
    page.import_list()
    qtbot.waitUntil(lambda: not runner.busy(page))  # an import runs off the GUI thread
    report = page.report.toPlainText()
    assert "第 2 行「车架号」列（G）" in report and "有 16 位，应为 17 位" in report
    io.write_archive_template(tmp_path / "good.xlsx")
    monkeypatch.setattr(ArchivePage, "ask_open_path", classmethod(lambda cls, parent: str(tmp_path / "good.xlsx")))
    page.import_list()
    qtbot.waitUntil(lambda: page.report.toPlainText().startswith("已导入 1 行：新建客户 1 位"))


def test_a_new_customer_is_refused_with_the_field_named_then_saved(qtbot, desk_actors, monkeypatch):
    page = page_for(qtbot, CustomersPage, desk_actors["clerk"])
    shown = []

    def ask(cls, parent, initial, submit):
        dialog = cls(parent, initial, submit)
        qtbot.addWidget(dialog)
        dialog.name.setText("王芳")
        dialog.id_number.setText("１１０１０５１９４９１２３１００２１")  # full-width, wrong check digit
        dialog.try_accept()
        shown.append(dialog.message.text())
        dialog.id_number.setText("１１０１０５１９４９１２３１００２Ｘ")
        dialog.phone.setText("138-0371-1234")
        dialog.try_accept()
        return dialog.result_value

    monkeypatch.setattr(CustomerDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "校验位是 1，按 GB 11643 应为 X" in shown[0]
    customer = Customer.get(Customer.name == "王芳")
    assert (customer.id_number, customer.phone) == ("11010519491231002X", "13803711234")
    assert page.selected_customer().id == customer.id and "已建档：王芳" in page.message.text()


def test_registering_a_vehicle_warns_about_the_check_digit_but_keeps_it(qtbot, desk_actors, monkeypatch):
    owner = files.create_customer(desk_actors["clerk"], kind="person", name="赵敏")
    page = page_for(qtbot, CustomersPage, desk_actors["clerk"])
    page.view.select_key(owner.id)
    wrong = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]

    def ask(cls, parent, submit, today=None):
        dialog = cls(parent, submit, today)
        qtbot.addWidget(dialog)
        dialog.vin.setText(wrong.lower())
        dialog.plate.setText("豫A·D123")  # a digit short
        dialog.responsible.setText("李明")
        dialog.delivery_date.setDate(date(2026, 11, 20))
        dialog.try_accept()
        assert "不符合任何车牌格式" in dialog.message.text()
        dialog.plate.setText("豫A·D12345")
        dialog.try_accept()
        return dialog.result_value

    monkeypatch.setattr(VehicleDialog, "ask", classmethod(ask))
    page.register_vehicle()
    assert Vehicle.get(Vehicle.vin == wrong).plate == "豫AD12345"
    assert "第 9 位校验位" in page.message.text()
    assert page.vehicles.rowCount() == 1 and page.vehicles.item(0, 1).text() == "豫A·D12345"


def test_the_profile_button_says_when_the_profile_module_is_missing(qtbot, desk_actors, monkeypatch):
    owner = files.create_customer(desk_actors["clerk"], kind="person", name="赵敏")
    monkeypatch.setattr(CustomersPage, "PROFILE_MODULE", "ui.no_such_profile_module")
    page = page_for(qtbot, CustomersPage, desk_actors["clerk"])
    page.view.select_key(owner.id)
    page.open_profile()
    assert page.message.text() == "麦凯66档案模块尚未安装，暂不能打开。"


def test_filter_box_finds_a_customer_by_pinyin_initials(qtbot, desk_actors):
    for name in ("张伟", "李娜"):
        files.create_customer(desk_actors["clerk"], kind="person", name=name)
    page = page_for(qtbot, CustomersPage, desk_actors["finance"])
    page.view.filter.setText("ln")
    page.view.apply_filter()
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "李娜"
    assert not page.add_button.isEnabled()

"""The 会员 page, the customer list's value filter, the callbacks' member filter and the 今日 card
会员待续期, driven with qtbot (offscreen) on SQLite and PostgreSQL."""
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from archive import members, value
from archive.members import ClubMember
from tests.test_callbacks_domain import car, person, repair
from ui import i18n

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


@pytest.fixture
def club(desk_actors):
    """赵大 (a big spender, Zhengzhou), 钱二 (Luoyang, a 迈腾, little spent), 孙三 (nothing spent)."""
    clerk = desk_actors["clerk"]
    people = {}
    for name, spent, phone, address, model in (
            ("赵大", 3_000_000, "13800000001", "河南省郑州市金水路1号", "速腾"),
            ("钱二", 20_000, "13800000002", "河南省洛阳市涧西区南昌路8号", "迈腾"),
            ("孙三", 0, "13800000003", "河南省郑州市农业路9号", "速腾")):
        owner = person(clerk, name, phone=phone)
        from archive.models import Customer, Vehicle
        Customer.update(address=address).where(Customer.id == owner.id).execute()
        vehicle_id, vin = car(clerk, owner, date(2025, 3, 1))
        Vehicle.update(model=model).where(Vehicle.id == vehicle_id).execute()
        if spent:
            repair(clerk, vin, date(2026, 6, 1), amount_fen=spent)
        people[name] = owner
    value.set_rules(desk_actors["manager"], value.ValueRules(shares=(34, 40, 50), window_months=24, life_years=8))
    return people


def page_for(qtbot, actor):
    from ui.members_page import MembersPage

    page = MembersPage(SimpleNamespace(actor=actor), clock=CLOCK)
    qtbot.addWidget(page)
    page.show()
    return page


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_clerk_enrols_through_the_dialog_and_a_second_try_stays_open(qtbot, desk_actors, club, monkeypatch):
    from ui.members_page import EnrolDialog

    page = page_for(qtbot, desk_actors["clerk"])
    assert page.model.rowCount() == 0
    seen = {}

    def ask(cls, parent, submit, today):
        dialog = cls(parent, submit, today)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.search, "13800000001")
        assert dialog.customer.count() == 1
        dialog.note.insert("展厅入会")  # what an input method commits
        ok(qtbot, dialog)
        seen.update(message=dialog.message.text(), visible=dialog.isVisible(), search=dialog.search.text(),
                    note=dialog.note.text())
        return dialog.result_value

    monkeypatch.setattr(EnrolDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert "赵大 已入会：会员号 HY000001，等级 钻石会员" in page.message.text()
    assert page.model.rowCount() == 1
    assert "VIP客户" in page.detail.text() and "钻石会员" in page.detail.text()

    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    # Refused: the dialog stays open, says why, and keeps what was typed.
    assert seen["visible"] and "赵大 已是会员，会员号 HY000001" in seen["message"]
    assert seen["search"] == "13800000001" and seen["note"] == "展厅入会"
    assert ClubMember.select().count() == 1


def test_the_filters_narrow_the_list(qtbot, desk_actors, club):
    clerk = desk_actors["clerk"]
    for owner in club.values():
        members.enrol(clerk.at(CLOCK()), owner.id)
    page = page_for(qtbot, clerk)
    assert page.model.rowCount() == 3
    page.value_class.setCurrentIndex(page.value_class.findData("vip"))
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "赵大"
    page.value_class.setCurrentIndex(0)
    page.city.setFocus()
    page.city.insert("洛阳")
    qtbot.keyClick(page.city, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "钱二"
    page.city.clear()
    qtbot.keyClick(page.city, Qt.Key.Key_Return)
    page.level.setCurrentIndex(page.level.findData("standard"))
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["孙三"]
    page.level.setCurrentIndex(page.level.findData("silver"))  # 钱二: a 普通客户
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["钱二"]


def test_a_lapsed_member_cannot_use_a_benefit_until_renewed(qtbot, desk_actors, club, monkeypatch):
    from ui.members_page import BenefitDialog

    clerk = desk_actors["clerk"]
    member = members.enrol(clerk.at(CLOCK()), club["孙三"].id, joined_on=date(2025, 11, 1))
    page = page_for(qtbot, clerk)
    page.view.table.selectRow(0)
    seen = {}

    def ask(cls, parent, submit, benefits, today):
        dialog = cls(parent, submit, benefits, today)
        qtbot.addWidget(dialog)
        dialog.show()
        ok(qtbot, dialog)
        seen.update(message=dialog.message.text(), visible=dialog.isVisible())
        return dialog.result_value

    monkeypatch.setattr(BenefitDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.benefit_button, Qt.MouseButton.LeftButton)
    assert seen["visible"] and "已于 2026-11-01 到期" in seen["message"]
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    assert "已续期至 2027-11-23" in page.message.text()
    qtbot.mouseClick(page.benefit_button, Qt.MouseButton.LeftButton)
    assert not seen["visible"] and "使用“免费洗车”" in page.message.text()
    assert members.ClubBenefitUse.select().where(members.ClubBenefitUse.member == member.id).count() == 1


def test_rules_dialog_refuses_shares_out_of_order_and_keeps_them(qtbot, desk_actors, club, monkeypatch):
    from ui.members_page import RulesDialog

    page = page_for(qtbot, desk_actors["manager"])
    assert page.rules_button.isVisibleTo(page)
    assert not page_for(qtbot, desk_actors["clerk"]).rules_button.isVisibleTo(page)
    seen = {}

    def ask(cls, parent, submit, value_rules, member_rules):
        dialog = cls(parent, submit, value_rules, member_rules)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.major.selectAll()
        qtbot.keyClicks(dialog.major, "10")  # below VIP's 34 %
        ok(qtbot, dialog)
        seen.update(first=dialog.message.text(), visible=dialog.isVisible(), major=dialog.major.value())
        dialog.major.selectAll()
        qtbot.keyClicks(dialog.major, "45")
        dialog.term_months.selectAll()
        qtbot.keyClicks(dialog.term_months, "24")
        ok(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(RulesDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["major"] == 10 and "逐级增大" in seen["first"]
    assert "已保存等级与分类规则" in page.message.text()
    assert value.rules().shares == (34, 45, 50) and members.rules().term_months == 24


def test_customer_list_filters_by_value_class_and_shows_the_value(qtbot, desk_actors, club):
    from ui.customers_page import CustomersPage

    page = CustomersPage(SimpleNamespace(actor=desk_actors["clerk"]), clock=CLOCK)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    page.value_filter.setCurrentIndex(page.value_filter.findData("vip"))
    assert page.model.rowCount() == 1
    page.view.table.selectRow(0)
    assert "价值类别 VIP客户" in page.detail.text() and "终身价值" in page.detail.text()
    page.value_filter.setCurrentIndex(page.value_filter.findData("small"))
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "孙三"


def test_callbacks_filter_members_and_the_today_card(qtbot, desk_actors, club):
    from archive import callbacks
    from ui.callbacks_page import CallbacksPanel
    from ui.today_counts import today_counts

    clerk = desk_actors["clerk"]
    # Each customer gets a yearly callback; only 钱二 is a member (due for renewal in 8 days).
    for owner in club.values():
        from archive.models import Vehicle
        vehicle = Vehicle.get(Vehicle.customer == owner.id)
        callbacks.Callback.create(kind="yearly", source_id=vehicle.id, customer=owner.id, vehicle=vehicle.id,
                                  base_date=TODAY, due_from=TODAY, due_until=TODAY + timedelta(days=5),
                                  call_from=TODAY, state=callbacks.OPEN, created_at=CLOCK())
    members.enrol(clerk.at(CLOCK()), club["钱二"].id, joined_on=date(2025, 12, 1))
    panel = CallbacksPanel(clerk, clock=CLOCK)
    qtbot.addWidget(panel)
    all_rows = panel.model.rowCount()
    panel.value_filter.setCurrentIndex(panel.value_filter.findData("members"))
    assert all_rows == 3 and panel.model.rowCount() == 1 and "钱二" in panel.model.index(0, 1).data()
    panel.value_filter.setCurrentIndex(panel.value_filter.findData("vip"))
    assert panel.model.rowCount() == 1 and "赵大" in panel.model.index(0, 1).data()
    assert today_counts(TODAY, CLOCK(), clerk.user)["members_due"] == 1


def test_exports_go_through_the_personal_data_guard(qtbot, desk_actors, club, monkeypatch, tmp_path):
    import json

    import openpyxl

    from common.models import AuditLog
    from common.pdf import pdf_text
    from ui import runner
    from ui.members_page import MembersPage

    members.enrol(desk_actors["clerk"].at(CLOCK()), club["赵大"].id)
    paths = iter([tmp_path / "m.xlsx", tmp_path / "card.pdf", tmp_path / "refused.xlsx"])
    monkeypatch.setattr(MembersPage, "ask_save_path", classmethod(lambda cls, parent, suggested, filters: str(next(paths))))
    page = page_for(qtbot, desk_actors["clerk"])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    runner.wait_all()
    qtbot.waitUntil(lambda: "已导出 1 位会员" in page.message.text())
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx")["会员名单"]
    assert [c.value for c in next(sheet.iter_rows(min_row=2))][:2] == ["HY000001", "赵大"]
    page.view.table.selectRow(0)
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    assert "HY000001" in "".join(pdf_text(tmp_path / "card.pdf"))

    finance = page_for(qtbot, desk_actors["finance"])
    assert not finance.enrol_button.isEnabled()
    qtbot.mouseClick(finance.export_button, Qt.MouseButton.LeftButton)
    runner.wait_all()
    qtbot.waitUntil(lambda: "没有此操作的权限" in finance.message.text())
    assert not (tmp_path / "refused.xlsx").exists()
    whats = [(r.action, json.loads(r.detail)["what"]) for r in
             AuditLog.select().where(AuditLog.action.startswith("personal.export")).order_by(AuditLog.id)]
    assert whats == [("personal.export", "member_list"), ("personal.export", "member_card"),
                     ("personal.export_refused", "member_list")]


def test_customer_page_exports_the_value_list_of_the_chosen_class(qtbot, desk_actors, club, monkeypatch, tmp_path):
    import openpyxl

    from ui import runner
    from ui.customers_page import CustomersPage

    monkeypatch.setattr(CustomersPage, "ask_save_path", classmethod(lambda cls, parent, suggested: str(tmp_path / "v.xlsx")))
    page = CustomersPage(SimpleNamespace(actor=desk_actors["clerk"]), clock=CLOCK)
    qtbot.addWidget(page)
    page.show()
    page.value_filter.setCurrentIndex(page.value_filter.findData("vip"))
    qtbot.mouseClick(page.values_button, Qt.MouseButton.LeftButton)
    runner.wait_all()
    qtbot.waitUntil(lambda: "已导出 1 位客户" in page.message.text())
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "v.xlsx")["客户价值"].iter_rows()]
    assert rows[0][:4] == ["档案编号", "客户", "电话", "价值类别"]
    assert rows[1][1:4] == ["赵大", "13800000001", "VIP客户"] and rows[1][4] == 30000

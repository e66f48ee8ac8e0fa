"""Each role sees what its work needs: the 今日 cards per role, ID numbers masked on 客户 except for
the roles that may see sensitive personal information, and a Today card's list has the rows the
card counts."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from archive import files
from archive.models import Customer
from ledger.posting import Draft, DraftLine, post
from tests.conftest import NOW
from tests.test_ledger_scenarios import setup_branch
from ui import i18n
from ui.customers_page import CustomerDialog, CustomersPage
from ui.main_window import MainWindow, PageContext

ID = "11010519491231002X"
ADMIN_CARDS = {"登录失败", "锁定中的账户", "启用的用户", "今日登录", "今日操作"}


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


def today_titles(qtbot, desk_db, actor):
    window = MainWindow(actor, desk_db)
    qtbot.addWidget(window)
    today = window.show_page("today")
    today.refresh()
    return {card.title.text() for card in today.cards}


def test_a_clerk_sees_her_work_on_today_and_no_account_cards(qtbot, desk_db, desk_actors):
    clerk = today_titles(qtbot, desk_db, desk_actors["clerk"])
    assert not clerk & ADMIN_CARDS
    assert {"待回访", "服务站欠坏件超期", "日报未签"} <= clerk
    admin = today_titles(qtbot, desk_db, desk_actors["admin"])
    assert {"登录失败", "锁定中的账户"} <= admin
    assert "待回访" not in admin and "服务站欠坏件超期" not in admin
    finance = today_titles(qtbot, desk_db, desk_actors["finance"])
    assert "日报未签" in finance and not finance & ADMIN_CARDS and "待回访" not in finance


def test_the_owed_card_and_the_list_it_opens_have_the_same_rows(qtbot, desk_db, desk_actors):
    clerk = desk_actors["clerk"]
    setup_branch(desk_actors["manager"])
    post(clerk, Draft("HQ_SHIP", date(2026, 9, 1), "HQ", "SZ-2", lines=[("BP-3501010", 20), ("OF-1012010", 20)]))
    post(clerk, Draft("HQ_RECEIVE", date(2026, 9, 3), "HQ", "SZ-2", reference="SZ-2",
                      lines=[("BP-3501010", 20), ("OF-1012010", 20)]))
    # 郑州 owes brake pads from three issues (two of them old) and one recent filter; 洛阳 one old pad.
    for day, station, number, part, qty in [(date(2026, 9, 10), "ZZ01", "SQ-1", "BP-3501010", 3),
                                            (date(2026, 9, 20), "ZZ01", "SQ-2", "BP-3501010", 1),
                                            (date(2026, 11, 15), "ZZ01", "SQ-3", "BP-3501010", 2),
                                            (date(2026, 11, 16), "ZZ01", "SQ-4", "OF-1012010", 2),
                                            (date(2026, 9, 12), "LY01", "SQ-5", "BP-3501010", 1)]:
        post(clerk, Draft("STATION_ISSUE", day, station, number, lines=[DraftLine(part, qty, flag=True)]))
    window = MainWindow(clerk, desk_db)
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    today._clock = lambda: NOW
    today.refresh()
    card = next(card for card in today.cards if card.title.text() == "服务站欠坏件超期")
    assert card.value.text() == "2"  # 郑州's pads and 洛阳's pad; the filters are recent
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    listed = card.opened
    assert listed.table.rowCount() == 2
    rows = [(listed.table.item(row, 0).text(), listed.table.item(row, 2).text(), listed.table.item(row, 5).text())
            for row in range(listed.table.rowCount())]
    assert rows == [("LY01", "BP-3501010", "1"), ("ZZ01", "BP-3501010", "4")]
    # Enter on a row opens that station's owed book on the 备件 page.
    listed.table.setCurrentCell(1, 0)
    qtbot.keyClick(listed.table, Qt.Key.Key_Return)
    assert window.current_page_key() == "parts"
    parts = window.page_widget("parts")
    assert parts.party_code() == "ZZ01" and parts.tabs.currentWidget() is parts.tab["owed_by"]


def customers_page(qtbot, actor):
    page = CustomersPage(PageContext(actor, None, None), clock=lambda: NOW + timedelta(minutes=5))
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_clerk_sees_id_numbers_masked_and_the_manager_in_full(qtbot, desk_actors):
    customer = files.create_customer(desk_actors["clerk"], kind="person", name="张伟", id_number=ID)
    clerk_page = customers_page(qtbot, desk_actors["clerk"])
    clerk_page.view.select_key(customer.id)
    assert "110105********002X" in clerk_page.detail.text() and ID not in clerk_page.detail.text()
    manager_page = customers_page(qtbot, desk_actors["manager"])
    manager_page.view.select_key(customer.id)
    assert ID in manager_page.detail.text()


def test_a_clerk_edits_a_customer_without_seeing_or_losing_the_id_number(qtbot, desk_actors, monkeypatch):
    customer = files.create_customer(desk_actors["clerk"], kind="person", name="张伟", id_number=ID)
    page = customers_page(qtbot, desk_actors["clerk"])
    page.view.select_key(customer.id)
    seen = {}

    def ask(cls, parent, initial, submit):
        dialog = cls(parent, initial, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["text"], seen["placeholder"] = dialog.id_number.text(), dialog.id_number.placeholderText()
        dialog.phone.setFocus()
        qtbot.keyClicks(dialog.phone, "13803711234")
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.try_accept()
        return dialog.result_value

    monkeypatch.setattr(CustomerDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["text"] == "" and "110105********002X" in seen["placeholder"] and ID not in seen["placeholder"]
    stored = Customer.get_by_id(customer.id)
    assert stored.id_number == ID and stored.phone == "13803711234"


def test_a_role_with_few_cards_gets_cards_of_the_usual_size(qtbot, desk_db, desk_actors):
    window = MainWindow(desk_actors["finance"], desk_db)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    today = window.show_page("today")
    today.refresh()
    qtbot.wait(10)
    # finance: the daily report's two cards only (the case this test is about: few cards)
    assert sorted(card.card.name for card in today.cards) == ["daily_unsent", "daily_unsigned"]
    tallest = max(card.sizeHint().height() for card in today.cards)  # a row's cards share its height
    for card in today.cards:
        assert card.height() <= tallest * 1.3  # not one card stretched over the page
        assert card.width() <= card.sizeHint().width() * 2
    # The room goes to the activity list instead.
    assert today.activity_view.height() > today.card_area.height()

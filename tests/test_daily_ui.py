"""日报 page: a finance clerk and the manager sign Friday's report in the app; failed checks show."""
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate

from ledger import daily
from ledger.models import Balance, Part
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday
from ui import runner
from ui.daily_page import DailyPage


@dataclass
class Context:
    actor: object
    target: object = None
    window: object = None


def settle(qtbot) -> None:
    """Produce, print, sign and reopen run in a worker thread: wait until they are delivered."""
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def open_page(qtbot, actor, day=FRIDAY) -> DailyPage:
    page = DailyPage(Context(actor))
    qtbot.addWidget(page)
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    return page


def test_the_clerk_produces_and_previews_the_report(qtbot, desk_actors):
    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    assert page.lines_table.rowCount() == 9
    assert page.lines_table.item(0, 0).text() == "WX-2026-000001"
    assert "未生成" in page.state_label.text()
    assert not page.finance_button.isEnabled()
    page.produce_button.click()
    settle(qtbot)
    assert page.pdf_document.pageCount() >= 1
    assert "已生成" in page.state_label.text() and "第 1 版" in page.message.text()
    assert all(page.checks_list.item(i).text().startswith("✔") for i in range(page.checks_list.count()))


def test_finance_then_manager_sign_through_the_password_dialog(qtbot, desk_actors, monkeypatch):
    clerks_friday(desk_actors)
    daily.produce(desk_actors["clerk"], FRIDAY)
    finance_page = open_page(qtbot, desk_actors["finance"])
    monkeypatch.setattr(DailyPage, "ask_password", classmethod(lambda cls, *args: "wrong password"))
    finance_page.finance_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "produced" and "密码不正确" in finance_page.message.text()
    monkeypatch.setattr(DailyPage, "ask_password", classmethod(lambda cls, *args: TEST_PASSWORD))
    finance_page.finance_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "finance_signed"
    assert "财务已签" in finance_page.state_label.text()

    manager_page = open_page(qtbot, desk_actors["manager"])
    assert manager_page.manager_button.isEnabled() and not manager_page.finance_button.isEnabled()
    manager_page.manager_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "locked" and manager_page.reopen_button.isEnabled()
    assert manager_page.pdf_document.pageCount() >= 1  # the signed PDF is shown
    labels = [manager_page.version_box.itemText(i) for i in range(manager_page.version_box.count())]
    assert any("签字版" in label for label in labels)

    monkeypatch.setattr(DailyPage, "ask_reason", classmethod(
        lambda cls, parent, day, submit: (submit({"text": "漏录维修单"}), True)))
    manager_page.reopen_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "reopened" and "重新打开" in manager_page.state_label.text()


def test_a_failed_check_is_shown_in_red_at_the_top(qtbot, desk_actors):
    clerks_friday(desk_actors)
    part = Part.get(Part.number == "OF-1012010")
    Balance.update(qty=Balance.qty + 5).where((Balance.part == part.id) & (Balance.book == "good")).execute()
    page = open_page(qtbot, desk_actors["clerk"])
    first = page.checks_list.item(0).text()
    assert first.startswith("✘") and "OF-1012010" in first and "但期末为" in first
    assert "有 1 项核对不符" in page.summary_label.text()


def test_printing_sends_every_page_to_the_chosen_printer(qtbot, desk_actors, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from common.pdf import pdf_text

    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(DailyPage, "ask_printer", classmethod(lambda cls, parent: printer))
    page.print_button.click()  # produces first, then prints
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "printed"
    assert len(pdf_text(tmp_path / "printed.pdf")) == page.pdf_document.pageCount() >= 1
    assert "已送打印" in page.message.text()


def test_the_today_card_counts_days_unsigned_after_two_working_days(desk_actors):
    from datetime import datetime

    from ui.today import CARDS

    card = next(c for c in CARDS if c.name == "daily_unsigned")
    clerks_friday(desk_actors)
    wednesday = date(2026, 11, 25)
    assert card.count(wednesday, datetime(2026, 11, 25, 9)) == 2  # Thursday and Friday
    daily.produce(desk_actors["clerk"], FRIDAY)
    daily.sign_finance(desk_actors["finance"], FRIDAY, TEST_PASSWORD)
    daily.sign_manager(desk_actors["manager"], FRIDAY, TEST_PASSWORD)
    # Thursday cannot change any more either: Friday's lock covers every day before it.
    assert card.count(wednesday, datetime(2026, 11, 25, 9)) == 0

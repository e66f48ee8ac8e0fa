"""日报 page, as the clerk, finance and the manager meet it (issue 11, item 7): current figures after a
posting, 已生成 is not 已打印, printing hands over the PDF itself, the PDF tab is never blank, a new
day opens at page 1, and the manager is told that signing locks the day and every day before it."""
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog

from ledger import daily
from ledger.posting import Draft, DraftLine, create_part, post
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, THURSDAY, clerks_friday, on
from tests.test_daily_ui import Context
from ui import runner
from ui.daily_page import DailyPage, SignDialog


def settle(qtbot):
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def open_page(qtbot, actor, day=FRIDAY) -> DailyPage:
    page = DailyPage(Context(actor))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    settle(qtbot)
    return page


def click_tab(qtbot, page, widget) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(page.tabs.indexOf(widget)).center())
    settle(qtbot)


def pdf_printer(tmp_path, name="printed.pdf"):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    return printer


def big_day(actors, day: date, lines: int = 150) -> None:
    """A day with enough lines for a PDF of several pages."""
    manager = actors["manager"]
    numbers = [f"BIG-{n:04d}" for n in range(lines)]
    for number in numbers:
        if not daily.Part.select().where(daily.Part.number == number).exists():
            create_part(manager, number, f"备件{number}", "", "个", 1000, 1)
    post(on(manager, day, 9), Draft("ADJUST_GOOD", day, None, remark="期初", lines=[
        DraftLine(number, 5) for number in numbers]))


def test_the_page_shows_current_figures_when_the_clerk_comes_back_after_a_posting(qtbot, desk_actors):
    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    assert page.lines_table.rowCount() == 9
    page.hide()  # the clerk switches to 备件 and keys another counter slip for Friday
    post(desk_actors["clerk"], Draft("COUNTER_ISSUE", FRIDAY, "MS", "WX-0002", lines=[DraftLine("OF-1012010", 1)]))
    page.show()
    settle(qtbot)
    assert page.lines_table.rowCount() == 10
    assert "单据 6 张，10 行" in page.summary_label.text()


def test_producing_is_not_printing_and_only_a_real_print_sets_printed(qtbot, desk_actors, monkeypatch, tmp_path):
    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    page.produce_button.click()
    settle(qtbot)
    assert page.pdf_document.pageCount() >= 1 and "第 1 版" in page.message.text()
    assert "已生成" in page.state_label.text() and "已打印" not in page.state_label.text()
    assert daily.day_state(FRIDAY) == "produced"

    monkeypatch.setattr(DailyPage, "ask_printer", classmethod(lambda cls, parent: None))  # the clerk cancels
    page.print_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "produced"

    monkeypatch.setattr(DailyPage, "ask_printer", classmethod(lambda cls, parent: pdf_printer(tmp_path)))
    page.print_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "printed" and "已打印" in page.state_label.text()
    assert "已送打印" in page.message.text()


def test_printing_hands_over_the_report_as_text_and_lines_not_as_pictures(qtbot, desk_actors, monkeypatch,
                                                                          tmp_path):
    from common.pdf import pdf_text

    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    monkeypatch.setattr(DailyPage, "ask_printer", classmethod(lambda cls, parent: pdf_printer(tmp_path)))
    page.print_button.click()  # produces first, then prints
    settle(qtbot)
    printed = tmp_path / "printed.pdf"
    text = "".join(pdf_text(printed))
    assert "货品出入库报表" in text and "ZD-2026-000001" in text  # vector text, not page images
    assert printed.stat().st_size < 400_000


def test_after_a_reopen_the_pdf_tab_shows_the_report(qtbot, desk_actors, monkeypatch):
    clerks_friday(desk_actors)
    daily.produce(desk_actors["clerk"], FRIDAY)
    daily.sign_finance(desk_actors["finance"], FRIDAY, TEST_PASSWORD)
    daily.sign_manager(desk_actors["manager"], FRIDAY, TEST_PASSWORD)
    page = open_page(qtbot, desk_actors["manager"])
    monkeypatch.setattr(DailyPage, "ask_reason", classmethod(
        lambda cls, parent, day, submit: (submit({"text": "漏录维修单"}), True)))
    page.reopen_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "reopened"
    click_tab(qtbot, page, page.pdf_view)
    assert page.pdf_document.pageCount() >= 1
    assert "已重新打开" in page.message.text()  # the preview appearing does not wipe the outcome


def test_a_day_chosen_with_the_pdf_tab_open_shows_its_pdf(qtbot, desk_actors):
    clerks_friday(desk_actors)
    page = open_page(qtbot, desk_actors["clerk"])
    click_tab(qtbot, page, page.pdf_view)
    assert page.pdf_document.pageCount() >= 1
    page.calendar.setSelectedDate(QDate(THURSDAY.year, THURSDAY.month, THURSDAY.day))
    settle(qtbot)
    assert page.pdf_document.pageCount() >= 1 and page.title_label.text().startswith("2026-11-19")


def test_a_new_days_preview_opens_at_page_one(qtbot, desk_actors):
    clerks_friday(desk_actors)
    big_day(desk_actors, THURSDAY)
    big_day(desk_actors, FRIDAY)
    page = open_page(qtbot, desk_actors["clerk"], THURSDAY)
    page.produce_button.click()
    settle(qtbot)
    last = page.pdf_document.pageCount() - 1
    assert last >= 2
    bar = page.pdf_view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the clerk reads down to the last page
    qtbot.waitUntil(lambda: page.pdf_view.pageNavigator().currentPage() == last)

    page.calendar.setSelectedDate(QDate(FRIDAY.year, FRIDAY.month, FRIDAY.day))
    settle(qtbot)
    page.produce_button.click()
    settle(qtbot)
    assert page.pdf_document.pageCount() >= 3
    assert page.pdf_view.pageNavigator().currentPage() == 0 and bar.value() == 0


def test_the_managers_sign_prompt_says_it_locks_the_day_and_every_day_before(qtbot, desk_actors, monkeypatch):
    clerks_friday(desk_actors)
    daily.produce(desk_actors["clerk"], FRIDAY)
    daily.sign_finance(desk_actors["finance"], FRIDAY, TEST_PASSWORD)
    prompts = []

    def seen(dialog):
        prompts.append(dialog.prompt.text())
        return QDialog.Rejected

    monkeypatch.setattr(SignDialog, "exec", seen)
    page = open_page(qtbot, desk_actors["manager"])
    page.manager_button.click()
    settle(qtbot)
    assert "锁定" in prompts[0] and "2026-11-20" in prompts[0] and "之前" in prompts[0]
    assert daily.day_state(FRIDAY) == "finance_signed"  # cancelled: nothing signed

"""A filter date typed wrong is said, and no list is filtered by the last good date meanwhile.

Before, the field turned red but the list kept (or went on) filtering by the date shown before,
and the page said nothing: the clerk read a list for a period they had not asked for."""
from PySide6.QtCore import Qt

from tests.conftest import NOW
from tests.test_ui_dialog_validation import commit_text
from tests.test_ui_archive import OLD_VIN, VIN, archive, page_for, ui_settings_dir  # noqa: F401 - fixtures
from tests.test_ui_parts import branch  # noqa: F401 - the fixture: HQ, ZZ01, two parts, one shipment
from ui.archive_page import ArchivePage


def type_date(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_archive_search_says_a_wrong_start_date_and_does_not_search_by_the_old_one(qtbot, desk_actors, archive):
    page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
    page.use_dates.setChecked(True)
    type_date(qtbot, page.date_from, "20260101")
    commit_text(page.query, "张伟")
    page.run_search()
    assert [hit.vin for hit in page.hits] == [VIN]  # the 2019 car is outside the period

    type_date(qtbot, page.date_from, "2019-13-45")
    message = page.report.toPlainText()
    assert page.report.isVisible() and "开始日期" in message and "2019-13-45" in message
    assert "列表未按此日期筛选" in message

    type_date(qtbot, page.date_to, "2026-11-20")  # another filter changes: still no search by 2026-01-01
    page.run_search()
    assert [hit.vin for hit in page.hits] == [VIN] and "2019-13-45" in page.report.toPlainText()

    type_date(qtbot, page.date_from, "20190101")  # corrected: the search runs, the message goes
    qtbot.waitUntil(lambda: len(page.hits) == 2)
    assert {hit.vin for hit in page.hits} == {VIN, OLD_VIN} and not page.report.isVisible()


def test_archive_search_in_english_names_the_field(qtbot, desk_actors, archive):
    from ui import i18n

    i18n.install("en")
    try:
        page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
        page.use_dates.setChecked(True)
        type_date(qtbot, page.date_to, "11/31")
        message = page.report.toPlainText()
        assert "11/31" in message and "列表" not in message and "日期" not in message, message
    finally:
        i18n.install("zh")


def test_parts_page_says_a_wrong_end_date_and_keeps_the_tabs_unbuilt(qtbot, desk_actors, branch):
    from tests.test_ui_parts import page_for as parts_page_for

    page = parts_page_for(qtbot, desk_actors["clerk"])
    page.use_dates.setChecked(True)
    documents = page.show_tab("documents")
    assert documents.view.model.rowCount() == 1  # the shipment of 2 November

    type_date(qtbot, page.date_to, "2026-11-31")
    assert page.message.isVisible() and "结束日期" in page.message.text() and "2026-11-31" in page.message.text()
    assert "列表未按此日期筛选" in page.message.text() and page.message.property("role") == "error"

    type_date(qtbot, page.date_from, "20261103")  # a good start date: still no list up to the old end date
    assert documents.view.model.rowCount() == 1 and "2026-11-31" in page.message.text()

    type_date(qtbot, page.date_to, "11-30")  # corrected: 3-30 November, the 2 November shipment drops out
    assert documents.view.model.rowCount() == 0 and not page.message.text()


def test_part_card_says_a_wrong_date_instead_of_showing_the_old_balances_silently(qtbot, desk_actors, branch):
    from ui.part_card import PartCard
    from tests.test_ui_parts import CLOCK

    card = PartCard(desk_actors["clerk"], "BP-3501010", clock=CLOCK)
    qtbot.addWidget(card)
    card.show()
    type_date(qtbot, card.at_date, "2026-02-30")
    assert card.message.isVisible() and "余额截至" in card.message.text() and "2026-02-30" in card.message.text()
    type_date(qtbot, card.at_date, "20261101")
    assert not card.message.text() and card.balances.rowCount() > 0

"""Layout at 1366x768: what a clerk reads is not cut off next to empty space, dialogs fit the
screen, and a missing paper (缺) stands out in colour as well as in words."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from archive import files, validate
from tests.conftest import NOW
from tests.test_ui_screens_walk import branch  # noqa: F401 - the small demo branch fixture
from ui import i18n
from ui.vehicle_view import VehicleView

VIN = validate.with_check_digit("LFV2A21K0G3000001")


SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768 - 40  # a Windows taskbar takes about 40 px


@pytest.fixture(autouse=True)
def app_look(qapp, tmp_path, monkeypatch):
    """The app's own look (sizes depend on it, and it keeps dialogs on the screen); plain Qt after."""
    from ui.app import apply_look

    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv("BRANCHDESK_PROFILE_KEY_FILE", str(tmp_path / "profile.key"))
    i18n.install("zh")
    old_style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    apply_look(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setStyle(old_style)
    qapp.setFont(font)
    qapp.setPalette(palette)


def ground(widget) -> QColor:
    """The colour a clerk sees behind the (short) text: right of it, left of the arrow."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() * 6 // 10, image.height() // 2)


def test_missing_papers_are_badged_red_and_present_ones_green(qtbot, sqlite_actors):
    clerk = sqlite_actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    files.register_vehicle(clerk, owner.id, vin=VIN, delivery_date=date(2026, 10, 8), responsible="李明")
    view = VehicleView(clerk, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    view.show_vin(VIN)
    missing, other = view.sales_table.cellWidget(0, 1), view.sales_table.cellWidget(1, 1)
    assert missing.currentText() == "缺"
    red = ground(missing)
    assert (red.hslHue() < 20 or red.hslHue() > 340) and red.hslSaturationF() > 0.3, red.name()

    other.setCurrentIndex(other.findData("original"))  # the clerk marks the original as present
    assert other.currentText() == "原件"
    green = ground(other)
    assert 90 < green.hslHue() < 150 and green.hslSaturationF() > 0.2, green.name()
    assert ground(view.sales_table.cellWidget(0, 1)).name() == red.name()


def cramped_columns(table) -> tuple[list, list]:
    """(columns whose text is cut off, columns with more than 40 px of empty space) of a table."""
    header = table.horizontalHeader()
    cut, roomy = [], []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        needed, given = table.sizeHintForColumn(column), header.sectionSize(column)
        needed = max(needed, header.sectionSizeFromContents(column).width())
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        if needed > given + 2:
            cut.append((title, needed, given))
        elif given - needed > 40:
            roomy.append((title, needed, given))
    return cut, roomy


def assert_no_cut_text_next_to_space(table) -> None:
    cut, roomy = cramped_columns(table)
    assert not (cut and roomy), f"cut off: {cut}; empty space: {roomy}"


def archive_page_with_a_visit(qtbot, clerk, width, height):
    """The 档案 page, ``width`` x ``height``, showing the one car of a branch, in the workshop once."""
    from ui.archive_page import ArchivePage
    from ui.main_window import PageContext

    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    files.register_vehicle(clerk, owner.id, vin=VIN, plate="豫A12345", delivery_date=date(2026, 10, 8),
                           responsible="李明")
    files.add_repair_visit(clerk, VIN, visit_date=date(2026, 11, 2), ro_number="RO202611020001234",
                           mileage_km=5000, amount_fen=35000, responsible="刘洋")
    page = ArchivePage(PageContext(clerk, None, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.query, VIN[-8:])
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.vehicle.found is not None
    qtbot.wait(10)
    return page


def test_the_archive_page_at_1366_cuts_no_column_next_to_empty_space(qtbot, sqlite_actors):
    page = archive_page_with_a_visit(qtbot, sqlite_actors["clerk"], SCREEN_WIDTH - 120, SCREEN_HEIGHT - 110)  # less navigation and title
    for table in (page.results, page.vehicle.sales_table, page.vehicle.visits_table):
        assert_no_cut_text_next_to_space(table)
    names = page.vehicle.sales_table
    longest = max(range(names.rowCount()), key=lambda row: len(names.item(row, 0).text()))
    assert names.horizontalHeader().sectionSize(0) >= names.sizeHintForColumn(0)  # every paper's name whole
    assert names.item(longest, 0).toolTip() == names.item(longest, 0).text()


def test_the_daily_detail_table_fits_without_scrolling_sideways(qtbot, sqlite_db, sqlite_actors):
    from tests.test_daily import FRIDAY, clerks_friday
    from ui.main_window import MainWindow

    clerks_friday(sqlite_actors)
    window = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    daily = window.show_page("daily")
    daily.show_day(FRIDAY)
    qtbot.wait(10)
    table = daily.lines_table
    assert table.rowCount() > 5
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    assert shown <= table.viewport().width() + 1, "the detail table scrolls sideways"
    assert not table.horizontalScrollBar().isVisible()
    assert_no_cut_text_next_to_space(table)
    for row in range(table.rowCount()):  # a number cut short still shows whole on hover
        item = table.item(row, 0)
        if item.text() and table.sizeHintForColumn(0) > header.sectionSize(0):
            assert item.toolTip() == item.text()


def test_the_customer_dialog_is_wide_enough_for_its_fields(qtbot):
    from ui.customers_page import CustomerDialog

    dialog = CustomerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.id_number.placeholderText()
    # Room for about forty characters of the dialog's font (the defect was a 200 px dialog); in
    # pixels that depends on the fonts the machine has.
    assert dialog.width() >= 40 * dialog.fontMetrics().averageCharWidth()
    assert dialog.id_number.width() >= dialog.id_number.fontMetrics().horizontalAdvance(hint), \
        "the ID number's hint is cut off"


def test_every_dialog_fits_the_screen(qtbot, branch):
    from tests.test_ui_screens_walk import every_dialog
    from ui.screen_fit import available_rect, frame_margins

    too_big = []
    for dialog in every_dialog(qtbot, branch):
        if not hasattr(dialog, "exec"):
            continue  # the plain parent widget the sign dialog needs
        dialog.show()
        qtbot.wait(5)
        available, frame = available_rect(dialog), frame_margins(dialog)
        outer = dialog.size() + frame
        needed = dialog.minimumSizeHint()
        if (outer.width() > available.width() or outer.height() > available.height()
                or not available.contains(dialog.frameGeometry().topLeft())):
            too_big.append((type(dialog).__name__, outer.width(), outer.height(), "screen", available.size()))
        if needed.width() > SCREEN_WIDTH or needed.height() > SCREEN_HEIGHT:
            too_big.append((type(dialog).__name__, needed.width(), needed.height(), "cannot shrink to 1366x728"))
        dialog.hide()
    assert too_big == []


def test_widening_the_window_gives_cut_columns_their_room_back(qtbot, sqlite_actors):
    """The first window is 75% of the screen; a clerk maximises it. Columns measured in the narrow
    window (dates cut to 20…04) must get their room back, not stay cut next to a wide empty one."""
    page = archive_page_with_a_visit(qtbot, sqlite_actors["clerk"], 700, SCREEN_HEIGHT - 110)
    visits = page.vehicle.visits_table
    assert cramped_columns(visits)[0], "the narrow window should cut some column for this test to mean anything"

    page.resize(SCREEN_WIDTH - 120, SCREEN_HEIGHT - 110)
    qtbot.waitUntil(lambda: not cramped_columns(visits)[0])
    assert_no_cut_text_next_to_space(visits)

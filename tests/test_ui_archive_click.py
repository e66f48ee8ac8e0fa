"""档案 search results: the vehicle below is always the one selected above.

A clerk clicks a result once (or moves with Up/Down) and must see that vehicle's papers; with no
row selected the detail pane is empty, so no checklist of another car can be changed by mistake.
"""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from archive import files, validate
from tests.conftest import NOW
from ui import i18n
from ui.archive_page import ArchivePage
from ui.main_window import PageContext
from ui.vehicle_view import StateCombo

VINS = [validate.with_check_digit(f"LFV2A21K0G300000{n}") for n in (1, 2, 3)]


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


@pytest.fixture
def page(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    for n, vin in enumerate(VINS):
        files.register_vehicle(clerk, owner.id, vin=vin, delivery_date=date(2026, 10, 8 + n), responsible="李明")
    page = ArchivePage(PageContext(clerk, None, None), clock=lambda: NOW + timedelta(minutes=5))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.query, "zw")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert len(page.hits) == 3
    return page


def click_row(qtbot, page, row: int) -> None:
    table = page.results
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_vin(page) -> str | None:
    found = page.vehicle.found
    return found.vehicle.vin if found is not None else None


def combos(view) -> list[StateCombo]:
    return [view.sales_table.cellWidget(row, 1) for row in range(view.sales_table.rowCount())]


def test_nothing_selected_shows_no_vehicle_and_no_editable_papers(page):
    assert page.results.selectionModel().selectedRows() == []
    assert shown_vin(page) is None
    assert not any(combo is not None and combo.isEnabled() for combo in combos(page.vehicle))
    assert page.vehicle.summary.text() == "在上方的查询结果中选中一辆车，这里显示它的档案。"


def test_a_single_click_shows_the_clicked_vehicle(qtbot, page):
    click_row(qtbot, page, 0)
    assert shown_vin(page) == page.hits[0].vin
    click_row(qtbot, page, 2)
    assert shown_vin(page) == page.hits[2].vin
    assert page.hits[2].vin in page.vehicle.summary.text()
    assert all(combo.isEnabled() for combo in combos(page.vehicle))


def test_up_and_down_show_the_vehicle_of_the_new_row(qtbot, page):
    click_row(qtbot, page, 0)
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    assert shown_vin(page) == page.hits[1].vin
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    assert shown_vin(page) == page.hits[2].vin
    qtbot.keyClick(page.results, Qt.Key.Key_Up)
    assert shown_vin(page) == page.hits[1].vin


def test_a_new_search_empties_the_detail_pane(qtbot, page):
    click_row(qtbot, page, 1)
    assert shown_vin(page) == page.hits[1].vin
    page.query.clear()
    qtbot.keyClicks(page.query, "zw")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert shown_vin(page) is None and page.vehicle.sales_table.rowCount() == 0
    assert not page.vehicle.print_button.isEnabled()

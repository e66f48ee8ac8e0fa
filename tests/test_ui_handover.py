"""资料交接表单 from the 档案 page, as a clerk does it: the 逾期移交 tab's button opens the window, the
pending files are ticked (Space) and the batch made with the 交出人 typed; a missing 交出人 is
refused in words with the ticks kept; the batch is printed (PDF read back) and received on a typed
date, the late file named, and the late list of the page shows it. SQLite and PostgreSQL."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from archive import handover
from archive.models import MISSING, ORIGINAL, SalesChecklistItem
from common.pdf import pdf_text
from tests.conftest import NOW
from tests.test_archive_handover import VINS, branch
from ui import i18n
from ui.archive_page import ArchivePage
from ui.handover_dialog import HandoverDialog
from ui.main_window import PageContext

CLOCK = lambda: NOW + timedelta(minutes=5)  # noqa: E731


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


def open_dialog(qtbot, clerk) -> tuple[ArchivePage, HandoverDialog]:
    page = ArchivePage(PageContext(clerk, None, None), clock=CLOCK)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    # Alt + the button's letter (J; O in English), as a clerk opens it: not H, which the menu
    # bar's 帮助(&H) takes.
    text = page.handover_button.text()
    letter = text[text.index("&") + 1]
    assert letter.upper() != "H"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.overdue.setFocus()
    qtbot.keyClick(page.overdue, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: hasattr(page, "handover_dialog"))
    dialog = page.handover_dialog
    qtbot.waitUntil(dialog.isVisible)
    return page, dialog


def tick(qtbot, dialog, rows) -> None:
    table = dialog.pending_table
    table.setFocus()
    for row in rows:
        table.setCurrentCell(row, 1)
        qtbot.keyClick(table, Qt.Key.Key_Space)


def test_make_print_and_receive_a_batch(qtbot, desk_actors, tmp_path, monkeypatch):
    clerk = desk_actors["clerk"]
    branch(clerk)
    page, dialog = open_dialog(qtbot, clerk)
    assert [dialog.pending_table.item(r, 1).text() for r in range(dialog.pending_table.rowCount())] == [
        VINS[0], VINS[3], VINS[1]]
    assert "车辆零售发票" not in dialog.pending_table.item(0, 7).text()  # a copy is there
    assert "购车合同" in dialog.pending_table.item(1, 7).text()
    tick(qtbot, dialog, [0, 2])
    assert dialog.checked_references() == [VINS[0], VINS[1]]
    # No 交出人: said, nothing made, the ticks stay.
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "交出人" in dialog.message.text() and handover.HandoverBatch.select().count() == 0
    assert dialog.checked_references() == [VINS[0], VINS[1]]
    dialog.handed_by.setFocus()
    dialog.handed_by.insert("周车管")  # what an input method commits (keyClicks types ASCII only)
    qtbot.keyClick(dialog.handed_by, Qt.Key.Key_Return)
    assert "JJ20261123-01" in dialog.message.text() and "2 份档案" in dialog.message.text()
    assert [dialog.pending_table.item(r, 1).text() for r in range(dialog.pending_table.rowCount())] == [VINS[3]]
    # Enter made one batch and nothing else: the file left is not ticked (no default button fired).
    assert dialog.checked_references() == [] and handover.HandoverBatch.select().count() == 1

    dialog.tabs.setCurrentIndex(1)
    assert dialog.batch_table.item(0, 0).text() == "JJ20261123-01" and dialog.batch_table.item(0, 3).text() == "2"
    out = tmp_path / "交接单.pdf"
    monkeypatch.setattr(HandoverDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(out)))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in dialog.message.text(), timeout=20000)
    text = "".join(pdf_text(out)).replace(" ", "").replace("\n", "")
    assert "资料交接表单" in text and VINS[1] in text and "周车管" in text and "合计2份" in text

    # A date that is none is named, nothing received; then today's date typed.
    dialog.received_on.setFocus()
    dialog.received_on.selectAll()
    qtbot.keyClicks(dialog.received_on, "2026-02-30")
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("role") == "error"
    assert handover.HandoverBatch.get().state == handover.OPEN
    # The purchase contract of the first file is not in its folder after all: unticked, it stays 缺.
    SalesChecklistItem.update(state=MISSING).where(SalesChecklistItem.item == "purchase_contract").execute()
    first = dialog.papers.topLevelItem(0)
    assert first.text(0) == VINS[0] and [first.child(c).text(0) for c in range(first.childCount())] == [
        "购车合同", "车辆零售发票 / 增值税发票"]
    dialog.papers.setFocus()
    dialog.papers.setCurrentItem(first)
    qtbot.keyClick(dialog.papers, Qt.Key.Key_Right)  # open the file
    qtbot.keyClick(dialog.papers, Qt.Key.Key_Down)  # onto its first paper
    qtbot.keyClick(dialog.papers, Qt.Key.Key_Space)
    assert dialog.not_arrived() == {VINS[0]: ["purchase_contract"]}
    dialog.received_on.selectAll()
    qtbot.keyClicks(dialog.received_on, "2026-11-23")
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    assert "已接收" in dialog.message.text() and "迟交 1 份" in dialog.message.text()
    assert VINS[0] in dialog.message.text() and "赵强" in dialog.message.text()
    assert dialog.batch_table.rowCount() == 0 and dialog.papers.topLevelItemCount() == 0
    states = {(i.sales_file.vehicle.vin, i.item): i.state for i in SalesChecklistItem.select()
              if i.item == "purchase_contract"}
    assert states[(VINS[0], "purchase_contract")] == MISSING and states[(VINS[1], "purchase_contract")] == ORIGINAL
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    people = [page.overdue.topLevelItem(i) for i in range(page.overdue.topLevelItemCount())]
    late = {item.text(0): [item.child(c).text(0) for c in range(item.childCount())] for item in people}
    assert any(name.startswith("赵强") and VINS[0] in vins for name, vins in late.items())


def test_the_window_in_english_and_cancel(qtbot, desk_actors, monkeypatch):
    clerk = desk_actors["clerk"]
    branch(clerk)
    handover.new_batch(clerk, "sales", "周车管", [VINS[0]])
    i18n.install("en")
    page, dialog = open_dialog(qtbot, clerk)
    assert dialog.windowTitle() == "Handover form" and dialog.create_button.text() == "&New batch"
    dialog.tabs.setCurrentIndex(1)
    monkeypatch.setattr(HandoverDialog, "ask_reason", classmethod(lambda cls, parent, number: "never came"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in dialog.message.text()
    assert handover.HandoverBatch.get().state == handover.CANCELLED
    dialog.tabs.setCurrentIndex(0)
    assert dialog.pending_table.rowCount() == 3
    QApplication.processEvents()

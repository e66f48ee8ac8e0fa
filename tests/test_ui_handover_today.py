"""The 今日 card 交接单待接收, driven on the real page (SQLite and PostgreSQL): it counts the
handover batches whose list was made two working days or more ago and that the archive has not
received (a weekend does not count; a received or a younger batch does not); 查看清单 opens the
资料交接表单 window on the stalled batch, the clerk receives it there and the card goes to 0."""
from datetime import date, datetime

from PySide6.QtCore import Qt

from archive import files, handover
from tests.test_archive_handover import VINS, branch
from tests.test_ui_handover import ui_settings_dir  # noqa: F401 (the fixture)

NOW = [datetime(2026, 11, 23, 10, 0)]  # a Monday; the test moves it on
CLOCK = lambda: NOW[0]  # noqa: E731


def test_the_card_counts_stalled_batches_and_opens_the_one_to_receive(qtbot, desk_actors):
    from ui.main_window import PageContext
    from ui.today import TodayPage

    NOW[0] = datetime(2026, 11, 23, 10, 0)
    clerk = desk_actors["clerk"]
    branch(clerk)
    # Made last Thursday: Friday and Monday are two working days, stalled.
    stalled = handover.new_batch(clerk.at(datetime(2026, 11, 19, 16, 0)), files.SALES, "周车管", [VINS[0]])
    # Made last Friday: one working day (the weekend does not count), not yet.
    handover.new_batch(clerk.at(datetime(2026, 11, 20, 9, 0)), files.SALES, "周车管", [VINS[3]])
    # Made last Wednesday and received on Friday: not.
    done = handover.new_batch(clerk.at(datetime(2026, 11, 18, 9, 0)), files.REPAIR, "吴敏", ["RO2026110001"])
    handover.receive_batch(clerk.at(datetime(2026, 11, 20, 17, 0)), done.number, date(2026, 11, 20))

    page = TodayPage(PageContext(clerk, None, None), clock=CLOCK)
    qtbot.addWidget(page)
    cards = {card.card.name: card for card in page.cards}
    card = cards["handover_unreceived"]
    assert card.value.text() == "1" and card.title.text() == "交接单待接收"
    assert card.open_button.isVisibleTo(card)

    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    dialog = card.opened
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.current_batch() == stalled.number
    dialog.received_on.setFocus()
    dialog.received_on.selectAll()
    qtbot.keyClicks(dialog.received_on, "2026-11-23")
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    assert f"交接单 {stalled.number} 已接收" in dialog.message.text()
    # Closing the window, 今日 shows the count as it is now.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: card.value.text() == "0", timeout=2000)
    # Wednesday, the Friday batch has waited two working days too.
    NOW[0] = datetime(2026, 11, 25, 9, 0)
    page.refresh()
    assert card.value.text() == "1"


def test_only_who_receives_archives_sees_the_card(desk_actors):
    from ui.today_counts import today_counts

    day = date(2026, 11, 23)
    assert "handover_unreceived" in today_counts(day, user=desk_actors["clerk"].user)
    assert "handover_unreceived" not in today_counts(day, user=desk_actors["finance"].user)


def hover_tooltip(qtbot, table, item) -> str:
    """The tooltip shown when the pointer rests on ``item`` of ``table`` ("" when none shows)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    centre = table.visualItemRect(item).center()
    qtbot.mouseMove(table.viewport(), centre)
    # What the pointer resting on the cell sends (offscreen Qt does not time the hover itself).
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre,
                                                        table.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_a_long_list_of_missing_papers_shows_whole_on_hover(qtbot, desk_actors):
    """The 缺的资料 column of a file missing many papers is cut off at 1366x768 (in English above
    all); pointing at the cell shows the whole list."""
    from ui import i18n
    from ui.handover_dialog import HandoverDialog

    clerk = desk_actors["clerk"]
    branch(clerk)
    i18n.install("en")
    dialog = HandoverDialog(clerk, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.pending_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == VINS[3])  # nothing declared
    text = hover_tooltip(qtbot, table, table.item(row, 7))
    assert "Purchase contract" in text and "Membership form" in text
    i18n.install("zh")


def test_the_demo_branch_has_a_batch_on_its_way_for_the_card(desk_actors):
    """The demo's open sales batch was made three working days before the demo's last day, so the
    card reads like a branch's (the repair batch, made that morning, is not due yet)."""
    import random

    clerk = desk_actors["clerk"]
    branch(clerk)
    handover.build_demo(clerk, random.Random(7), date(2026, 11, 23))
    stalled = handover.unreceived(date(2026, 11, 23))
    assert [(b.kind, b.created_at.date()) for b in stalled] == [(files.SALES, date(2026, 11, 18))]
    assert [line.reference for line in stalled[0].lines] == [VINS[0]]  # delivered before the batch was made
    assert handover.HandoverBatch.select().where(handover.HandoverBatch.state == handover.OPEN).count() == 2

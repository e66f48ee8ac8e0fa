"""选择邀请对象 by keyboard (SQLite and PostgreSQL): Enter in a filter field searches with the
filters as typed; it never puts the previous search's customers on the list. Before, Enter in
近几个月内进过厂 pressed the dialog's default button and added every customer of the last
search (the whole branch when the first search had no filter). OK after changing a filter
without searching again is refused in words, nothing added."""
from datetime import date

from PySide6.QtCore import Qt

from archive import events
from tests.test_ui_events import CLOCK, customers  # noqa: F401 (the fixture)


def test_enter_in_a_filter_searches_and_a_stale_list_is_not_added(qtbot, customers):  # noqa: F811
    from ui.events_page import InviteDialog

    actors, made = customers
    clerk = actors["clerk"].at(CLOCK())
    event = events.plan(clerk, kind=events.LECTURE, title="冬季保养讲座", held_on=date(2026, 12, 10), capacity=10)
    added = []

    def submit(values):
        added.append(values["customer_ids"])
        return events.add_invitees(clerk, event, values["customer_ids"])

    dialog = InviteDialog(event, date(2026, 11, 23), None, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.model_text, Qt.Key.Key_Return)  # no filter: everybody but 赵强 (do not contact)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    dialog.city.insert("洛阳")
    dialog.visited_within.setFocus()  # Tab to 近几个月内进过厂, leave it at 不限, Enter
    qtbot.keyClick(dialog.visited_within, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert added == [] and dialog.isVisible()
    assert dialog.table.item(0, 0).text() == "李娜"
    # A filter changed after the search: OK is refused, naming what to do; nothing added.
    dialog.city.clear()
    dialog.city.insert("郑州")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert added == [] and "查找" in dialog.message.text() and dialog.isVisible()
    dialog.city.setFocus()
    qtbot.keyClick(dialog.city, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert len(added) == 1 and len(added[0]) == 3 and dialog.result_value == 3

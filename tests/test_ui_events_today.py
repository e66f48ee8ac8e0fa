"""The 今日 cards of customer events, driven on the real page (SQLite and PostgreSQL): 活动待登记
counts the events held in the last two weeks whose sign-in, feedback or cost is not keyed in,
活动未满员 the planned ones within a week with seats left; 查看清单 opens the 活动 page limited
to the card's events, where the clerk completes the records and the count goes down."""
from datetime import date, datetime

from PySide6.QtCore import Qt

from archive import events
from tests.test_ui_events import CLOCK, NOW, customers  # noqa: F401 (the fixture)


def _event(clerk, title, held_on, capacity, names, made, *, signed=(), attended=(), cost=None):
    NOW[0] = datetime(2026, 11, 1, 9, 0)
    actor = clerk.at(CLOCK())
    eid = events.plan(actor, kind=events.LECTURE, title=title, held_on=held_on, capacity=capacity)
    ids = [made[name].id for name in names]
    events.add_invitees(actor, eid, ids)
    events.record_invitation(actor, eid, ids, "phone")
    for name in signed:
        events.sign_up(actor, eid, made[name].id)
    if held_on <= date(2026, 11, 23):
        day = clerk.at(datetime.combine(held_on, datetime.min.time().replace(hour=18)))
        for name in attended:
            events.attend(day, eid, made[name].id)
            events.record_feedback(day, eid, made[name].id, 9)
        if cost is not None:
            events.record_cost(day, eid, cost)
    return eid


def test_today_cards_count_the_events_to_record_and_with_seats_left(qtbot, customers):  # noqa: F811
    from ui.main_window import PageContext
    from ui.today import TodayPage

    actors, made = customers
    clerk = actors["clerk"]
    people = ["张伟", "王芳", "孙丽"]
    # Held 3 days ago, two signed up, nobody signed in yet and no cost: to record.
    due = _event(clerk, "冬季保养讲座", date(2026, 11, 20), 10, people, made, signed=people[:2])
    # Held 2 days ago and complete (everyone who signed up came and scored, cost in): not.
    _event(clerk, "安全驾驶讲座", date(2026, 11, 21), 10, people, made, signed=people[:1], attended=people[:1],
           cost=30000)
    # Held 20 days ago, incomplete: past the card's two weeks.
    _event(clerk, "车主联谊会", date(2026, 11, 3), 10, people, made, signed=people[:1])
    # Cancelled before its day: not.
    events.cancel(clerk.at(CLOCK()), _event(clerk, "取消的讲座", date(2026, 11, 19), 10, people, made))
    # In 5 days with a seat left: 活动未满员; in 5 days and full, or in 10 days: not.
    open_soon = _event(clerk, "新能源讲座", date(2026, 11, 28), 3, people, made, signed=people[:1])
    _event(clerk, "满员自驾游", date(2026, 11, 28), 1, people, made, signed=people[:1])
    _event(clerk, "下月联谊会", date(2026, 12, 3), 10, people, made)
    NOW[0] = datetime(2026, 11, 23, 10, 0)

    page = TodayPage(PageContext(clerk, None, None), clock=CLOCK)
    qtbot.addWidget(page)
    cards = {card.card.name: card for card in page.cards}
    assert cards["events_to_record"].value.text() == "1"
    assert cards["events_seats_open"].value.text() == "1"
    assert cards["events_to_record"].open_button.isVisibleTo(cards["events_to_record"])

    qtbot.mouseClick(cards["events_seats_open"].open_button, Qt.MouseButton.LeftButton)
    soon = cards["events_seats_open"].opened
    qtbot.addWidget(soon)
    from ui.events_page import EventsPage

    soon_page = soon.findChild(EventsPage)
    assert soon_page.events_model.rowCount() == 1 and soon_page.current_event().id == open_soon

    qtbot.mouseClick(cards["events_to_record"].open_button, Qt.MouseButton.LeftButton)
    dialog = cards["events_to_record"].opened
    qtbot.addWidget(dialog)
    events_page = dialog.findChild(EventsPage)
    assert events_page.events_model.rowCount() == 1 and events_page.current_event().id == due
    assert "冬季保养讲座" in events_page.list_label.text()
    # The clerk keys the sign-in sheet in: both came; the card still wants feedback and the cost.
    from PySide6.QtCore import QItemSelectionModel

    selection = events_page.invitees.table.selectionModel()
    for row in range(events_page.invitees_model.rowCount()):
        if events_page.invitees_model.index(row, 0).data() in ("张伟", "王芳"):
            selection.select(events_page.invitees_model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(events_page.attend_button, Qt.MouseButton.LeftButton)
    assert "已签到 2 位" in events_page.message.text()
    for cid in (made["张伟"].id, made["王芳"].id):
        events.record_feedback(clerk.at(CLOCK()), due, cid, 8)
    page.refresh()
    assert cards["events_to_record"].value.text() == "1"  # the cost is still missing
    events.record_cost(clerk.at(CLOCK()), due, 50000)
    page.refresh()
    assert cards["events_to_record"].value.text() == "0"


def test_only_who_runs_events_sees_the_cards(qtbot, customers):  # noqa: F811
    from ui.today_counts import today_counts

    actors, _ = customers
    assert "events_to_record" in today_counts(date(2026, 11, 23), CLOCK(), actors["manager"].user)
    assert "events_to_record" not in today_counts(date(2026, 11, 23), CLOCK(), actors["finance"].user)

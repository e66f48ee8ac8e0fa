"""The main window's 今日 page reads nothing before its first paint: the cards say "…" and the
activity list is empty until the page is on screen, then both are filled in one refresh (the
window is usable sooner after login; bench/run.py measures by how much)."""
from datetime import datetime

from tests.test_daily import clerks_friday
from ui.main_window import PageContext
from ui.today import TodayPage

NOW = datetime(2026, 11, 24, 9)


def test_the_activity_list_is_read_after_the_first_paint_with_the_cards(qtbot, desk_actors):
    clerks_friday(desk_actors)
    page = TodayPage(PageContext(desk_actors["manager"], None, None), clock=lambda: NOW, fill_later=True)
    qtbot.addWidget(page)
    assert page.pending
    assert {card.value.text() for card in page.cards} == {"…"}
    assert page.activity.rowCount() == 0  # not read twice: once here and again at the fill

    page.show()
    qtbot.waitUntil(lambda: not page.pending)
    assert "…" not in {card.value.text() for card in page.cards}
    actions = [page.activity.index(row, 2).data() for row in range(page.activity.rowCount())]
    assert "记账" in actions and "冲销" in actions


def test_a_page_filled_at_once_reads_its_activity_at_once(qtbot, desk_actors):
    clerks_friday(desk_actors)
    page = TodayPage(PageContext(desk_actors["manager"], None, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    assert not page.pending
    assert page.activity.rowCount() > 0

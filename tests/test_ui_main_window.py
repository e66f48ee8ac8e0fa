"""The main window: every page opens, navigation by keyboard, status bar, language switch at run
time, remembered geometry, and the 今日 page's counts."""
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QLabel

from common import auth
from common.errors import Refusal
from tests.conftest import NOW
from ui import i18n
from ui.main_window import PAGES, MainWindow


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


@pytest.fixture
def window(qtbot, sqlite_db, sqlite_actors):
    window = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(window)
    window.show()
    return window


def nav_texts(window):
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_navigation_lists_every_page_and_builds_each(window):
    assert nav_texts(window) == ["今日", "档案", "客户", "客服", "会员", "备件", "日报", "对账", "设置", "审计",
                                 "活动"]
    assert window.current_page_key() == "today"
    # Pages are built when first shown, not at start-up.
    assert window.frames["archive"].content is None
    # 审计 is the manager's and the administrator's (tests/test_ui_audit_page.py): not in a clerk's list.
    assert window.navigation.item(PAGES.index(next(p for p in PAGES if p.key == "audit"))).isHidden()
    for page in (p for p in PAGES if p.key != "audit"):
        widget = window.show_page(page.key)
        assert widget is not None and widget.isVisible()
        assert window.current_page_key() == page.key
        assert window.frames[page.key].title.text() == nav_texts(window)[PAGES.index(page)]


def test_ctrl_number_shortcuts_switch_pages(window):
    assert [action.shortcut().toString() for action in window.page_actions] == [f"Ctrl+{n}" for n in (*range(1, 10), 0)] + [""]
    window.page_actions[8].trigger()
    assert window.current_page_key() == "settings"
    window.page_actions[1].trigger()
    assert window.current_page_key() == "archive"


def test_status_bar_names_the_user_with_the_chinese_role_and_the_database(window, sqlite_db):
    assert window.user_label.text() == "用户：王丽（客服专员）"
    assert str(sqlite_db.path) in window.database_label.text()


def test_language_switch_at_run_time_and_back(qtbot, window):
    window.show_page("settings")
    window.language_actions["en"].trigger()
    # Qt posts LanguageChange; widgets retranslate when the event loop delivers it.
    qtbot.waitUntil(lambda: nav_texts(window)[1] == "Archives")
    assert window.file_menu.title() == "&File"
    assert window.user_label.text() == "User: 王丽 (Clerk)"
    assert window.frames["settings"].title.text() == "Settings"
    assert window.windowTitle() == "Settings — 分公司客服部"  # the branch name is data, never translated
    settings_page = window.frames["settings"].content
    assert settings_page.language.currentData() == "en"
    # A page built after the switch starts in English too.
    archive = window.show_page("archive")
    assert archive.tabs.tabText(0) == "Search"
    # Back to Chinese from the settings page's own combo box.
    window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("zh"))
    qtbot.waitUntil(lambda: nav_texts(window)[1] == "档案")
    assert archive.tabs.tabText(0) == "查询"
    assert window.language_actions["zh"].isChecked()
    assert i18n.saved_language() == "zh"


def test_window_geometry_is_remembered(qtbot, sqlite_db, sqlite_actors):
    first = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is small; ask for a size the window's own minimum allows.
    wanted = QSize(700, 500).expandedTo(first.minimumSizeHint())
    first.resize(wanted)
    first.move(QPoint(40, 30))
    first.close()
    second = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == wanted
    assert second.pos() == first.pos()


def test_today_cards_count_what_happened_today(qtbot, sqlite_db, sqlite_actors):
    for seconds in range(2):
        with pytest.raises(Refusal):
            auth.authenticate("finance", "wrong", NOW + timedelta(seconds=seconds))
    auth.authenticate("manager", "secret-pass-1", NOW + timedelta(minutes=1))
    auth.authenticate("manager", "secret-pass-1", NOW - timedelta(days=1))  # yesterday: not counted
    window = MainWindow(sqlite_actors["manager"], sqlite_db)
    qtbot.addWidget(window)
    today = window.show_page("today")
    today._clock = lambda: NOW + timedelta(hours=1)
    today.refresh()
    values = {card.title.text(): card.value.text() for card in today.cards}
    assert values["今日登录"] == "1"
    assert values["登录失败"] == "2"
    assert values["启用的用户"] == "4"
    assert values["锁定中的账户"] == "0"
    # The manager (audit.read) sees everyone's activity, newest first.
    assert today.activity.rowCount() == 4
    assert today.activity.index(0, 1).data() == "张经理"  # the user's name, not the login name


def test_clerk_sees_only_her_own_activity(qtbot, sqlite_db, sqlite_actors):
    auth.authenticate("clerk", "secret-pass-1", NOW)
    auth.authenticate("finance", "secret-pass-1", NOW)
    window = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(window)
    today = window.show_page("today")
    window.show()  # the list is read after the first paint
    qtbot.waitUntil(lambda: today.activity.rowCount() > 0)
    rows = [today.activity.index(row, 1).data() for row in range(today.activity.rowCount())]
    assert rows == ["王丽"]
    assert today.activity.index(0, 2).data() == "登录"


def test_a_shipment_in_transit_too_long_shows_on_today_and_opens_the_transit_book(qtbot, sqlite_db, sqlite_actors):
    from datetime import date

    from ledger.posting import Draft, post
    from tests.test_ledger_scenarios import setup_branch

    setup_branch(sqlite_actors["manager"])
    post(sqlite_actors["clerk"], Draft("HQ_SHIP", date(2026, 11, 2), "HQ", "SZ-9", lines=[("BP-3501010", 5)]))
    window = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    today._clock = lambda: NOW
    today.refresh()
    card = next(card for card in today.cards if card.title.text() == "在途超期")
    assert card.value.text() == "1"
    listed = card.open_list()  # the shipments the card counts; Enter opens one
    assert listed.table.rowCount() == 1 and listed.table.item(0, 1).text() == "ZF-2026-000001"
    document = listed.open_selected()
    assert window.current_page_key() == "parts" and document.isVisible()

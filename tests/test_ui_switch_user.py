"""文件 > 切换用户 (Ctrl+L) without quitting: open windows are closed first (asking about unsaved
work), the login dialog comes up and the pages are built again for the new user's role. After the
idle minutes set on 设置 the window is covered until the same user's password or another login."""
from datetime import timedelta

from PySide6.QtCore import Qt

from archive import files, profile as P
from common.actor import Actor
from tests.conftest import NOW
# Per-test data folder, profile key and Chinese, as for the profile editor's own tests (autouse).
from tests.test_ui_profile_close import settings  # noqa: F401
from ui import i18n
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.profile import ProfileDialog

ID = "11010519491231002X"


class Logins:
    """Stands in for the login dialog: hands out the queued actors, records how it was asked."""

    def __init__(self, monkeypatch, *actors):
        self.queue = list(actors)
        self.asked = []
        monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, demo_hint=None, **kw: self(kw)))

    def __call__(self, options):
        self.asked.append(options)
        return self.queue.pop(0) if self.queue else None


def window_for(qtbot, desk_db, actor):
    window = MainWindow(actor, desk_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def card_titles(window):
    today = window.show_page("today")
    today.refresh()
    return {card.title.text() for card in today.cards}


def test_ctrl_l_switches_to_the_manager_and_rebuilds_the_pages_for_her_role(qtbot, desk_db, desk_actors,
                                                                             monkeypatch):
    customer = files.create_customer(desk_actors["clerk"], kind="person", name="张伟", id_number=ID)
    manager = Actor(desk_actors["manager"].user, NOW + timedelta(hours=1))
    logins = Logins(monkeypatch, manager)
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    assert "登录失败" not in card_titles(window)
    customers = window.show_page("customers")
    customers.view.select_key(customer.id)
    assert ID not in customers.detail.text()
    window.show_page("today")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert logins.asked == [{"username": ""}]  # the next person types her own name
    assert window.actor is manager
    assert "张经理" in window.user_label.text()
    assert window.current_page_key() == "today"
    assert "登录失败" in card_titles(window)
    customers = window.show_page("customers")
    assert customers.actor is manager
    customers.view.select_key(customer.id)
    assert ID in customers.detail.text()
    assert window.switch_user_action.text() == "切换用户(&U)…"
    assert window.switch_user_action in window.file_menu.actions()


def test_cancelling_the_login_keeps_the_clerk_logged_in(qtbot, desk_db, desk_actors, monkeypatch):
    logins = Logins(monkeypatch)
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(logins.asked) == 1
    assert window.actor is desk_actors["clerk"] and "王丽" in window.user_label.text()


def test_an_open_profile_with_unsaved_typing_is_asked_about_first(qtbot, desk_db, desk_actors, monkeypatch):
    clerk = desk_actors["clerk"]
    customer = files.create_customer(clerk, kind="person", name="陈建国")
    logins = Logins(monkeypatch, desk_actors["finance"])
    answers = ["cancel", "save"]
    monkeypatch.setattr(ProfileDialog, "ask_unsaved", classmethod(lambda cls, parent: answers.pop(0)))
    window = window_for(qtbot, desk_db, clerk)
    page = window.show_page("customers")
    page.view.select_key(customer.id)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in page.findChildren(ProfileDialog))
    qtbot.waitExposed(profile)
    qtbot.keyClicks(profile.editors["45_dishes"], "dim sum")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # 取消: the clerk's typing stays, nobody else is asked to log in.
    assert logins.asked == [] and profile.isVisible() and profile.editors["45_dishes"].text() == "dim sum"
    assert window.actor is clerk

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # 保存: saved as the clerk's revision, then finance logs in.
    assert P.load_profile(clerk, customer.id).value("45_dishes") == "dim sum"
    assert len(logins.asked) == 1 and window.actor.user.role == "finance"


def test_idle_minutes_on_settings_lock_the_window_until_the_password(qtbot, desk_db, desk_actors, monkeypatch):
    clerk = desk_actors["clerk"]
    logins = Logins(monkeypatch)
    window = window_for(qtbot, desk_db, clerk)
    settings_page = window.show_page("settings")
    settings_page.idle.setFocus()
    settings_page.idle.selectAll()
    qtbot.keyClicks(settings_page.idle, "5")
    assert window.idle_watch.timer.isActive() and window.idle_watch.timer.interval() == 5 * 60_000
    # Input starts the wait again.
    qtbot.wait(30)
    before = window.idle_watch.timer.remainingTime()
    qtbot.keyClick(settings_page.idle, Qt.Key.Key_Shift)
    assert window.idle_watch.timer.remainingTime() > before

    window.idle_watch.timer.setInterval(10)  # five minutes pass
    window.idle_watch.timer.start()
    qtbot.waitUntil(window.is_locked)
    assert logins.asked == [{"username": "clerk", "locked": True}]
    assert not window.centralWidget().isVisible() and window.lock_cover.isVisible()
    assert not window.switch_user_action.isEnabled()  # no shortcut works behind the cover
    # The login was cancelled: still locked; the cover's button asks again, the clerk's password opens.
    logins.queue.append(clerk)
    qtbot.mouseClick(window.lock_cover.button, Qt.MouseButton.LeftButton)
    assert not window.is_locked() and window.centralWidget().isVisible()
    assert window.actor is clerk and window.current_page_key() == "settings"  # her page as she left it
    assert window.switch_user_action.isEnabled() and window.idle_watch.timer.isActive()


def test_another_user_at_the_locked_window_switches_user(qtbot, desk_db, desk_actors, monkeypatch):
    logins = Logins(monkeypatch, desk_actors["manager"])
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    window.lock()
    assert len(logins.asked) == 1 and not window.is_locked()
    assert window.actor.user.role == "manager" and "登录失败" in card_titles(window)


def test_the_switch_user_screens_speak_english(qtbot, desk_db, desk_actors, monkeypatch):
    Logins(monkeypatch)
    i18n.install("en")
    try:
        window = window_for(qtbot, desk_db, desk_actors["clerk"])
        assert window.switch_user_action.text() == "Switch &user…"
        window.lock()
        assert window.lock_cover.button.text() == "&Unlock or switch user…"
        dialog = LoginDialog(window, username="clerk", locked=True)
        qtbot.addWidget(dialog)
        assert dialog.locked_label.text().startswith("The window is locked.")
        assert dialog.username.text() == "clerk" and dialog.focusWidget() in (None, dialog.password)
    finally:
        i18n.install("zh")


def test_quitting_asks_about_an_open_profile_first(qtbot, desk_db, desk_actors, monkeypatch):
    clerk = desk_actors["clerk"]
    customer = files.create_customer(clerk, kind="person", name="陈建国")
    answers = ["cancel", "discard"]
    monkeypatch.setattr(ProfileDialog, "ask_unsaved", classmethod(lambda cls, parent: answers.pop(0)))
    window = window_for(qtbot, desk_db, clerk)
    page = window.show_page("customers")
    page.view.select_key(customer.id)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in page.findChildren(ProfileDialog))
    qtbot.keyClicks(profile.editors["45_dishes"], "dim sum")
    window.quit_action.trigger()  # 文件 > 退出 (the title bar's X closes the same way)
    assert window.isVisible() and profile.isVisible() and answers == ["discard"]
    window.quit_action.trigger()
    assert not window.isVisible() and not profile.isVisible()

"""While the login dialog of 切换用户 (or of the locked window) is up, the previous user's page is
out of sight: whoever walks up to the PC sees the cover, not the customers' data. And a user who
logs in at someone else's locked window does not answer for that person's unsaved typing: it is
kept as that person's draft."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from archive import files, profile as P, profile_crypto
from ui import i18n
from ui.login import LoginDialog
from ui.profile import ProfileDialog
from tests.test_ui_switch_user import window_for


@pytest.fixture(autouse=True)
def settings(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))
    monkeypatch.setattr(ProfileDialog, "ask_restore_draft", classmethod(lambda cls, *a: True))
    i18n.install("zh")


class SeenLogins:
    """The login seam: hands out the queued actors and notes what the window showed meanwhile."""

    def __init__(self, monkeypatch, window_ref, *actors):
        self.queue = list(actors)
        self.seen = []
        self.window_ref = window_ref
        monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, parent=None, **kw: self()))

    def __call__(self):
        window = self.window_ref[0]
        self.seen.append({"page": window.centralWidget().isVisible(), "cover": window.lock_cover.isVisible(),
                          "text": window.lock_cover.text.text()})
        return self.queue.pop(0) if self.queue else None


def test_the_page_is_covered_while_the_switch_login_is_up(qtbot, desk_db, desk_actors, monkeypatch):
    ref = []
    logins = SeenLogins(monkeypatch, ref)
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    ref.append(window)
    window.show_page("customers")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # cancelled
    assert logins.seen[0]["page"] is False and logins.seen[0]["cover"] is True
    assert "王丽" not in logins.seen[0]["text"] and "切换用户" in logins.seen[0]["text"]
    # Cancelled: the clerk's page is back as she left it.
    assert window.centralWidget().isVisible() and not window.lock_cover.isVisible()
    assert window.current_page_key() == "customers" and window.actor is desk_actors["clerk"]

    logins.queue.append(desk_actors["manager"])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert logins.seen[1]["page"] is False and logins.seen[1]["cover"] is True
    assert window.actor.user.role == "manager"
    assert window.centralWidget().isVisible() and not window.lock_cover.isVisible()


def test_the_page_is_covered_while_the_unlock_login_is_up(qtbot, desk_db, desk_actors, monkeypatch):
    ref = []
    logins = SeenLogins(monkeypatch, ref, desk_actors["clerk"])
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    ref.append(window)
    window.lock()
    assert logins.seen == [{"page": False, "cover": True, "text": logins.seen[0]["text"]}]
    assert not window.is_locked() and window.centralWidget().isVisible()


def test_another_user_at_the_lock_keeps_the_clerks_typing_as_her_draft(qtbot, desk_db, desk_actors,
                                                                      monkeypatch):
    clerk = desk_actors["clerk"]
    customer = files.create_customer(clerk, kind="person", name="陈建国")
    asked = []
    monkeypatch.setattr(ProfileDialog, "ask_unsaved", classmethod(lambda cls, parent: asked.append(1) or "cancel"))
    ref = []
    SeenLogins(monkeypatch, ref, desk_actors["manager"])
    window = window_for(qtbot, desk_db, clerk)
    ref.append(window)
    page = window.show_page("customers")
    page.view.select_key(customer.id)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in page.findChildren(ProfileDialog))
    qtbot.waitExposed(profile)
    qtbot.keyClicks(profile.editors["45_dishes"], "dim sum")

    window.lock()  # the clerk walked away; the manager logs in at her locked window
    assert asked == []  # the manager is not asked about the clerk's typing
    assert window.actor.user.role == "manager" and not profile.isVisible()
    assert P.load_draft(clerk, customer.id).values["45_dishes"] == "dim sum"  # kept as her draft
    assert P.load_profile(clerk, customer.id).value("45_dishes") != "dim sum"  # not saved as a revision
    assert "王丽" in window.statusBar().currentMessage()


def test_a_window_that_keeps_no_draft_is_closed_only_after_naming_whose_work_it_is(qtbot, desk_db, desk_actors,
                                                                                   monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.main_window import MainWindow

    asked = []
    answers = [False, True]
    monkeypatch.setattr(MainWindow, "ask_close_for", classmethod(
        lambda cls, parent, owner, new_user, titles: asked.append((owner, new_user, titles)) or answers.pop(0)))
    ref = []
    logins = SeenLogins(monkeypatch, ref, desk_actors["manager"])
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    ref.append(window)
    note = QDialog(window)
    note.setWindowTitle("回访记录")
    note.show()
    qtbot.waitExposed(note)

    window.lock()
    assert asked == [("王丽", "张经理", ["回访记录"])]
    # 否: the clerk's window is not given up; she is still logged in, locked (the login comes up
    # again and is cancelled here), her window hidden.
    assert window.is_locked() and window.actor is desk_actors["clerk"] and not note.isVisible()
    logins.queue.append(desk_actors["manager"])
    qtbot.mouseClick(window.lock_cover.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and window.actor.user.role == "manager" and not note.isVisible()


def test_a_modal_window_open_at_the_lock_is_covered_too(qtbot, desk_db, desk_actors, monkeypatch):
    from PySide6.QtWidgets import QDialog, QLineEdit

    from ui.idle_lock import LockCover

    ref = []
    logins = SeenLogins(monkeypatch, ref)
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    ref.append(window)
    dialog = QDialog(window)
    typed = QLineEdit(dialog)
    typed.setText("410102199001011234")
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)

    window.lock()  # the login is cancelled: locked
    covers = [c for c in dialog.findChildren(LockCover) if c.isVisible()]
    assert len(covers) == 1 and covers[0].geometry() == dialog.rect()
    assert dialog.isVisible()  # still open with what was typed, only out of sight
    logins.queue.append(desk_actors["clerk"])
    qtbot.mouseClick(window.lock_cover.button, Qt.MouseButton.LeftButton)
    assert not [c for c in dialog.findChildren(LockCover) if c.isVisible()]
    assert dialog.isVisible() and typed.text() == "410102199001011234"


def test_a_modal_window_of_the_absent_user_is_named_before_it_closes(qtbot, desk_db, desk_actors, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(MainWindow, "ask_close_for", classmethod(
        lambda cls, parent, owner, new_user, titles: asked.append((owner, titles)) or True))
    ref = []
    SeenLogins(monkeypatch, ref, desk_actors["finance"])
    window = window_for(qtbot, desk_db, desk_actors["clerk"])
    ref.append(window)
    dialog = QDialog(window)
    dialog.setWindowTitle("修改客户")
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)

    window.lock()
    assert asked == [("王丽", ["修改客户"])]
    assert not dialog.isVisible() and window.actor.user.role == "finance"

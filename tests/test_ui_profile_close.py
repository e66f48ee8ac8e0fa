"""The Mackay 66 editor closes (关闭, Esc, the title bar's X), asks first when something typed is
not saved, and fits a 1366x768 screen."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from archive import files, profile as P, profile_crypto
from tests.conftest import NOW
from ui import i18n
from ui.profile import ProfileDialog


@pytest.fixture(autouse=True)
def settings(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))
    monkeypatch.setattr(ProfileDialog, "ask_restore_draft", classmethod(lambda cls, *a: True))
    i18n.install("zh")


@pytest.fixture
def customer(desk_actors):
    return files.create_customer(desk_actors["clerk"], kind="person", name="陈建国")


class Answers:
    """Stands in for the 保存 / 放弃 / 取消 question; records that it was asked."""

    def __init__(self, monkeypatch, answer):
        self.asked = 0
        self.answer = answer
        monkeypatch.setattr(ProfileDialog, "ask_unsaved", classmethod(lambda cls, parent: self(parent)))

    def __call__(self, parent):
        self.asked += 1
        return self.answer


def editor(qtbot, actor, customer_id):
    dialog = ProfileDialog(actor, customer_id, clock=lambda: NOW + timedelta(minutes=1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_close_button_esc_and_title_bar_close_an_unchanged_profile(qtbot, desk_actors, customer, monkeypatch):
    answers = Answers(monkeypatch, "cancel")
    clerk = desk_actors["clerk"]
    dialog = editor(qtbot, clerk, customer.id)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    dialog = editor(qtbot, clerk, customer.id)
    qtbot.keyClick(dialog.editors["01_name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog = editor(qtbot, clerk, customer.id)
    assert dialog.close()  # what the window manager's X does
    assert not dialog.isVisible()
    assert answers.asked == 0  # nothing typed: nothing to ask


def test_unsaved_typing_asks_and_cancel_keeps_the_dialog_and_the_text(qtbot, desk_actors, customer, monkeypatch):
    answers = Answers(monkeypatch, "cancel")
    dialog = editor(qtbot, desk_actors["clerk"], customer.id)
    qtbot.keyClicks(dialog.editors["45_dishes"], "dim sum")
    qtbot.keyClick(dialog.editors["45_dishes"], Qt.Key.Key_Escape)
    assert answers.asked == 1
    assert dialog.isVisible() and dialog.editors["45_dishes"].text() == "dim sum"
    assert not dialog.close()
    assert answers.asked == 2 and dialog.isVisible()


def test_save_answer_saves_a_revision_and_closes(qtbot, desk_actors, customer, monkeypatch):
    Answers(monkeypatch, "save")
    clerk = desk_actors["clerk"]
    dialog = editor(qtbot, clerk, customer.id)
    qtbot.keyClicks(dialog.editors["45_dishes"], "dim sum")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert P.load_profile(clerk, customer.id).value("45_dishes") == "dim sum"


def test_save_answer_that_is_refused_keeps_the_dialog_open(qtbot, desk_actors, customer, monkeypatch):
    Answers(monkeypatch, "save")
    dialog = editor(qtbot, desk_actors["clerk"], customer.id)
    qtbot.keyClicks(dialog.form_date, "2026-13-01")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "不是有效日期" in dialog.message.text()
    assert dialog.form_date.text() == "2026-13-01"


def test_discard_answer_closes_and_leaves_no_draft(qtbot, desk_actors, customer, monkeypatch):
    Answers(monkeypatch, "discard")
    clerk = desk_actors["clerk"]
    dialog = editor(qtbot, clerk, customer.id)
    qtbot.keyClicks(dialog.editors["47_hobbies"], "fishing")
    dialog.save_draft()  # as the autosave timer would have done
    assert P.load_draft(clerk, customer.id) is not None
    qtbot.keyClick(dialog.editors["47_hobbies"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert P.load_draft(clerk, customer.id) is None
    assert P.load_profile(clerk, customer.id).value("47_hobbies") == ""


def test_the_profile_fits_a_1366x768_screen(qtbot, desk_actors, customer):
    dialog = editor(qtbot, desk_actors["manager"], customer.id)
    available = QGuiApplication.primaryScreen().availableGeometry()
    limit_height = min(available.height(), 768 - 40)  # a 1366x768 laptop with its taskbar
    assert dialog.frameGeometry().height() <= limit_height
    assert dialog.frameGeometry().width() <= min(available.width(), 1366)
    # Every button is reachable, not pushed off by the form: the form scrolls instead.
    assert dialog.minimumSizeHint().height() <= limit_height


def test_the_unsaved_question_speaks_english(qtbot, desk_actors, customer, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    i18n.install("en")
    try:
        dialog = editor(qtbot, desk_actors["clerk"], customer.id)
        seen = {}

        def read_and_cancel():
            box = QApplication.activeModalWidget()
            seen["text"] = box.text()
            seen["buttons"] = [button.text() for button in box.buttons()]
            qtbot.keyClick(box, Qt.Key.Key_Escape)

        QTimer.singleShot(0, read_and_cancel)
        assert ProfileDialog.ask_unsaved(dialog) == "cancel"
        assert seen["text"] == "The profile has unsaved changes. Save them before closing?"
        assert sorted(seen["buttons"]) == ["&Discard changes", "&Save", "Cancel"]
    finally:
        i18n.install("zh")

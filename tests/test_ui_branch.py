"""设置 › 分公司信息 and the window title (issue 12 item 1): an administrator types the branch's
identity with the keyboard, a bad field is refused by name with everything typed kept, the save
goes to the database and the window title names the branch at once; other roles only read it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from common import branch
from common.branch import BranchIdentity
from tests.conftest import NOW
from ui import i18n
from tests.test_ui_main_window import ui_settings_dir  # noqa: F401  (autouse: own data dir, Chinese UI)
from ui.main_window import MainWindow


def open_settings(qtbot, actor, db):
    window = MainWindow(actor, db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    return window, page.branch


def type_text(qtbot, field, text):
    """Keys for ASCII; Chinese arrives as an input method commits it (keyClicks types ASCII only)."""
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field, event)


def type_into(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, text)


def test_admin_types_the_identity_a_bad_code_is_marked_then_saved_and_the_title_follows(
        qtbot, desk_db, desk_actors):
    window, panel = open_settings(qtbot, desk_actors["admin"], desk_db)
    assert window.windowTitle() == "设置 — 分公司客服部"
    assert panel.name.text() == "" and panel.save_button.isVisible()

    # Enter walks name -> code -> brand -> phone -> address; Enter on the address saves.
    panel.name.setFocus()
    for field, text in ((panel.name, "河南分公司客服部"), (panel.code, "hn-01"), (panel.brand, "一汽-大众"),
                        (panel.phone, "0371-6598 2100"), (panel.address, "河南省郑州市金水区花园路 126 号")):
        assert panel.focusWidget() is field
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    assert "分公司编码“HN-01”无效" in panel.message.text()
    assert panel.code.property("invalid") is True and panel.focusWidget() is panel.code
    assert panel.name.text() == "河南分公司客服部" and panel.address.text() == "河南省郑州市金水区花园路 126 号"
    assert not branch.is_set() and window.windowTitle() == "设置 — 分公司客服部"

    type_into(qtbot, panel.code, "hn01")
    assert not panel.code.property("invalid")  # editing the field clears its mark
    qtbot.keyClick(panel.code, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert branch.identity() == BranchIdentity(name="河南分公司客服部", brand="一汽-大众",
                                               address="河南省郑州市金水区花园路 126 号", phone="0371-6598 2100",
                                               code="HN01")
    assert panel.code.text() == "HN01"  # shown as stored
    assert "已保存" in panel.message.text()
    assert window.windowTitle() == "设置 — 河南分公司客服部"
    window.show_page("today")
    assert window.windowTitle() == "今日 — 河南分公司客服部"


def test_an_empty_name_is_refused_naming_the_field(qtbot, desk_db, desk_actors):
    branch.set_identity(desk_actors["admin"], BranchIdentity(name="河南分公司客服部", code="HN01"), NOW)
    window, panel = open_settings(qtbot, desk_actors["admin"], desk_db)
    assert panel.name.text() == "河南分公司客服部" and window.windowTitle() == "设置 — 河南分公司客服部"
    panel.name.setFocus()
    panel.name.selectAll()
    qtbot.keyClick(panel.name, Qt.Key.Key_Delete)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "请填写分公司名称" in panel.message.text() and panel.name.property("invalid") is True
    assert panel.code.text() == "HN01"
    assert branch.identity().name == "河南分公司客服部"


def test_a_clerk_reads_the_identity_and_cannot_change_it(qtbot, desk_db, desk_actors):
    branch.set_identity(desk_actors["admin"], BranchIdentity(name="河南分公司客服部", phone="0371-65982100"), NOW)
    window, panel = open_settings(qtbot, desk_actors["clerk"], desk_db)
    assert panel.phone.text() == "0371-65982100" and not panel.save_button.isVisible()
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "X")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.name.text() == "河南分公司客服部" and branch.identity().name == "河南分公司客服部"
    assert "只有管理员可以修改" in panel.hint.text()


def test_in_english_the_labels_are_translated_and_the_name_stays_as_typed(qtbot, desk_db, desk_actors):
    branch.set_identity(desk_actors["admin"], BranchIdentity(name="河南分公司客服部"), NOW)
    i18n.install("en")
    window, panel = open_settings(qtbot, desk_actors["admin"], desk_db)
    assert window.windowTitle() == "Settings — 河南分公司客服部"
    assert panel.labels["name"].text() == "Branch na&me"
    assert panel.save_button.text() == "Save branch in&fo"
    assert window.frames["settings"].content.branch_box.title() == "Branch"
    panel.phone.setFocus()
    qtbot.keyClicks(panel.phone, "call us")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.message.text().startswith("The phone number “call us”")

"""Call scripts beside the callback form and the manager's survey forms (issue 18 item 4),
driven with qtbot (offscreen) on SQLite and PostgreSQL."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from archive import callbacks, scripts
from archive.callbacks import Callback
from tests.test_callbacks_domain import car, person, repair
from tests.test_ui_branch import type_text  # Chinese as an input method commits it

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def show_active(qtbot, dialog) -> None:
    # The offscreen platform activates no window by itself; a table's editor commits on Enter
    # only in the active window, as on a clerk's screen.
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


@pytest.fixture
def shop(desk_actors):
    clerk, manager = desk_actors["clerk"], desk_actors["manager"]
    owner = person(clerk, "王芳")
    _, vin = car(clerk, owner, date(2025, 6, 1))
    repair(clerk, vin, TODAY - timedelta(days=3))
    callbacks.generate(clerk.at(CLOCK()), TODAY)
    scripts.save_script(manager, "3dc", "opening", "维修回访开场", "您好，请问是{客户}吗？我是{分公司}客服中心的。")
    scripts.save_script(manager, "3dc", "angry", "客户生气", "先让客户把话说完，不争辩，复述要点。")
    scripts.save_script(manager, "7dc", "angry", "新车客户生气", "这条不该出现在维修回访里。")
    return desk_actors


def test_choosing_a_situation_beside_the_callback_form_shows_its_script(qtbot, shop):
    from ui.callbacks_page import CallbackDialog

    dialog = CallbackDialog(Callback.get(Callback.kind == "3dc"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    panel = dialog.scripts
    # Only the 3DC scripts are offered, in the library's order; the first is shown at once.
    assert [panel.situation.itemText(i) for i in range(panel.situation.count())] == ["开场白", "客户生气"]
    # The merge fields are filled for the customer being called and the branch.
    from common.branch import identity

    assert panel.body.toPlainText() == f"您好，请问是王芳吗？我是{identity().name}客服中心的。"
    panel.situation.setFocus()
    qtbot.keyClick(panel.situation, Qt.Key.Key_Down)
    assert panel.body.toPlainText() == "先让客户把话说完，不争辩，复述要点。" and "客户生气" in panel.title.text()
    # Alt+H (回访话术(&H)) reaches the situation list from anywhere in the form.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.remarks.setFocus()
    qtbot.keyClick(dialog.remarks, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(50)
    assert panel.situation.hasFocus()


def test_manager_changes_the_survey_and_the_next_form_asks_for_it(qtbot, shop):
    from ui.callbacks_page import CallbackDialog
    from ui.scripts_panel import ScriptLibraryPanel, SurveyFormDialog

    clerk_panel = ScriptLibraryPanel(shop["clerk"], clock=CLOCK)
    qtbot.addWidget(clerk_panel)
    assert not clerk_panel.survey_button.isEnabled() and not clerk_panel.new_button.isEnabled()

    manager = shop["manager"]
    dialog = SurveyFormDialog("3dc", submit=lambda values: scripts.save_form(manager.at(CLOCK()), **values))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.items.rowCount() == 6
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.items.findChild(QLineEdit)
    type_text(qtbot, editor, "预约便利性")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.items.state() != dialog.items.State.EditingState)  # commits queued
    dialog.scale.selectAll()
    qtbot.keyClicks(dialog.scale, "11")  # out of the 3-10 range: the spin box keeps what it may
    assert dialog.scale.value() <= 10
    dialog.scale.selectAll()
    qtbot.keyClicks(dialog.scale, "5")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_value is not None and dialog.result_value.version == 2
    form = scripts.current_form("3dc")
    assert form.scale_max == 5 and list(form.items.values())[-1] == "预约便利性"

    callback_form = CallbackDialog(Callback.get(Callback.kind == "3dc"))
    qtbot.addWidget(callback_form)
    assert len(callback_form.scores) == 7 and "预约便利性" in [l.text() for l in callback_form.score_labels.values()]
    spin = list(callback_form.scores.values())[0]
    assert spin.maximum() == 5 and "1 到 5 分" in callback_form.scale_note.text()


def test_a_duplicate_item_is_refused_in_the_survey_dialog_and_kept(qtbot, shop):
    from ui.scripts_panel import SurveyFormDialog

    manager = shop["manager"]
    dialog = SurveyFormDialog("3dc", submit=lambda values: scripts.save_form(manager.at(CLOCK()), **values))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.items.findChild(QLineEdit)
    type_text(qtbot, editor, "维修质量")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.items.state() != dialog.items.State.EditingState)  # commits queued
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "第 7 个评分项目“维修质量”与前面的重复" in dialog.message.text()
    assert dialog.items.rowCount() == 7 and dialog.items.item(6, 0).text() == "维修质量"
    assert scripts.current_form("3dc").version == 1


def test_manager_writes_a_script_in_the_library(qtbot, shop, monkeypatch):
    from ui.scripts_panel import ScriptDialog, ScriptLibraryPanel

    panel = ScriptLibraryPanel(shop["manager"], clock=CLOCK)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 3

    def ask(cls, parent, script, submit):
        dialog = cls(parent, script, submit)
        qtbot.addWidget(dialog)
        dialog.situation.setCurrentIndex(list(scripts.SITUATIONS).index("busy"))
        type_text(qtbot, dialog.title, "客户正忙")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "请填写话术“客户正忙”的内容" in dialog.message.text()  # kept open, the title kept
        type_text(qtbot, dialog.body, "约好时间再打过来。")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(ScriptDialog, "ask", classmethod(ask))
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert "已保存“客户正忙”第 1 版" in panel.message.text()
    assert scripts.script_for("7dc", "busy").body == "约好时间再打过来。"
    assert panel.table.rowCount() == 4

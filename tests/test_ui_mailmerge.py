"""导出短信 / 信函 from the 客服 page's care tab, as a clerk and as the manager: the window opens on
the tab's kind with the merged preview and who was left out; the export (read back) is marked sent
and leaves the care list; the manager's template with an unknown field is named and kept as
typed, a good one saved; a clerk cannot change it. SQLite and PostgreSQL."""
import openpyxl
from PySide6.QtCore import Qt

from archive import care, mailmerge
from tests.test_archive_mailmerge import branch
from tests.test_ui_handover import CLOCK, ui_settings_dir  # noqa: F401 - the autouse fixture
from ui import i18n
from ui.callbacks_page import CarePanel
from ui.mailmerge_dialog import MailMergeDialog


def open_dialog(qtbot, actor) -> tuple[CarePanel, MailMergeDialog]:
    panel = CarePanel(actor, clock=CLOCK, kind=care.INSURANCE)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    dialog = panel.mail_merge
    qtbot.waitUntil(dialog.isVisible)
    return panel, dialog


def test_export_the_sms_list_and_mark_it_sent(qtbot, desk_actors, tmp_path, monkeypatch):
    clerk = desk_actors["clerk"]
    branch(clerk)
    panel, dialog = open_dialog(qtbot, clerk)
    assert panel.table.rowCount() == 2  # 张丽 and the company; 王刚 asked not to be contacted
    assert dialog.kind_combo.currentText() == "续保提醒" and dialog.template.isReadOnly()
    assert not dialog.save_button.isVisible()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "13803711234"
    assert dialog.table.item(0, 2).text().startswith("张女士您好")
    assert "免打扰 1 位" in dialog.summary.text() and "无手机号或地址 1 位" in dialog.summary.text()
    # Labels go to every address: the company with a landline is on them.
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    assert dialog.table.rowCount() == 2 and "经三路" in dialog.table.item(1, 1).text()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Home)
    out = tmp_path / "续保.xlsx"
    monkeypatch.setattr(MailMergeDialog, "ask_save_path", classmethod(lambda cls, parent, suggested, suffix: str(out)))
    qtbot.mouseClick(dialog.mark_sent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已写入" in dialog.message.text(), timeout=20000)
    assert "已标记 1 条" in dialog.message.text()
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A2"].value == "13803711234" and sheet["B2"].value.startswith("张女士您好")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    # 张丽's reminder was sent and is off the list; the company (no mobile) still waits.
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert "物流" in panel.table.item(0, 3).text()


def test_the_manager_keeps_the_template_and_unknown_fields_are_named(qtbot, desk_actors):
    branch(desk_actors["clerk"])
    _, dialog = open_dialog(qtbot, desk_actors["manager"])
    assert not dialog.template.isReadOnly() and dialog.save_button.isVisible()
    dialog.template.setFocus()
    qtbot.keyClick(dialog.template, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    dialog.template.insertPlainText("{车架号}")  # what an input method commits
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "{车架号}" in dialog.message.text() and "不存在" in dialog.message.text()
    assert dialog.template.toPlainText().endswith("{车架号}")
    assert mailmerge.template_for(care.INSURANCE) == mailmerge.DEFAULT_TEMPLATES[care.INSURANCE]
    dialog.template.setPlainText("")
    dialog.template.insertPlainText("{姓名}：{车牌}保险{日期}到期")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "模板已保存。"
    assert dialog.table.item(0, 2).text() == "张丽：豫A·12341保险11月26日到期"
    assert mailmerge.template_for(care.INSURANCE) == "{姓名}：{车牌}保险{日期}到期"


def test_english(qtbot, desk_actors):
    branch(desk_actors["clerk"])
    i18n.install("en")
    _, dialog = open_dialog(qtbot, desk_actors["clerk"])
    assert dialog.windowTitle() == "Export SMS / letters" and dialog.export_button.text() == "&Export…"
    assert "do-not-contact 1" in dialog.summary.text()

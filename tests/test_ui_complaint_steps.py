"""The complaint call's guided checklist (issue 18 item 5) driven with qtbot (offscreen) on SQLite
and PostgreSQL: steps in order with notes, a refusal keeps the note, the history and the printed
form show them."""
from datetime import date, datetime

from PySide6.QtCore import Qt

from archive import complaints, scripts
from common.pdf import pdf_text
from tests.test_ui_branch import type_text

CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def test_clerk_walks_the_six_steps_of_a_complaint_call(qtbot, desk_actors, tmp_path, monkeypatch):
    from ui.callbacks_page import ComplaintsPanel
    from ui.complaint_steps import ComplaintStepsDialog

    clerk = desk_actors["clerk"]
    scripts.save_script(desk_actors["manager"], "complaint", "angry", "客户仍然不满", "让客户先说完，复述要点。")
    complaint = complaints.receive(clerk.at(CLOCK()), complainant="周杰", summary="保养等待超过三小时",
                                   category="waiting", received_on=date(2026, 11, 23))
    panel = ComplaintsPanel(clerk, clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.table.selectRow(0)
    qtbot.mouseClick(panel.steps_button, Qt.MouseButton.LeftButton)
    dialog = panel.steps_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ComplaintStepsDialog) and "TS202611001" in dialog.header.text()
    assert dialog.next_label.text().startswith("下一步：开场白") and "不争辩" in dialog.hint.text()
    assert dialog.scripts.body.toPlainText() == "让客户先说完，复述要点。"
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.marks["opening"].text().startswith("✓") and dialog.next_label.text().startswith("下一步：提出问题")
    # 提出问题 needs what the customer said: refused, nothing recorded; then typed and recorded.
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert "“提出问题”需要写下记录" in dialog.message.text()
    assert list(complaints.steps(complaint.id)) == ["opening"]
    dialog.note.setFocus()
    type_text(qtbot, dialog.note, "等了三个小时无人告知进度")
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert "等了三个小时无人告知进度" in dialog.records["question"].text()
    assert clerk.user.display_name in dialog.records["question"].text()
    assert dialog.note.toPlainText() == ""
    for note in ("已复述", "工时八折或免费洗车", "下次保养工时八折", "已确认"):
        type_text(qtbot, dialog.note, note)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.next_label.text() == "处理步骤已全部完成。" and not dialog.done_button.isEnabled()
    events = [dialog.history.item(r, 1).text() for r in range(dialog.history.rowCount())]
    assert events == ["已受理", "开场白", "提出问题", "聆听回应", "提议选择", "达成一致", "最后确定"]

    target = tmp_path / "ts.pdf"
    monkeypatch.setattr(ComplaintStepsDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "处理表已保存" in dialog.message.text(), timeout=20000)
    text = "".join(pdf_text(target)).replace("\n", "")
    assert "投诉电话处理步骤" in text and "下次保养工时八折" in text and "2026-11-23 10:00" in text

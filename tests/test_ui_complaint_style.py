"""The complaint call's window (投诉 › 处理步骤) shows the complainant's communication style and
its guidance beside the steps, as the callback form does (issue 18 item 9); a complaint with no
customer file says so. SQLite and PostgreSQL."""
from datetime import date, datetime

from PySide6.QtCore import Qt

from archive import comm_style, complaints
from tests.test_events_domain import person

CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def test_complaint_steps_show_the_complainants_style(qtbot, desk_actors):
    from ui.callbacks_page import ComplaintsPanel

    clerk = desk_actors["clerk"].at(CLOCK())
    zhou = person(clerk, "周杰", "13803719876", "河南省郑州市金水路5号")
    comm_style.record_style(clerk, zhou.id, comm_style.ANALYTICAL, {})
    complaints.receive(clerk, complainant="周杰", summary="保养等待超过三小时", category="waiting",
                       received_on=date(2026, 11, 23), customer_id=zhou.id)
    complaints.receive(clerk, complainant="路人", summary="电话打不通", category="waiting",
                       received_on=date(2026, 11, 23))
    panel = ComplaintsPanel(desk_actors["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    seen = {}
    for row in range(panel.list.table.model().rowCount()):
        panel.list.table.selectRow(row)
        qtbot.mouseClick(panel.steps_button, Qt.MouseButton.LeftButton)
        dialog = panel.steps_dialog
        qtbot.addWidget(dialog)
        name = dialog.header.text().split()[2]
        seen[name] = dialog.style_panel
    analytical = comm_style.guidance(comm_style.ANALYTICAL)
    assert "分析型" in seen["周杰"].title.text()
    assert seen["周杰"].topic_texts[next(iter(comm_style.TOPICS))].text() == analytical[next(iter(comm_style.TOPICS))]
    assert "没有对应的客户档案" in seen["路人"].title.text()


def test_enter_in_the_complaint_call_window_does_not_open_the_style_questions(qtbot, desk_actors, monkeypatch):
    """The style panel's buttons are never the host window's default: Enter in the script's
    situation list of 处理步骤 opened 判断风格 (its button had become the dialog's default)."""
    from ui.complaint_steps import ComplaintStepsDialog
    from ui.style_panel import StyleDialog

    clerk = desk_actors["clerk"].at(CLOCK())
    zhou = person(clerk, "周杰", "13803719876", "河南省郑州市金水路5号")
    complaint = complaints.receive(clerk, complainant="周杰", summary="保养等待超过三小时", category="waiting",
                                   received_on=date(2026, 11, 23), customer_id=zhou.id)
    asked = []
    monkeypatch.setattr(StyleDialog, "ask", classmethod(lambda cls, *args, **kwargs: asked.append(args)))
    dialog = ComplaintStepsDialog(desk_actors["clerk"], complaint.id, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.style_panel.judge_button.isDefault()
    combo = dialog.scripts.findChild(__import__("PySide6.QtWidgets", fromlist=["QComboBox"]).QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert asked == []

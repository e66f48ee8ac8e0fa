"""One department table for complaints and rectification (archive/departments.py): a department
the manager adds on the 整改 tab takes complaints on the 投诉 tab, a renamed one shows its new name
on old complaints, a retired one takes no new ones; the 整改 tab's 部门 dialog adds, renames and
retires (manager only, audited); an item from a complaint says it is verified by the manager."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from archive import complaints, rectification as rz
from common.audit import AuditLog
from tests.test_callbacks_domain import at, refused
from tests.test_ui_branch import type_text
from tests.test_ui_scripts import show_active

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def _confirmed(actors, summary="保养等待超过三小时"):
    complaint = complaints.receive(at(actors["clerk"], TODAY), complainant="张伟", summary=summary,
                                   category="waiting")
    return complaints.confirm(at(actors["manager"], TODAY), complaint.id)


def test_a_complaint_goes_to_a_department_the_manager_added(qtbot, desk_actors, monkeypatch):
    from ui.callbacks_page import ComplaintsPanel

    quality = rz.save_department(at(desk_actors["manager"], TODAY), "质量管理部")
    complaint = _confirmed(desk_actors)
    panel = ComplaintsPanel(desk_actors["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.list.table.selectRow(0)
    offered = {}

    def choose(cls, parent, title, prompt, options):
        offered["options"] = options
        return options.index("质量管理部")

    monkeypatch.setattr(ComplaintsPanel, "ask_choice", classmethod(choose))
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert "售后服务部" in offered["options"] and "质量管理部" in offered["options"]
    assert complaints.Complaint.get_by_id(complaint.id).department == quality.code
    panel.refresh()
    department_column = [c.header for c in panel.model.columns].index("处理部门")
    assert panel.model.index(0, department_column).data() == "质量管理部"
    # Renamed: the old complaint shows the new name; retired: it keeps it, takes no new complaint.
    rz.save_department(at(desk_actors["manager"], TODAY), "质量部", code=quality.code, active=False)
    panel.refresh()
    assert panel.model.index(0, department_column).data() == "质量部"
    second = _confirmed(desk_actors, "结算金额高于报价")
    assert refused(complaints.assign, at(desk_actors["clerk"], TODAY), second.id,
                   quality.code).code == "rectify.department_retired"
    assert refused(complaints.assign, at(desk_actors["clerk"], TODAY), second.id, "canteen").code \
        == "complaints.unknown_department"
    assert "质量部 1" in _analysis(qtbot, panel)


def _analysis(qtbot, panel) -> str:
    qtbot.mouseClick(panel.analysis_button, Qt.MouseButton.LeftButton)
    return panel.analysis.text()

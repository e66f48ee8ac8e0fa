"""One department table for complaints and rectification (archive/departments.py): a department
the manager adds on the 整改 tab takes complaints on the 投诉 tab, a renamed one shows its new name
on old complaints, a retired one takes no new ones; the 整改 tab's 部门 dialog adds, renames and
retires (manager only, audited); an item from a complaint says it is verified by the manager."""
import json
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from archive import complaints, demo, rectification as rz
from common.models import AuditLog
from tests.test_callbacks_domain import at, refused
from tests.test_ui_branch import type_text
from tests.test_ui_document_keyboard import Keyboard
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


def test_manager_adds_renames_and_retires_a_department_on_the_rectification_tab(qtbot, desk_actors, monkeypatch):
    from ui.rectification_page import DepartmentsDialog, RectificationPanel

    clerk_panel = RectificationPanel(desk_actors["clerk"], clock=CLOCK)
    qtbot.addWidget(clerk_panel)
    assert not clerk_panel.department_button.isEnabled()
    panel = RectificationPanel(desk_actors["manager"], clock=CLOCK)
    qtbot.addWidget(panel)
    seen = {}

    def ask(cls, parent, submit_actor):
        dialog = cls(submit_actor, parent)
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        keys = Keyboard(qtbot, dialog)
        names = lambda: [dialog.list.item(r, 0).text() for r in range(dialog.list.rowCount())]  # noqa: E731
        assert "售后服务部" in names()
        # Add: typed, Alt+A.
        dialog.name.setFocus()
        type_text(qtbot, dialog.name, "质量管理部")
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        assert "质量管理部" in names() and "质量管理部" in dialog.message.text()
        # A name another department has: refused in words, the typed name kept.
        dialog.list.selectRow(names().index("质量管理部"))
        dialog.name.selectAll()
        type_text(qtbot, dialog.name, "配件部")
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.message.text()
        assert dialog.name.text() == "配件部"
        dialog.name.clear()
        type_text(qtbot, dialog.name, "质量部")
        keys.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert "质量部" in names() and "质量管理部" not in names()
        row = names().index("质量部")
        dialog.list.selectRow(row)
        assert dialog.retire_button.text().replace("&", "").startswith("停用")
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        assert dialog.list.item(row, 1).text() == "已停用"
        assert dialog.retire_button.text().replace("&", "").startswith("恢复")
        keys.press(Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    monkeypatch.setattr(DepartmentsDialog, "ask", classmethod(ask))
    qtbot.mouseClick(panel.department_button, Qt.MouseButton.LeftButton)
    assert "已经有名为“配件部”的部门" in seen["refused"]
    quality = rz.Department.get(rz.Department.name == "质量部")
    assert not quality.active and quality.code not in [d.code for d in rz.departments()]
    changes = [json.loads(row.detail) for row in AuditLog.select().where(AuditLog.action == "rectify.department")
               .order_by(AuditLog.id)]
    assert len(changes) == 3 and changes[-1]["active"] is False and changes[1]["before"]["name"] == "质量管理部"


@pytest.fixture
def complaint_item(desk_actors):
    clerk, manager = desk_actors["clerk"], desk_actors["manager"]
    complaint = _confirmed(desk_actors)
    day = TODAY - timedelta(days=1)
    complaints.assign(at(clerk, day), complaint.id, "service")
    complaints.resolve(at(clerk, day), complaint.id, "已安排快修通道")
    complaints.feed_back(at(clerk, day), complaint.id, "客户接受", True)
    complaints.close(at(clerk, day), complaint.id)
    item = rz.open_from_complaint(at(clerk, TODAY), complaint.id, department="service", owner="赵强")
    rz.act(at(clerk, TODAY), item.id, "接车时说明预计交车时间")
    return item


def test_an_item_from_a_complaint_says_only_the_manager_verifies_it(qtbot, desk_actors, complaint_item):
    from ui.rectification_page import RectificationPanel

    panel = RectificationPanel(desk_actors["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    panel.show()
    panel.list.table.selectRow(0)
    assert not panel.verify_button.isEnabled()
    assert panel.source_note.isVisible() and "经理检查" in panel.source_note.text()
    assert complaint_item.number in panel.source_note.text()
    assert refused(rz.verify, at(desk_actors["clerk"], TODAY), complaint_item.id,
                   rz.BY_CALLBACK).code == "rectify.manager_verifies_complaints"


def test_a_refusal_mark_goes_once_the_next_change_went_through(qtbot, desk_actors):
    from ui.rectification_page import DepartmentsDialog

    dialog = DepartmentsDialog(lambda: at(desk_actors["manager"], TODAY))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_text(qtbot, dialog.name, "配件部")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.name.property("invalid") and "配件部" in dialog.message.text()
    dialog.list.selectRow(0)  # 销售部: its name comes into the field
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(0, 1).text() == "已停用" and "已停用" in dialog.message.text()
    assert not dialog.name.property("invalid")


def test_demo_complaints_go_to_the_department_their_kind_belongs_to(desk_actors):
    import random

    from tests.test_callbacks_domain import car, person

    clerk = desk_actors["clerk"]
    for name in ("王芳", "李强", "赵敏"):
        car(clerk, person(clerk, name), date(2025, 3, 1))
    demo.populate_complaints(at(clerk, TODAY), random.Random(7), date(2025, 1, 1), TODAY)
    assigned = list(complaints.Complaint.select().where(complaints.Complaint.department != ""))
    assert len(assigned) > 20
    expected = {"parts": "parts", "sales_promise": "sales", "repair_quality": "service", "waiting": "service"}
    wrong = [(c.category, c.department) for c in assigned if c.category in expected
             and c.department != expected[c.category]]
    assert not wrong

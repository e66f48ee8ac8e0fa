"""到货检验 from the document view (issue 19 item 6): a posted station return is counted in with
the keyboard, the inspection is recorded, and the document's 收货表单 then prints from it."""
from __future__ import annotations

import subprocess
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from ledger import inspection
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.test_ui_dialog_mnemonics import clashes
from tests.test_ui_document_keyboard import Keyboard
from tests.test_ui_parts import ui_settings_dir  # noqa: F401  (autouse: own data dir, Chinese UI)
from ui import i18n

RECEIVED = date(2026, 11, 10)


def station_return(actor):
    """ZZ01's box of 11-10 posted as FH-… from delivery list DL-1110: 4 pads and 2 filters."""
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_part(actor, "BP-3501010", "前刹车片", "", "套", 18500)
    create_part(actor, "OF-1012010", "机油滤清器", "", "个", 3200)
    return post(actor, Draft("STATION_BAD_RETURN", RECEIVED, "ZZ01", "DL-1110",
                             lines=[DraftLine("BP-3501010", 4, flag=False), DraftLine("OF-1012010", 2, flag=False)]))


def commit(keys, text):
    """What an input method commits into the focused field (keyClicks types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(keys.target(), event)


def open_view(qtbot, actor, document_id):
    from ui.document_view import DocumentView

    view = DocumentView(actor, document_id)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_a_station_return_is_counted_in_by_keys_and_its_tracking_form_prints(qtbot, desk_actors, tmp_path,
                                                                            monkeypatch):
    from ui import runner
    from ui.document_view import ReceivingForms

    clerk = desk_actors["clerk"]
    received = station_return(clerk)
    view = open_view(qtbot, clerk, received.document_id)
    assert view.inspect_button.isVisible() and not view.forms_button.isVisible()
    keys = Keyboard(qtbot, view)
    keys.press(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # 到货检验(&I)…
    dialog = view.inspection_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    keys.window = dialog
    assert dialog.delivery_edit.text() == "DL-1110"
    assert QApplication.focusWidget() is dialog.table  # on line 1's 实收, which reads the listed 4
    assert dialog.table.count_text(0, dialog.FOUND) == "4"

    keys.type("3")  # three pads in the box
    keys.press(Qt.Key.Key_Return)  # down to line 2
    assert dialog.table.currentRow() == 1
    keys.press(Qt.Key.Key_Tab)  # to the line's anomaly
    assert QApplication.focusWidget() is dialog.kind_combo
    keys.press(Qt.Key.Key_Down)  # 变形
    keys.press(Qt.Key.Key_Down)  # 露皮
    keys.press(Qt.Key.Key_Tab)
    commit(keys, "外壳磨损")
    keys.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 外包装完好: no, crushed
    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    commit(keys, "外箱挤压")
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    commit(keys, "物流王师傅")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # 记录(&S)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10000)

    recorded = inspection.Inspection.get()
    assert (recorded.delivery_list_no, recorded.package_ok, recorded.package_note, recorded.opened_with) == (
        "DL-1110", False, "外箱挤压", "物流王师傅")
    found = {line.part.number: (line.qty_listed, line.qty_found) for line in recorded.lines}
    assert found == {"BP-3501010": (4, 3), "OF-1012010": (2, 2)}
    anomalies = {(a.line.part.number, a.kind, a.note, a.state) for a in recorded.anomalies}
    assert anomalies == {("BP-3501010", "缺件", "清单 4，实收 3", "open"), ("OF-1012010", "露皮", "外壳磨损", "open")}
    assert "2 项异常" in view.message.text()
    assert view.forms_button.isVisible() and not view.inspect_button.isVisible()

    asked = []
    monkeypatch.setattr(ReceivingForms, "ask_save_path",
                        classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(tmp_path / suggested)))

    def pick_tracking():
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_J)
    QTimer.singleShot(200, pick_tracking)
    qtbot.mouseClick(view.forms_button, Qt.MouseButton.LeftButton)  # the menu opens; J picks 货品记录跟踪表
    qtbot.waitUntil(lambda: not runner.running() and "已保存" in view.message.text(), timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / asked[0]), "-"], capture_output=True, text=True,
                          check=True).stdout
    bp_row = next(line for line in text.splitlines() if "BP-3501010" in line and "前刹车片" in line)
    assert bp_row.split()[3:6] == ["4", "3", "-1"] and "缺件：清单 4，实收 3" in text
    assert "露皮：外壳磨损" in text and "破损（外箱挤压）" in text and "DL-1110" in text


def test_a_blank_count_is_refused_naming_the_line_and_keeps_what_was_typed(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    received = station_return(clerk)
    view = open_view(qtbot, clerk, received.document_id)
    view.open_inspection()
    dialog = view.inspection_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = Keyboard(qtbot, dialog)
    keys.press(Qt.Key.Key_Return)  # line 1 as listed
    keys.press(Qt.Key.Key_Delete)  # line 2's 实收 emptied
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    commit(keys, "司机")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "第 2 行 OF-1012010 的实收数量未填" in dialog.message.text()
    assert dialog.table.currentRow() == 1 and dialog.witness_edit.text() == "司机"
    assert inspection.Inspection.select().count() == 0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dialog_and_the_view_give_each_alt_letter_to_one_widget(qtbot, desk_actors, lang):
    clerk = desk_actors["clerk"]
    received = station_return(clerk)
    try:
        i18n.install(lang)
        view = open_view(qtbot, clerk, received.document_id)
        view.open_inspection()
        assert not clashes(view) and not clashes(view.inspection_dialog)
    finally:
        i18n.install("zh")

"""装箱 by scanning: a keyboard-wedge scanner types each tag id and Enter into the box's 标签号 cell;
the second tag scanned into a box joins the first instead of replacing it (the cell opened by a key
used to start from that key alone, so every scan threw the box's earlier tags away). The box's tags
are shown whole, the row as tall as its list, not cut off with an ellipsis."""
from datetime import date

from PySide6.QtCore import Qt

from ledger import tags
from ledger.posting import Draft, post
from tests.test_part_tags import branch_with_returns
from tests.test_ui_label_dialog import alt, open_dialog
from tests.test_ui_parts import ui_settings_dir  # noqa: F401 - fixture
from tests.test_ui_tag_scanning import type_cell


def scan_into(qtbot, table, row, column, code):
    """A wedge scanner: the code's keys and Enter into the current cell (the first key opens it)."""
    type_cell(qtbot, table, row, column, code)
    qtbot.wait(100)  # the cell commits its text from the event loop; the next tag comes later


def test_tags_scanned_one_after_another_into_a_box_are_all_kept(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)][:4]
    ret = post(clerk, Draft("HQ_BAD_RETURN", date(2026, 11, 12), "HQ", "FHZB-1", lines=[("BP-3501010", 4)]))
    dialog = open_dialog(qtbot, clerk, ret.document_id, Qt.Key.Key_B)
    table = dialog.boxes_table
    scan_into(qtbot, table, 0, 0, "2.5")
    for tag in ids[:3]:
        scan_into(qtbot, table, 0, 1, tag)
    assert table.item(0, 1).text().split() == ids[:3]
    alt(qtbot, dialog, Qt.Key.Key_A)
    scan_into(qtbot, table, 1, 0, "0.9")
    scan_into(qtbot, table, 1, 1, ids[3])
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert [(b.box_no, [t.tag for t in b.tags]) for b in tags.packing(ret.document_id)] == [(1, ids[:3]), (2, ids[3:])]
    # Box 1's three tags are all on screen: its row is as tall as the wrapped list needs.
    rect = table.visualRect(table.model().index(0, 1))
    needed = table.fontMetrics().boundingRect(rect.adjusted(3, 0, -3, 0), Qt.TextFlag.TextWordWrap,
                                              table.item(0, 1).text()).height()
    assert rect.height() >= needed, f"box 1's tags cut off: row {rect.height()} px, text {needed} px"

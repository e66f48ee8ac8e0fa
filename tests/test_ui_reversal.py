"""冲销 from the detail view: the clerk sees which books of which parts change by how much, must
give a reason, and is asked before anything is posted. The detail view shows the lines at a
useful height on a 1366x768 screen."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ledger import books
from ledger.models import Document
from ledger.posting import Draft, DraftLine, create_part, post
from tests.test_ui_parts import CLOCK, branch, ui_settings_dir  # noqa: F401 - fixtures
from ui.document_view import DocumentView, ReversalDialog


def receipt_of(clerk, shipment):
    return post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 4), "HQ", "FH-1102", reference=shipment.document_id,
                             lines=[DraftLine("BP-3501010", 4, flag=True)]))


def view_for(qtbot, actor, document_id):
    view = DocumentView(actor, document_id, clock=CLOCK)
    qtbot.addWidget(view)
    view.show()
    return view


def test_the_reversal_shows_its_effects_and_asks_before_posting(qtbot, desk_actors, branch, monkeypatch):
    clerk = desk_actors["clerk"]
    receipt = receipt_of(clerk, branch)
    view = view_for(qtbot, clerk, receipt.document_id)
    shown = []

    def ask(cls, parent, detail, effects, on):
        shown.append({(e.part_number, e.book, e.party_code): (e.before, e.delta, e.after) for e in effects})
        return None  # the clerk reads it and cancels

    monkeypatch.setattr(ReversalDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.reverse_button, Qt.MouseButton.LeftButton)
    assert shown == [{("BP-3501010", "good", None): (4, -4, 0), ("BP-3501010", "in_transit_in", None): (6, 4, 10),
                      ("BP-3501010", "owed_to", "HQ"): (4, -4, 0)}]
    assert Document.select().where(Document.doc_type == "REVERSAL").count() == 0
    monkeypatch.setattr(ReversalDialog, "ask", classmethod(lambda cls, parent, detail, effects, on: "数量录错"))
    qtbot.mouseClick(view.reverse_button, Qt.MouseButton.LeftButton)
    reversal = Document.get(Document.doc_type == "REVERSAL")
    assert reversal.remark == "数量录错" and view.message.text() == f"已冲销：冲销单号 {reversal.number}"


def test_the_reversal_dialog_refuses_an_empty_reason_and_keeps_the_dialog_open(qtbot, desk_actors, branch):
    from ledger.reversal import reversal_preview

    clerk = desk_actors["clerk"]
    receipt = receipt_of(clerk, branch)
    detail = books.document_detail(receipt.document_id)
    dialog = ReversalDialog(None, detail, reversal_preview(clerk, receipt.document_id), CLOCK().date())
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {tuple(dialog.table.item(r, c).text() for c in range(7)) for r in range(dialog.table.rowCount())}
    assert ("BP-3501010", "前刹车片", "好件库存", "", "4", "-4", "0") in rows
    assert ("BP-3501010", "前刹车片", "欠人坏件", "HQ", "4", "-4", "0") in rows
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "冲销(&V)"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "请填写冲销原因" in dialog.message.text()
    assert dialog.reason_edit.property("invalid") is True
    qtbot.keyClicks(dialog.reason_edit, "   ")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.reason_edit.clear()
    dialog.reason_edit.insert("数量录错")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted and dialog.reason() == "数量录错"


def test_a_reversal_that_would_make_a_book_negative_is_shown_red_and_cannot_be_confirmed(
        qtbot, desk_actors, branch):
    from ledger.reversal import reversal_preview

    clerk = desk_actors["clerk"]
    receipt = receipt_of(clerk, branch)
    post(clerk, Draft("STATION_ISSUE", date(2026, 11, 5), "ZZ01", "SQ-1", lines=[("BP-3501010", 3)]))
    dialog = ReversalDialog(None, books.document_detail(receipt.document_id),
                            reversal_preview(clerk, receipt.document_id), CLOCK().date())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "好件库存会小于 0" in dialog.message.text()


def test_a_refusal_before_asking_is_shown_and_no_dialog_opens(qtbot, desk_actors, branch, monkeypatch):
    clerk = desk_actors["clerk"]
    receipt_of(clerk, branch)
    view = view_for(qtbot, clerk, branch.document_id)
    asked = []
    monkeypatch.setattr(ReversalDialog, "ask", classmethod(lambda cls, *args: asked.append(args) or "x"))
    view.reverse_document()
    assert asked == [] and "已有后续单据" in view.message.text()


def test_the_document_view_shows_many_lines_at_1366x768(qtbot, desk_actors, branch):
    manager, clerk = desk_actors["manager"], desk_actors["clerk"]
    for n in range(22):
        create_part(manager, f"P-{n:04d}", f"备件{n}", "", "个", 1000 + n, 0)
    ship = post(clerk, Draft("HQ_SHIP", date(2026, 11, 6), "HQ", "FH-22", lines=[(f"P-{n:04d}", 5) for n in range(22)]))
    view = view_for(qtbot, clerk, ship.document_id)
    view.resize(view.width(), min(view.height(), 768 - 60))  # what a 1366x768 screen leaves
    qtbot.wait(10)
    assert view.height() <= 708
    table = view.lines_table
    visible_rows = table.viewport().height() // table.rowHeight(0)
    assert visible_rows >= 8, visible_rows
    header = table.horizontalHeader()
    # Columns sized to content: the part name is not cut off.
    assert header.sectionSize(2) >= table.fontMetrics().horizontalAdvance("备件21")

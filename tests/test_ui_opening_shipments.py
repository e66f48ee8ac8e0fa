"""The opening's open shipments in the parts entry form and its document view (issue 12): a receipt
picks an opening shipment by HQ's number like one posted in the app, 全部到货 fills its open
quantities; the OPENING document view shows each line's book, party, original date and number."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ledger import books
from ledger.models import Document
from ledger.opening_io import import_opening
from ledger.posting import Draft, create_part, post
from tests.conftest import NOW
from tests.test_opening_io import line, opening_book, setup_parties
from tests.test_ui_parts import ui_settings_dir  # noqa: F401 - autouse: a fresh ui.ini, Chinese
from ui.document_form import DocumentForm
from ui.document_view import DocumentView

CLOCK = lambda: NOW + timedelta(minutes=5)  # noqa: E731
GO_LIVE = date(2026, 10, 31)


@pytest.fixture
def gone_live(desk_actors, tmp_path):
    manager = desk_actors["manager"]
    setup_parties(manager)
    create_part(manager, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)
    import_opening(manager, opening_book(tmp_path / "o.xlsx", [
        line("好件库存", "BP-3501010", 20),
        line("在途（总部发来）", "BP-3501010", 6, "HQ", date(2026, 10, 20), "FH-OLD-1"),
        line("在途（总部发来）", "OF-1012010", 12, "HQ", date(2026, 10, 20), "FH-OLD-1"),
        line("在途（总部发来）", "OF-1012010", 5, "HQ", date(2026, 10, 28), "FH-OLD-2"),
        line("人欠坏件", "BP-3501010", 4, "ZZ01", date(2026, 9, 1), "ZZ-SQ-0901"),
    ]), GO_LIVE)
    # A shipment posted in the app after go-live, for comparison.
    post(desk_actors["clerk"], Draft("HQ_SHIP", date(2026, 11, 2), "HQ", "FH-1102", lines=[("BP-3501010", 3)]))
    return Document.get(Document.doc_type == "OPENING")


def test_a_receipt_picks_an_opening_shipment_by_hq_number_and_fills_its_open_lines(qtbot, desk_actors, gone_live):
    form = DocumentForm(desk_actors["clerk"], clock=CLOCK, doc_type="HQ_RECEIVE")
    qtbot.addWidget(form)
    form.show()
    offered = form.shipment_model.stringList()
    assert [text.split("  ")[0] for text in offered] == ["FH-OLD-1", "FH-OLD-2", "ZF-2026-000001"]
    form.reference_edit.setFocus()
    qtbot.keyClicks(form.reference_edit, "OLD-1")
    qtbot.keyClick(form.reference_edit, Qt.Key.Key_Return)
    assert form.reference_edit.text() == "FH-OLD-1" and form.party_combo.currentData() == "HQ"
    assert "未结 2 行共 18 件" in form.message.text()
    assert form.focusWidget() is form.fill_button
    qtbot.keyClick(form.fill_button, Qt.Key.Key_Return)
    assert [(l.part_number, l.qty) for l in form.lines] == [("BP-3501010", 6), ("OF-1012010", 12)]
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.message.text().startswith("已过账：ZD-2026-000001"), form.message.text()
    receipt = Document.get(Document.doc_type == "HQ_RECEIVE")
    assert receipt.reference_id == gone_live.id and receipt.reference_key == "FH-OLD-1"
    after = books.balances_at(None)["parts"]
    assert after["OF-1012010"]["in_transit_in"] == 5 and after["OF-1012010"]["good"] == 12
    form._load_shipments()
    assert [text.split("  ")[0] for text in form.shipment_model.stringList()] == ["FH-OLD-2", "ZF-2026-000001"]


def test_the_opening_view_shows_each_line_s_book_party_date_and_number(qtbot, desk_actors, gone_live):
    view = DocumentView(desk_actors["manager"], gone_live.id, clock=CLOCK)
    qtbot.addWidget(view)
    view.show()
    table = view.lines_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [{headers[c]: table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())}
            for r in range(table.rowCount())]
    assert [(r["账本"], r["往来单位"], r["原始日期"], r["原始单号"]) for r in rows] == [
        ("好件库存", "", "", ""),
        ("在途（总部发来）", "HQ", "2026-10-20", "FH-OLD-1"),
        ("在途（总部发来）", "HQ", "2026-10-20", "FH-OLD-1"),
        ("在途（总部发来）", "HQ", "2026-10-28", "FH-OLD-2"),
        ("人欠坏件", "ZZ01", "2026-09-01", "ZZ-SQ-0901"),
    ]

"""The opening import's preview lines (what the GUI preview lists per book), on SQLite and
PostgreSQL: parties resolved to their codes, blank original dates made the go-live day, rows kept."""
from datetime import date

from ledger.models import Document
from ledger.opening_io import OpeningPreviewLine, import_opening
from tests.test_opening_io import line, opening_book, setup_parties

GO_LIVE = date(2026, 10, 31)


def test_a_dry_run_lists_every_line_as_it_would_be_posted(db, actors, tmp_path):
    setup_parties(actors["manager"])
    path = opening_book(tmp_path / "o.xlsx", [
        line("好件库存", "BP-3501010", 20),
        line("人欠坏件", "BP-3501010", 4, "郑州金水服务站", date(2026, 9, 1), "ZZ-1"),
        line("欠人坏件", "BP-3501010", 3, "HQ"),
        line("在途（总部发来）", "NEW-1", 6, "HQ", date(2026, 10, 28), "FH-1", name="新备件"),
    ])
    result = import_opening(actors["manager"], path, GO_LIVE, dry_run=True)
    assert Document.select().count() == 0
    assert result.lines == (
        OpeningPreviewLine(2, "good", None, "BP-3501010", "前刹车片", 20, GO_LIVE, None),
        OpeningPreviewLine(3, "owed_by", "ZZ01", "BP-3501010", "前刹车片", 4, date(2026, 9, 1), "ZZ-1"),
        OpeningPreviewLine(4, "owed_to", "HQ", "BP-3501010", "前刹车片", 3, GO_LIVE, None),
        OpeningPreviewLine(5, "in_transit_in", "HQ", "NEW-1", "新备件", 6, date(2026, 10, 28), "FH-1"),
    )
    assert import_opening(actors["manager"], path, GO_LIVE).lines == result.lines


def test_open_shipments_list_the_opening_s_by_hq_number_and_open_lines_fill_from_them(db, actors, tmp_path):
    from ledger import books
    from ledger.posting import Draft, post

    setup_parties(actors["manager"])
    import_opening(actors["manager"], opening_book(tmp_path / "o.xlsx", [
        line("在途（总部发来）", "BP-3501010", 6, "HQ", date(2026, 10, 20), "FH-OLD-1"),
        line("在途（总部发来）", "NEW-1", 2, "HQ", date(2026, 10, 20), "FH-OLD-1", name="新备件"),
        line("在途（总部发来）", "BP-3501010", 5, "HQ", date(2026, 10, 28), "FH-OLD-2"),
        line("在途（返总部）", "BP-3501010", 1, "HQ", date(2026, 10, 25), "FZ-1"),
        line("欠人坏件", "BP-3501010", 1, "HQ", date(2026, 10, 25)),
    ]), GO_LIVE)
    opening = Document.get(Document.doc_type == "OPENING")
    shipments = books.open_shipments(("HQ_SHIP",), date(2026, 11, 23))
    assert [(s["number"], s["opening_key"], s["opening_number"], s["open_lines"], s["open_qty"])
            for s in shipments] == [("FH-OLD-1", "FH-OLD-1", opening.number, 2, 8),
                                    ("FH-OLD-2", "FH-OLD-2", opening.number, 1, 5)]
    assert [s["number"] for s in books.open_shipments(("HQ_BAD_RETURN",))] == ["FZ-1"]
    post(actors["clerk"], Draft("HQ_RECEIVE", date(2026, 11, 3), "HQ", "FH-OLD-1", reference="FH-OLD-1",
                                lines=[("BP-3501010", 4)]))
    assert books.open_lines(opening.id, "FH-OLD-1") == [
        {"part_number": "BP-3501010", "part_name": "前刹车片", "unit": "套", "price_fen": 18500, "qty": 2},
        {"part_number": "NEW-1", "part_name": "新备件", "unit": "个", "price_fen": 0, "qty": 2}]
    assert [(s["number"], s["open_qty"]) for s in books.open_shipments()] == [("FH-OLD-1", 4), ("FH-OLD-2", 5)]

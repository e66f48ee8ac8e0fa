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

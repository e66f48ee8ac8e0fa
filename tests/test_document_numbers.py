"""Document numbers read as Chinese ERPs print them: the type's pinyin initials, the year and a
gapless sequence (总部到货 ZD-2026-000001), never the type code (HQ_RECEIVE-2026-000001).

Databases numbered before the prefixes keep their numbers (a posted document never changes):
looking a document up by number, the daily numbering check and the consistency check work with
both forms, because the sequence is the document's (doc_type, year, seq), not its text.
"""
import re
from datetime import datetime

from common.messages import text
from ledger import checks, daily
from ledger.daily import render_daily
from ledger.models import Document
from ledger.doctypes import DOC_TYPES
from ledger.posting import Draft, DraftLine, post
from ledger.reversal import reverse
from ledger.texts import LEDGER_CHECK_NUMBER_GAP
from tests.test_daily import FRIDAY, THURSDAY, clerks_friday, on, setup_branch

TYPE_CODE = re.compile(r"[A-Z]+_[A-Z]+")
NEW_NUMBER = re.compile(r"([A-Z]{2,4})-(\d{4})-(\d{6})")


def test_every_type_has_its_own_short_prefix_of_letters():
    prefixes = [t.prefix for t in DOC_TYPES.values()]
    assert all(re.fullmatch(r"[A-Z]{2,4}", p) for p in prefixes), prefixes
    assert len(set(prefixes)) == len(prefixes), prefixes
    assert DOC_TYPES["HQ_RECEIVE"].prefix == "ZD" and DOC_TYPES["REVERSAL"].prefix == "CX"


def test_a_posted_number_carries_the_prefix_and_no_type_code(sqlite_actors):
    clerks_friday(sqlite_actors)
    documents = list(Document.select())
    assert len(documents) == 6
    for document in documents:
        assert not TYPE_CODE.search(document.number), document.number
        prefix, year, seq = NEW_NUMBER.fullmatch(document.number).groups()
        assert (prefix, int(year), int(seq)) == (DOC_TYPES[document.doc_type].prefix, document.year, document.seq)


def test_the_daily_pdf_and_the_activity_list_show_no_type_code(qtbot, sqlite_actors, tmp_path):
    from pypdf import PdfReader

    from ui.main_window import PageContext
    from ui.today import TodayPage

    clerks_friday(sqlite_actors)
    out = tmp_path / "daily.pdf"
    render_daily(sqlite_actors["clerk"], FRIDAY, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "ZD-2026-000001" in text and "CX-2026-000001" in text
    assert not TYPE_CODE.search(text.replace("\n", "")), TYPE_CODE.findall(text.replace("\n", ""))

    page = TodayPage(PageContext(sqlite_actors["manager"], None, None), clock=lambda: datetime(2026, 11, 24, 9))
    qtbot.addWidget(page)
    page.show()
    model = page.activity_view.table.model()
    cells = [model.index(row, column).data() or "" for row in range(model.rowCount())
             for column in range(model.columnCount())]
    assert "总部到货 ZD-2026-000001" in cells
    assert not [cell for cell in cells if TYPE_CODE.search(cell)]


def _renumber_as_before_the_prefixes():
    """What a database written by the earlier version holds: HQ_SHIP-2026-000001 and so on."""
    for document in Document.select():
        Document.update(number=f"{document.doc_type}-{document.year}-{document.seq:06d}").where(
            Document.id == document.id).execute()


def _shipment(clerk, source="SZ-FH-1119"):
    return post(on(clerk, THURSDAY), Draft("HQ_SHIP", THURSDAY, "HQ", source, lines=[("OF-1012010", 40)]))


def test_an_old_database_keeps_its_numbers_and_goes_on_gaplessly(sqlite_actors):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    _shipment(clerk)
    _renumber_as_before_the_prefixes()

    # The old number still names the shipment; the next numbers continue the sequences.
    received = post(on(clerk, FRIDAY), Draft("HQ_RECEIVE", FRIDAY, "HQ", "R-1", reference="HQ_SHIP-2026-000001",
                                             lines=[("OF-1012010", 4)]))
    assert received.number == "ZD-2026-000001"
    assert _shipment(clerk, "SZ-FH-1120").number == "ZF-2026-000002"
    assert reverse(on(clerk, FRIDAY), received.document_id, "数量填错", FRIDAY).number == "CX-2026-000001"

    report = daily.build_report(THURSDAY)
    (run,) = report.numbering
    assert (run.first, run.last, run.count, run.missing) == ("HQ_SHIP-2026-000001", "ZF-2026-000002", 2, ())
    assert checks.check_numbering() == []


def test_a_gap_in_an_old_run_is_named_in_the_old_form(sqlite_actors):
    clerks_friday(sqlite_actors)
    _renumber_as_before_the_prefixes()
    Document.update(seq=3, number="STATION_ISSUE-2026-000003").where(
        Document.number == "STATION_ISSUE-2026-000002").execute()
    numbering = [c for c in daily.build_report(FRIDAY).checks if c.code == "daily.check.numbering"]
    assert [c.facts["missing"] for c in numbering if not c.ok] == ["STATION_ISSUE-2026-000002"]
    # The consistency check (main.py check) goes by the sequence and names the type in words.
    (gap,) = [p for p in checks.check_numbering() if p.code == LEDGER_CHECK_NUMBER_GAP]
    worded = text(gap, "zh")
    assert worded.startswith("发服务站 2026 年单号不连续") and not TYPE_CODE.search(worded), worded


def test_a_number_is_found_as_a_clerk_types_it(sqlite_actors):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    shipment = _shipment(clerk)
    for n, typed in enumerate(("zf2026000001", "ＺＦ-2026-000001", " zf-2026-000001 ")):
        received = post(on(clerk, FRIDAY), Draft("HQ_RECEIVE", FRIDAY, "HQ", f"R-{n}", reference=typed,
                                                 lines=[("OF-1012010", 1)]))
        assert Document.get_by_id(received.document_id).reference_id == shipment.document_id

"""A file's documents are posted in one pass (ledger.posting.post_batch): the same documents, numbers,
postings, balances and per-document effects as posting them one by one, and a file the books
refuse is still refused document by document, naming the row."""
from __future__ import annotations

from datetime import date

from ledger import books, io
from ledger.models import Balance, Document, DocumentLine, Posting
from ledger.posting import Draft, DraftLine, post
from tests.test_excel_quirks import openpyxl_book, problems_of
from tests.test_ledger_io import doc, setup_branch

D1, D2, D3 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)
ROWS = [doc(D1, "总部发货", "FH1", "HQ", "BP-3501010", 10, 18500), doc(D1, "总部发货", "FH1", "HQ", "OF-1012010", 8, 3200),
        doc(D2, "总部到货", "FH1", "HQ", "BP-3501010", 6, flag="是", reference="FH1"),
        doc(D2, "总部到货", "FH1", "HQ", "OF-1012010", 8, reference="FH1"),
        doc(D3, "发服务站", "ZZ-1", "ZZ01", "BP-3501010", 4, flag="是"),
        doc(D3, "发服务站", "ZZ-1", "ZZ01", "OF-1012010", 3)]


def state():
    return (sorted(Document.select(Document.number, Document.doc_type, Document.date, Document.remark).tuples()),
            sorted(DocumentLine.select(DocumentLine.line_no, DocumentLine.qty, DocumentLine.flag).tuples()),
            sorted(Posting.select(Posting.date, Posting.book, Posting.delta).tuples()),
            sorted(Balance.select(Balance.book, Balance.party_key, Balance.qty).tuples()), books.balances_at())


def test_one_pass_posts_exactly_what_posting_one_by_one_posts(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    result = io.import_documents(clerk, openpyxl_book(tmp_path / "file.xlsx", ROWS))
    batch_state = state()
    effects = [[(e.part_number, e.book, e.before, e.delta, e.after) for e in d.effects] for d in result.documents]
    # The same documents posted one by one, on a copy of the books without them.
    Balance.delete().execute()
    Posting.delete().execute()
    DocumentLine.delete().execute()
    Document.delete().where(Document.reference.is_null(False)).execute()
    Document.delete().execute()
    from ledger.models import DocumentCounter
    DocumentCounter.delete().execute()
    singles = [post(clerk, Draft("HQ_SHIP", D1, "HQ", "FH1", lines=[DraftLine("BP-3501010", 10, 18500),
                                                                    DraftLine("OF-1012010", 8, 3200)])),
               post(clerk, Draft("HQ_RECEIVE", D2, "HQ", "FH1", "FH1", lines=[DraftLine("BP-3501010", 6, None, True),
                                                                              DraftLine("OF-1012010", 8)])),
               post(clerk, Draft("STATION_ISSUE", D3, "ZZ01", "ZZ-1", lines=[DraftLine("BP-3501010", 4, None, True),
                                                                             DraftLine("OF-1012010", 3)]))]
    assert state() == batch_state
    assert effects == [[(e.part_number, e.book, e.before, e.delta, e.after) for e in r.effects] for r in singles]


def test_a_second_receipt_beyond_what_is_open_is_refused_naming_its_row(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    path = openpyxl_book(tmp_path / "over.xlsx", ROWS[:1] + [
        doc(D2, "总部到货", "FH1", "HQ", "BP-3501010", 6, reference="FH1"),
        doc(D3, "总部到货", "FH1-B", "HQ", "BP-3501010", 6, reference="FH1")])
    (problem,) = problems_of(io.import_documents, clerk, path)
    assert problem.facts["row"] == 4 and problem.items[0].code == "ledger.exceeds_open"
    assert Document.select().count() == 0


def test_an_issue_beyond_stock_on_any_day_is_refused_naming_its_row(sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    path = openpyxl_book(tmp_path / "short.xlsx", ROWS[:4] + [doc(D3, "发服务站", "ZZ-1", "ZZ01", "BP-3501010", 7)])
    (problem,) = problems_of(io.import_documents, clerk, path)
    assert problem.facts["row"] == 6 and problem.items[0].code == "ledger.insufficient"
    assert Document.select().count() == 0

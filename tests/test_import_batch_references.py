"""The receipts of one imported file find their shipments as posting one by one finds them, now
that a batch reads the documents its references name once for the whole file: by our number as a
clerk types it (zf2026000001), by the shipment's source number, or a shipment of the same file."""
from __future__ import annotations

from datetime import date

from ledger import io
from ledger.models import Document
from ledger.posting import Draft, DraftLine, post
from tests.test_excel_quirks import openpyxl_book
from tests.test_ledger_io import doc, setup_branch

D1, D2 = date(2026, 11, 2), date(2026, 11, 3)


def test_receipts_of_a_file_find_their_shipments_by_number_by_source_number_and_in_the_file(sqlite_actors,
                                                                                          tmp_path, monkeypatch):
    clerk = sqlite_actors["clerk"]
    setup_branch(sqlite_actors["manager"])
    first = post(clerk, Draft("HQ_SHIP", D1, "HQ", "FH-A", lines=[DraftLine("BP-3501010", 5, 18500)]))
    second = post(clerk, Draft("HQ_SHIP", D1, "HQ", "FH-B", lines=[DraftLine("OF-1012010", 4, 3200)]))
    rows = [doc(D1, "总部发货", "FH-C", "HQ", "BP-3501010", 3, 18500),
            doc(D2, "总部到货", "DH-1", "HQ", "BP-3501010", 5, reference=first.number.replace("-", "").lower()),
            doc(D2, "总部到货", "DH-2", "HQ", "OF-1012010", 4, reference="FH-B"),
            doc(D2, "总部到货", "DH-3", "HQ", "BP-3501010", 3, reference="FH-C")]
    # In one pass: a reference the batch failed to find would be retried one by one and pass unseen.
    def one_by_one(*args):
        raise AssertionError("the file was posted document by document, not in one pass")
    monkeypatch.setattr(io.posting, "post", one_by_one)
    result = io.import_documents(clerk, openpyxl_book(tmp_path / "file.xlsx", rows))

    assert [d.status for d in result.documents] == ["posted"] * 4
    third = Document.get((Document.doc_type == "HQ_SHIP") & (Document.source_number == "FH-C"))
    references = {d.source_number: d.reference_id for d in Document.select().where(Document.doc_type == "HQ_RECEIVE")}
    assert references == {"DH-1": first.document_id, "DH-2": second.document_id, "DH-3": third.id}

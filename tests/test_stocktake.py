"""Once a week the clerk counts the shelves; differences are explained and approved by the manager."""
from datetime import date

import openpyxl
import pytest

from common.errors import Refusal, RefusalList
from common.pdf import pdf_text
from ledger import books, stocktake
from ledger.models import Document, DocumentLine
from ledger.posting import Draft, DraftLine, post
from ledger.reconcile_print import render_count_sheet, render_variance_report
from ledger.stocktake import Count
from tests.test_ledger_scenarios import setup_branch

D = date


def stocked(clerk, manager):
    setup_branch(manager)
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10), ("OF-1012010", 40)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-1", reference="FH-1",
                      lines=[("BP-3501010", 10), ("OF-1012010", 40)]))
    post(clerk, Draft("STATION_BAD_RETURN", D(2026, 11, 5), "ZZ01", "FH-9", lines=[DraftLine("HL-4121010", 2, flag=False)]))


def good(number):
    return books.balances_at(None, number)["parts"][number]["good"]


def test_count_variance_and_approved_adjustments(db, actors, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    stocked(clerk, manager)
    started = stocktake.start(clerk)
    assert started.part_count == 3
    # The blind sheet lists the parts but never the book quantities.
    sheet = tmp_path / "count.pdf"
    render_count_sheet(clerk, sheet)
    text = "\n".join(pdf_text(sheet))
    assert "OF-1012010" in text and "好件实数" in text and "40" not in text

    # A station issue while the shelves are being counted: flagged on the report.
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 23), "ZZ01", "SQ-5", lines=[("OF-1012010", 1)]))
    stocktake.enter_counts(clerk, [Count("BP-3501010", 9), Count("OF-1012010", 39), Count("HL-4121010", 0, 2)])
    report = stocktake.variance_report()
    by_part = {line.part_number: line for line in report.lines}
    assert set(by_part) == {"BP-3501010", "OF-1012010"}
    assert by_part["BP-3501010"].variance_good == -1 and not by_part["BP-3501010"].moved_since_start
    assert by_part["OF-1012010"].variance_good == -1 and by_part["OF-1012010"].moved_since_start
    assert report.missing_reasons == ["BP-3501010", "OF-1012010"]

    with pytest.raises(Refusal) as caught:
        stocktake.approve(manager, started.stocktake_id)
    assert caught.value.code == "stocktake.reason_missing" and caught.value.facts["count"] == 2
    stocktake.set_reason(clerk, started.stocktake_id, "BP-3501010", "服务站急用未开单")
    stocktake.set_reason(clerk, started.stocktake_id, "OF-1012010", "盘点中发出1个，实际无差异")
    with pytest.raises(Refusal) as caught:
        stocktake.approve(clerk, started.stocktake_id)
    assert caught.value.code == "auth.forbidden"

    pdf = tmp_path / "variance.pdf"
    render_variance_report(manager, pdf, started.stocktake_id)
    assert "服务站急用未开单" in "\n".join(pdf_text(pdf))

    approved = stocktake.approve(manager, started.stocktake_id)
    assert approved.document_good.startswith("PH-2026-") and approved.document_bad is None
    assert good("BP-3501010") == 9 and good("OF-1012010") == 38
    document = Document.get(Document.number == approved.document_good)
    assert [(l.part.number, l.qty, l.remark) for l in document.lines.order_by(DocumentLine.line_no)][0] == (
        "BP-3501010", -1, "服务站急用未开单")
    assert stocktake.open_stocktake() is None


def test_a_count_entered_twice_is_refused_unless_the_clerk_replaces_it(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    stocked(clerk, manager)
    stocktake.start(clerk)
    stocktake.enter_counts(clerk, [Count("BP-3501010", 9)])
    with pytest.raises(RefusalList) as caught:
        stocktake.enter_counts(clerk, [Count("OF-1012010", 40), Count("BP-3501010", 8)])
    item = caught.value.items[0]
    assert item.code == "stocktake.already_counted" and (item.facts["counted"], item.facts["asked"]) == (9, 8)
    # Nothing changed: the other part in the refused batch was not counted either.
    assert stocktake.variance_report().counted == 1
    result = stocktake.enter_counts(clerk, [Count("BP-3501010", 10)], replace=True)
    assert result.replaced == 1
    assert stocktake.variance_report().lines == ()


def test_import_counts_from_xlsx_refuses_duplicates_and_unknown_parts(db, actors, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    stocked(clerk, manager)
    stocktake.start(clerk)

    def sheet(name, rows):
        book = openpyxl.Workbook()
        ws = book.active
        ws.title = "盘点"
        ws.append(["备件编号", "好件实数", "坏件实数"])
        for row in rows:
            ws.append(row)
        book.save(tmp_path / name)
        return tmp_path / name

    with pytest.raises(RefusalList) as caught:
        stocktake.import_counts(clerk, sheet("a.xlsx", [["BP-3501010", 10, 0], ["XX-1", 1, 0], ["BP-3501010", 9, 0]]))
    codes = [(i.code, i.facts["row"]) for i in caught.value.items]
    assert codes == [("stocktake.unknown_part", 3), ("stocktake.duplicate_in_batch", 4)]
    assert stocktake.variance_report().counted == 0
    result = stocktake.import_counts(clerk, sheet("b.xlsx", [["BP-3501010", 10, None], ["OF-1012010", 40, 0]]))
    assert result.entered == 2


def test_only_one_count_at_a_time_and_approval_needs_every_part(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    stocked(clerk, manager)
    first = stocktake.start(clerk)
    with pytest.raises(Refusal) as caught:
        stocktake.start(clerk)
    assert caught.value.code == "stocktake.already_open"
    stocktake.enter_counts(clerk, [Count("BP-3501010", 10)])
    with pytest.raises(Refusal) as caught:
        stocktake.approve(manager, first.stocktake_id)
    assert caught.value.code == "stocktake.not_all_counted" and caught.value.facts["not_counted"] == 2
    stocktake.cancel(clerk, first.stocktake_id)
    assert stocktake.start(clerk).stocktake_id != first.stocktake_id

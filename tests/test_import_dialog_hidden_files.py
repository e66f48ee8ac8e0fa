"""A shipment list with one row filtered out, as Excel saves it (shared by the dialog test and the
screenshots)."""
from datetime import date

import openpyxl

from ledger import io
from tests.test_ledger_io import doc


def filtered_workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = io.DOCUMENT_SHEET
    sheet.append(io.DOCUMENT_HEADERS)
    for row in (doc(date(2026, 11, 2), "总部发货", "FH1", "HQ", "BP-3501010", 10, 18500, remark="第一批"),
                doc(date(2026, 11, 2), "总部发货", "FH1", "HQ", "OF-1012010", 5, 3200, remark="作废"),
                doc(date(2026, 11, 2), "总部发货", "FH1", "HQ", "OF-1012010", 4, 3200)):
        sheet.append(row)
    sheet.auto_filter.ref = "A1:K4"
    sheet.auto_filter.add_filter_column(10, ["第一批"])
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    return path

"""日报 detail table at 1366x768: the document types and the parties are read whole, in Chinese and in
English, on every line of the day (not only the rows in view when the table was first fitted).

English document types ("Station bad part return") and the parties' full names are the longest
texts of the table; at 1366 px they take two lines of their row rather than being cut to "Station …".
"""
import pytest

from tests.test_ui_english_fit import app_look, branch, open_window  # noqa: F401 - pytest fixtures
from ui import i18n


def lines_needed(table, row: int, column: int) -> int:
    """How many lines the cell's text needs at the column's width (1 = it fits on one)."""
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.columnWidth(column) - margin
    return -(-table.fontMetrics().horizontalAdvance(table.item(row, column).text()) // room)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_document_type_and_party_of_the_day_is_read_whole(qtbot, sqlite_db, branch, lang):  # noqa: F811
    i18n.install(lang)
    window = open_window(qtbot, sqlite_db, branch["manager"])
    daily = window.show_page("daily")
    table = daily.lines_table
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.item(table.rowCount() - 1, 6) is not None)
    qtbot.wait(100)  # every chunk in, fitted to the table's width
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(table.columnCount() - 1) < table.viewport().width(), "columns off screen"
    line_height = table.fontMetrics().lineSpacing()
    for column in (daily.LINE_HEADERS.index("类型"), daily.LINE_HEADERS.index("往来单位")):
        for row in range(table.rowCount()):
            if not table.item(row, column).text():
                continue  # a document's later lines
            needed = lines_needed(table, row, column)
            # Whole: on one line, or on as many lines as the row is tall.
            assert needed == 1 or table.rowHeight(row) >= needed * line_height, (
                table.item(row, column).text(), table.columnWidth(column), table.rowHeight(row))
    number = daily.LINE_HEADERS.index("单据号")
    widest = max(table.fontMetrics().horizontalAdvance(table.item(row, number).text())
                 for row in range(table.rowCount()))
    assert table.columnWidth(number) > widest, "a document number was cut"

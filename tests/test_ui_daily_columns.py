"""日报 detail table at 1366 px in English: eleven columns in view, and the part numbers whole.

English names (document types, parties, part names) are longer than the Chinese, so the detail
table must give way somewhere; a part number is what the clerk reads to find the part on the
shelf, so it is never the column cut to "OF-10…010".
"""
from PySide6.QtCore import Qt

from tests.test_ui_english_fit import app_look, branch, open_window  # noqa: F401 - pytest fixtures
from ui import i18n


def test_no_part_number_is_elided_in_english_at_1366(qtbot, desk_db, branch):  # noqa: F811
    i18n.install("en")
    window = open_window(qtbot, desk_db, branch["manager"])
    daily = window.show_page("daily")
    table = daily.lines_table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    qtbot.wait(50)  # the first chunk is in and fitted
    column = daily.LINE_HEADERS.index("备件编号")
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(table.columnCount() - 1) < table.viewport().width(), "columns off screen"
    assert table.horizontalHeaderItem(column).text() == "Part no."
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    numbers = [table.item(row, column).text() for row in range(min(table.rowCount(), 60))]
    assert numbers and all(numbers)
    widest = max(table.fontMetrics().horizontalAdvance(text) for text in numbers)
    assert table.columnWidth(column) >= widest + margin, (table.columnWidth(column), widest)
    assert not [text for text in numbers if table.item(numbers.index(text), column).toolTip()]
    # The headers are short enough to be read whole too.
    # A spare column (marks, reference number) is left out on a day none of its lines has one.
    shown = [index for index in range(table.columnCount()) if not header.isSectionHidden(index)]
    assert column in shown and len(shown) >= table.columnCount() - len(daily.SPARE_COLUMNS)
    for index in shown:
        text = table.horizontalHeaderItem(index).text()
        assert header.sectionSize(index) >= header.fontMetrics().horizontalAdvance(text), text
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_a_plain_translation_does_not_overwrite_the_short_header(tmp_path):
    """Another engineer's {"备件编号": "Part number"} must leave the column's "Part no." alone."""
    import shutil

    from ui.i18n import TS_FILE, apply_translations, translations_dir

    ts = tmp_path / TS_FILE
    shutil.copy(translations_dir() / TS_FILE, ts)
    apply_translations(ts, {"备件编号": "Part number"})
    assert "<comment>short column header</comment>\n        <translation>Part no.</translation>" in ts.read_text(
        encoding="utf-8")

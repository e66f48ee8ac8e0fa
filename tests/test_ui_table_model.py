"""The lazy SQL table model: Qt's model tester, SQL sorting and filtering, paging, money display,
and the Excel export."""
import pytest
from hypothesis import given, strategies as st
from peewee import CharField, IntegerField
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from common.db import BaseModel, database
from ui import i18n
from ui.table_model import RIGHT, Column, SqlTableModel, TableView, export_xlsx, format_money


class Part(BaseModel):
    """A throwaway table for these tests (created in the test's own database file)."""

    number = CharField()
    name = CharField()
    qty = IntegerField()
    price_fen = IntegerField()

    class Meta:
        table_name = "test_ui_part"


COLUMNS = [
    Column("零件号", Part.number),
    Column("名称", Part.name),
    Column("数量", Part.qty, "integer"),
    Column("单价", Part.price_fen, "money"),
]

ROWS = [
    ("10-0001", "机油滤清器", 12, 3550),
    ("10-0002", "空气滤清器", 3, 12800),
    ("20-0100", "前刹车片", 0, 123450),
    ("20-0101", "后刹车片", 7, 98000),
    ("30-5000", "雨刮片", 1500, 4500),
]


@pytest.fixture
def parts(qapp, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    database.create_tables([Part])
    with database.atomic():
        for number, name, qty, price in ROWS:
            Part.create(number=number, name=name, qty=qty, price_fen=price)
    return Part


def column_values(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    "fen, text", [(0, "0.00"), (5, "0.05"), (-5, "-0.05"), (123450, "1,234.50"), (100000000, "1,000,000.00")]
)
def test_money_in_fen_reads_as_yuan(fen, text):
    assert format_money(fen) == text


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_money_text_gives_back_the_exact_fen(fen):
    text = format_money(fen)
    yuan, cents = text.lstrip("-").replace(",", "").split(".")
    assert (-1 if text.startswith("-") else 1) * (int(yuan) * 100 + int(cents)) == fen


def test_model_passes_qts_model_tester_through_sort_filter_and_refresh(parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter("刹车")
    model.set_filter("")
    Part.create(number="40-0001", name="火花塞", qty=4, price_fen=2500)
    model.refresh()
    assert model.rowCount() == 6
    assert tester is not None


def test_sorting_happens_in_sql_and_numbers_sort_as_numbers(parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_values(model, 2) == ["0", "3", "7", "12", "1,500"]
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert column_values(model, 3) == ["1,234.50", "980.00", "128.00", "45.00", "35.50"]


def test_filter_words_must_all_match_some_column(parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    model.set_filter("刹车片")
    assert sorted(column_values(model, 0)) == ["20-0100", "20-0101"]
    model.set_filter("刹车片 20-0101")
    assert column_values(model, 0) == ["20-0101"]
    model.set_filter("100%")  # a LIKE wildcard is taken literally
    assert column_values(model, 0) == []


def test_extra_condition_from_the_page(parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    model.set_where(Part.qty > 5)
    assert sorted(column_values(model, 1)) == ["后刹车片", "机油滤清器", "雨刮片"]


def test_rows_are_fetched_a_page_at_a_time(parts, monkeypatch):
    monkeypatch.setattr(SqlTableModel, "PAGE_SIZE", 2)
    monkeypatch.setattr(SqlTableModel, "CACHED_PAGES", 2)
    model = SqlTableModel(Part.select(), COLUMNS)
    assert model._pages == {}  # nothing but keys until the view asks
    assert model.index(4, 0).data() == "30-5000"
    assert list(model._pages) == [2]
    assert column_values(model, 0) == [row[0] for row in ROWS]
    assert len(model._pages) == 2  # the cache stays bounded


def test_numbers_are_right_aligned_and_headers_translated(parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.index(0, 3).data(SqlTableModel.RawRole) == 3550
    assert model.headerData(1, Qt.Orientation.Horizontal) == "名称"


def test_view_filters_from_its_box_and_shows_the_count(qtbot, parts):
    model = SqlTableModel(Part.select(), COLUMNS)
    view = TableView(model)
    qtbot.addWidget(view)
    assert view.count.text() == "共 5 行"
    view.filter.setText("滤清器")  # as an input method commits it (keyClicks is ASCII-only)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert view.count.text() == "共 2 行"


def test_header_click_sorts_and_default_sort_is_shown(qtbot, parts):
    model = SqlTableModel(Part.select(), COLUMNS, default_sort=2, default_order=Qt.SortOrder.DescendingOrder)
    view = TableView(model)
    qtbot.addWidget(view)
    assert column_values(model, 2)[0] == "1,500"  # enabling sorting did not undo the default
    assert view.table.horizontalHeader().sortIndicatorSection() == 2
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column_values(model, 0) == sorted(row[0] for row in ROWS)


def test_export_to_excel_keeps_numbers_as_numbers(qtbot, parts, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    model = SqlTableModel(Part.select(), COLUMNS, default_sort=0)
    view = TableView(model, exportable=True)
    qtbot.addWidget(view)
    target = tmp_path / "parts.xlsx"
    monkeypatch.setattr(TableView, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    view.export_button.click()
    qtbot.waitUntil(lambda: view.message.text() == "已导出 5 行。")  # written in a worker thread (ui.runner)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("零件号", "名称", "数量", "单价")
    assert rows[3] == ("20-0100", "前刹车片", 0, 1234.5)
    assert len(rows) == 6
    assert export_xlsx(model, str(tmp_path / "again.xlsx")) == 5

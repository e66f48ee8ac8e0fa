"""The paged table model (issue 17 item 5): a list of any length opens, sorts and filters by reading
its count and the page in view, and shows exactly the rows, in exactly the order, of the whole
query (ties, NULLs and Chinese text included), on SQLite and on PostgreSQL; the clerk's selection
survives a refresh while other rows arrive ahead of it."""
import pytest
from datetime import datetime

from peewee import CharField, DateTimeField, IntegerField
from PySide6.QtCore import Qt

from common.db import BaseModel, database
from ui import i18n
from ui.table_model import Column, SqlTableModel, TableView


class Item(BaseModel):
    """A throwaway table of these tests (made in the test's own database)."""

    code = CharField()
    name = CharField(null=True)
    qty = IntegerField(null=True)
    at = DateTimeField(default=datetime(2026, 11, 23, 9, 5))

    class Meta:
        table_name = "test_ui_paging_item"


COLUMNS = [
    Column("编号", Item.code),
    Column("名称", Item.name),
    Column("数量", Item.qty, "integer"),
    Column("时间", Item.at, "datetime"),
]
NAMES = ["机油滤清器", "空气滤清器", "前刹车片", "后刹车片", None, "雨刮片", "Filter", "filter", ""]
PAGE = 7


def make_items(count: int) -> None:
    rows = [{"code": f"P-{i % 13:03d}", "name": NAMES[i % len(NAMES)], "qty": None if i % 5 == 0 else i % 4}
            for i in range(count)]  # many ties on every column, NULLs in two
    with database.atomic():
        for at in range(0, len(rows), 500):
            Item.insert_many(rows[at:at + 500]).execute()


@pytest.fixture
def items(qapp, desk_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setattr(SqlTableModel, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(SqlTableModel, "CACHED_PAGES", 3)
    i18n.install("zh")
    database.create_tables([Item])
    make_items(60)
    yield Item
    database.drop_tables([Item])


def full_order(model: SqlTableModel) -> list:
    """The keys of the whole filtered query in the model's order, read in one go (what the list
    must show, page by page)."""
    return [row[0] for row in database.execute(model._ordered(model._filtered()).select(Item.id)).fetchall()]


def shown(model: SqlTableModel) -> list:
    return [model.index(row, 0).data(SqlTableModel.KeyRole) for row in range(model.rowCount())]


def test_cells_show_dates_and_times_as_the_columns_word_them(items):
    # SQLite keeps a datetime as text with seconds; the page's cells come through peewee's
    # converters, so the column's format (minutes) is what the clerk reads on both databases.
    model = SqlTableModel(Item.select(), COLUMNS)
    assert model.index(0, 3).data() == "2026-11-23 09:05"


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_pages_show_the_whole_querys_rows_in_its_order_and_row_of_finds_each(items, column, order):
    model = SqlTableModel(Item.select(), COLUMNS)
    for text in ("", "滤清器", "filter", "P-00"):
        model.set_filter(text)
        model.sort(column, order)
        expected = full_order(model)
        assert expected and shown(model) == expected, text
        for row, key in enumerate(expected):
            model._pages.clear()  # counted in SQL, not found in a page read before
            assert model.row_of(key) == row, (text, key)
    model.set_filter("")
    model.set_where(Item.qty.is_null())
    assert model.rowCount() == 12 and shown(model) == full_order(model)
    assert model.row_of(Item.get(Item.qty == 1).id) == -1  # filtered out


def test_opening_sorting_and_filtering_read_only_the_page_in_view(items, monkeypatch):
    make_items(3000)
    fetched = []
    real = database.obj.execute

    def execute(query, *args, **kwargs):
        cursor = real(query, *args, **kwargs)
        return Counted(cursor, fetched)

    monkeypatch.setattr(database.obj, "execute", execute)
    model = SqlTableModel(Item.select(), COLUMNS, default_sort=1)
    assert model.rowCount() == 3060
    model.index(0, 0).data()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.index(0, 0).data()
    model.set_filter("刹车片")
    model.index(0, 0).data()
    assert model.rowCount() == 681  # 前刹车片 and 后刹车片: two names in nine
    assert sum(fetched) <= 3 * (PAGE + 1)  # three counts and three pages, not 3,060 keys


class Counted:
    """A cursor that adds up the rows read from it."""

    def __init__(self, cursor, fetched: list):
        self.cursor, self.fetched = cursor, fetched

    def fetchall(self):
        rows = self.cursor.fetchall()
        self.fetched.append(len(rows))
        return rows

    def fetchone(self):
        row = self.cursor.fetchone()
        self.fetched.append(row is not None)
        return row

    def __iter__(self):
        for row in self.cursor:
            self.fetched.append(1)
            yield row

    def __getattr__(self, name):
        return getattr(self.cursor, name)


def test_selection_and_top_row_survive_a_refresh_with_rows_added_ahead(qtbot, items):
    model = SqlTableModel(Item.select(), COLUMNS, default_sort=0, default_order=Qt.SortOrder.DescendingOrder)
    view = TableView(model)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the last page
    last = table.visualRect(model.index(model.rowCount() - 1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=last.center())
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    chosen = view.selected_keys()
    current = view.current_key()
    assert len(chosen) == 4 and current == model.key(model.rowCount() - 4)
    top = model.key(table.rowAt(0))
    with database.atomic():
        for i in range(30):  # another PC posts rows that sort ahead of the clerk's
            Item.create(code="P-999", name="新到", qty=i)
    view.refresh_kept()
    assert model.rowCount() == 90
    assert sorted(view.selected_keys()) == sorted(chosen)
    assert view.current_key() == current and model.key(table.rowAt(0)) == top
    # A key without Shift last, so the application does not believe Shift is still held (the next
    # test's selectRow would extend a selection instead of making one).
    qtbot.keyClick(table, Qt.Key.Key_Escape)

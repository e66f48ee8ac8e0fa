"""Tables over database rows: a lazy Qt model over a peewee query, and a view with a filter box.

Data model: ``SqlTableModel`` is given a base peewee query (one row per primary key, e.g.
``User.select()`` or a ModelSelect with joins) and a list of ``Column``s. It holds the row count
(``SELECT COUNT(*)`` of the filtered query) and reads the rows a page at a time, key, sort value
and displayed values in one query (``... ORDER BY <sort>, key LIMIT 200 OFFSET n``), when the view
asks for them, keeping a few pages cached. Sorting and filtering therefore happen in SQL, and
opening, sorting or filtering a list of a million rows reads its count and its first page, never
the whole key list. ``row_of(key)`` (selection kept across a refresh) looks in the pages read, else
counts the rows ahead of the key in the current order. Ties are broken by the key, in the sort's
direction; NULLs sort where the database puts them (SQLite lowest, PostgreSQL highest).

Headers are Chinese source texts marked with ``QT_TRANSLATE_NOOP("Columns", ...)`` (or another
context given in the Column) and translated when displayed, so a language switch needs no rebuild.
Money columns hold integer fen and show yuan as "1,234.50"; integers and money are right-aligned.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import peewee
from peewee import fn

from common.db import database, is_sqlite
from common.money import format_yuan

from ui.retranslate import Retranslating

KINDS = ("text", "integer", "money", "date", "datetime", "bool")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


format_money = format_yuan  # integer fen as yuan with thousands separators (common.money)


def format_integer(value: int | None) -> str:
    return "" if value is None else f"{int(value):,}"


def format_date(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else str(value)


def format_datetime(value) -> str:
    if value is None or value == "":
        return ""
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)


def format_bool(value) -> str:
    return "✓" if value else ""


FORMATTERS: dict[str, Callable[[Any], str]] = {
    "text": lambda value: "" if value is None else str(value),
    "integer": format_integer,
    "money": format_money,
    "date": format_date,
    "datetime": format_datetime,
    "bool": format_bool,
}


@dataclass(frozen=True)
class Column:
    """One column: a header (Chinese source text), what to select, and how to show it.

    ``expr`` is a peewee field or SQL expression valid in the model's base query. ``formatter``
    overrides the kind's formatting (it gets the raw value); ``searchable`` columns take part in
    the filter box (default: text columns). ``extra`` are more expressions read with ``expr`` for
    a formatter that needs several values to word one cell (it then gets the tuple
    ``(value, *extra values)``); sorting and filtering use ``expr`` alone.
    """

    header: str
    expr: Any
    kind: str = "text"
    formatter: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag | None = None
    searchable: bool | None = None
    context: str = "Columns"
    extra: tuple = ()

    def __post_init__(self):
        assert self.kind in KINDS, self.kind

    def display(self, value) -> str:
        return (self.formatter or FORMATTERS[self.kind])(value)

    @property
    def alignment(self):
        if self.align is not None:
            return self.align
        return RIGHT if self.kind in ("integer", "money") else (CENTRE if self.kind == "bool" else LEFT)

    @property
    def is_searchable(self) -> bool:
        return self.kind == "text" if self.searchable is None else self.searchable

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


class SqlTableModel(QAbstractTableModel):
    """A read-only table model over ``query`` reading one page at a time; see the module docstring."""

    PAGE_SIZE = 200
    CACHED_PAGES = 16
    RawRole = Qt.ItemDataRole.UserRole  # the unformatted database value
    KeyRole = Qt.ItemDataRole.UserRole + 1  # the row's primary key

    def __init__(self, query, columns: list[Column], parent=None, *, key=None, default_sort: int | None = None,
                 default_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder):
        super().__init__(parent)
        self._base = query
        self._columns = list(columns)
        self._key = key if key is not None else query.model._meta.primary_key
        self._filter_text = ""
        self._where = None
        self._sort = (default_sort, default_order) if default_sort is not None else None
        # page number -> list of (key, sort value, values) in the current order
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._count = self._row_count()

    # -- queries --------------------------------------------------------------------------------

    def _filtered(self):
        query = self._base
        if self._where is not None:
            query = query.where(self._where)
        searchable = [c.expr for c in self._columns if c.is_searchable]
        for token in self._filter_text.split():
            if not searchable:
                break
            # Every word typed must appear in some searchable column (AND of ORs).
            condition = None
            for expr in searchable:
                match = expr.cast("TEXT").contains(token)
                condition = match if condition is None else (condition | match)
            query = query.where(condition)
        return query

    def _sort_expr(self):
        """The expression of the current sort column, or None in key order."""
        return None if self._sort is None else self._columns[self._sort[0]].expr

    def _descending(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _ordered(self, query):
        expr, descending = self._sort_expr(), self._descending()
        if expr is None:
            return query.order_by(self._key)
        if descending:
            # The key keeps equal values in a stable order, in the same direction (newest first).
            return query.order_by(expr.desc(), self._key.desc())
        return query.order_by(expr.asc(), self._key.asc())

    def _row_count(self) -> int:
        # Counted around the filtered query: a base with GROUP BY (or a window) still counts rows.
        inner = self._filtered().select(self._key).order_by().alias("counted")
        query = peewee.Select([inner], [fn.COUNT(peewee.SQL("*"))]).bind(database)
        return int(database.execute(query).fetchone()[0])

    def _before(self, sort_value, key):
        """The condition "a row ahead of (sort_value, key) in the current order", with NULLs where
        the database's own ORDER BY puts them (SQLite: lowest; PostgreSQL: highest), so that
        counting rows ahead of a key agrees with the pages read."""
        expr, descending = self._sort_expr(), self._descending()
        key_ahead = (self._key > key) if descending else (self._key < key)
        if expr is None:
            return key_ahead
        nulls_first = is_sqlite() != descending
        if sort_value is None:
            tied = expr.is_null() & key_ahead
            return tied if nulls_first else (expr.is_null(False) | tied)
        value_ahead = (expr > sort_value) if descending else (expr < sort_value)
        condition = value_ahead | ((expr == sort_value) & key_ahead)
        return (expr.is_null() | condition) if nulls_first else condition

    def _selected(self) -> list:
        """The expressions read per row: each column's ``expr`` and then its ``extra``."""
        return [expr for c in self._columns for expr in (c.expr, *c.extra)]

    def _values(self, row: tuple) -> tuple:
        """One value per column from a row read with ``_selected()`` (a tuple for columns with extra)."""
        values, at = [], 0
        for column in self._columns:
            width = 1 + len(column.extra)
            values.append(row[at] if width == 1 else tuple(row[at:at + width]))
            at += width
        return tuple(values)

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        # One query per page, in the current order: the database sorts and stops after the page
        # (with an index on the order, it reads no more than the page), never the whole key list.
        sort = self._sort_expr()
        query = (self._ordered(self._filtered())
                 .select(self._key, sort if sort is not None else self._key, *self._selected())
                 .limit(self.PAGE_SIZE).offset(number * self.PAGE_SIZE))
        # Through peewee's tuples(), not the raw cursor: its converters give dates and datetimes
        # (SQLite keeps them as text) and booleans back as the columns' formatters expect.
        page = [(row[0], row[1], self._values(row[2:])) for row in query.tuples()]
        self._pages[number] = page
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _row(self, row: int):
        """(key, sort value, values) of ``row``, or None past the rows there are now (some were
        deleted since the count)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        at = row % self.PAGE_SIZE
        return page[at] if at < len(page) else None

    def _row_values(self, row: int):
        found = self._row(row)
        return None if found is None else found[2]

    # -- public API -----------------------------------------------------------------------------

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """(column, order) of the current ORDER BY, or None for key order."""
        return self._sort

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def refresh(self) -> None:
        """Re-read the rows (after a change), keeping sort and filter."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._row_count()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        text = (text or "").strip()
        if text != self._filter_text:
            self._filter_text = text
            self.refresh()

    def set_where(self, condition) -> None:
        """An extra SQL condition from the page (e.g. a date range or a book); None clears it."""
        self._where = condition
        self.refresh()

    def key(self, row: int):
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found[0]

    def row_of(self, key) -> int:
        """The row showing ``key`` in the current order and filter, -1 if none does: from the pages
        read, else by counting the rows ahead of it (one indexed query, not the whole list)."""
        for number, page in self._pages.items():
            for at, (row_key, _, _) in enumerate(page):
                if row_key == key:
                    return number * self.PAGE_SIZE + at
        sort = self._sort_expr()
        filtered = self._filtered()
        found = database.execute(filtered.select(sort if sort is not None else self._key)
                                 .where(self._key == key).order_by().limit(1)).fetchone()
        if found is None:
            return -1
        ahead = filtered.select(self._key).where(self._before(found[0], key)).order_by().alias("ahead")
        row = int(database.execute(peewee.Select([ahead], [fn.COUNT(peewee.SQL("*"))]).bind(database)).fetchone()[0])
        return row if row < self._count else -1

    def rows(self):
        """Every row in the current order, raw values (for export); one query, not per page."""
        return (self._values(row) for row in self._ordered(self._filtered()).select(*self._selected()).tuples())

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._count or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, self.RawRole, self.KeyRole):
            return None
        found = self._row(index.row())
        if found is None:
            return None
        if role == self.KeyRole:
            return found[0]
        value = found[2][index.column()]
        if role == self.RawRole:
            return value
        return column.display(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._sort == (column, order):
            return  # a view turning sorting on asks for the order it already has
        self._sort = (column, order)
        self.refresh()

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


def fit_columns(view: QAbstractItemView, *, min_em: int = 6, stretch: int = -1, keep: tuple = ()) -> None:
    """The one rule for column widths: each column as wide as what it shows (its header and the rows
    in view), the last one (or column ``stretch``) takes what is left. When that is wider than the view, the widest
    columns are capped at one width so that all fit (never below ``min_em`` characters); a capped
    cell is elided in the middle (a document number keeps its distinguishing end:
    ZD-2026…000101) and shows its whole text as a tooltip. The clerk can still drag a column wider.
    Columns in ``keep`` are never capped (part numbers: a clerk reads them whole to pick a part off
    the shelf); the others share what they leave.

    Measuring only the rows in view (plus a few) keeps this cheap on a table of thousands of rows.
    """
    header = view.horizontalHeader()
    count = header.count()
    if count == 0:
        return
    refit = _Refit.on(view, min_em=min_em, stretch=stretch, keep=keep)
    refit.fitting = True
    try:
        _fit(view, header, count, min_em, stretch, keep)
    finally:
        refit.fitting = False


class _Refit(QObject):
    """Fits a view's columns again when the view changes width (a window maximised, a splitter
    dragged), so widths measured in a narrow window do not stay elided in a wide one. Once the
    clerk drags a column herself, her widths are left alone.

    It watches the horizontal header, which the view keeps exactly as wide as its viewport (a
    scroll bar coming or going resizes both): wrapping the viewport itself, a plain QWidget Qt
    created, would make PySide create some 60 unused widget classes with their enums to find its
    type (about 20 ms before a start's first paint)."""

    def __init__(self, view: QAbstractItemView, options: dict):
        super().__init__(view)
        self.view, self.options, self.fitting, self.width = view, options, False, view.horizontalHeader().width()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._fit_again)
        view.horizontalHeader().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)

    @classmethod
    def on(cls, view: QAbstractItemView, **options) -> "_Refit":
        refit = getattr(view, "_column_refit", None)
        if refit is None:
            refit = cls(view, options)
            view._column_refit = refit
        refit.options = options
        return refit

    def _section_resized(self, *_args) -> None:
        if not self.fitting and self.view.horizontalHeader().underMouse():
            self.view.horizontalHeader().removeEventFilter(self)
            self.timer.stop()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and not self.fitting:
            width = self.view.horizontalHeader().width()
            if abs(width - self.width) > 8:
                self.width = width
                self.timer.start()
        return False

    def _fit_again(self) -> None:
        if self.view.isVisible():
            fit_columns(self.view, **self.options)


def _fit(view: QAbstractItemView, header, count: int, min_em: int, stretch: int, keep: tuple) -> None:
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(0 if view.isVisible() else 50)
    view.resizeColumnsToContents()
    widths = [0 if header.isSectionHidden(c) else header.sectionSize(c) for c in range(count)]
    # The viewport's size read off the headers, which the view keeps along its edges (see _Refit).
    available = header.width() if view.isVisible() else 0
    scroll = view.verticalScrollBar()
    if available and not scroll.isVisible() and view.verticalHeader().length() > view.verticalHeader().height():
        available -= scroll.sizeHint().width()  # the rows just filled in will bring the scroll bar
    floor = view.fontMetrics().horizontalAdvance("0") * min_em
    if available and sum(widths) > available:
        # The largest cap at which everything fits: columns narrower than the cap keep their width.
        free = available - sum(widths[c] for c in keep if c < count)
        cap, ordered = floor, sorted(w for c, w in enumerate(widths) if c not in keep)
        for index, width in enumerate(ordered):
            share = (free - sum(ordered[:index])) // (len(ordered) - index)
            if width > share:
                cap = max(floor, share)
                break
        for column, width in enumerate(widths):
            if width > cap and column not in keep:
                header.resizeSection(column, cap)
                _tooltips_for(view, column)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if stretch in (-1, count - 1):
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def columns_width(view: QAbstractItemView) -> int:
    """The width a table needs to show every column at its content width, without scrolling."""
    header = view.horizontalHeader()
    columns = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count()))
    return columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()


def _tooltips_for(view: QAbstractItemView, column: int) -> None:
    # A QTableWidget cell shows no tooltip of its own; SqlTableModel answers ToolTipRole already.
    from PySide6.QtWidgets import QTableWidget

    if isinstance(view, QTableWidget):
        for row in range(view.rowCount()):
            item = view.item(row, column)
            if item is not None and not item.toolTip():
                item.setToolTip(item.text())


def export_xlsx(model: SqlTableModel, path: str) -> int:
    """Write the model's rows (current filter and order) to an .xlsx file. Returns the row count.

    Numbers stay numbers in Excel: integers as integers, money as yuan with two decimals (exact,
    from integer fen through Decimal).
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    columns = model.columns
    sheet.append([c.title() for c in columns])
    count = 0
    for values in model.rows():
        row = []
        for column, value in zip(columns, values):
            if value is None:
                row.append(None)
            elif column.formatter is None and column.kind == "integer":
                row.append(int(value))
            elif column.formatter is None and column.kind == "money":
                row.append(Decimal(int(value)) / 100)
            elif column.formatter is None and column.kind in ("date", "datetime"):
                row.append(value)
            else:
                row.append(column.display(value))
        sheet.append(row)
        count += 1
    from common.files import replaced_atomically

    with replaced_atomically(path) as temporary:  # a failed write leaves no half file, and is a refusal
        workbook.save(temporary)
    return count


class TableView(Retranslating, QWidget):
    """A filter box, a row count, an optional "导出 Excel" button and a sortable table."""

    activated = Signal(object)  # the key of the row double-clicked or entered

    FILTER_DELAY_MS = 250
    KEPT_KEYS = 400  # selections up to this many rows are kept by key across a refresh

    def __init__(self, model: SqlTableModel, parent: QWidget | None = None, *, exportable: bool = False,
                 export_handler: Callable[[SqlTableModel], None] | None = None):
        super().__init__(parent)
        self.model = model
        self.export_handler = export_handler

        # create
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        self.message = QLabel()  # the outcome of an export (ui.runner); hidden until there is one
        self.message.hide()
        self.export_button = QPushButton()
        self.export_button.setVisible(exportable or export_handler is not None)
        self.table = QTableView()
        self.table.setModel(model)
        # The header's indicator must show the model's order before sorting is enabled, or
        # enabling it would re-sort by the header's default (column 0 ascending).
        sort = model.sort_state()
        if sort is None:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            self.table.horizontalHeader().setSortIndicator(*sort)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights (from the font) let the view skip measuring rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)

        # lay out
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.message)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        # connect
        self.filter.textChanged.connect(lambda _: self._filter_timer.start())
        self._filter_timer.timeout.connect(self.apply_filter)
        self.export_button.clicked.connect(self.export)
        # Qt's activated: a double click, and Enter on the current row (keyboard first).
        self.table.activated.connect(lambda index: self.activated.emit(model.key(index.row())))
        model.modelReset.connect(self._update_count)
        # Once new rows are in, and when first shown (the rows in view are known only then). The
        # timer is the view's: gone with it, while the model may live on in its page.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        model.modelReset.connect(self._fit_timer.start)

        self.retranslateUi()
        self._fitted = False
        fit_columns(self.table)

    def fit_columns(self) -> None:
        if self.table.isVisible():
            fit_columns(self.table)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_timer.start()

    def retranslateUi(self) -> None:
        self.filter.setPlaceholderText(self.tr("筛选（输入关键字，空格分隔多个词）"))
        self.export_button.setText(self.tr("导出 Excel(&E)"))
        self.model.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("共 {n} 行").format(n=f"{self.model.rowCount():,}"))

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text())

    def current_key(self):
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def selected_keys(self) -> list:
        return [self.model.key(index.row()) for index in self.table.selectionModel().selectedRows()]

    def select_key(self, key) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)

    def refresh_kept(self) -> None:
        """Re-read the rows (another clerk posted) as the clerk left them: the same rows selected and
        current, the same row at the top of the view (rows added above it do not push it away; at
        the very top the view stays at the top, where new rows of a newest-first list appear), the
        same horizontal scroll."""
        table, model = self.table, self.model
        ranges = table.selectionModel().selection()
        # Keys are looked up one by one after the refresh; a selection of thousands of rows (Ctrl+A)
        # is kept as the same rows instead, which is what it was meant as.
        many = sum(r.height() for r in ranges) > self.KEPT_KEYS
        selected = set() if many else set(self.selected_keys())
        current = self.current_key()
        column = max(table.currentIndex().column(), 0)
        vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
        top_row = table.rowAt(0) if vertical.value() > 0 else -1
        top_key = model.key(top_row) if top_row >= 0 else None
        v_value, h_value = vertical.value(), horizontal.value()
        model.refresh()
        selection = table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        last = model.rowCount() - 1
        for kept in ranges if many else ():
            if kept.top() <= last:
                selection.select(QItemSelection(model.index(kept.top(), 0), model.index(min(kept.bottom(), last), 0)),
                                 flags)
        for key in selected:
            row = model.row_of(key)
            if row >= 0:
                selection.select(model.index(row, 0), flags)
        row = model.row_of(current) if current is not None else -1
        if row >= 0:
            selection.setCurrentIndex(model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate)
        row = model.row_of(top_key) if top_key is not None else -1
        if row >= 0:
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            vertical.setValue(0 if top_key is None else v_value)
        horizontal.setValue(h_value)

    def export(self) -> None:
        if self.export_handler is not None:
            self.export_handler(self.model)
            return
        path = self.ask_save_path(self, self.tr("导出.xlsx"))
        if path:
            from ui.runner import run_op

            # In a worker thread: a book of 200,000 rows takes seconds; the progress dialog keeps
            # the clerk from changing the filter meanwhile.
            model = self.model
            run_op(self, lambda: export_xlsx(model, path), long=True, message=self.tr("正在导出 Excel…"),
                   message_line=self.message, success=lambda n: self.tr("已导出 {n} 行。").format(n=f"{n:,}"))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        """The file dialog seam (tests replace it)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("TableView", "导出 Excel"), suggested, "Excel (*.xlsx)"
        )
        return path or None

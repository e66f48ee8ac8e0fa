"""The 备件 page: the branch's five parts books, the documents, and the parts master data.

Tabs (each a lazy ``SqlTableModel`` over a ledger.books query, sorted and filtered in SQL, with
the table's own filter box and 导出 Excel):

- 库存: good and bad per part with the safety stock and a below-safety marker (``books.stock``);
  double-click opens the part card (ui.part_card).
- 往来帐: the current account of the counterparty picked above, with running totals
  (``books.account``).
- 欠人坏件 / 人欠坏件: open items with days open and aging buckets (``books.owed_open``) as of the
  end of the date range (today without one), with the per-bucket totals above the table.
- 在途: open shipment lines with their age (``books.in_transit_open``).
- 单据: every posted document, newest first, by type (``books.documents``); double-click opens
  the detail view (ui.document_view) with 冲销.
- 备件 / 往来单位: master data lists with add and edit (ui.masterdata).

The filter bar above the tabs (part, counterparty, date range) applies to every tab it makes sense
for; a tab is rebuilt when it is shown after a filter or a posting changed. Buttons: 新单据 opens
the entry form (ui.document_form), 导入 Excel opens ``ui.import_dialog.ImportDialog`` (imported
only when used).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from peewee import SQL, fn

from common.auth import can
from common.errors import Refusal
from common.clock import branch_now
from ledger import books
from ledger.models import DocumentLine, Party, Part, Posting
from ledger.posting import create_part, create_party
from ui import live
from ui.date_edit import DateEdit, FilterDates, name_period
from ui.document_form import ENTRY_TYPES, DocumentForm, book_title, doc_type_name, party_kind_name
from ui.document_view import DocumentView
from ui.masterdata import PartDialog, PartyDialog
from ui.part_card import PartCard, subquery_table
from ui.retranslate import Retranslating
from ui.runner import PageActions
from ui.table_model import Column, SqlTableModel, TableView

TAB_TITLES = {
    "stock": QT_TRANSLATE_NOOP("PartsPage", "库存"),
    "account": QT_TRANSLATE_NOOP("PartsPage", "往来帐"),
    "owed_to": QT_TRANSLATE_NOOP("PartsPage", "欠人坏件"),
    "owed_by": QT_TRANSLATE_NOOP("PartsPage", "人欠坏件"),
    "transit": QT_TRANSLATE_NOOP("PartsPage", "在途"),
    "documents": QT_TRANSLATE_NOOP("PartsPage", "单据"),
    "parts": QT_TRANSLATE_NOOP("PartsPage", "备件"),
    "parties": QT_TRANSLATE_NOOP("PartsPage", "往来单位"),
}
BUCKETS = ((0, 30, "0-30"), (31, 60, "31-60"), (61, 90, "61-90"), (91, None, ">90"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartsPage", text)


def aging_bucket(days) -> str:
    """Aging bucket of an open item: 0-30, 31-60, 61-90 or >90 days."""
    if days is None:
        return ""
    for low, high, name in BUCKETS:
        if days >= low and (high is None or days <= high):
            return name
    return BUCKETS[0][2]


def _below(value) -> str:
    return _tr(QT_TRANSLATE_NOOP("PartsPage", "▼ 低于安全库存")) if value else ""


def _signed(value) -> str:
    return "" if value is None else f"{int(value):+,}"


def _transit_direction(doc_type) -> str:
    return _tr(QT_TRANSLATE_NOOP("PartsPage", "总部发来")) if doc_type == "HQ_SHIP" else _tr(
        QT_TRANSLATE_NOOP("PartsPage", "返总部"))


class Tab(QWidget):
    """One tab: an optional bar of its own, a hint line, and the table (replaced on rebuild)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.view: TableView | None = None
        self.dirty = True
        self.stale = False  # built, and another PC has committed since: re-read when shown (ui.live)
        self.recount = None  # what else the tab shows from its rows, counted again then
        self.bar = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self.bar)
        self._layout.addWidget(self.hint)

    def set_model(self, model: SqlTableModel | None, on_activate=None) -> None:
        if self.view is not None:
            self._layout.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if model is not None:
            self.view = TableView(model, exportable=True)
            if on_activate is not None:
                self.view.activated.connect(on_activate)
            self._layout.addWidget(self.view, 1)


class PartsPage(PageActions, Retranslating, QWidget):
    documents_changed = Signal()

    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self._clock = clock
        self.may_post = can(self.actor.user, "parts.post")
        self.may_edit_masterdata = can(self.actor.user, "masterdata.manage")
        self.form: DocumentForm | None = None
        self._aging_totals: dict[str, dict[str, int]] = {}

        # create
        self.new_button = QPushButton()
        self.new_button.setEnabled(self.may_post)
        self.import_button = QPushButton()
        self.import_button.setEnabled(self.may_post)
        # 期初建账 is the manager's, once per branch (ledger.opening); others never see it.
        self.opening_button = QPushButton()
        self.opening_button.setVisible(can(self.actor.user, "parts.post_restricted"))
        self.refresh_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.part_label = QLabel()
        self.part_filter = QLineEdit()
        self.part_filter.setClearButtonEnabled(True)
        self.part_label.setBuddy(self.part_filter)
        self.party_label = QLabel()
        self.party_combo = QComboBox()
        self.party_label.setBuddy(self.party_combo)
        self.use_dates = QCheckBox()
        today = QDate(clock().date())
        self.date_from = DateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = DateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.tabs = QTabWidget()
        self.tab = {key: Tab(key) for key in TAB_TITLES}
        for key, tab in self.tab.items():
            self.tabs.addTab(tab, "")
        # Tab-specific controls.
        self.below_only = QCheckBox()
        self.tab["stock"].bar.addWidget(self.below_only)
        self.tab["stock"].bar.addStretch(1)
        self.aging = {book: QLabel() for book in ("owed_to", "owed_by")}
        for book, label in self.aging.items():
            self.tab[book].bar.addWidget(label)
            self.tab[book].bar.addStretch(1)
        self.type_combo = QComboBox()
        self.type_combo.addItem("", None)
        for code in list(ENTRY_TYPES) + ["REVERSAL"]:
            self.type_combo.addItem("", code)
        self.type_label = QLabel()
        self.type_label.setBuddy(self.type_combo)
        self.drafts_only = QCheckBox()
        self.tab["documents"].bar.addWidget(self.type_label)
        self.tab["documents"].bar.addWidget(self.type_combo)
        self.tab["documents"].bar.addWidget(self.drafts_only)
        self.tab["documents"].bar.addStretch(1)
        self.add_part_button, self.edit_part_button = QPushButton(), QPushButton()
        self.add_party_button, self.edit_party_button = QPushButton(), QPushButton()
        for key, buttons in (("parts", (self.add_part_button, self.edit_part_button)),
                             ("parties", (self.add_party_button, self.edit_party_button))):
            for button in buttons:
                button.setEnabled(self.may_edit_masterdata)
                self.tab[key].bar.addWidget(button)
            self.tab[key].bar.addStretch(1)

        # lay out
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.opening_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.part_label)
        filters.addWidget(self.part_filter, 1)
        filters.addWidget(self.party_label)
        filters.addWidget(self.party_combo, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

        # connect
        self.new_button.clicked.connect(lambda: self.open_form())
        self.import_button.clicked.connect(self.import_excel)
        self.opening_button.clicked.connect(self.import_opening)
        self.refresh_button.clicked.connect(self.refresh_all)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh_all)
        self.part_filter.editingFinished.connect(self.filters_changed)
        self.party_combo.currentIndexChanged.connect(self.filters_changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.filters_changed)
        self.date_to.dateChanged.connect(self.filters_changed)
        # A date typed wrong is named in the message line; no tab is rebuilt with the last good one.
        self.filter_dates = FilterDates((self.date_from, self.date_to), self.message, self.filters_changed,
                                        active=self.use_dates.isChecked)
        self.tabs.currentChanged.connect(lambda _: self._build_current())
        self.below_only.toggled.connect(lambda _: self._rebuild("stock"))
        self.type_combo.currentIndexChanged.connect(lambda _: self._rebuild("documents"))
        self.drafts_only.toggled.connect(lambda _: self._rebuild("documents"))
        self.add_part_button.clicked.connect(self.add_part)
        self.edit_part_button.clicked.connect(self.edit_part)
        self.add_party_button.clicked.connect(self.add_party)
        self.edit_party_button.clicked.connect(self.edit_party)

        self._load_parties()
        self.retranslateUi()
        self._build_current()
        live.register(self, ("ledger",), self.live_refresh)

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.new_button.setText(self.tr("新单据(&N)…"))
        self.import_button.setText(self.tr("导入 Excel(&I)…"))
        self.opening_button.setText(self.tr("期初建账(&Q)…"))
        self.opening_button.setToolTip(self.tr("上线时一次性导入好件、坏件、欠人坏件、人欠坏件和在途的期初余额（只能做一次）。"))
        self.refresh_button.setText(self.tr("刷新"))
        self.part_label.setText(self.tr("备件(&J)"))
        self.part_filter.setPlaceholderText(self.tr("编号或名称"))
        self.party_label.setText(self.tr("往来单位(&W)"))
        self.party_combo.setItemText(0, self.tr("（全部）"))
        self.use_dates.setText(self.tr("日期范围(&D)"))
        name_period(self.date_from, self.date_to)
        for row, key in enumerate(TAB_TITLES):
            self.tabs.setTabText(row, self.tr(TAB_TITLES[key]))
        self.below_only.setText(self.tr("只看低于安全库存(&B)"))
        self.type_label.setText(self.tr("单据类型(&T)"))
        self.type_combo.setItemText(0, self.tr("（全部）"))
        self.drafts_only.setText(self.tr("草稿（未过账）(&F)"))
        for row in range(1, self.type_combo.count()):
            self.type_combo.setItemText(row, doc_type_name(self.type_combo.itemData(row)))
        self.add_part_button.setText(self.tr("新增备件(&A)…"))
        self.edit_part_button.setText(self.tr("编辑备件(&E)…"))
        self.add_party_button.setText(self.tr("新增往来单位(&A)…"))
        self.edit_party_button.setText(self.tr("编辑往来单位(&E)…"))
        for book in self.aging:
            self._update_aging(book)

    # -- filters --------------------------------------------------------------------------------

    def _load_parties(self) -> None:
        current = self.party_combo.currentData()
        self.party_combo.blockSignals(True)
        self.party_combo.clear()
        self.party_combo.addItem(self.tr("（全部）"), None)
        for party in Party.select().order_by(Party.code):
            self.party_combo.addItem(f"{party.code}  {party.name}", party.code)
        self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(current)))
        self.party_combo.blockSignals(False)

    def party_code(self) -> str | None:
        return self.party_combo.currentData()

    def date_range(self) -> tuple[date | None, date | None]:
        if not self.use_dates.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def as_of(self) -> date:
        """The day the open-item books are read at: the end of the range, else today."""
        return self.date_range()[1] or self._clock().date()

    def part_text(self) -> str:
        return self.part_filter.text().strip()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.filters_changed()

    def filters_changed(self, *_) -> None:
        if self.filter_dates.blocked():
            return
        for tab in self.tab.values():
            tab.dirty = True
        self._build_current()

    def refresh_all(self) -> None:
        self._load_parties()
        self.filters_changed()

    def _rebuild(self, key: str) -> None:
        self.tab[key].dirty = True
        if self.tabs.currentWidget() is self.tab[key]:
            self._build_current()

    def show_tab(self, key: str) -> Tab:
        self.tabs.setCurrentWidget(self.tab[key])
        self._build_current()
        return self.tab[key]

    def live_refresh(self) -> None:
        """A ledger change was committed (another PC): the tab in view re-reads its rows keeping
        the clerk's selection and scroll position; the other built tabs do so when next shown."""
        self._load_parties()
        for tab in self.tab.values():
            tab.stale = tab.view is not None and not tab.dirty
        self._refresh_stale(self.tabs.currentWidget())

    def _refresh_stale(self, tab) -> None:
        if isinstance(tab, Tab) and tab.stale:
            tab.stale = False
            tab.view.refresh_kept()
            if tab.recount is not None:
                tab.recount()

    def _build_current(self) -> None:
        tab = self.tabs.currentWidget()
        self._refresh_stale(tab)
        if not isinstance(tab, Tab) or not tab.dirty:
            return
        tab.dirty = False
        tab.hint.hide()
        builder = getattr(self, f"_build_{tab.key}")
        model, on_activate = builder(tab)
        tab.set_model(model, on_activate)
        if tab.key == "parties" and tab.view is not None:
            from ui.personal_export import export_personal_table  # counter customers' names, phones: PIPL

            export_personal_table(tab.view, self._actor_now, "parties")

    def _part_condition(self, number_column, name_column):
        text = self.part_text()
        if not text:
            return None
        return number_column.contains(text) | name_column.contains(text)

    # -- the books ------------------------------------------------------------------------------

    def _build_stock(self, tab):
        base, s = subquery_table(books.stock(), "stock")
        condition = self._part_condition(s.c.number, s.c.name)
        if condition is not None:
            base = base.where(condition)
        if self.below_only.isChecked():
            base = base.where(s.c.good < s.c.safety_stock)
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "备件编号"), s.c.number),
            Column(QT_TRANSLATE_NOOP("Columns", "备件名称"), s.c.name),
            Column(QT_TRANSLATE_NOOP("Columns", "规格"), s.c.spec),
            Column(QT_TRANSLATE_NOOP("Columns", "单位"), s.c.unit),
            Column(QT_TRANSLATE_NOOP("Columns", "好件"), s.c.good, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "坏件"), s.c.bad, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "安全库存"), s.c.safety_stock, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "库存预警"), s.c.below_safety, "bool", formatter=_below),
            Column(QT_TRANSLATE_NOOP("Columns", "单价"), s.c.price_fen, "money"),
        ]
        model = SqlTableModel(base, columns, self, key=s.c.id, default_sort=0)
        return model, self.open_part_card

    def _build_account(self, tab):
        code = self.party_code()
        if code is None:
            tab.hint.setText(self.tr("往来帐按单位记：请在上方“往来单位”中选择一个单位。"))
            tab.hint.show()
            return None, None
        date_from, date_to = self.date_range()
        base, a = subquery_table(books.account(code, date_from, date_to), "acct")
        condition = self._part_condition(a.c.part_number, a.c.part_name)
        if condition is not None:
            base = base.where(condition)
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "日期"), a.c.date, "date"),
            Column(QT_TRANSLATE_NOOP("Columns", "单号"), a.c.number),
            Column(QT_TRANSLATE_NOOP("Columns", "单据类型"), a.c.doc_type, formatter=doc_type_name),
            Column(QT_TRANSLATE_NOOP("Columns", "备件编号"), a.c.part_number),
            Column(QT_TRANSLATE_NOOP("Columns", "备件名称"), a.c.part_name),
            Column(QT_TRANSLATE_NOOP("Columns", "账簿"), a.c.book, formatter=book_title),
            Column(QT_TRANSLATE_NOOP("Columns", "收入"), a.c.qty_in, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "发出"), a.c.qty_out, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "累计净发出"), a.c.net_sent, "integer"),
        ]
        model = SqlTableModel(base, columns, self, key=a.c.id, default_sort=0)
        return model, lambda key: self._open_posting(key)

    def _owed(self, tab, book):
        as_of = self.as_of()
        # The increment posting's id makes each open item a row the lazy table can page by.
        query = books.owed_open(book, as_of, self.party_code()).select_extend(SQL('"inc"."id"').alias("posting_id"))
        base, o = subquery_table(query, "owed")
        condition = self._part_condition(o.c.part_number, o.c.part_name)
        if condition is not None:
            base = base.where(condition)
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "往来单位"), o.c.party_code),
            Column(QT_TRANSLATE_NOOP("Columns", "单位名称"), o.c.party_name),
            Column(QT_TRANSLATE_NOOP("Columns", "备件编号"), o.c.part_number),
            Column(QT_TRANSLATE_NOOP("Columns", "备件名称"), o.c.part_name),
            Column(QT_TRANSLATE_NOOP("Columns", "发生日期"), o.c.date, "date"),
            Column(QT_TRANSLATE_NOOP("Columns", "单号"), o.c.number),
            Column(QT_TRANSLATE_NOOP("Columns", "未结数量"), o.c.open_qty, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "已欠天数"), o.c.days_open, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "账龄（天）"), o.c.days_open, formatter=aging_bucket, searchable=False),
        ]
        model = SqlTableModel(base, columns, self, key=o.c.posting_id, default_sort=7,
                              default_order=Qt.SortOrder.DescendingOrder)

        def count() -> None:
            self._aging_totals[book] = self.aging_totals(base.select(o.c.days_open, o.c.open_qty).tuples())
            self._update_aging(book)

        count()
        tab.recount = count
        return model, lambda key: self._open_posting(key)

    @staticmethod
    def aging_totals(rows) -> dict[str, int]:
        totals = {name: 0 for _, _, name in BUCKETS}
        for days, qty in rows:
            totals[aging_bucket(days)] += qty
        return totals

    def _update_aging(self, book: str) -> None:
        totals = self._aging_totals.get(book)
        if not totals:
            self.aging[book].setText("")
            return
        self.aging[book].setText(self.tr("截至 {date} 未结：0-30 天 {a}，31-60 天 {b}，61-90 天 {c}，90 天以上 {d}").format(
            date=self.as_of().isoformat(), a=totals["0-30"], b=totals["31-60"], c=totals["61-90"], d=totals[">90"]))

    def _build_owed_to(self, tab):
        return self._owed(tab, "owed_to")

    def _build_owed_by(self, tab):
        return self._owed(tab, "owed_by")

    def _build_transit(self, tab):
        query = books.in_transit_open(self.as_of()).select_extend(fn.MIN(DocumentLine.id).alias("line_id"))
        base, t = subquery_table(query, "transit")
        condition = self._part_condition(t.c.part_number, t.c.part_name)
        if condition is not None:
            base = base.where(condition)
        if self.party_code() is not None:
            base = base.where(t.c.party_code == self.party_code())
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "发货日期"), t.c.date, "date"),
            Column(QT_TRANSLATE_NOOP("Columns", "单号"), t.c.number),
            Column(QT_TRANSLATE_NOOP("Columns", "方向"), t.c.doc_type, formatter=_transit_direction),
            Column(QT_TRANSLATE_NOOP("Columns", "来源单号"), t.c.source_number),
            Column(QT_TRANSLATE_NOOP("Columns", "往来单位"), t.c.party_code),
            Column(QT_TRANSLATE_NOOP("Columns", "备件编号"), t.c.part_number),
            Column(QT_TRANSLATE_NOOP("Columns", "备件名称"), t.c.part_name),
            Column(QT_TRANSLATE_NOOP("Columns", "发货数量"), t.c.shipped, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "未结数量"), t.c.open_qty, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "在途天数"), t.c.age_days, "integer"),
        ]
        model = SqlTableModel(base, columns, self, key=t.c.line_id, default_sort=0)
        return model, lambda key: self.open_document(DocumentLine.get_by_id(key).document_id)

    def _build_documents(self, tab):
        if self.drafts_only.isChecked():
            return self._build_drafts(tab)
        date_from, date_to = self.date_range()
        query = books.documents(self.type_combo.currentData(), self.party_code(), date_from, date_to)
        base, d = subquery_table(query, "docs")
        if self.part_text():
            with_part = (DocumentLine.select(DocumentLine.document).join(Part)
                         .where(Part.number.contains(self.part_text()) | Part.name.contains(self.part_text())))
            base = base.where(d.c.id.in_(with_part))
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "日期"), d.c.date, "date"),
            Column(QT_TRANSLATE_NOOP("Columns", "单号"), d.c.number),
            Column(QT_TRANSLATE_NOOP("Columns", "单据类型"), d.c.doc_type, formatter=doc_type_name),
            Column(QT_TRANSLATE_NOOP("Columns", "往来单位"), d.c.party_code),
            Column(QT_TRANSLATE_NOOP("Columns", "单位名称"), d.c.party_name),
            Column(QT_TRANSLATE_NOOP("Columns", "来源单号"), d.c.source_number),
            Column(QT_TRANSLATE_NOOP("Columns", "关联单号"), d.c.reference_number),
            Column(QT_TRANSLATE_NOOP("Columns", "冲销单号"), d.c.reversed_by),
            Column(QT_TRANSLATE_NOOP("Columns", "行数"), d.c.line_count, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "录入人"), d.c.created_by_name),
            Column(QT_TRANSLATE_NOOP("Columns", "备注"), d.c.remark),
        ]
        model = SqlTableModel(base, columns, self, key=d.c.id, default_sort=0,
                              default_order=Qt.SortOrder.DescendingOrder)
        return model, self.open_document

    def _build_drafts(self, tab):
        """Saved drafts instead of posted documents: double-click (or Enter) opens one in the form."""
        from ledger.drafts import drafts

        base, d = subquery_table(drafts(self.type_combo.currentData()), "drafts")
        if self.party_code() is not None:
            base = base.where(d.c.party_code == self.party_code())
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "保存时间"), d.c.saved_at, "datetime"),
            Column(QT_TRANSLATE_NOOP("Columns", "单据类型"), d.c.doc_type, formatter=doc_type_name),
            Column(QT_TRANSLATE_NOOP("Columns", "日期"), d.c.date, "date"),
            Column(QT_TRANSLATE_NOOP("Columns", "往来单位"), d.c.party_code),
            Column(QT_TRANSLATE_NOOP("Columns", "单位名称"), d.c.party_name),
            Column(QT_TRANSLATE_NOOP("Columns", "来源单号"), d.c.source_number),
            Column(QT_TRANSLATE_NOOP("Columns", "关联单号"), d.c.reference),
            Column(QT_TRANSLATE_NOOP("Columns", "行数"), d.c.line_count, "integer"),
            Column(QT_TRANSLATE_NOOP("Columns", "保存人"), d.c.saved_by_name),
            Column(QT_TRANSLATE_NOOP("Columns", "备注"), d.c.remark),
        ]
        tab.hint.setText(self.tr("草稿未记账，不影响任何账簿；双击打开，继续录入后过账。"))
        tab.hint.show()
        model = SqlTableModel(base, columns, self, key=d.c.id, default_sort=0,
                              default_order=Qt.SortOrder.DescendingOrder)
        return model, self.open_draft

    def open_draft(self, draft_id) -> DocumentForm:
        from ledger.drafts import load_draft

        loaded = load_draft(int(draft_id))
        doc_type = loaded.draft.doc_type if loaded else "HQ_RECEIVE"
        if self.form is not None and self.form.isVisible() and self.form.lines:
            self.say(self.tr("录入窗口中还有未过账的单据：请先过账、存草稿或关闭它，再打开草稿。"), error=True)
            self.form.raise_()
            return self.form
        return self.open_form(doc_type, int(draft_id))

    def _build_parts(self, tab):
        base = Part.select()
        condition = self._part_condition(Part.number, Part.name)
        if condition is not None:
            base = base.where(condition)
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "备件编号"), Part.number),
            Column(QT_TRANSLATE_NOOP("Columns", "备件名称"), Part.name),
            Column(QT_TRANSLATE_NOOP("Columns", "拼音首字母"), Part.name_initials),
            Column(QT_TRANSLATE_NOOP("Columns", "规格"), Part.spec),
            Column(QT_TRANSLATE_NOOP("Columns", "单位"), Part.unit),
            Column(QT_TRANSLATE_NOOP("Columns", "单价"), Part.price_fen, "money"),
            Column(QT_TRANSLATE_NOOP("Columns", "安全库存"), Part.safety_stock, "integer"),
        ]
        return SqlTableModel(base, columns, self, default_sort=0), lambda key: self.edit_part()

    def _build_parties(self, tab):
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "编码"), Party.code),
            Column(QT_TRANSLATE_NOOP("Columns", "名称"), Party.name),
            Column(QT_TRANSLATE_NOOP("Columns", "类型"), Party.kind, formatter=party_kind_name),
            Column(QT_TRANSLATE_NOOP("Columns", "联系人"), Party.contact),
            Column(QT_TRANSLATE_NOOP("Columns", "电话"), Party.phone),
            Column(QT_TRANSLATE_NOOP("Columns", "地址"), Party.address),
            Column(QT_TRANSLATE_NOOP("Columns", "启用"), Party.active, "bool"),
        ]
        return SqlTableModel(Party.select(), columns, self, default_sort=0), lambda key: self.edit_party()

    # -- actions --------------------------------------------------------------------------------

    def _actor_now(self):
        return self.actor.at(self._clock())

    def open_form(self, doc_type: str = "HQ_RECEIVE", draft_id: int | None = None) -> DocumentForm:
        """The entry form: the open one if the clerk is still keying, else a new, empty one (a
        closed form's lines were posted, saved as a draft or given up, never shown again)."""
        if self.form is not None and not self.form.isVisible():
            self.form.deleteLater()
            self.form = None
        if self.form is None:
            self.form = DocumentForm(self.actor, self, clock=self._clock, doc_type=doc_type or "HQ_RECEIVE")
            self.form.posted.connect(lambda _: self._documents_posted())
            self.form.finished.connect(lambda _: self._rebuild("documents"))
        if draft_id is not None and not self.form.lines:
            self.form.load_draft(draft_id)
        self.form.show()
        self.form.raise_()
        self.form.activateWindow()
        if draft_id is None:
            self.form.start()
        return self.form

    def _documents_posted(self) -> None:
        self.filters_changed()
        self.documents_changed.emit()

    def import_excel(self) -> None:
        try:
            from ui.import_dialog import ImportDialog
        except ImportError:
            self.say(self.tr("Excel 导入尚未安装在本程序中。"), error=True)
            return
        if ImportDialog.ask(self, self.context):
            self.refresh_all()

    def import_opening(self) -> None:
        """期初建账: the opening import dialog, unless the branch has gone live already (then why)."""
        from ledger.opening import current_opening
        from ui.import_dialog import ImportDialog
        from ui.messages import refusal_text

        opening = current_opening()
        if opening is not None:
            self.say(refusal_text(Refusal("ledger.opening_exists", opening=opening.number,
                                           opening_date=opening.date.isoformat())), error=True)
            return
        if ImportDialog.ask(self, self.context, kind="opening"):
            self.refresh_all()
            self.documents_changed.emit()

    def open_document(self, document_id) -> DocumentView:
        view = DocumentView(self.actor, int(document_id), self, clock=self._clock)
        view.changed.connect(lambda _: self._documents_posted())
        view.open_document.connect(self.open_document)
        view.show()
        return view

    def _open_posting(self, posting_id) -> None:
        posting = Posting.get_or_none(Posting.id == posting_id)
        if posting is not None:
            self.open_document(posting.document_id)

    def open_part_card(self, part_id) -> PartCard:
        card = PartCard(self.actor, Part.get_by_id(part_id).number, self, clock=self._clock)
        card.open_document.connect(self.open_document)
        card.show()
        return card

    def _selected(self, key: str):
        view = self.tab[key].view
        return view.current_key() if view is not None else None

    # The master data dialogs make the domain call themselves (``submit``), so a refusal stays in
    # the dialog with what was typed; the page only reports what was saved.
    def _saved(self, text: str) -> None:
        self.say(text, error=False)
        self.refresh_all()

    def add_part(self) -> None:
        part = PartDialog.ask(self, submit=lambda values: create_part(self._actor_now(), **values))
        if part is not None:
            self._saved(self.tr("已新增备件 {number}。").format(number=part.number))

    def edit_part(self) -> None:
        key = self._selected("parts")
        part = Part.get_or_none(Part.id == key) if key is not None else None
        if part is None or not self.may_edit_masterdata:
            return
        saved = PartDialog.ask(self, part, submit=lambda values: books.update_part(
            self._actor_now(), part.number, **{k: v for k, v in values.items() if k != "number"}))
        if saved is not None:
            self._saved(self.tr("已保存备件 {number}。").format(number=part.number))

    def add_party(self) -> None:
        party = PartyDialog.ask(self, submit=lambda values: create_party(
            self._actor_now(), **{k: v for k, v in values.items() if k != "active"}))
        if party is not None:
            self._saved(self.tr("已新增往来单位 {code}。").format(code=party.code))

    def edit_party(self) -> None:
        key = self._selected("parties")
        party = Party.get_or_none(Party.id == key) if key is not None else None
        if party is None or not self.may_edit_masterdata:
            return
        saved = PartyDialog.ask(self, party, submit=lambda values: books.update_party(
            self._actor_now(), party.code, **{k: v for k, v in values.items() if k != "code"}))
        if saved is not None:
            self._saved(self.tr("已保存往来单位 {code}。").format(code=party.code))


def parts_page(context) -> PartsPage:
    return PartsPage(context)


TODAY_CARD_TABS = {"transit_overdue": "transit", "owed_by_overdue": "owed_by", "owed_to_overdue": "owed_to",
                   "below_safety_stock": "stock"}


def open_from_today(today_page, key: str, title: str):
    """A 今日 card's 查看清单: the 备件 page, on the book the card counts from."""
    window = today_page.window()
    page = window.show_page("parts")
    page.show_tab(TODAY_CARD_TABS[key])
    return page

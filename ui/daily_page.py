"""日报: the daily goods in/out report (货品出入库报表) - calendar, report on screen, PDF preview,
printing, Excel export, the finance and manager signatures and the manager's reopen.

Data model: the page holds the chosen business date and the content hash of the report it last
showed; signing sends that hash, so a report that changed since it was shown is refused by the
domain (ledger.daily) instead of being signed unseen. The calendar colours each day by its state
(ledger.daily.calendar, one query for the shown month); a failed check is listed in red above the
report and printed on the PDF.

Freshness: the page remembers ``daily.change_stamp()`` of the figures it shows and rebuilds them
when it is shown again or its window is activated and the stamp moved (a posting elsewhere), so the
clerk never reads stale figures. The PDF tab shows the latest version's PDF (as signed, once signed)
or a preview of the current figures, rendered in the background whenever the tab is shown without
one; ``pdf_version`` says which produced version the loaded PDF is (None: a preview only), and
printing first produces when it would print a preview. Producing sets 已生成; only a print that
reached the printer sets 已打印 (``daily.mark_printed``).

Every action goes through ui.runner.run_op: produce, print, export, sign and reopen run in a worker
thread with a progress dialog; the worker gets plain values (actor, day, hash, password) read here
first. Dialogs that block are reached through ``ask_*`` classmethods the tests replace.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QDate, QEvent, QIODevice, QPointF, Qt, QT_TRANSLATE_NOOP, QTimer,
)
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from common.auth import can
from common.clock import branch_now
from common.errors import Refusal
from ledger import daily
from ui import live
from ui.document_form import doc_type_name
from ui.retranslate import Retranslating
from ui.runner import PageActions, busy, run_op, show_message

STATE_TEXTS = {
    "not_produced": QT_TRANSLATE_NOOP("DailyPage", "未生成"),
    "produced": QT_TRANSLATE_NOOP("DailyPage", "已生成"),
    "printed": QT_TRANSLATE_NOOP("DailyPage", "已打印"),
    "finance_signed": QT_TRANSLATE_NOOP("DailyPage", "财务已签"),
    "locked": QT_TRANSLATE_NOOP("DailyPage", "经理已签（已锁定）"),
    "reopened": QT_TRANSLATE_NOOP("DailyPage", "已重新打开"),
}
ROLE_LABELS = {"finance": QT_TRANSLATE_NOOP("DailyPage", "财务"), "manager": QT_TRANSLATE_NOOP("DailyPage", "经理")}
STATE_COLOURS = {"produced": "#E7E6E6", "printed": "#FFF2CC", "finance_signed": "#DDEBF7", "locked": "#C6EFCE", "reopened": "#FCE4D6"}
OVERDUE_COLOUR = "#F4B084"


_RIGHT = Qt.AlignRight | Qt.AlignVCenter  # once: enum arithmetic per cell adds up on a big day


def _line_headers() -> list[str]:
    """DailyPage.LINE_HEADERS as shown. Eleven columns share about 800 px at 1366, so the English are
    short forms ("Part no.", "Ref."), kept apart from the words used elsewhere by a disambiguation."""
    return [QCoreApplication.translate("DailyLines", "单据号", "short column header"),
            QCoreApplication.translate("DailyLines", "标记", "short column header"),
            QCoreApplication.translate("DailyLines", "类型", "short column header"),
            QCoreApplication.translate("DailyLines", "往来单位", "short column header"),
            QCoreApplication.translate("DailyLines", "来源单号", "short column header"),
            QCoreApplication.translate("DailyLines", "关联单号", "short column header"),
            QCoreApplication.translate("DailyLines", "备件编号", "short column header"),
            QCoreApplication.translate("DailyLines", "备件名称", "short column header"),
            QCoreApplication.translate("DailyLines", "数量", "short column header"),
            QCoreApplication.translate("DailyLines", "金额", "short column header"),
            QCoreApplication.translate("DailyLines", "备注", "short column header")]


class _MeasuredOnce:
    """A QFontMetrics' horizontalAdvance, each distinct text measured only once."""

    def __init__(self, metrics):
        self._advance = metrics.horizontalAdvance
        self._widths: dict[str, int] = {}

    def horizontalAdvance(self, text: str) -> int:  # noqa: N802 - QFontMetrics' name, as it stands for it
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._advance(text)
        return width


def _tr(text: str) -> str:
    """A string kept in a table above (QT_TRANSLATE_NOOP), translated when shown."""
    return QCoreApplication.translate("DailyPage", text)


# The one-character markers of ledger.doctypes.MARKERS (the PDF prints those, in Chinese).
MARKER_TEXTS = {
    "reversal": QT_TRANSLATE_NOOP("DailyPage", "冲"),
    "reversed": QT_TRANSLATE_NOOP("DailyPage", "废"),
    "restricted": QT_TRANSLATE_NOOP("DailyPage", "审"),
    "backdated": QT_TRANSLATE_NOOP("DailyPage", "补"),
}


def marker_text(markers) -> str:
    return "".join(_tr(MARKER_TEXTS.get(m, daily.MARKERS.get(m, m))) for m in markers)


class SignDialog(Retranslating, QDialog):
    """Re-enter one's own password to sign (the signature is the person, not the session)."""

    def __init__(self, parent: QWidget, role: str, day: date, user_name: str):
        super().__init__(parent)
        self.role, self.day, self.user_name = role, day, user_name
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        from ui.forms import keyboard_form

        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)  # Ctrl+Enter, the focused button
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("日报签字"))
        text = self.tr("{user}，请输入您的密码，以{role}身份签署 {day} 的货品出入库报表。").format(
            user=self.user_name, role=_tr(ROLE_LABELS[self.role]), day=self.day.isoformat())
        if self.role == "manager":
            # The manager's signature is the lock: say what it closes before she types her password.
            text += "\n\n" + self.tr("签字后，{day} 及之前的所有日期都将锁定：这些日期不能再记账、冲销或修改，"
                                      "更正只能在以后未锁定的日期做冲销单。").format(day=self.day.isoformat())
        self.prompt.setText(text)
        self.password_label.setText(self.tr("密码(&P)："))


class DailyPage(PageActions, QWidget):
    LINE_HEADERS = ("单据号", "标记", "类型", "往来单位", "来源单号", "关联单号", "备件编号", "备件名称", "数量", "金额",
                    "备注")
    # Read whole, never elided: the numbers a clerk types or finds on the shelf.
    WHOLE_COLUMNS = (0, 6)
    AMOUNT_COLUMNS = (8, 9)  # quantity and amount: short, and never cut either
    # Long texts (document type, party, part name, remark) that take two lines of their row rather
    # than be cut when the columns do not fit the width on one line each (English at 1366 px).
    WRAP_COLUMNS = (2, 3, 7, 10)
    # Marks (作废/冲销) and the reference number: left out on a day none of its lines has one, when
    # the width is short.
    SPARE_COLUMNS = (1, 5)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.day: date = context.actor.today
        self.report: daily.DailyReport | None = None
        self.shown_hash: str | None = None
        self.shown_stamp: int | None = None  # daily.change_stamp() when the figures were read
        self.pdf_bytes: bytes | None = None
        self.pdf_version: int | None = None  # the produced version the loaded PDF is; None: a preview
        self._fill_generation = 0  # which report the detail table is being filled with
        self._elided_columns: set[int] = set()
        self._line_texts: list[list[str]] = []  # every cell of the detail table, filled or still to be

        # create
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        # No ISO week numbers: nobody reports by them, and the width goes to the detail table.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(QDate(self.day.year, self.day.month, self.day.day))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet("color: #C00000;")
        self.title_label = QLabel()
        self.state_label = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.produce_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self.finance_button = QPushButton()
        self.manager_button = QPushButton()
        self.reopen_button = QPushButton()
        self.version_box = QComboBox()
        # Its width follows its texts, also after a switch of language ("Current report").
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checks_list = QListWidget()
        self.checks_list.setMaximumHeight(130)
        self.lines_table = QTableWidget(0, len(self.LINE_HEADERS))
        self.lines_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lines_table.verticalHeader().hide()  # row numbers say nothing; the width goes to the columns
        self.lines_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Filled before the page is laid out (or resized with the window, the splitter): fit the
        # columns again to the width the table really has, else they run off behind a scroll bar.
        self._refit_timer = QTimer(self, singleShot=True, interval=30, timeout=self._fit_lines)
        self.lines_table.installEventFilter(self)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)

        # lay out
        left = self._left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.overdue_label)
        left_layout.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.produce_button, self.print_button, self.export_button, self.finance_button,
                       self.manager_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lines_tab = QWidget()
        lines_layout = QVBoxLayout(lines_tab)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines_table)
        self.tabs.addTab(lines_tab, "")
        self.tabs.addTab(self.pdf_view, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.state_label)
        # The version choice sits in the heading, not after the six buttons: that row in English
        # made the window too wide for a 1366 screen.
        heading.addWidget(self.version_box)
        right_layout.addLayout(heading)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.summary_label)
        right_layout.addWidget(self.checks_list)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.message)
        splitter = self._splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # connect
        self.calendar.selectionChanged.connect(self._date_chosen)
        self.calendar.currentPageChanged.connect(lambda year, month: self.colour_calendar())
        self.produce_button.clicked.connect(lambda: self.produce())
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_xlsx)
        self.finance_button.clicked.connect(lambda: self.sign("finance"))
        self.manager_button.clicked.connect(lambda: self.sign("manager"))
        self.reopen_button.clicked.connect(self.reopen)
        self.version_box.activated.connect(self._version_chosen)
        self.tabs.currentChanged.connect(lambda index: self.ensure_pdf())
        self.pdf_document.statusChanged.connect(self._pdf_status_changed)

        self.retranslateUi()
        self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))
        self.show_day(self.day)
        live.register(self, ("ledger", "daily"), self.live_refresh)

    # -- texts -----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        # The calendar's column is as wide as the calendar (the legend wraps under it), not as its
        # legend's one long line: the rest is the detail table's.
        margins = self._left.layout().contentsMargins()
        width = self.calendar.sizeHint().width() + margins.left() + margins.right()
        self._left.setMaximumWidth(width)
        self._splitter.setSizes([width, 10 * width])  # the splitter keeps a slot as wide as it was
        self.produce_button.setText(self.tr("生成并预览(&G)"))
        self.print_button.setText(self.tr("打印(&P)…"))
        self.export_button.setText(self.tr("导出 Excel(&E)…"))
        self.finance_button.setText(self.tr("财务签字(&F)…"))
        self.manager_button.setText(self.tr("经理签字并锁定(&M)…"))
        self.reopen_button.setText(self.tr("重新打开(&R)…"))
        self.tabs.setTabText(0, self.tr("单据明细"))
        self.tabs.setTabText(1, self.tr("PDF 预览"))
        self.lines_table.setHorizontalHeaderLabels(_line_headers())
        self.legend.setText(self.tr("灰：已生成　黄：已打印　蓝：财务已签　绿：已锁定　橙：已重新打开　深橙：逾期未签（超过两个工作日）"))
        if self.report is not None:
            self._fill_lines()  # document types and markers are names in the current language
        self._refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self.refresh_if_changed()  # back from a document window where the clerk posted
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_if_changed()  # back from another page where the clerk posted

    def eventFilter(self, watched, event) -> bool:
        if watched is self.lines_table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._refit_timer.start()
        return super().eventFilter(watched, event)

    def _fit_lines(self) -> None:
        """Every column in view at 1366 px, sized for every line of the day (not only the rows in
        view): each as wide as its longest text; if that is too wide, the long texts take two lines
        of their row; only if even that does not fit, long ones are elided (with a tooltip). The
        numbers are always whole."""
        table, texts = self.lines_table, self._line_texts
        if not table.rowCount() or not texts:
            return
        header = table.horizontalHeader()
        for column in self.SPARE_COLUMNS:
            header.setSectionHidden(column, False)  # measured as shown (a hidden one hints -1)
        font_metrics = table.fontMetrics()
        # Each text measured once: a big day repeats its part names, types and parties, and each
        # text is asked for up to three times below (5,000 calls on the GUI thread for 500 lines).
        metrics = _MeasuredOnce(font_metrics)
        pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 4
        natural = [max(header.sectionSizeHint(column),
                       max((metrics.horizontalAdvance(row[column]) for row in texts if row[column]), default=0) + pad)
                   for column in range(table.columnCount())]
        available = table.viewport().width()
        if table.verticalHeader().length() > table.viewport().height() and not table.verticalScrollBar().isVisible():
            available -= table.verticalScrollBar().sizeHint().width()  # the rows filled in bring it
        widths = list(natural)
        # Two lines (a little over half the width, as lines break between words), the widest text
        # first, only as many columns as it takes.
        for column in sorted(self.WRAP_COLUMNS, key=lambda c: -natural[c]):
            if sum(widths) <= available:
                break
            widths[column] = max(header.sectionSizeHint(column), (natural[column] - pad) * 3 // 5 + pad)
        spare = [column for column in self.SPARE_COLUMNS if not any(row[column] for row in texts)]
        hidden = spare if sum(widths) > available else []
        for column in range(table.columnCount()):
            header.setSectionHidden(column, column in hidden)
            if column in hidden:
                widths[column] = 0
        if sum(widths) > available:
            # Still too wide: the other columns give way in proportion to what they have beyond a
            # few characters (their texts elided in the middle, whole in a tooltip).
            floor = metrics.horizontalAdvance("0") * 6
            whole = self.WHOLE_COLUMNS + self.AMOUNT_COLUMNS
            give = {c: w - floor for c, w in enumerate(widths) if c not in whole and w > floor}
            excess, room = sum(widths) - available, sum(give.values())
            for column, spare_width in give.items():
                widths[column] -= min(spare_width, -(-excess * spare_width // room))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for column, width in enumerate(widths):
            if width:
                header.resizeSection(column, width)
        lines = {c: 2 if c in self.WRAP_COLUMNS else 1 for c in range(table.columnCount())}
        self._elided_columns = {column for column, width in enumerate(widths) if width and any(
            metrics.horizontalAdvance(row[column]) + pad > width * lines[column] for row in texts if row[column])}
        for row in range(min(table.rowCount(), self.FILL_CHUNK_ROWS)):  # the rows filled so far
            for column in self._elided_columns:
                item = table.item(row, column)
                if item is not None and item.text():
                    item.setToolTip(item.text())
        # A row whose long text does not fit on one line is two lines tall (the view wraps it).
        one = table.verticalHeader().defaultSectionSize()
        two = one + font_metrics.lineSpacing()
        for row, values in enumerate(texts):
            wraps = any(values[column] and metrics.horizontalAdvance(values[column]) + pad > widths[column]
                        for column in self.WRAP_COLUMNS)
            if wraps or table.rowHeight(row) != one:
                table.setRowHeight(row, two if wraps else one)

    def _refresh_texts(self) -> None:
        self.title_label.setText(self.tr("{day} 货品出入库报表").format(day=self.day.isoformat()))
        state = daily.day_state(self.day)
        self.state_label.setText(self.tr("状态：{state}").format(state=_tr(STATE_TEXTS[state])))
        if self.report is not None:
            failed = len(self.report.failed_checks)
            self.summary_label.setText(
                self.tr("单据 {documents} 张，{lines} 行，数量合计 {qty}，金额合计 {amount} 元。{result}").format(
                    documents=len(self.report.documents), lines=self.report.line_count, qty=self.report.qty_total,
                    amount=daily.yuan(self.report.amount_total_fen),
                    result=self.tr("核对全部相符。") if not failed else self.tr("有 {n} 项核对不符！").format(n=failed)))
            self._fill_checks()
        self._fill_versions()

    # -- actions ---------------------------------------------------------------------------------

    def actor(self):
        return self.context.actor.at(branch_now())

    def _date_chosen(self) -> None:
        chosen = self.calendar.selectedDate()
        self.show_day(date(chosen.year(), chosen.month(), chosen.day()))

    def show_day(self, day: date) -> None:
        """Show the report as the ledger holds it now (nothing is written)."""
        self.day = day
        self._show_report(daily.build_report(day), daily.change_stamp())
        self.say("")

    def refresh_if_changed(self) -> None:
        """Rebuild the shown figures if anything was recorded since they were read."""
        if self.report is None or busy(self) or not self.isVisible():
            return
        if daily.change_stamp() != self.shown_stamp:
            self._show_report(daily.build_report(self.day), daily.change_stamp())

    LIVE_RETRY_MS = 1000

    def live_refresh(self) -> None:
        """Another PC posted, signed or reopened (ui.live): the figures are rebuilt if they changed,
        the detail table keeping the clerk's current cell and scroll position. While the page's own
        work runs (producing, signing) it waits for it."""
        if busy(self):
            QTimer.singleShot(self.LIVE_RETRY_MS, self, self.live_refresh)
            return
        table = self.lines_table
        row, column = table.currentRow(), table.currentColumn()
        scroll = (table.verticalScrollBar().value(), table.horizontalScrollBar().value())
        self.refresh_if_changed()
        if 0 <= row < table.rowCount():
            table.setCurrentCell(row, max(column, 0))

        def scroll_back() -> None:  # once the new rows' geometry is known
            table.verticalScrollBar().setValue(scroll[0])
            table.horizontalScrollBar().setValue(scroll[1])

        QTimer.singleShot(0, table, scroll_back)

    def _show_report(self, report: daily.DailyReport, stamp: int, pdf: tuple | None = None,
                     content_hash: str | None = None) -> None:
        """Show ``report`` (of ``self.day``) and ``pdf`` (bytes, version) if given; otherwise its PDF
        is rendered again when the PDF tab needs it. ``content_hash``: the report's, if a worker
        computed it already (hashing a big day costs a tenth of a second)."""
        self.report, self.shown_stamp = report, stamp
        self.shown_hash = content_hash or report.content_hash()
        self._clear_pdf()
        self._fill_lines()
        self._refresh_texts()
        self._update_buttons()
        self.colour_calendar()
        if pdf is not None:
            self._load_pdf(*pdf)
        else:
            self.ensure_pdf()

    FILL_CHUNK_ROWS = 60  # rows put into the table per turn of the event loop (about 15 ms)

    def _fill_lines(self) -> None:
        """Fill the detail table; a big day in chunks between event-loop turns, so the window never
        stalls on thousands of rows (a 500-line day is 5,500 cells)."""
        rows = []
        for doc in self.report.documents:
            for line in doc.lines:
                first = line is doc.lines[0]
                # Names from codes at display time, in the current language (the report holds Chinese).
                rows.append([doc.number if first else "", marker_text(doc.markers) if first else "",
                             doc_type_name(doc.doc_type) if first else "",
                             doc.party_name if first else "", doc.source_number if first else "",
                             doc.reference_number if first else "", line.part_number, line.part_name, str(line.qty),
                             daily.yuan(line.amount_fen),
                             "；".join(r for r in ((doc.remark if first else ""), line.remark) if r)])
        self._line_texts = rows  # the columns are fitted to all of them, filled or not yet
        self._fill_generation += 1
        self.lines_table.setRowCount(len(rows))
        self._fill_rows(rows, 0, self._fill_generation)

    def _fill_rows(self, rows: list, start: int, generation: int) -> None:
        if generation != self._fill_generation:
            return  # another report is shown by now
        end = min(len(rows), start + self.FILL_CHUNK_ROWS)
        for row in range(start, end):
            values = rows[row]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (8, 9):
                    item.setTextAlignment(_RIGHT)
                if column in self._elided_columns and value:
                    item.setToolTip(value)
                self.lines_table.setItem(row, column, item)
        if start == 0:
            self._elided_columns = set()
            self._fit_lines()
        if end < len(rows):
            QTimer.singleShot(0, self, lambda: self._fill_rows(rows, end, generation))

    def _fill_checks(self) -> None:
        from ui.messages import refusal_text

        self.checks_list.clear()
        for check in sorted(self.report.checks, key=lambda c: c.ok):
            facts = dict(check.facts)
            if check.code == "daily.check.numbering" and not facts.get("missing"):
                facts["missing"] = "—"
            text = refusal_text(Refusal(check.code, **facts))
            item = QListWidgetItem(("✔ " if check.ok else "✘ ") + text)
            if not check.ok:
                item.setForeground(QBrush(QColor("#C00000")))
            self.checks_list.addItem(item)

    def _fill_versions(self) -> None:
        self.version_box.clear()
        self.version_box.addItem(self.tr("当前报表"), None)
        for version in daily.versions(self.day):
            signed = version.finance_signed_at is not None  # its PDF is laid out when chosen
            label = self.tr("第 {n} 版").format(n=version.version) + (self.tr("（签字版 PDF）") if signed else "")
            if version.reopened_at:
                label += self.tr("（已重新打开）")
            self.version_box.addItem(label, version.version if signed else None)

    def _update_buttons(self) -> None:
        user = self.context.actor.user
        state = daily.day_state(self.day)
        self.produce_button.setEnabled(can(user, "daily.produce"))
        self.finance_button.setEnabled(can(user, "daily.sign_finance") and state in ("produced", "printed"))
        self.manager_button.setEnabled(can(user, "daily.sign_manager") and state == "finance_signed")
        self.reopen_button.setEnabled(can(user, "daily.reopen") and state in ("finance_signed", "locked"))

    def colour_calendar(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1)
        today = self.context.actor.today
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the previous month's colours
        overdue = []
        for entry in daily.calendar(first, min(last, today), today):
            colour = OVERDUE_COLOUR if entry.overdue else STATE_COLOURS.get(entry.state)
            if entry.overdue:
                overdue.append(entry.date)
            if colour:
                fmt = QTextCharFormat()
                fmt.setBackground(QBrush(QColor(colour)))
                self.calendar.setDateTextFormat(QDate(entry.date.year, entry.date.month, entry.date.day), fmt)
        self.overdue_label.setText(
            self.tr("本月有 {n} 天的日报超过两个工作日仍未签完：{days}").format(
                n=len(overdue), days="、".join(d.strftime("%m-%d") for d in overdue)) if overdue else "")

    # PDF tab ---------------------------------------------------------------------------------

    def _clear_pdf(self) -> None:
        self.pdf_bytes, self.pdf_version = None, None
        self.pdf_document.close()

    def _load_pdf(self, data: bytes, version: int | None, show: bool = True) -> None:
        self.pdf_bytes, self.pdf_version = data, version
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(data))
        self._pdf_buffer.open(QIODevice.ReadOnly)
        self.pdf_document.load(self._pdf_buffer)
        self._to_first_page()
        if show:
            self.tabs.setCurrentWidget(self.pdf_view)

    def _to_first_page(self) -> None:
        # The view keeps its scroll position across documents: a new day would open where the
        # previous one was left (its last page).
        self.pdf_view.pageNavigator().jump(0, QPointF(0, 0), 0)
        self.pdf_view.verticalScrollBar().setValue(0)
        self.pdf_view.horizontalScrollBar().setValue(0)

    def _pdf_status_changed(self, status) -> None:
        if status == QPdfDocument.Status.Ready:
            self._to_first_page()

    def ensure_pdf(self, even_hidden: bool = False) -> None:
        """The PDF tab is never blank: when it is shown without a PDF, render one in the background
        (``even_hidden``: also when another tab is shown)."""
        if self.pdf_bytes is not None or self.report is None or (
                not even_hidden and self.tabs.currentWidget() is not self.pdf_view):
            return
        day, report, shown = self.day, self.report, self.shown_hash
        # The tab itself says it is being rendered: the message line keeps an action's outcome.
        self.tabs.setTabText(1, self.tr("PDF 预览（正在生成…）"))
        run_op(self, lambda: _pdf_for(day, report), long=True, modal=False, message_line=self.message,
               on_done=lambda found: self._preview_ready(day, shown, found))

    def _preview_ready(self, day: date, shown: str, found) -> None:
        data, version = found
        self.tabs.setTabText(1, self.tr("PDF 预览"))
        if (day, shown) == (self.day, self.shown_hash) and self.pdf_bytes is None:
            self._load_pdf(data, version, show=False)

    # actions ---------------------------------------------------------------------------------

    def produce(self, then=None) -> None:
        actor, day = self.actor(), self.day

        def work():
            result = daily.produce(actor, day)
            return result, _pdf_for(day, result.report)[0], daily.change_stamp()

        def done(found) -> None:
            result, data, stamp = found
            self._show_report(result.report, stamp, (data, result.version), result.content_hash)
            if then is not None:
                then()

        run_op(self, work, long=True, message=self.tr("正在生成 {day} 的日报…").format(day=day.isoformat()),
               message_line=self.message, on_done=done,
               success=lambda found: self.tr("已生成第 {n} 版。").format(n=found[0].version) if found[0].new_version
               else self.tr("内容未变，仍为第 {n} 版。").format(n=found[0].version))

    def _version_chosen(self, index: int) -> None:
        version = self.version_box.itemData(index)
        if version is None:
            return
        day = self.day
        # In a worker: a version's signed PDF is laid out the first time it is asked for.
        run_op(self, lambda: daily.signed_pdf(day, version), long=True, message=self.tr("正在准备签字版 PDF…"),
               message_line=self.message, on_done=lambda data: data and self._load_pdf(data, version))

    def print_report(self) -> None:
        """Print the PDF shown (a produced version; a preview is produced first)."""
        if self.pdf_bytes is None or self.pdf_version is None:
            self.produce(then=self._print_loaded)
            return
        self._print_loaded()

    def _print_loaded(self) -> None:
        from ui.pdf_print import print_pdf

        printer = self.ask_printer(self)
        if printer is None:
            return
        actor, day, data, version = self.actor(), self.day, self.pdf_bytes, self.pdf_version
        title = f"货品出入库报表 {day.isoformat()} 第{version}版"

        def work():
            outcome = print_pdf(data, printer, title)
            return outcome, daily.mark_printed(actor, day, version, outcome.pages)

        def done(found) -> None:
            self._refresh_texts()
            self._update_buttons()
            self.colour_calendar()

        run_op(self, work, long=True, message=self.tr("正在送打印…"), message_line=self.message, on_done=done,
               success=lambda found: self.tr("已送打印 {n} 页。").format(n=found[0].pages))

    def export_xlsx(self) -> None:
        from ledger.daily_print import render_xlsx

        path = self.ask_save_path(self, f"货品出入库报表-{self.day.isoformat()}.xlsx")
        if not path:
            return
        report = self.report
        run_op(self, lambda: render_xlsx(report, path), long=True, message=self.tr("正在导出 Excel…"),
               message_line=self.message, success=lambda rows: self.tr("已导出到 {path}").format(path=path))

    def sign(self, role: str) -> None:
        password = self.ask_password(self, role, self.day, self.context.actor.user.display_name)
        if password is None:
            return
        function = daily.sign_finance if role == "finance" else daily.sign_manager
        actor, day, shown = self.actor(), self.day, self.shown_hash

        def work():
            # Only the signature: the signed PDF is laid out afterwards, when the PDF tab asks.
            result = function(actor, day, password, shown)
            if result.state == "locked":
                # Imported here, off the GUI thread: done() hands the signed PDF to it, and its
                # first import (the mail and fax modules) would freeze the window for tens of ms.
                import ui.send_panel  # noqa: F401
            return result, daily.change_stamp()

        def done(found) -> None:
            result, stamp = found
            self._show_report(result.report, stamp, content_hash=result.content_hash)
            if self.tabs.currentWidget() is not self.pdf_view:  # else _show_report started it
                # Laid out (and kept) right after the signature, in the background: the window
                # is free meanwhile, and the PDF is there when the tab or a printout wants it.
                self.ensure_pdf(even_hidden=True)
            if result.state == "locked":  # committed: now the signed PDF goes on (ui/send_panel.py)
                from ui.send_panel import send_after_signing

                send_after_signing(self, self.actor(), self.message)

        run_op(self, work, long=True, message=self.tr("正在签字…"), message_line=self.message, on_done=done,
               on_refused=lambda refusal: self._update_buttons(),  # the day may have moved on (another PC)
               success=lambda found: self.tr("{day} 的日报已签字：{state}。").format(
                   day=day.isoformat(), state=_tr(STATE_TEXTS[found[0].state])))

    def reopen(self) -> None:
        actor, day = self.actor(), self.day

        def work(values):  # in a worker, while the reason prompt stays open (a refusal keeps the reason)
            result = daily.reopen(actor, day, values["text"])
            return result, daily.change_stamp(), result.report.content_hash()

        found, ok = self.ask_reason(self, day, work)
        if ok:
            self._show_report(found[0].report, found[1], content_hash=found[2])
            show_message(self.message, self.tr("{day} 的日报已重新打开，签字版 PDF 仍保留在版本列表中。").format(
                day=day.isoformat()), error=False)

    # -- seams for tests ---------------------------------------------------------------------------

    @classmethod
    def ask_password(cls, parent: QWidget, role: str, day: date, user_name: str) -> str | None:
        dialog = SignDialog(parent, role, day, user_name)
        return dialog.password.text() if dialog.exec() == QDialog.Accepted else None

    @classmethod
    def ask_reason(cls, parent: QWidget, day: date, submit):
        """The reason prompt (tests replace it): (what ``submit`` returned, True), or (None, False)."""
        from ui.forms import TextPrompt

        return TextPrompt.ask(parent, QCoreApplication.translate("DailyPage", "重新打开日报"),
                              QCoreApplication.translate("DailyPage", "重新打开 {day} 的原因(&R)：").format(
                                  day=day.isoformat()), submit, long=True,
                              progress_message=QCoreApplication.translate("DailyPage", "正在重新打开…"))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DailyPage", "导出 Excel"), suggested, QCoreApplication.translate("DailyPage", "Excel 工作簿 (*.xlsx)"))
        return path or None

    @classmethod
    def ask_printer(cls, parent: QWidget):
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)  # the report is A4 landscape
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.Accepted else None


def _pdf_for(day: date, report: daily.DailyReport) -> tuple[bytes, int | None]:
    """In a worker: the PDF the PDF tab shows for ``report`` and the produced version it is.

    The latest version's PDF as signed if it was signed and the figures are still its figures;
    otherwise the figures rendered, with that version's 制表人 when they are that version's, or as
    an unproduced preview (version None) when they changed since or nothing was produced."""
    import io

    from ledger.daily_print import render_pdf, signatures_of

    latest = daily.versions(day).first()
    current = latest is not None and latest.content_hash == report.content_hash() and not latest.reopened_at
    if current and latest.finance_signed_at is not None:
        signed = daily.signed_pdf(day, latest.version)  # laid out and kept on first request
        if signed is not None:
            return signed, latest.version
    out = io.BytesIO()
    render_pdf(report, out, branch_now(), signatures_of(latest if current else None))
    return out.getvalue(), latest.version if current else None


def daily_page(context) -> QWidget:
    return DailyPage(context)

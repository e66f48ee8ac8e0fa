"""日报: the daily goods in/out report (货品出入库报表) - calendar, report on screen, PDF preview,
printing, Excel export, the finance and manager signatures and the manager's reopen.

Data model: the page holds the chosen business date and the content hash of the report it last
showed; signing sends that hash, so a report that changed since it was shown is refused by the
domain (ledger.daily) instead of being signed unseen. The calendar colours each day by its state
(ledger.daily.calendar, one query for the shown month); a failed check is listed in red above the
report and printed on the PDF.

Dialogs that block are reached through ``ask_*`` classmethods the tests replace.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QEvent, QIODevice, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QPainter, QTextCharFormat
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from common.auth import can
from common.errors import Refusal
from ledger import daily
from ui.document_form import book_title, doc_type_name

STATE_TEXTS = {
    "not_produced": QT_TRANSLATE_NOOP("DailyPage", "未生成"),
    "printed": QT_TRANSLATE_NOOP("DailyPage", "已打印"),
    "finance_signed": QT_TRANSLATE_NOOP("DailyPage", "财务已签"),
    "locked": QT_TRANSLATE_NOOP("DailyPage", "经理已签（已锁定）"),
    "reopened": QT_TRANSLATE_NOOP("DailyPage", "已重新打开"),
}
ROLE_LABELS = {"finance": QT_TRANSLATE_NOOP("DailyPage", "财务"), "manager": QT_TRANSLATE_NOOP("DailyPage", "经理")}
STATE_COLOURS = {"printed": "#FFF2CC", "finance_signed": "#DDEBF7", "locked": "#C6EFCE", "reopened": "#FCE4D6"}
OVERDUE_COLOUR = "#F4B084"


def _tr(text: str) -> str:
    """A string kept in a table above (QT_TRANSLATE_NOOP), translated when shown."""
    return QCoreApplication.translate("DailyPage", text)


# The one-character markers of ledger.daily.MARKERS (the PDF prints those, in Chinese).
MARKER_TEXTS = {
    "reversal": QT_TRANSLATE_NOOP("DailyPage", "冲"),
    "reversed": QT_TRANSLATE_NOOP("DailyPage", "废"),
    "restricted": QT_TRANSLATE_NOOP("DailyPage", "审"),
    "backdated": QT_TRANSLATE_NOOP("DailyPage", "补"),
}


def marker_text(markers) -> str:
    return "".join(_tr(MARKER_TEXTS.get(m, daily.MARKERS.get(m, m))) for m in markers)


class SignDialog(QDialog):
    """Re-enter one's own password to sign (the signature is the person, not the session)."""

    def __init__(self, parent: QWidget, role_label: str, day: date, user_name: str):
        super().__init__(parent)
        self.role_label, self.day, self.user_name = role_label, day, user_name
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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("日报签字"))
        self.prompt.setText(self.tr("{user}，请输入您的密码，以{role}身份签署 {day} 的货品出入库报表。").format(
            user=self.user_name, role=_tr(self.role_label), day=self.day.isoformat()))
        self.password_label.setText(self.tr("密码(&P)："))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class DailyPage(QWidget):
    LINE_HEADERS = (
        QT_TRANSLATE_NOOP("DailyPage", "单据号"), QT_TRANSLATE_NOOP("DailyPage", "标记"),
        QT_TRANSLATE_NOOP("DailyPage", "类型"), QT_TRANSLATE_NOOP("DailyPage", "往来单位"),
        QT_TRANSLATE_NOOP("DailyPage", "来源单号"), QT_TRANSLATE_NOOP("DailyPage", "关联单号"),
        QT_TRANSLATE_NOOP("DailyPage", "备件编号"), QT_TRANSLATE_NOOP("DailyPage", "备件名称"),
        QT_TRANSLATE_NOOP("DailyPage", "数量"), QT_TRANSLATE_NOOP("DailyPage", "金额"), QT_TRANSLATE_NOOP("DailyPage", "备注"),
    )

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.day: date = context.actor.today
        self.report: daily.DailyReport | None = None
        self.shown_hash: str | None = None
        self.pdf_bytes: bytes | None = None

        # create
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
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
        self.checks_list = QListWidget()
        self.checks_list.setMaximumHeight(130)
        self.lines_table = QTableWidget(0, len(self.LINE_HEADERS))
        self.lines_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lines_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)

        # lay out
        left = QWidget()
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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # connect
        self.calendar.selectionChanged.connect(self._date_chosen)
        self.calendar.currentPageChanged.connect(lambda year, month: self.colour_calendar())
        self.produce_button.clicked.connect(self.produce)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_xlsx)
        self.finance_button.clicked.connect(lambda: self.sign("finance"))
        self.manager_button.clicked.connect(lambda: self.sign("manager"))
        self.reopen_button.clicked.connect(self.reopen)
        self.version_box.activated.connect(self._version_chosen)

        self.retranslateUi()
        self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))
        self.show_day(self.day)

    # -- texts -----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.produce_button.setText(self.tr("生成并预览(&G)"))
        self.print_button.setText(self.tr("打印(&P)…"))
        self.export_button.setText(self.tr("导出 Excel(&E)…"))
        self.finance_button.setText(self.tr("财务签字(&F)…"))
        self.manager_button.setText(self.tr("经理签字并锁定(&M)…"))
        self.reopen_button.setText(self.tr("重新打开(&R)…"))
        self.tabs.setTabText(0, self.tr("单据明细"))
        self.tabs.setTabText(1, self.tr("PDF 预览"))
        self.lines_table.setHorizontalHeaderLabels([_tr(h) for h in self.LINE_HEADERS])
        self.legend.setText(self.tr("黄：已打印　蓝：财务已签　绿：已锁定　橙：已重新打开　深橙：逾期未签（超过两个工作日）"))
        if self.report is not None:
            self._fill_lines()  # document types and markers are names in the current language
        self._refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

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
        return self.context.actor.at(datetime.now())

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #C00000;" if error else "")
        self.message.setText(text)

    def refused(self, refusal: Refusal) -> None:
        from ui.messages import refusal_text

        self.say(refusal_text(refusal), error=True)

    def _date_chosen(self) -> None:
        chosen = self.calendar.selectedDate()
        self.show_day(date(chosen.year(), chosen.month(), chosen.day()))

    def show_day(self, day: date) -> None:
        """Show the report as the ledger holds it now (nothing is written)."""
        self.day = day
        self.report = daily.build_report(day)
        self.shown_hash = self.report.content_hash()
        self.pdf_bytes = None
        self.pdf_document.close()
        self._fill_lines()
        self._refresh_texts()
        self._update_buttons()
        self.colour_calendar()
        self.say("")

    def _fill_lines(self) -> None:
        rows = [(doc, line) for doc in self.report.documents for line in doc.lines]
        self.lines_table.setRowCount(len(rows))
        for row, (doc, line) in enumerate(rows):
            first = line is doc.lines[0]
            # Names from codes at display time, in the current language (the report holds Chinese).
            values = [doc.number if first else "", marker_text(doc.markers) if first else "",
                      doc_type_name(doc.doc_type) if first else "",
                      doc.party_name if first else "", doc.source_number if first else "",
                      doc.reference_number if first else "", line.part_number, line.part_name, str(line.qty),
                      daily.yuan(line.amount_fen), "；".join(r for r in ((doc.remark if first else ""), line.remark) if r)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (8, 9):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.lines_table.setItem(row, column, item)

    def _fill_checks(self) -> None:
        from ui.messages import refusal_text

        self.checks_list.clear()
        for check in sorted(self.report.checks, key=lambda c: c.ok):
            facts = dict(check.facts)
            if check.code == "daily.check.numbering" and not facts.get("missing"):
                facts["missing"] = "—"
            if "book" in facts:
                facts["book_name"] = book_title(facts["book"])
            text = refusal_text(Refusal(check.code, **facts))
            item = QListWidgetItem(("✔ " if check.ok else "✘ ") + text)
            if not check.ok:
                item.setForeground(QBrush(QColor("#C00000")))
            self.checks_list.addItem(item)

    def _fill_versions(self) -> None:
        self.version_box.clear()
        self.version_box.addItem(self.tr("当前报表"), None)
        for version in daily.versions(self.day):
            signed = version.signed_pdf is not None
            label = self.tr("第 {n} 版").format(n=version.version) + (self.tr("（签字版 PDF）") if signed else "")
            if version.reopened_at:
                label += self.tr("（已重新打开）")
            self.version_box.addItem(label, version.version if signed else None)

    def _update_buttons(self) -> None:
        user = self.context.actor.user
        state = daily.day_state(self.day)
        self.produce_button.setEnabled(can(user, "daily.produce"))
        self.finance_button.setEnabled(can(user, "daily.sign_finance") and state == "printed")
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

    def _render(self) -> bytes:
        import io

        from ledger.daily_print import render_pdf, signatures_of

        latest = daily.versions(self.day).first()
        out = io.BytesIO()
        render_pdf(self.report, out, datetime.now(), signatures_of(latest))
        return out.getvalue()

    def _load_pdf(self, data: bytes) -> None:
        self.pdf_bytes = data
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(data))
        self._pdf_buffer.open(QIODevice.ReadOnly)
        self.pdf_document.load(self._pdf_buffer)
        self.tabs.setCurrentWidget(self.pdf_view)

    def produce(self) -> None:
        try:
            result = daily.produce(self.actor(), self.day)
        except Refusal as refusal:
            self.refused(refusal)
            return
        self.report, self.shown_hash = result.report, result.content_hash
        self._fill_lines()
        self._load_pdf(self._render())
        self._refresh_texts()
        self._update_buttons()
        self.colour_calendar()
        self.say(self.tr("已生成第 {n} 版。").format(n=result.version) if result.new_version
                 else self.tr("内容未变，仍为第 {n} 版。").format(n=result.version))

    def _version_chosen(self, index: int) -> None:
        version = self.version_box.itemData(index)
        if version is None:
            return
        data = daily.signed_pdf(self.day, version)
        if data:
            self._load_pdf(data)

    def print_report(self) -> None:
        if self.pdf_bytes is None:
            self.produce()
            if self.pdf_bytes is None:
                return
        printer = self.ask_printer(self)
        if printer is None:
            return
        painter = QPainter()
        if not painter.begin(printer):
            self.say(self.tr("打印机无法开始打印。"), error=True)
            return
        try:
            for page in range(self.pdf_document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageRect(printer.Unit.DevicePixel).toRect()
                image = self.pdf_document.render(page, QSize(area.width(), area.height()))
                painter.drawImage(area.topLeft(), image)
        finally:
            painter.end()
        self.say(self.tr("已送打印 {n} 页。").format(n=self.pdf_document.pageCount()))

    def export_xlsx(self) -> None:
        from ledger.daily_print import render_xlsx

        path = self.ask_save_path(self, f"货品出入库报表-{self.day.isoformat()}.xlsx")
        if not path:
            return
        try:
            render_xlsx(self.report, path)
        except Refusal as refusal:
            self.refused(refusal)
            return
        self.say(self.tr("已导出到 {path}").format(path=path))

    def sign(self, role: str) -> None:
        password = self.ask_password(self, ROLE_LABELS[role], self.day, self.context.actor.user.display_name)
        if password is None:
            return
        function = daily.sign_finance if role == "finance" else daily.sign_manager
        try:
            result = function(self.actor(), self.day, password, self.shown_hash)
        except Refusal as refusal:
            self.refused(refusal)
            return
        self.show_day(self.day)
        self._load_pdf(daily.signed_pdf(self.day, result.version))
        self.say(self.tr("{day} 的日报已签字：{state}。").format(day=self.day.isoformat(), state=_tr(STATE_TEXTS[result.state])))

    def reopen(self) -> None:
        reason = self.ask_reason(self, self.day)
        if reason is None:
            return
        try:
            daily.reopen(self.actor(), self.day, reason)
        except Refusal as refusal:
            self.refused(refusal)
            return
        self.show_day(self.day)
        self.say(self.tr("{day} 的日报已重新打开，签字版 PDF 仍保留在版本列表中。").format(day=self.day.isoformat()))

    # -- seams for tests ---------------------------------------------------------------------------

    @classmethod
    def ask_password(cls, parent: QWidget, role_label: str, day: date, user_name: str) -> str | None:
        dialog = SignDialog(parent, role_label, day, user_name)
        return dialog.password.text() if dialog.exec() == QDialog.Accepted else None

    @classmethod
    def ask_reason(cls, parent: QWidget, day: date) -> str | None:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("DailyPage", "重新打开日报"),
                                        QCoreApplication.translate("DailyPage", "重新打开 {day} 的原因：").format(day=day.isoformat()))
        return text if ok else None

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


def daily_page(context) -> QWidget:
    return DailyPage(context)

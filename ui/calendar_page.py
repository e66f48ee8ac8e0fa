"""设置 → 节假日日历: the year grid of the holiday calendar and the branch's own festivals.

The grid shows the twelve months of one year; days off (放假) and 调休 working days (上班) are
coloured and their names are listed beside each month and in the table on the right. A manager
clicks a day, or moves with the arrow keys and presses Enter or Space, to set it off, worked or
back to an ordinary day, with a name (``DayDialog.ask``, the seam tests replace). Everyone else sees
the same grid read-only. A year nobody entered yet says so at the top: its deadlines count weekends
only until the State Council's notice is keyed in (or imported from a sheet 日历).

All changes go through archive.holidays / archive.festivals (audited there), through ui.runner.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from archive import festivals, holidays
from common.clock import branch_today
from ui.forms import form_layout, submit_values
from ui.retranslate import Retranslating
from ui.runner import PageActions, run_op

OFF_GROUND, OFF_TEXT = QColor("#fde2e0"), QColor("#b3261e")
WORK_GROUND, WORK_TEXT = QColor("#e3edf7"), QColor("#2f5d8a")
WEEKEND_TEXT, PLAIN_TEXT, FOCUS, TODAY = QColor("#8a949e"), QColor("#1d2b38"), QColor("#2f5d8a"), QColor("#d9822b")

# Literal calls, one per text: lupdate reads only those.
WEEKDAY_SHORT = (QT_TRANSLATE_NOOP("CalendarPage", "一"), QT_TRANSLATE_NOOP("CalendarPage", "二"),
                 QT_TRANSLATE_NOOP("CalendarPage", "三"), QT_TRANSLATE_NOOP("CalendarPage", "四"),
                 QT_TRANSLATE_NOOP("CalendarPage", "五"), QT_TRANSLATE_NOOP("CalendarPage", "六"),
                 QT_TRANSLATE_NOOP("CalendarPage", "日"))
WEEKDAY_LONG = (QT_TRANSLATE_NOOP("CalendarPage", "星期一"), QT_TRANSLATE_NOOP("CalendarPage", "星期二"),
                QT_TRANSLATE_NOOP("CalendarPage", "星期三"), QT_TRANSLATE_NOOP("CalendarPage", "星期四"),
                QT_TRANSLATE_NOOP("CalendarPage", "星期五"), QT_TRANSLATE_NOOP("CalendarPage", "星期六"),
                QT_TRANSLATE_NOOP("CalendarPage", "星期日"))
KIND_WORDS = {holidays.OFF: QT_TRANSLATE_NOOP("CalendarPage", "放假"),
              holidays.WORK: QT_TRANSLATE_NOOP("CalendarPage", "调休上班"),
              holidays.NORMAL: QT_TRANSLATE_NOOP("CalendarPage", "平常日")}
RULE_WORDS = {festivals.SOLAR: QT_TRANSLATE_NOOP("CalendarPage", "公历日期"),
              festivals.LUNAR: QT_TRANSLATE_NOOP("CalendarPage", "农历日期"),
              festivals.WEEKDAY: QT_TRANSLATE_NOOP("CalendarPage", "某月第几个星期几")}


def _t(text: str) -> str:
    return QCoreApplication.translate("CalendarPage", text)


def festival_rule_text(festival: festivals.BranchFestival) -> str:
    if festival.rule == festivals.SOLAR:
        text = QCoreApplication.translate("CalendarPage", "每年 {month} 月 {day} 日")
        return text.format(month=festival.month, day=festival.day)
    if festival.rule == festivals.LUNAR:
        text = QCoreApplication.translate("CalendarPage", "农历 {month} 月 {day} 日")
        return text.format(month=festival.month, day=festival.day)
    text = QCoreApplication.translate("CalendarPage", "{month} 月第 {n} 个{weekday}")
    return text.format(month=festival.month, n=festival.day,
                                                  weekday=_t(WEEKDAY_LONG[festival.weekday]))


class YearGrid(QWidget):
    """Twelve month blocks, four across. ``day_rect(day)`` is where a day is drawn (for tests)."""

    activated = Signal(date)  # a click or Enter/Space on a day
    current_changed = Signal(date)
    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.today = today or branch_today()
        self.view = holidays.YearCalendar(self.today.year, {})
        self.current = self.today

    # -- geometry -----------------------------------------------------------------------------------
    def _cell(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("00") + 14, metrics.height() + 6)

    def _month_size(self) -> QSize:
        cell = self._cell()
        return QSize(cell.width() * 7 + 16, cell.height() * 8 + self.fontMetrics().height() + 10)

    def sizeHint(self) -> QSize:
        month = self._month_size()
        return QSize(month.width() * self.COLUMNS, month.height() * (12 // self.COLUMNS))

    minimumSizeHint = sizeHint

    def _month_origin(self, month: int) -> tuple[int, int]:
        size = self._month_size()
        index = month - 1
        return (index % self.COLUMNS) * size.width(), (index // self.COLUMNS) * size.height()

    def day_rect(self, day: date) -> QRect:
        cell = self._cell()
        x, y = self._month_origin(day.month)
        first = date(day.year, day.month, 1)
        slot = first.weekday() + day.day - 1
        return QRect(x + 8 + (slot % 7) * cell.width(), y + cell.height() * 2 + (slot // 7) * cell.height(),
                     cell.width(), cell.height())

    def day_at(self, point) -> date | None:
        for month in range(1, 13):
            day = date(self.view.year, month, 1)
            while day.month == month:
                if self.day_rect(day).contains(point):
                    return day
                day += timedelta(days=1)
        return None

    # -- content ------------------------------------------------------------------------------------
    def show_year(self, view: holidays.YearCalendar) -> None:
        self.view = view
        if self.current.year != view.year:
            self.current = date(view.year, self.current.month, min(self.current.day, 28))
        self.update()

    def kind_of(self, day: date) -> str:
        entry = self.view.entries.get(day)
        if entry is None:
            return holidays.NORMAL
        return holidays.WORK if entry[1] else holidays.OFF

    def month_names(self, month: int) -> str:
        names = []
        for day, (name, _) in sorted(self.view.entries.items()):
            if day.month == month and name not in names:
                names.append(name)
        return "、".join(names)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        cell = self._cell()
        bold = QFont(self.font())
        bold.setBold(True)
        for month in range(1, 13):
            x, y = self._month_origin(month)
            painter.setFont(bold)
            painter.setPen(PLAIN_TEXT)
            title = QCoreApplication.translate("CalendarPage", "{month} 月").format(month=month)
            painter.drawText(QRect(x + 8, y, cell.width() * 7, cell.height()), Qt.AlignmentFlag.AlignVCenter, title)
            painter.setFont(self.font())
            names = self.month_names(month)
            if names:
                painter.setPen(OFF_TEXT)
                offset = metrics.horizontalAdvance(title) + 18
                room = cell.width() * 7 - offset
                painter.drawText(QRect(x + 8 + offset, y, room, cell.height()), Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(names, Qt.TextElideMode.ElideRight, room))
            for column, short in enumerate(WEEKDAY_SHORT):
                painter.setPen(WEEKEND_TEXT)
                painter.drawText(QRect(x + 8 + column * cell.width(), y + cell.height(), cell.width(), cell.height()),
                                 Qt.AlignmentFlag.AlignCenter, _t(short))
            day = date(self.view.year, month, 1)
            while day.month == month:
                self._paint_day(painter, day)
                day += timedelta(days=1)
        painter.end()

    def _paint_day(self, painter: QPainter, day: date) -> None:
        rect = self.day_rect(day).adjusted(1, 1, -1, -1)
        kind = self.kind_of(day)
        if kind == holidays.OFF:
            painter.fillRect(rect, OFF_GROUND)
            painter.setPen(OFF_TEXT)
        elif kind == holidays.WORK:
            painter.fillRect(rect, WORK_GROUND)
            painter.setPen(WORK_TEXT)
        else:
            painter.setPen(WEEKEND_TEXT if day.weekday() >= 5 else PLAIN_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        if kind == holidays.WORK:  # the 班 mark the printed calendars use
            small = QFont(self.font())
            small.setPointSizeF(max(5.0, self.font().pointSizeF() * 0.6))
            painter.setFont(small)
            painter.drawText(rect.adjusted(0, 0, -1, 0), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                             QCoreApplication.translate("CalendarPage", "班"))
            painter.setFont(self.font())
        if day == self.today:
            painter.setPen(QPen(TODAY, 1))
            painter.drawRect(rect)
        if day == self.current and self.hasFocus():
            painter.setPen(QPen(FOCUS, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    # -- input ----------------------------------------------------------------------------------------
    def set_current(self, day: date) -> None:
        if day.year != self.view.year:
            return  # the year is changed with the year box, never by running off the grid
        self.current = day
        self.update()
        self.current_changed.emit(day)

    def mousePressEvent(self, event) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current(day)
            self.activated.emit(day)
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps:
            self.set_current(self.current + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = self.current.month + (-1 if key == Qt.Key.Key_PageUp else 1)
            if 1 <= month <= 12:
                self.set_current(date(self.view.year, month, min(self.current.day, 28)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            entry = self.view.entries.get(day) if day else None
            if entry:
                self.setToolTip(f"{day.isoformat()} {_t(KIND_WORDS[self.kind_of(day)])} {entry[0]}")
            else:
                self.setToolTip("")
        return super().event(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class DayDialog(QDialog):
    """One day: 放假 / 调休上班 / 平常日, and its name. ``ask`` returns (kind, name) or None."""

    def __init__(self, parent: QWidget | None, day: date, kind: str, name: str, submit=None):
        super().__init__(parent)
        self.day, self.submit, self.result_value = day, submit, None
        self.kind = QComboBox()
        for code in (holidays.OFF, holidays.WORK, holidays.NORMAL):
            self.kind.addItem(_t(KIND_WORDS[code]), code)
        if kind == holidays.NORMAL:  # what an ordinary day usually becomes: a weekday off, a weekend worked
            kind = holidays.WORK if day.weekday() >= 5 else holidays.OFF
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.name = QLineEdit(name)
        self.name.setMaxLength(32)
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("M" * 24))
        self.labels, self.message, self.buttons = form_layout(self, (self.kind, self.name), self.try_accept)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CalendarPage", "{day}（{weekday}）").format(day=self.day.isoformat(),
                                                           weekday=_t(WEEKDAY_LONG[self.day.weekday()])))
        self.labels[0].setText(QCoreApplication.translate("CalendarPage", "这一天(&K)"))
        self.labels[1].setText(QCoreApplication.translate("CalendarPage", "名称(&N)"))
        self.name.setPlaceholderText(QCoreApplication.translate("CalendarPage", "如 春节、国庆节；留空按类型命名"))

    def try_accept(self) -> None:
        submit_values(self, self.submit, {"kind": self.kind.currentData(), "name": self.name.text()}, self.message,
                      {"calendar.work_on_weekday": self.kind, "calendar.unknown_kind": self.kind})

    @classmethod
    def ask(cls, parent: QWidget | None, day: date, kind: str, name: str, submit):
        dialog = cls(parent, day, kind, name, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class FestivalDialog(QDialog):
    """A festival of the branch's own: name and date rule. ``ask`` returns what ``submit`` did."""

    def __init__(self, parent: QWidget | None, submit=None):
        super().__init__(parent)
        self.submit, self.result_value = submit, None
        self.name = QLineEdit()
        self.name.setMaxLength(16)
        self.rule = QComboBox()
        for code in festivals.RULES:
            self.rule.addItem(_t(RULE_WORDS[code]), code)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.weekday = QComboBox()
        for index, word in enumerate(WEEKDAY_LONG):
            self.weekday.addItem(_t(word), index)
        self.weekday.setCurrentIndex(6)
        self.labels, self.message, self.buttons = form_layout(
            self, (self.name, self.rule, self.month, self.day, self.weekday), self.try_accept)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.retranslateUi()
        self._rule_changed()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CalendarPage", "添加本店节日"))
        texts = (QCoreApplication.translate("CalendarPage", "名称(&N)"), QCoreApplication.translate("CalendarPage", "日期规则(&R)"),
                 QCoreApplication.translate("CalendarPage", "月(&M)"), QCoreApplication.translate("CalendarPage", "日 / 第几个(&D)"),
                 QCoreApplication.translate("CalendarPage", "星期(&W)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.name.setPlaceholderText(QCoreApplication.translate("CalendarPage", "如 母亲节、店庆"))

    def _rule_changed(self) -> None:
        by_weekday = self.rule.currentData() == festivals.WEEKDAY
        self.weekday.setEnabled(by_weekday)
        self.labels[4].setEnabled(by_weekday)

    def try_accept(self) -> None:
        values = {"name": self.name.text(), "rule": self.rule.currentData(), "month": self.month.value(),
                  "day": self.day.value(), "weekday": self.weekday.currentData()}
        submit_values(self, self.submit, values, self.message,
                      {"festival.duplicate": self.name, "archive.required": self.name, "festival.day_range": self.day})

    @classmethod
    def ask(cls, parent: QWidget | None, submit):
        dialog = cls(parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class CalendarPage(PageActions, Retranslating, QWidget):
    def __init__(self, actor, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        from common.auth import can

        self.actor = actor
        self.may_edit = can(actor.user, "archive.calendar")
        today = today or actor.today

        # create
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1990, 2099)
        self.year.setValue(today.year)
        self.year_label.setBuddy(self.year)
        self.import_button = QPushButton()
        self.import_button.setVisible(self.may_edit)
        self.legend = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.grid = YearGrid(today=today)
        self.entries = QTableWidget(0, 4)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.verticalHeader().hide()
        self.entries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.entries.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.festival_box = QGroupBox()
        self.festival_list = QListWidget()
        self.festival_add = QPushButton()
        self.festival_remove = QPushButton()
        for button in (self.festival_add, self.festival_remove):
            button.setVisible(self.may_edit)

        # lay out
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.legend, 1)
        top.addWidget(self.import_button)
        festival_layout = QVBoxLayout(self.festival_box)
        festival_layout.addWidget(self.festival_list)
        festival_buttons = QHBoxLayout()
        festival_buttons.addWidget(self.festival_add)
        festival_buttons.addWidget(self.festival_remove)
        festival_buttons.addStretch(1)
        festival_layout.addLayout(festival_buttons)
        side = QVBoxLayout()
        side.addWidget(self.entries, 3)
        side.addWidget(self.festival_box, 2)
        body = QHBoxLayout()
        body.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        # connect
        self.year.valueChanged.connect(self.show_year)
        self.grid.activated.connect(self.edit_day)
        self.entries.cellDoubleClicked.connect(self._entry_activated)
        self.import_button.clicked.connect(self.import_sheet)
        self.festival_add.clicked.connect(self.add_festival)
        self.festival_remove.clicked.connect(self.remove_festival)

        self.retranslateUi()
        self.setTabOrder(self.year, self.grid)
        self.show_year(today.year)
        self.grid.set_current(today)

    def retranslateUi(self) -> None:
        self.year_label.setText(self.tr("年份(&Y)"))
        self.import_button.setText(self.tr("从 Excel 导入(&I)…"))
        self.legend.setText(self.tr(
            "<span style='background:#fde2e0;color:#b3261e'>&nbsp;放假&nbsp;</span>&nbsp;&nbsp;"
            "<span style='background:#e3edf7;color:#2f5d8a'>&nbsp;调休上班&nbsp;</span>&nbsp;&nbsp;"
            "<span style='color:#8a949e'>周末</span>"))
        self.entries.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"), self.tr("类型"), self.tr("名称")])
        self.festival_box.setTitle(self.tr("本店节日（客户关怀问候）"))
        self.festival_add.setText(self.tr("添加(&A)…"))
        self.festival_remove.setText(self.tr("删除(&D)"))
        if hasattr(self, "view"):
            self._fill()

    # -- showing ------------------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        self.view = holidays.year_calendar(year)
        self.grid.show_year(self.view)
        self._fill()

    def _fill(self) -> None:
        view = self.view
        if not view.covered:
            self.notice.setProperty("role", "error")
            self.notice.setText(self.tr("{year} 年节假日尚未录入：该年的截止日期暂按周末计算。请按国务院通知录入放假和调休上班的日子"
                                        "（录入元旦后该年即算已录入），或从 Excel 导入（工作表“日历”：日期 | 类型 | 名称）。")
                                .format(year=view.year))
        else:
            self.notice.setProperty("role", "hint")
            days_off = sum(1 for _, (_, work) in view.entries.items() if not work)
            self.notice.setText(self.tr("{year} 年：放假 {off} 天（其中工作日 {weekdays} 天），调休上班 {work} 天。").format(
                year=view.year, off=days_off, weekdays=len(view.days_off), work=len(view.workdays))
                + ("" if self.may_edit else " " + self.tr("只有经理可以修改。")))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        rows = sorted(view.entries.items())
        self.entries.setRowCount(len(rows))
        for row, (day, (name, work)) in enumerate(rows):
            kind = holidays.WORK if work else holidays.OFF
            cells = (day.isoformat(), _t(WEEKDAY_LONG[day.weekday()]), _t(KIND_WORDS[kind]), name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(WORK_TEXT if work else OFF_TEXT)
                item.setData(Qt.ItemDataRole.UserRole, day)
                self.entries.setItem(row, column, item)
        self._fit_entries()
        self.festival_list.clear()
        for festival in festivals.branch_festivals():
            item = QListWidgetItem(f"{festival.name}　{festival_rule_text(festival)}")
            item.setData(Qt.ItemDataRole.UserRole, festival.name)
            self.festival_list.addItem(item)

    def _fit_entries(self) -> None:
        # The table shows every column whole: the names are what the grid has no room for.
        header = self.entries.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(c), self.entries.sizeHintForColumn(c)) for c in range(4)) + 12
        self.entries.setMinimumWidth(columns + self.entries.verticalScrollBar().sizeHint().width()
                                     + 2 * self.entries.frameWidth() + 4)

    def showEvent(self, event) -> None:
        self._fit_entries()  # the shown fonts and texts decide the widths
        super().showEvent(event)

    # -- changing -------------------------------------------------------------------------------------
    def _entry_activated(self, row: int, column: int) -> None:
        day = self.entries.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.grid.set_current(day)
        self.edit_day(day)

    def edit_day(self, day: date):
        if not self.may_edit:
            self.say(self.tr("只有经理可以修改节假日日历。"), error=False)
            return None
        kind = self.grid.kind_of(day)
        name = self.view.entries.get(day, ("", False))[0]
        actor = self.actor

        def submit(values):
            if values["kind"] == holidays.NORMAL and kind == holidays.NORMAL:
                return None  # already an ordinary day: nothing to change
            return holidays.set_day(actor, day, values["kind"], values["name"])

        answer = DayDialog.ask(self, day, kind, name, submit)
        if answer is not None:
            self.say(self.tr("已保存 {day}；{moved} 份未移交资料的截止日随之调整。").format(
                day=day.isoformat(), moved=answer.deadlines_moved), error=False)
        self.show_year(self.view.year)
        return answer

    @classmethod
    def ask_open_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("CalendarPage", "导入节假日"), "",
                                              QCoreApplication.translate("CalendarPage", "Excel 工作簿 (*.xlsx)"))
        return path or None

    def import_sheet(self) -> None:
        path = self.ask_open_path(self)
        if not path:
            return
        actor = self.actor
        run_op(self, lambda: holidays.import_calendar(actor, path), message_line=self.message,
               success=lambda result: self.tr("已导入 {days} 天（{years} 年）；{moved} 份未移交资料的截止日随之调整。").format(
                   days=result.days, years="、".join(map(str, result.years)), moved=result.deadlines_moved),
               on_done=lambda result: self.show_year(self.year.value()))

    def add_festival(self) -> None:
        actor = self.actor
        added = FestivalDialog.ask(self, lambda v: festivals.add_branch_festival(
            actor, v["name"], v["rule"], v["month"], v["day"], v["weekday"]))
        if added is not None:
            self._fill()

    def remove_festival(self) -> None:
        item = self.festival_list.currentItem()
        if item is None:
            self.say(self.tr("请先在列表中选中要删除的节日。"), error=True)
            return
        actor, name = self.actor, item.data(Qt.ItemDataRole.UserRole)
        run_op(self, lambda: festivals.remove_branch_festival(actor, name), message_line=self.message,
               success=lambda _: self.tr("已删除本店节日“{name}”。").format(name=name), on_done=lambda _: self._fill())


class CalendarDialog(Retranslating, QDialog):
    """The calendar page in its own window, opened from 设置."""

    def __init__(self, actor, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.page = CalendarPage(actor, self, today)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)
        self.retranslateUi()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        hint = self.sizeHint()
        self.resize(min(hint.width(), screen.width() - 24), min(hint.height(), screen.height() - 24))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("节假日日历"))
        self.close_button.setText(self.tr("关闭(&C)"))


def open_calendar(parent: QWidget, actor) -> CalendarDialog:
    dialog = CalendarDialog(actor, parent)
    dialog.show()
    return dialog

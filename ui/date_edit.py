"""The one date field of the app: a line edit that reads what a clerk types, with a calendar popup.

Why not QDateEdit: it edits one section at a time, so typing 20261201 over 2026-11-25 lands digits
in the wrong sections (2026-10-01), and a date outside its range is silently replaced by the
nearest allowed one. Here the whole text is the input:

- focusing the field selects all of it, so typing replaces the date;
- 20261201, 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, full-width digits (２０２６１２０１),
  and 12-01 / 12/1 / 12月1日 (this year) are read when the clerk presses Enter or leaves the field;
- a text that is not a date, or a date outside the allowed range, is kept as typed, the field is
  marked (dynamic property ``invalid``, styled in ui/style.py) and ``problem()`` names the field and
  what is wrong; ``date()`` keeps the last accepted date. Nothing is replaced silently;
- Up / Down step a day, Page Up / Page Down a month; Alt+Down or F4 opens the calendar.

The API follows the parts of QDateEdit this code base uses (``date()``, ``setDate()``,
``dateChanged``, minimum / maximum dates, ``setCalendarPopup``, ``setDisplayFormat``), so a page
swaps the class and nothing else.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLabel, QLineEdit, QToolTip, QVBoxLayout, QWidget

from common.clock import branch_today

DISPLAY_FORMAT = "yyyy-MM-dd"

_SEPARATED = re.compile(r"^(?:(\d{4})\s*[-/.年\s]\s*)?(\d{1,2})\s*[-/.月\s]\s*(\d{1,2})\s*日?$")


def parse_date(text: str, today: date) -> date | None:
    """The date a clerk meant by ``text``, or None when it is not one. Month-day alone means
    ``today``'s year. Full-width digits and separators are read as their ASCII forms."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if re.fullmatch(r"\d{8}", text):
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        match = _SEPARATED.match(text)
        if match is None:
            return None
        year = int(match.group(1)) if match.group(1) else today.year
        month, day = int(match.group(2)), int(match.group(3))
    try:
        return date(year, month, day)
    except ValueError:  # 2026-02-30, month 13...
        return None


def _to_python(value) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    return value


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _field_label_text(widget: QWidget) -> str:
    """The text of the label whose buddy is ``widget``, without its mnemonic: the field's name."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return re.sub(r"\(&.\)|&", "", label.text()).rstrip("：: ")
    return ""


class _CalendarPopup(QFrame):
    """The month grid under the field; Enter or a click picks the day, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    """A date typed as text (see the module docstring). ``today`` gives the year of a month-day
    entry and the first date shown; pages pass their clock's date."""

    dateChanged = Signal(QDate)
    problemChanged = Signal(str)  # "" when the field is fine again

    def __init__(self, value=None, parent: QWidget | None = None, *, today: Callable[[], date] | None = None):
        super().__init__(parent)
        self._today = today or branch_today
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._field_name = ""
        self._problem = ""
        self._popup: _CalendarPopup | None = None
        self._date = _to_python(value) or self._today()
        self.setText(self._date.isoformat())
        # Room for "2026-12-01" plus the calendar button, in characters rather than pixels.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-01") + self.fontMetrics().height() * 3)
        from ui.icons import icon

        self.calendar_action = QAction(icon("calendar"), "", self)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._finished)
        self.textEdited.connect(lambda _: self._set_problem(""))
        self.retranslateUi()

    # -- the QDateEdit-like API -------------------------------------------------------------------

    def date(self) -> QDate:
        return _qdate(self._date)

    def setDate(self, value) -> None:
        """Show ``value``; a date outside the allowed range is shown and marked, not replaced."""
        day = _to_python(value)
        if day is None:
            return
        self.setText(day.isoformat())
        self.commit()

    def minimumDate(self) -> QDate | None:
        return _qdate(self._minimum) if self._minimum else None

    def maximumDate(self) -> QDate | None:
        return _qdate(self._maximum) if self._maximum else None

    def setMinimumDate(self, value) -> None:
        self._minimum = _to_python(value)
        self.commit()

    def setMaximumDate(self, value) -> None:
        self._maximum = _to_python(value)
        self.commit()

    def setDateRange(self, minimum, maximum) -> None:
        self._minimum, self._maximum = _to_python(minimum), _to_python(maximum)
        self.commit()

    def setCalendarPopup(self, enabled: bool) -> None:
        self.calendar_action.setVisible(enabled)

    def setDisplayFormat(self, display_format: str) -> None:
        """Accepted for QDateEdit compatibility: every date in the app shows as yyyy-MM-dd."""

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar().calendar

    # -- what the clerk typed ---------------------------------------------------------------------

    def setFieldName(self, name: str) -> None:
        """The field's name in messages when no label has this field as its buddy."""
        self._field_name = name

    def field_name(self) -> str:
        return self._field_name or _field_label_text(self) or self.tr("日期")

    def problem(self) -> str:
        """What is wrong with the text shown ("" when it is the accepted date)."""
        self.commit()
        return self._problem

    def commit(self) -> bool:
        """Read the text: accept the date it names, or keep the text and mark the field."""
        day = parse_date(self.text(), self._today())
        if day is None:
            self._set_problem(self.tr("{field}：“{text}”不是有效日期，请输入如 2026-12-01 或 20261201。")
                              .format(field=self.field_name(), text=self.text().strip()))
            return False
        if self._maximum is not None and day > self._maximum:
            self._set_problem(self.tr("{field}：{day} 晚于允许的最晚日期 {limit}。").format(
                field=self.field_name(), day=day.isoformat(), limit=self._maximum.isoformat()))
            return False
        if self._minimum is not None and day < self._minimum:
            self._set_problem(self.tr("{field}：{day} 早于允许的最早日期 {limit}。").format(
                field=self.field_name(), day=day.isoformat(), limit=self._minimum.isoformat()))
            return False
        if self.text() != day.isoformat():
            self.setText(day.isoformat())
        self._set_problem("")
        if day != self._date:
            self._date = day
            self.dateChanged.emit(self.date())
        return True

    def _finished(self) -> None:
        self.commit()
        if self.hasFocus():  # Enter: the next typing replaces the text, kept as typed if wrong
            self.selectAll()

    def _set_problem(self, text: str) -> None:
        changed = text != self._problem
        self._problem = text
        self.setProperty("invalid", bool(text))
        self.setToolTip(text)
        self.style().unpolish(self)  # the red border of [invalid="true"] in ui/style.py
        self.style().polish(self)
        if text and self.isVisible() and self.hasFocus():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)
        if changed:
            self.problemChanged.emit(text)

    # -- keyboard ---------------------------------------------------------------------------------

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # After the mouse press has placed the cursor, so a click selects all too: typing replaces.
        QTimer.singleShot(0, self, self.selectAll)  # with self as context: dropped if the field is gone

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                 Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            if self.commit():
                days, months = steps[key]
                self.setDate(self.date().addDays(days).addMonths(months))
                self.selectAll()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().event(event)

    def retranslateUi(self) -> None:
        self.calendar_action.setToolTip(self.tr("选择日期（F4）"))
        self.setPlaceholderText("2026-12-01")

    # -- the calendar -----------------------------------------------------------------------------

    def _calendar(self) -> _CalendarPopup:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        return self._popup

    def show_calendar(self) -> _CalendarPopup:
        popup = self._calendar()
        calendar = popup.calendar
        calendar.setLocale(QLocale())  # the language of the moment, not of start-up
        calendar.setMinimumDate(_qdate(self._minimum) if self._minimum else QDate(1900, 1, 1))
        calendar.setMaximumDate(_qdate(self._maximum) if self._maximum else QDate(2999, 12, 31))
        calendar.setSelectedDate(_qdate(parse_date(self.text(), self._today()) or self._date))
        popup.adjustSize()
        # Under the field, or above it when the screen ends first (a field low on a 768 px screen).
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = (self.screen() or popup.screen()).availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - popup.width()))
        y = below.y() if below.y() + popup.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        popup.move(x, max(screen.top(), y))
        popup.show()
        calendar.setFocus()
        return popup

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.setFocus()
        self.selectAll()


class FilterDates:
    """Date fields that filter a list (a page's 从/到, a card's 截至): a date typed wrong must not
    leave the list filtered by the last good date without a word.

    When a field's text is no date, the page's message line says so ("开始日期：“…”不是有效日期…
    列表未按此日期筛选。"), and ``blocked()``, asked by the page before it queries, says the same and
    tells it not to query. The clerk's next Enter or leaving the field with a good date queries
    again. ``message_line`` is a QLabel or a say(text, error) callable (ui.runner.show_message).
    """

    def __init__(self, edits, message_line, refresh: Callable[[], object], *,
                 active: Callable[[], bool] = lambda: True):
        self.edits = tuple(edits)
        self.message_line = message_line
        self.refresh = refresh
        self.active = active  # False while the dates do not filter (their check box is off)
        self.said = ""
        self.stale = False  # the list was not queried for what the fields show now
        for edit in self.edits:
            edit.problemChanged.connect(self._problem_changed)
            edit.editingFinished.connect(self._finished)  # after the field's own read of its text

    def problem(self) -> str:
        """The message for the first filter field whose text is no date ("" when all are dates).
        It does not read a field's text again: the clerk may be typing in it while a page refreshes."""
        if not self.active():
            return ""
        for edit in self.edits:
            if edit.isEnabled() and edit._problem:
                return QCoreApplication.translate("DateEdit", "{problem}列表未按此日期筛选。").format(
                    problem=edit._problem)
        return ""

    def blocked(self) -> bool:
        """True (and said in the message line) when the list must not be queried now."""
        problem = self.problem()
        if problem or self.said:  # say it, or take back what was said about a date now read
            self._say(problem)
        self.stale = bool(problem)
        return bool(problem)

    def _say(self, text: str) -> None:
        from ui.runner import show_message

        self.said = text
        show_message(self.message_line, text, error=bool(text))

    def _problem_changed(self, _text: str) -> None:
        problem = self.problem()
        if problem:
            self._say(problem)
            self.stale = True
        elif self.said:  # the clerk is correcting it: the old complaint goes
            self._say("")

    def _finished(self) -> None:
        # A good date again after a wrong one: the list was not queried meanwhile, so query now
        # (the date may equal the last good one, which emits no dateChanged).
        if self.stale and not self.problem():
            self.stale = False
            self.refresh()


def name_period(start: DateEdit, end: DateEdit) -> None:
    """Name a period's two fields in messages (开始日期 / 结束日期), for filter bars with no label
    per field; called from the page's retranslateUi so the names follow the language."""
    start.setFieldName(QCoreApplication.translate("DateEdit", "开始日期"))
    end.setFieldName(QCoreApplication.translate("DateEdit", "结束日期"))

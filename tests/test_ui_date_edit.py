"""The app's one date field (ui/date_edit.DateEdit), typed into as a clerk does: click, type, Enter."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

TODAY = date(2026, 11, 25)
_windows: list[QWidget] = []


def _form(qtbot, widget_class=None, **options):
    """An active window with a name field and a labelled date field showing 2026-11-25."""
    from ui.date_edit import DateEdit

    widget_class = widget_class or (lambda start: DateEdit(start, today=lambda: TODAY))
    window = QWidget()
    field = widget_class(QDate(2026, 11, 25))
    label = QLabel("受理日期(&D)")
    label.setBuddy(field)
    form = QFormLayout(window)
    form.addRow("投诉人", QLineEdit())  # focus starts here; the clerk clicks into the date
    form.addRow(label, field)
    for name, value in options.items():
        getattr(field, name)(value)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # focus-in (which selects the text) needs the active window
    qtbot.waitUntil(window.isActiveWindow)
    _windows.append(window)  # qtbot holds widgets weakly; the window must outlive this function
    return field


def commit_text(widget, text: str) -> None:
    """Text as a Chinese input method delivers it (full-width digits, 年月日): one commit string.
    qtbot.keyClicks is ASCII-only."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type(qtbot, field, text: str) -> None:
    """Click into the field (as a clerk does), type, press Enter."""
    # The click lands on what is under the pointer (inside a QDateEdit, its inner line edit).
    qtbot.mouseClick(field.childAt(field.rect().center()) or field, Qt.MouseButton.LeftButton)
    qtbot.wait(5)  # the field selects its text once the click is handled
    focused = field.window().focusWidget()
    if text.isascii():
        qtbot.keyClicks(focused, text)
    else:
        commit_text(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", [
    "20261201", "2026-12-01", "2026/12/1", "2026.12.1", "12-01", "12/1", "２０２６１２０１", "２０２６－１２－０１",
    "2026年12月1日", "12月1日", " 2026-12-1 ",
])
def test_every_typed_form_gives_that_date(qtbot, typed):
    field = _form(qtbot)
    changed = []
    field.dateChanged.connect(changed.append)
    _type(qtbot, field, typed)
    assert field.date() == QDate(2026, 12, 1)
    assert field.text() == "2026-12-01" and field.problem() == ""
    assert changed == [QDate(2026, 12, 1)]


def test_typing_over_a_shown_date_replaces_it_rather_than_one_section(qtbot):
    # QDateEdit gives 2026-10-01 here: the digits fill the section under the cursor.
    field = _form(qtbot)
    assert field.text() == "2026-11-25"
    _type(qtbot, field, "20261201")
    assert field.date() == QDate(2026, 12, 1)


def test_a_date_after_the_maximum_is_kept_and_named_not_snapped_back(qtbot):
    field = _form(qtbot, setMaximumDate=QDate(2026, 11, 25))
    changed = []
    field.dateChanged.connect(changed.append)
    _type(qtbot, field, "20261201")
    assert field.text() == "20261201"  # what was typed stays
    assert field.date() == QDate(2026, 11, 25) and changed == []
    assert field.property("invalid") is True
    assert field.problem() == "受理日期：2026-12-01 晚于允许的最晚日期 2026-11-25。"


def test_a_date_before_the_minimum_is_named_too(qtbot):
    field = _form(qtbot, setMinimumDate=QDate(2026, 11, 1))
    _type(qtbot, field, "2026-10-31")
    assert "早于允许的最早日期 2026-11-01" in field.problem() and field.date() == QDate(2026, 11, 25)


@pytest.mark.parametrize("typed", ["2026-02-30", "abc", "2026-13-01", "202612"])
def test_text_that_is_no_date_keeps_the_input_and_says_so(qtbot, typed):
    field = _form(qtbot)
    _type(qtbot, field, typed)
    assert field.text() == typed and field.date() == QDate(2026, 11, 25)
    assert field.problem().startswith("受理日期：") and "不是有效日期" in field.problem()
    # Enter left the kept text selected: typing the right date replaces it and clears the mark.
    qtbot.keyClicks(field, "2026-11-30")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.property("invalid") is False and field.date() == QDate(2026, 11, 30)


def test_up_and_down_step_one_day_page_keys_a_month(qtbot):
    field = _form(qtbot)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 11, 26)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 11, 24)
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.date() == QDate(2026, 12, 24)


def test_up_does_not_step_past_the_maximum(qtbot):
    field = _form(qtbot, setMaximumDate=QDate(2026, 11, 25))
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 11, 25) and field.problem()  # refused and said, not moved


def test_the_calendar_opens_with_f4_and_enter_picks_the_day(qtbot):
    field = _form(qtbot)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendarWidget()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 11, 25)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible() and field.date() == QDate(2026, 11, 26)


def test_set_date_takes_a_python_date_and_an_out_of_range_one_is_marked(qtbot):
    field = _form(qtbot, setMaximumDate=QDate(2026, 11, 25))
    field.setDate(date(2026, 11, 20))
    assert field.date().toPython() == date(2026, 11, 20)
    field.setDate(date(2026, 11, 28))
    assert field.text() == "2026-11-28" and field.property("invalid") is True


def test_a_statement_period_typed_wrong_is_named_and_nothing_is_written(qtbot, sqlite_actors, monkeypatch):
    from tests.conftest import NOW
    from tests.test_reconcile import november
    from ui import reconcile_page

    november(sqlite_actors["clerk"], sqlite_actors["manager"])
    page = reconcile_page.ReconcilePage(sqlite_actors["clerk"], clock=lambda: NOW)
    qtbot.addWidget(page)
    tab = page.statements
    asked = []
    monkeypatch.setattr(reconcile_page._Tab, "ask_save_path", classmethod(lambda cls, *a: asked.append(a)))
    tab.from_edit.setText("2026-11-31")  # as typed: November has 30 days
    tab.pdf_button.click()
    assert asked == [] and "不是有效日期" in tab.message.text()

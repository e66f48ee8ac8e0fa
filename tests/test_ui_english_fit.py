"""English at run time, and a window that fits a 1366x768 screen in both languages.

The main window is shown offscreen on a small demo branch (real documents, archives, callbacks)
and every page is opened: its minimum size must fit 1366 x 728 (768 less a taskbar), in Chinese and
in English. Switching to English at run time must turn everything already built into English: the
daily page's calendar (month and weekday names), document types and book names.
"""
import random
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView, QToolButton

from tests.conftest import NOW
from ui import i18n
from ui.main_window import PAGES, MainWindow

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768 - 40  # a Windows taskbar takes about 40 px


@pytest.fixture(autouse=True)
def app_look(qapp, tmp_path, monkeypatch):
    """The app's own stylesheet and fonts (sizes depend on them); plain Qt and Chinese afterwards."""
    from ui.app import apply_look

    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    apply_look(qapp)
    yield
    i18n.install("zh")
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def branch(sqlite_db, sqlite_actors):
    """A few weeks of a demo branch up to NOW, so every table and the day's report have rows."""
    from archive import demo as archive_demo
    from ledger import demo as ledger_demo

    manager = sqlite_actors["manager"]
    ledger_demo.populate(manager, random.Random(3), date(2026, 10, 26), NOW.date(), scale=0.3)
    archive_demo.populate(sqlite_actors["clerk"], random.Random(3), date(2025, 11, 1), NOW.date(), scale=0.02)
    archive_demo.populate_callbacks(manager, random.Random(3), date(2025, 11, 1), NOW.date())
    return sqlite_actors


def open_window(qtbot, sqlite_db, actor):
    window = MainWindow(actor, sqlite_db)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang, role", [("zh", "manager"), ("en", "manager"), ("en", "clerk"), ("en", "admin")])
def test_the_main_window_fits_a_1366x768_screen_on_every_page(qtbot, sqlite_db, branch, lang, role):
    i18n.install(lang)
    window = open_window(qtbot, sqlite_db, branch[role])
    for number, page in enumerate(PAGES, start=1):
        item = window.navigation.item(number - 1)
        if item.isHidden():
            continue  # not this role's page (审计)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.navigation.visualItemRect(item).center())
        assert window.current_page_key() == page.key
        qtbot.wait(10)  # let deferred work (the Today counts, table fills) change size hints
        needed = window.minimumSizeHint()
        assert needed.width() <= SCREEN_WIDTH, f"{lang} {role} {page.key}: the window needs {needed.width()} px"
        assert needed.height() <= SCREEN_HEIGHT, f"{lang} {role} {page.key}: the window needs {needed.height()} px"


def _type_column(daily) -> list[str]:
    column = daily.LINE_HEADERS.index("类型")  # by position: the header's English may change
    model = daily.lines_table.model()
    return [model.index(row, column).data() for row in range(model.rowCount(QModelIndex()))]


def test_switching_to_english_at_run_time_translates_calendar_document_types_and_books(qtbot, sqlite_db, branch):
    i18n.install("zh")
    window = open_window(qtbot, sqlite_db, branch["manager"])
    daily = window.show_page("daily")
    month_button = daily.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month_button.text() == "十一月"
    assert "总部到货" in _type_column(daily)

    window.language_actions["en"].trigger()  # 视图 > 语言 > English
    qtbot.waitUntil(lambda: daily.tabs.tabText(0) == "Document lines")  # LanguageChange is posted

    assert month_button.text() == "November"
    grid = daily.calendar.findChild(QTableView, "qt_calendar_calendarview").model()
    weekdays = {grid.index(0, column).data() for column in range(grid.columnCount())} - {None, ""}  # week numbers or not
    assert weekdays == {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    types = set(_type_column(daily)) - {"", None}
    assert "HQ receipt" in types and not any("\u4e00" <= ch <= "\u9fff" for name in types for ch in name)
    checks = [daily.checks_list.item(row).text() for row in range(daily.checks_list.count())]
    assert any(text.startswith("✔ Good stock") for text in checks), checks
    assert not any(book in text for text in checks for book in ("好件库存", "坏件库存", "欠人坏件", "人欠坏件"))
    # The version choice grows with its English text instead of cutting it ("Current r").
    box = daily.version_box
    qtbot.waitUntil(lambda: box.width() >= box.fontMetrics().horizontalAdvance(box.currentText()) + 16)


def test_a_refusal_names_the_book_in_english_when_the_ui_is_english(qapp):
    from common.errors import Refusal
    from ui.messages import refusal_text

    refusal = Refusal("ledger.insufficient", part="BP-3501010", name="前刹车片", book="good", book_name="好件库存",
                      party="", date="2026-11-23", on_date=2, available=2, asked=5)
    assert "好件库存" in refusal_text(refusal)
    i18n.install("en")
    text = refusal_text(refusal)
    assert "Good stock" in text and "好件库存" not in text

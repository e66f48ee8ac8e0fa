"""档案 is a search page: switched to (Ctrl+2, or a click in the navigation), the cursor is in its
search field, so the clerk types the VIN or the name at once."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    yield
    i18n.install("zh")


@pytest.fixture
def window(qtbot, sqlite_db, sqlite_actors):
    window = MainWindow(sqlite_actors["clerk"], sqlite_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def test_ctrl_2_puts_the_cursor_in_the_archive_search_field(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.frames["archive"].content
    assert window.current_page_key() == "archive"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.query)
    qtbot.keyClicks(QApplication.focusWidget(), "LFV3A")
    assert page.query.text() == "LFV3A"


def test_coming_back_to_the_archive_page_puts_the_cursor_in_its_search_field_again(qtbot, window):
    archive_row = [window.navigation.item(row).text() for row in range(window.navigation.count())].index("档案")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.frames["archive"].content
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "today"
    rect = window.navigation.visualItemRect(window.navigation.item(archive_row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "archive"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.query)

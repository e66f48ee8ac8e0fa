"""Alt+letter on each tab of the 客服 page does one thing: no two of the window's menus, the page's
tabs and the tab's visible buttons share a mnemonic (回访验证(&V) opened 视图(&V) instead), in
Chinese and in English."""
import re

import pytest
from PySide6.QtWidgets import QAbstractButton

from ui import i18n


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(window, page) -> dict[str, list[str]]:
    taken: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    texts += [b.text() for b in page.tabs.currentWidget().findChildren(QAbstractButton) if b.isVisibleTo(window)]
    for text in texts:
        letter = _letter(text)
        if letter:
            taken.setdefault(letter, []).append(text)
    return {letter: where for letter, where in taken.items() if len(where) > 1}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_service_tab_has_its_own_letters(qtbot, sqlite_db, sqlite_actors, lang):
    from ui.callbacks_page import TABS
    from ui.main_window import MainWindow

    window = MainWindow(sqlite_actors["manager"], sqlite_db)
    qtbot.addWidget(window)
    window.show()
    try:
        i18n.install(lang)
        page = window.show_page("service")
        found = {}
        for key in TABS:
            page.show_tab(key)
            if clash := clashes(window, page):
                found[key] = clash
        assert not found
    finally:
        i18n.install("zh")

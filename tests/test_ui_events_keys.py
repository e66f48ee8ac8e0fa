"""The 活动 page's Alt+letters in the real main window, in Chinese and in English: none is also a
menu's (文件(&F) / 视图(&V) / 帮助(&H)) or another widget's on the page, so Alt+letter presses the
button it names. 登记实际费用 was Alt+F, which opened the 文件 menu instead."""

from PySide6.QtCore import Qt

from tests.test_ui_wizard_mnemonics import mnemonic, mnemonic_clashes
from ui import i18n


def _menu_letters(window) -> set[str]:
    return {mnemonic(menu.title()) for menu in (window.file_menu, window.view_menu, window.help_menu)} - {None}


def test_events_page_keys_do_not_clash_with_the_menus(qtbot, sqlite_db, sqlite_actors, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    try:
        window = MainWindow(sqlite_actors["clerk"], sqlite_db)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("events")
        for language in ("zh", "en"):
            if language == "en":
                window.language_actions["en"].trigger()
                qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
            letters = {mnemonic(button.text()): button.text() for button in
                       (page.plan_button, page.cost_button, page.report_button, page.choose_button,
                        page.invite_button, page.signup_button, page.attend_button, page.feedback_button)}
            assert not set(letters) & _menu_letters(window), (language, letters)
            assert mnemonic_clashes(page) == {}, language
        # The invitation's channel (phone, SMS, letter) is not a person: "Invited via", not "by".
        assert page.invitees_model.headerData(3, Qt.Orientation.Horizontal) == "Invited via"
    finally:
        i18n.install("zh")

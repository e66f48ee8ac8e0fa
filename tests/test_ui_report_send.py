"""设置 › 报表发送, the 今日 card of signed days not sent with its 重新发送, and `main.py day send`
(issue 19 item 5), driven through the real widgets and a real SMTP server on 127.0.0.1."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from ledger import send
from tests.conftest import TEST_PASSWORD
from tests.smtp_server import LocalSmtp, free_port
from tests.test_report_send import email_settings, signed_friday
from tests.test_trust_cli import DAY, day as day_cli
from tests.test_ui_branch import type_into
from tests.test_ui_main_window import ui_settings_dir  # noqa: F401  (autouse: own data dir, Chinese UI)
from ui.main_window import MainWindow, PageContext
from ui.today import TodayPage

LATER = datetime(2026, 11, 24, 9)


def test_admin_sets_the_sending_a_bad_address_is_marked_then_saved_and_a_test_mail_arrives(qtbot, desk_db, desk_actors):
    window = MainWindow(desk_actors["admin"], desk_db)
    qtbot.addWidget(window)
    window.show()
    panel = window.show_page("settings").send
    assert panel.summary.text() == "不发送"
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    with LocalSmtp() as server:
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        type_into(qtbot, dialog.host, "127.0.0.1")
        dialog.port.setFocus()
        dialog.port.selectAll()
        qtbot.keyClicks(dialog.port, str(server.port))
        dialog.tls.setCurrentIndex(dialog.tls.findData("none"))
        type_into(qtbot, dialog.sender, "branch@example.com")
        type_into(qtbot, dialog.to_jg2, "jg2@hq.example.com")
        type_into(qtbot, dialog.to_bjk, "bjk-at-hq")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "bjk-at-hq" in dialog.message.text() and dialog.message.isVisible()
        assert dialog.to_bjk.text() == "bjk-at-hq"  # kept for correcting
        assert send.load_settings().channel == ""  # nothing saved

        type_into(qtbot, dialog.to_bjk, "bjk@hq.example.com")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "已保存" in dialog.message.text())
        stored = send.load_settings()
        assert (stored.channel, stored.port, stored.to_bjk) == ("email", server.port, "bjk@hq.example.com")

        type_into(qtbot, dialog.test_to, "me@example.com")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "测试邮件已发出" in dialog.message.text(), timeout=20000)
        ((to, message),) = server.inbox.messages
        assert to == ["me@example.com"] and "测试邮件" in message["Subject"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert "127.0.0.1" in panel.summary.text()


def test_a_manager_reads_the_settings_but_cannot_change_them(qtbot, desk_db, desk_actors):
    window = MainWindow(desk_actors["manager"], desk_db)
    qtbot.addWidget(window)
    window.show()
    panel = window.show_page("settings").send
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert not panel.dialog.host.isEnabled() and not panel.dialog.save_button.isVisible()


def test_an_unsent_signed_day_shows_on_today_and_the_retry_button_sends_it(qtbot, desk_db, desk_actors):
    send.save_settings(desk_actors["admin"], email_settings(free_port()))  # nobody listens
    signed_friday(desk_actors)
    send.send_pending(desk_actors["manager"])
    page = TodayPage(PageContext(desk_actors["manager"], None, None), clock=lambda: LATER)
    qtbot.addWidget(page)
    page.show()
    (card,) = [card for card in page.cards if card.card.name == "daily_unsent"]
    assert card.value.text() == "1" and card.title.text() == "日报未发出"

    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    dialog = card.opened
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 3).text() == "1"
    error_column = dialog.COLUMNS.index("上次错误")  # 下次重试 stands before it
    assert "Connection" in dialog.table.item(0, error_column).text()
    with LocalSmtp() as server:
        send.save_settings(desk_actors["admin"], email_settings(server.port))
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20000)
    assert len(server.inbox.messages) == 2
    assert "已发出 2 份" in dialog.message.text()
    assert card.value.text() == "0"


def test_day_send_on_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    with LocalSmtp() as server:
        send.save_settings(sqlite_actors["admin"], email_settings(server.port))
        signed_friday(sqlite_actors)
        sent = day_cli(sqlite_db, tmp_path, "clerk", "send", DAY)
        assert sent.returncode == 0, sent.stderr
        assert "已发出：经管二部 jg2@hq.example.com, jg2-b@hq.example.com" in sent.stdout
        assert len(server.inbox.messages) == 2
        again = day_cli(sqlite_db, tmp_path, "clerk", "send", DAY)
        assert again.returncode == 0 and "此前已全部发出" in again.stdout
    down = day_cli(sqlite_db, tmp_path, "clerk", "send", DAY, "--again", lang="en")
    assert down.returncode == 1 and "第 2 次" not in down.stdout and "Connection" in down.stdout


def _finance_signed(actors):
    from ledger import daily
    from tests.test_daily import FRIDAY, clerks_friday

    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)


def test_the_managers_signature_on_the_daily_page_mails_the_signed_report(qtbot, desk_actors, monkeypatch):
    from ledger import daily
    from tests.test_daily import FRIDAY
    from tests.test_daily_ui import open_page
    from ui import runner
    from ui.daily_page import DailyPage

    monkeypatch.setattr(DailyPage, "ask_password", classmethod(lambda cls, *args: TEST_PASSWORD))
    _finance_signed(desk_actors)
    with LocalSmtp() as server:
        send.save_settings(desk_actors["admin"], email_settings(server.port))
        page = open_page(qtbot, desk_actors["manager"])
        page.show()
        qtbot.mouseClick(page.manager_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(server.inbox.messages) == 2 and not runner.running(), timeout=30000)
        qtbot.waitUntil(lambda: "签字版日报已发出" in page.message.text(), timeout=10000)
    assert daily.day_state(FRIDAY) == "locked"
    (attachment,) = list(server.inbox.messages[0][1].iter_attachments())
    assert attachment.get_content() == daily.signed_pdf(FRIDAY, 1)


def test_a_server_down_does_not_stop_the_signature_and_the_page_says_so(qtbot, desk_actors, monkeypatch):
    from ledger import daily
    from tests.test_daily import FRIDAY
    from tests.test_daily_ui import open_page
    from ui.daily_page import DailyPage

    monkeypatch.setattr(DailyPage, "ask_password", classmethod(lambda cls, *args: TEST_PASSWORD))
    _finance_signed(desk_actors)
    send.save_settings(desk_actors["admin"], email_settings(free_port()))
    page = open_page(qtbot, desk_actors["manager"])
    page.show()
    qtbot.mouseClick(page.manager_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "未能发出" in page.message.text(), timeout=30000)
    assert daily.day_state(FRIDAY) == "locked"
    assert send.unsent_days() == [FRIDAY]

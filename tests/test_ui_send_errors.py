"""A sending that failed says why in words the branch can act on, and when it is tried again: the
今日 list of reports not sent (and `day send`) read "the mail server refused the connection: it is
not running, or the host or port is wrong" with the technical text after it, and a 下次重试 column
gives the time of the unattended retry (or that it has stopped). Before, the list showed Python's
"ConnectionRefusedError: [Errno 111] Connection refused" and nothing about the retry."""
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from ledger import send
from tests.conftest import NOW
from tests.smtp_server import free_port
from tests.test_daily import FRIDAY
from tests.test_report_send import email_settings, signed_friday
from tests.test_trust_cli import DAY, day as day_cli
from tests.test_ui_parts import ui_settings_dir  # noqa: F401 - fixture (own data dir, Chinese UI)
from ui.send_panel import UnsentDialog


def column(dialog, header):
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    return [dialog.table.item(row, headers.index(header)).text() for row in range(dialog.table.rowCount())]


def test_the_list_of_reports_not_sent_says_why_in_words_and_when_it_is_tried_again(qtbot, desk_db, desk_actors):
    send.save_settings(desk_actors["admin"], email_settings(free_port()))  # nobody listens there
    signed_friday(desk_actors)
    send.send_day(desk_actors["manager"].at(NOW), FRIDAY)
    page = QWidget()
    qtbot.addWidget(page)
    dialog = UnsentDialog(page, "日报未发出", page)
    qtbot.addWidget(dialog)
    errors = column(dialog, "上次错误")
    assert len(errors) == 2
    assert all(e.startswith("邮件服务器拒绝连接：服务器没有运行，或主机、端口填错了") for e in errors), errors
    assert all("Connection refused" in e for e in errors)  # the technical text stays, for whoever fixes it
    assert column(dialog, "下次重试") == [f"{NOW + timedelta(minutes=5):%Y-%m-%d %H:%M}"] * 2
    for _ in range(send.MAX_ATTEMPTS - 1):
        send.send_day(desk_actors["manager"].at(NOW), FRIDAY, force=True)
    dialog.fill()
    assert column(dialog, "下次重试") == ["不再自动重试"] * 2


def test_day_send_says_the_failure_in_words(sqlite_db, sqlite_actors, tmp_path):
    send.save_settings(sqlite_actors["admin"], email_settings(free_port()))
    signed_friday(sqlite_actors)
    sent = day_cli(sqlite_db, tmp_path, "manager", "send", DAY)
    assert sent.returncode == 1
    assert "邮件服务器拒绝连接：服务器没有运行，或主机、端口填错了" in sent.stdout, sent.stdout
    pending = day_cli(sqlite_db, tmp_path, "manager", "send", "--pending")
    assert "第 1 次发送失败，" in pending.stdout and "起再试" in pending.stdout, pending.stdout

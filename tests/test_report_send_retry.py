"""Failed sendings of the signed report are retried without anyone pressing 重新发送 (issue 19
item 5): ``ledger.send.retry_due`` with its backoff, the app's background rounds (ui.send_retry:
after the start and on a timer) and `main.py day send --pending`, against a real SMTP server on
127.0.0.1 (aiosmtpd)."""
from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from common.audit import AuditLog
from ledger import send
from tests.conftest import NOW
from tests.smtp_server import LocalSmtp, free_port
from tests.test_report_send import email_settings, signed_friday
from tests.test_trust_cli import DAY, day as day_cli
from tests.test_daily import FRIDAY


def attempts() -> dict[str, tuple[int, str]]:
    return {row.target: (row.attempts, row.result) for row in send.ReportSend.select()}


def test_a_failed_sending_waits_longer_after_each_attempt_and_goes_out_when_the_server_is_back(db, actors):
    send.save_settings(actors["admin"], email_settings(free_port()))  # nobody listens
    signed_friday(actors)
    manager = actors["manager"]

    first = send.retry_due(manager.at(NOW))  # never tried: due at once
    assert [(o.target, o.ok, o.attempts, o.day) for o in first] == [("jg2", False, 1, FRIDAY), ("bjk", False, 1, FRIDAY)]
    assert send.retry_due(manager.at(NOW + timedelta(minutes=4))) == []  # 5 minutes after the first failure
    assert attempts() == {"jg2": (1, "failed"), "bjk": (1, "failed")}
    second = send.retry_due(manager.at(NOW + timedelta(minutes=5)))
    assert [o.attempts for o in second] == [2, 2]
    assert send.retry_due(manager.at(NOW + timedelta(minutes=14))) == []  # 10 minutes after the second
    waiting = send.waiting(NOW + timedelta(minutes=14))
    assert [(item.target, at) for item, at in waiting] == [("jg2", NOW + timedelta(minutes=15)),
                                                           ("bjk", NOW + timedelta(minutes=15))]

    with LocalSmtp() as server:
        send.save_settings(actors["admin"], email_settings(server.port))
        back = send.retry_due(manager.at(NOW + timedelta(minutes=15)))
        assert [(o.ok, o.attempts) for o in back] == [(True, 3), (True, 3)]
        assert len(server.inbox.messages) == 2
        assert send.retry_due(manager.at(NOW + timedelta(days=1))) == []  # nothing sent twice
    assert attempts() == {"jg2": (3, "sent"), "bjk": (3, "sent")}
    # Every attempt is in the audit log with its number.
    recorded = [(row.action, json.loads(row.detail)["target"], json.loads(row.detail)["attempt"]) for row in
                AuditLog.select().where(AuditLog.action.startswith("report_send.") & (AuditLog.action != "report_send.settings"))
                .order_by(AuditLog.id)]
    assert [r for r in recorded if r[1] == "jg2"] == [("report_send.failed", "jg2", 1), ("report_send.failed", "jg2", 2),
                                                      ("report_send.sent", "jg2", 3)]


def test_the_unattended_retry_stops_after_the_last_attempt(db, actors):
    send.save_settings(actors["admin"], email_settings(free_port()))
    signed_friday(actors)
    later = NOW
    for _ in range(send.MAX_ATTEMPTS + 3):
        send.retry_due(actors["manager"].at(later))
        later += timedelta(days=1)
    assert attempts() == {"jg2": (send.MAX_ATTEMPTS, "failed"), "bjk": (send.MAX_ATTEMPTS, "failed")}
    assert [at for _, at in send.waiting(later)] == [None, None]  # only a person's retry tries again


class Window(QWidget):
    """What ui.send_retry needs of the main window: a widget with the logged-in ``actor``."""

    def __init__(self, actor):
        super().__init__()
        self.actor = actor


def test_the_app_retries_in_the_background_after_the_start_and_on_its_timer(qtbot, desk_db, desk_actors):
    from ui import runner
    from ui.send_retry import SendRetry

    send.save_settings(desk_actors["admin"], email_settings(free_port()))
    signed_friday(desk_actors)
    clock = [NOW + timedelta(hours=1)]
    window = Window(desk_actors["manager"])
    qtbot.addWidget(window)
    sent = []
    retry = SendRetry(window, lambda: clock[0], sent.append, start_delay_ms=0, interval_ms=150)
    # The round after the start: tried at once, in the background, and failed.
    qtbot.waitUntil(lambda: attempts() == {"jg2": (1, "failed"), "bjk": (1, "failed")} and not runner.running(),
                    timeout=20000)
    assert window.isEnabled()  # the clerk was never kept waiting
    rounds = retry.rounds
    qtbot.waitUntil(lambda: retry.rounds >= rounds + 3, timeout=10000)  # the timer goes on ...
    qtbot.waitUntil(lambda: not runner.running(), timeout=10000)
    assert attempts() == {"jg2": (1, "failed"), "bjk": (1, "failed")}  # ... but the backoff holds it
    with LocalSmtp() as server:
        send.save_settings(desk_actors["admin"], email_settings(server.port))
        clock[0] += timedelta(minutes=5)
        qtbot.waitUntil(lambda: len(server.inbox.messages) == 2, timeout=20000)
        qtbot.waitUntil(lambda: bool(sent) and not runner.running(), timeout=10000)
    retry.timer.stop()
    assert attempts() == {"jg2": (2, "sent"), "bjk": (2, "sent")}
    assert [o.ok for o in sent[0]] == [False, False] and [o.ok for o in sent[-1]] == [True, True]


def test_day_send_pending_sends_what_is_due_for_a_scheduled_task(sqlite_db, sqlite_actors, tmp_path):
    send.save_settings(sqlite_actors["admin"], email_settings(free_port()))
    signed_friday(sqlite_actors)
    down = day_cli(sqlite_db, tmp_path, "clerk", "send", "--pending")
    assert down.returncode == 1 and "2026-11-20 未能发出：经管二部" in down.stdout and "（第 1 次）" in down.stdout
    waits = day_cli(sqlite_db, tmp_path, "clerk", "send", "--pending")  # at once again: inside the backoff
    assert waits.returncode == 0, waits.stderr
    assert "第 1 次发送失败，" in waits.stdout and "没有到期待发送的签字版日报" in waits.stdout
    assert attempts() == {"jg2": (1, "failed"), "bjk": (1, "failed")}

    # Once the backoff has passed (the last attempt moved back instead of waiting 5 minutes).
    for row in send.ReportSend.select():
        send.ReportSend.update(at=row.at - timedelta(minutes=6)).where(send.ReportSend.id == row.id).execute()
    with LocalSmtp() as server:
        send.save_settings(sqlite_actors["admin"], email_settings(server.port))
        sent = day_cli(sqlite_db, tmp_path, "clerk", "send", "--pending", lang="en")
        assert sent.returncode == 0, sent.stderr
        assert len(server.inbox.messages) == 2
    assert attempts() == {"jg2": (2, "sent"), "bjk": (2, "sent")}
    both = day_cli(sqlite_db, tmp_path, "clerk", "send", DAY, "--pending")
    assert both.returncode == 2 and "--pending" in both.stdout


def test_two_pcs_trying_the_same_target_at_once_count_both_attempts(db, actors):
    """Each PC of the branch runs the retry rounds: when both find a target owed and both try it,
    neither attempt is lost and neither PC fails on the other's row."""
    send.save_settings(actors["admin"], email_settings(free_port()))
    signed_friday(actors)
    version = send.unsent()[0].version
    # Both read "never tried" before either wrote its row.
    first = send._record(actors["manager"].at(NOW), FRIDAY, version, "email", "jg2", ["jg2@hq.example.com"], "down")
    second = send._record(actors["clerk"].at(NOW), FRIDAY, version, "email", "jg2", ["jg2@hq.example.com"], "")
    assert (first.attempts, second.attempts, second.ok) == (1, 2, True)
    assert attempts() == {"jg2": (2, "sent")}

"""The signed daily report's unattended retry while the app runs (issue 19 item 5).

A sending that failed (the server was down, the fax folder not mounted) is tried again without
anyone pressing 重新发送: once shortly after the main window is up, then every ``INTERVAL_MS``.
Each round is ``ledger.send.retry_due`` in the background (ui.runner, non-modal: the clerk never
waits for a mail server), which tries only what its backoff allows and records every attempt.
The first round waits ``START_DELAY_MS`` so the start itself stays as lean as
tests/test_cold_start.py wants it: this module imports Qt's core only; ledger.send is imported
inside the round.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

START_DELAY_MS = 20_000
INTERVAL_MS = 15 * 60 * 1000


class SendRetry(QObject):
    """Rounds of ``retry_due`` for ``window`` (its ``actor``, read at each round: the user logged in
    then); ``on_sent(outcomes)`` runs in the GUI thread after a round that tried something."""

    def __init__(self, window, clock: Callable, on_sent: Callable | None = None, *,
                 start_delay_ms: int = START_DELAY_MS, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window, self._clock, self._on_sent = window, clock, on_sent
        self.op = None
        self.rounds = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_round)
        QTimer.singleShot(start_delay_ms, self.run_round)
        self.timer.start()

    def run_round(self) -> None:
        from common.auth import can
        from ui.runner import run_op

        if self.op is not None and not self.op.done:
            return  # the last round still waits for a server: never two at once
        actor = self.window.actor.at(self._clock())
        if not can(actor.user, "daily.produce"):
            return  # an admin's session does not send the report; a clerk's or the manager's does

        def work():
            from ledger import send

            return send.retry_due(actor)

        self.rounds += 1
        self.op = run_op(self.window, work, long=True, modal=False, on_done=self._done)

    def _done(self, outcomes) -> None:
        if outcomes and self._on_sent is not None:
            self._on_sent(outcomes)


def start_send_retry(window) -> SendRetry:
    """Called once the main window is painted (ui.app): the rounds, refreshing 今日 after each one
    that tried something, so its 日报未发出 card follows."""
    from common.clock import branch_now

    def refresh_today(_outcomes) -> None:
        frame = getattr(window, "frames", {}).get("today")
        page = getattr(frame, "content", None)
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    window.send_retry = SendRetry(window, branch_now, refresh_today)
    return window.send_retry

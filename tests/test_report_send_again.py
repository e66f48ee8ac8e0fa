"""Sending a day again by hand (day send DATE --again, 重新发送) after it went out starts a new count
of attempts: a failure then is attempt 1, retried unattended after 5 minutes and up to
MAX_ATTEMPTS times. Before, the earlier successful sendings counted too, so a day re-sent a few
times was retried later and fewer times, or never."""
from datetime import timedelta

from ledger import send
from tests.conftest import NOW
from tests.smtp_server import LocalSmtp, free_port
from tests.test_daily import FRIDAY
from tests.test_report_send import email_settings, signed_friday


def test_a_day_sent_again_after_it_went_out_counts_its_attempts_afresh(db, actors):
    manager = actors["manager"]
    signed_friday(actors)
    with LocalSmtp() as server:
        send.save_settings(actors["admin"], email_settings(server.port))
        for _ in range(send.MAX_ATTEMPTS):  # sent, then sent again by hand four times
            assert all(o.ok for o in send.send_day(manager.at(NOW), FRIDAY, force=True))
    send.save_settings(actors["admin"], email_settings(free_port()))  # the server is down now
    failed = send.send_day(manager.at(NOW), FRIDAY, force=True)
    assert [(o.ok, o.attempts) for o in failed] == [(False, 1), (False, 1)]
    assert [at for _, at in send.waiting(NOW)] == [NOW + timedelta(minutes=5)] * 2
    again = send.retry_due(manager.at(NOW + timedelta(minutes=5)))  # the unattended retry takes it up
    assert [o.attempts for o in again] == [2, 2]

"""The signed daily report sent on (ledger.send): by e-mail to both departments through a real SMTP
server on 127.0.0.1, or into the fax software's folder; failures recorded, owed, and retried."""
from __future__ import annotations

import io

import keyring
import pytest
from keyring.backend import KeyringBackend
from pypdf import PdfReader

from common.pdf import pdf_text
from ledger import daily, send
from tests.conftest import TEST_PASSWORD
from tests.smtp_server import LocalSmtp, free_port
from tests.test_daily import FRIDAY, clerks_friday


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def email_settings(port: int) -> send.SendSettings:
    return send.SendSettings(channel="email", host="127.0.0.1", port=port, tls="none", sender="branch@example.com",
                             to_jg2="jg2@hq.example.com, jg2-b@hq.example.com", to_bjk="bjk@hq.example.com")


def signed_friday(actors):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    return produced.version


def test_a_signed_day_is_mailed_with_its_signed_pdf_to_both_departments(db, actors):
    with LocalSmtp() as server:
        send.save_settings(actors["admin"], email_settings(server.port))
        assert send.unsent_days() == []
        version = signed_friday(actors)
        assert send.unsent_days() == [FRIDAY]  # owed until it went out

        outcomes = send.send_day(actors["manager"], FRIDAY)

    assert [(o.target, o.ok) for o in outcomes] == [("jg2", True), ("bjk", True)]
    received = {tuple(to): message for to, message in server.inbox.messages}
    assert set(received) == {("jg2@hq.example.com", "jg2-b@hq.example.com"), ("bjk@hq.example.com",)}
    signed = daily.signed_pdf(FRIDAY, version)
    for message in received.values():
        assert "2026-11-20" in message["Subject"] and "已签字" in message["Subject"]
        (attachment,) = list(message.iter_attachments())
        assert attachment.get_filename() == send.file_name(FRIDAY)
        data = attachment.get_content()
        assert data == signed
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert "经理" in text and "张经理" in "".join(pdf_text(data))
    rows = list(send.ReportSend.select().order_by(send.ReportSend.target))
    assert [(r.target, r.result, r.attempts, r.recipient) for r in rows] == [
        ("bjk", "sent", 1, "bjk@hq.example.com"),
        ("jg2", "sent", 1, "jg2@hq.example.com, jg2-b@hq.example.com")]
    assert send.unsent_days() == []
    assert send.send_day(actors["manager"], FRIDAY) == []  # nothing sent twice


def test_a_refused_or_unreachable_server_is_recorded_owed_and_a_retry_succeeds(db, actors):
    from ui.today_counts import today_counts

    with LocalSmtp() as server:
        send.save_settings(actors["admin"], email_settings(server.port))
        signed_friday(actors)
        server.inbox.refuse = "550 mailbox unavailable"
        refused = send.send_day(actors["manager"], FRIDAY)
        assert [o.ok for o in refused] == [False, False]
        assert "550" in refused[0].error and "mailbox unavailable" in refused[0].error
        assert server.inbox.messages == []
        counts = today_counts(FRIDAY, user=actors["manager"].user)
        assert counts["daily_unsent"] == 1

        server.inbox.refuse = ""
        retried = send.send_pending(actors["manager"])
        assert [o.ok for o in retried] == [True, True] and [o.attempts for o in retried] == [2, 2]
        assert len(server.inbox.messages) == 2
    assert today_counts(FRIDAY, user=actors["manager"].user)["daily_unsent"] == 0

    dead = free_port()  # nobody listens there
    send.save_settings(actors["admin"], email_settings(dead))
    unreachable = send.send_day(actors["manager"], FRIDAY, force=True)
    assert not any(o.ok for o in unreachable) and "Connection" in unreachable[0].error
    owed = send.unsent()
    # Sent again after it went out: a new sending, its attempts counted afresh.
    assert {item.target for item in owed} == {"jg2", "bjk"} and all(item.attempts == 1 for item in owed)


def test_automatic_retries_are_bounded_the_button_tries_again(db, actors):
    send.save_settings(actors["admin"], email_settings(free_port()))
    signed_friday(actors)
    for _ in range(send.MAX_ATTEMPTS + 2):
        send.send_pending(actors["manager"])
    assert {row.attempts for row in send.ReportSend.select()} == {send.MAX_ATTEMPTS}
    send.send_pending(actors["manager"], by_hand=True)
    assert {row.attempts for row in send.ReportSend.select()} == {send.MAX_ATTEMPTS + 1}


def test_the_folder_channel_writes_the_signed_pdf_with_branch_code_and_date(db, actors, tmp_path):
    from common import branch

    branch.set_identity(actors["admin"], branch.with_changes(branch.identity(), name="河南分公司客服部", code="HN01"))
    folder = tmp_path / "fax out"
    send.save_settings(actors["admin"], send.SendSettings(channel="folder", folder=str(folder)))
    version = signed_friday(actors)
    (outcome,) = send.send_day(actors["manager"], FRIDAY)
    assert outcome.ok
    written = folder / "HN01_2026-11-20_货品出入库报表.pdf"
    assert [p.name for p in folder.iterdir()] == [written.name]  # no temporary file left behind
    assert written.read_bytes() == daily.signed_pdf(FRIDAY, version)
    assert send.ReportSend.get().recipient == str(written)


def test_the_smtp_password_is_kept_in_the_credential_store_not_the_database(db, actors, memory_keyring):
    from common.models import Setting

    settings = send.save_settings(actors["admin"], send.replace(email_settings(2525), account="branch"), "s3cret!")
    assert memory_keyring.kept[(send.SMTP_SERVICE, settings.secret_name)] == "s3cret!"
    assert not any("s3cret!" in row.value for row in Setting.select())


@pytest.mark.parametrize("field, value, code", [
    ("to_bjk", "bjk-at-hq", "send.address_invalid"), ("host", "", "send.host_required"),
    ("port", 0, "send.port_invalid")])
def test_bad_settings_are_refused_naming_the_field_and_nothing_is_saved(db, actors, field, value, code):
    from common.errors import Refusal

    with pytest.raises(Refusal) as refused:
        send.save_settings(actors["admin"], send.replace(email_settings(2525), **{field: value}))
    assert refused.value.code == code and refused.value.facts["field"] == field
    assert send.load_settings() == send.SendSettings()


def test_only_an_admin_edits_the_settings(db, actors):
    from common.errors import Refusal

    with pytest.raises(Refusal):
        send.save_settings(actors["manager"], email_settings(2525))

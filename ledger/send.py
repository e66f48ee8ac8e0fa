"""The signed daily report sent on (seed 002 part 5: "马上就传真给经管二部和备件科，并通知对方查收").

Data model:

- Settings of the branch (``Setting`` rows, keys ``KEYS``): the channel (``email``, ``folder`` or
  empty: not sent), the SMTP server (host, port, TLS mode ``starttls`` / ``ssl`` / ``none``,
  account, from address), each department's addresses (``DEPARTMENTS``), the fax software's
  folder, and ``since``: the moment sending was first switched on (days signed earlier are not
  owed). The SMTP password is never in the database: it lives in the OS credential store
  (common.credentials, service ``SMTP_SERVICE``, name account@host:port).
- ``ReportSend`` (table report_send, migration 0022): one row per day, signed version and target
  (a department by e-mail, or ``folder``), updated at each attempt: to whom, when, sent or failed,
  the error, the attempt count.

The signature never waits for the sending and is never undone by it: ``send_day`` is called after
the signing transaction committed (off the GUI thread), and a failure is a row, not an exception.
A day whose manager signature is newer than ``since`` and has a target not sent is owed
(``unsent_days``): shown on 今日 and retried by ``send_pending`` up to ``MAX_ATTEMPTS`` times.
``retry_due`` is the unattended retry (the app's start, its timer, ``day send --pending``): a
target that failed waits ``RETRY_FIRST_MINUTES`` after its first attempt, twice as long after
each further one, so a server that is down is not hammered by every PC of the branch.
"""
from __future__ import annotations

import os
import re
import smtplib
import ssl
import tempfile
from dataclasses import dataclass, replace
from datetime import date as Date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from peewee import Case, CharField, DateField, DateTimeField, IntegerField, IntegrityError, TextField

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, atomic
from common.errors import Refusal
from common.files import _umask
from common.models import Setting
from ledger.texts import (
    SEND_ADDRESS_INVALID, SEND_CHANNEL_INVALID, SEND_FOLDER_REQUIRED, SEND_HOST_REQUIRED, SEND_NOT_CONFIGURED,
    SEND_NOT_SIGNED, SEND_NO_CREDENTIAL_STORE, SEND_NO_SIGNED_PDF, SEND_PORT_INVALID, SEND_RECIPIENTS_REQUIRED,
    SEND_SENDER_REQUIRED, SEND_TEST_FAILED, SEND_TLS_INVALID,
)

# The two departments at HQ the signed report goes to (keys stored; names printed in Chinese).
DEPARTMENTS = {"jg2": "经管二部", "bjk": "备件科"}
CHANNELS = ("", "email", "folder")
TLS_MODES = ("starttls", "ssl", "none")
RETRY_FIRST_MINUTES = 5  # backoff of the unattended retry: 5, 10, 20, 40 minutes after attempts 1-4
MAX_ATTEMPTS = 5  # then the day stays on 今日 as failed until someone fixes the settings and retries
SMTP_SERVICE = "BranchDesk SMTP"
TIMEOUT_SECONDS = 20

KEYS = {
    "channel": "report_send.channel",
    "host": "report_send.smtp_host",
    "port": "report_send.smtp_port",
    "tls": "report_send.smtp_tls",
    "account": "report_send.smtp_account",
    "sender": "report_send.smtp_from",
    "to_jg2": "report_send.to_jg2",
    "to_bjk": "report_send.to_bjk",
    "folder": "report_send.folder",
    "since": "report_send.since",
}
_ADDRESS = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


class ReportSend(BaseModel):
    date = DateField()
    version = IntegerField()
    channel = CharField(max_length=8)
    target = CharField(max_length=16)
    recipient = TextField()
    at = DateTimeField()
    result = CharField(max_length=8)
    error = TextField(default="")
    attempts = IntegerField(default=1)

    class Meta:
        table_name = "report_send"
        indexes = ((("date", "version", "target"), True),)


@dataclass(frozen=True)
class SendSettings:
    channel: str = ""
    host: str = ""
    port: int = 587
    tls: str = "starttls"
    account: str = ""
    sender: str = ""
    to_jg2: str = ""
    to_bjk: str = ""
    folder: str = ""
    since: str = ""

    def addresses(self, department: str) -> list[str]:
        return split_addresses(getattr(self, f"to_{department}"))

    @property
    def secret_name(self) -> str:
        return f"{self.account}@{self.host}:{self.port}"


def split_addresses(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;，；\s]+", text or "") if part.strip()]


def load_settings() -> SendSettings:
    stored = {row.key: row.value for row in Setting.select().where(Setting.key.in_(list(KEYS.values())))}
    values = {field: stored[key] for field, key in KEYS.items() if key in stored}
    if "port" in values:
        values["port"] = int(values["port"]) if values["port"].isdigit() else 587
    return SendSettings(**values)


def validate(settings: SendSettings) -> SendSettings:
    """The settings cleaned, or a Refusal naming the field (fact ``field``) and what is wrong."""
    settings = replace(settings, **{name: value.strip() for name, value in vars(settings).items()
                                    if isinstance(value, str)})
    if settings.channel not in CHANNELS:
        raise Refusal(SEND_CHANNEL_INVALID, field="channel", value=settings.channel)
    if settings.tls not in TLS_MODES:
        raise Refusal(SEND_TLS_INVALID, field="tls", value=settings.tls)
    if not 1 <= int(settings.port) <= 65535:
        raise Refusal(SEND_PORT_INVALID, field="port", value=settings.port)
    for department, name in DEPARTMENTS.items():
        for address in settings.addresses(department):
            if not _ADDRESS.match(address):
                raise Refusal(SEND_ADDRESS_INVALID, field=f"to_{department}", department=name, value=address)
    if settings.sender and not _ADDRESS.match(settings.sender):
        raise Refusal(SEND_ADDRESS_INVALID, field="sender", department="", value=settings.sender)
    if settings.channel == "email":
        if not settings.host:
            raise Refusal(SEND_HOST_REQUIRED, field="host")
        if not settings.sender:
            raise Refusal(SEND_SENDER_REQUIRED, field="sender")
        if not any(settings.addresses(department) for department in DEPARTMENTS):
            raise Refusal(SEND_RECIPIENTS_REQUIRED, field="to_jg2")
    if settings.channel == "folder" and not settings.folder:
        raise Refusal(SEND_FOLDER_REQUIRED, field="folder")
    return settings


def save_settings(actor: Actor, settings: SendSettings, password: str | None = None) -> SendSettings:
    """An admin saves the settings (``password`` None: the stored one stays). Audited, without
    the password; a password the credential store would not take is refused, nothing saved."""
    require(actor, "settings.manage")
    settings = validate(settings)
    old = load_settings()
    if settings.channel and not old.since:
        settings = replace(settings, since=actor.now.isoformat(timespec="seconds"))
    else:
        settings = replace(settings, since=old.since)
    if password:
        from common import credentials

        if not credentials.store_secret(SMTP_SERVICE, settings.secret_name, password):
            raise Refusal(SEND_NO_CREDENTIAL_STORE, field="password")
    with atomic():
        for field, key in KEYS.items():
            text = str(getattr(settings, field))
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}).execute()
        detail = {field: str(getattr(settings, field)) for field in KEYS if field != "since"}
        detail["password_changed"] = bool(password)
        audit.record(actor, "report_send.settings", "setting", "report_send", detail)
    return settings


def _password(settings: SendSettings) -> str | None:
    from common import credentials

    return credentials.stored_secret(SMTP_SERVICE, settings.secret_name) if settings.account else None


def _smtp_send(settings: SendSettings, message: EmailMessage) -> None:
    """Hand one message to the branch's server; raises OSError / smtplib.SMTPException."""
    context = ssl.create_default_context()
    if settings.tls == "ssl":
        server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context)
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
    with server:
        if settings.tls == "starttls":
            server.starttls(context=context)
        if settings.account:
            server.login(settings.account, _password(settings) or "")
        server.send_message(message)


def _message(settings: SendSettings, to: list[str], subject: str, body: str,
             attachment: tuple[str, bytes] | None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=settings.sender.partition("@")[2] or None)
    message.set_content(body)
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return message


def _error_text(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        return f"{error.smtp_code} {text}".strip()
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{who}: {code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
                         for who, (code, text) in error.recipients.items())
    return f"{type(error).__name__}: {error}".strip()


def send_test(actor: Actor, settings: SendSettings, to: str) -> None:
    """The 发送测试邮件 button: one short message to ``to`` with the settings as typed (and the
    password as typed, else the stored one). Raises Refusal send.test_failed with the error."""
    require(actor, "settings.manage")
    settings = validate(replace(settings, channel="email"))
    to_list = split_addresses(to) or [settings.sender]
    for address in to_list:
        if not _ADDRESS.match(address):
            raise Refusal(SEND_ADDRESS_INVALID, field="test_to", department="", value=address)
    from common.branch import identity

    message = _message(settings, to_list, f"{identity().name} BranchDesk 测试邮件",
                       "这是一封测试邮件：日报签字后将通过此服务器发送。", None)
    try:
        _smtp_send(settings, message)
    except (OSError, smtplib.SMTPException) as error:
        raise Refusal(SEND_TEST_FAILED, host=settings.host, port=settings.port, error=_error_text(error)) from None


def file_name(day: Date) -> str:
    """The signed PDF's name, mailed and in the fax folder: branch code, date, report name."""
    from common.branch import identity

    code = identity().code or "BRANCH"
    return f"{code}_{day.isoformat()}_货品出入库报表.pdf"


def _write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """The fax software must never pick up half a file: written under a hidden temporary name in
    the same folder, flushed, then renamed over the final name in one step."""
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".~", suffix=".part", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp's file is private (0600); the fax software reads it as another account.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, folder / name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return folder / name


def _signed_version(day: Date):
    from ledger.daily import DailyVersion
    from ledger.daylock import DailyDay

    row = DailyDay.get_or_none(DailyDay.date == day)
    if row is None or row.state != "locked":
        raise Refusal(SEND_NOT_SIGNED, date=day.isoformat())
    return DailyVersion.get((DailyVersion.date == day) & (DailyVersion.version == row.version))


def _targets(settings: SendSettings) -> dict[str, list[str]]:
    if settings.channel == "folder":
        return {"folder": [settings.folder]}
    return {department: settings.addresses(department) for department in DEPARTMENTS
            if settings.addresses(department)}


@dataclass(frozen=True)
class Outcome:
    target: str
    recipient: str
    ok: bool
    error: str
    attempts: int
    day: Date | None = None


def send_day(actor: Actor, day: Date, *, force: bool = False, only=None) -> list[Outcome]:
    """Send the day's signed PDF to every target not yet sent (``force``: also those already sent,
    e.g. the CLI asked again; ``only``: just these targets). Each attempt is recorded; failures are
    values, not exceptions. Runs network and file work: call it off the GUI thread, after the
    signature committed."""
    from ledger.daily import DailyVersion, signed_pdf

    require(actor, "daily.produce")
    settings = load_settings()
    if not settings.channel:
        raise Refusal(SEND_NOT_CONFIGURED)
    version = _signed_version(day)
    data = signed_pdf(day, version.version)
    # Two layouts at once (the 日报 page's own, right after the signature) differ in their PDF
    # ids; only the first is kept: send that one, the PDF the branch holds.
    kept = DailyVersion.select(DailyVersion.signed_pdf).where(DailyVersion.id == version.id).scalar()
    data = bytes(kept) if kept is not None else data
    if data is None:
        raise Refusal(SEND_NO_SIGNED_PDF, date=day.isoformat())
    name = file_name(day)
    from common.branch import identity

    branch = identity().name
    outcomes = []
    for target, recipients in _targets(settings).items():
        if only is not None and target not in only:
            continue
        previous = ReportSend.get_or_none((ReportSend.date == day) & (ReportSend.version == version.version)
                                          & (ReportSend.target == target))
        if previous is not None and previous.result == "sent" and not force:
            continue
        error = ""
        try:
            if target == "folder":
                recipients = [str(_write_atomically(Path(settings.folder), name, data))]
            else:
                subject = f"{branch} {day.isoformat()} 货品出入库报表（已签字）"
                body = (f"{DEPARTMENTS[target]}：\n\n附件是{branch} {day.isoformat()} 经财务和经理签字的货品出入库报表"
                        f"（第 {version.version} 版），请查收。\n")
                _smtp_send(settings, _message(settings, recipients, subject, body, (name, data)))
        except (OSError, smtplib.SMTPException) as failure:
            error = _error_text(failure)
        outcomes.append(_record(actor, day, version.version, settings.channel, target, recipients, error))
    return outcomes


def _record(actor, day, version, channel, target, recipients, error) -> Outcome:
    """One attempt into report_send and the audit log. The row is read again here: another PC's
    retry round may have tried the same target meanwhile, and its attempt must count too."""
    recipient = ", ".join(recipients)
    result = "failed" if error else "sent"
    key = (ReportSend.date == day) & (ReportSend.version == version) & (ReportSend.target == target)
    with atomic():
        created = False
        if ReportSend.get_or_none(key) is None:
            try:
                with atomic():  # a savepoint: another PC's first attempt may land first
                    ReportSend.create(date=day, version=version, channel=channel, target=target, recipient=recipient,
                                      at=actor.now, result=result, error=error, attempts=1)
                created = True
            except IntegrityError:
                pass  # then this attempt is counted on that row
        if not created:
            # After a sending that went out, this one (sent again by hand) counts its attempts afresh:
            # the backoff and MAX_ATTEMPTS are for getting one sending out.
            attempts = Case(None, ((ReportSend.result == "sent", 1),), ReportSend.attempts + 1)
            ReportSend.update(channel=channel, recipient=recipient, at=actor.now, result=result, error=error,
                              attempts=attempts).where(key).execute()
        row = ReportSend.get(key)
        audit.record(actor, f"report_send.{result}", "daily_day", day.isoformat(),
                     {"version": version, "channel": channel, "target": target, "to": recipient, "error": error,
                      "attempt": row.attempts})
    return Outcome(target, recipient, not error, error, row.attempts, day)


@dataclass(frozen=True)
class Unsent:
    day: Date
    version: int
    target: str
    recipient: str
    attempts: int
    error: str
    at: datetime | None


def unsent(settings: SendSettings | None = None) -> list[Unsent]:
    """Per signed day since sending was switched on: each target not sent (never tried, or
    failed), oldest day first."""
    from ledger.daily import DailyVersion
    from ledger.daylock import DailyDay

    settings = settings or load_settings()
    if not settings.channel or not settings.since:
        return []
    since = datetime.fromisoformat(settings.since)
    targets = _targets(settings)
    rows = (DailyVersion.select(DailyVersion.date, DailyVersion.version)
            .join(DailyDay, on=((DailyDay.date == DailyVersion.date) & (DailyDay.version == DailyVersion.version)))
            .where((DailyDay.state == "locked") & (DailyVersion.manager_signed_at >= since))
            .order_by(DailyVersion.date).tuples())
    signed = [(Date.fromisoformat(str(day)[:10]), version) for day, version in rows]
    if not signed:
        return []
    sends = {(Date.fromisoformat(str(row.date)[:10]), row.version, row.target): row
             for row in ReportSend.select().where(ReportSend.date >= signed[0][0])}
    found = []
    for day, version in signed:
        for target, recipients in targets.items():
            row = sends.get((day, version, target))
            if row is None:
                found.append(Unsent(day, version, target, ", ".join(recipients), 0, "", None))
            elif row.result != "sent":
                found.append(Unsent(day, version, target, row.recipient, row.attempts, row.error, row.at))
    return found


def unsent_days() -> list[Date]:
    return sorted({item.day for item in unsent()})


def send_pending(actor: Actor, *, by_hand: bool = False) -> list[Outcome]:
    """Send every owed day: after a signing, only targets whose attempts are not used up
    (``MAX_ATTEMPTS``); the retry button (``by_hand``) tries them all again."""
    outcomes = []
    for day in sorted({item.day for item in unsent() if by_hand or item.attempts < MAX_ATTEMPTS}):
        outcomes.extend(send_day(actor, day))
    return outcomes



def next_attempt_at(item: Unsent) -> datetime | None:
    """When the unattended retry may try this owed target again: at once when never tried (None),
    else its last attempt plus the backoff of its attempt count."""
    if item.at is None or item.attempts == 0:
        return None
    at = item.at if isinstance(item.at, datetime) else datetime.fromisoformat(str(item.at))
    return at.replace(tzinfo=None) + timedelta(minutes=RETRY_FIRST_MINUTES * 2 ** (item.attempts - 1))


def retry_due(actor: Actor) -> list[Outcome]:
    """The unattended retry: every owed target whose attempts are not used up and whose backoff
    (``next_attempt_at``) has passed at ``actor.now``. Nothing configured or nothing due: []."""
    require(actor, "daily.produce")
    if not load_settings().channel:
        return []
    now = actor.now.replace(tzinfo=None)
    due: dict[Date, set] = {}
    for item in unsent():
        at = next_attempt_at(item)
        if item.attempts < MAX_ATTEMPTS and (at is None or at <= now):
            due.setdefault(item.day, set()).add(item.target)
    outcomes = []
    for day in sorted(due):
        outcomes.extend(send_day(actor, day, only=due[day]))
    return outcomes


def waiting(now: datetime) -> list[tuple[Unsent, datetime | None]]:
    """Owed targets the unattended retry does not try now: (item, when it will; None = never,
    its attempts are used up and only a person's 重新发送 / ``day send DATE`` tries it again)."""
    now = now.replace(tzinfo=None)
    found = []
    for item in unsent():
        at = next_attempt_at(item)
        if item.attempts >= MAX_ATTEMPTS:
            found.append((item, None))
        elif at is not None and at > now:
            found.append((item, at))
    return found

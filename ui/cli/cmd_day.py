"""``main.py day status|produce|sign|reopen|verify|send DATE``: the daily report's sign-off on the command
line, acting as the authenticated user (BRANCHDESK_USER / BRANCHDESK_PASSWORD or the prompt).

The same domain functions as the 日报 page (ledger.daily), so the same refusals, worded by the same
texts (ui/messages*.py): a manager who gave the finance signature is refused the manager's, a
reopen without a reason is refused, a report that changed since it was shown is not signed.
``sign`` signs in the role the user holds (finance: the finance signature; manager: the manager's,
which locks the day); the password is the one the user logged in with, checked again as the
page's password prompt checks it. ``verify`` compares the fingerprint printed under the signatures
with the database (ledger.daily.verify_fingerprint); exit 0 only when it still matches.

It sits in ui/ with the other translated texts (lupdate reads ui/ and main.py); it builds no widget.
main.py hooks it in with ``add_parser`` and ``run``.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ui.cli.base import tr



def add_parser(sub) -> None:
    parser = sub.add_parser("day", help=tr("日报：查看状态、生成、签字、重新打开、核对校验码"))
    commands = parser.add_subparsers(dest="day_command", required=True)
    for name, text in (("status", tr("某日日报的状态、版本与签字")), ("produce", tr("生成某日日报（内容有变才出新版）")),
                       ("sign", tr("按本人角色签字：财务签字，或经理签字（并锁定）"))):
        command = commands.add_parser(name, help=text)
        command.add_argument("date", help=tr("业务日期 YYYY-MM-DD"))
        if name == "sign":
            command.add_argument("--hash", help=tr("核对过的报表内容哈希（可选；报表已变则不签）"))
    reopen = commands.add_parser("reopen", help=tr("经理重新打开已签的日报（须写原因）"))
    reopen.add_argument("date", help=tr("业务日期 YYYY-MM-DD"))
    reopen.add_argument("--reason", default="", help=tr("重新打开的原因"))
    send = commands.add_parser("send", help=tr("把已签字的日报发给经管二部和备件科（邮件或传真文件夹）"))
    send.add_argument("date", nargs="?", help=tr("业务日期 YYYY-MM-DD"))
    send.add_argument("--again", action="store_true", help=tr("已发出的也再发一次"))
    send.add_argument("--pending", action="store_true",
                      help=tr("发送所有到期未发出的签字版日报（供计划任务定时运行；失败的按退避间隔重试）"))
    verify = commands.add_parser("verify", help=tr("核对纸质日报签字下的校验码与数据库是否一致"))
    verify.add_argument("date", help=tr("业务日期 YYYY-MM-DD"))
    verify.add_argument("fingerprint", help=tr("校验码，如 ABCD-EFGH-2345"))


def _state_text(state: str) -> str:
    from ui.daily_page import STATE_TEXTS

    return QCoreApplication.translate("DailyPage", STATE_TEXTS[state])


def _role_text(role: str) -> str:
    from ui.daily_page import ROLE_LABELS

    return QCoreApplication.translate("DailyPage", ROLE_LABELS[role])


def run(args, ctx) -> int:
    """``ctx.session()`` opens the database and logs in; ``ctx.say`` prints a line."""
    from common.errors import Refusal
    from ledger import daily
    from ui.messages import refusal_text

    if args.day_command == "send" and (args.pending == bool(args.date) or (args.pending and args.again)):
        ctx.say(tr("day send 需要一个日期（YYYY-MM-DD），或只用 --pending 发送所有到期未发出的日报。"))
        return 2
    if args.day_command == "send" and args.pending:
        _, actor = ctx.session()
        return _send_pending(actor, ctx.say)
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise Refusal("daily.bad_date", date=args.date) from None
    _, actor = ctx.session()
    command = args.day_command
    if command == "send":
        return _send(actor, day, args.again, ctx.say)
    if command == "verify":
        found = daily.verify_fingerprint(day, args.fingerprint)
        ctx.say(refusal_text(Refusal(found.code, **found.facts)))
        return 0 if found.ok else 1
    if command == "produce":
        result = daily.produce(actor, day)
        ctx.say(tr("已生成 {day} 的日报第 {n} 版。").format(day=day.isoformat(), n=result.version) if result.new_version
            else tr("{day} 的日报内容未变，仍为第 {n} 版。").format(day=day.isoformat(), n=result.version))
        _say_checks(result.report, ctx.say)
    elif command == "sign":
        from common import auth

        role = "manager" if auth.can(actor.user, "daily.sign_manager") else "finance"
        sign = daily.sign_manager if role == "manager" else daily.sign_finance
        result = sign(actor, day, _password(), args.hash)
        ctx.say(tr("{day} 的日报已签字：{state}。").format(day=day.isoformat(), state=_state_text(result.state)))
    elif command == "reopen":
        daily.reopen(actor, day, args.reason)
        ctx.say(tr("{day} 的日报已重新打开，签字版 PDF 仍保留在版本列表中。").format(day=day.isoformat()))
    _say_status(day, ctx.say)
    return 0


def _where(target: str) -> str:
    from ledger import send

    return (QCoreApplication.translate("SendPanel", send.DEPARTMENTS[target])  # ui/send_panel.py
            if target in send.DEPARTMENTS else tr("传真文件夹"))


def _say_outcome(outcome, say, day_prefix: str = "") -> None:
    from ui.send_panel import error_words

    say(day_prefix + (tr("已发出：{where} {to}").format(where=_where(outcome.target), to=outcome.recipient)
                      if outcome.ok else
                      tr("未能发出：{where} {to}（第 {n} 次）：{error}").format(
                          where=_where(outcome.target), to=outcome.recipient, n=outcome.attempts,
                          error=error_words(outcome.error))))


def _send_pending(actor, say) -> int:
    """``day send --pending``: the unattended retry (ledger.send.retry_due). Exit 1 when an attempt
    failed; what waits for its backoff or has used up its attempts is listed."""
    from ledger import send

    if not send.load_settings().channel:
        from common.errors import Refusal

        raise Refusal("send.not_configured")
    outcomes = send.retry_due(actor)
    for outcome in outcomes:
        _say_outcome(outcome, say, f"{outcome.day.isoformat()} ")
    for item, at in send.waiting(actor.now):
        say(tr("{day} {where}：第 {n} 次发送失败，{at} 起再试。").format(
            day=item.day.isoformat(), where=_where(item.target), n=item.attempts, at=f"{at:%Y-%m-%d %H:%M}")
            if at is not None else
            tr("{day} {where}：已失败 {n} 次，不再自动重试；改好设置后用 day send {day} 重发。").format(
                day=item.day.isoformat(), where=_where(item.target), n=item.attempts))
    if not outcomes:
        say(tr("没有到期待发送的签字版日报。"))
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _send(actor, day: date, again: bool, say) -> int:
    """Exit 0 when every target has the day's signed report (now or before), 1 when one failed."""
    from ledger import send

    outcomes = send.send_day(actor, day, force=again)
    for outcome in outcomes:
        _say_outcome(outcome, say)
    if not outcomes:
        say(tr("{day} 的签字版日报此前已全部发出（再发一次请加 --again）。").format(day=day.isoformat()))
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _password() -> str:
    import os

    password = os.environ.get("BRANCHDESK_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(tr("签字请再输入一次密码: "))
    return password


def _say_checks(report, say) -> None:
    from common.errors import Refusal
    from ui.messages import refusal_text

    failed = report.failed_checks
    if not failed:
        say(tr("核对：全部相符。"))
        return
    say(tr("核对：{n} 项不符（请勿签字，先查明原因）：").format(n=len(failed)))
    for check in failed:
        say("  - " + refusal_text(Refusal(check.code, **check.facts)))


def _say_status(day: date, say) -> None:
    from ledger import daily
    from ledger.daily_print import signatures_of

    state = daily.day_state(day)
    say(tr("{day}：{state}").format(day=day.isoformat(), state=_state_text(state)))
    latest = daily.versions(day).first()
    if latest is None:
        return
    say(tr("第 {n} 版，内容哈希 {hash}").format(n=latest.version, hash=latest.content_hash))
    labels = {"制表人": tr("制表人"), "财务": _role_text("finance"), "经理": _role_text("manager")}
    for label, name, when in signatures_of(latest):
        say("  " + tr("{label}：{name}").format(label=labels[label], name=name or "—")
            + (f"  {when.isoformat()}" if when else ""))
    code = daily.fingerprint_of(latest) if latest.finance_signed_at is not None else None
    if code:
        say(tr("校验码：{code}").format(code=code))

"""Reconciliation with service stations, dealers and HQ (对账): statements, their answers, disputes.

Data model:

- ``Statement``: what we sent one counterparty for one period (twice a month: 1-15 and 16-end).
  Issuing it freezes our figures, because the station signs the paper we sent, not whatever the
  books say by the time it comes back. One statement per (party, period), by a unique index.
- ``StatementLine``: one part on it. The same columns serve both kinds of counterparty:

  ============== ====================== ==========================
  column         station / dealer       HQ
  ============== ====================== ==========================
  qty_out        issued to them         bad parts returned to HQ
  qty_in_good    good parts returned    good parts received
  qty_in_bad     bad parts returned     bad parts HQ confirmed
  owed_start/end 人欠坏件 (they owe us)  欠人坏件 (we owe HQ)
  transit_in/out (none)                 在途 both ways, at period end
  ============== ====================== ==========================

  The answer fills ``confirmed`` or their figures (``their_*``; None = same as ours).
- ``Dispute``: one per answered line whose figures differ, open until resolved either by a posting
  (the document that corrects our books) or by accepting their figure with a reason; who and when
  are kept on the row and in the audit log.

Reversals count under the type of the document they reverse, so a mistaken issue that was
reversed nets to nothing on the statement.
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date, timedelta

import peewee
from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal, RefusalList
from common.models import User
from ledger.models import Document, Party, Part, Posting
from ledger.posting import normalise_code, number_matches
from ledger.texts import (
    RECON_ALREADY_ANSWERED, RECON_ANSWER_BAD_NUMBER, RECON_ANSWER_DUPLICATE_PART, RECON_ANSWER_EMPTY,
    RECON_ANSWER_LINE_MISSING, RECON_ANSWER_MIXED, RECON_ANSWER_NO_PERIOD, RECON_ANSWER_REFUSED,
    RECON_ANSWER_TOTAL_MISMATCH, RECON_ANSWER_UNKNOWN_PART, RECON_BAD_PERIOD, RECON_DISPUTE_CLOSED,
    RECON_DOCUMENT_OTHER_PARTY, RECON_NO_SUCH_STATEMENT, RECON_PARTY_KIND, RECON_PERIOD_NOT_ENDED,
    RECON_REASON_REQUIRED, RECON_STATEMENT_EXISTS, RECON_UNKNOWN_DISPUTE, RECON_UNKNOWN_DOCUMENT,
    RECON_UNKNOWN_PARTY, RECON_UNKNOWN_STATEMENT,
)

# Statement columns per counterparty kind: (field, Chinese header) in print order.
STATION_COLUMNS = (("qty_out", "本期发出"), ("qty_in_good", "退回好件"), ("qty_in_bad", "退回坏件"),
                   ("owed_start", "期初欠件"), ("owed_end", "期末欠件"))
HQ_COLUMNS = (("qty_in_good", "本期到货"), ("qty_out", "返坏件"), ("qty_in_bad", "总部确认坏件"),
              ("owed_start", "期初欠总部"), ("owed_end", "期末欠总部"),
              ("transit_in", "在途（发来）"), ("transit_out", "在途（返回）"))
# The figures a counterparty may answer with (their_<field>).
ANSWER_FIELDS = ("qty_out", "qty_in_good", "qty_in_bad", "owed_end")


class Statement(BaseModel):
    party = ForeignKeyField(Party, on_delete="RESTRICT")
    date_from = DateField()
    date_to = DateField()
    state = CharField(max_length=16, default="issued")  # issued -> answered
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, on_delete="RESTRICT")
    answered_at = DateTimeField(null=True)
    answered_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_statement"
        indexes = ((("party", "date_from", "date_to"), True),)


class StatementLine(BaseModel):
    statement = ForeignKeyField(Statement, on_delete="CASCADE", backref="lines")
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    qty_out = IntegerField(default=0)
    qty_in_good = IntegerField(default=0)
    qty_in_bad = IntegerField(default=0)
    owed_start = IntegerField(default=0)
    owed_end = IntegerField(default=0)
    transit_in = IntegerField(default=0)
    transit_out = IntegerField(default=0)
    answered = BooleanField(default=False)
    confirmed = BooleanField(null=True)
    their_out = IntegerField(null=True)
    their_in_good = IntegerField(null=True)
    their_in_bad = IntegerField(null=True)
    their_owed_end = IntegerField(null=True)
    their_note = TextField(default="")

    class Meta:
        table_name = "ledger_statement_line"
        indexes = ((("statement", "part"), True),)

    def theirs(self, field: str):
        """Their figure for one of ANSWER_FIELDS (ours when they left it blank or confirmed)."""
        value = getattr(self, {"qty_out": "their_out", "qty_in_good": "their_in_good",
                               "qty_in_bad": "their_in_bad", "owed_end": "their_owed_end"}[field])
        return getattr(self, field) if value is None else value

    def differences(self) -> dict[str, tuple[int, int]]:
        return {f: (getattr(self, f), self.theirs(f)) for f in ANSWER_FIELDS if self.theirs(f) != getattr(self, f)}


class Dispute(BaseModel):
    line = ForeignKeyField(StatementLine, unique=True, on_delete="RESTRICT", backref="disputes")
    state = CharField(max_length=16, default="open")  # open -> resolved
    opened_at = DateTimeField()
    opened_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    resolution = CharField(max_length=16, null=True)  # posting | accepted
    document = ForeignKeyField(Document, null=True, on_delete="RESTRICT")
    reason = TextField(default="")
    resolved_at = DateTimeField(null=True)
    resolved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_dispute"
        indexes = ((("state",), False),)


MODELS = (Statement, StatementLine, Dispute)


# -- periods --------------------------------------------------------------------------------------

def half_month(day: Date) -> tuple[Date, Date]:
    """The half of the month ``day`` is in: 1-15 or 16-end (the clerk reconciles twice a month)."""
    if day.day <= 15:
        return day.replace(day=1), day.replace(day=15)
    return day.replace(day=16), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def default_period(today: Date) -> tuple[Date, Date]:
    """The latest half-month that has ended by ``today`` (its last day may be today)."""
    start, end = half_month(today)
    if end <= today:
        return start, end
    return half_month(start - timedelta(days=1))


# -- our figures ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figures:
    part_id: int
    part_number: str
    part_name: str
    qty_out: int = 0
    qty_in_good: int = 0
    qty_in_bad: int = 0
    owed_start: int = 0
    owed_end: int = 0
    transit_in: int = 0
    transit_out: int = 0


def _party(party_code: str) -> Party:
    party = Party.get_or_none(Party.code == normalise_code(party_code))
    if party is None:
        raise Refusal(RECON_UNKNOWN_PARTY, party=normalise_code(party_code))
    return party


def _check_period(actor: Actor, date_from, date_to) -> None:
    if not isinstance(date_from, Date) or not isinstance(date_to, Date) or date_to < date_from:
        raise Refusal(RECON_BAD_PERIOD, date_from=str(date_from), date_to=str(date_to))
    if date_to > actor.today:
        raise Refusal(RECON_PERIOD_NOT_ENDED, date_to=date_to.isoformat(), today=actor.today.isoformat())


def statement_figures(party: Party, date_from: Date, date_to: Date) -> list[Figures]:
    """Our per-part figures for one counterparty and period, from the journal (three grouped
    queries on the party's postings, which the (party, book, date) index serves)."""
    is_hq = party.kind == "hq"
    original = Document.alias("original")
    kind = peewee.Case(None, [(Document.doc_type == "REVERSAL", original.doc_type)], Document.doc_type)
    moves = (
        Posting.select(Posting.part, kind.alias("kind"), Posting.book, fn.SUM(Posting.delta))
        .join(Document, on=(Posting.document == Document.id))
        .join(original, peewee.JOIN.LEFT_OUTER, on=(Document.reference == original.id))
        .where((Posting.party == party.id) & (Posting.date >= date_from) & (Posting.date <= date_to))
        .group_by(Posting.part, kind, Posting.book)
        .tuples()
    )
    figures: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for part_id, doc_kind, book, delta in moves:
        row = figures[part_id]
        if is_hq:
            if doc_kind == "HQ_RECEIVE" and book == "good":
                row["qty_in_good"] += delta
            elif doc_kind == "HQ_BAD_RETURN" and book == "bad":
                row["qty_out"] -= delta
            elif doc_kind == "HQ_BAD_CONFIRM" and book == "in_transit_out":
                row["qty_in_bad"] -= delta
        else:
            if doc_kind == "STATION_ISSUE" and book == "good":
                row["qty_out"] -= delta
            elif doc_kind == "STATION_GOOD_RETURN" and book == "good":
                row["qty_in_good"] += delta
            elif doc_kind == "STATION_BAD_RETURN" and book == "bad":
                row["qty_in_bad"] += delta
    owed_book = "owed_to" if is_hq else "owed_by"
    owed = (
        Posting.select(Posting.part,
                       fn.SUM(peewee.Case(None, [(Posting.date < date_from, Posting.delta)], 0)),
                       fn.SUM(Posting.delta))
        .where((Posting.party == party.id) & (Posting.book == owed_book) & (Posting.date <= date_to))
        .group_by(Posting.part)
        .tuples()
    )
    for part_id, start, end in owed:
        if start or end:
            figures[part_id]["owed_start"] += int(start or 0)
            figures[part_id]["owed_end"] += int(end or 0)
    if is_hq:
        transit = (
            Posting.select(Posting.part, Posting.book, fn.SUM(Posting.delta))
            .where((Posting.party == party.id) & Posting.book.in_(("in_transit_in", "in_transit_out"))
                   & (Posting.date <= date_to))
            .group_by(Posting.part, Posting.book)
            .tuples()
        )
        for part_id, book, qty in transit:
            if qty:
                figures[part_id]["transit_in" if book == "in_transit_in" else "transit_out"] += int(qty)
    figures = {p: row for p, row in figures.items() if any(row.values())}
    parts = {p.id: p for p in Part.select(Part.id, Part.number, Part.name).where(Part.id.in_(list(figures)))} \
        if figures else {}
    result = [Figures(p, parts[p].number, parts[p].name, **{k: int(v) for k, v in row.items()})
              for p, row in figures.items()]
    return sorted(result, key=lambda f: f.part_number)


# -- issuing --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuedStatement:
    statement_id: int
    party_code: str
    date_from: Date
    date_to: Date
    line_count: int
    created: bool  # False: it had been issued before and is returned as it was


def issue_statement(actor: Actor, party_code: str, date_from: Date | None = None,
                    date_to: Date | None = None) -> IssuedStatement:
    """Freeze our figures for a counterparty and period (default: the latest ended half-month).
    Issuing the same period again returns the statement already issued, unchanged."""
    require(actor, "reconcile.manage")
    if date_from is None or date_to is None:
        date_from, date_to = default_period(actor.today)
    _check_period(actor, date_from, date_to)
    with database.atomic():
        party = _party(party_code)
        if party.kind == "customer":
            raise Refusal(RECON_PARTY_KIND, party=party.code, name=party.name)
        existing = Statement.get_or_none((Statement.party == party.id) & (Statement.date_from == date_from)
                                         & (Statement.date_to == date_to))
        if existing is not None:
            return IssuedStatement(existing.id, party.code, date_from, date_to, existing.lines.count(), False)
        figures = statement_figures(party, date_from, date_to)
        try:
            with database.atomic():
                statement = Statement.create(party=party, date_from=date_from, date_to=date_to,
                                             created_at=actor.now, created_by=actor.user)
        except peewee.IntegrityError as exc:  # a second clerk issued it a moment ago
            raise Refusal(RECON_STATEMENT_EXISTS, party=party.code, date_from=date_from.isoformat(),
                          date_to=date_to.isoformat()) from exc
        if figures:
            StatementLine.insert_many([
                {"statement": statement.id, "part": f.part_id, "qty_out": f.qty_out, "qty_in_good": f.qty_in_good,
                 "qty_in_bad": f.qty_in_bad, "owed_start": f.owed_start, "owed_end": f.owed_end,
                 "transit_in": f.transit_in, "transit_out": f.transit_out}
                for f in figures
            ]).execute()
        audit.record(actor, "recon.statement_issue", "ledger_statement", statement.id, {
            "party": party.code, "date_from": date_from.isoformat(), "date_to": date_to.isoformat(),
            "lines": len(figures)})
    return IssuedStatement(statement.id, party.code, date_from, date_to, len(figures), True)


def statement_lines(statement_id: int):
    """The lines of a statement with their part, in part number order (a query)."""
    return (StatementLine.select(StatementLine, Part).join(Part)
            .where(StatementLine.statement == statement_id).order_by(Part.number))


def find_statement(party_code: str, date_from: Date, date_to: Date) -> Statement | None:
    return (Statement.select().join(Party)
            .where((Party.code == normalise_code(party_code)) & (Statement.date_from == date_from)
                   & (Statement.date_to == date_to)).first())


# -- the answer -----------------------------------------------------------------------------------

@dataclass
class LineAnswer:
    """Their answer for one part: confirmed, or their figures (None = same as ours)."""

    part_number: str
    confirmed: bool = False
    qty_out: int | None = None
    qty_in_good: int | None = None
    qty_in_bad: int | None = None
    owed_end: int | None = None
    note: str = ""
    row: int | None = None  # the row of the imported sheet, for messages


@dataclass(frozen=True)
class AnswerResult:
    statement_id: int
    lines_confirmed: int
    lines_differing: int
    disputes_opened: int


def answer_statement(actor: Actor, statement_id: int, answers: list[LineAnswer]) -> AnswerResult:
    """Record the counterparty's answer (keyed in or imported): every line of the statement must be
    answered; a part they list that is not on our statement is added with our figures 0 (a part
    we did not book is exactly what a dispute is for). A line whose figures differ opens a dispute."""
    require(actor, "reconcile.manage")
    with database.atomic():
        statement = Statement.get_or_none(Statement.id == statement_id)
        if statement is None:
            raise Refusal(RECON_UNKNOWN_STATEMENT, statement=str(statement_id))
        if statement.state != "issued":
            raise Refusal(RECON_ALREADY_ANSWERED, party=statement.party.code,
                          date_from=statement.date_from.isoformat(), date_to=statement.date_to.isoformat())
        lines = {line.part.number: line for line in statement_lines(statement.id)}
        problems: list[Refusal] = []
        seen: dict[str, LineAnswer] = {}
        numbers = {normalise_code(a.part_number) for a in answers}
        parts = {p.number: p for p in Part.select().where(Part.number.in_(list(numbers)))} if numbers else {}
        for answer in answers:
            number = normalise_code(answer.part_number)
            row = answer.row or ""
            if number not in parts:
                problems.append(Refusal(RECON_ANSWER_UNKNOWN_PART, row=row, part=number))
                continue
            if number in seen:
                problems.append(Refusal(RECON_ANSWER_DUPLICATE_PART, row=row, part=number,
                                        first_row=seen[number].row or ""))
                continue
            for field in ANSWER_FIELDS:
                value = getattr(answer, field)
                if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                    problems.append(Refusal(RECON_ANSWER_BAD_NUMBER, row=row, part=number, field=field,
                                            value=str(value)))
            seen[number] = answer
        for number in sorted(set(lines) - set(seen)):
            problems.append(Refusal(RECON_ANSWER_LINE_MISSING, part=number, party=statement.party.code))
        if problems:
            raise RefusalList(RECON_ANSWER_REFUSED, problems, party=statement.party.code)
        confirmed = differing = 0
        for number, answer in seen.items():
            line = lines.get(number)
            if line is None:
                line = StatementLine.create(statement=statement, part=parts[number])
            line.answered = True
            line.confirmed = bool(answer.confirmed)
            line.their_note = (answer.note or "").strip()
            if answer.confirmed:
                line.their_out = line.their_in_good = line.their_in_bad = line.their_owed_end = None
            else:
                line.their_out, line.their_in_good = answer.qty_out, answer.qty_in_good
                line.their_in_bad, line.their_owed_end = answer.qty_in_bad, answer.owed_end
            line.save()
            if line.differences():
                differing += 1
                Dispute.create(line=line, opened_at=actor.now, opened_by=actor.user)
            else:
                confirmed += 1
        Statement.update(state="answered", answered_at=actor.now, answered_by=actor.user).where(
            Statement.id == statement.id).execute()
        audit.record(actor, "recon.statement_answer", "ledger_statement", statement.id,
                     {"confirmed": confirmed, "differing": differing})
    return AnswerResult(statement.id, confirmed, differing, differing)


IMPORT_SHEET = "对账单"
IMPORT_HEADERS = ("单位编码", "起始日期", "截止日期", "备件编号", "备件名称", "确认",
                  "对方发出", "对方退回好件", "对方退回坏件", "对方期末欠件", "说明")
TOTAL_LABEL = "合计"


def import_answer(actor: Actor, path) -> AnswerResult:
    """Read a returned statement (the xlsx we sent, with 确认 / 对方* columns filled in) and record
    it. Refused as a whole, nothing changed: another counterparty or period than a statement we
    issued, unknown parts, a 合计 row that does not equal the sum of the lines."""
    from common import excel

    require(actor, "reconcile.manage")
    rows = excel.read_sheet(path, IMPORT_SHEET, IMPORT_HEADERS, kinds={
        "起始日期": "date", "截止日期": "date", "对方发出": "int", "对方退回好件": "int", "对方退回坏件": "int",
        "对方期末欠件": "int"}, required=("单位编码",))
    totals = [r for r in rows if r["单位编码"] == TOTAL_LABEL]
    body = [r for r in rows if r["单位编码"] != TOTAL_LABEL]
    if not body:
        raise Refusal(RECON_ANSWER_EMPTY, path=str(path))
    keys = {(r["单位编码"], r["起始日期"], r["截止日期"]) for r in body}
    if len(keys) > 1:
        raise Refusal(RECON_ANSWER_MIXED, path=str(path), count=len(keys))
    party_code, date_from, date_to = keys.pop()
    if date_from is None or date_to is None:
        raise Refusal(RECON_ANSWER_NO_PERIOD, path=str(path), party=party_code)
    statement = find_statement(party_code, date_from, date_to)
    if statement is None:
        raise Refusal(RECON_NO_SUCH_STATEMENT, party=normalise_code(party_code),
                      date_from=date_from.isoformat(), date_to=date_to.isoformat())
    columns = {"对方发出": "qty_out", "对方退回好件": "qty_in_good", "对方退回坏件": "qty_in_bad", "对方期末欠件": "owed_end"}
    answers = []
    for r in body:
        confirmed = (r["确认"] or "").strip() in ("是", "确认", "Y", "y", "√", "✓")
        answers.append(LineAnswer(r["备件编号"] or "", confirmed, note=r["说明"] or "", row=r.number,
                                  **{field: r[header] for header, field in columns.items()}))
    if totals:
        ours = {line.part.number: line for line in statement_lines(statement.id)}
        for header, field in columns.items():
            total = totals[0][header]
            if total is None:
                continue
            added = 0
            for answer in answers:
                if getattr(answer, field) is not None:
                    added += getattr(answer, field)
                elif normalise_code(answer.part_number) in ours:
                    added += getattr(ours[normalise_code(answer.part_number)], field)
            if added != total:
                raise Refusal(RECON_ANSWER_TOTAL_MISMATCH, row=totals[0].number, column=header, total=total,
                              added=added)
    return answer_statement(actor, statement.id, answers)


# -- disputes -------------------------------------------------------------------------------------

def open_disputes(party_code: str | None = None):
    """Open disputes with their line, part, statement and party (a query), oldest first."""
    query = (Dispute.select(Dispute, StatementLine, Part, Statement, Party)
             .join(StatementLine).join(Part).switch(StatementLine).join(Statement).join(Party)
             .where(Dispute.state == "open").order_by(Dispute.opened_at, Dispute.id))
    if party_code is not None:
        query = query.where(Party.code == normalise_code(party_code))
    return query


def count_open_disputes() -> int:
    return Dispute.select().where(Dispute.state == "open").count()


def _open_dispute(dispute_id: int) -> Dispute:
    dispute = (Dispute.select(Dispute, StatementLine, Part, Statement, Party)
               .join(StatementLine).join(Part).switch(StatementLine).join(Statement).join(Party)
               .where(Dispute.id == dispute_id).first())
    if dispute is None:
        raise Refusal(RECON_UNKNOWN_DISPUTE, dispute=str(dispute_id))
    if dispute.state != "open":
        raise Refusal(RECON_DISPUTE_CLOSED, part=dispute.line.part.number,
                      party=dispute.line.statement.party.code, resolved_by=dispute.resolved_by.display_name,
                      resolved_at=dispute.resolved_at.strftime("%Y-%m-%d %H:%M"))
    return dispute


def _close(actor: Actor, dispute: Dispute, resolution: str, reason: str, document: Document | None) -> None:
    # The state guard in the WHERE makes two clerks closing the same dispute safe: one wins.
    changed = Dispute.update(state="resolved", resolution=resolution, reason=reason, document=document,
                             resolved_at=actor.now, resolved_by=actor.user).where(
        (Dispute.id == dispute.id) & (Dispute.state == "open")).execute()
    if changed != 1:
        raise Refusal(RECON_DISPUTE_CLOSED, part=dispute.line.part.number,
                      party=dispute.line.statement.party.code, resolved_by="", resolved_at="")
    audit.record(actor, "recon.dispute_resolve", "ledger_dispute", dispute.id, {
        "resolution": resolution, "document": document.number if document else None})


def resolve_by_posting(actor: Actor, dispute_id: int, document_number: str, note: str = "") -> Dispute:
    """Close a dispute with the posted document that corrected our books (ours was wrong)."""
    require(actor, "reconcile.manage")
    with database.atomic():
        dispute = _open_dispute(dispute_id)
        document = Document.get_or_none(number_matches(document_number))
        if document is None:
            raise Refusal(RECON_UNKNOWN_DOCUMENT, document=normalise_code(document_number))
        party = dispute.line.statement.party
        if document.party_id not in (party.id, None):
            raise Refusal(RECON_DOCUMENT_OTHER_PARTY, document=document.number, party=party.code,
                          document_party=document.party.code)
        _close(actor, dispute, "posting", (note or "").strip(), document)
    return Dispute.get_by_id(dispute_id)


def resolve_by_accepting(actor: Actor, dispute_id: int, reason: str) -> Dispute:
    """Close a dispute by accepting their figure; the reason is required (it is the only record of
    why the books and the station's answer may differ)."""
    require(actor, "reconcile.manage")
    reason = (reason or "").strip()
    with database.atomic():
        dispute = _open_dispute(dispute_id)
        if not reason:
            raise Refusal(RECON_REASON_REQUIRED, part=dispute.line.part.number,
                          party=dispute.line.statement.party.code)
        _close(actor, dispute, "accepted", reason, None)
    return Dispute.get_by_id(dispute_id)

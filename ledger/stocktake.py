"""The weekly stocktake (盘点): count the shelves, explain every difference, adjust once approved.

Data model:

- ``Stocktake``: one count. Starting it freezes the book quantities (good and bad) of every part
  into its lines and remembers the last journal row id at that moment, so any posting made while
  the shelves are being counted (also a back-dated one) can be flagged on the variance report.
  ``open_key`` is 1 while counting and NULL afterwards; its unique index allows one open count.
- ``StocktakeLine``: one part: frozen book quantities, the counted quantities (NULL until
  counted), who counted and when, and the reason for a variance.

A count entered twice for one part is refused unless the clerk says to replace it; the guard is
in the UPDATE's WHERE clause, so two clerks keying the same part cannot both "enter first".
Approval (manager) posts one ADJUST_GOOD and one ADJUST_BAD document through ledger.posting.post,
one line per part with a variance, the line's reason as its remark.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date

import peewee
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database, is_sqlite, retrying
from common.errors import Refusal, RefusalList
from common.models import User
from ledger.models import Balance, Document, Part, Posting
from ledger.posting import Draft, DraftLine, lock_for_posting, normalise_code, post
from ledger.texts import (
    STOCKTAKE_ALREADY_COUNTED, STOCKTAKE_ALREADY_OPEN, STOCKTAKE_BAD_QUANTITY, STOCKTAKE_COUNTS_REFUSED,
    STOCKTAKE_DUPLICATE_IN_BATCH, STOCKTAKE_NONE_OPEN, STOCKTAKE_NOT_ALL_COUNTED, STOCKTAKE_NOT_COUNTING,
    STOCKTAKE_REASON_MISSING, STOCKTAKE_UNKNOWN_PART,
)


class Stocktake(BaseModel):
    started_at = DateTimeField()
    started_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    last_posting_id = IntegerField(default=0)
    state = CharField(max_length=16, default="counting")  # counting -> approved | cancelled
    open_key = IntegerField(null=True, unique=True)
    approved_at = DateTimeField(null=True)
    approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    document_good = ForeignKeyField(Document, null=True, on_delete="RESTRICT", backref="+")
    document_bad = ForeignKeyField(Document, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "ledger_stocktake"


class StocktakeLine(BaseModel):
    stocktake = ForeignKeyField(Stocktake, on_delete="CASCADE", backref="lines")
    part = ForeignKeyField(Part, on_delete="RESTRICT")
    book_good = IntegerField()
    book_bad = IntegerField()
    counted_good = IntegerField(null=True)
    counted_bad = IntegerField(null=True)
    counted_at = DateTimeField(null=True)
    counted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reason = TextField(default="")

    class Meta:
        table_name = "ledger_stocktake_line"
        indexes = ((("stocktake", "part"), True),)


MODELS = (Stocktake, StocktakeLine)


@dataclass(frozen=True)
class Started:
    stocktake_id: int
    part_count: int


def open_stocktake() -> Stocktake | None:
    return Stocktake.get_or_none(Stocktake.state == "counting")


def _counting(stocktake_id: int | None) -> Stocktake:
    stocktake = open_stocktake() if stocktake_id is None else Stocktake.get_or_none(Stocktake.id == stocktake_id)
    if stocktake is None:
        raise Refusal(STOCKTAKE_NONE_OPEN)
    if stocktake.state != "counting":
        raise Refusal(STOCKTAKE_NOT_COUNTING, stocktake=stocktake.id, state=stocktake.state)
    return stocktake


def start(actor: Actor) -> Started:
    """Start a count: freeze good and bad of every part as the books say right now."""
    require(actor, "reconcile.manage")
    with database.atomic():
        last = Posting.select(fn.MAX(Posting.id)).scalar() or 0
        try:
            with database.atomic():
                stocktake = Stocktake.create(started_at=actor.now, started_by=actor.user, last_posting_id=last,
                                             open_key=1)
        except peewee.IntegrityError as exc:
            running = open_stocktake()
            raise Refusal(STOCKTAKE_ALREADY_OPEN, stocktake=running.id if running else "",
                          started_at=running.started_at.strftime("%Y-%m-%d %H:%M") if running else "") from exc
        books: dict[int, dict[str, int]] = defaultdict(lambda: {"good": 0, "bad": 0})
        for part_id, book, qty in (Balance.select(Balance.part, Balance.book, Balance.qty)
                                   .where(Balance.book.in_(("good", "bad"))).tuples()):
            books[part_id][book] += qty
        part_ids = [p for (p,) in Part.select(Part.id).order_by(Part.number).tuples()]
        rows = [{"stocktake": stocktake.id, "part": p, "book_good": books[p]["good"], "book_bad": books[p]["bad"]}
                for p in part_ids]
        for start_at in range(0, len(rows), 500):
            StocktakeLine.insert_many(rows[start_at:start_at + 500]).execute()
        audit.record(actor, "stocktake.start", "ledger_stocktake", stocktake.id, {"parts": len(rows)})
    return Started(stocktake.id, len(rows))


@dataclass
class Count:
    part_number: str
    good: int
    bad: int = 0
    row: int | None = None  # the imported sheet's row, for messages


@dataclass(frozen=True)
class CountResult:
    stocktake_id: int
    entered: int
    replaced: int


def enter_counts(actor: Actor, counts: list[Count], replace: bool = False,
                 stocktake_id: int | None = None) -> CountResult:
    """Record counted quantities (keyed or imported). A part already counted is refused unless
    ``replace`` (the clerk said the new count replaces the first). All or nothing."""
    require(actor, "reconcile.manage")
    with database.atomic():
        stocktake = _counting(stocktake_id)
        numbers = {normalise_code(c.part_number) for c in counts}
        # Read and lock the lines (PostgreSQL; SQLite's IMMEDIATE transaction already excludes other
        # writers), so "already counted" cannot change between this check and the update below.
        query = (StocktakeLine.select(StocktakeLine.id, Part.number, StocktakeLine.counted_good).join(Part)
                 .where((StocktakeLine.stocktake == stocktake.id) & Part.number.in_(list(numbers))))
        if not is_sqlite():
            query = query.for_update(of=StocktakeLine)
        lines = {number: (line_id, counted) for line_id, number, counted in query.tuples()} if numbers else {}
        problems: list[Refusal] = []
        seen: dict[str, Count] = {}
        for count in counts:
            number = normalise_code(count.part_number)
            row = count.row or ""
            if number not in lines:
                problems.append(Refusal(STOCKTAKE_UNKNOWN_PART, row=row, part=number))
                continue
            if number in seen:
                problems.append(Refusal(STOCKTAKE_DUPLICATE_IN_BATCH, row=row, part=number,
                                        first_row=seen[number].row or ""))
                continue
            seen[number] = count
            for name, value in (("good", count.good), ("bad", count.bad)):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    problems.append(Refusal(STOCKTAKE_BAD_QUANTITY, row=row, part=number, book={"good": "好件", "bad": "坏件"}[name],
                                            value=str(value)))
            if lines[number][1] is not None and not replace:
                problems.append(Refusal(STOCKTAKE_ALREADY_COUNTED, row=row, part=number,
                                        counted=lines[number][1], asked=count.good))
        if problems:
            raise RefusalList(STOCKTAKE_COUNTS_REFUSED, problems)
        replaced = sum(lines[number][1] is not None for number in seen)
        # One executemany instead of a peewee UPDATE per part: 3,000 counts in a fraction of the time.
        db = database.obj
        quote = lambda name: f"{db.quote[0]}{name}{db.quote[1]}"  # noqa: E731
        sql = "UPDATE {} SET {} = {p}, {} = {p}, {} = {p}, {} = {p} WHERE {} = {p}".format(
            quote(StocktakeLine._meta.table_name), quote("counted_good"), quote("counted_bad"), quote("counted_at"),
            quote("counted_by_id"), quote("id"), p=db.param)
        at = StocktakeLine.counted_at.db_value(actor.now)
        db.cursor().executemany(sql, [(count.good, count.bad, at, actor.user.id, lines[number][0])
                                      for number, count in seen.items()])
        audit.record(actor, "stocktake.count", "ledger_stocktake", stocktake.id,
                     {"entered": len(seen), "replaced": replaced})
    return CountResult(stocktake.id, len(seen), replaced)


COUNT_SHEET = "盘点"
COUNT_HEADERS = ("备件编号", "好件实数", "坏件实数")


def import_counts(actor: Actor, path, replace: bool = False) -> CountResult:
    """Counted quantities from an xlsx (sheet 盘点: 备件编号 | 好件实数 | 坏件实数; blank bad = 0)."""
    from common import excel

    require(actor, "reconcile.manage")
    rows = excel.read_sheet(path, COUNT_SHEET, COUNT_HEADERS, kinds={"好件实数": "int", "坏件实数": "int"},
                            required=("备件编号", "好件实数"), allow_duplicates=True)
    return enter_counts(actor, [Count(r["备件编号"], r["好件实数"], r["坏件实数"] or 0, r.number) for r in rows],
                        replace)


def set_reason(actor: Actor, stocktake_id: int, part_number: str, reason: str) -> None:
    require(actor, "reconcile.manage")
    with database.atomic():
        stocktake = _counting(stocktake_id)
        number = normalise_code(part_number)
        part = Part.get_or_none(Part.number == number)
        changed = 0 if part is None else StocktakeLine.update(reason=(reason or "").strip()).where(
            (StocktakeLine.stocktake == stocktake.id) & (StocktakeLine.part == part.id)).execute()
        if not changed:
            raise Refusal(STOCKTAKE_UNKNOWN_PART, row="", part=number)
        audit.record(actor, "stocktake.reason", "ledger_stocktake", stocktake.id, {"part": number})


@dataclass(frozen=True)
class VarianceLine:
    part_number: str
    part_name: str
    unit: str
    book_good: int
    book_bad: int
    counted_good: int
    counted_bad: int
    reason: str
    moved_since_start: bool  # a posting on this part's good/bad books after the count started

    @property
    def variance_good(self) -> int:
        return self.counted_good - self.book_good

    @property
    def variance_bad(self) -> int:
        return self.counted_bad - self.book_bad


@dataclass(frozen=True)
class VarianceReport:
    stocktake_id: int
    state: str
    counted: int
    not_counted: int
    lines: tuple  # VarianceLine for counted parts with a variance, or with postings since start
    moved_parts: tuple  # part numbers posted since start (counted or not)

    @property
    def missing_reasons(self) -> list[str]:
        return [l.part_number for l in self.lines if (l.variance_good or l.variance_bad) and not l.reason]


def variance_report(stocktake_id: int | None = None) -> VarianceReport:
    """Counted vs frozen book per part, with a flag on parts posted after the count started (their
    shelf may have changed while it was counted). Two queries; no per-part round trips."""
    stocktake = open_stocktake() if stocktake_id is None else Stocktake.get_or_none(Stocktake.id == stocktake_id)
    if stocktake is None:
        raise Refusal(STOCKTAKE_NONE_OPEN)
    moved = {p for (p,) in Posting.select(Posting.part).distinct().where(
        (Posting.id > stocktake.last_posting_id) & Posting.book.in_(("good", "bad"))).tuples()}
    lines, counted, not_counted, moved_numbers = [], 0, 0, []
    for part_id, number, name, unit, bg, bb, cg, cb, reason in (
        StocktakeLine.select(Part.id, Part.number, Part.name, Part.unit, StocktakeLine.book_good,
                             StocktakeLine.book_bad, StocktakeLine.counted_good, StocktakeLine.counted_bad,
                             StocktakeLine.reason)
        .join(Part).where(StocktakeLine.stocktake == stocktake.id).order_by(Part.number).tuples()
    ):
        flagged = part_id in moved
        if flagged:
            moved_numbers.append(number)
        if cg is None:
            not_counted += 1
            continue
        counted += 1
        if cg != bg or (cb or 0) != bb or flagged:
            lines.append(VarianceLine(number, name, unit, bg, bb, cg, cb or 0, reason, flagged))
    return VarianceReport(stocktake.id, stocktake.state, counted, not_counted, tuple(lines), tuple(moved_numbers))


@dataclass(frozen=True)
class Approved:
    stocktake_id: int
    document_good: str | None
    document_bad: str | None


@retrying
def approve(actor: Actor, stocktake_id: int, on: Date | None = None) -> Approved:
    """Manager: post the variances as ADJUST_GOOD / ADJUST_BAD (dated ``on``, default today) and
    close the count. Refused while parts are uncounted or a variance has no reason."""
    require(actor, "parts.post_restricted")
    on = actor.today if on is None else on
    with database.atomic():
        # Both adjustments' counters before either posts its balance rows (ledger.posting's lock order).
        lock_for_posting(counters=[("ADJUST_BAD", on.year), ("ADJUST_GOOD", on.year)] if isinstance(on, Date) else ())
        stocktake = _counting(stocktake_id)
        report = variance_report(stocktake.id)
        if report.not_counted:
            raise Refusal(STOCKTAKE_NOT_ALL_COUNTED, stocktake=stocktake.id, not_counted=report.not_counted)
        if report.missing_reasons:
            raise Refusal(STOCKTAKE_REASON_MISSING, stocktake=stocktake.id,
                          parts="、".join(report.missing_reasons[:10]), count=len(report.missing_reasons))
        remark = f"盘点 #{stocktake.id} {stocktake.started_at:%Y-%m-%d}"
        # Both adjustments' balance rows too, before the first one appends its audit row (the audit
        # head is a transaction's last lock: the second must not wait for balance rows after it).
        ids = dict(Part.select(Part.number, Part.id).where(Part.number.in_([l.part_number for l in report.lines]))
                   .tuples()) if report.lines else {}
        lock_for_posting(books=[(ids[l.part_number], book, 0) for l in report.lines
                                for book, attr in (("good", "variance_good"), ("bad", "variance_bad"))
                                if getattr(l, attr)])
        numbers = {}
        for doc_type, attr in (("ADJUST_GOOD", "variance_good"), ("ADJUST_BAD", "variance_bad")):
            draft_lines = [DraftLine(l.part_number, getattr(l, attr), remark=l.reason)
                           for l in report.lines if getattr(l, attr)]
            numbers[doc_type] = post(actor, Draft(doc_type, on, remark=remark, lines=draft_lines)) \
                if draft_lines else None
        Stocktake.update(
            state="approved", open_key=None, approved_at=actor.now, approved_by=actor.user,
            document_good=numbers["ADJUST_GOOD"].document_id if numbers["ADJUST_GOOD"] else None,
            document_bad=numbers["ADJUST_BAD"].document_id if numbers["ADJUST_BAD"] else None,
        ).where(Stocktake.id == stocktake.id).execute()
        audit.record(actor, "stocktake.approve", "ledger_stocktake", stocktake.id, {
            "good": numbers["ADJUST_GOOD"].number if numbers["ADJUST_GOOD"] else None,
            "bad": numbers["ADJUST_BAD"].number if numbers["ADJUST_BAD"] else None})
    return Approved(stocktake.id, numbers["ADJUST_GOOD"].number if numbers["ADJUST_GOOD"] else None,
                    numbers["ADJUST_BAD"].number if numbers["ADJUST_BAD"] else None)


def cancel(actor: Actor, stocktake_id: int) -> None:
    """Abandon a count (nothing is posted); a new one can then be started."""
    require(actor, "reconcile.manage")
    with database.atomic():
        stocktake = _counting(stocktake_id)
        Stocktake.update(state="cancelled", open_key=None).where(Stocktake.id == stocktake.id).execute()
        audit.record(actor, "stocktake.cancel", "ledger_stocktake", stocktake.id, {})


def count_sheet_lines(stocktake_id: int | None = None):
    """Part number, name, spec, unit for the blind count sheet (no book quantities), a query."""
    stocktake = _counting(stocktake_id)
    return (Part.select(Part.number, Part.name, Part.spec, Part.unit).join(
        StocktakeLine, on=(StocktakeLine.part == Part.id)).where(StocktakeLine.stocktake == stocktake.id)
        .order_by(Part.number))


def uncounted_sheet_lines(stocktake_id: int | None = None) -> list[tuple[int, str, str, str, str]]:
    """(序号 on the printed count sheet, part number, name, spec, unit) of the parts not counted
    yet, for keying counts by hand: the 序号 lets the clerk follow the paper sheet line by line."""
    stocktake = _counting(stocktake_id)
    counted = {number for (number,) in Part.select(Part.number).join(
        StocktakeLine, on=(StocktakeLine.part == Part.id)).where(
        (StocktakeLine.stocktake == stocktake.id) & StocktakeLine.counted_good.is_null(False)).tuples()}
    return [(index, number, name, spec, unit)
            for index, (number, name, spec, unit) in enumerate(count_sheet_lines(stocktake.id).tuples(), 1)
            if number not in counted]

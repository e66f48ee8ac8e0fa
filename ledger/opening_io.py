"""The opening balances in and out of Excel (sheet 期初; LEDGERS.md "Opening balances").

``import_opening`` reads the sheet (first row headers, one row per line):
账本 | 往来单位 | 备件编号 | 备件名称 | 数量 | 单价 | 原始日期 | 原始单号 | 备注
and posts it through ``ledger.opening.post_opening`` as one OPENING document dated ``on`` (the
go-live day). Like every import it is all or nothing: every row is checked first and each bad row
gets a refusal naming its row and column; a part number never seen before is created from 备件名称
and 单价 (and the result lists it). ``dry_run`` does everything and rolls back, so the preview is
what posting would really do to every book. ``write_opening_template`` writes the sheet with
examples of each book and a 说明 sheet.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date as Date

from common.actor import Actor
from common.auth import require
from common.db import database, retrying
from common.errors import Refusal, RefusalList
from common.excel import Sheet, read_sheet, write_workbook
from ledger.io import MAX_IMPORT_ROWS, NOTES_SHEET, NewPart, _create_parts, _parts_by_number, audit_new_parts
from ledger.models import BOOK_NAMES, BOOKS, DocumentLine, Part, Party
from ledger.opening import OpeningEntry, check_may_open, opening_lines, opening_problems, post_opening
from ledger.posting import lock_for_posting, normalise_code
from ledger.texts import (
    LEDGER_BAD_DATE, LEDGER_BAD_PRICE, LEDGER_BAD_QUANTITY, LEDGER_IO_NEW_PART_NEEDS_NAME, LEDGER_IO_OPENING_ROW,
    LEDGER_OPENING_BAD_BOOK, LEDGER_OPENING_DUPLICATE_SHIPMENT_LINE, LEDGER_OPENING_NUMBER_REQUIRED,
    LEDGER_OPENING_ORIGIN_AFTER, LEDGER_OPENING_PARTY_REQUIRED, LEDGER_OPENING_PARTY_UNEXPECTED,
    LEDGER_OPENING_PARTY_WRONG_KIND, LEDGER_OPENING_SHIPMENT_TWO_PARTIES, LEDGER_PARTY_INACTIVE,
    LEDGER_UNKNOWN_PART, LEDGER_UNKNOWN_PARTY,
)

OPENING_SHEET = "期初"
OPENING_HEADERS = ["账本", "往来单位", "备件编号", "备件名称", "数量", "单价", "原始日期", "原始单号", "备注"]
OPENING_KINDS = {"账本": "text", "往来单位": "code", "备件编号": "code", "备件名称": "text", "数量": "int",
                 "单价": "money", "原始日期": "date", "原始单号": "code", "备注": "text"}
OPENING_OPTIONAL = ("往来单位", "备件名称", "单价", "原始日期", "原始单号", "备注")

# 账本: the code or the clerk's name of the book (full-width and half-width brackets alike).
BOOK_WORDS = {unicodedata.normalize("NFKC", word).lower(): book for book in BOOKS
              for word in (book, BOOK_NAMES[book])}
BOOK_WORDS.update({"好件": "good", "坏件": "bad"})

# Which column a refusal of ``ledger.opening`` is about.
_COLUMN_OF_CODE = {
    LEDGER_OPENING_BAD_BOOK: "账本", LEDGER_UNKNOWN_PART: "备件编号", LEDGER_BAD_QUANTITY: "数量",
    LEDGER_BAD_PRICE: "单价", LEDGER_OPENING_PARTY_REQUIRED: "往来单位", LEDGER_OPENING_PARTY_UNEXPECTED: "往来单位",
    LEDGER_OPENING_PARTY_WRONG_KIND: "往来单位", LEDGER_UNKNOWN_PARTY: "往来单位", LEDGER_PARTY_INACTIVE: "往来单位",
    LEDGER_BAD_DATE: "原始日期", LEDGER_OPENING_ORIGIN_AFTER: "原始日期",
    LEDGER_OPENING_NUMBER_REQUIRED: "原始单号", LEDGER_OPENING_DUPLICATE_SHIPMENT_LINE: "原始单号",
    LEDGER_OPENING_SHIPMENT_TWO_PARTIES: "原始单号",
}


@dataclass(frozen=True)
class OpeningImportResult:
    dry_run: bool
    number: str | None  # the opening's number (or the one it would get)
    date: Date
    line_count: int
    new_parts: tuple  # ledger.io.NewPart
    effects: tuple  # ledger.posting.Effect per book, part and party
    lines: tuple = ()  # OpeningPreviewLine per line, in the file's order: what each book opens with


@dataclass(frozen=True)
class OpeningPreviewLine:
    """One posted line as the preview shows it: its Excel row, book, party (code), part, quantity,
    the date the debt or shipment arose and its outside number."""

    row: int
    book: str
    party_code: str | None
    part_number: str
    part_name: str
    qty: int
    origin_date: Date
    origin_number: str | None


class _Rollback(Exception):
    """Raised inside the import transaction to undo a dry run."""


def _row_problem(refusal: Refusal, row_numbers: list[int]) -> Refusal:
    """The refusal of an opening line, about its Excel row and column (the line numbers it names
    become the rows the clerk sees)."""
    facts = dict(refusal.facts)
    for key in ("line", "first_line"):
        if isinstance(facts.get(key), int):
            facts[key] = row_numbers[facts[key] - 1]
    column = _COLUMN_OF_CODE.get(refusal.code, "账本")
    return RefusalList(LEDGER_IO_OPENING_ROW, [Refusal(refusal.code, **facts)], row=facts["line"], column=column)


def _read(path, on: Date, skip_hidden: bool):
    """(entries, their Excel rows, new parts, problems) of the sheet."""
    problems: list[Refusal] = []
    rows = read_sheet(path, OPENING_SHEET, OPENING_HEADERS, kinds=OPENING_KINDS, required=("账本", "备件编号", "数量"),
                      max_rows=MAX_IMPORT_ROWS, optional=OPENING_OPTIONAL, skip_hidden=skip_hidden, problems=problems)
    entries, row_numbers = [], []
    names: dict[str, tuple] = {}  # part number -> (name, price, first row) for parts not yet known
    for row in rows:
        if row.bad:
            continue  # read_sheet reported the cell
        word = unicodedata.normalize("NFKC", row["账本"] or "").strip().lower()
        book = BOOK_WORDS.get(word, word)
        number = normalise_code(row["备件编号"] or "")
        if number not in names and (row["备件名称"] or "").strip():
            names[number] = ((row["备件名称"] or "").strip(), row["单价"] or 0, row.number)
        names.setdefault(number, ("", 0, row.number))
        entries.append(OpeningEntry(book, number, row["数量"], row["往来单位"], row["原始日期"], row["原始单号"],
                                    row["单价"], row["备注"] or ""))
        row_numbers.append(row.number)
    known = _parts_by_number(list(names))
    new_parts = []
    for number, (name, price, first_row) in names.items():
        if number in known:
            continue
        if not name:
            problems.append(Refusal(LEDGER_IO_NEW_PART_NEEDS_NAME, row=first_row, column="备件名称", part=number))
        else:
            new_parts.append(NewPart(number, name, price, first_row))
    return entries, row_numbers, new_parts, problems, rows


@retrying
def import_opening(actor: Actor, path, on: Date, dry_run: bool = False,
                   skip_hidden: bool = False) -> OpeningImportResult:
    """Sheet 期初 as the OPENING document dated ``on``; all or nothing (see the module text)."""
    require(actor, "parts.post_restricted")
    check_may_open(actor, on)  # a second opening, documents on or before ``on``: the whole file
    entries, row_numbers, new_parts, problems, rows = _read(path, on, skip_hidden)
    result = None
    try:
        with database.atomic():
            # The opening's counter first, the new parts' audit row last (ledger.posting's lock order).
            lock_for_posting(counters=[("OPENING", on.year)])
            if new_parts:
                new_parts = _create_parts(actor, new_parts)
            # New parts exist now (inside this transaction): every line can be checked.
            # A part without a name was already reported on its 备件名称 cell, once.
            nameless = {p.facts["part"] for p in problems if p.code == LEDGER_IO_NEW_PART_NEEDS_NAME}
            for refusal in opening_problems(actor, on, entries):
                line = refusal.facts.get("line")
                if not isinstance(line, int):
                    problems.append(refusal)
                elif not (refusal.code == LEDGER_UNKNOWN_PART and refusal.facts.get("part") in nameless):
                    problems.append(_row_problem(refusal, row_numbers))
            if problems:
                problems.sort(key=lambda refusal: refusal.facts.get("row", 0))
                raise RefusalList("excel.bad_rows", problems[:500], sheet=OPENING_SHEET, total=len(problems),
                                  path=str(path))
            posted = post_opening(actor, on, entries)
            audit_new_parts(actor, new_parts)
            result = OpeningImportResult(dry_run, posted.number, on, posted.line_count, tuple(new_parts),
                                         posted.effects, _preview_lines(posted.document_id, row_numbers))
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result


def _preview_lines(document_id: int, row_numbers: list[int]) -> tuple:
    """The opening's lines as written (read back inside the import's transaction, so a dry run
    shows exactly what posting stores: parties resolved, blank dates made the go-live day)."""
    meaning = opening_lines(document_id)
    codes = dict(Party.select(Party.id, Party.code).where(
        Party.id.in_(sorted({m[1] for m in meaning.values() if m[1]}))).tuples()) if meaning else {}
    return tuple(
        OpeningPreviewLine(row_numbers[line_no - 1], meaning[line_no][0], codes.get(meaning[line_no][1]), number,
                           name, qty, meaning[line_no][2], meaning[line_no][3])
        for line_no, number, name, qty in
        DocumentLine.select(DocumentLine.line_no, Part.number, Part.name, DocumentLine.qty).join(Part)
        .where(DocumentLine.document == document_id).order_by(DocumentLine.line_no).tuples())


NOTES = [
    ["账本：填写代码或中文名称：good / 好件库存、bad / 坏件库存、owed_to / 欠人坏件、owed_by / 人欠坏件、"
     "in_transit_in / 在途（总部发来）、in_transit_out / 在途（返总部）。每行一个备件的一个账本余额。"],
    ["往来单位：好件、坏件留空；欠人坏件和在途填总部；人欠坏件填服务站或经销商（编码或名称，须已建档）。"],
    ["数量：正整数。单价以元为单位，留空按备件档案单价。首次出现的备件编号按「备件名称」和「单价」自动建档。"],
    ["原始日期：欠人坏件、人欠坏件填欠件发生的日期（账龄和先进先出冲欠按此日期），在途填发运日期；不得晚于建账日，留空按建账日。"],
    ["原始单号：在途（总部发来）必须填总部发货清单号，以后总部到货的「关联单号」填此号；在途（返总部）必须填返件单号，"
     "以后总部确认收坏件填此号。同一单号同一备件只能一行。"],
    ["已返总部、总部尚未确认的坏件仍然欠总部：既填在途（返总部），也填欠人坏件。"],
    ["期初建账只能做一次，由经理导入；建账日当天及以前不能再记账。整个文件要么全部导入，要么一行也不导入。"],
]


def write_opening_template(path):
    """The opening workbook: sheet 期初 with an example line of every book, and 说明."""
    rows = [
        ["好件库存", None, "BP-3501010", "前刹车片", 20, 18500, None, None, None],
        ["坏件库存", None, "BP-3501010", "前刹车片", 3, 18500, None, None, None],
        ["欠人坏件", "HQ", "BP-3501010", "前刹车片", 5, 18500, Date(2026, 7, 15), None, "7 月到货需返坏件"],
        ["人欠坏件", "ZZ01", "BP-3501010", "前刹车片", 4, 18500, Date(2026, 8, 10), "ZZ-SQ-0810", None],
        ["在途（总部发来）", "HQ", "OF-1012010", "机油滤清器", 10, 3200, Date(2026, 10, 28), "FH20261028", None],
        ["在途（返总部）", "HQ", "BP-3501010", "前刹车片", 2, 18500, Date(2026, 10, 25), "FZ20261025", "总部未确认"],
    ]
    kinds = {h: "text" for h in OPENING_HEADERS}
    kinds.update({"数量": "int", "单价": "money", "原始日期": "date"})
    write_workbook(path, [
        Sheet(OPENING_SHEET, OPENING_HEADERS, rows, kinds=kinds),
        Sheet(NOTES_SHEET, ["说明"], NOTES, kinds={"说明": "text"}),
    ])
    return path

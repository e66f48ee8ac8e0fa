"""The spare-parts books in and out of Excel: imports, the import template, and exports.

Data model of the import (LEDGERS.md, "The import template", is the contract):

- sheet 往来单位 (``import_parties``): one counterparty per row, keyed by 编码. A code already in
  the database is updated with the row's values; a new one is created.
- sheet 备件 (``import_parts``): one part per row, keyed by 备件编号, updated or created the same way.
- sheet 单据 (``import_documents``): one document LINE per row. Rows with the same 单据类型 +
  单据号 (the source number: HQ's delivery list number, a station's slip...) are one document; they
  must agree on 日期, 往来单位 and 关联单号. A document is posted through ``ledger.posting.post``
  (a REVERSAL row through ``ledger.reversal.reverse``, its 关联单号 naming the original), so every
  rule of the books applies exactly as on the entry form. Documents post in date order, then in
  the order of their first row, so a shipment and its receipt can be in one file.
  A 备件编号 never seen before creates the part from 备件名称 and 单价 (and the result lists it).
  A document whose source number was already posted (same type and party) is not posted again; the
  result reports it as already posted and nothing of it changes.

All or nothing: every row is checked first (one refusal per bad cell, naming row and column); only
then are the documents posted, in ONE transaction. A document the books refuse (a receipt beyond
what is open, a return clearing more than is owed...) is rolled back to its savepoint and reported
with its row, and posting goes on so the clerk learns about every bad document at once; if any was
refused the whole transaction is rolled back, so the database is exactly as before. ``dry_run``
does the same and always rolls back: the preview is what posting would really do, document by
document, including what earlier documents of the same file do to the books.

Exports (write-only workbooks, flat memory; cells starting with = + - @ are stored as text):
``export_movements`` (every document line, in the 单据 sheet layout plus our number and amount, so
an export can be imported elsewhere), ``export_balances`` (every book of every part at a date), and
``export_book`` for stock / account / owed_to / owed_by / in_transit. An export that names counter
customers (people: name, phone) goes through common.personal_data.export_personal: it needs
personal.export and is audited with the rows naming a customer and the file (PIPL Art. 55).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

import peewee
from peewee import JOIN, Case, fn

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database, retrying
from common.errors import Refusal, RefusalList
from common.excel import Sheet, read_sheet, write_workbook
from common.yes_no import yes_no
from ledger import books, posting, reversal
from ledger.doctypes import DOC_TYPES, line_effects
from ledger.models import BOOK_NAMES, PARTY_BOOKS, Document, DocumentLine, Party, Part, Posting
from ledger.posting import Draft, DraftLine, Effect, name_initials, normalise_code
from ledger.texts import (
    LEDGER_ALREADY_POSTED, LEDGER_ALREADY_REVERSED, LEDGER_AMBIGUOUS_REFERENCE, LEDGER_BAD_DATE, LEDGER_BAD_PRICE,
    LEDGER_BAD_QUANTITY, LEDGER_DATE_BEFORE_REFERENCE, LEDGER_EXCEEDS_OPEN, LEDGER_FUTURE_DATE,
    LEDGER_HAS_DEPENDENTS, LEDGER_INSUFFICIENT, LEDGER_IO_BAD_PARTY_KIND, LEDGER_IO_BAD_QUANTITY,
    LEDGER_IO_BAD_YES_NO, LEDGER_IO_CELL_REQUIRED, LEDGER_IO_DOCUMENT_ROW, LEDGER_IO_DUPLICATE_KEY,
    LEDGER_IO_FLAG_NOT_APPLICABLE, LEDGER_IO_INCONSISTENT_DOCUMENT, LEDGER_IO_NEGATIVE,
    LEDGER_IO_NEW_PART_NEEDS_NAME, LEDGER_IO_REVERSAL_NEEDS_REFERENCE, LEDGER_IO_UNKNOWN_BOOK,
    LEDGER_IO_UNKNOWN_PARTY, LEDGER_IO_UNKNOWN_TYPE, LEDGER_PARTY_INACTIVE, LEDGER_PARTY_REQUIRED,
    LEDGER_PARTY_WRONG_KIND, LEDGER_REFERENCE_OTHER_PARTY, LEDGER_REFERENCE_REQUIRED, LEDGER_REFERENCE_REVERSED,
    LEDGER_REFERENCE_UNEXPECTED, LEDGER_REFERENCE_WRONG_TYPE, LEDGER_REMARK_REQUIRED,
    LEDGER_REVERSAL_NOT_REVERSIBLE, LEDGER_REVERSAL_REASON_REQUIRED, LEDGER_REVERSAL_VIA_REVERSE,
    LEDGER_UNKNOWN_DOCUMENT, LEDGER_UNKNOWN_PART, LEDGER_UNKNOWN_PARTY, LEDGER_UNKNOWN_REFERENCE,
    LEDGER_UNKNOWN_TYPE,
)

DOCUMENT_SHEET = "单据"
PARTY_SHEET = "往来单位"
PART_SHEET = "备件"
NOTES_SHEET = "说明"

DOCUMENT_HEADERS = ["日期", "单据类型", "单据号", "往来单位", "备件编号", "备件名称", "数量", "单价", "需返坏件",
                    "关联单号", "备注"]
PARTY_HEADERS = ["编码", "名称", "类型", "联系人", "电话", "地址"]
PART_HEADERS = ["备件编号", "备件名称", "规格", "单位", "单价", "安全库存"]

PARTY_KIND_WORDS = {"总部": "hq", "客服本部": "hq", "服务站": "station", "经销商": "dealer", "客户": "customer",
                    "hq": "hq", "station": "station", "dealer": "dealer", "customer": "customer"}
PARTY_KIND_LABELS = {"hq": "总部", "station": "服务站", "dealer": "经销商", "customer": "客户"}
# Types whose lines carry the one flag (需返坏件 / 抵欠 / 收回坏件); on other types a 是 is a mistake.
FLAG_TYPES = ("HQ_RECEIVE", "STATION_ISSUE", "STATION_BAD_RETURN", "STATION_GOOD_RETURN", "HQ_BAD_CONFIRM",
              "COUNTER_ISSUE")
# Code columns are text even when a cell holds a number (read with its number format, so a part
# number 0280158117 formatted 0000000000 keeps its zero); columns a file may leave out.
PARTY_KINDS = {"编码": "code", "名称": "text", "类型": "text", "联系人": "text", "电话": "code", "地址": "text"}
PARTY_OPTIONAL = ("联系人", "电话", "地址")
PART_KINDS = {"备件编号": "code", "备件名称": "text", "规格": "text", "单位": "text", "单价": "money", "安全库存": "int"}
PART_OPTIONAL = ("规格", "单位", "单价", "安全库存")
DOCUMENT_KINDS = {"日期": "date", "单据号": "code", "往来单位": "code", "备件编号": "code", "数量": "int", "单价": "money",
                  "关联单号": "code"}
DOCUMENT_OPTIONAL = ("备件名称", "单价", "需返坏件", "关联单号", "备注", "单据备注")
# The movements export carries the document's own remark in a column of its own, so 备注 can hold
# each line's remark exactly and the export re-imports unchanged; a file without the column (the
# template) takes a document's remark from the first 备注 of its rows.
DOCUMENT_REMARK = "单据备注"
MAX_IMPORT_ROWS = 100_000
_CHUNK = 500  # rows per bulk insert / IN list: well inside SQLite's bound-variable limit

# Which column a refusal of the posting code is about (for the row/column message).
_COLUMN_OF_CODE = {
    LEDGER_UNKNOWN_TYPE: "单据类型", LEDGER_REVERSAL_VIA_REVERSE: "单据类型", "auth.forbidden": "单据类型",
    LEDGER_BAD_DATE: "日期", LEDGER_FUTURE_DATE: "日期", LEDGER_DATE_BEFORE_REFERENCE: "日期",
    LEDGER_PARTY_REQUIRED: "往来单位", LEDGER_UNKNOWN_PARTY: "往来单位", LEDGER_PARTY_INACTIVE: "往来单位",
    LEDGER_PARTY_WRONG_KIND: "往来单位",
    LEDGER_REFERENCE_REQUIRED: "关联单号", LEDGER_REFERENCE_UNEXPECTED: "关联单号",
    LEDGER_UNKNOWN_REFERENCE: "关联单号", LEDGER_AMBIGUOUS_REFERENCE: "关联单号",
    LEDGER_REFERENCE_WRONG_TYPE: "关联单号", LEDGER_REFERENCE_OTHER_PARTY: "关联单号",
    LEDGER_REFERENCE_REVERSED: "关联单号", LEDGER_UNKNOWN_DOCUMENT: "关联单号",
    LEDGER_ALREADY_REVERSED: "关联单号", LEDGER_REVERSAL_NOT_REVERSIBLE: "关联单号",
    LEDGER_HAS_DEPENDENTS: "关联单号",
    LEDGER_REMARK_REQUIRED: "备注", LEDGER_REVERSAL_REASON_REQUIRED: "备注",
    LEDGER_UNKNOWN_PART: "备件编号",
    LEDGER_BAD_QUANTITY: "数量", LEDGER_EXCEEDS_OPEN: "数量", LEDGER_INSUFFICIENT: "数量",
    LEDGER_BAD_PRICE: "单价",
    LEDGER_ALREADY_POSTED: "单据号",
}


# -- results --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MasterImportResult:
    kind: str  # "parties" or "parts"
    created: tuple  # codes / part numbers created
    updated: tuple  # codes / part numbers whose data changed
    unchanged: int
    dry_run: bool = False
    skipped_hidden: tuple = ()  # row numbers of hidden rows left out at the clerk's request


@dataclass(frozen=True)
class NewPart:
    number: str
    name: str
    price_fen: int
    row: int  # the first row that named it


@dataclass(frozen=True)
class DocumentOutcome:
    """One document of the file: what was (or would be) posted."""

    doc_type: str
    source_number: str
    date: Date
    party: str | None  # party code
    reference: str | None  # as written in 关联单号
    rows: tuple  # the Excel rows of its lines
    line_count: int
    status: str  # "posted", "would_post" (dry run) or "already_posted"
    number: str | None  # our number: assigned (or that would be), or the earlier posting's
    effects: tuple = ()  # ledger.posting.Effect per book touched


@dataclass(frozen=True)
class BookChange:
    """The net effect of the whole file on one book of one part (and party, for the owed books)."""

    part_number: str
    book: str
    party_code: str | None
    before: int
    after: int


@dataclass(frozen=True)
class ImportResult:
    dry_run: bool
    documents: tuple  # DocumentOutcome, in posting order
    new_parts: tuple  # NewPart
    changes: tuple  # BookChange, sorted by part, book, party
    skipped_hidden: tuple = ()  # row numbers of hidden rows left out at the clerk's request

    @property
    def posted(self) -> tuple:
        return tuple(d for d in self.documents if d.status != "already_posted")

    @property
    def already_posted(self) -> tuple:
        return tuple(d for d in self.documents if d.status == "already_posted")

    @property
    def line_count(self) -> int:
        return sum(d.line_count for d in self.posted)


class _Rollback(Exception):
    """Raised inside the import transaction to undo a dry run."""


def _problem(code: str, row: int, column: str, **facts) -> Refusal:
    return Refusal(code, row=row, column=column, **facts)


def _refuse_rows(path, sheet: str, problems: list[Refusal]) -> None:
    if problems:
        problems.sort(key=lambda refusal: refusal.facts.get("row", 0))
        raise RefusalList("excel.bad_rows", problems[:500], sheet=sheet, total=len(problems), path=str(path))


def _yes_no(value, row: int, column: str, problems: list) -> bool | None:
    """The flag of a line; None for an empty cell (not given: the document type's default)."""
    try:
        return yes_no(value)
    except ValueError:
        problems.append(_problem(LEDGER_IO_BAD_YES_NO, row, column, value=str(value)))
        return None


# -- master data ----------------------------------------------------------------------------------

def _no_progress(done: int, total: int) -> None:
    """The default ``progress``: an import may be handed ``progress(done, total)`` (ui.runner's
    Progress), which raises to cancel; raised inside the transaction, it rolls everything back."""


@retrying
def import_parties(actor: Actor, path, dry_run: bool = False, skip_hidden: bool = False,
                   progress=_no_progress) -> MasterImportResult:
    """Sheet 往来单位: create new codes, update existing ones; all or nothing."""
    require(actor, "masterdata.manage")
    problems: list[Refusal] = []
    rows = read_sheet(path, PARTY_SHEET, PARTY_HEADERS, kinds=PARTY_KINDS, required=("编码", "名称", "类型"),
                      max_rows=MAX_IMPORT_ROWS, optional=PARTY_OPTIONAL, skip_hidden=skip_hidden, problems=problems)
    wanted: dict[str, dict] = {}
    first_row: dict[str, int] = {}
    for row in rows:
        code = normalise_code(row["编码"] or "")
        if not code:
            continue  # read_sheet already reported the empty cell
        kind = PARTY_KIND_WORDS.get((row["类型"] or "").strip()) or PARTY_KIND_WORDS.get((row["类型"] or "").lower())
        if row["类型"] and kind is None:
            problems.append(_problem(LEDGER_IO_BAD_PARTY_KIND, row.number, "类型", value=row["类型"]))
        if code in first_row:
            problems.append(_problem(LEDGER_IO_DUPLICATE_KEY, row.number, "编码", value=code,
                                     first_row=first_row[code]))
            continue
        first_row[code] = row.number
        wanted[code] = {"name": row["名称"] or "", "kind": kind, "contact": row["联系人"] or "",
                        "phone": normalise_code(row["电话"] or ""), "address": row["地址"] or ""}
    _refuse_rows(path, PARTY_SHEET, problems)

    created, updated, unchanged = [], [], 0
    try:
        with database.atomic():
            existing = {}
            for chunk in peewee.chunked(list(wanted), _CHUNK):
                existing.update({p.code: p for p in Party.select().where(Party.code.in_(chunk))})
            new_rows = []
            for done, (code, values) in enumerate(wanted.items()):
                progress(done, len(wanted))
                party = existing.get(code)
                if party is None:
                    new_rows.append({"code": code, **values, "name_initials": name_initials(values["name"])})
                    created.append(code)
                elif any(getattr(party, key) != value for key, value in values.items()):
                    Party.update(**values, name_initials=name_initials(values["name"])).where(
                        Party.id == party.id).execute()
                    updated.append(code)
                else:
                    unchanged += 1
            for chunk in peewee.chunked(new_rows, _CHUNK):
                Party.insert_many(chunk).execute()
            progress(len(wanted), len(wanted))  # the last moment to cancel
            audit.record(actor, "ledger.import_parties", "ledger_party", None,
                         {"created": len(created), "updated": len(updated), "unchanged": unchanged})
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return MasterImportResult("parties", tuple(created), tuple(updated), unchanged, dry_run, rows.skipped_hidden)


@retrying
def import_parts(actor: Actor, path, dry_run: bool = False, skip_hidden: bool = False,
                 progress=_no_progress) -> MasterImportResult:
    """Sheet 备件: create new part numbers, update existing ones; all or nothing."""
    require(actor, "masterdata.manage")
    problems: list[Refusal] = []
    rows = read_sheet(path, PART_SHEET, PART_HEADERS, kinds=PART_KINDS, required=("备件编号", "备件名称"),
                      max_rows=MAX_IMPORT_ROWS, optional=PART_OPTIONAL, skip_hidden=skip_hidden, problems=problems)
    wanted: dict[str, dict] = {}
    first_row: dict[str, int] = {}
    for row in rows:
        number = normalise_code(row["备件编号"] or "")
        if not number:
            continue
        price, safety = row["单价"] or 0, row["安全库存"] or 0
        if price < 0:
            problems.append(_problem(LEDGER_IO_NEGATIVE, row.number, "单价", value=f"{price / 100:.2f}"))
        if safety < 0:
            problems.append(_problem(LEDGER_IO_NEGATIVE, row.number, "安全库存", value=str(safety)))
        if number in first_row:
            problems.append(_problem(LEDGER_IO_DUPLICATE_KEY, row.number, "备件编号", value=number,
                                     first_row=first_row[number]))
            continue
        first_row[number] = row.number
        wanted[number] = {"name": row["备件名称"] or "", "spec": row["规格"] or "", "unit": row["单位"] or "个",
                          "price_fen": price, "safety_stock": safety}
    _refuse_rows(path, PART_SHEET, problems)

    created, updated, unchanged = [], [], 0
    try:
        with database.atomic():
            existing = _parts_by_number(list(wanted))
            new_rows = []
            for done, (number, values) in enumerate(wanted.items()):
                progress(done, len(wanted))
                part = existing.get(number)
                if part is None:
                    new_rows.append({"number": number, **values, "name_initials": name_initials(values["name"])})
                    created.append(number)
                elif any(getattr(part, key) != value for key, value in values.items()):
                    Part.update(**values, name_initials=name_initials(values["name"])).where(
                        Part.id == part.id).execute()
                    updated.append(number)
                else:
                    unchanged += 1
            for chunk in peewee.chunked(new_rows, _CHUNK):
                Part.insert_many(chunk).execute()
            progress(len(wanted), len(wanted))
            audit.record(actor, "ledger.import_parts", "ledger_part", None,
                         {"created": len(created), "updated": len(updated), "unchanged": unchanged})
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return MasterImportResult("parts", tuple(created), tuple(updated), unchanged, dry_run, rows.skipped_hidden)


def _parts_by_number(numbers) -> dict[str, Part]:
    found = {}
    for chunk in peewee.chunked(sorted(set(numbers)), _CHUNK):
        found.update({p.number: p for p in Part.select().where(Part.number.in_(chunk))})
    return found


# -- documents ------------------------------------------------------------------------------------

@dataclass
class _Group:
    """The rows of one document of the file."""

    doc_type: str
    source_number: str
    date: Date
    party_text: str | None
    reference: str | None
    first_row: int
    rows: list = field(default_factory=list)  # Excel row numbers, one per line
    lines: list = field(default_factory=list)  # DraftLine
    remark: str = ""
    party: Party | None = None


def _doc_type(text: str | None) -> str | None:
    if text is None:
        return None
    word = text.strip()
    if word.upper() in DOC_TYPES:
        return word.upper()
    for code, kind in DOC_TYPES.items():
        if kind.name == word:
            return code
    return None


def _read_documents(path, skip_hidden: bool = False) -> tuple[list[_Group], list[NewPart], list[Refusal], tuple]:
    """Check every row without writing: types, quantities, flags, parties, consistency of a
    document's rows. Returns the documents, the parts to create, the problems (the cells the
    reader refused and the rules broken, all in one round) and the hidden rows skipped."""
    problems: list[Refusal] = []
    rows = read_sheet(path, DOCUMENT_SHEET, DOCUMENT_HEADERS + [DOCUMENT_REMARK], kinds=DOCUMENT_KINDS,
                      required=("日期", "单据类型", "单据号"), max_rows=MAX_IMPORT_ROWS, optional=DOCUMENT_OPTIONAL,
                      skip_hidden=skip_hidden, problems=problems)
    groups: dict[tuple, _Group] = {}
    for row in rows:
        doc_type = _doc_type(row["单据类型"])
        if row["单据类型"] is not None and doc_type is None:
            problems.append(_problem(LEDGER_IO_UNKNOWN_TYPE, row.number, "单据类型", value=row["单据类型"]))
        source_number = normalise_code(row["单据号"] or "")
        if doc_type is None or not source_number or row["日期"] is None:
            continue  # already reported (unknown type, or an empty required cell)
        kind = DOC_TYPES[doc_type]
        party_text = normalise_code(row["往来单位"]) if row["往来单位"] else None
        reference = normalise_code(row["关联单号"]) if row["关联单号"] else None
        group = groups.get((doc_type, source_number))
        if group is None:
            group = groups[(doc_type, source_number)] = _Group(doc_type, source_number, row["日期"], party_text,
                                                                reference, row.number)
        else:
            for column, mine, first in (("日期", row["日期"], group.date), ("往来单位", party_text, group.party_text),
                                        ("关联单号", reference, group.reference)):
                if mine != first:
                    problems.append(_problem(LEDGER_IO_INCONSISTENT_DOCUMENT, row.number, column,
                                             value=str(mine or ""), first=str(first or ""),
                                             first_row=group.first_row, source_number=source_number))
        remark = row["备注"] or ""
        own_remark = DOCUMENT_REMARK in rows.columns
        document_remark = (row[DOCUMENT_REMARK] or "") if own_remark else remark
        if document_remark and not group.remark:
            group.remark = document_remark  # the document's remark (the stocktake reason) is its first one
        if doc_type == "REVERSAL":
            if reference is None:
                problems.append(_problem(LEDGER_IO_REVERSAL_NEEDS_REFERENCE, row.number, "关联单号"))
            group.rows.append(row.number)
            continue  # a reversal negates the whole original; its part columns are informative only
        number = normalise_code(row["备件编号"] or "")
        if not number and "备件编号" not in row.bad:
            problems.append(_problem(LEDGER_IO_CELL_REQUIRED, row.number, "备件编号", doc_type=kind.name))
        qty = row["数量"]
        if qty is None:
            if "数量" not in row.bad:
                problems.append(_problem(LEDGER_IO_CELL_REQUIRED, row.number, "数量", doc_type=kind.name))
        elif qty == 0 or (qty < 0 and not kind.signed_qty):
            problems.append(_problem(LEDGER_IO_BAD_QUANTITY, row.number, "数量", value=str(qty),
                                     doc_type=kind.name))
        price = row["单价"]
        if price is not None and price < 0:
            problems.append(_problem(LEDGER_IO_NEGATIVE, row.number, "单价", value=f"{price / 100:.2f}"))
        flag = _yes_no(row["需返坏件"], row.number, "需返坏件", problems)
        if flag is not None and doc_type not in FLAG_TYPES and flag:
            problems.append(_problem(LEDGER_IO_FLAG_NOT_APPLICABLE, row.number, "需返坏件", doc_type=kind.name))
        group.rows.append(row.number)
        group.lines.append(DraftLine(number, qty if isinstance(qty, int) else 0, price,
                                     flag if doc_type in FLAG_TYPES else None, remark))

    # Parties: by code or name; an unknown party refuses the file (one message per row naming it).
    texts = {g.party_text for g in groups.values() if g.party_text}
    parties = {}
    for chunk in peewee.chunked(sorted(texts), _CHUNK):
        for party in Party.select().where(Party.code.in_(chunk) | Party.name.in_(chunk)):
            if party.code in texts:
                parties[party.code] = party
            parties.setdefault(party.name, party)
    for group in groups.values():
        if group.party_text:
            group.party = parties.get(group.party_text)
            if group.party is None:
                problems.append(_problem(LEDGER_IO_UNKNOWN_PARTY, group.first_row, "往来单位",
                                         value=group.party_text))

    # Parts never seen before are created from the first row naming them.
    numbers = {line.part_number for g in groups.values() for line in g.lines if line.part_number}
    known = _parts_by_number(numbers)
    new_parts: dict[str, NewPart] = {}
    name_of_row = {row.number: row["备件名称"] for row in rows}
    for group in sorted(groups.values(), key=lambda g: g.first_row):
        for row_number, line in zip(group.rows, group.lines):
            number = line.part_number
            if not number or number in known or number in new_parts:
                continue
            name = name_of_row.get(row_number)
            if not name:
                problems.append(_problem(LEDGER_IO_NEW_PART_NEEDS_NAME, row_number, "备件名称", part=number))
                known[number] = None  # report once
                continue
            new_parts[number] = NewPart(number, name, line.price_fen or 0, row_number)
    ordered = sorted(groups.values(), key=lambda g: (g.date, g.first_row))
    return ordered, list(new_parts.values()), problems, rows.skipped_hidden


def _locate(group: _Group, refusal: Refusal) -> tuple[int, str]:
    """The Excel row and column a refusal of one document is about."""
    column = _COLUMN_OF_CODE.get(refusal.code, "单据号")
    line = refusal.facts.get("line")
    if isinstance(line, int) and 1 <= line <= len(group.rows):
        return group.rows[line - 1], column
    part = refusal.facts.get("part")
    if part and group.lines:
        for row_number, draft_line in zip(group.rows, group.lines):
            if draft_line.part_number == part:
                return row_number, column
    return group.first_row, column


def _resolve_original(group: _Group) -> Document:
    """The document a REVERSAL row names: our number, or a (unique) source number of that party."""
    text = group.reference
    found = list(Document.select().where(posting.number_matches(text)))
    if not found:
        query = Document.select().where((Document.source_number == text) & (Document.doc_type != "REVERSAL"))
        if group.party is not None:
            query = query.where(Document.party == group.party.id)
        found = list(query)
    if not found:
        raise Refusal(LEDGER_UNKNOWN_REFERENCE, doc_type="REVERSAL", reference=text)
    if len(found) > 1:
        raise Refusal(LEDGER_AMBIGUOUS_REFERENCE, reference=text, count=len(found))
    return found[0]


def _already_posted(groups: list[_Group]) -> dict[int, Document]:
    """{index in ``groups``: the earlier document with the same type, party and source number}.
    One query per chunk of source numbers instead of one per document (500 lookups were a tenth
    of a 10,000-line import). Documents posted by this same import cannot match a later group:
    groups are keyed by type and source number, so each key occurs once in the file."""
    wanted = {}
    for index, group in enumerate(groups):
        if group.doc_type != "REVERSAL":
            wanted[(group.doc_type, group.party.id if group.party is not None else None, group.source_number)] = index
    found: dict[int, Document] = {}
    for chunk in peewee.chunked(sorted({key[2] for key in wanted}), _CHUNK):
        for document in Document.select().where(Document.source_number.in_(chunk)).order_by(Document.id):
            index = wanted.get((document.doc_type, document.party_id, document.source_number))
            if index is not None and index not in found:
                found[index] = document
    return found


def _create_parts(actor: Actor, new_parts: list[NewPart]) -> list[NewPart]:
    """Create the parts the file names that still do not exist (another clerk's import of the same
    parts may have committed since the file was read: those are used as they are). Their audit row
    is the caller's, written last with the import's own (the audit head is a posting's last lock)."""
    require(actor, "masterdata.manage")
    existing = _parts_by_number(p.number for p in new_parts)
    new_parts = [p for p in new_parts if p.number not in existing]
    rows = [{"number": p.number, "name": p.name, "spec": "", "unit": "个", "price_fen": p.price_fen,
             "safety_stock": 0, "name_initials": name_initials(p.name)} for p in new_parts]
    for chunk in peewee.chunked(rows, _CHUNK):
        Part.insert_many(chunk).execute()
    return new_parts


def audit_new_parts(actor: Actor, new_parts: list[NewPart]) -> None:
    """The audit row of the parts an import created (``_create_parts``), written with its last."""
    if new_parts:
        audit.record(actor, "ledger.import_new_parts", "ledger_part", None,
                     {"count": len(new_parts), "numbers": [p.number for p in new_parts[:50]]})


@retrying
def import_documents(actor: Actor, path, dry_run: bool = False, skip_hidden: bool = False,
                     progress=_no_progress) -> ImportResult:
    """Post every document of sheet 单据, or none; ``dry_run`` says what would be posted."""
    require(actor, "parts.post")
    groups, new_parts, problems, skipped_hidden = _read_documents(path, skip_hidden)
    _refuse_rows(path, DOCUMENT_SHEET, problems)

    outcomes: list[DocumentOutcome] = []
    effects: list[Effect] = []
    try:
        with database.atomic():
            # Counters first (ledger.posting.lock_for_posting): a second import of the same file
            # waits here for the first to commit, then finds its documents already posted.
            posting.lock_for_posting(counters=posting.counter_keys(groups))
            if new_parts:
                new_parts = _create_parts(actor, new_parts)
            progress(0, len(groups))
            earlier_of = _already_posted(groups)
            batched = _post_in_one_pass(actor, groups, earlier_of)
            if batched is None:
                _lock_books_of([g for index, g in enumerate(groups) if index not in earlier_of])
            for index, group in enumerate(groups):
                progress(index, len(groups))  # per document; the batch above is one step
                party_code = group.party.code if group.party else None
                earlier = earlier_of.get(index)
                if earlier is not None:
                    outcomes.append(DocumentOutcome(group.doc_type, group.source_number, group.date, party_code,
                                                    group.reference, tuple(group.rows), len(group.lines),
                                                    "already_posted", earlier.number))
                    continue
                if batched is not None:
                    result = batched[index]
                else:
                    result = _post_one(actor, group, problems)
                    if result is None:
                        continue
                effects.extend(result.effects)
                outcomes.append(DocumentOutcome(group.doc_type, group.source_number, group.date, party_code,
                                                group.reference, tuple(group.rows), result.line_count,
                                                "would_post" if dry_run else "posted", result.number,
                                                tuple(result.effects)))
            _refuse_rows(path, DOCUMENT_SHEET, problems)
            progress(len(groups), len(groups))  # the last moment to cancel
            if not dry_run:
                audit_new_parts(actor, new_parts)
                audit.record(actor, "ledger.import_documents", "ledger_document", None, {
                    "documents": sum(1 for o in outcomes if o.status == "posted"),
                    "lines": sum(o.line_count for o in outcomes if o.status == "posted"),
                    "already_posted": sum(1 for o in outcomes if o.status == "already_posted"),
                    "new_parts": len(new_parts),
                })
            else:
                raise _Rollback
    except _Rollback:
        pass
    return ImportResult(dry_run, tuple(outcomes), tuple(new_parts), _net_changes(effects), skipped_hidden)


def _post_in_one_pass(actor: Actor, groups: list[_Group], earlier_of: dict) -> dict | None:
    """{index in ``groups``: PostResult} for every document to post, posted in one pass
    (ledger.posting.post_batch); None when the file has a reversal (posted as ``reverse`` does it)
    or a document the books refuse: then they are posted one by one, which names each refusal."""
    pending = [(index, group) for index, group in enumerate(groups) if index not in earlier_of]
    if not pending or any(group.doc_type == "REVERSAL" for _, group in pending):
        return None
    drafts = [Draft(g.doc_type, g.date, g.party, g.source_number, g.reference, g.remark, g.lines) for _, g in pending]
    try:
        results = posting.post_batch(actor, drafts)
    except posting.BatchRefused:
        return None
    return {index: result for (index, _), result in zip(pending, results)}


def _lock_books_of(groups: list[_Group]) -> None:
    """Posting a file one by one (it holds a reversal, or the books refuse a document): the
    documents and balance rows they will touch, locked before the first of them appends its audit row,
    which must stay the transaction's last lock (ledger.posting.lock_for_posting). Only rows that
    exist: a book a document opens is created when it is posted."""
    parts = _parts_by_number(normalise_code(line.part_number) for group in groups for line in group.lines)
    # The shipments its documents settle and the documents it reverses come first (they are
    # locked before balance rows in the order).
    references = posting._Batch()
    references.read_references(g.reference for g in groups if g.reference and g.doc_type != "REVERSAL")
    documents, keys = references.shipments(), set()
    for group in groups:
        if group.doc_type == "REVERSAL":
            try:
                original = _resolve_original(group)
            except Refusal:
                continue  # posting it says why
            documents.append(original.id)
            keys.update(posting.balance_key(part_id, book, party_id) for part_id, book, party_id in
                        Posting.select(Posting.part, Posting.book, Posting.party)
                        .where(Posting.document == original.id).tuples())
            continue
        kind = DOC_TYPES.get(group.doc_type)
        party_id = group.party.id if group.party is not None else None
        references = SHIPMENT_BOOK_TYPES if group.doc_type == "TRANSIT_LOSS" else (None,)
        for line in group.lines:
            part = parts.get(normalise_code(line.part_number))
            if kind is None or part is None:
                continue
            flag = kind.flag_default if line.flag is None else bool(line.flag)
            for reference_type in references:
                keys.update(posting.balance_key(part.id, book, party_id)
                            for book, _ in line_effects(group.doc_type, 1, flag, reference_type))
    posting.lock_for_posting(documents=documents, books=keys, create_books=False)


SHIPMENT_BOOK_TYPES = ("HQ_SHIP", "HQ_BAD_RETURN")  # a transit loss reduces the in-transit book of either


def _post_one(actor: Actor, group: _Group, problems: list):
    """Post one document in its own savepoint; a refusal is added to ``problems`` (None returned),
    and the next documents are still checked so the clerk sees every problem at once."""
    try:
        if group.doc_type == "REVERSAL":
            with database.atomic():
                original = _resolve_original(group)
                return reversal.reverse(actor, original.id, group.remark, group.date)
        return posting.post(actor, Draft(group.doc_type, group.date, group.party, group.source_number,
                                         group.reference, group.remark, group.lines))
    except Refusal as refusal:
        row, column = _locate(group, refusal)
        problems.append(RefusalList(LEDGER_IO_DOCUMENT_ROW, [refusal], row=row, column=column,
                                    source_number=group.source_number))
        return None


def _net_changes(effects: list[Effect]) -> tuple:
    """Per book key: the balance before the first document of the file touched it, and after the last."""
    first: dict[tuple, Effect] = {}
    last: dict[tuple, Effect] = {}
    for effect in effects:
        key = (effect.part_number, effect.book, effect.party_code or "")
        first.setdefault(key, effect)
        last[key] = effect
    return tuple(BookChange(k[0], k[1], k[2] or None, first[k].before, last[k].after) for k in sorted(first))


# -- the template ---------------------------------------------------------------------------------

NOTES = [
    ["导入顺序：先导入「往来单位」和「备件」两张表（主数据），再导入「单据」表。三张表可以放在同一个文件里。"],
    ["「单据」表一行是一条明细；单据类型 + 单据号 相同的各行属于同一张单据，日期、往来单位、关联单号必须一致。"],
    ["单据类型：填写代码或中文名称，例如 HQ_SHIP / 总部发货、HQ_RECEIVE / 总部到货、STATION_ISSUE / 发服务站、"
     "STATION_BAD_RETURN / 服务站返坏件、STATION_GOOD_RETURN / 服务站退好件、HQ_BAD_RETURN / 返总部坏件、"
     "HQ_BAD_CONFIRM / 总部确认收坏件、COUNTER_ISSUE / 维修换件、TRANSIT_LOSS / 在途短少、ADJUST_GOOD / 盘点调整好件、"
     "ADJUST_BAD / 盘点调整坏件、SCRAP / 报废、REVERSAL / 冲销。"],
    ["单据号：对方单据的编号（总部发货清单号、服务站返件单号等）；同一张来源单据只会记账一次，再次导入会提示“已记账”且不做任何改动。"],
    ["往来单位：填写往来单位的编码或名称，必须已在「往来单位」中建档。"],
    ["备件编号：首次出现的备件会按「备件名称」和「单价」自动建档，导入结果中会列出。单价以元为单位，最多两位小数。"],
    ["数量：正整数；只有两种盘点调整可以填负数。全角数字会自动转换。"],
    ["需返坏件（一列三用）：总部到货、发服务站填“是”表示需返坏件；服务站返坏件、总部确认收坏件空白表示抵欠，填“否”表示不抵欠；"
     "服务站退好件填“是”表示抵欠；维修换件填“是”表示收回坏件。其他类型留空。"],
    ["关联单号：总部到货、在途短少填总部发货单的单据号；总部确认收坏件填返总部坏件的单据号；冲销填被冲销单据的单据号或本公司单号。"],
    ["盘点调整必须在备注中写明原因。整个文件要么全部导入，要么一行也不导入；有错误时会逐行列出行号、列名和原因。"],
]


def write_import_template(path) -> Path:
    """The import workbook: sheets 单据, 往来单位, 备件 with headers and example rows, and 说明."""
    documents = [
        [Date(2026, 11, 2), "总部发货", "FH20261102", "HQ", "BP-3501010", "前刹车片", 10, 18500, None, None, None],
        [Date(2026, 11, 2), "总部发货", "FH20261102", "HQ", "OF-1012010", "机油滤清器", 40, 3200, None, None, None],
        [Date(2026, 11, 4), "总部到货", "FH20261102", "HQ", "BP-3501010", "前刹车片", 10, 18500, "是", "FH20261102",
         "随货清单已到"],
        [Date(2026, 11, 4), "总部到货", "FH20261102", "HQ", "OF-1012010", "机油滤清器", 36, 3200, None, "FH20261102",
         "短 4 个，待总部补发"],
        [Date(2026, 11, 5), "发服务站", "ZZ-SQ-118", "ZZ01", "BP-3501010", "前刹车片", 4, 18500, "是", None, None],
        [Date(2026, 11, 10), "服务站返坏件", "ZZ-FH-031", "ZZ01", "BP-3501010", "前刹车片", 3, 18500, None, None,
         None],
    ]
    parties = [
        ["HQ", "客服本部", "总部", "备件科 刘科长", "0371-66881234", "郑州市经开区第八大街"],
        ["ZZ01", "郑州金水服务站", "服务站", "李强", "13803710001", "郑州市金水区花园路"],
        ["KF01", "开封东方汽车经销商", "经销商", "赵军", "13703780003", "开封市鼓楼区"],
        ["MS", "门市散客", "客户", None, None, None],
    ]
    parts = [
        ["BP-3501010", "前刹车片", "陶瓷 四片装", "套", 18500, 5],
        ["OF-1012010", "机油滤清器", "M20x1.5", "个", 3200, 20],
    ]
    text = {h: "text" for h in DOCUMENT_HEADERS}
    text.update({"日期": "date", "数量": "int", "单价": "money"})
    write_workbook(path, [
        Sheet(DOCUMENT_SHEET, DOCUMENT_HEADERS, documents, kinds=text),
        Sheet(PARTY_SHEET, PARTY_HEADERS, parties, kinds={h: "text" for h in PARTY_HEADERS}),
        Sheet(PART_SHEET, PART_HEADERS, parts, kinds={"备件编号": "text", "备件名称": "text", "规格": "text",
                                                       "单位": "text", "单价": "money", "安全库存": "int"}),
        Sheet(NOTES_SHEET, ["说明"], NOTES),
    ])
    return Path(path)


# -- exports --------------------------------------------------------------------------------------

MOVEMENT_HEADERS = DOCUMENT_HEADERS + ["本公司单号", "金额", DOCUMENT_REMARK]
_PAGE_DOCUMENTS = 2_000


def _check_read(actor: Actor | None) -> None:
    if actor is not None:
        require(actor, "parts.read")


def _customer_codes() -> dict[int, str]:
    """{party id: code} of the counter customers: a person's name and phone (PIPL)."""
    return dict(Party.select(Party.id, Party.code).where(Party.kind == "customer").tuples())


def _personal(actor: Actor | None, what: str, path, write, customers: bool, counted: list) -> object:
    """Write the file; when it names counter customers, through common.personal_data's audited
    export (permission personal.export, ``counted[0]`` rows naming a customer, the file)."""
    if actor is None or not customers:
        return write()
    from common.personal_data import export_personal

    return export_personal(actor, what, path, write, records=lambda _: counted[0])


def _flag_word(doc_type: str, flag: bool) -> str | None:
    if doc_type in FLAG_TYPES:
        return "是" if flag else "否"
    return None


def _movement_rows(date_from: Date | None, date_to: Date | None, counted: list | None = None):
    """Every document line in date, document order; documents are read a page at a time by
    (date, id) keyset so memory stays flat on both databases (psycopg2 would otherwise load the
    whole result)."""
    parties = dict(Party.select(Party.id, Party.code).tuples())
    customers = _customer_codes()
    type_names = {code: kind.name for code, kind in DOC_TYPES.items()}
    Ref = Document.alias("ref")
    last = None
    while True:
        query = (Document.select(Document.id, Document.date, Document.doc_type, Document.source_number,
                                 Document.party, Document.number, Document.remark, Ref.number, Ref.source_number,
                                 Ref.doc_type)
                 .join(Ref, JOIN.LEFT_OUTER, on=(Document.reference == Ref.id))
                 .order_by(Document.date, Document.id).limit(_PAGE_DOCUMENTS))
        if date_from is not None:
            query = query.where(Document.date >= date_from)
        if date_to is not None:
            query = query.where(Document.date <= date_to)
        if last is not None:
            query = query.where((Document.date > last[0]) | ((Document.date == last[0]) & (Document.id > last[1])))
        documents = list(query.tuples())
        if not documents:
            return
        last = (documents[-1][1], documents[-1][0])
        lines = defaultdict(list)
        for document_id, qty, price, flag, remark, number, name in (
            DocumentLine.select(DocumentLine.document, DocumentLine.qty, DocumentLine.price_fen, DocumentLine.flag,
                                DocumentLine.remark, Part.number, Part.name)
            .join(Part, on=(DocumentLine.part == Part.id))
            .where(DocumentLine.document.in_([d[0] for d in documents]))
            .order_by(DocumentLine.document, DocumentLine.line_no).tuples()
        ):
            lines[document_id].append((qty, price, flag, remark, number, name))
        for (doc_id, on, doc_type, source, party_id, our_number, doc_remark, ref_number, ref_source,
             ref_type) in documents:
            if isinstance(on, str):
                on = Date.fromisoformat(on)
            # 关联单号: a settlement names the shipment's source number (the import contract); a
            # reversal names our number, which is unique even where a receipt shares HQ's number.
            reference = ref_number if doc_type == "REVERSAL" else (ref_source or ref_number)
            for qty, price, flag, remark, number, name in lines[doc_id]:
                if counted is not None and party_id in customers:
                    counted[0] += 1
                yield [on, type_names.get(doc_type, doc_type), source or our_number, parties.get(party_id),
                       number, name, qty, price, _flag_word(doc_type, flag), reference, remark or None,
                       our_number, qty * price, doc_remark or None]


def export_movements(path, date_from: Date | None = None, date_to: Date | None = None,
                     actor: Actor | None = None) -> int:
    """Every document line (the 单据 layout plus our number and amount); returns rows written."""
    _check_read(actor)
    kinds = {h: "text" for h in DOCUMENT_HEADERS}
    kinds.update({"日期": "date", "数量": "int", "单价": "money", "本公司单号": "text", "金额": "money",
                  DOCUMENT_REMARK: "text"})
    counted = [0]
    dated = Document.select().where(Document.party.in_(list(_customer_codes())))
    if date_from is not None:
        dated = dated.where(Document.date >= date_from)
    if date_to is not None:
        dated = dated.where(Document.date <= date_to)
    counts = _personal(actor, "ledger_movements", path, lambda: write_workbook(path, [
        Sheet(DOCUMENT_SHEET, MOVEMENT_HEADERS, _movement_rows(date_from, date_to, counted), kinds=kinds)]),
        dated.exists(), counted)
    return counts[DOCUMENT_SHEET]


BALANCE_HEADERS = ["备件编号", "备件名称", "好件库存", "坏件库存", "在途（总部发来）", "在途（返总部）", "欠人坏件",
                   "人欠坏件"]
OWED_HEADERS = ["备件编号", "备件名称", "往来单位", "单位名称", "欠人坏件", "人欠坏件"]


def export_balances(path, at: Date | None = None, actor: Actor | None = None) -> dict[str, int]:
    """Every book of every part at the end of ``at`` (None: all postings), and the owed books per party."""
    _check_read(actor)
    balances = books.balances_at(at)["parts"]
    names = dict(Part.select(Part.number, Part.name).tuples())
    party_names = dict(Party.select(Party.code, Party.name).tuples())
    rows, owed = [], []
    for number, entry in balances.items():
        rows.append([number, names.get(number), entry["good"], entry["bad"], entry["in_transit_in"],
                     entry["in_transit_out"], sum(entry["owed_to"].values()), sum(entry["owed_by"].values())])
        for code in sorted(set(entry["owed_to"]) | set(entry["owed_by"])):
            owed.append([number, names.get(number), code, party_names.get(code), entry["owed_to"].get(code, 0),
                         entry["owed_by"].get(code, 0)])
    int_kinds = {h: "int" for h in BALANCE_HEADERS[2:]}
    customers = set(_customer_codes().values())
    counted = [sum(row[2] in customers for row in owed)]
    return _personal(actor, "ledger_balances", path, lambda: write_workbook(path, [
        Sheet("结存", BALANCE_HEADERS, rows, kinds={"备件编号": "text", **int_kinds}, total_columns=BALANCE_HEADERS[2:]),
        Sheet("欠人人欠", OWED_HEADERS, owed, kinds={"备件编号": "text", "往来单位": "text", "欠人坏件": "int",
                                                    "人欠坏件": "int"}, total_columns=("欠人坏件", "人欠坏件")),
    ]), counted[0] > 0, counted)


BOOK_EXPORTS = ("stock", "account", "owed_to", "owed_by", "in_transit")
STOCK_HEADERS = ["备件编号", "备件名称", "规格", "单位", "期初好件", "好件收入", "好件发出", "期末好件", "期初坏件",
                 "坏件收入", "坏件发出", "期末坏件", "安全库存", "低于安全库存"]
ACCOUNT_HEADERS = ["往来单位", "单位名称", "日期", "本公司单号", "单据类型", "备件编号", "备件名称", "账簿", "收入",
                   "发出", "累计净发出"]
OWED_OPEN_HEADERS = ["往来单位", "单位名称", "备件编号", "备件名称", "发生日期", "本公司单号", "未清数量", "天数",
                     "账龄"]
TRANSIT_HEADERS = ["本公司单号", "单据类型", "来源单号", "发运日期", "往来单位", "备件编号", "备件名称", "发运数量",
                   "未清数量", "天数"]
BOOK_SHEETS = {"stock": "好坏件库存帐", "account": "备件往来帐", "owed_to": "欠人坏件账", "owed_by": "人欠坏件账",
               "in_transit": "在途账"}


def aging_bucket(days: int) -> str:
    if days <= 30:
        return "30天内"
    if days <= 90:
        return "31-90天"
    if days <= 180:
        return "91-180天"
    return "180天以上"


def _as_of(date_to: Date | None, actor: Actor | None) -> Date:
    """The day the open items and their ages are counted at: ``date_to``, else the actor's today,
    else the last posting day (the domain reads no clock)."""
    if date_to is not None:
        return date_to
    if actor is not None:
        return actor.today
    last = Posting.select(fn.MAX(Posting.date)).scalar()
    if isinstance(last, str):
        last = Date.fromisoformat(last)
    return last or Date(2000, 1, 1)


def _stock_rows(date_from: Date | None, date_to: Date | None):
    opening = books.balances_at(date_from - timedelta(days=1))["parts"] if date_from else {}
    closing = books.balances_at(date_to)["parts"]
    moved: dict[tuple, tuple[int, int]] = {}
    inflow = fn.SUM(Case(None, [(Posting.delta > 0, Posting.delta)], 0))
    outflow = fn.SUM(Case(None, [(Posting.delta < 0, 0 - Posting.delta)], 0))
    query = (Posting.select(Posting.part, Posting.book, inflow, outflow)
             .where(Posting.book.in_(("good", "bad"))).group_by(Posting.part, Posting.book))
    if date_from is not None:
        query = query.where(Posting.date >= date_from)
    if date_to is not None:
        query = query.where(Posting.date <= date_to)
    for part_id, book, qty_in, qty_out in query.tuples():
        moved[(part_id, book)] = (int(qty_in or 0), int(qty_out or 0))
    for part_id, number, name, spec, unit, safety in (
        Part.select(Part.id, Part.number, Part.name, Part.spec, Part.unit, Part.safety_stock)
        .order_by(Part.number).tuples()
    ):
        row = [number, name, spec, unit]
        for book in ("good", "bad"):
            start = opening.get(number, {}).get(book, 0)
            qty_in, qty_out = moved.get((part_id, book), (0, 0))
            row += [start, qty_in, qty_out, closing.get(number, {}).get(book, 0)]
        row += [safety, "是" if row[7] < safety else None]
        yield row


def export_book(path, name: str, date_from: Date | None = None, date_to: Date | None = None, *,
                party: str | None = None, actor: Actor | None = None) -> int:
    """One of the five books as a sheet; returns rows written. ``name``: stock (opening, in, out,
    closing of good and bad per part over the dates), account (every party, or ``party``),
    owed_to / owed_by / in_transit (open items at ``date_to``, with days open)."""
    _check_read(actor)
    if name not in BOOK_EXPORTS:
        raise Refusal(LEDGER_IO_UNKNOWN_BOOK, book=name, books=", ".join(BOOK_EXPORTS))
    sheet = BOOK_SHEETS[name]
    customer_ids = _customer_codes()
    customers = set(customer_ids.values())
    counted = [0]

    def count(code) -> None:
        if code in customers:
            counted[0] += 1

    if name == "stock":
        int_kinds = {h: "int" for h in STOCK_HEADERS[4:13]}
        spec = Sheet(sheet, STOCK_HEADERS, _stock_rows(date_from, date_to),
                     kinds={"备件编号": "text", "规格": "text", **int_kinds}, total_columns=STOCK_HEADERS[4:12])
    elif name == "account":
        if party is not None and not Party.select().where(Party.code == normalise_code(party)).exists():
            raise Refusal(LEDGER_UNKNOWN_PARTY, party=party)
        codes = ([normalise_code(party)] if party is not None
                 else [c for (c,) in Party.select(Party.code).order_by(Party.code).tuples()])
        party_names = dict(Party.select(Party.code, Party.name).tuples())
        type_names = {code: kind.name for code, kind in DOC_TYPES.items()}

        def account_rows():
            for code in codes:
                for r in books.account(code, date_from, date_to):
                    count(code)
                    yield [code, party_names.get(code), Date.fromisoformat(str(r["date"])[:10]), r["number"],
                           type_names.get(r["doc_type"], r["doc_type"]), r["part_number"], r["part_name"],
                           BOOK_NAMES[r["book"]], r["qty_in"], r["qty_out"], r["net_sent"]]

        spec = Sheet(sheet, ACCOUNT_HEADERS, account_rows(),
                     kinds={"往来单位": "text", "本公司单号": "text", "备件编号": "text", "收入": "int", "发出": "int",
                            "累计净发出": "int"}, total_columns=("收入", "发出"))
    elif name in PARTY_BOOKS:
        as_of = _as_of(date_to, actor)

        def owed_rows():
            for r in books.owed_open(name, as_of, party).dicts().iterator():
                count(r["party_code"])
                yield [r["party_code"], r["party_name"], r["part_number"], r["part_name"],
                       Date.fromisoformat(str(r["date"])[:10]), r["number"], r["open_qty"], int(r["days_open"]),
                       aging_bucket(int(r["days_open"]))]

        spec = Sheet(sheet, OWED_OPEN_HEADERS, owed_rows(),
                     kinds={"往来单位": "text", "备件编号": "text", "本公司单号": "text", "未清数量": "int", "天数": "int"},
                     total_columns=("未清数量",))
    else:
        as_of = _as_of(date_to, actor)
        type_names = {code: kind.name for code, kind in DOC_TYPES.items()}

        def transit_rows():
            for r in books.in_transit_open(as_of).dicts().iterator():
                yield [r["number"], type_names.get(r["doc_type"], r["doc_type"]), r["source_number"],
                       Date.fromisoformat(str(r["date"])[:10]), r["party_code"], r["part_number"], r["part_name"],
                       r["shipped"], r["open_qty"], int(r["age_days"])]

        spec = Sheet(sheet, TRANSIT_HEADERS, transit_rows(),
                     kinds={"本公司单号": "text", "来源单号": "text", "往来单位": "text", "备件编号": "text",
                            "发运数量": "int", "未清数量": "int", "天数": "int"}, total_columns=("未清数量",))
    # The sheet names a customer when the book has a customer's posting (known before writing, so a
    # user without personal.export is refused before the file exists).
    named = name == "account" or name in PARTY_BOOKS
    if named:
        wanted = [i for i, code in customer_ids.items() if party is None or code == normalise_code(party)]
        postings = Posting.select().where(Posting.party.in_(wanted))
        if name != "account":
            postings = postings.where(Posting.book == name)
        named = bool(wanted) and postings.exists()
    return _personal(actor, f"ledger_{name}", path, lambda: write_workbook(path, [spec]), named, counted)[sheet]


__all__ = [
    "import_parties", "import_parts", "import_documents", "write_import_template", "export_movements",
    "export_balances", "export_book", "ImportResult", "DocumentOutcome", "BookChange", "NewPart",
    "MasterImportResult", "BOOK_EXPORTS",
]

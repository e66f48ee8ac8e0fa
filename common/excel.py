"""Safe reading and writing of .xlsx files for every BranchDesk import and export.

Data model. An import sheet is one worksheet whose header row (found within the first few rows)
names the expected columns; every row below it is a record. ``read_sheet`` returns the records as
``Row`` objects: a dict {header: value} that also carries ``number``, the row number the clerk sees
in Excel, so every later refusal can name it. Values come back normalised (text trimmed,
full-width digits and Latin letters made half-width) and, where the caller names a kind for a
column, converted: "text" -> str, "int" -> int, "date" -> datetime.date, "money" -> integer fen,
"any" -> the cell as stored.

A file is checked in three layers before a single value is trusted:
1. the zip container (``_check_container``): really a zip holding a workbook, declared sizes and
   compression ratios within limits (zip bombs are refused before anything is inflated), and no
   XML part carrying a DTD (entity expansion, external entities);
2. one streaming expat pass over the sheet's XML (``_scan_sheet``, entity declarations refused as
   defusedxml refuses them): row count with a cap (the sheet's dimension first, so a
   1,048,576-row sheet is refused at once), merged ranges, formulas that have no cached value
   (a data_only reading would see those as empty), and the raw cells;
3. openpyxl's own readers for the shared strings, the date styles and the epoch
   (``_workbook_context``), with which the raw cells become values exactly as openpyxl's
   read-only, data_only worksheet would give them (``_cell_values``). The sheet is parsed once:
   openpyxl's worksheet reader would parse it twice more (size, then cells).
Structural problems raise one ``Refusal``; problems in cells are collected, one per cell or row,
into a ``RefusalList`` ("excel.bad_rows") so the clerk can fix the whole file at once.

Writing (``write_rows``, ``write_workbook``) streams the package straight into the zip (the parts,
styles and inline-string cells openpyxl's write-only mode writes, at a fifth of its cost per cell)
so memory stays flat for a million rows; text that a spreadsheet would run as a formula is stored
as text; money (fen) is written as yuan with two decimals; dates as real dates; an optional total
row uses SUM formulas.
Files are written to a temporary name and renamed, so a failure never leaves half a workbook.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from itertools import chain, islice
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence

from common.errors import Refusal, RefusalList
from common.files import replaced_atomically

# Limits. Real import files are a few MB; these leave room for ten thousand-line imports and
# refuse anything built to exhaust memory or time.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200          # XML compresses ~10-30x; bombs are in the thousands
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # tiny parts may have any ratio
MAX_ZIP_MEMBERS = 10_000
DEFAULT_MAX_ROWS = 200_000           # data rows per sheet
HEADER_SEARCH_ROWS = 10              # a template may have a title row or two above the header
MAX_REPORTED_PROBLEMS = 500

KINDS = ("text", "int", "date", "money", "any")

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_T = "{%s}" % _MAIN_NS

# Full-width forms typed by Chinese IMEs: digits, Latin letters, and the signs numbers and dates
# use. Chinese punctuation (，（）：) is deliberately left alone: it is correct in names and notes.
_FULL_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULL_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULL_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULL_WIDTH.update({ord("＋"): ord("+"), ord("－"): ord("-"), ord("．"): ord("."), ord("／"): ord("/"),
                    ord("\u3000"): ord(" "), ord("\xa0"): ord(" ")})

_DATE_TEXT = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_INT_TEXT = re.compile(r"^[-+]?\d{1,3}(,\d{3})+$|^[-+]?\d+$")
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")
# A spreadsheet runs a cell starting with these as a formula (also after leading blanks).
_FORMULA_START = re.compile(r"^[\s]*[=+\-@]|^[\t\r]")
_ILLEGAL_XML_CHARS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


class Row(dict):
    """One record of an import sheet: {header: value}, plus ``number``, its row number in Excel."""

    def __init__(self, number: int, values: dict):
        super().__init__(values)
        self.number = number

    def __repr__(self) -> str:
        return f"Row({self.number}, {dict.__repr__(self)})"


# ---------------------------------------------------------------------------------------------
# Helpers shared by reading and writing


def column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA"."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index


def normalise_text(text: str) -> str:
    """Full-width digits/letters to half-width, surrounding blanks (incl. ideographic space) trimmed."""
    return text.translate(_FULL_WIDTH).strip()


# ---------------------------------------------------------------------------------------------
# Layer 1: the zip container


def _check_container(path: Path) -> zipfile.ZipFile:
    facts = {"path": str(path)}
    if not path.is_file():
        raise Refusal("excel.file_missing", **facts)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Refusal("excel.not_xlsx", detail=str(exc), **facts) from exc
    try:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise Refusal("excel.too_many_parts", parts=len(members), limit=MAX_ZIP_MEMBERS, **facts)
        names = {info.filename for info in members}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise Refusal("excel.not_xlsx", detail="no workbook inside (an .xls, .csv or other file renamed?)",
                          **facts)
        total = sum(info.file_size for info in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise Refusal("excel.too_large", size_mb=total // (1024 * 1024),
                          limit_mb=MAX_UNCOMPRESSED_BYTES // (1024 * 1024), **facts)
        for info in members:
            if info.file_size >= RATIO_CHECK_MIN_BYTES:
                ratio = info.file_size // max(info.compress_size, 1)
                if ratio > MAX_COMPRESSION_RATIO:
                    raise Refusal("excel.zip_bomb", member=info.filename, ratio=ratio, **facts)
        for info in members:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                with archive.open(info) as part:
                    prolog = part.read(8192)
                # A DTD is never needed in OOXML; its only use in a file like this is an attack
                # (billion laughs, external entities). defusedxml is the second line of defence.
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise Refusal("excel.unsafe_xml", member=info.filename, **facts)
    except Refusal:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, NotImplementedError) as exc:
        archive.close()
        raise Refusal("excel.not_xlsx", detail=str(exc), **facts) from exc
    return archive


def _parse_part(archive: zipfile.ZipFile, name: str, facts: dict):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(archive.read(name))
    except DefusedXmlException as exc:
        raise Refusal("excel.unsafe_xml", member=name, **facts) from exc
    except (ParseError, KeyError, zipfile.BadZipFile, OSError) as exc:
        raise Refusal("excel.not_xlsx", detail=f"{name}: {exc}", **facts) from exc


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str, facts: dict) -> str:
    """The zip member holding the named worksheet."""
    workbook = _parse_part(archive, "xl/workbook.xml", facts)
    sheets = {}
    for sheet in workbook.iter(_T + "sheet"):
        sheets[sheet.get("name")] = sheet.get("{%s}id" % _REL_NS)
    if sheet_name not in sheets:
        raise Refusal("excel.sheet_missing", sheet=sheet_name, sheets="、".join(sheets) or "-", **facts)
    rels = _parse_part(archive, "xl/_rels/workbook.xml.rels", facts)
    for rel in rels.iter("{%s}Relationship" % _PKG_REL_NS):
        if rel.get("Id") == sheets[sheet_name]:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    raise Refusal("excel.not_xlsx", detail=f"sheet {sheet_name} has no part", **facts)


# ---------------------------------------------------------------------------------------------
# Layer 2: one streaming pass over the sheet XML


@dataclass
class _SheetScan:
    last_row: int = 0
    merged: list[tuple[str, int, int]] = field(default_factory=list)  # (range, first row, last row)
    formulas_without_value: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, formula)
    # (row number, [(column, type, style, text)]) per <row>, in file order; values are converted
    # later (``_cell_values``) once openpyxl has read the shared strings and the date styles.
    rows: list = field(default_factory=list)


def _forbid_entities(*args):
    from defusedxml import EntitiesForbidden

    # The same guard defusedxml puts on expat: no entity may be declared, so none can expand.
    raise EntitiesForbidden(*(list(args) + [None] * 6)[:6])


def _forbid_external(context, base, system_id, public_id):
    from defusedxml import ExternalReferenceForbidden

    raise ExternalReferenceForbidden(context, base, system_id, public_id)


def _scan_sheet(archive: zipfile.ZipFile, part: str, sheet_name: str, max_rows: int, facts: dict) -> _SheetScan:
    """One expat pass over the sheet: limits, merged ranges, formulas without a cached value, and
    the raw cells. Plain expat callbacks instead of ElementTree/iterparse (or a second pass by
    openpyxl) because an import of ten thousand lines spent most of its time building elements."""
    from xml.parsers import expat

    from defusedxml import DefusedXmlException

    row_cap = max_rows + HEADER_SEARCH_ROWS
    scan = _SheetScan()
    rows = scan.rows
    ns = _MAIN_NS + "}"
    tag_row, tag_c, tag_v, tag_f, tag_is, tag_t = ns + "row", ns + "c", ns + "v", ns + "f", ns + "is", ns + "t"
    tag_dimension, tag_merge = ns + "dimension", ns + "mergeCell"
    column_of: dict[str, int] = {}
    tag_rph = ns + "rPh"
    # Parser state: the open row and cell, and which text-bearing element we are inside.
    row_number = 0
    cells = None       # [(column, type, style, text)] of the open row
    cell = None        # attributes of the open <c>
    position = 0       # column of the previous cell (for cells without a reference)
    into = None        # the list collecting text of the open <v>, <f> or <t>
    values = formulas = inline = None  # text pieces of the open cell's <v>, <f>, <is>
    in_inline = False
    in_phonetic = 0

    def start(tag, attrs):
        nonlocal row_number, cells, cell, position, into, values, formulas, inline, in_inline, in_phonetic
        if tag == tag_c:
            position += 1
            values = formulas = inline = None
            cell = attrs
        elif cell is not None:
            if tag == tag_v:
                if values is None:
                    values = []
                into = values
            elif tag == tag_f:
                if formulas is None:
                    formulas = []
                into = formulas
            elif tag == tag_is:
                if inline is None:
                    inline = []
                in_inline = True
            elif tag == tag_t:
                if in_inline and not in_phonetic:
                    into = inline
            elif tag == tag_rph:
                in_phonetic += 1
        elif tag == tag_row:
            number = int(attrs.get("r") or row_number + 1)
            if number > row_cap:
                raise Refusal("excel.too_many_rows", sheet=sheet_name, rows=f"{row_cap}+", limit=max_rows, **facts)
            row_number = number
            cells = []
            position = 0
        elif tag == tag_dimension:
            # Trust a dimension that says "too big" at once: no need to read a million rows.
            match = _CELL_REF.match((attrs.get("ref") or "").split(":")[-1])
            if match and int(match.group(2)) > row_cap:
                raise Refusal("excel.too_many_rows", sheet=sheet_name, rows=int(match.group(2)),
                              limit=max_rows, **facts)
        elif tag == tag_merge:
            ref = attrs.get("ref") or ""
            merged_rows = [int(m.group(2)) for m in map(_CELL_REF.match, ref.split(":")) if m]
            if merged_rows:
                scan.merged.append((ref, min(merged_rows), max(merged_rows)))

    def data(text):
        if into is not None:
            into.append(text)

    def end(tag):
        nonlocal cells, cell, position, into, in_inline, in_phonetic
        if tag == tag_c:
            attrs = cell
            cell = None
            into = None
            reference = attrs.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                column = column_of.get(letters)
                if column is None:
                    column = column_of[letters] = _column_index(letters)
                position = column
            else:
                column = position
            kind = attrs.get("t", "n")
            # openpyxl and some generators write an empty <v/> for "not computed"; only a string
            # formula (t="str") may legitimately have an empty result.
            if formulas is not None and (values is None or (not "".join(values) and kind != "str")):
                scan.formulas_without_value.append((row_number, column, "=" + "".join(formulas)))
            if kind == "inlineStr":
                text = "".join(inline) if inline is not None else None
            else:
                text = "".join(values) if values else None
            if cells is not None:
                cells.append((column, kind, attrs.get("s"), text))
        elif tag == tag_row:
            rows.append((row_number, cells))
            cells = None
        elif tag == tag_v or tag == tag_f or tag == tag_t:
            into = None
        elif tag == tag_is:
            in_inline = False
        elif tag == tag_rph:
            in_phonetic -= 1

    parser = expat.ParserCreate(None, "}")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.EntityDeclHandler = _forbid_entities
    parser.UnparsedEntityDeclHandler = _forbid_entities
    parser.ExternalEntityRefHandler = _forbid_external
    try:
        with archive.open(part) as source:
            parser.ParseFile(source)
    except DefusedXmlException as exc:
        raise Refusal("excel.unsafe_xml", member=part, **facts) from exc
    except (expat.ExpatError, KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise Refusal("excel.not_xlsx", detail=f"{part}: {exc}", **facts) from exc
    scan.last_row = row_number
    return scan


def _workbook_context(path: Path, facts: dict):
    """Shared strings, date styles and epoch, read by openpyxl's own readers (so a value means
    what openpyxl would make of it) without its worksheet pass."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    try:
        reader = ExcelReader(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise _load_failure(exc, facts) from exc
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        reader.read_properties()
        reader.read_custom()
        reader.read_theme()
        apply_stylesheet(reader.archive, reader.wb)
        return reader.shared_strings, reader.wb.epoch, reader.wb._date_formats, reader.wb._timedelta_formats
    except Exception as exc:
        raise _load_failure(exc, facts) from exc
    finally:
        reader.archive.close()


def _cell_values(scan: _SheetScan, context):
    """Rows of values from row 1 on (a missing row is an empty tuple), converted as openpyxl's
    read-only, data_only worksheet would convert them."""
    from warnings import warn

    from openpyxl.utils.datetime import from_excel, from_ISO8601

    strings, epoch, date_formats, timedelta_formats = context
    expected = 1
    for number, cells in scan.rows:
        if number > scan.last_row:
            break  # as openpyxl's iter_rows(max_row=last row) does for rows out of order
        if number < expected:
            continue  # openpyxl skips a row number that goes backwards
        while expected < number:
            expected += 1
            yield ()
        expected += 1
        if not cells:
            yield ()
            continue
        values = [None] * max(column for column, *_ in cells)
        for column, kind, style, text in cells:
            if column < 1:
                continue
            value = text or None
            if value is not None:
                if kind == "n":
                    value = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
                    style_id = int(style) if style else 0
                    if style_id in date_formats:
                        try:
                            value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                        except (OverflowError, ValueError):
                            warn(f"Cell in row {number} is marked as a date but the serial value {value} is "
                                 "outside the limits for dates.")
                            value = "#VALUE!"
                elif kind == "s":
                    value = strings[int(value)]
                elif kind == "b":
                    value = bool(int(value))
                elif kind == "d":
                    value = from_ISO8601(value)
            elif kind == "inlineStr" and text is not None:
                value = text
            values[column - 1] = value
        yield tuple(values)


# ---------------------------------------------------------------------------------------------
# Cell conversion


class _BadCell(Exception):
    def __init__(self, code: str, **facts):
        super().__init__(code)
        self.code = code
        self.facts = facts


def _to_text(value):
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        if abs(value) >= 10**15:
            raise _BadCell("excel.number_lost_digits")
        return str(value)
    if isinstance(value, float):
        # Excel keeps 15 significant digits: an 18-digit ID or a long part number typed as a
        # number has already lost its last digits, so it cannot be taken as text.
        if abs(value) >= 1e15:
            raise _BadCell("excel.number_lost_digits")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if value.time() != datetime.min.time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _to_int(value):
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise _BadCell("excel.not_integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _BadCell("excel.not_integer")
    if isinstance(value, str) and _INT_TEXT.match(value):
        return int(value.replace(",", ""))
    raise _BadCell("excel.not_integer")


def _to_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _DATE_TEXT.match(value)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                pass
    raise _BadCell("excel.not_date")


def _to_fen(value):
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise _BadCell("excel.not_money")
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        # repr gives the shortest decimal that round-trips, i.e. what the clerk typed (12.3, not 12.2999...).
        amount = Decimal(repr(value))
    else:
        text = str(value).replace(",", "").lstrip("¥￥").strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise _BadCell("excel.not_money") from None
    if not amount.is_finite():
        raise _BadCell("excel.not_money")
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise _BadCell("excel.money_precision")
    return int(fen)


_CONVERTERS = {"text": _to_text, "int": _to_int, "date": _to_date, "money": _to_fen, "any": lambda value: value}


# ---------------------------------------------------------------------------------------------
# Reading


def read_sheet(
    path,
    sheet_name: str,
    expected_headers: Sequence[str],
    kinds: dict[str, str] | None = None,
    required: Iterable[str] = (),
    max_rows: int = DEFAULT_MAX_ROWS,
    allow_duplicates: bool = False,
) -> list[Row]:
    """Read the records of one sheet, or refuse the whole file.

    ``expected_headers``: the columns to read (others are ignored); the header row is the first
    of the top rows that holds them all. ``kinds``: {header: "text" | "int" | "date" | "money" |
    "any"}, default "text". ``required``: headers whose cell may not be empty. Completely blank
    rows are skipped. Raises Refusal (file-level problem) or RefusalList "excel.bad_rows" (one
    item per bad cell or duplicate row, each with row, column and letter).
    """
    path = Path(path)
    kinds = dict(kinds or {})
    for header, kind in kinds.items():
        assert kind in KINDS and header in expected_headers, (header, kind)
    required = set(required)
    facts = {"path": str(path)}

    with _check_container(path) as archive:
        part = _sheet_part(archive, sheet_name, facts)
        scan = _scan_sheet(archive, part, sheet_name, max_rows, facts)
    context = _workbook_context(path, facts)
    try:
        return _records(_cell_values(scan, context), sheet_name, list(expected_headers), kinds, required, scan,
                        allow_duplicates, facts)
    except (Refusal, AssertionError):
        raise
    except Exception as exc:
        raise _load_failure(exc, facts, part) from exc


def _load_failure(exc: BaseException, facts: dict, part: str = "") -> Refusal:
    from defusedxml import DefusedXmlException

    # openpyxl wraps what defusedxml raised (e.g. "could not read stylesheet"); look underneath.
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return Refusal("excel.unsafe_xml", member=part or "xl/*.xml", **facts)
        cause = cause.__cause__ or cause.__context__
    return Refusal("excel.not_xlsx", detail=f"{type(exc).__name__}: {exc}", **facts)


def _clean(value):
    if isinstance(value, str):
        value = normalise_text(value)
        return value or None
    return value


def _records(rows, sheet_name, headers, kinds, required, scan, allow_duplicates, facts) -> list[Row]:
    # Find the header row among the first rows.
    header_row = 0
    columns: dict[str, int] = {}
    best_missing, best_found = headers, []
    top = list(islice(rows, HEADER_SEARCH_ROWS))
    for number, values in enumerate(top, start=1):
        found = [_clean(v) for v in values]
        positions = {}
        for index, value in enumerate(found):
            if isinstance(value, str) and value in headers and value not in positions:
                positions[value] = index
        missing = [h for h in headers if h not in positions]
        if not missing:
            header_row, columns = number, positions
            break
        if len(missing) < len(best_missing):
            best_missing, best_found = missing, [str(v) for v in found if v is not None]
    if not header_row:
        raise Refusal("excel.header_missing", sheet=sheet_name, missing="、".join(best_missing),
                      found="、".join(best_found) or "-", **facts)

    problems: list[Refusal] = []
    letter = {h: column_letter(columns[h] + 1) for h in headers}
    header_of_column = {columns[h] + 1: h for h in headers}

    for ref, first, last in scan.merged:
        if last >= header_row:
            problems.append(Refusal("excel.merged_cells", sheet=sheet_name, range=ref, row=first))
    no_value = set()
    for row_number, column, formula in scan.formulas_without_value:
        if row_number > header_row and column in header_of_column:
            header = header_of_column[column]
            no_value.add((row_number, header))
            problems.append(Refusal("excel.formula_no_value", sheet=sheet_name, row=row_number, column=header,
                                    letter=letter[header], formula=formula))

    records: list[Row] = []
    seen: dict[tuple, int] = {}
    for number, values in enumerate(chain(top[header_row:], rows), start=header_row + 1):
        raw = {h: _clean(values[columns[h]]) if columns[h] < len(values) else None for h in headers}
        if all(v is None for v in raw.values()) and not any((number, h) in no_value for h in headers):
            continue
        record = {}
        for header in headers:
            value = raw[header]
            if value is None:
                if header in required and (number, header) not in no_value:
                    problems.append(Refusal("excel.cell_empty", sheet=sheet_name, row=number, column=header,
                                            letter=letter[header]))
                record[header] = None
                continue
            try:
                record[header] = _CONVERTERS[kinds.get(header, "text")](value)
            except _BadCell as bad:
                problems.append(Refusal(bad.code, sheet=sheet_name, row=number, column=header,
                                        letter=letter[header], value=_text_for_message(value)))
                record[header] = None
        if not allow_duplicates:
            key = tuple(raw[h] for h in headers)
            first = seen.setdefault(key, number)
            if first != number:
                problems.append(Refusal("excel.duplicate_row", sheet=sheet_name, row=number, first_row=first))
        records.append(Row(number, record))

    if problems:
        problems.sort(key=lambda refusal: refusal.facts.get("row", 0))
        raise RefusalList("excel.bad_rows", problems[:MAX_REPORTED_PROBLEMS], sheet=sheet_name,
                          total=len(problems), **facts)
    return records


def _text_for_message(value) -> str:
    text = _to_text(value) if not isinstance(value, (int, float)) or abs(value) < 1e15 else repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


# ---------------------------------------------------------------------------------------------
# Writing


@dataclass
class Sheet:
    """One sheet to write: headers, rows of values (any iterable, consumed once) and column kinds.

    ``kinds``: {header: "money" (integer fen, written as yuan 0.00) | "text" (always text, even if
    it looks like a number) | "date" | "int"}. ``total_columns``: headers that get a SUM formula in
    a total row under the data, labelled ``total_label`` in the first column.
    """

    name: str
    headers: Sequence[str]
    rows: Iterable[Sequence]
    kinds: dict[str, str] = field(default_factory=dict)
    total_columns: Sequence[str] = ()
    total_label: str = "合计"


YUAN_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_WIDTH_SAMPLE_ROWS = 200


def write_rows(path, sheet_name: str, headers: Sequence[str], rows: Iterable[Sequence],
               kinds: dict[str, str] | None = None, total_columns: Sequence[str] = ()) -> int:
    """Write one sheet (write-only mode, flat memory); return the number of data rows written."""
    return write_workbook(path, [Sheet(sheet_name, headers, rows, dict(kinds or {}), total_columns)])[sheet_name]


def write_workbook(path, sheets: Sequence[Sheet]) -> dict[str, int]:
    """Write several sheets into one workbook; return {sheet name: data rows written}.

    The package is written here directly (the same parts, styles and inline-string cells that
    openpyxl's write-only mode produces) because openpyxl's per-cell objects made a million-line
    export take minutes; rows are streamed into the zip, so memory stays flat."""
    counts = {}
    with replaced_atomically(path) as temp_name:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for number, spec in enumerate(sheets, start=1):
                with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                    counts[spec.name] = _write_sheet(part, spec)
            _write_package(archive, [spec.name for spec in sheets])
    return counts


def _display_width(text: str) -> int:
    # CJK characters take two columns of Excel's width unit.
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


# Cell styles (index into cellXfs of _STYLES).
_S_HEADER, _S_YUAN, _S_DATE, _S_DATETIME, _S_QUOTED, _S_BOLD, _S_BOLD_YUAN, _S_TIME, _S_DURATION = range(1, 10)
_STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="166" formatCode="[hh]:mm:ss"/></numFmts>'
    '<fonts count="2"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/>'
    '<scheme val="minor"/></font><font><b val="1"/></font></fonts>'
    '<fills count="3"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="00E6E6E6"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="10">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" applyAlignment="1" xfId="0">'
    '<alignment horizontal="center" vertical="center"/></xf>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" quotePrefix="1" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="4" fontId="1" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>'
)
_SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _write_package(archive: zipfile.ZipFile, names: list[str]) -> None:
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_CT}"/>'
                        for n in range(1, len(names) + 1))
    archive.writestr("[Content_Types].xml", (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f'{overrides}</Types>'))
    archive.writestr("_rels/.rels", (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>'))
    sheets = "".join(f'<sheet name="{_xml_escape(name, True)}" sheetId="{n}" r:id="rId{n}"/>'
                     for n, name in enumerate(names, start=1))
    archive.writestr("xl/workbook.xml", (
        f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_OFFICE_REL}"><workbookPr/>'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        # The SUM totals carry no cached value; make Excel / WPS / LibreOffice compute them on open.
        f'<sheets>{sheets}</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'))
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_OFFICE_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                   for n in range(1, len(names) + 1))
    archive.writestr("xl/_rels/workbook.xml.rels", (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{rels}<Relationship Id="rId{len(names) + 1}" Type="{_OFFICE_REL}/styles" Target="styles.xml"/>'
        '</Relationships>'))
    archive.writestr("xl/styles.xml", _STYLES)


def _xml_escape(text: str, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text


# Strings a spreadsheet stores as error values (openpyxl writes such a string as an error cell).
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


def _write_sheet(part, spec: Sheet) -> int:
    for header, kind in spec.kinds.items():
        assert kind in ("money", "text", "date", "int") and header in spec.headers, (header, kind)
    headers = list(spec.headers)
    kinds = [spec.kinds.get(h) for h in headers]

    rows = iter(spec.rows)
    sample = list(islice(rows, _WIDTH_SAMPLE_ROWS))
    cols = []
    for index, header in enumerate(headers):
        widths = [_display_width(header)]
        for row in sample:
            value = row[index] if index < len(row) else None
            if kinds[index] == "money" and isinstance(value, int):
                widths.append(len(f"{value // 100:,}") + 3)
            elif isinstance(value, datetime):
                widths.append(16)
            elif isinstance(value, date):
                widths.append(10)
            elif value is not None:
                widths.append(_display_width(str(value)))
        width = min(max(widths) + 2, 60)
        cols.append(f'<col min="{index + 1}" max="{index + 1}" width="{width}" customWidth="1"/>')
    head = (f'<worksheet xmlns="{_MAIN_NS}"><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
            '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
            + (f'<cols>{"".join(cols)}</cols>' if cols else "") + '<sheetData>')
    letters: list[str] = [column_letter(i + 1) for i in range(max(len(headers), 1))]

    def letter(index: int) -> str:
        while index >= len(letters):
            letters.append(column_letter(len(letters) + 1))
        return letters[index]

    header_cells = "".join(_text_cell(f"{letter(i)}1", _S_HEADER, _safe_text(h)) for i, h in enumerate(headers))
    buffer = [head, f'<row r="1">{header_cells}</row>']
    size = 0
    count = 0
    dates: dict = {}
    for row in chain(sample, rows):
        count += 1
        number = count + 1
        cells = []
        for i, value in enumerate(row):
            if value is None:
                continue
            cells.append(_out_cell(f"{letter(i)}{number}", value, kinds[i] if i < len(kinds) else None, dates))
        buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
        size += 1
        if size >= 2000:
            part.write("".join(buffer).encode("utf-8"))
            buffer, size = [], 0

    if spec.total_columns:
        last = count + 1
        number = count + 2
        cells = []
        for index, header in enumerate(headers):
            reference = f"{letter(index)}{number}"
            if header in spec.total_columns:
                style = _S_BOLD_YUAN if kinds[index] == "money" else _S_BOLD
                if count:
                    cells.append(f'<c r="{reference}" s="{style}"><f>SUM({letter(index)}2:{letter(index)}{last})'
                                 '</f><v></v></c>')
                else:
                    cells.append(f'<c r="{reference}" s="{style}" t="n"><v>0</v></c>')
            elif index == 0:
                cells.append(_text_cell(reference, _S_BOLD, _safe_text(spec.total_label)))
            else:
                cells.append(f'<c r="{reference}" s="{_S_BOLD}"/>')
        buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
    buffer.append("</sheetData><pageMargins left=\"0.75\" right=\"0.75\" top=\"1\" bottom=\"1\" header=\"0.5\" "
                  "footer=\"0.5\"/></worksheet>")
    part.write("".join(buffer).encode("utf-8"))
    return count


def _safe_text(text: str) -> str:
    # Control characters are illegal in XML and would abort the whole export.
    return _ILLEGAL_XML_CHARS.sub("", text)


def _text_cell(reference: str, style: int, text: str) -> str:
    text = text[:32767]  # Excel's limit for one cell, as openpyxl cuts it
    space = ' xml:space="preserve"' if text != text.strip() else ""
    style_attribute = f' s="{style}"' if style else ""
    if not text:
        return f'<c r="{reference}"{style_attribute} t="inlineStr"/>'  # as openpyxl writes ""
    return f'<c r="{reference}"{style_attribute} t="inlineStr"><is><t{space}>{_xml_escape(text)}</t></is></c>'


def _number_text(value) -> str:
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return ""
    return "%.16g" % value


def _plain_text_cell(reference: str, value: str) -> str:
    value = _safe_text(value)
    if _FORMULA_START.match(value):
        # Stored as a string cell with the quote prefix: shown as typed, never evaluated, and it
        # stays text if someone edits the cell.
        return _text_cell(reference, _S_QUOTED, value)
    if value in _ERROR_CODES:
        return f'<c r="{reference}" t="e"><v>{value}</v></c>'
    return _text_cell(reference, 0, value)


def _out_cell(reference: str, value, kind, dates: dict) -> str:
    if type(value) is str:  # the common case first; the checks below never match a str
        return _plain_text_cell(reference, value)
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        sign = "-" if value < 0 else ""
        yuan, fen = divmod(abs(value), 100)
        # Exact decimal text of the yuan amount (what openpyxl wrote for Decimal(fen) / 100).
        amount = f"{sign}{yuan}.{fen:02d}".rstrip("0").rstrip(".") if fen else f"{sign}{yuan}"
        return f'<c r="{reference}" s="{_S_YUAN}" t="n"><v>{amount}</v></c>'
    if isinstance(value, (datetime, date, time, timedelta)):
        serial = dates.get(value)
        if serial is None:
            from openpyxl.utils.datetime import to_excel

            serial = dates[value] = _number_text(to_excel(value))
            if len(dates) > 10_000:
                dates.clear()
        style = (_S_DATETIME if isinstance(value, datetime) else _S_DATE if isinstance(value, date)
                 else _S_TIME if isinstance(value, time) else _S_DURATION)
        return f'<c r="{reference}" s="{style}" t="n"><v>{serial}</v></c>'
    if kind == "text" and not isinstance(value, str):
        value = str(value)
    if isinstance(value, str):
        return _plain_text_cell(reference, value)
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float, Decimal)):
        return f'<c r="{reference}" t="n"><v>{_number_text(value)}</v></c>'
    raise ValueError(f"Cannot convert {value!r} to Excel")


def self_test(folder) -> str:
    """For ``main.py --self-test``: round-trip an xlsx; raise RuntimeError if anything differs."""
    path = Path(folder) / "self-test.xlsx"
    headers = ["零件号", "名称", "数量", "金额", "日期", "备注"]
    rows = [["P001", "机油滤清器", 3, 1230, date(2026, 11, 23), "=1+2"],
            ["P002", "前制动盘（左）", -1, 5, date(2026, 11, 24), None]]
    write_rows(path, "自检", headers, rows, kinds={"金额": "money"})
    back = read_sheet(path, "自检", headers, kinds={"数量": "int", "金额": "money", "日期": "date"})
    got = [[row[h] for h in headers] for row in back]
    if got != rows:
        raise RuntimeError(f"xlsx self-test: wrote {rows!r}, read {got!r}")
    return f"xlsx ok: {len(back)} rows round-tripped"

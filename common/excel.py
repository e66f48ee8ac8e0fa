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
2. one streaming pass over the sheet's XML (``_scan_sheet``): row count with a cap (the sheet's
   dimension first, so a 1,048,576-row sheet is refused at once), merged ranges, and formulas that
   have no cached value (openpyxl's data_only mode would read those as empty);
3. openpyxl in read-only, data_only mode for the values.
Structural problems raise one ``Refusal``; problems in cells are collected, one per cell or row,
into a ``RefusalList`` ("excel.bad_rows") so the clerk can fix the whole file at once.

Writing (``write_rows``, ``write_workbook``) uses openpyxl's write-only mode so memory stays flat
for a million rows; text that a spreadsheet would run as a formula is stored as text; money (fen)
is written as yuan with two decimals; dates as real dates; an optional total row uses SUM formulas.
Files are written to a temporary name and renamed, so a failure never leaves half a workbook.
"""
from __future__ import annotations

import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from itertools import chain, islice
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence

from common.errors import Refusal, RefusalList

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


def _scan_sheet(archive: zipfile.ZipFile, part: str, sheet_name: str, max_rows: int, facts: dict) -> _SheetScan:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    row_cap = max_rows + HEADER_SEARCH_ROWS
    scan = _SheetScan()
    row_number = 0
    sheet_data = None
    try:
        with archive.open(part) as source:
            for event, element in iterparse(source, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == _T + "sheetData":
                        sheet_data = element
                    continue
                if tag == _T + "dimension":
                    # Trust a dimension that says "too big" at once: no need to read a million rows.
                    match = _CELL_REF.match((element.get("ref") or "").split(":")[-1])
                    if match and int(match.group(2)) > row_cap:
                        raise Refusal("excel.too_many_rows", sheet=sheet_name, rows=int(match.group(2)),
                                      limit=max_rows, **facts)
                elif tag == _T + "row":
                    row_number = int(element.get("r") or row_number + 1)
                    if row_number > row_cap:
                        raise Refusal("excel.too_many_rows", sheet=sheet_name, rows=f"{row_cap}+",
                                      limit=max_rows, **facts)
                    for position, cell in enumerate(element.iter(_T + "c"), start=1):
                        formula = cell.find(_T + "f")
                        cached = cell.find(_T + "v")
                        # openpyxl and some generators write an empty <v/> for "not computed";
                        # only a string formula (t="str") may legitimately have an empty result.
                        if formula is not None and (cached is None or (not cached.text and cell.get("t") != "str")):
                            match = _CELL_REF.match(cell.get("r") or "")
                            column = _column_index(match.group(1)) if match else position
                            scan.formulas_without_value.append((row_number, column, "=" + (formula.text or "")))
                    # Drop finished rows so memory stays flat however long the sheet is.
                    if sheet_data is not None:
                        sheet_data.clear()
                elif tag == _T + "mergeCell":
                    ref = element.get("ref") or ""
                    rows = [int(m.group(2)) for m in map(_CELL_REF.match, ref.split(":")) if m]
                    if rows:
                        scan.merged.append((ref, min(rows), max(rows)))
    except DefusedXmlException as exc:
        raise Refusal("excel.unsafe_xml", member=part, **facts) from exc
    except (ParseError, KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise Refusal("excel.not_xlsx", detail=f"{part}: {exc}", **facts) from exc
    scan.last_row = row_number
    return scan


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

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file; all mean the same here
        raise _load_failure(exc, facts) from exc
    try:
        sheet = workbook[sheet_name]
        # The stored dimension may be stale or wrong; read every row (the scan already capped them).
        sheet.reset_dimensions()
        rows = sheet.iter_rows(min_row=1, max_row=max(scan.last_row, 1), values_only=True)
        return _records(rows, sheet_name, list(expected_headers), kinds, required, scan, allow_duplicates, facts)
    except (Refusal, AssertionError):
        raise
    except Exception as exc:
        raise _load_failure(exc, facts, part) from exc
    finally:
        workbook.close()


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
    """Write several sheets into one workbook; return {sheet name: data rows written}."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    # The SUM totals carry no cached value; make Excel / WPS / LibreOffice compute them on open.
    workbook.calculation.fullCalcOnLoad = True
    path = Path(path)
    try:
        # Claim the temporary file first: an unwritable folder is reported before a million rows
        # have been formatted.
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise Refusal("file.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    counts = {}
    try:
        for spec in sheets:
            counts[spec.name] = _write_sheet(workbook, spec)
        workbook.save(temp_name)
        os.replace(temp_name, path)
    except OSError as exc:
        _discard(workbook)
        _unlink_quietly(temp_name)
        raise Refusal("file.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        _discard(workbook)
        _unlink_quietly(temp_name)
        raise
    return counts


def _discard(workbook) -> None:
    """Close and delete the temporary files of an unsaved write-only workbook (rows went there)."""
    for sheet in workbook.worksheets:
        try:
            sheet.close()
        except Exception:  # already broken: nothing more to finish
            pass
        writer = getattr(sheet, "_writer", None)
        if writer is not None and isinstance(getattr(writer, "out", None), str):
            _unlink_quietly(writer.out)


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _display_width(text: str) -> int:
    # CJK characters take two columns of Excel's width unit.
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def _write_sheet(workbook, spec: Sheet) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    for header, kind in spec.kinds.items():
        assert kind in ("money", "text", "date", "int") and header in spec.headers, (header, kind)
    sheet = workbook.create_sheet(spec.name)
    headers = list(spec.headers)
    kinds = [spec.kinds.get(h) for h in headers]

    rows = iter(spec.rows)
    sample = list(islice(rows, _WIDTH_SAMPLE_ROWS))
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
        sheet.column_dimensions[column_letter(index + 1)].width = min(max(widths) + 2, 60)
    sheet.freeze_panes = "A2"

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    centre = Alignment(horizontal="center", vertical="center")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_safe_text(header))
        cell.font, cell.fill, cell.alignment = bold, fill, centre
        header_cells.append(cell)
    sheet.append(header_cells)

    count = 0
    for row in chain(sample, rows):
        sheet.append([_out_cell(sheet, WriteOnlyCell, value, kinds[i] if i < len(kinds) else None)
                      for i, value in enumerate(row)])
        count += 1

    if spec.total_columns:
        last = count + 1
        totals = []
        for index, header in enumerate(headers):
            letter = column_letter(index + 1)
            if header in spec.total_columns:
                cell = WriteOnlyCell(sheet, value=f"=SUM({letter}2:{letter}{last})" if count else 0)
                cell.font = bold
                if kinds[index] == "money":
                    cell.number_format = YUAN_FORMAT
            else:
                cell = WriteOnlyCell(sheet, value=_safe_text(spec.total_label) if index == 0 else None)
                cell.font = bold
            totals.append(cell)
        sheet.append(totals)
    return count


def _safe_text(text: str) -> str:
    # Control characters are illegal in XML and would abort the whole export.
    return _ILLEGAL_XML_CHARS.sub("", text)


def _out_cell(sheet, WriteOnlyCell, value, kind):
    if value is None:
        return None
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value=Decimal(value).scaleb(-2))
        cell.number_format = YUAN_FORMAT
        return cell
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if kind == "text" and not isinstance(value, str):
        value = str(value)
    if isinstance(value, str):
        value = _safe_text(value)
        if _FORMULA_START.match(value):
            # Stored as a string cell with the quote prefix: shown as typed, never evaluated, and
            # it stays text if someone edits the cell.
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
    return value


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

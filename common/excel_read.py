"""Reading import sheets: .xlsx, legacy .xls, .ods and CSV, safely and as the clerk sees them.

Data model. An import sheet is one worksheet whose header row (found within the first few rows)
names the expected columns; every row below it is a record. ``read_sheet`` returns the records as
``Row`` objects: a dict {header: value} that also carries ``number``, the row number the clerk sees
in Excel, so every later refusal can name it. Values come back normalised (text trimmed,
full-width digits and Latin letters made half-width) and, where the caller names a kind for a
column, converted: "text" -> str, "code" -> str (a number cell rendered with its number format, so
0280158117 keeps its zero), "int" -> int, "date" -> datetime.date, "money" -> integer fen,
"any" -> the cell as stored.

What the file really is decides how it is read (the name's extension is not trusted):
- .xlsx: checked as a zip first (``_check_container``: sizes and compression ratios within
  limits, no DTD in any XML part), then the workbook, the shared strings, the styles and the
  sheet are each read by one streaming expat pass with defusedxml's entity guards. The sheet pass
  sees what a value-only reader cannot: hidden rows (by hand or by an AutoFilter), merged ranges,
  formulas without a cached value, error cells and each number's format. Values are converted as
  openpyxl's read-only, data_only worksheet converts them (tests/test_excel_formats.py compares the
  two on generated workbooks), plus the Chinese-locale built-in date formats openpyxl lacks.
- .xls (BIFF8) and .ods: python-calamine, a maintained reader; it gives values and merged ranges.
  For an .ods one more expat pass over content.xml finds hidden and filtered rows and error values
  (calamine reads an error as an empty cell). Number formats are not read for either, so a
  number in a code column is refused rather than guessed. For an .xls, xlrd reads the hidden rows
  and error values calamine does not give.
- CSV (UTF-8, UTF-8 with BOM, GBK / GB18030): every cell is text, so code columns stay as typed.

Structural problems raise one ``Refusal``; problems in cells are collected, one per cell or row,
into a ``RefusalList`` ("excel.bad_rows") so the clerk can fix the whole file at once; a caller
that checks rules of its own passes ``problems=[]`` and gets the cell problems there instead, to
report them together with its own in one round.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence

from common.errors import Refusal, RefusalList
from common.excel_write import column_letter

# Limits. Real import files are a few MB; these leave room for ten thousand-line imports and
# refuse anything built to exhaust memory or time.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200          # XML compresses ~10-30x; bombs are in the thousands
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # tiny parts may have any ratio
MAX_ZIP_MEMBERS = 10_000
DEFAULT_MAX_ROWS = 200_000           # data rows per sheet
HEADER_SEARCH_ROWS = 10              # a template may have a title row or two above the header
MAX_REPORTED_PROBLEMS = 500

KINDS = ("text", "code", "int", "date", "money", "any")

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

# Full-width forms typed by Chinese IMEs: digits, Latin letters, and the signs numbers and dates
# use. Chinese punctuation (，（）：) is deliberately left alone: it is correct in names and notes.
_FULL_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULL_WIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULL_WIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULL_WIDTH.update({ord("＋"): ord("+"), ord("－"): ord("-"), ord("．"): ord("."), ord("／"): ord("/"),
                    ord("\u3000"): ord(" "), ord("\xa0"): ord(" ")})

_DATE_TEXT = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_INT_TEXT = re.compile(r"^[-+]?\d{1,3}(,\d{3})+$|^[-+]?\d+$")
# A quantity typed with its unit ("20个", "3 套", "12pcs"): one unit word after the digits.
_INT_WITH_UNIT = re.compile(r"^([-+]?\d+)\s*(?:[\u4e00-\u9fff]{1,2}|pcs|PCS|Pcs)$")
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")
# "单价（元）", "数量(个)", "金额[元]": a header may carry its unit in brackets.
_HEADER_UNIT = re.compile(r"[（(\[【][^（()）\[\]【】]*[）)\]】]$")
_TOTAL_WORDS = {"合计": "total", "总计": "total", "小计": "subtotal"}
# Excel's error values; a cell holding one is a formula that failed, never data.
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                         "#SPILL!", "#CALC!"))
# Built-in number formats of the Chinese locale that Excel and WPS write without a <numFmt>
# (ECMA-376 part 1, 18.8.30, zh-cn): year/month/day and hour/minute forms, all dates or times.
_CHINESE_DATE_FORMAT_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))


class Row(dict):
    """One record of an import sheet: {header: value}, plus ``number``, its row number in Excel,
    and ``bad``, the headers whose cell was refused (their value is None)."""

    def __init__(self, number: int, values: dict, bad: frozenset = frozenset()):
        super().__init__(values)
        self.number = number
        self.bad = bad

    def __repr__(self) -> str:
        return f"Row({self.number}, {dict.__repr__(self)})"


class Records(list):
    """The rows ``read_sheet`` returns, plus what was left out on purpose: ``skipped_hidden``
    (row numbers of hidden rows skipped at the clerk's request) and ``total_rows`` (合计/小计 rows
    recognised under the data); ``columns``, the expected headers the file has."""

    def __init__(self, rows=(), skipped_hidden=(), total_rows=(), file_format="xlsx", columns=()):
        super().__init__(rows)
        self.columns = frozenset(columns)
        self.skipped_hidden = tuple(skipped_hidden)
        self.total_rows = tuple(total_rows)
        self.file_format = file_format


class CellError(str):
    """An error value (#N/A, #DIV/0!...) as the sheet stores it: kept apart from text."""


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index


def normalise_text(text: str) -> str:
    """Full-width digits/letters to half-width, surrounding blanks (incl. ideographic space) trimmed."""
    return text.translate(_FULL_WIDTH).strip()


# ---------------------------------------------------------------------------------------------
# What the file is


FORMAT_NAMES = {"xlsx": ".xlsx", "xls": ".xls", "ods": ".ods", "csv": "CSV"}


def sniff_format(path: Path) -> str:
    """"xlsx", "ods", "xls", "csv" or "unknown", from the file's bytes (not its name)."""
    with open(path, "rb") as handle:
        head = handle.read(65536)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                    return "ods"
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            return "xlsx"  # a damaged zip: the container check says what is wrong
        return "ods" if "content.xml" in names and "xl/workbook.xml" not in names else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"  # OLE2 compound file: BIFF8 (or a password-protected workbook)
    if head and b"\x00" not in head:
        return "csv"
    return "unknown"


# ---------------------------------------------------------------------------------------------
# The sheet as a grid of raw values, one reader per format


@dataclass
class _Grid:
    file_format: str
    rows: list = field(default_factory=list)  # (row number, tuple of values), in order
    merged: list = field(default_factory=list)  # (range, first row, last row)
    formulas_without_value: list = field(default_factory=list)  # (row, column, formula)
    hidden_rows: set = field(default_factory=set)
    filtered: bool = False  # the sheet has an AutoFilter (its hidden rows are filtered out)
    # {(row, column): number format code} of number cells with a format other than General;
    # None where the format cannot tell (then a number in a code column is refused).
    number_formats: dict | None = field(default_factory=dict)


# -- .xlsx: the zip container

def _check_container(path: Path) -> zipfile.ZipFile:
    facts = {"path": str(path)}
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Refusal("excel.not_xlsx", detail=str(exc), **facts) from exc
    try:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise Refusal("excel.too_many_parts", parts=len(members), limit=MAX_ZIP_MEMBERS, **facts)
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
                # A DTD is never needed in OOXML or ODF; its only use in a file like this is an
                # attack (billion laughs, external entities). The expat guards are the second line.
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise Refusal("excel.unsafe_xml", member=info.filename, **facts)
    except Refusal:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, NotImplementedError) as exc:
        archive.close()
        raise Refusal("excel.not_xlsx", detail=str(exc), **facts) from exc
    return archive


def _forbid_entities(*args):
    from defusedxml import EntitiesForbidden

    # The same guard defusedxml puts on expat: no entity may be declared, so none can expand.
    raise EntitiesForbidden(*(list(args) + [None] * 6)[:6])


def _forbid_external(context, base, system_id, public_id):
    from defusedxml import ExternalReferenceForbidden

    raise ExternalReferenceForbidden(context, base, system_id, public_id)


def _parse(archive: zipfile.ZipFile, part: str, start, end=None, data=None, facts=None) -> None:
    """One guarded expat pass over a zip member (namespace and local name joined by "}")."""
    from xml.parsers import expat

    from defusedxml import DefusedXmlException

    parser = expat.ParserCreate(None, "}")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if data is not None:
        parser.CharacterDataHandler = data
    parser.EntityDeclHandler = _forbid_entities
    parser.UnparsedEntityDeclHandler = _forbid_entities
    parser.ExternalEntityRefHandler = _forbid_external
    try:
        with archive.open(part) as source:
            parser.ParseFile(source)
    except DefusedXmlException as exc:
        raise Refusal("excel.unsafe_xml", member=part, **facts) from exc
    except (expat.ExpatError, KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise Refusal("excel.not_xlsx", detail=f"{part}: {exc}", **facts) from exc


def _local(tag: str) -> tuple[str, str]:
    namespace, _, name = tag.rpartition("}")
    return namespace, name


@dataclass
class _Workbook:
    sheets: dict  # name -> relationship id, in order
    states: dict  # name -> "visible" / "hidden" / "veryHidden"
    epoch: datetime
    targets: dict  # relationship id -> zip member


def _read_workbook(archive: zipfile.ZipFile, facts: dict) -> _Workbook:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        raise Refusal("excel.not_xlsx", detail="no workbook inside (an .xls, .csv or other file renamed?)", **facts)
    sheets, states = {}, {}
    flags = {"1904": False, "strict": False}

    def start(tag, attrs):
        namespace, name = _local(tag)
        if namespace == _STRICT_NS:
            flags["strict"] = True
        if name == "sheet":
            sheet = attrs.get("name", "")
            sheets[sheet] = attrs.get(f"{_REL_NS}}}id") or attrs.get(f"{_STRICT_REL_NS}}}id")
            states[sheet] = attrs.get("state", "visible")
        elif name == "workbookPr":
            flags["1904"] = attrs.get("date1904", "0").lower() in ("1", "true")

    _parse(archive, "xl/workbook.xml", start, facts=facts)
    if flags["strict"]:
        raise Refusal("excel.strict_ooxml", **facts)
    targets = {}
    if "xl/_rels/workbook.xml.rels" in names:
        def rel(tag, attrs):
            if _local(tag)[1] == "Relationship":
                target = attrs.get("Target", "")
                targets[attrs.get("Id")] = (target.lstrip("/") if target.startswith("/")
                                            else str(PurePosixPath("xl") / target))

        _parse(archive, "xl/_rels/workbook.xml.rels", rel, facts=facts)
    return _Workbook(sheets, states, CALENDAR_MAC_1904 if flags["1904"] else CALENDAR_WINDOWS_1900, targets)


def _read_shared_strings(archive: zipfile.ZipFile, facts: dict) -> list[str]:
    """The shared string table: each <si>'s text without its phonetic runs (<rPh>), as openpyxl
    reads it."""
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    ns = _MAIN_NS + "}"
    tag_si, tag_t, tag_rph = ns + "si", ns + "t", ns + "rPh"
    state = {"pieces": None, "into": False, "phonetic": 0}

    def start(tag, attrs):
        if tag == tag_si:
            state["pieces"] = []
        elif tag == tag_t and state["pieces"] is not None and not state["phonetic"]:
            state["into"] = True
        elif tag == tag_rph:
            state["phonetic"] += 1

    def end(tag):
        if tag == tag_si:
            strings.append("".join(state["pieces"]).replace("x005F_", ""))
            state["pieces"] = None
        elif tag == tag_t:
            state["into"] = False
        elif tag == tag_rph:
            state["phonetic"] -= 1

    def data(text):
        if state["into"]:
            state["pieces"].append(text)

    _parse(archive, "xl/sharedStrings.xml", start, end, data, facts)
    return strings


def _read_styles(archive: zipfile.ZipFile, facts: dict) -> tuple[list, set, set]:
    """Per cell style (index into cellXfs): its number format code (None for General), and which
    styles are dates and which durations, decided as openpyxl decides (``is_date_format``) plus
    the Chinese-locale built-in ids."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    if "xl/styles.xml" not in archive.namelist():
        return [], set(), set()
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    state = {"in_xfs": False}

    def start(tag, attrs):
        name = _local(tag)[1]
        if name == "numFmt":
            try:
                custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
            except ValueError:
                pass
        elif name == "cellXfs":
            state["in_xfs"] = True
        elif name == "xf" and state["in_xfs"]:
            try:
                xf_formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xf_formats.append(0)

    def end(tag):
        if _local(tag)[1] == "cellXfs":
            state["in_xfs"] = False

    _parse(archive, "xl/styles.xml", start, end, facts=facts)
    codes, dates, durations = [], set(), set()
    for index, format_id in enumerate(xf_formats):
        code = custom.get(format_id, BUILTIN_FORMATS.get(format_id))
        if format_id in _CHINESE_DATE_FORMAT_IDS and format_id not in custom:
            dates.add(index)
        elif is_date_format(code):
            dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
        codes.append(None if code in (None, "General") else code)
    return codes, dates, durations


def _read_xlsx(path: Path, sheet_name: str, max_rows: int, facts: dict) -> _Grid:
    with _check_container(path) as archive:
        workbook = _read_workbook(archive, facts)
        name = _choose_sheet(sheet_name, list(workbook.sheets),
                             [n for n, state in workbook.states.items() if state == "visible"], facts)
        part = workbook.targets.get(workbook.sheets[name])
        if part is None or part not in archive.namelist():
            raise Refusal("excel.not_xlsx", detail=f"sheet {name} has no part", **facts)
        strings = _read_shared_strings(archive, facts)
        styles = _read_styles(archive, facts)
        return _scan_sheet(archive, part, name, max_rows, strings, styles, workbook.epoch, facts)


def _scan_sheet(archive, part, sheet_name, max_rows, strings, styles, epoch, facts) -> _Grid:
    """One expat pass over the sheet: the real rows (rows with at least one value; a row that
    only carries formatting does not count against the limit), hidden rows, AutoFilter, merged
    ranges, formulas without a cached value, number formats; values converted on the fly.
    Plain expat callbacks instead of ElementTree/iterparse because an import of ten thousand
    lines spent most of its time building elements."""
    from warnings import warn

    from openpyxl.utils.datetime import from_excel, from_ISO8601

    codes, date_styles, duration_styles = styles
    row_cap = max_rows + HEADER_SEARCH_ROWS
    grid = _Grid("xlsx")
    rows = grid.rows
    formats = grid.number_formats
    ns = _MAIN_NS + "}"
    tag_row, tag_c, tag_v, tag_f, tag_is, tag_t = ns + "row", ns + "c", ns + "v", ns + "f", ns + "is", ns + "t"
    tag_merge, tag_filter, tag_rph = ns + "mergeCell", ns + "autoFilter", ns + "rPh"
    column_of: dict[str, int] = {}
    state = {"row": 0, "real": 0, "last_yielded": 0}
    cells = None       # {column: value} of the open row
    cell = None        # attributes of the open <c>
    position = 0       # column of the previous cell (for cells without a reference)
    into = None        # the list collecting text of the open <v>, <f> or <t>
    values = formulas = inline = None
    in_inline = False
    in_phonetic = 0

    def start(tag, attrs):
        nonlocal cells, cell, position, into, values, formulas, inline, in_inline, in_phonetic
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
            state["row"] = int(attrs.get("r") or state["row"] + 1)
            if attrs.get("hidden", "0").lower() in ("1", "true"):
                grid.hidden_rows.add(state["row"])
            cells = {}
            position = 0
        elif tag == tag_merge:
            ref = attrs.get("ref") or ""
            merged_rows = [int(m.group(2)) for m in map(_CELL_REF.match, ref.split(":")) if m]
            if merged_rows:
                grid.merged.append((ref, min(merged_rows), max(merged_rows)))
        elif tag == tag_filter:
            grid.filtered = True

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
            number = state["row"]
            # openpyxl and some generators write an empty <v/> for "not computed"; only a string
            # formula (t="str") may legitimately have an empty result.
            if formulas is not None and (values is None or (not "".join(values) and kind != "str")):
                grid.formulas_without_value.append((number, column, "=" + "".join(formulas)))
            if kind == "inlineStr":
                value = "".join(inline) if inline is not None else None
            else:
                text = "".join(values) if values else None
                value = text or None
                if value is not None:
                    if kind == "n":
                        value = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
                        style = int(attrs.get("s") or 0)
                        if style in date_styles:
                            try:
                                value = from_excel(value, epoch, timedelta=style in duration_styles)
                            except (OverflowError, ValueError):
                                warn(f"Cell in row {number} is marked as a date but the serial value {value} is "
                                     "outside the limits for dates.")
                                value = CellError("#VALUE!")
                        elif style < len(codes) and codes[style] is not None:
                            formats[(number, column)] = codes[style]
                    elif kind == "s":
                        value = strings[int(text)]
                    elif kind == "b":
                        value = bool(int(text))
                    elif kind == "e":
                        value = CellError(text)
                    elif kind == "d":
                        value = from_ISO8601(text)
            if cells is not None and column >= 1 and value is not None:
                cells[column] = value
        elif tag == tag_row:
            number = state["row"]
            if cells and number > state["last_yielded"]:
                state["real"] += 1
                if state["real"] > row_cap:
                    raise Refusal("excel.too_many_rows", sheet=sheet_name, rows=f"{row_cap}+", limit=max_rows,
                                  **facts)
                row = [None] * max(cells)
                for column, value in cells.items():
                    row[column - 1] = value
                rows.append((number, tuple(row)))
                state["last_yielded"] = number  # openpyxl skips a row number that goes backwards
            cells = None
        elif tag == tag_v or tag == tag_f or tag == tag_t:
            into = None
        elif tag == tag_is:
            in_inline = False
        elif tag == tag_rph:
            in_phonetic -= 1

    _parse(archive, part, start, end, data, facts)
    return grid


def _choose_sheet(wanted: str, names: list[str], visible: list[str], facts: dict) -> str:
    """The named sheet; else one whose name differs only by surrounding blanks; else the only
    (visible) sheet of the workbook, e.g. a Sheet1 the clerk never renamed."""
    if wanted in names:
        return wanted
    for name in names:
        if normalise_text(name) == wanted:
            return name
    if len(visible) == 1:
        return visible[0]
    if len(names) == 1:
        return names[0]
    raise Refusal("excel.sheet_missing", sheet=wanted, sheets="、".join(names) or "-", **facts)


# -- .xls and .ods: python-calamine

def _read_calamine(path: Path, file_format: str, sheet_name: str, max_rows: int, facts: dict) -> _Grid:
    import python_calamine

    if file_format == "ods":
        _check_container(path).close()  # the same zip limits as an .xlsx
    elif path.stat().st_size > MAX_UNCOMPRESSED_BYTES:
        raise Refusal("excel.too_large", size_mb=path.stat().st_size // (1024 * 1024),
                      limit_mb=MAX_UNCOMPRESSED_BYTES // (1024 * 1024), **facts)
    format_name = FORMAT_NAMES[file_format]
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own kinds (and PasswordError) for a bad file
        raise Refusal("excel.unreadable_format", format=format_name, detail=f"{type(exc).__name__}: {exc}",
                      **facts) from exc
    try:
        names = list(workbook.sheet_names)
        visible = [m.name for m in workbook.sheets_metadata if str(m.visible).endswith("Visible")]
        name = _choose_sheet(sheet_name, names, visible, facts)
        sheet = workbook.get_sheet_by_name(name)
        grid = _Grid(file_format, number_formats=None)
        row_cap = max_rows + HEADER_SEARCH_ROWS
        first_row, first_column = sheet.start or (0, 0)
        for index, values in enumerate(sheet.iter_rows()):
            cleaned = tuple(None if value == "" else value for value in values)
            if not any(value is not None for value in cleaned):
                continue
            if len(grid.rows) >= row_cap:
                raise Refusal("excel.too_many_rows", sheet=name, rows=f"{row_cap}+", limit=max_rows, **facts)
            grid.rows.append((first_row + index + 1, (None,) * first_column + cleaned))
        for (top, left), (bottom, right) in sheet.merged_cell_ranges or ():
            ref = f"{column_letter(left + 1)}{top + 1}:{column_letter(right + 1)}{bottom + 1}"
            grid.merged.append((ref, top + 1, bottom + 1))
        if file_format == "ods":
            _add_ods_details(path, name, grid, facts)
        else:
            _add_xls_details(path, name, grid, format_name, facts)
        return grid
    except Refusal:
        raise
    except Exception as exc:
        raise Refusal("excel.unreadable_format", format=format_name, detail=f"{type(exc).__name__}: {exc}",
                      **facts) from exc
    finally:
        workbook.close()


def _add_xls_details(path: Path, sheet_name: str, grid: _Grid, format_name: str, facts: dict) -> None:
    """What calamine does not give for an .xls: hidden rows and error values (calamine reads an
    error as an empty cell), from xlrd's reading of the row records and cell types."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
        sheet = book.sheet_by_name(sheet_name)
    except Exception as exc:  # xlrd raises its own kinds for what calamine read
        raise Refusal("excel.unreadable_format", format=format_name, detail=f"{type(exc).__name__}: {exc}",
                      **facts) from exc
    try:
        grid.hidden_rows = {index + 1 for index, info in sheet.rowinfo_map.items() if info.hidden}
        errors = {}
        for index in range(sheet.nrows):
            for column, kind in enumerate(sheet.row_types(index)):
                if kind == xlrd.XL_CELL_ERROR:
                    code = sheet.cell_value(index, column)
                    errors[(index + 1, column + 1)] = xlrd.error_text_from_code.get(code, "#VALUE!")
    finally:
        book.release_resources()
    _put_errors(grid, errors)


def _put_errors(grid: _Grid, errors: dict) -> None:
    """Error values found beside calamine (which reads them as empty) put into their cells."""
    if not errors:
        return
    rows = dict(grid.rows)
    for (row, column), text in errors.items():
        values = list(rows.get(row, ()))
        values += [None] * (column - len(values))
        values[column - 1] = CellError(text)
        rows[row] = tuple(values)
    grid.rows = sorted(rows.items())


class _RowRanges:
    """Row numbers as ranges: an .ods stores a run of hidden rows as one element, which may span
    a million rows."""

    def __init__(self):
        self.ranges: list[tuple[int, int]] = []

    def add_range(self, first: int, last: int) -> None:
        self.ranges.append((first, last))

    def __contains__(self, number: int) -> bool:
        return any(first <= number <= last for first, last in self.ranges)

    def __bool__(self) -> bool:
        return bool(self.ranges)


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _add_ods_details(path: Path, sheet_name: str, grid: _Grid, facts: dict) -> None:
    """What calamine does not give for an .ods: rows hidden by hand or by a filter, error values
    (calamine reads them as empty cells) and merged ranges, from one expat pass over content.xml."""
    hidden = _RowRanges()
    errors: dict[tuple[int, int], str] = {}
    merged: list = []
    state = {"in_table": False, "row": 0, "column": 0, "repeat": 1, "error": None, "text": None}

    def start(tag, attrs):
        if tag == _ODS_TABLE + "table":
            state["in_table"] = attrs.get(_ODS_TABLE + "name") == sheet_name
            state["row"] = 0
        elif not state["in_table"]:
            return
        elif tag == _ODS_TABLE + "table-row":
            repeat = int(attrs.get(_ODS_TABLE + "number-rows-repeated", "1") or 1)
            first = state["row"] + 1
            state["row"] += repeat
            state["column"] = 0
            if attrs.get(_ODS_TABLE + "visibility", "visible") in ("collapse", "filter"):
                hidden.add_range(first, state["row"])
            if attrs.get(_ODS_TABLE + "visibility") == "filter":
                grid.filtered = True
        elif tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
            state["repeat"] = int(attrs.get(_ODS_TABLE + "number-columns-repeated", "1") or 1)
            column = state["column"] + 1
            state["column"] += state["repeat"]
            rows = int(attrs.get(_ODS_TABLE + "number-rows-spanned", "1") or 1)
            columns = int(attrs.get(_ODS_TABLE + "number-columns-spanned", "1") or 1)
            if rows > 1 or columns > 1:
                row = state["row"]
                merged.append((f"{column_letter(column)}{row}:{column_letter(column + columns - 1)}{row + rows - 1}",
                               row, row + rows - 1))
            if attrs.get(_ODS_CALCEXT + "value-type") == "error":
                state["error"] = (state["row"], column)
                state["text"] = []
        elif tag == _ODS_TEXT + "p" and state["error"] is not None:
            state["text"] = state["text"] or []

    def data(text):
        if state["error"] is not None and state["text"] is not None:
            state["text"].append(text)

    def end(tag):
        if tag == _ODS_TABLE + "table":
            state["in_table"] = False
        elif tag == _ODS_TABLE + "table-cell" and state["error"] is not None:
            errors[state["error"]] = "".join(state["text"] or ()).strip() or "#VALUE!"
            state["error"] = state["text"] = None

    with _check_container(path) as archive:
        _parse(archive, "content.xml", start, end, data, facts)
    grid.hidden_rows = hidden
    if not grid.merged:
        grid.merged = merged
    _put_errors(grid, errors)


# -- CSV

_CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 is a superset of GBK (and of GB2312)


def _read_csv(path: Path, max_rows: int, facts: dict) -> _Grid:
    if path.stat().st_size > MAX_UNCOMPRESSED_BYTES:
        raise Refusal("excel.too_large", size_mb=path.stat().st_size // (1024 * 1024),
                      limit_mb=MAX_UNCOMPRESSED_BYTES // (1024 * 1024), **facts)
    raw = path.read_bytes()
    for encoding in _CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise Refusal("excel.csv_encoding", **facts)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first_line.count) if first_line else ","
    grid = _Grid("csv")
    row_cap = max_rows + HEADER_SEARCH_ROWS
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            cleaned = tuple(value if value != "" else None for value in values)
            if not any(value is not None for value in cleaned):
                continue
            if len(grid.rows) >= row_cap:
                raise Refusal("excel.too_many_rows", sheet="CSV", rows=f"{row_cap}+", limit=max_rows, **facts)
            grid.rows.append((number, cleaned))
    except csv.Error as exc:
        raise Refusal("excel.unreadable_format", format="CSV", detail=str(exc), **facts) from exc
    return grid


def read_grid(path, sheet_name: str, max_rows: int = DEFAULT_MAX_ROWS) -> _Grid:
    """The sheet's raw values and what the checks need, whatever the file's real format."""
    path = Path(path)
    facts = {"path": str(path)}
    if not path.is_file():
        raise Refusal("excel.file_missing", **facts)
    file_format = sniff_format(path)
    if file_format == "xlsx":
        return _read_xlsx(path, sheet_name, max_rows, facts)
    if file_format in ("xls", "ods"):
        return _read_calamine(path, file_format, sheet_name, max_rows, facts)
    if file_format == "csv":
        return _read_csv(path, max_rows, facts)
    raise Refusal("excel.not_xlsx", detail="neither a workbook (.xlsx, .xls, .ods) nor a CSV text file", **facts)


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


_FORMAT_LITERAL = re.compile(r'"([^"]*)"|\\(.)')


def _code_text(value, number_format: str | None):
    """A number in a code column as the clerk sees it: its format applied (0000000000 pads with
    zeros, "P"000 adds the literal). A fraction, or a number past 15 digits, may have lost digits."""
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        return _to_text(value)
    if isinstance(value, float) and not value.is_integer():
        raise _BadCell("excel.code_fraction")
    number = int(value)
    if abs(number) >= 10**15:
        raise _BadCell("excel.number_lost_digits")
    digits = str(abs(number))
    if not number_format:
        return ("-" if number < 0 else "") + digits
    section = number_format.split(";")[0]
    section = re.sub(r"\[[^\]]*\]", "", section)  # colours and locales: [Red], [$-804]
    # The integer part of the pattern: what comes before a decimal point or an exponent.
    pattern = _FORMAT_LITERAL.sub("", section)
    integer = re.split(r"[.Ee]", pattern, maxsplit=1)[0]
    zeros = integer.count("0")
    prefix_match = re.match(r'^((?:"[^"]*"|\\.)*)', section)
    prefix = "".join(a or b for a, b in _FORMAT_LITERAL.findall(prefix_match.group(1))) if prefix_match else ""
    suffix_match = re.search(r'((?:"[^"]*"|\\.)*)$', section)
    suffix = "".join(a or b for a, b in _FORMAT_LITERAL.findall(suffix_match.group(1))) if suffix_match else ""
    return ("-" if number < 0 else "") + prefix + digits.zfill(zeros) + suffix


def _to_int(value):
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise _BadCell("excel.not_integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _BadCell("excel.not_integer")
    if isinstance(value, str):
        text = value.lstrip("'").strip()  # '20: the apostrophe Excel shows as "text" typed literally
        if _INT_TEXT.match(text):
            return int(text.replace(",", ""))
        match = _INT_WITH_UNIT.match(text)
        if match:
            return int(match.group(1))
    raise _BadCell("excel.not_integer")


def _date_of_digits(year: int, month: int, day: int):
    if 1900 <= year <= 2999:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def _to_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _BadCell("excel.not_date")
    if isinstance(value, (int, float)) and float(value).is_integer() and 19000101 <= value <= 29991231:
        # 20261003 typed as a number: the digits of a date, not a serial day.
        found = _date_of_digits(int(value) // 10000, int(value) // 100 % 100, int(value) % 100)
        if found:
            return found
    if isinstance(value, str):
        text = value.lstrip("'").strip()
        match = _DATE_TEXT.match(text) or _DATE_DIGITS.match(text)
        if match:
            found = _date_of_digits(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if found:
                return found
    raise _BadCell("excel.not_date")


# A formula's binary floating point can leave noise far below a fen (45.800000000000004 for
# 45.80): within a millionth of a fen it is rounded; anything larger is a real fraction of a fen.
_FEN_NOISE = Decimal("0.000001")


def _to_fen(value):
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise _BadCell("excel.not_money")
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        # repr gives the shortest decimal that round-trips, i.e. what the clerk typed (12.3, not 12.2999...).
        amount = Decimal(repr(value))
    else:
        text = str(value).lstrip("'").replace(",", "").strip().lstrip("¥￥").strip()
        text = re.sub(r"\s*元$", "", text)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise _BadCell("excel.not_money") from None
    if not amount.is_finite():
        raise _BadCell("excel.not_money")
    fen = amount * 100
    whole = fen.to_integral_value()
    if fen != whole:
        if isinstance(value, float) and abs(fen - whole) <= _FEN_NOISE:
            return int(whole)
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
    optional: Iterable[str] = (),
    skip_hidden: bool = False,
    problems: list | None = None,
) -> Records:
    """Read the records of one sheet, or refuse the whole file.

    ``expected_headers``: the columns to read (others are ignored); the header row is the first
    of the top rows that holds them all (``optional`` ones may be missing: their values are None).
    A header matches after trimming and with a unit in brackets (单价（元）). ``kinds``: {header:
    "text" | "code" | "int" | "date" | "money" | "any"}, default "text". ``required``: headers
    whose cell may not be empty. Completely blank rows are skipped, and so are 合计/小计 rows under
    the data (their numbers are checked against the rows). Hidden rows (by hand or filtered out)
    are refused unless ``skip_hidden``. Raises Refusal (file-level problem) or RefusalList
    "excel.bad_rows" (one item per bad cell or duplicate row, each with row, column and letter);
    with ``problems`` given, cell problems are appended there instead and each row's ``bad``
    names the refused cells.
    """
    path = Path(path)
    kinds = dict(kinds or {})
    for header, kind in kinds.items():
        assert kind in KINDS and header in expected_headers, (header, kind)
    facts = {"path": str(path)}
    grid = read_grid(path, sheet_name, max_rows)
    found: list[Refusal] = []
    try:
        records = _records(grid, sheet_name, list(expected_headers), kinds, set(required), set(optional),
                           allow_duplicates, skip_hidden, found, facts)
    except Refusal as refusal:
        if refusal.code == "excel.header_missing" and grid.file_format != "xlsx":
            # Say what the file really is: a CSV or .xls saved under another name is the usual cause.
            raise Refusal("excel.header_missing_format", format=FORMAT_NAMES[grid.file_format],
                          **refusal.facts) from None
        raise
    except AssertionError:
        raise
    except Exception as exc:
        raise Refusal("excel.not_xlsx", detail=f"{type(exc).__name__}: {exc}", **facts) from exc
    if problems is not None:
        problems.extend(found)
    elif found:
        found.sort(key=lambda refusal: refusal.facts.get("row", 0))
        raise RefusalList("excel.bad_rows", found[:MAX_REPORTED_PROBLEMS], sheet=sheet_name, total=len(found),
                          **facts)
    return records


def _clean(value):
    if isinstance(value, CellError):
        return value
    if isinstance(value, str):
        value = normalise_text(value)
        return value or None
    return value


def _header_keys(value) -> tuple:
    if not isinstance(value, str) or isinstance(value, CellError):
        return ()
    text = re.sub(r"\s+", "", normalise_text(value))
    without_unit = _HEADER_UNIT.sub("", text)
    return (text, without_unit) if without_unit and without_unit != text else (text,)


def _find_header(top: list, headers: list[str], optional: set, sheet_name: str, facts: dict):
    best_missing, best_found = [h for h in headers if h not in optional], []
    for number, values in top:
        positions: dict[str, int] = {}
        for index, value in enumerate(values):
            for key in _header_keys(value):
                if key in headers and key not in positions:
                    positions[key] = index
                    break
        missing = [h for h in headers if h not in positions and h not in optional]
        if not missing:
            return number, positions
        if len(missing) < len(best_missing):
            best_missing, best_found = missing, [str(v) for v in map(_clean, values) if v is not None]
    raise Refusal("excel.header_missing", sheet=sheet_name, missing="、".join(best_missing),
                  found="、".join(best_found) or "-", **facts)


def _total_word(values) -> str | None:
    for value in values:
        if value is None:
            continue
        if isinstance(value, str):
            return _TOTAL_WORDS.get(re.sub(r"[\s:：]+", "", value))
        return None
    return None


def _records(grid: _Grid, sheet_name, headers, kinds, required, optional, allow_duplicates, skip_hidden,
             problems, facts) -> Records:
    top = grid.rows[:HEADER_SEARCH_ROWS]
    header_row, columns = _find_header(top, headers, optional, sheet_name, facts)
    present = [h for h in headers if h in columns]
    letter = {h: column_letter(columns[h] + 1) for h in present}
    header_of_column = {columns[h] + 1: h for h in present}

    for ref, first, last in grid.merged:
        if last >= header_row:
            problems.append(Refusal("excel.merged_cells", sheet=sheet_name, range=ref, row=first))
    no_value = set()
    for row_number, column, formula in grid.formulas_without_value:
        if row_number > header_row and column in header_of_column:
            header = header_of_column[column]
            no_value.add((row_number, header))
            problems.append(Refusal("excel.formula_no_value", sheet=sheet_name, row=row_number, column=header,
                                    letter=letter[header], formula=formula))

    number_formats = grid.number_formats
    format_name = FORMAT_NAMES.get(grid.file_format, grid.file_format)
    records: list[Row] = []
    hidden: list[int] = []
    totals: list[int] = []
    seen: dict[tuple, int] = {}
    sums = {"total": {}, "subtotal": {}}  # running sums of the numeric columns since the last total
    numeric = [h for h in present if kinds.get(h) in ("int", "money")]
    for number, values in grid.rows:
        if number <= header_row:
            continue
        raw = {h: _clean(values[columns[h]]) if columns[h] < len(values) else None for h in present}
        if all(v is None for v in raw.values()) and not any((number, h) in no_value for h in present):
            continue
        if number in grid.hidden_rows:
            hidden.append(number)
            if skip_hidden:
                continue
        word = _total_word(values)
        if word is not None:
            totals.append(number)
            _check_total(number, word, raw, numeric, kinds, sums, letter, sheet_name, problems)
            continue
        record = {h: None for h in headers}
        bad = set()
        for header in present:
            value = raw[header]
            if value is None:
                if (number, header) in no_value:
                    bad.add(header)
                elif header in required:
                    problems.append(Refusal("excel.cell_empty", sheet=sheet_name, row=number, column=header,
                                            letter=letter[header]))
                    bad.add(header)
                continue
            if isinstance(value, CellError):
                problems.append(Refusal("excel.error_cell", sheet=sheet_name, row=number, column=header,
                                        letter=letter[header], value=str(value)))
                bad.add(header)
                continue
            kind = kinds.get(header, "text")
            try:
                if kind == "code" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    if number_formats is None:
                        raise _BadCell("excel.code_number_no_format", format=format_name)
                    record[header] = _code_text(value, number_formats.get((number, columns[header] + 1)))
                elif kind == "code":
                    record[header] = _to_text(value)
                else:
                    record[header] = _CONVERTERS[kind](value)
            except _BadCell as refused:
                problems.append(Refusal(refused.code, sheet=sheet_name, row=number, column=header,
                                        letter=letter[header], value=_text_for_message(value), **refused.facts))
                bad.add(header)
        for header in numeric:
            if isinstance(record[header], int):
                for scope in sums.values():
                    scope[header] = scope.get(header, 0) + record[header]
        if not allow_duplicates:
            key = tuple(raw[h] for h in present)
            first = seen.setdefault(key, number)
            if first != number:
                problems.append(Refusal("excel.duplicate_row", sheet=sheet_name, row=number, first_row=first))
        records.append(Row(number, record, frozenset(bad)))

    if hidden and not skip_hidden:
        shown = "、".join(str(n) for n in hidden[:20]) + ("…" if len(hidden) > 20 else "")
        problems.append(Refusal("excel.hidden_rows_filtered" if grid.filtered else "excel.hidden_rows",
                                sheet=sheet_name, row=hidden[0], rows=shown, count=len(hidden)))
    return Records(records, hidden if skip_hidden else (), totals, grid.file_format, present)


def _check_total(number, word, raw, numeric, kinds, sums, letter, sheet_name, problems) -> None:
    """A 合计 row against every row above it, a 小计 row against the rows since the last 小计;
    only the numeric columns the total row fills in."""
    scope = sums[word]
    for header in numeric:
        value = raw.get(header)
        if value is None or isinstance(value, CellError):
            continue
        try:
            stated = _CONVERTERS[kinds[header]](value)
        except _BadCell:
            stated = None
        counted = scope.get(header, 0)
        if stated != counted:
            shown = (lambda fen: f"{fen / 100:.2f}") if kinds[header] == "money" else str
            problems.append(Refusal("excel.total_mismatch", sheet=sheet_name, row=number, column=header,
                                    letter=letter[header], value=_text_for_message(value), sum=shown(counted)))
    sums["subtotal"] = {}
    if word == "total":
        sums["total"] = {}


def _text_for_message(value) -> str:
    text = _to_text(value) if not isinstance(value, (int, float)) or abs(value) < 1e15 else repr(value)
    return text if len(text) <= 40 else text[:40] + "…"

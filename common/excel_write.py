"""Writing .xlsx files for every BranchDesk export (the reading side is common/excel_read.py).

``write_rows`` / ``write_workbook`` stream the package straight into the zip (the parts, styles
and inline-string cells openpyxl's write-only mode writes, at a fifth of its cost per cell) so
memory stays flat for a million rows; text that a spreadsheet would run as a formula is stored as
text; money (fen) is written as yuan with two decimals; dates as real dates; an optional total
row uses SUM formulas. Files are written to a temporary name and renamed, so a failure never
leaves half a workbook.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import chain, islice
from typing import Iterable, Sequence

from common.files import replaced_atomically

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# A spreadsheet runs a cell starting with these as a formula (also after leading blanks).
_FORMULA_START = re.compile(r"^[\s]*[=+\-@]|^[\t\r]")
_ILLEGAL_XML_CHARS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA"."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


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


# The system CJK font of every Chinese Windows since Vista (LibreOffice and WPS substitute their own
# CJK sans face for it elsewhere).
CJK_FONT = "微软雅黑"
# Wider than this (in Excel's character widths) does not fit an A4 page upright.
_PORTRAIT_WIDTH = 95

# Cell styles (index into cellXfs of _STYLES).
_S_HEADER, _S_YUAN, _S_DATE, _S_DATETIME, _S_QUOTED, _S_BOLD, _S_BOLD_YUAN, _S_TIME, _S_DURATION = range(1, 10)
_STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="166" formatCode="[hh]:mm:ss"/></numFmts>'
    # Both fonts name the CJK face: a font without a name (the bold one was) falls back to a serif
    # when printed, and Calibri has no Chinese glyphs.
    f'<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="{CJK_FONT}"/><family val="2"/>'
    '<charset val="134"/></font>'
    f'<font><b val="1"/><sz val="11"/><color theme="1"/><name val="{CJK_FONT}"/><family val="2"/>'
    '<charset val="134"/></font></fonts>'
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
    # Every sheet prints its header row on each page.
    titles = "".join(f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">'
                     f"{_xml_escape(_quoted_sheet(name))}!$1:$1</definedName>" for n, name in enumerate(names))
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
        f'<sheets>{sheets}</sheets><definedNames>{titles}</definedNames>'
        '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'))
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_OFFICE_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                   for n in range(1, len(names) + 1))
    archive.writestr("xl/_rels/workbook.xml.rels", (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'{rels}<Relationship Id="rId{len(names) + 1}" Type="{_OFFICE_REL}/styles" Target="styles.xml"/>'
        '</Relationships>'))
    archive.writestr("xl/styles.xml", _STYLES)


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


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
    total_width = 0
    for index, header in enumerate(headers):
        widths = [_display_width(header)]
        for row in sample:
            value = row[index] if index < len(row) else None
            if kinds[index] == "money" and isinstance(value, int):
                widths.append(len(f"{value // 100:,}") + 3)
            elif isinstance(value, datetime):
                widths.append(18)  # the digits fill the cell in a CJK font; leave a margin
            elif isinstance(value, date):
                widths.append(12)
            elif value is not None:
                widths.append(_display_width(str(value)))
        width = min(max(widths) + 2, 60)
        total_width += width
        cols.append(f'<col min="{index + 1}" max="{index + 1}" width="{width}" customWidth="1"/>')
    head = (f'<worksheet xmlns="{_MAIN_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0">'
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
    # The total row's SUMs are written with their value, so a reader that does not calculate
    # (pandas, openpyxl data_only) sees the number, not an empty cell.
    summed = [i for i, h in enumerate(headers) if h in spec.total_columns]
    sums = dict.fromkeys(summed, 0)
    for row in chain(sample, rows):
        count += 1
        number = count + 1
        cells = []
        for i, value in enumerate(row):
            if value is None:
                continue
            cells.append(_out_cell(f"{letter(i)}{number}", value, kinds[i] if i < len(kinds) else None, dates))
        for i in summed:
            value = row[i] if i < len(row) else None
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                sums[i] += value
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
                    total = sums[index]
                    value = (_yuan_text(total) if kinds[index] == "money" and isinstance(total, int)
                             else _number_text(total))
                    cells.append(f'<c r="{reference}" s="{style}"><f>SUM({letter(index)}2:{letter(index)}{last})'
                                 f'</f><v>{value}</v></c>')
                else:
                    cells.append(f'<c r="{reference}" s="{style}" t="n"><v>0</v></c>')
            elif index == 0:
                cells.append(_text_cell(reference, _S_BOLD, _safe_text(spec.total_label)))
            else:
                cells.append(f'<c r="{reference}" s="{_S_BOLD}"/>')
        buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
    orientation = "landscape" if total_width > _PORTRAIT_WIDTH else "portrait"
    # Fit to the page width, as many pages down as it takes; A4 (paperSize 9).
    buffer.append('</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
                  f'footer="0.3"/><pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" '
                  'fitToHeight="0"/></worksheet>')
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


def _yuan_text(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    # Exact decimal text of the yuan amount (what openpyxl wrote for Decimal(fen) / 100).
    return f"{sign}{yuan}.{cents:02d}".rstrip("0").rstrip(".") if cents else f"{sign}{yuan}"


def _out_cell(reference: str, value, kind, dates: dict) -> str:
    if type(value) is str:  # the common case first; the checks below never match a str
        return _plain_text_cell(reference, value)
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return f'<c r="{reference}" s="{_S_YUAN}" t="n"><v>{_yuan_text(value)}</v></c>'
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

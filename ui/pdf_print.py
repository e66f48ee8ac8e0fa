"""Printing a PDF the program made (daily report, statements...): the PDF itself goes to the printer.

Drawing each page as a picture at the printer's resolution (what the daily page used to do) took
about 50 s for a 7-page day and spooled 45 MB, with the window frozen. The report already is a
vector PDF, so:

- a printer on CUPS (Linux, macOS) gets the PDF file through ``lp`` with the choices made in the
  print dialog (printer, copies, page range, duplex, colour): CUPS prints PDF natively, the job is
  the size of the PDF (a few hundred KB) and is handed over in well under a second;
- "print to file" (QPrinter.PdfFormat) writes the PDF itself to the chosen file, text and lines
  intact (only a page range is drawn as pictures, see below);
- elsewhere (Windows printers, a machine without ``lp``) there is no portable way to hand a PDF to
  the printer driver, so the pages are drawn as pictures after all, at no more than
  ``RASTER_DPI_MAX`` (readable print, a fraction of the old size and time).

``print_pdf`` touches no widget: it is meant to run inside ``ui.runner.run_op(..., long=True)``
(QPainter on a QPrinter and QPdfDocument rendering are allowed outside the GUI thread). Printer
failures are refusals (``print.*``, ui/messages_print.py) so the page's message line explains them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from common.errors import Refusal
from common.files import replaced_atomically

RASTER_DPI_MAX = 300
LP_TIMEOUT_S = 60


@dataclass(frozen=True)
class PrintOutcome:
    pages: int  # pages handed over (one copy)
    method: str  # "cups", "pdf_file" or "raster"
    bytes_sent: int  # size of the job (the PDF, or the written file)


def _page_range(printer: QPrinter, page_count: int) -> tuple[int, int]:
    """1-based first and last page the dialog asked for (the whole document by default)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return first, max(first, last)
    return 1, page_count


def _lp_command() -> str | None:
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def _lp_arguments(printer: QPrinter, title: str, first: int, last: int, page_count: int) -> list[str]:
    arguments = ["-t", title, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        arguments += ["-d", printer.printerName()]
    if (first, last) != (1, page_count):
        arguments += ["-o", f"page-ranges={first}-{last}"]
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexLongSide:
        arguments += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        arguments += ["-o", "sides=two-sided-short-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexNone:
        arguments += ["-o", "sides=one-sided"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        arguments += ["-o", "print-color-mode=monochrome"]
    return arguments


def _send_to_cups(lp: str, data: bytes, printer: QPrinter, title: str, first: int, last: int,
                  page_count: int) -> PrintOutcome:
    handle, path = tempfile.mkstemp(prefix="branchdesk-print-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        try:
            done = subprocess.run([lp, *_lp_arguments(printer, title, first, last, page_count), "--", path],
                                  capture_output=True, text=True, timeout=LP_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise Refusal("print.failed", printer=printer.printerName(), detail=str(exc)) from exc
        if done.returncode != 0:
            raise Refusal("print.failed", printer=printer.printerName(),
                          detail=(done.stderr or done.stdout).strip() or f"lp exit {done.returncode}")
    finally:
        try:
            os.unlink(path)  # CUPS has its own copy once lp returned
        except OSError:
            pass
    return PrintOutcome(last - first + 1, "cups", len(data))


def _draw_pages(document: QPdfDocument, printer: QPrinter, first: int, last: int) -> None:
    if printer.resolution() > RASTER_DPI_MAX:
        printer.setResolution(RASTER_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise Refusal("print.not_started", printer=printer.printerName() or printer.outputFileName())
    try:
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            size = document.pagePointSize(number)
            # Keep the page's proportions inside the printable area.
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(number, target)
            painter.drawImage(QRect(area.topLeft(), target), image)
    finally:
        painter.end()


def print_pdf(data: bytes, printer: QPrinter, title: str) -> PrintOutcome:
    """Hand the PDF ``data`` to ``printer`` as chosen in the print dialog (see the module docstring)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    page_count = document.pageCount()
    if page_count < 1:
        raise Refusal("print.no_pages")
    first, last = _page_range(printer, page_count)
    whole = (first, last) == (1, page_count)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName() and whole:
        with replaced_atomically(printer.outputFileName()) as temporary:
            with open(temporary, "wb") as out:
                out.write(data)
        return PrintOutcome(page_count, "pdf_file", len(data))
    lp = _lp_command() if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat else None
    if lp is not None:
        return _send_to_cups(lp, data, printer, title, first, last, page_count)
    _draw_pages(document, printer, first, last)
    size = os.path.getsize(printer.outputFileName()) if printer.outputFileName() and os.path.exists(
        printer.outputFileName()) else 0
    return PrintOutcome(last - first + 1, "raster", size)

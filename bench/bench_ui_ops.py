"""Never frozen: the real pages run their long actions through ui.runner while a 10 ms timer ticks.

On the private copy bench/run.py hands over, offscreen: the 日报 page produces, prints and is
signed by finance and by the manager on the 500-line day bench_daily builds (dated after the
demo's last locked day); the import dialog previews and imports a 10,000-line file; a table's
导出 Excel writes every movement line. For each action: how long from the click until the page
shows the outcome, and the longest gap between two ticks of a 10 ms QTimer meanwhile (the longest
the window could not repaint or take a key), with the processor time this process had during that
gap: a gap much longer than its processor time is the process waiting for a core the machine's
other work had (see the load average row), not work of ours. Printing goes to a QPrinter writing
a PDF file: the job's size is reported, and for comparison the picture fallback (Windows printers)
at 300 dpi.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import open_as

TICK_MS = 10
DEMO_PASSWORD = "demo1234"  # ui.cli.base.DEMO_PASSWORD: the demo's finance and manager accounts


@dataclass
class Context:
    actor: object
    target: object = None
    window: object = None


class Stall(float):
    """The longest gap between two ticks (seconds), and how much of it this process spent on a
    processor (``cpu``, seconds, all its threads). On a machine busy with other work a gap is
    also the time the process waited for a core; ``str()`` says both: "46 ms (cpu 30)"."""

    cpu: float

    def __new__(cls, gap: float, cpu: float):
        stall = super().__new__(cls, gap)
        stall.cpu = cpu
        return stall

    def __str__(self) -> str:
        return f"{self * 1000:.0f} ms (cpu {self.cpu * 1000:.0f})"


def _run_clicked(app, click) -> tuple[float, Stall]:
    """Seconds from ``click()`` until every ui.runner op it started was delivered, and the longest
    gap between ticks of a TICK_MS timer meanwhile (a ``Stall``)."""
    _, took, stall = _run_clicked_until(app, click, lambda: True)
    return took, stall


def _run_clicked_until(app, click, shown) -> tuple[float, float, Stall]:
    """Like ``_run_clicked``; first the seconds until ``shown()`` held with no modal op running
    (the outcome the clerk waits for, e.g. the signature recorded), then until every op ended."""
    from PySide6.QtCore import QTimer

    from ui import runner

    def tick() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    ticks = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(tick()))
    timer.start()
    app.processEvents()
    ticks.append(tick())
    started = ticks[-1][0]
    click()
    marked = None
    while True:
        app.processEvents()
        if marked is None and not runner._RUNNING and shown():
            marked = time.perf_counter()
        if not runner.running():
            break
        time.sleep(0.001)
    ticks.append(tick())
    ended = ticks[-1][0]
    timer.stop()
    stall = max((Stall(b[0] - a[0], b[1] - a[1]) for a, b in zip(ticks, ticks[1:])), key=float)
    return (marked or ended) - started, ended - started, stall


def _ms(seconds: float) -> str:
    return str(seconds) if isinstance(seconds, Stall) else f"{seconds * 1000:.0f} ms"


def _pdf_printer(path: Path):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def measure(db_path: Path) -> list[list[str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    manager = open_as(db_path, "manager")
    finance = open_as(db_path, "finance")
    clerk = open_as(db_path, "clerk")
    from bench.bench_daily import _make_big_day
    from ledger import daily
    from ui.daily_page import DailyPage

    folder = Path(tempfile.mkdtemp(prefix="bench-ui-ops-"))
    # The signed day: the first one after the demo's last locked day, so the import can go to a
    # later, still open day (today) after the manager's signature locked this one.
    today = manager.today
    locked = daily.locked_through()
    day = _make_big_day(manager, min(locked + timedelta(days=1), today) if locked else today)
    rows = []
    if day == today:  # nothing open after it: import first (the day's report then includes it)
        rows += _import_rows(app, manager, today, folder)

    class Page(DailyPage):
        @classmethod
        def ask_printer(cls, parent):
            return _pdf_printer(folder / "printed.pdf")

        @classmethod
        def ask_password(cls, parent, role, day, user_name):
            return DEMO_PASSWORD

        @classmethod
        def ask_save_path(cls, parent, suggested):
            return str(folder / suggested)

    def page_for(actor):
        page = Page(Context(actor.at(datetime.now())))
        page.resize(1366, 768)
        page.show()
        page.show_day(day)
        app.processEvents()
        return page

    clerk_page = page_for(clerk)
    lines = clerk_page.report.line_count
    took, stall = _run_clicked(app, clerk_page.produce_button.click)
    pages = clerk_page.pdf_document.pageCount()
    rows.append([f"日报 生成并预览, {lines}-line day ({day.isoformat()}), {pages} pages: time / longest stall",
                 f"{_ms(took)} / {_ms(stall)}", "stall <= 100 ms"])
    took, stall = _run_clicked(app, clerk_page.print_button.click)
    size = (folder / "printed.pdf").stat().st_size
    rows.append([f"日报 打印 {pages} pages to the printer (PDF output file): time / longest stall",
                 f"{_ms(took)} / {_ms(stall)}", "<= 3 s, stall <= 100 ms"])
    rows.append([f"  print job size ({daily.day_state(day)}, vector PDF)", f"{size / 1024:.0f} KB", "a few hundred KB"])
    rows.append(_raster_fallback(clerk_page.pdf_bytes, folder))
    clerk_page.close()
    for role, actor, button in (("finance", finance, "finance_button"), ("manager", manager, "manager_button")):
        page = page_for(actor)
        before = daily.day_state(day)
        signed, shown, stall = _run_clicked_until(app, getattr(page, button).click,
                                                  lambda: daily.day_state(day) != before)
        state = daily.day_state(day)
        rows.append([f"日报 {role} signs ({state}): signature shown / signed PDF shown / longest stall",
                     f"{_ms(signed)} / {_ms(shown)} / {_ms(stall)}", "<= 1 s, stall <= 100 ms"])
        page.close()
    rows += _sign_domain_rows(finance, manager, day, folder)
    if day != today:
        rows += _import_rows(app, manager, today, folder)
    rows += _export_rows(app, clerk, folder)
    # Stalls include the time other processes kept this one off the CPU: say how busy it was.
    rows.append(["  load average while measuring (1 min) / cores", f"{os.getloadavg()[0]:.1f} / {os.cpu_count()}",
                 "-"])
    return rows


def _sign_domain_rows(finance, manager, signed_day, folder: Path) -> list[list[str]]:
    """The signature itself (ledger.daily, no window): the day is reopened and signed again, so the
    figure is a median of several signatures of the same 500-line day."""
    from ledger import daily

    took = {"finance": [], "manager": []}
    for _ in range(3):
        daily.reopen(manager.at(datetime.now()), signed_day, "bench: sign again")
        produced = daily.produce(manager.at(datetime.now()), signed_day)
        for role, actor, function in (("finance", finance, daily.sign_finance), ("manager", manager, daily.sign_manager)):
            started = time.perf_counter()
            function(actor.at(datetime.now()), signed_day, DEMO_PASSWORD, produced.content_hash)
            took[role].append(time.perf_counter() - started)
    rows = [[f"  {role} signature, domain call only (median of 3)", _ms(statistics.median(times)), "<= 1 s"]
            for role, times in took.items()]
    # Not part of the signature any more: the signed PDF is laid out (in the page's worker) when
    # the PDF tab or the version list first asks for it, then kept.
    started = time.perf_counter()
    daily.signed_pdf(signed_day, produced.version)
    first = time.perf_counter() - started
    started = time.perf_counter()
    daily.signed_pdf(signed_day, produced.version)
    rows.append(["  signed PDF on first request / again (worker, not the signature)",
                 f"{_ms(first)} / {_ms(time.perf_counter() - started)}", "-"])
    return rows


def _raster_fallback(data: bytes, folder: Path) -> list[str]:
    """The pages drawn as pictures (what a printer without PDF support gets), for comparison."""
    from ui.pdf_print import RASTER_DPI_MAX, _draw_pages
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    printer = _pdf_printer(folder / "raster.pdf")
    started = time.perf_counter()
    _draw_pages(document, printer, 1, document.pageCount())
    took = time.perf_counter() - started
    size = (folder / "raster.pdf").stat().st_size
    return [f"  for comparison: {document.pageCount()} pages as {RASTER_DPI_MAX} dpi pictures (fallback, worker)",
            f"{took:.1f} s / {size / 2**20:.0f} MB", "-"]


def _import_rows(app, manager, day, folder: Path) -> list[list[str]]:
    """HQ's delivery lists, 10,000 lines in 500 documents, all dated on the bench day (the only days
    that may be posted to are after the last locked one)."""
    from bench.bench_ledger_io import LINES, _write
    from ledger.models import Part, Party
    from ledger.posting import create_party
    from ui.import_dialog import ImportDialog

    actor = manager.at(datetime.now())
    if not Party.select().where(Party.code == "BENCH-HQ").exists():
        create_party(actor, "BENCH-HQ", "压测总部", "hq")
    parts = [number for (number,) in Part.select(Part.number).order_by(Part.number).limit(500).tuples()]
    path = _write(folder / "import.xlsx", ([day, "总部发货", f"BENCH-UI-{n // 20:05d}", "BENCH-HQ",
                                            parts[n % len(parts)], None, 1 + n % 7, 1250, None, None, None]
                                           for n in range(LINES)))
    dialog = ImportDialog(Context(actor), clock=datetime.now)
    dialog.show()
    took, stall = _run_clicked(app, lambda: dialog.load(str(path)))
    rows = [[f"import {LINES:,} lines: preview (dry run): time / longest stall", f"{_ms(took)} / {_ms(stall)}",
             "stall <= 100 ms"]]
    took, stall = _run_clicked(app, dialog.import_button.click)
    if dialog.result_value is None:
        rows.append([f"import {LINES:,} lines FAILED", "-", dialog.summary.text()[:80]])
    else:
        rows.append([f"import {LINES:,} lines / {len(dialog.result_value.posted)} documents: time / longest stall",
                     f"{_ms(took)} / {_ms(stall)}", "stall <= 100 ms"])
    dialog.close()
    return rows


def _export_rows(app, clerk, folder: Path) -> list[list[str]]:
    """导出 Excel of the 备件 page's biggest list (every row, through TableView.export)."""
    from ui.parts_page import TAB_TITLES, PartsPage
    from ui.table_model import TableView

    page = PartsPage(Context(clerk.at(datetime.now())))
    page.show()
    views = {}
    for key in TAB_TITLES:
        tab = page.show_tab(key)
        app.processEvents()
        if tab.view is not None:
            views[key] = tab.view
    key, view = max(views.items(), key=lambda item: item[1].model.rowCount())
    page.show_tab(key)
    target = folder / "export.xlsx"
    original = TableView.ask_save_path
    TableView.ask_save_path = classmethod(lambda cls, parent, suggested: str(target))
    try:
        took, stall = _run_clicked(app, view.export_button.click)
    finally:
        TableView.ask_save_path = original
    page.close()
    return [[f"导出 Excel of the 备件 page's {key} list ({view.model.rowCount():,} rows): time / longest stall",
             f"{took:.1f} s / {_ms(stall)}", "stall <= 100 ms"]]

"""Parts imports and exports on the demo database, in the two shapes a branch imports: HQ's
delivery lists (500 documents of 20 lines) and a realistic working file (3,000 documents of 3-4
lines: shipments, their receipts, issues to stations), 10,000 lines each; then the export of every
document line. bench/run.py hands over a private copy; each import is read, previewed (a dry run,
rolled back) and then posted for real on that copy.

The documents are dated in the six days up to the bench's "today", which is the real day or, when
the demo has locked any of those days, the day that makes the first of them the first day after
the last locked one, so the measure works whatever day it runs.

The files are written here, but each import shape is measured in fresh processes of its own (as a
clerk's import runs in a process that did not just generate 10,000 rows): three time the read, the
preview and the import and report their own peak resident memory (the median time and the
highest peak are shown; all but the last work on a backup); another imports the same file
into a backup of the database taken just before, under tracemalloc, for the Python heap's peak of
the import call alone (tracemalloc slows the call, so it is never the timed one)."""
from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date as Date, datetime, timedelta
from pathlib import Path

from bench.common import open_as

LINES = 10_000
RUNS = 3  # fresh processes per import shape; the figures are their median
ROOT = Path(__file__).resolve().parent.parent


def _write(path: Path, rows) -> Path:
    from common.excel import Sheet, write_workbook
    from ledger import io

    write_workbook(path, [Sheet(io.DOCUMENT_SHEET, io.DOCUMENT_HEADERS, rows,
                                kinds={"日期": "date", "数量": "int", "单价": "money"})])
    return path


def delivery_lists(path: Path, start, parts: list[str]) -> Path:
    """500 shipments from HQ of 20 lines each."""
    def rows():
        for n in range(LINES):
            document = n // 20
            yield [start + timedelta(days=document % 5), "总部发货", f"BENCH-{document:05d}", "BENCH-HQ",
                   parts[n % len(parts)], None, 1 + n % 7, 1250, None, None, None]
    return _write(path, rows())


def working_file(path: Path, start, parts: list[str]) -> Path:
    """3,000 documents of 3-4 lines: a shipment, its receipt the next day, an issue to a station
    the day after; 10,000 lines in all."""
    def rows():
        written = 0
        for n in range(1000):
            width = 3 if n % 3 else 4  # 3,3,4,... -> 3.33 lines per document, 10,000 lines
            if written + 3 * width > LINES:
                width = (LINES - written) // 3
            day = start + timedelta(days=n % 4)
            lines = [parts[(n * 4 + k) % len(parts)] for k in range(width)]
            source = f"BFH-{n:05d}"
            for k, part in enumerate(lines):
                yield [day, "总部发货", source, "BENCH-HQ", part, None, 6 + k, 1250, None, None, "随货清单已到"]
            for k, part in enumerate(lines):
                yield [day + timedelta(days=1), "总部到货", source, "BENCH-HQ", part, None, 6 + k, None, "是", source,
                       None]
            for k, part in enumerate(lines):
                yield [day + timedelta(days=2), "发服务站", f"BZZ-{n:05d}", "BENCH-ZZ", part, None, 2 + k, None, "是",
                       None, None]
            written += 3 * width
    return _write(path, rows())


DAYS = 6  # the documents are dated in the six days up to the bench's today


def bench_day(real_today):
    """The bench's today: the real one, or late enough that the first of the six days is after
    the last locked day (a demo built today locks days before today)."""
    from ledger.daylock import locked_through

    locked = locked_through()
    return max(real_today, locked + timedelta(days=DAYS)) if locked else real_today


def peak_rss_mb() -> float | None:
    """This process's peak resident memory so far, in MB; None where it cannot be read.

    On Linux it is VmHWM, the peak of this program's own memory: ru_maxrss also keeps the peak of
    the process before its exec, and a child started by subprocess (fork or vfork, then exec) is
    the parent until then, so its ru_maxrss starts at the parent's peak (the 110 MB of a bench
    process that had just written two 10,000-row files, for a child that never passed 75 MB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: psutil knows the peak working set, when it is installed
        try:
            import psutil
        except ImportError:
            return None
        return psutil.Process().memory_info().peak_wset / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def _in_child(job: str, db_path: Path, file_path: Path, today: str) -> dict:
    """Run ``_child`` in a fresh interpreter and return what it reported."""
    script = ("import json, sys; "
              f"sys.path.insert(0, {str(ROOT)!r}); "
              "from bench.bench_ledger_io import _child; "
              "print('RESULT' + json.dumps(_child(*json.loads(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", script, json.dumps([job, str(db_path), str(file_path), today])],
                          cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, encoding="utf-8")
    found = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    if done.returncode != 0 or not found:
        raise RuntimeError(f"bench child {job} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(found[-1][len("RESULT"):])


def _child(job: str, db_path: str, file_path: str, today: str) -> dict:
    """In a fresh process: open the database as the manager at the bench day and do ``job``:
    "import" (time read, preview and import; peak RSS), "traced" (the import under tracemalloc)
    or "export" (every movement; peak RSS)."""
    manager = open_as(Path(db_path), "manager")
    from ledger import io

    actor = manager.at(datetime.combine(Date.fromisoformat(today), manager.now.time()))
    figures = {"rss_before_mb": peak_rss_mb()}
    path = Path(file_path)
    if job == "import":
        started = time.perf_counter()
        io._read_documents(path)
        figures["read_s"] = time.perf_counter() - started
        started = time.perf_counter()
        preview = io.import_documents(actor, path, dry_run=True)
        figures["preview_s"] = time.perf_counter() - started
        figures["preview_documents"] = len(preview.posted)
        started, processor = time.perf_counter(), time.process_time()
        result = io.import_documents(actor, path)
        figures["import_s"] = time.perf_counter() - started
        figures["import_cpu_s"] = time.process_time() - processor  # steadier on a shared machine
        figures["lines"], figures["documents"] = result.line_count, len(result.posted)
    elif job == "traced":
        import tracemalloc

        tracemalloc.start()
        result = io.import_documents(actor, path)
        figures["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        figures["documents"] = len(result.posted)
    elif job == "export":
        from ledger.models import DocumentLine

        figures["total"] = DocumentLine.select().count()
        started = time.perf_counter()
        figures["written"] = io.export_movements(path)
        figures["export_s"] = time.perf_counter() - started
    figures["rss_peak_mb"] = peak_rss_mb()
    return figures


def _backup(db_path: Path, copy: Path) -> Path:
    """A consistent copy of the (WAL) database, through SQLite's backup API."""
    source, target = sqlite3.connect(db_path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def _on_backup(job: str, db_path: Path, path: Path, today) -> dict:
    """``job`` in a fresh process on a backup of the database as it is now (left unchanged)."""
    copy = path.with_suffix(f".{job}.sqlite3")
    try:
        return _in_child(job, _backup(db_path, copy), path, today.isoformat())
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):  # with its -wal and -shm
            leftover.unlink()


def _import(db_path: Path, path: Path, label: str, today) -> list[list[str]]:
    """The median of RUNS imports, each in a fresh process: all but the last on a backup, the last
    on the database itself (the next measures see the file imported)."""
    traced = _on_backup("traced", db_path, path, today)
    runs = [_on_backup("import", db_path, path, today) for _ in range(RUNS - 1)]
    runs.append(_in_child("import", db_path, path, today.isoformat()))
    assert {run["documents"] for run in runs} == {traced["documents"]}, (traced, runs)
    figures = {key: statistics.median(run[key] for run in runs) for key in ("read_s", "preview_s", "import_s",
                                                                             "import_cpu_s")}
    peaks = [run["rss_peak_mb"] for run in runs if run["rss_peak_mb"] is not None]
    first = runs[-1]
    return [
        [f"{label}: read + check (no posting)", f"{figures['read_s']:.2f} s", "-"],
        [f"{label}: preview (dry run), {first['preview_documents']} documents", f"{figures['preview_s']:.2f} s", "-"],
        [f"{label}: import {first['lines']:,} lines / {first['documents']} documents, one transaction "
         f"(processor {figures['import_cpu_s']:.2f} s)", f"{figures['import_s']:.2f} s", "<= 5 s"],
        [f"{label}: peak memory of a fresh process reading, previewing and importing it, highest of {RUNS} "
         f"(max RSS; {_mb(first['rss_before_mb'])} before the read)", _mb(max(peaks) if peaks else None),
         "<= 150 MB"],
        [f"{label}: Python heap peak of the import call alone (tracemalloc)", _mb(traced["traced_peak_mb"]), "-"],
    ]


def measure(db_path: Path) -> list[list[str]]:
    manager = open_as(db_path, "manager")
    from peewee import fn

    from ledger import io
    from ledger.models import Party, Part, Posting
    from ledger.posting import create_party

    last_day = Posting.select(fn.MAX(Posting.date)).scalar()
    today = bench_day(manager.today)
    actor = manager.at(datetime.combine(today, manager.now.time()))
    for code, name, kind in (("BENCH-HQ", "压测总部", "hq"), ("BENCH-ZZ", "压测服务站", "station")):
        if not Party.select().where(Party.code == code).exists():
            create_party(actor, code, name, kind)
    parts = [number for (number,) in Part.select(Part.number).order_by(Part.number).limit(500).tuples()]
    with tempfile.TemporaryDirectory(prefix="bench-ledger-io-") as scratch:  # the files go with the run
        folder = Path(scratch)
        start = today - timedelta(days=DAYS - 1)
        rows = [["bench day (documents dated up to it)", today.isoformat(), "-"]]
        delivery = delivery_lists(folder / "delivery.xlsx", start, parts)
        working = working_file(folder / "working.xlsx", start, parts)
        rows += _import(db_path, delivery, "delivery lists 500 x 20", today)
        rows += _import(db_path, working, "working file 3,000 x 3-4", today)

        figures = _in_child("export", db_path, folder / "movements.xlsx", today.isoformat())
        rows.append([f"export all movements ({figures['written']:,} of {figures['total']:,} lines)",
                     f"{figures['export_s']:.1f} s", "<= 60 s for 1,000,000"])
        rows.append(["peak memory of a fresh process exporting them (max RSS)", _mb(figures["rss_peak_mb"]), "flat"])
        started = time.perf_counter()
        io.export_balances(folder / "balances.xlsx", last_day)
        rows.append(["export balances of every part at the last day", f"{time.perf_counter() - started:.2f} s", "-"])
    return rows

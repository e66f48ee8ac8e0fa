"""Parts imports and exports on the demo database, in the two shapes a branch imports: HQ's
delivery lists (500 documents of 20 lines) and a realistic working file (3,000 documents of 3-4
lines: shipments, their receipts, issues to stations), 10,000 lines each; then the export of every
document line. bench/run.py hands over a private copy; each import is read, previewed (a dry run,
rolled back) and then posted for real on that copy.

The documents are dated in the six days up to the bench's "today", which is the real day or, when
the demo has already locked days up to it (or later), the first day after the last locked one, so
the measure works whatever day it runs."""
from __future__ import annotations

import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import open_as

LINES = 10_000


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


def bench_day(real_today):
    """The bench's today: the real one, or the first day after the last locked day."""
    from ledger.daily import locked_through

    locked = locked_through()
    return max(real_today, locked + timedelta(days=1)) if locked else real_today


def _import(actor, path: Path, label: str) -> list[list[str]]:
    from ledger import io

    rows = []
    started = time.perf_counter()
    io._read_documents(path)
    rows.append([f"{label}: read + check (no posting)", f"{time.perf_counter() - started:.2f} s", "-"])
    started = time.perf_counter()
    preview = io.import_documents(actor, path, dry_run=True)
    rows.append([f"{label}: preview (dry run), {len(preview.posted)} documents",
                 f"{time.perf_counter() - started:.2f} s", "-"])
    started = time.perf_counter()
    result = io.import_documents(actor, path)
    rows.append([f"{label}: import {result.line_count:,} lines / {len(result.posted)} documents, one transaction",
                 f"{time.perf_counter() - started:.2f} s", "<= 5 s"])
    rows.append([f"{label}: peak memory (max RSS of the bench process so far)",
                 f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", "<= 150 MB"])
    return rows


def measure(db_path: Path) -> list[list[str]]:
    manager = open_as(db_path, "manager")
    from peewee import fn

    from ledger import io
    from ledger.models import DocumentLine, Party, Part, Posting
    from ledger.posting import create_party

    last_day = Posting.select(fn.MAX(Posting.date)).scalar()
    today = bench_day(manager.today)
    actor = manager.at(datetime.combine(today, manager.now.time()))
    for code, name, kind in (("BENCH-HQ", "压测总部", "hq"), ("BENCH-ZZ", "压测服务站", "station")):
        if not Party.select().where(Party.code == code).exists():
            create_party(actor, code, name, kind)
    parts = [number for (number,) in Part.select(Part.number).order_by(Part.number).limit(500).tuples()]
    folder = Path(tempfile.mkdtemp(prefix="bench-ledger-io-"))
    start = today - timedelta(days=5)
    rows = [["bench day (documents dated up to it)", today.isoformat(), "-"]]
    rows += _import(actor, delivery_lists(folder / "delivery.xlsx", start, parts), "delivery lists 500 x 20")
    rows += _import(actor, working_file(folder / "working.xlsx", start, parts), "working file 3,000 x 3-4")

    total = DocumentLine.select().count()
    started = time.perf_counter()
    written = io.export_movements(folder / "movements.xlsx")
    rows.append([f"export all movements ({written:,} of {total:,} lines)", f"{time.perf_counter() - started:.1f} s",
                 "<= 60 s for 1,000,000"])
    rows.append(["peak memory after the export (max RSS)",
                 f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", "flat"])
    started = time.perf_counter()
    io.export_balances(folder / "balances.xlsx", last_day)
    rows.append(["export balances of every part at the last day", f"{time.perf_counter() - started:.2f} s", "-"])
    return rows

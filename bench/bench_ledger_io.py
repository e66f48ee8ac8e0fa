"""Parts imports and exports on the demo database: a 10,000-line import, and the export of every
document line (bench/run.py hands over a private copy; the import is rolled back as a dry run first,
then posted for real on that copy)."""
from __future__ import annotations

import resource
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import open_as


def _file(path: Path, start, lines: int = 10_000, per_document: int = 20) -> Path:
    import openpyxl

    from ledger import io

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(io.DOCUMENT_SHEET)
    sheet.append(io.DOCUMENT_HEADERS)
    for n in range(lines):
        document = n // per_document
        sheet.append([start + timedelta(days=document % 5), "总部发货", f"BENCH-{document:05d}", "BENCH-HQ",
                      f"BENCH-{n % 500:04d}", f"压测备件{n % 500}", 1 + n % 7, 12.5, None, None, None])
    book.save(path)
    return path


def measure(db_path: Path) -> list[list[str]]:
    manager = open_as(db_path, "manager")
    from peewee import fn

    from ledger import io
    from ledger.models import DocumentLine, Party, Posting
    from ledger.posting import create_party

    rows = []
    last_day = Posting.select(fn.MAX(Posting.date)).scalar()
    actor = manager.at(manager.now)
    if not Party.select().where(Party.code == "BENCH-HQ").exists():
        create_party(actor, "BENCH-HQ", "压测总部", "hq")
    folder = Path(tempfile.mkdtemp(prefix="bench-ledger-io-"))
    path = _file(folder / "import.xlsx", actor.today - timedelta(days=5))

    started = time.perf_counter()
    io._read_documents(path)
    rows.append(["read + check 10,000-line sheet (no posting)", f"{time.perf_counter() - started:.2f} s", "-"])
    started = time.perf_counter()
    preview = io.import_documents(actor, path, dry_run=True)
    rows.append([f"preview (dry run) 10,000 lines / {len(preview.posted)} documents",
                 f"{time.perf_counter() - started:.2f} s", "-"])
    started = time.perf_counter()
    result = io.import_documents(actor, path)
    rows.append([f"import 10,000 lines / {len(result.posted)} documents, one transaction",
                 f"{time.perf_counter() - started:.2f} s", "<= 5 s"])
    rows.append(["peak memory (max RSS of the bench process so far)",
                 f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", "<= 300 MB"])

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

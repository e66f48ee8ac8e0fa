"""The daily goods in/out report on the demo database: a 500-line day to PDF, and the calendar.

Works on the private copy bench/run.py hands over. The 500-line day is created in that copy by
posting documents through ledger.posting.post (a stocktake gain first, so every issue has stock),
dated the day after the demo's last document (or today, if that is later than today)."""
from __future__ import annotations

import io
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import median_ms, open_as, p95_ms, timed

LINES = 500
LINES_PER_DOCUMENT = 10


def _make_big_day(manager, day=None):
    """Post the 500-line day on ``day`` (by default the day after the demo's last document, or
    today) and return that day."""
    from peewee import fn

    from ledger.models import Document, DocumentLine, Party, Part
    from ledger.posting import Draft, DraftLine, post

    if day is None:
        last = Document.select(fn.MAX(Document.date)).scalar()
        last = datetime.fromisoformat(str(last)[:10]).date() if last else manager.today
        day = min(last + timedelta(days=1), manager.today)
    existing = DocumentLine.select().join(Document).where(Document.date == day).count()
    if existing >= LINES:
        return day
    actor = manager.at(datetime.combine(day, datetime.min.time()).replace(hour=17))
    parts = [p.number for p in Part.select(Part.number).order_by(Part.id).limit(LINES_PER_DOCUMENT * 5)]
    station = Party.select().where((Party.kind == "station") & Party.active).first()
    post(actor, Draft("ADJUST_GOOD", day, None, remark="bench: stock for the 500-line day",
                      lines=[DraftLine(number, 1000) for number in parts]))
    count, n = len(parts), 0
    while count < LINES:
        chunk = [DraftLine(parts[(n * LINES_PER_DOCUMENT + i) % len(parts)], 1 + i % 3, flag=i % 2 == 0)
                 for i in range(min(LINES_PER_DOCUMENT, LINES - count))]
        post(actor, Draft("STATION_ISSUE", day, station.code, f"BENCH-{day.isoformat()}-{n:03d}", lines=chunk))
        count += len(chunk)
        n += 1
    return day


def measure(db_path: Path) -> list[list[str]]:
    manager = open_as(db_path, "manager")
    from ledger import daily
    from ledger.daily_print import render_pdf

    started = time.perf_counter()
    day = _make_big_day(manager)
    rows = [[f"post a {LINES}-line day ({day.isoformat()})", f"{(time.perf_counter() - started) * 1000:.0f} ms", "-"]]
    report = daily.build_report(day)
    pages = []

    def to_pdf():
        out = io.BytesIO()
        pages.append(render_pdf(daily.build_report(day), out, datetime.now()))

    build = timed(lambda: daily.build_report(day), runs=5)
    rows.append([f"report data of a {report.line_count}-line day (median)", median_ms(build), "-"])
    pdf = timed(to_pdf, runs=5)
    rows.append([f"{report.line_count}-line day to PDF, {pages[-1]} pages (median / p95)",
                 f"{median_ms(pdf)} / {p95_ms(pdf)}", "<= 1 s"])
    first = day - timedelta(days=2999)
    cal = timed(lambda: daily.calendar(first, day, day), runs=10)
    rows.append(["calendar over 3,000 days (median / p95)", f"{median_ms(cal)} / {p95_ms(cal)}", "<= 100 ms"])
    return rows

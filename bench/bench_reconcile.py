"""Reconciliation figures: one station's half-month statement (figures from the journal, and the
whole issue + PDF), and a stocktake of 3,000 parts from start to variance report.

Runs on a private copy of the demo database (bench/run.py); it writes to it (statements, extra
parts, a stocktake), which is why it must never be pointed at a real branch's file.
"""
from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import median_ms, open_as, timed

STOCKTAKE_PARTS = 3_000


def measure(db_path: Path) -> list[list[str]]:
    from peewee import fn

    from common.db import database
    from ledger import reconcile, stocktake
    from ledger.models import Party, Part, Posting
    from ledger.posting import name_initials
    from ledger.reconcile_print import render_statement

    actor = open_as(db_path, "manager")
    last_day = Posting.select(fn.MAX(Posting.date)).scalar()
    actor = actor.at(actor.now.replace(year=last_day.year, month=last_day.month, day=last_day.day) + timedelta(days=1))
    # The busiest station: the statement with the most lines is the worst case.
    busiest = (Party.select(Party, fn.COUNT(Posting.id).alias("n")).join(Posting, on=(Posting.party == Party.id))
               .where(Party.kind == "station").group_by(Party).order_by(fn.COUNT(Posting.id).desc()).first())
    date_from, date_to = reconcile.default_period(actor.today)
    figures = timed(lambda: reconcile.statement_figures(busiest, date_from, date_to), runs=10)
    lines = len(reconcile.statement_figures(busiest, date_from, date_to))
    with tempfile.TemporaryDirectory() as folder:
        first = time.perf_counter()
        render_statement(actor, busiest.code, date_from, date_to, Path(folder) / "s.pdf")
        issue_pdf = time.perf_counter() - first

    # Top up to 3,000 parts in this private copy, then start, count every part, report.
    have = Part.select().count()
    with database.atomic():
        rows = [{"number": f"BENCH-{i:05d}", "name": f"盘点测试件{i}", "name_initials": name_initials("盘点测试件")}
                for i in range(max(STOCKTAKE_PARTS - have, 0))]
        for start_at in range(0, len(rows), 500):
            Part.insert_many(rows[start_at:start_at + 500]).execute()
    running = stocktake.open_stocktake()
    if running is not None:
        stocktake.cancel(actor, running.id)
    began = time.perf_counter()
    started = stocktake.start(actor)
    counts = [stocktake.Count(number, max(good - (i % 7 == 0), 0), bad)
              for i, (number, good, bad) in enumerate(
                  stocktake.StocktakeLine.select(Part.number, stocktake.StocktakeLine.book_good,
                                                 stocktake.StocktakeLine.book_bad).join(Part)
                  .where(stocktake.StocktakeLine.stocktake == started.stocktake_id).tuples())]
    counted = time.perf_counter()
    stocktake.enter_counts(actor, counts)
    entered = time.perf_counter()
    report = stocktake.variance_report(started.stocktake_id)
    done = time.perf_counter()
    report_only = timed(lambda: stocktake.variance_report(started.stocktake_id), runs=5)
    return [
        [f"station statement figures ({busiest.code}, {lines} lines, {date_from}..{date_to})",
         median_ms(figures), "<= 300 ms"],
        ["station statement issued + PDF written", f"{issue_pdf * 1000:.0f} ms", "<= 300 ms (figures)"],
        [f"stocktake of {started.part_count} parts: start", f"{(counted - began) * 1000:.0f} ms", "-"],
        [f"stocktake: enter {len(counts)} counts", f"{(entered - counted) * 1000:.0f} ms", "-"],
        [f"stocktake: variance report ({len(report.lines)} lines)", f"{(done - entered) * 1000:.0f} ms", "-"],
        ["stocktake: start + counts + variance report", f"{(done - began) * 1000:.0f} ms", "<= 1 s"],
        ["stocktake: variance report again", median_ms(report_only), "-"],
    ]

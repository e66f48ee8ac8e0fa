"""The Today page's counts and the statistics charts on the demo database.

Works on the private copy bench/run.py hands over. A demo built before callbacks existed has no
callbacks, care marks or complaints: they are populated first (archive.demo.populate_callbacks), and
that time is printed too. "Today" is the demo's last day, where the open callbacks are.
"""
from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import median_ms, open_as, p95_ms, timed


def measure(db_path: Path) -> list[list[str]]:
    manager = open_as(db_path, "manager")
    from peewee import fn

    from archive import callbacks, demo, stats
    from archive.models import RepairVisit, Vehicle
    from ui.today import today_counts

    last_day = max(Vehicle.select(fn.MAX(Vehicle.delivery_date)).scalar(),
                   RepairVisit.select(fn.MAX(RepairVisit.visit_date)).scalar())
    first_day = Vehicle.select(fn.MIN(Vehicle.delivery_date)).scalar()
    rows = []
    if not callbacks.Callback.select().exists():
        started = time.perf_counter()
        counts = demo.populate_callbacks(manager, random.Random(1), first_day, last_day)
        rows.append([f"populate callbacks demo ({counts['callbacks']:,} callbacks, {counts['complaints']} complaints)",
                     f"{(time.perf_counter() - started) * 1000:.0f} ms", "-"])
    actor = manager.at(datetime.combine(last_day, datetime.min.time()).replace(hour=9))
    started = time.perf_counter()
    callbacks.generate(actor, last_day)
    rows.append(["generate the day's callbacks (idempotent, second run of the day)",
                 f"{(time.perf_counter() - started) * 1000:.0f} ms", "-"])

    now = actor.now
    page = timed(lambda: today_counts(last_day, now), runs=10)
    rows.append(["Today page: all card counts (median / p95)", f"{median_ms(page)} / {p95_ms(page)}", "<= 300 ms"])
    for key, build in stats.CHARTS.items():
        times = timed(lambda build=build: build(last_day), runs=5)
        rows.append([f"chart '{key}' data (median / p95)", f"{median_ms(times)} / {p95_ms(times)}", "<= 1 s"])
    month = timed(lambda: callbacks.report("month", last_day - timedelta(days=31)), runs=5)
    rows.append(["monthly callback report data (median)", median_ms(month), "-"])
    return rows

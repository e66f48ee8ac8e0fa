"""Helpers for bench/bench_*.py modules: open a copy of the demo database as a user, time things."""
from __future__ import annotations

import statistics
import time
from datetime import datetime
from pathlib import Path


def open_as(db_path: Path, role: str = "manager"):
    """Open the database and return an Actor of the demo account with that role."""
    from common import db as dbmod, schema
    from common.actor import Actor
    from common.models import User

    target = dbmod.Target("sqlite", path=Path(db_path))
    dbmod.open_database(target)
    schema.upgrade(target, datetime.now())
    return Actor(User.get((User.role == role) & User.active), datetime.now())


def timed(action, runs: int = 20) -> list[float]:
    """Seconds per run of ``action()``, after one warm-up run."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms"


def p95_ms(times: list[float]) -> str:
    ordered = sorted(times)
    return f"{ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000:.1f} ms"

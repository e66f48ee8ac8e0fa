"""``main.py check`` on the demo database: the whole run (as the command does it, login aside) and
the parts issue 15 added, each on its own: the audit chain and the guards, the signed days.

Works on the private copy bench/run.py hands over. Each figure is the median of three runs with
the processor time next to it (on a shared machine the wall time mostly says how busy it is).
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.common import open_as


def _timed(action, runs: int = 3) -> tuple[float, float, object]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def measure(db_path: Path) -> list[list[str]]:
    open_as(db_path, "admin")
    from common import audit, db as dbmod
    from common.models import AuditLog
    from ledger import checks, daily
    from ui.cli.cmd_check import run_checks

    target = dbmod.Target("sqlite", path=Path(db_path))
    rows = []
    wall, cpu, problems = _timed(lambda: run_checks(target))
    rows.append([f"check, every part ({len(problems)} problems)", f"{wall:.1f} s (cpu {cpu:.1f} s)", "-"])
    count = AuditLog.select().count()
    wall, cpu, _ = _timed(audit.verify_database)
    rows.append([f"check: audit chain of {count:,} rows and the guards", f"{wall:.2f} s (cpu {cpu:.2f} s)", "-"])
    signed = daily.DailyVersion.select().where(daily.DailyVersion.finance_signed_at.is_null(False)).count()
    wall, cpu, _ = _timed(checks.check_signed_days)
    rows.append([f"check: {signed} signed days against the journal", f"{wall:.2f} s (cpu {cpu:.2f} s)", "-"])
    return rows

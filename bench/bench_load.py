"""Several clerks at once on one database (issue 17, load and faults): the figures behind
tests/test_load.py and tests/test_concurrent_import.py, at full length.

    python bench/bench_load.py                      # 4 processes for 60 s on SQLite, then PostgreSQL
    python bench/bench_load.py --seconds 30 --processes 4 --backend postgresql
    python bench/bench_load.py --crossing-runs 10   # two `main.py import` runs with crossing files

For each backend: documents and lines posted, operations a second, each operation's median and
p95, the refusals (a station issue may find the shelf empty: that is the books' rule, not a
failure), transactions retried, and whether numbers stayed gapless and `check` was clean. The
crossing mode counts the runs where an import failed and how many of those were deadlocks.
PostgreSQL is a throwaway server (tests/pgcluster.py: initdb + pg_ctl, 15 or newer).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 23, 9, 0, 0)
PASSWORD = "secret-pass-1"


def _fresh(backend: str, folder: Path, cluster):
    from common import db as dbmod, schema

    if backend == "sqlite":
        target = dbmod.Target("sqlite", path=folder / "load.sqlite3")
    else:
        target = dbmod.Target("postgresql", url=cluster.url(cluster.create_database()))
    dbmod.open_database(target, create=True)
    schema.upgrade(target, NOW)
    return target


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000:.0f}"


def _check(target) -> str:
    spec = str(target.path) if target.is_sqlite else target.url
    result = subprocess.run([sys.executable, "main.py", "--db", spec, "check"], cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, BRANCHDESK_USER="admin", BRANCHDESK_PASSWORD=PASSWORD))
    return "clean" if result.returncode == 0 else "PROBLEMS: " + (result.stdout + result.stderr).strip()[:300]


def load(backend: str, processes: int, seconds: float, cluster) -> None:
    from common import db as dbmod
    from ledger.models import Document
    from tests.clerks import accounts, run_load, stock_load_branch

    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        target = _fresh(backend, Path(folder), cluster)
        stock_load_branch(accounts(NOW, PASSWORD))
        dbmod.close_database()
        outcomes = run_load(target, Path(folder), processes, seconds, NOW.isoformat())
        tracebacks = sum("Traceback" in err for _, _, err in outcomes)
        failed = sum(code != 0 for code, _, _ in outcomes)
        figures = [f for _, f, _ in outcomes if f]
        posted = [p for f in figures for p in f["posted"]]
        timings: dict[str, list[float]] = {}
        refused: dict[str, int] = {}
        for f in figures:
            for kind, values in f["timings"].items():
                timings.setdefault(kind, []).extend(values)
            for code, count in f["refused"].items():
                refused[code] = refused.get(code, 0) + count
        dbmod.open_database(target)
        gapless = True
        for (doc_type,) in Document.select(Document.doc_type).distinct().tuples():
            seqs = [s for (s,) in Document.select(Document.seq).where(Document.doc_type == doc_type)
                    .order_by(Document.seq).tuples()]
            gapless &= seqs == list(range(1, len(seqs) + 1))
        stored = Document.select().count() - 2  # less the two stocking documents
        dbmod.close_database()
        print(f"\n{backend}: {processes} processes for {seconds:.0f} s "
              f"(python bench/bench_load.py --backend {backend} --processes {processes} --seconds {seconds:.0f})")
        print(f"  documents posted {len(posted)} (in the database: {stored}), lines {sum(n for _, n in posted)}, "
              f"{len(posted) / seconds:.1f} documents/s")
        for kind in ("ship", "issue", "receive", "import"):
            values = timings.get(kind, [])
            print(f"  {kind:<8} {len(values):>5} ops   median {_ms(values, 0.5):>5} ms   p95 {_ms(values, 0.95):>5} ms")
        print(f"  refused: {refused or 'none'}; transactions retried: {sum(f['retries'] for f in figures)}")
        print(f"  processes failed: {failed}, with a traceback: {tracebacks}; numbers gapless: {gapless}; "
              f"check: {_check(target)}")
        for code, _, err in outcomes:
            if code != 0 or "Traceback" in err:
                print("  --- a failed process's last words:\n" + "\n".join(err.strip().splitlines()[-12:]))


def crossing(backend: str, runs: int, cluster) -> None:
    from common import db as dbmod
    from tests.clerks import accounts, crossing_files, run_together
    from tests.test_concurrent_import import PARTS, ON, stocked_branch

    with tempfile.TemporaryDirectory(prefix="bench-cross-") as folder:
        target = _fresh(backend, Path(folder), cluster)
        stocked_branch(accounts(NOW, PASSWORD))
        dbmod.close_database()
        failed = deadlocks = 0
        for run in range(runs):
            first, second = crossing_files(Path(folder), f"R{run}", PARTS, ON)
            outcomes = run_together(target, [["import", "documents", str(first)], ["import", "documents", str(second)]])
            errors = [err for code, _, err in outcomes if code != 0 or "Traceback" in err]
            failed += bool(errors)
            deadlocks += any("eadlock" in err for err in errors)
        print(f"{backend}: crossing imports, {runs} runs: {failed} failed, {deadlocks} of them deadlocks "
              f"(python bench/bench_load.py --backend {backend} --crossing-runs {runs})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--crossing-runs", type=int, default=0, help="measure crossing imports instead of the load")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    cluster = None
    if "postgresql" in backends:
        from tests.pgcluster import Cluster

        cluster = Cluster().start()
    try:
        for backend in backends:
            if args.crossing_runs:
                crossing(backend, args.crossing_runs, cluster)
            else:
                load(backend, args.processes, args.seconds, cluster)
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

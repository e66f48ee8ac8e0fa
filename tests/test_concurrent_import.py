"""Two clerks importing at the same moment, each with `main.py import documents` in its own process
(issue 17 item 1), on SQLite and on PostgreSQL.

Crossing files (one ships then issues, parts ascending; the other issues then ships, parts
descending) took the counter and balance rows in opposite orders, and PostgreSQL deadlocked in
about 4 of 10 runs with a raw ``DeadlockDetected`` traceback. Now every posting path takes its
locks in one order, so every run posts both files. The same file imported twice at once: one posts
it, the other says it was already posted, on both backends."""
from datetime import date

from ledger import checks
from ledger.models import Document
from tests.clerks import crossing_files, run_together, stock_branch, write_documents

RUNS = 5
PARTS = [f"P{n:02d}" for n in range(1, 41)]
ON = date(2026, 11, 25)


def stocked_branch(actors) -> None:
    stock_branch(actors, PARTS, 500)


def test_crossing_imports_from_two_processes_both_post_every_time(db, actors, tmp_path):
    from common import db as dbmod

    stocked_branch(actors)
    dbmod.close_database()
    failures = []
    for run in range(RUNS):
        first, second = crossing_files(tmp_path, f"R{run}", PARTS, ON)
        outcomes = run_together(db, [["import", "documents", str(first)], ["import", "documents", str(second)]])
        for code, out, err in outcomes:
            if code != 0 or "Traceback" in err:
                failures.append((run, code, err[-600:]))
    dbmod.open_database(db)
    assert failures == []
    # Every document of every run, numbered without a gap.
    for doc_type, count in (("HQ_SHIP", 1 + 2 * RUNS), ("STATION_ISSUE", 2 * RUNS)):
        seqs = [s for (s,) in Document.select(Document.seq).where(Document.doc_type == doc_type)
                .order_by(Document.seq).tuples()]
        assert seqs == list(range(1, count + 1))
    assert checks.check_invariants() == []


def test_the_same_file_imported_twice_at_once_posts_once_and_says_already_posted(db, actors, tmp_path):
    from common import db as dbmod

    stocked_branch(actors)
    dbmod.close_database()
    path = write_documents(tmp_path / "same.xlsx", [
        (ON, "总部发货", "SAME-SHIP", "HQ", [(p, 2) for p in PARTS], None),
        (ON, "发服务站", "SAME-ISSUE", "S1", [(p, 1) for p in PARTS], None),
    ])
    outcomes = run_together(db, [["import", "documents", str(path)]] * 2)
    assert [code for code, _, _ in outcomes] == [0, 0], [err for _, _, err in outcomes]
    assert all("Traceback" not in err for _, _, err in outcomes)
    summaries = sorted(out.strip().splitlines()[-1] for _, out, _ in outcomes)
    assert summaries == ["已过账 0 张单据、0 行；2 张已过账过，未重复过账。",
                         "已过账 2 张单据、80 行；0 张已过账过，未重复过账。"]
    dbmod.open_database(db)
    assert Document.select().where(Document.source_number.in_(["SAME-SHIP", "SAME-ISSUE"])).count() == 2
    assert checks.check_invariants() == []

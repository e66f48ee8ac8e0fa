"""Four clerks' processes posting and importing at once for a bounded time (issue 17, load and
faults), on SQLite and on PostgreSQL: every document a process was told is posted is there with
all its lines, numbers stay gapless per type and year, `main.py check` is clean and no process
printed a traceback. (The full minute, with figures, is bench/bench_load.py.)"""
import os
import subprocess
import sys

from ledger.models import Document, DocumentLine
from tests.clerks import ROOT, accounts, run_load, stock_load_branch
from tests.conftest import NOW, TEST_PASSWORD

PROCESSES = 4
SECONDS = 20


def test_four_clerks_posting_and_importing_at_once_lose_nothing(db, tmp_path):
    from common import db as dbmod
    from peewee import fn

    stock_load_branch(accounts(NOW))
    dbmod.close_database()
    outcomes = run_load(db, tmp_path, PROCESSES, SECONDS, NOW.isoformat())
    assert [(code, "Traceback" in err) for code, _, err in outcomes] == [(0, False)] * PROCESSES, \
        [err[-2000:] for _, _, err in outcomes]
    figures = [f for _, f, _ in outcomes]
    reported = {number: lines for f in figures for number, lines in f["posted"]}
    assert len(reported) == sum(len(f["posted"]) for f in figures)  # no number handed out twice
    assert len(reported) > 40  # every process really worked
    refused = {code for f in figures for code in f["refused"]}
    assert refused <= {"ledger.insufficient", "excel.bad_rows"}, refused

    dbmod.open_database(db)
    in_db = dict(Document.select(Document.number, fn.COUNT(DocumentLine.id)).join(DocumentLine)
                 .where(Document.number.not_in(["ZF-2026-000001", "ZD-2026-000001"]))
                 .group_by(Document.number).tuples())
    assert in_db == reported  # nothing lost, nothing half-posted, nothing extra
    for (doc_type,) in Document.select(Document.doc_type).distinct().tuples():
        seqs = [s for (s,) in Document.select(Document.seq).where(Document.doc_type == doc_type)
                .order_by(Document.seq).tuples()]
        assert seqs == list(range(1, len(seqs) + 1)), doc_type
    dbmod.close_database()
    spec = str(db.path) if db.is_sqlite else db.url
    check = subprocess.run([sys.executable, "main.py", "--db", spec, "check"], cwd=ROOT, capture_output=True,
                           text=True, timeout=300,
                           env=dict(os.environ, BRANCHDESK_USER="admin", BRANCHDESK_PASSWORD=TEST_PASSWORD))
    assert check.returncode == 0, check.stdout + check.stderr
    dbmod.open_database(db)  # the fixture closes it

"""A process killed (SIGKILL) in the middle of a 10,000-line import leaves all or nothing.

The child process imports the file and, after a few hundred documents are posted inside the
import's transaction, says so and sleeps; the test kills it right then, so the kill is certainly
mid-transaction. Then the database must hold nothing of the file, and the same file must import
completely afterwards.
"""
import os
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from ledger import io
from ledger.models import Document, DocumentLine, Part
from ledger.posting import create_party
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from common import db as dbmod, schema
from common.actor import Actor
from common.models import User
from ledger import io, posting

spec, path, now = sys.argv[1], sys.argv[2], sys.argv[3]
target = dbmod.parse_target(spec, None)
dbmod.open_database(target)
from datetime import datetime
actor = Actor(User.get(User.username == "clerk"), datetime.fromisoformat(now))
# Every document is written by this one function, whether the import posts in one pass or one by one.
real_insert, count = posting._insert_document, [0]

def insert(*args, **kwargs):
    result = real_insert(*args, **kwargs)
    count[0] += 1
    if count[0] == 200:
        print("MIDWAY", flush=True)
        time.sleep(120)
    return result

posting._insert_document = insert
io.import_documents(actor, path)
print("DONE", flush=True)
"""


def big_file(path: Path, lines: int = 10_000, per_document: int = 20) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(io.DOCUMENT_SHEET)
    sheet.append(io.DOCUMENT_HEADERS)
    start = date(2026, 1, 5)
    for n in range(lines):
        document = n // per_document
        sheet.append([start + timedelta(days=document % 300), "总部发货", f"FH-{document:05d}", "HQ",
                      f"P-{n % 500:04d}", f"备件{n % 500}", 1 + n % 7, 12.5, None, None, None])
    book.save(path)
    return path


def spec_of(target) -> str:
    return str(target.path) if target.is_sqlite else target.url


def test_a_killed_import_leaves_nothing_and_the_file_imports_afterwards(db, actors, tmp_path):
    create_party(actors["manager"], "HQ", "客服本部", "hq")
    path = big_file(tmp_path / "big.xlsx")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, spec_of(db), str(path), NOW.isoformat()],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = child.stdout.readline()
        assert line.strip() == "MIDWAY", child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # Nothing of the file: no document, no line, none of the 500 parts it would have created.
    assert (Document.select().count(), DocumentLine.select().count(), Part.select().count()) == (0, 0, 0)

    result = io.import_documents(actors["clerk"], path)
    assert len(result.posted) == 500 and result.line_count == 10_000 and len(result.new_parts) == 500
    assert DocumentLine.select().count() == 10_000

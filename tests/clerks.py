"""Helpers for the tests (and bench/bench_load.py) that run several clerks' processes against one
database at once: document files to import, and ``main.py`` started in child processes that all
begin their command at the same instant."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent

# The child says it is ready once its imports are done and waits for a line on stdin, so that
# children (whose start-up times differ by a few hundred milliseconds) really post at the same time.
CHILD = r"""
import os, sys
ready = int(sys.argv[1])
import main
os.write(ready, b"ready\n")
os.close(ready)
sys.stdin.readline()
sys.exit(main.main(sys.argv[2:]))
"""


def spec_of(target) -> str:
    return str(target.path) if target.is_sqlite else target.url


def write_documents(path: Path, documents) -> Path:
    """An import file (sheet 单据); ``documents``: (date, type, source number, party, [(part, qty)],
    reference)."""
    from ledger import io

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(io.DOCUMENT_SHEET)
    sheet.append(io.DOCUMENT_HEADERS)
    for on, doc_type, number, party, lines, reference in documents:
        for part, qty in lines:
            sheet.append([on, doc_type, number, party, part, f"备件{part}", qty, 12.5, None, reference, None])
    book.save(path)
    return path


def start_cli(target, args: list[str], user: str = "clerk", password: str = "secret-pass-1") -> subprocess.Popen:
    """``main.py ARGS`` in a child that waits for ``go`` (see CHILD); its readiness comes on the
    pipe ``child.ready``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), BRANCHDESK_USER=user, BRANCHDESK_PASSWORD=password)
    read_end, write_end = os.pipe()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(write_end), "--db", spec_of(target), *args],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT, pass_fds=(write_end,))
    os.close(write_end)
    child.ready = os.fdopen(read_end, "rb")
    return child


def go(children) -> None:
    """Wait until every child is ready, then let them all start."""
    for child in children:
        child.ready.readline()
        child.ready.close()
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()


def run_together(target, commands: list[list[str]], timeout: float = 120):
    """Run ``main.py`` once per command, all starting at the same moment; [(exit code, stdout, stderr)]."""
    children = [start_cli(target, args) for args in commands]
    go(children)
    outcomes = []
    for child in children:
        try:
            out, err = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
        outcomes.append((child.returncode, out, err))
    return outcomes


def crossing_files(folder: Path, tag: str, parts: list[str], on: date) -> tuple[Path, Path]:
    """Two files that touch the same counters and balance rows in opposite orders: the first ships
    and then issues, parts ascending; the second issues and then ships, parts descending."""
    # Long documents: the longer a file holds its first counter before it takes its second, the
    # likelier the other file has taken that one meanwhile (which is the crossing that deadlocked).
    ascending = [(p, 1 + k) for k in range(5) for p in parts]  # each row differs (no duplicate rows)
    descending = list(reversed(ascending))
    first = write_documents(folder / f"{tag}-a.xlsx", [
        (on, "总部发货", f"{tag}-A-SHIP", "HQ", ascending, None),
        (on, "发服务站", f"{tag}-A-ISSUE", "S1", ascending, None),
    ])
    second = write_documents(folder / f"{tag}-b.xlsx", [
        (on, "发服务站", f"{tag}-B-ISSUE", "S1", descending, None),
        (on, "总部发货", f"{tag}-B-SHIP", "HQ", descending, None),
    ])
    return first, second


# -- several clerks at work for a while (tests/test_load.py, bench/bench_load.py) ----------------------

LOAD_PARTS = [f"L{n:02d}" for n in range(1, 41)]
LOAD_DAY = date(2026, 11, 20)

# One clerk's process: posts and imports as fast as it can until its time is up, then prints what it
# posted (numbers and line counts), what was refused and how long each operation took, as JSON.
WORKER = r"""
import collections, json, random, sys, time
from datetime import datetime
from pathlib import Path
from common import db as dbmod
from common.actor import Actor
from common.errors import Refusal, RefusalList
from common.models import User
from ledger import io
from ledger.posting import Draft, post
from tests.clerks import LOAD_DAY, LOAD_PARTS, write_documents

spec, tag, seconds, folder, now = sys.argv[1], sys.argv[2], float(sys.argv[3]), Path(sys.argv[4]), sys.argv[5]
dbmod.open_database(dbmod.parse_target(spec, None))
clerk = Actor(User.get(User.username == "clerk"), datetime.fromisoformat(now))
rng = random.Random(tag)
posted, refused, timings, ships = [], collections.Counter(), collections.defaultdict(list), []
deadline = time.monotonic() + seconds
n = 0
while time.monotonic() < deadline:
    n += 1
    parts = rng.sample(LOAD_PARTS, 5)
    kind = ("import", "ship", "issue", "receive")[n % 4]
    started = time.perf_counter()
    try:
        if kind == "import":
            rows = [(p, 1 + k) for k, p in enumerate(parts)]
            documents = [(LOAD_DAY, "总部发货", f"{tag}-F{n}-S", "HQ", rows, None),
                         (LOAD_DAY, "发服务站", f"{tag}-F{n}-I", "S1", list(reversed(rows)), None)]
            if n % 8 == 0:
                documents.reverse()  # files cross each other's order too
            path = write_documents(folder / f"{tag}-{n}.xlsx", documents)
            result = io.import_documents(clerk, path)
            posted += [(d.number, d.line_count) for d in result.documents if d.status == "posted"]
        elif kind == "ship":
            result = post(clerk, Draft("HQ_SHIP", LOAD_DAY, "HQ", f"{tag}-S{n}", lines=[(p, 3) for p in parts]))
            posted.append((result.number, result.line_count))
            ships.append((f"{tag}-S{n}", parts))
        elif kind == "issue":
            result = post(clerk, Draft("STATION_ISSUE", LOAD_DAY, "S1", lines=[(p, 1, None, True) for p in parts]))
            posted.append((result.number, result.line_count))
        elif ships:
            number, shipped = ships.pop(0)
            result = post(clerk, Draft("HQ_RECEIVE", LOAD_DAY, "HQ", f"{number}-R", reference=number,
                                       lines=[(p, 3) for p in shipped]))
            posted.append((result.number, result.line_count))
    except RefusalList as refusal:
        refused[refusal.code] += 1
    except Refusal as refusal:
        refused[refusal.code] += 1
    timings[kind].append(time.perf_counter() - started)
dbmod.close_database()
print(json.dumps({"tag": tag, "posted": posted, "refused": refused, "timings": timings,
                  "retries": dbmod.retries}))
"""


def accounts(now, password: str = "secret-pass-1") -> dict:
    """An admin, a clerk, finance and a manager, made as the app makes accounts (``check`` wants
    each account's creation in the audit log)."""
    from common import auth
    from common.actor import Actor

    admin = Actor(auth.create_first_admin("admin", "系统管理员", password, now), now)
    made = {"admin": admin}
    for role, name in (("clerk", "王丽"), ("finance", "陈静"), ("manager", "张经理")):
        made[role] = Actor(auth.create_user(admin, role, name, role, password, must_change_password=False), now)
    return made


def stock_branch(actors, parts: list[str], qty: int) -> None:
    """HQ, one station, ``parts`` each with ``qty`` good on the shelf (shipped and received)."""
    from ledger.posting import Draft, create_part, create_party, post

    manager = actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_party(manager, "S1", "郑州金水服务站", "station")
    for number in parts:
        create_part(manager, number, f"备件{number}", price_fen=1250)
    lines = [(p, qty) for p in parts]
    post(manager, Draft("HQ_SHIP", date(2026, 11, 1), "HQ", "START", lines=lines))
    post(manager, Draft("HQ_RECEIVE", date(2026, 11, 2), "HQ", "START-R", reference="START", lines=lines))


def stock_load_branch(actors) -> None:
    """The load's branch: every part well stocked."""
    stock_branch(actors, LOAD_PARTS, 2000)


def run_load(target, folder: Path, processes: int, seconds: float, now: str) -> list[tuple[int, dict | None, str]]:
    """``processes`` clerks (WORKER) at work on ``target`` for ``seconds``, started together:
    [(exit code, the worker's figures or None, stderr)]."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [subprocess.Popen([sys.executable, "-c", WORKER, spec_of(target), f"C{n}", str(seconds), str(folder),
                                  now], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
                for n in range(processes)]
    outcomes = []
    for child in children:
        try:
            out, err = child.communicate(timeout=seconds + 120)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
        import json

        figures = json.loads(out.strip().splitlines()[-1]) if child.returncode == 0 and out.strip() else None
        outcomes.append((child.returncode, figures, err))
    return outcomes

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

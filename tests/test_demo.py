"""`main.py demo`: a realistic branch that obeys the books' rules, built all or nothing."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.test_cli import ROOT, run_cli

ADMIN = {"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": "demo1234"}


def test_a_killed_demo_leaves_nothing_then_a_full_demo_passes_every_check(tmp_path):
    target = tmp_path / "demo.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", BRANCHDESK_DATA_DIR=str(tmp_path))
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(target), "demo", "--years", "1"],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    building = target.with_name(target.name + ".building")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (building.exists() and building.stat().st_size > 200_000):
        time.sleep(0.05)
    assert child.poll() is None, "the demo finished before it could be interrupted"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert not target.exists()

    built = run_cli("--db", target, "demo", "--years", "1", data_dir=tmp_path)
    assert built.returncode == 0, built.stderr
    assert not building.exists()
    checked = run_cli("--db", target, "check", env=ADMIN, data_dir=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    conn = sqlite3.connect(target)
    roles = dict(conn.execute("SELECT username, role FROM user"))
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("ledger_party", "ledger_part", "ledger_document", "customer", "vehicle", "repair_visit")}
    provinces = {row[0][0] for row in conn.execute("SELECT plate FROM vehicle WHERE plate IS NOT NULL")}
    doc_types = {row[0] for row in conn.execute("SELECT DISTINCT doc_type FROM ledger_document")}
    conn.close()
    assert roles == {"admin": "admin", "clerk": "clerk", "finance": "finance", "manager": "manager"}
    assert counts["ledger_party"] >= 20 and counts["ledger_part"] >= 100 and counts["ledger_document"] >= 1000
    assert counts["customer"] >= 500 and counts["vehicle"] >= 500 and counts["repair_visit"] >= 100
    assert len(provinces) >= 3  # plates of several provinces
    assert {"HQ_SHIP", "HQ_RECEIVE", "STATION_ISSUE", "STATION_BAD_RETURN", "HQ_BAD_RETURN",
            "HQ_BAD_CONFIRM", "REVERSAL"} <= doc_types

    # The books as the command line reports them: nothing negative anywhere.
    balance = run_cli("--db", target, "balance", "--json", env=ADMIN, data_dir=tmp_path)
    parts = json.loads(balance.stdout)["parts"]
    assert parts and all(entry[book] >= 0 for entry in parts.values()
                         for book in ("good", "bad", "in_transit_in", "in_transit_out"))


def test_demo_refuses_to_overwrite_an_existing_database(tmp_path):
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(b"precious")
    result = run_cli("--db", target, "demo", data_dir=tmp_path)
    assert result.returncode == 1
    assert "已存在" in result.stderr
    assert target.read_bytes() == b"precious"

"""`main.py inspection record --doc NO`: a station's return counted in on the command line, after
which `report tracking --doc NO` prints from it (issue 19 item 6)."""
from __future__ import annotations

from ledger import inspection
from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli
from tests.test_receiving_forms import text_of
from tests.test_ui_inspection_dialog import station_return

ENV = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}


def test_inspection_record_on_the_command_line_then_the_tracking_form(sqlite_db, sqlite_actors, tmp_path):
    received = station_return(sqlite_actors["clerk"])

    def cli(*args):
        return run_cli("--db", sqlite_db.path, *args, env=ENV, data_dir=tmp_path / "cli")

    refused = cli("inspection", "record", "--doc", received.number, "--found", "XX-1=1")
    assert refused.returncode == 1 and "--found XX-1：单据上没有这个备件或行号" in refused.stderr
    refused = cli("inspection", "record", "--doc", received.number, "--anomaly", "OF-1012010=碎了:全碎")
    assert refused.returncode == 1 and "碎了" in refused.stderr
    assert inspection.Inspection.select().count() == 0  # refused: nothing recorded

    done = cli("inspection", "record", "--doc", received.number, "--found", "BP-3501010=3",
               "--anomaly", "OF-1012010=露皮:外壳磨损", "--package-damaged", "外箱挤压", "--opened-with", "物流王师傅")
    assert done.returncode == 0, done.stderr
    assert f"已记录 {received.number} 的到货检验：2 行，2 项异常待跟进。" in done.stdout

    out = tmp_path / "t.pdf"
    printed = cli("report", "tracking", "--doc", received.number, "--out", out)
    assert printed.returncode == 0, printed.stderr
    text = text_of(out)
    bp_row = next(line for line in text.splitlines() if "BP-3501010" in line and "前刹车片" in line)
    assert bp_row.split()[3:6] == ["4", "3", "-1"]
    for fact in ("缺件：清单 4，实收 3", "露皮：外壳磨损", "破损（外箱挤压）", "DL-1110", "开箱见证人：物流王师傅"):
        assert fact in text, fact

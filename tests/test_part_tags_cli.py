"""The parts clerk's floor on the command line: tags of a station's return, boxes for HQ, HQ's
confirmation of one box, and the tag still missing named with its box."""
from datetime import date

from common import db as dbmod
from ledger.posting import Draft, post
from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli
from tests.test_part_tags import branch_with_returns


def test_tags_packing_and_confirmation_from_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    ret = post(clerk, Draft("HQ_BAD_RETURN", date(2026, 11, 12), "HQ", "FHZB-1", lines=[("BP-3501010", 4)]))
    confirm = post(clerk, Draft("HQ_BAD_CONFIRM", date(2026, 11, 18), "HQ", "RKD-1", reference=ret.document_id,
                                lines=[("BP-3501010", 3)]))
    dbmod.close_database()
    env = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args: run_cli("--db", sqlite_db.path, *args, env=env, data_dir=tmp_path)

    printed = cli("report", "tags", "--document", back.number.lower(), "--out", tmp_path / "tags.pdf")
    assert printed.returncode == 0, printed.stderr
    assert "5 张标签" in printed.stdout and (tmp_path / "tags.pdf").exists()
    ids = [f"{back.number}-1-{n}" for n in range(1, 5)]
    twice = cli("packing", "pack", "--document", ret.number, "--box", f"2.5:{ids[0]},{ids[1]}",
                "--box", f"1:{ids[1]}")
    assert twice.returncode == 1 and f"标签 {ids[1]} 装了两次：第 1 箱和第 2 箱" in twice.stdout + twice.stderr
    packed = cli("packing", "pack", "--document", ret.number, "--box", f"2.5:{ids[0]},{ids[1]},{ids[2]}",
                 "--box", f"0.9:{ids[3]}")
    assert packed.returncode == 0, packed.stderr
    assert "第 1 箱：3 件" in packed.stdout and "第 2 箱：1 件" in packed.stdout
    report = cli("report", "packing", "--document", ret.number, "--out", tmp_path / "packing.pdf")
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "packing.pdf").exists() and (tmp_path / "packing-labels.pdf").exists()
    confirmed = cli("packing", "confirm", "--document", confirm.number, "--box", "1")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "已确认 3 个标签" in confirmed.stdout
    assert f"标签 {ids[3]}（BP-3501010 前刹车片）未确认收到：装在第 2 箱。" in confirmed.stdout
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "packing", "missing", "--document", ret.number,
                      env=env, data_dir=tmp_path)
    assert f"Tag {ids[3]} (BP-3501010 前刹车片) not confirmed as received: it was packed in box 2." in english.stdout

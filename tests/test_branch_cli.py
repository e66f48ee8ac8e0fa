"""``main.py branch show|set`` and ``init --branch-...`` as an admin scripts them (real processes)."""
from __future__ import annotations

import json

from tests.test_cli import ADMIN, run_cli

IDENTITY = ["--name", "河南分公司客服部", "--brand", "一汽-大众", "--address", "河南省郑州市金水区花园路 126 号",
            "--phone", "0371-6598 2100", "--code", "hn01"]


def test_init_with_the_identity_then_show_and_change_it(tmp_path):
    db = tmp_path / "branch.sqlite3"
    init_options = [f"--branch-{option[2:]}" if option.startswith("--") else option for option in IDENTITY]
    made = run_cli("--db", db, "init", *init_options, env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr

    shown = run_cli("--db", db, "branch", "show", "--json", env=ADMIN, data_dir=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {"name": "河南分公司客服部", "brand": "一汽-大众",
                                        "address": "河南省郑州市金水区花园路 126 号", "phone": "0371-6598 2100",
                                        "code": "HN01", "set": True}

    # set changes only what it is given
    changed = run_cli("--db", db, "branch", "set", "--phone", "400-800-1234", env=ADMIN, data_dir=tmp_path)
    assert changed.returncode == 0, changed.stderr
    assert "电话：400-800-1234" in changed.stdout and "分公司编码：HN01" in changed.stdout
    text = run_cli("--db", db, "branch", "show", env=ADMIN, data_dir=tmp_path).stdout
    assert "分公司名称：河南分公司客服部" in text and "品牌：一汽-大众" in text
    nothing = run_cli("--db", db, "branch", "set", env=ADMIN, data_dir=tmp_path)
    assert nothing.returncode == 2 and "--code" in nothing.stderr


def test_a_bad_field_is_refused_naming_it_and_nothing_changes(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    shown = run_cli("--db", db, "branch", "show", env=ADMIN, data_dir=tmp_path)
    assert "分公司名称：分公司客服部" in shown.stdout and "尚未设置" in shown.stdout

    bad = run_cli("--db", db, "branch", "set", *IDENTITY[:-1], "HN-01", env=ADMIN, data_dir=tmp_path)
    assert bad.returncode == 1
    assert "分公司编码“HN-01”无效" in bad.stderr
    english = run_cli("--db", db, "--lang", "en", "branch", "set", "--name", "", env=ADMIN, data_dir=tmp_path)
    assert english.returncode == 1 and "branch name" in english.stderr.lower()
    assert json.loads(run_cli("--db", db, "branch", "show", "--json", env=ADMIN, data_dir=tmp_path).stdout)["set"] is False


def test_a_bad_identity_at_init_writes_no_database_user(tmp_path):
    db = tmp_path / "branch.sqlite3"
    refused = run_cli("--db", db, "init", "--branch-name", "河南分公司客服部", "--branch-phone", "打电话",
                      env=ADMIN, data_dir=tmp_path)
    assert refused.returncode == 1 and "电话“打电话”不像电话号码" in refused.stderr
    # the admin was not created: init can run again with a good identity
    again = run_cli("--db", db, "init", "--branch-name", "河南分公司客服部", env=ADMIN, data_dir=tmp_path)
    assert again.returncode == 0, again.stderr

"""`main.py report mackay` (issue 15 item 10): a plain print masks the sensitive items for every role
that may print (the manager, who may see them, included; an admin may not print personal data); `--sensitive` prints them for a role that may see them, and exits 1
with the key's message, writing nothing, when they cannot be decrypted."""
import base64
import os

import pytest

from common.pdf import pdf_text
from tests.test_cli import ADMIN, run_cli
from tests.test_restore import MANAGER, run_py

HEALTH = "HEALTH-MARKER-糖尿病控制中"
CLERK = {"BRANCHDESK_USER": "wang", "BRANCHDESK_PASSWORD": "wang-pass-77"}


@pytest.fixture
def branch(tmp_path):
    db = tmp_path / "branch.sqlite3"
    made = run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    customer_id = run_py(f"""
        admin = actor("admin")
        options = ({{"must_change_password": False}}
                   if "must_change_password" in inspect.signature(auth.create_user).parameters else {{}})
        auth.create_user(admin, "boss", "张经理", "manager", "{MANAGER['BRANCHDESK_PASSWORD']}", **options)
        auth.create_user(admin, "wang", "王丽", "clerk", "{CLERK['BRANCHDESK_PASSWORD']}", **options)
        boss = actor("boss")
        customer = files.create_customer(boss, kind="person", name="周志强")
        P.record_consent(boss, customer.id, given_on=boss.today, scope=["health"])
        P.save_profile(boss, customer.id, {{"45_dishes": "粤菜早茶", "40_health": "{HEALTH}"}})
        print(customer.id)
    """, db, tmp_path).strip()
    return db, customer_id


def printed(path):
    return "".join(pdf_text(path)).replace("\n", "")


@pytest.mark.parametrize("who", [MANAGER, CLERK], ids=["manager", "clerk"])
def test_a_plain_print_masks_sensitive_items_for_every_role(branch, tmp_path, who):
    db, customer_id = branch
    out = tmp_path / "plain.pdf"
    result = run_cli("--db", db, "report", "mackay", "--customer", customer_id, "--out", out, env=who, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    text = printed(out)
    assert "粤菜早茶" in text and HEALTH not in text and "●●●" in text


def test_the_sensitive_print_shows_them_to_the_manager(branch, tmp_path):
    db, customer_id = branch
    out = tmp_path / "sensitive.pdf"
    result = run_cli("--db", db, "report", "mackay", "--customer", customer_id, "--sensitive", "--out", out,
                     env=MANAGER, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert HEALTH in printed(out)


def test_the_sensitive_print_refuses_when_the_key_cannot_open_them(branch, tmp_path):
    db, customer_id = branch
    other = tmp_path / "other.key"
    other.write_text("BranchDesk profile key v1\n" + base64.b64encode(os.urandom(32)).decode() + "\n")
    for key, said in ((other, "不匹配"), (tmp_path / "missing.key", "找不到敏感信息密钥文件")):
        out = tmp_path / "refused.pdf"
        result = run_cli("--db", db, "report", "mackay", "--customer", customer_id, "--sensitive", "--out", out,
                         env={**MANAGER, "BRANCHDESK_PROFILE_KEY_FILE": str(key)}, data_dir=tmp_path)
        assert result.returncode == 1, result.stdout
        assert said in result.stderr, result.stderr
        assert not out.exists()

"""Logging in tells nothing about which names exist, passwords are not guessable, and an account an
administrator set up must choose its own password first (issue 15 item 12)."""
from __future__ import annotations

import hashlib

import pytest

from common import auth
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW, TEST_PASSWORD
from tests.test_cli import ADMIN, run_cli


def _refusal(username: str, password: str) -> Refusal:
    with pytest.raises(Refusal) as refused:
        auth.authenticate(username, password, NOW)
    return refused.value


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer_after_the_same_work(actors, monkeypatch):
    calls = []
    real = hashlib.scrypt

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    unknown = _refusal("nobody", "wrong-password")
    unknown_work = len(calls)
    wrong = _refusal("clerk", "wrong-password")
    assert (unknown.code, unknown.facts) == ("auth.failed", {"username": "nobody"})
    assert (wrong.code, wrong.facts) == ("auth.failed", {"username": "clerk"})
    # One scrypt check each: the time taken does not tell the names apart either.
    assert unknown_work == 1 and len(calls) == 2


@pytest.mark.parametrize("password, code", [
    ("short1", "auth.password_too_short"),
    ("aaaaaaaa", "auth.password_one_character"),
    ("８８８８８８８８", "auth.password_one_character"),  # full-width, typed with an IME
    ("88888888", "auth.password_one_character"),
    ("12345678", "auth.password_common"),
    ("woaini1314", "auth.password_common"),
    ("qwertyui", "auth.password_common"),
    ("Password1", "auth.password_common"),
    ("demo1234", "auth.password_common"),  # outside a demo database
])
def test_weak_passwords_are_refused_with_their_reason(actors, password, code):
    with pytest.raises(Refusal) as refused:
        auth.create_user(actors["admin"], "zhao", "赵敏", "clerk", password)
    assert refused.value.code == code
    assert not User.select().where(User.username == "zhao").exists()


def test_the_demo_password_is_accepted_only_in_a_demo_database(actors):
    auth.mark_demo_database()
    assert auth.is_demo_database()
    auth.create_user(actors["admin"], "zhao", "赵敏", "clerk", auth.DEMO_PASSWORD)


def test_an_account_an_admin_creates_or_resets_must_change_its_password(actors):
    admin = actors["admin"]
    user = auth.create_user(admin, "zhao", "赵敏", "clerk", "first-pass-9")
    assert User.get_by_id(user.id).must_change_password
    actor = auth.authenticate("zhao", "first-pass-9", NOW)
    with pytest.raises(Refusal) as refused:
        auth.require_password_changed(actor)
    assert refused.value.code == "auth.must_change_password"
    with pytest.raises(Refusal) as refused:
        auth.change_own_password(actor, "first-pass-9", "first-pass-9")
    assert refused.value.code == "auth.password_unchanged"
    auth.change_own_password(actor, "first-pass-9", "zhao-own-pass")
    assert not User.get_by_id(user.id).must_change_password
    auth.require_password_changed(auth.authenticate("zhao", "zhao-own-pass", NOW))
    auth.reset_password(admin, user.id, "reset-pass-77")
    assert User.get_by_id(user.id).must_change_password
    changed = AuditLog.select().where(AuditLog.action == "user.change_password").get()
    assert '"required": true' in changed.detail


def test_existing_accounts_need_not_change_anything(actors):
    assert not User.get(User.username == "clerk").must_change_password
    auth.require_password_changed(auth.authenticate("clerk", TEST_PASSWORD, NOW))


def test_the_command_line_refuses_a_must_change_account_until_users_passwd(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    added = run_cli("--db", db, "users", "add", "zhao", "--role", "clerk",
                    env={**ADMIN, "BRANCHDESK_NEW_PASSWORD": "first-pass-9"}, data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "首次登录时须修改密码" in added.stdout
    zhao = {"BRANCHDESK_USER": "zhao", "BRANCHDESK_PASSWORD": "first-pass-9"}
    refused = run_cli("--db", db, "today", "--json", env=zhao, data_dir=tmp_path)
    assert refused.returncode == 1
    assert "须先修改密码" in refused.stderr and "users passwd zhao" in refused.stderr
    # A script logging the desktop app in from the environment cannot answer the dialog: refused too.
    window = run_cli("--db", db, "gui", "--exit-when-shown", env=zhao, data_dir=tmp_path)
    assert window.returncode == 1 and "须先修改密码" in window.stderr and "SHOWN" not in window.stdout
    weak = run_cli("--db", db, "users", "passwd", env={**zhao, "BRANCHDESK_NEW_PASSWORD": "woaini1314"},
                   data_dir=tmp_path)
    assert weak.returncode == 1 and "太常见" in weak.stderr
    changed = run_cli("--db", db, "users", "passwd", env={**zhao, "BRANCHDESK_NEW_PASSWORD": "zhao-own-pass"},
                      data_dir=tmp_path)
    assert changed.returncode == 0, changed.stderr
    done = run_cli("--db", db, "today", "--json", env={**zhao, "BRANCHDESK_PASSWORD": "zhao-own-pass"},
                   data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    # An administrator's reset: the account must change it again.
    reset = run_cli("--db", db, "users", "passwd", "zhao", env={**ADMIN, "BRANCHDESK_NEW_PASSWORD": "reset-pass-77"},
                    data_dir=tmp_path)
    assert reset.returncode == 0, reset.stderr
    again = run_cli("--db", db, "today", "--json", env={**zhao, "BRANCHDESK_PASSWORD": "reset-pass-77"},
                    data_dir=tmp_path)
    assert again.returncode == 1 and "须先修改密码" in again.stderr


def test_the_command_line_says_the_same_for_an_unknown_name_and_a_wrong_password(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    wrong = run_cli("--db", db, "users", "list", env={**ADMIN, "BRANCHDESK_PASSWORD": "nope-nope"}, data_dir=tmp_path)
    unknown = run_cli("--db", db, "users", "list", env={"BRANCHDESK_USER": "ghost", "BRANCHDESK_PASSWORD": "nope-nope"},
                      data_dir=tmp_path)
    assert wrong.returncode == unknown.returncode == 1
    assert wrong.stderr == unknown.stderr and "用户名或密码不正确" in wrong.stderr

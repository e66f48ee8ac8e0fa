"""The PostgreSQL password (issue 17 item 3): from the credential store or libpq's password file,
asked once when missing and kept only where the user agreed; never in settings.json, never shown,
never printed; user names and passwords with any characters.

A real throwaway cluster demanding scram-sha-256 (tests/pgauth.py). The OS credential store is
not available here, so an in-memory keyring backend stands in for it (keyring.set_keyring).
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from common import credentials, db as dbmod, localsettings, schema
from common.errors import Refusal
from tests.conftest import NOW
from tests.pgauth import LOGIN_PASSWORD, LOGIN_USER, auth_cluster, store  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent


def _prompt(answers):
    asked = []

    def prompt(where, user, wrong, can_remember):
        asked.append((where, user, wrong, can_remember))
        return answers.pop(0) if answers else None

    return prompt, asked


def test_a_password_with_url_breaking_characters_connects_from_the_credential_store(auth_cluster, store):
    credentials.store_password(auth_cluster.login_params(), LOGIN_PASSWORD)
    target = dbmod.parse_target(auth_cluster.login_url(), default=Path())
    dbmod.open_database(target)
    user = dbmod.database.execute_sql("SELECT current_user").fetchone()[0]
    assert user == LOGIN_USER
    assert LOGIN_PASSWORD not in target.describe() and LOGIN_PASSWORD not in repr(target)


def test_libpq_keyword_form_names_a_user_with_any_characters(auth_cluster, store):
    credentials.store_password(auth_cluster.login_params(), LOGIN_PASSWORD)
    spec = f"host={auth_cluster.socket_dir} dbname={auth_cluster.login_db} user='王 li@#/:%'"
    dbmod.open_database(dbmod.parse_target(spec, default=Path()))
    assert dbmod.database.execute_sql("SELECT current_user").fetchone()[0] == LOGIN_USER


def test_a_password_in_the_address_is_moved_out_and_still_connects(auth_cluster, store):
    target = dbmod.parse_target(auth_cluster.login_url(LOGIN_PASSWORD), default=Path())
    assert target.password == LOGIN_PASSWORD
    assert "p%40ss" not in target.url and LOGIN_PASSWORD not in target.url
    dbmod.open_database(target)
    assert dbmod.database.execute_sql("SELECT current_user").fetchone()[0] == LOGIN_USER


def test_asked_once_and_stored_only_when_the_user_agrees(auth_cluster, store):
    target = dbmod.parse_target(auth_cluster.login_url(), default=Path())
    prompt, asked = _prompt([(LOGIN_PASSWORD, False)])
    dbmod.check_target(target.url, ask=prompt)
    assert len(asked) == 1 and asked[0][1] == LOGIN_USER and asked[0][2] is False
    assert store.entries == {}  # not agreed: not kept
    prompt, asked = _prompt([(LOGIN_PASSWORD, True)])
    dbmod.check_target(target.url, ask=prompt)
    assert list(store.entries.values()) == [LOGIN_PASSWORD]
    # The next start finds it in the store and asks nothing.
    prompt, asked = _prompt([])
    dbmod.set_password_prompt(prompt)
    dbmod.open_database(target)
    assert asked == []


def test_a_wrong_password_is_asked_again_and_declining_refuses(auth_cluster, store):
    target = dbmod.parse_target(auth_cluster.login_url(), default=Path())
    prompt, asked = _prompt([("not-it", True), (LOGIN_PASSWORD, True)])
    dbmod.check_target(target.url, ask=prompt)
    assert [wrong for _, _, wrong, _ in asked] == [False, True]
    assert list(store.entries.values()) == [LOGIN_PASSWORD]  # the wrong one was never kept
    store.entries.clear()
    prompt, asked = _prompt([])
    with pytest.raises(Refusal) as refused:
        dbmod.check_target(target.url, ask=prompt)
    assert refused.value.code == "db.password_needed" and len(asked) == 1


def test_without_any_prompt_a_missing_password_is_refused_with_a_reason(auth_cluster, store):
    from ui.messages import refusal_text

    with pytest.raises(Refusal) as refused:
        dbmod.open_database(dbmod.parse_target(auth_cluster.login_url(), default=Path()))
    assert refused.value.code == "db.password_needed"
    assert "pgpass" in refusal_text(refused.value)


def test_libpqs_password_file_is_honoured_and_written_where_no_store_exists(auth_cluster, store, tmp_path):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not credentials.store_available()
    prompt, asked = _prompt([(LOGIN_PASSWORD, True)])
    dbmod.check_target(auth_cluster.login_url(), ask=prompt)
    pgpass = tmp_path / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600  # libpq ignores a file others may read
    assert asked[0][3] is False  # the dialog says where it will go
    # psycopg2 reads that file by itself: no store, no prompt, yet it connects.
    dbmod.open_database(dbmod.parse_target(auth_cluster.login_url(), default=Path()))
    assert dbmod.database.execute_sql("SELECT current_user").fetchone()[0] == LOGIN_USER


def test_settings_file_is_owner_only_and_never_holds_a_password(auth_cluster, store, tmp_path):
    localsettings.set_database_spec(auth_cluster.login_url(LOGIN_PASSWORD))
    path = tmp_path / "data" / "settings.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert "p%40ss" not in text and LOGIN_PASSWORD not in text
    assert json.loads(text)["database"] == auth_cluster.login_url()


def test_an_old_settings_file_with_a_password_is_migrated_on_first_read(auth_cluster, store, tmp_path):
    path = tmp_path / "data" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"database": auth_cluster.login_url(LOGIN_PASSWORD), "other": 1}), encoding="utf-8")
    os.chmod(path, 0o644)
    assert localsettings.database_spec() == auth_cluster.login_url()
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == {"database": auth_cluster.login_url(), "other": 1}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(store.entries.values()) == [LOGIN_PASSWORD]
    # And the migrated address opens with the moved password, asking nothing.
    dbmod.open_database(dbmod.parse_target(localsettings.database_spec(), default=Path()))
    schema.upgrade(dbmod.parse_target(localsettings.database_spec(), default=Path()), NOW)
    assert dbmod.database.execute_sql("SELECT current_user").fetchone()[0] == LOGIN_USER


def test_the_command_line_never_prints_the_password(auth_cluster, tmp_path):
    url = auth_cluster.login_url("wrong:" + LOGIN_PASSWORD)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRANCHDESK_", "PG"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", "BRANCHDESK_DATA_DIR": str(tmp_path),
                "PGPASSFILE": str(tmp_path / "none"), "BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": "admin-pass-1"})
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "init"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "无法连接数据库服务器" in result.stderr and "Traceback" not in result.stderr
    for shown in (result.stdout, result.stderr):
        assert LOGIN_PASSWORD not in shown and "p%40ss" not in shown and "wrong" not in shown

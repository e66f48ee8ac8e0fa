"""Helpers for the credential tests: a throwaway PostgreSQL cluster that demands a password, and
an in-memory credential store.

The cluster is tests.pgcluster's, initialised with scram-sha-256 for every connection (its
private Unix socket only) instead of trust, and holding a login role whose name and password use
the characters that broke URLs (@ # / : % space, quotes, Chinese). The operating system's
credential store is not available where the tests run (no Windows Credential Manager, no desktop
Secret Service), so ``MemoryKeyring`` stands in for it through keyring.set_keyring: the code under
test talks to the real ``keyring`` API.
"""
from __future__ import annotations

import os
from urllib.parse import quote

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.pgcluster import PG_USER, Cluster

SUPERUSER_PASSWORD = "super:secret@1"
LOGIN_USER = "王 li@#/:%"
LOGIN_PASSWORD = "p@ss#/:% 密码'\"\\x"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


class PasswordCluster(Cluster):
    admin_password = SUPERUSER_PASSWORD

    def start(self) -> "PasswordCluster":
        password_file = self.root / "superuser-password"
        password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        if self._run_as:
            os.chown(password_file, *self._run_as)
        self._run(self.initdb, "-D", str(self.data), "-U", PG_USER, "-A", "scram-sha-256",
                  f"--pwfile={password_file}", "-E", "UTF8", "--no-sync")
        password_file.unlink()
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -c fsync=off "
                   "-c full_page_writes=off -c max_connections=20")
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options, "start")
        self.login_db = self.create_database()
        self._admin_execute(f"CREATE ROLE {_ident(LOGIN_USER)} LOGIN PASSWORD {_literal(LOGIN_PASSWORD)}")
        self._admin_execute(f"ALTER DATABASE {_ident(self.login_db)} OWNER TO {_ident(LOGIN_USER)}")
        return self

    def login_url(self, password: str | None = None) -> str:
        """The login role's URL, its user (and a password, when given) percent-encoded."""
        secret = f":{quote(password, safe='')}" if password is not None else ""
        return f"postgresql://{quote(LOGIN_USER, safe='')}{secret}@/{self.login_db}?host={quote(str(self.socket_dir))}"

    def login_params(self) -> dict:
        return {"user": LOGIN_USER, "dbname": self.login_db, "host": str(self.socket_dir)}


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@pytest.fixture(scope="module")
def auth_cluster():
    cluster = PasswordCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def store(monkeypatch, tmp_path):
    """An empty in-memory credential store, no password file (PGPASSFILE points at nothing yet), no
    PGPASSWORD, a data directory of the test's own and no password prompt."""
    from common import db as dbmod

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "data"))
    dbmod.set_password_prompt(None)
    yield memory
    dbmod.close_database()
    dbmod.set_password_prompt(None)
    keyring.set_keyring(previous)

"""A throwaway PostgreSQL cluster for the tests.

``initdb`` into a temporary directory, ``pg_ctl start`` listening only on a private Unix socket in
that directory, trust authentication for one user. PostgreSQL refuses to run as root, so when the
tests run as root (CI does) the cluster is created and started as the unprivileged ``nobody``.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

PG_USER = "branchdesk"


class PostgresMissing(RuntimeError):
    pass


def find_bin(name: str) -> str:
    override = os.environ.get("BRANCHDESK_PG_BIN")
    candidates = [os.path.join(override, name)] if override else []
    found = shutil.which(name)
    if found:
        candidates.append(found)
    candidates += sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise PostgresMissing(
        f"PostgreSQL server program '{name}' not found. The tests need a real PostgreSQL 15 server: "
        "install it (Debian/Ubuntu: apt-get install postgresql-15) or set BRANCHDESK_PG_BIN to its bin directory."
    )


class Cluster:
    admin_password = None  # trust authentication; tests/pgauth.py's cluster demands one
    def __init__(self):
        self.initdb = find_bin("initdb")
        self.pg_ctl = find_bin("pg_ctl")
        self.root = Path(tempfile.mkdtemp(prefix="branchdesk-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.log = self.root / "server.log"
        self._run_as = None
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self._run_as = (nobody.pw_uid, nobody.pw_gid)
            os.chown(self.root, *self._run_as)
        self._counter = 0

    def _run(self, *args: str) -> None:
        kwargs = {}
        if self._run_as:
            kwargs = {"user": self._run_as[0], "group": self._run_as[1], "extra_groups": []}
        result = subprocess.run(
            list(args), capture_output=True, text=True, cwd=self.root, env={**os.environ, "LC_ALL": "C.UTF-8"}, **kwargs
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}\n{log}")

    def start(self) -> "Cluster":
        self._run(self.initdb, "-D", str(self.data), "-U", PG_USER, "-A", "trust", "-E", "UTF8", "--no-sync")
        self.start_server()
        return self

    def start_server(self) -> None:
        """(Re)start the server on the existing data directory."""
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -c fsync=off -c full_page_writes=off -c max_connections=50"
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options, "start")

    def stop_server(self) -> None:
        """Stop the server as an administrator would (fast: sessions are ended), keeping its data."""
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql://{PG_USER}@/{dbname}?host={self.socket_dir}"

    def _admin_execute(self, sql: str) -> None:
        import psycopg2

        conn = psycopg2.connect(dbname="postgres", user=PG_USER, host=str(self.socket_dir), password=self.admin_password)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    def create_database(self, template: str | None = None) -> str:
        """A new empty database, or a copy of ``template`` (which nobody may be connected to)."""
        self._counter += 1
        name = f"test_{os.getpid()}_{self._counter}"
        self._admin_execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self._admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

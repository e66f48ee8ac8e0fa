"""The two database roles of a shared branch (issue 17 item 2): the administrator's script
(resources/sql/roles.sql, run with psql as printed by `main.py db roles`) makes an owner and the
app's login role; `main.py --owner-user OWNER init` builds the schema as the owner and grants the app
its rows; then the app's role works normally (post, import, produce and sign the day, `check`) but
cannot drop or disable a trigger, cannot change or remove audit rows, and cannot change the
schema; a start that needs a schema upgrade is refused with how to do it, not a traceback."""
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import errors

from common import db as dbmod
from common.actor import Actor
from tests.conftest import NOW, TEST_PASSWORD
from tests.pgcluster import PG_USER, find_bin

ROOT = Path(__file__).resolve().parent.parent


def main_py(*args, env=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def roles(pg_cluster):
    """The script run as the administrator would run it; the roles and database dropped after."""
    suffix = os.getpid()
    owner, app, name = f"bd_owner_{suffix}", f"bd_app_{suffix}", f"bd_roles_{suffix}"
    script = main_py("db", "roles")
    assert script.returncode == 0, script.stderr
    psql = subprocess.run(
        [find_bin("psql"), "-X", "-q", "-h", str(pg_cluster.socket_dir), "-U", PG_USER, "-d", "postgres",
         "-v", f"owner={owner}", "-v", f"app={app}", "-v", f"dbname={name}"],
        input=script.stdout, capture_output=True, text=True, timeout=60)
    assert psql.returncode == 0, psql.stderr
    yield owner, app, name, f"postgresql://{app}@/{name}?host={pg_cluster.socket_dir}"
    dbmod.close_database()
    pg_cluster._admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pg_cluster._admin_execute(f'DROP ROLE IF EXISTS "{app}"')
    pg_cluster._admin_execute(f'DROP ROLE IF EXISTS "{owner}"')


def as_role(pg_cluster, role: str, name: str):
    conn = psycopg2.connect(dbname=name, user=role, host=str(pg_cluster.socket_dir))
    conn.autocommit = True
    return conn


def test_the_app_role_reads_and_writes_rows_but_cannot_touch_triggers_audit_or_schema(pg_cluster, roles, tmp_path):
    owner, app, name, url = roles
    init = main_py("--db", url, "--owner-user", owner, "init",
                   env={"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": TEST_PASSWORD})
    assert init.returncode == 0, init.stderr
    owner_conn = as_role(pg_cluster, owner, name)
    with owner_conn.cursor() as cur:  # the tables and their triggers belong to the owner
        cur.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        assert cur.fetchall() == [(owner,)]
        cur.execute("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
        assert cur.fetchone()[0] >= 1
        cur.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
        trigger = cur.fetchone()[0]
        # No table grants the app TRIGGER, TRUNCATE or REFERENCES; the audit log not UPDATE or DELETE.
        cur.execute("""SELECT c.relname, p.privilege FROM pg_class c CROSS JOIN
                       unnest(ARRAY['TRIGGER', 'TRUNCATE', 'REFERENCES']) AS p(privilege)
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                       AND has_table_privilege(%s, c.oid, p.privilege)""", (app,))
        assert cur.fetchall() == []
        cur.execute("SELECT has_table_privilege(%s, 'audit_log', 'UPDATE'), "
                    "has_table_privilege(%s, 'audit_log', 'DELETE'), has_table_privilege(%s, 'audit_log', 'INSERT')",
                    (app, app, app))
        assert cur.fetchone() == (False, False, True)

    app_conn = as_role(pg_cluster, app, name)
    refused = {}
    for label, sql in (
        ("drop trigger", f'DROP TRIGGER "{trigger}" ON audit_log'),
        ("disable trigger", "ALTER TABLE audit_log DISABLE TRIGGER ALL"),
        ("delete audit", "DELETE FROM audit_log"),
        ("update audit", "UPDATE audit_log SET detail = 'x'"),
        ("truncate audit", "TRUNCATE audit_log"),
        ("create table", "CREATE TABLE sneaky (id int)"),
        ("drop table", "DROP TABLE ledger_document CASCADE"),
        ("migration history", "DELETE FROM schema_migration"),
    ):
        with app_conn.cursor() as cur:
            try:
                cur.execute(sql)
            except errors.InsufficientPrivilege:
                refused[label] = True
            else:
                refused[label] = False
    assert all(refused.values()), refused

    # The app itself, logged in as its role, does the day's work.
    from common import auth, schema
    from common.models import User
    from ledger import checks, daily, io
    from ledger.models import Document
    from ledger.posting import Draft, create_part, create_party, post
    from tests.clerks import write_documents

    target = dbmod.parse_target(url, None)
    dbmod.open_database(target)
    assert schema.is_initialised()
    admin = Actor(User.get(User.username == "admin"), NOW)
    actors = {role: Actor(auth.create_user(admin, role, name, role, TEST_PASSWORD, must_change_password=False), NOW)
              for role, name in (("clerk", "王丽"), ("finance", "陈静"), ("manager", "张经理"))}
    create_party(actors["manager"], "HQ", "客服本部", "hq")
    create_party(actors["manager"], "S1", "郑州金水服务站", "station")
    create_part(actors["manager"], "P1", "机油滤清器", price_fen=3200)
    post(actors["clerk"], Draft("HQ_SHIP", date(2026, 11, 20), "HQ", "DL-1", lines=[("P1", 10)]))
    path = write_documents(tmp_path / "receive.xlsx", [
        (date(2026, 11, 21), "总部到货", "RC-1", "HQ", [("P1", 10)], "DL-1"),
        (date(2026, 11, 21), "发服务站", "FF-1", "S1", [("P1", 4)], None),
    ])
    result = io.import_documents(actors["clerk"], path)
    assert len(result.posted) == 2
    day = date(2026, 11, 21)
    daily.produce(actors["clerk"], day)
    daily.sign_finance(actors["finance"], day, TEST_PASSWORD)
    assert daily.sign_manager(actors["manager"], day, TEST_PASSWORD).state == "locked"
    assert Document.select().count() == 3 and checks.check_invariants() == []
    dbmod.close_database()

    check = main_py("--db", url, "check", env={"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": TEST_PASSWORD})
    assert check.returncode == 0, check.stdout + check.stderr

    # A program newer than the schema, started as the app: refused with how to upgrade, nothing changed.
    with owner_conn.cursor() as cur:
        cur.execute("SELECT name FROM schema_migration ORDER BY name DESC LIMIT 1")
        (latest,) = cur.fetchone()
        cur.execute("DELETE FROM schema_migration WHERE name = %s", (latest,))
    try:
        start = main_py("--db", url, "check", env={"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": TEST_PASSWORD})
        assert start.returncode == 1 and "Traceback" not in start.stderr, start.stderr
        assert "需要升级表结构" in start.stderr and "--owner-user" in start.stderr
    finally:
        with owner_conn.cursor() as cur:
            cur.execute("INSERT INTO schema_migration (name, applied) VALUES (%s, now())", (latest,))
    owner_conn.close()
    app_conn.close()

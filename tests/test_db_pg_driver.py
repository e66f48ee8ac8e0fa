"""peewee without psycopg2 until PostgreSQL is used (common.pg_driver).

Each case runs in a child process, where common.db is the first to import peewee as it is at a start
(in the test process conftest imports it first too, so every PostgreSQL test here runs on the
driver handed over late).
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(script: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


ON_POSTGRESQL = r"""
import sys, uuid
from pathlib import Path
from common import db as dbmod
import peewee

assert "psycopg2" not in sys.modules and peewee.psycopg2 is None, sorted(sys.modules)
dbmod.open_database(dbmod.parse_target(sys.argv[1], default=Path()))
import psycopg2
assert peewee.psycopg2 is psycopg2 and peewee.Json_pg2 is psycopg2.extras.Json


class Thing(peewee.Model):
    key = peewee.UUIDField()
    data = peewee.JSONField()  # stored through the driver's Json, as peewee's adapter wraps it

    class Meta:
        database = dbmod.database


db = dbmod.current()
assert db.is_connection_usable()  # the driver's transaction states (peewee's txn_idle)
Thing.create_table()
key = uuid.uuid4()
with db.atomic():
    Thing.create(key=key, data={"书": [1, 2]})
try:
    with db.atomic():
        Thing.create(key=uuid.uuid4(), data={})
        raise KeyError("rolled back")
except KeyError:
    pass
row = db.execute_sql("SELECT key FROM thing").fetchall()
assert row == [(key,)], row  # read back as uuid.UUID: the driver's uuid adapter is registered
assert [(t.key, t.data) for t in Thing.select()] == [(key, {"书": [1, 2]})]
assert Thing.select().where(Thing.data["书"][1] == 2).count() == 1
print("POSTGRESQL OK", db.is_connection_usable())
"""


def test_a_postgresql_database_opened_after_peewee_gets_the_driver(pg_cluster):
    name = pg_cluster.create_database()
    try:
        assert child(ON_POSTGRESQL, pg_cluster.url(name)).split() == ["POSTGRESQL", "OK", "True"]
    finally:
        pg_cluster.drop_database(name)


ON_SQLITE = r"""
import sys
from pathlib import Path
from common import db as dbmod

dbmod.open_database(dbmod.Target("sqlite", path=Path(sys.argv[1])), create=True)
dbmod.database.execute_sql("CREATE TABLE t (x INTEGER)")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg2", "psycopg", "pymysql", "MySQLdb")))
"""


def test_a_sqlite_database_never_imports_a_server_driver(tmp_path):
    assert child(ON_SQLITE, str(tmp_path / "branch.sqlite3")).strip() == "[]"


PEEWEE_FIRST = r"""
import sys
import peewee  # before common.db: imported as peewee imports itself, driver and all
from common import db as dbmod, pg_driver

assert dbmod.peewee is peewee and pg_driver.import_peewee() is peewee
assert peewee.psycopg2 is sys.modules["psycopg2"]
pg_driver.enable_postgresql()
print("FIRST OK")
"""


def test_peewee_imported_before_common_db_keeps_its_driver():
    assert child(PEEWEE_FIRST).strip() == "FIRST OK"

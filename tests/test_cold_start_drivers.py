"""Cold start on SQLite does not load the PostgreSQL driver peewee would import eagerly
(common.db hands psycopg2 to peewee when a PostgreSQL database is opened; the [postgresql] runs of
the database tests open theirs that way)."""
from tests.test_cold_start import imports, loaded


def test_a_sqlite_start_never_imports_the_postgresql_driver(sqlite_db, sqlite_actors, tmp_path):
    imports(["--db", str(sqlite_db.path), "check"], tmp_path, user="admin")
    modules, output = imports(["--db", str(sqlite_db.path), "gui", "--exit-when-shown"], tmp_path, user="clerk")
    assert "<SHOWN>" in modules, output
    # (peewee's attempt at "import psycopg2", refused, is listed as a 0 ms "psycopg2" line)
    assert loaded(modules, ("psycopg2._psycopg", "psycopg2.extensions", "psycopg2.extras")) == []

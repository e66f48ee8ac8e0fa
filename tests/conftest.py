"""Shared fixtures.

``db`` is parametrised: every domain test that uses it runs twice, on a real SQLite file and on a
real PostgreSQL server (a throwaway cluster started once per test session). ``sqlite_db`` is for
tests that are about the SQLite file itself (backups, corruption, network paths) and for UI tests.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRANCHDESK_DATA_DIR", tempfile.mkdtemp(prefix="branchdesk-data-"))

import pytest  # noqa: E402

from common import db as dbmod  # noqa: E402
from common import schema  # noqa: E402
from common.actor import Actor  # noqa: E402

TEST_PASSWORD = "secret-pass-1"
NOW = datetime(2026, 11, 23, 9, 0, 0)


@pytest.fixture(scope="session")
def pg_cluster():
    from tests.pgcluster import Cluster, PostgresMissing

    try:
        cluster = Cluster().start()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


def _finish_ui_ops() -> None:
    """Long ops a UI test started (ui.runner) end before its database is closed."""
    runner = sys.modules.get("ui.runner")
    if runner is not None and runner.running():
        runner.wait_all()


def _open(target: dbmod.Target) -> dbmod.Target:
    dbmod.open_database(target, create=True)
    schema.upgrade(target, NOW)
    return target


@pytest.fixture
def sqlite_db(tmp_path):
    target = _open(dbmod.Target("sqlite", path=tmp_path / "branch.sqlite3"))
    yield target
    _finish_ui_ops()
    dbmod.close_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "sqlite":
        target = dbmod.Target("sqlite", path=tmp_path / "branch.sqlite3")
        name = None
    else:
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.create_database()
        target = dbmod.Target("postgresql", url=cluster.url(name))
    _open(target)
    yield target
    _finish_ui_ops()
    dbmod.close_database()
    if name:
        request.getfixturevalue("pg_cluster").drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_cluster):
    """A migrated PostgreSQL database that ``desk_db`` copies (CREATE DATABASE ... TEMPLATE): a copy
    takes a fraction of the seconds running every migration takes."""
    name = pg_cluster.create_database()
    target = dbmod.Target("postgresql", url=pg_cluster.url(name))
    _open(target)
    dbmod.close_database()
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def desk_db(request, tmp_path):
    """For the desk's pytest-qt scenario walks: each runs once on a SQLite file and once on
    PostgreSQL (a fresh copy of ``pg_template`` per test)."""
    name = None
    if request.param == "sqlite":
        target = _open(dbmod.Target("sqlite", path=tmp_path / "branch.sqlite3"))
    else:
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.create_database(template=request.getfixturevalue("pg_template"))
        target = dbmod.Target("postgresql", url=cluster.url(name))
        dbmod.open_database(target)
    yield target
    _finish_ui_ops()
    _delete_windows()
    dbmod.close_database()
    if name:
        request.getfixturevalue("pg_cluster").drop_database(name)


def _delete_windows() -> None:
    """The test's windows go while their database is still there: a page that reads when its
    window is deactivated (日报) must not meet a dropped database or a stopped server."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def desk_actors(desk_db, password_hash) -> dict[str, Actor]:
    return {role: Actor(make_user(role, password_hash), NOW) for role in ("clerk", "finance", "manager", "admin")}


@pytest.fixture(scope="session")
def password_hash():
    from common.auth import hash_password

    return hash_password(TEST_PASSWORD)


def make_user(role: str, password_hash: str, username: str | None = None, display_name: str | None = None):
    from common.models import User

    return User.create(
        username=username or role,
        display_name=display_name or {"clerk": "王丽", "finance": "李会计", "manager": "张经理", "admin": "系统管理员"}[role],
        role=role,
        password_hash=password_hash,
        created_at=NOW,
    )


@pytest.fixture
def actors(db, password_hash) -> dict[str, Actor]:
    """One logged-in actor per role on the parametrised database."""
    return {role: Actor(make_user(role, password_hash), NOW) for role in ("clerk", "finance", "manager", "admin")}


@pytest.fixture
def sqlite_actors(sqlite_db, password_hash) -> dict[str, Actor]:
    return {role: Actor(make_user(role, password_hash), NOW) for role in ("clerk", "finance", "manager", "admin")}

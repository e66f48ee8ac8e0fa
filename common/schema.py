"""Schema versions: the numbered migrations in common/migrations/ and the history table
(``schema_migration``) that records which ones a database has.

``upgrade`` brings a database to the version this program knows. Before it changes a SQLite file
that already holds data it takes a backup copy next to it (``backups/``), and it applies all
pending migrations in ONE transaction: a process killed half-way leaves the database exactly as it
was before, never half-migrated. A database that has migrations this program does not know was
written by a newer program; it is refused rather than touched.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from common import db as dbmod
from common.errors import Refusal

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HISTORY_TABLE = "schema_migration"


@dataclass(frozen=True)
class SchemaStatus:
    applied: list[str]
    pending: list[str]
    unknown: list[str]  # applied in the database, unknown to this program: a newer program wrote it

    @property
    def version(self) -> int:
        return max((int(name.split("_", 1)[0]) for name in self.applied), default=0)

    @property
    def latest(self) -> int:
        names = self.applied + self.pending
        return max((int(name.split("_", 1)[0]) for name in names if name not in self.unknown), default=0)


def _runner():
    from playhouse.migrations import Runner

    return Runner(dbmod.current(), directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def _up_to_date() -> bool:
    """Every start's common case: the history names exactly this program's migration files. One
    query, without the migration runner (importing it is a cold start's cost for nothing)."""
    database = dbmod.current()
    if not database.table_exists(HISTORY_TABLE):
        return False
    files = {Path(path).stem for path in MIGRATIONS_DIR.glob("[0-9]*.py")}
    applied = {name for (name,) in database.execute_sql(f"SELECT name FROM {HISTORY_TABLE}").fetchall()}
    return applied == files


def status() -> SchemaStatus:
    rows = _runner().status()
    return SchemaStatus(
        applied=[m.name for m in rows if m.applied and m.path],
        pending=[m.name for m in rows if not m.applied],
        unknown=[m.name for m in rows if m.applied and not m.path],
    )


def upgrade(target: dbmod.Target, now: datetime) -> list[str]:
    """Apply pending migrations (after a backup). Returns the names applied."""
    if _up_to_date():
        return []
    current = status()
    if current.unknown:
        raise Refusal(
            "db.schema_newer",
            path=target.describe(),
            found=max(int(n.split("_", 1)[0]) for n in current.unknown),
            known=current.latest,
        )
    if not current.pending:
        return []
    if current.applied and target.is_sqlite:
        from common.backup import backup_before_migration

        backup_before_migration(target.path, current.version, now)
    runner = _runner()
    with dbmod.database.atomic():
        applied = runner.up()
    return applied


def is_initialised() -> bool:
    return _up_to_date() or bool(status().applied)

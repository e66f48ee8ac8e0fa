"""peewee without its PostgreSQL driver until a PostgreSQL database is used.

peewee imports psycopg2 (and with it ssl: about 5% of a start's instructions) and tries the MySQL
drivers as it is imported; a branch on a SQLite file needs none of them, yet paid for them on every start.
``import_peewee`` imports peewee with those drivers hidden, so peewee takes them for absent, and
``enable_postgresql`` hands psycopg2 to peewee afterwards exactly as peewee's own import would have
(its uuid adapter registered, its JSON type and transaction states set). peewee's PostgreSQL
adapter calls it on construction, so every ``peewee.PostgresqlDatabase``, wherever it is made, has
the driver: nothing changes for a branch on a server but the moment psycopg2 is imported.

When peewee was imported before this module (a script importing peewee first), it has psycopg2
already and both functions leave it alone.
"""
from __future__ import annotations

import sys
import threading

# Drivers peewee tries at import: psycopg2 (and psycopg2cffi's stand-in), psycopg 3 (which peewee
# would prefer once psycopg2 looked absent) and MySQL's. The program uses psycopg2 alone: MySQL stays
# without a driver in peewee, psycopg 3 unused.
_HIDDEN = ("psycopg2", "psycopg2cffi", "psycopg", "pymysql", "MySQLdb")
_lock = threading.Lock()


def import_peewee():
    """peewee, imported (once) without the database drivers it would import eagerly."""
    peewee = sys.modules.get("peewee")
    if peewee is not None:
        return peewee
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # "import name" raises ImportError, as for a driver not installed
    try:
        import peewee
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    if peewee.psycopg2 is None:
        adapter_init = peewee.Psycopg2Adapter.__init__

        def __init__(self, *args, **kwargs):
            enable_postgresql()
            adapter_init(self, *args, **kwargs)

        peewee.Psycopg2Adapter.__init__ = __init__
    return peewee


def enable_postgresql() -> None:
    """Give peewee psycopg2 as its import would have; nothing if it has it already."""
    peewee = import_peewee()
    if peewee.psycopg2 is not None:
        return
    with _lock:
        if peewee.psycopg2 is not None:
            return
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid

        register_uuid()
        adapter = peewee.Psycopg2Adapter
        adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        peewee.pg_extensions, peewee.pg_register_uuid, peewee.Json_pg2 = extensions, register_uuid, Json
        peewee.psycopg2 = psycopg2  # last: the check above reads it without the lock

"""An account added on the command line as a branch adds one: ``users add`` by the administrator,
then the new user's own password at the first login (``users passwd``; issue 15 item 12)."""
from __future__ import annotations

from tests.test_cli import ADMIN, run_cli


def add_user(db, username: str, role: str, password: str, data_dir, *, name: str | None = None, admin=ADMIN):
    """Returns the last command's result; afterwards ``username`` logs in with ``password``."""
    first = f"{password}-from-admin"
    added = run_cli("--db", db, "users", "add", username, "--role", role, *(["--name", name] if name else []),
                    env={**admin, "BRANCHDESK_NEW_PASSWORD": first}, data_dir=data_dir)
    if added.returncode != 0:
        return added
    return run_cli("--db", db, "users", "passwd", env={"BRANCHDESK_USER": username, "BRANCHDESK_PASSWORD": first,
                                                     "BRANCHDESK_NEW_PASSWORD": password}, data_dir=data_dir)

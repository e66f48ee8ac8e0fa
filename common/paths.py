"""Where things live on disk: the user's data directory and the bundled resources.

Resources are found next to the source tree when run from a clone, and inside the PyInstaller
bundle (``sys._MEIPASS``) when run from the installed program.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "BranchDesk"
DB_FILENAME = "branchdesk.sqlite3"
DEMO_DB_FILENAME = "demo.sqlite3"


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def data_dir() -> Path:
    """The per-user data directory (%LOCALAPPDATA%\\BranchDesk on Windows).

    BRANCHDESK_DATA_DIR overrides it, for tests and for portable installs.
    """
    override = os.environ.get("BRANCHDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILENAME

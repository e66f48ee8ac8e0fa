"""Settings that belong to this PC, not to the branch: which database to open.

Kept as a small JSON file in the data directory (settings.json), written to a temporary name and
renamed, so a crash never leaves half a file. A branch sharing a PostgreSQL server sets the URL here
once per PC (from the settings page or by hand) instead of passing --db every time. Window geometry
and the UI language stay in QSettings, which is the UI's business.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from common import paths


def _file() -> Path:
    return paths.data_dir() / "settings.json"


def load() -> dict:
    try:
        return json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(values: dict) -> None:
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, target)


def database_spec() -> str | None:
    return load().get("database") or None


def set_database_spec(spec: str | None) -> None:
    values = load()
    if spec:
        values["database"] = spec
    else:
        values.pop("database", None)
    save(values)

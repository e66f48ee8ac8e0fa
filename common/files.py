"""Writing a file so that it is either the old one or the complete new one.

Every PDF and xlsx the program writes goes to a temporary file next to its target and is renamed
over it only when complete: a full disk, an error half-way or a killed process never leave half a
report under the name the clerk chose (or destroy the previous copy).
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from common.errors import Refusal


@contextmanager
def replaced_atomically(path):
    """Yield a temporary file name in the target's folder; on success it replaces ``path``.

    Refuses with "file.write_failed" (path, detail) when the folder cannot be written or the
    write fails; the temporary file is removed on any failure."""
    path = Path(path)
    try:
        # Claim the temporary file first: an unwritable folder is reported before any work.
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise Refusal("file.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        yield temp_name
        # mkstemp makes the file 0600; an export is an ordinary document the clerk mails or
        # copies to a share, so it gets the permissions any program's new file gets (the umask's).
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except OSError as exc:
        _unlink_quietly(temp_name)
        raise Refusal("file.write_failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        _unlink_quietly(temp_name)
        raise


def _umask() -> int:
    # The only portable way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass

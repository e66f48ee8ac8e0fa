"""Sealing sensitive profile values with a key kept outside the database.

Data model: one 256-bit AES key per branch, in a small text file (``profile.key`` in the data
directory, common.paths.data_dir(); ``BRANCHDESK_PROFILE_KEY_FILE`` may point elsewhere). The
database keeps only the key's fingerprint (setting ``profile.key_id``), so a copied database file
holds ciphertext and a fingerprint, never the key: opened in any SQLite tool it reveals no sensitive
value.

A sealed value is ``version (1 byte) | key fingerprint (8) | nonce (12) | AES-GCM ciphertext+tag``.
The associated data binds a ciphertext to its customer and field, so a blob copied onto another
customer's row does not open.

The key is created on first use only when the database has never had one. If the database already
names a key and the file is missing or different, every operation refuses with
``profile.key_missing`` / ``profile.key_wrong`` and writes nothing: creating a fresh key then
would leave old values unreadable next to new ones. Callers never re-seal or blank a value they
could not open.

A branch sharing one PostgreSQL server copies the same key file to every PC (same path, or point
BRANCHDESK_PROFILE_KEY_FILE at it). Back the key file up separately from the database: a backup
of the database without the key cannot show sensitive values - which is the point.
"""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from archive.texts import PROFILE_KEY_MISSING, PROFILE_KEY_UNREADABLE, PROFILE_KEY_WRONG, PROFILE_VALUE_DAMAGED
from common import paths
from common.errors import Refusal
from common.models import Setting

KEY_ENV = "BRANCHDESK_PROFILE_KEY_FILE"
KEY_FILENAME = "profile.key"
SETTING_KEY_ID = "profile.key_id"
_HEADER = "BranchDesk profile key v1"
_VERSION = b"\x01"
_ID_LENGTH = 8
_NONCE_LENGTH = 12


def key_path() -> Path:
    override = os.environ.get(KEY_ENV)
    return Path(override) if override else paths.data_dir() / KEY_FILENAME


def _fingerprint(key: bytes) -> bytes:
    return hashlib.sha256(b"branchdesk-profile-key-id\x00" + key).digest()[:_ID_LENGTH]


@dataclass(frozen=True)
class Sealer:
    key: bytes
    key_id: bytes

    def seal(self, plaintext: str, context: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE_LENGTH)
        sealed = AESGCM(self.key).encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return _VERSION + self.key_id + nonce + sealed

    def open(self, blob: bytes, context: str) -> str:
        blob = bytes(blob)
        if blob[:1] != _VERSION or blob[1:1 + _ID_LENGTH] != self.key_id:
            raise Refusal(PROFILE_KEY_WRONG, path=str(key_path()))
        nonce = blob[1 + _ID_LENGTH:1 + _ID_LENGTH + _NONCE_LENGTH]
        try:
            plain = AESGCM(self.key).decrypt(nonce, blob[1 + _ID_LENGTH + _NONCE_LENGTH:], context.encode("utf-8"))
        except InvalidTag:
            # Right key but the blob was altered or moved to another row: treat as unreadable.
            raise Refusal(PROFILE_VALUE_DAMAGED, context=context) from None
        return plain.decode("utf-8")


def _read_key(path: Path) -> bytes:
    try:
        lines = path.read_text(encoding="ascii").split()
    except FileNotFoundError:
        raise Refusal(PROFILE_KEY_MISSING, path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise Refusal(PROFILE_KEY_UNREADABLE, path=str(path), detail=getattr(exc, "strerror", None) or str(exc)) from None
    try:
        key = base64.b64decode(lines[-1], validate=True)
    except (IndexError, ValueError):
        key = b""
    if len(key) != 32:
        raise Refusal(PROFILE_KEY_UNREADABLE, path=str(path), detail="not a BranchDesk key file")
    return key


def _create_key(path: Path) -> bytes:
    key = AESGCM.generate_key(bit_length=256)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: never overwrite an existing key file, whatever happens.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    except OSError as exc:
        raise Refusal(PROFILE_KEY_UNREADABLE, path=str(path), detail=exc.strerror or str(exc)) from None
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(f"{_HEADER}\n{base64.b64encode(key).decode('ascii')}\n")
    return key


def stored_key_id() -> str | None:
    row = Setting.get_or_none(Setting.key == SETTING_KEY_ID)
    return row.value if row is not None else None


def sealer(create: bool = False) -> Sealer:
    """The branch key, checked against the fingerprint in the database.

    ``create=True`` (only inside a write transaction) makes a key and records its fingerprint when
    the database has never had one. Refuses with profile.key_missing / key_wrong / key_unreadable.
    """
    path = key_path()
    known = stored_key_id()
    if known is None:
        if not create:
            if not path.exists():
                raise Refusal(PROFILE_KEY_MISSING, path=str(path))
            key = _read_key(path)
            return Sealer(key, _fingerprint(key))
        key = _read_key(path) if path.exists() else _create_key(path)
        Setting.create(key=SETTING_KEY_ID, value=_fingerprint(key).hex())
        return Sealer(key, _fingerprint(key))
    key = _read_key(path)
    if _fingerprint(key).hex() != known:
        raise Refusal(PROFILE_KEY_WRONG, path=str(path))
    return Sealer(key, _fingerprint(key))


def key_problem() -> Refusal | None:
    """The refusal a sealing operation would meet now, or None when the key is fine (or not yet needed)."""
    try:
        if stored_key_id() is None:
            return None
        sealer()
    except Refusal as refusal:
        return refusal
    return None

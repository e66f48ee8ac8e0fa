"""Scans and photos attached to the papers of a vehicle's files.

Data model (migration 0007_archive_scans):
- ``ScanBlob``: one row per distinct content, keyed by its SHA-256 (hex) with its size and MIME
  type. The bytes live in the database (BLOB on SQLite, BYTEA on PostgreSQL), so a single PC and
  a shared server work alike and a database backup carries the scans along.
- ``Scan``: one attachment of a blob to one checklist item, either a sales checklist item or a
  repair checklist item (exactly one of the two), with the file name the clerk picked, when and
  by whom. ``vehicle`` repeats the item's vehicle so a vehicle's scans are one indexed query.

Attaching the same content twice stores it once (insert-or-ignore on the unique hash). Removing
an attachment deletes the blob too once nothing refers to it. Listings never read the content;
only ``scan_content`` does. ``archive.checks`` re-hashes every blob.
"""
from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from peewee import BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.models import User

from archive import validate
from archive.files import REPAIR, SALES
from archive.models import (
    REPAIR_CHECKLIST, SALES_CHECKLIST, RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
from archive.texts import (
    ARCHIVE_SCAN_EMPTY, ARCHIVE_SCAN_READ_FAILED, ARCHIVE_SCAN_TOO_LARGE, ARCHIVE_SCAN_TYPE,
    ARCHIVE_UNKNOWN_FILE, ARCHIVE_UNKNOWN_FILE_KIND, ARCHIVE_UNKNOWN_ITEM, ARCHIVE_UNKNOWN_SCAN,
    ARCHIVE_SCAN_NOT_A_FILE,
)

MAX_SCAN_BYTES = 20 * 1024 * 1024  # a 600 dpi colour A4 JPEG is 3-8 MB; more is a wrong file

# Magic numbers of what a scanner or phone produces; anything else is refused rather than stored
# as an unknown blob nobody can open later.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf", "image/tiff": ".tif",
              "image/gif": ".gif", "image/bmp": ".bmp", "image/webp": ".webp"}


class ScanBlob(BaseModel):
    sha256 = CharField(max_length=64, unique=True)
    size_bytes = IntegerField()
    mime_type = CharField(max_length=64)
    content = BlobField()
    created_at = DateTimeField()

    class Meta:
        table_name = "scan_blob"


class Scan(BaseModel):
    blob = ForeignKeyField(ScanBlob, on_delete="RESTRICT", index=True)
    vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT", index=True)
    sales_item = ForeignKeyField(SalesChecklistItem, null=True, on_delete="RESTRICT", index=True)
    repair_item = ForeignKeyField(RepairChecklistItem, null=True, on_delete="RESTRICT", index=True)
    file_name = CharField(max_length=200)
    added_at = DateTimeField()
    added_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "scan"


def sniff_mime_type(content: bytes) -> str | None:
    for signature, mime in _SIGNATURES:
        if content.startswith(signature):
            return mime
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass(frozen=True)
class ScanAttached:
    scan_id: int
    sha256: str
    size_bytes: int
    mime_type: str
    stored_new: bool  # False: the same content was already in the database (stored once)


def _item(kind: str, file_id: int, item: str):
    """(checklist item row, vehicle id) of one paper of a sales file or repair visit."""
    if kind == SALES:
        if item not in SALES_CHECKLIST:
            raise Refusal(ARCHIVE_UNKNOWN_ITEM, field="checklist", item=item)
        row = (SalesChecklistItem.select(SalesChecklistItem, SalesFile.vehicle).join(SalesFile)
               .where((SalesChecklistItem.sales_file == file_id) & (SalesChecklistItem.item == item)).first())
        return row, (row.sales_file.vehicle_id if row else None)
    if kind == REPAIR:
        if item not in REPAIR_CHECKLIST:
            raise Refusal(ARCHIVE_UNKNOWN_ITEM, field="checklist", item=item)
        row = (RepairChecklistItem.select(RepairChecklistItem, RepairVisit.vehicle).join(RepairVisit)
               .where((RepairChecklistItem.visit == file_id) & (RepairChecklistItem.item == item)).first())
        return row, (row.visit.vehicle_id if row else None)
    raise Refusal(ARCHIVE_UNKNOWN_FILE_KIND, kind=kind)


def attach_scan(actor: Actor, kind: str, file_id: int, item: str, file_name: str, content: bytes) -> ScanAttached:
    """Attach a scan or photo to one paper (``item``) of a sales file or repair visit."""
    require(actor, "archive.edit")
    # Only the name: a Windows path sent from the PC keeps no folder (either separator counts).
    name = validate.text(PureWindowsPath(str(file_name or "")).name)[:200] or "scan"
    if not content:
        raise Refusal(ARCHIVE_SCAN_EMPTY, file=name)
    if len(content) > MAX_SCAN_BYTES:
        raise Refusal(ARCHIVE_SCAN_TOO_LARGE, file=name, size_mb=round(len(content) / 2**20, 1),
                      limit_mb=MAX_SCAN_BYTES // 2**20)
    mime = sniff_mime_type(content)
    if mime is None:
        raise Refusal(ARCHIVE_SCAN_TYPE, file=name)
    digest = hashlib.sha256(content).hexdigest()
    with database.atomic():
        row, vehicle_id = _item(kind, file_id, item)
        if row is None:
            raise Refusal(ARCHIVE_UNKNOWN_FILE, kind=kind, file_id=file_id)
        # Insert-or-ignore on the unique hash: two clerks attaching the same photo at once both
        # end up pointing at one blob, without a check-then-insert race. (``existed`` only
        # reports; the index decides.)
        existed = ScanBlob.select().where(ScanBlob.sha256 == digest).exists()
        ScanBlob.insert(sha256=digest, size_bytes=len(content), mime_type=mime, content=content,
                        created_at=actor.now).on_conflict_ignore().execute()
        blob_id = ScanBlob.select(ScanBlob.id).where(ScanBlob.sha256 == digest).scalar()
        scan = Scan.create(blob=blob_id, vehicle=vehicle_id,
                           sales_item=row.id if kind == SALES else None,
                           repair_item=row.id if kind == REPAIR else None,
                           file_name=name, added_at=actor.now, added_by=actor.user.id)
        audit.record(actor, "archive.scan_attach", f"{kind}_file", file_id,
                     {"item": item, "scan_id": scan.id, "sha256": digest, "size": len(content), "mime": mime})
    return ScanAttached(scan.id, digest, len(content), mime, not existed)


def read_scan_file(path) -> bytes:
    """The bytes of a scan file on disk, checked before they are read: a device, a pipe or a folder
    (``/dev/zero``, ``CON``) is refused as not a file, and a file over ``MAX_SCAN_BYTES`` as too
    large, each naming the file, so nothing unbounded is ever read into memory."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise Refusal(ARCHIVE_SCAN_READ_FAILED, path=str(path), detail=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise Refusal(ARCHIVE_SCAN_NOT_A_FILE, path=str(path))
    too_large = Refusal(ARCHIVE_SCAN_TOO_LARGE, file=path.name, size_mb=round(info.st_size / 2**20, 1),
                        limit_mb=MAX_SCAN_BYTES // 2**20)
    if info.st_size > MAX_SCAN_BYTES:
        raise too_large
    try:
        with path.open("rb") as stream:
            # Bounded even so: the file may have grown since it was measured.
            content = stream.read(MAX_SCAN_BYTES + 1)
    except OSError as exc:
        raise Refusal(ARCHIVE_SCAN_READ_FAILED, path=str(path), detail=exc.strerror or str(exc)) from exc
    if len(content) > MAX_SCAN_BYTES:
        raise too_large
    return content


def attach_scan_file(actor: Actor, kind: str, file_id: int, item: str, path) -> ScanAttached:
    """Read a file from disk (``read_scan_file``) and attach it (the UI's "add scan")."""
    path = Path(path)
    return attach_scan(actor, kind, file_id, item, path.name, read_scan_file(path))


@dataclass(frozen=True)
class ScanInfo:
    scan_id: int
    kind: str  # sales / repair
    file_id: int  # sales file id or repair visit id
    item: str
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    added_at: object


def scans_of_vehicle(actor: Actor, vehicle_id: int) -> list[ScanInfo]:
    """Every scan of a vehicle's two files, without their content (for lists and thumbnails)."""
    require(actor, "archive.read")
    query = (Scan.select(Scan.id, Scan.file_name, Scan.added_at, Scan.sales_item, Scan.repair_item,
                         ScanBlob.mime_type, ScanBlob.size_bytes, ScanBlob.sha256)
             .join(ScanBlob).where(Scan.vehicle == vehicle_id).order_by(Scan.id).dicts())
    rows = list(query)
    sales_ids = [r["sales_item"] for r in rows if r["sales_item"]]
    repair_ids = [r["repair_item"] for r in rows if r["repair_item"]]
    sales = {i: (f, code) for i, f, code in SalesChecklistItem.select(
        SalesChecklistItem.id, SalesChecklistItem.sales_file, SalesChecklistItem.item)
        .where(SalesChecklistItem.id.in_(sales_ids)).tuples()} if sales_ids else {}
    repair = {i: (f, code) for i, f, code in RepairChecklistItem.select(
        RepairChecklistItem.id, RepairChecklistItem.visit, RepairChecklistItem.item)
        .where(RepairChecklistItem.id.in_(repair_ids)).tuples()} if repair_ids else {}
    result = []
    for r in rows:
        kind, (file_id, item) = (SALES, sales[r["sales_item"]]) if r["sales_item"] else (REPAIR, repair[r["repair_item"]])
        result.append(ScanInfo(r["id"], kind, file_id, item, r["file_name"], r["mime_type"], r["size_bytes"],
                               r["sha256"], r["added_at"]))
    return result


def scan_content(actor: Actor, scan_id: int) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of one scan."""
    require(actor, "archive.read")
    row = (Scan.select(Scan.file_name, ScanBlob.mime_type, ScanBlob.content).join(ScanBlob)
           .where(Scan.id == scan_id).tuples().first())
    if row is None:
        raise Refusal(ARCHIVE_UNKNOWN_SCAN, scan_id=scan_id)
    name, mime, content = row
    return name, mime, bytes(content)


def write_scan_to(actor: Actor, scan_id: int, folder) -> Path:
    """Write a scan into ``folder`` (for the system viewer); the name keeps the right extension."""
    name, mime, content = scan_content(actor, scan_id)
    stem = Path(name).stem or "scan"
    target = Path(folder) / f"{scan_id}-{stem}{EXTENSIONS.get(mime, '')}"
    target.write_bytes(content)
    return target


def remove_scan(actor: Actor, scan_id: int) -> None:
    """Detach a scan; its content is deleted when no other attachment uses it."""
    require(actor, "archive.edit")
    with database.atomic():
        scan = Scan.get_or_none(Scan.id == scan_id)
        if scan is None:
            raise Refusal(ARCHIVE_UNKNOWN_SCAN, scan_id=scan_id)
        blob_id = scan.blob_id
        scan.delete_instance()
        if not Scan.select().where(Scan.blob == blob_id).exists():
            ScanBlob.delete().where(ScanBlob.id == blob_id).execute()
        audit.record(actor, "archive.scan_remove", "scan", scan_id, {"vehicle_id": scan.vehicle_id})

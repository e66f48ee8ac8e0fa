"""A scan file is measured before it is read (issue 15 item 13): reading /dev/zero raised
MemoryError. A device, a folder or a file over the limit is refused naming the file, and nothing
is stored. Runs on SQLite and PostgreSQL."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive import scans
from archive.models import SalesChecklistItem
from common.errors import Refusal
from tests.test_archive_scans import JPEG, vehicle  # noqa: F401 - the fixture


def attach(actors, vehicle, path):
    registered, _ = vehicle
    return scans.attach_scan_file(actors["clerk"], "sales", registered.sales_file_id, "purchase_contract", path)


def refused(actors, vehicle, path) -> Refusal:
    with pytest.raises(Refusal) as info:
        attach(actors, vehicle, path)
    assert not scans.Scan.select().exists()
    return info.value


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a POSIX device file")
def test_a_device_is_refused_before_anything_is_read(actors, vehicle):
    refusal = refused(actors, vehicle, "/dev/zero")
    assert refusal.code == "archive.scan_not_a_file" and refusal.facts["path"] == "/dev/zero"


def test_a_folder_is_refused_naming_it(actors, vehicle, tmp_path):
    refusal = refused(actors, vehicle, tmp_path)
    assert refusal.code == "archive.scan_not_a_file" and refusal.facts["path"] == str(tmp_path)


def test_a_file_over_the_limit_is_refused_by_its_size_without_reading_it(actors, vehicle, tmp_path, monkeypatch):
    big = tmp_path / "整本合同.jpg"
    with big.open("wb") as stream:  # sparse: its size without its bytes
        stream.write(JPEG[:16])
        stream.truncate(scans.MAX_SCAN_BYTES + 1)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    refusal = refused(actors, vehicle, big)
    assert refusal.code == "archive.scan_too_large" and refusal.facts["file"] == "整本合同.jpg"
    assert refusal.facts["limit_mb"] == scans.MAX_SCAN_BYTES // 2**20
    assert big not in opened


def test_a_regular_file_within_the_limit_is_attached(actors, vehicle, tmp_path):
    photo = tmp_path / "合同.jpg"
    photo.write_bytes(JPEG)
    attached = attach(actors, vehicle, photo)
    assert attached.size_bytes == len(JPEG)
    assert SalesChecklistItem.select().where(SalesChecklistItem.item == "purchase_contract").exists()


def test_the_refusals_read_as_sentences_naming_the_file(qapp):
    from ui.messages import refusal_text

    text = refusal_text(Refusal("archive.scan_not_a_file", path="/dev/zero"))
    assert "/dev/zero" in text and "不是普通文件" in text
    assert os.sep in text or "/" in text

"""ID numbers leave the program (Excel export, printed papers, the command line) as the acting
role may see them (PIPL minimisation): in full only to roles allowed the profile's sensitive items
(the manager), masked (110105********002X) for the clerk and finance. Each test reads the real
file or output back."""
from __future__ import annotations

import json
import subprocess
from datetime import date

import openpyxl
import pytest

from archive import files, io, validate
from archive.print import print_cover_sheet
from common.errors import Refusal
from common.models import AuditLog
from tests.conftest import NOW, TEST_PASSWORD
from tests.test_cli import run_cli

ID = "11010519491231002X"
MASKED = "110105********002X"
VIN = validate.with_check_digit("LFV2A21K0G3000001")


@pytest.fixture
def archive(sqlite_actors):
    clerk = sqlite_actors["clerk"]
    customer = files.create_customer(clerk, kind="person", name="张伟", id_number=ID, phone="13803711234")
    files.register_vehicle(clerk, customer.id, vin=VIN, plate="豫A12345", delivery_date=date(2026, 11, 2),
                           responsible="李明")
    return sqlite_actors


def exported_ids(path) -> list:
    sheet = openpyxl.load_workbook(path)[io.SHEET]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    column = rows[0].index("证件号码")
    return [row[column] for row in rows[1:]]


@pytest.mark.parametrize("role, expected, kind", [("clerk", MASKED, "masked"), ("manager", ID, "full")])
def test_the_archive_export_carries_id_numbers_as_the_role_may_see_them(archive, tmp_path, role, expected, kind):
    path = tmp_path / f"{role}.xlsx"
    io.export_archives(path, archive[role])
    assert exported_ids(path) == [expected]
    # Who took the customers' data out, and whether in full, is on record.
    row = AuditLog.select().where(AuditLog.action == "personal.export").get()
    detail = json.loads(row.detail)
    assert row.username == role and (detail["what"], detail["records"], detail["id_numbers"]) == ("archive_list", 1, kind)


def test_a_masked_list_does_not_go_back_in_as_a_number(archive, tmp_path):
    path = tmp_path / "clerk.xlsx"
    io.export_archives(path, archive["clerk"])
    with pytest.raises(Refusal) as raised:
        io.import_archives(archive["clerk"], path)
    cell = raised.value.items[0]
    assert cell.facts["column"] == "证件号码" and cell.items[0].code == "archive.id_number_masked"


def test_the_command_line_export_and_search_of_a_clerk_show_no_full_id_number(archive, sqlite_db, tmp_path):
    clerk = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    out = tmp_path / "cli.xlsx"
    exported = run_cli("--db", sqlite_db.path, "export", "archives", "--out", out, env=clerk, data_dir=tmp_path / "d")
    assert exported.returncode == 0, exported.stderr
    assert exported_ids(out) == [MASKED]
    found = run_cli("--db", sqlite_db.path, "search", "张伟", "--json", env=clerk, data_dir=tmp_path / "d")
    assert found.returncode == 0, found.stderr
    assert [hit["vin"] for hit in json.loads(found.stdout)["hits"]] == [VIN]
    assert ID not in found.stdout and ID[6:14] not in found.stdout  # nor the birth date in it


def test_the_printed_cover_sheet_shows_no_id_number(archive, tmp_path):
    # A guard: the cover sheet names the customer by name and archive number only.
    path = tmp_path / "cover.pdf"
    print_cover_sheet(archive["clerk"], VIN, path, NOW)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "张伟" in text and ID not in text and ID[-4:] not in text

"""Exports and prints of customers' personal data (issue 15 item 8, PIPL Art. 55): each needs the
permission personal.export (clerk and manager) and is audited with who, what, how many records
and the file; a refused attempt is audited too and writes nothing. SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from archive import callbacks, files, io, validate
from archive import print as archive_print
from archive.profile_print import render_profile_pdf
from common.errors import Refusal
from common.models import AuditLog
from tests.test_cli import run_cli

VIN = validate.with_check_digit("LFV2A21K0G3000001")
BOXED = [validate.with_check_digit(f"LGBH52E00DY{n:06d}") for n in range(1, 3)]
PRINTED = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def customers(actors):
    clerk = actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234", address="郑州市金水路1号")
    files.register_vehicle(clerk, owner.id, vin=VIN, delivery_date=date(2026, 10, 8), responsible="李明")
    other = files.create_customer(clerk, kind="person", name="李娜", phone="13903710000")
    for vin in BOXED:
        files.register_vehicle(clerk, other.id, vin=vin, delivery_date=date(2019, 5, 6), responsible="王强")
    files.pack_vehicles(clerk, "2026-001", BOXED)
    return owner


def last(action: str) -> tuple[AuditLog, dict]:
    row = AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id.desc()).first()
    assert row is not None, action
    return row, json.loads(row.detail)


@pytest.mark.parametrize("role", ["finance", "admin"])
def test_a_role_without_the_permission_is_refused_and_the_attempt_is_on_record(actors, customers, tmp_path, role):
    out = tmp_path / "customers.xlsx"
    with pytest.raises(Refusal) as refused:
        io.export_archives(out, actors[role])
    assert refused.value.code == "auth.forbidden" and refused.value.facts["permission"] == "personal.export"
    assert not out.exists()
    row, detail = last("personal.export_refused")
    assert row.username == role and detail["what"] == "archive_list" and detail["file"] == str(out)
    assert not AuditLog.select().where(AuditLog.action == "personal.export").exists()


def test_every_export_and_print_is_audited_with_who_what_how_many_and_the_file(actors, customers, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    made = [
        (clerk, "archive_list", tmp_path / "list.xlsx", lambda path: io.export_archives(path, clerk), 3),
        (clerk, "mackay66", tmp_path / "mackay.pdf", lambda path: render_profile_pdf(clerk, path, customers.id), 1),
        (clerk, "cover_sheet", tmp_path / "cover.pdf",
         lambda path: archive_print.print_cover_sheet(clerk, VIN, path, PRINTED), 1),
        (manager, "box_contents", tmp_path / "box.pdf",
         lambda path: archive_print.print_box_contents(manager, "2026-001", path, PRINTED), 2),
        (clerk, "callback_report", tmp_path / "callbacks.xlsx",
         lambda path: callbacks.write_report(path, "day", date(2026, 11, 23), printed_at=PRINTED,
                                             printed_by="王丽", actor=clerk), 0),
    ]
    for actor, what, path, write, records in made:
        write(path)
        assert path.exists()
        row, detail = last("personal.export")
        assert (row.username, detail["what"], detail["records"], detail["file"], detail["file_name"]) == (
            actor.user.username, what, records, str(path), path.name)


def test_a_blank_form_is_no_personal_data(actors, tmp_path):
    render_profile_pdf(actors["finance"], tmp_path / "blank.pdf")
    assert not AuditLog.select().where(AuditLog.action.startswith("personal.export")).exists()


@pytest.mark.parametrize("what", ["mackay66", "cover_sheet", "callback_report"])
def test_finance_prints_no_customer_paper(actors, customers, tmp_path, what):
    finance = actors["finance"]
    out = tmp_path / f"{what}.pdf"
    write = {"mackay66": lambda: render_profile_pdf(finance, out, customers.id),
             "cover_sheet": lambda: archive_print.print_cover_sheet(finance, VIN, out, PRINTED),
             "callback_report": lambda: callbacks.write_report(out, "day", date(2026, 11, 23), printed_at=PRINTED,
                                                               printed_by="陈静", actor=finance)}[what]
    with pytest.raises(Refusal):
        write()
    assert not out.exists()
    assert last("personal.export_refused")[1]["what"] == what


def test_the_command_line_export_is_refused_for_finance_and_audited_for_the_clerk(tmp_path):
    from common import db as dbmod
    from tests.accounts import add_user
    from tests.test_cli import ADMIN

    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    for username, role in (("chen", "finance"), ("wang", "clerk")):
        assert add_user(db, username, role, f"{username}-pass-1", tmp_path).returncode == 0
    out = tmp_path / "archives.xlsx"
    refused = run_cli("--db", db, "export", "archives", "--out", out,
                      env={"BRANCHDESK_USER": "chen", "BRANCHDESK_PASSWORD": "chen-pass-1"}, data_dir=tmp_path)
    assert refused.returncode == 1 and "导出或打印客户个人信息" in refused.stderr and not out.exists()
    done = run_cli("--db", db, "export", "archives", "--out", out,
                   env={"BRANCHDESK_USER": "wang", "BRANCHDESK_PASSWORD": "wang-pass-1"}, data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    dbmod.open_database(dbmod.Target("sqlite", path=db))
    try:
        refused_row, refused_detail = last("personal.export_refused")
        row, detail = last("personal.export")
        assert refused_row.username == "chen" and refused_detail["file"] == str(out)
        assert row.username == "wang" and (detail["what"], detail["records"], detail["file"]) == (
            "archive_list", 0, str(out))
    finally:
        dbmod.close_database()

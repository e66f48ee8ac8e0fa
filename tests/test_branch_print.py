"""Every printed report, statement, form and label carries the branch's identity in its header
(issue 12 item 1): the name on every page, and brand, address, phone and the branch's code in the
line under it. Each is rendered to a real PDF and read back as a clerk reads the paper."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from archive import callbacks, files, print as archive_print, validate
from archive.profile_print import render_profile_pdf
from common import branch
from common.branch import BranchIdentity
from common.pdf import build_pdf, pdf_text
from ledger import stocktake
from ledger.daily import render_daily
from ledger.posting import Draft, post
from ledger.reconcile_print import render_count_sheet, render_statement, render_variance_report
from tests.test_ledger_scenarios import setup_branch

HENAN = BranchIdentity(name="河南分公司客服部", brand="红旗", address="河南省郑州市金水区花园路 88 号",
                       phone="0371-65881234", code="HN01")
DAY = date(2026, 11, 20)
PRINTED = datetime(2026, 11, 23, 10, 0)
VIN = validate.with_check_digit("LFV2A21K0G3000001")


def _every_page_names_the_branch(path) -> str:
    pages = pdf_text(path)
    assert pages
    for text in pages:
        # the header on each page: name, and the detail line with brand, address, phone and code
        assert "河南分公司客服部" in text and "编码 HN01" in text
        assert "红旗" in text and "河南省郑州市金水区花园路 88 号" in text and "电话 0371-65881234" in text
        assert "分公司客服部" not in text.replace("河南分公司客服部", "")
    return "\n".join(pages)


@pytest.fixture
def henan(sqlite_actors):
    branch.set_identity(sqlite_actors["admin"], HENAN, PRINTED)
    return sqlite_actors


def test_parts_reports_print_the_identity(henan, tmp_path):
    clerk, manager = henan["clerk"], henan["manager"]
    setup_branch(manager)
    post(clerk, Draft("HQ_SHIP", DAY - timedelta(days=2), "HQ", "FH-1", lines=[("BP-3501010", 10)]))
    post(clerk, Draft("HQ_RECEIVE", DAY, "HQ", "FH-1", reference="FH-1", lines=[("BP-3501010", 10)]))
    post(clerk, Draft("STATION_ISSUE", DAY, "ZZ01", "SQ-1", lines=[("BP-3501010", 3)]))

    render_daily(clerk, DAY, tmp_path / "daily.pdf")
    assert "货品出入库报表" in _every_page_names_the_branch(tmp_path / "daily.pdf")
    render_statement(clerk, "ZZ01", date(2026, 11, 16), date(2026, 11, 22), tmp_path / "statement.pdf")
    assert "备件往来对账单" in _every_page_names_the_branch(tmp_path / "statement.pdf")
    stocktake.start(clerk)
    render_count_sheet(clerk, tmp_path / "count.pdf")
    assert "盘点表" in _every_page_names_the_branch(tmp_path / "count.pdf")
    render_variance_report(manager, tmp_path / "variance.pdf")
    assert "盘点差异表" in _every_page_names_the_branch(tmp_path / "variance.pdf")


def test_archive_papers_and_forms_print_the_identity(henan, tmp_path):
    clerk = henan["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", phone="13803711234")
    files.register_vehicle(clerk, owner.id, vin=VIN, delivery_date=date(2019, 5, 6), responsible="李明")
    files.pack_vehicles(clerk, "2026-001", [VIN])

    archive_print.print_cover_sheet(clerk, VIN, tmp_path / "cover.pdf", PRINTED)
    assert "车辆档案封面" in _every_page_names_the_branch(tmp_path / "cover.pdf")
    archive_print.print_box_contents(clerk, "2026-001", tmp_path / "box.pdf", PRINTED)
    assert "档案盒内容清单" in _every_page_names_the_branch(tmp_path / "box.pdf")
    render_profile_pdf(clerk, tmp_path / "mackay.pdf")
    assert "客户档案" in _every_page_names_the_branch(tmp_path / "mackay.pdf")
    render_profile_pdf(clerk, tmp_path / "mackay-zhang.pdf", owner.id)
    assert "张伟" in _every_page_names_the_branch(tmp_path / "mackay-zhang.pdf")
    callbacks.write_report(tmp_path / "callbacks.pdf", "day", DAY, printed_at=PRINTED, printed_by="王丽")
    assert "回访" in _every_page_names_the_branch(tmp_path / "callbacks.pdf")


def test_an_unset_branch_prints_the_generic_name_without_a_detail_line(sqlite_actors, tmp_path):
    render_profile_pdf(sqlite_actors["clerk"], tmp_path / "blank.pdf")
    lines = pdf_text(tmp_path / "blank.pdf")[0].splitlines()
    # title, name, print time, then straight into the form (its first heading 客户)
    assert lines[1:4] == ["分公司客服部", "打印时间：2026-11-23 09:00", "客户"]


def test_a_long_address_wraps_in_the_header_and_is_printed_whole(tmp_path):
    address = "河南省郑州市金水区花园路与农业路交叉口东北角国际商业大厦写字楼第二十八层二八零八室" * 2
    identity = BranchIdentity(name="河南分公司客服部", brand="红旗", address=address, phone="0371-65881234",
                              code="HN01")
    build_pdf(tmp_path / "long.pdf", "测试", identity, PRINTED, ["正文第一段"])
    text = "".join(pdf_text(tmp_path / "long.pdf")[0].split())
    assert address in text and "编码HN01" in text and "正文第一段" in text

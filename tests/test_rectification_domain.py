"""Rectification (issue 18 item 3, archive/rectification.py): a low callback score and a closed
complaint open improvement items for a department; the department acts, the next callback or the
manager verifies; overdue items, the month's list by department (PDF and xlsx read back) and the
work-month summary. SQLite and PostgreSQL."""
from datetime import date, datetime, timedelta

import pytest

from archive import callbacks, complaints, rectification as rz
from archive.callbacks import Callback
from common.pdf import pdf_text
from tests.test_callbacks_domain import TODAY, at, car, person, refused, repair


def _three_day(clerk, vin, visited, score_of):
    repair(clerk, vin, visited)
    day = visited + timedelta(days=3)
    callbacks.generate(at(clerk, day), day)
    callback = Callback.select().where((Callback.kind == "3dc") & (Callback.state == "open")).get()
    scores = {code: score_of.get(code, 9) for code in callbacks.SERVICE_ITEMS}
    callbacks.record_call(at(clerk, day), callback.id, "reached", scores, remarks="等了三个小时")
    return callback


def _closed_complaint(actors, day):
    clerk, manager = actors["clerk"], actors["manager"]
    complaint = complaints.receive(at(clerk, day), complainant="周杰", summary="配件缺货两周", category="parts")
    complaints.confirm(at(manager, day), complaint.id)
    complaints.assign(at(clerk, day), complaint.id, "parts")
    complaints.resolve(at(clerk, day), complaint.id, "已调货")
    complaints.feed_back(at(clerk, day), complaint.id, "客户接受", True)
    return complaints.close(at(clerk, day), complaint.id)


def test_low_score_item_acted_then_verified_by_the_next_callback(actors):
    clerk, manager = actors["clerk"], actors["manager"]
    owner = person(clerk, "王芳")
    _, vin = car(clerk, owner, date(2025, 6, 1))
    first = _three_day(clerk, vin, TODAY - timedelta(days=42), {"timeliness": 4, "price": 7})
    opened_day = TODAY - timedelta(days=38)
    offered = rz.candidates(opened_day)
    assert [(c.source, c.item, c.score) for c in offered] == [("callback", "timeliness", 4)]
    assert offered[0].department == "service" and offered[0].item_label == "按时交车"
    # The manager raises the line to 7: the price score is now low too.
    assert refused(rz.set_threshold, clerk, 7).code == "auth.forbidden"
    assert refused(rz.set_threshold, manager, 10).code == "rectify.threshold_range"
    rz.set_threshold(manager, 7)
    assert {c.item for c in rz.candidates(opened_day)} == {"timeliness", "price"}
    rz.set_threshold(manager, 6)
    assert refused(rz.open_from_score, at(clerk, opened_day), first.id, "price", department="service",
                   owner="赵强").code == "rectify.score_not_low"
    assert refused(rz.open_from_score, at(clerk, opened_day), first.id, "timeliness", department="service",
                   owner=" ").code == "rectify.owner_required"
    item = rz.open_from_score(at(clerk, opened_day), first.id, "timeliness", department="service", owner="赵强",
                              due_on=opened_day + timedelta(days=10))
    assert item.number == f"RZ{opened_day:%Y%m}001" and item.state == "open" and item.problem == "按时交车 4/10"
    assert rz.candidates(opened_day) == []
    assert refused(rz.open_from_score, at(clerk, opened_day), first.id, "timeliness", department="service",
                   owner="赵强").code == "rectify.already_open"
    assert refused(rz.verify, at(clerk, opened_day), item.id, "callback").code == "rectify.not_acted"
    assert rz.count_overdue(opened_day + timedelta(days=11)) == 1
    rz.act(at(clerk, opened_day + timedelta(days=2)), item.id, "接车时说明预计交车时间，超时主动致电")
    assert refused(rz.verify, at(clerk, opened_day + timedelta(days=3)), item.id, "callback").code \
        == "rectify.no_later_callback"
    # The next repair's callback: still late, the item stays; a later one scores 9, verified.
    second = _three_day(clerk, vin, TODAY - timedelta(days=21), {"timeliness": 5})
    still = refused(rz.verify, at(clerk, TODAY - timedelta(days=16)), item.id, "callback")
    assert still.code == "rectify.still_low" and still.facts["score"] == 5
    assert refused(rz.verify, at(clerk, TODAY - timedelta(days=16)), item.id, "manager", "看过").code \
        == "auth.forbidden"
    # The second callback's own low score is a new candidate; the first is taken.
    assert [(c.source_id, c.item) for c in rz.candidates(TODAY - timedelta(days=16))] == [(second.id, "timeliness")]
    Callback.update(state="cancelled").where(Callback.id == second.id).execute()  # not the next one any more
    _three_day(clerk, vin, TODAY - timedelta(days=14), {"timeliness": 9})
    done = rz.verify(at(clerk, TODAY - timedelta(days=6)), item.id, "callback")
    assert done.state == "verified" and done.verification == "callback" and done.verify_score == 9
    assert refused(rz.act, clerk, item.id, "再改").code == "rectify.already_verified"
    assert rz.count_overdue(TODAY) == 0


def test_closed_complaint_item_verified_by_the_manager_and_the_month(actors, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    day = TODAY - timedelta(days=5)
    open_one = complaints.receive(at(clerk, day), complainant="李娜", summary="等待太久", category="waiting")
    assert refused(rz.open_from_complaint, at(clerk, day), open_one.id, department="service",
                   owner="周杰").code == "rectify.complaint_not_closed"
    closed = _closed_complaint(actors, day)
    offered = rz.candidates(day)
    assert [(c.source, c.source_id, c.department, c.item_label) for c in offered] == [
        ("complaint", closed.id, "parts", "配件供应")]
    assert refused(rz.open_from_complaint, at(clerk, day), closed.id, department="nowhere",
                   owner="吴敏").code == "rectify.unknown_department"
    assert refused(rz.open_from_complaint, at(clerk, day), closed.id, department="parts", owner="吴敏",
                   due_on=day - timedelta(days=1)).code == "rectify.due_in_past"
    item = rz.open_from_complaint(at(clerk, day), closed.id, department="parts", owner="吴敏",
                                  due_on=day + timedelta(days=3))
    assert item.problem == "配件缺货两周"
    assert rz.count_overdue(TODAY) == 1 and rz.overdue(TODAY).get().number == item.number
    # A new department for the manager's list; a retired one takes no new items.
    quality = rz.save_department(manager, "质量管理部")
    assert refused(rz.save_department, manager, "配件部").code == "rectify.department_exists"
    rz.save_department(manager, "质量管理部", code=quality.code, active=False)
    assert quality.code not in [d.code for d in rz.departments()]
    rz.act(at(clerk, TODAY - timedelta(days=1)), item.id, "常用件安全库存上调")
    assert refused(rz.verify, at(manager, TODAY), item.id, "manager", "").code == "rectify.note_required"
    rz.verify(at(manager, TODAY), item.id, "manager", "到配件部查看库存表，已落实")
    summary = rz.month_summary(TODAY.replace(day=1), TODAY)
    assert summary == {"opened": 1, "closed": 1, "overdue": 0,
                       "by_department": {"配件部": {"opened": 1, "closed": 1, "overdue": 0}}}
    # The month's list: PDF read back, xlsx read back, both audited as personal-data exports.
    pdf = rz.write_month_list(tmp_path / "rz.pdf", TODAY, printed_at=datetime(2026, 11, 23, 17, 0),
                              printed_by="王丽", actor=clerk)
    text = "".join(pdf_text(pdf)).replace("\n", "")
    assert "整改跟踪月报 2026-11" in text and "配件部" in text and item.number in text and "李娜" not in text
    assert "周杰" in text and "已验证" in text
    from openpyxl import load_workbook

    xlsx = rz.write_month_list(tmp_path / "rz.xlsx", TODAY, printed_at=datetime(2026, 11, 23, 17, 0),
                               printed_by="王丽", actor=clerk)
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("部门", "编号", "来源") and rows[1][:3] == ("配件部", item.number, "投诉结案")
    from common.models import AuditLog

    assert AuditLog.select().where(AuditLog.action == "personal.export").count() == 2
    finance = actors["finance"]
    assert refused(rz.write_month_list, tmp_path / "f.pdf", TODAY, printed_at=datetime(2026, 11, 23),
                   printed_by="陈静", actor=finance).code == "auth.forbidden"

"""Handover forms (issue 18 item 7): the 车业管理员 hands a batch of sales files over, the clerk
prints the list, receives it: the files are handed over that day, the papers declared present
are marked, late ones flagged per responsible person; refusals change nothing. SQLite and
PostgreSQL (the ``actors`` fixture)."""
from datetime import date, datetime

import pytest

from archive import files, handover, validate
from archive.models import COPY, MISSING, ORIGINAL, SalesChecklistItem, SalesFile
from common.errors import RefusalList
from common.models import AuditLog
from common.pdf import pdf_text
from tests.test_archive_files import refused

VINS = [validate.with_check_digit(f"LFV2A21K0G300{n:04d}") for n in range(1, 5)]


def branch(clerk):
    """Three sales files of two salespeople (one already handed over) and one repair visit."""
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    other = files.create_customer(clerk, kind="person", name="李娜", phone="13903712222")
    files.register_vehicle(clerk, owner.id, vin=VINS[0], delivery_date=date(2026, 11, 16), responsible="赵强",
                           plate="豫A12345", model="速腾", checklist={"purchase_contract": ORIGINAL,
                                                                    "sales_invoice": COPY})
    files.register_vehicle(clerk, other.id, vin=VINS[1], delivery_date=date(2026, 11, 20), responsible="钱芳",
                           model="迈腾", checklist={"purchase_contract": ORIGINAL})
    done = files.register_vehicle(clerk, other.id, vin=VINS[2], delivery_date=date(2026, 11, 2), responsible="钱芳")
    files.record_handover(clerk, files.SALES, done.sales_file_id, date(2026, 11, 3))
    files.register_vehicle(clerk, owner.id, vin=VINS[3], delivery_date=date(2026, 11, 19), responsible="赵强")
    files.add_repair_visit(clerk, VINS[0], visit_date=date(2026, 11, 20), ro_number="RO2026110001", mileage_km=3000,
                           amount_fen=35000, responsible="孙敏")


def test_pending_files_are_those_not_handed_over_and_in_no_batch(actors):
    clerk = actors["clerk"]
    branch(clerk)
    pending = handover.pending_files(clerk, files.SALES)
    assert [p.reference for p in pending] == [VINS[0], VINS[3], VINS[1]]  # by deadline
    assert [p.reference for p in handover.pending_files(clerk, files.SALES, responsible="钱芳")] == [VINS[1]]
    assert pending[0].states["purchase_contract"] == ORIGINAL and pending[0].states["sales_invoice"] == COPY
    handover.new_batch(clerk, files.SALES, "周车管", [VINS[0]])
    assert [p.reference for p in handover.pending_files(clerk, files.SALES)] == [VINS[3], VINS[1]]
    assert [p.reference for p in handover.pending_files(clerk, files.REPAIR)] == ["RO2026110001"]


def test_a_batch_refuses_every_bad_reference_at_once_and_keeps_nothing(actors):
    clerk = actors["clerk"]
    branch(clerk)
    handover.new_batch(clerk, files.SALES, "周车管", [VINS[3]])
    with pytest.raises(RefusalList) as info:
        handover.new_batch(clerk, files.SALES, "周车管", [VINS[0], VINS[0], VINS[2], VINS[3], "LFV2A21K0G3999999"])
    codes = sorted(item.code for item in info.value.items)
    assert codes == ["handover.already_handed_over", "handover.in_batch", "handover.named_twice",
                     "handover.unknown_file"]
    assert handover.HandoverBatch.select().count() == 1
    assert refused(handover.new_batch, clerk, files.SALES, "周车管", []).code == "handover.empty"
    assert refused(handover.new_batch, clerk, files.SALES, " ", [VINS[0]]).facts["field"] == "handed_by"
    assert refused(handover.new_batch, actors["finance"], files.SALES, "周车管", [VINS[0]]).code == "auth.forbidden"


def test_receiving_hands_over_marks_papers_and_flags_the_late(actors):
    clerk = actors["clerk"]
    branch(clerk)
    created = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0], VINS[1]], note="第一批")
    assert created.number == "JJ20261123-01" and created.files == 2
    assert created.papers_present == 3 and created.papers_missing == 2 * 14 - 3
    assert handover.new_batch(clerk, files.SALES, "周车管", [VINS[3]]).number == "JJ20261123-02"
    # The salesperson's folder lacked the invoice copy after all: the clerk says so on receipt.
    SalesChecklistItem.update(state=MISSING).where(SalesChecklistItem.item == "purchase_contract").execute()
    got = handover.receive_batch(clerk, created.number, date(2026, 11, 23), not_arrived={VINS[0]: ["sales_invoice"]})
    assert got.files == 2 and got.papers_received == 2
    # VINS[0] delivered Monday 16th, due Wednesday 18th, received Monday 23rd: 3 working days late;
    # VINS[1] delivered Friday 20th, due Tuesday 24th: on time.
    assert [(line.reference, line.responsible, line.workdays_late) for line in got.late] == [(VINS[0], "赵强", 3)]
    first = SalesFile.select().join(files.Vehicle).where(files.Vehicle.vin == VINS[0]).get()
    assert first.handed_over_on == date(2026, 11, 23)
    states = {i.item: i.state for i in first.items()}
    assert states["purchase_contract"] == ORIGINAL and states["sales_invoice"] == COPY  # stays as it was
    line = handover.HandoverLine.get(handover.HandoverLine.reference == VINS[0])
    assert line.declared_states["sales_invoice"] == MISSING  # the list printed now says 缺
    late = files.overdue_handovers(clerk, date(2026, 11, 23), since=date(2026, 10, 1))
    assert {p.responsible: [i.vin for i in p.late] for p in late}["赵强"] == [VINS[0]]
    audit = AuditLog.get(AuditLog.action == "archive.handover_receive")
    assert '"late": 1' in audit.detail and "张伟" not in audit.detail
    again = refused(handover.receive_batch, clerk, created.number, date(2026, 11, 23))
    assert again.code == "handover.already_received"


def test_receive_refusals_change_nothing(actors):
    clerk = actors["clerk"]
    branch(clerk)
    number = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0], VINS[1]]).number
    future = refused(handover.receive_batch, clerk, number, date(2026, 11, 24))
    assert future.facts["field"] == "received_on"
    with pytest.raises(RefusalList) as info:
        handover.receive_batch(clerk, number, date(2026, 11, 23), not_arrived={VINS[3]: [], VINS[0]: ["nonsense"]})
    assert sorted(i.code for i in info.value.items) == ["handover.not_in_batch", "handover.unknown_paper"]
    # Handed over one by one on the vehicle screen meanwhile: named, the batch stays open.
    second = SalesFile.select().join(files.Vehicle).where(files.Vehicle.vin == VINS[1]).get()
    files.record_handover(clerk, files.SALES, second.id, date(2026, 11, 22))
    with pytest.raises(RefusalList) as info:
        handover.receive_batch(clerk, number, date(2026, 11, 23))
    assert [i.code for i in info.value.items] == ["handover.already_handed_over"]
    assert SalesFile.select().where(SalesFile.handed_over_on.is_null(False)).count() == 2  # VINS[2], VINS[1]
    assert handover.HandoverBatch.get(handover.HandoverBatch.number == number).state == handover.OPEN


def test_cancel_frees_the_files(actors):
    clerk = actors["clerk"]
    branch(clerk)
    number = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0]]).number
    assert refused(handover.cancel_batch, clerk, number, "").facts["field"] == "reason"
    handover.cancel_batch(clerk, number, "资料未送到")
    assert refused(handover.receive_batch, clerk, number, date(2026, 11, 23)).code == "handover.cancelled"
    assert handover.new_batch(clerk, files.SALES, "周车管", [VINS[0]]).files == 1


def test_the_printed_list_reads_back_with_counts_and_signatures(actors, tmp_path):
    clerk = actors["clerk"]
    branch(clerk)
    number = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0], VINS[1]]).number
    out = tmp_path / "handover.pdf"
    pages = handover.print_batch(clerk, number, out, datetime(2026, 11, 23, 10, 0))
    text = "".join(pdf_text(out)).replace(" ", "").replace("\n", "")
    assert pages == 1
    for expected in ("资料交接表单", number, "周车管", VINS[0], "张伟", "赵强", "2026-11-18", "合计2份", "交出人（签字）",
                     "接收人（签字）", "1=购车合同"):
        assert expected in text, expected
    audit = AuditLog.get(AuditLog.action == "personal.export")
    assert '"what": "handover_sheet"' in audit.detail and '"records": 2' in audit.detail
    handover.receive_batch(clerk, number, date(2026, 11, 23))
    handover.print_batch(clerk, number, out, datetime(2026, 11, 23, 11, 0))
    text = "".join(pdf_text(out)).replace(" ", "").replace("\n", "")
    assert "接收日期：2026-11-23" in text and "3天" in text and "按时" in text and "王丽" in text
    repair = handover.new_batch(clerk, files.REPAIR, "售后前台", ["ro2026110001"]).number
    handover.print_batch(clerk, repair, out, datetime(2026, 11, 23, 12, 0))
    text = "".join(pdf_text(out)).replace(" ", "").replace("\n", "")
    assert "RO2026110001" in text and "接车单" in text and "维修档案" in text
    assert refused(handover.print_batch, actors["finance"], repair, out, datetime(2026, 11, 23)).code == "auth.forbidden"


def test_a_paper_not_arrived_is_named_by_code_or_by_its_name_and_a_wrong_one_lists_the_papers(actors):
    """The clerk on the command line writes the paper as it is printed (购车合同) or by its code; a
    paper the kind has not (a repair's 结算单 on a sales batch) is refused naming the file and
    listing the papers it can be, so the clerk can correct it without reading the source."""
    from ui.messages import refusal_text

    clerk = actors["clerk"]
    branch(clerk)
    number = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0]]).number
    with pytest.raises(RefusalList) as info:
        handover.receive_batch(clerk, number, date(2026, 11, 23), not_arrived={VINS[0]: ["结算单"]})
    [problem] = info.value.items
    assert problem.code == "handover.unknown_paper"
    text = refusal_text(problem)
    assert VINS[0] in text and "结算单" in text and "purchase_contract" in text and "membership_form" in text
    assert handover.HandoverBatch.get(handover.HandoverBatch.number == number).state == handover.OPEN
    handover.receive_batch(clerk, number, date(2026, 11, 23), not_arrived={VINS[0]: ["购车合同"]})
    assert handover.batch_sheet(clerk, number).lines[0].states["purchase_contract"] == MISSING

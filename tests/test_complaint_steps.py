"""The complaint call's six steps (issue 18 item 5, seed 004): ticked in order with a note, the
time and who; shown in the complaint's history and on its printed form (PDF read back).
SQLite and PostgreSQL."""
from datetime import datetime, timedelta

from archive import complaints
from common.pdf import pdf_text
from tests.test_callbacks_domain import TODAY, at, refused


def test_steps_in_order_with_notes_then_history_and_form(actors, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    complaint = complaints.receive(at(clerk, TODAY, 9), complainant="周杰", summary="保养等待超过三小时",
                                   category="waiting", phone="13903710001")
    assert refused(complaints.record_step, at(clerk, TODAY, 9), complaint.id, "listen").code \
        == "complaints.step_out_of_order"
    complaints.record_step(at(clerk, TODAY, 9), complaint.id, "opening")
    assert refused(complaints.record_step, at(clerk, TODAY, 9), complaint.id, "opening").code \
        == "complaints.step_done"
    # 提出问题 must say what the customer said; nothing is written when it does not.
    assert refused(complaints.record_step, at(clerk, TODAY, 9), complaint.id, "question", " ").code \
        == "complaints.step_note_required"
    assert list(complaints.steps(complaint.id)) == ["opening"]
    complaints.record_step(at(clerk, TODAY, 10), complaint.id, "question", "等了三个小时无人告知进度")
    complaints.record_step(at(clerk, TODAY, 10), complaint.id, "listen", "已复述")
    complaints.record_step(at(clerk, TODAY, 10), complaint.id, "propose", "免费洗车或下次工时八折")
    complaints.record_step(at(clerk, TODAY, 10), complaint.id, "agree", "下次保养工时八折")
    complaints.record_step(at(clerk, TODAY, 11), complaint.id, "confirm", "")
    done = complaints.steps(complaint.id)
    assert list(done) == list(complaints.STEPS) and done["agree"].note == "下次保养工时八折"
    assert done["confirm"].at == datetime(2026, 11, 23, 11, 0) and done["question"].user.id == clerk.user.id
    complaints.confirm(at(manager, TODAY, 12), complaint.id)
    past = complaints.history(complaint.id)
    # The day's stamps (a date) sort before the day's timed steps.
    assert [what for _, what, _, _ in past] == ["已受理", "经理已确认", "开场白", "提出问题", "聆听回应", "提议选择",
                                               "达成一致", "最后确定"]
    assert past[6][2] == clerk.user.display_name and past[6][3] == "下次保养工时八折"
    pdf = complaints.write_form(tmp_path / "ts.pdf", complaint.id, printed_at=datetime(2026, 11, 23, 15, 0),
                                printed_by="王丽", actor=clerk)
    text = "".join(pdf_text(pdf)).replace("\n", "")
    for expected in ("客户投诉处理表", complaint.number, "周杰", "投诉电话处理步骤", "开场白", "最后确定",
                     "下次保养工时八折", "2026-11-23 10:00", "处理经过", "经理已确认"):
        assert expected in text, expected
    assert refused(complaints.write_form, tmp_path / "f.pdf", complaint.id, printed_at=datetime(2026, 11, 23),
                   printed_by="陈静", actor=actors["finance"]).code == "auth.forbidden"
    # Closed: no step can be added any more.
    for step in (complaints.assign, ):
        step(at(clerk, TODAY), complaint.id, "service")
    complaints.resolve(at(clerk, TODAY), complaint.id, "已道歉并给予优惠")
    complaints.feed_back(at(clerk, TODAY), complaint.id, "接受", True)
    complaints.close(at(clerk, TODAY), complaint.id)
    other = complaints.receive(at(clerk, TODAY), complainant="李娜", summary="x", category="other")
    assert refused(complaints.record_step, at(clerk, TODAY), complaint.id, "opening").code == "complaints.steps_closed"
    assert refused(complaints.record_step, at(actors["finance"], TODAY), other.id, "opening").code == "auth.forbidden"

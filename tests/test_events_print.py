"""The invitation list, the sign-in sheet (PDF read back) and the events' effect report (PDF and
xlsx read back) of archive.events_print, on SQLite and PostgreSQL; the lists of customers go
through the personal-data guard (finance is refused, the export audited)."""
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from archive import events, events_print
from common.errors import Refusal
from common.models import AuditLog
from common.pdf import pdf_text
from tests.test_events_domain import NOON, TODAY, plan_lecture, town  # noqa: F401  (the fixture)


@pytest.fixture
def held(town):
    clerk = town["clerk"]
    event_id = plan_lecture(clerk, capacity=5, held_on=TODAY)
    ids = [town[n].id for n in ("zhang", "li", "wang")]
    events.add_invitees(clerk, event_id, ids)
    events.record_invitation(clerk, event_id, ids[:2], "letter")
    for cid in ids[:2]:
        events.sign_up(clerk, event_id, cid)
    events.attend(clerk, event_id, town["zhang"].id)
    events.record_feedback(clerk, event_id, town["zhang"].id, 9)
    events.record_cost(clerk, event_id, 120000)
    return dict(town, event_id=event_id)


def test_invitation_list_and_sign_in_sheet(held, tmp_path):
    clerk, event_id = held["clerk"], held["event_id"]
    out = tmp_path / "invitations.pdf"
    assert events_print.render_invitation_list(clerk, event_id, out) == 1
    [page] = pdf_text(out)
    assert "客户活动邀请名单" in page and "冬季保养讲座" in page and "客户休息室" in page
    assert "13803711234" in page and "王芳" in page and "未邀请" in page and "信函" in page
    assert "赵强" not in page  # do-not-contact, never on the list
    sheet = tmp_path / "sign-in.pdf"
    events_print.render_sign_in_sheet(clerk, event_id, sheet)
    [page] = pdf_text(sheet)
    assert "客户活动签到表" in page and "张伟" in page and "李娜" in page and "王芳" not in page  # not signed up
    assert "本人签名" in page and "已报名 2 位" in page
    exported = [(row.detail, row.user_id) for row in AuditLog.select().where(AuditLog.action == "personal.export")]
    assert len(exported) == 2 and '"records": 3' in exported[0][0] and '"records": 2' in exported[1][0]
    with pytest.raises(Refusal) as refused:
        events_print.render_invitation_list(held["actors"]["finance"], event_id, tmp_path / "f.pdf")
    assert refused.value.code == "auth.forbidden" and not (tmp_path / "f.pdf").exists()
    with pytest.raises(Refusal) as refused:
        events_print.render_sign_in_sheet(clerk, event_id, tmp_path / "sheet.xlsx")
    assert refused.value.code == "events.sheet_format"


def test_effect_report_pdf_and_xlsx(held, tmp_path):
    printed = datetime(2026, 12, 20, 9, 0)
    pdf = events_print.write_report(tmp_path / "effect.pdf", date(2026, 11, 1), date(2026, 11, 30),
                                    printed_at=printed, printed_by="王丽")
    [page] = pdf_text(pdf)
    assert "客户活动效果报表" in page and "冬季保养讲座" in page and "1,200.00" in page and "9.00" in page
    xlsx = events_print.write_report(tmp_path / "effect.xlsx", date(2026, 11, 1), date(2026, 11, 30),
                                     printed_at=printed, printed_by="王丽")
    sheet = openpyxl.load_workbook(xlsx)["活动效果"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:7] == tuple(events_print.REPORT_HEADERS[:7])
    assert rows[1][1] == "冬季保养讲座" and rows[1][3] == 1 and rows[1][4] == "9.00"
    assert rows[1][5] == 1200 and rows[1][6] == 1200  # yuan: the cost, and per attendee (one came)
    with pytest.raises(Refusal) as refused:
        events_print.write_report(tmp_path / "effect.csv", date(2026, 11, 1), date(2026, 11, 30),
                                  printed_at=printed, printed_by="王丽")
    assert refused.value.code == "events.report_format"

"""The month's list of improvement items reads as at the month's end: printed again later it
shows the same states, actions and verifications (a December action or check is not on
November's list). SQLite and PostgreSQL."""
from datetime import date

from archive import rectification as rz
from tests.test_callbacks_domain import at
from tests.test_rectification_domain import _closed_complaint

NOVEMBER = date(2026, 11, 1)


def test_a_later_action_and_check_stay_off_an_earlier_months_list(actors):
    clerk, manager = actors["clerk"], actors["manager"]
    complaint = _closed_complaint(actors, date(2026, 11, 10))
    item = rz.open_from_complaint(at(clerk, date(2026, 11, 12)), complaint.id, department="parts", owner="吴敏",
                                  due_on=date(2026, 11, 26))
    rz.act(at(clerk, date(2026, 11, 20)), item.id, "常用件安全库存上调")
    rz.act(at(clerk, date(2026, 12, 2)), item.id, "缺件当天告知客户到货日期")
    rz.verify(at(manager, date(2026, 12, 4)), item.id, rz.BY_MANAGER, "到配件部查看，已落实")
    row = rz.month_list(NOVEMBER)["配件部"][0]
    fields = dict(zip(rz.LIST_HEADERS, row))
    assert fields["状态"] == "已整改待验证" and fields["验证"] == ""
    assert "常用件安全库存上调" in fields["整改措施"] and "缺件当天" not in fields["整改措施"]
    assert fields["逾期"] == "是"  # not verified by its due date within November
    december = dict(zip(rz.LIST_HEADERS, rz.month_list(date(2026, 12, 1))["配件部"][0]))
    assert december["状态"] == "已验证" and "缺件当天" in december["整改措施"] and "已落实" in december["验证"]
    assert december["逾期"] == "是"  # verified after its due date
    opened_late = rz.open_from_complaint(at(clerk, date(2026, 11, 30)), _closed_complaint(
        actors, date(2026, 11, 30)).id, department="parts", owner="吴敏", due_on=date(2026, 12, 10))
    listed = {r[0]: dict(zip(rz.LIST_HEADERS, r)) for r in rz.month_list(NOVEMBER)["配件部"]}
    assert listed[opened_late.number]["状态"] == "待整改" and listed[opened_late.number]["逾期"] == ""

"""客服中心工作月报表 (issue 18 item 6): a clerk's November in figures: files handed over (one late,
by its responsible person), a 7DC callback done with its scores, a complaint, an insurance
reminder sent; the members / events / rectification sections from their month_summary; the PDF
and the xlsx read back; a month that is none or not begun refused. SQLite and PostgreSQL."""
from datetime import date, datetime

import openpyxl

from archive import callbacks, care, complaints, files, handover, work_month, work_month_print
from common.pdf import pdf_text
from tests.test_archive_files import refused
from tests.test_archive_handover import VINS, branch

NOVEMBER = date(2026, 11, 1)


def november(clerk):
    branch(clerk)
    number = handover.new_batch(clerk, files.SALES, "周车管", [VINS[0]]).number
    handover.receive_batch(clerk, number, date(2026, 11, 23))
    callbacks.generate(clerk, date(2026, 11, 23))
    seven_day = callbacks.Callback.get(callbacks.Callback.kind == callbacks.SEVEN_DAY)
    callbacks.record_call(clerk, seven_day.id, callbacks.REACHED,
                          scores={code: 8 for code in callbacks.SALES_ITEMS}, remarks="满意")
    complaints.receive(clerk, complainant="李娜", summary="等待时间太长", category="waiting")
    vehicle = files.Vehicle.get(files.Vehicle.vin == VINS[0])
    care.mark_done(clerk, care.INSURANCE, vehicle.id, date(2026, 11, 26), channel="sms")


def test_the_month_in_figures(actors):
    clerk = actors["clerk"]
    november(clerk)
    report = work_month.work_month(clerk, date(2026, 11, 23))
    assert (report.first, report.last, report.as_of) == (NOVEMBER, date(2026, 11, 30), date(2026, 11, 23))
    # VINS[2] handed over on time on 3 November, VINS[0] three working days late with the batch.
    assert report.archives[files.SALES] == {"received": 2, "late": 1, "outstanding": 0}
    assert report.archives["batches"] == 1
    zhao = next(p for p in report.people if p.responsible == "赵强")
    assert (zhao.received, zhao.late, zhao.workdays_late) == (1, 1, 3)
    assert report.people[0].responsible == "赵强"  # the late come first
    seven = next(r for r in report.callbacks if r.kind == callbacks.SEVEN_DAY)
    assert (seven.done, seven.calls, seven.reached, seven.average) == (1, 1, 1, "8.00")
    assert report.complaints.received == 1
    assert report.care == {care.INSURANCE: {"sms": 1}}
    assert report.members["enrolled"] == 0 and report.events["held"] == 0 and report.rectification["opened"] == 0


def test_pdf_and_workbook_read_back(actors, tmp_path):
    clerk = actors["clerk"]
    november(clerk)
    pdf = tmp_path / "月报.pdf"
    pages = work_month_print.render(clerk, NOVEMBER, pdf, datetime(2026, 11, 23, 17, 0))
    text = "".join(pdf_text(pdf)).replace(" ", "").replace("\n", "")
    assert pages >= 1
    for expected in ("客服中心工作月报表2026年11月", "一、档案接收", "赵强", "二、迟交档案（按责任人，供季效考核）",
                     "三、客户回访", "7DC新车回访", "8.00", "各服务项目评分", "四、客户投诉", "五、客户关怀（已发送）", "续保提醒",
                     "六、整改跟踪", "七、客户活动", "八、车主俱乐部会员", "统计至2026-11-23", "制表人：王丽", "客服经理",
                     "总经理"):
        assert expected in text, expected
    book = tmp_path / "月报.xlsx"
    assert work_month_print.render(clerk, NOVEMBER, book, datetime(2026, 11, 23, 17, 0)) == 10
    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames[0] == "档案接收" and workbook.sheetnames[-1] == "说明" and len(workbook.sheetnames) == 10
    items = [[cell.value for cell in row] for row in workbook["各服务项目评分"].iter_rows()]
    assert len(items) == 1 + len(callbacks.SALES_ITEMS) and all(row[3] == 8 for row in items[1:])
    archives = [[cell.value for cell in row] for row in workbook["档案接收"].iter_rows()]
    assert archives[1] == ["销售档案", 2, 1, 0]
    people = [[cell.value for cell in row] for row in workbook.worksheets[1].iter_rows()]
    assert ["赵强", 1, 1, 3, 0] in people
    assert refused(work_month_print.render, clerk, NOVEMBER, tmp_path / "x.doc", datetime(2026, 11, 23)).code \
        == "work_month.bad_format"


def test_months_that_are_none_or_not_begun(actors):
    clerk = actors["clerk"]
    assert work_month.parse_month("2026-11") == work_month.parse_month("202611") == NOVEMBER
    assert refused(work_month.parse_month, "2026-13").facts == {"field": "month", "value": "2026-13"}
    assert refused(work_month.parse_month, "十一月").code == "work_month.bad_month"
    assert refused(work_month.work_month, clerk, date(2026, 12, 1)).code == "work_month.future"


def test_the_workbook_holds_numbers_and_says_which_month(actors, tmp_path):
    """A manager sums and charts the workbook: averages and amounts are numbers, not text; and the
    workbook says which month it is and carries the notes the PDF prints under each section."""
    clerk = actors["clerk"]
    november(clerk)
    book = tmp_path / "月报.xlsx"
    work_month_print.render(clerk, NOVEMBER, book, datetime(2026, 11, 23, 17, 0))
    workbook = openpyxl.load_workbook(book)
    items = [[cell.value for cell in row] for row in workbook["各服务项目评分"].iter_rows()]
    assert all(row[3] == 8 and not isinstance(row[3], str) for row in items[1:])
    calls = [[cell.value for cell in row] for row in workbook["客户回访"].iter_rows()]
    assert calls[1][0] == "7DC 新车回访" and calls[1][7] == 8
    events = [[cell.value for cell in row] for row in workbook["客户活动"].iter_rows()]
    assert events[1][7] == 0 and not isinstance(events[1][7], str)
    notes = [[cell.value for cell in row] for row in workbook["说明"].iter_rows()]
    text = "\n".join(str(value) for row in notes for value in row if value is not None)
    assert "客服中心工作月报表 2026年11月" in text and "2026-11-01 至 2026-11-30" in text
    assert "统计至 2026-11-23" in text and "本月接收资料交接单 1 张" in text and "等待时间 1" in text


def test_a_file_handed_over_after_its_deadline_but_within_it_in_working_days_is_not_late(actors):
    """Late is counted in working days, as the handover list and the 逾期移交 tab count it: papers
    due on a Friday and brought on the Saturday are not late for the quarterly assessment."""
    clerk = actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="王芳", phone="13803719999")
    made = files.register_vehicle(clerk, owner.id, vin=VINS[0], delivery_date=date(2026, 11, 18), responsible="赵强")
    sales_file = files.SalesFile.get_by_id(made.sales_file_id)
    assert sales_file.handover_due == date(2026, 11, 20)  # a Friday
    files.record_handover(clerk, files.SALES, made.sales_file_id, date(2026, 11, 21))
    report = work_month.work_month(clerk, NOVEMBER)
    assert report.archives[files.SALES] == {"received": 1, "late": 0, "outstanding": 0}
    zhao = next(p for p in report.people if p.responsible == "赵强")
    assert (zhao.received, zhao.late, zhao.workdays_late) == (1, 0, 0)

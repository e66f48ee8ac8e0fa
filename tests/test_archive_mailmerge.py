"""Care messages out (issue 18 item 8): insurance reminders and a festival greeting as an SMS list
(.xlsx and .csv read back), address labels and letters (PDF read back); do-not-contact customers
and those without a mobile phone or address left out and counted; the manager's template with an
unknown field refused naming it; every file audited. SQLite and PostgreSQL."""
import csv
import json
from datetime import date

import openpyxl

from archive import callbacks, care, files, mailmerge, validate
from common.models import AuditLog
from common.pdf import pdf_text
from tests.test_archive_files import refused

DAY = date(2026, 11, 23)


def branch(clerk):
    """Three customers whose cars' insurance runs out on 26 November: 张 (female by ID number),
    王 (do-not-contact), the 物流 company (a landline only, an address)."""
    people = [
        files.create_customer(clerk, kind="person", name="张丽", id_number="11010519491231002X", phone="138 0371 1234",
                              address="郑州市金水路1号"),
        files.create_customer(clerk, kind="person", name="王刚", phone="13903712222", address="郑州市中原路8号"),
        files.create_customer(clerk, kind="company", name="郑州宏达物流有限公司", phone="0371-65551234",
                              address="郑州市经三路99号"),
    ]
    for n, person in enumerate(people, start=1):
        files.register_vehicle(clerk, person.id, vin=validate.with_check_digit(f"LFV2A21K0G300000{n}"),
                               plate=f"豫A1234{n}", model="速腾", delivery_date=date(2025, 11, 26), responsible="李明")
    callbacks.set_do_not_contact(clerk, people[1].id, "不愿接到电话")
    return people


def test_the_sms_list_merges_fields_and_leaves_out_who_may_not_or_cannot_get_it(actors, tmp_path):
    clerk = actors["clerk"]
    branch(clerk)
    merged = mailmerge.merge_list(clerk, care.INSURANCE, DAY)
    assert [row.name for row in merged.rows] == ["张丽"]
    assert merged.left_out_blocked == 1 and merged.left_out_unreachable == 1
    row = merged.rows[0]
    assert row.phone == "13803711234"
    assert row.text.startswith("张女士您好！您的爱车豫A·12341的保险将于11月26日到期")
    out = tmp_path / "续保.xlsx"
    written = mailmerge.export(clerk, care.INSURANCE, DAY, out)
    assert (written.rows, written.left_out_blocked, written.left_out_unreachable) == (1, 1, 1)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:2] == ["手机号码", "短信内容"]
    assert sheet["A2"].value == "13803711234" and "张女士" in sheet["B2"].value
    detail = json.loads(AuditLog.get(AuditLog.action == "personal.export").detail)
    assert detail["what"] == "care_mailmerge" and detail["records"] == 1 and detail["left_out_blocked"] == 1
    assert refused(mailmerge.export, actors["finance"], care.INSURANCE, DAY, out).code == "auth.forbidden"
    out_csv = tmp_path / "续保.csv"
    mailmerge.export(clerk, care.INSURANCE, DAY, out_csv, mark_sent=True)
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["手机号码", "短信内容"] and rows[1][0] == "13803711234" and len(rows) == 2
    # Marked sent: the reminder is off the list, and a second export has nothing to send.
    assert refused(mailmerge.export, clerk, care.INSURANCE, DAY, out_csv).code == "mailmerge.nothing"
    assert refused(mailmerge.export, clerk, care.INSURANCE, DAY, tmp_path / "x.doc").code == "mailmerge.bad_format"


def test_labels_and_letters_go_to_everyone_with_an_address(actors, tmp_path):
    clerk = actors["clerk"]
    branch(clerk)
    labels = tmp_path / "labels.pdf"
    written = mailmerge.export(clerk, care.INSURANCE, DAY, labels)
    assert written.rows == 2 and written.pages == 1 and written.left_out_blocked == 1
    text = "".join(pdf_text(labels))
    assert "郑州市金水路1号" in text and "郑州宏达物流有限公司" in text and "王刚" not in text
    letters = tmp_path / "letters.pdf"
    written = mailmerge.export(clerk, care.INSURANCE, DAY, letters, layout=mailmerge.LETTERS)
    pages = pdf_text(letters)
    assert written.pages == len(pages) == 2
    assert "张女士您好" in pages[0].replace(" ", "") and "郑州宏达物流有限公司您好" in pages[1].replace(" ", "")


def test_a_festival_greets_every_customer_but_the_blocked(actors):
    clerk = actors["clerk"]
    branch(clerk)
    merged = mailmerge.merge_list(clerk, care.FESTIVAL, date(2026, 12, 28))
    assert [row.name for row in merged.rows] == ["张丽"] and merged.left_out_blocked == 1
    assert "元旦将至" in merged.rows[0].text


def test_templates_are_the_managers_and_unknown_fields_are_named(actors):
    clerk, manager = actors["clerk"], actors["manager"]
    branch(clerk)
    assert refused(mailmerge.set_template, clerk, care.INSURANCE, "{姓名}您好").code == "auth.forbidden"
    unknown = refused(mailmerge.set_template, manager, care.INSURANCE, "{姓名}您好，{车架号}的保险")
    assert unknown.code == "mailmerge.unknown_field" and unknown.facts["name"] == "车架号"
    unclosed = refused(mailmerge.set_template, manager, care.INSURANCE, "{姓名}您好，{车牌 的保险")
    assert unclosed.code == "mailmerge.unclosed_field" and unclosed.facts["position"] == 8
    assert refused(mailmerge.set_template, manager, care.INSURANCE, "  ").code == "mailmerge.empty_template"
    assert mailmerge.template_for(care.INSURANCE) == mailmerge.DEFAULT_TEMPLATES[care.INSURANCE]
    mailmerge.set_template(manager, care.INSURANCE, "{姓名}：{车牌}的保险{日期}到期。")
    assert mailmerge.set_template(manager, care.INSURANCE, "{姓名}：{车牌}保险{日期}到期。") == "{姓名}：{车牌}保险{日期}到期。"
    assert mailmerge.merge_list(clerk, care.INSURANCE, DAY).rows[0].text == "张丽：豫A·12341保险11月26日到期。"
    assert AuditLog.select().where(AuditLog.action == "care.template_set").count() == 2

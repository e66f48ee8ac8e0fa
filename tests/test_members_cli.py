"""The owner's club and customer values on the command line (SQLite): enrol, use a benefit, the
list, the xlsx and PDF exports read back, the member card, the value list; refusals in words."""
from datetime import date

import openpyxl

from common import db as dbmod
from common.pdf import pdf_text
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import car, person, repair
from tests.test_cli import run_cli


def test_members_from_the_command_line(sqlite_db, sqlite_actors, tmp_path, password_hash):
    clerk = sqlite_actors["clerk"]
    zhao = person(clerk, "赵大", phone="13800000001")
    _, vin = car(clerk, zhao, date(2024, 3, 1))
    repair(clerk, vin, date(2026, 6, 1), amount_fen=1_250_000)
    qian = person(clerk, "钱二", phone="13800000002")
    car(clerk, qian, date(2025, 8, 1))
    dbmod.close_database()
    env = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args, lang="zh": run_cli("--db", sqlite_db.path, "--lang", lang, *args, env=env, data_dir=tmp_path)

    enrolled = cli("members", "enrol", "--customer", zhao.archive_number)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "赵大 已入会：会员号 HY000001" in enrolled.stdout
    again = cli("members", "enrol", "--customer", zhao.archive_number)
    assert again.returncode == 1 and "赵大 已是会员，会员号 HY000001。" in again.stdout + again.stderr
    assert cli("members", "enrol", "--customer", str(qian.id)).returncode == 0
    wrong = cli("members", "use", "HY000002", "--benefit", "代步车", lang="en")
    assert wrong.returncode == 1
    # The default benefit reads in English on an English command line (issue 16: no Chinese in an
    # English sentence but the user's own data).
    assert "Courtesy car" in wrong.stdout + wrong.stderr and "HY000002" in wrong.stdout + wrong.stderr
    used = cli("members", "use", "HY000002", "--benefit", "免费洗车")
    assert used.returncode == 0, used.stderr

    listed = cli("members", "list", "--find", "钱")
    assert "HY000002  钱二  普卡会员" in listed.stdout and "共 1 位会员" in listed.stdout

    book = tmp_path / "members.xlsx"
    assert cli("members", "export", "--out", str(book)).returncode == 0
    sheet = openpyxl.load_workbook(book)["会员名单"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["会员号", "姓名", "电话", "地址", "等级"]
    assert [r[0] for r in rows[1:]] == ["HY000001", "HY000002"] and rows[2][11] == 1

    listing = tmp_path / "members.pdf"
    assert cli("members", "export", "--out", str(listing)).returncode == 0
    text = "".join(pdf_text(listing))
    assert "车主俱乐部会员名单" in text and "共 2 位会员" in text and "钱二" in text
    card = tmp_path / "card.pdf"
    assert cli("members", "card", "HY000001", "--out", str(card)).returncode == 0
    text = "".join(pdf_text(card))
    assert "车主俱乐部会员证" in text and "HY000001" in text and vin in text

    values = tmp_path / "values.xlsx"
    assert cli("customers", "values", "--out", str(values)).returncode == 0
    sheet = openpyxl.load_workbook(values)["客户价值"]
    first = [cell.value for cell in next(sheet.iter_rows(min_row=2))]
    assert first[1] == "赵大" and first[4] == 12500  # yuan
    shown = cli("customers", "values", lang="en")
    assert shown.returncode == 0 and "赵大" in shown.stdout
    forbidden = cli("customers", "rules", "--shares", "2,10,30")
    assert forbidden.returncode == 1 and "设置客户价值分类规则" in forbidden.stdout + forbidden.stderr

    dbmod.open_database(sqlite_db)
    from common.models import AuditLog
    import json
    exports = [json.loads(r.detail)["what"] for r in AuditLog.select().where(AuditLog.action == "personal.export")]
    assert sorted(exports) == ["customer_values", "member_card", "member_list", "member_list"]

"""Issue 18 items 7, 8 and 6 on the command line: a handover batch made of two files (the third
taken later with --pending), listed, received with a paper that did not arrive, printed; the insurance reminders as an SMS list
with who was left out; a template with an unknown field refused naming it; the work-month
report; a month that is none refused; English."""
import openpyxl

from archive import files, validate
from archive.models import ORIGINAL, SalesFile
from common import db as dbmod
from common.clock import branch_today
from common.pdf import pdf_text
from tests.conftest import TEST_PASSWORD
from tests.test_archive_mailmerge import branch
from tests.test_cli import run_cli

VINS = [validate.with_check_digit(f"LFV2A21K0G300000{n}") for n in (1, 2, 3)]  # delivered by 李明


def test_handover_care_and_work_month_from_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    branch(clerk)
    for vin in VINS[:2]:  # their purchase contracts are in the folders handed over
        sales_file = SalesFile.select().join(files.Vehicle).where(files.Vehicle.vin == vin).get()
        files.set_checklist_item(clerk, files.SALES, sales_file.id, "purchase_contract", ORIGINAL)
    today = branch_today().isoformat()
    dbmod.close_database()
    env = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args: run_cli("--db", sqlite_db.path, *args, env=env, data_dir=tmp_path)  # noqa: E731

    made = cli("archive", "handover", "new", "--kind", "sales", "--by", "周车管", VINS[0], VINS[1])
    assert made.returncode == 0, made.stderr
    assert "2 份档案" in made.stdout
    number = made.stdout.split("交接单 ", 1)[1].split("：", 1)[0]
    listed = cli("archive", "handover", "list")
    assert number in listed.stdout and "周车管" in listed.stdout
    wrong = cli("archive", "handover", "receive", number, "--date", today, "--not-arrived",
                f"{VINS[2]}:purchase_contract")
    assert wrong.returncode == 1 and f"{VINS[2]} 不在交接单 {number} 中。" in wrong.stderr
    got = cli("archive", "handover", "receive", number, "--date", today, "--not-arrived",
              f"{VINS[0]}:purchase_contract")
    assert got.returncode == 0, got.stderr
    assert "2 份档案、1 项资料，迟交 2 份" in got.stdout and f"迟交：{VINS[0]}（责任人 李明" in got.stdout
    pending = cli("archive", "handover", "new", "--kind", "sales", "--by", "周车管", "--pending", "--responsible", "李明")
    assert pending.returncode == 0 and "1 份档案" in pending.stdout  # the third car's papers
    printed = cli("archive", "handover", "print", number, "--out", tmp_path / "交接单.pdf")
    assert printed.returncode == 0, printed.stderr
    assert "资料交接表单" in "".join(pdf_text(tmp_path / "交接单.pdf"))

    sms = cli("care", "export", "--kind", "insurance", "--date", "2026-11-23", "--out", tmp_path / "续保.xlsx")
    assert sms.returncode == 0, sms.stderr
    assert "1 位客户" in sms.stdout and "免打扰客户 1 位，无手机号或地址 1 位" in sms.stdout
    assert openpyxl.load_workbook(tmp_path / "续保.xlsx").active["A2"].value == "13803711234"
    template = cli("care", "template", "--kind", "insurance", "--set", "{姓名}您好")
    assert template.returncode == 1 and "维护客户关怀短信模板" in template.stderr
    manager = run_cli("--db", sqlite_db.path, "care", "template", "--kind", "insurance", "--set", "{车架号}",
                      env={**env, "BRANCHDESK_USER": "manager"}, data_dir=tmp_path)
    assert manager.returncode == 1 and "合并字段 {车架号} 不存在" in manager.stderr

    month = cli("report", "work-month", "--month", "2026-11", "--out", tmp_path / "月报.pdf")
    assert month.returncode == 0, month.stderr
    assert "客服中心工作月报表" in "".join(pdf_text(tmp_path / "月报.pdf"))
    bad = cli("report", "work-month", "--month", "2026-13", "--out", tmp_path / "x.pdf")
    assert bad.returncode == 1 and "月份 2026-13 无效" in bad.stderr
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "archive", "handover", "cancel", "JJ19990101-01",
                      "--reason", "x", env=env, data_dir=tmp_path)
    assert english.returncode == 1 and english.stderr.strip() == "No handover batch JJ19990101-01."

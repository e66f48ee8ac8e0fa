"""``main.py events ...`` on a SQLite file: plan, invite by filter and by id, the seats enforced with
the refusal worded (Chinese and English), print the list and the sheet, the effect report."""
from datetime import date, timedelta

import openpyxl

from archive import callbacks, files
from common import db as dbmod
from common.pdf import pdf_text
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import _id_number, car
from tests.test_cli import run_cli


def test_events_from_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    people = {}
    for name, address in (("张伟", "河南省郑州市金水路1号"), ("李娜", "河南省洛阳市中州路8号"),
                          ("王芳", "河南省郑州市花园路9号"), ("赵强", "河南省郑州市农业路2号")):
        customer = files.create_customer(clerk, kind="person", name=name, id_number=_id_number(date(1985, 1, 1)),
                                         phone="13800000000", address=address)
        people[name] = customer.id
        car(clerk, customer, date(2025, 5, 1))
    callbacks.set_do_not_contact(clerk, people["赵强"], "")
    dbmod.close_database()
    env = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args: run_cli("--db", sqlite_db.path, *args, env=env, data_dir=tmp_path)  # noqa: E731
    day = (date.today() + timedelta(days=20)).isoformat()

    planned = cli("events", "plan", "--kind", "party", "--title", "车主联谊会", "--date", day, "--capacity", "1",
                  "--budget", "1200.50", "--place", "展厅")
    assert planned.returncode == 0, planned.stderr
    assert "已策划活动 1：车主联谊会" in planned.stdout
    invited = cli("events", "invite", "1", "--city", "郑州", "--via", "sms")
    assert invited.returncode == 0, invited.stderr
    assert "已加入邀请名单 2 位客户" in invited.stdout and "已登记邀请 2 位客户" in invited.stdout  # 赵强 left out
    refused = cli("events", "invite", "1", "--customer", str(people["赵强"]))
    assert refused.returncode == 1 and "赵强 已设为免打扰" in refused.stdout + refused.stderr
    assert cli("events", "signup", "1", "--customer", str(people["张伟"])).returncode == 0
    full = cli("events", "signup", "1", "--customer", str(people["王芳"]))
    assert full.returncode == 1 and "1 个名额已满，王芳 未能报名" in full.stdout + full.stderr
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "events", "signup", "1", "--customer",
                      str(people["王芳"]), env=env, data_dir=tmp_path)
    assert english.returncode == 1 and "all 1 places" in english.stdout + english.stderr
    listed = cli("events", "list")
    assert "车主联谊会" in listed.stdout and "邀请 2" in listed.stdout and "报名 1" in listed.stdout
    printed = cli("events", "print", "1", "--sheet", "sign-in", "--out", tmp_path / "sign-in.pdf")
    assert printed.returncode == 0, printed.stderr
    assert "张伟" in pdf_text(tmp_path / "sign-in.pdf")[0]
    assert cli("events", "print", "1", "--sheet", "invitations", "--out", tmp_path / "list.pdf").returncode == 0
    assert "李娜" not in pdf_text(tmp_path / "list.pdf")[0]  # 洛阳: not chosen by the city
    report = cli("events", "report", "--from", day, "--to", day, "--out", tmp_path / "effect.xlsx")
    assert report.returncode == 0, report.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "effect.xlsx")["活动效果"].iter_rows(values_only=True))
    assert rows[1][1] == "车主联谊会"
    bad = cli("events", "plan", "--kind", "party", "--title", "x", "--date", "2026-13-01", "--capacity", "1")
    assert bad.returncode == 2 and "2026-13-01" in bad.stderr

"""Rectification, call scripts and the complaint call's steps on the command line (issue 18
items 3-5): rectify open|act|verify|list|threshold, scripts save|show|survey, complaint
step|steps|form; refusals worded, exit 1, nothing changed."""
from datetime import datetime, timedelta

from archive import callbacks, complaints
from archive.callbacks import Callback
from common import db as dbmod
from common.clock import branch_now
from common.pdf import pdf_text
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import car, person, repair
from tests.test_cli import run_cli


def test_rectify_scripts_and_steps_from_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    clerk = sqlite_actors["clerk"]
    now = branch_now()
    today = now.date()
    owner = person(clerk, "王芳")
    _, vin = car(clerk, owner, today - timedelta(days=400))
    visited = today - timedelta(days=20)
    repair(clerk, vin, visited)
    callbacks.generate(clerk.at(now), today)
    callback = Callback.get(Callback.kind == "3dc")
    scores = {code: 9 for code in callbacks.SERVICE_ITEMS} | {"price": 3}
    callbacks.record_call(clerk.at(now), callback.id, "reached", scores, remarks="结算比报价高")
    complaint = complaints.receive(clerk.at(now), complainant="周杰", summary="保养等待超过三小时", category="waiting")
    dbmod.close_database()
    as_clerk = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    as_manager = {"BRANCHDESK_USER": "manager", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args, env=as_clerk: run_cli("--db", sqlite_db.path, *args, env=env, data_dir=tmp_path)  # noqa: E731

    offered = cli("rectify", "candidates")
    assert offered.returncode == 0, offered.stderr
    assert f"--callback {callback.id} --item price" in offered.stdout and "3/10" in offered.stdout
    no_owner = cli("rectify", "open", "--callback", callback.id, "--item", "price", "--department", "service",
                   "--owner", " ")
    assert no_owner.returncode == 1 and "请填写售后服务部的整改负责人" in no_owner.stderr
    opened = cli("rectify", "open", "--callback", callback.id, "--item", "price", "--department", "service",
                 "--owner", "赵强")
    assert opened.returncode == 0, opened.stderr
    number = f"RZ{today:%Y%m}001"
    assert number in opened.stdout and "售后服务部" in opened.stdout
    assert cli("rectify", "act", number, "--action", "结算前逐项解释费用").returncode == 0
    refused = cli("rectify", "verify", number, "--by", "manager", "--note", "查看结算单")
    assert refused.returncode == 1 and "没有权限" in refused.stderr or "权限" in refused.stderr
    verified = cli("rectify", "verify", number, "--by", "manager", "--note", "查看结算单，已落实", env=as_manager)
    assert verified.returncode == 0 and "已验证" in verified.stdout, verified.stderr
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "rectify", "threshold", "11", env=as_manager,
                      data_dir=tmp_path)
    assert english.returncode == 1 and "11" in english.stderr and "无效" not in english.stderr
    listed = cli("rectify", "list", "--out", tmp_path / "rz.pdf")
    assert listed.returncode == 0, listed.stderr
    text = "".join(pdf_text(tmp_path / "rz.pdf")).replace("\n", "")
    assert number in text and "售后服务部" in text and "王芳" in text

    saved = cli("scripts", "save", "3dc", "busy", "--title", "客户正忙", "--body", "约好时间再打", env=as_manager)
    assert saved.returncode == 0 and "第 1 版" in saved.stdout, saved.stderr
    assert "约好时间再打" in cli("scripts", "show", "3dc", "busy").stdout
    assert cli("scripts", "save", "3dc", "busy", "--title", "x", "--body", "y").returncode == 1  # clerk
    survey = cli("scripts", "survey", "3dc", "--items", "维修质量,总体满意度,预约便利性", "--scale", "5", env=as_manager)
    assert survey.returncode == 0, survey.stderr
    assert "第 2 版，满分 5" in survey.stdout and "repair_quality  维修质量" in survey.stdout

    out_of_order = cli("complaint", "step", complaint.number, "agree", "--note", "八折")
    assert out_of_order.returncode == 1 and "还没有完成“开场白”" in out_of_order.stderr
    assert cli("complaint", "step", complaint.number, "opening").returncode == 0
    assert cli("complaint", "step", complaint.number, "question", "--note", "等了三个小时").returncode == 0
    steps = cli("complaint", "steps", complaint.number)
    assert "[✓] 开场白" in steps.stdout and "[ ] 聆听回应" in steps.stdout and "等了三个小时" in steps.stdout
    form = cli("complaint", "form", complaint.number, "--out", tmp_path / "ts.pdf")
    assert form.returncode == 0, form.stderr
    assert "提出问题" in "".join(pdf_text(tmp_path / "ts.pdf"))

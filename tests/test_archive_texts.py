"""The archive's words (archive/texts.py): a refusal whose facts carry the archive's own labels (a
complaint's state, a step, score items, a care kind, a communication style) reads wholly in English
on an English screen and exactly as before in Chinese; `check`'s archive problems are worded in the
user's language. Domain and common.messages only: no Qt."""
import re
from datetime import date

import pytest

from archive import callbacks, care, checks, comm_style, complaints, files, scripts, validate
from archive.texts import (
    ARCHIVE_REQUIRED, CALLBACKS_SCORE_MISSING, CARE_ALREADY_DONE, COMPLAINTS_STEP_OUT_OF_ORDER,
    COMPLAINTS_WRONG_STATE, SCRIPTS_NOT_ACTIVE, STYLE_GUIDANCE_REQUIRED, VALUE_UNKNOWN_CLASS,
)
from common import i18n
from common.db import database
from common.errors import Refusal
from common.messages import templates, text

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
VIN = validate.with_check_digit("LFV2A21K0G3000002")


@pytest.fixture(autouse=True)
def fresh_catalog():
    i18n.reload()
    yield
    i18n.set_language("zh")


LABELLED = [
    (Refusal(COMPLAINTS_WRONG_STATE, number="TS-2026-0001", state=complaints.STATE_LABELS[complaints.RECEIVED],
             action="结案"),
     "投诉 TS-2026-0001 当前为“已受理”，不能结案。"),
    (Refusal(COMPLAINTS_STEP_OUT_OF_ORDER, number="TS-2026-0001", step=complaints.STEPS["listen"],
             missing=complaints.STEPS["opening"]),
     "投诉 TS-2026-0001 还没有完成“开场白”，不能先登记“聆听回应”。"),
    (Refusal(CALLBACKS_SCORE_MISSING, customer="Wang Li",
             items="、".join([callbacks.SALES_ITEMS["reception"], callbacks.SALES_ITEMS["test_drive"]])),
     "已接通 Wang Li，但还有项目未打分：展厅接待、试乘试驾。"),
    (Refusal(CARE_ALREADY_DONE, kind=care.KIND_LABELS[care.BIRTHDAY], due_on="2026-01-01"),
     "这条生日祝福（2026-01-01）已经标记为已发送。"),
    (Refusal(STYLE_GUIDANCE_REQUIRED, style=comm_style.STYLES[comm_style.EXPRESSIVE],
             topic=comm_style.TOPICS[comm_style.DECIDES]),
     "请填写表现型客户“如何做决定”的指引。"),
    (Refusal(SCRIPTS_NOT_ACTIVE, title="Opening", state=scripts.STATE_LABELS[scripts.RETIRED]),
     "话术“Opening”已停用，不能再停用。"),
    (Refusal(VALUE_UNKNOWN_CLASS, value="x", known="、".join(["VIP客户", "主要客户", "普通客户", "小客户"])),
     "没有客户价值类别“x”：可选 VIP客户、主要客户、普通客户、小客户。"),
    (Refusal(ARCHIVE_REQUIRED, field="vin"), "请填写 车架号。"),
]


@pytest.mark.parametrize("refusal, chinese", LABELLED, ids=[r.code for r, _ in LABELLED])
def test_labels_in_facts_read_in_the_language_of_the_sentence(refusal, chinese):
    assert text(refusal, "zh") == chinese
    english = text(refusal, "en")
    assert not CJK.search(english), english


def test_a_label_a_manager_typed_stays_as_typed():
    refusal = Refusal(COMPLAINTS_WRONG_STATE, number="TS-1", state="自定状态", action="结案")
    assert text(refusal, "en") == 'Complaint TS-1 is "自定状态" now; cannot close it.'


def test_every_archive_code_is_defined_once_with_its_package_prefix():
    archive_codes = [code for code in templates() if code.split(".")[0] in (
        "archive", "calendar", "festival", "callbacks", "care", "complaints", "events", "style", "handover",
        "mailmerge", "work_month", "value", "members", "profile", "rectify", "scripts", "erasure")]
    assert len(archive_codes) > 250
    assert templates()[COMPLAINTS_WRONG_STATE] == ("Refusal", "投诉 {number} 当前为“{state}”，不能{action}。")


def test_archive_check_problems_are_worded_in_the_users_language(actors):
    owner = files.create_customer(actors["clerk"], kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    files.register_vehicle(actors["clerk"], owner.id, vin=VIN, delivery_date=date(2026, 10, 8), responsible="李明")
    assert checks.check_integrity() == []
    with database.atomic():  # a hand edit: the reversed VIN kept for search no longer matches
        files.Vehicle.update(vin_reversed="X" * 17).where(files.Vehicle.vin == VIN).execute()
    problems = checks.check_integrity()
    assert [p.code for p in problems] == ["archive.check_vin_key"]
    assert text(problems[0], "zh") == f"车架号 {VIN} 的检索键与原值不符（{'X' * 17}），查询会漏掉该档案。"
    english = text(problems[0], "en")
    assert VIN in english and not CJK.search(english), english

"""One message system (issue 16 item 1): common.messages and common.i18n, without Qt.

The command line, the GUI and ``check`` word every Message / Refusal through common.messages.text,
which reads English from resources/i18n/branchdesk_en.qm with its own parser; these tests hold that
parser to Qt's own translator, and the registry of templates to its promises (each code once, each
with Chinese and finished English, no Chinese in an English sentence).
"""
from __future__ import annotations

import random

import pytest

from common import i18n, messages
from common.errors import Refusal, RefusalList
from common.messages import Message, define, text

ROOT = i18n.qm_path().parent.parent.parent
TS = i18n.qm_path().with_suffix(".ts")


@pytest.fixture(autouse=True)
def _chinese_afterwards():
    yield
    i18n.set_language("zh")


def test_the_qm_reader_gives_the_english_qt_gives():
    from PySide6.QtCore import QTranslator

    from ui.i18n import ts_messages

    translator = QTranslator()
    assert translator.load(str(i18n.qm_path()))
    catalog = i18n.read_qm(i18n.qm_path())
    sample = random.Random(16).sample(ts_messages(TS), 400)
    sample += [m for m in ts_messages(TS) if m[0] in ("Refusal", "Permissions", "Roles")][:200]
    for context, source, _, _ in sample:
        ours = catalog.get((context, source, ""), "")
        assert ours == translator.translate(context, source), (context, source)
    assert len(catalog) > 1000


def test_translate_follows_the_language_and_falls_back_to_the_source():
    source = "用户名或密码不正确。连续输错 5 次，账户将锁定 15 分钟。"
    assert i18n.translate("Refusal", source) == source
    i18n.set_language("en")
    assert i18n.translate("Refusal", source).startswith("Wrong username or password")
    assert i18n.translate("Refusal", "没有这句话") == "没有这句话"
    assert i18n.translate("Refusal", source, lang="zh") == source


def test_a_code_defined_twice_raises():
    code = define("test.defined_once", "一次 {x}")
    assert code == "test.defined_once"
    with pytest.raises(ValueError, match="defined twice"):
        define("test.defined_once", "两次 {x}")
    assert text(Message(code, {"x": 1})) == "一次 1"


def test_facts_are_named_by_their_namers_and_lists_part_by_part():
    code = define("test.named", "{thing}：{other}")
    messages.register_fact_namer("thing", messages.label_namer("TestThings", {"a": "甲", "b": "乙"}))
    assert text(Message(code, {"thing": "a", "other": "a"})) == "甲：a"
    assert text(Message(code, {"thing": "a,b", "other": 1})) == "甲/乙：1"
    assert text(Message(code, {"thing": "a,typed", "other": 1})) == "a,typed：1"


def test_refusals_and_refusal_lists_carry_a_message():
    code = define("test.refused", "第 {row} 行不对")
    refusal = Refusal(code, row=3)
    assert refusal.message == Message(code, {"row": 3})
    listed = RefusalList(define("test.refused_list", "{count} 行不对"), [refusal, Refusal(code, row=4)])
    assert text(listed) == "2 行不对\n第 3 行不对\n第 4 行不对"
    assert "test.unknown_code" in text(Refusal("test.unknown_code"))

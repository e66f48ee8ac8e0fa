"""Languages: Chinese source texts, the English translation file, Qt's own Chinese buttons."""
import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from common.errors import Refusal
from ui import i18n

TS = i18n.translations_dir() / i18n.TS_FILE
QM = i18n.translations_dir() / i18n.QM_FILE
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(autouse=True)
def chinese_afterwards(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path))
    yield
    i18n.install("zh")


def test_every_source_text_has_an_english_translation():
    messages = i18n.ts_messages(TS)
    assert len(messages) > 100
    untranslated = [(context, source) for context, source, _, finished in messages if not finished]
    assert untranslated == [], "run `python -m ui.i18n --update` and translate these in the .ts"


def test_translations_keep_every_placeholder():
    # A lost {remaining} would show the clerk a broken sentence (or raise on format).
    for context, source, translation, finished in i18n.ts_messages(TS):
        if not finished:
            continue  # reported by the test above
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (context, source)


def test_compiled_qm_holds_what_the_ts_says():
    translator = QTranslator()
    assert translator.load(str(QM)), "resources/i18n/branchdesk_en.qm is missing"
    stale = [(c, s) for c, s, t, _ in i18n.ts_messages(TS) if translator.translate(c, s) != t]
    assert stale == [], "the .qm is older than the .ts: run `python -m ui.i18n --update`"


@pytest.mark.skipif(shutil.which(i18n._tool("pyside6-lupdate")) is None, reason="pyside6-lupdate not installed")
def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    i18n.run_lupdate(fresh)
    in_code = {("cli" if c == "" else c, s) for c, s, _, _ in i18n.ts_messages(fresh)}
    in_ts = {(c, s) for c, s, _, _ in i18n.ts_messages(TS)}
    assert sorted(in_code - in_ts) == [], "run `python -m ui.i18n --update` and translate the new strings"


def test_refusals_read_in_english_after_switching():
    from ui.messages import refusal_text

    refusal = Refusal("auth.failed", username="clerk", remaining=3)
    assert "再错 3 次" in refusal_text(refusal)
    i18n.install("en")
    assert refusal_text(refusal) == (
        "Wrong username or password. 3 more wrong attempt(s) will lock the account for 15 minutes."
    )


def test_standard_buttons_read_chinese_from_qts_own_translation(qtbot):
    i18n.install("zh")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(QDialogButtonBox.StandardButton.Ok).text(), box.button(QDialogButtonBox.StandardButton.Cancel).text()}
    assert texts == {"确定", "取消"} or texts == {"确定(&O)", "取消(&C)"}


def test_the_chosen_language_is_remembered():
    assert i18n.saved_language() == "zh"
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    assert i18n.saved_language() == "en"
    assert i18n.resolve_language(None) == "en"
    assert i18n.resolve_language("zh") == "zh"  # the command line's --lang wins


def test_role_names_follow_the_language():
    assert i18n.role_name("clerk") == "客服专员"
    i18n.install("en")
    assert i18n.role_name("clerk") == "Clerk"
    assert QCoreApplication.translate("Pages", "档案") == "Archives"

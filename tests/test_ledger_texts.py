"""The ledger's words live beside its code (ledger/texts.py, issue 16 item 1): every code the ledger
refuses with or reports has a Chinese template and English, and its checks read in English without
the UI."""
from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from common import i18n
from common.messages import Message, templates, text
from ledger import texts
from ledger.models import DocumentCounter
from tests.test_daily import clerks_friday

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Facts as the ledger gives them: codes for books, types and parties, the clerk's name of a book.
SAMPLE = {"book": "owed_to", "book_name": "好件库存", "doc_type": "HQ_SHIP", "found": "HQ_RECEIVE",
          "expected": "HQ_BAD_RETURN", "party": "S01", "kind": "station", "allowed": "hq"}
# English that quotes the Chinese a clerk types into the import sheet (总部, 是/否, 总部发货) or the
# departments' names on the report's distribution list (经管二部): Chinese there on purpose.
QUOTES_CHINESE = {"ledger_io.bad_party_kind", "ledger_io.bad_yes_no", "ledger_io.unknown_type",
                  "send.recipients_required"}


def ledger_codes() -> list[str]:
    """Every code ledger/texts.py defines, and each variant of one ("code?fact")."""
    codes = {value for name, value in vars(texts).items() if name.isupper() and isinstance(value, str)}
    return sorted(key for key in templates() if key.split("?")[0] in codes)


def sample_facts(template: str) -> dict:
    names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    return {name: SAMPLE.get(name, f"X{index}") for index, name in enumerate(sorted(names))}


def test_the_ledger_defines_its_codes_and_ui_no_longer_does():
    codes = ledger_codes()
    assert len(codes) > 190 and "ledger.insufficient" in codes and "ledger.check_negative?party" in codes
    assert not list(ROOT.glob("ui/messages_ledger*.py")) and not (ROOT / "ui" / "messages_daily.py").exists()


@pytest.mark.parametrize("key", ledger_codes())
def test_every_ledger_code_has_a_chinese_template_and_reads_in_english(key):
    context, template = templates()[key]
    assert CJK.search(template), key
    code, _, when = key.partition("?")
    english = text(Message(code, sample_facts(template)), "en")
    assert not CJK.search(english) or code in QUOTES_CHINESE, (key, english)
    assert english != text(Message(code, sample_facts(template)), "zh")


def test_a_ledger_refusal_reads_in_english_and_in_chinese():
    from common.errors import Refusal
    from ledger import labels

    with pytest.raises(Refusal) as refused:
        labels.layout_named("A9")
    assert refused.value.code == texts.LABELS_UNKNOWN_LAYOUT
    assert text(refused.value, "zh").startswith("没有标签版式“A9”")
    english = text(refused.value, "en")
    assert "A9" in english and not CJK.search(english)


def test_a_check_problem_names_its_book_and_type_in_the_language_read():
    problem = Message(texts.LEDGER_CHECK_NEGATIVE, {"part": "BP-1", "book": "owed_to", "party": "S01",
                                                     "date": "2026-03-02", "qty": -2})
    assert text(problem, "zh") == "备件 BP-1 的 欠人坏件（S01）在 2026-03-02 日终为 -2，账簿不允许为负"
    assert "S01" in text(problem, "en") and i18n.translate("Books", "欠人坏件", lang="en") in text(problem, "en")
    gap = Message(texts.LEDGER_CHECK_NUMBER_GAP, {"doc_type": "HQ_SHIP", "year": 2026, "missing": 3})
    assert text(gap, "zh") == "总部发货 2026 年单号不连续：缺少第 3 号"


def test_the_ledger_words_its_check_problems_in_english_without_qt():
    # What ``--lang en check`` needs from the ledger: its codes and namers, and no PySide6.
    script = (
        "import sys\n"
        "from common.messages import Message, text\n"
        "from ledger import checks, texts\n"
        "m = Message(texts.LEDGER_CHECK_COUNTER_BEHIND, {'doc_type': 'STATION_ISSUE', 'year': 2026,"
        " 'counter': 1, 'max_seq': 2})\n"
        "print(text(m, 'en'))\n"
        "assert not [name for name in sys.modules if name.startswith(('PySide6', 'ui'))], 'Qt or ui imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() and not CJK.search(done.stdout), done.stdout


def test_the_problems_of_a_damaged_ledger_read_in_english(db, actors):
    from ui.messages_trust import problem_text
    from ledger import checks

    clerks_friday(actors)
    DocumentCounter.update(last_seq=DocumentCounter.last_seq + 2).where(DocumentCounter.doc_type == "HQ_SHIP").execute()
    problems = checks.check_invariants()
    assert [p.code for p in problems] == [texts.LEDGER_CHECK_COUNTER_AHEAD]
    previous = i18n.current_language()
    i18n.set_language("en")
    try:
        worded = [problem_text(p) for p in problems]
    finally:
        i18n.set_language(previous)
    assert len(worded) == 1 and "2026" in worded[0] and not CJK.search(worded[0]), worded

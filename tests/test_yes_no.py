"""One reading of a yes/no cell (common.yes_no) for both importers; an empty cell is "not given" and
each importer gives its field's default: a ledger line's flag stays unset (None, the document type
decides), a vehicle's 二级网点销售 is 否."""
import pytest

from common.errors import Refusal
from common.yes_no import YES_WORDS, yes_no


@pytest.mark.parametrize("cell, meaning", [("是", True), ("否", False), ("y", True), ("No", False), (1, True),
                                           (0, False), ("√", True), ("×", False), ("ＹＥＳ", True),
                                           (" true ", True), (None, None), ("", None), ("　 ", None)])
def test_words_and_empty_cells(cell, meaning):
    assert yes_no(cell) is meaning


def test_an_unknown_word_is_an_error_naming_it():
    with pytest.raises(ValueError) as raised:
        yes_no(" maybe ")
    assert raised.value.args == ("MAYBE",)
    assert "" not in YES_WORDS


def test_ledger_import_leaves_an_empty_flag_unset():
    from ledger import io

    problems = []
    assert io._yes_no(None, 2, "需返坏件", problems) is None
    assert io._yes_no("", 2, "需返坏件", problems) is None
    assert io._yes_no("是", 2, "需返坏件", problems) is True and problems == []
    assert io._yes_no("也许", 3, "需返坏件", problems) is None
    assert [(p.facts["row"], p.facts["value"]) for p in problems] == [(3, "也许")]


def test_archive_import_reads_an_empty_secondary_sale_as_no():
    from archive import io

    assert io._yes(None) is False and io._yes("") is False
    assert io._yes("是") is True and io._yes("n") is False
    with pytest.raises(Refusal) as refused:
        io._yes("也许")
    assert refused.value.facts["value"] == "也许"

"""common.money.format_yuan: the one fen -> yuan text (print, screens and check facts use it)."""
import pytest

from common.money import format_yuan


@pytest.mark.parametrize("fen, text", [(0, "0.00"), (5, "0.05"), (-5, "-0.05"), (123456, "1,234.56"),
                                       (-1050, "-10.50"), (123456789, "1,234,567.89"), (None, "")])
def test_fen_as_yuan(fen, text):
    assert format_yuan(fen) == text


def test_exact_where_float_would_round():
    # 2**53 + 1 fen has no float; 0.1 + 0.2 yuan style sums are integers here.
    assert format_yuan(2**53 + 1) == "90,071,992,547,409.93"


def test_every_screen_and_print_uses_it():
    from common import pdf
    from ledger import daily
    from ui import table_model

    assert pdf.format_yuan is format_yuan and daily.yuan is format_yuan and table_model.format_money is format_yuan

"""A signature records who signed which content; it does not lay out a PDF (that took two thirds
of a 1.5 s signature on a big day). The signed PDF is laid out when first asked for, carries the
signatures made so far, and is kept."""
from common.pdf import pdf_text
from ledger import daily, daily_print
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday


def test_signing_lays_out_no_pdf_and_the_signed_pdf_comes_on_request(db, actors, monkeypatch):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    render = daily_print.render_pdf
    laid_out = []

    def counting_render(*args, **kwargs):
        laid_out.append(args[0].date)
        return render(*args, **kwargs)

    monkeypatch.setattr(daily_print, "render_pdf", counting_render)
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert laid_out == []

    finance_only = "".join(pdf_text(daily.signed_pdf(FRIDAY, produced.version)))
    assert "财务：李会计" in finance_only and "经理：张经理" not in finance_only
    assert len(laid_out) == 1
    daily.signed_pdf(FRIDAY, produced.version)
    assert len(laid_out) == 1  # kept, not laid out again

    daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert len(laid_out) == 1
    both = "".join(pdf_text(daily.signed_pdf(FRIDAY, produced.version)))
    assert "财务：李会计" in both and "经理：张经理" in both
    assert daily.day_state(FRIDAY) == "locked"


def test_an_unsigned_version_has_no_signed_pdf(db, actors):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    assert daily.signed_pdf(FRIDAY, produced.version) is None

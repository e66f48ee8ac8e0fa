"""Signing checks the figures before it takes the write lock; a posting made meanwhile is
still caught: the report changed, nothing is signed."""
import pytest

from common.errors import Refusal
from ledger import daily
from ledger.posting import Draft, DraftLine, post
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday


@pytest.mark.parametrize("role", ["finance", "manager"])
def test_a_posting_while_the_signed_pdf_is_laid_out_is_not_signed_unseen(db, actors, monkeypatch, role):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    if role == "manager":
        daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    build = daily.build_report
    calls = []

    def another_clerk_posts_meanwhile(day):
        # Right after the figures were read for the check, before the signature's transaction.
        report = build(day)
        if not calls:
            post(actors["clerk"], Draft("COUNTER_ISSUE", FRIDAY, "MS", "WX-LATE", lines=[DraftLine("OF-1012010", 1)]))
        calls.append(day)
        return report

    monkeypatch.setattr(daily, "build_report", another_clerk_posts_meanwhile)
    sign = daily.sign_finance if role == "finance" else daily.sign_manager
    before = daily.day_state(FRIDAY)
    with pytest.raises(Refusal) as refused:
        sign(actors[role], FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert refused.value.code == "daily.report_changed"
    assert daily.day_state(FRIDAY) == before
    version = daily.versions(FRIDAY).get()
    assert (version.manager_signed_at is None) and (role == "manager" or version.finance_signed_at is None)

"""The 对账 page offscreen: a returned statement's dispute is accepted from the list; a stocktake is
started and its variance shown."""
from datetime import date

from ledger import reconcile, stocktake
from ledger.reconcile import LineAnswer
from tests.conftest import NOW
from tests.test_reconcile import november
from ui import reconcile_page
from ui.reconcile_page import ReconcilePage


def test_accepting_a_dispute_from_the_page(qtbot, desk_actors, monkeypatch):
    clerk = desk_actors["clerk"]
    november(clerk, desk_actors["manager"])
    issued = reconcile.issue_statement(clerk, "ZZ01", date(2026, 11, 16), date(2026, 11, 23))
    reconcile.answer_statement(clerk, issued.statement_id, [
        LineAnswer("BP-3501010", qty_out=3, note="只收到3套"), LineAnswer("OF-1012010", confirmed=True)])
    page = ReconcilePage(clerk, clock=lambda: NOW)
    qtbot.addWidget(page)
    table = page.statements.disputes
    assert table.rowCount() == 1 and table.item(0, 2).text() == "BP-3501010"
    table.selectRow(0)
    monkeypatch.setattr(reconcile_page._Tab, "ask_text", classmethod(
        lambda cls, parent, title, prompt, submit, **options: (submit({"text": "以服务站签收为准"}), True)))
    page.statements.accept_theirs()
    assert table.rowCount() == 0 and reconcile.count_open_disputes() == 0


def test_stocktake_tab_starts_a_count_and_shows_variances(qtbot, desk_actors):
    clerk = desk_actors["clerk"]
    november(clerk, desk_actors["manager"])
    page = ReconcilePage(clerk, clock=lambda: NOW)
    qtbot.addWidget(page)
    tab = page.stocktake
    tab.start_button.click()
    assert stocktake.open_stocktake() is not None and not tab.start_button.isEnabled()
    stocktake.enter_counts(clerk, [stocktake.Count("BP-3501010", 0)])
    tab.refresh()
    assert tab.variances.rowCount() == 1 and tab.variances.item(0, 4).text().startswith("-")
    tab.approve_button.click()  # a clerk may not approve: the refusal is shown, nothing posted
    qtbot.waitUntil(lambda: "权限" in tab.message.text())  # approving runs in a worker (ui.runner)
    assert stocktake.open_stocktake() is not None and tab.message.property("role") == "error"

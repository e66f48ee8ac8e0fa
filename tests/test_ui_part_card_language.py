"""A part card re-words its balance rows on a language switch without reading the books again: a
card left over from an earlier screen (or about to be deleted) must not query a database that has
been closed or swapped, which used to raise inside Qt's event loop on every later switch."""
from ledger import books
from ledger.posting import create_party, create_part, post, Draft
from tests.conftest import NOW
from ui import i18n
from ui.part_card import PartCard


def test_switching_language_rewords_the_card_without_reading_the_books(qtbot, desk_actors, monkeypatch):
    manager = desk_actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    create_part(manager, "1012010-A102", "机油滤清器", price_fen=3800)
    post(manager, Draft("HQ_SHIP", NOW.date(), "HQ", "SZFH1", lines=[("1012010-A102", 4)]))
    i18n.install("zh")
    card = PartCard(manager, "1012010-A102")
    qtbot.addWidget(card)
    assert card.balances.item(0, 0).text() == "好件库存"

    reads = []
    monkeypatch.setattr(books, "balances_at", lambda *a, **k: reads.append(a) or {"parts": {}})
    i18n.install("en")
    try:
        qtbot.waitUntil(lambda: card.balances.item(0, 0).text() == "Good stock")
        assert reads == []  # re-worded from the rows already read
        in_transit = [card.balances.item(r, 2).text() for r in range(card.balances.rowCount())
                      if card.balances.item(r, 0).text() == "In transit (from HQ)"]
        assert in_transit == ["4"]
    finally:
        i18n.install("zh")

"""Reads take the acting user as writes do: ``ledger.books.balances`` checks parts.read itself, so
the command line's ``balance`` and the part card ask it and a narrower role changes one place."""
import pytest

from common import auth
from common.errors import Refusal
from ledger import books


def test_a_role_without_parts_read_is_refused_by_the_books_themselves(db, actors, monkeypatch):
    assert books.balances(actors["finance"]) == books.balances_at() == {"parts": {}}
    monkeypatch.setitem(auth.PERMISSIONS, "parts.read", frozenset({"clerk", "manager"}))
    with pytest.raises(Refusal) as refused:
        books.balances(actors["finance"])
    assert (refused.value.code, refused.value.facts["permission"]) == ("auth.forbidden", "parts.read")
    assert books.balances(actors["clerk"], None, "NO-SUCH-PART") == {"parts": {}}

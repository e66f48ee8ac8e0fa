"""A locked account's message does not tell that the account exists (issue 15 item 12): an unknown
name tried five times is answered with the same lockout, for the same time, after the same scrypt
work, as a real account; the lock ends after LOCKOUT as a real one does. SQLite."""
from __future__ import annotations

import hashlib

import pytest

from common import auth
from common.errors import Refusal
from ui.messages import refusal_text

WRONG = "wrong-password"


def answers(username: str, now, times: int = auth.MAX_FAILED_LOGINS + 1) -> list[Refusal]:
    found = []
    for n in range(times):
        with pytest.raises(Refusal) as refused:
            auth.authenticate(username, WRONG, now + n * auth.LOCKOUT / 100)
        found.append(refused.value)
    return found


def shape(refusals: list[Refusal], username: str, now) -> list[tuple]:
    return [(r.code, {k: (v - now if k == "until" else v.replace(username, "NAME") if isinstance(v, str) else v)
                      for k, v in r.facts.items()}) for r in refusals]


def test_an_unknown_name_locks_as_a_real_account_does(sqlite_actors, monkeypatch):
    from tests.conftest import NOW

    calls = []
    real = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k))
    known = answers("clerk", NOW)
    known_work = len(calls)
    unknown = answers("nobody", NOW)
    assert [r.code for r in unknown] == ["auth.failed"] * 4 + ["auth.locked"] * 2
    assert shape(unknown, "nobody", NOW) == shape(known, "clerk", NOW)
    assert refusal_text(unknown[-1]).replace("nobody", "NAME") == refusal_text(known[-1]).replace("clerk", "NAME")
    assert known_work == len(calls) - known_work == auth.MAX_FAILED_LOGINS + 1  # one check each, locked too
    # After the lock a new round of four refusals before the next lock, as for the account.
    later = NOW + auth.LOCKOUT * 2
    assert shape(answers("nobody", later), "nobody", later) == shape(answers("clerk", later), "clerk", later)

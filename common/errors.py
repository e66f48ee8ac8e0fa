"""Business refusals as values.

A domain function that will not do what was asked raises ``Refusal`` with a stable ``code`` and the
facts behind it (part, book, available, asked, row, column...). The command line and the UI turn the
code and facts into a sentence in the user's language (common.messages.text; each code's template
is defined beside the package that raises it); the domain never formats user-facing text itself.
``assert`` stays reserved for programmer errors.
"""
from __future__ import annotations

from common.messages import Message


class Refusal(Exception):
    """The domain refused a request. Nothing was changed."""

    def __init__(self, code: str, **facts):
        super().__init__(code, facts)
        self.code = code
        self.facts = facts

    @property
    def message(self) -> Message:
        """The refusal as a common.messages.Message (what common.messages.text words)."""
        return Message(self.code, self.facts)

    def __repr__(self) -> str:
        return f"Refusal({self.code!r}, {self.facts!r})"

    __str__ = __repr__


class RefusalList(Refusal):
    """Several refusals found at once (one per bad row of an import). Nothing was changed."""

    def __init__(self, code: str, items: list[Refusal], **facts):
        super().__init__(code, count=len(items), **facts)
        self.items = items

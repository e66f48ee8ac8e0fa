"""Who is acting, and when.

Domain functions never read a global clock or ask who is logged in; the caller (the command line
or the UI) passes an ``Actor`` built once per action with the authenticated user and the moment of
the action. Tests pass any date they like.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Actor:
    user: object  # common.models.User
    now: datetime

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def role(self) -> str:
        return self.user.role

    def at(self, now: datetime) -> "Actor":
        return Actor(self.user, now)

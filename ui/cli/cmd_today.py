"""``today``: the counts of the 今日 page this user sees (ui.today_counts, which asks each domain)."""
from __future__ import annotations

import json

from ui.cli.base import tr


def add_parser(sub) -> None:
    today = sub.add_parser("today", help=tr("今日待办的各项数量"))
    today.add_argument("--json", action="store_true")
    today.add_argument("--date", help=tr("日期 YYYY-MM-DD（默认今天）"))


def run(args, ctx) -> int:
    """The Today page's counts. Due callbacks are generated first, as the page does each morning."""
    from archive import callbacks
    from common import auth

    target, actor = ctx.session()
    day = ctx.parse_date(args.date, "--date") or actor.today
    if auth.can(actor.user, "callbacks.edit"):
        callbacks.generate(actor, day)
    from ui.today_counts import today_counts

    counts = today_counts(day, user=actor.user)  # what this user's 今日 page shows
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        from PySide6.QtCore import QCoreApplication

        from ui.today_counts import CARDS

        titles = {card.name: QCoreApplication.translate("TodayCards", card.title) for card in CARDS}
        for key, value in counts.items():
            ctx.say(f"{titles.get(key, key)}\t{value:>8}")
    return 0

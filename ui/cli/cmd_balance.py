"""``balance``: each part's book balances at the end of a day (ledger.books.balances_at)."""
from __future__ import annotations

import json

from ui.cli.base import CliError, tr


def add_parser(sub) -> None:
    balance = sub.add_parser("balance", help=tr("各备件在某日结束时的账面余额"))
    balance.add_argument("--json", action="store_true", help=tr("以 JSON 输出（格式见 LEDGERS.md）"))
    balance.add_argument("--at", help=tr("日期 YYYY-MM-DD（默认：全部已过账单据）"))
    balance.add_argument("--part", help=tr("只看这个备件编号"))


def run(args, ctx) -> int:
    from ledger import books

    target, actor = ctx.session()
    result = books.balances(actor, ctx.parse_date(args.at, "--at"), args.part)
    if args.part and not result["parts"]:
        raise CliError(tr("没有编号为 {part} 的备件。").format(part=args.part))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    ctx.say(f"{tr('备件编号'):<14}{tr('好件'):>8}{tr('坏件'):>8}{tr('在途(入)'):>10}{tr('在途(出)'):>10}  {tr('欠人坏件')} / {tr('人欠坏件')}")
    for number, entry in result["parts"].items():
        owed = ", ".join(f"{k}:{v}" for k, v in entry["owed_to"].items())
        owed_by = ", ".join(f"{k}:{v}" for k, v in entry["owed_by"].items())
        ctx.say(f"{number:<14}{entry['good']:>8}{entry['bad']:>8}{entry['in_transit_in']:>10}{entry['in_transit_out']:>10}  {owed or '-'} / {owed_by or '-'}")
    return 0

"""``search``: find archives by VIN, plate, name or its pinyin, phone, archive or box number
(archive.search); the hits read out on a terminal are an audited read of personal data."""
from __future__ import annotations

import json
from datetime import date

from ui.cli.base import tr


def add_parser(sub) -> None:
    search = sub.add_parser("search", help=tr("查找档案：车架号、车牌、姓名/拼音、电话、档案号、盒号"))
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--from", dest="date_from", help=tr("起始日期 YYYY-MM-DD"))
    search.add_argument("--to", dest="date_to", help=tr("截止日期 YYYY-MM-DD"))
    search.add_argument("--limit", type=int, default=50)


def run(args, ctx) -> int:
    from archive import search

    target, actor = ctx.session()
    hits = search.search(actor, args.query, ctx.parse_date(args.date_from, "--from"), ctx.parse_date(args.date_to, "--to"),
                         limit=args.limit)
    if not hits:  # nobody's data shown: nothing to audit
        if args.json:
            print(json.dumps({"query": args.query, "hits": []}, ensure_ascii=False, indent=2))
        else:
            ctx.say(tr("没有找到与“{query}”相符的档案。").format(query=args.query))
        return 0

    def show() -> None:
        if args.json:
            rows = [{key: (value.isoformat() if isinstance(value, date) else value) for key, value in vars(hit).items()}
                    for hit in hits]
            print(json.dumps({"query": args.query, "hits": rows}, ensure_ascii=False, indent=2))
            return
        for hit in hits:
            box = tr("（{box} 号盒）").format(box=hit.box_number) if hit.box_number else ""
            ctx.say(f"{hit.archive_number or '-':<8} {hit.customer_name:<12} {hit.vin or '-':<18} {hit.plate or '-':<10} "
                    f"{hit.phone or '-':<12} {hit.delivery_date or '-'} {box}")

    from common.personal_data import export_personal

    # Customers' names and phones read out on a terminal: an audited read of personal data (PIPL).
    export_personal(actor, "archive_search", "terminal", show, records=len(hits))
    return 0

"""Reorder (备件申请): keep common parts on the shelf so a station never waits.

Data model: none of its own. ``Part.safety_stock`` is the level the clerk wants on the shelf; a
part is short when good stock plus what HQ has already shipped to us (in_transit_in) is below it.
The suggested request tops it back up to the safety stock. Parts with no safety stock set are
never suggested.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import Case, JOIN, fn

from common.actor import Actor
from common.auth import require
from common.db import database
from common.errors import Refusal
from ledger.models import Balance, Part
from ledger.posting import normalise_code
from ledger.texts import REORDER_BAD_SAFETY_STOCK, REORDER_UNKNOWN_PART


@dataclass(frozen=True)
class Suggestion:
    part_number: str
    part_name: str
    spec: str
    unit: str
    price_fen: int
    safety_stock: int
    good: int
    in_transit_in: int

    @property
    def suggested(self) -> int:
        return max(self.safety_stock - self.good - self.in_transit_in, 0)

    @property
    def amount_fen(self) -> int:
        return self.suggested * self.price_fen


def _short_parts():
    good = fn.COALESCE(fn.SUM(Case(None, [(Balance.book == "good", Balance.qty)], 0)), 0)
    transit = fn.COALESCE(fn.SUM(Case(None, [(Balance.book == "in_transit_in", Balance.qty)], 0)), 0)
    return (Part.select(Part.number, Part.name, Part.spec, Part.unit, Part.price_fen, Part.safety_stock,
                        good.alias("good"), transit.alias("transit"))
            .join(Balance, JOIN.LEFT_OUTER, on=(Balance.part == Part.id))
            .where(Part.safety_stock > 0)
            .group_by(Part.id, Part.number, Part.name, Part.spec, Part.unit, Part.price_fen, Part.safety_stock)
            .having((good + transit) < Part.safety_stock)
            .order_by(Part.number))


def suggestions() -> list[Suggestion]:
    """Parts below safety stock (counting what is in transit from HQ), with what to request."""
    return [Suggestion(n, name, spec, unit, price, safety, int(good), int(transit))
            for n, name, spec, unit, price, safety, good, transit in _short_parts().tuples()]


def count_below_safety(*_args) -> int:
    """For the 今日 card: parts whose good stock + in transit is below their safety stock."""
    return _short_parts().count()


def set_safety_stock(actor: Actor, part_number: str, qty: int) -> None:
    require(actor, "masterdata.manage")
    number = normalise_code(part_number)
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
        raise Refusal(REORDER_BAD_SAFETY_STOCK, part=number, value=str(qty))
    from common import audit

    with database.atomic():
        changed = Part.update(safety_stock=qty).where(Part.number == number).execute()
        if not changed:
            raise Refusal(REORDER_UNKNOWN_PART, part=number)
        audit.record(actor, "reorder.safety_stock", "ledger_part", number, {"safety_stock": qty})


def write_request(actor: Actor, out_path) -> int:
    """The suggested request list for HQ as xlsx (sheet 备件申请); returns the number of parts."""
    from common import excel

    require(actor, "parts.read")
    rows = [(s.part_number, s.part_name, s.spec, s.unit, s.safety_stock, s.good, s.in_transit_in, s.suggested,
             s.price_fen, s.amount_fen) for s in suggestions()]
    headers = ("备件编号", "备件名称", "规格", "单位", "安全库存", "好件库存", "在途", "建议申请数量", "单价", "金额")
    return excel.write_rows(out_path, "备件申请", headers, rows,
                            kinds={"备件编号": "text", "单价": "money", "金额": "money"},
                            total_columns=("建议申请数量", "金额"))

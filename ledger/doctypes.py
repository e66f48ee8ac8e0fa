"""The parts document types (LEDGERS.md's table in code): what each type is called, who its
counterparty may be, what it must reference, who may post it, what one of its lines does to the
books (``line_effects``), how its documents are numbered (``document_number``), and the characters
the daily report writes after special documents (``MARKERS``).

Plain data and pure functions, no database: ledger.posting writes by these rules, ledger.daily
reports by them, and neither needs the other to know them.
"""
from __future__ import annotations

from dataclasses import dataclass

# The branch's own characters written after special numbers on the paper report (seed 002, part 5).
MARKERS = {"reversal": "冲", "reversed": "废", "restricted": "审", "backdated": "补"}
MARKER_NAMES = {"reversal": "冲销单", "reversed": "已被冲销", "restricted": "经理审批类单据", "backdated": "补录（录入晚于单据日期）"}


@dataclass(frozen=True)
class DocType:
    code: str
    name: str  # the Chinese name used on paper and in the import sheet
    party_kinds: frozenset  # allowed counterparty kinds; empty = no counterparty
    reference_types: tuple = ()  # types the document must reference; () = none
    restricted: bool = False  # manager only ("parts.post_restricted")
    flag_default: bool = False  # a blank flag means this
    signed_qty: bool = False  # the two stocktake adjustments take negative quantities
    # The letters a number starts with: the pinyin initials of the name, as Chinese ERPs print them
    # (总部到货 ZD-2026-000001), so no screen, PDF or statement shows the type code.
    prefix: str = ""


_HQ = frozenset({"hq"})
_STATION = frozenset({"station", "dealer"})

DOC_TYPES: dict[str, DocType] = {
    t.code: t
    for t in (
        DocType("HQ_SHIP", "总部发货", _HQ, prefix="ZF"),
        DocType("HQ_RECEIVE", "总部到货", _HQ, ("HQ_SHIP",), prefix="ZD"),
        DocType("TRANSIT_LOSS", "在途短少", frozenset({"hq"}), ("HQ_SHIP", "HQ_BAD_RETURN"), restricted=True,
                prefix="DS"),
        DocType("STATION_ISSUE", "发服务站", _STATION, prefix="FF"),
        DocType("STATION_BAD_RETURN", "服务站返坏件", _STATION, flag_default=True, prefix="FH"),
        DocType("STATION_GOOD_RETURN", "服务站退好件", _STATION, prefix="TH"),
        DocType("HQ_BAD_RETURN", "返总部坏件", _HQ, prefix="FZ"),
        DocType("HQ_BAD_CONFIRM", "总部确认收坏件", _HQ, ("HQ_BAD_RETURN",), flag_default=True, prefix="QS"),
        DocType("COUNTER_ISSUE", "维修换件", frozenset({"customer"}), prefix="WX"),
        DocType("ADJUST_GOOD", "盘点调整好件", frozenset(), restricted=True, signed_qty=True, prefix="PH"),
        DocType("ADJUST_BAD", "盘点调整坏件", frozenset(), restricted=True, signed_qty=True, prefix="PHU"),
        DocType("SCRAP", "报废", frozenset(), restricted=True, prefix="BF"),
        DocType("REVERSAL", "冲销", frozenset(), prefix="CX"),
        # Posted only by ledger.opening (lines carry their own book and party); manager only.
        DocType("OPENING", "期初建账", frozenset(), restricted=True, prefix="QC"),
    )
}
SHIPMENT_TYPES = ("HQ_SHIP", "HQ_BAD_RETURN")
# Documents that settle (part of) a shipment; what is open on a shipment is shipped minus these.
SETTLING_TYPES = ("HQ_RECEIVE", "TRANSIT_LOSS", "HQ_BAD_CONFIRM")
# The in-transit book an opening line must hold to stand for a shipment of this type.
OPENING_SHIPMENT_BOOKS = {"HQ_SHIP": "in_transit_in", "HQ_BAD_RETURN": "in_transit_out"}


def line_effects(doc_type: str, qty: int, flag: bool, reference_type: str | None = None) -> list[tuple[str, int]]:
    """(book, delta) pairs one line of this type posts. LEDGERS.md's table, in code.

    ``reference_type`` matters only for TRANSIT_LOSS (which in-transit book it reduces).
    REVERSAL is not here: it negates the original's actual postings.
    """
    if doc_type == "HQ_SHIP":
        return [("in_transit_in", qty)]
    if doc_type == "HQ_RECEIVE":
        return [("in_transit_in", -qty), ("good", qty)] + ([("owed_to", qty)] if flag else [])
    if doc_type == "TRANSIT_LOSS":
        return [("in_transit_out" if reference_type == "HQ_BAD_RETURN" else "in_transit_in", -qty)]
    if doc_type == "STATION_ISSUE":
        return [("good", -qty)] + ([("owed_by", qty)] if flag else [])
    if doc_type == "STATION_BAD_RETURN":
        return [("bad", qty)] + ([("owed_by", -qty)] if flag else [])
    if doc_type == "STATION_GOOD_RETURN":
        return [("good", qty)] + ([("owed_by", -qty)] if flag else [])
    if doc_type == "HQ_BAD_RETURN":
        return [("bad", -qty), ("in_transit_out", qty)]
    if doc_type == "HQ_BAD_CONFIRM":
        return [("in_transit_out", -qty)] + ([("owed_to", -qty)] if flag else [])
    if doc_type == "COUNTER_ISSUE":
        return [("good", -qty)] + ([("bad", qty)] if flag else [])
    if doc_type == "ADJUST_GOOD":
        return [("good", qty)]
    if doc_type == "ADJUST_BAD":
        return [("bad", qty)]
    if doc_type == "SCRAP":
        return [("bad", -qty)]
    raise AssertionError(f"no effect table for {doc_type}")



def document_number(doc_type: str, year: int, seq: int) -> str:
    """The number a document of this type, year and sequence gets: ``ZD-2026-000001``.

    Databases written before the prefixes hold ``HQ_RECEIVE-2026-000001``; those numbers stay (a
    posted document never changes), so nothing may parse a number: the gapless sequence is the
    document's (doc_type, year, seq)."""
    return f"{DOC_TYPES[doc_type].prefix}-{year}-{seq:06d}"

"""Money as BranchDesk keeps it: integer fen (分), never float. The one text of an amount in yuan,
for print, the screens, spreadsheets' messages and check facts alike (Qt- and reportlab-free, so the
CLI, the domain and the UI import it without loading either)."""
from __future__ import annotations


def format_yuan(fen: int | None) -> str:
    """Integer fen as yuan with thousands separators, exact: 123456 -> "1,234.56", -5 -> "-0.05",
    None (no amount) -> ""."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{yuan:,}.{cents:02d}"

"""The one reading of a yes/no cell in an imported spreadsheet (ledger/io.py: 需返坏件,
archive/io.py: 二级网点销售).

An empty cell (None, or only blanks) means "not given": the caller uses that field's default (a
line's flag stays as its document type sets it; a vehicle is not a secondary-network sale). It is
never read as 否 here, so an importer whose field has no default can still tell the two apart.
"""
from __future__ import annotations

import unicodedata

YES_WORDS = {"是": True, "否": False, "Y": True, "N": False, "YES": True, "NO": False, "1": True, "0": False,
             "TRUE": True, "FALSE": False, "√": True, "×": False, "✓": True, "✔": True, "✗": False, "✘": False}


def yes_no(value) -> bool | None:
    """True or False for a yes/no word (any case, full-width too), None for an empty cell; any other
    text raises ValueError whose argument is the word as read (trimmed, upper case)."""
    if value is None:
        return None
    word = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if not word:
        return None
    if word not in YES_WORDS:
        raise ValueError(word)
    return YES_WORDS[word]

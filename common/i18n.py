"""Translation without Qt: the same English the GUI shows, for the domain and the command line.

Simplified Chinese is the source language of every string; English comes from
resources/i18n/branchdesk_en.qm, the file Qt's translator loads in the GUI (ui/i18n.py). This
module reads that file itself (a small parser of Qt's .qm format), so a domain package or the
command line words a message in English without importing PySide6.

    QT_TRANSLATE_NOOP(context, source)   marks a Chinese text for pyside6-lupdate (which collects
                                         calls by this name in common/, ledger/, archive/) and
                                         returns it unchanged
    set_language("en") / current_language()
    translate(context, source)           the text in the current language (source when untranslated)

ui.i18n.install() keeps the language here in step with the translator it installs on Qt, and
re-reads the catalog when it does (as Qt reads the file at install time).
"""
from __future__ import annotations

import struct
from pathlib import Path

from common.paths import resource

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
QM_FILE = "branchdesk_en.qm"

_language = DEFAULT_LANGUAGE
# (context, source, disambiguation) -> English, read from the .qm on first use.
_catalog: dict[tuple[str, str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` (Chinese) as translatable in ``context``; returns it unchanged."""
    return source


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


def qm_path() -> Path:
    return resource("i18n", QM_FILE)


def reload() -> None:
    """Forget the catalog read so far; the next English text reads the .qm file again."""
    global _catalog
    _catalog = None


def translate(context: str, source: str, disambiguation: str | None = None, *, lang: str | None = None) -> str:
    """``source`` in ``lang`` (default: the current language); the source itself when the catalog
    has no finished English for it, as Qt does."""
    if (lang or _language) != "en":
        return source
    return english(context, source, disambiguation) or source


def english(context: str, source: str, disambiguation: str | None = None) -> str | None:
    """The English of (context, source) in the catalog, or None when it has none."""
    global _catalog
    if _catalog is None:
        try:
            _catalog = read_qm(qm_path())
        except OSError:
            _catalog = {}
    found = _catalog.get((context, source, disambiguation or ""))
    if found is None and disambiguation:
        found = _catalog.get((context, source, ""))  # Qt, too, falls back to the plain text
    return found or None


# -- the .qm format (Qt's qtranslator.cpp) ------------------------------------------------------
# A 16-byte magic, then sections (a tag byte and a big-endian 32-bit length). The messages section
# holds, per message, tagged fields up to an end tag: the translation in UTF-16 big-endian, the
# source text, context and comment in UTF-8, each with a 32-bit length.
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_SOURCE16, _TAG_TRANSLATION, _TAG_CONTEXT16 = 1, 2, 3, 4
_TAG_OBSOLETE1, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_OBSOLETE2 = 5, 6, 7, 8, 9


def read_qm(path: Path) -> dict[tuple[str, str, str], str]:
    """Every translated message of a .qm file written by lrelease: (context, source, comment) ->
    translation (the first form of a plural translation)."""
    data = Path(path).read_bytes()
    if not data.startswith(_MAGIC):
        raise OSError(f"{path} is not a Qt translation file")
    messages = b""
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        if tag == _SECTION_MESSAGES:
            messages = data[at + 5: at + 5 + length]
        at += 5 + length
    return _read_messages(messages)


def _read_messages(data: bytes) -> dict[tuple[str, str, str], str]:
    catalog: dict[tuple[str, str, str], str] = {}
    at, end = 0, len(data)
    translations: list[str] = []
    context = source = comment = ""
    while at < end:
        tag = data[at]
        at += 1
        if tag == _TAG_END:
            if translations and translations[0]:
                catalog.setdefault((context, source, comment), translations[0])
            translations, context, source, comment = [], "", "", ""
            continue
        if tag in (_TAG_OBSOLETE1,):
            at += 4
            continue
        if tag == _TAG_OBSOLETE2:
            continue
        (length,) = struct.unpack_from(">I", data, at)
        at += 4
        if tag == _TAG_TRANSLATION:
            if length == 0xFFFFFFFF:  # a null translation
                translations.append("")
                continue
            translations.append(data[at: at + length].decode("utf-16-be"))
        elif tag == _TAG_SOURCE:
            source = data[at: at + length].decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = data[at: at + length].decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = data[at: at + length].decode("utf-8")
        elif tag in (_TAG_SOURCE16, _TAG_CONTEXT16):
            value = data[at: at + length].decode("utf-16-be")
            if tag == _TAG_SOURCE16:
                source = value
            else:
                context = value
        at += length
    return catalog

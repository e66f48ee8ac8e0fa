"""One message system: a code and its facts, worded in the user's language by one function.

A refusal (common.errors.Refusal), a check's problem (ledger/archive ``check``, the daily report's
checks) and a verification problem (common.audit) all carry a ``Message(code, facts)``. The package
that raises a code defines its Chinese template beside it (ledger/texts.py, archive/texts.py,
common/texts.py; a ui module for codes only the UI raises)::

    INSUFFICIENT = define("ledger.insufficient", QT_TRANSLATE_NOOP("Refusal", "备件 {part}…"))
    ...
    raise Refusal(INSUFFICIENT, part=part.number)

``define`` returns the code, so the raise site imports it by name and a typo fails at import; a
code defined twice raises ValueError at import. pyside6-lupdate collects the QT_TRANSLATE_NOOP
markers (common.i18n) into resources/i18n/branchdesk_en.ts, where the English lives.

Facts carry codes (book="good", role="clerk", doc_type="HQ_SHIP"); the package owning those codes
registers a namer (``register_fact_namer``) that words one in the current language. ``text()`` is
the one text function of the command line, the GUI and ``check``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Mapping

from common import i18n
from common.i18n import QT_TRANSLATE_NOOP

# code -> (context, Chinese template)
_TEMPLATES: dict[str, tuple[str, str]] = {}
# (code, fact) -> (context, template) used instead of the code's own when the facts hold that fact.
_VARIANTS: dict[tuple[str, str], tuple[str, str]] = {}
# fact key -> namers, asked in turn; the first that names the value wins.
_NAMERS: dict[str, list[Callable[[object], str | None]]] = {}

TEXT_UNKNOWN = QT_TRANSLATE_NOOP("Refusal", "操作被拒绝（{code}）。")


@dataclass(frozen=True)
class Message:
    """What was found or refused, as a code and the facts behind it (no words: ``text()`` words it)."""

    code: str
    facts: Mapping[str, object] = field(default_factory=dict)


def define(code: str, template: str, *, context: str = "Refusal", when: str | None = None) -> str:
    """Register the Chinese ``template`` of ``code`` (written as QT_TRANSLATE_NOOP(context, ...) at
    the call, so lupdate collects it) and return the code. With ``when=fact``: the template used
    instead when the facts hold ``fact`` (auth.failed with ``remaining``)."""
    registry, key = (_VARIANTS, (code, when)) if when else (_TEMPLATES, code)
    if key in registry:
        raise ValueError(f"message code {code!r} is defined twice" + (f" (when {when!r})" if when else ""))
    registry[key] = (context, template)
    return code


def register_fact_namer(key: str, namer: Callable[[object], str | None]) -> None:
    """Word the fact ``key`` with ``namer``: it returns the value's name in the current language
    (common.i18n.translate), or None to leave the value to the next namer, or as the user typed it."""
    _NAMERS.setdefault(key, []).append(namer)


def templates() -> dict[str, tuple[str, str]]:
    """code -> (context, Chinese template) of every code defined so far (a variant of a code for a
    fact as "code?fact")."""
    found = dict(_TEMPLATES)
    found.update({f"{code}?{when}": value for (code, when), value in _VARIANTS.items()})
    return found


def is_defined(code: str) -> bool:
    return code in _TEMPLATES


def label_namer(context: str, labels: Mapping[str, str]) -> Callable[[object], str | None]:
    """A namer for codes with Chinese labels in ``context`` ({"clerk": "客服专员"}): the label of a
    known code in the current language, None for anything else."""

    def name(value: object) -> str | None:
        source = labels.get(value) if isinstance(value, str) else None
        return i18n.translate(context, source) if source is not None else None

    return name


def _format(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _name_one(namers, value: object) -> str | None:
    for namer in namers:
        named = namer(value)
        if named is not None:
            return named
    return None


def _name(key: str, value: object) -> str:
    namers = _NAMERS.get(key)
    if namers and value is not None:
        named = _name_one(namers, value)
        if named is not None:
            return named
        if isinstance(value, str) and "," in value:
            # "HQ_SHIP,HQ_BAD_RETURN" -> "总部发货/返总部坏件", when every part is a known code.
            parts = [_name_one(namers, part) for part in value.split(",")]
            if all(part is not None for part in parts):
                return "/".join(parts)
    return _format(value)


def text(item, lang: str | None = None) -> str:
    """``item`` (a Message, or a Refusal / RefusalList) as a sentence in ``lang`` (default: the
    current language of common.i18n). The items of a RefusalList follow, one per line."""
    if lang is not None and lang != i18n.current_language():
        previous = i18n.current_language()
        i18n.set_language(lang)
        try:
            return text(item)
        finally:
            i18n.set_language(previous)
    message = item.message if not isinstance(item, Message) else item
    facts = {key: _name(key, value) for key, value in message.facts.items()}
    context, template = _TEMPLATES.get(message.code, ("Refusal", None))
    for (code, when), variant in _VARIANTS.items():
        if code == message.code and when in message.facts:
            context, template = variant
    if template is None:
        template = TEXT_UNKNOWN
        facts["code"] = message.code
    words = i18n.translate(context, template)
    try:
        words = words.format(**facts)
    except (KeyError, IndexError, ValueError):
        pass
    items = getattr(item, "items", None)
    if items:
        words = "\n".join([words] + [text(sub) for sub in items])
    return words

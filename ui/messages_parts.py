"""Refusal texts of the 备件 page itself (ui/parts_page.py, ui/document_form.py), and the names of
document types and party kinds. Merged by ui/messages.py.

``doc_type_name`` is the one place that names a document type for people: every table, message,
dialog and CLI line shows 总部到货 (or its English), never the code HQ_RECEIVE. The Chinese
texts are the ones in ``ledger.doctypes.DOC_TYPES`` (the PDFs, which are Chinese only, print those
directly); they are repeated here as literals so lupdate can collect them.
"""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

TEXTS = {
    "parts.manager_required": QT_TRANSLATE_NOOP(
        "Refusal", "{user}（{role}）不是经理，不能批准{doc_type}单据；请由经理输入用户名和密码。"),
    "parts.part_not_found": QT_TRANSLATE_NOOP(
        "Refusal", "找不到备件“{text}”：按编号、名称和拼音首字母都没有匹配的备件。"),
    "parts.part_ambiguous": QT_TRANSLATE_NOOP(
        "Refusal", "“{text}”对应 {count} 个备件（{examples}），请从列表中选一个或输入完整编号。"),
    "parts.preview_insufficient": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part}（{name}）的{book_name}{party}在 {date} 只有 {available} 可出，本单要 {asked}；"
        "过账会被拒绝，请修改数量。"),
    "parts.bad_money": QT_TRANSLATE_NOOP("Refusal", "{field}“{value}”不是有效金额，应为元，最多两位小数，例如 185.00。"),
    "parts.bad_integer": QT_TRANSLATE_NOOP("Refusal", "{field}“{value}”应为不小于 0 的整数。"),
}

DOC_TYPE_NAMES = {
    "HQ_SHIP": QT_TRANSLATE_NOOP("DocTypes", "总部发货"),
    "HQ_RECEIVE": QT_TRANSLATE_NOOP("DocTypes", "总部到货"),
    "TRANSIT_LOSS": QT_TRANSLATE_NOOP("DocTypes", "在途短少"),
    "STATION_ISSUE": QT_TRANSLATE_NOOP("DocTypes", "发服务站"),
    "STATION_BAD_RETURN": QT_TRANSLATE_NOOP("DocTypes", "服务站返坏件"),
    "STATION_GOOD_RETURN": QT_TRANSLATE_NOOP("DocTypes", "服务站退好件"),
    "HQ_BAD_RETURN": QT_TRANSLATE_NOOP("DocTypes", "返总部坏件"),
    "HQ_BAD_CONFIRM": QT_TRANSLATE_NOOP("DocTypes", "总部确认收坏件"),
    "COUNTER_ISSUE": QT_TRANSLATE_NOOP("DocTypes", "维修换件"),
    "ADJUST_GOOD": QT_TRANSLATE_NOOP("DocTypes", "盘点调整好件"),
    "ADJUST_BAD": QT_TRANSLATE_NOOP("DocTypes", "盘点调整坏件"),
    "SCRAP": QT_TRANSLATE_NOOP("DocTypes", "报废"),
    "REVERSAL": QT_TRANSLATE_NOOP("DocTypes", "冲销"),
    "OPENING": QT_TRANSLATE_NOOP("DocTypes", "期初建账"),
}
# Equal to ledger.doctypes.DOC_TYPES' names (tests/test_cold_start.py checks it): not asserted at
# import, because the 今日 page's activity list needs these names at start-up and importing the
# posting rules for a check costs every cold start.

PARTY_KIND_NAMES = {
    "hq": QT_TRANSLATE_NOOP("PartyKinds", "总部"),
    "station": QT_TRANSLATE_NOOP("PartyKinds", "服务站"),
    "dealer": QT_TRANSLATE_NOOP("PartyKinds", "经销商"),
    "customer": QT_TRANSLATE_NOOP("PartyKinds", "客户"),
}


def doc_type_name(code: str) -> str:
    """A document type in the user's language; a code or name that is no type is shown as given
    (so a typed unknown type can be quoted back), a Chinese name as its translation."""
    code = str(code)
    source = DOC_TYPE_NAMES.get(code) or (code if code in DOC_TYPE_NAMES.values() else None)
    return QCoreApplication.translate("DocTypes", source) if source else code


def party_kind_name(kind: str) -> str:
    return QCoreApplication.translate("PartyKinds", PARTY_KIND_NAMES.get(kind, kind))

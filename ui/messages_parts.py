"""Refusal texts of the 备件 page itself (ui/parts_page.py, ui/document_form.py). Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

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

"""Refusal texts of the branch's identity (common.branch). Merged by ui/messages.py.

Each code names its field itself (the ``field`` fact is the BranchIdentity attribute, for marking
the widget), so the templates word the field directly instead of through {field}."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "branch.name_required": QT_TRANSLATE_NOOP("Refusal", "请填写分公司名称（打印在每张报表的抬头）。"),
    "branch.name_too_long": QT_TRANSLATE_NOOP("Refusal", "分公司名称最多 {maximum} 个字，现在是 {length} 个字。"),
    "branch.brand_too_long": QT_TRANSLATE_NOOP("Refusal", "品牌最多 {maximum} 个字，现在是 {length} 个字。"),
    "branch.address_too_long": QT_TRANSLATE_NOOP("Refusal", "地址最多 {maximum} 个字，现在是 {length} 个字。"),
    "branch.phone_too_long": QT_TRANSLATE_NOOP("Refusal", "电话最多 {maximum} 个字符，现在是 {length} 个。"),
    "branch.code_too_long": QT_TRANSLATE_NOOP("Refusal", "分公司编码最多 {maximum} 个字符，现在是 {length} 个。"),
    "branch.phone_invalid": QT_TRANSLATE_NOOP(
        "Refusal", "电话“{value}”不像电话号码：请写 7 至 15 位数字，可带区号横线、括号、空格或“转”分机，"
                   "例如 0371-65881234 或 400-800-1234。"),
    "branch.code_invalid": QT_TRANSLATE_NOOP(
        "Refusal", "分公司编码“{value}”无效：只能用 2 至 12 个英文字母或数字，例如 HN01。"),
}

"""Refusal texts of call scripts and survey forms (scripts.*, archive/scripts.py). Merged by
ui/messages.py. {kind} and {situation} arrive as the Chinese labels of archive.scripts."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "scripts.unknown_kind": QT_TRANSLATE_NOOP(
        "Refusal", "话术类别 {kind} 无效：应为 7dc、3dc、monthly、yearly 或 complaint。"),
    "scripts.unknown_situation": QT_TRANSLATE_NOOP("Refusal", "情形 {situation} 无效。"),
    "scripts.title_required": QT_TRANSLATE_NOOP("Refusal", "请填写“{situation}”话术的标题。"),
    "scripts.title_too_long": QT_TRANSLATE_NOOP("Refusal", "标题有 {length} 个字，最多 {limit} 个。"),
    "scripts.body_required": QT_TRANSLATE_NOOP("Refusal", "请填写话术“{title}”的内容。"),
    "scripts.body_too_long": QT_TRANSLATE_NOOP("Refusal", "话术“{title}”的内容有 {length} 个字，最多 {limit} 个。"),
    "scripts.unchanged": QT_TRANSLATE_NOOP("Refusal", "话术“{title}”与在用的第 {version} 版相同，没有保存新版本。"),
    "scripts.saved_elsewhere": QT_TRANSLATE_NOOP("Refusal", "“{title}”刚被另一台电脑保存了新版本，请重新打开后再改。"),
    "scripts.not_found": QT_TRANSLATE_NOOP("Refusal", "找不到话术 {script}。"),
    "scripts.not_active": QT_TRANSLATE_NOOP("Refusal", "话术“{title}”{state}，不能再停用。"),
    "scripts.scale_range": QT_TRANSLATE_NOOP("Refusal", "评分满分 {scale} 无效：应为 {low} 到 {high} 的整数。"),
    "scripts.items_required": QT_TRANSLATE_NOOP("Refusal", "{kind}调查表至少要有一个评分项目。"),
    "scripts.too_many_items": QT_TRANSLATE_NOOP("Refusal", "调查表有 {count} 个评分项目，最多 {limit} 个。"),
    "scripts.item_label_required": QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目没有名称。"),
    "scripts.item_label_too_long": QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目的名称有 {length} 个字，最多 {limit} 个。"),
    "scripts.item_duplicate": QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目“{item}”与前面的重复。"),
    "scripts.unknown_item": QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目的代码 {item} 不属于这个调查表。"),
    "scripts.form_unchanged": QT_TRANSLATE_NOOP("Refusal", "{kind}调查表与在用的第 {version} 版相同，没有保存新版本。"),
}

"""Refusal texts of rectification (rectify.*, archive/rectification.py). Merged by ui/messages.py.
{item}, {department} and {state} arrive as the Chinese labels the domain keeps."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "rectify.department_name_required": QT_TRANSLATE_NOOP("Refusal", "请填写部门名称。"),
    "rectify.department_name_too_long": QT_TRANSLATE_NOOP("Refusal", "部门名称有 {length} 个字，最多 {limit} 个。"),
    "rectify.department_exists": QT_TRANSLATE_NOOP("Refusal", "已经有名为“{name}”的部门。"),
    "rectify.unknown_department": QT_TRANSLATE_NOOP("Refusal", "找不到部门 {department}。"),
    "rectify.department_retired": QT_TRANSLATE_NOOP("Refusal", "部门“{department}”已停用，不再接新的投诉和整改项。"),
    "rectify.threshold_range": QT_TRANSLATE_NOOP("Refusal", "低分线 {value} 无效：应为 1 到 9 的整数（10 分制）。"),
    "rectify.owner_required": QT_TRANSLATE_NOOP("Refusal", "请填写{department}的整改负责人。"),
    "rectify.owner_too_long": QT_TRANSLATE_NOOP("Refusal", "负责人有 {length} 个字，最多 {limit} 个。"),
    "rectify.problem_required": QT_TRANSLATE_NOOP("Refusal", "请填写需要整改的问题。"),
    "rectify.due_in_past": QT_TRANSLATE_NOOP("Refusal", "整改期限 {due_on} 早于今天 {today}。"),
    "rectify.already_open": QT_TRANSLATE_NOOP("Refusal", "这一项已经开立了整改项 {number}。"),
    "rectify.number_busy": QT_TRANSLATE_NOOP("Refusal", "{day} 的整改编号正被其他电脑占用，请稍后再保存。"),
    "rectify.no_such_score": QT_TRANSLATE_NOOP("Refusal", "{customer} 的这条回访没有“{item}”的评分。"),
    "rectify.score_not_low": QT_TRANSLATE_NOOP(
        "Refusal", "“{item}”得分 {score}/{scale}，不低于低分线 {limit}（10 分制），不需要整改。"),
    "rectify.complaint_not_closed": QT_TRANSLATE_NOOP("Refusal", "投诉 {number} 还没有结案，结案后才能开立整改项。"),
    "rectify.not_found": QT_TRANSLATE_NOOP("Refusal", "找不到整改项 {item}。"),
    "rectify.already_verified": QT_TRANSLATE_NOOP("Refusal", "整改项 {number} 已经验证关闭。"),
    "rectify.action_required": QT_TRANSLATE_NOOP("Refusal", "请填写整改项 {number} 采取的措施。"),
    "rectify.not_acted": QT_TRANSLATE_NOOP("Refusal", "整改项 {number} 还没有登记整改措施，不能验证。"),
    "rectify.note_required": QT_TRANSLATE_NOOP("Refusal", "请写明检查整改项 {number} 时看到的情况。"),
    "rectify.no_later_callback": QT_TRANSLATE_NOOP(
        "Refusal", "整改项 {number} 开立后，这辆车还没有再次回访给“{item}”打分；可等下次回访，或由经理检查验证。"),
    "rectify.manager_verifies_complaints": QT_TRANSLATE_NOOP(
        "Refusal", "整改项 {number} 来自投诉结案，不能用回访验证，只能由客服经理检查验证。"),
    "rectify.still_low": QT_TRANSLATE_NOOP(
        "Refusal", "{day} 的回访中“{item}”仍只得 {score}/{scale} 分，整改项 {number} 不能验证关闭。"),
    "rectify.unknown_verification": QT_TRANSLATE_NOOP("Refusal", "验证方式 {by} 无效：应为 callback（下次回访）或 manager（经理检查）。"),
    "rectify.list_format": QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：整改清单只能存为 .pdf 或 .xlsx 文件。"),
}

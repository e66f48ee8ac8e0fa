"""Refusal texts of handover forms, care mail-merge and the work-month report (handover.*,
mailmerge.*, work_month.*; archive/handover.py, archive/mailmerge.py, archive/work_month.py).
Merged by ui/messages.py; ``FIELDS`` names the fields they refuse."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELDS = {
    "handed_by": QT_TRANSLATE_NOOP("Field", "交出人"),
    "received_on": QT_TRANSLATE_NOOP("Field", "接收日期"),
    "reason": QT_TRANSLATE_NOOP("Field", "原因"),
    "batch": QT_TRANSLATE_NOOP("Field", "交接单号"),
    "not_arrived": QT_TRANSLATE_NOOP("Field", "未到资料"),
    "template": QT_TRANSLATE_NOOP("Field", "短信模板"),
    "month": QT_TRANSLATE_NOOP("Field", "月份"),
}

TEXTS = {
    "handover.unknown_kind": QT_TRANSLATE_NOOP("Refusal", "未知的资料类别 {kind}：应为 sales（销售档案）或 repair（维修档案）。"),
    "handover.name_too_long": QT_TRANSLATE_NOOP("Refusal", "{field} 最多 {maximum} 个字，现有 {length} 个。"),
    "handover.empty": QT_TRANSLATE_NOOP("Refusal", "交接单至少要有一份档案：请选中或输入要交接的车架号/工单号。"),
    "handover.named_twice": QT_TRANSLATE_NOOP("Refusal", "{reference} 在本交接单中出现了两次。"),
    "handover.unknown_file": QT_TRANSLATE_NOOP("Refusal", "找不到 {reference} 的档案，请核对车架号或工单号。"),
    "handover.already_handed_over": QT_TRANSLATE_NOOP("Refusal", "{reference} 的资料已于 {on} 移交档案室。"),
    "handover.in_batch": QT_TRANSLATE_NOOP("Refusal", "{reference} 已在交接单 {batch} 中。"),
    "handover.refused": QT_TRANSLATE_NOOP("Refusal", "有 {count} 份档案不能列入交接单，交接单未生成。"),
    "handover.unknown_batch": QT_TRANSLATE_NOOP("Refusal", "找不到交接单 {batch}。"),
    "handover.already_received": QT_TRANSLATE_NOOP("Refusal", "交接单 {batch} 已于 {on} 接收。"),
    "handover.cancelled": QT_TRANSLATE_NOOP("Refusal", "交接单 {batch} 已作废。"),
    "handover.received_before_batch": QT_TRANSLATE_NOOP(
        "Refusal", "接收日期 {value} 早于交接单 {batch} 的制单日期 {created}。"),
    "handover.not_in_batch": QT_TRANSLATE_NOOP("Refusal", "{reference} 不在交接单 {batch} 中。"),
    "handover.unknown_paper": QT_TRANSLATE_NOOP(
        "Refusal", "{reference} 的资料中没有“{item}”：请写交接单上的资料名称或资料代码（{known}）。"),
    "handover.receive_refused": QT_TRANSLATE_NOOP("Refusal", "交接单 {batch} 有 {count} 处问题，未接收，什么都没有改变。"),
    "mailmerge.unknown_field": QT_TRANSLATE_NOOP(
        "Refusal", "短信模板中的合并字段 {{{name}}} 不存在。可用的字段：{known}。"),
    "mailmerge.unclosed_field": QT_TRANSLATE_NOOP(
        "Refusal", "短信模板第 {position} 个字处的“{{”没有对应的“}}”。"),
    "mailmerge.empty_template": QT_TRANSLATE_NOOP("Refusal", "短信模板不能为空。"),
    "mailmerge.too_long": QT_TRANSLATE_NOOP("Refusal", "短信模板最多 {maximum} 个字，现有 {length} 个。"),
    "mailmerge.unknown_kind": QT_TRANSLATE_NOOP("Refusal", "未知的关怀类别 {kind}。可选：{known}。"),
    "mailmerge.bad_format": QT_TRANSLATE_NOOP(
        "Refusal", "文件 {path} 的格式无法识别：请用 .xlsx、.csv（短信平台名单）或 .pdf（信封标签 / 信函）。"),
    "mailmerge.nothing": QT_TRANSLATE_NOOP("Refusal", "{day} 没有待发送的这类关怀（免打扰客户 {blocked} 位已排除），文件未生成。"),
    "work_month.bad_month": QT_TRANSLATE_NOOP("Refusal", "月份 {value} 无效：请写成 YYYY-MM，如 2026-11。"),
    "work_month.future": QT_TRANSLATE_NOOP("Refusal", "{value} 还没有开始，不能出月报。"),
    "work_month.bad_format": QT_TRANSLATE_NOOP("Refusal", "文件 {path} 的格式无法识别：请用 .pdf 或 .xlsx。"),
}

"""Refusal texts of callbacks, care and complaints (callbacks.*, care.*, complaints.*). Merged by
ui/messages.py. Facts such as {state}, {item} or {kind} arrive as the Chinese labels of the paper
forms."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "callbacks.unknown_outcome": QT_TRANSLATE_NOOP("Refusal", "回访结果 {outcome} 无效：应为已接通、未接通或拒绝。"),
    "callbacks.not_found": QT_TRANSLATE_NOOP("Refusal", "找不到回访任务 {callback}，可能已被删除。"),
    "callbacks.not_open": QT_TRANSLATE_NOOP("Refusal", "{customer} 的这条回访已是“{state}”，不能再登记。"),
    "callbacks.do_not_contact": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 已设为免打扰，不能回访。"),
    "callbacks.too_early": QT_TRANSLATE_NOOP(
        "Refusal", "{customer} 的回访从 {due_from} 起才到期，今天是 {today}，请到期后再回访。"),
    "callbacks.unknown_item": QT_TRANSLATE_NOOP("Refusal", "{kind} 没有评分项目 {item}。"),
    "callbacks.score_missing": QT_TRANSLATE_NOOP("Refusal", "已接通 {customer}，但还有项目未打分：{items}。"),
    "callbacks.score_range": QT_TRANSLATE_NOOP("Refusal", "“{item}”的分数 {score} 无效：应为 1 到 {high} 的整数。"),
    "callbacks.scores_without_contact": QT_TRANSLATE_NOOP(
        "Refusal", "未接通或被拒绝时不能给 {customer} 的回访打分；请选“已接通”或清除分数。"),
    "callbacks.customer_not_found": QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"),
    "callbacks.already_blocked": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 已经是免打扰。"),
    "callbacks.not_blocked": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 没有设为免打扰。"),
    "callbacks.unknown_period": QT_TRANSLATE_NOOP("Refusal", "报表周期 {period} 无效：应为 day（日）、week（周）或 month（月）。"),
    "callbacks.report_format": QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：回访报表只能存为 .pdf 或 .xlsx 文件。"),
    "care.unknown_kind": QT_TRANSLATE_NOOP("Refusal", "关怀类别 {kind} 无效。"),
    "care.unknown_channel": QT_TRANSLATE_NOOP("Refusal", "发送方式 {channel} 无效：应为短信、电话、贺卡或微信。"),
    "care.already_done": QT_TRANSLATE_NOOP("Refusal", "这条{kind}（{due_on}）已经标记为已发送。"),
    "complaints.complainant_required": QT_TRANSLATE_NOOP("Refusal", "请填写投诉人。"),
    "complaints.summary_required": QT_TRANSLATE_NOOP("Refusal", "请填写 {complainant} 的投诉内容。"),
    "complaints.unknown_category": QT_TRANSLATE_NOOP("Refusal", "投诉类别 {category} 无效。"),
    "complaints.unknown_channel": QT_TRANSLATE_NOOP("Refusal", "投诉方式 {channel} 无效。"),
    "complaints.future_date": QT_TRANSLATE_NOOP("Refusal", "受理日期 {received_on} 晚于今天 {today}。"),
    "complaints.vehicle_not_found": QT_TRANSLATE_NOOP("Refusal", "找不到车辆 {vehicle}。"),
    "complaints.number_busy": QT_TRANSLATE_NOOP("Refusal", "{day} 的投诉编号正被其他电脑占用，请稍后再保存。"),
    "complaints.not_found": QT_TRANSLATE_NOOP("Refusal", "找不到投诉 {complaint}。"),
    "complaints.wrong_state": QT_TRANSLATE_NOOP("Refusal", "投诉 {number} 当前为“{state}”，不能{action}。"),
    "complaints.unknown_department": QT_TRANSLATE_NOOP("Refusal", "处理部门 {department} 无效。"),
    "complaints.resolution_required": QT_TRANSLATE_NOOP("Refusal", "请填写投诉 {number} 的处理结果。"),
    "complaints.feedback_required": QT_TRANSLATE_NOOP("Refusal", "请填写投诉 {number} 反馈时客户的意见。"),
    "complaints.unknown_step": QT_TRANSLATE_NOOP("Refusal", "投诉处理步骤 {step} 无效。"),
    "complaints.steps_closed": QT_TRANSLATE_NOOP("Refusal", "投诉 {number} 已结案，不能再登记处理步骤。"),
    "complaints.step_done": QT_TRANSLATE_NOOP("Refusal", "投诉 {number} 的“{step}”已由 {user} 于 {at} 登记。"),
    "complaints.step_out_of_order": QT_TRANSLATE_NOOP(
        "Refusal", "投诉 {number} 还没有完成“{missing}”，不能先登记“{step}”。"),
    "complaints.step_note_required": QT_TRANSLATE_NOOP("Refusal", "“{step}”需要写下记录。"),
    "complaints.step_note_too_long": QT_TRANSLATE_NOOP("Refusal", "“{step}”的记录有 {length} 个字，最多 {limit} 个。"),
    "complaints.form_format": QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：客户投诉处理表只能存为 .pdf 文件。"),
}

"""Refusal texts of customer events (events.*, archive.events) and communication styles
(style.*, archive.comm_style). Merged by ui/messages.py."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

LABELS = "EventLabels"
# The domain's Chinese labels (archive.events KINDS, STATE_LABELS, CHANNELS), listed so lupdate
# finds them; ``label()`` translates one at display time (the 活动 page and the command line).
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("EventLabels", "客户知识讲座"), QT_TRANSLATE_NOOP("EventLabels", "客户联谊会"),
    QT_TRANSLATE_NOOP("EventLabels", "自驾游"), QT_TRANSLATE_NOOP("EventLabels", "筹备中"),
    QT_TRANSLATE_NOOP("EventLabels", "已举办"), QT_TRANSLATE_NOOP("EventLabels", "已取消"),
    QT_TRANSLATE_NOOP("EventLabels", "电话"), QT_TRANSLATE_NOOP("EventLabels", "短信"),
    QT_TRANSLATE_NOOP("EventLabels", "信函"),
)


def label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text) if text else ""


TEXTS = {
    "events.unknown_kind": QT_TRANSLATE_NOOP("Refusal", "活动类型 {kind} 无效：应为知识讲座、联谊会或自驾游。"),
    "events.title_required": QT_TRANSLATE_NOOP("Refusal", "请填写活动名称。"),
    "events.title_too_long": QT_TRANSLATE_NOOP("Refusal", "活动名称太长：最多 {maximum} 个字。"),
    "events.place_too_long": QT_TRANSLATE_NOOP("Refusal", "活动地点太长：最多 {maximum} 个字。"),
    "events.date_past": QT_TRANSLATE_NOOP("Refusal", "活动日期 {held_on} 早于今天 {today}：只能策划今天或以后的活动。"),
    "events.capacity_invalid": QT_TRANSLATE_NOOP("Refusal", "名额 {capacity} 无效：应为至少 1 的整数。"),
    "events.budget_invalid": QT_TRANSLATE_NOOP("Refusal", "预算 {budget} 无效：应为不小于 0 的金额。"),
    "events.cost_invalid": QT_TRANSLATE_NOOP("Refusal", "实际费用 {cost} 无效：应为不小于 0 的金额。"),
    "events.not_found": QT_TRANSLATE_NOOP("Refusal", "找不到活动 {event}。"),
    "events.cancelled": QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已取消，不能再登记。"),
    "events.already_held": QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已举办，不能再取消或添加邀请对象。"),
    "events.not_yet_held": QT_TRANSLATE_NOOP(
        "Refusal", "活动“{event}”在 {held_on} 举办，今天是 {today}：签到和实际费用要在活动当天或以后登记。"),
    "events.visit_range": QT_TRANSLATE_NOOP("Refusal", "最近进厂的起始日期 {first} 晚于截止日期 {last}。"),
    "events.period_reversed": QT_TRANSLATE_NOOP("Refusal", "效果报表期间的起始日期 {first} 晚于截止日期 {last}。"),
    "events.unknown_value_class": QT_TRANSLATE_NOOP("Refusal", "客户价值分类 {klass} 无效。"),
    "events.no_invitees": QT_TRANSLATE_NOOP("Refusal", "没有选中客户：请先在列表中选择客户。"),
    "events.customer_not_found": QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"),
    "events.do_not_contact": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 已设为免打扰，不能邀请参加活动。"),
    "events.not_on_list": QT_TRANSLATE_NOOP("Refusal", "{customer} 不在活动“{event}”的邀请名单上。"),
    "events.unknown_channel": QT_TRANSLATE_NOOP("Refusal", "邀请方式 {channel} 无效：应为电话、短信或信函。"),
    "events.invite_after": QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已于 {held_on} 举办，不能再发邀请。"),
    "events.not_invited": QT_TRANSLATE_NOOP("Refusal", "{customer} 还没有登记邀请，请先登记邀请再报名（活动“{event}”）。"),
    "events.already_signed_up": QT_TRANSLATE_NOOP("Refusal", "{customer} 已经报名了活动“{event}”。"),
    "events.signup_after": QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已于 {held_on} 举办，{customer} 不能再报名。"),
    "events.full": QT_TRANSLATE_NOOP(
        "Refusal", "活动“{event}”的 {capacity} 个名额已满，{customer} 未能报名；可请已报名的客户退出后再报。"),
    "events.not_signed_up": QT_TRANSLATE_NOOP("Refusal", "{customer} 没有报名活动“{event}”。"),
    "events.already_attended": QT_TRANSLATE_NOOP("Refusal", "{customer} 已经签到了活动“{event}”。"),
    "events.feedback_not_attended": QT_TRANSLATE_NOOP("Refusal", "{customer} 没有签到活动“{event}”，不能登记反馈评分。"),
    "events.score_range": QT_TRANSLATE_NOOP("Refusal", "反馈评分 {score} 无效：应为 1 到 10 的整数。"),
    "events.customer_or_filter": QT_TRANSLATE_NOOP("Refusal", "请用客户编号或筛选条件其中之一选择客户，不要同时使用。"),
    "events.report_format": QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：活动报表只能存为 .pdf 或 .xlsx 文件。"),
    "events.sheet_format": QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：邀请名单和签到表只能存为 .pdf 文件。"),
    "style.unknown_style": QT_TRANSLATE_NOOP("Refusal", "沟通风格 {style} 无效：应为表现型、友善型、控制型或分析型。"),
    "style.style_required": QT_TRANSLATE_NOOP("Refusal", "请回答问题，或直接选择客户的沟通风格。"),
    "style.unknown_topic": QT_TRANSLATE_NOOP("Refusal", "指引项目 {topic} 无效。"),
    "style.unknown_question": QT_TRANSLATE_NOOP("Refusal", "没有问题 {question}。"),
    "style.bad_answer": QT_TRANSLATE_NOOP("Refusal", "“{question}”的回答 {answer} 无效：应为 a 或 b。"),
    "style.unanswered": QT_TRANSLATE_NOOP("Refusal", "还有 {count} 个问题未回答：{questions}"),
    "style.customer_not_found": QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"),
    "style.guidance_required": QT_TRANSLATE_NOOP("Refusal", "请填写{style}客户“{topic}”的指引。"),
    "style.guidance_too_long": QT_TRANSLATE_NOOP("Refusal", "指引太长：{length} 个字，最多 {maximum} 个字。"),
    "style.guidance_target": QT_TRANSLATE_NOOP("Refusal", "修改指引要同时给出 --style 和 --topic。"),
    "style.answers_count": QT_TRANSLATE_NOOP("Refusal", "回答了 {count} 个问题，应为 {expected} 个（a 或 b）。"),
    "style.style_or_answers": QT_TRANSLATE_NOOP("Refusal", "请给出 --style 或 --answers。"),
}

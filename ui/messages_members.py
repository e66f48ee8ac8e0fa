"""Refusal texts of customer value classes and the owner's club (value.*, members.*;
archive/value.py, archive/members.py), and the names of the value classes. Merged by ui/messages.py."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

TEXTS = {
    "value.shares_invalid": QT_TRANSLATE_NOOP("Refusal", "客户价值分类比例需要三个整数（VIP、主要、普通客户的累计百分比）。"),
    "value.shares_order": QT_TRANSLATE_NOOP(
        "Refusal", "客户价值分类比例须逐级增大且在 1-99 之间：现为 VIP {vip}%、主要 {major}%、普通 {ordinary}%。"),
    "value.window_months_range": QT_TRANSLATE_NOOP("Refusal", "统计月数“{value}”无效：应在 {low} 到 {high} 个月之间。"),
    "value.life_years_range": QT_TRANSLATE_NOOP("Refusal", "客户生命周期“{value}”无效：应在 {low} 到 {high} 年之间。"),
    "value.unknown_class": QT_TRANSLATE_NOOP("Refusal", "没有客户价值类别“{value}”：可选 {known}。"),
    "members.no_levels": QT_TRANSLATE_NOOP("Refusal", "会员至少要有一个等级。"),
    "members.term_months_range": QT_TRANSLATE_NOOP("Refusal", "会员有效期“{value}”无效：应在 {low} 到 {high} 个月之间。"),
    "members.remind_days_range": QT_TRANSLATE_NOOP("Refusal", "续期提醒天数“{value}”无效：应在 {low} 到 {high} 天之间。"),
    "members.level_code_invalid": QT_TRANSLATE_NOOP(
        "Refusal", "第 {position} 个等级的代码“{level_code}”无效：请用不超过 16 个英文字母或数字。"),
    "members.level_name_invalid": QT_TRANSLATE_NOOP("Refusal", "第 {position} 个等级缺少名称（最多 20 个字）。"),
    "members.level_duplicate": QT_TRANSLATE_NOOP("Refusal", "第 {position} 个等级“{name}”与前面的等级重复。"),
    "members.level_class_unknown": QT_TRANSLATE_NOOP("Refusal", "等级“{name}”要求的客户价值类别不存在。"),
    "members.level_years_range": QT_TRANSLATE_NOOP("Refusal", "等级“{name}”要求的客户年数“{value}”无效：应在 0 到 50 之间。"),
    "members.level_without_rule": QT_TRANSLATE_NOOP(
        "Refusal", "等级“{name}”没有条件：除最低等级外，每个等级都要设客户价值类别或客户年数。"),
    "members.benefit_too_long": QT_TRANSLATE_NOOP("Refusal", "等级“{name}”的权益名称过长：每项最多 {maximum} 个字。"),
    "members.level_in_use": QT_TRANSLATE_NOOP("Refusal", "等级“{name}”还有 {members} 位会员，不能删除。"),
    "members.future_date": QT_TRANSLATE_NOOP("Refusal", "日期 {day} 晚于今天（{today}）。"),
    "members.customer_not_found": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 不存在。"),
    "members.already_member": QT_TRANSLATE_NOOP("Refusal", "{name} 已是会员，会员号 {number}。"),
    "members.level_unknown": QT_TRANSLATE_NOOP("Refusal", "没有会员等级“{level}”。"),
    "members.level_not_qualified": QT_TRANSLATE_NOOP(
        "Refusal", "{name} 不符合“{level}”的条件，按等级规则可入“{deserved}”。"),
    "members.number_busy": QT_TRANSLATE_NOOP("Refusal", "会员号正被另一台电脑使用，{name} 未入会，请再试一次。"),
    "members.not_found": QT_TRANSLATE_NOOP("Refusal", "会员号“{number}”不存在。"),
    "members.renew_too_early": QT_TRANSLATE_NOOP(
        "Refusal", "会员 {number} 的到期日是 {due}，到期前 {days} 天内才能续期。"),
    "members.benefit_required": QT_TRANSLATE_NOOP("Refusal", "会员 {number}：请选择使用的权益。"),
    "members.lapsed": QT_TRANSLATE_NOOP("Refusal", "会员 {number} 已于 {due} 到期，请先续期再使用权益。"),
    "members.benefit_not_offered": QT_TRANSLATE_NOOP(
        "Refusal", "会员 {number} 的等级“{level}”没有权益“{benefit}”：可用 {offered}。"),
    "members.unknown_renewal_filter": QT_TRANSLATE_NOOP("Refusal", "续期筛选“{value}”无效。"),
}

CLASS_NAMES = {
    "vip": QT_TRANSLATE_NOOP("ValueClass", "VIP客户"),
    "major": QT_TRANSLATE_NOOP("ValueClass", "主要客户"),
    "ordinary": QT_TRANSLATE_NOOP("ValueClass", "普通客户"),
    "small": QT_TRANSLATE_NOOP("ValueClass", "小客户"),
}


def class_name(code: str) -> str:
    """A value class code in the UI's language."""
    source = CLASS_NAMES.get(code)
    return QCoreApplication.translate("ValueClass", source) if source else code


def fill_class_combo(combo, first_text: str, extra: tuple = ()) -> None:
    """Fill a filter combo with (first_text, "") then the ``extra`` (text, data) pairs and the value
    classes in the UI's language, keeping the choice made (for a retranslation); no signal fires."""
    from archive.value import VALUE_CLASSES

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first_text, "")
    for text, data in extra:
        combo.addItem(text, data)
    for code in VALUE_CLASSES:
        combo.addItem(class_name(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))
    combo.blockSignals(False)


# The default member levels and benefits (archive.members.DEFAULT_RULES) are data the manager may
# rename; while they keep the program's names, the English UI shows them in English.
DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("MemberLevels", "普卡会员"), QT_TRANSLATE_NOOP("MemberLevels", "银卡会员"),
    QT_TRANSLATE_NOOP("MemberLevels", "金卡会员"), QT_TRANSLATE_NOOP("MemberLevels", "钻石会员"),
    QT_TRANSLATE_NOOP("MemberLevels", "免费洗车"), QT_TRANSLATE_NOOP("MemberLevels", "免费安全检测"),
    QT_TRANSLATE_NOOP("MemberLevels", "道路救援"), QT_TRANSLATE_NOOP("MemberLevels", "工时九五折"),
    QT_TRANSLATE_NOOP("MemberLevels", "工时九折"), QT_TRANSLATE_NOOP("MemberLevels", "工时八五折"),
    QT_TRANSLATE_NOOP("MemberLevels", "生日礼品"), QT_TRANSLATE_NOOP("MemberLevels", "活动优先报名"),
    QT_TRANSLATE_NOOP("MemberLevels", "代步车"),
)


def data_name(text: str) -> str:
    """A level's or benefit's name as shown: the program's default names translated, the
    manager's own names as typed."""
    return QCoreApplication.translate("MemberLevels", text) if text else text


CHECK_TEXTS = {
    "members.check_gap": QT_TRANSLATE_NOOP(
        "Check", "会员号不连续：共 {count} 位会员，最大会员号 {highest}，缺少 {missing}。"),
    "members.check_renewal": QT_TRANSLATE_NOOP(
        "Check", "会员 {number} 的续期日为 {due}，但最近一次续期记录续至 {renewed_to}。"),
}


def check_problem_text(problem) -> str:
    """A members check finding (archive.members.check_invariants) in the UI's language."""
    return QCoreApplication.translate("Check", CHECK_TEXTS[problem.code]).format(**problem.facts)

"""Refusal texts of the holiday calendar, the branch's own festivals and the resident-ID checks
added with them (archive.holidays, archive.festivals, archive.validate). Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELDS = {
    "calendar_kind": QT_TRANSLATE_NOOP("Field", "类型"),
    "calendar_day": QT_TRANSLATE_NOOP("Field", "日期"),
    "calendar_count": QT_TRANSLATE_NOOP("Field", "工作日数"),
    "festival_name": QT_TRANSLATE_NOOP("Field", "节日名称"),
    "festival_rule": QT_TRANSLATE_NOOP("Field", "日期规则"),
    "festival_month": QT_TRANSLATE_NOOP("Field", "月份"),
    "festival_day": QT_TRANSLATE_NOOP("Field", "日 / 第几个"),
    "festival_weekday": QT_TRANSLATE_NOOP("Field", "星期"),
}

TEXTS = {
    "calendar.year_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "{year} 年节假日尚未录入：该年的截止日期只按周末计算。请经理在“设置 → 节假日日历”中按国务院通知录入。"),
    "calendar.deadline_year_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "提醒：截止日 {day} 所在的 {year} 年节假日尚未录入，暂按周末计算；录入后会自动重算。"),
    "calendar.unknown_kind": QT_TRANSLATE_NOOP("Refusal", "{field}“{value}”无法识别：请写 放假 或 上班。"),
    "calendar.work_on_weekday": QT_TRANSLATE_NOOP(
        "Refusal", "{value} 是星期一至星期五，本来就是工作日：调休上班只能设在星期六或星期日。"),
    "calendar.import_day_repeated": QT_TRANSLATE_NOOP("Refusal", "日期 {value} 已在第 {first_row} 行出现过。"),
    "calendar.import_empty": QT_TRANSLATE_NOOP("Refusal", "工作表「{sheet}」中没有任何日期，未导入。"),
    "calendar.negative_count": QT_TRANSLATE_NOOP("Refusal", "工作日数 {value} 不能为负数。"),
    "archive.id_number_15_digits": QT_TRANSLATE_NOOP(
        "Refusal", "身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对后按 18 位号码填写。"),
    "archive.import_id_number_15_digits": QT_TRANSLATE_NOOP(
        "Refusal", "身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对；"
                   "确认转换请重新导入并选择“转换并导入”（命令行加 --convert-15-digit-ids）。"),
    "archive.import_id_number_converted": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：15 位身份证号 {value} 已转为 18 位 {converted}，请与证件核对。"),
    "archive.id_number_birth_future": QT_TRANSLATE_NOOP(
        "Refusal", "身份证号码 {value} 中的出生日期 {birth} 晚于今天（{today}），请对照证件原件。"),
    "festival.unknown_rule": QT_TRANSLATE_NOOP("Refusal", "未知的节日日期规则 {value}：应为公历、农历或某月第几个星期几。"),
    "festival.month_range": QT_TRANSLATE_NOOP("Refusal", "月份 {value} 不对：应为 1 到 12。"),
    "festival.day_range": QT_TRANSLATE_NOOP("Refusal", "{field} {value} 不对：应为 1 到 {limit}。"),
    "festival.weekday_range": QT_TRANSLATE_NOOP("Refusal", "星期 {value} 不对：应为星期一到星期日。"),
    "festival.duplicate": QT_TRANSLATE_NOOP("Refusal", "已有名为“{value}”的本店节日。"),
    "festival.unknown": QT_TRANSLATE_NOOP("Refusal", "没有名为“{value}”的本店节日。"),
}

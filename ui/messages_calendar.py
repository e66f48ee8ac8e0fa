"""Refusal texts of the holiday calendar still defined from ui: calendar.year_unknown (raised by the
command line) and the two of the working-day calendar (archive/holidays.py) until its home is
settled; the calendar's other texts and field names are in archive/texts.py. Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "calendar.year_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "{year} 年节假日尚未录入：该年的截止日期只按周末计算。请经理在“设置 → 节假日日历”中按国务院通知录入。"),
    "calendar.deadline_year_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "提醒：截止日 {day} 所在的 {year} 年节假日尚未录入，暂按周末计算；录入后会自动重算。"),
    "calendar.negative_count": QT_TRANSLATE_NOOP("Refusal", "工作日数 {value} 不能为负数。"),
}

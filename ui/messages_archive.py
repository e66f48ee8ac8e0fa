"""The refusal text of the working-day calendar still defined from ui (archive.holiday_unknown,
archive/workdays.py), until the calendar's home is settled; the archive's other texts and its field
names are in archive/texts.py. Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "archive.holiday_unknown": QT_TRANSLATE_NOOP("Refusal", "日历中没有 {day} 这一天的节假日设置。"),
}

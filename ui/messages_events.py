"""The events' labels in the screen's language (``label``: archive.events marks them in context
"EventLabels"), and the refusal texts of codes only the command line raises (events.*, style.*);
the domain's texts are in archive/texts.py. Merged by ui/messages.py."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

LABELS = "EventLabels"  # archive.events KINDS, STATE_LABELS, CHANNELS are marked there


def label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text) if text else ""


TEXTS = {
    "events.customer_or_filter": QT_TRANSLATE_NOOP("Refusal", "请用客户编号或筛选条件其中之一选择客户，不要同时使用。"),
    "style.guidance_target": QT_TRANSLATE_NOOP("Refusal", "修改指引要同时给出 --style 和 --topic。"),
    "style.answers_count": QT_TRANSLATE_NOOP("Refusal", "回答了 {count} 个问题，应为 {expected} 个（a 或 b）。"),
    "style.style_or_answers": QT_TRANSLATE_NOOP("Refusal", "请给出 --style 或 --answers。"),
}

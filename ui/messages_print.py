"""Refusal texts of printing a PDF (ui/pdf_print.py)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "print.failed": QT_TRANSLATE_NOOP("Refusal", "打印机 {printer} 没有接受打印任务：{detail}"),
    "print.not_started": QT_TRANSLATE_NOOP("Refusal", "打印机 {printer} 无法开始打印，请检查打印机是否连接、是否有纸。"),
    "print.no_pages": QT_TRANSLATE_NOOP("Refusal", "要打印的 PDF 没有页面，未打印。"),
}

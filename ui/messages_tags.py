"""The line of the HQ confirmation report for one unconfirmed tag (ledger.tags.MissingTag). The
refusals of old-part tags, return boxes and label layouts (tags.*, labels.*) are in ledger/texts.py."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

MISSING = QT_TRANSLATE_NOOP("TagMessages", "标签 {tag}（{part} {name}）未确认收到：装在第 {box} 箱。")


def missing_text(item) -> str:
    """One tag HQ has not confirmed, with the box it was packed in (ledger.tags.MissingTag)."""
    return QCoreApplication.translate("TagMessages", MISSING).format(
        tag=item.tag, part=item.part_number, name=item.part_name, box=item.box_no)

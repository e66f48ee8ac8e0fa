"""Refusal texts of archive import, scans and printing (archive.io, archive.scans). Merged by
ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "archive.import_row": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列（{letter}）："),
    "archive.import_refused": QT_TRANSLATE_NOOP(
        "Refusal", "档案台账 {path} 有 {total} 处问题，整个文件未导入（以下列出前 {count} 处）："),
    "archive.import_vin_repeated": QT_TRANSLATE_NOOP("Refusal", "车架号 {value} 在第 {first_row} 行已出现，同一辆车只能有一行。"),
    "archive.import_number_repeated": QT_TRANSLATE_NOOP(
        "Refusal", "档案编号 {value} 在第 {first_row} 行已用于证件号码不同的另一位客户。"),
    "archive.import_number_mismatch": QT_TRANSLATE_NOOP(
        "Refusal", "该证件号码的客户已在档案中，档案编号是 {archive_number}，而本行填的是 {value}。"),
    "archive.import_state": QT_TRANSLATE_NOOP("Refusal", "「{field}」填的是「{value}」，应为 原件、复印件、缺 或留空。"),
    "archive.import_yes_no": QT_TRANSLATE_NOOP("Refusal", "填的是「{value}」，应为 是 或 否。"),
    "archive.import_conflict": QT_TRANSLATE_NOOP(
        "Refusal", "导入 {path} 时，另一台电脑刚刚登记了其中的客户或车辆，本次未导入任何数据。请重新导入。"),
    "archive.scan_empty": QT_TRANSLATE_NOOP("Refusal", "扫描件 {file} 是空文件，未保存。"),
    "archive.scan_too_large": QT_TRANSLATE_NOOP(
        "Refusal", "扫描件 {file} 有 {size_mb} MB，超过上限 {limit_mb} MB。请降低扫描分辨率或压缩后再添加。"),
    "archive.scan_type": QT_TRANSLATE_NOOP(
        "Refusal", "{file} 不是可识别的扫描件或照片（支持 JPEG、PNG、PDF、TIFF、GIF、BMP、WebP），未保存。"),
    "archive.scan_read_failed": QT_TRANSLATE_NOOP("Refusal", "无法读取文件 {path}（{detail}）。"),
    "archive.unknown_scan": QT_TRANSLATE_NOOP("Refusal", "找不到扫描件（编号 {scan_id}），可能已被删除。"),
}

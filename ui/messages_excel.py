"""Refusal texts for reading and writing files (common/excel.py, common/pdf.py).

Cell-level texts start with the row and column as the clerk sees them in Excel ("第 5 行「数量」列
(C)"), so she can go straight to the cell.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "file.write_failed": QT_TRANSLATE_NOOP("Refusal", "无法写入文件 {path}（{detail}）。原有文件未被改动。"),
    "excel.file_missing": QT_TRANSLATE_NOOP("Refusal", "找不到文件 {path}。"),
    "excel.not_xlsx": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 不是有效的 Excel 工作簿（.xlsx），或文件已损坏（{detail}）。请在 Excel/WPS 中另存为 .xlsx 后再导入。"
    ),
    "excel.too_large": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 解压后约 {size_mb} MB，超过上限 {limit_mb} MB，未读取。请分成几个文件导入。"
    ),
    "excel.zip_bomb": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 中的 {member} 压缩比异常（{ratio} 倍），疑似恶意构造的文件，未读取。"
    ),
    "excel.too_many_parts": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 内含 {parts} 个部件，超过上限 {limit}，疑似异常文件，未读取。"
    ),
    "excel.unsafe_xml": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 的 {member} 含有 DTD/实体定义（可被用来耗尽内存或读取本机文件），未读取。请在 Excel/WPS 中重新另存后再导入。"
    ),
    "excel.sheet_missing": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 中没有名为「{sheet}」的工作表（现有：{sheets}）。"
    ),
    "excel.header_missing": QT_TRANSLATE_NOOP(
        "Refusal", "工作表「{sheet}」缺少表头列：{missing}（最接近的表头行为：{found}）。请使用导入模板。"
    ),
    "excel.too_many_rows": QT_TRANSLATE_NOOP(
        "Refusal", "工作表「{sheet}」有 {rows} 行，超过一次导入的上限 {limit} 行，未读取。请删除空行或分批导入。"
    ),
    "excel.bad_rows": QT_TRANSLATE_NOOP(
        "Refusal", "工作表「{sheet}」有 {total} 处问题，整个文件未导入（以下列出前 {count} 处）："
    ),
    "excel.merged_cells": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行起有合并单元格 {range}。数据区不能合并单元格，请取消合并并在每行填写完整。"
    ),
    "excel.formula_no_value": QT_TRANSLATE_NOOP(
        "Refusal",
        "第 {row} 行「{column}」列（{letter}）是公式 {formula}，但文件中没有保存计算结果。请在 Excel/WPS 中打开并保存一次，或改为填写数值。",
    ),
    "excel.cell_empty": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列（{letter}）不能为空。"),
    "excel.not_integer": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列（{letter}）应为整数，实际为「{value}」。"
    ),
    "excel.not_date": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列（{letter}）应为日期（如 2026-11-23 或 2026/11/23），实际为「{value}」。"
    ),
    "excel.not_money": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列（{letter}）应为金额（元），实际为「{value}」。"
    ),
    "excel.money_precision": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列（{letter}）金额「{value}」超过两位小数（分）。"
    ),
    "excel.number_lost_digits": QT_TRANSLATE_NOOP(
        "Refusal",
        "第 {row} 行「{column}」列（{letter}）的值 {value} 是以数字形式保存的长数字，Excel 只保留 15 位有效数字，末尾几位已丢失。请把该列设为文本格式后重新录入。",
    ),
    "excel.duplicate_row": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行与第 {first_row} 行完全相同（重复行）。"
    ),
}

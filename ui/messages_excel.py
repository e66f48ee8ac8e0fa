"""Refusal texts for reading and writing files (common/excel_read.py, common/excel_write.py, common/pdf.py).

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
    "excel.header_missing_format": QT_TRANSLATE_NOOP(
        "Refusal", "{path}：这是 {format} 文件，其中缺少表头列：{missing}（最接近的表头行为：{found}）。请使用导入模板。"
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
    "excel.unreadable_format": QT_TRANSLATE_NOOP(
        "Refusal", "{path}：这是 {format} 文件，但无法读取（{detail}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。"
    ),
    "excel.strict_ooxml": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 是“Strict Open XML 电子表格”格式，无法读取。请在 Excel 中“另存为”选择“Excel 工作簿 (*.xlsx)”后再导入。"
    ),
    "excel.csv_encoding": QT_TRANSLATE_NOOP(
        "Refusal", "{path}：这是 CSV 文件，但不是 UTF-8、GBK 或 GB18030 编码的文本，无法读取。请在 Excel/WPS 中另存为“CSV UTF-8”或 .xlsx。"
    ),
    "excel.hidden_rows": QT_TRANSLATE_NOOP(
        "Refusal",
        "工作表「{sheet}」有 {count} 行数据被隐藏（第 {rows} 行），在 Excel 中看不到，但它们也在文件里。请取消隐藏后核对；确认不要这些行时，勾选“跳过隐藏行”（命令行 --skip-hidden）。",
    ),
    "excel.hidden_rows_filtered": QT_TRANSLATE_NOOP(
        "Refusal",
        "工作表「{sheet}」有 {count} 行数据被筛选隐藏或手动隐藏（第 {rows} 行），在 Excel 中看不到，但它们也在文件里。请清除筛选、取消隐藏后核对；确认不要这些行时，勾选“跳过隐藏行”（命令行 --skip-hidden）。",
    ),
    "excel.error_cell": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列（{letter}）是错误值 {value}（公式出错），不能当作数据导入。请改正该单元格。"
    ),
    "excel.code_fraction": QT_TRANSLATE_NOOP(
        "Refusal",
        "第 {row} 行「{column}」列（{letter}）是数字 {value}。编号应为文本：以数字保存时末尾的 0 或前导零可能已丢失。请把该列设为文本格式后按原样重新录入。",
    ),
    "excel.code_number_no_format": QT_TRANSLATE_NOOP(
        "Refusal",
        "第 {row} 行「{column}」列（{letter}）在 {format} 文件中以数字 {value} 保存，无法确定是否丢失了前导零。请把该列设为文本格式后重新录入，或另存为 .xlsx。",
    ),
    "excel.total_mismatch": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行是合计行，「{column}」列（{letter}）为 {value}，但上面各行之和为 {sum}。请核对后再导入。"
    ),
}

"""Refusal texts of the parts imports and exports (ledger/io.py). Merged by ui/messages.py.

Row-level texts start with the row and column as the clerk sees them in Excel, like the texts of
common/excel.py, so every line of a refused import points at one cell.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "ledger_io.document_row": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列（单据号 {source_number}）："),
    "ledger_io.opening_row": QT_TRANSLATE_NOOP("Refusal", "期初「{column}」列："),  # the line names its row
    "ledger_io.unknown_type": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：单据类型“{value}”不存在，请填写代码（如 HQ_SHIP）或中文名称（如 总部发货）。"),
    "ledger_io.cell_required": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列：{doc_type}单据必须填写此列。"),
    "ledger_io.bad_quantity": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：数量 {value} 无效，{doc_type}的数量应为正整数（只有盘点调整可为负数，且不能为 0）。"),
    "ledger_io.negative": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列：{value} 不能为负数。"),
    "ledger_io.bad_yes_no": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列：应填“是”“否”或留空，实际为“{value}”。"),
    "ledger_io.flag_not_applicable": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：{doc_type}单据没有“需返坏件/抵欠/收回坏件”标记，请留空。"),
    "ledger_io.inconsistent_document": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：同一张单据 {source_number} 的各行应一致，本行为“{value}”，第 {first_row} 行为“{first}”。"),
    "ledger_io.reversal_needs_reference": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：冲销必须填写被冲销单据的单据号或本公司单号。"),
    "ledger_io.unknown_party": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：往来单位“{value}”不存在，请先在「往来单位」表中建档后导入。整个文件未导入。"),
    "ledger_io.new_part_needs_name": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：备件 {part} 尚未建档，新备件必须填写备件名称。"),
    "ledger_io.bad_party_kind": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行「{column}」列：类型“{value}”无效，应为 总部、服务站、经销商 或 客户。"),
    "ledger_io.duplicate_key": QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列：{value} 在第 {first_row} 行已出现。"),
    "ledger_io.unknown_book": QT_TRANSLATE_NOOP("Refusal", "没有名为 {book} 的账簿，可选：{books}。"),
}

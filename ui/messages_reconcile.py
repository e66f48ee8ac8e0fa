"""Refusal texts of reconciliation, stocktake, receiving inspection, serials and reorder
(recon.*, stocktake.*, inspection.*, serials.*, reorder.*). Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "recon.unknown_party": QT_TRANSLATE_NOOP(
        "Refusal", "往来单位“{party}”不存在。"),
    "recon.party_kind": QT_TRANSLATE_NOOP(
        "Refusal", "{party}（{name}）是门市客户，不对账；对账只针对总部、服务站和经销商。"),
    "recon.bad_period": QT_TRANSLATE_NOOP(
        "Refusal", "对账期间 {date_from} 至 {date_to} 无效：截止日期不能早于起始日期。"),
    "recon.period_not_ended": QT_TRANSLATE_NOOP(
        "Refusal", "对账期间到 {date_to} 才结束，今天是 {today}；期间结束后再出对账单。"),
    "recon.statement_exists": QT_TRANSLATE_NOOP(
        "Refusal", "{party} 在 {date_from} 至 {date_to} 的对账单刚被另一位同事开出，请刷新后再试。"),
    "recon.unknown_statement": QT_TRANSLATE_NOOP(
        "Refusal", "对账单 {statement} 不存在。"),
    "recon.already_answered": QT_TRANSLATE_NOOP(
        "Refusal", "{party} 在 {date_from} 至 {date_to} 的对账单已经登记过回执，不能再次登记。"),
    "recon.answer_refused": QT_TRANSLATE_NOOP(
        "Refusal", "{party} 的对账回执有 {count} 处问题，未登记："),
    "recon.answer_unknown_part": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件编号“{part}”不存在。"),
    "recon.answer_duplicate_part": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件 {part} 重复（第 {first_row} 行已有）。"),
    "recon.answer_bad_number": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件 {part} 的 {field} 为“{value}”，应为不小于 0 的整数。"),
    "recon.answer_line_missing": QT_TRANSLATE_NOOP(
        "Refusal", "回执缺少对账单上的备件 {part}（{party}），请逐行确认或填写对方数量。"),
    "recon.answer_empty": QT_TRANSLATE_NOOP(
        "Refusal", "文件 {path} 中没有对账明细。"),
    "recon.answer_mixed": QT_TRANSLATE_NOOP(
        "Refusal", "文件 {path} 混有 {count} 个往来单位或期间，一个文件只能是一张对账单。"),
    "recon.answer_no_period": QT_TRANSLATE_NOOP(
        "Refusal", "文件 {path} 中 {party} 的起始或截止日期为空。"),
    "recon.no_such_statement": QT_TRANSLATE_NOOP(
        "Refusal", "没有开给 {party} 的 {date_from} 至 {date_to} 对账单：回执可能是别的单位或别的期间的。"),
    "recon.answer_total_mismatch": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行合计的“{column}”是 {total}，但各行相加是 {added}，回执未登记。"),
    "recon.unknown_dispute": QT_TRANSLATE_NOOP(
        "Refusal", "差异记录 {dispute} 不存在。"),
    "recon.dispute_closed": QT_TRANSLATE_NOOP(
        "Refusal", "{party} 备件 {part} 的差异已由 {resolved_by} 于 {resolved_at} 处理完毕。"),
    "recon.unknown_document": QT_TRANSLATE_NOOP(
        "Refusal", "单据 {document} 不存在。"),
    "recon.document_other_party": QT_TRANSLATE_NOOP(
        "Refusal", "单据 {document} 的往来单位是 {document_party}，不是 {party}，不能用来处理这条差异。"),
    "recon.reason_required": QT_TRANSLATE_NOOP(
        "Refusal", "接受 {party} 备件 {part} 的对方数量时必须写明原因。"),
    "recon.output_format": QT_TRANSLATE_NOOP(
        "Refusal", "不能保存为 {path}：对账单只能存为 .pdf 或 .xlsx 文件。"),
    "stocktake.none_open": QT_TRANSLATE_NOOP(
        "Refusal", "当前没有进行中的盘点，请先开始盘点。"),
    "stocktake.not_counting": QT_TRANSLATE_NOOP(
        "Refusal", "盘点 {stocktake} 已是“{state}”状态，不能再修改。"),
    "stocktake.already_open": QT_TRANSLATE_NOOP(
        "Refusal", "盘点 {stocktake}（{started_at} 开始）尚未结束，同一时间只能有一次盘点。"),
    "stocktake.counts_refused": QT_TRANSLATE_NOOP(
        "Refusal", "盘点数量有 {count} 处问题，全部未录入："),
    "stocktake.unknown_part": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件编号“{part}”不在本次盘点中。"),
    "stocktake.duplicate_in_batch": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件 {part} 重复（第 {first_row} 行已有）。"),
    "stocktake.bad_quantity": QT_TRANSLATE_NOOP(
        "Refusal", "第 {row} 行：备件 {part} 的{book}数量“{value}”无效，应为不小于 0 的整数。"),
    "stocktake.already_counted": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 已录入实数 {counted}，本次为 {asked}；如要以新数为准，请选择“覆盖已录入”。"),
    "stocktake.not_all_counted": QT_TRANSLATE_NOOP(
        "Refusal", "盘点 {stocktake} 还有 {not_counted} 种备件未录入实数，不能审批。"),
    "stocktake.reason_missing": QT_TRANSLATE_NOOP(
        "Refusal", "盘点 {stocktake} 有 {count} 种备件有差异但未写原因：{parts}。"),
    "inspection.unknown_document": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在，无法打印收货表单。"),
    "inspection.no_inspection": QT_TRANSLATE_NOOP(
        "Refusal", "单据 {document} 没有对应的到货清点记录（同一往来单位、来源单号为发货清单号或退换货申请表号），无法打印收货表单。"),
    "inspection.unknown_party": QT_TRANSLATE_NOOP(
        "Refusal", "往来单位“{party}”不存在。"),
    "inspection.future_date": QT_TRANSLATE_NOOP(
        "Refusal", "收货日期 {date} 晚于今天 {today}。"),
    "inspection.no_lines": QT_TRANSLATE_NOOP(
        "Refusal", "{party} 的到货记录没有任何备件行。"),
    "inspection.unknown_part": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：备件编号“{part}”不存在。"),
    "inspection.bad_quantity": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行（备件 {part}）：数量“{value}”无效。"),
    "inspection.unknown_anomaly": QT_TRANSLATE_NOOP(
        "Refusal", "异常类型“{kind}”（备件 {part}）无效，应为：{kinds}。"),
    "inspection.not_a_picture": QT_TRANSLATE_NOOP(
        "Refusal", "文件 {filename} 不是图片（JPG、PNG、GIF、BMP 或 WebP）。"),
    "inspection.photo_too_large": QT_TRANSLATE_NOOP(
        "Refusal", "图片 {filename} 有 {size_mb} MB，超过 {limit_mb} MB 的上限。"),
    "inspection.unknown": QT_TRANSLATE_NOOP(
        "Refusal", "到货记录 {inspection} 不存在。"),
    "inspection.unknown_anomaly_id": QT_TRANSLATE_NOOP(
        "Refusal", "异常跟踪项 {anomaly} 不存在。"),
    "inspection.anomaly_closed": QT_TRANSLATE_NOOP(
        "Refusal", "异常跟踪项 {anomaly}（{kind}）已于 {closed_at} 关闭。"),
    "inspection.note_empty": QT_TRANSLATE_NOOP(
        "Refusal", "跟踪记录不能为空。"),
    "inspection.resolution_required": QT_TRANSLATE_NOOP(
        "Refusal", "关闭异常跟踪项 {anomaly}（{kind}）时必须写明处理结果。"),
    "serials.unknown_kind": QT_TRANSLATE_NOOP(
        "Refusal", "序列号类别“{kind}”无效，应为整机或显示器。"),
    "serials.unknown_event": QT_TRANSLATE_NOOP(
        "Refusal", "序列号事件“{event}”无效。"),
    "serials.future_date": QT_TRANSLATE_NOOP(
        "Refusal", "日期 {date} 晚于今天 {today}。"),
    "serials.bad_serial": QT_TRANSLATE_NOOP(
        "Refusal", "序列号“{serial}”无效（为空或超过 64 个字符）。"),
    "serials.repeated": QT_TRANSLATE_NOOP(
        "Refusal", "序列号 {serial} 在本次录入中出现了两次。"),
    "serials.none_given": QT_TRANSLATE_NOOP(
        "Refusal", "没有录入任何序列号。"),
    "serials.unknown_part": QT_TRANSLATE_NOOP(
        "Refusal", "备件编号“{part}”不存在。"),
    "serials.unknown_party": QT_TRANSLATE_NOOP(
        "Refusal", "往来单位“{party}”不存在。"),
    "serials.unknown_document": QT_TRANSLATE_NOOP(
        "Refusal", "单据 {document} 不存在。"),
    "serials.kind_mismatch": QT_TRANSLATE_NOOP(
        "Refusal", "序列号 {serial} 已登记为{known}，不能再登记为{asked}。"),
    "reorder.bad_safety_stock": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 的安全库存“{value}”无效，应为不小于 0 的整数。"),
    "reorder.unknown_part": QT_TRANSLATE_NOOP(
        "Refusal", "备件编号“{part}”不存在。"),
}

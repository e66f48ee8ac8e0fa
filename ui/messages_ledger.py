"""Refusal texts of the spare-parts ledger (ledger/). Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "ledger.unknown_type": QT_TRANSLATE_NOOP("Refusal", "未知的单据类型“{doc_type}”。"),
    "ledger.reversal_via_reverse": QT_TRANSLATE_NOOP("Refusal", "冲销单不能直接录入，请在原单据上执行“冲销”。"),
    "ledger.bad_date": QT_TRANSLATE_NOOP("Refusal", "日期“{date}”不是有效日期。"),
    "ledger.future_date": QT_TRANSLATE_NOOP("Refusal", "单据日期 {date} 晚于今天 {today}，不能预先记账。"),
    "ledger.party_required": QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据必须填写往来单位。"),
    "ledger.unknown_party": QT_TRANSLATE_NOOP("Refusal", "往来单位“{party}”不存在，请先在往来单位中建档。"),
    "ledger.party_inactive": QT_TRANSLATE_NOOP("Refusal", "往来单位 {party}（{name}）已停用，不能记账。"),
    "ledger.party_wrong_kind": QT_TRANSLATE_NOOP(
        "Refusal", "往来单位 {party} 的类型是 {kind}，{doc_type} 单据只能用于 {allowed} 类型的单位。"),
    "ledger.reference_required": QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据必须填写关联单号（{expected} 单据）。"),
    "ledger.reference_unexpected": QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据不需要关联单号，但填写了“{reference}”。"),
    "ledger.unknown_reference": QT_TRANSLATE_NOOP("Refusal", "找不到关联单号“{reference}”对应的单据（{doc_type}）。"),
    "ledger.ambiguous_reference": QT_TRANSLATE_NOOP(
        "Refusal", "关联单号“{reference}”对应 {count} 张单据，请填写本公司单号或往来单位。"),
    "ledger.reference_wrong_type": QT_TRANSLATE_NOOP(
        "Refusal", "关联单据 {reference} 是 {found}，{doc_type} 只能关联 {expected}。"),
    "ledger.reference_other_party": QT_TRANSLATE_NOOP(
        "Refusal", "关联单据 {reference} 的往来单位是 {reference_party}，与本单的 {party} 不一致。"),
    "ledger.reference_reversed": QT_TRANSLATE_NOOP("Refusal", "关联单据 {reference} 已被 {reversal} 冲销，不能再关联。"),
    "ledger.date_before_reference": QT_TRANSLATE_NOOP(
        "Refusal", "日期 {date} 早于关联单据 {reference} 的日期 {reference_date}。"),
    "ledger.remark_required": QT_TRANSLATE_NOOP("Refusal", "{doc_type}（盘点调整）必须在备注中写明原因。"),
    "ledger.no_lines": QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据没有任何明细行。"),
    "ledger.unknown_part": QT_TRANSLATE_NOOP("Refusal", "第 {line} 行：备件编号“{part}”不存在。"),
    "ledger.bad_quantity": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行（备件 {part}）：数量“{qty}”无效，应为正整数（只有盘点调整可为负数，且不能为 0）。"),
    "ledger.bad_price": QT_TRANSLATE_NOOP("Refusal", "第 {line} 行（备件 {part}）：单价“{price}”无效。"),
    "ledger.exceeds_open": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part}（{name}）：发货单 {shipment} 尚未结清的只有 {open}，本单要 {asked}。"),
    "ledger.insufficient": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part}（{name}）的{book_name}{party}在 {date} 只有 {available} 可用（当日余额 {on_date}），"
        "本单需要 {asked}；记账会使账簿出现负数，整张单据未记账。"),
    "ledger.already_posted": QT_TRANSLATE_NOOP(
        "Refusal", "来源单号 {source_number}（{doc_type}，往来单位 {party}）已经记过账，未重复记账。"),
    "ledger.unknown_document": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"),
    "ledger.reversal_not_reversible": QT_TRANSLATE_NOOP(
        "Refusal", "{document} 是冲销单（冲销 {original}），不能再冲销；如需恢复，请重新录入原单据。"),
    "ledger.already_reversed": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 已经冲销过，不能重复冲销。"),
    "ledger.reversal_reason_required": QT_TRANSLATE_NOOP(
        "Refusal", "冲销 {document} 必须写明原因（例如“数量录错”），未冲销。"),
    "ledger.draft_gone": QT_TRANSLATE_NOOP(
        "Refusal", "这张草稿已不存在（可能已在别处过账或删除），未重复记账。"),
    "ledger.has_dependents": QT_TRANSLATE_NOOP(
        "Refusal", "单据 {document} 已有后续单据 {dependents}，请先冲销这些单据。"),
    "ledger.party_incomplete": QT_TRANSLATE_NOOP("Refusal", "往来单位必须填写编码和名称（编码“{party}”，名称“{name}”）。"),
    "ledger.party_unknown_kind": QT_TRANSLATE_NOOP("Refusal", "往来单位 {party} 的类型“{kind}”无效。"),
    "ledger.party_exists": QT_TRANSLATE_NOOP("Refusal", "往来单位编码 {party} 已存在。"),
    "ledger.part_incomplete": QT_TRANSLATE_NOOP("Refusal", "备件必须填写编号和名称（编号“{part}”，名称“{name}”）。"),
    "ledger.part_bad_number": QT_TRANSLATE_NOOP("Refusal", "备件 {part} 的 {field}“{value}”应为非负整数。"),
    "ledger.part_exists": QT_TRANSLATE_NOOP("Refusal", "备件编号 {part} 已存在。"),
    "ledger.before_opening": QT_TRANSLATE_NOOP(
        "Refusal", "日期 {date} 不晚于期初建账日 {opening_date}（{opening}）：期初之前及当天不能再记账。"),
    "ledger.opening_via_opening": QT_TRANSLATE_NOOP(
        "Refusal", "期初建账不能作为普通单据录入，请使用期初导入（import opening）。"),
    "ledger.opening_exists": QT_TRANSLATE_NOOP(
        "Refusal", "已经建过期初（{opening}，{opening_date}），每个分公司只能建账一次；如需更正，请先冲销原期初。"),
    "ledger.opening_after_documents": QT_TRANSLATE_NOOP(
        "Refusal", "已有 {document_date} 的单据 {document}，期初建账日 {date} 必须早于所有已记账单据。"),
    "ledger.opening_bad_book": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：账本“{book}”无效，应为 好件库存、坏件库存、欠人坏件、人欠坏件、在途（总部发来）或 在途（返总部）。"),
    "ledger.opening_party_required": QT_TRANSLATE_NOOP("Refusal", "第 {line} 行：{book_name}必须填写往来单位。"),
    "ledger.opening_party_unexpected": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：{book_name}不按往来单位记账，往来单位“{party}”应留空。"),
    "ledger.opening_party_wrong_kind": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：往来单位 {party} 的类型是 {kind}，{book_name}只能用于 {allowed} 类型的单位。"),
    "ledger.opening_origin_after": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：原始日期 {origin_date} 晚于期初建账日 {date}。"),
    "ledger.opening_number_required": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：{book_name}必须填写原始单号（总部发货单号或返件单号）。"),
    "ledger.opening_duplicate_shipment_line": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：原始单号 {number} 的备件 {part} 已在第 {first_line} 行出现，同一单号同一备件只能一行。"),
    "ledger.opening_shipment_two_parties": QT_TRANSLATE_NOOP(
        "Refusal", "第 {line} 行：原始单号 {number} 的往来单位是 {party}，而第 {first_line} 行同一单号是 {other}。"),
}

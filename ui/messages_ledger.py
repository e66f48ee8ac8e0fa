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
}

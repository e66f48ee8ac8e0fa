"""The words of the spare-parts ledger (ledger/): every code it refuses with or reports (a check's
problem, the daily report's own checks, a fingerprint's verdict), with its Chinese template, and the
namers of the book facts its messages carry.

A raise site imports its code by name (``raise Refusal(LEDGER_INSUFFICIENT, part=...)``), so a typo
fails at import; common.messages.text words it in the current language (English from
resources/i18n/branchdesk_en.ts, collected by lupdate from the QT_TRANSLATE_NOOP markers here).
Each constant is the code with ``.`` as ``_`` in capitals. No Qt and no ui here: the command line's
``check`` words the ledger's problems with this module alone.

Facts carry codes (book="good", doc_type="HQ_SHIP"); the namers here word a book (by its code or the
clerk's name of it, 好件库存) and a document type in the current language. Party kinds are named by
ui/messages.py.
"""
from __future__ import annotations

from common import i18n
from common.i18n import QT_TRANSLATE_NOOP
from common.messages import define, register_fact_namer


def _book(value: object) -> str | None:
    """A book by its code (good) or the clerk's name of it (好件库存), in the current language; the
    names are marked in context "Books" in ui/document_form.py."""
    from ledger.models import BOOK_NAMES  # the tables: only once a book is worded

    if not isinstance(value, str):
        return None
    source = BOOK_NAMES.get(value) or (value if value in BOOK_NAMES.values() else None)
    return i18n.translate("Books", source) if source else None


def _doc_type(value: object) -> str | None:
    """A document type by its code (HQ_SHIP) in the current language; its Chinese name is the one
    the posting rules give it (ledger.doctypes), marked in context "DocTypes" in ui/messages_parts.py."""
    from ledger.doctypes import DOC_TYPES

    kind = DOC_TYPES.get(value) if isinstance(value, str) else None
    return i18n.translate("DocTypes", kind.name) if kind else None


for _key in ("book", "book_name"):
    register_fact_namer(_key, _book)
for _key in ("doc_type", "found", "expected"):
    register_fact_namer(_key, _doc_type)

# -- posting, drafts, reversal, master data and the opening (posting, drafts, reversal, books, opening) ------
LEDGER_UNKNOWN_TYPE = define("ledger.unknown_type", QT_TRANSLATE_NOOP("Refusal", "未知的单据类型“{doc_type}”。"))
LEDGER_REVERSAL_VIA_REVERSE = define("ledger.reversal_via_reverse", QT_TRANSLATE_NOOP(
    "Refusal", "冲销单不能直接录入，请在原单据上执行“冲销”。"))
LEDGER_BAD_DATE = define("ledger.bad_date", QT_TRANSLATE_NOOP("Refusal", "日期“{date}”不是有效日期。"))
LEDGER_FUTURE_DATE = define("ledger.future_date", QT_TRANSLATE_NOOP("Refusal", "单据日期 {date} 晚于今天 {today}，不能预先记账。"))
LEDGER_PARTY_REQUIRED = define("ledger.party_required", QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据必须填写往来单位。"))
LEDGER_UNKNOWN_PARTY = define("ledger.unknown_party", QT_TRANSLATE_NOOP("Refusal", "往来单位“{party}”不存在，请先在往来单位中建档。"))
LEDGER_PARTY_INACTIVE = define("ledger.party_inactive", QT_TRANSLATE_NOOP("Refusal", "往来单位 {party}（{name}）已停用，不能记账。"))
LEDGER_PARTY_WRONG_KIND = define("ledger.party_wrong_kind", QT_TRANSLATE_NOOP(
    "Refusal", "往来单位 {party} 的类型是 {kind}，{doc_type} 单据只能用于 {allowed} 类型的单位。"))
LEDGER_REFERENCE_REQUIRED = define("ledger.reference_required", QT_TRANSLATE_NOOP(
    "Refusal", "{doc_type} 单据必须填写关联单号（{expected} 单据）。"))
LEDGER_REFERENCE_UNEXPECTED = define("ledger.reference_unexpected", QT_TRANSLATE_NOOP(
    "Refusal", "{doc_type} 单据不需要关联单号，但填写了“{reference}”。"))
LEDGER_UNKNOWN_REFERENCE = define("ledger.unknown_reference", QT_TRANSLATE_NOOP(
    "Refusal", "找不到关联单号“{reference}”对应的单据（{doc_type}）。"))
LEDGER_AMBIGUOUS_REFERENCE = define("ledger.ambiguous_reference", QT_TRANSLATE_NOOP(
    "Refusal", "关联单号“{reference}”对应 {count} 张单据，请填写本公司单号或往来单位。"))
LEDGER_REFERENCE_WRONG_TYPE = define("ledger.reference_wrong_type", QT_TRANSLATE_NOOP(
    "Refusal", "关联单据 {reference} 是 {found}，{doc_type} 只能关联 {expected}。"))
LEDGER_REFERENCE_OTHER_PARTY = define("ledger.reference_other_party", QT_TRANSLATE_NOOP(
    "Refusal", "关联单据 {reference} 的往来单位是 {reference_party}，与本单的 {party} 不一致。"))
LEDGER_REFERENCE_REVERSED = define("ledger.reference_reversed", QT_TRANSLATE_NOOP(
    "Refusal", "关联单据 {reference} 已被 {reversal} 冲销，不能再关联。"))
LEDGER_DATE_BEFORE_REFERENCE = define("ledger.date_before_reference", QT_TRANSLATE_NOOP(
    "Refusal", "日期 {date} 早于关联单据 {reference} 的日期 {reference_date}。"))
LEDGER_REMARK_REQUIRED = define("ledger.remark_required", QT_TRANSLATE_NOOP("Refusal", "{doc_type}（盘点调整）必须在备注中写明原因。"))
LEDGER_NO_LINES = define("ledger.no_lines", QT_TRANSLATE_NOOP("Refusal", "{doc_type} 单据没有任何明细行。"))
LEDGER_UNKNOWN_PART = define("ledger.unknown_part", QT_TRANSLATE_NOOP("Refusal", "第 {line} 行：备件编号“{part}”不存在。"))
LEDGER_BAD_QUANTITY = define("ledger.bad_quantity", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行（备件 {part}）：数量“{qty}”无效，应为正整数（只有盘点调整可为负数，且不能为 0）。"))
LEDGER_BAD_PRICE = define("ledger.bad_price", QT_TRANSLATE_NOOP("Refusal", "第 {line} 行（备件 {part}）：单价“{price}”无效。"))
LEDGER_EXCEEDS_OPEN = define("ledger.exceeds_open", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part}（{name}）：发货单 {shipment} 尚未结清的只有 {open}，本单要 {asked}。"))
LEDGER_INSUFFICIENT = define("ledger.insufficient", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part}（{name}）的{book_name}{party}在 {date} 只有 {available} 可用（当日余额 {on_date}），本单需要 {asked}；"
    "记账会使账簿出现负数，整张单据未记账。"))
LEDGER_ALREADY_POSTED = define("ledger.already_posted", QT_TRANSLATE_NOOP(
    "Refusal", "来源单号 {source_number}（{doc_type}，往来单位 {party}）已经记过账，未重复记账。"))
LEDGER_UNKNOWN_DOCUMENT = define("ledger.unknown_document", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"))
LEDGER_REVERSAL_NOT_REVERSIBLE = define("ledger.reversal_not_reversible", QT_TRANSLATE_NOOP(
    "Refusal", "{document} 是冲销单（冲销 {original}），不能再冲销；如需恢复，请重新录入原单据。"))
LEDGER_ALREADY_REVERSED = define("ledger.already_reversed", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 已经冲销过，不能重复冲销。"))
LEDGER_REVERSAL_REASON_REQUIRED = define("ledger.reversal_reason_required", QT_TRANSLATE_NOOP(
    "Refusal", "冲销 {document} 必须写明原因（例如“数量录错”），未冲销。"))
LEDGER_DRAFT_GONE = define("ledger.draft_gone", QT_TRANSLATE_NOOP("Refusal", "这张草稿已不存在（可能已在别处过账或删除），未重复记账。"))
LEDGER_HAS_DEPENDENTS = define("ledger.has_dependents", QT_TRANSLATE_NOOP(
    "Refusal", "单据 {document} 已有后续单据 {dependents}，请先冲销这些单据。"))
LEDGER_PARTY_INCOMPLETE = define("ledger.party_incomplete", QT_TRANSLATE_NOOP(
    "Refusal", "往来单位必须填写编码和名称（编码“{party}”，名称“{name}”）。"))
LEDGER_PARTY_UNKNOWN_KIND = define("ledger.party_unknown_kind", QT_TRANSLATE_NOOP(
    "Refusal", "往来单位 {party} 的类型“{kind}”无效。"))
LEDGER_PARTY_EXISTS = define("ledger.party_exists", QT_TRANSLATE_NOOP("Refusal", "往来单位编码 {party} 已存在。"))
LEDGER_PART_INCOMPLETE = define("ledger.part_incomplete", QT_TRANSLATE_NOOP(
    "Refusal", "备件必须填写编号和名称（编号“{part}”，名称“{name}”）。"))
LEDGER_PART_BAD_NUMBER = define("ledger.part_bad_number", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 的 {field}“{value}”应为非负整数。"))
LEDGER_PART_EXISTS = define("ledger.part_exists", QT_TRANSLATE_NOOP("Refusal", "备件编号 {part} 已存在。"))
LEDGER_BEFORE_OPENING = define("ledger.before_opening", QT_TRANSLATE_NOOP(
    "Refusal", "日期 {date} 不晚于期初建账日 {opening_date}（{opening}）：期初之前及当天不能再记账。"))
LEDGER_OPENING_VIA_OPENING = define("ledger.opening_via_opening", QT_TRANSLATE_NOOP(
    "Refusal", "期初建账不能作为普通单据录入，请使用期初导入（import opening）。"))
LEDGER_OPENING_EXISTS = define("ledger.opening_exists", QT_TRANSLATE_NOOP(
    "Refusal", "已经建过期初（{opening}，{opening_date}），每个分公司只能建账一次；如需更正，请先冲销原期初。"))
LEDGER_OPENING_AFTER_DOCUMENTS = define("ledger.opening_after_documents", QT_TRANSLATE_NOOP(
    "Refusal", "已有 {document_date} 的单据 {document}，期初建账日 {date} 必须早于所有已记账单据。"))
LEDGER_OPENING_BAD_BOOK = define("ledger.opening_bad_book", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：账本“{book}”无效，应为 好件库存、坏件库存、欠人坏件、人欠坏件、在途（总部发来）或 在途（返总部）。"))
LEDGER_OPENING_PARTY_REQUIRED = define("ledger.opening_party_required", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：{book_name}必须填写往来单位。"))
LEDGER_OPENING_PARTY_UNEXPECTED = define("ledger.opening_party_unexpected", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：{book_name}不按往来单位记账，往来单位“{party}”应留空。"))
LEDGER_OPENING_PARTY_WRONG_KIND = define("ledger.opening_party_wrong_kind", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：往来单位 {party} 的类型是 {kind}，{book_name}只能用于 {allowed} 类型的单位。"))
LEDGER_OPENING_ORIGIN_AFTER = define("ledger.opening_origin_after", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：原始日期 {origin_date} 晚于期初建账日 {date}。"))
LEDGER_OPENING_NUMBER_REQUIRED = define("ledger.opening_number_required", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：{book_name}必须填写原始单号（总部发货单号或返件单号）。"))
LEDGER_OPENING_DUPLICATE_SHIPMENT_LINE = define("ledger.opening_duplicate_shipment_line", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：原始单号 {number} 的备件 {part} 已在第 {first_line} 行出现，同一单号同一备件只能一行。"))
LEDGER_OPENING_SHIPMENT_TWO_PARTIES = define("ledger.opening_shipment_two_parties", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行：原始单号 {number} 的往来单位是 {party}，而第 {first_line} 行同一单号是 {other}。"))

# -- parts imports and exports (io, opening_io) ---------------------------------------------------------
# Row-level texts start with the row and column as the clerk sees them in Excel, like common/excel.py's,
# so every line of a refused import points at one cell. 
LEDGER_IO_DOCUMENT_ROW = define("ledger_io.document_row", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列（单据号 {source_number}）："))
LEDGER_IO_OPENING_ROW = define("ledger_io.opening_row", QT_TRANSLATE_NOOP("Refusal", "期初「{column}」列："))
LEDGER_IO_UNKNOWN_TYPE = define("ledger_io.unknown_type", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：单据类型“{value}”不存在，请填写代码（如 HQ_SHIP）或中文名称（如 总部发货）。"))
LEDGER_IO_CELL_REQUIRED = define("ledger_io.cell_required", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：{doc_type}单据必须填写此列。"))
LEDGER_IO_BAD_QUANTITY = define("ledger_io.bad_quantity", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：数量 {value} 无效，{doc_type}的数量应为正整数（只有盘点调整可为负数，且不能为 0）。"))
LEDGER_IO_NEGATIVE = define("ledger_io.negative", QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列：{value} 不能为负数。"))
LEDGER_IO_BAD_YES_NO = define("ledger_io.bad_yes_no", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：应填“是”“否”或留空，实际为“{value}”。"))
LEDGER_IO_FLAG_NOT_APPLICABLE = define("ledger_io.flag_not_applicable", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：{doc_type}单据没有“需返坏件/抵欠/收回坏件”标记，请留空。"))
LEDGER_IO_INCONSISTENT_DOCUMENT = define("ledger_io.inconsistent_document", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：同一张单据 {source_number} 的各行应一致，本行为“{value}”，第 {first_row} 行为“{first}”。"))
LEDGER_IO_REVERSAL_NEEDS_REFERENCE = define("ledger_io.reversal_needs_reference", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：冲销必须填写被冲销单据的单据号或本公司单号。"))
LEDGER_IO_UNKNOWN_PARTY = define("ledger_io.unknown_party", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：往来单位“{value}”不存在，请先在「往来单位」表中建档后导入。整个文件未导入。"))
LEDGER_IO_NEW_PART_NEEDS_NAME = define("ledger_io.new_part_needs_name", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：备件 {part} 尚未建档，新备件必须填写备件名称。"))
LEDGER_IO_BAD_PARTY_KIND = define("ledger_io.bad_party_kind", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：类型“{value}”无效，应为 总部、服务站、经销商 或 客户。"))
LEDGER_IO_DUPLICATE_KEY = define("ledger_io.duplicate_key", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行「{column}」列：{value} 在第 {first_row} 行已出现。"))
LEDGER_IO_UNKNOWN_BOOK = define("ledger_io.unknown_book", QT_TRANSLATE_NOOP("Refusal", "没有名为 {book} 的账簿，可选：{books}。"))

# -- the daily goods in/out report, its signatures and the day lock (daily, daylock) -------------------------
LEDGER_DAY_LOCKED = define("ledger.day_locked", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的单据不能再记账：{locked_day} 的货品出入库报表已由{locked_by}于 {locked_at} 签字锁定，该日及以前的日期都不能再改动。"
    "更正请在未锁定的日期做冲销单并注明原单号。"))
DAILY_BAD_DATE = define("daily.bad_date", QT_TRANSLATE_NOOP("Refusal", "业务日期 {date} 无效。"))
DAILY_FUTURE_DATE = define("daily.future_date", QT_TRANSLATE_NOOP("Refusal", "不能出 {date} 的日报：今天才 {today}。"))
DAILY_NOT_PRODUCED = define("daily.not_produced", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报还没有生成（或已重新打开），请先生成再签字。"))
DAILY_ALREADY_LOCKED = define("daily.already_locked", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报已由经理签字锁定，无需再签。"))
DAILY_ALREADY_SIGNED = define("daily.already_signed", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报第 {version} 版财务已签字。"))
DAILY_FINANCE_FIRST = define("daily.finance_first", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报财务还没有签字，经理请在财务签字后再签。"))
DAILY_REPORT_CHANGED = define("daily.report_changed", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报在第 {version} 版生成后又有变动，未签字。请重新生成、核对后再签。"))
DAILY_REASON_REQUIRED = define("daily.reason_required", QT_TRANSLATE_NOOP("Refusal", "重新打开 {date} 的日报必须填写原因。"))
DAILY_NOT_SIGNED = define("daily.not_signed", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报还没有签字，不需要重新打开。"))
DAILY_UNKNOWN_FORMAT = define("daily.unknown_format", QT_TRANSLATE_NOOP(
    "Refusal", "不支持输出文件 {path}：请用 .pdf 或 .xlsx 后缀。"))
DAILY_SAME_SIGNER = define("daily.same_signer", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报第 {version} 版的财务签字就是{user}签的：经理签字须由另一个人来签（两个签字必须是两个人）。"))

# -- the daily report's own checks (daily.Check), shown on screen ------------------------------------------
# The paper copy prints them in Chinese (daily_print).
DAILY_CHECK_DOCUMENT_TOTALS = define("daily.check.document_totals", QT_TRANSLATE_NOOP(
    "Refusal", "单据合计核对：{lines} 行，数量 {qty}，金额 {amount}；数据库复算 {db_lines} 行，数量 {db_qty}，金额 {db_amount}"))
DAILY_CHECK_BOOK_TOTALS = define("daily.check.book_totals", QT_TRANSLATE_NOOP(
    "Refusal", "{book_name}：流水账 入 {qty_in} / 出 {qty_out}（金额 {amount_in} / {amount_out}），"
    "按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}（金额 {doc_amount_in} / {doc_amount_out}）"))
DAILY_CHECK_PART_MOVES = define("daily.check.part_moves", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 的{book_name}：流水账 入 {qty_in} / 出 {qty_out}，按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}"))
DAILY_CHECK_BALANCE = define("daily.check.balance", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 的{book_name} {party}：期初 {opening} + 入 {qty_in} - 出 {qty_out} = {expected}，"
    "但期末为 {closing}"))
DAILY_CHECK_BALANCES_OK = define("daily.check.balances_ok", QT_TRANSLATE_NOOP(
    "Refusal", "期初 + 入 - 出 = 期末：{rows} 行全部相符"))
DAILY_CHECK_NUMBERING = define("daily.check.numbering", QT_TRANSLATE_NOOP(
    "Refusal", "{doc_type} 单号 {first} 至 {last}，共 {count} 张；缺号：{missing}"))

# -- a printed report's fingerprint checked against the database (daily.verify_fingerprint) ------------------
DAILY_FINGERPRINT_MATCH = define("daily.fingerprint.match", QT_TRANSLATE_NOOP(
    "Refusal", "相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），数据库中的内容仍与签字时一致。"))
DAILY_FINGERPRINT_MATCH_REOPENED = define("daily.fingerprint.match_reopened", QT_TRANSLATE_NOOP(
    "Refusal", "相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），该版保存完好；但这一版后来被重新打开，"
    "当前以新版为准。"))
DAILY_FINGERPRINT_UNKNOWN = define("daily.fingerprint.unknown", QT_TRANSLATE_NOOP(
    "Refusal", "不符：数据库中 {date} 的日报没有哪个签字的校验码是 {fingerprint}。数据库已不是打印这张报表时的样子（或校验码抄错了）。"))
DAILY_FINGERPRINT_CONTENT_ALTERED = define("daily.fingerprint.content_altered", QT_TRANSLATE_NOOP(
    "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但数据库中保存的签字内容已被改动。"))
DAILY_FINGERPRINT_CHAIN_BROKEN = define("daily.fingerprint.chain_broken", QT_TRANSLATE_NOOP(
    "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但此签字之前的操作记录已被改动。"))
DAILY_FINGERPRINT_LEDGER_CHANGED = define("daily.fingerprint.ledger_changed", QT_TRANSLATE_NOOP(
    "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但按流水账重建的报表已与签字时不同。"))
DAILY_FINGERPRINT_BAD_FORMAT = define("daily.fingerprint.bad_format", QT_TRANSLATE_NOOP(
    "Refusal", "校验码 {fingerprint} 格式不对：应为 {length} 个字母或数字（如 ABCD-EFGH-2345）。"))

# -- the books checked against their journal (checks, ``check``) ---------------------------------------------
LEDGER_CHECK_COUNTER_AHEAD = define("ledger.check_counter_ahead", QT_TRANSLATE_NOOP(
    "Refusal", "{doc_type} {year} 年计数器为 {counter}，但最新的单据是第 {max_seq} 号：缺少第 {missing} 号单据"))
LEDGER_CHECK_SIGNED_CONTENT_ALTERED = define("ledger.check_signed_content_altered", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报第 {version} 版保存的签字内容与其哈希不符：签字后被改动过。"))
LEDGER_CHECK_SIGNED_DAY_CHANGED = define("ledger.check_signed_day_changed", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报已签字，但按流水账重建的报表与签字时的不同（{where}）：该日的单据或流水在签字后被改动过。"))
LEDGER_CHECK_SAME_SIGNER = define("ledger.check_same_signer", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报第 {version} 版的财务签字和经理签字是同一个人（{user}）。"))
LEDGER_CHECK_MONTH_MISMATCH = define("ledger.check_month_mismatch", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 的 {book} {party} 在 {month} 月末的结存记为 {kept}，按流水重算为 {rebuilt}"))
LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING = define("ledger.check_transit_candidate_missing", QT_TRANSLATE_NOOP(
    "Refusal", "在途单据 {number} 仍有未结数量，但不在在途待结表中：在途账会漏列它（数据库可能被直接改动过）。"))
LEDGER_CHECK_SIGNATURE_UNAUDITED = define("ledger.check_signature_unaudited", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的日报第 {version} 版的{role}签字在操作记录中没有对应的记录。"))
# The older checks' problems (context "Check"); a book with a party (owed_to, owed_by) names it.
LEDGER_CHECK_NEGATIVE = define("ledger.check_negative", QT_TRANSLATE_NOOP(
    "Check", "备件 {part} 的 {book} 在 {date} 日终为 {qty}，账簿不允许为负"), context="Check")
define(LEDGER_CHECK_NEGATIVE, QT_TRANSLATE_NOOP(
    "Check", "备件 {part} 的 {book}（{party}）在 {date} 日终为 {qty}，账簿不允许为负"), context="Check", when="party")
LEDGER_CHECK_CACHE_MISMATCH = define("ledger.check_cache_mismatch", QT_TRANSLATE_NOOP(
    "Check", "备件 {part} 的 {book} 缓存余额为 {cached}，按流水重算为 {rebuilt}"), context="Check")
define(LEDGER_CHECK_CACHE_MISMATCH, QT_TRANSLATE_NOOP(
    "Check", "备件 {part} 的 {book}（{party}）缓存余额为 {cached}，按流水重算为 {rebuilt}"), context="Check", when="party")
LEDGER_CHECK_NUMBER_GAP = define("ledger.check_number_gap", QT_TRANSLATE_NOOP(
    "Check", "{doc_type} {year} 年单号不连续：缺少第 {missing} 号"), context="Check")
LEDGER_CHECK_NUMBER_DUPLICATE = define("ledger.check_number_duplicate", QT_TRANSLATE_NOOP(
    "Check", "{doc_type} {year} 年第 {seq} 号重复"), context="Check")
LEDGER_CHECK_COUNTER_BEHIND = define("ledger.check_counter_behind", QT_TRANSLATE_NOOP(
    "Check", "{doc_type} {year} 年计数器为 {counter}，但已有第 {max_seq} 号单据"), context="Check")
LEDGER_CHECK_LINE_MISMATCH = define("ledger.check_line_mismatch", QT_TRANSLATE_NOOP(
    "Check", "单据 {number} 第 {line} 行的记账 {found} 与单据类型应有的 {expected} 不符"), context="Check")
LEDGER_CHECK_REVERSED_TWICE = define("ledger.check_reversed_twice", QT_TRANSLATE_NOOP(
    "Check", "单据 {number} 被冲销了 {count} 次"), context="Check")

# -- reconciliation, stocktake, receiving inspection, serials, reorder ------------------------------------
# (reconcile, reconcile_print, stocktake, inspection, receiving_print, serials, reorder) 
RECON_UNKNOWN_PARTY = define("recon.unknown_party", QT_TRANSLATE_NOOP("Refusal", "往来单位“{party}”不存在。"))
RECON_PARTY_KIND = define("recon.party_kind", QT_TRANSLATE_NOOP("Refusal", "{party}（{name}）是门市客户，不对账；对账只针对总部、服务站和经销商。"))
RECON_BAD_PERIOD = define("recon.bad_period", QT_TRANSLATE_NOOP(
    "Refusal", "对账期间 {date_from} 至 {date_to} 无效：截止日期不能早于起始日期。"))
RECON_PERIOD_NOT_ENDED = define("recon.period_not_ended", QT_TRANSLATE_NOOP(
    "Refusal", "对账期间到 {date_to} 才结束，今天是 {today}；期间结束后再出对账单。"))
RECON_STATEMENT_EXISTS = define("recon.statement_exists", QT_TRANSLATE_NOOP(
    "Refusal", "{party} 在 {date_from} 至 {date_to} 的对账单刚被另一位同事开出，请刷新后再试。"))
RECON_UNKNOWN_STATEMENT = define("recon.unknown_statement", QT_TRANSLATE_NOOP("Refusal", "对账单 {statement} 不存在。"))
RECON_ALREADY_ANSWERED = define("recon.already_answered", QT_TRANSLATE_NOOP(
    "Refusal", "{party} 在 {date_from} 至 {date_to} 的对账单已经登记过回执，不能再次登记。"))
RECON_ANSWER_REFUSED = define("recon.answer_refused", QT_TRANSLATE_NOOP("Refusal", "{party} 的对账回执有 {count} 处问题，未登记："))
RECON_ANSWER_UNKNOWN_PART = define("recon.answer_unknown_part", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件编号“{part}”不存在。"))
RECON_ANSWER_DUPLICATE_PART = define("recon.answer_duplicate_part", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件 {part} 重复（第 {first_row} 行已有）。"))
RECON_ANSWER_BAD_NUMBER = define("recon.answer_bad_number", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件 {part} 的 {field} 为“{value}”，应为不小于 0 的整数。"))
RECON_ANSWER_LINE_MISSING = define("recon.answer_line_missing", QT_TRANSLATE_NOOP(
    "Refusal", "回执缺少对账单上的备件 {part}（{party}），请逐行确认或填写对方数量。"))
RECON_ANSWER_EMPTY = define("recon.answer_empty", QT_TRANSLATE_NOOP("Refusal", "文件 {path} 中没有对账明细。"))
RECON_ANSWER_MIXED = define("recon.answer_mixed", QT_TRANSLATE_NOOP(
    "Refusal", "文件 {path} 混有 {count} 个往来单位或期间，一个文件只能是一张对账单。"))
RECON_ANSWER_NO_PERIOD = define("recon.answer_no_period", QT_TRANSLATE_NOOP(
    "Refusal", "文件 {path} 中 {party} 的起始或截止日期为空。"))
RECON_NO_SUCH_STATEMENT = define("recon.no_such_statement", QT_TRANSLATE_NOOP(
    "Refusal", "没有开给 {party} 的 {date_from} 至 {date_to} 对账单：回执可能是别的单位或别的期间的。"))
RECON_ANSWER_TOTAL_MISMATCH = define("recon.answer_total_mismatch", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行合计的“{column}”是 {total}，但各行相加是 {added}，回执未登记。"))
RECON_UNKNOWN_DISPUTE = define("recon.unknown_dispute", QT_TRANSLATE_NOOP("Refusal", "差异记录 {dispute} 不存在。"))
RECON_DISPUTE_CLOSED = define("recon.dispute_closed", QT_TRANSLATE_NOOP(
    "Refusal", "{party} 备件 {part} 的差异已由 {resolved_by} 于 {resolved_at} 处理完毕。"))
RECON_UNKNOWN_DOCUMENT = define("recon.unknown_document", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"))
RECON_DOCUMENT_OTHER_PARTY = define("recon.document_other_party", QT_TRANSLATE_NOOP(
    "Refusal", "单据 {document} 的往来单位是 {document_party}，不是 {party}，不能用来处理这条差异。"))
RECON_REASON_REQUIRED = define("recon.reason_required", QT_TRANSLATE_NOOP(
    "Refusal", "接受 {party} 备件 {part} 的对方数量时必须写明原因。"))
RECON_OUTPUT_FORMAT = define("recon.output_format", QT_TRANSLATE_NOOP(
    "Refusal", "不能保存为 {path}：对账单只能存为 .pdf 或 .xlsx 文件。"))
STOCKTAKE_NONE_OPEN = define("stocktake.none_open", QT_TRANSLATE_NOOP("Refusal", "当前没有进行中的盘点，请先开始盘点。"))
STOCKTAKE_NOT_COUNTING = define("stocktake.not_counting", QT_TRANSLATE_NOOP(
    "Refusal", "盘点 {stocktake} 已是“{state}”状态，不能再修改。"))
STOCKTAKE_ALREADY_OPEN = define("stocktake.already_open", QT_TRANSLATE_NOOP(
    "Refusal", "盘点 {stocktake}（{started_at} 开始）尚未结束，同一时间只能有一次盘点。"))
STOCKTAKE_COUNTS_REFUSED = define("stocktake.counts_refused", QT_TRANSLATE_NOOP("Refusal", "盘点数量有 {count} 处问题，全部未录入："))
STOCKTAKE_UNKNOWN_PART = define("stocktake.unknown_part", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件编号“{part}”不在本次盘点中。"))
STOCKTAKE_DUPLICATE_IN_BATCH = define("stocktake.duplicate_in_batch", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件 {part} 重复（第 {first_row} 行已有）。"))
STOCKTAKE_BAD_QUANTITY = define("stocktake.bad_quantity", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：备件 {part} 的{book}数量“{value}”无效，应为不小于 0 的整数。"))
STOCKTAKE_ALREADY_COUNTED = define("stocktake.already_counted", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 已录入实数 {counted}，本次为 {asked}；如要以新数为准，请选择“覆盖已录入”。"))
STOCKTAKE_NOT_ALL_COUNTED = define("stocktake.not_all_counted", QT_TRANSLATE_NOOP(
    "Refusal", "盘点 {stocktake} 还有 {not_counted} 种备件未录入实数，不能审批。"))
STOCKTAKE_REASON_MISSING = define("stocktake.reason_missing", QT_TRANSLATE_NOOP(
    "Refusal", "盘点 {stocktake} 有 {count} 种备件有差异但未写原因：{parts}。"))
INSPECTION_UNKNOWN_DOCUMENT = define("inspection.unknown_document", QT_TRANSLATE_NOOP(
    "Refusal", "单据 {document} 不存在，无法打印收货表单。"))
INSPECTION_NO_INSPECTION = define("inspection.no_inspection", QT_TRANSLATE_NOOP(
    "Refusal", "单据 {document} 没有对应的到货清点记录（同一往来单位、来源单号为发货清单号或退换货申请表号），无法打印收货表单。"))
INSPECTION_UNKNOWN_PARTY = define("inspection.unknown_party", QT_TRANSLATE_NOOP("Refusal", "往来单位“{party}”不存在。"))
INSPECTION_FUTURE_DATE = define("inspection.future_date", QT_TRANSLATE_NOOP("Refusal", "收货日期 {date} 晚于今天 {today}。"))
INSPECTION_NO_LINES = define("inspection.no_lines", QT_TRANSLATE_NOOP("Refusal", "{party} 的到货记录没有任何备件行。"))
INSPECTION_UNKNOWN_PART = define("inspection.unknown_part", QT_TRANSLATE_NOOP("Refusal", "第 {line} 行：备件编号“{part}”不存在。"))
INSPECTION_BAD_QUANTITY = define("inspection.bad_quantity", QT_TRANSLATE_NOOP(
    "Refusal", "第 {line} 行（备件 {part}）：数量“{value}”无效。"))
INSPECTION_UNKNOWN_ANOMALY = define("inspection.unknown_anomaly", QT_TRANSLATE_NOOP(
    "Refusal", "异常类型“{kind}”（备件 {part}）无效，应为：{kinds}。"))
INSPECTION_NOT_A_PICTURE = define("inspection.not_a_picture", QT_TRANSLATE_NOOP(
    "Refusal", "文件 {filename} 不是图片（JPG、PNG、GIF、BMP 或 WebP）。"))
INSPECTION_PHOTO_TOO_LARGE = define("inspection.photo_too_large", QT_TRANSLATE_NOOP(
    "Refusal", "图片 {filename} 有 {size_mb} MB，超过 {limit_mb} MB 的上限。"))
INSPECTION_UNKNOWN = define("inspection.unknown", QT_TRANSLATE_NOOP("Refusal", "到货记录 {inspection} 不存在。"))
INSPECTION_UNKNOWN_ANOMALY_ID = define("inspection.unknown_anomaly_id", QT_TRANSLATE_NOOP(
    "Refusal", "异常跟踪项 {anomaly} 不存在。"))
INSPECTION_ANOMALY_CLOSED = define("inspection.anomaly_closed", QT_TRANSLATE_NOOP(
    "Refusal", "异常跟踪项 {anomaly}（{kind}）已于 {closed_at} 关闭。"))
INSPECTION_NOTE_EMPTY = define("inspection.note_empty", QT_TRANSLATE_NOOP("Refusal", "跟踪记录不能为空。"))
INSPECTION_RESOLUTION_REQUIRED = define("inspection.resolution_required", QT_TRANSLATE_NOOP(
    "Refusal", "关闭异常跟踪项 {anomaly}（{kind}）时必须写明处理结果。"))
SERIALS_UNKNOWN_KIND = define("serials.unknown_kind", QT_TRANSLATE_NOOP("Refusal", "序列号类别“{kind}”无效，应为整机或显示器。"))
SERIALS_UNKNOWN_EVENT = define("serials.unknown_event", QT_TRANSLATE_NOOP("Refusal", "序列号事件“{event}”无效。"))
SERIALS_FUTURE_DATE = define("serials.future_date", QT_TRANSLATE_NOOP("Refusal", "日期 {date} 晚于今天 {today}。"))
SERIALS_BAD_SERIAL = define("serials.bad_serial", QT_TRANSLATE_NOOP("Refusal", "序列号“{serial}”无效（为空或超过 64 个字符）。"))
SERIALS_REPEATED = define("serials.repeated", QT_TRANSLATE_NOOP("Refusal", "序列号 {serial} 在本次录入中出现了两次。"))
SERIALS_NONE_GIVEN = define("serials.none_given", QT_TRANSLATE_NOOP("Refusal", "没有录入任何序列号。"))
SERIALS_UNKNOWN_PART = define("serials.unknown_part", QT_TRANSLATE_NOOP("Refusal", "备件编号“{part}”不存在。"))
SERIALS_UNKNOWN_PARTY = define("serials.unknown_party", QT_TRANSLATE_NOOP("Refusal", "往来单位“{party}”不存在。"))
SERIALS_UNKNOWN_DOCUMENT = define("serials.unknown_document", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"))
SERIALS_KIND_MISMATCH = define("serials.kind_mismatch", QT_TRANSLATE_NOOP(
    "Refusal", "序列号 {serial} 已登记为{known}，不能再登记为{asked}。"))
REORDER_BAD_SAFETY_STOCK = define("reorder.bad_safety_stock", QT_TRANSLATE_NOOP(
    "Refusal", "备件 {part} 的安全库存“{value}”无效，应为不小于 0 的整数。"))
REORDER_UNKNOWN_PART = define("reorder.unknown_part", QT_TRANSLATE_NOOP("Refusal", "备件编号“{part}”不存在。"))

# -- old-part tags, return boxes, HQ's per-box confirmation and label layouts (tags, tags_print, labels) -----
TAGS_UNKNOWN_DOCUMENT = define("tags.unknown_document", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"))
TAGS_WRONG_TYPE = define("tags.wrong_type", QT_TRANSLATE_NOOP(
    "Refusal", "单据 {document} 是“{doc_type}”，这里需要“{expected}”单据。"))
TAGS_REVERSED = define("tags.reversed", QT_TRANSLATE_NOOP("Refusal", "单据 {document} 已冲销，不再打印旧件标签。"))
TAGS_UNKNOWN_TAG = define("tags.unknown_tag", QT_TRANSLATE_NOOP("Refusal", "标签号“{tag}”不存在，请核对标签。"))
TAGS_BAD_WEIGHT = define("tags.bad_weight", QT_TRANSLATE_NOOP("Refusal", "箱子重量“{value}”无效：请填写大于 0 的公斤数，如 12.5。"))
TAGS_NO_BOXES = define("tags.no_boxes", QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 还没有装箱：请至少装一箱。"))
TAGS_EMPTY_BOX = define("tags.empty_box", QT_TRANSLATE_NOOP("Refusal", "第 {box} 箱是空的：每箱至少装一个标签的旧件。"))
TAGS_TAG_TWICE = define("tags.tag_twice", QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 装了两次：第 {first_box} 箱和第 {box} 箱。"))
TAGS_PACKED_ELSEWHERE = define("tags.packed_elsewhere", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再装。"))
TAGS_PART_NOT_IN_RETURN = define("tags.part_not_in_return", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 的备件 {part} 不在返件单 {document} 上。"))
TAGS_TOO_MANY = define("tags.too_many", QT_TRANSLATE_NOOP("Refusal", "备件 {part} 装箱的标签多于返件单 {document} 上的 {qty} 件。"))
TAGS_ALREADY_CONFIRMED_PACK = define("tags.already_confirmed_pack", QT_TRANSLATE_NOOP(
    "Refusal", "总部已确认收到返件单 {document} 的部分箱子，装箱不能再改。"))
TAGS_CONFIRM_NO_RETURN = define("tags.confirm_no_return", QT_TRANSLATE_NOOP(
    "Refusal", "确认单 {document} 没有关联返总部坏件单，不能按箱或按标签确认。"))
TAGS_NOT_PACKED = define("tags.not_packed", QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 还没有装箱记录。"))
TAGS_UNKNOWN_BOX = define("tags.unknown_box", QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 只有 {boxes} 箱，没有第 {box} 箱。"))
TAGS_NOT_IN_RETURN = define("tags.not_in_return", QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 没有装在返件单 {document} 的箱子里。"))
TAGS_NOTHING_TO_CONFIRM = define("tags.nothing_to_confirm", QT_TRANSLATE_NOOP(
    "Refusal", "确认单 {document}：请给出确认的箱号或标签号。"))
TAGS_ALREADY_CONFIRMED = define("tags.already_confirmed", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 已由确认单 {document} 确认过。"))
TAGS_CONFIRM_TOO_MANY = define("tags.confirm_too_many", QT_TRANSLATE_NOOP(
    "Refusal", "确认单 {document} 上备件 {part} 只有 {qty} 件，确认的标签不能更多。"))
TAGS_RETURNED_ELSEWHERE = define("tags.returned_elsewhere", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 已随返件单 {document} 返回总部，不能装在这张返件单的箱子里。"))
TAGS_SCANNED_TWICE = define("tags.scanned_twice", QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 已扫描过，未再加入：同一件旧件只算一次。"))
TAGS_NOT_EXPECTED = define("tags.not_expected", QT_TRANSLATE_NOOP(
    "Refusal", "扫描的是旧件标签 {tag}：“{doc_type}”单据不收旧件标签，未加入。请扫描备件编号。"))
TAGS_OTHER_STATION = define("tags.other_station", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 是服务站 {station}（{station_name}）的旧件，不是 {party} 的，未加入。"))
TAGS_ALREADY_RECEIVED = define("tags.already_received", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 的旧件已在 {date} 由返件单 {document} 收回，不能再收，未加入。"))
TAGS_ALREADY_PACKED = define("tags.already_packed", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再返，未加入。"))
TAGS_ALREADY_RETURNED = define("tags.already_returned", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 已随返件单 {document} 返回总部，不能再返，未加入。"))
TAGS_TAG_NOT_PACKED = define("tags.tag_not_packed", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 随返件单 {document} 返回，但这张返件单还没有装箱记录：请先装箱，再按箱或标签确认，未加入。"))
TAGS_NOT_RETURNED = define("tags.not_returned", QT_TRANSLATE_NOOP(
    "Refusal", "标签 {tag} 的旧件还没有返回总部（不在任何返件单上），总部不能确认，未加入。"))
LABELS_BAD_LAYOUT = define("labels.bad_layout", QT_TRANSLATE_NOOP(
    "Refusal", "标签版式无效：行数 {rows}、列数 {columns} 须至少为 1，边距不能为负。"))
LABELS_TOO_SMALL = define("labels.too_small", QT_TRANSLATE_NOOP(
    "Refusal", "标签只有 {width}×{height} 毫米，太小：至少需要 {min_width}×{min_height} 毫米，请减少行数或列数。"))
LABELS_UNKNOWN_LAYOUT = define("labels.unknown_layout", QT_TRANSLATE_NOOP("Refusal", "没有标签版式“{layout}”，可选：{known}。"))

# -- sending the signed report (send) ------------------------------------------------------------------------
SEND_CHANNEL_INVALID = define("send.channel_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "发送方式“{value}”无效：请选择 不发送、电子邮件 或 传真软件的文件夹。"))
SEND_TLS_INVALID = define("send.tls_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "加密方式“{value}”无效：请选择 STARTTLS、SSL/TLS 或 不加密。"))
SEND_PORT_INVALID = define("send.port_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "端口 {value} 无效：请填写 1 至 65535 之间的数字（常用 587、465 或 25）。"))
SEND_ADDRESS_INVALID = define("send.address_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "邮件地址“{value}”无效：应形如 name@example.com，多个地址用逗号分隔。"))
SEND_HOST_REQUIRED = define("send.host_required", QT_TRANSLATE_NOOP("Refusal", "请填写 SMTP 服务器（如 smtp.example.com）。"))
SEND_SENDER_REQUIRED = define("send.sender_required", QT_TRANSLATE_NOOP("Refusal", "请填写发件人地址。"))
SEND_RECIPIENTS_REQUIRED = define("send.recipients_required", QT_TRANSLATE_NOOP("Refusal", "请至少为经管二部或备件科填写一个收件人地址。"))
SEND_FOLDER_REQUIRED = define("send.folder_required", QT_TRANSLATE_NOOP("Refusal", "请填写传真软件监视的文件夹。"))
SEND_NO_CREDENTIAL_STORE = define("send.no_credential_store", QT_TRANSLATE_NOOP(
    "Refusal", "本机没有可用的系统凭据库，密码无法保存；设置未保存。"))
SEND_TEST_FAILED = define("send.test_failed", QT_TRANSLATE_NOOP("Refusal", "测试邮件未能通过 {host}:{port} 发出：{error}"))
SEND_NOT_SIGNED = define("send.not_signed", QT_TRANSLATE_NOOP("Refusal", "{date} 的日报尚未经经理签字，不能发送。"))
SEND_NO_SIGNED_PDF = define("send.no_signed_pdf", QT_TRANSLATE_NOOP(
    "Refusal", "{date} 的签字版 PDF 无法生成（账目与签字内容已不一致），未发送。"))
SEND_NOT_CONFIGURED = define("send.not_configured", QT_TRANSLATE_NOOP("Refusal", "尚未设置报表发送方式：请管理员在“设置 → 报表发送”中设置。"))

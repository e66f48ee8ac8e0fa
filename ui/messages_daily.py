"""Refusal and check texts of the daily goods in/out report (ledger.daily), and of the day lock
that ledger.posting applies to every write."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "ledger.day_locked": QT_TRANSLATE_NOOP(
        "Refusal",
        "{date} 的单据不能再记账：{locked_day} 的货品出入库报表已由{locked_by}于 {locked_at} 签字锁定，"
        "该日及以前的日期都不能再改动。更正请在未锁定的日期做冲销单并注明原单号。"),
    "daily.bad_date": QT_TRANSLATE_NOOP("Refusal", "业务日期 {date} 无效。"),
    "daily.future_date": QT_TRANSLATE_NOOP("Refusal", "不能出 {date} 的日报：今天才 {today}。"),
    "daily.not_produced": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报还没有生成（或已重新打开），请先生成再签字。"),
    "daily.already_locked": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报已由经理签字锁定，无需再签。"),
    "daily.already_signed": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报第 {version} 版财务已签字。"),
    "daily.finance_first": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报财务还没有签字，经理请在财务签字后再签。"),
    "daily.report_changed": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报在第 {version} 版生成后又有变动，未签字。请重新生成、核对后再签。"),
    "daily.reason_required": QT_TRANSLATE_NOOP("Refusal", "重新打开 {date} 的日报必须填写原因。"),
    "daily.not_signed": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报还没有签字，不需要重新打开。"),
    "daily.unknown_format": QT_TRANSLATE_NOOP("Refusal", "不支持输出文件 {path}：请用 .pdf 或 .xlsx 后缀。"),
    # The report's checks (ledger.daily.Check), shown on screen; the paper copy prints them in Chinese.
    "daily.check.document_totals": QT_TRANSLATE_NOOP(
        "Refusal", "单据合计核对：{lines} 行，数量 {qty}，金额 {amount}；数据库复算 {db_lines} 行，数量 {db_qty}，金额 {db_amount}"),
    "daily.check.book_totals": QT_TRANSLATE_NOOP(
        "Refusal", "{book_name}：流水账 入 {qty_in} / 出 {qty_out}（金额 {amount_in} / {amount_out}），"
                   "按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}（金额 {doc_amount_in} / {doc_amount_out}）"),
    "daily.check.part_moves": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 的{book_name}：流水账 入 {qty_in} / 出 {qty_out}，按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}"),
    "daily.check.balance": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 的{book_name} {party}：期初 {opening} + 入 {qty_in} - 出 {qty_out} = {expected}，但期末为 {closing}"),
    "daily.check.balances_ok": QT_TRANSLATE_NOOP("Refusal", "期初 + 入 - 出 = 期末：{rows} 行全部相符"),
    "daily.check.numbering": QT_TRANSLATE_NOOP(
        "Refusal", "{doc_type} 单号 {first} 至 {last}，共 {count} 张；缺号：{missing}"),
}

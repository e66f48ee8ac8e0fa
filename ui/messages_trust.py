"""Texts of the tamper checks (issue 15): the audit chain and the database's guards
(common.audit), the signed days and the numbers (ledger.checks, "check." + code), the two
signatures and the fingerprint on the paper report (ledger.daily)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "daily.same_signer": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报第 {version} 版的财务签字就是{user}签的：经理签字须由另一个人来签（两个签字必须是两个人）。"),
    # common.audit.verify_chain: the first row where the chain breaks.
    "audit.chain_unchained": QT_TRANSLATE_NOOP(
        "Refusal", "操作记录第 {id} 行（{at}，{action}）不在哈希链中：它不是由程序写入的，是直接插入数据库的。"),
    "audit.chain_missing": QT_TRANSLATE_NOOP(
        "Refusal", "操作记录缺少链上第 {missing} 条：有记录被删除了（其后第一条是第 {id} 行，{at}，{action}）。"),
    "audit.chain_link": QT_TRANSLATE_NOOP(
        "Refusal", "操作记录第 {id} 行（链上第 {seq} 条，{at}，{action}）与前一条接不上：其前的记录被改动、删除或插入过。"),
    "audit.chain_edited": QT_TRANSLATE_NOOP(
        "Refusal", "操作记录第 {id} 行（链上第 {seq} 条，{at}，{action}）的内容与其哈希不符：这条记录被改动过。"),
    "audit.trigger_missing": QT_TRANSLATE_NOOP(
        "Refusal", "数据库的保护触发器 {trigger} 不见了：有人绕过程序改动过数据库。程序不会自动重建它，请管理员查明原因。"),
    "audit.trigger_altered": QT_TRANSLATE_NOOP(
        "Refusal", "数据库的保护触发器 {trigger} 被改动过，与程序建立时不同。请管理员查明原因。"),
    "audit.trigger_disabled": QT_TRANSLATE_NOOP(
        "Refusal", "数据库的保护触发器 {trigger} 被停用了。请管理员查明原因。"),
    # ledger.checks: problems worded here (the older ones are worded in ledger/checks.py).
    "check.counter_ahead": QT_TRANSLATE_NOOP(
        "Refusal", "{doc_type} {year} 年计数器为 {counter}，但最新的单据是第 {max_seq} 号：缺少第 {missing} 号单据"),
    "check.check_failed": QT_TRANSLATE_NOOP(
        "Refusal", "检查“{check}”未能做完（{error}）：数据库可能被直接改动过。其余检查的结果照常列出。"),
    "check.signed_content_altered": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报第 {version} 版保存的签字内容与其哈希不符：签字后被改动过。"),
    "check.signed_day_changed": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报已签字，但按流水账重建的报表与签字时的不同（{where}）：该日的单据或流水在签字后被改动过。"),
    "check.same_signer": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报第 {version} 版的财务签字和经理签字是同一个人（{user}）。"),
    "check.month_mismatch": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 的 {book} {party} 在 {month} 月末的结存记为 {kept}，按流水重算为 {rebuilt}"),
    "check.transit_candidate_missing": QT_TRANSLATE_NOOP(
        "Refusal", "在途单据 {number} 仍有未结数量，但不在在途待结表中：在途账会漏列它（数据库可能被直接改动过）。"),
    "check.signature_unaudited": QT_TRANSLATE_NOOP(
        "Refusal", "{date} 的日报第 {version} 版的{role}签字在操作记录中没有对应的记录。"),
    # ledger.daily.verify_fingerprint
    "daily.fingerprint.match": QT_TRANSLATE_NOOP(
        "Refusal", "相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），数据库中的内容仍与签字时一致。"),
    "daily.fingerprint.match_reopened": QT_TRANSLATE_NOOP(
        "Refusal", "相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），该版保存完好；"
                   "但这一版后来被重新打开，当前以新版为准。"),
    "daily.fingerprint.unknown": QT_TRANSLATE_NOOP(
        "Refusal", "不符：数据库中 {date} 的日报没有哪个签字的校验码是 {fingerprint}。数据库已不是打印这张报表时的样子"
                   "（或校验码抄错了）。"),
    "daily.fingerprint.content_altered": QT_TRANSLATE_NOOP(
        "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但数据库中保存的签字内容已被改动。"),
    "daily.fingerprint.chain_broken": QT_TRANSLATE_NOOP(
        "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但此签字之前的操作记录已被改动。"),
    "daily.fingerprint.ledger_changed": QT_TRANSLATE_NOOP(
        "Refusal", "不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但按流水账重建的报表已与签字时不同。"),
    "daily.fingerprint.bad_format": QT_TRANSLATE_NOOP(
        "Refusal", "校验码 {fingerprint} 格式不对：应为 {length} 个字母或数字（如 ABCD-EFGH-2345）。"),
}


def problem_text(problem) -> str:
    """A check's problem (common.audit.Problem, ledger.checks.Problem) in the user's language: by
    its code here ("check." + code for ledger.checks), else as the domain words it."""
    from common.errors import Refusal
    from ui.messages import refusal_text

    for code in (problem.code, f"check.{problem.code}"):
        if code in TEXTS:
            return refusal_text(Refusal(code, **problem.facts))
    return str(problem)

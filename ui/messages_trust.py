"""Texts of the tamper checks (issue 15): the audit chain and the database's guards (common.audit),
a check that could not finish (check.check_failed: common.audit's and ledger.checks'), and
``problem_text``. The signed days, the numbers, the two signatures and the fingerprint on the paper
report (ledger.checks, ledger.daily) are worded in ledger/texts.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
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
    "check.check_failed": QT_TRANSLATE_NOOP(
        "Refusal", "检查“{check}”未能做完（{error}）：数据库可能被直接改动过。其余检查的结果照常列出。"),
}


def problem_text(problem) -> str:
    """A check's problem (a common.messages.Message of ledger.checks, or common.audit.Problem) in the
    user's language; an older problem by its code here ("check." + code), else as the domain words it."""
    from common.errors import Refusal
    from common.messages import Message, text
    from ui.messages import refusal_text

    if isinstance(problem, Message):  # a code of common/texts.py or ledger/texts.py
        return text(problem)
    for code in (problem.code, f"check.{problem.code}"):
        if code in TEXTS:
            return refusal_text(Refusal(code, **problem.facts))
    return str(problem)

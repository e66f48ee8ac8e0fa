"""Refusal texts of restoring a backup (backup.*) and of the erasure register (erasure.*). Merged by
ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "backup.schema_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 含有本程序不认识的数据库结构版本（{names}），可能来自更新的程序或被改过，未恢复。"),
    "backup.user_unknown": QT_TRANSLATE_NOOP(
        "Refusal", "备份 {path} 中没有用户 {user}，恢复后无法记下是谁恢复的，未恢复。请用备份中已有的管理员账户恢复。"),
    "backup.checks_failed": QT_TRANSLATE_NOOP(
        "Refusal", "备份 {path} 未通过检查，发现 {count} 个问题，未恢复，现在的数据库没有改动：\n{problems}"),
    "backup.in_use": QT_TRANSLATE_NOOP(
        "Refusal", "数据库 {path} 正被其他程序使用，未恢复。请先关闭其他打开它的 BranchDesk 窗口再试。"),
}

# common.user_audit.verify_users, worded for ``check`` by user_problem_text below.
USER_PROBLEMS = {
    "users.unaudited": QT_TRANSLATE_NOOP(
        "Refusal", "用户 {user}（{role}）在操作记录中没有创建记录：这个账户是绕过程序直接写进数据库的。"),
    "users.role_differs": QT_TRANSLATE_NOOP(
        "Refusal", "用户 {user} 的角色是{role}，但操作记录中最后设定的是{audited_role}：角色被绕过程序直接改过。"),
    "users.active_differs": QT_TRANSLATE_NOOP(
        "Refusal", "用户 {user} 的启用状态与操作记录中最后设定的不同：账户被绕过程序直接改过。"),
}
TEXTS.update(USER_PROBLEMS)


def user_problem_text(problem) -> str:
    """A problem of common.user_audit in the user's language, with role names, not codes."""
    from common.errors import Refusal
    from ui.i18n import ROLE_NAMES, role_name
    from ui.messages import refusal_text

    facts = dict(problem.facts)
    if facts.get("audited_role") in ROLE_NAMES:
        facts["audited_role"] = role_name(facts["audited_role"])
    return refusal_text(Refusal(problem.code, **facts))

TEXTS.update({
    "erasure.sqlite_only": QT_TRANSLATE_NOOP(
        "Refusal", "删除登记文件只用于 SQLite 数据库；PostgreSQL 数据库的删除记录在数据库里。"),
    "erasure.pending": QT_TRANSLATE_NOOP(
        "Refusal", "删除登记 {path} 中有 {count} 条删除（最早 {at}）本数据库没有执行过：数据库文件可能被旧的副本替换过，"
                   "已删除的个人信息可能又回来了。请运行 main.py erasures apply 重新执行。"),
})


def pending_erasures_text(path, entries) -> str:
    """``check``'s problem for erasures the register file lists and the database has not seen."""
    from common.errors import Refusal
    from ui.messages import refusal_text

    earliest = min(entry.at for entry in entries)
    return refusal_text(Refusal("erasure.pending", path=str(path), count=len(entries), at=earliest))

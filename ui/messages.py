"""Refusals (common.errors.Refusal) turned into sentences in the user's language.

The domain refuses with a code and facts; this module holds, per code, a Chinese template with
``{fact}`` placeholders wrapped in QT_TRANSLATE_NOOP so lupdate collects it, and translates it at
run time through Qt's translator (English from resources/i18n/branchdesk_en.qm). The command line
uses the same texts, so a clerk reads the same sentence in the terminal and in a dialog.

Each area keeps its codes in its own module (ui/messages_<area>.py, a dict ``TEXTS``); this module
merges them.
"""
from __future__ import annotations

import importlib
import pkgutil
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from common.errors import Refusal, RefusalList

CONTEXT = "Refusal"

TEXTS: dict[str, str] = {
    "db.network_path": QT_TRANSLATE_NOOP(
        "Refusal",
        "数据库文件 {path} 位于网络位置。SQLite 数据库放在网络共享盘上会损坏数据；"
        "多台电脑共用数据请改用 PostgreSQL 服务器（--db postgresql://...）。",
    ),
    "db.missing": QT_TRANSLATE_NOOP("Refusal", "找不到数据库文件 {path}。请先运行 init 或 demo 建库。"),
    "db.dir_unwritable": QT_TRANSLATE_NOOP("Refusal", "无法写入 {path}（{detail}）。请换一个有写入权限的位置。"),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Refusal", "{path} 不是可用的数据库文件或已损坏（{detail}）。文件未被改动；请从备份恢复（restore）。"
    ),
    "db.unreachable": QT_TRANSLATE_NOOP("Refusal", "无法连接数据库服务器 {url}：{detail}"),
    "db.schema_newer": QT_TRANSLATE_NOOP(
        "Refusal",
        "数据库 {path} 的结构版本为 {found}，比本程序支持的版本 {known} 新。请安装新版程序；数据库未被改动。",
    ),
    "db.not_initialised": QT_TRANSLATE_NOOP("Refusal", "数据库 {path} 还没有初始化。请先运行 init 或 demo。"),
    "db.spec_empty": QT_TRANSLATE_NOOP("Refusal", "请填写 SQLite 文件路径或 PostgreSQL 地址。"),
    "db.exists": QT_TRANSLATE_NOOP("Refusal", "{path} 已存在，未覆盖。如确要重建，请加 --force。"),
    "backup.write_failed": QT_TRANSLATE_NOOP("Refusal", "备份写入 {path} 失败（{detail}）。原数据库未受影响。"),
    "backup.same_file": QT_TRANSLATE_NOOP("Refusal", "备份目标 {path} 就是数据库本身，请换一个文件名。"),
    "backup.not_a_database": QT_TRANSLATE_NOOP("Refusal", "{path} 不是完好的数据库文件（{detail}），未恢复。"),
    "backup.not_branchdesk": QT_TRANSLATE_NOOP("Refusal", "{path} 不是本程序的数据库备份，未恢复。"),
    "auth.failed": QT_TRANSLATE_NOOP("Refusal", "用户名或密码不正确。连续输错 5 次，账户将锁定 15 分钟。"),
    "auth.locked": QT_TRANSLATE_NOOP("Refusal", "账户 {username} 因连续输错密码已锁定，请在 {until} 之后再试，或请管理员解锁。"),
    "auth.forbidden": QT_TRANSLATE_NOOP("Refusal", "用户 {user}（{role}）没有此操作的权限（{permission}）。"),
    "auth.password_too_short": QT_TRANSLATE_NOOP("Refusal", "密码至少需要 {minimum} 个字符。"),
    "auth.already_initialised": QT_TRANSLATE_NOOP("Refusal", "数据库已有用户，不能再创建首个管理员。"),
    "auth.username_required": QT_TRANSLATE_NOOP("Refusal", "请填写用户名。"),
    "auth.password_required": QT_TRANSLATE_NOOP("Refusal", "请填写密码。"),
    "auth.username_taken": QT_TRANSLATE_NOOP("Refusal", "用户名 {username} 已被使用。"),
    "auth.unknown_role": QT_TRANSLATE_NOOP("Refusal", "未知角色 {role}。"),
    "auth.last_admin": QT_TRANSLATE_NOOP("Refusal", "{username} 是最后一个启用的管理员，不能停用或改为其他角色。"),
    "auth.wrong_old_password": QT_TRANSLATE_NOOP("Refusal", "原密码不正确。"),
    "auth.no_credentials": QT_TRANSLATE_NOOP(
        "Refusal", "需要登录：请设置环境变量 BRANCHDESK_USER 和 BRANCHDESK_PASSWORD，或在终端中运行以输入密码。"
    ),
}

# "auth.failed" with attempts left says how many, so the clerk knows a lockout is coming.
TEXT_FAILED_REMAINING = QT_TRANSLATE_NOOP("Refusal", "用户名或密码不正确，再错 {remaining} 次将锁定账户 15 分钟。")
TEXT_UNKNOWN = QT_TRANSLATE_NOOP("Refusal", "操作被拒绝（{code}）。")


# What each permission of common.auth lets one do, for "没有此操作的权限（…）".
PERMISSION_NAMES: dict[str, str] = {
    "users.manage": QT_TRANSLATE_NOOP("Permissions", "管理用户"),
    "settings.manage": QT_TRANSLATE_NOOP("Permissions", "修改设置"),
    "backup.run": QT_TRANSLATE_NOOP("Permissions", "备份数据库"),
    "backup.restore": QT_TRANSLATE_NOOP("Permissions", "从备份恢复数据库"),
    "audit.read": QT_TRANSLATE_NOOP("Permissions", "查看所有人的操作记录"),
    "personal.export": QT_TRANSLATE_NOOP("Permissions", "导出或打印客户个人信息"),
    "care.templates": QT_TRANSLATE_NOOP("Permissions", "维护客户关怀短信模板"),
    "masterdata.manage": QT_TRANSLATE_NOOP("Permissions", "维护备件与往来单位"),
    "parts.read": QT_TRANSLATE_NOOP("Permissions", "查看备件账"),
    "parts.post": QT_TRANSLATE_NOOP("Permissions", "单据过账"),
    "parts.post_restricted": QT_TRANSLATE_NOOP("Permissions", "过账在途短少、盘点调整和报废"),
    "daily.produce": QT_TRANSLATE_NOOP("Permissions", "生成日报"),
    "daily.sign_finance": QT_TRANSLATE_NOOP("Permissions", "财务签字"),
    "daily.sign_manager": QT_TRANSLATE_NOOP("Permissions", "经理签字"),
    "daily.reopen": QT_TRANSLATE_NOOP("Permissions", "重开已签日报"),
    "reconcile.manage": QT_TRANSLATE_NOOP("Permissions", "对账"),
    "archive.read": QT_TRANSLATE_NOOP("Permissions", "查看档案"),
    "archive.edit": QT_TRANSLATE_NOOP("Permissions", "修改档案"),
    "archive.calendar": QT_TRANSLATE_NOOP("Permissions", "维护节假日"),
    "profile.edit": QT_TRANSLATE_NOOP("Permissions", "编辑客户资料"),
    "profile.sensitive.view": QT_TRANSLATE_NOOP("Permissions", "查看敏感资料"),
    "profile.erase": QT_TRANSLATE_NOOP("Permissions", "删除客户个人资料"),
    "callbacks.edit": QT_TRANSLATE_NOOP("Permissions", "回访与关怀"),
    "complaints.confirm": QT_TRANSLATE_NOOP("Permissions", "确认投诉"),
    "events.edit": QT_TRANSLATE_NOOP("Permissions", "策划客户活动、登记邀请、报名与签到"),
    "style.guidance": QT_TRANSLATE_NOOP("Permissions", "维护沟通风格应对指引"),
    "value.rules": QT_TRANSLATE_NOOP("Permissions", "设置客户价值分类规则"),
    "members.rules": QT_TRANSLATE_NOOP("Permissions", "设置会员等级与权益"),
    "members.edit": QT_TRANSLATE_NOOP("Permissions", "办理会员入会、续期与权益使用"),
    "scripts.manage": QT_TRANSLATE_NOOP("Permissions", "维护回访话术与调查表"),
    "rectify.edit": QT_TRANSLATE_NOOP("Permissions", "登记整改项与整改措施"),
    "rectify.manage": QT_TRANSLATE_NOOP("Permissions", "设置整改部门与低分线、验证整改"),
}

# Chinese labels of the ``field`` fact (context "Field"), so "vin" reads 车架号 in a message.
FIELDS: dict[str, str] = {}


def _load_area_texts() -> None:
    import ui

    for info in pkgutil.iter_modules(ui.__path__):
        if info.name.startswith("messages_"):
            module = importlib.import_module(f"ui.{info.name}")
            TEXTS.update(module.TEXTS)
            FIELDS.update(getattr(module, "FIELDS", {}))


_load_area_texts()


def _format_fact(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _named(value: str, namer, names: dict) -> str:
    """"HQ_SHIP,HQ_BAD_RETURN" -> "总部发货/返总部坏件"; a value that is not (a list of) known codes
    is kept as it is (it may already be a name, or something the user typed)."""
    parts = value.split(",")
    return "/".join(namer(part) for part in parts) if all(part in names for part in parts) else value


def _name_codes(code: str, facts: dict) -> None:
    # Facts carry codes (HQ_RECEIVE, station, clerk); people read names.
    from ui.i18n import ROLE_NAMES, role_name
    from ui.messages_parts import DOC_TYPE_NAMES, PARTY_KIND_NAMES, doc_type_name, party_kind_name

    for key in ("doc_type", "found", "expected"):
        if key in facts:
            facts[key] = _named(facts[key], doc_type_name, DOC_TYPE_NAMES)
    if facts.get("role") in ROLE_NAMES:
        facts["role"] = role_name(facts["role"])
    if facts.get("permission") in PERMISSION_NAMES:
        facts["permission"] = QCoreApplication.translate("Permissions", PERMISSION_NAMES[facts["permission"]])
    if code.startswith(("rectify.", "scripts.", "complaints.step")):
        # Labels the service domain keeps in Chinese (departments, score items, steps, situations)
        # read in the screen's language; a label a manager typed stays as typed.
        for key in ("department", "item", "step", "missing", "state", "situation", "kind"):
            if isinstance(facts.get(key), str):
                facts[key] = QCoreApplication.translate("ServiceLabels", facts[key])
    if code.startswith("ledger."):
        for key in ("kind", "allowed"):
            if key in facts:
                facts[key] = _named(facts[key], party_kind_name, PARTY_KIND_NAMES)
    if "book_name" in facts and "book" in facts:
        # The domain words the book in Chinese (for its PDFs); the screen names it in its language.
        from ui.document_form import BOOK_TITLES, book_title

        if facts["book"] in BOOK_TITLES:
            facts["book_name"] = book_title(facts["book"])


def refusal_text(refusal: Refusal) -> str:
    facts = {key: _format_fact(value) for key, value in refusal.facts.items()}
    if facts.get("field") in FIELDS:
        facts["field"] = QCoreApplication.translate("Field", FIELDS[facts["field"]])
    _name_codes(refusal.code, facts)
    template = TEXTS.get(refusal.code)
    if refusal.code == "auth.failed" and "remaining" in facts:
        template = TEXT_FAILED_REMAINING
    if template is None:
        template = TEXT_UNKNOWN
        facts["code"] = refusal.code
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        text = text.format(**facts)
    except (KeyError, IndexError):
        pass
    if isinstance(refusal, RefusalList):
        text = "\n".join([text] + [refusal_text(item) for item in refusal.items])
    return text

"""Refusals (common.errors.Refusal) turned into sentences in the user's language.

The one text function is common.messages.text (Qt-free: the command line, the GUI and ``check``
word a message the same way); ``refusal_text`` here is its alias for the UI. Templates are defined
(common.messages.define) beside the package that raises a code; the codes still listed in this
module and in ui/messages_<area>.py (dicts ``TEXTS``) are defined from here until they move there.
The Chinese templates are wrapped in QT_TRANSLATE_NOOP so lupdate collects them; English comes from
resources/i18n/branchdesk_en.qm, read by common.i18n in step with Qt's translator (ui/i18n.py).
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from common import i18n as common_i18n
from common import messages
from common.errors import Refusal
from common.messages import define, label_namer, register_fact_namer

CONTEXT = "Refusal"

_UI_TEXTS: dict[str, str] = {
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
TEXT_UNKNOWN = messages.TEXT_UNKNOWN


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


class _Templates(Mapping):
    """code -> Chinese template of every code defined so far (common.messages.templates())."""

    def __getitem__(self, code: str) -> str:
        return messages.templates()[code][1]

    def __iter__(self):
        return iter(messages.templates())

    def __len__(self) -> int:
        return len(messages.templates())


TEXTS: Mapping[str, str] = _Templates()


def _define_area_texts() -> None:
    import ui

    found = dict(_UI_TEXTS)
    for info in pkgutil.iter_modules(ui.__path__):
        if info.name.startswith("messages_"):
            module = importlib.import_module(f"ui.{info.name}")
            for code, template in getattr(module, "TEXTS", {}).items():
                if code in found:
                    raise ValueError(f"message code {code!r} is defined twice")
                found[code] = template
            FIELDS.update(getattr(module, "FIELDS", {}))
    for code, template in found.items():
        define(code, template)
    define("auth.failed", TEXT_FAILED_REMAINING, when="remaining")


def _service_label(value: object) -> str | None:
    # Labels the service domain keeps in Chinese (departments, score items, steps, situations) read
    # in the screen's language; a label a manager typed stays as typed.
    if not isinstance(value, str) or common_i18n.current_language() != "en":
        return None  # Chinese is the source: the label as the domain keeps it
    return common_i18n.english("ServiceLabels", value)


def _register_namers() -> None:
    # Books and document types are named by ledger/texts.py, beside the ledger's codes.
    from ui.i18n import ROLE_NAMES
    from ui.messages_parts import PARTY_KIND_NAMES

    register_fact_namer("field", label_namer("Field", FIELDS))
    register_fact_namer("role", label_namer("Roles", ROLE_NAMES))
    register_fact_namer("permission", label_namer("Permissions", PERMISSION_NAMES))
    for key in ("kind", "allowed"):
        register_fact_namer(key, label_namer("PartyKinds", PARTY_KIND_NAMES))
    for key in ("department", "item", "step", "missing", "state", "situation", "kind"):
        register_fact_namer(key, _service_label)


_define_area_texts()
_register_namers()


def refusal_text(refusal: Refusal) -> str:
    """The refusal (or Message) in the current language: common.messages.text."""
    return messages.text(refusal)

"""Refusal texts of the Mackay 66 profile (profile.*). Merged by ui/messages.py.

``FIELDS`` maps each profile field key to its Chinese label (context "Field", collected for
translation in ui/profile.py), so a refusal naming a field reads 结婚纪念日, not 16_anniversary.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

from archive.profile import FIELDS as _PROFILE_FIELDS

FIELDS = {key: field.label for key, field in _PROFILE_FIELDS.items()}

TEXTS = {
    "profile.unknown_customer": QT_TRANSLATE_NOOP("Refusal", "找不到编号为 {customer_id} 的客户。"),
    "profile.unknown_field": QT_TRANSLATE_NOOP("Refusal", "“麦凯66”档案没有字段 {field}。"),
    "profile.too_long": QT_TRANSLATE_NOOP(
        "Refusal", "第 {item} 项“{field}”有 {length} 个字，最多 {maximum} 个字，请精简后再保存。"),
    "profile.bad_date": QT_TRANSLATE_NOOP(
        "Refusal", "第 {item} 项“{field}”填的“{value}”不是有效日期，请按 年-月-日 填写（如 1975-03-08）。"),
    "profile.consent_required": QT_TRANSLATE_NOOP(
        "Refusal",
        "第 {item} 项“{field}”属于敏感个人信息（{category}），客户 {customer} 尚未就此类信息单独同意。"
        "请先在“客户同意”中登记其签署的同意书，再填写。未保存任何内容。"),
    "profile.sensitive_forbidden": QT_TRANSLATE_NOOP(
        "Refusal", "第 {item} 项“{field}”是敏感个人信息，当前角色（{role}）无权查看，也不能修改。"),
    "profile.stale": QT_TRANSLATE_NOOP(
        "Refusal",
        "客户 {customer} 的档案在您编辑期间已被他人保存（您基于第 {expected} 版，现在是第 {current} 版）。"
        "您的内容未保存，已留作草稿；请重新打开档案核对后再保存。"),
    "profile.unknown_revision": QT_TRANSLATE_NOOP("Refusal", "没有第 {revision} 版（最新为第 {latest} 版）。"),
    "profile.consent_scope_empty": QT_TRANSLATE_NOOP(
        "Refusal", "请至少勾选一类客户 {customer} 同意记录的敏感信息。"),
    "profile.consent_scope_unknown": QT_TRANSLATE_NOOP("Refusal", "未知的敏感信息类别：{category}。"),
    "profile.consent_future": QT_TRANSLATE_NOOP(
        "Refusal", "同意书签署日期 {given_on} 晚于今天（{today}），请核对。"),
    "profile.consent_version_required": QT_TRANSLATE_NOOP(
        "Refusal", "请填写客户 {customer} 所签同意书的文本版本。"),
    "profile.consent_narrower": QT_TRANSLATE_NOOP(
        "Refusal",
        "新的同意范围比客户 {customer} 现有的同意少了：{missing}。缩小范围请先“撤回同意”（会删除相关敏感项），再重新登记。"),
    "profile.no_consent": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 目前没有有效的同意，无需撤回。"),
    "profile.no_profile": QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 还没有“麦凯66”档案。"),
    "profile.key_missing": QT_TRANSLATE_NOOP(
        "Refusal",
        "找不到敏感信息密钥文件 {path}。敏感项暂时无法查看或修改，其余功能照常；数据未被改动。"
        "请把本分公司的密钥文件复制到该位置（或用 BRANCHDESK_PROFILE_KEY_FILE 指定），不要新建密钥。"),
    "profile.key_wrong": QT_TRANSLATE_NOOP(
        "Refusal",
        "密钥文件 {path} 与本数据库不匹配（可能是其他分公司或旧电脑的密钥）。敏感项暂时无法查看或修改，"
        "其余功能照常；数据未被改动。请换上本数据库对应的密钥文件。"),
    "profile.key_unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "无法读取密钥文件 {path}（{detail}）。敏感项暂时无法查看或修改；数据未被改动。"),
    "profile.value_damaged": QT_TRANSLATE_NOOP(
        "Refusal", "一项敏感信息（{context}）无法用当前密钥解开，可能已损坏；未作任何改动。"),
}

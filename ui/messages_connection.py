"""Refusals of a transaction that met other clerks' work, a server that went away (common/db.py:
``retrying`` and ``refusal_for``), and an upgrade that needs the database's owner (common/dbroles.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "db.busy": QT_TRANSLATE_NOOP(
        "Refusal",
        "其他电脑正在同时记账，本次操作试了 {attempts} 次仍未完成，什么也没有改变。请稍后再试一次。"),
    "db.connection_lost": QT_TRANSLATE_NOOP(
        "Refusal",
        "与数据库服务器 {url} 的连接已断开，本次操作没有保存，什么也没有改变；已填写的内容都还在。"
        "服务器恢复后再试一次即可，程序会自动重新连接。"),
    "db.upgrade_needs_owner": QT_TRANSLATE_NOOP(
        "Refusal",
        "数据库 {url} 需要升级表结构，但用户 {user} 是程序的登录角色，没有改表结构的权限，数据库未被改动。"
        "请由数据库管理员以所有者角色升级一次：python main.py --db 数据库地址 --owner-user 所有者角色 db upgrade"),
}

"""Refusals about reaching the database server and its password (common/db.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "db.password_needed": QT_TRANSLATE_NOOP(
        "Refusal",
        "连接 {url} 需要用户 {user} 的密码，但没有输入。请在提示时输入密码（可选择保存到系统凭据管理器），"
        "或把它写入 PostgreSQL 的密码文件（~/.pgpass；Windows：%APPDATA%\\postgresql\\pgpass.conf）。"),
    "db.spec_invalid": QT_TRANSLATE_NOOP(
        "Refusal",
        "无法识别这个 PostgreSQL 地址。密码不必写在地址里，连接时会询问；用户名或库名中的 @ # / : % 和空格"
        "在地址里要写成 %40 %23 %2F %3A %25 %20，或者改用 host=服务器 dbname=库名 user='用户名' 的写法。"),
}

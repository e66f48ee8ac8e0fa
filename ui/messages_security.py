"""Refusal texts of the branch's clock, passwords, personal-data exports and scan files (issue 15)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "clock.unknown_zone": QT_TRANSLATE_NOOP(
        "Refusal", "分公司时区：“{zone}”不是时区名称，请选择或填写如 Asia/Shanghai 的名称。"),
    "auth.password_one_character": QT_TRANSLATE_NOOP(
        "Refusal", "新密码不能全由同一个字符组成，请换一个。"),
    "auth.password_common": QT_TRANSLATE_NOOP(
        "Refusal", "新密码太常见（在常用密码名单中），很容易被猜到，请换一个。"),
    "auth.password_unchanged": QT_TRANSLATE_NOOP(
        "Refusal", "新密码不能与原密码相同。"),
    "auth.must_change_password": QT_TRANSLATE_NOOP(
        "Refusal", "账户 {username} 须先修改密码才能使用：请运行 main.py users passwd {username}，"
                   "新密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入；或在桌面程序中登录后修改。"),
    "auth.must_change_password_gui": QT_TRANSLATE_NOOP(
        "Refusal", "未登录：这个账户须先设置自己的新密码。请重新登录并设置新密码。"),
}

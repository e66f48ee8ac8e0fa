"""``users list|add|passwd``: the accounts (common.auth)."""
from __future__ import annotations

import os
import sys

from ui.cli.base import CliError, credentials, open_existing, tr


def add_parser(sub) -> None:
    users = sub.add_parser("users", help=tr("用户管理"))
    users_sub = users.add_subparsers(dest="users_command")
    users_sub.add_parser("list", help=tr("列出用户"))
    add = users_sub.add_parser("add", help=tr("添加用户（密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入）"))
    add.add_argument("username")
    add.add_argument("--name", help=tr("姓名"))
    add.add_argument("--role", required=True, choices=["clerk", "finance", "manager", "admin"])
    passwd = users_sub.add_parser("passwd", help=tr("修改密码：本人（须先修改的账户也可），或管理员重置他人的密码；"
                                                    "新密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入"))
    passwd.add_argument("username", nargs="?", help=tr("要重置密码的用户（管理员）；省略则修改本人密码"))


def run(args, ctx) -> int:
    from common import auth
    from ui.i18n import role_name

    if args.users_command == "passwd":
        open_existing(ctx.target(), ctx.now())
        username, password = credentials()
        return _users_passwd(ctx, auth, auth.authenticate(username, password, ctx.now()), password, args.username)
    target, actor = ctx.session()
    if args.users_command == "add":
        import getpass

        password = os.environ.get("BRANCHDESK_NEW_PASSWORD") or getpass.getpass(tr("新用户的密码: "))
        user = auth.create_user(actor, args.username, args.name or args.username, args.role, password)
        ctx.say(tr("已添加用户 {user}（{role}）。").format(user=user.username, role=role_name(user.role)))
        ctx.say(tr("{user} 首次登录时须修改密码。").format(user=user.username))
        return 0
    auth.require(actor, "users.manage")
    for user in auth.users():
        state = tr("停用") if not user.active else (tr("锁定") if user.locked_until and user.locked_until > actor.now else "")
        ctx.say(f"{user.username:<16} {user.display_name:<10} {role_name(user.role):<8} {state}")
    return 0


def _users_passwd(ctx, auth, actor, old_password: str, username: str | None) -> int:
    """``users passwd``: one's own new password (the old one is the password just logged in with),
    or, naming another user, an administrator's reset (that user must change it at next login)."""
    password = os.environ.get("BRANCHDESK_NEW_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(tr("请用环境变量 BRANCHDESK_NEW_PASSWORD 给出新密码，或在终端中运行以输入。"))
        import getpass

        password = getpass.getpass(tr("新密码: "))
        if getpass.getpass(tr("再输入一次: ")) != password:
            raise CliError(tr("两次输入不一致，密码未修改。"))
    if username and username != actor.user.username:
        from common.models import User

        user = User.get_or_none(User.username == username)
        if user is None:
            auth.require(actor, "users.manage")  # who may not reset learns nothing about the name
            raise CliError(tr("没有用户 {user}。").format(user=username))
        auth.require_password_changed(actor)
        auth.reset_password(actor, user.id, password)
        ctx.say(tr("已为 {user} 设置新密码；{user} 下次登录时须修改密码。").format(user=username))
        return 0
    auth.change_own_password(actor, old_password, password)
    ctx.say(tr("{user} 的密码已修改。").format(user=actor.user.username))
    return 0

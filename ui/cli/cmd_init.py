"""``init``: a new empty database and its first administrator (with the branch's identity)."""
from __future__ import annotations

import os
import sys

from ui.cli.base import tr


def add_parser(sub) -> None:
    from ui.cli import cmd_branch

    cmd_branch.add_init_options(sub.add_parser("init", help=tr("新建空数据库和首个管理员")))


def run(args, ctx) -> int:
    from common import auth, db as dbmod, dbroles
    from ui.cli import cmd_branch

    now = ctx.now()
    target = ctx.target()
    dbmod.open_database(target, create=True)
    dbroles.upgrade(target, now)  # as the owner when --owner-user names one, who then grants the app
    if auth.has_users():
        from common.errors import Refusal

        raise Refusal("auth.already_initialised")
    identity = cmd_branch.init_identity(args)  # a bad --branch-code is refused before anything is written
    username, password = _first_admin_credentials(ctx)
    admin = auth.create_first_admin(username, tr("管理员"), password, now)
    cmd_branch.apply_init_identity(identity, admin, now)
    ctx.say(tr("已建立新数据库 {path}，首个管理员为 {user}。").format(path=target.describe(), user=username))
    return 0


def _first_admin_credentials(ctx) -> tuple[str, str]:
    user = os.environ.get("BRANCHDESK_USER")
    password = os.environ.get("BRANCHDESK_PASSWORD")
    if user and password:
        return user, password
    if not sys.stdin or not sys.stdin.isatty():
        from common.errors import Refusal

        raise Refusal("auth.no_credentials")
    import getpass

    user = input(tr("首个管理员的用户名 [admin]: ")).strip() or "admin"
    while True:
        password = getpass.getpass(tr("密码（至少 8 位）: "))
        if getpass.getpass(tr("再输入一次: ")) == password:
            return user, password
        ctx.say(tr("两次输入不一致，请重新输入。"))

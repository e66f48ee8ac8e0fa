"""`main.py db ...`: the shared PostgreSQL database's roles and schema (common/dbroles.py).

    db roles     print the administrator's script (resources/sql/roles.sql) to run with psql
    db upgrade   bring the schema up to date as the owner (--owner-user) and grant the app's role

It sits in ui/ with the other translated texts (lupdate reads ui/ and main.py); it builds no widget.
"""
from __future__ import annotations

from ui.cli.base import tr



def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("db", help=tr("共用 PostgreSQL 数据库的角色与表结构升级"))
    actions = parser.add_subparsers(dest="db_action", required=True)
    actions.add_parser("roles", help=tr("打印建立所有者角色和程序登录角色的 SQL 脚本（用 psql 执行）"))
    actions.add_parser("upgrade", help=tr("以所有者角色（--owner-user）升级表结构并给程序登录角色授权"))


def run(args, ctx) -> int:
    from common import dbroles

    if args.db_action == "roles":
        print(dbroles.roles_script(), end="")
        return 0
    from common import db as dbmod, schema
    from common.clock import branch_now
    from common.errors import Refusal

    target = ctx.target()
    dbmod.open_database(target)
    if not schema.is_initialised():
        raise Refusal("db.not_initialised", path=target.describe())
    applied = dbroles.upgrade(target, branch_now())
    print(tr("表结构已是最新（应用了 {count} 个升级）。").format(count=len(applied)) + (
        " " + tr("已给程序登录角色 {user} 授权。").format(user=dbroles.app_user(target))
        if dbroles.owner_user() and not target.is_sqlite else ""))
    return 0

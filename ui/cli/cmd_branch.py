"""``main.py branch show|set`` and the identity options of ``main.py init`` (common.branch).

It sits in ui/ with the other translated texts (lupdate reads ui/ and main.py); it builds no
widget. main.py hooks it in with ``add_parser`` / ``run`` and ``add_init_options`` / ``init_identity`` /
``apply_init_identity``. The parser is built for every command (the GUI's too), so the domain
is imported only by the functions that run one.
"""
from __future__ import annotations

import json
import sys

from ui.cli.base import tr


# option, BranchIdentity field
OPTIONS = (("--name", "name"), ("--brand", "brand"), ("--address", "address"), ("--phone", "phone"),
           ("--code", "code"))


def _help(field: str) -> str:
    return {
        "name": tr("分公司名称，如 河南分公司客服部（打印在报表抬头）"),
        "brand": tr("品牌"),
        "address": tr("地址"),
        "phone": tr("电话"),
        "code": tr("分公司编码：英文字母或数字，如 HN01"),
    }[field]


def add_parser(sub) -> None:
    parser = sub.add_parser("branch", help=tr("分公司信息：名称、品牌、地址、电话、编码（报表抬头与窗口标题）"))
    commands = parser.add_subparsers(dest="branch_command", required=True)
    show = commands.add_parser("show", help=tr("显示分公司信息"))
    show.add_argument("--json", action="store_true")
    change = commands.add_parser("set", help=tr("修改分公司信息（管理员）；未给出的项保持不变"))
    for option, field in OPTIONS:
        change.add_argument(option, dest=field, help=_help(field))


def add_init_options(init_parser) -> None:
    """``init --branch-name ... --branch-code ...``: the identity set with the first admin."""
    for option, field in OPTIONS:
        init_parser.add_argument(f"--branch-{option[2:]}", dest=f"branch_{field}", help=_help(field))


def init_identity(args):
    """The identity given to ``init`` (a common.branch.BranchIdentity), validated before anything is
    written (a bad code must not leave a database with an admin and no identity); None when no
    option was given."""
    from common import branch
    from common.branch import BranchIdentity

    given = {field: getattr(args, f"branch_{field}", None) for _, field in OPTIONS}
    if all(value is None for value in given.values()):
        return None
    return branch.validate(branch.with_changes(BranchIdentity(name=""), **given))


def apply_init_identity(identity, admin, now) -> None:
    """After ``init`` created the first admin: store the identity given on the command line (the
    GUI's first-start wizard asks for it otherwise)."""
    if identity is not None:
        from common import branch
        from common.actor import Actor

        branch.set_identity(Actor(admin, now), identity)


def describe(identity, is_set: bool) -> list[str]:
    """The identity as lines for the terminal."""
    empty = tr("（未填）")
    lines = [
        tr("分公司名称：{value}").format(value=identity.name),
        tr("品牌：{value}").format(value=identity.brand or empty),
        tr("地址：{value}").format(value=identity.address or empty),
        tr("电话：{value}").format(value=identity.phone or empty),
        tr("分公司编码：{value}").format(value=identity.code or empty),
    ]
    if not is_set:
        lines.append(tr("分公司信息尚未设置：报表抬头打印“{name}”。管理员可用 branch set 或在“设置 → 分公司信息”中填写。")
                     .format(name=identity.name))
    return lines


def run(args, ctx) -> int:
    """``branch show`` for anyone logged in; ``branch set`` for an admin (refused otherwise)."""
    from common import branch
    from common.branch import BranchIdentity

    _, actor = ctx.session()
    if args.branch_command == "set":
        changes = {field: getattr(args, field) for _, field in OPTIONS}
        if all(value is None for value in changes.values()):
            print(tr("请至少给出一项：--name、--brand、--address、--phone 或 --code。"), file=sys.stderr, flush=True)
            return 2
        current = branch.identity() if branch.is_set() else BranchIdentity(name="")
        stored = branch.set_identity(actor, branch.with_changes(current, **changes))
        ctx.say(tr("已保存分公司信息。"))
        for line in describe(stored, True):
            ctx.say(line)
        return 0
    identity, is_set = branch.identity(), branch.is_set()
    if args.json:
        ctx.say(json.dumps(dict(branch.as_dict(identity), set=is_set), ensure_ascii=False, indent=2))
    else:
        for line in describe(identity, is_set):
            ctx.say(line)
    return 0

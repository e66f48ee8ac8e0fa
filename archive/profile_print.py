"""The Mackay 66 form on paper: blank (to fill in by hand at a customer visit) or filled.

Data model: the story is a header table (customer, 日期, 最新修定时间, 填表人) and then one ruled
table per section of ``archive.profile.SECTIONS``: 序号 | 项目 | 内容, one row per field, the item
number on the first row of its item so the paper and the screen compare item by item. Tables split
only between rows and repeat their column header on a new page; section headings stay with their
table. Sensitive items are marked ＊; a filled form prints them as ●●● with the reason for every role
(admin and manager too) unless the print asks for them (``include_sensitive``, ``--sensitive``): then
they are printed only for roles with ``profile.sensitive.view`` while consent is active, and a key
that cannot open them refuses the print instead of masking them silently. Every filled print is
audited (which sensitive fields were printed, never the values).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from common.actor import Actor
from common.auth import require
from common.branch import identity
from common.pdf import build_pdf, para, table
from common.personal_data import export_personal

from archive import profile as P

TITLE = "“麦凯66”客户档案"
MASK = "●●●"
MASK_REASONS = {
    P.MASK_PERMISSION: "无权查看",
    P.MASK_CONSENT: "未取得客户单独同意",
    P.MASK_HIDDEN: "未打印",  # a plain print: sensitive items only with --sensitive
    P.MASK_KEY: "密钥缺失或不符，无法解密",
    P.MASK_ERASED: "已删除",
}
SENSITIVE_MARK = "＊"
COLUMNS = ["序号", "项目", "内容"]


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _story(view: P.ProfileView | None) -> list:
    blank_line = Spacer(1, 6 * mm)
    if view is None:
        header = [["客户", blank_line, "档案编号", ""], ["日期", "", "最新修定时间", ""], ["填表人", "", "", ""]]
    else:
        header = [["客户", view.customer_name, "档案编号", view.archive_number or ""],
                  ["日期", _fmt(view.form_date), "最新修定时间", _fmt(view.revised_at)],
                  ["填表人", view.filled_by, "", ""]]
    story = [table(header, [22 * mm, "*", 28 * mm, "*"], header_rows=0, align=["LEFT"] * 4, font_size=10),
             para(f"标{SENSITIVE_MARK}的项目为敏感个人信息，须取得客户单独同意后方可填写，并仅限授权人员查看。", "small")]
    for section, section_title in P.SECTIONS.items():
        rows = [COLUMNS]
        for item in P.items_in(section):
            for index, field in enumerate(item.fields):
                number = str(item.number) if item.number and index == 0 else ""
                label = field.label + (SENSITIVE_MARK if field.category else "")
                if view is None:
                    content = Spacer(1, (14 if field.kind == "long" else 6) * mm)
                elif field.key in view.masked:
                    content = f"{MASK}（{MASK_REASONS[view.masked[field.key]]}）"
                else:
                    content = view.value(field.key)
                rows.append([number, label, content])
        heading = para(section_title, "heading")
        heading.keepWithNext = 1  # never a heading alone at the foot of a page
        story.append(heading)
        story.append(table(rows, [12 * mm, 70 * mm, "*"], align=["CENTER", "LEFT", "LEFT"], font_size=9))
    return story


def render_profile_pdf(actor: Actor, out_path, customer_id: int | None = None, *,
                       include_sensitive: bool = False, branch=None) -> int:
    """Write the form to ``out_path`` (blank when ``customer_id`` is None); return the page count.

    ``include_sensitive``: False (a plain print) masks sensitive items for everyone; True prints
    them (refused with auth.forbidden for roles that may not see them, and with the key's refusal,
    profile.key_missing / key_wrong / value_damaged, when they cannot be decrypted: nothing is written).
    """
    require(actor, "archive.read")

    def write(view=None) -> int:
        return build_pdf(Path(out_path), TITLE, branch or identity(), actor.now, _story(view),
                         signatures=[("填表人", view.filled_by if view else None, None)])

    if customer_id is None:
        return write()  # the blank form carries nobody's data

    def filled() -> int:
        view = P.load_profile(actor, customer_id, reveal=include_sensitive, purpose="print")
        if include_sensitive and view.key_problem is not None:
            raise view.key_problem
        return write(view)

    # A filled form is one customer's personal data, printed in full or masked: permission and
    # record (common.personal_data); which sensitive fields were revealed is load_profile's record.
    return export_personal(actor, "mackay66", out_path, filled, records=1, entity="customer", entity_id=customer_id,
                           detail={"sensitive": bool(include_sensitive)})

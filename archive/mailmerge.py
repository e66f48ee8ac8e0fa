"""Care messages out (issue 18 item 8): the greetings and reminders of archive.care as a
mail-merge list for the branch's SMS platform (.xlsx / .csv: phone and text) or as address labels
and letters (.pdf).

Data model: ``CareTemplate`` (migration 0027) keeps the manager's text per kind of care message
with merge fields in braces - {姓名} {称呼} {车牌} {车型} {日期} {节日} {分公司} {电话}; a kind with no
stored text uses ``DEFAULT_TEMPLATES``. A text with an unknown field or an unclosed brace is
refused naming it, when saved and when used.

Who gets a message: the care items due on the day (archive.care.upcoming, not yet marked sent);
a festival greeting goes to every customer. Do-not-contact customers (archive.callbacks
ContactBlock) are left out and counted; so are those without a mobile phone (SMS) or without an
address (labels, letters). Every file goes through the personal-data guard and is audited with
the kind, day, rows and how many were left out.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.models import User

from archive import care, validate
from archive.callbacks import ContactBlock
from archive.models import COMPANY, Customer, Vehicle
from archive.texts import (
    MAILMERGE_BAD_FORMAT, MAILMERGE_EMPTY_TEMPLATE, MAILMERGE_NOTHING, MAILMERGE_TOO_LONG,
    MAILMERGE_UNCLOSED_FIELD, MAILMERGE_UNKNOWN_FIELD, MAILMERGE_UNKNOWN_KIND,
)

MAX_TEMPLATE = 300
SMS_SEGMENT = 70  # characters of one SMS with Chinese text; longer ones are sent as several
FIELDS = ("姓名", "称呼", "车牌", "车型", "日期", "节日", "分公司", "电话")
FIELD_PATTERN = re.compile(r"\{([^{}]*)\}")

DEFAULT_TEMPLATES = {
    care.BIRTHDAY: "{称呼}您好！{日期}是您的生日，{分公司}全体员工祝您生日快乐、阖家幸福！",
    care.ANNIVERSARY: "{称呼}您好！{日期}是您的纪念日，{分公司}祝您和家人幸福美满！",
    care.FESTIVAL: "{称呼}您好！{节日}将至，{分公司}祝您节日快乐、出行平安！服务电话：{电话}",
    care.MAINTENANCE: "{称呼}您好！您的爱车{车牌}（{车型}）约在{日期}到保养时间，欢迎提前预约。服务电话：{电话}",
    care.INSPECTION: "{称呼}您好！您的爱车{车牌}将于{日期}到年审日期，请提前安排检验。如需协助请致电{电话}。",
    care.INSURANCE: "{称呼}您好！您的爱车{车牌}的保险将于{日期}到期，请及时续保。续保咨询：{电话}",
}
SMS, LABELS, LETTERS = "sms", "labels", "letters"


class CareTemplate(BaseModel):
    kind = CharField(max_length=12, unique=True)
    text = TextField()
    updated_at = DateTimeField()
    updated_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "care_template"


# -- templates -----------------------------------------------------------------------------------

def _kind(kind: str) -> str:
    if kind not in DEFAULT_TEMPLATES:
        raise Refusal(MAILMERGE_UNKNOWN_KIND, kind=kind, known=", ".join(DEFAULT_TEMPLATES))
    return kind


def check_template(text: str) -> str:
    """The template as stored (trimmed), or a refusal naming what is wrong with it."""
    # Not validate.text: its NFKC folding would turn the message's full-width ！，： into ASCII.
    value = (text or "").strip()
    if not value:
        raise Refusal(MAILMERGE_EMPTY_TEMPLATE, field="template")
    if len(value) > MAX_TEMPLATE:
        raise Refusal(MAILMERGE_TOO_LONG, field="template", length=len(value), maximum=MAX_TEMPLATE)
    for match in FIELD_PATTERN.finditer(value):
        if match.group(1) not in FIELDS:
            raise Refusal(MAILMERGE_UNKNOWN_FIELD, field="template", name=match.group(1), known="、".join(FIELDS))
    rest = FIELD_PATTERN.sub("", value)
    for brace in ("{", "}"):
        if brace in rest:
            # The position in the template as typed (1-based), so the clerk finds it.
            position = next(i for i, char in enumerate(value, start=1) if char == brace
                            and not _inside_field(value, i - 1))
            raise Refusal(MAILMERGE_UNCLOSED_FIELD, field="template", position=position)
    return value


def _inside_field(text: str, index: int) -> bool:
    return any(match.start() <= index < match.end() for match in FIELD_PATTERN.finditer(text))


def template_for(kind: str) -> str:
    row = CareTemplate.get_or_none(CareTemplate.kind == _kind(kind))
    return row.text if row is not None else DEFAULT_TEMPLATES[kind]


def set_template(actor: Actor, kind: str, text: str) -> str:
    """The manager's text for one kind of care message (audited; the text itself names no customer)."""
    require(actor, "care.templates")
    value = check_template(text)
    _kind(kind)
    with database.atomic():
        updated = CareTemplate.update(text=value, updated_at=actor.now, updated_by=actor.user).where(
            CareTemplate.kind == kind).execute()
        if not updated:
            CareTemplate.create(kind=kind, text=value, updated_at=actor.now, updated_by=actor.user)
        audit.record(actor, "care.template_set", "care_template", kind, {"kind": kind, "text": value})
    return value


# -- the list --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MergeRow:
    customer_id: int
    name: str
    phone: str
    address: str
    plate: str
    model: str
    due_on: date
    text: str


@dataclass(frozen=True)
class MergeList:
    kind: str
    day: date
    template: str
    rows: tuple[MergeRow, ...]
    items: tuple  # the care items behind the rows (to mark them sent)
    left_out_blocked: int  # do-not-contact customers
    left_out_unreachable: int  # no mobile phone (SMS) / no address (labels, letters)

    @property
    def longest(self) -> int:
        return max((len(row.text) for row in self.rows), default=0)


def honorific(customer: Customer) -> str:
    """张先生 / 张女士 from the resident ID number's sex digit (GB 11643: odd = male); a company, or a
    person whose number says nothing, is addressed by the full name."""
    number = customer.id_number or ""
    if customer.kind == COMPANY or len(number) != 18 or not number[16].isdigit() or not customer.name:
        return customer.name
    return customer.name[0] + ("先生" if int(number[16]) % 2 else "女士")


def _mobile(phone: str | None) -> str:
    digits = validate.phone_digits(phone) if phone else ""
    return digits if len(digits) == 11 and digits.startswith("1") else ""


def render(template: str, values: dict[str, str]) -> str:
    return FIELD_PATTERN.sub(lambda match: values.get(match.group(1), ""), template)


def merge_list(actor: Actor, kind: str, day: date, channel: str = SMS, template: str | None = None) -> MergeList:
    """The rows of one kind of care message due on ``day``: who, where, and the merged text."""
    from common.branch import identity

    require(actor, "archive.read")
    kind = _kind(kind)
    text = check_template(template if template is not None else template_for(kind))
    everyone_items = care.upcoming(day, kind, everyone=True)
    blocked = {row[0] for row in ContactBlock.select(ContactBlock.customer).tuples()}
    branch = identity()
    # Which customer and vehicle each item speaks of (a festival: every customer).
    targets: list[tuple[int, int | None, care.CareItem]] = []
    for item in everyone_items:
        if item.kind == care.FESTIVAL:
            targets += [(cid, None, item) for (cid,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
        elif item.kind in (care.BIRTHDAY, care.ANNIVERSARY):
            targets.append((item.customer_id or item.subject_id, None, item))
        else:
            targets.append((item.customer_id, item.subject_id, item))
    customer_ids = sorted({cid for cid, _, _ in targets})
    customers, latest = {}, {}
    for index in range(0, len(customer_ids), 500):
        chunk = customer_ids[index:index + 500]
        customers.update({c.id: c for c in Customer.select().where(Customer.id.in_(chunk))})
        for vehicle in Vehicle.select().where(Vehicle.customer.in_(chunk)).order_by(Vehicle.delivery_date, Vehicle.id):
            latest[vehicle.customer_id] = vehicle  # the newest vehicle speaks for a customer-wide greeting
    vehicle_ids = sorted({vid for _, vid, _ in targets if vid})
    vehicles = {}
    for index in range(0, len(vehicle_ids), 500):
        vehicles.update({v.id: v for v in Vehicle.select().where(Vehicle.id.in_(vehicle_ids[index:index + 500]))})
    rows, kept_items, left_blocked, left_unreachable = [], [], set(), 0
    seen: set[tuple[int, int | None, date]] = set()
    for cid, vid, item in targets:
        if cid in blocked:
            left_blocked.add(cid)
            continue
        customer = customers.get(cid)
        if customer is None or (cid, vid, item.due_on) in seen:
            continue
        seen.add((cid, vid, item.due_on))
        phone = _mobile(customer.phone)
        if (channel == SMS and not phone) or (channel != SMS and not customer.address):
            left_unreachable += 1
            continue
        vehicle = vehicles.get(vid) if vid else latest.get(cid)
        plate = validate.plate_display(vehicle.plate) if vehicle is not None and vehicle.plate else ""
        values = {"姓名": customer.name, "称呼": honorific(customer), "车牌": plate,
                  "车型": vehicle.model if vehicle is not None else "", "日期": f"{item.due_on.month}月{item.due_on.day}日",
                  "节日": item.label if item.kind == care.FESTIVAL else "", "分公司": branch.name, "电话": branch.phone}
        rows.append(MergeRow(cid, customer.name, phone, customer.address, plate, values["车型"], item.due_on,
                             render(text, values)))
        if item not in kept_items:
            kept_items.append(item)
    return MergeList(kind, day, text, tuple(rows), tuple(kept_items), len(left_blocked), left_unreachable)


# -- files ----------------------------------------------------------------------------------------

SMS_HEADERS = ("手机号码", "短信内容", "客户", "车牌号", "日期")


def channel_for(path) -> str:
    suffix = Path(str(path)).suffix.lower()
    if suffix in (".xlsx", ".csv"):
        return SMS
    if suffix == ".pdf":
        return LABELS
    raise Refusal(MAILMERGE_BAD_FORMAT, path=str(path))


@dataclass(frozen=True)
class MergeWritten:
    path: str
    rows: int
    pages: int
    left_out_blocked: int
    left_out_unreachable: int
    longest: int
    marked_sent: int


def export(actor: Actor, kind: str, day: date, path, *, layout: str = LABELS, mark_sent: bool = False,
           printed_at: datetime | None = None) -> MergeWritten:
    """Write the mail-merge list of ``kind`` due on ``day`` to ``path``: .xlsx / .csv for the SMS
    platform (phone, text), .pdf address labels (``layout`` labels) or one letter per customer
    (``letters``). ``mark_sent``: the items are then marked sent (archive.care.mark_all_done)."""
    from common.personal_data import export_personal

    channel = channel_for(path)
    if channel != SMS:
        channel = LETTERS if layout == LETTERS else LABELS
    merged = merge_list(actor, kind, day, channel)
    if not merged.rows:
        raise Refusal(MAILMERGE_NOTHING, day=day.isoformat(), blocked=merged.left_out_blocked)
    suffix = Path(str(path)).suffix.lower()

    def write() -> int:
        if suffix == ".xlsx":
            from common.excel_write import write_rows

            write_rows(path, "短信", SMS_HEADERS, ((r.phone, r.text, r.name, r.plate, r.due_on) for r in merged.rows),
                       kinds={"手机号码": "text", "日期": "date"})
            return 0
        if suffix == ".csv":
            from common.files import replaced_atomically

            with replaced_atomically(Path(str(path))) as temp_name:
                # UTF-8 with a BOM: the SMS platforms' upload pages and Excel both read it as UTF-8.
                with open(temp_name, "w", encoding="utf-8-sig", newline="") as out:
                    writer = csv.writer(out)
                    writer.writerow(SMS_HEADERS)
                    writer.writerows((r.phone, r.text, r.name, r.plate, r.due_on.isoformat()) for r in merged.rows)
            return 0
        return _write_pdf(merged, path, channel, printed_at or actor.now)

    facts = {"kind": kind, "day": day.isoformat(), "channel": channel, "left_out_blocked": merged.left_out_blocked,
             "left_out_unreachable": merged.left_out_unreachable}
    pages = export_personal(actor, "care_mailmerge", path, write, records=len(merged.rows), detail=facts,
                            entity="care_template", entity_id=kind)
    marked = care.mark_all_done(actor, list(merged.items), "sms" if channel == SMS else "card") if mark_sent else 0
    return MergeWritten(str(path), len(merged.rows), pages, merged.left_out_blocked, merged.left_out_unreachable,
                        merged.longest, marked)


LABEL_COLUMNS, LABEL_ROWS = 2, 7  # A4 sheets of 14 address labels (99 x 38 mm), the common office stock


def _write_pdf(merged: MergeList, path, channel: str, printed_at: datetime) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    from common.branch import identity
    from common.files import replaced_atomically
    from common.pdf import build_pdf, cjk_font_name, para

    if channel == LETTERS:
        story = []
        for index, row in enumerate(merged.rows):
            if index:
                story.append(PageBreak())
            story += [para(f"{row.name}　收", "heading"), para(row.address), para(""), para(row.text, font_size=12),
                      para(""), para(f"{identity().name}　{merged.day:%Y-%m-%d}")]
        return build_pdf(path, care.KIND_LABELS.get(merged.kind, ""), identity(), printed_at, story)

    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    label_w, label_h = 99 * mm, 38 * mm
    left = (width - LABEL_COLUMNS * label_w) / 2
    top = height - (height - LABEL_ROWS * label_h) / 2
    font = cjk_font_name()
    per_page = LABEL_COLUMNS * LABEL_ROWS
    pages = 0
    with replaced_atomically(Path(str(path))) as temp_name:
        canvas = Canvas(temp_name, pagesize=A4)
        canvas.setTitle("地址标签")
        for start in range(0, len(merged.rows), per_page):
            pages += 1
            for offset, row in enumerate(merged.rows[start:start + per_page]):
                column, line = offset % LABEL_COLUMNS, offset // LABEL_COLUMNS
                x, y = left + column * label_w + 6 * mm, top - line * label_h - 10 * mm
                canvas.setFont(font, 9)
                for part in _wrapped(row.address, font, 9, label_w - 12 * mm)[:3]:
                    canvas.drawString(x, y, part)
                    y -= 4.5 * mm
                canvas.setFont(font, 13)
                canvas.drawString(x, y - 3 * mm, f"{row.name}　收")
                if row.plate:
                    canvas.setFont(font, 8)
                    canvas.drawRightString(left + (column + 1) * label_w - 6 * mm, top - (line + 1) * label_h + 5 * mm,
                                           row.plate)
            canvas.showPage()
        canvas.save()
    return pages


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for char in text:
        if stringWidth(line + char, font, size) > width:
            lines.append(line)
            line = ""
        line += char
    return lines + ([line] if line else [])


# -- the demo branch ------------------------------------------------------------------------------

DEMO_DAYS = 60


def build_demo(clerk: Actor, manager: Actor, rng, end: date) -> dict[str, int]:
    """The last two months' care messages as a clerk sends them: each working morning the day's
    list, most of it by SMS (some by phone or card), a few left; and the manager's own festival text."""
    from datetime import time, timedelta

    set_template(manager, care.FESTIVAL, "{称呼}您好！{节日}将至，{分公司}全体员工恭祝您和家人节日快乐、阖家安康！"
                                         "车辆出行前请检查胎压与灯光，服务电话：{电话}")
    rows, seen = [], set()
    day = end - timedelta(days=DEMO_DAYS)
    while day < end:
        if day.weekday() < 5:
            stamp = datetime.combine(day, time(9, rng.randrange(0, 59)))
            for item in care.upcoming(day):
                key = (item.kind, item.subject_id, item.due_on)
                if key in seen:  # sent on an earlier morning (not written yet, so still listed)
                    continue
                seen.add(key)
                if rng.random() < 0.9:
                    channel = rng.choices(care.CHANNELS, weights=(80, 12, 5, 3))[0]
                    rows.append((item.kind, item.subject_id, item.due_on, channel, "", stamp, clerk.user.id))
        day += timedelta(days=1)
    with database.atomic():
        for index in range(0, len(rows), 500):
            care.CareDone.insert_many(rows[index:index + 500], fields=[
                care.CareDone.kind, care.CareDone.subject_id, care.CareDone.due_on, care.CareDone.channel,
                care.CareDone.note, care.CareDone.done_at, care.CareDone.done_by]).on_conflict_ignore().execute()
    return {"care_sent": len(rows)}

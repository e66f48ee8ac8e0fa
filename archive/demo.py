"""Demo data for the vehicle archive: a Henan branch's customers, vehicles and their two files.

``populate`` writes years of archive in one transaction with bulk inserts (insert_many in chunks,
explicit ids so rows can refer to each other without reading ids back), because the use cases
(one audited transaction per vehicle) would take far too long for 20,000 vehicles and 200,000
visits. Every row is still one the use cases would accept: valid resident ID numbers and credit
codes, VINs with a correct check digit, plates of real formats, deadlines computed with the same
working-day calendar, search keys computed by the same functions. Nothing here reads a clock: the
random generator and the dates are passed in, so the same seed gives the same branch.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from peewee import fn
from stdnum.cn import ric, uscc

from common import audit
from common.actor import Actor
from common.dates import add_months
from common.db import database, is_sqlite

from archive import departments, validate
from archive.callbacks import (
    DONE, KINDS, MAX_ATTEMPTS, MONTHLY, OPEN, REACHED, REFUSED, REFUSED_OUTCOME, RETRY, SEVEN_DAY, THREE_DAY,
    UNREACHABLE, YEARLY, Callback, CallbackAttempt, CallbackScore, ContactBlock, window,
)
from archive.complaints import CATEGORIES, CHANNELS, RESOLVE_DAYS, RESOLVED, STATES, STEPS, Complaint, ComplaintStep
from archive.files import archive_number_for, default_warranty_until
from archive.models import (
    COMPANY, COPY, MISSING, ORIGINAL, PERSON, REPAIR_CHECKLIST, SALES_CHECKLIST, ArchiveBox, Customer,
    RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
from archive.scripts import current_form
from archive.workdays import load_calendar

VEHICLES_PER_YEAR = 2000  # scale 1: a branch delivering about 2,000 cars a year
BOX_SIZE = 50

SURNAMES = ("王" * 9 + "李" * 9 + "张" * 8 + "刘" * 7 + "陈" * 5 + "杨" * 4 + "赵" * 3 + "黄" * 3 + "周" * 3 + "吴" * 3
            + "徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")
GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅鹏飞辉建国志宏新海波斌宇浩凯晨欣怡佳文博俊帅雪琳晓东亮峰雷"
COMPANY_PREFIXES = ("郑州", "洛阳", "开封", "新乡", "许昌", "河南")
COMPANY_WORDS = ("宏达", "恒通", "中原", "金桥", "鑫源", "远航", "华信", "永盛", "顺达", "天成")
COMPANY_TRADES = ("物流有限公司", "建筑工程有限公司", "商贸有限公司", "汽车租赁有限公司", "食品有限公司", "科技有限公司")
STREETS = ("金水路", "花园路", "农业路", "中州大道", "建设路", "大学路", "文化路", "经三路", "嵩山路", "航海路")
# Henan district codes (GB/T 2260) for resident ID numbers: most customers are local.
DISTRICTS = ("410102", "410103", "410104", "410105", "410106", "410108", "410122", "410181", "410183",
             "410302", "410303", "410402", "410502", "410702", "410802", "411002", "411102", "411302")
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
                   "158", "159", "166", "176", "177", "180", "182", "185", "186", "187", "188", "189", "199")
# WMI, models sold under it: the branch's own brand first, then the brands it also services.
MAKES = (
    ("LFV", ("速腾", "迈腾", "宝来", "高尔夫", "探岳", "CC", "探歌"), 80),
    ("LSV", ("朗逸", "帕萨特", "途观L"), 8),
    ("LGB", ("轩逸", "天籁"), 4),
    ("LVG", ("凯美瑞", "卡罗拉"), 4),
    ("LSG", ("英朗", "君威"), 4),
)
COLOURS = ("白色", "黑色", "银色", "灰色", "红色", "蓝色", "棕色")
PLATE_REGIONS = (("豫", "AAAAAAAAAABDEGHKLMNP", 85), ("鄂", "AF", 4), ("冀", "AB", 3), ("鲁", "AQ", 3),
                 ("皖", "AB", 3), ("陕", "A", 2))
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SALESPEOPLE = ("李明", "王强", "赵敏", "孙浩", "周杰", "吴霞", "郑凯", "冯雪")
SERVICE_ADVISORS = ("刘洋", "陈刚", "杨帆", "黄磊", "徐静", "马超")
# Model-year codes of VIN position 10 (ISO 3779), by year.
YEAR_CODES = dict(zip(range(2010, 2031), "ABCDEFGHJKLMNPRSTVWXY"))


def _weighted(rng: random.Random, options):
    return rng.choices([o[:-1] for o in options], weights=[o[-1] for o in options])[0]


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2))))


def resident_id(rng: random.Random, birth: date) -> str:
    body = rng.choice(DISTRICTS) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def credit_code(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(8)]
    check = 11 - sum(d * w for d, w in zip(digits, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    organisation = "".join(map(str, digits)) + {10: "X", 11: "0"}.get(check, str(check))
    body = "91" + rng.choice(DISTRICTS)[:4] + "00" + organisation
    return body + uscc.calc_check_digit(body)


def vin(rng: random.Random, wmi: str, year: int, serial: int) -> str:
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    plant = rng.choice("ABCDEFGHJKLMN0123456789")
    return validate.with_check_digit(f"{wmi}{vds}0{YEAR_CODES.get(year, 'A')}{plant}{serial:06d}")


def plate(rng: random.Random, new_energy: bool) -> str:
    province, letters = _weighted(rng, PLATE_REGIONS)
    office = rng.choice(letters)
    if new_energy:
        if rng.random() < 0.8:
            tail = rng.choice("DF") + rng.choice(PLATE_CHARS + "0123456789") + f"{rng.randrange(10000):04d}"
        else:
            tail = f"{rng.randrange(100000):05d}" + rng.choice("DF")
    else:
        letter_at = rng.randrange(6)  # most plates carry one letter among the digits
        tail = "".join(rng.choice(PLATE_CHARS) if i == letter_at else str(rng.randrange(10)) for i in range(5))
    return province + office + tail


def _insert(model, fields, rows, chunk_rows: int) -> None:
    for i in range(0, len(rows), chunk_rows):
        model.insert_many(rows[i:i + chunk_rows], fields=fields).execute()


def populate(actor: Actor, rng: random.Random, start: date, end: date, scale: float = 1.0) -> dict[str, int]:
    """Customers, vehicles delivered between ``start`` and ``end`` and their files; returns counts."""
    years = max((end - start).days, 1) / 365.25
    vehicle_count = max(1, round(VEHICLES_PER_YEAR * years * scale))
    sales_items = tuple(SALES_CHECKLIST)
    repair_items = tuple(REPAIR_CHECKLIST)

    with database.atomic():
        def next_id(model) -> int:
            return (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1

        customer_id, vehicle_id, visit_id = next_id(Customer), next_id(Vehicle), next_id(RepairVisit)
        sales_file_id, box_id = next_id(SalesFile), next_id(ArchiveBox)
        sales_item_id, repair_item_id = next_id(SalesChecklistItem), next_id(RepairChecklistItem)
        serial = rng.randrange(100000)
        ro_sequence = 0
        used_ids, used_vins, used_plates = set(), set(), set()

        # Deadlines come from the same calendar the use cases read: the State Council notices the
        # schema filled in (migration 0010), plus any day entered by hand.
        calendar = load_calendar(start, end)
        stamp = datetime.combine(end, time(18, 0))

        customers, vehicles, sales_files, sales_rows, visits, repair_rows = [], [], [], [], [], []
        owners: list[int] = []  # customer ids of companies, which keep buying
        deliveries = sorted(_day_between(rng, start, end) for _ in range(vehicle_count))
        for delivered in deliveries:
            # -- the customer: mostly new people, sometimes a company fleet or a returning buyer
            if owners and rng.random() < 0.08:
                owner = rng.choice(owners)
            else:
                owner = customer_id
                customer_id += 1
                is_company = rng.random() < 0.03
                if is_company:
                    name = rng.choice(COMPANY_PREFIXES) + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_TRADES)
                    number = credit_code(rng)
                    phone = f"0371-{rng.randrange(55000000, 69999999)}" if rng.random() < 0.6 else \
                        rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
                    owners.append(owner)
                else:
                    name = person_name(rng)
                    number = resident_id(rng, _day_between(rng, date(1955, 1, 1), date(delivered.year - 19, 1, 1)))
                    phone = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
                    if rng.random() < 0.1:
                        owners.append(owner)
                if number in used_ids:
                    number = None  # a clash of random numbers; a real clerk would simply not have it yet
                used_ids.add(number)
                pinyin, initials = validate.name_keys(name, COMPANY if is_company else PERSON)
                digits = validate.phone_digits(phone)
                customers.append((owner, COMPANY if is_company else PERSON, name, pinyin, initials, number, phone,
                                  digits, digits[::-1], f"河南省郑州市{rng.choice(STREETS)}{rng.randrange(1, 300)}号",
                                  archive_number_for(owner), datetime.combine(delivered, time(9, 0))))

            # -- the vehicle and its sales file
            wmi, models = _weighted(rng, MAKES)
            while True:
                serial += 1
                number_vin = vin(rng, wmi, delivered.year, serial % 1000000)
                if number_vin not in used_vins:
                    break
            used_vins.add(number_vin)
            while True:
                number_plate = plate(rng, new_energy=delivered.year >= 2018 and rng.random() < 0.12)
                if number_plate not in used_plates:
                    break
            used_plates.add(number_plate)
            key = validate.plate_key(number_plate)
            warranty = default_warranty_until(delivered)
            vehicles.append((vehicle_id, number_vin, number_vin[::-1], owner, number_plate, key, key[::-1],
                             rng.choice(models), rng.choice(COLOURS), delivered,
                             delivered - timedelta(days=rng.randrange(4)), rng.random() < 0.15, warranty, datetime.combine(delivered, time(9, 0))))
            due = calendar.add_workdays(delivered, 2)
            sales_files.append((sales_file_id, vehicle_id, rng.choice(SALESPEOPLE), due,
                                _handover(rng, delivered, due, end)))
            for item in sales_items:
                sales_rows.append((sales_item_id, sales_file_id, item, _sales_state(rng, item, delivered, end)))
                sales_item_id += 1

            # -- repair visits until the end: every four to eight months, some customers drift away
            mileage, visited = 0, delivered
            interval = rng.randrange(100, 220)
            while True:
                visited += timedelta(days=max(20, int(rng.gauss(interval, 30))))
                if visited > end or rng.random() < 0.012:
                    break
                mileage += rng.randrange(2500, 9000)
                ro_sequence += 1
                visit_due = calendar.add_workdays(visited, 1)
                visits.append((visit_id, vehicle_id, visited, f"RO{visited:%Y%m}{ro_sequence:06d}", mileage,
                               rng.choice((8800, 19900, 35000, 52000, 68000, 120000, 260000)) + rng.randrange(0, 30000),
                               rng.choice(SERVICE_ADVISORS), visit_due, _handover(rng, visited, visit_due, end)))
                for item in repair_items:
                    state = ORIGINAL if rng.random() < 0.93 else rng.choice((COPY, MISSING))
                    repair_rows.append((repair_item_id, visit_id, item, state))
                    repair_item_id += 1
                visit_id += 1
            vehicle_id += 1
            sales_file_id += 1

        # -- boxes: about half of the long out-of-warranty files, fifty to a box, sealed
        boxes, box_of = [], {}
        old = [v[0] for v in vehicles if v[12] < end - timedelta(days=365) and rng.random() < 0.5]
        for index in range(0, len(old), BOX_SIZE):
            members = old[index:index + BOX_SIZE]
            year = end.year
            full = len(members) == BOX_SIZE  # the last, partly filled box stays open
            boxes.append((box_id, f"{year}-{len(boxes) + 1:03d}", stamp, full, stamp if full else None))
            for member in members:
                box_of[member] = box_id
            box_id += 1
        vehicles = [v + (box_of.get(v[0]),) for v in vehicles]

        chunk = 2000 if not is_sqlite() else None
        _insert(Customer, [Customer.id, Customer.kind, Customer.name, Customer.name_pinyin, Customer.name_initials,
                           Customer.id_number, Customer.phone, Customer.phone_digits, Customer.phone_reversed,
                           Customer.address, Customer.archive_number, Customer.created_at], customers, chunk or 2500)
        _insert(ArchiveBox, [ArchiveBox.id, ArchiveBox.number, ArchiveBox.created_at, ArchiveBox.sealed,
                             ArchiveBox.sealed_at], boxes, chunk or 5000)
        _insert(Vehicle, [Vehicle.id, Vehicle.vin, Vehicle.vin_reversed, Vehicle.customer, Vehicle.plate,
                          Vehicle.plate_search, Vehicle.plate_reversed, Vehicle.model, Vehicle.colour,
                          Vehicle.delivery_date, Vehicle.invoice_date, Vehicle.sold_by_secondary_dealer,
                          Vehicle.warranty_until, Vehicle.created_at, Vehicle.box], vehicles, chunk or 2000)
        _insert(SalesFile, [SalesFile.id, SalesFile.vehicle, SalesFile.responsible, SalesFile.handover_due,
                            SalesFile.handed_over_on], sales_files, chunk or 6000)
        _insert(SalesChecklistItem, [SalesChecklistItem.id, SalesChecklistItem.sales_file, SalesChecklistItem.item,
                                     SalesChecklistItem.state], sales_rows, chunk or 8000)
        _insert(RepairVisit, [RepairVisit.id, RepairVisit.vehicle, RepairVisit.visit_date, RepairVisit.ro_number,
                              RepairVisit.mileage_km, RepairVisit.amount_fen, RepairVisit.responsible,
                              RepairVisit.handover_due, RepairVisit.handed_over_on], visits, chunk or 3500)
        _insert(RepairChecklistItem, [RepairChecklistItem.id, RepairChecklistItem.visit, RepairChecklistItem.item,
                                      RepairChecklistItem.state], repair_rows, chunk or 8000)
        if not is_sqlite():
            # Explicit ids bypass PostgreSQL's sequences; move them past the rows we wrote.
            for model in (Customer, ArchiveBox, Vehicle, SalesFile, SalesChecklistItem, RepairVisit, RepairChecklistItem):
                table = model._meta.table_name
                database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")
        counts = {"customers": len(customers), "vehicles": len(vehicles), "sales_checklist_items": len(sales_rows),
                  "repair_visits": len(visits), "repair_checklist_items": len(repair_rows), "boxes": len(boxes),
                  "boxed_vehicles": len(box_of)}
        audit.record(actor, "archive.demo_populate", "archive", None,
                     {**counts, "from": start.isoformat(), "to": end.isoformat(), "scale": scale})
    return counts


def _handover(rng: random.Random, base: date, due: date, end: date) -> date | None:
    roll = rng.random()
    if roll < 0.82:
        handed = base + timedelta(days=rng.randrange((due - base).days + 1))
    elif roll < 0.97 or end - base > timedelta(days=60):
        handed = due + timedelta(days=rng.randrange(1, 12))  # late: counts in the assessment
    else:
        return None  # still with the salesperson or the service advisor
    return handed if handed <= end else None


def _sales_state(rng: random.Random, item: str, delivered: date, end: date) -> str:
    if item == "residence_permit":  # only for customers registered elsewhere
        return COPY if rng.random() < 0.1 else MISSING
    if item == "accessory_contract":  # only when accessories were bought
        return ORIGINAL if rng.random() < 0.4 else MISSING
    recent = end - delivered < timedelta(days=30)  # papers still coming in (plates, insurance)
    roll = rng.random()
    if roll < (0.7 if recent else 0.85):
        return ORIGINAL
    if roll < (0.8 if recent else 0.95):
        return COPY
    return MISSING


def populate_branch(actors: dict, rng: random.Random, seed: int, start: date, end: date, now: datetime, *,
                    scale: float = 1.0, step=lambda name: None) -> dict[str, int]:
    """The archive's whole demo branch: the files (``populate``), the owner's club, callbacks, care
    and complaints, call scripts and survey forms, complaint call steps and rectification items,
    customer events, communication styles, handover forms and care messages sent. ``actors`` by role;
    the parts that came later draw from their own random streams (from ``seed``) so the others' data
    stay as they were. ``step(name)`` is called before the "files" and the "service" part (for a
    progress line). Returns the counts of what was made."""
    from archive import comm_style, events, handover, mailmerge, members, rectification, scripts

    step("files")
    summary = populate(actors["clerk"], rng, start, end, scale=scale)
    summary["members"] = members.build_demo(actors["clerk"], random.Random(seed + 1801), end)
    step("service")
    summary.update(populate_callbacks(actors["manager"], rng, start, end))
    followup = random.Random(seed + 18)  # scripts, complaint call steps, 整改 (issue 18 items 3-5)
    summary.update(scripts.build_demo(actors["manager"], now))
    summary.update(populate_complaint_steps(actors["clerk"], followup, now.date()))
    summary.update(rectification.build_demo(actors["manager"], followup, now.date()))
    summary.update(events.build_demo(actors["clerk"], rng, start, end))  # customer events of the last year
    summary.update(comm_style.build_demo(actors["clerk"], random.Random(seed + 9)))  # styles of customers called
    summary.update(handover.build_demo(actors["clerk"], rng, end))  # the last month's handover forms
    # Two months of care messages sent, the manager's festival text.
    summary.update(mailmerge.build_demo(actors["clerk"], actors["manager"], rng, end))
    return summary


# -- callbacks and complaints (archive.callbacks, archive.complaints) ----------------------------

CALLBACK_DEMO_MONTHS = 24  # callbacks for the last two years of the demo; older history has none


def populate_callbacks(actor: Actor, rng: random.Random, start: date, end: date) -> dict[str, int]:
    """Demo callbacks for deliveries and repairs of the last CALLBACK_DEMO_MONTHS before ``end`` (mostly
    reached with realistic scores, some unreachable or refused, the last days still open), a few
    do-not-contact customers, and complaints in every state (populate_complaints)."""
    first = max(start, add_months(end, -CALLBACK_DEMO_MONTHS))
    calendar = load_calendar(add_months(first, -12), end)
    with database.atomic():
        next_id = (Callback.select(fn.MAX(Callback.id)).scalar() or 0) + 1
        callbacks, scores, attempts = [], [], []
        sources = []
        for vid, cid, delivered, invoiced, secondary in (
                Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.delivery_date, Vehicle.invoice_date,
                               Vehicle.sold_by_secondary_dealer)
                .where(Vehicle.delivery_date.between(add_months(first, -12), end)).tuples()):
            for kind in (SEVEN_DAY, MONTHLY, YEARLY):
                is_secondary = kind == SEVEN_DAY and bool(secondary)
                base = (invoiced or delivered) if is_secondary else delivered
                sources.append((kind, vid, cid, vid, None, base, *window(kind, base, is_secondary, calendar)))
        for visit_id, vid, visited, cid in (
                RepairVisit.select(RepairVisit.id, RepairVisit.vehicle, RepairVisit.visit_date, Vehicle.customer)
                .join(Vehicle).where(RepairVisit.visit_date.between(first, end)).tuples()):
            sources.append((THREE_DAY, visit_id, cid, vid, visit_id, visited, *window(THREE_DAY, visited, calendar=calendar)))
        existing = set(Callback.select(Callback.kind, Callback.source_id).tuples())
        users = [actor.user.id]
        survey_forms = {kind: current_form(kind) for kind in KINDS}
        for kind, source_id, cid, vid, visit, base, due_from, due_until in sources:
            if due_from > end or due_from < first or (kind, source_id) in existing:
                continue
            state, tries, completed = OPEN, 0, None
            call_day = due_from + timedelta(days=rng.randrange(0, 2))
            if call_day < end - timedelta(days=1):
                roll = rng.random()
                tries = 1 if roll < 0.8 else rng.randrange(2, MAX_ATTEMPTS + 1)
                state = DONE if roll < 0.9 else (UNREACHABLE if roll < 0.97 else REFUSED)
                if state == DONE and tries == MAX_ATTEMPTS:
                    tries = 2
                if state == UNREACHABLE:
                    tries = MAX_ATTEMPTS
                completed = call_day + timedelta(days=tries - 1)
            for attempt in range(tries):
                last = attempt == tries - 1
                outcome = RETRY if not last or state == UNREACHABLE else (REACHED if state == DONE else REFUSED_OUTCOME)
                at = datetime.combine(call_day + timedelta(days=attempt), time(9 + rng.randrange(8), rng.randrange(60)))
                attempts.append((next_id, at, users[0], outcome, _demo_remark(rng, outcome)))
            if state == DONE:
                mood = rng.gauss(8.6, 0.9)  # most customers are content, a few are not
                for code in survey_forms[kind].items:
                    scores.append((next_id, code, max(1, min(10, round(mood + rng.gauss(0, 0.7))))))
            callbacks.append((next_id, kind, source_id, cid, vid, visit, base, due_from, due_until,
                              min(max(due_from, end), due_until) if state == OPEN else due_from, state, tries,
                              completed, users[0] if completed else None, datetime.combine(due_from, time(8, 0)),
                              survey_forms[kind].id if state == DONE else None))
            next_id += 1
        chunk = 500 if is_sqlite() else 2000
        for index in range(0, len(callbacks), chunk):
            Callback.insert_many(callbacks[index:index + chunk], fields=[
                Callback.id, Callback.kind, Callback.source_id, Callback.customer, Callback.vehicle, Callback.visit,
                Callback.base_date, Callback.due_from, Callback.due_until, Callback.call_from, Callback.state,
                Callback.attempts, Callback.completed_on, Callback.completed_by, Callback.created_at,
                Callback.survey_set]).execute()
        for index in range(0, len(scores), chunk * 2):
            CallbackScore.insert_many(scores[index:index + chunk * 2], fields=[
                CallbackScore.callback, CallbackScore.item, CallbackScore.score]).execute()
        for index in range(0, len(attempts), chunk):
            CallbackAttempt.insert_many(attempts[index:index + chunk], fields=[
                CallbackAttempt.callback, CallbackAttempt.at, CallbackAttempt.user, CallbackAttempt.outcome,
                CallbackAttempt.remarks]).execute()
        if not is_sqlite():
            database.execute_sql("SELECT setval(pg_get_serial_sequence('callback', 'id'), "
                                 "(SELECT COALESCE(MAX(id), 1) FROM callback))")
        refused = [c for c in callbacks if c[10] == REFUSED]
        blocks = 0
        for row in refused[: max(1, len(refused) // 4)]:
            if not ContactBlock.select().where(ContactBlock.customer == row[3]).exists():
                ContactBlock.create(customer=row[3], reason="客户要求不再回访", since=row[12] or end, set_by=actor.user)
                blocks += 1
        counts = {"callbacks": len(callbacks), "callback_scores": len(scores), "callback_attempts": len(attempts),
                  "do_not_contact": blocks}
        audit.record(actor, "callbacks.demo_populate", "callback", None, counts)
    counts.update(populate_complaints(actor, rng, start, end))
    return counts


CALLBACK_DEMO_REMARKS = {
    REACHED: ("客户满意", "", "", "建议延长营业时间", "休息区空调偏冷", "交车讲解很细致", "等待时间稍长"),
    RETRY: ("无人接听", "关机", "占线", "客户在开会，约明天"),
    REFUSED_OUTCOME: ("客户表示不需要回访", "客户挂断"),
}


def _demo_remark(rng: random.Random, outcome: str) -> str:
    return rng.choice(CALLBACK_DEMO_REMARKS[outcome])


# Which department the demo hands a complaint of each kind to (the others: any of them; the die
# is cast for every complaint all the same, so the rest of the demo stays as it was).
COMPLAINT_DEMO_DEPARTMENT = {"attitude": "service", "repair_quality": "service", "parts": "parts", "price": "finance",
                   "sales_promise": "sales", "waiting": "service", "vehicle_quality": "service"}
COMPLAINT_DEMO_SUMMARIES = {
    "attitude": "接待人员态度冷淡，客户等候无人理会",
    "repair_quality": "更换刹车片后仍有异响，返修一次未解决",
    "parts": "配件缺货，预约两周仍未到货",
    "price": "结算金额高于报价，未提前告知",
    "sales_promise": "购车时承诺的脚垫和贴膜未兑现",
    "waiting": "保养等待超过三小时",
    "vehicle_quality": "新车空调制冷效果差",
    "other": "停车场收费不合理",
}


def populate_complaints(actor: Actor, rng: random.Random, start: date, end: date) -> dict[str, int]:
    """About six complaints a month over the last two years; older ones closed, recent ones in
    every state, a few overdue."""
    first = max(start, add_months(end, -24))
    customers = list(Vehicle.select(Vehicle.id, Vehicle.customer, Customer.name, Customer.phone).join(Customer)
                     .where(Vehicle.delivery_date <= end).order_by(Vehicle.id).limit(2000).tuples())
    customers = rng.sample(customers, min(400, len(customers)))
    if not customers:
        return {"complaints": 0}
    rows, day, serial = [], first, {}
    users = actor.user.id
    codes = [d.code for d in departments.departments()]
    while day <= end:
        if rng.random() < 0.2:
            vid, cid, name, phone = rng.choice(customers)
            category = rng.choice(list(CATEGORIES))
            age = (end - day).days
            # Recent complaints stop part-way; old ones have gone all the way to closed.
            reached = len(STATES) - 1 if age > 20 else min(len(STATES) - 1, rng.randrange(0, len(STATES)))
            if age <= 1:
                reached = 0
            month_key = f"{day:%Y%m}"
            serial[month_key] = serial.get(month_key, 0) + 1
            step = lambda n: min(end, day + timedelta(days=n))  # noqa: E731
            satisfied = rng.random() < 0.85 if reached >= 4 else None
            rows.append(dict(
                number=f"TS{month_key}{serial[month_key]:03d}", received_on=day, received_by=users, customer=cid,
                vehicle=vid, complainant=name, phone=phone or "", channel=rng.choice(list(CHANNELS)),
                category=category, summary=COMPLAINT_DEMO_SUMMARIES[category], state=STATES[reached],
                due_on=day + timedelta(days=RESOLVE_DAYS),
                confirmed_on=step(1) if reached >= 1 else None, confirmed_by=users if reached >= 1 else None,
                department=COMPLAINT_DEMO_DEPARTMENT.get(category, rng.choice(codes)) if reached >= 2 else "",
                assigned_on=step(1) if reached >= 2 else None,
                resolution="已与客户沟通并处理完毕" if reached >= 3 else "", resolved_on=step(4) if reached >= 3 else None,
                feedback="客户接受处理结果" if reached >= 4 else "", customer_satisfied=True if reached >= 4 else satisfied,
                fed_back_on=step(5) if reached >= 4 else None,
                closed_on=step(rng.choice((5, 6, 6, 7, 9))) if reached >= 5 else None,
                closed_by=users if reached >= 5 else None))
        day += timedelta(days=1)
    # However the dice fell, the demo shows one recent complaint in each state of the form.
    have = {r["state"] for r in rows if (end - r["received_on"]).days <= 20}
    for index, state in enumerate(STATES):
        if state not in have:
            vid, cid, name, phone = rng.choice(customers)
            got = end - timedelta(days=index)
            month_key = f"{got:%Y%m}"
            serial[month_key] = serial.get(month_key, 0) + 1
            reached = STATES.index(state)
            rows.append(dict(
                number=f"TS{month_key}{serial[month_key]:03d}", received_on=got, received_by=users, customer=cid,
                vehicle=vid, complainant=name, phone=phone or "", channel="phone", category="waiting",
                summary=COMPLAINT_DEMO_SUMMARIES["waiting"], state=state, due_on=got + timedelta(days=RESOLVE_DAYS),
                confirmed_on=got if reached >= 1 else None, confirmed_by=users if reached >= 1 else None,
                department="service" if reached >= 2 else "", assigned_on=got if reached >= 2 else None,
                resolution="已安排快修通道" if reached >= 3 else "", resolved_on=got if reached >= 3 else None,
                feedback="客户接受处理结果" if reached >= 4 else "", customer_satisfied=True if reached >= 4 else None,
                fed_back_on=got if reached >= 4 else None, closed_on=got if reached >= 5 else None,
                closed_by=users if reached >= 5 else None))
    with database.atomic():
        existing = set(Complaint.select(Complaint.number).tuples())
        rows = [r for r in rows if (r["number"],) not in existing]
        for index in range(0, len(rows), 200):
            Complaint.insert_many(rows[index:index + 200]).execute()
    return {"complaints": len(rows)}


COMPLAINT_DEMO_STEP_NOTES = {
    "opening": "",
    "question": "客户反映：{summary}",
    "listen": "客户情绪激动，已让客户说完并复述要点",
    "propose": "提出两个方案供客户选择",
    "agree": "客户同意：{resolution}",
    "confirm": "已向客户复述处理细节",
}


def populate_complaint_steps(actor: Actor, rng: random.Random, end: date) -> dict[str, int]:
    """The call's steps on the demo complaints of the last two months: all six on those resolved
    or further, the first few on those still with the department."""
    rows = []
    for complaint in Complaint.select().where(Complaint.received_on >= end - timedelta(days=60)):
        reached = STATES.index(complaint.state)
        count = len(STEPS) if reached >= STATES.index(RESOLVED) else (rng.randrange(1, 4) if reached >= 1 else 0)
        moment = datetime.combine(complaint.confirmed_on or complaint.received_on, datetime.min.time()).replace(
            hour=9 + rng.randrange(7), minute=rng.randrange(60))
        for code in list(STEPS)[:count]:
            moment += timedelta(minutes=rng.randrange(1, 6))
            note = COMPLAINT_DEMO_STEP_NOTES[code].format(summary=complaint.summary,
                                                resolution=complaint.resolution or "由部门尽快处理")
            rows.append(dict(complaint=complaint.id, step=code, note=note, at=moment, user=actor.user.id))
    with database.atomic():
        for index in range(0, len(rows), 200):
            ComplaintStep.insert_many(rows[index:index + 200]).execute()
    return {"complaint_steps": len(rows)}

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

from stdnum.cn import ric, uscc

from common import audit
from common.actor import Actor
from common.db import database, is_sqlite

from archive import validate
from archive.files import archive_number_for, default_warranty_until
from archive.models import (
    COMPANY, COPY, MISSING, ORIGINAL, PERSON, REPAIR_CHECKLIST, SALES_CHECKLIST, ArchiveBox, Customer,
    RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
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

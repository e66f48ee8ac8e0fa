"""A realistic demo branch for the parts ledger: master data of one province (河南) and years of
day-by-day documents, all posted through ``ledger.posting.post`` so they obey every rule.

The generator keeps a small mirror of the books (good, bad, owed per party, open shipments) only to
choose documents that make sense: HQ ships when stock runs low and the goods arrive a few days
later with HQ's delivery list; stations get parts and send the old ones back; bad parts go to HQ on
Fridays and HQ confirms them a week later; now and then a stocktake adjustment, a transit loss, a
scrap, or an issue sent to the wrong station and reversed. The ledger itself checks every posting.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from common.actor import Actor
from common.branch import BranchIdentity
from ledger.posting import Draft, DraftLine, create_part, create_party, post, reverse

# Who the demo branch is: the header of its reports and the title of its window. The brand is the
# one whose WMI (LFV) leads the demo's vehicles (archive.demo.MAKES).
IDENTITY = BranchIdentity(name="河南分公司客服部", brand="一汽-大众", address="河南省郑州市金水区花园路 126 号",
                          phone="0371-6598 2100", code="HN01")

CITIES = [  # (city, pinyin initials for codes, districts / towns)
    ("郑州", "ZZ", ["金水", "二七", "中原", "管城", "惠济", "郑东"]), ("洛阳", "LY", ["涧西", "西工", "洛龙"]),
    ("开封", "KF", ["龙亭", "鼓楼"]), ("新乡", "XX", ["红旗", "卫滨"]), ("安阳", "AY", ["文峰", "北关"]),
    ("南阳", "NY", ["卧龙", "宛城"]), ("商丘", "SQ", ["梁园", "睢阳"]), ("信阳", "XY", ["浉河", "平桥"]),
    ("周口", "ZK", ["川汇"]), ("驻马店", "ZMD", ["驿城"]), ("平顶山", "PDS", ["新华", "卫东"]),
    ("许昌", "XC", ["魏都"]), ("焦作", "JZ", ["解放", "山阳"]), ("濮阳", "PY", ["华龙"]),
    ("漯河", "LH", ["郾城"]), ("三门峡", "SMX", ["湖滨"]), ("鹤壁", "HB", ["淇滨"]),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "华", "平", "刚", "桂英", "建国", "志强", "海燕", "红梅", "晓东", "国庆", "丽娟", "文博"]
STATION_WORDS = ["顺达", "恒通", "宏远", "安驰", "鑫源", "佳和", "中兴", "捷诚", "通达", "永安", "瑞丰", "华驰"]
ROADS = ["人民路", "建设路", "中原路", "解放大道", "文化路", "花园路", "长江路", "黄河路", "工业路", "迎宾大道"]

# (group number, name, unit, price range in yuan, specs) - numbering in the style of QC/T 265
CATALOG = [
    ("3501010", "前刹车片", "套", (120, 380), ["陶瓷", "半金属", "低金属"]),
    ("3502010", "后刹车片", "套", (100, 320), ["陶瓷", "半金属"]),
    ("3501075", "前刹车盘", "个", (260, 680), ["通风盘 280mm", "通风盘 300mm"]),
    ("1012010", "机油滤清器", "个", (25, 68), ["M20x1.5", "M22x1.5", "滤芯式"]),
    ("1109010", "空气滤清器", "个", (45, 120), ["板式", "圆筒式"]),
    ("8107010", "空调滤清器", "个", (35, 98), ["活性炭", "普通"]),
    ("1105010", "燃油滤清器", "个", (60, 160), ["内置式", "外置式"]),
    ("3707010", "火花塞", "支", (28, 95), ["镍合金", "铂金", "铱金"]),
    ("5205010", "雨刮片", "对", (48, 160), ["有骨 24/16", "无骨 26/18", "无骨 24/18"]),
    ("4121010", "前大灯总成", "个", (680, 2600), ["卤素 左", "卤素 右", "LED 左", "LED 右"]),
    ("4133010", "后组合灯", "个", (260, 880), ["左", "右"]),
    ("7901010", "显示器总成", "个", (1200, 3800), ["8 英寸", "10.25 英寸", "12.3 英寸"]),
    ("3701010", "发电机总成", "台", (1300, 2800), ["90A", "120A"]),
    ("3708010", "起动机总成", "台", (900, 2100), ["1.2kW", "1.4kW"]),
    ("1307010", "水泵总成", "个", (260, 620), ["机械式", "电子式"]),
    ("1006010", "正时皮带", "条", (120, 360), ["1.5L", "2.0L"]),
    ("3703010", "蓄电池", "块", (420, 1100), ["60Ah", "70Ah", "AGM 70Ah"]),
    ("2904010", "前减震器", "个", (320, 880), ["左", "右"]),
    ("2915010", "后减震器", "个", (260, 720), ["左", "右"]),
    ("2906010", "稳定杆连杆", "根", (60, 180), ["左", "右"]),
    ("3003010", "转向横拉杆球头", "个", (90, 260), ["左", "右"]),
    ("1601010", "离合器片", "片", (260, 650), ["手动 1.5L", "手动 1.8L"]),
    ("8201010", "车外后视镜", "个", (380, 1200), ["电动 左", "电动 右", "电加热 左", "电加热 右"]),
    ("8105010", "空调压缩机", "台", (1800, 4200), ["定排量", "变排量"]),
    ("1303010", "散热器总成", "个", (520, 1300), ["手动挡", "自动挡"]),
    ("3611010", "氧传感器", "个", (220, 560), ["前氧", "后氧"]),
    ("3612010", "ABS 轮速传感器", "个", (160, 420), ["前左", "前右", "后"]),
    ("6104010", "车门玻璃升降器", "个", (240, 620), ["前左", "前右", "后左", "后右"]),
    ("3720010", "点火线圈", "个", (180, 460), ["独立式"]),
    ("1205010", "三元催化器", "个", (2200, 5200), ["国六"]),
    ("3103010", "轮毂轴承", "个", (160, 420), ["前", "后"]),
    ("2803010", "前保险杠", "个", (420, 1100), ["未喷漆", "带雷达孔"]),
    ("5305010", "仪表板总成", "个", (1500, 3600), ["液晶"]),
    ("3774010", "倒车雷达探头", "个", (90, 260), ["黑色", "银色"]),
    ("8212010", "钥匙遥控器", "把", (180, 480), ["折叠", "智能"]),
]
MODELS = ["A1", "A3", "S5", "S7", "M6", "X7", "E3", "E5"]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "137", "135", "158", "159", "186", "187", "150", "182"]) + f"{rng.randrange(10**8):08d}"


def _master_data(actor: Actor, rng: random.Random, scale: float) -> tuple[list, list, list]:
    create_party(actor, "HQ", "客服本部", "hq", "备件科 " + _person(rng), "010-6" + f"{rng.randrange(10**7):07d}",
                 "北京市经济技术开发区科创十三街")
    stations, codes_used = [], set()
    for n in range(max(3, round(25 * scale))):
        city, abbr, districts = CITIES[n % len(CITIES)] if n < len(CITIES) else rng.choice(CITIES)
        district = rng.choice(districts)
        code = f"{abbr}{sum(1 for c in codes_used if c.startswith(abbr)) + 1:02d}"
        codes_used.add(code)
        name = f"{city}{district}{rng.choice(STATION_WORDS)}汽车服务站"
        create_party(actor, code, name, "station", _person(rng), _mobile(rng),
                     f"河南省{city}市{district}区{rng.choice(ROADS)}{rng.randrange(1, 300)}号")
        stations.append(code)
    dealers = []
    for n in range(max(2, round(10 * scale))):
        city, _, districts = CITIES[n % len(CITIES)]
        code = f"JX{n + 1:02d}"
        create_party(actor, code, f"{city}{rng.choice(STATION_WORDS)}汽车销售服务有限公司", "dealer", _person(rng),
                     _mobile(rng), f"河南省{city}市{rng.choice(districts)}区{rng.choice(ROADS)}{rng.randrange(1, 300)}号")
        dealers.append(code)
    customers = ["MS"]
    create_party(actor, "MS", "门市散客", "customer")
    for code, name in (("KH01", "郑州公交集团车队"), ("KH02", "河南顺捷物流车队")):
        create_party(actor, code, name, "customer", _person(rng), _mobile(rng))
        customers.append(code)

    parts = []
    wanted = max(20, round(300 * scale))
    combos = [(entry, spec, model) for entry in CATALOG for spec in entry[4] for model in MODELS]
    rng.shuffle(combos)
    # Every catalogue item appears at least once, even in a small demo; then random variants.
    firsts = [next(c for c in combos if c[0] is entry) for entry in CATALOG]
    combos = firsts + [c for c in combos if c not in firsts]
    seen = set()
    for (group, name, unit, (low, high), specs), spec, model in combos:
        if len(parts) >= wanted:
            break
        number = f"{group}-{model}{specs.index(spec) + 1:02d}"
        if number in seen:
            continue
        seen.add(number)
        price_fen = rng.randrange(low * 100, high * 100 + 1, 100)
        popular = rng.random() < 0.3
        safety = rng.choice([2, 4, 6, 10, 20]) if popular else rng.choice([0, 1, 2])
        create_part(actor, number, name, f"{model} {spec}", unit, price_fen, safety)
        # Expensive assemblies must have the old one back (需返坏件); consumables mostly not.
        parts.append({"number": number, "popular": popular, "safety": max(safety, 1),
                      "returns": price_fen >= 20000 or rng.random() < 0.3})
    return stations + dealers, customers, parts


def _working_days(start: date, end: date):
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def populate(actor: Actor, rng: random.Random, start: date, end: date, scale: float = 1.0) -> dict:
    """Create master data and post documents for every working day from ``start`` to ``end``.
    Returns counts per document type (plus parties, parts and lines)."""
    stations, customers, parts = _master_data(actor, rng, scale)
    counts: dict[str, int] = defaultdict(int)
    good: dict[str, int] = defaultdict(int)
    bad: dict[str, int] = defaultdict(int)
    owed_to: dict[str, int] = defaultdict(int)
    owed_by: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # station -> part -> qty
    in_transit: dict[str, int] = defaultdict(int)
    shipments: list = []  # (document id, date, {part: qty}, source number)
    bad_returns: list = []  # (document id, date, {part: qty})
    weights = [8 if p["popular"] else 1 for p in parts]
    returns_part = {p["number"]: p["returns"] for p in parts}
    serial = defaultdict(int)

    def source(prefix: str, day: date) -> str:
        serial[prefix] += 1
        return f"{prefix}{day:%Y%m%d}{serial[prefix] % 1000:03d}"

    def at_desk(day: date) -> Actor:
        # The clerk keys each document on its own day, during office hours: audit rows and
        # created_at then read like a real history rather than all "today".
        return actor.at(min(actor.now, datetime.combine(day, time(8, 30)) + timedelta(minutes=rng.randrange(540))))

    def send(draft: Draft):
        result = post(at_desk(draft.date), draft)
        counts[draft.doc_type] += 1
        counts["lines"] += len(draft.lines)
        return result

    def pick_parts(k: int) -> list:
        return list(dict.fromkeys(p["number"] for p in rng.choices(parts, weights=weights, k=k)))

    per_day = 20 * scale
    for day in _working_days(start, end):
        # HQ ships what runs low, twice a week or so; and the branch always has a delivery on the
        # road at the end, so a clerk trying the demo can receive one (全部到货) and see 在途.
        if rng.random() < 0.45 or ((end - day).days <= 3 and not shipments):
            low = [p["number"] for p in parts if good[p["number"]] + in_transit[p["number"]] < p["safety"] * 2]
            chosen = list(dict.fromkeys(rng.sample(low, min(len(low), rng.randint(8, 25))) + pick_parts(3)))
            lines = {n: rng.randint(2, 12) for n in chosen}
            number = source("SZFH", day)
            result = send(Draft("HQ_SHIP", day, "HQ", number, lines=[(n, q) for n, q in lines.items()]))
            shipments.append((result.document_id, day, lines, number))
            for n, q in lines.items():
                in_transit[n] += q
        # Goods with their delivery list arrive 2-6 days after shipping.
        for shipment in [s for s in shipments if (day - s[1]).days >= rng.randint(2, 6)]:
            shipments.remove(shipment)
            doc_id, _, lines, number = shipment
            short = {n: 1 for n, q in lines.items() if q > 3 and rng.random() < 0.004}  # lost on the way
            got = {n: q - short.get(n, 0) for n, q in lines.items()}
            send(Draft("HQ_RECEIVE", day, "HQ", number, reference=doc_id,
                       lines=[DraftLine(n, q, flag=returns_part[n]) for n, q in got.items()]))
            for n, q in got.items():
                in_transit[n] -= q
                good[n] += q
                owed_to[n] += q if returns_part[n] else 0
            if short:
                send(Draft("TRANSIT_LOSS", day, "HQ", reference=doc_id, remark="物流短少，已向承运商索赔",
                           lines=[(n, q) for n, q in short.items()]))
                for n, q in short.items():
                    in_transit[n] -= q
        # Stations and dealers get parts for their repairs.
        for _ in range(max(1, round(rng.gauss(per_day * 0.45, 2)))):
            station = rng.choice(stations)
            lines = {n: min(good[n], rng.randint(1, 4)) for n in pick_parts(rng.randint(1, 4)) if good[n] > 0}
            if not lines:
                continue
            result = send(Draft("STATION_ISSUE", day, station, source("SQ", day),
                                lines=[DraftLine(n, q, flag=returns_part[n]) for n, q in lines.items()]))
            if rng.random() < 0.01:  # keyed for the wrong station: reversed and issued again
                reverse(at_desk(day), result.document_id, "发错服务站，冲销后重开", day)
                counts["REVERSAL"] += 1
                station = rng.choice(stations)
                send(Draft("STATION_ISSUE", day, station, source("SQ", day),
                           lines=[DraftLine(n, q, flag=returns_part[n]) for n, q in lines.items()]))
            for n, q in lines.items():
                good[n] -= q
                if returns_part[n]:
                    owed_by[station][n] += q
        # Stations send the old parts back (most of what they owe, sometimes extra without debt).
        debtors = [s for s, owed in owed_by.items() if any(owed.values())]
        for _ in range(min(len(debtors), max(1, round(rng.gauss(per_day * 0.25, 1.5))))):
            station = rng.choice(debtors)
            owed = [(n, q) for n, q in owed_by[station].items() if q > 0]
            if not owed:
                continue
            # Mostly everything owed for a part comes back at once, sometimes only some of it.
            lines = [DraftLine(n, q if rng.random() < 0.8 else rng.randint(1, q))
                     for n, q in rng.sample(owed, min(len(owed), 4))]
            if rng.random() < 0.05:
                lines.append(DraftLine(rng.choice(parts)["number"], 1, flag=False, remark="不抵欠：站内旧件"))
            send(Draft("STATION_BAD_RETURN", day, station, source("FJ", day), lines=lines))
            for line in lines:
                bad[line.part_number] += line.qty
                if line.flag is None:
                    owed_by[station][line.part_number] -= line.qty
        if rng.random() < 0.1:  # a station returns an unused good part
            station = rng.choice(stations)
            owed = [(n, q) for n, q in owed_by[station].items() if q > 0]
            if owed:
                n, q = rng.choice(owed)
                send(Draft("STATION_GOOD_RETURN", day, station, source("TH", day), lines=[DraftLine(n, 1, flag=True)]))
                good[n] += 1
                owed_by[station][n] -= 1
        # Repairs at the branch's own counter.
        for _ in range(rng.randint(0, max(1, round(per_day * 0.15)))):
            lines = {n: 1 for n in pick_parts(rng.randint(1, 2)) if good[n] > 0}
            if not lines:
                continue
            keep_old = rng.random() < 0.7
            send(Draft("COUNTER_ISSUE", day, rng.choice(customers), source("WX", day),
                       lines=[DraftLine(n, q, flag=keep_old) for n, q in lines.items()]))
            for n, q in lines.items():
                good[n] -= q
                bad[n] += q if keep_old else 0
        # Fridays: bad parts go back to HQ; HQ confirms the returns of a week or more ago.
        if day.weekday() == 4 and any(bad.values()):
            lines = {n: q for n, q in bad.items() if q > 0}
            result = send(Draft("HQ_BAD_RETURN", day, "HQ", source("FHZB", day), lines=list(lines.items())))
            bad_returns.append((result.document_id, day, lines))
            for n, q in lines.items():
                bad[n] -= q
        for entry in [b for b in bad_returns if (day - b[1]).days >= 7]:
            bad_returns.remove(entry)
            doc_id, _, lines = entry
            confirm = []
            for n, q in lines.items():
                clears = min(q, owed_to[n])  # beyond what we owe HQ, received without clearing a debt
                if clears:
                    confirm.append(DraftLine(n, clears, flag=True))
                if q - clears:
                    confirm.append(DraftLine(n, q - clears, flag=False, remark="不抵欠"))
                owed_to[n] -= clears
            send(Draft("HQ_BAD_CONFIRM", day, "HQ", source("RKD", day), reference=doc_id, lines=confirm))
        # Month end: a stocktake finds a few differences; the manager scraps the odd bad part.
        next_working_day = day + timedelta(days=3 if day.weekday() == 4 else 1)
        if next_working_day.month != day.month:
            counted = [p["number"] for p in rng.sample(parts, 2)]
            lines = [(n, -1 if good[n] > 0 and rng.random() < 0.6 else 1) for n in counted]
            send(Draft("ADJUST_GOOD", day, remark="月末盘点差异", lines=lines))
            for n, q in lines:
                good[n] += q
            scrap = [n for n, q in bad.items() if q > 0][:1]
            if scrap and rng.random() < 0.5:
                send(Draft("SCRAP", day, remark="坏件锈蚀，无返厂价值", lines=[(scrap[0], 1)]))
                bad[scrap[0]] -= 1
                if rng.random() < 0.3:
                    send(Draft("ADJUST_BAD", day, remark="坏件盘盈", lines=[(scrap[0], 1)]))
                    bad[scrap[0]] += 1
    summary = {"parties": 1 + len(stations) + len(customers), "parts": len(parts)}
    summary.update({f"documents_{k.lower()}": v for k, v in sorted(counts.items()) if k != "lines"})
    summary["document_lines"] = counts["lines"]
    return summary

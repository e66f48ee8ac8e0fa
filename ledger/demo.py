"""A realistic demo branch for the parts ledger: master data of one province (河南) and years of
day-by-day documents, all posted through ``ledger.posting.post`` so they obey every rule.

The generator keeps a small mirror of the books (good, bad, owed per party, open shipments) only to
choose documents that make sense: HQ ships when stock runs low and the goods arrive a few days
later with HQ's delivery list; stations get parts and send the old ones back; bad parts go to HQ on
Fridays and HQ confirms them a week later; now and then a stocktake adjustment, a transit loss, a
scrap, or an issue sent to the wrong station and reversed. The ledger itself checks every posting.
"""
from __future__ import annotations

import io
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Callable

import peewee
from peewee import fn

from common.actor import Actor
from common.branch import BranchIdentity
from ledger.posting import Draft, DraftLine, create_part, create_party, post, post_batch
from ledger.reversal import reverse

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


# Document lines a year of a scale-1 branch makes (measured: one year 18,400, a scale-5 year 93,000,
# ten years at scale 4.76 951,000): ``scale_for_lines`` sizes a branch for a number of lines.
LINES_PER_YEAR = 19_000


def scale_for_lines(lines: int, years: int) -> float:
    """The scale (stations, dealers, parts, documents a day, deliveries) of a branch that holds
    about ``lines`` document lines after ``years``; never below the usual branch."""
    return max(1.0, lines / (LINES_PER_YEAR * max(years, 1)))


class _Pending:
    """A batched document's result: its id is known once its day's batch is posted."""

    document_id: int | None = None


PERIODS_TRIGGER = "ledger_posting_period_keep"  # migration 0019's, on PostgreSQL
MONTHS_TRIGGER = "ledger_balance_month_keep"  # migration 0029's


def _refills():
    """The ``fill(db)`` of every migration whose table is kept by triggers (the period totals, the
    months' balances, the open shipments...), in migration order: each sums its table again from
    the journal after the bulk writer wrote with those triggers suspended or before they had
    anything to keep (no month is closed while the days are written)."""
    import importlib.util

    from common.schema import MIGRATIONS_DIR

    fills = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(f"refill_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if callable(getattr(module, "fill", None)):
            fills.append(module.fill)
    return fills


def _copy_text(value) -> str:
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text = value if isinstance(value, str) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _prove_references(db, tables) -> None:
    """Every foreign key of these tables refers to a row that exists (what the server's checks,
    suspended for the bulk write, would have refused): one anti-join per key."""
    keys = db.execute_sql(
        "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname FROM pg_constraint AS c "
        "JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute AS af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(%s)", (list(tables),)).fetchall()
    for table, column, parent, parent_column in keys:
        dangling = db.execute_sql(
            # regclass text is already quoted where a name needs it ("user").
            f'SELECT COUNT(*) FROM {table} AS c WHERE c."{column}" IS NOT NULL AND NOT EXISTS '
            f'(SELECT 1 FROM {parent} AS p WHERE p."{parent_column}" = c."{column}")').fetchone()[0]
        if dangling:
            raise RuntimeError(f"demo: {dangling} rows of {table}.{column} refer to no {parent} row")


class _BulkBooks:
    """The million-line branch's writer: documents, lines, postings, cache rows, counters and audit
    rows as ``post`` writes them, built in Python and inserted a day at a time with executemany.

    Only for the demo generator, whose mirror of the books already keeps every book from going
    negative: what ``post`` would check per document is verified for the whole result instead by
    ``check`` (numbering gapless, cache equal to a rebuild, postings equal to the lines' effects
    (doctypes.line_effects, the same table), never negative on any day). Reversals go through the
    real ``reverse`` after a flush; ids and counters are read back from the database after it.
    """

    def __init__(self, actor: Actor):
        from common.db import database
        from ledger.models import Document, Party, Part

        self.db = database.obj
        self.user = actor.user
        self.parts = {number: (part_id, price) for part_id, number, price in
                      Part.select(Part.id, Part.number, Part.price_fen).tuples()}
        self.parties = dict((code, party_id) for party_id, code in Party.select(Party.id, Party.code).tuples())
        self.types: dict[int, str] = {}  # document id -> type, for what a loss or receipt refers to
        self.numbers: dict[int, str] = {}  # document id -> number, for the audit row of what refers to it
        self.stamp = Document._meta.fields["created_at"].db_value
        if not isinstance(self.db, peewee.SqliteDatabase):
            # Two upserts per posting by a PL/pgSQL trigger were most of a PostgreSQL build: the
            # period totals are summed once at the end instead (``finish``), in this transaction.
            self.db.execute_sql(f"ALTER TABLE ledger_posting DISABLE TRIGGER {PERIODS_TRIGGER}")
            self.db.execute_sql(f"ALTER TABLE ledger_posting DISABLE TRIGGER {MONTHS_TRIGGER}")
            # The foreign-key triggers were two thirds of what the server spent per row. A superuser
            # (the bench's private server) writes without them, in this transaction only, and
            # ``finish`` proves every reference of the rows written instead, in one pass per key.
            self.unchecked = self.db.execute_sql(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
            if self.unchecked:
                self.db.execute_sql("SET LOCAL session_replication_role = replica")
        self.documents, self.lines, self.postings, self.audit_rows = [], [], [], []
        self.net: dict[tuple, int] = defaultdict(int)
        self.reload()

    def reload(self) -> None:
        """Next ids and counters from the database (after a flush or a real posting)."""
        from ledger.models import Document, DocumentCounter, DocumentLine

        self.next_document = (Document.select(fn.MAX(Document.id)).scalar() or 0) + 1
        self.next_line = (DocumentLine.select(fn.MAX(DocumentLine.id)).scalar() or 0) + 1
        self.counters = {(t, y): seq for t, y, seq in
                         DocumentCounter.select(DocumentCounter.doc_type, DocumentCounter.year,
                                                DocumentCounter.last_seq).tuples()}
        self.changed_counters: set = set()

    def post(self, actor: Actor, draft: Draft) -> _Pending:
        from ledger.doctypes import DOC_TYPES, document_number, line_effects
        from ledger.posting import balance_key

        doc_type = DOC_TYPES[draft.doc_type]
        document_id, self.next_document = self.next_document, self.next_document + 1
        key = (doc_type.code, draft.date.year)
        seq = self.counters[key] = self.counters.get(key, 0) + 1
        self.changed_counters.add(key)
        number = document_number(doc_type.code, draft.date.year, seq)
        party_id = self.parties[draft.party] if draft.party is not None else None
        reference_type = self.types.get(draft.reference) if draft.reference is not None else None
        self.types[document_id] = doc_type.code
        on = draft.date.isoformat()
        self.documents.append((document_id, doc_type.code, draft.date.year, seq, number, on, party_id,
                               draft.source_number, draft.reference, None, draft.remark,
                               self.stamp(actor.now), self.user.id))
        for line_no, line in enumerate(draft.lines, start=1):
            if not isinstance(line, DraftLine):
                line = DraftLine(*line)
            flag = doc_type.flag_default if line.flag is None else line.flag
            part_id, price = self.parts[line.part_number]
            line_id, self.next_line = self.next_line, self.next_line + 1
            self.lines.append((line_id, document_id, line_no, part_id, line.qty, price, bool(flag), line.remark))
            for book, delta in line_effects(doc_type.code, line.qty, flag, reference_type):
                if delta:
                    self.postings.append((document_id, line_id, on, part_id, book, party_id, delta))
                self.net[balance_key(part_id, book, party_id)] += delta
        self.audit_rows.append({
            "at": actor.now, "user": self.user.id, "username": self.user.username, "action": "ledger.post",
            "entity": "ledger_document", "entity_id": str(document_id),
            "detail": {"number": number, "doc_type": doc_type.code, "date": on, "lines": len(draft.lines),
                       "source_number": draft.source_number,
                       "reference": self.numbers.get(draft.reference) if draft.reference is not None else None},
        })
        self.numbers[document_id] = number
        pending = _Pending()
        pending.document_id = document_id
        return pending

    def _insert(self, model, columns, rows) -> None:
        """SQLite: posting's own executemany. PostgreSQL: COPY, which the server parses and writes
        faster than multi-row INSERTs (psycopg2's executemany sends one statement per row)."""
        from ledger.posting import _insert_rows

        if isinstance(self.db, peewee.SqliteDatabase):
            _insert_rows(model, columns, rows)
            return
        buffer = io.StringIO()
        for row in rows:
            buffer.write("\t".join(_copy_text(value) for value in row))
            buffer.write("\n")
        buffer.seek(0)
        self.db.cursor().copy_expert('COPY "{}" ({}) FROM STDIN'.format(
            model._meta.table_name, ", ".join(f'"{c}"' for c in columns)), buffer)

    def _add_to_balances(self, rows) -> None:
        from ledger.models import Balance
        from ledger.posting import _add_to_balances

        if isinstance(self.db, peewee.SqliteDatabase):
            _add_to_balances(rows)
            return
        from psycopg2.extras import execute_values

        table = Balance._meta.table_name
        execute_values(self.db.cursor(), f'INSERT INTO "{table}" (part_id, book, party_key, qty) VALUES %s '
                       f'ON CONFLICT (part_id, book, party_key) DO UPDATE SET qty = "{table}".qty + EXCLUDED.qty',
                       rows, page_size=2000)

    def finish(self) -> None:
        self.settle()
        if not isinstance(self.db, peewee.SqliteDatabase):
            self.db.execute_sql(f"ALTER TABLE ledger_posting ENABLE TRIGGER {PERIODS_TRIGGER}")
            self.db.execute_sql(f"ALTER TABLE ledger_posting ENABLE TRIGGER {MONTHS_TRIGGER}")
            if self.unchecked:
                self.db.execute_sql("SET LOCAL session_replication_role = DEFAULT")
                _prove_references(self.db, ("ledger_document", "ledger_document_line", "ledger_posting"))
        for fill in _refills():
            fill(self.db)

    def flush(self) -> None:
        import json

        from common import audit
        from ledger.models import Document, DocumentCounter, DocumentLine, Posting

        if not self.documents:
            return
        self._insert(Document, [f.column_name for f in Document._meta.sorted_fields], self.documents)
        self._insert(DocumentLine, [f.column_name for f in DocumentLine._meta.sorted_fields], self.lines)
        self._insert(Posting, ("document_id", "line_id", "date", "part_id", "book", "party_id", "delta"), self.postings)
        for row in self.audit_rows:
            row["detail"] = json.dumps(row["detail"], ensure_ascii=False, sort_keys=True, default=str)
        audit.append_rows(self.audit_rows)
        if not isinstance(self.db, peewee.SqliteDatabase):  # explicit ids: the sequences follow them
            for model in (Document, DocumentLine):
                table = model._meta.table_name
                self.db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                    f"(SELECT MAX(id) FROM {table}))")
        self.documents, self.lines, self.postings, self.audit_rows = [], [], [], []

    def settle(self) -> None:
        """Write what the days so far added to the balance cache and the counters: before a real
        posting (which reads and updates both) and at the end. Not once a day: on PostgreSQL each
        update of a row leaves a version behind that the build's own long transaction cannot
        prune, and a cache row updated every day of ten years is found through thousands of them
        (the upserts were a quarter of a build)."""
        from ledger.models import DocumentCounter

        self.flush()
        self._add_to_balances([(part, book, party, delta) for (part, book, party), delta in sorted(self.net.items())
                               if delta])
        for doc_type, year in sorted(self.changed_counters):
            DocumentCounter.insert(doc_type=doc_type, year=year, last_seq=self.counters[(doc_type, year)]).on_conflict(
                conflict_target=[DocumentCounter.doc_type, DocumentCounter.year],
                update={DocumentCounter.last_seq: self.counters[(doc_type, year)]}).execute()
        self.net.clear()
        self.changed_counters.clear()


def populate(actor: Actor, rng: random.Random, start: date, end: date, scale: float = 1.0, *, posting: str = "post",
             progress: Callable[[int, int, int], None] | None = None) -> dict:
    """Create master data and post documents for every working day from ``start`` to ``end``.
    Returns counts per document type (plus parties, parts and lines).

    ``posting``: "post" posts every document on its own (``post``, as a clerk does); "batch" posts
    each day's documents with ``post_batch`` (an Excel import's path: every rule checked per
    document, the books once per day); "bulk" writes them as ``_BulkBooks`` does, which a branch of
    a million lines needs to be built in minutes (``check`` verifies the result).
    ``progress(days done, days in all, lines so far)`` is called after every working day.
    """
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

    day_drafts: list = []  # batched: (draft, _Pending) of the day not posted yet
    bulk = _BulkBooks(actor) if posting == "bulk" else None
    batched = posting == "batch"

    def send(draft: Draft):
        counts[draft.doc_type] += 1
        counts["lines"] += len(draft.lines)
        if bulk is not None:
            return bulk.post(at_desk(draft.date), draft)
        if not batched:
            return post(at_desk(draft.date), draft)
        pending = _Pending()
        day_drafts.append((draft, pending))
        return pending

    def flush(day: date) -> None:
        if bulk is not None:
            bulk.flush()
        if day_drafts:
            results = post_batch(at_desk(day), [draft for draft, _ in day_drafts])
            for (_, pending), result in zip(day_drafts, results):
                pending.document_id = result.document_id
            day_drafts.clear()

    def pick_parts(k: int) -> list:
        return list(dict.fromkeys(p["number"] for p in rng.choices(parts, weights=weights, k=k)))

    per_day = 20 * scale
    days_in_all, days_done = sum(1 for _ in _working_days(start, end)), 0
    for day in _working_days(start, end):
        # HQ ships what runs low, twice a week or so; and the branch always has a delivery on the
        # road at the end, so a clerk trying the demo can receive one (全部到货) and see 在途.
        # A bigger branch (scale) gets as many chances of a delivery a day as it is times bigger.
        for _ in range(max(1, round(scale))):
            if rng.random() < 0.45 or ((end - day).days <= 3 and not shipments):
                low = [p["number"] for p in parts if good[p["number"]] + in_transit[p["number"]] < p["safety"] * 2]
                chosen = list(dict.fromkeys(rng.sample(low, min(len(low), rng.randint(8, 25))) + pick_parts(3)))
                lines = {n: rng.randint(2, 12) for n in chosen}
                number = source("SZFH", day)
                result = send(Draft("HQ_SHIP", day, "HQ", number, lines=[(n, q) for n, q in lines.items()]))
                shipments.append((result, day, lines, number))
                for n, q in lines.items():
                    in_transit[n] += q
        # Goods with their delivery list arrive 2-6 days after shipping.
        for shipment in [s for s in shipments if (day - s[1]).days >= rng.randint(2, 6)]:
            shipments.remove(shipment)
            shipped, _, lines, number = shipment
            short = {n: 1 for n, q in lines.items() if q > 3 and rng.random() < 0.004}  # lost on the way
            got = {n: q - short.get(n, 0) for n, q in lines.items()}
            send(Draft("HQ_RECEIVE", day, "HQ", number, reference=shipped.document_id,
                       lines=[DraftLine(n, q, flag=returns_part[n]) for n, q in got.items()]))
            for n, q in got.items():
                in_transit[n] -= q
                good[n] += q
                owed_to[n] += q if returns_part[n] else 0
            if short:
                send(Draft("TRANSIT_LOSS", day, "HQ", reference=shipped.document_id, remark="物流短少，已向承运商索赔",
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
                flush(day)  # batched: the issue needs its id, and what follows its reversal
                if bulk is not None:
                    bulk.settle()  # the real reversal reads the cache and the counters
                reverse(at_desk(day), result.document_id, "发错服务站，冲销后重开", day)
                if bulk is not None:
                    bulk.reload()
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
            bad_returns.append((result, day, lines))
            for n, q in lines.items():
                bad[n] -= q
        for entry in [b for b in bad_returns if (day - b[1]).days >= 7]:
            bad_returns.remove(entry)
            returned, _, lines = entry
            confirm = []
            for n, q in lines.items():
                clears = min(q, owed_to[n])  # beyond what we owe HQ, received without clearing a debt
                if clears:
                    confirm.append(DraftLine(n, clears, flag=True))
                if q - clears:
                    confirm.append(DraftLine(n, q - clears, flag=False, remark="不抵欠"))
                owed_to[n] -= clears
            send(Draft("HQ_BAD_CONFIRM", day, "HQ", source("RKD", day), reference=returned.document_id, lines=confirm))
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
        flush(day)
        days_done += 1
        if progress is not None:
            progress(days_done, days_in_all, counts["lines"])
    if bulk is not None:
        bulk.finish()
    summary = {"parties": 1 + len(stations) + len(customers), "parts": len(parts)}
    summary.update({f"documents_{k.lower()}": v for k, v in sorted(counts.items()) if k != "lines"})
    summary["document_lines"] = counts["lines"]
    return summary


def sign_recent_days(actors: dict, passwords: dict, today: date) -> int:
    """The demo's daily reports as a real branch has them: the last two weeks produced, signed by
    finance and the manager the next morning (which locks them), except the two most recent
    working days, still waiting for signatures. ``actors`` and ``passwords`` by role."""
    from ledger import daily

    days = [today - timedelta(days=n) for n in range(1, 20)]
    working = [day for day in days if day.weekday() < 5][2:12]
    for day in sorted(working):
        morning = datetime.combine(day + timedelta(days=1), time(9, 10))
        daily.produce(actors["clerk"].at(morning), day)
        daily.sign_finance(actors["finance"].at(morning + timedelta(minutes=20)), day, passwords["finance"])
        daily.sign_manager(actors["manager"].at(morning + timedelta(minutes=40)), day, passwords["manager"])
    return len(working)

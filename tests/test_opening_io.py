"""期初 import (issue 12): the sheet 期初 as the clerk fills it, every bad input with its row and
column, all or nothing, a realistic branch going live and a month of documents after it, and the
command line (import opening, export opening-template, balance --json --at, check)."""
import json
import random
from datetime import date, datetime

import openpyxl
import pytest

from common.models import AuditLog
from ledger import books, checks, io
from ledger.daily import build_report
from ledger.models import Document, Part, Posting
from ledger.opening_io import OPENING_HEADERS, OPENING_SHEET, import_opening, write_opening_template
from ledger.posting import Draft, create_part, create_party, post, shipment_open
from tests.accounts import add_user
from tests.test_cli import ADMIN, run_cli
from tests.test_ledger_io import bad_rows, refused
from tests.test_ledger_io import workbook as documents_workbook
from ui.messages import refusal_text

D = date
GO_LIVE = D(2026, 10, 31)


def setup_parties(actor):
    create_party(actor, "HQ", "客服本部", "hq")
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_party(actor, "KF01", "开封东方汽车经销商", "dealer")
    create_party(actor, "MS", "门市散客", "customer")
    create_part(actor, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)


def opening_book(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = OPENING_SHEET
    sheet.append(OPENING_HEADERS)
    for row in rows:
        sheet.append(list(row) + [None] * (len(OPENING_HEADERS) - len(row)))
    book.save(path)
    return path


def line(book, part, qty, party=None, origin=None, number=None, name=None, price=None, remark=None):
    return [book, party, part, name, qty, price, origin, number, remark]


def unchanged(call):
    """Call (expecting a refusal) and check nothing at all was written; return (row, column, code)s."""
    before = (Document.select().count(), Posting.select().count(), Part.select().count(), AuditLog.select().count())
    found = bad_rows(call)
    assert (Document.select().count(), Posting.select().count(), Part.select().count(),
            AuditLog.select().count()) == before
    return found


def test_a_good_file_posts_the_opening_and_a_dry_run_writes_nothing(db, actors, tmp_path):
    manager = actors["manager"]
    setup_parties(manager)
    path = opening_book(tmp_path / "opening.xlsx", [
        line("好件库存", "BP-3501010", 20),
        line("good", "NEW-1", 2, name="新备件", price=12.5),
        line("欠人坏件", "BP-3501010", 3, "HQ", D(2026, 7, 1)),
        line("人欠坏件", "BP-3501010", 4, "郑州金水服务站", D(2026, 9, 1), "ZZ-1"),
        line("在途(总部发来)", "BP-3501010", 6, "HQ", D(2026, 10, 28), "FH-1"),
    ])
    before = Document.select().count(), Part.select().count()
    preview = import_opening(manager, path, GO_LIVE, dry_run=True)
    assert preview.dry_run and preview.line_count == 5 and [p.number for p in preview.new_parts] == ["NEW-1"]
    assert (Document.select().count(), Part.select().count()) == before
    result = import_opening(manager, path, GO_LIVE)
    assert result.number == preview.number and result.line_count == 5
    assert Part.get(Part.number == "NEW-1").price_fen == 1250
    assert books.balances_at(GO_LIVE)["parts"]["BP-3501010"] == {
        "good": 20, "bad": 0, "in_transit_in": 6, "in_transit_out": 0, "owed_to": {"HQ": 3}, "owed_by": {"ZZ01": 4}}


def test_a_second_opening_and_one_dated_after_documents_are_refused(db, actors, tmp_path):
    manager = actors["manager"]
    setup_parties(manager)
    path = opening_book(tmp_path / "opening.xlsx", [line("好件库存", "BP-3501010", 20)])
    post(actors["clerk"], Draft("HQ_SHIP", D(2026, 10, 30), "HQ", "FH-9", lines=[("BP-3501010", 1)]))
    r = refused(import_opening, manager, path, GO_LIVE)
    assert (r.code, r.facts["document_date"]) == ("ledger.opening_after_documents", "2026-10-30")
    assert "2026-10-30" in refusal_text(r)
    import_opening(manager, path, D(2026, 10, 29))
    r = refused(import_opening, manager, path, D(2026, 10, 28))
    assert r.code == "ledger.opening_exists"
    assert "只能建账一次" in refusal_text(r)


def test_every_bad_row_is_named_with_its_column_and_nothing_is_posted(db, actors, tmp_path):
    manager = actors["manager"]
    setup_parties(manager)
    path = opening_book(tmp_path / "bad.xlsx", [
        line("好件库存", "BP-3501010", 20),                                     # row 2 fine
        line("欠人坏件", "BP-3501010", 1, "ZZ01"),                              # 3 a station in owed_to
        line("人欠坏件", "BP-3501010", 1, "MS"),                                # 4 a customer in owed_by
        line("好件库存", "BP-3501010", -3),                                     # 5 negative
        line("坏件库存", "BP-3501010", 1.5),                                    # 6 fractional
        line("在途（总部发来）", "BP-3501010", 2, "HQ", D(2026, 10, 1)),        # 7 no HQ number
        line("在途（总部发来）", "BP-3501010", 2, "HQ", D(2026, 10, 1), "FH-7"),  # 8 fine
        line("在途（总部发来）", "BP-3501010", 1, "HQ", D(2026, 10, 2), "FH-7"),  # 9 same number and part
        line("人欠坏件", "BP-3501010", 1, "KF01", D(2026, 11, 1)),              # 10 after go-live
        line("好件库存", "UNKNOWN-9", 1),                                       # 11 unknown part, no name
        line("库存", "BP-3501010", 1),                                          # 12 no such book
    ])
    found = unchanged(lambda: import_opening(manager, path, GO_LIVE))
    assert found == [
        (3, "往来单位", "ledger.opening_party_wrong_kind"),
        (4, "往来单位", "ledger.opening_party_wrong_kind"),
        (5, "数量", "ledger.bad_quantity"),
        (6, "数量", "excel.not_integer"),
        (7, "原始单号", "ledger.opening_number_required"),
        (9, "原始单号", "ledger.opening_duplicate_shipment_line"),
        (10, "原始日期", "ledger.opening_origin_after"),
        (11, "备件名称", "ledger_io.new_part_needs_name"),
        (12, "账本", "ledger.opening_bad_book"),
    ]
    problem = refused(import_opening, manager, path, GO_LIVE)
    text = refusal_text(problem)
    assert "期初「原始单号」列：\n第 9 行：原始单号 FH-7 的备件 BP-3501010 已在第 8 行出现" in text
    assert "期初「往来单位」列：\n第 3 行：往来单位 ZZ01 的类型是 服务站" in text


def hq_ship_numbers(count):
    return [f"FH2026{1020 + n:04d}" for n in range(count)]


def realistic_rows(rng):
    """A branch on its go-live day: 300 parts on the shelves, a dozen stations owing bad parts of
    several ages, HQ owed bad parts, four HQ shipments on the road, two returns HQ has not confirmed."""
    rows, truth = [], {}

    def add(book, part, qty, party=None, origin=None, number=None, name=None, price=None):
        rows.append(line(book, part, qty, party, origin, number, name, price))
        key = (part, book, party)
        truth[key] = truth.get(key, 0) + qty

    parts = [f"P{n:05d}" for n in range(300)]
    for n, part in enumerate(parts):
        add("好件库存", part, rng.randint(1, 60), name=f"备件{n}", price=round(rng.uniform(1, 900), 2))
        if n % 3 == 0:
            add("坏件库存", part, rng.randint(1, 5))
    stations = [f"ST{n:02d}" for n in range(12)]
    for s, station in enumerate(stations):
        for k in range(5):
            add("人欠坏件", parts[(s * 17 + k * 5) % 300], rng.randint(1, 4), station,
                D(2026, 4 + (s + k) % 6, 1 + (s * 3 + k) % 28), f"SQ-{station}-{k}")
    for k in range(20):
        add("欠人坏件", parts[k * 7], rng.randint(1, 6), "HQ", D(2026, 3 + k % 7, 10))
    for s, number in enumerate(hq_ship_numbers(4)):
        for k in range(6):
            add("在途（总部发来）", parts[s * 40 + k], rng.randint(2, 12), "HQ", D(2026, 10, 20 + s), number)
    for s, number in enumerate(["FZ-0901", "FZ-0915"]):
        for k in range(3):
            part = parts[k * 7]
            add("在途（返总部）", part, 1, "HQ", D(2026, 9, 1 + 14 * s), number)
    return rows, truth, parts, stations


def expected_balance(truth, parts):
    result = {p: {"good": 0, "bad": 0, "in_transit_in": 0, "in_transit_out": 0, "owed_to": {}, "owed_by": {}}
              for p in parts}
    names = {"好件库存": "good", "坏件库存": "bad", "在途（总部发来）": "in_transit_in", "在途（返总部）": "in_transit_out",
             "欠人坏件": "owed_to", "人欠坏件": "owed_by"}
    for (part, book, party), qty in truth.items():
        book = names[book]
        if book in ("owed_to", "owed_by"):
            result[part][book][party] = result[part][book].get(party, 0) + qty
        else:
            result[part][book] += qty
    return result


def test_a_realistic_branch_goes_live_and_works_a_month_on_its_opening(db, actors, tmp_path):
    manager, clerk = actors["manager"], actors["clerk"]
    create_party(manager, "HQ", "客服本部", "hq")
    rng = random.Random(12)
    rows, truth, parts, stations = realistic_rows(rng)
    for n, station in enumerate(stations):
        create_party(manager, station, f"第{n}服务站", "station")
    result = import_opening(manager, opening_book(tmp_path / "opening.xlsx", rows), GO_LIVE)
    assert result.line_count == len(rows) and len(result.new_parts) == 300
    # balance --json --at GO_LIVE is the file, summed per part, book and party.
    assert books.balances_at(GO_LIVE)["parts"] == expected_balance(truth, parts)
    assert checks.check_invariants() == []
    assert build_report(GO_LIVE).ok

    # A month of documents naming the opening's shipments and debts, imported like any file.
    first = hq_ship_numbers(4)[0]
    open_on_first = {r[2]: r[4] for r in rows if r[0] == "在途（总部发来）" and r[7] == first}
    st0_debts = sorted((r for r in books.owed_open("owed_by", D(2026, 11, 1), "ST00").dicts()),
                       key=lambda r: r["date"])
    oldest = st0_debts[0]
    docs = [[D(2026, 11, 3), "总部到货", first, "HQ", part, None, qty, None, "是", first, None]
            for part, qty in sorted(open_on_first.items())]
    docs.append([D(2026, 11, 5), "服务站返坏件", "ST00-R1", "ST00", oldest["part_number"], None, oldest["open_qty"],
                 None, None, None, None])
    docs.append([D(2026, 11, 12), "总部确认收坏件", "RK-1112", "HQ", parts[0], None, 1, None, None, "FZ-0901", None])
    io.import_documents(clerk, documents_workbook(tmp_path / "month.xlsx", docs))

    after = books.balances_at(D(2026, 11, 30))["parts"]
    for part, qty in open_on_first.items():
        before = expected_balance(truth, parts)[part]
        assert after[part]["in_transit_in"] == before["in_transit_in"] - qty
        assert after[part]["good"] == before["good"] + qty
        confirmed = 1 if part == parts[0] else 0  # RK-1112 cleared one of its debts to HQ
        assert after[part]["owed_to"].get("HQ", 0) == before["owed_to"].get("HQ", 0) + qty - confirmed
    # The first shipment is closed; the others are still on the road.
    opening_id = Document.get(Document.doc_type == "OPENING").id
    assert not any(shipment_open(opening_id, first).values())
    second = hq_ship_numbers(4)[1]
    assert shipment_open(opening_id, second) == {
        Part.get(Part.number == r[2]).id: r[4] for r in rows if r[0] == "在途（总部发来）" and r[7] == second}
    # 郑州's oldest debt is gone; the next one keeps its original date and age.
    remaining = list(books.owed_open("owed_by", D(2026, 11, 30), "ST00").dicts())
    assert (oldest["date"], oldest["part_number"]) not in {(r["date"], r["part_number"]) for r in remaining}
    assert all(r["days_open"] == (D(2026, 11, 30) - D.fromisoformat(r["date"])).days for r in remaining)
    assert min(r["date"] for r in remaining) < "2026-10-31"  # ages from before go-live
    overdue = books.owed_overdue("owed_by", D(2026, 11, 30))
    assert {r["party_code"] for r in overdue} == set(stations)
    assert checks.check_invariants() == []
    for day in (D(2026, 11, 3), D(2026, 11, 5), D(2026, 11, 12)):
        assert build_report(day).ok


def test_the_template_imports_as_it_is_written(db, actors, tmp_path):
    manager = actors["manager"]
    setup_parties(manager)
    path = write_opening_template(tmp_path / "template.xlsx")
    result = import_opening(manager, path, GO_LIVE, dry_run=True)
    assert result.line_count == 6 and [p.number for p in result.new_parts] == ["OF-1012010"]


def test_the_command_line_opens_the_books_and_balance_at_go_live_is_the_file(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    added = add_user(db, "boss", "manager", "boss-pass-1", tmp_path, name="张经理")
    assert added.returncode == 0, added.stderr
    boss = {"BRANCHDESK_USER": "boss", "BRANCHDESK_PASSWORD": "boss-pass-1"}
    parties = documents_workbook(tmp_path / "parties.xlsx", parties=[["HQ", "客服本部", "总部", None, None, None],
                                                                     ["ZZ01", "郑州服务站", "服务站", None, None, None]])
    assert run_cli("--db", db, "import", "parties", parties, env=ADMIN, data_dir=tmp_path).returncode == 0
    template = tmp_path / "template.xlsx"
    written = run_cli("--db", db, "export", "opening-template", "--out", template, env=boss, data_dir=tmp_path)
    assert written.returncode == 0, written.stderr
    dry = run_cli("--db", db, "import", "opening", template, "--date", "2026-10-31", "--dry-run",
                  env=boss, data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "预览（未写入）" in dry.stdout
    done = run_cli("--db", db, "import", "opening", template, "--date", "2026-10-31", env=boss, data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "已建期初" in done.stdout
    again = run_cli("--db", db, "import", "opening", template, "--date", "2026-10-30", env=boss, data_dir=tmp_path)
    assert again.returncode != 0 and "只能建账一次" in (again.stdout + again.stderr)
    balance = run_cli("--db", db, "balance", "--json", "--at", "2026-10-31", env=boss, data_dir=tmp_path)
    assert balance.returncode == 0, balance.stderr
    parts = json.loads(balance.stdout)["parts"]
    assert parts["BP-3501010"] == {"good": 20, "bad": 3, "in_transit_in": 0, "in_transit_out": 2,
                                   "owed_to": {"HQ": 5}, "owed_by": {"ZZ01": 4}}
    assert parts["OF-1012010"]["in_transit_in"] == 10
    checked = run_cli("--db", db, "check", env=boss, data_dir=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr

"""Archive figures: search p95 per kind of query, importing 20,000 archive rows, opening a vehicle
with 50 visits and 200 scans (domain reads, and the VehicleView filled offscreen).

Runs on a private copy of the demo database (bench/run.py); it writes to it (the import, the big
vehicle), which is why it must never be pointed at a real branch's file.
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import open_as, p95_ms, timed

IMPORT_ROWS = 20_000


def _samples():
    from archive import validate
    from archive.models import ArchiveBox, Customer, Vehicle

    vehicle = (Vehicle.select(Vehicle, Customer).join(Customer)
               .where(Vehicle.plate.is_null(False) & Customer.phone_digits.is_null(False) & (Customer.kind == "person"))
               .order_by(Vehicle.id).offset(Vehicle.select().count() // 2).first())
    customer = vehicle.customer
    box = ArchiveBox.select().order_by(ArchiveBox.id).first()
    samples = [
        ("VIN full", vehicle.vin),
        ("VIN last 6", vehicle.vin[-6:]),
        ("plate with province", vehicle.plate),
        ("plate without province", validate.plate_key(vehicle.plate)),
        ("name hanzi", customer.name),
        ("name full pinyin", customer.name_pinyin),
        ("name initials", customer.name_initials),
        ("phone last 4", customer.phone_digits[-4:]),
        ("archive number", customer.archive_number),
    ]
    if box is not None:
        samples.append(("box number", box.number))
    return samples


def _import_file(path: Path, rows: int, today: date) -> None:
    from archive import demo, io
    from common.excel import Sheet, write_workbook

    rng = random.Random(66)
    checklist = ["原件"] * len(io.CHECKLIST_HEADERS)

    def generate():
        for n in range(rows):
            delivered = today - timedelta(days=rng.randrange(30, 3000))
            birth = date(rng.randrange(1955, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
            vin = demo.vin(rng, "LFV", delivered.year, n)
            vin = vin[:10] + "Z" + vin[11:]  # plant Z: the demo never uses it, so no VIN clashes
            from archive import validate
            vin = validate.with_check_digit(vin)
            yield (["", "个人", demo.person_name(rng), demo.resident_id(rng, birth),
                    rng.choice(demo.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}", "郑州市", vin, "",
                    "速腾", "白色", delivered, delivered, "否", None, "李明", delivered] + checklist)

    kinds = {h: "text" for h in io.HEADERS}
    kinds.update({h: "date" for h in ("开票日期", "交车日期", "保修截止", "资料移交日期")})
    write_workbook(path, [Sheet(io.SHEET, io.HEADERS, generate(), kinds=kinds)])


def _big_vehicle(clerk, today: date) -> str:
    from archive import files, scans, validate

    owner = files.create_customer(clerk, kind="person", name="测试大户")
    vin = validate.with_check_digit("LFVBENCH0P9000050")
    delivered = today - timedelta(days=3 * 365)
    registered = files.register_vehicle(clerk, owner.id, vin=vin, delivery_date=delivered, responsible="李明")
    visits = []
    for n in range(50):
        visits.append(files.add_repair_visit(clerk, vin, visit_date=delivered + timedelta(days=20 * (n + 1)),
                                             ro_number=f"BENCH{n:04d}", mileage_km=1000 * n, amount_fen=10000,
                                             responsible="刘洋"))
    papers = [("sales", registered.sales_file_id, code) for code in files.SALES_CHECKLIST] + \
             [("repair", v.id, code) for v in visits for code in files.REPAIR_CHECKLIST]
    for n in range(200):
        kind, file_id, item = papers[n % len(papers)]
        content = b"\xff\xd8\xff\xe0" + os.urandom(64) + bytes(30_000)
        scans.attach_scan(clerk, kind, file_id, item, f"scan{n}.jpg", content)
    return vin


def measure(db_path: Path) -> list[list[str]]:
    from archive import files, io, scans, search

    manager = open_as(db_path, "manager")
    clerk = open_as(db_path, "clerk")
    rows: list[list[str]] = []
    for label, text in _samples():
        times = timed(lambda: search.search(clerk, text), runs=40)
        rows.append([f"archive search p95: {label} ({text})", p95_ms(times), "<= 30 ms"])

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archives.xlsx"
        _import_file(path, IMPORT_ROWS, clerk.today)
        started = time.perf_counter()
        result = io.import_archives(clerk, path)
        rows.append([f"import {result.rows:,} archive rows", f"{time.perf_counter() - started:.1f} s", "<= 20 s"])

    vin = _big_vehicle(clerk, clerk.today)

    def open_domain():
        found = files.vehicle_file(manager, vin)
        scans.scans_of_vehicle(manager, found.vehicle.id)

    rows.append(["open vehicle (50 visits, 200 scans): domain reads", p95_ms(timed(open_domain, runs=20)) + " p95",
                 "<= 150 ms"])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.vehicle_view import VehicleView

    app = QApplication.instance() or QApplication([])
    view = VehicleView(manager)
    rows.append(["open vehicle (50 visits, 200 scans): screen filled", p95_ms(timed(lambda: view.show_vin(vin), runs=10))
                 + " p95", "<= 150 ms"])
    view.deleteLater()
    app.processEvents()
    return rows

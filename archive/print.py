"""Printed papers of the vehicle archive (common.pdf page frame, Chinese font embedded).

- ``print_cover_sheet``: the cover sheet that goes on top of a vehicle's paper files: archive
  number, customer, vehicle, box, and the checklist of the sales file and of every repair visit
  with each paper's state (原件 / 复印件 / 缺) and how many scans it has, so a missing paper is
  seen at a glance on the paper too.
- ``print_box_contents``: the content list of an archive box (打包保存): one line per vehicle,
  with places to sign for who packed and who checked it.

Both return the page count. The header prints the branch's identity (common.branch): its name,
brand, address, phone and code, or a generic name while none is set.
"""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from common.actor import Actor
from common.branch import identity
from common.pdf import build_pdf, format_yuan, para, table
from common.personal_data import export_personal

from archive import files, scans, validate
from archive.models import REPAIR_CHECKLIST, SALES_CHECKLIST

STATE_LABELS = {"original": "原件", "copy": "复印件", "missing": "缺"}
KIND_LABELS = {"person": "个人", "company": "单位"}


def _day(value) -> str:
    return value.isoformat() if value else "—"


def print_cover_sheet(actor: Actor, vin: str, target, printed_at: datetime) -> int:
    """The cover sheet of one vehicle's files (both files, with checklist states)."""
    found = files.vehicle_file(actor, vin)
    vehicle, customer, sales_file = found.vehicle, found.customer, found.sales_file
    scan_counts: dict[tuple, int] = {}
    for scan in scans.scans_of_vehicle(actor, vehicle.id):
        key = (scan.kind, scan.file_id, scan.item)
        scan_counts[key] = scan_counts.get(key, 0) + 1

    facts = [
        ["档案编号", customer.archive_number or "", "档案盒", found.box.number if found.box else "未装盒"],
        ["客户", f"{customer.name}（{KIND_LABELS.get(customer.kind, customer.kind)}）", "电话", customer.phone or ""],
        ["车架号", vehicle.vin, "车牌号", validate.plate_display(vehicle.plate) if vehicle.plate else ""],
        ["车型 / 颜色", f"{vehicle.model} {vehicle.colour}".strip(), "交车日期", _day(vehicle.delivery_date)],
        ["保修截止", _day(vehicle.warranty_until), "开票日期", _day(vehicle.invoice_date)],
    ]
    story = [table(facts, [25 * mm, "*", 25 * mm, "*"], header_rows=0, align=["LEFT"] * 4)]

    story.append(para(f"销售档案　责任人：{sales_file.responsible}　移交期限：{_day(sales_file.handover_due)}"
                      f"　移交日期：{_day(sales_file.handed_over_on)}", "heading"))
    rows = [["序号", "资料", "状态", "扫描件"]]
    states = {item.item: item.state for item in found.sales_items}
    for number, (code, label) in enumerate(SALES_CHECKLIST.items(), start=1):
        rows.append([str(number), label, STATE_LABELS[states.get(code, "missing")],
                     str(scan_counts.get(("sales", sales_file.id, code), 0))])
    missing = sum(1 for code in SALES_CHECKLIST if states.get(code, "missing") == "missing")
    rows.append(["", "缺件合计", f"{missing} 项", ""])
    story.append(table(rows, [12 * mm, "*", 25 * mm, 20 * mm], align=["CENTER", "LEFT", "CENTER", "RIGHT"],
                       total_rows=1))

    story.append(para(f"维修档案：{len(found.visits)} 次进厂", "heading"))
    if found.visits:
        header = ["进厂日期", "工单号", "里程(km)", "金额(元)", "责任人", "移交日期"] + list(REPAIR_CHECKLIST.values())
        visit_rows = [header]
        for visit in found.visits:
            item_states = {item.item: item.state for item in visit.items_list}
            visit_rows.append([_day(visit.visit_date), visit.ro_number, f"{visit.mileage_km:,}",
                               format_yuan(visit.amount_fen), visit.responsible, _day(visit.handed_over_on)]
                              + [STATE_LABELS[item_states.get(code, "missing")] for code in REPAIR_CHECKLIST])
        story.append(table(visit_rows, font_size=8))
    # The customer's name and phone on paper: permission and record (common.personal_data).
    return export_personal(actor, "cover_sheet", target, lambda: build_pdf(
        target, "车辆档案封面", identity(), printed_at, story,
        signatures=[("建档人", actor.user.display_name, printed_at.date()), ("复核人", None, None)]),
        records=1, entity="vehicle", entity_id=vehicle.id, detail={"vin": vehicle.vin})


def print_box_contents(actor: Actor, box_number: str, target, printed_at: datetime) -> int:
    """The content list of one archive box."""
    vehicles = list(files.box_contents(actor, box_number))
    number = validate.text(box_number).upper()
    rows = [["序号", "档案编号", "客户", "车架号", "车牌号", "交车日期", "保修截止"]]
    for index, vehicle in enumerate(vehicles, start=1):
        rows.append([str(index), vehicle.customer.archive_number or "", vehicle.customer.name, vehicle.vin,
                     validate.plate_display(vehicle.plate) if vehicle.plate else "", _day(vehicle.delivery_date),
                     _day(vehicle.warranty_until)])
    story = [para(f"档案盒号：{number}　　共 {len(vehicles)} 份车辆档案（每份含销售档案与维修档案）"),
             table(rows, [12 * mm, 22 * mm, "*", 42 * mm, 24 * mm, 22 * mm, 22 * mm],
                   align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER"])]
    return export_personal(actor, "box_contents", target, lambda: build_pdf(
        target, "档案盒内容清单", identity(), printed_at, story,
        signatures=[("装盒人", actor.user.display_name, printed_at.date()), ("复核人", None, None)]),
        records=len(vehicles), entity="archive_box", detail={"box": number})

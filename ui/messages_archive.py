"""Refusal texts of the vehicle archive (archive.*). Merged by ui/messages.py.

``FIELDS`` gives the Chinese label of each ``field`` fact the archive refuses with; ui/messages.py
puts the label in place of the code, so a generic template still names the field in words.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELDS = {
    "vin": QT_TRANSLATE_NOOP("Field", "车架号"),
    "plate": QT_TRANSLATE_NOOP("Field", "车牌号"),
    "name": QT_TRANSLATE_NOOP("Field", "客户名称"),
    "id_number": QT_TRANSLATE_NOOP("Field", "证件号码"),
    "phone": QT_TRANSLATE_NOOP("Field", "电话"),
    "delivery_date": QT_TRANSLATE_NOOP("Field", "交车日期"),
    "invoice_date": QT_TRANSLATE_NOOP("Field", "开票日期"),
    "visit_date": QT_TRANSLATE_NOOP("Field", "进厂日期"),
    "handed_over_on": QT_TRANSLATE_NOOP("Field", "移交日期"),
    "responsible": QT_TRANSLATE_NOOP("Field", "责任人"),
    "ro_number": QT_TRANSLATE_NOOP("Field", "工单号"),
    "mileage_km": QT_TRANSLATE_NOOP("Field", "行驶里程"),
    "amount_fen": QT_TRANSLATE_NOOP("Field", "结算金额"),
    "box_number": QT_TRANSLATE_NOOP("Field", "档案盒号"),
    "archive_number": QT_TRANSLATE_NOOP("Field", "档案编号"),
    "holiday_name": QT_TRANSLATE_NOOP("Field", "节假日名称"),
}

TEXTS = {
    "archive.required": QT_TRANSLATE_NOOP("Refusal", "请填写 {field}。"),
    "archive.vin_length": QT_TRANSLATE_NOOP("Refusal", "车架号 {value} 有 {length} 位，应为 17 位。"),
    "archive.vin_characters": QT_TRANSLATE_NOOP(
        "Refusal", "车架号 {value} 含有不允许的字符 {characters}（车架号不用字母 I、O、Q，以免与 1、0 混淆）。"),
    "archive.vin_check_digit": QT_TRANSLATE_NOOP(
        "Refusal", "提醒：车架号 {value} 第 9 位校验位是 {found}，按 ISO 3779 应为 {expected}。请核对合格证；如无误可继续保存。"),
    "archive.vin_duplicate": QT_TRANSLATE_NOOP(
        "Refusal", "车架号 {value} 已登记在客户 {customer}（档案编号 {archive_number}）名下，不能重复建档。"),
    "archive.id_number_was_a_number": QT_TRANSLATE_NOOP(
        "Refusal", "证件号码 {value} 是以数字格式从 Excel 读入的：Excel 只保留 15 位有效数字，后几位已丢失。"
                   "请把该列设为“文本”格式后按证件原件重新录入。"),
    "archive.id_number_masked": QT_TRANSLATE_NOOP(
        "Refusal", "身份证号码 {value} 是部分隐去的号码（无权查看完整号码的角色导出的台账），请填写完整号码或留空。"),
    "archive.id_number_length": QT_TRANSLATE_NOOP("Refusal", "身份证号码 {value} 有 {length} 位，应为 18 位。"),
    "archive.id_number_format": QT_TRANSLATE_NOOP("Refusal", "身份证号码 {value} 格式不对：前 17 位应为数字，最后一位为数字或 X。"),
    "archive.id_number_check_digit": QT_TRANSLATE_NOOP(
        "Refusal", "身份证号码 {value} 校验位是 {found}，按 GB 11643 应为 {expected}：号码有录错的位，请对照原件。"),
    "archive.id_number_region": QT_TRANSLATE_NOOP("Refusal", "身份证号码 {value} 的地区码 {region} 不属于任何省份，请对照原件。"),
    "archive.id_number_birth_date": QT_TRANSLATE_NOOP("Refusal", "身份证号码 {value} 中的出生日期 {birth} 不是有效日期。"),
    "archive.credit_code_invalid": QT_TRANSLATE_NOOP("Refusal", "统一社会信用代码 {value} 无效（位数、字符或校验位不对）。"),
    "archive.id_number_duplicate": QT_TRANSLATE_NOOP(
        "Refusal", "证件号码 {value} 已属于客户 {customer}（档案编号 {archive_number}），请直接使用该客户。"),
    "archive.archive_number_taken": QT_TRANSLATE_NOOP("Refusal", "档案编号 {value} 已被其他客户使用。"),
    "archive.plate_format": QT_TRANSLATE_NOOP(
        "Refusal", "车牌号 {value} 不符合任何车牌格式（如 豫A·12345，新能源 豫A·D12345 或 豫A·12345D）。"),
    "archive.phone_format": QT_TRANSLATE_NOOP(
        "Refusal", "电话 {value} 既不是 11 位手机号，也不是“区号-号码”格式的固定电话（如 0371-65551234）。"),
    "archive.date_in_future": QT_TRANSLATE_NOOP("Refusal", "{field} {value} 晚于今天（{today}），请核对。"),
    "archive.customer_kind": QT_TRANSLATE_NOOP("Refusal", "客户类型 {value} 无效，应为个人或单位。"),
    "archive.unknown_customer": QT_TRANSLATE_NOOP("Refusal", "找不到客户（编号 {customer_id}）。"),
    "archive.unknown_vehicle": QT_TRANSLATE_NOOP("Refusal", "找不到车架号为 {value} 的车辆档案。"),
    "archive.unknown_item": QT_TRANSLATE_NOOP("Refusal", "清单中没有资料项 {item}。"),
    "archive.unknown_state": QT_TRANSLATE_NOOP("Refusal", "资料项 {item} 的状态 {state} 无效，应为原件、复印件或缺。"),
    "archive.not_whole_number": QT_TRANSLATE_NOOP("Refusal", "{field} {value} 不是整数。"),
    "archive.negative": QT_TRANSLATE_NOOP("Refusal", "{field} 不能为负数（{value}）。"),
    "archive.visit_before_delivery": QT_TRANSLATE_NOOP(
        "Refusal", "车辆 {vin} 的进厂日期 {value} 早于交车日期 {delivery_date}。"),
    "archive.ro_number_duplicate": QT_TRANSLATE_NOOP(
        "Refusal", "工单号 {value} 已用于车辆 {vin}（{visit_date} 进厂），不能重复。"),
    "archive.unknown_file_kind": QT_TRANSLATE_NOOP("Refusal", "未知的档案类别 {kind}。"),
    "archive.unknown_file": QT_TRANSLATE_NOOP("Refusal", "找不到档案（{kind} {file_id}）。"),
    "archive.handover_before_date": QT_TRANSLATE_NOOP(
        "Refusal", "车辆 {vin} 的资料移交日期 {value} 早于交车/进厂日期 {base_date}。"),
    "archive.handover_already_recorded": QT_TRANSLATE_NOOP(
        "Refusal", "车辆 {vin} 的这份资料已于 {recorded} 登记移交，不能再登记为 {value}。"),
    "archive.box_sealed": QT_TRANSLATE_NOOP("Refusal", "档案盒 {box} 已于 {sealed_at} 封盒，不能再放入档案。"),
    "archive.already_boxed": QT_TRANSLATE_NOOP("Refusal", "车辆 {vin} 的档案已在档案盒 {box} 中。"),
    "archive.under_warranty": QT_TRANSLATE_NOOP(
        "Refusal", "车辆 {vin} 保修期至 {warranty_until}，尚未过保，不能打包保存。"),
    "archive.pack_refused": QT_TRANSLATE_NOOP("Refusal", "档案盒 {box}：有 {count} 辆车不能装盒，本次未装入任何档案。"),
    "archive.unknown_box": QT_TRANSLATE_NOOP("Refusal", "找不到档案盒 {box}。"),
    "archive.holiday_unknown": QT_TRANSLATE_NOOP("Refusal", "日历中没有 {day} 这一天的节假日设置。"),
}

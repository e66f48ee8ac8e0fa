"""The words of the vehicle archive and the service desk (archive/): every code it refuses with or
reports from ``check``, with its Chinese template, and the namers of the labels its facts carry.

A raise site imports its code by name (``raise Refusal(COMPLAINTS_WRONG_STATE, number=...)``), so a
typo fails at import; common.messages.text words it in the current language (English from
resources/i18n/branchdesk_en.ts, collected by lupdate from the QT_TRANSLATE_NOOP markers here).
Each constant is the code with ``.`` as ``_`` in capitals.

Facts name fields by key (``field="vin"``: FIELDS below words it 车架号 / VIN) and carry the
archive's own labels (a complaint's state 已受理, a step 开场白, a score item 维修质量), marked with
QT_TRANSLATE_NOOP where the domain defines them; ``_label`` words them in the current language, and
leaves anything else (a customer's name, a department a manager typed) as it is.
"""
from __future__ import annotations

from common import i18n
from common.i18n import QT_TRANSLATE_NOOP
from common.messages import define, label_namer, register_fact_namer

# The ``field`` facts the archive refuses with (context "Field"), so a generic template names the
# field in words.
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
    # the holiday calendar and the branch's own festivals
    "calendar_kind": QT_TRANSLATE_NOOP("Field", "类型"),
    "calendar_day": QT_TRANSLATE_NOOP("Field", "日期"),
    "calendar_count": QT_TRANSLATE_NOOP("Field", "工作日数"),
    "festival_name": QT_TRANSLATE_NOOP("Field", "节日名称"),
    "festival_rule": QT_TRANSLATE_NOOP("Field", "日期规则"),
    "festival_month": QT_TRANSLATE_NOOP("Field", "月份"),
    "festival_day": QT_TRANSLATE_NOOP("Field", "日 / 第几个"),
    "festival_weekday": QT_TRANSLATE_NOOP("Field", "星期"),
    # handover forms, care mail-merge and the work-month report
    "handed_by": QT_TRANSLATE_NOOP("Field", "交出人"),
    "received_on": QT_TRANSLATE_NOOP("Field", "接收日期"),
    "reason": QT_TRANSLATE_NOOP("Field", "原因"),
    "batch": QT_TRANSLATE_NOOP("Field", "交接单号"),
    "not_arrived": QT_TRANSLATE_NOOP("Field", "未到资料"),
    "template": QT_TRANSLATE_NOOP("Field", "短信模板"),
    "month": QT_TRANSLATE_NOOP("Field", "月份"),
}

# The contexts the archive's labels are marked in, where the domain defines them.
LABEL_CONTEXTS = ("ServiceLabels", "EventLabels", "StyleLabels", "ValueClass", "MemberLevels", "Field")
# How the domain joins labels in one fact ("展厅接待、试乘试驾").
LIST_SEPARATOR = "、"
_SEPARATOR = QT_TRANSLATE_NOOP("ServiceLabels", "、")
# The facts that may carry labels.
LABEL_FACTS = ("state", "step", "missing", "item", "items", "kind", "department", "situation", "action",
               "style", "topic", "question", "questions", "known", "level", "deserved", "benefit", "offered",
               "title", "name", "category")


def _label_source(part: str) -> str | None:
    for context in LABEL_CONTEXTS:
        if i18n.english(context, part) is not None:
            return context
    return None


def _label(value: object) -> str | None:
    """One of the archive's labels (or a list of them joined by 、) in the current language; None
    for anything else, which then reads as it is."""
    if not isinstance(value, str) or not value:
        return None
    parts = value.split(LIST_SEPARATOR)
    contexts = [_label_source(part) for part in parts]
    if None in contexts:
        return None
    named = [i18n.translate(context, part) for context, part in zip(contexts, parts)]
    return i18n.translate("ServiceLabels", _SEPARATOR).join(named)


register_fact_namer("field", label_namer("Field", FIELDS))
for _key in LABEL_FACTS:
    register_fact_namer(_key, _label)

# -- the vehicle archive: customers, vehicles, their files and boxes (files, validate) -------------
ARCHIVE_REQUIRED = define("archive.required", QT_TRANSLATE_NOOP("Refusal", "请填写 {field}。"))
ARCHIVE_VIN_LENGTH = define("archive.vin_length", QT_TRANSLATE_NOOP("Refusal", "车架号 {value} 有 {length} 位，应为 17 位。"))
ARCHIVE_VIN_CHARACTERS = define("archive.vin_characters", QT_TRANSLATE_NOOP(
    "Refusal", "车架号 {value} 含有不允许的字符 {characters}（车架号不用字母 I、O、Q，以免与 1、0 混淆）。"))
ARCHIVE_VIN_CHECK_DIGIT = define("archive.vin_check_digit", QT_TRANSLATE_NOOP(
    "Refusal", "提醒：车架号 {value} 第 9 位校验位是 {found}，按 ISO 3779 应为 {expected}。请核对合格证；如无误可继续保存。"))
ARCHIVE_VIN_DUPLICATE = define("archive.vin_duplicate", QT_TRANSLATE_NOOP(
    "Refusal", "车架号 {value} 已登记在客户 {customer}（档案编号 {archive_number}）名下，不能重复建档。"))
ARCHIVE_ID_NUMBER_WAS_A_NUMBER = define("archive.id_number_was_a_number", QT_TRANSLATE_NOOP(
    "Refusal", "证件号码 {value} 是以数字格式从 Excel 读入的：Excel 只保留 15 位有效数字，后几位已丢失。"
    "请把该列设为“文本”格式后按证件原件重新录入。"))
ARCHIVE_ID_NUMBER_MASKED = define("archive.id_number_masked", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 是部分隐去的号码（无权查看完整号码的角色导出的台账），请填写完整号码或留空。"))
ARCHIVE_ID_NUMBER_LENGTH = define("archive.id_number_length", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 有 {length} 位，应为 18 位。"))
ARCHIVE_ID_NUMBER_FORMAT = define("archive.id_number_format", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 格式不对：前 17 位应为数字，最后一位为数字或 X。"))
ARCHIVE_ID_NUMBER_CHECK_DIGIT = define("archive.id_number_check_digit", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 校验位是 {found}，按 GB 11643 应为 {expected}：号码有录错的位，请对照原件。"))
ARCHIVE_ID_NUMBER_REGION = define("archive.id_number_region", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 的地区码 {region} 不属于任何省份，请对照原件。"))
ARCHIVE_ID_NUMBER_BIRTH_DATE = define("archive.id_number_birth_date", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 中的出生日期 {birth} 不是有效日期。"))
ARCHIVE_CREDIT_CODE_INVALID = define("archive.credit_code_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "统一社会信用代码 {value} 无效（位数、字符或校验位不对）。"))
ARCHIVE_ID_NUMBER_DUPLICATE = define("archive.id_number_duplicate", QT_TRANSLATE_NOOP(
    "Refusal", "证件号码 {value} 已属于客户 {customer}（档案编号 {archive_number}），请直接使用该客户。"))
ARCHIVE_ARCHIVE_NUMBER_TAKEN = define("archive.archive_number_taken", QT_TRANSLATE_NOOP(
    "Refusal", "档案编号 {value} 已被其他客户使用。"))
ARCHIVE_PLATE_FORMAT = define("archive.plate_format", QT_TRANSLATE_NOOP(
    "Refusal", "车牌号 {value} 不符合任何车牌格式（如 豫A·12345，新能源 豫A·D12345 或 豫A·12345D）。"))
ARCHIVE_PHONE_FORMAT = define("archive.phone_format", QT_TRANSLATE_NOOP(
    "Refusal", "电话 {value} 既不是 11 位手机号，也不是“区号-号码”格式的固定电话（如 0371-65551234）。"))
ARCHIVE_DATE_IN_FUTURE = define("archive.date_in_future", QT_TRANSLATE_NOOP(
    "Refusal", "{field} {value} 晚于今天（{today}），请核对。"))
ARCHIVE_CUSTOMER_KIND = define("archive.customer_kind", QT_TRANSLATE_NOOP("Refusal", "客户类型 {value} 无效，应为个人或单位。"))
ARCHIVE_UNKNOWN_CUSTOMER = define("archive.unknown_customer", QT_TRANSLATE_NOOP("Refusal", "找不到客户（编号 {customer_id}）。"))
ARCHIVE_UNKNOWN_VEHICLE = define("archive.unknown_vehicle", QT_TRANSLATE_NOOP("Refusal", "找不到车架号为 {value} 的车辆档案。"))
ARCHIVE_UNKNOWN_ITEM = define("archive.unknown_item", QT_TRANSLATE_NOOP("Refusal", "清单中没有资料项 {item}。"))
ARCHIVE_UNKNOWN_STATE = define("archive.unknown_state", QT_TRANSLATE_NOOP(
    "Refusal", "资料项 {item} 的状态 {state} 无效，应为原件、复印件或缺。"))
ARCHIVE_NOT_WHOLE_NUMBER = define("archive.not_whole_number", QT_TRANSLATE_NOOP("Refusal", "{field} {value} 不是整数。"))
ARCHIVE_NEGATIVE = define("archive.negative", QT_TRANSLATE_NOOP("Refusal", "{field} 不能为负数（{value}）。"))
ARCHIVE_VISIT_BEFORE_DELIVERY = define("archive.visit_before_delivery", QT_TRANSLATE_NOOP(
    "Refusal", "车辆 {vin} 的进厂日期 {value} 早于交车日期 {delivery_date}。"))
ARCHIVE_RO_NUMBER_DUPLICATE = define("archive.ro_number_duplicate", QT_TRANSLATE_NOOP(
    "Refusal", "工单号 {value} 已用于车辆 {vin}（{visit_date} 进厂），不能重复。"))
ARCHIVE_UNKNOWN_FILE_KIND = define("archive.unknown_file_kind", QT_TRANSLATE_NOOP("Refusal", "未知的档案类别 {kind}。"))
ARCHIVE_UNKNOWN_FILE = define("archive.unknown_file", QT_TRANSLATE_NOOP("Refusal", "找不到档案（{kind} {file_id}）。"))
ARCHIVE_HANDOVER_BEFORE_DATE = define("archive.handover_before_date", QT_TRANSLATE_NOOP(
    "Refusal", "车辆 {vin} 的资料移交日期 {value} 早于交车/进厂日期 {base_date}。"))
ARCHIVE_HANDOVER_ALREADY_RECORDED = define("archive.handover_already_recorded", QT_TRANSLATE_NOOP(
    "Refusal", "车辆 {vin} 的这份资料已于 {recorded} 登记移交，不能再登记为 {value}。"))
ARCHIVE_BOX_SEALED = define("archive.box_sealed", QT_TRANSLATE_NOOP("Refusal", "档案盒 {box} 已于 {sealed_at} 封盒，不能再放入档案。"))
ARCHIVE_ALREADY_BOXED = define("archive.already_boxed", QT_TRANSLATE_NOOP("Refusal", "车辆 {vin} 的档案已在档案盒 {box} 中。"))
ARCHIVE_UNDER_WARRANTY = define("archive.under_warranty", QT_TRANSLATE_NOOP(
    "Refusal", "车辆 {vin} 保修期至 {warranty_until}，尚未过保，不能打包保存。"))
ARCHIVE_PACK_REFUSED = define("archive.pack_refused", QT_TRANSLATE_NOOP(
    "Refusal", "档案盒 {box}：有 {count} 辆车不能装盒，本次未装入任何档案。"))
ARCHIVE_UNKNOWN_BOX = define("archive.unknown_box", QT_TRANSLATE_NOOP("Refusal", "找不到档案盒 {box}。"))

# -- archive import and scans (io, scans) ----------------------------------------------------------
ARCHIVE_IMPORT_ROW = define("archive.import_row", QT_TRANSLATE_NOOP("Refusal", "第 {row} 行「{column}」列（{letter}）："))
ARCHIVE_IMPORT_REFUSED = define("archive.import_refused", QT_TRANSLATE_NOOP(
    "Refusal", "档案台账 {path} 有 {total} 处问题，整个文件未导入（以下列出前 {count} 处）："))
ARCHIVE_IMPORT_VIN_REPEATED = define("archive.import_vin_repeated", QT_TRANSLATE_NOOP(
    "Refusal", "车架号 {value} 在第 {first_row} 行已出现，同一辆车只能有一行。"))
ARCHIVE_IMPORT_NUMBER_REPEATED = define("archive.import_number_repeated", QT_TRANSLATE_NOOP(
    "Refusal", "档案编号 {value} 在第 {first_row} 行已用于证件号码不同的另一位客户。"))
ARCHIVE_IMPORT_NUMBER_MISMATCH = define("archive.import_number_mismatch", QT_TRANSLATE_NOOP(
    "Refusal", "该证件号码的客户已在档案中，档案编号是 {archive_number}，而本行填的是 {value}。"))
ARCHIVE_IMPORT_STATE = define("archive.import_state", QT_TRANSLATE_NOOP(
    "Refusal", "「{field}」填的是「{value}」，应为 原件、复印件、缺 或留空。"))
ARCHIVE_IMPORT_YES_NO = define("archive.import_yes_no", QT_TRANSLATE_NOOP("Refusal", "填的是「{value}」，应为 是 或 否。"))
ARCHIVE_IMPORT_CONFLICT = define("archive.import_conflict", QT_TRANSLATE_NOOP(
    "Refusal", "导入 {path} 时，另一台电脑刚刚登记了其中的客户或车辆，本次未导入任何数据。请重新导入。"))
ARCHIVE_SCAN_EMPTY = define("archive.scan_empty", QT_TRANSLATE_NOOP("Refusal", "扫描件 {file} 是空文件，未保存。"))
ARCHIVE_SCAN_TOO_LARGE = define("archive.scan_too_large", QT_TRANSLATE_NOOP(
    "Refusal", "扫描件 {file} 有 {size_mb} MB，超过上限 {limit_mb} MB。请降低扫描分辨率或压缩后再添加。"))
ARCHIVE_SCAN_TYPE = define("archive.scan_type", QT_TRANSLATE_NOOP(
    "Refusal", "{file} 不是可识别的扫描件或照片（支持 JPEG、PNG、PDF、TIFF、GIF、BMP、WebP），未保存。"))
ARCHIVE_SCAN_READ_FAILED = define("archive.scan_read_failed", QT_TRANSLATE_NOOP("Refusal", "无法读取文件 {path}（{detail}）。"))
ARCHIVE_UNKNOWN_SCAN = define("archive.unknown_scan", QT_TRANSLATE_NOOP("Refusal", "找不到扫描件（编号 {scan_id}），可能已被删除。"))
ARCHIVE_SCAN_NOT_A_FILE = define("archive.scan_not_a_file", QT_TRANSLATE_NOOP(
    "Refusal", "{path} 不是普通文件（可能是文件夹或设备），不能作为扫描件添加。"))

# -- holiday calendar, the branch's festivals, 15-digit resident IDs (holidays, festivals, validate, io) ---
CALENDAR_UNKNOWN_KIND = define("calendar.unknown_kind", QT_TRANSLATE_NOOP(
    "Refusal", "{field}“{value}”无法识别：请写 放假 或 上班。"))
CALENDAR_WORK_ON_WEEKDAY = define("calendar.work_on_weekday", QT_TRANSLATE_NOOP(
    "Refusal", "{value} 是星期一至星期五，本来就是工作日：调休上班只能设在星期六或星期日。"))
CALENDAR_IMPORT_DAY_REPEATED = define("calendar.import_day_repeated", QT_TRANSLATE_NOOP(
    "Refusal", "日期 {value} 已在第 {first_row} 行出现过。"))
CALENDAR_IMPORT_EMPTY = define("calendar.import_empty", QT_TRANSLATE_NOOP("Refusal", "工作表「{sheet}」中没有任何日期，未导入。"))
ARCHIVE_ID_NUMBER_15_DIGITS = define("archive.id_number_15_digits", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对后按 18 位号码填写。"))
ARCHIVE_IMPORT_ID_NUMBER_15_DIGITS = define("archive.import_id_number_15_digits", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对；"
    "确认转换请重新导入并选择“转换并导入”（命令行加 --convert-15-digit-ids）。"))
ARCHIVE_IMPORT_ID_NUMBER_CONVERTED = define("archive.import_id_number_converted", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 行：15 位身份证号 {value} 已转为 18 位 {converted}，请与证件核对。"))
ARCHIVE_ID_NUMBER_BIRTH_FUTURE = define("archive.id_number_birth_future", QT_TRANSLATE_NOOP(
    "Refusal", "身份证号码 {value} 中的出生日期 {birth} 晚于今天（{today}），请对照证件原件。"))
FESTIVAL_UNKNOWN_RULE = define("festival.unknown_rule", QT_TRANSLATE_NOOP(
    "Refusal", "未知的节日日期规则 {value}：应为公历、农历或某月第几个星期几。"))
FESTIVAL_MONTH_RANGE = define("festival.month_range", QT_TRANSLATE_NOOP("Refusal", "月份 {value} 不对：应为 1 到 12。"))
FESTIVAL_DAY_RANGE = define("festival.day_range", QT_TRANSLATE_NOOP("Refusal", "{field} {value} 不对：应为 1 到 {limit}。"))
FESTIVAL_WEEKDAY_RANGE = define("festival.weekday_range", QT_TRANSLATE_NOOP("Refusal", "星期 {value} 不对：应为星期一到星期日。"))
FESTIVAL_DUPLICATE = define("festival.duplicate", QT_TRANSLATE_NOOP("Refusal", "已有名为“{value}”的本店节日。"))
FESTIVAL_UNKNOWN = define("festival.unknown", QT_TRANSLATE_NOOP("Refusal", "没有名为“{value}”的本店节日。"))

# -- callbacks, care and complaints (callbacks, care, complaints) ----------------------------------
CALLBACKS_UNKNOWN_OUTCOME = define("callbacks.unknown_outcome", QT_TRANSLATE_NOOP(
    "Refusal", "回访结果 {outcome} 无效：应为已接通、未接通或拒绝。"))
CALLBACKS_NOT_FOUND = define("callbacks.not_found", QT_TRANSLATE_NOOP("Refusal", "找不到回访任务 {callback}，可能已被删除。"))
CALLBACKS_NOT_OPEN = define("callbacks.not_open", QT_TRANSLATE_NOOP("Refusal", "{customer} 的这条回访已是“{state}”，不能再登记。"))
CALLBACKS_DO_NOT_CONTACT = define("callbacks.do_not_contact", QT_TRANSLATE_NOOP(
    "Refusal", "客户 {customer} 已设为免打扰，不能回访。"))
CALLBACKS_TOO_EARLY = define("callbacks.too_early", QT_TRANSLATE_NOOP(
    "Refusal", "{customer} 的回访从 {due_from} 起才到期，今天是 {today}，请到期后再回访。"))
CALLBACKS_UNKNOWN_ITEM = define("callbacks.unknown_item", QT_TRANSLATE_NOOP("Refusal", "{kind} 没有评分项目 {item}。"))
CALLBACKS_SCORE_MISSING = define("callbacks.score_missing", QT_TRANSLATE_NOOP(
    "Refusal", "已接通 {customer}，但还有项目未打分：{items}。"))
CALLBACKS_SCORE_RANGE = define("callbacks.score_range", QT_TRANSLATE_NOOP(
    "Refusal", "“{item}”的分数 {score} 无效：应为 1 到 {high} 的整数。"))
CALLBACKS_SCORES_WITHOUT_CONTACT = define("callbacks.scores_without_contact", QT_TRANSLATE_NOOP(
    "Refusal", "未接通或被拒绝时不能给 {customer} 的回访打分；请选“已接通”或清除分数。"))
CALLBACKS_CUSTOMER_NOT_FOUND = define("callbacks.customer_not_found", QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"))
CALLBACKS_ALREADY_BLOCKED = define("callbacks.already_blocked", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 已经是免打扰。"))
CALLBACKS_NOT_BLOCKED = define("callbacks.not_blocked", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 没有设为免打扰。"))
CALLBACKS_UNKNOWN_PERIOD = define("callbacks.unknown_period", QT_TRANSLATE_NOOP(
    "Refusal", "报表周期 {period} 无效：应为 day（日）、week（周）或 month（月）。"))
CALLBACKS_REPORT_FORMAT = define("callbacks.report_format", QT_TRANSLATE_NOOP(
    "Refusal", "不能保存为 {path}：回访报表只能存为 .pdf 或 .xlsx 文件。"))
CARE_UNKNOWN_KIND = define("care.unknown_kind", QT_TRANSLATE_NOOP("Refusal", "关怀类别 {kind} 无效。"))
CARE_UNKNOWN_CHANNEL = define("care.unknown_channel", QT_TRANSLATE_NOOP("Refusal", "发送方式 {channel} 无效：应为短信、电话、贺卡或微信。"))
CARE_ALREADY_DONE = define("care.already_done", QT_TRANSLATE_NOOP("Refusal", "这条{kind}（{due_on}）已经标记为已发送。"))
COMPLAINTS_COMPLAINANT_REQUIRED = define("complaints.complainant_required", QT_TRANSLATE_NOOP("Refusal", "请填写投诉人。"))
COMPLAINTS_SUMMARY_REQUIRED = define("complaints.summary_required", QT_TRANSLATE_NOOP(
    "Refusal", "请填写 {complainant} 的投诉内容。"))
COMPLAINTS_UNKNOWN_CATEGORY = define("complaints.unknown_category", QT_TRANSLATE_NOOP("Refusal", "投诉类别 {category} 无效。"))
COMPLAINTS_UNKNOWN_CHANNEL = define("complaints.unknown_channel", QT_TRANSLATE_NOOP("Refusal", "投诉方式 {channel} 无效。"))
COMPLAINTS_FUTURE_DATE = define("complaints.future_date", QT_TRANSLATE_NOOP(
    "Refusal", "受理日期 {received_on} 晚于今天 {today}。"))
COMPLAINTS_VEHICLE_NOT_FOUND = define("complaints.vehicle_not_found", QT_TRANSLATE_NOOP("Refusal", "找不到车辆 {vehicle}。"))
COMPLAINTS_NUMBER_BUSY = define("complaints.number_busy", QT_TRANSLATE_NOOP("Refusal", "{day} 的投诉编号正被其他电脑占用，请稍后再保存。"))
COMPLAINTS_NOT_FOUND = define("complaints.not_found", QT_TRANSLATE_NOOP("Refusal", "找不到投诉 {complaint}。"))
COMPLAINTS_WRONG_STATE = define("complaints.wrong_state", QT_TRANSLATE_NOOP(
    "Refusal", "投诉 {number} 当前为“{state}”，不能{action}。"))
COMPLAINTS_UNKNOWN_DEPARTMENT = define("complaints.unknown_department", QT_TRANSLATE_NOOP(
    "Refusal", "处理部门 {department} 无效。"))
COMPLAINTS_RESOLUTION_REQUIRED = define("complaints.resolution_required", QT_TRANSLATE_NOOP(
    "Refusal", "请填写投诉 {number} 的处理结果。"))
COMPLAINTS_FEEDBACK_REQUIRED = define("complaints.feedback_required", QT_TRANSLATE_NOOP(
    "Refusal", "请填写投诉 {number} 反馈时客户的意见。"))
COMPLAINTS_UNKNOWN_STEP = define("complaints.unknown_step", QT_TRANSLATE_NOOP("Refusal", "投诉处理步骤 {step} 无效。"))
COMPLAINTS_STEPS_CLOSED = define("complaints.steps_closed", QT_TRANSLATE_NOOP("Refusal", "投诉 {number} 已结案，不能再登记处理步骤。"))
COMPLAINTS_STEP_DONE = define("complaints.step_done", QT_TRANSLATE_NOOP(
    "Refusal", "投诉 {number} 的“{step}”已由 {user} 于 {at} 登记。"))
COMPLAINTS_STEP_OUT_OF_ORDER = define("complaints.step_out_of_order", QT_TRANSLATE_NOOP(
    "Refusal", "投诉 {number} 还没有完成“{missing}”，不能先登记“{step}”。"))
COMPLAINTS_STEP_NOTE_REQUIRED = define("complaints.step_note_required", QT_TRANSLATE_NOOP("Refusal", "“{step}”需要写下记录。"))
COMPLAINTS_STEP_NOTE_TOO_LONG = define("complaints.step_note_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "“{step}”的记录有 {length} 个字，最多 {limit} 个。"))
COMPLAINTS_FORM_FORMAT = define("complaints.form_format", QT_TRANSLATE_NOOP(
    "Refusal", "不能保存为 {path}：客户投诉处理表只能存为 .pdf 文件。"))

# -- customer events and communication styles (events, events_print, comm_style) -------------------
EVENTS_UNKNOWN_KIND = define("events.unknown_kind", QT_TRANSLATE_NOOP("Refusal", "活动类型 {kind} 无效：应为知识讲座、联谊会或自驾游。"))
EVENTS_TITLE_REQUIRED = define("events.title_required", QT_TRANSLATE_NOOP("Refusal", "请填写活动名称。"))
EVENTS_TITLE_TOO_LONG = define("events.title_too_long", QT_TRANSLATE_NOOP("Refusal", "活动名称太长：最多 {maximum} 个字。"))
EVENTS_PLACE_TOO_LONG = define("events.place_too_long", QT_TRANSLATE_NOOP("Refusal", "活动地点太长：最多 {maximum} 个字。"))
EVENTS_DATE_PAST = define("events.date_past", QT_TRANSLATE_NOOP("Refusal", "活动日期 {held_on} 早于今天 {today}：只能策划今天或以后的活动。"))
EVENTS_CAPACITY_INVALID = define("events.capacity_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "名额 {capacity} 无效：应为至少 1 的整数。"))
EVENTS_BUDGET_INVALID = define("events.budget_invalid", QT_TRANSLATE_NOOP("Refusal", "预算 {budget} 无效：应为不小于 0 的金额。"))
EVENTS_COST_INVALID = define("events.cost_invalid", QT_TRANSLATE_NOOP("Refusal", "实际费用 {cost} 无效：应为不小于 0 的金额。"))
EVENTS_NOT_FOUND = define("events.not_found", QT_TRANSLATE_NOOP("Refusal", "找不到活动 {event}。"))
EVENTS_CANCELLED = define("events.cancelled", QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已取消，不能再登记。"))
EVENTS_ALREADY_HELD = define("events.already_held", QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已举办，不能再取消或添加邀请对象。"))
EVENTS_NOT_YET_HELD = define("events.not_yet_held", QT_TRANSLATE_NOOP(
    "Refusal", "活动“{event}”在 {held_on} 举办，今天是 {today}：签到和实际费用要在活动当天或以后登记。"))
EVENTS_VISIT_RANGE = define("events.visit_range", QT_TRANSLATE_NOOP("Refusal", "最近进厂的起始日期 {first} 晚于截止日期 {last}。"))
EVENTS_PERIOD_REVERSED = define("events.period_reversed", QT_TRANSLATE_NOOP(
    "Refusal", "效果报表期间的起始日期 {first} 晚于截止日期 {last}。"))
EVENTS_UNKNOWN_VALUE_CLASS = define("events.unknown_value_class", QT_TRANSLATE_NOOP("Refusal", "客户价值分类 {klass} 无效。"))
EVENTS_NO_INVITEES = define("events.no_invitees", QT_TRANSLATE_NOOP("Refusal", "没有选中客户：请先在列表中选择客户。"))
EVENTS_CUSTOMER_NOT_FOUND = define("events.customer_not_found", QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"))
EVENTS_DO_NOT_CONTACT = define("events.do_not_contact", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 已设为免打扰，不能邀请参加活动。"))
EVENTS_NOT_ON_LIST = define("events.not_on_list", QT_TRANSLATE_NOOP("Refusal", "{customer} 不在活动“{event}”的邀请名单上。"))
EVENTS_UNKNOWN_CHANNEL = define("events.unknown_channel", QT_TRANSLATE_NOOP("Refusal", "邀请方式 {channel} 无效：应为电话、短信或信函。"))
EVENTS_INVITE_AFTER = define("events.invite_after", QT_TRANSLATE_NOOP("Refusal", "活动“{event}”已于 {held_on} 举办，不能再发邀请。"))
EVENTS_NOT_INVITED = define("events.not_invited", QT_TRANSLATE_NOOP(
    "Refusal", "{customer} 还没有登记邀请，请先登记邀请再报名（活动“{event}”）。"))
EVENTS_ALREADY_SIGNED_UP = define("events.already_signed_up", QT_TRANSLATE_NOOP(
    "Refusal", "{customer} 已经报名了活动“{event}”。"))
EVENTS_SIGNUP_AFTER = define("events.signup_after", QT_TRANSLATE_NOOP(
    "Refusal", "活动“{event}”已于 {held_on} 举办，{customer} 不能再报名。"))
EVENTS_FULL = define("events.full", QT_TRANSLATE_NOOP(
    "Refusal", "活动“{event}”的 {capacity} 个名额已满，{customer} 未能报名；可请已报名的客户退出后再报。"))
EVENTS_NOT_SIGNED_UP = define("events.not_signed_up", QT_TRANSLATE_NOOP("Refusal", "{customer} 没有报名活动“{event}”。"))
EVENTS_ALREADY_ATTENDED = define("events.already_attended", QT_TRANSLATE_NOOP(
    "Refusal", "{customer} 已经签到了活动“{event}”。"))
EVENTS_FEEDBACK_NOT_ATTENDED = define("events.feedback_not_attended", QT_TRANSLATE_NOOP(
    "Refusal", "{customer} 没有签到活动“{event}”，不能登记反馈评分。"))
EVENTS_SCORE_RANGE = define("events.score_range", QT_TRANSLATE_NOOP("Refusal", "反馈评分 {score} 无效：应为 1 到 10 的整数。"))
EVENTS_REPORT_FORMAT = define("events.report_format", QT_TRANSLATE_NOOP(
    "Refusal", "不能保存为 {path}：活动报表只能存为 .pdf 或 .xlsx 文件。"))
EVENTS_SHEET_FORMAT = define("events.sheet_format", QT_TRANSLATE_NOOP("Refusal", "不能保存为 {path}：邀请名单和签到表只能存为 .pdf 文件。"))
STYLE_UNKNOWN_STYLE = define("style.unknown_style", QT_TRANSLATE_NOOP("Refusal", "沟通风格 {style} 无效：应为表现型、友善型、控制型或分析型。"))
STYLE_STYLE_REQUIRED = define("style.style_required", QT_TRANSLATE_NOOP("Refusal", "请回答问题，或直接选择客户的沟通风格。"))
STYLE_UNKNOWN_TOPIC = define("style.unknown_topic", QT_TRANSLATE_NOOP("Refusal", "指引项目 {topic} 无效。"))
STYLE_UNKNOWN_QUESTION = define("style.unknown_question", QT_TRANSLATE_NOOP("Refusal", "没有问题 {question}。"))
STYLE_BAD_ANSWER = define("style.bad_answer", QT_TRANSLATE_NOOP("Refusal", "“{question}”的回答 {answer} 无效：应为 a 或 b。"))
STYLE_UNANSWERED = define("style.unanswered", QT_TRANSLATE_NOOP("Refusal", "还有 {count} 个问题未回答：{questions}"))
STYLE_CUSTOMER_NOT_FOUND = define("style.customer_not_found", QT_TRANSLATE_NOOP("Refusal", "找不到客户 {customer}。"))
STYLE_GUIDANCE_REQUIRED = define("style.guidance_required", QT_TRANSLATE_NOOP("Refusal", "请填写{style}客户“{topic}”的指引。"))
STYLE_GUIDANCE_TOO_LONG = define("style.guidance_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "指引太长：{length} 个字，最多 {maximum} 个字。"))

# -- handover forms, care mail-merge, the work-month report (handover, mailmerge, work_month) ------
HANDOVER_UNKNOWN_KIND = define("handover.unknown_kind", QT_TRANSLATE_NOOP(
    "Refusal", "未知的资料类别 {kind}：应为 sales（销售档案）或 repair（维修档案）。"))
HANDOVER_NAME_TOO_LONG = define("handover.name_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "{field} 最多 {maximum} 个字，现有 {length} 个。"))
HANDOVER_EMPTY = define("handover.empty", QT_TRANSLATE_NOOP("Refusal", "交接单至少要有一份档案：请选中或输入要交接的车架号/工单号。"))
HANDOVER_NAMED_TWICE = define("handover.named_twice", QT_TRANSLATE_NOOP("Refusal", "{reference} 在本交接单中出现了两次。"))
HANDOVER_UNKNOWN_FILE = define("handover.unknown_file", QT_TRANSLATE_NOOP("Refusal", "找不到 {reference} 的档案，请核对车架号或工单号。"))
HANDOVER_ALREADY_HANDED_OVER = define("handover.already_handed_over", QT_TRANSLATE_NOOP(
    "Refusal", "{reference} 的资料已于 {on} 移交档案室。"))
HANDOVER_IN_BATCH = define("handover.in_batch", QT_TRANSLATE_NOOP("Refusal", "{reference} 已在交接单 {batch} 中。"))
HANDOVER_REFUSED = define("handover.refused", QT_TRANSLATE_NOOP("Refusal", "有 {count} 份档案不能列入交接单，交接单未生成。"))
HANDOVER_UNKNOWN_BATCH = define("handover.unknown_batch", QT_TRANSLATE_NOOP("Refusal", "找不到交接单 {batch}。"))
HANDOVER_ALREADY_RECEIVED = define("handover.already_received", QT_TRANSLATE_NOOP("Refusal", "交接单 {batch} 已于 {on} 接收。"))
HANDOVER_CANCELLED = define("handover.cancelled", QT_TRANSLATE_NOOP("Refusal", "交接单 {batch} 已作废。"))
HANDOVER_RECEIVED_BEFORE_BATCH = define("handover.received_before_batch", QT_TRANSLATE_NOOP(
    "Refusal", "接收日期 {value} 早于交接单 {batch} 的制单日期 {created}。"))
HANDOVER_NOT_IN_BATCH = define("handover.not_in_batch", QT_TRANSLATE_NOOP("Refusal", "{reference} 不在交接单 {batch} 中。"))
HANDOVER_UNKNOWN_PAPER = define("handover.unknown_paper", QT_TRANSLATE_NOOP(
    "Refusal", "{reference} 的资料中没有“{item}”：请写交接单上的资料名称或资料代码（{known}）。"))
HANDOVER_RECEIVE_REFUSED = define("handover.receive_refused", QT_TRANSLATE_NOOP(
    "Refusal", "交接单 {batch} 有 {count} 处问题，未接收，什么都没有改变。"))
MAILMERGE_UNKNOWN_FIELD = define("mailmerge.unknown_field", QT_TRANSLATE_NOOP(
    "Refusal", "短信模板中的合并字段 {{{name}}} 不存在。可用的字段：{known}。"))
MAILMERGE_UNCLOSED_FIELD = define("mailmerge.unclosed_field", QT_TRANSLATE_NOOP(
    "Refusal", "短信模板第 {position} 个字处的“{{”没有对应的“}}”。"))
MAILMERGE_EMPTY_TEMPLATE = define("mailmerge.empty_template", QT_TRANSLATE_NOOP("Refusal", "短信模板不能为空。"))
MAILMERGE_TOO_LONG = define("mailmerge.too_long", QT_TRANSLATE_NOOP("Refusal", "短信模板最多 {maximum} 个字，现有 {length} 个。"))
MAILMERGE_UNKNOWN_KIND = define("mailmerge.unknown_kind", QT_TRANSLATE_NOOP("Refusal", "未知的关怀类别 {kind}。可选：{known}。"))
MAILMERGE_BAD_FORMAT = define("mailmerge.bad_format", QT_TRANSLATE_NOOP(
    "Refusal", "文件 {path} 的格式无法识别：请用 .xlsx、.csv（短信平台名单）或 .pdf（信封标签 / 信函）。"))
MAILMERGE_NOTHING = define("mailmerge.nothing", QT_TRANSLATE_NOOP(
    "Refusal", "{day} 没有待发送的这类关怀（免打扰客户 {blocked} 位已排除），文件未生成。"))
WORK_MONTH_BAD_MONTH = define("work_month.bad_month", QT_TRANSLATE_NOOP(
    "Refusal", "月份 {value} 无效：请写成 YYYY-MM，如 2026-11。"))
WORK_MONTH_FUTURE = define("work_month.future", QT_TRANSLATE_NOOP("Refusal", "{value} 还没有开始，不能出月报。"))
WORK_MONTH_BAD_FORMAT = define("work_month.bad_format", QT_TRANSLATE_NOOP(
    "Refusal", "文件 {path} 的格式无法识别：请用 .pdf 或 .xlsx。"))

# -- customer value classes and the owner's club (value, members) ----------------------------------
VALUE_SHARES_INVALID = define("value.shares_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "客户价值分类比例需要三个整数（VIP、主要、普通客户的累计百分比）。"))
VALUE_SHARES_ORDER = define("value.shares_order", QT_TRANSLATE_NOOP(
    "Refusal", "客户价值分类比例须逐级增大且在 1-99 之间：现为 VIP {vip}%、主要 {major}%、普通 {ordinary}%。"))
VALUE_WINDOW_MONTHS_RANGE = define("value.window_months_range", QT_TRANSLATE_NOOP(
    "Refusal", "统计月数“{value}”无效：应在 {low} 到 {high} 个月之间。"))
VALUE_LIFE_YEARS_RANGE = define("value.life_years_range", QT_TRANSLATE_NOOP(
    "Refusal", "客户生命周期“{value}”无效：应在 {low} 到 {high} 年之间。"))
VALUE_UNKNOWN_CLASS = define("value.unknown_class", QT_TRANSLATE_NOOP("Refusal", "没有客户价值类别“{value}”：可选 {known}。"))
MEMBERS_NO_LEVELS = define("members.no_levels", QT_TRANSLATE_NOOP("Refusal", "会员至少要有一个等级。"))
MEMBERS_TERM_MONTHS_RANGE = define("members.term_months_range", QT_TRANSLATE_NOOP(
    "Refusal", "会员有效期“{value}”无效：应在 {low} 到 {high} 个月之间。"))
MEMBERS_REMIND_DAYS_RANGE = define("members.remind_days_range", QT_TRANSLATE_NOOP(
    "Refusal", "续期提醒天数“{value}”无效：应在 {low} 到 {high} 天之间。"))
MEMBERS_LEVEL_CODE_INVALID = define("members.level_code_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "第 {position} 个等级的代码“{level_code}”无效：请用不超过 16 个英文字母或数字。"))
MEMBERS_LEVEL_NAME_INVALID = define("members.level_name_invalid", QT_TRANSLATE_NOOP(
    "Refusal", "第 {position} 个等级缺少名称（最多 20 个字）。"))
MEMBERS_LEVEL_DUPLICATE = define("members.level_duplicate", QT_TRANSLATE_NOOP(
    "Refusal", "第 {position} 个等级“{name}”与前面的等级重复。"))
MEMBERS_LEVEL_CLASS_UNKNOWN = define("members.level_class_unknown", QT_TRANSLATE_NOOP(
    "Refusal", "等级“{name}”要求的客户价值类别不存在。"))
MEMBERS_LEVEL_YEARS_RANGE = define("members.level_years_range", QT_TRANSLATE_NOOP(
    "Refusal", "等级“{name}”要求的客户年数“{value}”无效：应在 0 到 50 之间。"))
MEMBERS_LEVEL_WITHOUT_RULE = define("members.level_without_rule", QT_TRANSLATE_NOOP(
    "Refusal", "等级“{name}”没有条件：除最低等级外，每个等级都要设客户价值类别或客户年数。"))
MEMBERS_BENEFIT_TOO_LONG = define("members.benefit_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "等级“{name}”的权益名称过长：每项最多 {maximum} 个字。"))
MEMBERS_LEVEL_IN_USE = define("members.level_in_use", QT_TRANSLATE_NOOP("Refusal", "等级“{name}”还有 {members} 位会员，不能删除。"))
MEMBERS_FUTURE_DATE = define("members.future_date", QT_TRANSLATE_NOOP("Refusal", "日期 {day} 晚于今天（{today}）。"))
MEMBERS_CUSTOMER_NOT_FOUND = define("members.customer_not_found", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 不存在。"))
MEMBERS_ALREADY_MEMBER = define("members.already_member", QT_TRANSLATE_NOOP("Refusal", "{name} 已是会员，会员号 {number}。"))
MEMBERS_LEVEL_UNKNOWN = define("members.level_unknown", QT_TRANSLATE_NOOP("Refusal", "没有会员等级“{level}”。"))
MEMBERS_LEVEL_NOT_QUALIFIED = define("members.level_not_qualified", QT_TRANSLATE_NOOP(
    "Refusal", "{name} 不符合“{level}”的条件，按等级规则可入“{deserved}”。"))
MEMBERS_NUMBER_BUSY = define("members.number_busy", QT_TRANSLATE_NOOP("Refusal", "会员号正被另一台电脑使用，{name} 未入会，请再试一次。"))
MEMBERS_NOT_FOUND = define("members.not_found", QT_TRANSLATE_NOOP("Refusal", "会员号“{number}”不存在。"))
MEMBERS_RENEW_TOO_EARLY = define("members.renew_too_early", QT_TRANSLATE_NOOP(
    "Refusal", "会员 {number} 的到期日是 {due}，到期前 {days} 天内才能续期。"))
MEMBERS_BENEFIT_REQUIRED = define("members.benefit_required", QT_TRANSLATE_NOOP("Refusal", "会员 {number}：请选择使用的权益。"))
MEMBERS_LAPSED = define("members.lapsed", QT_TRANSLATE_NOOP("Refusal", "会员 {number} 已于 {due} 到期，请先续期再使用权益。"))
MEMBERS_BENEFIT_NOT_OFFERED = define("members.benefit_not_offered", QT_TRANSLATE_NOOP(
    "Refusal", "会员 {number} 的等级“{level}”没有权益“{benefit}”：可用 {offered}。"))
MEMBERS_UNKNOWN_RENEWAL_FILTER = define("members.unknown_renewal_filter", QT_TRANSLATE_NOOP(
    "Refusal", "续期筛选“{value}”无效。"))
MEMBERS_CHECK_GAP = define("members.check_gap", QT_TRANSLATE_NOOP(
    "Check", "会员号不连续：共 {count} 位会员，最大会员号 {highest}，缺少 {missing}。"), context="Check")
MEMBERS_CHECK_RENEWAL = define("members.check_renewal", QT_TRANSLATE_NOOP(
    "Check", "会员 {number} 的续期日为 {due}，但最近一次续期记录续至 {renewed_to}。"), context="Check")

# -- the Mackay 66 profile and its key (profile, profile_crypto) -----------------------------------
PROFILE_UNKNOWN_CUSTOMER = define("profile.unknown_customer", QT_TRANSLATE_NOOP("Refusal", "找不到编号为 {customer_id} 的客户。"))
PROFILE_UNKNOWN_FIELD = define("profile.unknown_field", QT_TRANSLATE_NOOP("Refusal", "“麦凯66”档案没有字段 {field}。"))
PROFILE_TOO_LONG = define("profile.too_long", QT_TRANSLATE_NOOP(
    "Refusal", "第 {item} 项“{field}”有 {length} 个字，最多 {maximum} 个字，请精简后再保存。"))
PROFILE_BAD_DATE = define("profile.bad_date", QT_TRANSLATE_NOOP(
    "Refusal", "第 {item} 项“{field}”填的“{value}”不是有效日期，请按 年-月-日 填写（如 1975-03-08）。"))
PROFILE_CONSENT_REQUIRED = define("profile.consent_required", QT_TRANSLATE_NOOP(
    "Refusal",
    "第 {item} 项“{field}”属于敏感个人信息（{category}），客户 {customer} 尚未就此类信息单独同意。"
    "请先在“客户同意”中登记其签署的同意书，再填写。未保存任何内容。"))
PROFILE_SENSITIVE_FORBIDDEN = define("profile.sensitive_forbidden", QT_TRANSLATE_NOOP(
    "Refusal", "第 {item} 项“{field}”是敏感个人信息，当前角色（{role}）无权查看，也不能修改。"))
PROFILE_STALE = define("profile.stale", QT_TRANSLATE_NOOP(
    "Refusal",
    "客户 {customer} 的档案在您编辑期间已被他人保存（您基于第 {expected} 版，现在是第 {current} 版）。"
    "您的内容未保存，已留作草稿；请重新打开档案核对后再保存。"))
PROFILE_UNKNOWN_REVISION = define("profile.unknown_revision", QT_TRANSLATE_NOOP(
    "Refusal", "没有第 {revision} 版（最新为第 {latest} 版）。"))
PROFILE_CONSENT_SCOPE_EMPTY = define("profile.consent_scope_empty", QT_TRANSLATE_NOOP(
    "Refusal", "请至少勾选一类客户 {customer} 同意记录的敏感信息。"))
PROFILE_CONSENT_SCOPE_UNKNOWN = define("profile.consent_scope_unknown", QT_TRANSLATE_NOOP(
    "Refusal", "未知的敏感信息类别：{category}。"))
PROFILE_CONSENT_FUTURE = define("profile.consent_future", QT_TRANSLATE_NOOP(
    "Refusal", "同意书签署日期 {given_on} 晚于今天（{today}），请核对。"))
PROFILE_CONSENT_VERSION_REQUIRED = define("profile.consent_version_required", QT_TRANSLATE_NOOP(
    "Refusal", "请填写客户 {customer} 所签同意书的文本版本。"))
PROFILE_CONSENT_NARROWER = define("profile.consent_narrower", QT_TRANSLATE_NOOP(
    "Refusal",
    "新的同意范围比客户 {customer} 现有的同意少了：{missing}。缩小范围请先“撤回同意”（会删除相关敏感项），再重新登记。"))
PROFILE_NO_CONSENT = define("profile.no_consent", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 目前没有有效的同意，无需撤回。"))
PROFILE_NO_PROFILE = define("profile.no_profile", QT_TRANSLATE_NOOP("Refusal", "客户 {customer} 还没有“麦凯66”档案。"))
PROFILE_KEY_MISSING = define("profile.key_missing", QT_TRANSLATE_NOOP(
    "Refusal",
    "找不到敏感信息密钥文件 {path}。敏感项暂时无法查看或修改，其余功能照常；数据未被改动。"
    "请把本分公司的密钥文件复制到该位置（或用 BRANCHDESK_PROFILE_KEY_FILE 指定），不要新建密钥。"))
PROFILE_KEY_WRONG = define("profile.key_wrong", QT_TRANSLATE_NOOP(
    "Refusal",
    "密钥文件 {path} 与本数据库不匹配（可能是其他分公司或旧电脑的密钥）。敏感项暂时无法查看或修改，"
    "其余功能照常；数据未被改动。请换上本数据库对应的密钥文件。"))
PROFILE_KEY_UNREADABLE = define("profile.key_unreadable", QT_TRANSLATE_NOOP(
    "Refusal", "无法读取密钥文件 {path}（{detail}）。敏感项暂时无法查看或修改；数据未被改动。"))
PROFILE_VALUE_DAMAGED = define("profile.value_damaged", QT_TRANSLATE_NOOP(
    "Refusal", "一项敏感信息（{context}）无法用当前密钥解开，可能已损坏；未作任何改动。"))

# -- rectification and its departments (rectification, departments) --------------------------------
RECTIFY_DEPARTMENT_NAME_REQUIRED = define("rectify.department_name_required", QT_TRANSLATE_NOOP("Refusal", "请填写部门名称。"))
RECTIFY_DEPARTMENT_NAME_TOO_LONG = define("rectify.department_name_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "部门名称有 {length} 个字，最多 {limit} 个。"))
RECTIFY_DEPARTMENT_EXISTS = define("rectify.department_exists", QT_TRANSLATE_NOOP("Refusal", "已经有名为“{name}”的部门。"))
RECTIFY_UNKNOWN_DEPARTMENT = define("rectify.unknown_department", QT_TRANSLATE_NOOP("Refusal", "找不到部门 {department}。"))
RECTIFY_DEPARTMENT_RETIRED = define("rectify.department_retired", QT_TRANSLATE_NOOP(
    "Refusal", "部门“{department}”已停用，不再接新的投诉和整改项。"))
RECTIFY_THRESHOLD_RANGE = define("rectify.threshold_range", QT_TRANSLATE_NOOP(
    "Refusal", "低分线 {value} 无效：应为 1 到 9 的整数（10 分制）。"))
RECTIFY_OWNER_REQUIRED = define("rectify.owner_required", QT_TRANSLATE_NOOP("Refusal", "请填写{department}的整改负责人。"))
RECTIFY_OWNER_TOO_LONG = define("rectify.owner_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "负责人有 {length} 个字，最多 {limit} 个。"))
RECTIFY_PROBLEM_REQUIRED = define("rectify.problem_required", QT_TRANSLATE_NOOP("Refusal", "请填写需要整改的问题。"))
RECTIFY_DUE_IN_PAST = define("rectify.due_in_past", QT_TRANSLATE_NOOP("Refusal", "整改期限 {due_on} 早于今天 {today}。"))
RECTIFY_ALREADY_OPEN = define("rectify.already_open", QT_TRANSLATE_NOOP("Refusal", "这一项已经开立了整改项 {number}。"))
RECTIFY_NUMBER_BUSY = define("rectify.number_busy", QT_TRANSLATE_NOOP("Refusal", "{day} 的整改编号正被其他电脑占用，请稍后再保存。"))
RECTIFY_NO_SUCH_SCORE = define("rectify.no_such_score", QT_TRANSLATE_NOOP("Refusal", "{customer} 的这条回访没有“{item}”的评分。"))
RECTIFY_SCORE_NOT_LOW = define("rectify.score_not_low", QT_TRANSLATE_NOOP(
    "Refusal", "“{item}”得分 {score}/{scale}，不低于低分线 {limit}（10 分制），不需要整改。"))
RECTIFY_COMPLAINT_NOT_CLOSED = define("rectify.complaint_not_closed", QT_TRANSLATE_NOOP(
    "Refusal", "投诉 {number} 还没有结案，结案后才能开立整改项。"))
RECTIFY_NOT_FOUND = define("rectify.not_found", QT_TRANSLATE_NOOP("Refusal", "找不到整改项 {item}。"))
RECTIFY_ALREADY_VERIFIED = define("rectify.already_verified", QT_TRANSLATE_NOOP("Refusal", "整改项 {number} 已经验证关闭。"))
RECTIFY_ACTION_REQUIRED = define("rectify.action_required", QT_TRANSLATE_NOOP("Refusal", "请填写整改项 {number} 采取的措施。"))
RECTIFY_NOT_ACTED = define("rectify.not_acted", QT_TRANSLATE_NOOP("Refusal", "整改项 {number} 还没有登记整改措施，不能验证。"))
RECTIFY_NOTE_REQUIRED = define("rectify.note_required", QT_TRANSLATE_NOOP("Refusal", "请写明检查整改项 {number} 时看到的情况。"))
RECTIFY_NO_LATER_CALLBACK = define("rectify.no_later_callback", QT_TRANSLATE_NOOP(
    "Refusal", "整改项 {number} 开立后，这辆车还没有再次回访给“{item}”打分；可等下次回访，或由经理检查验证。"))
RECTIFY_MANAGER_VERIFIES_COMPLAINTS = define("rectify.manager_verifies_complaints", QT_TRANSLATE_NOOP(
    "Refusal", "整改项 {number} 来自投诉结案，不能用回访验证，只能由客服经理检查验证。"))
RECTIFY_STILL_LOW = define("rectify.still_low", QT_TRANSLATE_NOOP(
    "Refusal", "{day} 的回访中“{item}”仍只得 {score}/{scale} 分，整改项 {number} 不能验证关闭。"))
RECTIFY_UNKNOWN_VERIFICATION = define("rectify.unknown_verification", QT_TRANSLATE_NOOP(
    "Refusal", "验证方式 {by} 无效：应为 callback（下次回访）或 manager（经理检查）。"))
RECTIFY_LIST_FORMAT = define("rectify.list_format", QT_TRANSLATE_NOOP(
    "Refusal", "不能保存为 {path}：整改清单只能存为 .pdf 或 .xlsx 文件。"))

# -- call scripts and survey forms (scripts) -------------------------------------------------------
SCRIPTS_UNKNOWN_KIND = define("scripts.unknown_kind", QT_TRANSLATE_NOOP(
    "Refusal", "话术类别 {kind} 无效：应为 7dc、3dc、monthly、yearly 或 complaint。"))
SCRIPTS_UNKNOWN_SITUATION = define("scripts.unknown_situation", QT_TRANSLATE_NOOP("Refusal", "情形 {situation} 无效。"))
SCRIPTS_TITLE_REQUIRED = define("scripts.title_required", QT_TRANSLATE_NOOP("Refusal", "请填写“{situation}”话术的标题。"))
SCRIPTS_TITLE_TOO_LONG = define("scripts.title_too_long", QT_TRANSLATE_NOOP("Refusal", "标题有 {length} 个字，最多 {limit} 个。"))
SCRIPTS_BODY_REQUIRED = define("scripts.body_required", QT_TRANSLATE_NOOP("Refusal", "请填写话术“{title}”的内容。"))
SCRIPTS_BODY_TOO_LONG = define("scripts.body_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "话术“{title}”的内容有 {length} 个字，最多 {limit} 个。"))
SCRIPTS_UNCHANGED = define("scripts.unchanged", QT_TRANSLATE_NOOP("Refusal", "话术“{title}”与在用的第 {version} 版相同，没有保存新版本。"))
SCRIPTS_SAVED_ELSEWHERE = define("scripts.saved_elsewhere", QT_TRANSLATE_NOOP(
    "Refusal", "“{title}”刚被另一台电脑保存了新版本，请重新打开后再改。"))
SCRIPTS_NOT_FOUND = define("scripts.not_found", QT_TRANSLATE_NOOP("Refusal", "找不到话术 {script}。"))
SCRIPTS_NOT_ACTIVE = define("scripts.not_active", QT_TRANSLATE_NOOP("Refusal", "话术“{title}”{state}，不能再停用。"))
SCRIPTS_SCALE_RANGE = define("scripts.scale_range", QT_TRANSLATE_NOOP(
    "Refusal", "评分满分 {scale} 无效：应为 {low} 到 {high} 的整数。"))
SCRIPTS_ITEMS_REQUIRED = define("scripts.items_required", QT_TRANSLATE_NOOP("Refusal", "{kind}调查表至少要有一个评分项目。"))
SCRIPTS_TOO_MANY_ITEMS = define("scripts.too_many_items", QT_TRANSLATE_NOOP(
    "Refusal", "调查表有 {count} 个评分项目，最多 {limit} 个。"))
SCRIPTS_ITEM_LABEL_REQUIRED = define("scripts.item_label_required", QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目没有名称。"))
SCRIPTS_ITEM_LABEL_TOO_LONG = define("scripts.item_label_too_long", QT_TRANSLATE_NOOP(
    "Refusal", "第 {row} 个评分项目的名称有 {length} 个字，最多 {limit} 个。"))
SCRIPTS_ITEM_DUPLICATE = define("scripts.item_duplicate", QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目“{item}”与前面的重复。"))
SCRIPTS_UNKNOWN_ITEM = define("scripts.unknown_item", QT_TRANSLATE_NOOP("Refusal", "第 {row} 个评分项目的代码 {item} 不属于这个调查表。"))
SCRIPTS_FORM_UNCHANGED = define("scripts.form_unchanged", QT_TRANSLATE_NOOP(
    "Refusal", "{kind}调查表与在用的第 {version} 版相同，没有保存新版本。"))

# -- the erasure register (erasure) ----------------------------------------------------------------
ERASURE_REGISTER_UNWRITABLE = define("erasure.register_unwritable", QT_TRANSLATE_NOOP(
    "Refusal", "无法写入删除登记文件 {path}（{detail}），未删除。删除登记保证恢复旧备份后这些信息不会回来。"))

# -- ``check``: what the archive verifies about itself (checks) ----------------------------------------
ARCHIVE_CHECK_SCAN_HASH = define("archive.check_scan_hash", QT_TRANSLATE_NOOP(
    "Check", "扫描件内容校验失败：存储编号 {blob_id} 的 SHA-256 应为 {expected}，实际为 {actual}（内容已损坏或被改动）。"),
    context="Check")
ARCHIVE_CHECK_SCAN_SIZE = define("archive.check_scan_size", QT_TRANSLATE_NOOP(
    "Check", "扫描件存储编号 {blob_id} 记录大小 {recorded} 字节，实际 {actual} 字节。"), context="Check")
ARCHIVE_CHECK_SCAN_VEHICLE = define("archive.check_scan_vehicle", QT_TRANSLATE_NOOP(
    "Check", "扫描件 {scan_id} 记在车辆 {recorded} 名下，但它所属资料项属于车辆 {actual}。"), context="Check")
ARCHIVE_CHECK_NO_SALES_FILE = define("archive.check_no_sales_file", QT_TRANSLATE_NOOP(
    "Check", "车辆 {vin} 没有销售档案。"), context="Check")
ARCHIVE_CHECK_SALES_ITEMS = define("archive.check_sales_items", QT_TRANSLATE_NOOP(
    "Check", "车辆 {vin} 的销售档案清单有 {found} 项，应为 {expected} 项。"), context="Check")
ARCHIVE_CHECK_REPAIR_ITEMS = define("archive.check_repair_items", QT_TRANSLATE_NOOP(
    "Check", "工单 {ro_number} 的维修资料清单有 {found} 项，应为 {expected} 项。"), context="Check")
ARCHIVE_CHECK_VIN_KEY = define("archive.check_vin_key", QT_TRANSLATE_NOOP(
    "Check", "车架号 {vin} 的检索键与原值不符（{value}），查询会漏掉该档案。"), context="Check")
ARCHIVE_CHECK_PLATE_KEY = define("archive.check_plate_key", QT_TRANSLATE_NOOP(
    "Check", "车架号 {vin} 的车牌的检索键与原值不符（{value}），查询会漏掉该档案。"), context="Check")
ARCHIVE_CHECK_PHONE_KEY = define("archive.check_phone_key", QT_TRANSLATE_NOOP(
    "Check", "档案编号 {archive_number} 的电话检索键与电话号码不符，按电话查询会漏掉该客户。"), context="Check")
ARCHIVE_CHECK_CALENDAR_YEAR = define("archive.check_calendar_year", QT_TRANSLATE_NOOP(
    "Check", "{year} 年节假日尚未录入，但档案的日期或截止日落在该年：截止日只按周末计算。请在“设置 → 节假日日历”中录入。"),
    context="Check")

"""The activity list of 今日: the audit log worded for people.

Data model: one row per ``common.models.AuditLog`` row of the last days, read through
``ui.table_model.SqlTableModel``. The log stores codes (action ``ledger.post``, entity
``ledger_document``, a database id and a JSON detail); a row is shown as who (the user's name),
what (``ACTION_NAMES``) and on what (``describe``: the kind of object and the name a clerk knows
it by - 总部到货 ZD-2026-000003, 日报 2026-11-26, 客户 张伟), never as the raw codes.

Where the detail does not carry the name (a user's or a customer's id only), the name is looked
up by id once and kept until the list is refreshed (``ActivityModel.refresh``), so painting the
visible rows costs no query after the first.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from peewee import JOIN
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt

from common.models import AuditLog, User
from ui.messages_parts import doc_type_name
from ui.table_model import Column, SqlTableModel

ACTIVITY_DAYS = 14
CONTEXT = "AuditActions"

ACTION_NAMES = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "登录"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "登录失败"),
    "login.locked": QT_TRANSLATE_NOOP("AuditActions", "账户被锁定"),
    "login.refused_locked": QT_TRANSLATE_NOOP("AuditActions", "锁定期间尝试登录"),
    "login.password_change_due": QT_TRANSLATE_NOOP("AuditActions", "登录待设置新密码"),
    "user.create": QT_TRANSLATE_NOOP("AuditActions", "新建用户"),
    "user.update": QT_TRANSLATE_NOOP("AuditActions", "修改用户"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditActions", "重置密码"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditActions", "修改本人密码"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditActions", "解锁账户"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "备份数据库"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "恢复数据库"),
    "archive.customer_create": QT_TRANSLATE_NOOP("AuditActions", "新建客户"),
    "archive.customer_update": QT_TRANSLATE_NOOP("AuditActions", "修改客户"),
    "archive.vehicle_register": QT_TRANSLATE_NOOP("AuditActions", "登记车辆"),
    "archive.visit_add": QT_TRANSLATE_NOOP("AuditActions", "登记进厂"),
    "archive.checklist_set": QT_TRANSLATE_NOOP("AuditActions", "更改资料状态"),
    "archive.handover_new": QT_TRANSLATE_NOOP("AuditActions", "新建资料交接单"),
    "archive.handover_receive": QT_TRANSLATE_NOOP("AuditActions", "接收资料交接单"),
    "archive.handover_cancel": QT_TRANSLATE_NOOP("AuditActions", "作废资料交接单"),
    "archive.handover": QT_TRANSLATE_NOOP("AuditActions", "资料移交档案室"),
    "archive.box_pack": QT_TRANSLATE_NOOP("AuditActions", "装盒"),
    "archive.box_seal": QT_TRANSLATE_NOOP("AuditActions", "封盒"),
    "archive.holiday_set": QT_TRANSLATE_NOOP("AuditActions", "设置节假日"),
    "archive.holiday_removed": QT_TRANSLATE_NOOP("AuditActions", "取消节假日"),
    "archive.import": QT_TRANSLATE_NOOP("AuditActions", "导入档案台账"),
    "archive.export": QT_TRANSLATE_NOOP("AuditActions", "导出档案台账"),
    "personal.export": QT_TRANSLATE_NOOP("AuditActions", "导出或打印个人信息"),
    "personal.export_refused": QT_TRANSLATE_NOOP("AuditActions", "导出个人信息被拒绝"),
    "settings.time_zone": QT_TRANSLATE_NOOP("AuditActions", "设置分公司时区"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "导出操作记录"),
    "archive.scan_attach": QT_TRANSLATE_NOOP("AuditActions", "添加扫描件"),
    "archive.scan_remove": QT_TRANSLATE_NOOP("AuditActions", "删除扫描件"),
    "archive.demo_populate": QT_TRANSLATE_NOOP("AuditActions", "生成演示档案"),
    "callbacks.generate": QT_TRANSLATE_NOOP("AuditActions", "生成回访任务"),
    "callbacks.call": QT_TRANSLATE_NOOP("AuditActions", "登记回访"),
    "callbacks.do_not_contact": QT_TRANSLATE_NOOP("AuditActions", "设为勿扰"),
    "callbacks.contact_allowed": QT_TRANSLATE_NOOP("AuditActions", "取消勿扰"),
    "callbacks.demo_populate": QT_TRANSLATE_NOOP("AuditActions", "生成演示回访"),
    "care.done": QT_TRANSLATE_NOOP("AuditActions", "关怀已发送"),
    "care.done_batch": QT_TRANSLATE_NOOP("AuditActions", "批量标记关怀已发送"),
    "care.template_set": QT_TRANSLATE_NOOP("AuditActions", "修改关怀短信模板"),
    "complaints.receive": QT_TRANSLATE_NOOP("AuditActions", "受理投诉"),
    "complaints.confirm": QT_TRANSLATE_NOOP("AuditActions", "确认投诉"),
    "complaints.assign": QT_TRANSLATE_NOOP("AuditActions", "分派投诉"),
    "complaints.resolve": QT_TRANSLATE_NOOP("AuditActions", "处理投诉"),
    "complaints.feed_back": QT_TRANSLATE_NOOP("AuditActions", "投诉回访"),
    "complaints.close": QT_TRANSLATE_NOOP("AuditActions", "投诉结案"),
    "complaints.step": QT_TRANSLATE_NOOP("AuditActions", "登记投诉处理步骤"),
    "scripts.save": QT_TRANSLATE_NOOP("AuditActions", "保存回访话术"),
    "scripts.retire": QT_TRANSLATE_NOOP("AuditActions", "停用回访话术"),
    "scripts.survey": QT_TRANSLATE_NOOP("AuditActions", "修改回访调查表"),
    "rectify.open": QT_TRANSLATE_NOOP("AuditActions", "开立整改项"),
    "rectify.act": QT_TRANSLATE_NOOP("AuditActions", "登记整改措施"),
    "rectify.verify": QT_TRANSLATE_NOOP("AuditActions", "验证整改"),
    "rectify.threshold": QT_TRANSLATE_NOOP("AuditActions", "设置整改低分线"),
    "rectify.department": QT_TRANSLATE_NOOP("AuditActions", "维护整改部门"),
    "profile.save": QT_TRANSLATE_NOOP("AuditActions", "保存客户档案"),
    "profile.print": QT_TRANSLATE_NOOP("AuditActions", "打印客户档案"),
    "profile.review": QT_TRANSLATE_NOOP("AuditActions", "复核客户档案"),
    "profile.erase": QT_TRANSLATE_NOOP("AuditActions", "删除客户个人信息"),
    "profile.erasure_reapplied": QT_TRANSLATE_NOOP("AuditActions", "恢复备份后再次删除客户个人信息"),
    "profile.consent_record": QT_TRANSLATE_NOOP("AuditActions", "登记同意书"),
    "profile.consent_withdraw": QT_TRANSLATE_NOOP("AuditActions", "撤回同意"),
    "profile.sensitive_view": QT_TRANSLATE_NOOP("AuditActions", "查看敏感信息"),
    "profile.sensitive_print": QT_TRANSLATE_NOOP("AuditActions", "打印敏感信息"),
    "ledger.post": QT_TRANSLATE_NOOP("AuditActions", "记账"),
    "ledger.reverse": QT_TRANSLATE_NOOP("AuditActions", "冲销"),
    "ledger.party_create": QT_TRANSLATE_NOOP("AuditActions", "新建往来单位"),
    "ledger.party_update": QT_TRANSLATE_NOOP("AuditActions", "修改往来单位"),
    "ledger.part_create": QT_TRANSLATE_NOOP("AuditActions", "新建备件"),
    "ledger.part_update": QT_TRANSLATE_NOOP("AuditActions", "修改备件"),
    "ledger.import_parties": QT_TRANSLATE_NOOP("AuditActions", "导入往来单位"),
    "ledger.import_parts": QT_TRANSLATE_NOOP("AuditActions", "导入备件"),
    "ledger.import_new_parts": QT_TRANSLATE_NOOP("AuditActions", "随单据导入新备件"),
    "ledger.import_documents": QT_TRANSLATE_NOOP("AuditActions", "导入单据"),
    "ledger.draft_save": QT_TRANSLATE_NOOP("AuditActions", "保存草稿"),
    "ledger.draft_discard": QT_TRANSLATE_NOOP("AuditActions", "放弃草稿"),
    "daily.produce": QT_TRANSLATE_NOOP("AuditActions", "生成日报"),
    "daily.sign_finance": QT_TRANSLATE_NOOP("AuditActions", "财务签字"),
    "daily.sign_manager": QT_TRANSLATE_NOOP("AuditActions", "经理签字"),
    "report_send.sent": QT_TRANSLATE_NOOP("AuditActions", "日报已发出"),
    "report_send.failed": QT_TRANSLATE_NOOP("AuditActions", "日报发送失败"),
    "report_send.settings": QT_TRANSLATE_NOOP("AuditActions", "修改报表发送设置"),
    "daily.reopen": QT_TRANSLATE_NOOP("AuditActions", "重开日报"),
    "recon.statement_issue": QT_TRANSLATE_NOOP("AuditActions", "出具对账单"),
    "recon.statement_answer": QT_TRANSLATE_NOOP("AuditActions", "登记对账回执"),
    "recon.dispute_resolve": QT_TRANSLATE_NOOP("AuditActions", "处理对账差异"),
    "stocktake.start": QT_TRANSLATE_NOOP("AuditActions", "开始盘点"),
    "stocktake.count": QT_TRANSLATE_NOOP("AuditActions", "录入盘点数"),
    "stocktake.reason": QT_TRANSLATE_NOOP("AuditActions", "填写盘点差异原因"),
    "stocktake.approve": QT_TRANSLATE_NOOP("AuditActions", "批准盘点"),
    "stocktake.cancel": QT_TRANSLATE_NOOP("AuditActions", "取消盘点"),
    "reorder.safety_stock": QT_TRANSLATE_NOOP("AuditActions", "设置安全库存"),
    "inspection.record": QT_TRANSLATE_NOOP("AuditActions", "到货检验"),
    "inspection.photo": QT_TRANSLATE_NOOP("AuditActions", "添加检验照片"),
    "inspection.note": QT_TRANSLATE_NOOP("AuditActions", "备注检验异常"),
    "inspection.close": QT_TRANSLATE_NOOP("AuditActions", "关闭检验异常"),
    "serials.record": QT_TRANSLATE_NOOP("AuditActions", "登记序列号"),
    "tags.create": QT_TRANSLATE_NOOP("AuditActions", "生成旧件标签"),
    "tags.pack": QT_TRANSLATE_NOOP("AuditActions", "返总部坏件装箱"),
    "tags.return": QT_TRANSLATE_NOOP("AuditActions", "扫描旧件标签返总部"),
    "tags.confirm": QT_TRANSLATE_NOOP("AuditActions", "按箱或标签确认总部收件"),
    "care.festival_add": QT_TRANSLATE_NOOP("AuditActions", "添加问候节日"),
    "care.festival_remove": QT_TRANSLATE_NOOP("AuditActions", "删除问候节日"),
    "calendar.import": QT_TRANSLATE_NOOP("AuditActions", "导入节假日日历"),
    "calendar.package_fill": QT_TRANSLATE_NOOP("AuditActions", "按国务院通知补全节假日"),
    "daily.print": QT_TRANSLATE_NOOP("AuditActions", "打印日报"),
    "branch.set": QT_TRANSLATE_NOOP("AuditActions", "修改分公司信息"),
    "events.plan": QT_TRANSLATE_NOOP("AuditActions", "策划客户活动"),
    "events.cancel": QT_TRANSLATE_NOOP("AuditActions", "取消客户活动"),
    "events.cost": QT_TRANSLATE_NOOP("AuditActions", "登记活动实际费用"),
    "events.add_invitees": QT_TRANSLATE_NOOP("AuditActions", "添加活动邀请对象"),
    "events.invite": QT_TRANSLATE_NOOP("AuditActions", "登记活动邀请"),
    "events.sign_up": QT_TRANSLATE_NOOP("AuditActions", "活动报名"),
    "events.withdraw": QT_TRANSLATE_NOOP("AuditActions", "退出活动报名"),
    "events.attend": QT_TRANSLATE_NOOP("AuditActions", "活动签到"),
    "events.feedback": QT_TRANSLATE_NOOP("AuditActions", "登记活动反馈"),
    "events.demo_populate": QT_TRANSLATE_NOOP("AuditActions", "生成演示客户活动"),
    "style.record": QT_TRANSLATE_NOOP("AuditActions", "登记客户沟通风格"),
    "style.guidance": QT_TRANSLATE_NOOP("AuditActions", "修改沟通风格指引"),
    "style.demo_populate": QT_TRANSLATE_NOOP("AuditActions", "生成演示沟通风格"),
    "value.rules": QT_TRANSLATE_NOOP("AuditActions", "设置客户价值分类规则"),
    "members.rules": QT_TRANSLATE_NOOP("AuditActions", "设置会员等级与权益"),
    "members.enrol": QT_TRANSLATE_NOOP("AuditActions", "会员入会"),
    "members.renew": QT_TRANSLATE_NOOP("AuditActions", "会员续期"),
    "members.benefit": QT_TRANSLATE_NOOP("AuditActions", "登记会员权益使用"),
}
ACTION_OTHER = QT_TRANSLATE_NOOP("AuditActions", "其他操作")

ENTITY_NAMES = {
    "user": QT_TRANSLATE_NOOP("AuditActions", "用户"),
    "database": QT_TRANSLATE_NOOP("AuditActions", "数据库"),
    "customer": QT_TRANSLATE_NOOP("AuditActions", "客户"),
    "vehicle": QT_TRANSLATE_NOOP("AuditActions", "车辆"),
    "repair_visit": QT_TRANSLATE_NOOP("AuditActions", "进厂记录"),
    "sales_file": QT_TRANSLATE_NOOP("AuditActions", "销售档案"),
    "repair_file": QT_TRANSLATE_NOOP("AuditActions", "维修档案"),
    "archive_box": QT_TRANSLATE_NOOP("AuditActions", "档案盒"),
    "handover_batch": QT_TRANSLATE_NOOP("AuditActions", "资料交接单"),
    "holiday": QT_TRANSLATE_NOOP("AuditActions", "节假日"),
    "archive": QT_TRANSLATE_NOOP("AuditActions", "车辆档案"),
    "scan": QT_TRANSLATE_NOOP("AuditActions", "扫描件"),
    "callback": QT_TRANSLATE_NOOP("AuditActions", "回访"),
    "care_done": QT_TRANSLATE_NOOP("AuditActions", "客户关怀"),
    "care_template": QT_TRANSLATE_NOOP("AuditActions", "关怀短信模板"),
    "complaint": QT_TRANSLATE_NOOP("AuditActions", "投诉"),
    "call_script": QT_TRANSLATE_NOOP("AuditActions", "回访话术"),
    "survey_set": QT_TRANSLATE_NOOP("AuditActions", "回访调查表"),
    "rectification": QT_TRANSLATE_NOOP("AuditActions", "整改项"),
    "department": QT_TRANSLATE_NOOP("AuditActions", "部门"),
    "ledger_document": QT_TRANSLATE_NOOP("AuditActions", "单据"),
    "ledger_party": QT_TRANSLATE_NOOP("AuditActions", "往来单位"),
    "ledger_part": QT_TRANSLATE_NOOP("AuditActions", "备件"),
    "ledger_draft": QT_TRANSLATE_NOOP("AuditActions", "草稿"),
    "daily_day": QT_TRANSLATE_NOOP("AuditActions", "日报"),
    "ledger_statement": QT_TRANSLATE_NOOP("AuditActions", "对账单"),
    "ledger_dispute": QT_TRANSLATE_NOOP("AuditActions", "对账差异"),
    "ledger_stocktake": QT_TRANSLATE_NOOP("AuditActions", "盘点"),
    "ledger_inspection": QT_TRANSLATE_NOOP("AuditActions", "到货检验"),
    "ledger_anomaly": QT_TRANSLATE_NOOP("AuditActions", "检验异常"),
    "ledger_serial": QT_TRANSLATE_NOOP("AuditActions", "序列号"),
    "setting": QT_TRANSLATE_NOOP("AuditActions", "设置"),
    "branch": QT_TRANSLATE_NOOP("AuditActions", "分公司信息"),
    "personal_data": QT_TRANSLATE_NOOP("AuditActions", "个人信息"),
    "club_member": QT_TRANSLATE_NOOP("AuditActions", "会员"),
    "audit_log": QT_TRANSLATE_NOOP("AuditActions", "操作记录"),
    "customer_event": QT_TRANSLATE_NOOP("AuditActions", "客户活动"),
    "style_guidance": QT_TRANSLATE_NOOP("AuditActions", "沟通风格指引"),
}
# What an export of personal data (common.personal_data) held.
EXPORT_NAMES = {
    "archive_list": QT_TRANSLATE_NOOP("AuditActions", "档案台账"),
    "mackay66": QT_TRANSLATE_NOOP("AuditActions", "麦凯66客户档案"),
    "cover_sheet": QT_TRANSLATE_NOOP("AuditActions", "档案封面"),
    "box_contents": QT_TRANSLATE_NOOP("AuditActions", "档案盒清单"),
    "handover_sheet": QT_TRANSLATE_NOOP("AuditActions", "资料交接表单"),
    "care_mailmerge": QT_TRANSLATE_NOOP("AuditActions", "关怀短信 / 信函名单"),
    "callback_report": QT_TRANSLATE_NOOP("AuditActions", "回访报表"),
    "customers": QT_TRANSLATE_NOOP("AuditActions", "客户名单"),
    "callback_list": QT_TRANSLATE_NOOP("AuditActions", "回访名单"),
    "complaint_list": QT_TRANSLATE_NOOP("AuditActions", "投诉名单"),
    "event_invitations": QT_TRANSLATE_NOOP("AuditActions", "活动邀请名单"),
    "event_sign_in": QT_TRANSLATE_NOOP("AuditActions", "活动签到表"),
    "event_invitees": QT_TRANSLATE_NOOP("AuditActions", "活动客户名单"),
    "member_list": QT_TRANSLATE_NOOP("AuditActions", "会员名单"),
    "member_card": QT_TRANSLATE_NOOP("AuditActions", "会员证"),
    "customer_values": QT_TRANSLATE_NOOP("AuditActions", "客户价值名单"),
    "rectification_list": QT_TRANSLATE_NOOP("AuditActions", "整改清单"),
    "complaint_form": QT_TRANSLATE_NOOP("AuditActions", "客户投诉处理表"),
    "audit_log": QT_TRANSLATE_NOOP("AuditActions", "操作记录"),
}
# What a clerk calls an object when the detail names it; the first key present is used.
DETAIL_LABELS = ("number", "box", "vin", "code", "party", "part", "name")
# Objects whose log id is the name people use (a day, a part number), not a database id.
NATURAL_KEYS = ("daily_day", "holiday", "ledger_part")
# Objects the log knows by database id only: (module, model, field shown).
LOOKUPS = {
    "user": ("common.models", "User", "display_name"),
    "customer": ("archive.models", "Customer", "name"),
    "vehicle": ("archive.models", "Vehicle", "vin"),
    "complaint": ("archive.complaints", "Complaint", "number"),
    "customer_event": ("archive.events", "CustomerEvent", "title"),
    "rectification": ("archive.rectification", "Rectification", "number"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_name(action: str) -> str:
    source = ACTION_NAMES.get(action)
    return _tr(source) if source else _tr(ACTION_OTHER)


def entity_name(entity: str) -> str:
    source = ENTITY_NAMES.get(entity)
    return _tr(source) if source else ""


_names: dict[tuple[str, str], str] = {}


def _looked_up(entity: str, entity_id: str) -> str:
    key = (entity, entity_id)
    if key not in _names:
        import importlib

        module, model_name, field = LOOKUPS[entity]
        model = getattr(importlib.import_module(module), model_name)
        row = model.select(getattr(model, field)).where(model.id == int(entity_id)).tuples().first()
        _names[key] = str(row[0]) if row and row[0] else ""
    return _names[key]


def describe(values) -> str:
    """The object of one log row as a clerk names it, from (detail, entity, entity_id, action)."""
    detail_text, entity, entity_id, action = values
    try:
        detail = json.loads(detail_text) if detail_text else {}
    except ValueError:
        detail = {}
    if not isinstance(detail, dict):
        detail = {}
    if action.startswith("login"):
        return ""  # the user column says who logged in
    if action.startswith("personal.export") and detail.get("what") in EXPORT_NAMES:
        what = _tr(EXPORT_NAMES[detail["what"]])
        if "records" not in detail:  # refused: nothing was written
            return QCoreApplication.translate("AuditActions", "{what}（{file}）").format(
                what=what, file=detail.get("file_name", ""))
        return QCoreApplication.translate("AuditActions", "{what} {records} 条 → {file}").format(
            what=what, records=detail["records"], file=detail.get("file_name", ""))
    kind = entity_name(entity)
    if entity == "ledger_document" and detail.get("number"):
        if action == "ledger.reverse":
            return QCoreApplication.translate("AuditActions", "冲销单 {number}（冲销 {original}）").format(number=detail["number"],
                                                                 original=detail.get("original", ""))
        kind = doc_type_name(detail["doc_type"]) if detail.get("doc_type") else kind
        return f"{kind} {detail['number']}"
    if entity == "ledger_draft" and detail.get("doc_type"):
        return QCoreApplication.translate("AuditActions", "{doc_type}草稿").format(doc_type=doc_type_name(detail["doc_type"]))
    label = next((str(detail[key]) for key in DETAIL_LABELS if detail.get(key)), "")
    if not label and entity_id:
        if entity in NATURAL_KEYS and not entity_id.isdigit():
            label = entity_id
        elif entity in LOOKUPS and entity_id.isdigit():
            label = _looked_up(entity, entity_id)
    return f"{kind} {label}".strip()


def user_name(values) -> str:
    display_name, username = values
    return display_name or username


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "时间"), AuditLog.at, "datetime"),
    Column(QT_TRANSLATE_NOOP("Columns", "用户"), User.display_name, formatter=user_name, extra=(AuditLog.username,)),
    Column(QT_TRANSLATE_NOOP("Columns", "操作"), AuditLog.action, formatter=action_name, searchable=False),
    Column(QT_TRANSLATE_NOOP("Columns", "对象"), AuditLog.detail, formatter=describe,
           extra=(AuditLog.entity, AuditLog.entity_id, AuditLog.action)),
]


class ActivityModel(SqlTableModel):
    """The last ``ACTIVITY_DAYS`` of the log, newest first: everyone's for roles with
    ``audit.read``, the actor's own rows otherwise."""

    def __init__(self, actor, now: datetime, parent=None, *, everyone: bool, read_later: bool = False):
        # ``read_later``: start empty; the first refresh reads the rows (the 今日 page does so
        # after its first paint, together with its cards, instead of reading them twice).
        self._read_later = read_later
        query = (AuditLog.select().join(User, JOIN.LEFT_OUTER, on=(AuditLog.user == User.id))
                 .where(AuditLog.at >= now - timedelta(days=ACTIVITY_DAYS)))
        if not everyone:
            query = query.where(AuditLog.user == actor.user.id)
        super().__init__(query, COLUMNS, parent, key=AuditLog.id, default_sort=0,
                         default_order=Qt.SortOrder.DescendingOrder)

    def _row_count(self) -> int:
        return 0 if self._read_later else super()._row_count()

    def refresh(self) -> None:
        self._read_later = False
        _names.clear()  # a name corrected since is shown as it is now
        super().refresh()

"""Call scripts (回访话术) and the survey forms of the callback kinds (HTY 7DC/3DC 调查表).

Data model (migration 0026):
- ``CallScript``: what a clerk may say in one situation of one kind of call. ``kind`` is a
  callback kind or ``complaint`` (the follow-up call of a complaint); ``situation`` one of
  SITUATIONS. The manager writes, edits and retires them; an edit writes a new row with the next
  ``version`` and marks the previous one ``replaced``, so what was said on a given day can be
  read back. A script may name the customer and the branch as {客户} and {分公司}; the callback
  form fills them in. At most one ``active`` script per (kind, situation), by a partial unique index.
- ``SurveySet`` / ``SurveyItem``: the score items (code, label, position) and the scale (1 to
  ``scale_max``) of a callback kind's survey. The newest version of a kind is the form in use; a
  change writes the next version. A reached callback is stamped with the set it was scored on
  (``Callback.survey_set``), so reports read its items and scale from that set, not from today's.

Everything here takes the acting user and the moment as an ``Actor``; permission
``scripts.manage`` (the manager) maintains both libraries, everybody who records callbacks reads.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError, TextField, fn

from archive.texts import (
    SCRIPTS_BODY_REQUIRED, SCRIPTS_BODY_TOO_LONG, SCRIPTS_FORM_UNCHANGED, SCRIPTS_ITEMS_REQUIRED,
    SCRIPTS_ITEM_DUPLICATE, SCRIPTS_ITEM_LABEL_REQUIRED, SCRIPTS_ITEM_LABEL_TOO_LONG, SCRIPTS_NOT_ACTIVE,
    SCRIPTS_NOT_FOUND, SCRIPTS_SAVED_ELSEWHERE, SCRIPTS_SCALE_RANGE, SCRIPTS_TITLE_REQUIRED,
    SCRIPTS_TITLE_TOO_LONG, SCRIPTS_TOO_MANY_ITEMS, SCRIPTS_UNCHANGED, SCRIPTS_UNKNOWN_ITEM,
    SCRIPTS_UNKNOWN_KIND, SCRIPTS_UNKNOWN_SITUATION,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User

COMPLAINT = "complaint"
# Callback kinds (archive.callbacks.KINDS) plus the complaint follow-up call; kept literal so this
# module does not import archive.callbacks (which imports it for the survey forms).
SCRIPT_KINDS = {
    "7dc": QT_TRANSLATE_NOOP("ServiceLabels", "7DC 新车回访"),
    "3dc": QT_TRANSLATE_NOOP("ServiceLabels", "3DC 维修回访"),
    "monthly": QT_TRANSLATE_NOOP("ServiceLabels", "月度回访"),
    "yearly": QT_TRANSLATE_NOOP("ServiceLabels", "年度回访"),
    COMPLAINT: QT_TRANSLATE_NOOP("ServiceLabels", "投诉回访"),
}
SURVEY_KINDS = ("7dc", "3dc", "monthly", "yearly")
SITUATIONS = {
    "opening": QT_TRANSLATE_NOOP("ServiceLabels", "开场白"),
    "not_owner": QT_TRANSLATE_NOOP("ServiceLabels", "非车主本人接听"),
    "busy": QT_TRANSLATE_NOOP("ServiceLabels", "客户正忙"),
    "wrong_number": QT_TRANSLATE_NOOP("ServiceLabels", "号码错误"),
    "angry": QT_TRANSLATE_NOOP("ServiceLabels", "客户生气"),
    "compensation": QT_TRANSLATE_NOOP("ServiceLabels", "要求赔偿"),
    "low_score": QT_TRANSLATE_NOOP("ServiceLabels", "客户给出低分"),
    "closing": QT_TRANSLATE_NOOP("ServiceLabels", "结束语"),
}
ACTIVE, REPLACED, RETIRED = "active", "replaced", "retired"
STATE_LABELS = {
    ACTIVE: QT_TRANSLATE_NOOP("ServiceLabels", "在用"),
    REPLACED: QT_TRANSLATE_NOOP("ServiceLabels", "已被新版本替换"),
    RETIRED: QT_TRANSLATE_NOOP("ServiceLabels", "已停用"),
}

TITLE_MAX, BODY_MAX = 100, 4000
LABEL_MAX, ITEMS_MAX = 60, 12
SCALE_MIN_MAX, SCALE_MAX_MAX = 3, 10  # callback_score keeps scores 1..10 (migration 0005)


class CallScript(BaseModel):
    kind = CharField(max_length=12)
    situation = CharField(max_length=24)
    title = CharField(max_length=TITLE_MAX)
    body = TextField()
    version = IntegerField()
    state = CharField(max_length=10, default=ACTIVE)
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "call_script"


class SurveySet(BaseModel):
    kind = CharField(max_length=8)
    version = IntegerField()
    scale_max = IntegerField(default=10)
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        table_name = "survey_set"


class SurveyItem(BaseModel):
    survey_set = ForeignKeyField(SurveySet, on_delete="CASCADE", backref="items")
    code = CharField(max_length=32)
    label = CharField(max_length=LABEL_MAX)
    position = IntegerField()

    class Meta:
        table_name = "survey_item"


# -- scripts --------------------------------------------------------------------------------------

def _check_kind(kind: str) -> None:
    if kind not in SCRIPT_KINDS:
        raise Refusal(SCRIPTS_UNKNOWN_KIND, kind=kind)


def active_scripts(kind: str) -> dict[str, CallScript]:
    """The scripts in use for ``kind``, by situation, in SITUATIONS' order."""
    rows = {s.situation: s for s in CallScript.select().where((CallScript.kind == kind) & (CallScript.state == ACTIVE))}
    return {code: rows[code] for code in SITUATIONS if code in rows}


def script_for(kind: str, situation: str) -> CallScript | None:
    return CallScript.get_or_none((CallScript.kind == kind) & (CallScript.situation == situation)
                                  & (CallScript.state == ACTIVE))


def history(kind: str, situation: str):
    """Every version of one script, newest first."""
    return (CallScript.select().where((CallScript.kind == kind) & (CallScript.situation == situation))
            .order_by(CallScript.version.desc()))


def library():
    """All scripts of every version, for the manager's list (kind, situation, newest first)."""
    return CallScript.select().order_by(CallScript.kind, CallScript.situation, CallScript.version.desc())


def save_script(actor: Actor, kind: str, situation: str, title: str, body: str) -> CallScript:
    """Write the script of (kind, situation): a new one, or the next version of the one in use."""
    require(actor, "scripts.manage")
    _check_kind(kind)
    if situation not in SITUATIONS:
        raise Refusal(SCRIPTS_UNKNOWN_SITUATION, situation=situation)
    title, body = (title or "").strip(), (body or "").strip()
    if not title:
        raise Refusal(SCRIPTS_TITLE_REQUIRED, situation=SITUATIONS[situation])
    if len(title) > TITLE_MAX:
        raise Refusal(SCRIPTS_TITLE_TOO_LONG, length=len(title), limit=TITLE_MAX)
    if not body:
        raise Refusal(SCRIPTS_BODY_REQUIRED, title=title)
    if len(body) > BODY_MAX:
        raise Refusal(SCRIPTS_BODY_TOO_LONG, title=title, length=len(body), limit=BODY_MAX)
    with database.atomic():
        current = script_for(kind, situation)
        if current is not None and current.title == title and current.body == body:
            raise Refusal(SCRIPTS_UNCHANGED, title=title, version=current.version)
        last = (CallScript.select(fn.MAX(CallScript.version))
                .where((CallScript.kind == kind) & (CallScript.situation == situation)).scalar() or 0)
        if current is not None:
            current.state, current.ended_at, current.ended_by = REPLACED, actor.now, actor.user
            current.save()
        try:
            with database.atomic():
                script = CallScript.create(kind=kind, situation=situation, title=title, body=body,
                                           version=last + 1, state=ACTIVE, created_at=actor.now,
                                           created_by=actor.user)
        except IntegrityError:
            # Another manager saved the same script at the same moment: theirs stands.
            raise Refusal(SCRIPTS_SAVED_ELSEWHERE, title=title) from None
        audit.record(actor, "scripts.save", "call_script", script.id,
                     {"kind": kind, "situation": situation, "version": script.version})
    return script


def retire_script(actor: Actor, script_id: int) -> CallScript:
    require(actor, "scripts.manage")
    with database.atomic():
        script = CallScript.get_or_none(CallScript.id == script_id)
        if script is None:
            raise Refusal(SCRIPTS_NOT_FOUND, script=script_id)
        if script.state != ACTIVE:
            raise Refusal(SCRIPTS_NOT_ACTIVE, title=script.title, state=STATE_LABELS[script.state])
        script.state, script.ended_at, script.ended_by = RETIRED, actor.now, actor.user
        script.save()
        audit.record(actor, "scripts.retire", "call_script", script.id,
                     {"kind": script.kind, "situation": script.situation, "version": script.version})
    return script


# -- survey forms ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SurveyForm:
    id: int
    kind: str
    version: int
    scale_max: int
    items: dict[str, str]  # code -> label, in the form's order


def _form(survey_set: SurveySet) -> SurveyForm:
    items = (SurveyItem.select(SurveyItem.code, SurveyItem.label).where(SurveyItem.survey_set == survey_set)
             .order_by(SurveyItem.position).tuples())
    return SurveyForm(survey_set.id, survey_set.kind, survey_set.version, survey_set.scale_max, dict(items))


def current_form(kind: str) -> SurveyForm:
    """The survey form in use for callback ``kind`` (its newest version)."""
    if kind not in SURVEY_KINDS:
        raise Refusal(SCRIPTS_UNKNOWN_KIND, kind=kind)
    survey_set = SurveySet.select().where(SurveySet.kind == kind).order_by(SurveySet.version.desc()).first()
    assert survey_set is not None, "migration 0026 seeds version 1 of every kind"
    return _form(survey_set)


def form(survey_set_id: int) -> SurveyForm:
    return _form(SurveySet.get_by_id(survey_set_id))


def forms(kind: str) -> list[SurveyForm]:
    """Every version of a kind's form, newest first."""
    return [_form(s) for s in SurveySet.select().where(SurveySet.kind == kind).order_by(SurveySet.version.desc())]


def save_form(actor: Actor, kind: str, items: list[tuple[str | None, str]], scale_max: int) -> SurveyForm:
    """The next version of ``kind``'s survey: ``items`` in order as (code, label); a code of None
    is a new item (it gets a fresh code); keeping an item's code keeps its scores comparable
    across versions in the reports."""
    require(actor, "scripts.manage")
    if kind not in SURVEY_KINDS:
        raise Refusal(SCRIPTS_UNKNOWN_KIND, kind=kind)
    if isinstance(scale_max, bool) or not isinstance(scale_max, int) or not SCALE_MIN_MAX <= scale_max <= SCALE_MAX_MAX:
        raise Refusal(SCRIPTS_SCALE_RANGE, scale=scale_max, low=SCALE_MIN_MAX, high=SCALE_MAX_MAX)
    cleaned = [(code, (text or "").strip()) for code, text in items]
    cleaned = [(code, text) for code, text in cleaned if text or code]
    if not cleaned:
        raise Refusal(SCRIPTS_ITEMS_REQUIRED, kind=SCRIPT_KINDS[kind])
    if len(cleaned) > ITEMS_MAX:
        raise Refusal(SCRIPTS_TOO_MANY_ITEMS, count=len(cleaned), limit=ITEMS_MAX)
    seen: set[str] = set()
    for position, (_, text) in enumerate(cleaned, start=1):
        if not text:
            raise Refusal(SCRIPTS_ITEM_LABEL_REQUIRED, row=position)
        if len(text) > LABEL_MAX:
            raise Refusal(SCRIPTS_ITEM_LABEL_TOO_LONG, row=position, length=len(text), limit=LABEL_MAX)
        if text in seen:
            raise Refusal(SCRIPTS_ITEM_DUPLICATE, row=position, item=text)
        seen.add(text)
    with database.atomic():
        current = current_form(kind)
        known = {code for (code,) in SurveyItem.select(SurveyItem.code).join(SurveySet)
                 .where(SurveySet.kind == kind).tuples()}
        for position, (code, _) in enumerate(cleaned, start=1):
            if code is not None and code not in known:
                raise Refusal(SCRIPTS_UNKNOWN_ITEM, row=position, item=code)
        if current.scale_max == scale_max and list(current.items.items()) == [
                (code, text) for code, text in cleaned]:
            raise Refusal(SCRIPTS_FORM_UNCHANGED, kind=SCRIPT_KINDS[kind], version=current.version)
        try:
            with database.atomic():
                survey_set = SurveySet.create(kind=kind, version=current.version + 1, scale_max=scale_max,
                                              created_at=actor.now, created_by=actor.user)
        except IntegrityError:
            raise Refusal(SCRIPTS_SAVED_ELSEWHERE, title=SCRIPT_KINDS[kind]) from None
        used = {code for code, _ in cleaned if code}
        # An item taken off an earlier version and put back under its name is that item again:
        # its old and new scores read as one in the reports and verify items opened on it.
        earlier = {text: code for code, text in item_labels(kind).items()}
        rows, serial = [], 0
        for position, (code, text) in enumerate(cleaned):
            if code is None and earlier.get(text) not in (None, *used):
                code = earlier[text]
                used.add(code)
            if code is None:
                # A fresh code never used by any version of this kind, so old scores of another
                # item are never read as this one's.
                while True:
                    serial += 1
                    code = f"v{survey_set.version}_{serial}"
                    if code not in known and code not in used:
                        break
                used.add(code)
            rows.append((survey_set.id, code, text, position))
        SurveyItem.insert_many(rows, fields=[SurveyItem.survey_set, SurveyItem.code, SurveyItem.label,
                                             SurveyItem.position]).execute()
        audit.record(actor, "scripts.survey", "survey_set", survey_set.id,
                     {"kind": kind, "version": survey_set.version, "items": len(rows), "scale": scale_max})
    return _form(survey_set)


def item_labels(kind: str) -> dict[str, str]:
    """Every item code a kind's forms ever had, with its newest label (reports over old scores)."""
    rows = (SurveyItem.select(SurveyItem.code, SurveyItem.label).join(SurveySet)
            .where(SurveySet.kind == kind).order_by(SurveySet.version, SurveyItem.position).tuples())
    return dict(rows)


# -- demo -----------------------------------------------------------------------------------------

# Written in our own words from what seeds 002, 003 and 004 say a callback and a complaint call
# must do: introduce yourself and the purpose, ask about each service item in turn, let an angry
# customer speak first, never argue, repeat what was agreed, and promise only what is ours to give.
DEMO_SCRIPTS = {
    ("7dc", "opening"): ("新车回访开场", "您好，请问是{客户}先生/女士吗？我是{分公司}客服中心的回访专员，"
                         "您上周在我们这里提了新车，想占用您三分钟，了解一下购车和交车时的感受，方便吗？"),
    ("7dc", "not_owner"): ("接听人不是车主", "打扰您了。请问车主{客户}什么时候方便接电话？我们是做新车回访的，"
                           "不涉及推销。麻烦您转告一下，我们会在您说的时间再打过来。"),
    ("7dc", "busy"): ("客户正忙", "不好意思打扰您了。您看今天下午或明天上午哪个时间方便？我按您说的时间再打来，只需要三分钟。"),
    ("7dc", "wrong_number"): ("号码错误", "抱歉打扰了，可能是号码登记有误，祝您生活愉快。（挂断后在备注里写明，并通知销售顾问核实号码。）"),
    ("7dc", "low_score"): ("客户给出低分", "非常感谢您直接告诉我们。能具体说说是哪个环节让您不满意吗？"
                           "我会把您的意见如实记录，交给销售部整改，并在处理后再跟您联系。"),
    ("7dc", "closing"): ("新车回访结束语", "感谢您的宝贵意见。首次保养在 5000 公里或三个月，到时我们会提前提醒您。"
                         "用车中有任何问题，请拨打我们的服务电话。祝您用车愉快！"),
    ("3dc", "opening"): ("维修回访开场", "您好，我是{分公司}客服中心的。您前几天在我们服务站做了维修保养，"
                         "想了解一下车辆现在的情况和这次服务的感受，耽误您两三分钟可以吗？"),
    ("3dc", "angry"): ("客户生气", "先让客户把话说完，不打断、不争辩。然后说：“非常抱歉给您带来这么多麻烦，"
                       "您说的情况我都记下来了：……（复述要点）。我现在就转给售后服务部，今天之内给您回电。”"),
    ("3dc", "compensation"): ("客户要求赔偿", "不要当场承诺金额。可以说：“您的要求我理解，赔偿需要服务经理确认，"
                              "我会把您的情况和要求完整地报上去，明天中午前给您答复。您觉得怎么处理比较合适？”"
                              "在权限内可以提出替代方案，如免费检查、工时优惠。"),
    ("3dc", "low_score"): ("客户给出低分", "谢谢您的坦诚。请问是维修质量、等待时间还是费用方面让您不满意？"
                           "我会登记整改，并请服务顾问在三天内跟您联系。"),
    ("3dc", "closing"): ("维修回访结束语", "感谢您的配合。下次保养时间是……，我们会提前提醒。祝您一路平安！"),
    ("monthly", "opening"): ("月度回访开场", "您好，您的新车已经开了一个月了，想了解一下车辆使用情况，有没有需要我们帮忙的地方？"),
    ("yearly", "opening"): ("年度回访开场", "您好，您的爱车已经陪伴您一年了。提醒您注意年度保养和保险续保，"
                            "也想听听这一年里您对我们服务的意见。"),
    (COMPLAINT, "opening"): ("投诉回访开场", "您好，我是客服中心的，就您反映的……问题给您回个电话。"
                             "先向您表示歉意，想确认一下现在处理的情况您是否满意。"),
    (COMPLAINT, "angry"): ("客户仍然不满", "让客户先发泄，认真听并复述要点，表示理解他的失望。不说“这不可能”“不是我们的问题”。"
                           "问他：“您觉得怎么处理比较好？”合理且在权限内的当场答应，超出权限的如实说明并给出两三个可选方案。"),
    (COMPLAINT, "closing"): ("投诉回访结束语", "我再跟您确认一遍我们商定的处理：……。如果还有任何问题，请直接打我的电话。感谢您的理解。"),
}


def build_demo(actor: Actor, now: datetime) -> dict[str, int]:
    """The demo's script library: the scripts above, a few edited once (version 2), one retired;
    and a second version of the 3DC survey adding an item (older 3DC callbacks stay on version 1)."""
    from datetime import timedelta

    written = 0
    for (kind, situation), (title, body) in DEMO_SCRIPTS.items():
        save_script(actor.at(now - timedelta(days=180)), kind, situation, title, body)
        written += 1
    # The manager later sharpened two scripts after the clerks' experience (seed 002: 不断总结回访经验).
    later = actor.at(now - timedelta(days=30))
    title, body = DEMO_SCRIPTS[("3dc", "angry")]
    save_script(later, "3dc", "angry", title, body + "记录时写明客户原话，便于部门整改。")
    title, body = DEMO_SCRIPTS[("7dc", "busy")]
    save_script(later, "7dc", "busy", title, body + "约好的时间写进备注。")
    retire_script(later, script_for("monthly", "opening").id)
    save_script(later, "monthly", "opening", "月度回访开场（新版）", DEMO_SCRIPTS[("monthly", "opening")][1]
                + "顺便确认首保是否已预约。")
    # The 3DC form gained an item this month; the callbacks scored before keep version 1.
    service = current_form("3dc")
    save_form(actor.at(now), "3dc", [*service.items.items(), (None, QT_TRANSLATE_NOOP("ServiceLabels", "预约便利性"))], service.scale_max)
    return {"call_scripts": written + 3, "survey_versions": 1}

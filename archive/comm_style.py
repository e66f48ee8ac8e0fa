"""Communication styles (沟通风格, seed 003): the four interpersonal styles on two axes, a customer's
style as a clerk recorded it, and the guidance the callback and complaint screens show for it.

The matrix (seed 003, 人际风格矩阵): one axis runs from dominant (支配: asks, decides, leads, quick)
to easy-going (随和: answers, goes along, listens, unhurried); the other from expressive (外显:
warm, animated, shows feelings) to reserved (内敛: serious, orderly, measured). Their quarters:
表现型 expressive = dominant + expressive, 友善型 amiable = easy-going + expressive,
控制型 driver = dominant + reserved, 分析型 analytical = easy-going + reserved.

Data model (migration 0025_communication_style):
- ``CustomerStyle``: one row per recording (style, the answers to QUESTIONS if they were asked,
  the style they suggested, who, when). The newest is the customer's style, the rest its history.
- ``StyleGuidance``: the manager's text for one (style, topic); without a row the default text
  below applies. TOPICS: how such a customer decides, what persuades them, what to do when they
  lose their temper. The defaults are our own words for the seed's points.

A clerk records (permission ``profile.edit``); the manager words the guidance (``style.guidance``);
both are audited. Refusals are ``style.*`` codes (texts in ui/messages_events.py). No Qt here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from archive.models import Customer
from archive.texts import (
    STYLE_BAD_ANSWER, STYLE_CUSTOMER_NOT_FOUND, STYLE_GUIDANCE_REQUIRED, STYLE_GUIDANCE_TOO_LONG,
    STYLE_STYLE_REQUIRED, STYLE_UNANSWERED, STYLE_UNKNOWN_QUESTION, STYLE_UNKNOWN_STYLE, STYLE_UNKNOWN_TOPIC,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.models import User

EXPRESSIVE, AMIABLE, DRIVER, ANALYTICAL = "expressive", "amiable", "driver", "analytical"
STYLES = {
    EXPRESSIVE: QT_TRANSLATE_NOOP("StyleLabels", "表现型"),
    AMIABLE: QT_TRANSLATE_NOOP("StyleLabels", "友善型"),
    DRIVER: QT_TRANSLATE_NOOP("StyleLabels", "控制型"),
    ANALYTICAL: QT_TRANSLATE_NOOP("StyleLabels", "分析型"),
}
# Where each style sits: (dominant?, expressive?).
QUARTERS = {EXPRESSIVE: (True, True), AMIABLE: (False, True), DRIVER: (True, False), ANALYTICAL: (False, False)}
STYLE_AXES = {
    EXPRESSIVE: QT_TRANSLATE_NOOP("StyleLabels", "支配 / 外显"),
    AMIABLE: QT_TRANSLATE_NOOP("StyleLabels", "随和 / 外显"),
    DRIVER: QT_TRANSLATE_NOOP("StyleLabels", "支配 / 内敛"),
    ANALYTICAL: QT_TRANSLATE_NOOP("StyleLabels", "随和 / 内敛"),
}

DOMINANCE, EXPRESSIVENESS = "dominance", "expressiveness"


@dataclass(frozen=True)
class Question:
    code: str
    axis: str
    text: str
    a: str  # the dominant / expressive answer
    b: str  # the easy-going / reserved answer


# Three per axis, so a majority always decides: what a clerk notices on one call.
QUESTIONS = (
    Question(
        "leads",
        DOMINANCE,
        QT_TRANSLATE_NOOP("StyleLabels", "通话中客户怎样对待话题？"),
        QT_TRANSLATE_NOOP("StyleLabels", "主动发问，引导话题"),
        QT_TRANSLATE_NOOP("StyleLabels", "多是回答问题，跟着话题走"),
    ),
    Question(
        "decides",
        DOMINANCE,
        QT_TRANSLATE_NOOP("StyleLabels", "需要做决定时，客户通常……"),
        QT_TRANSLATE_NOOP("StyleLabels", "自己当场拍板，提出要求"),
        QT_TRANSLATE_NOOP("StyleLabels", "想听别人的意见，配合决定"),
    ),
    Question(
        "pace",
        DOMINANCE,
        QT_TRANSLATE_NOOP("StyleLabels", "客户说话和做事的节奏"),
        QT_TRANSLATE_NOOP("StyleLabels", "快，急于得到结果"),
        QT_TRANSLATE_NOOP("StyleLabels", "慢，不急不躁，愿意倾听"),
    ),
    Question(
        "feelings",
        EXPRESSIVENESS,
        QT_TRANSLATE_NOOP("StyleLabels", "客户的情绪是否外露？"),
        QT_TRANSLATE_NOOP("StyleLabels", "喜怒形于色，热情奔放"),
        QT_TRANSLATE_NOOP("StyleLabels", "表情严肃，不轻易流露"),
    ),
    Question(
        "manner",
        EXPRESSIVENESS,
        QT_TRANSLATE_NOOP("StyleLabels", "客户的表达方式"),
        QT_TRANSLATE_NOOP("StyleLabels", "随兴而发，语气夸张"),
        QT_TRANSLATE_NOOP("StyleLabels", "按部就班，有条有理"),
    ),
    Question(
        "temper",
        EXPRESSIVENESS,
        QT_TRANSLATE_NOOP("StyleLabels", "客户的性情"),
        QT_TRANSLATE_NOOP("StyleLabels", "容易激动"),
        QT_TRANSLATE_NOOP("StyleLabels", "温和平静"),
    ),
)
QUESTION_CODES = tuple(q.code for q in QUESTIONS)

DECIDES, PERSUADES, TEMPER = "decides", "persuades", "temper"
TOPICS = {
    DECIDES: QT_TRANSLATE_NOOP("StyleLabels", "如何做决定"),
    PERSUADES: QT_TRANSLATE_NOOP("StyleLabels", "什么能说服他"),
    TEMPER: QT_TRANSLATE_NOOP("StyleLabels", "情绪失控时怎么办"),
}
MAX_GUIDANCE = 1000

DEFAULT_GUIDANCE = {
    EXPRESSIVE: {
        DECIDES: QT_TRANSLATE_NOOP("StyleLabels", "凭直觉、敢拍板，喜欢新鲜的方案，往往当场就决定。"),
        PERSUADES: QT_TRANSLATE_NOOP("StyleLabels", "带着热情讲新的想法和好玩的安排，多肯定、多称赞他；讲清楚这样做能带来的好结果。"),
        TEMPER: QT_TRANSLATE_NOOP("StyleLabels", "别泼冷水，也别和他讲道理；先认同他的感受，再提出一个积极的、马上能做的下一步。"),
    },
    AMIABLE: {
        DECIDES: QT_TRANSLATE_NOOP("StyleLabels", "犹豫、不愿一个人拿主意，喜欢别人一起参与，在意决定对家人和身边人的影响。"),
        PERSUADES: QT_TRANSLATE_NOOP("StyleLabels", "先建立关系，语气温和友好；了解他关心的人，多讲其他车主的经历和能依靠的人。"),
        TEMPER: QT_TRANSLATE_NOOP("StyleLabels", "讲讲以往顺利合作的经历，把接下来每一步具体怎么做说清楚，逐步征得他的同意。"),
    },
    DRIVER: {
        DECIDES: QT_TRANSLATE_NOOP("StyleLabels", "快、务实、自己做主，要的是管用的方案，愿意承担有限的风险。"),
        PERSUADES: QT_TRANSLATE_NOOP("StyleLabels", "开门见山，讲效率和结果；拿出专业和权威，给出两三个选项让他自己定。"),
        TEMPER: QT_TRANSLATE_NOOP("StyleLabels", "马上认错，不找理由；直接问他希望怎么处理，或请他稍候，尽快给出处理意见，别拖时间。"),
    },
    ANALYTICAL: {
        DECIDES: QT_TRANSLATE_NOOP("StyleLabels", "讲逻辑、按顺序，慢而谨慎；会仔细比较各个方案，偏好经过验证的做法。"),
        PERSUADES: QT_TRANSLATE_NOOP("StyleLabels", "准备充分的事实、数据和专业说明，按逻辑讲清原因，给出合理的最佳选择，分析对他有利的条件。"),
        TEMPER: QT_TRANSLATE_NOOP("StyleLabels", "不催、不挂断，让他把话说完；请他指出哪里需要改进，并提供更多资料供他核对。"),
    },
}


class CustomerStyle(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    style = CharField(max_length=12)
    suggested = CharField(max_length=12, null=True)
    answers = TextField(default="")
    recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = DateTimeField()

    class Meta:
        table_name = "customer_style"

    def answer_map(self) -> dict[str, str]:
        return json.loads(self.answers) if self.answers else {}


class StyleGuidance(BaseModel):
    style = CharField(max_length=12)
    topic = CharField(max_length=12)
    text = TextField()
    updated_by = ForeignKeyField(User, on_delete="RESTRICT")
    updated_at = DateTimeField()

    class Meta:
        table_name = "style_guidance"


@dataclass(frozen=True)
class Suggestion:
    style: str
    dominant: int  # answers on the dominant side of the 3 dominance questions
    expressive: int  # answers on the expressive side of the 3 expressiveness questions


def suggest(answers: dict[str, str]) -> Suggestion:
    """The style the answers point to ("a" the dominant / expressive side, "b" the other)."""
    unknown = sorted(set(answers) - set(QUESTION_CODES))
    if unknown:
        raise Refusal(STYLE_UNKNOWN_QUESTION, question=unknown[0])
    bad = [code for code, value in answers.items() if value not in ("a", "b")]
    if bad:
        raise Refusal(STYLE_BAD_ANSWER, question=next(q.text for q in QUESTIONS if q.code == bad[0]),
                      answer=answers[bad[0]])
    missing = [q.text for q in QUESTIONS if q.code not in answers]
    if missing:
        raise Refusal(STYLE_UNANSWERED, questions="、".join(missing), count=len(missing))
    dominant = sum(1 for q in QUESTIONS if q.axis == DOMINANCE and answers[q.code] == "a")
    expressive = sum(1 for q in QUESTIONS if q.axis == EXPRESSIVENESS and answers[q.code] == "a")
    quarter = (dominant >= 2, expressive >= 2)
    return Suggestion(next(style for style, where in QUARTERS.items() if where == quarter), dominant, expressive)


def record_style(actor: Actor, customer_id: int, style: str, answers: dict[str, str] | None = None) -> int:
    """Record the customer's style as the clerk confirms it; with ``answers`` (all the questions)
    the style they suggest is kept beside it, so a clerk who chose otherwise can be seen to have."""
    require(actor, "profile.edit")
    if not style:
        raise Refusal(STYLE_STYLE_REQUIRED)
    if style not in STYLES:
        raise Refusal(STYLE_UNKNOWN_STYLE, style=style)
    suggested = suggest(answers).style if answers else None
    with database.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise Refusal(STYLE_CUSTOMER_NOT_FOUND, customer=customer_id)
        row = CustomerStyle.create(customer=customer_id, style=style, suggested=suggested,
                                   answers=json.dumps(answers, sort_keys=True) if answers else "",
                                   recorded_by=actor.user, recorded_at=actor.now)
        audit.record(actor, "style.record", "customer", customer_id, {"style": style, "suggested": suggested})
    return row.id


def current_style(customer_id: int) -> CustomerStyle | None:
    return (CustomerStyle.select().where(CustomerStyle.customer == customer_id)
            .order_by(CustomerStyle.id.desc()).first())


def history(customer_id: int):
    return (CustomerStyle.select(CustomerStyle, User).join(User)
            .where(CustomerStyle.customer == customer_id).order_by(CustomerStyle.id.desc()))


def guidance(style: str) -> dict[str, str]:
    """The guidance of ``style`` per topic: the manager's text where there is one, else the default."""
    if style not in STYLES:
        raise Refusal(STYLE_UNKNOWN_STYLE, style=style)
    texts = dict(DEFAULT_GUIDANCE[style])
    texts.update({topic: text for topic, text in StyleGuidance.select(StyleGuidance.topic, StyleGuidance.text)
                  .where(StyleGuidance.style == style).tuples()})
    return texts


def set_guidance(actor: Actor, style: str, topic: str, text: str) -> None:
    """The manager's wording of one topic of one style's guidance (audited with the old text)."""
    require(actor, "style.guidance")
    if style not in STYLES:
        raise Refusal(STYLE_UNKNOWN_STYLE, style=style)
    if topic not in TOPICS:
        raise Refusal(STYLE_UNKNOWN_TOPIC, topic=topic)
    text = (text or "").strip()
    if not text:
        raise Refusal(STYLE_GUIDANCE_REQUIRED, style=STYLES[style], topic=TOPICS[topic])
    if len(text) > MAX_GUIDANCE:
        raise Refusal(STYLE_GUIDANCE_TOO_LONG, maximum=MAX_GUIDANCE, length=len(text))
    with database.atomic():
        old = guidance(style)[topic]
        updated = (StyleGuidance.update(text=text, updated_by=actor.user, updated_at=actor.now)
                   .where((StyleGuidance.style == style) & (StyleGuidance.topic == topic)).execute())
        if not updated:
            StyleGuidance.create(style=style, topic=topic, text=text, updated_by=actor.user, updated_at=actor.now)
        audit.record(actor, "style.guidance", "style_guidance", None,
                     {"style": style, "topic": topic, "old": old, "new": text})


def erase(customer_id: int) -> int:
    """The customer's style records go with their profile when it is erased (archive.profile)."""
    return CustomerStyle.delete().where(CustomerStyle.customer == customer_id).execute()


def recorded_at_text(row: CustomerStyle) -> str:
    at = row.recorded_at
    return at.strftime("%Y-%m-%d %H:%M") if isinstance(at, datetime) else str(at)[:16]


def render_guidance_pdf(path, *, printed_at: datetime, printed_by: str) -> int:
    """The guidance of the four styles on one sheet for the clerks' desks (沟通风格应对指引), with
    the two axes and the questions that place a customer. Holds no customer data."""
    from reportlab.lib.units import mm

    from common.branch import identity
    from common.pdf import build_pdf, para, table

    rows = [["风格", *TOPICS.values()]]
    for style, name in STYLES.items():
        texts = guidance(style)
        rows.append([f"{name}\n（{STYLE_AXES[style]}）", *(texts[topic] for topic in TOPICS)])
    questions = [["判断问题", "支配 / 外显的一方", "随和 / 内敛的一方"]]
    questions += [[q.text, q.a, q.b] for q in QUESTIONS]
    story = [para("两个维度：支配（主动发问、自己拍板、节奏快）对随和（回答问题、配合决定、从容）；"
                  "外显（情绪外露、热情）对内敛（表情严肃、有条理）。每个维度三个问题，多数回答定位置。"),
             table(rows, col_widths=[28 * mm, "*", "*", "*"]),
             para("判断问题", "heading"), table(questions, col_widths=[60 * mm, "*", "*"])]
    return build_pdf(path, "客户沟通风格应对指引", identity(), printed_at, story,
                     signatures=[("制表人", printed_by, printed_at.date()), ("客服经理", None, None)])


def build_demo(actor: Actor, rng, customer_limit: int = 400) -> dict[str, int]:
    """Styles recorded for some customers the office has called (about a third of them, most from
    the questions, a few set by the clerk against the suggestion)."""
    from archive.callbacks import Callback, DONE

    called = [cid for (cid,) in Callback.select(Callback.customer).where(Callback.state == DONE)
              .distinct().order_by(Callback.customer).limit(customer_limit * 3).tuples()]
    chosen = rng.sample(called, min(len(called), customer_limit)) if called else []
    rows = []
    for cid in chosen:
        style = rng.choice(list(STYLES))
        dominant, expressive = QUARTERS[style]
        answers = {}
        for question in QUESTIONS:
            side = dominant if question.axis == DOMINANCE else expressive
            # Two answers of three on the customer's side at least: a real customer is not a textbook.
            answers[question.code] = ("a" if side else "b") if rng.random() < 0.8 else ("b" if side else "a")
        suggested = suggest(answers).style
        recorded = suggested if rng.random() < 0.9 else style
        rows.append(dict(customer=cid, style=recorded, suggested=suggested, answers=json.dumps(answers, sort_keys=True),
                         recorded_by=actor.user.id, recorded_at=actor.now))
    with database.atomic():
        for index in range(0, len(rows), 500):
            CustomerStyle.insert_many(rows[index:index + 500]).execute()
        audit.record(actor, "style.demo_populate", "customer", None, {"customers": len(rows)})
    return {"customer_styles": len(rows)}

"""The Mackay 66 customer profile (“麦凯66”客户档案) and the protection of its personal data (PIPL).

Data model
- ``ITEMS``: the standard form's 66 numbered items in its eight sections (``SECTIONS``), plus the
  unnumbered 其他注意事项. An item has one or more ``Field``s (item 5: birth date, birthplace,
  native place). Field keys are stable ("05_birth_date"); labels are Chinese source text that the
  UI translates. Items 1-9 carry no number in the seed copy; they are numbered so that item 10
  (课外活动) and 12 (兵役) land where the seed puts them: 1 name, 2 title, 3 company, 4 phones,
  5 birth, 6 height/weight, 7 body features, 8 college, 9 honours/graduate school/fraternity/sports.
- ``Profile``: one per customer: the header (``form_date`` 日期, ``filled_by`` 填表人, ``revised_at``
  最新修定时间) and the current ``revision`` number.
- ``ProfileValue``: the current value of one field. Ordinary values are in ``value_text``;
  sensitive ones only sealed in ``value_sealed`` (archive.profile_crypto, key outside the database).
- ``ProfileRevision``: every save is a numbered revision: who, when, which fields, and their new
  values (ordinary ones as JSON text, sensitive ones sealed). Any revision's full content is the
  replay of revisions 1..N, which gives the side-by-side comparison.
- ``ProfileDraft``: autosaved typing per customer and user, sealed whole (it may hold sensitive
  values), deleted when that user saves. It survives a crash because it is in the database. A
  draft keeps a sensitive value only under the rules of saving one (permission and consent).
- ``ProfileConsent``: the customer's separate consent to sensitive items: given on, recorded by,
  consent text version and scope (categories). At most one is active (not withdrawn) per customer.

Sensitive items (PIPL Art. 28 sensitive personal information; each needs consent in its category):
- health  身体与健康:   6 height/weight, 7 body features (baldness, arthritis, back trouble),
                        40 medical history / current health;
- family  婚姻与子女:   13 marital status and spouse's name, 17 children's names, ages and custody,
                        18 children's education, 19 children's interests (minors' information);
- politics 政治活动:    35 political activity, party, its importance;
- religion 宗教信仰:    37 religion and devotion;
- confidential 机密私事: 38 confidential matters not to be discussed (e.g. divorce).
Not sensitive, on purpose: 5 birth date and 16 wedding anniversary (they drive the care greetings
and are ordinary contact data), 41-43 drinking and smoking (hosting preferences, not medical data).

Rules
- Saving a sensitive value needs the permission ``profile.sensitive.view`` (nobody writes what they
  may not read) and an active consent whose scope covers the item's category.
- Sensitive values are shown unmasked only on request (``reveal``) to roles with that permission,
  while consent is active; every such view, print and export writes an audit row naming the fields,
  never the values. Others see a mask with the reason.
- Withdrawing consent hides the sensitive items at once and erases them, values and history, in
  the same transaction; ``erase_profile`` (on the customer's request) removes the whole profile,
  its history and every user's drafts. The audit log keeps that it happened, with counts only; the
  erasure register (archive/erasure.py) keeps it beyond a restore of an older backup. SQLite zeroes
  the freed space (secure_delete, common/db.py) and the WAL is emptied after the commit, so the
  file keeps no copy.
- Retention: a profile not revised or reviewed for ``retention_years`` (setting
  ``profile.retention_years``, default 3) is listed as due for review.
- A missing or wrong key refuses any operation that needs it with a clear code; nothing is
  overwritten, and everything that does not need the key keeps working.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import (
    BlobField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError, TextField,
)

from common import audit
from common.actor import Actor
from common.auth import can, require
from common.db import BaseModel, database
from common.errors import Refusal
from common.i18n import QT_TRANSLATE_NOOP
from common.messages import label_namer, register_fact_namer
from common.models import Setting, User

from archive import erasure, profile_crypto
from archive.models import Customer
from archive.texts import (
    PROFILE_BAD_DATE, PROFILE_CONSENT_FUTURE, PROFILE_CONSENT_NARROWER, PROFILE_CONSENT_REQUIRED,
    PROFILE_CONSENT_SCOPE_EMPTY, PROFILE_CONSENT_SCOPE_UNKNOWN, PROFILE_CONSENT_VERSION_REQUIRED,
    PROFILE_NO_CONSENT, PROFILE_NO_PROFILE, PROFILE_SENSITIVE_FORBIDDEN, PROFILE_STALE, PROFILE_TOO_LONG,
    PROFILE_UNKNOWN_CUSTOMER, PROFILE_UNKNOWN_FIELD, PROFILE_UNKNOWN_REVISION,
)

# ---------------------------------------------------------------------------------------------
# The form


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | long | date
    item: int = 0
    category: str | None = None  # sensitive category, None for ordinary fields


@dataclass(frozen=True)
class Item:
    number: int  # 1-66; 0 for the unnumbered 其他注意事项
    section: str
    fields: tuple[Field, ...]
    category: str | None = None


SECTIONS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Field", "客户资料"),
    "education": QT_TRANSLATE_NOOP("Field", "教育背景"),
    "family": QT_TRANSLATE_NOOP("Field", "家庭"),
    "business": QT_TRANSLATE_NOOP("Field", "业务背景资料"),
    "interests": QT_TRANSLATE_NOOP("Field", "特殊兴趣"),
    "lifestyle": QT_TRANSLATE_NOOP("Field", "生活方式"),
    "customer_and_you": QT_TRANSLATE_NOOP("Field", "客户和你"),
    "other": QT_TRANSLATE_NOOP("Field", "其他注意事项"),
}

CATEGORIES: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("Field", "身体与健康"),
    "family": QT_TRANSLATE_NOOP("Field", "婚姻与子女"),
    "politics": QT_TRANSLATE_NOOP("Field", "政治活动"),
    "religion": QT_TRANSLATE_NOOP("Field", "宗教信仰"),
    "confidential": QT_TRANSLATE_NOOP("Field", "机密私事"),
}

HEADER_FIELDS = {"form_date": "日期", "revised_at": "最新修定时间", "filled_by": "填表人"}

CONSENT_TEXT_VERSION = "2026-1"
RETENTION_YEARS_DEFAULT = 3
MAX_LENGTH = 2000

# (number, section, category, ((key suffix, label, kind), ...))
_FORM = [
    (1, "customer", None, (
        ("name", QT_TRANSLATE_NOOP("Field", "姓名")),
        ("nickname", QT_TRANSLATE_NOOP("Field", "昵称（小名）")),
    )),
    (2, "customer", None, (("title", QT_TRANSLATE_NOOP("Field", "职称")),)),
    (3, "customer", None, (("company", QT_TRANSLATE_NOOP("Field", "公司名称及地址"), "long"),)),
    (4, "customer", None, (
        ("phone_office", QT_TRANSLATE_NOOP("Field", "电话（公）")),
        ("phone_home", QT_TRANSLATE_NOOP("Field", "电话（宅）")),
    )),
    (5, "customer", None, (
        ("birth_date", QT_TRANSLATE_NOOP("Field", "出生日期"), "date"),
        ("birthplace", QT_TRANSLATE_NOOP("Field", "出生地")),
        ("native_place", QT_TRANSLATE_NOOP("Field", "籍贯")),
    )),
    (6, "customer", "health", (
        ("height", QT_TRANSLATE_NOOP("Field", "身高")),
        ("weight", QT_TRANSLATE_NOOP("Field", "体重")),
    )),
    (7, "customer", "health", (("features", QT_TRANSLATE_NOOP("Field", "身体与五官特征（如秃头、关节炎、背部问题）"), "long"),)),
    (8, "education", None, (
        ("college", QT_TRANSLATE_NOOP("Field", "大专院校")),
        ("graduated", QT_TRANSLATE_NOOP("Field", "毕业日期")),
        ("degree", QT_TRANSLATE_NOOP("Field", "学位")),
    )),
    (9, "education", None, (
        ("honours", QT_TRANSLATE_NOOP("Field", "大学时获奖记录")),
        ("graduate_school", QT_TRANSLATE_NOOP("Field", "研究所")),
        ("fraternity", QT_TRANSLATE_NOOP("Field", "大学时所属兄弟会/姐妹会")),
        ("sports", QT_TRANSLATE_NOOP("Field", "擅长的运动")),
    )),
    (10, "education", None, (("activities", QT_TRANSLATE_NOOP("Field", "课外活动、社团")),)),
    (11, "education", None, (
        ("cares_degree", QT_TRANSLATE_NOOP("Field", "未上大学者是否在意学位")),
        ("other_education", QT_TRANSLATE_NOOP("Field", "其他教育背景")),
    )),
    (12, "education", None, (
        ("service", QT_TRANSLATE_NOOP("Field", "兵役军种")),
        ("rank", QT_TRANSLATE_NOOP("Field", "退役时军阶")),
        ("attitude", QT_TRANSLATE_NOOP("Field", "对兵役的态度")),
    )),
    (13, "family", "family", (
        ("marital", QT_TRANSLATE_NOOP("Field", "婚姻状况")),
        ("spouse", QT_TRANSLATE_NOOP("Field", "配偶姓名")),
    )),
    (14, "family", None, (("spouse_education", QT_TRANSLATE_NOOP("Field", "配偶教育程度")),)),
    (15, "family", None, (("spouse_interests", QT_TRANSLATE_NOOP("Field", "配偶兴趣、活动、社团")),)),
    (16, "family", None, (("anniversary", QT_TRANSLATE_NOOP("Field", "结婚纪念日"), "date"),)),
    (17, "family", "family", (
        ("children", QT_TRANSLATE_NOOP("Field", "子女姓名、年龄"), "long"),
        ("custody", QT_TRANSLATE_NOOP("Field", "是否有抚养权")),
    )),
    (18, "family", "family", (("children_education", QT_TRANSLATE_NOOP("Field", "子女教育")),)),
    (19, "family", "family", (("children_interests", QT_TRANSLATE_NOOP("Field", "子女喜好")),)),
    (20, "business", None, (
        ("previous_job", QT_TRANSLATE_NOOP("Field", "客户的前一份工作")),
        ("company", QT_TRANSLATE_NOOP("Field", "公司名称")),
        ("address", QT_TRANSLATE_NOOP("Field", "公司地址")),
        ("employed", QT_TRANSLATE_NOOP("Field", "受雇时间")),
        ("job_title", QT_TRANSLATE_NOOP("Field", "受雇职衔")),
    )),
    (21, "business", None, (
        ("previous_title", QT_TRANSLATE_NOOP("Field", "在目前公司的前一个职衔")),
        ("date", QT_TRANSLATE_NOOP("Field", "担任日期")),
    )),
    (22, "business", None, (("status_symbols", QT_TRANSLATE_NOOP("Field", "办公室里的“地位”象征")),)),
    (23, "business", None, (
        ("associations", QT_TRANSLATE_NOOP("Field", "参与的职业及贸易团体")),
        ("position", QT_TRANSLATE_NOOP("Field", "所任职位")),
    )),
    (24, "business", None, (("consultants", QT_TRANSLATE_NOOP("Field", "是否聘用顾问")),)),
    (25, "business", None, (("relations", QT_TRANSLATE_NOOP("Field", "与本公司其他人员的业务关系")),)),
    (26, "business", None, (
        ("relation_good", QT_TRANSLATE_NOOP("Field", "关系是否良好")),
        ("reason", QT_TRANSLATE_NOOP("Field", "原因")),
    )),
    (27, "business", None, (("known_by", QT_TRANSLATE_NOOP("Field", "本公司其他人员对客户的了解")),)),
    (28, "business", None, (
        ("contact", QT_TRANSLATE_NOOP("Field", "何种联系")),
        ("nature", QT_TRANSLATE_NOOP("Field", "关系性质")),
    )),
    (29, "business", None, (("attitude", QT_TRANSLATE_NOOP("Field", "客户对自己公司的态度")),)),
    (30, "business", None, (("long_goal", QT_TRANSLATE_NOOP("Field", "长期事业目标")),)),
    (31, "business", None, (("short_goal", QT_TRANSLATE_NOOP("Field", "短期事业目标")),)),
    (32, "business", None, (("concern", QT_TRANSLATE_NOOP("Field", "最关切公司前途还是个人前途")),)),
    (33, "business", None, (
        ("now_or_future", QT_TRANSLATE_NOOP("Field", "多考虑现在还是将来")),
        ("why", QT_TRANSLATE_NOOP("Field", "为什么")),
    )),
    (34, "interests", None, (("clubs", QT_TRANSLATE_NOOP("Field", "所属私人俱乐部")),)),
    (35, "interests", "politics", (
        ("political", QT_TRANSLATE_NOOP("Field", "参与的政治活动")),
        ("party", QT_TRANSLATE_NOOP("Field", "政党")),
        ("importance", QT_TRANSLATE_NOOP("Field", "对客户的重要性")),
    )),
    (36, "interests", None, (
        ("community", QT_TRANSLATE_NOOP("Field", "是否热衷社区活动")),
        ("how", QT_TRANSLATE_NOOP("Field", "如何参与")),
    )),
    (37, "interests", "religion", (
        ("religion", QT_TRANSLATE_NOOP("Field", "宗教信仰")),
        ("devout", QT_TRANSLATE_NOOP("Field", "是否热衷")),
    )),
    (38, "interests", "confidential", (("confidential", QT_TRANSLATE_NOOP("Field", "特别机密、不宜谈论的事（如离婚）"), "long"),)),
    (39, "interests", None, (("opinions", QT_TRANSLATE_NOOP("Field", "生意以外特别有意见的话题")),)),
    (40, "lifestyle", "health", (("health", QT_TRANSLATE_NOOP("Field", "病历（目前健康状况）"), "long"),)),
    (41, "lifestyle", None, (
        ("drinking", QT_TRANSLATE_NOOP("Field", "饮酒习惯")),
        ("drinks", QT_TRANSLATE_NOOP("Field", "所嗜酒类与份量")),
    )),
    (42, "lifestyle", None, (("objects_drinking", QT_TRANSLATE_NOOP("Field", "不饮酒者是否反对别人喝酒")),)),
    (43, "lifestyle", None, (
        ("smokes", QT_TRANSLATE_NOOP("Field", "是否吸烟")),
        ("objects_smoking", QT_TRANSLATE_NOOP("Field", "不吸烟者是否反对别人吸烟")),
    )),
    (44, "lifestyle", None, (
        ("lunch", QT_TRANSLATE_NOOP("Field", "最喜欢的午餐地点")),
        ("dinner", QT_TRANSLATE_NOOP("Field", "最喜欢的晚餐地点")),
    )),
    (45, "lifestyle", None, (("dishes", QT_TRANSLATE_NOOP("Field", "最喜欢的菜式")),)),
    (46, "lifestyle", None, (("objects_treat", QT_TRANSLATE_NOOP("Field", "是否反对别人请客")),)),
    (47, "lifestyle", None, (
        ("hobbies", QT_TRANSLATE_NOOP("Field", "嗜好与娱乐")),
        ("books", QT_TRANSLATE_NOOP("Field", "喜读的书")),
    )),
    (48, "lifestyle", None, (("vacation", QT_TRANSLATE_NOOP("Field", "喜欢的度假方式")),)),
    (49, "lifestyle", None, (("spectator", QT_TRANSLATE_NOOP("Field", "喜欢观看的运动")),)),
    (50, "lifestyle", None, (("car", QT_TRANSLATE_NOOP("Field", "车子品牌")),)),
    (51, "lifestyle", None, (("topics", QT_TRANSLATE_NOOP("Field", "喜欢的话题")),)),
    (52, "lifestyle", None, (("notice_by", QT_TRANSLATE_NOOP("Field", "希望引起谁的注意")),)),
    (53, "lifestyle", None, (("regard", QT_TRANSLATE_NOOP("Field", "希望被这些人如何看重")),)),
    (54, "lifestyle", None, (("describe", QT_TRANSLATE_NOOP("Field", "你会怎样形容这位客户")),)),
    (55, "lifestyle", None, (("achievement", QT_TRANSLATE_NOOP("Field", "客户自认最得意的成就")),)),
    (56, "lifestyle", None, (("long_personal", QT_TRANSLATE_NOOP("Field", "你认为客户的长期个人目标")),)),
    (57, "lifestyle", None, (("short_personal", QT_TRANSLATE_NOOP("Field", "你认为客户的眼前个人目标")),)),
    (58, "customer_and_you", None, (("ethics", QT_TRANSLATE_NOOP("Field", "与客户做生意时最担心的道德与伦理问题")),)),
    (59, "customer_and_you", None, (
        ("obligation", QT_TRANSLATE_NOOP("Field", "客户是否觉得对你、你的公司或竞争者负有责任")),
        ("what", QT_TRANSLATE_NOOP("Field", "如有，是什么")),
    )),
    (60, "customer_and_you", None, (("change_habits", QT_TRANSLATE_NOOP("Field", "客户是否须改变习惯、做不利于自己的事才能配合你的建议")),)),
    (61, "customer_and_you", None, (("others_opinion", QT_TRANSLATE_NOOP("Field", "是否特别在意别人的意见")),)),
    (62, "customer_and_you", None, (
        ("self_centred", QT_TRANSLATE_NOOP("Field", "是否非常以自我为中心")),
        ("ethical", QT_TRANSLATE_NOOP("Field", "道德感是否很强")),
    )),
    (63, "customer_and_you", None, (("key_issues", QT_TRANSLATE_NOOP("Field", "客户眼中最关键的问题")),)),
    (64, "customer_and_you", None, (
        ("management", QT_TRANSLATE_NOOP("Field", "客户的管理层看重什么")),
        ("conflict", QT_TRANSLATE_NOOP("Field", "客户与上司是否有冲突")),
    )),
    (65, "customer_and_you", None, (("help", QT_TRANSLATE_NOOP("Field", "你能否协助化解客户与上司的问题，如何化解")),)),
    (66, "customer_and_you", None, (("competitors", QT_TRANSLATE_NOOP("Field", "竞争者对以上问题是否有比你更好的答案")),)),
    (0, "other", None, (("notes", QT_TRANSLATE_NOOP("Field", "其他注意事项"), "long"),)),
]


def _build_items() -> tuple[Item, ...]:
    items = []
    for number, section, category, specs in _FORM:
        fields = tuple(
            Field(f"{number:02d}_{spec[0]}", spec[1], spec[2] if len(spec) > 2 else "text", number, category)
            for spec in specs
        )
        items.append(Item(number, section, fields, category))
    return tuple(items)


ITEMS: tuple[Item, ...] = _build_items()
FIELDS: dict[str, Field] = {f.key: f for item in ITEMS for f in item.fields}
# A refusal names a field by key ("16_anniversary"); it reads 结婚纪念日 / its English.
register_fact_namer("field", label_namer("Field", {key: f.label for key, f in FIELDS.items()}))
SENSITIVE_FIELDS: tuple[str, ...] = tuple(key for key, f in FIELDS.items() if f.category)
BIRTH_DATE, ANNIVERSARY, NAME = "05_birth_date", "16_anniversary", "01_name"
# Pseudo-fields for the header, kept in the revisions like any field so the history shows them.
HEADER_KEYS = ("_form_date", "_filled_by")


def items_in(section: str) -> list[Item]:
    return [item for item in ITEMS if item.section == section]


# ---------------------------------------------------------------------------------------------
# Tables (migration 0004_profile creates them)


class Profile(BaseModel):
    customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
    form_date = DateField(null=True)
    filled_by = CharField(max_length=64, default="")
    revision = IntegerField(default=0)
    revised_at = DateTimeField(null=True)
    reviewed_at = DateTimeField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "profile"

    def values(self):
        return ProfileValue.select().where(ProfileValue.profile == self)

    def revisions(self):
        return ProfileRevision.select().where(ProfileRevision.profile == self).order_by(ProfileRevision.number)


class ProfileValue(BaseModel):
    profile = ForeignKeyField(Profile, on_delete="CASCADE", index=True)
    field = CharField(max_length=32)
    value_text = TextField(null=True)
    value_sealed = BlobField(null=True)

    class Meta:
        table_name = "profile_value"


class ProfileRevision(BaseModel):
    profile = ForeignKeyField(Profile, on_delete="CASCADE")
    number = IntegerField()
    at = DateTimeField()
    user = ForeignKeyField(User, on_delete="RESTRICT")
    fields = TextField()
    changes_text = TextField(default="{}")
    changes_sealed = BlobField(null=True)
    sensitive_erased_at = DateTimeField(null=True)

    class Meta:
        table_name = "profile_revision"


class ProfileDraft(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="RESTRICT")
    user = ForeignKeyField(User, on_delete="RESTRICT")
    saved_at = DateTimeField()
    base_revision = IntegerField(default=0)
    data_sealed = BlobField()

    class Meta:
        table_name = "profile_draft"


class ProfileConsent(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
    given_on = DateField()
    recorded_at = DateTimeField()
    recorded_by = ForeignKeyField(User, on_delete="RESTRICT")
    text_version = CharField(max_length=32)
    scope = TextField()
    withdrawn_at = DateTimeField(null=True)
    withdrawn_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")

    class Meta:
        table_name = "profile_consent"

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(json.loads(self.scope))


# ---------------------------------------------------------------------------------------------
# Results


MASK_PERMISSION = "permission"  # the role may not see sensitive items
MASK_CONSENT = "consent"        # no active consent covers the item
MASK_HIDDEN = "hidden"          # allowed, but not revealed (reveal=False)
MASK_KEY = "key"                # the key is missing or wrong
MASK_ERASED = "erased"          # erased (history of a withdrawn consent)


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    given_on: date
    recorded_at: datetime
    recorded_by: str
    text_version: str
    scope: tuple[str, ...]
    withdrawn_at: datetime | None


@dataclass
class ProfileView:
    customer_id: int
    customer_name: str
    archive_number: str | None
    exists: bool
    revision: int
    form_date: date | None
    filled_by: str
    revised_at: datetime | None
    values: dict[str, str]            # visible values (empty fields absent)
    masked: dict[str, str]            # sensitive field -> mask reason
    consent: ConsentInfo | None
    key_problem: Refusal | None = None
    revealed: tuple[str, ...] = ()     # sensitive fields shown in clear (audited)
    drafts: int = 0                    # drafts of this customer's profile, any user's (erasure takes them)

    def value(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True)
class Saved:
    revision: int
    fields: tuple[str, ...]  # changed fields (incl. header pseudo-fields), empty when nothing changed


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    at: datetime
    user: str
    fields: tuple[str, ...]
    sensitive_erased: bool


@dataclass(frozen=True)
class ComparedField:
    key: str
    first: str
    second: str
    masked: str | None = None

    @property
    def changed(self) -> bool:
        return self.masked is None and self.first != self.second


@dataclass(frozen=True)
class Draft:
    values: dict[str, str]
    form_date: date | None
    filled_by: str | None
    base_revision: int
    saved_at: datetime


@dataclass(frozen=True)
class Erased:
    fields: int      # current values removed
    revisions: int   # revisions removed or cleared of sensitive values
    drafts: int = 0  # drafts removed (any user's)


@dataclass(frozen=True)
class DueProfile:
    customer_id: int
    customer_name: str
    archive_number: str | None
    last_activity: datetime
    due_on: date


# ---------------------------------------------------------------------------------------------
# Helpers


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise Refusal(PROFILE_UNKNOWN_CUSTOMER, customer_id=customer_id)
    return customer


def _context(customer_id: int, key: str) -> str:
    return f"profile:{customer_id}:{key}"


_DATE_PATTERN = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> date | None:
    """'1975-03-08', '1975/3/8', '1975年3月8日' (full-width digits too) -> date; None if not a date."""
    match = _DATE_PATTERN.match(unicodedata.normalize("NFKC", text or "").strip())
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _clean(key: str, value) -> str:
    field = FIELDS.get(key)
    if field is None:
        raise Refusal(PROFILE_UNKNOWN_FIELD, field=key)
    text = "" if value is None else str(value).strip()
    if len(text) > MAX_LENGTH:
        raise Refusal(PROFILE_TOO_LONG, item=field.item, field=field.key, length=len(text), maximum=MAX_LENGTH)
    if text and field.kind == "date":
        parsed = parse_date(text)
        if parsed is None:
            raise Refusal(PROFILE_BAD_DATE, item=field.item, field=field.key, value=text)
        text = parsed.isoformat()
    return text


def _active_consent(customer_id: int) -> ProfileConsent | None:
    return (ProfileConsent.select()
            .where((ProfileConsent.customer == customer_id) & ProfileConsent.withdrawn_at.is_null())
            .first())


def _consent_info(row: ProfileConsent | None) -> ConsentInfo | None:
    if row is None:
        return None
    return ConsentInfo(row.id, row.given_on, row.recorded_at, User.get_by_id(row.recorded_by_id).display_name,
                       row.text_version, row.categories, row.withdrawn_at)


def can_view_sensitive(actor: Actor) -> bool:
    return can(actor.user, "profile.sensitive.view")


# ---------------------------------------------------------------------------------------------
# Reading


def load_profile(actor: Actor, customer_id: int, reveal: bool = False, purpose: str = "view") -> ProfileView:
    """The profile as this actor may see it. ``reveal`` shows sensitive items in clear (audited).

    Without the permission, ``reveal`` is refused (auth.forbidden). A key problem does not refuse:
    sensitive items stay masked with reason "key" and ``key_problem`` says why.
    """
    require(actor, "archive.read")
    if reveal:
        require(actor, "profile.sensitive.view")
    customer = _customer(customer_id)
    profile = Profile.get_or_none(Profile.customer == customer.id)
    consent = _active_consent(customer.id)
    values: dict[str, str] = {}
    sealed: dict[str, bytes] = {}
    if profile is not None:
        for row in profile.values():
            if row.field not in FIELDS:
                continue
            if FIELDS[row.field].category:
                if row.value_sealed is not None:
                    sealed[row.field] = row.value_sealed
            elif row.value_text:
                values[row.field] = row.value_text
    masked: dict[str, str] = {}
    revealed: list[str] = []
    problem: Refusal | None = None
    opener = None
    if reveal:
        try:
            opener = profile_crypto.sealer() if sealed else None
        except Refusal as refusal:
            problem = refusal
    for key in SENSITIVE_FIELDS:
        category = FIELDS[key].category
        if not can_view_sensitive(actor):
            masked[key] = MASK_PERMISSION
        elif consent is None or category not in consent.categories:
            masked[key] = MASK_CONSENT
        elif not reveal:
            masked[key] = MASK_HIDDEN
        elif problem is not None:
            masked[key] = MASK_KEY
        elif key in sealed:
            try:
                values[key] = opener.open(sealed[key], _context(customer.id, key))
                revealed.append(key)
            except Refusal as refusal:
                problem = problem or refusal
                masked[key] = MASK_KEY
    if revealed:
        with database.atomic():
            audit.record(actor, f"profile.sensitive_{purpose}", "customer", customer.id, {"fields": revealed})
    return ProfileView(
        customer_id=customer.id, customer_name=customer.name, archive_number=customer.archive_number,
        exists=profile is not None, revision=profile.revision if profile else 0,
        form_date=profile.form_date if profile else None, filled_by=profile.filled_by if profile else "",
        revised_at=profile.revised_at if profile else None, values=values, masked=masked,
        consent=_consent_info(consent), key_problem=problem, revealed=tuple(revealed),
        drafts=ProfileDraft.select().where(ProfileDraft.customer == customer.id).count(),
    )


def history(actor: Actor, customer_id: int) -> list[RevisionInfo]:
    """Every saved revision, oldest first: who, when, which fields (names only)."""
    require(actor, "archive.read")
    _customer(customer_id)
    rows = (ProfileRevision.select(ProfileRevision, User.display_name)
            .join(Profile).switch(ProfileRevision).join(User)
            .where(Profile.customer == customer_id).order_by(ProfileRevision.number))
    return [RevisionInfo(row.number, row.at, row.user.display_name, tuple(json.loads(row.fields)),
                         row.sensitive_erased_at is not None) for row in rows]


def _snapshot(revisions: list[ProfileRevision], upto: int, customer_id: int, opener) -> tuple[dict, set]:
    """Replay revisions 1..upto. Returns (values, erased sensitive fields)."""
    values: dict[str, str] = {}
    erased: set[str] = set()
    for row in revisions:
        if row.number > upto:
            break
        values.update(json.loads(row.changes_text))
        if row.sensitive_erased_at is not None:
            erased.update(key for key in json.loads(row.fields) if key in FIELDS and FIELDS[key].category)
        elif row.changes_sealed is not None and opener is not None:
            values.update(json.loads(opener.open(row.changes_sealed, _context(customer_id, f"revision:{row.number}"))))
    return values, erased


def compare_revisions(actor: Actor, customer_id: int, first: int, second: int,
                      reveal: bool = False) -> list[ComparedField]:
    """Two revisions side by side, field by field in form order (header first)."""
    require(actor, "archive.read")
    if reveal:
        require(actor, "profile.sensitive.view")
    _customer(customer_id)
    revisions = list(ProfileRevision.select().join(Profile)
                     .where(Profile.customer == customer_id).order_by(ProfileRevision.number))
    numbers = {row.number for row in revisions}
    for number in (first, second):
        if number not in numbers:
            raise Refusal(PROFILE_UNKNOWN_REVISION, revision=number, latest=max(numbers, default=0))
    consent = _active_consent(customer_id)
    opener = None
    problem = None
    if reveal and consent is not None and any(row.changes_sealed is not None for row in revisions):
        try:
            opener = profile_crypto.sealer()
        except Refusal as refusal:
            problem = refusal
    a, erased_a = _snapshot(revisions, first, customer_id, opener)
    b, erased_b = _snapshot(revisions, second, customer_id, opener)
    result = []
    shown = []
    for key in HEADER_KEYS + tuple(FIELDS):
        masked = None
        if key in FIELDS and FIELDS[key].category:
            category = FIELDS[key].category
            if not can_view_sensitive(actor):
                masked = MASK_PERMISSION
            elif consent is None or category not in consent.categories:
                masked = MASK_CONSENT
            elif not reveal:
                masked = MASK_HIDDEN
            elif problem is not None:
                masked = MASK_KEY
            elif key in erased_a or key in erased_b:
                masked = MASK_ERASED
            elif key in a or key in b:
                shown.append(key)
        if masked:
            result.append(ComparedField(key, "", "", masked))
        else:
            result.append(ComparedField(key, a.get(key, ""), b.get(key, "")))
    if shown:
        with database.atomic():
            audit.record(actor, "profile.sensitive_view", "customer", customer_id,
                         {"fields": shown, "revisions": [first, second]})
    return result


# ---------------------------------------------------------------------------------------------
# Saving


def save_profile(actor: Actor, customer_id: int, values: dict[str, str], *, form_date: date | None = None,
                 filled_by: str | None = None, expected_revision: int | None = None) -> Saved:
    """Save the given fields (absent keys stay as they are; '' clears) as a new revision.

    ``expected_revision``: the revision the editor started from; if someone saved in between, the
    save is refused (profile.stale) instead of silently overwriting their work.
    """
    require(actor, "profile.edit")
    customer = _customer(customer_id)
    cleaned = {key: _clean(key, value) for key, value in values.items()}
    if filled_by is not None:
        filled_by = filled_by.strip()[:64]
    sensitive = [key for key in cleaned if FIELDS[key].category]
    if sensitive and not can_view_sensitive(actor):
        field = FIELDS[sensitive[0]]
        raise Refusal(PROFILE_SENSITIVE_FORBIDDEN, item=field.item, field=field.key, role=actor.role)
    try:
        with database.atomic():
            return _save(actor, customer, cleaned, form_date, filled_by, expected_revision)
    except IntegrityError:
        # Another PC created the profile or the same revision number first.
        raise Refusal(PROFILE_STALE, customer=customer.name, expected=expected_revision,
                      current=_current_revision(customer.id)) from None


def _current_revision(customer_id: int) -> int:
    profile = Profile.get_or_none(Profile.customer == customer_id)
    return profile.revision if profile else 0


def _save(actor, customer, cleaned, form_date, filled_by, expected_revision) -> Saved:
    profile = Profile.get_or_none(Profile.customer == customer.id)
    current_revision = profile.revision if profile else 0
    if expected_revision is not None and expected_revision != current_revision:
        raise Refusal(PROFILE_STALE, customer=customer.name, expected=expected_revision, current=current_revision)
    rows = {row.field: row for row in profile.values()} if profile else {}
    consent = None
    opener = None
    ordinary: dict[str, str] = {}
    secret: dict[str, str] = {}
    for key, new in cleaned.items():
        field = FIELDS[key]
        row = rows.get(key)
        if field.category:
            if opener is None:
                opener = profile_crypto.sealer(create=True)
            old = opener.open(row.value_sealed, _context(customer.id, key)) if row and row.value_sealed else ""
        else:
            old = (row.value_text or "") if row else ""
        if old == new:
            continue
        if field.category and new:
            consent = consent or _active_consent(customer.id)
            if consent is None or field.category not in consent.categories:
                raise Refusal(PROFILE_CONSENT_REQUIRED, item=field.item, field=field.key,
                              category=CATEGORIES[field.category], customer=customer.name)
        (secret if field.category else ordinary)[key] = new
    if profile is None and filled_by is None:
        filled_by = actor.user.display_name  # 填表人 defaults to whoever starts the profile
    header: dict[str, str] = {}
    if form_date is not None and (profile is None or profile.form_date != form_date):
        header["_form_date"] = form_date.isoformat()
    if filled_by is not None and (profile is None or profile.filled_by != filled_by):
        header["_filled_by"] = filled_by
    changed = tuple(header) + tuple(key for key in FIELDS if key in ordinary or key in secret)
    if not changed:
        return Saved(current_revision, ())
    if profile is None:
        profile = Profile.create(customer=customer.id, created_at=actor.now, filled_by=filled_by)
    number = current_revision + 1
    update = {Profile.revision: number, Profile.revised_at: actor.now}
    if "_form_date" in header:
        update[Profile.form_date] = form_date
    if "_filled_by" in header:
        update[Profile.filled_by] = header["_filled_by"]
    # Compare-and-set on the revision: a concurrent save of the same profile updates nothing here.
    if Profile.update(update).where((Profile.id == profile.id) & (Profile.revision == current_revision)).execute() != 1:
        raise Refusal(PROFILE_STALE, customer=customer.name, expected=current_revision,
                      current=_current_revision(customer.id))
    for key, new in list(ordinary.items()) + list(secret.items()):
        row = rows.get(key)
        if not new:
            if row is not None:
                ProfileValue.delete().where(ProfileValue.id == row.id).execute()
            continue
        data = ({"value_sealed": opener.seal(new, _context(customer.id, key)), "value_text": None}
                if key in secret else {"value_text": new, "value_sealed": None})
        if row is None:
            ProfileValue.create(profile=profile.id, field=key, **data)
        else:
            ProfileValue.update(**data).where(ProfileValue.id == row.id).execute()
    ProfileRevision.create(
        profile=profile.id, number=number, at=actor.now, user=actor.user.id,
        fields=json.dumps(list(changed)),
        changes_text=json.dumps({**header, **ordinary}, ensure_ascii=False),
        changes_sealed=(opener.seal(json.dumps(secret, ensure_ascii=False), _context(customer.id, f"revision:{number}"))
                        if secret else None),
    )
    ProfileDraft.delete().where((ProfileDraft.customer == customer.id) & (ProfileDraft.user == actor.user.id)).execute()
    audit.record(actor, "profile.save", "customer", customer.id,
                 {"revision": number, "fields": [key for key in changed if key not in secret],
                  "sensitive_fields": sorted(secret)})
    return Saved(number, changed)


# ---------------------------------------------------------------------------------------------
# Drafts (autosave)


def save_draft(actor: Actor, customer_id: int, values: dict[str, str], *, form_date: date | None = None,
               filled_by: str | None = None, base_revision: int = 0) -> datetime:
    """Keep what is typed so far (sealed whole), replacing this user's previous draft."""
    require(actor, "profile.edit")
    _customer(customer_id)
    _check_draft_sensitive(actor, customer_id, values)
    payload = json.dumps({"values": {k: str(v) for k, v in values.items() if k in FIELDS},
                          "form_date": form_date.isoformat() if form_date else None, "filled_by": filled_by},
                         ensure_ascii=False)
    with database.atomic():
        blob = profile_crypto.sealer(create=True).seal(payload, f"draft:{customer_id}:{actor.user.id}")
        (ProfileDraft.insert(customer=customer_id, user=actor.user.id, saved_at=actor.now,
                             base_revision=base_revision, data_sealed=blob)
         .on_conflict(conflict_target=[ProfileDraft.customer, ProfileDraft.user],
                      update={ProfileDraft.saved_at: actor.now, ProfileDraft.base_revision: base_revision,
                              ProfileDraft.data_sealed: blob})
         .execute())
    return actor.now


def load_draft(actor: Actor, customer_id: int) -> Draft | None:
    require(actor, "profile.edit")
    row = ProfileDraft.get_or_none((ProfileDraft.customer == customer_id) & (ProfileDraft.user == actor.user.id))
    if row is None:
        return None
    data = json.loads(profile_crypto.sealer().open(row.data_sealed, f"draft:{customer_id}:{actor.user.id}"))
    # Kept only while its user may still write them (a role or a consent may have changed since).
    allowed = _draft_categories(actor, customer_id)
    values = {key: value for key, value in data["values"].items()
              if key in FIELDS and (not FIELDS[key].category or FIELDS[key].category in allowed)}
    return Draft(values, date.fromisoformat(data["form_date"]) if data["form_date"] else None,
                 data["filled_by"], row.base_revision, row.saved_at)


def _draft_categories(actor: Actor, customer_id: int) -> tuple[str, ...]:
    """The sensitive categories this actor may keep in a draft of this customer: those saving allows."""
    if not can_view_sensitive(actor):
        return ()
    consent = _active_consent(customer_id)
    return consent.categories if consent is not None else ()


def _check_draft_sensitive(actor: Actor, customer_id: int, values: dict) -> None:
    """Nobody keeps in a draft what they may not save: the same refusals as save_profile."""
    typed = [FIELDS[key] for key, value in values.items()
             if key in FIELDS and FIELDS[key].category and str(value or "").strip()]
    if not typed:
        return
    if not can_view_sensitive(actor):
        raise Refusal(PROFILE_SENSITIVE_FORBIDDEN, item=typed[0].item, field=typed[0].key, role=actor.role)
    allowed = _draft_categories(actor, customer_id)
    for field in typed:
        if field.category not in allowed:
            raise Refusal(PROFILE_CONSENT_REQUIRED, item=field.item, field=field.key,
                          category=CATEGORIES[field.category], customer=_customer(customer_id).name)


def discard_draft(actor: Actor, customer_id: int) -> bool:
    with database.atomic():
        return bool(ProfileDraft.delete().where((ProfileDraft.customer == customer_id)
                                                & (ProfileDraft.user == actor.user.id)).execute())


# ---------------------------------------------------------------------------------------------
# Consent, erasure, retention


def consents(actor: Actor, customer_id: int) -> list[ConsentInfo]:
    require(actor, "archive.read")
    rows = ProfileConsent.select().where(ProfileConsent.customer == customer_id).order_by(ProfileConsent.id)
    return [_consent_info(row) for row in rows]


def record_consent(actor: Actor, customer_id: int, *, given_on: date, scope, text_version: str = CONSENT_TEXT_VERSION
                   ) -> ConsentInfo:
    """Record the customer's signed consent. A wider consent replaces the active one; a narrower
    one is refused (withdraw first, which erases what the old scope allowed)."""
    require(actor, "profile.edit")
    customer = _customer(customer_id)
    unknown = sorted(set(scope) - set(CATEGORIES))
    if unknown:
        raise Refusal(PROFILE_CONSENT_SCOPE_UNKNOWN, category=", ".join(unknown))
    scope = tuple(category for category in CATEGORIES if category in set(scope))
    if not scope:
        raise Refusal(PROFILE_CONSENT_SCOPE_EMPTY, customer=customer.name)
    if given_on > actor.today:
        raise Refusal(PROFILE_CONSENT_FUTURE, given_on=given_on, today=actor.today)
    text_version = (text_version or "").strip()
    if not text_version:
        raise Refusal(PROFILE_CONSENT_VERSION_REQUIRED, customer=customer.name)
    try:
        with database.atomic():
            active = _active_consent(customer.id)
            if active is not None:
                missing = [CATEGORIES[c] for c in active.categories if c not in scope]
                if missing:
                    raise Refusal(PROFILE_CONSENT_NARROWER, customer=customer.name, missing="、".join(missing))
                ProfileConsent.update(withdrawn_at=actor.now, withdrawn_by=actor.user.id).where(
                    ProfileConsent.id == active.id).execute()
            row = ProfileConsent.create(customer=customer.id, given_on=given_on, recorded_at=actor.now,
                                        recorded_by=actor.user.id, text_version=text_version,
                                        scope=json.dumps(list(scope)))
            audit.record(actor, "profile.consent_record", "customer", customer.id,
                         {"consent": row.id, "scope": list(scope), "text_version": text_version,
                          "replaces": active.id if active else None})
    except IntegrityError:
        raise Refusal(PROFILE_STALE, customer=customer.name, expected=None, current=None) from None
    return _consent_info(row)


def _erase_sensitive(actor: Actor, customer_id: int) -> Erased:
    # Drafts are sealed whole and may hold sensitive typing: they go too.
    drafts = ProfileDraft.delete().where(ProfileDraft.customer == customer_id).execute()
    profile = Profile.get_or_none(Profile.customer == customer_id)
    if profile is None:
        return Erased(0, 0, drafts)
    fields = (ProfileValue.delete()
              .where((ProfileValue.profile == profile.id) & ProfileValue.field.in_(SENSITIVE_FIELDS)).execute())
    revisions = (ProfileRevision.update(changes_sealed=None, sensitive_erased_at=actor.now)
                 .where((ProfileRevision.profile == profile.id) & ProfileRevision.changes_sealed.is_null(False))
                 .execute())
    return Erased(fields, revisions, drafts)


def erase_sensitive_for_withdrawal(actor: Actor, customer_id: int) -> Erased:
    """Inside a transaction (archive.erasure.reapply): a withdrawal of consent done again on a
    restored database: the active consent ends and the sensitive items go."""
    ProfileConsent.update(withdrawn_at=actor.now, withdrawn_by=actor.user.id).where(
        (ProfileConsent.customer == customer_id) & ProfileConsent.withdrawn_at.is_null()).execute()
    return _erase_sensitive(actor, customer_id)


def erase_all(actor: Actor, customer_id: int) -> Erased | None:
    """Inside a transaction: the profile, its revisions and every user's drafts of the customer;
    active consents end. None when there was nothing to erase."""
    drafts = ProfileDraft.delete().where(ProfileDraft.customer == customer_id).execute()
    from archive import comm_style  # the communication style recorded with the profile goes with it

    comm_style.erase(customer_id)
    profile = Profile.get_or_none(Profile.customer == customer_id)
    fields = revisions = 0
    if profile is not None:
        fields = ProfileValue.delete().where(ProfileValue.profile == profile.id).execute()
        revisions = ProfileRevision.delete().where(ProfileRevision.profile == profile.id).execute()
        Profile.delete().where(Profile.id == profile.id).execute()
    elif not drafts:
        return None
    ProfileConsent.update(withdrawn_at=actor.now, withdrawn_by=actor.user.id).where(
        (ProfileConsent.customer == customer_id) & ProfileConsent.withdrawn_at.is_null()).execute()
    return Erased(fields, revisions, drafts)


def withdraw_consent(actor: Actor, customer_id: int) -> Erased:
    """The customer withdraws consent: sensitive items are hidden at once and erased, with their
    history, in the same transaction. Needs no key: erasing never decrypts."""
    require(actor, "profile.edit")
    customer = _customer(customer_id)
    with database.atomic():
        active = _active_consent(customer.id)
        if active is None:
            raise Refusal(PROFILE_NO_CONSENT, customer=customer.name)
        ProfileConsent.update(withdrawn_at=actor.now, withdrawn_by=actor.user.id).where(
            ProfileConsent.id == active.id).execute()
        erased = _erase_sensitive(actor, customer.id)
        entry = erasure.record(actor, erasure.KIND_SENSITIVE, customer)
        audit.record(actor, "profile.consent_withdraw", "customer", customer.id,
                     {"consent": active.id, "erased_fields": erased.fields, "erased_revisions": erased.revisions,
                      "erased_drafts": erased.drafts, "register_entry": entry.entry})
    erasure.wipe_freed_pages()
    return erased


def erase_profile(actor: Actor, customer_id: int) -> Erased:
    """Erasure on the customer's request: the whole profile, its revisions and every user's drafts
    (a draft alone, of a profile never saved, too) are deleted. Consent records stay (they hold no
    profile values and prove what was allowed when)."""
    require(actor, "profile.erase")
    customer = _customer(customer_id)
    with database.atomic():
        erased = erase_all(actor, customer.id)
        if erased is None:
            raise Refusal(PROFILE_NO_PROFILE, customer=customer.name)
        entry = erasure.record(actor, erasure.KIND_PROFILE, customer)
        audit.record(actor, "profile.erase", "customer", customer.id,
                     {"erased_fields": erased.fields, "erased_revisions": erased.revisions,
                      "erased_drafts": erased.drafts, "register_entry": entry.entry})
    erasure.wipe_freed_pages()
    return erased


def retention_years() -> int:
    row = Setting.get_or_none(Setting.key == "profile.retention_years")
    try:
        return max(1, int(row.value)) if row is not None else RETENTION_YEARS_DEFAULT
    except ValueError:
        return RETENTION_YEARS_DEFAULT


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def profiles_due_for_review(actor: Actor, as_of: date) -> list[DueProfile]:
    """Profiles not revised or reviewed for the retention period: keep (mark_reviewed) or erase."""
    require(actor, "archive.read")
    years = retention_years()
    cutoff = datetime.combine(_years_later(as_of, -years) + timedelta(days=1), time.min)
    old = lambda column: column.is_null() | (column < cutoff)  # noqa: E731
    rows = (Profile.select(Profile, Customer).join(Customer)
            .where(old(Profile.revised_at) & old(Profile.reviewed_at) & (Profile.created_at < cutoff)))
    due = []
    for row in rows:
        last = max(t for t in (row.revised_at, row.reviewed_at, row.created_at) if t is not None)
        due.append(DueProfile(row.customer.id, row.customer.name, row.customer.archive_number, last,
                              _years_later(last.date(), years)))
    return sorted(due, key=lambda d: (d.due_on, d.customer_id))


def mark_reviewed(actor: Actor, customer_id: int) -> datetime:
    """The profile is still needed: the retention period starts again from now."""
    require(actor, "profile.edit")
    customer = _customer(customer_id)
    with database.atomic():
        if not Profile.update(reviewed_at=actor.now).where(Profile.customer == customer.id).execute():
            raise Refusal(PROFILE_NO_PROFILE, customer=customer.name)
        audit.record(actor, "profile.review", "customer", customer.id, {})
    return actor.now


# ---------------------------------------------------------------------------------------------
# Dates for the care reminders


def _occurrence(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # born on 29 February: greeted on the 28th in other years
        return day.replace(year=year, day=28)


def profile_dates(start: date, end: date) -> list[tuple[int, str, date, str]]:
    """Birthdays (item 5) and wedding anniversaries (item 16) falling in [start, end].

    Returns (customer_id, kind, date of this year's occurrence, label) with kind "birthday" or
    "wedding_anniversary" and the customer's name as label, sorted by date. Both items are ordinary
    (not sensitive) fields, so no key and no permission is needed.
    """
    kinds = {BIRTH_DATE: "birthday", ANNIVERSARY: "wedding_anniversary"}
    rows = (ProfileValue.select(ProfileValue.field, ProfileValue.value_text, Customer.id, Customer.name)
            .join(Profile).join(Customer)
            .where(ProfileValue.field.in_(list(kinds)) & ProfileValue.value_text.is_null(False))
            .tuples())
    found = []
    for key, text, customer_id, name in rows:
        try:
            original = date.fromisoformat(text)
        except ValueError:
            continue
        for year in range(start.year, end.year + 1):
            when = _occurrence(original, year)
            if start <= when <= end and when >= original:
                found.append((customer_id, kinds[key], when, name))
    return sorted(found, key=lambda entry: (entry[2], entry[0], entry[1]))

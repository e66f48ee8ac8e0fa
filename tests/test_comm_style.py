"""Communication styles (archive.comm_style, issue 18 item 9) on SQLite and PostgreSQL: the
questions' answers suggest the style of their quarter, a clerk records the style she confirms
(history kept), the manager words the guidance (audited), an erased profile takes the style."""
from datetime import date, datetime

import pytest

from archive import comm_style, files, profile
from common.errors import Refusal
from common.models import AuditLog
from tests.test_callbacks_domain import _id_number

NOON = datetime(2026, 11, 23, 12, 0)


def answers(dominant: str, expressive: str) -> dict[str, str]:
    """'aab' style strings: the dominance questions' answers, then the expressiveness ones'."""
    codes = [q.code for q in comm_style.QUESTIONS]
    return dict(zip(codes, dominant + expressive))


@pytest.mark.parametrize("dominant, expressive, style", [
    ("aaa", "aaa", "expressive"), ("aab", "abb", "driver"), ("abb", "aab", "amiable"), ("bbb", "bba", "analytical"),
])
def test_answers_suggest_the_quarter_of_the_matrix(dominant, expressive, style):
    assert comm_style.suggest(answers(dominant, expressive)).style == style


def test_unanswered_questions_are_named():
    partial = dict(list(answers("aaa", "bbb").items())[:4])
    with pytest.raises(Refusal) as refused:
        comm_style.suggest(partial)
    assert refused.value.code == "style.unanswered" and refused.value.facts["count"] == 2
    assert "客户的表达方式" in refused.value.facts["questions"]


def test_record_history_guidance_and_erasure(actors):
    clerk, manager = actors["clerk"].at(NOON), actors["manager"].at(NOON)
    customer = files.create_customer(clerk, kind="person", name="张伟", id_number=_id_number(date(1980, 1, 1)),
                                     phone="13803711234")
    assert comm_style.current_style(customer.id) is None
    comm_style.record_style(clerk, customer.id, "driver", answers("aaa", "bbb"))
    # The clerk knows the customer better than three questions: she records 分析型, the suggestion kept.
    comm_style.record_style(clerk.at(datetime(2026, 11, 24, 9, 0)), customer.id, "analytical", answers("aab", "bbb"))
    now = comm_style.current_style(customer.id)
    assert (now.style, now.suggested) == ("analytical", "driver")
    assert [row.style for row in comm_style.history(customer.id)] == ["analytical", "driver"]
    with pytest.raises(Refusal) as refused:
        comm_style.record_style(actors["finance"], customer.id, "driver")
    assert refused.value.code == "auth.forbidden"

    assert comm_style.guidance("driver")["temper"].startswith("马上认错")
    with pytest.raises(Refusal) as refused:
        comm_style.set_guidance(clerk, "driver", "temper", "先道歉")
    assert refused.value.code == "auth.forbidden"
    with pytest.raises(Refusal) as refused:
        comm_style.set_guidance(manager, "driver", "temper", "  ")
    assert refused.value.code == "style.guidance_required"
    comm_style.set_guidance(manager, "driver", "temper", "先道歉，再请他定处理方式。")
    comm_style.set_guidance(manager, "driver", "temper", "先道歉，再问他希望怎样处理。")
    assert comm_style.guidance("driver")["temper"] == "先道歉，再问他希望怎样处理。"
    assert comm_style.guidance("analytical")["temper"] == comm_style.DEFAULT_GUIDANCE["analytical"]["temper"]
    assert AuditLog.select().where(AuditLog.action == "style.guidance").count() == 2

    field = next(iter(profile.ITEMS[0].fields)).key if hasattr(profile.ITEMS[0], "fields") else "01_name"
    profile.save_profile(clerk, customer.id, {field: "张伟"})
    profile.erase_profile(manager, customer.id)  # on the customer's request: the style goes too
    assert comm_style.current_style(customer.id) is None

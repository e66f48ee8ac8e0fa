"""The Mackay 66 form printed blank and filled, with sensitive items masked for other roles."""
import json

import pytest

from archive import files, profile as P, profile_crypto
from archive.profile_print import render_profile_pdf
from common.errors import Refusal
from common.models import AuditLog
from common.pdf import pdf_text

HEALTH = "糖尿病控制中"


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))


@pytest.fixture
def customer(actors):
    customer = files.create_customer(actors["clerk"], kind="person", name="陈建国")
    P.record_consent(actors["manager"], customer.id, given_on=actors["manager"].today, scope=["health"])
    P.save_profile(actors["manager"], customer.id, {"01_name": "陈建国", "45_dishes": "粤菜早茶", "40_health": HEALTH,
                                                    "66_competitors": "对手报价更低但服务慢"})
    return customer


def text_of(path):
    pages = pdf_text(path)
    return pages, "".join(pages).replace("\n", "")


def test_the_blank_form_prints_all_66_items_in_chinese(actors, tmp_path):
    path = tmp_path / "blank.pdf"
    pages = render_profile_pdf(actors["clerk"], path)
    texts, text = text_of(path)
    assert pages == len(texts) >= 3
    for heading in P.SECTIONS.values():
        assert heading in text
    for label in ("昵称（小名）", "结婚纪念日", "竞争者对以上问题是否有比你更好的答案", "最新修定时间", "填表人"):
        assert label in text
    numbers = {line.strip() for page in texts for line in page.splitlines()}
    assert {str(n) for n in range(1, 67)} <= numbers
    assert all(f"第 {n} 页 / 共 {pages} 页" in page for n, page in enumerate(texts, start=1))


def test_the_filled_form_masks_sensitive_items_for_a_clerk(actors, customer, tmp_path):
    path = tmp_path / "clerk.pdf"
    render_profile_pdf(actors["clerk"], path, customer.id)
    _, text = text_of(path)
    assert "粤菜早茶" in text and "对手报价更低但服务慢" in text
    assert HEALTH not in text and "●●●（无权查看）" in text
    with pytest.raises(Refusal) as refused:
        render_profile_pdf(actors["clerk"], tmp_path / "insist.pdf", customer.id, include_sensitive=True)
    assert refused.value.code == "auth.forbidden"
    assert not (tmp_path / "insist.pdf").exists()
    row = AuditLog.select().where(AuditLog.action == "personal.export").get()  # the refused one is another action
    assert row.username == "clerk" and row.entity_id == str(customer.id)
    assert json.loads(row.detail)["what"] == "mackay66" and json.loads(row.detail)["sensitive"] is False


def test_a_manager_prints_sensitive_items_and_the_print_is_audited(actors, customer, tmp_path):
    path = tmp_path / "manager.pdf"
    render_profile_pdf(actors["manager"], path, customer.id, include_sensitive=True)
    _, text = text_of(path)
    assert HEALTH in text
    row = AuditLog.select().where(AuditLog.action == "profile.sensitive_print").get()
    assert json.loads(row.detail) == {"fields": ["40_health"]} and HEALTH not in row.detail
    render_profile_pdf(actors["manager"], tmp_path / "masked.pdf", customer.id, include_sensitive=False)
    assert HEALTH not in text_of(tmp_path / "masked.pdf")[1]

"""The Mackay 66 profile: revisions, consent, masking, encryption at rest, erasure, care dates."""
import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from archive import files, profile as P, profile_crypto
from common.errors import Refusal
from common.models import AuditLog
from tests.conftest import NOW

HEALTH = "心脏搭桥术后复查中"
RELIGION = "ZEN-BUDDHIST-MARKER"
CONFIDENTIAL = "正在办理离婚手续"


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "profile.key"
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(path))
    return path


@pytest.fixture
def customer(actors):
    return files.create_customer(actors["clerk"], kind="person", name="陈建国", phone="13800138000")


def consent_all(actor, customer_id):
    return P.record_consent(actor, customer_id, given_on=actor.today, scope=list(P.CATEGORIES))


def audit_rows(action):
    return list(AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id))


def test_the_form_has_items_1_to_66_in_the_eight_sections():
    numbers = [item.number for item in P.ITEMS if item.number]
    assert numbers == list(range(1, 67))
    assert list(P.SECTIONS.values()) == ["客户资料", "教育背景", "家庭", "业务背景资料", "特殊兴趣", "生活方式",
                                         "客户和你", "其他注意事项"]
    by_number = {item.number: item for item in P.ITEMS}
    assert [f.label for f in by_number[5].fields] == ["出生日期", "出生地", "籍贯"]
    assert by_number[12].section == "education" and by_number[13].section == "family"
    assert by_number[66].section == "customer_and_you"
    assert {by_number[n].category for n in (6, 7, 40)} == {"health"}
    assert by_number[37].category == "religion" and by_number[35].category == "politics"
    assert by_number[38].category == "confidential" and by_number[17].category == "family"
    assert by_number[5].category is None and by_number[16].category is None


def test_each_save_is_a_revision_with_who_when_and_what(actors, customer):
    clerk, manager = actors["clerk"], actors["manager"]
    first = P.save_profile(clerk, customer.id, {"01_name": "陈建国", "01_nickname": "老陈", "05_birth_date": "1975年3月8日"},
                           form_date=date(2026, 11, 20))
    assert first.revision == 1
    later = manager.at(NOW + timedelta(hours=2))
    second = P.save_profile(later, customer.id, {"01_nickname": "陈总", "45_dishes": "粤菜"}, expected_revision=1)
    assert second.revision == 2 and second.fields == ("01_nickname", "45_dishes")

    view = P.load_profile(clerk, customer.id)
    assert view.value("05_birth_date") == "1975-03-08"
    assert view.value("01_nickname") == "陈总"
    assert (view.filled_by, view.form_date, view.revised_at) == ("王丽", date(2026, 11, 20), NOW + timedelta(hours=2))
    revisions = P.history(clerk, customer.id)
    assert [(r.number, r.user, r.at) for r in revisions] == [(1, "王丽", NOW), (2, "张经理", NOW + timedelta(hours=2))]
    assert "01_nickname" in revisions[0].fields and revisions[1].fields == ("01_nickname", "45_dishes")

    compared = {row.key: row for row in P.compare_revisions(clerk, customer.id, 1, 2)}
    assert (compared["01_nickname"].first, compared["01_nickname"].second) == ("老陈", "陈总")
    assert compared["01_nickname"].changed and compared["45_dishes"].changed
    assert not compared["01_name"].changed and compared["01_name"].second == "陈建国"


def test_saving_nothing_new_makes_no_revision(actors, customer):
    P.save_profile(actors["clerk"], customer.id, {"02_title": "总经理"})
    again = P.save_profile(actors["clerk"], customer.id, {"02_title": " 总经理 "})
    assert again == P.Saved(1, ())
    assert len(P.history(actors["clerk"], customer.id)) == 1


def test_a_save_based_on_an_old_revision_is_refused(actors, customer):
    P.save_profile(actors["clerk"], customer.id, {"02_title": "总经理"})
    P.save_profile(actors["manager"], customer.id, {"02_title": "董事长"}, expected_revision=1)
    with pytest.raises(Refusal) as refused:
        P.save_profile(actors["clerk"], customer.id, {"02_title": "副总"}, expected_revision=1)
    assert refused.value.code == "profile.stale" and refused.value.facts["current"] == 2
    assert P.load_profile(actors["clerk"], customer.id).value("02_title") == "董事长"


def test_a_bad_date_names_the_item_and_the_value(actors, customer):
    with pytest.raises(Refusal) as refused:
        P.save_profile(actors["clerk"], customer.id, {"16_anniversary": "2001-02-30"})
    assert refused.value.code == "profile.bad_date"
    assert refused.value.facts == {"item": 16, "field": "16_anniversary", "value": "2001-02-30"}
    assert not P.load_profile(actors["clerk"], customer.id).exists


def test_sensitive_items_need_a_consent_in_their_category(actors, customer):
    manager = actors["manager"]
    with pytest.raises(Refusal) as refused:
        P.save_profile(manager, customer.id, {"01_name": "陈建国", "40_health": HEALTH})
    assert refused.value.code == "profile.consent_required"
    assert refused.value.facts["item"] == 40 and refused.value.facts["category"] == "身体与健康"
    assert not P.load_profile(manager, customer.id).exists  # nothing saved, not even the name

    P.record_consent(manager, customer.id, given_on=date(2026, 11, 20), scope=["religion"])
    with pytest.raises(Refusal) as refused:
        P.save_profile(manager, customer.id, {"40_health": HEALTH})
    assert refused.value.code == "profile.consent_required"
    P.save_profile(manager, customer.id, {"37_religion": RELIGION})
    assert P.load_profile(manager, customer.id, reveal=True).value("37_religion") == RELIGION


def test_consent_is_recorded_with_version_scope_and_who(actors, customer):
    clerk = actors["clerk"]
    info = P.record_consent(clerk, customer.id, given_on=date(2026, 11, 20), scope=["health", "religion"])
    assert (info.recorded_by, info.text_version, info.scope) == ("王丽", P.CONSENT_TEXT_VERSION, ("health", "religion"))
    with pytest.raises(Refusal) as refused:
        P.record_consent(clerk, customer.id, given_on=date(2026, 11, 21), scope=["health"])
    assert refused.value.code == "profile.consent_narrower" and refused.value.facts["missing"] == "宗教信仰"
    wider = P.record_consent(clerk, customer.id, given_on=date(2026, 11, 21), scope=["health", "religion", "family"])
    assert [c.id for c in P.consents(clerk, customer.id) if c.withdrawn_at is None] == [wider.id]
    with pytest.raises(Refusal) as refused:
        P.record_consent(clerk, customer.id, given_on=NOW.date() + timedelta(days=1), scope=["health"])
    assert refused.value.code == "profile.consent_future"
    with pytest.raises(Refusal) as refused:
        P.record_consent(clerk, customer.id, given_on=NOW.date(), scope=[])
    assert refused.value.code == "profile.consent_scope_empty"


def test_roles_without_the_permission_see_masks_and_cannot_reveal_or_write(actors, customer):
    manager, clerk = actors["manager"], actors["clerk"]
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_name": "陈建国", "40_health": HEALTH})

    view = P.load_profile(clerk, customer.id)
    assert view.value("01_name") == "陈建国" and "40_health" not in view.values
    assert view.masked["40_health"] == P.MASK_PERMISSION
    with pytest.raises(Refusal) as refused:
        P.load_profile(clerk, customer.id, reveal=True)
    assert refused.value.code == "auth.forbidden"
    with pytest.raises(Refusal) as refused:
        P.save_profile(clerk, customer.id, {"40_health": "已痊愈"})
    assert refused.value.code == "profile.sensitive_forbidden" and refused.value.facts["item"] == 40
    with pytest.raises(Refusal):
        P.compare_revisions(clerk, customer.id, 1, 1, reveal=True)
    # The manager sees masks until asking to reveal.
    assert P.load_profile(manager, customer.id).masked["40_health"] == P.MASK_HIDDEN
    assert P.load_profile(manager, customer.id, reveal=True).value("40_health") == HEALTH


def test_every_view_of_sensitive_items_is_audited_without_the_values(actors, customer):
    manager = actors["manager"]
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"40_health": HEALTH, "37_religion": RELIGION})
    P.save_profile(manager, customer.id, {"37_religion": ""})
    P.load_profile(manager, customer.id, reveal=True)
    P.compare_revisions(manager, customer.id, 1, 2, reveal=True)
    views = audit_rows("profile.sensitive_view")
    assert len(views) == 2
    assert json.loads(views[0].detail)["fields"] == ["40_health"]
    assert set(json.loads(views[1].detail)["fields"]) == {"37_religion", "40_health"}
    everything = " ".join(row.detail for row in AuditLog.select())
    assert HEALTH not in everything and RELIGION not in everything
    assert json.loads(audit_rows("profile.save")[0].detail)["sensitive_fields"] == ["37_religion", "40_health"]


def test_the_database_file_alone_reveals_no_sensitive_value(sqlite_db, sqlite_actors, key_file):
    manager = sqlite_actors["manager"]
    customer = files.create_customer(manager, kind="person", name="陈建国")
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_name": "陈建国", "40_health": HEALTH, "37_religion": RELIGION,
                                          "38_confidential": CONFIDENTIAL})
    P.save_profile(manager, customer.id, {"40_health": HEALTH + "（二次）"})
    P.save_draft(manager, customer.id, {"38_confidential": CONFIDENTIAL + "草稿"})
    P.load_profile(manager, customer.id, reveal=True)
    secrets = [HEALTH, RELIGION, CONFIDENTIAL]

    raw = sqlite3.connect(str(sqlite_db.path))
    found = []
    for (table,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in raw.execute(f'SELECT * FROM "{table}"'):
            for cell in row:
                blob = cell.encode("utf-8") if isinstance(cell, str) else bytes(cell) if isinstance(cell, bytes) else b""
                found += [(table, s) for s in secrets if s.encode("utf-8") in blob]
    raw.close()
    assert found == []
    assert "陈建国".encode() in b"".join(p.read_bytes() for p in sqlite_db.path.parent.glob("branch.sqlite3*"))
    for path in sqlite_db.path.parent.glob("branch.sqlite3*"):  # the file and its WAL
        data = path.read_bytes()
        assert not [s for s in secrets if s.encode("utf-8") in data], path
    assert key_file.exists() and P.load_profile(manager, customer.id, reveal=True).value("37_religion") == RELIGION


def test_a_missing_or_wrong_key_is_explained_and_nothing_is_overwritten(actors, customer, key_file):
    manager, clerk = actors["manager"], actors["clerk"]
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_name": "陈建国", "40_health": HEALTH})
    good_key = key_file.read_bytes()

    key_file.unlink()
    view = P.load_profile(manager, customer.id, reveal=True)
    assert view.key_problem.code == "profile.key_missing" and view.masked["40_health"] == P.MASK_KEY
    assert view.value("01_name") == "陈建国"
    assert not key_file.exists()  # never silently replaced by a new key
    with pytest.raises(Refusal) as refused:
        P.save_profile(manager, customer.id, {"40_health": "已痊愈"})
    assert refused.value.code == "profile.key_missing"
    assert P.save_profile(clerk, customer.id, {"02_title": "总经理"}).revision == 2  # the rest still works

    key_file.write_text("BranchDesk profile key v1\n" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n")
    with pytest.raises(Refusal) as refused:
        P.save_profile(manager, customer.id, {"40_health": ""})
    assert refused.value.code == "profile.key_wrong"
    assert P.load_profile(manager, customer.id, reveal=True).key_problem.code == "profile.key_wrong"

    key_file.write_bytes(good_key)
    assert P.load_profile(manager, customer.id, reveal=True).value("40_health") == HEALTH


def test_withdrawing_consent_hides_and_erases_values_and_history(actors, customer):
    manager, clerk = actors["manager"], actors["clerk"]
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_name": "陈建国", "40_health": HEALTH, "38_confidential": CONFIDENTIAL})
    P.save_profile(manager, customer.id, {"40_health": "康复"})

    erased = P.withdraw_consent(clerk, customer.id)
    assert (erased.fields, erased.revisions) == (2, 2)
    with pytest.raises(Refusal) as refused:
        P.withdraw_consent(clerk, customer.id)
    assert refused.value.code == "profile.no_consent"
    view = P.load_profile(manager, customer.id)
    assert view.consent is None and view.masked["40_health"] == P.MASK_CONSENT
    assert view.value("01_name") == "陈建国"  # ordinary items stay

    P.record_consent(manager, customer.id, given_on=NOW.date(), scope=list(P.CATEGORIES))
    again = P.load_profile(manager, customer.id, reveal=True)
    assert "40_health" not in again.values and "38_confidential" not in again.values
    compared = {row.key: row for row in P.compare_revisions(manager, customer.id, 1, 2, reveal=True)}
    assert compared["40_health"].masked == P.MASK_ERASED and compared["01_name"].second == "陈建国"
    assert all(row.changes_sealed is None for row in P.ProfileRevision.select())
    assert [r.sensitive_erased for r in P.history(manager, customer.id)] == [True, True]
    detail = json.loads(audit_rows("profile.consent_withdraw")[0].detail)
    assert detail["erased_fields"] == 2 and detail["erased_revisions"] == 2


def test_erasure_on_request_removes_the_profile_and_its_history(actors, customer):
    manager, clerk = actors["manager"], actors["clerk"]
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_name": "陈建国", "45_dishes": "粤菜", "40_health": HEALTH})
    P.save_profile(clerk, customer.id, {"45_dishes": "川菜"})
    with pytest.raises(Refusal) as refused:
        P.erase_profile(clerk, customer.id)
    assert refused.value.code == "auth.forbidden"

    erased = P.erase_profile(manager, customer.id)
    assert (erased.fields, erased.revisions) == (3, 2)
    assert not P.load_profile(manager, customer.id).exists
    assert P.history(manager, customer.id) == []
    assert not P.ProfileValue.select().exists() and not P.ProfileRevision.select().exists()
    row = audit_rows("profile.erase")[0]
    assert row.entity_id == str(customer.id) and "粤菜" not in row.detail and "川菜" not in row.detail
    assert P.load_profile(manager, customer.id).consent is None


def test_drafts_survive_and_go_away_when_saved(actors, customer):
    clerk, manager = actors["clerk"], actors["manager"]
    assert P.load_draft(clerk, customer.id) is None
    P.save_draft(clerk, customer.id, {"45_dishes": "湘菜", "nonsense": "x"}, filled_by="王丽", base_revision=0)
    P.save_draft(clerk.at(NOW + timedelta(seconds=30)), customer.id, {"45_dishes": "湘菜、粤菜"}, base_revision=0)
    draft = P.load_draft(clerk, customer.id)
    assert draft.values == {"45_dishes": "湘菜、粤菜"} and draft.saved_at == NOW + timedelta(seconds=30)
    assert P.load_draft(manager, customer.id) is None  # drafts are per user
    P.save_profile(clerk, customer.id, draft.values)
    assert P.load_draft(clerk, customer.id) is None


def test_profiles_not_touched_for_the_retention_period_are_due_for_review(actors, customer):
    clerk = actors["clerk"]
    other = files.create_customer(clerk, kind="person", name="林小燕")
    P.save_profile(clerk.at(datetime(2022, 5, 10, 10, 0)), customer.id, {"02_title": "总经理"})
    P.save_profile(clerk.at(datetime(2024, 1, 2, 10, 0)), other.id, {"02_title": "采购"})
    due = P.profiles_due_for_review(clerk, date(2026, 11, 23))
    assert [(d.customer_name, d.due_on) for d in due] == [("陈建国", date(2025, 5, 10))]
    P.mark_reviewed(clerk, customer.id)
    assert P.profiles_due_for_review(clerk, date(2026, 11, 23)) == []
    assert [d.customer_name for d in P.profiles_due_for_review(clerk, date(2027, 1, 2))] == ["林小燕"]


def test_birthdays_and_anniversaries_feed_the_care_reminders(actors, customer):
    clerk = actors["clerk"]
    other = files.create_customer(clerk, kind="person", name="林小燕")
    P.save_profile(clerk, customer.id, {"05_birth_date": "1975-12-30", "16_anniversary": "2001/1/3"})
    P.save_profile(clerk, other.id, {"05_birth_date": "1980-02-29"})
    assert P.profile_dates(date(2026, 12, 25), date(2027, 1, 5)) == [
        (customer.id, "birthday", date(2026, 12, 30), "陈建国"),
        (customer.id, "wedding_anniversary", date(2027, 1, 3), "陈建国"),
    ]
    assert P.profile_dates(date(2027, 2, 27), date(2027, 3, 1)) == [(other.id, "birthday", date(2027, 2, 28), "林小燕")]
    assert P.profile_dates(date(2028, 2, 27), date(2028, 3, 1)) == [(other.id, "birthday", date(2028, 2, 29), "林小燕")]

"""Issue 15 items 4, 9, 10 in the domain: profile drafts obey the sensitive-item rules, an erasure
takes drafts too and leaves no copy in the SQLite file, and the erasure register re-applies an
erasure to a database that still holds the data (what a restored older backup is)."""
import json
from datetime import timedelta
from pathlib import Path

import pytest

from archive import erasure, files, profile as P, profile_crypto
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW

NICKNAME = "小名阿福ERASE"
PHONE = "13912345678"
ID_NUMBER = "410105198003071235"
HEALTH = "HEALTH-MARKER-心脏搭桥"


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "keys" / "profile.key"))


@pytest.fixture
def customer(actors):
    return files.create_customer(actors["clerk"], kind="person", name="周志强", id_number=ID_NUMBER,
                                 phone="13800138000")


def consent_all(actor, customer_id):
    return P.record_consent(actor, customer_id, given_on=actor.today, scope=list(P.CATEGORIES))


def actions(name):
    return [json.loads(row.detail) for row in AuditLog.select().where(AuditLog.action == name).order_by(AuditLog.id)]


# -- drafts (item 9) ---------------------------------------------------------------------------------

def test_a_clerk_cannot_keep_a_sensitive_value_in_a_draft(actors, customer):
    clerk = actors["clerk"]
    with pytest.raises(Refusal) as refused:
        P.save_draft(clerk, customer.id, {"45_dishes": "湘菜", "40_health": HEALTH})
    assert refused.value.code == "profile.sensitive_forbidden" and refused.value.facts["item"] == 40
    assert P.load_draft(clerk, customer.id) is None  # nothing kept, not even the ordinary part
    # The ordinary typing alone is kept, and an emptied sensitive field is no sensitive value.
    P.save_draft(clerk, customer.id, {"45_dishes": "湘菜", "40_health": "  "})
    assert P.load_draft(clerk, customer.id).values == {"45_dishes": "湘菜"}


def test_a_manager_keeps_a_sensitive_draft_only_under_consent_and_sealed(actors, customer):
    manager = actors["manager"]
    with pytest.raises(Refusal) as refused:
        P.save_draft(manager, customer.id, {"40_health": HEALTH})
    assert refused.value.code == "profile.consent_required"
    consent_all(manager, customer.id)
    P.save_draft(manager, customer.id, {"40_health": HEALTH, "45_dishes": "粤菜"})
    assert P.load_draft(manager, customer.id).values == {"40_health": HEALTH, "45_dishes": "粤菜"}
    blob = bytes(P.ProfileDraft.get().data_sealed)
    assert HEALTH.encode() not in blob and "粤菜".encode() not in blob


def test_a_draft_gives_back_no_sensitive_value_its_user_may_no_longer_see(actors, customer):
    manager = actors["manager"]
    consent_all(manager, customer.id)
    P.save_draft(manager, customer.id, {"40_health": HEALTH, "45_dishes": "粤菜"})
    User.update(role="clerk").where(User.id == manager.user.id).execute()
    demoted = manager.at(NOW + timedelta(hours=1))
    demoted.user.role = "clerk"
    assert P.load_draft(demoted, customer.id).values == {"45_dishes": "粤菜"}


def test_erasure_removes_every_draft_even_of_a_profile_never_saved(actors, customer):
    clerk, manager = actors["clerk"], actors["manager"]
    P.save_draft(clerk, customer.id, {"01_nickname": NICKNAME})
    erased = P.erase_profile(manager, customer.id)
    assert erased.drafts == 1 and erased.fields == 0
    assert not P.ProfileDraft.select().exists()
    assert P.load_draft(clerk, customer.id) is None
    assert actions("profile.erase")[0]["erased_drafts"] == 1
    with pytest.raises(Refusal) as refused:  # nothing left: said so
        P.erase_profile(manager, customer.id)
    assert refused.value.code == "profile.no_profile"


# -- the erasure register (item 4) ----------------------------------------------------------------

def _profile_of(manager, customer):
    consent_all(manager, customer.id)
    P.save_profile(manager, customer.id, {"01_nickname": NICKNAME, "04_phone_home": PHONE, "40_health": HEALTH})


def test_every_erasure_is_registered_with_hashes_not_data(actors, customer):
    manager = actors["manager"]
    _profile_of(manager, customer)
    P.withdraw_consent(manager, customer.id)
    P.erase_profile(manager, customer.id)
    rows = list(erasure.ErasureEntry.select().order_by(erasure.ErasureEntry.id))
    assert [(row.kind, row.customer_id, row.username) for row in rows] == [
        ("sensitive", customer.id, "manager"), ("profile", customer.id, "manager")]
    text = " ".join(row.key_hashes for row in rows)
    assert set(json.loads(rows[0].key_hashes)) == {"id_number", "name", "phone"}
    assert ID_NUMBER not in text and "周志强" not in text and "13800138000" not in text


def test_reapply_erases_again_what_a_database_from_before_the_erasure_still_holds(actors, customer):
    manager, admin = actors["manager"], actors["admin"]
    _profile_of(manager, customer)
    P.save_draft(actors["clerk"], customer.id, {"45_dishes": "湘菜"})
    P.erase_profile(manager, customer.id)
    entries = [erasure._entry(row) for row in erasure.ErasureEntry.select()]
    # The database as an older backup has it: the profile and a draft, and no word of the erasure.
    erasure.ErasureEntry.delete().execute()
    _profile_of(manager.at(NOW - timedelta(days=3)), customer)
    P.save_draft(actors["clerk"], customer.id, {"45_dishes": "湘菜"})

    done = erasure.reapply(admin.at(NOW + timedelta(days=1)), entries)

    assert [(entry.kind, fields) for entry, fields, _ in done.applied] == [("profile", 3)] and not done.skipped
    assert not P.Profile.select().exists() and not P.ProfileValue.select().exists()
    assert not P.ProfileDraft.select().exists() and not P.ProfileRevision.select().exists()
    said = actions("profile.erasure_reapplied")
    assert said[0]["erased_by"] == "manager" and said[0]["kind"] == "profile" and said[0]["erased_fields"] == 3
    # Applied once: a profile the customer gives again later is not erased by the same entry.
    _profile_of(manager.at(NOW + timedelta(days=2)), customer)
    assert erasure.reapply(admin, entries).applied == []
    assert P.Profile.select().exists()


def test_reapply_of_a_withdrawal_erases_the_sensitive_items_and_ends_the_consent(actors, customer):
    manager, admin = actors["manager"], actors["admin"]
    _profile_of(manager, customer)
    P.withdraw_consent(manager, customer.id)
    entries = [erasure._entry(row) for row in erasure.ErasureEntry.select()]
    erasure.ErasureEntry.delete().execute()
    _profile_of(manager, customer)  # consent and health value back, as in the older backup

    done = erasure.reapply(admin.at(NOW + timedelta(days=1)), entries)

    assert [entry.kind for entry, _, _ in done.applied] == ["sensitive"]
    view = P.load_profile(manager, customer.id, reveal=True)
    assert view.consent is None and "40_health" not in view.values and view.values["01_nickname"] == NICKNAME


def test_reapply_never_touches_another_person_holding_the_same_id(actors, customer):
    manager, admin = actors["manager"], actors["admin"]
    _profile_of(manager, customer)
    P.erase_profile(manager, customer.id)
    entry = erasure._entry(erasure.ErasureEntry.get())
    stranger = erasure.Entry("f" * 32, entry.at, entry.kind, entry.customer_id,
                             {"name": "0" * 64, "id_number": "1" * 64}, "manager")
    _profile_of(manager, customer)
    done = erasure.reapply(admin, [stranger])
    assert done.skipped == [stranger] and done.applied == []
    assert P.Profile.select().exists()


# -- no copy left in the file (item 10) ----------------------------------------------------------

def test_after_an_erasure_the_sqlite_file_and_its_wal_hold_no_copy(sqlite_db, sqlite_actors):
    clerk, manager = sqlite_actors["clerk"], sqlite_actors["manager"]
    customer = files.create_customer(clerk, kind="person", name="周志强", phone="13800138000")
    consent_all(manager, customer.id)
    notes = f"身份证 {ID_NUMBER}"
    for number in range(3):  # several revisions: the history holds each value too
        P.save_profile(manager.at(NOW + timedelta(minutes=number)), customer.id,
                       {"01_nickname": f"{NICKNAME}{number}", "04_phone_home": PHONE, "00_notes": f"{notes} {number}"})
    P.save_draft(clerk, customer.id, {"01_nickname": NICKNAME})
    P.erase_profile(manager.at(NOW + timedelta(hours=1)), customer.id)

    path = Path(sqlite_db.path)
    raw = path.read_bytes() + (Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b"")
    for secret in (NICKNAME, PHONE, ID_NUMBER):
        assert secret.encode("utf-8") not in raw, secret
    register = erasure.read_file(erasure.register_path(path))
    assert [(entry.kind, entry.customer_id) for entry in register] == [("profile", customer.id)]

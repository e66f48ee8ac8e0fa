"""The Mackay 66 editor: sections with item numbers, Enter moves on, save and autosave, masks,
consent, history side by side."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from archive import files, profile as P, profile_crypto
from common.models import AuditLog
from tests.conftest import NOW
from ui import i18n
from ui.profile import MASK, ConsentDialog, HistoryDialog, ProfileDialog, open_profile

HEALTH = "轻度高血压"


@pytest.fixture(autouse=True)
def settings(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv(profile_crypto.KEY_ENV, str(tmp_path / "profile.key"))
    monkeypatch.setattr(ProfileDialog, "ask_restore_draft", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(ProfileDialog, "ask_confirm", classmethod(lambda cls, *a: True))
    i18n.install("zh")


@pytest.fixture
def customer(desk_actors):
    return files.create_customer(desk_actors["clerk"], kind="person", name="陈建国")


def editor_for(qtbot, actor, customer_id, minutes=1):
    dialog = ProfileDialog(actor, customer_id, clock=lambda: NOW + timedelta(minutes=minutes))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sections_are_tabs_and_enter_moves_to_the_next_item(qtbot, desk_actors, customer):
    dialog = editor_for(qtbot, desk_actors["clerk"], customer.id)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][:3] == ["客户资料", "教育背景", "家庭"]
    assert dialog.field_labels["05_birth_date"].buddy() is dialog.editors["05_birth_date"]
    dialog.editors["05_native_place"].setFocus()
    qtbot.keyClicks(dialog.editors["05_native_place"], "Foshan")
    qtbot.keyClick(dialog.editors["05_native_place"], Qt.Key.Key_Return)
    # Items 6 and 7 are sensitive and masked for a clerk: Enter skips them into the next section.
    assert dialog.focusWidget() is dialog.editors["08_college"]
    assert dialog.tabs.currentIndex() == 1
    assert dialog.editors["40_health"].text() == MASK and dialog.editors["40_health"].isReadOnly()
    assert dialog.mask_labels["40_health"].text() == "无权查看敏感信息"


def test_saving_from_the_editor_makes_a_revision_and_ctrl_s_works(qtbot, desk_actors, customer):
    dialog = editor_for(qtbot, desk_actors["clerk"], customer.id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.editors["45_dishes"], "dim sum")
    qtbot.keyClick(dialog.editors["45_dishes"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert P.load_profile(desk_actors["clerk"], customer.id).value("45_dishes") == "dim sum"
    assert "第 1 版" in dialog.message.text() and "第 1 版" in dialog.customer_label.text()
    dialog.form_date.setText("2026-13-01")
    assert not dialog.save() and "不是有效日期" in dialog.message.text()


def test_typing_is_autosaved_and_offered_again_after_a_crash(qtbot, desk_actors, customer):
    clerk = desk_actors["clerk"]
    dialog = editor_for(qtbot, clerk, customer.id)
    qtbot.keyClicks(dialog.editors["47_hobbies"], "fishing")
    qtbot.waitUntil(lambda: "草稿已自动保存" in dialog.draft_label.text(), timeout=5000)
    dialog.dirty = False  # as if the program died here: nothing more is written
    dialog.deleteLater()
    reopened = editor_for(qtbot, clerk, customer.id, minutes=10)
    assert reopened.editors["47_hobbies"].text() == "fishing"
    assert reopened.save() and P.load_draft(clerk, customer.id) is None


def test_a_missing_consent_is_explained_and_the_consent_dialog_records_one(qtbot, desk_actors, customer):
    manager = desk_actors["manager"]
    dialog = editor_for(qtbot, manager, customer.id)
    assert dialog.mask_labels["40_health"].text() == "未登记客户单独同意"
    consent = ConsentDialog(manager, customer.id, dialog, clock=lambda: NOW)
    qtbot.addWidget(consent)
    consent.scope["health"].setChecked(True)
    consent.record_button.click()
    assert "已登记" in consent.message.text()
    dialog.reload()
    assert dialog.mask_labels["40_health"].text().startswith("敏感信息")
    dialog.reveal_button.click()
    assert not dialog.editors["40_health"].isReadOnly()
    dialog.editors["40_health"].setText(HEALTH)
    assert dialog.save()
    assert P.load_profile(manager, customer.id, reveal=True).value("40_health") == HEALTH
    assert AuditLog.select().where(AuditLog.action == "profile.sensitive_view").exists()

    consent.withdraw_button.click()
    assert "已删除 1 项" in consent.message.text()
    assert P.load_profile(manager, customer.id).masked["40_health"] == P.MASK_CONSENT


def test_history_shows_two_revisions_side_by_side(qtbot, desk_actors, customer):
    clerk = desk_actors["clerk"]
    P.save_profile(clerk, customer.id, {"01_nickname": "老陈", "45_dishes": "粤菜"})
    P.save_profile(clerk.at(NOW + timedelta(hours=1)), customer.id, {"01_nickname": "陈总"})
    history = HistoryDialog(clerk, customer.id)
    qtbot.addWidget(history)
    assert history.list.rowCount() == 2 and "昵称（小名）" in history.list.item(1, 2).text()
    rows = [[history.compare_table.item(r, c).text() for c in range(4)] for r in range(history.compare_table.rowCount())]
    assert rows == [["1", "昵称（小名）", "老陈", "陈总"]]
    history.only_changed.setChecked(False)
    assert history.compare_table.rowCount() > 60


def test_open_profile_is_what_the_customers_page_calls(qtbot, desk_actors, desk_db, customer):
    from ui.main_window import PageContext

    dialog = open_profile(None, PageContext(desk_actors["manager"], desk_db, None), customer.id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.reveal_button.isVisible() and dialog.erase_button.isVisible()
    assert "陈建国" in dialog.customer_label.text()

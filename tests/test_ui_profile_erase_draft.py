"""The Mackay 66 editor's 删除档案 (issue 15 item 9): a customer with no saved profile but a clerk's
draft (typed, never saved) can be erased by the manager, and the draft is gone."""
from PySide6.QtCore import Qt

from archive import files, profile as P
from tests.test_profile_ui import editor_for, settings  # noqa: F401 - the editor's fixture


def test_the_manager_erases_a_draft_of_a_profile_never_saved(qtbot, desk_actors):
    clerk, manager = desk_actors["clerk"], desk_actors["manager"]
    customer = files.create_customer(clerk, kind="person", name="周志强")
    P.save_draft(clerk, customer.id, {"01_nickname": "阿福", "04_phone_home": "13912345678"})
    dialog = editor_for(qtbot, manager, customer.id)
    assert dialog.erase_button.isVisible() and dialog.erase_button.isEnabled()

    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "档案已删除" in dialog.message.text())
    assert not P.ProfileDraft.select().exists()
    assert P.load_draft(clerk, customer.id) is None

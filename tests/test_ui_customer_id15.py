"""The customer dialog with a 15-digit first-generation resident ID (issue 14): the clerk is offered
its 18-digit form, and only what she confirms is saved."""
import pytest
from PySide6.QtCore import Qt

from archive import files
from archive.models import Customer
from ui import i18n
from ui.customers_page import CustomerDialog

OLD_ID, NEW_ID = "410102900307123", "410102199003071230"


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


def dialog_for(qtbot, actor):
    dialog = CustomerDialog(None, None, lambda values: files.create_customer(actor, **values))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("李建国")  # what an input method commits (keyClicks types ASCII only)
    qtbot.keyClicks(dialog.id_number, OLD_ID)
    qtbot.keyClicks(dialog.phone, "13803715678")
    return dialog


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_confirmed_15_digit_id_is_saved_in_its_18_digit_form(qtbot, desk_actors, monkeypatch):
    offered = []
    monkeypatch.setattr(CustomerDialog, "confirm_converted_id", lambda self, facts: offered.append(facts) or True)
    dialog = dialog_for(qtbot, desk_actors["clerk"])
    ok(qtbot, dialog)
    assert offered == [{"field": "id_number", "value": OLD_ID, "converted": NEW_ID}]
    assert not dialog.isVisible()
    assert Customer.get(Customer.name == "李建国").id_number == NEW_ID


def test_a_declined_conversion_saves_nothing_and_keeps_what_was_typed(qtbot, desk_actors, monkeypatch):
    monkeypatch.setattr(CustomerDialog, "confirm_converted_id", lambda self, facts: False)
    dialog = dialog_for(qtbot, desk_actors["clerk"])
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert NEW_ID in dialog.message.text() and "15 位" in dialog.message.text()
    assert dialog.id_number.text() == OLD_ID
    assert not Customer.select().where(Customer.name == "李建国").exists()

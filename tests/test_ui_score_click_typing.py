"""A score box of the callback form that shows "—" (not scored yet) takes the digit typed after a
click into it: the clerk clicks the item the customer just scored and types the score."""
from PySide6.QtCore import Qt

from archive import callbacks
from archive.callbacks import Callback
from tests.test_callbacks_ui import CLOCK, TODAY, shop  # noqa: F401 (fixture)
from tests.test_ui_scripts import show_active


def test_a_digit_typed_after_a_click_into_an_empty_score_is_kept(qtbot, shop):  # noqa: F811
    from ui.callbacks_page import CallbackDialog

    callbacks.generate(shop["clerk"].at(CLOCK()), TODAY)
    dialog = CallbackDialog(Callback.get(Callback.kind == "3dc"))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    box = dialog.scores["price"]
    line = box.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=line.rect().center())
    qtbot.keyClicks(box, "8")
    assert box.value() == 8 and box.text() == "8"
    # A scored box still edits as a number: a click at its end and another digit.
    box.setValue(1)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=line.rect().center())
    line.end(False)
    qtbot.keyClicks(box, "0")
    assert box.value() == 10

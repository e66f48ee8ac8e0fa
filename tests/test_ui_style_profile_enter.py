"""The profile window's 判断沟通风格 button is not the window's default: Enter in a profile field
is left to the window (the button had become the dialog's default and was drawn as such).
SQLite and PostgreSQL."""
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.test_events_domain import person

CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


def test_enter_in_the_profile_does_not_open_the_style_questions(qtbot, desk_actors, monkeypatch):
    from ui.profile import ProfileDialog
    from ui.style_panel import StyleDialog

    clerk = desk_actors["clerk"].at(CLOCK())
    zhang = person(clerk, "张伟", "13803711234", "河南省郑州市金水路1号")
    asked = []
    monkeypatch.setattr(StyleDialog, "ask", classmethod(lambda cls, *args, **kwargs: asked.append(args)))
    dialog = ProfileDialog(desk_actors["clerk"], zhang.id, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.style_line.button.isDefault()
    field = next(edit for edit in dialog.findChildren(QLineEdit) if edit.isVisible() and edit.isEnabled()
                 and not edit.isReadOnly())
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert asked == []

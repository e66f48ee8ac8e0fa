"""Each dialog of issue 18 (callback form with its scripts, 开立整改项, 部门维护, 话术, 调查表,
投诉处理步骤) gives each Alt+letter to one field or button, in Chinese and in English."""
from datetime import datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from archive import callbacks, complaints
from archive.callbacks import Callback
from tests.test_callbacks_domain import at
from tests.test_callbacks_ui import CLOCK, TODAY, shop  # noqa: F401 (fixture)
from tests.test_ui_service_mnemonics import _letter
from ui import i18n


def clashes(dialog) -> dict[str, list[str]]:
    taken: dict[str, list[str]] = {}
    widgets = [w for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    widgets += [w for w in dialog.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(dialog)]
    for widget in widgets:
        letter = _letter(widget.text())
        if letter:
            taken.setdefault(letter, []).append(widget.text())
    return {letter: where for letter, where in taken.items() if len(where) > 1}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_issue_18_dialogs_have_one_widget_per_letter(qtbot, shop, lang):  # noqa: F811
    from ui.callbacks_page import CallbackDialog
    from ui.complaint_steps import ComplaintStepsDialog
    from ui.rectification_page import DepartmentsDialog, OpenItemDialog
    from ui.scripts_panel import ScriptDialog, SurveyFormDialog

    clerk, manager = shop["clerk"], shop["manager"]
    callbacks.generate(clerk.at(CLOCK()), TODAY)
    complaint = complaints.receive(at(clerk, TODAY), complainant="张伟", summary="等待太久", category="waiting")
    try:
        i18n.install(lang)
        dialogs = {
            "callback": CallbackDialog(Callback.get(Callback.kind == "3dc")),
            "open_item": OpenItemDialog(TODAY),
            "departments": DepartmentsDialog(lambda: manager.at(datetime(2026, 11, 23, 10))),
            "script": ScriptDialog(),
            "survey": SurveyFormDialog("3dc"),
            "steps": ComplaintStepsDialog(clerk, complaint.id, clock=CLOCK),
        }
        found = {}
        for name, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            dialog.show()
            if clash := clashes(dialog):
                found[name] = clash
        assert not found
    finally:
        i18n.install("zh")

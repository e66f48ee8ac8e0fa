"""The rhythm every small form dialog shares: one label per field (the field is its buddy, so the
label's mnemonic jumps to it), an error line under the form, and OK / Cancel."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


def form_layout(dialog: QDialog, fields, accept) -> tuple[list[QLabel], QLabel, QDialogButtonBox]:
    """Lay out ``fields`` in ``dialog``; OK calls ``accept``. Returns (labels, message, buttons);
    the dialog sets the label texts in its retranslateUi()."""
    labels = [QLabel() for _ in fields]
    message = QLabel()
    message.setWordWrap(True)
    message.setProperty("role", "error")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    form = QFormLayout()
    for label, field in zip(labels, fields):
        label.setBuddy(field)
        form.addRow(label, field)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return labels, message, buttons

"""The rhythm every form dialog shares.

- ``form_layout``: one label per field (the field is its buddy, so the label's mnemonic jumps to
  it), an error line under the form, and OK / Cancel; it installs ``FormKeys``.
- ``FormKeys`` (installed on a dialog by ``keyboard_form``): Enter moves to the next field in tab
  order and, on the last field, submits; Ctrl+Enter submits from anywhere; Enter on a focused
  button presses that button. Score and number boxes take full-width digits (１２), as a Chinese
  input method types them.
- Submitting never closes a dialog with bad input: ``FormKeys.submit`` first checks the dialog's
  date fields (ui.date_edit.DateEdit), then calls the dialog's own submit, which either accepts or
  calls ``mark_invalid`` / ``refuse``: the field gets a red border (dynamic property ``invalid``,
  styled in ui/style.py), the message line says which field and what is wrong, the focus goes to
  that field, and everything typed stays. Editing the field clears its mark.
"""
from __future__ import annotations

import inspect
import unicodedata
import weakref
from typing import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from common.errors import Refusal
from ui.runner import show_message

_FULL_WIDTH_NUMBER = {ord(c): unicodedata.normalize("NFKC", c) for c in "０１２３４５６７８９．－＋，"}


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)  # a dynamic property changes the look only after a re-polish
    widget.style().polish(widget)
    widget.update()


def _edited_signal(field: QWidget):
    """The signal a field emits when the clerk changes it (the moment its mark goes away)."""
    if isinstance(field, QLineEdit):
        return field.textEdited
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.textChanged
    if isinstance(field, QAbstractSpinBox):
        return field.editingFinished if not hasattr(field, "valueChanged") else field.valueChanged
    if isinstance(field, QComboBox):
        return field.currentIndexChanged
    if isinstance(field, QAbstractButton):
        return field.toggled
    return None


def set_invalid(field: QWidget, invalid: bool) -> None:
    """Mark or unmark one field (red border through the stylesheet's ``[invalid="true"]``)."""
    if bool(field.property("invalid")) == invalid:
        return
    field.setProperty("invalid", invalid)
    _repolish(field)
    if invalid and not field.property("invalid_watched"):
        signal = _edited_signal(field)
        if signal is not None:
            field.setProperty("invalid_watched", True)
            signal.connect(lambda *_: set_invalid(field, False))


def clear_invalid(root: QWidget) -> None:
    """Unmark every field under ``root`` (date fields keep their own mark while their text is wrong)."""
    from ui.date_edit import DateEdit

    for widget in root.findChildren(QWidget):
        if widget.property("invalid") and not isinstance(widget, DateEdit):
            set_invalid(widget, False)


def say(message: QLabel | None, text: str, *, error: bool = True) -> None:
    """Show ``text`` in a dialog's message line (red for an error): ui.runner.show_message."""
    show_message(message, text, error=error)


def mark_invalid(field: QWidget | None, message: QLabel | None, text: str) -> None:
    """The dialog stays open: mark ``field``, say ``text`` (which names the field), focus the field
    with its text selected so the clerk corrects it, keep everything typed."""
    say(message, text)
    if field is None:
        return
    set_invalid(field, True)
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(field, QLineEdit):
        field.selectAll()
    elif isinstance(field, QAbstractSpinBox):
        field.selectAll()


def refuse(refusal: Refusal, message: QLabel | None,
           fields: Mapping[str, QWidget | Callable] | Callable[[Refusal], QWidget | None] = ()) -> None:
    """Show a domain refusal in the dialog and mark the field it is about: ``fields`` maps a refusal
    code to the field (or to a function of the refusal giving the field), or is one function of the
    refusal giving the field."""
    from ui.messages import refusal_text

    if callable(fields):
        field = fields(refusal)
    else:
        field = dict(fields).get(refusal.code)
        if callable(field) and not isinstance(field, QWidget):
            field = field(refusal)
    mark_invalid(field, message, refusal_text(refusal))


def field_named_in(dialog: QWidget) -> Callable[[Refusal], QWidget | None]:
    """For ``refuse``: the dialog's attribute named by the refusal's ``field`` fact (the archive
    refusals name their field: "vin", "plate", "id_number"...)."""
    def field(refusal: Refusal) -> QWidget | None:
        widget = getattr(dialog, str(refusal.facts.get("field") or ""), None)
        return widget if isinstance(widget, QWidget) else None
    return field


def submit_values(dialog: QDialog, submit: Callable[[dict], object] | None, values: dict, message: QLabel | None,
                  fields: Mapping[str, QWidget | Callable] | Callable[[Refusal], QWidget | None] = (), *,
                  long: bool = False, progress_message: str | None = None) -> None:
    """A dialog's OK: hand ``values`` to ``submit`` (the domain call) through ui.runner. Done: the
    result goes to ``dialog.result_value`` and the dialog closes. Refused: it stays open, the
    refusal in ``message``, its field marked (``fields`` as for ``refuse``). No ``submit``: the
    values themselves are the result. ``long``: the call runs in a worker with a progress dialog
    (``progress_message``) while this dialog stays open; ``submit`` must then touch no widget."""
    from ui.runner import run_op

    # QDialog.accept itself: a dialog whose own accept() validates and then calls this must not loop.
    if submit is None:
        dialog.result_value = values
        QDialog.accept(dialog)
        return

    def done(result) -> None:
        dialog.result_value = result
        QDialog.accept(dialog)

    run_op(dialog, lambda: submit(values), message_line=message, on_done=done,
           on_refused=lambda refusal: refuse(refusal, message, fields), long=long, message=progress_message)


def required(field: QWidget, message: QLabel | None, name: str) -> bool:
    """True when the text field is filled in; else it is marked with "请填写{name}。"."""
    text = field.toPlainText() if isinstance(field, (QPlainTextEdit, QTextEdit)) else field.text()
    if text.strip():
        return True
    mark_invalid(field, message, QApplication.translate("Forms", "请填写{field}。").format(field=name))
    return False


def field_name(label: QLabel) -> str:
    """A label's text without its mnemonic and colon: "投诉人(&W)" -> "投诉人"."""
    import re

    return re.sub(r"\(&.\)|&(?=.)", "", label.text()).rstrip("：: ")


class _FullWidthDigits(QObject):
    """Turns full-width digits typed into a number box into ASCII before the box validates them
    (QSpinBox refuses "９" otherwise, and a Chinese input method types full-width by default)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.text().translate(_FULL_WIDTH_NUMBER).isdigit():
            # A box showing its special value ("—", not filled in) clicked into holds the cursor
            # after that text, and "—8" does not validate: the digit would be dropped.
            box = obj if isinstance(obj, QSpinBox) else obj.parent()
            if isinstance(box, QSpinBox) and box.specialValueText() and box.value() == box.minimum():
                box.lineEdit().selectAll()
        if event.type() == QEvent.Type.KeyPress and event.text().translate(_FULL_WIDTH_NUMBER) != event.text():
            text = event.text().translate(_FULL_WIDTH_NUMBER)
            key = ord(text[0]) if len(text) == 1 and text.isascii() else event.key()
            QApplication.sendEvent(obj, QKeyEvent(event.type(), key, event.modifiers(), text, event.isAutoRepeat(),
                                                  event.count()))
            return True
        if event.type() == QEvent.Type.InputMethod and event.commitString().translate(_FULL_WIDTH_NUMBER) != \
                event.commitString():
            replacement = QInputMethodEvent(event.preeditString(), event.attributes())
            replacement.setCommitString(event.commitString().translate(_FULL_WIDTH_NUMBER),
                                        event.replacementStart(), event.replacementLength())
            QApplication.sendEvent(obj, replacement)
            return True
        return False


_full_width_filter: _FullWidthDigits | None = None


def accept_full_width_digits(box: QWidget) -> None:
    """Let ``box`` (a QSpinBox, or any numeric field) take ０-９ as 0-9."""
    global _full_width_filter
    if _full_width_filter is None:
        _full_width_filter = _FullWidthDigits(QApplication.instance())
    box.installEventFilter(_full_width_filter)
    if isinstance(box, QAbstractSpinBox) and box.lineEdit() is not None:
        box.lineEdit().installEventFilter(_full_width_filter)


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str, save_text: str) -> str:
    """Closing with unsaved work: ``save_text`` / 放弃 / 取消; Esc is 取消. Returns SAVE, DISCARD or
    CANCEL. Callers wrap it in their own ``ask`` seam, which tests replace."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    save = box.addButton(save_text, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QApplication.translate("Forms", "放弃(&D)"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QApplication.translate("Forms", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    return {id(save): SAVE, id(discard): DISCARD}.get(id(box.clickedButton()), CANCEL)


def _is_push_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and not isinstance(widget, (QCheckBox, QRadioButton))


def _takes_enter_focus(dialog: QWidget, widget: QWidget) -> bool:
    """A widget Enter may move to: what Tab would reach, minus read-only fields and the unchecked
    radio buttons of a group that has a checked one (Tab skips those too)."""
    if widget is dialog or not dialog.isAncestorOf(widget) or widget.focusProxy() is not None:
        return False
    if not (widget.isVisibleTo(dialog) and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(widget, QLineEdit) and widget.isReadOnly():
        return False
    if isinstance(widget, QRadioButton) and not widget.isChecked():
        group = widget.group()
        siblings = group.buttons() if group is not None else [
            w for w in (widget.parentWidget().findChildren(QRadioButton) if widget.parentWidget() else [])
            if w.autoExclusive()]
        return not any(b.isChecked() for b in siblings if b is not widget)
    return True


class FormKeys(QObject):
    """Enter, Ctrl+Enter and focused buttons for one form dialog (see the module docstring).

    ``submit`` is the dialog's own "OK": it validates and accepts, or marks a field and returns.
    ``message`` is the dialog's message line (``dialog.message`` when not given).
    """

    def __init__(self, dialog: QDialog, submit: Callable[[], object], message: QLabel | None = None):
        super().__init__(dialog)
        # No strong reference back to the dialog (it owns this object): a bound method is held
        # weakly, or the dialog's Python object would outlive its C++ side.
        self._submit = weakref.WeakMethod(submit) if inspect.ismethod(submit) else (lambda: submit)
        self._message = message
        dialog.installEventFilter(self)
        self.shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), dialog)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)
            self.shortcuts.append(shortcut)
        for box in dialog.findChildren(QAbstractSpinBox):
            accept_full_width_digits(box)

    @property
    def dialog(self) -> QDialog:
        return self.parent()

    @property
    def message(self) -> QLabel | None:
        return self._message if self._message is not None else getattr(self.dialog, "message", None)

    def submit(self) -> None:
        """Check the date fields, then the dialog's own submit (which accepts or marks a field)."""
        from ui.date_edit import DateEdit

        clear_invalid(self.dialog)
        for field in self.dialog.findChildren(DateEdit):
            if field.isVisibleTo(self.dialog) and field.isEnabled() and field.problem():
                mark_invalid(field, self.message, field.problem())
                return
        submit = self._submit()
        if submit is not None:
            submit()

    def next_field(self, current: QWidget) -> QWidget | None:
        """The field after ``current`` in tab order; None when ``current`` is the last field (the
        next stop would be a dialog button, or the chain comes round to the start)."""
        widget = current.nextInFocusChain()
        while widget is not None and widget is not current and widget is not self.dialog:
            if _takes_enter_focus(self.dialog, widget):
                if _is_push_button(widget) and (isinstance(widget.parentWidget(), QDialogButtonBox)
                                                or getattr(widget, "isDefault", lambda: False)()):
                    return None
                if not _is_push_button(widget):
                    return widget
            widget = widget.nextInFocusChain()
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.ControlModifier:
            self.submit()  # Ctrl+Enter reaching the dialog (the shortcut takes it first in an active window)
            return True
        if modifiers:
            return False  # Shift/Alt+Enter are left to the widget
        focus = self.dialog.focusWidget()
        if focus is None:
            return False
        if _is_push_button(focus):
            if focus.isEnabled():
                focus.click()  # the focused button, whatever the dialog's default
            return True
        from ui.date_edit import DateEdit

        if isinstance(focus, DateEdit) and focus.problem():
            return True  # stay: the field is marked and says what is wrong
        following = self.next_field(focus)
        if following is None:
            self.submit()
        else:
            following.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def keyboard_form(dialog: QDialog, submit: Callable[[], object], message: QLabel | None = None) -> FormKeys:
    """Give ``dialog`` the shared keys; its OK should call the returned ``FormKeys.submit``."""
    keys = FormKeys(dialog, submit, message)
    dialog.form_keys = keys
    return keys


def form_layout(dialog: QDialog, fields, accept) -> tuple[list[QLabel], QLabel, QDialogButtonBox]:
    """Lay out ``fields`` in ``dialog``; OK (or Enter on the last field, or Ctrl+Enter) calls
    ``accept`` after the date fields are checked. Returns (labels, message, buttons); the dialog
    sets the label texts in its retranslateUi()."""
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
    # Room for a name, an address or a field's hint in one line (the fields' own hint is ~200 px).
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 64)
    keys = keyboard_form(dialog, accept, message)
    buttons.accepted.connect(keys.submit)
    buttons.rejected.connect(dialog.reject)
    return labels, message, buttons


class TextPrompt(QDialog):
    """A reason, a note or a number for one domain call: the QInputDialog of this app, except that
    OK runs the call while the dialog is open. A refusal ("原因不能为空", an unknown number) stays
    in the dialog with the text kept and the field marked; only a call that went through closes it.

    ``required``: an empty text is marked here, for calls whose refusal of nothing would read oddly.
    ``multiline`` gives a few lines (Enter is a new line there, Ctrl+Enter submits); ``choices``
    adds a list to pick one answer from. ``submit(values)`` gets ``{"text": ..., "choice": index}``.
    """

    def __init__(self, parent: QWidget | None, title: str, prompt: str, submit: Callable[[dict], object], *,
                 multiline: bool = False, choices: list[str] | None = None, choice_prompt: str = "",
                 text: str = "", required: bool = False, long: bool = False,
                 progress_message: str | None = None):
        super().__init__(parent)
        self.submit, self.required = submit, required
        self.long, self.progress_message = long, progress_message
        self.result_value = None
        self.setWindowTitle(title)
        self.text = QPlainTextEdit() if multiline else QLineEdit()
        if multiline:
            self.text.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
            self.text.setPlainText(text)
            self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        else:
            self.text.setText(text)
        self.choice = QComboBox() if choices else None
        fields = [self.text] + ([self.choice] if self.choice is not None else [])
        if self.choice is not None:
            self.choice.addItems(choices)
        self.labels, self.message, self.buttons = form_layout(self, fields, self.try_accept)
        labels = self.labels
        labels[0].setText(prompt)
        labels[0].setWordWrap(True)
        if self.choice is not None:
            labels[1].setText(choice_prompt)
        self.message.hide()
        self.text.setFocus()

    def values(self) -> dict:
        text = self.text.toPlainText() if isinstance(self.text, QPlainTextEdit) else self.text.text()
        return {"text": text, "choice": self.choice.currentIndex() if self.choice is not None else None}

    def try_accept(self) -> None:
        if self.required and not required(self.text, self.message, field_name(self.labels[0])):
            return  # a call that needs a text (a number to look up) is not sent without one
        # Every refusal of a one-field call is about that field: the clerk corrects it or cancels.
        submit_values(self, self.submit, self.values(), self.message, lambda refusal: self.text,
                      long=self.long, progress_message=self.progress_message)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, submit: Callable[[dict], object],
            **options) -> tuple[object, bool]:
        """(what ``submit`` returned, True) once it went through; (None, False) when cancelled."""
        dialog = cls(parent, title, prompt, submit, **options)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, True
        return None, False

"""Logging in, and creating the first administrator of a new database.

Both dialogs call common.auth (which counts failures, locks accounts and writes the audit log) and
show its refusals in place through ui.messages.refusal_text, so a clerk reads "再错 3 次将锁定"
instead of a generic error. The dialog reads the clock at the moment of the attempt (the UI may;
the domain may not). ``ask`` classmethods are the seams tests replace for blocking dialogs.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from common.clock import branch_now
from common.errors import Refusal

from ui.retranslate import Retranslating


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.hide()
    return label


def _typed_twice(dialog) -> bool:
    """The dialog's ``password`` and ``repeat`` agree; else ``repeat`` is marked and said so."""
    from ui.forms import mark_invalid

    if dialog.password.text() == dialog.repeat.text():
        return True
    mark_invalid(dialog.repeat, dialog.message, QCoreApplication.translate("PasswordFields", "两次输入的密码不一致。"))
    return False


class LoginDialog(Retranslating, QDialog):
    """Username and password; on success ``actor`` holds the logged-in common.actor.Actor."""

    LAST_USER_KEY = "login/last_user"

    def __init__(self, parent: QWidget | None = None, demo_hint: str | None = None,
                 clock: Callable[[], datetime] = branch_now, username: str | None = None,
                 locked: bool = False):
        """``username``: start with this name instead of the last one used ("" for an empty field,
        as when switching user). ``locked``: the window was locked; say so above the fields."""
        super().__init__(parent)
        self.actor = None
        self._clock = clock
        self._demo_hint = demo_hint
        self._username = username
        self.locked = locked

        # create
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.message = _message_label()
        self.hint = QLabel(demo_hint or "")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.hint.setVisible(bool(demo_hint))
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        self.locked_label.setVisible(locked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)

        # lay out
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.locked_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        # Room for a two-line refusal without a cramped dialog; in characters, not pixels.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

        # connect
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.retranslateUi()
        self._prefill()

    def keyPressEvent(self, event) -> None:
        # Enter in the user name moves on to the password; only Enter there (or on the button)
        # logs in. Without this the dialog's default button would send an empty password.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.username:
            self.password.setFocus(Qt.FocusReason.TabFocusReason)
            self.password.selectAll()
            return
        super().keyPressEvent(event)

    def _prefill(self) -> None:
        from ui.app import ui_settings

        last = ui_settings().value(self.LAST_USER_KEY, "") if self._username is None else self._username
        if last:
            self.username.setText(str(last))
            self.password.setFocus()
        else:
            self.username.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("登录 - 分公司客服台账"))
        self.title.setText(self.tr("分公司客服台账"))
        self.username_label.setText(self.tr("用户名(&U)"))
        self.password_label.setText(self.tr("密码(&P)"))
        self.login_button.setText(self.tr("登录(&L)"))
        if self.locked:
            self.locked_label.setText(self.tr("窗口已锁定。输入密码继续；其他用户可改填自己的用户名登录（切换用户）。"))

    def show_refusal(self, refusal: Refusal) -> None:
        from ui.messages import refusal_text

        self.message.setText(refusal_text(refusal))
        self.message.show()

    def accept(self) -> None:
        from common import auth

        # An empty field is asked for, never sent: the domain would refuse it uncounted anyway.
        for field, code in ((self.username, "auth.username_required"), (self.password, "auth.password_required")):
            if not field.text().strip():
                self.show_refusal(Refusal(code))
                field.setFocus()
                return
        try:
            actor = auth.authenticate(self.username.text(), self.password.text(), self._clock())
        except Refusal as refusal:
            self.show_refusal(refusal)
            self.password.clear()
            self.password.setFocus()
            return
        # An account an administrator set up or reset: its own password first, or no login at all.
        must_change = actor.user.must_change_password
        if must_change and not RequiredPasswordDialog.ask(self, actor, self.password.text(),
                                                                             self._clock):
            self.show_refusal(Refusal("auth.must_change_password_gui"))
            self.password.clear()
            self.password.setFocus()
            return
        if must_change:  # changed just now: the login is complete only now
            auth.complete_login(actor, self._clock())
        self.actor = actor
        from ui.app import ui_settings

        ui_settings().setValue(self.LAST_USER_KEY, self.actor.user.username)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, demo_hint: str | None = None, **options):
        """Show the dialog until the user logs in (returns the Actor) or cancels (None).
        ``options``: ``username`` and ``locked`` (see __init__)."""
        dialog = cls(parent, demo_hint=demo_hint, **options)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class RequiredPasswordDialog(Retranslating, QDialog):
    """After logging in with a password an administrator set: the account's own new password,
    typed twice. It cannot be skipped: 取消 goes back to the login, not on to the window. The new
    password is checked by the domain with the dialog open, so a refused one marks its field."""

    def __init__(self, actor, old_password: str, clock: Callable[[], datetime] = branch_now,
                 parent: QWidget | None = None):
        from ui.forms import form_layout

        super().__init__(parent)
        self.actor = actor
        self._old = old_password
        self._clock = clock
        self.result_value = None
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels, self.message, self.buttons = form_layout(self, (self.password, self.repeat), self.accept)
        self.message.hide()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout().insertWidget(0, self.intro)
        self.retranslateUi()
        self.password.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("设置自己的密码"))
        self.intro.setText(self.tr("{name}，您的账户由管理员设置了密码，须先换成只有您自己知道的新密码才能继续"
                                   "（至少 8 位，不能是常用密码）。").format(name=self.actor.user.display_name))
        self.labels[0].setText(self.tr("新密码(&P)"))
        self.labels[1].setText(self.tr("再输入一次(&A)"))

    def accept(self) -> None:
        from common import auth
        from ui.forms import submit_values

        if not _typed_twice(self):
            return
        submit_values(self, lambda values: auth.change_own_password(self.actor.at(self._clock()), self._old,
                                                                   values["password"]),
                      {"password": self.password.text()}, self.message, lambda _refusal: self.password)

    @classmethod
    def ask(cls, parent: QWidget | None, actor, old_password: str, clock: Callable[[], datetime] = branch_now) -> bool:
        """True once the new password is set; False when the user went back (取消)."""
        return cls(actor, old_password, clock, parent).exec() == QDialog.DialogCode.Accepted


class FirstAdminDialog(Retranslating, QDialog):
    """A new, empty database: create the administrator who will then add everyone else."""

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.user = None
        self._clock = clock

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.username, self.display_name, self.password, self.repeat)):
            label.setBuddy(field)
        self.message = _message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.display_name, self.password, self.repeat)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        from ui.forms import keyboard_form

        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)  # and Enter, Ctrl+Enter
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("新数据库：建立管理员"))
        self.intro.setText(self.tr("这是一个新的数据库。请先建立管理员账户，之后由管理员在“设置”中添加其他用户。"))
        for label, text in zip(self.labels, (self.tr("用户名(&U)"), self.tr("姓名(&M)"), self.tr("密码(&P)"),
                                             self.tr("再输入一次(&R)"))):
            label.setText(text)

    def accept(self) -> None:
        from common import auth
        from ui.forms import refuse

        if not _typed_twice(self):
            return
        try:
            self.user = auth.create_first_admin(self.username.text(), self.display_name.text(), self.password.text(),
                                                self._clock())
        except Refusal as refusal:  # the dialog stays open with the field marked
            refuse(refusal, self.message, {"auth.username_required": self.username,
                                           "auth.password_required": self.password,
                                           "auth.password_too_short": self.password,
                                           "auth.password_one_character": self.password,
                                           "auth.password_common": self.password})
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        return cls(parent).exec() == QDialog.DialogCode.Accepted

"""The administrator's user screen: list, add, reset password, change role, disable/enable, unlock.

Everything goes through common.auth, which checks the permission (users.manage) and writes the
audit log; this screen only collects input and shows the outcome - a refusal from the domain
(last administrator, taken username, short password...) appears in the message line as a sentence.
Non-administrators get the list read-only with the buttons disabled. Blocking dialogs are reached
through ``ask`` classmethods so tests can answer them.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from common.clock import branch_now
from ui.forms import form_layout, keyboard_form, mark_invalid, submit_values
from common.models import User
from ui.i18n import ROLE_NAMES, role_name
from ui.retranslate import Retranslating
from ui.runner import PageActions
from ui.table_model import Column, SqlTableModel, TableView


def _state(active) -> str:
    return QCoreApplication.translate("UsersPanel", "启用") if active else QCoreApplication.translate("UsersPanel", "停用")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "用户名"), User.username),
    Column(QT_TRANSLATE_NOOP("Columns", "姓名"), User.display_name),
    Column(QT_TRANSLATE_NOOP("Columns", "角色"), User.role, formatter=role_name, searchable=True),
    Column(QT_TRANSLATE_NOOP("Columns", "状态"), User.active, formatter=_state, searchable=False),
    # Shown as stored: a past time reads as "the lockout has ended", and the next login clears it.
    Column(QT_TRANSLATE_NOOP("Columns", "锁定至"), User.locked_until, "datetime"),
    Column(QT_TRANSLATE_NOOP("Columns", "密码修改于"), User.password_changed_at, "datetime"),
    Column(QT_TRANSLATE_NOOP("Columns", "须改密码"), User.must_change_password, "bool"),
    Column(QT_TRANSLATE_NOOP("Columns", "建立于"), User.created_at, "datetime"),
]


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in ROLE_NAMES:
        combo.addItem(role_name(role), role)
    return combo


class NewUserDialog(QDialog):
    """Username, name, role and a first password (typed twice)."""

    def __init__(self, parent: QWidget | None = None, submit=None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = _role_combo()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = (self.username, self.display_name, self.role, self.password, self.repeat)
        self.labels, self.message, self.buttons = form_layout(self, self.fields, self.accept)
        self.message.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("添加用户"))
        texts = (self.tr("用户名(&U)"), self.tr("姓名(&N)"), self.tr("角色(&R)"), self.tr("密码(&P)"),
                 self.tr("再输入一次(&A)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)

    def values(self) -> dict:
        return {"username": self.username.text(), "display_name": self.display_name.text(),
                "role": self.role.currentData(), "password": self.password.text()}

    def accept(self) -> None:
        """OK: the passwords must match, then ``submit`` (the domain call) runs with the dialog still
        open, so a taken username or a short password marks its field and keeps the rest."""
        if self.password.text() != self.repeat.text():
            mark_invalid(self.repeat, self.message, self.tr("两次输入的密码不一致。"))
            return
        submit_values(self, self.submit, self.values(), self.message, {
            "auth.username_taken": self.username, "auth.username_required": self.username,
            "auth.unknown_role": self.role, "auth.password_too_short": self.password,
            "auth.password_one_character": self.password, "auth.password_common": self.password})

    @classmethod
    def ask(cls, parent: QWidget | None = None, submit=None):
        """What ``submit(values)`` returned (the values without ``submit``), or None when cancelled."""
        dialog = cls(parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordDialog(QDialog):
    """A new password typed twice (admin reset, or one's own change with the old password)."""

    def __init__(self, parent: QWidget | None = None, *, username: str = "", with_old: bool = False):
        super().__init__(parent)
        self._username = username
        self.old = QLineEdit() if with_old else None
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.old, self.password, self.repeat):
            if field is not None:
                field.setEchoMode(QLineEdit.EchoMode.Password)
        self.intro = QLabel()
        self.old_label, self.password_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        if self.old is not None:
            self.old_label.setBuddy(self.old)
            form.addRow(self.old_label, self.old)
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("设置密码"))
        self.intro.setText(self.tr("用户：{user}").format(user=self._username))
        self.old_label.setText(self.tr("原密码(&O)"))
        self.password_label.setText(self.tr("新密码(&P)"))
        self.repeat_label.setText(self.tr("再输入一次(&A)"))

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            mark_invalid(self.repeat, self.message, self.tr("两次输入的密码不一致。"))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, username: str = "", with_old: bool = False):
        """The new password, or (old, new) when ``with_old``; None if cancelled."""
        dialog = cls(parent, username=username, with_old=with_old)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.old.text(), dialog.password.text()) if with_old else dialog.password.text()


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, username: str = "", current: str = "clerk"):
        super().__init__(parent)
        self._username = username
        self.label = QLabel()
        self.role = _role_combo()
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.role)
        layout.addWidget(self.buttons)
        self.label.setBuddy(self.role)
        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("更改角色"))
        self.label.setText(self.tr("{user} 的新角色：").format(user=self._username))

    @classmethod
    def ask(cls, parent: QWidget | None = None, username: str = "", current: str = "clerk") -> str | None:
        dialog = cls(parent, username=username, current=current)
        return dialog.role.currentData() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UsersPanel(PageActions, Retranslating, QWidget):
    """The user list with the admin's actions."""

    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor = actor
        self._clock = clock
        self.editable = can(actor.user, "users.manage")

        # create
        self.model = SqlTableModel(User.select(), COLUMNS, self)
        self.view = TableView(self.model)
        self.add_button = QPushButton()
        self.password_button = QPushButton()
        self.role_button = QPushButton()
        self.active_button = QPushButton()
        self.unlock_button = QPushButton()
        self.row_buttons = (self.password_button, self.role_button, self.active_button, self.unlock_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        # lay out
        buttons = QHBoxLayout()
        for button in (self.add_button,) + self.row_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        # connect
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("添加用户(&A)"))
        self.password_button.setText(self.tr("重置密码(&P)"))
        self.role_button.setText(self.tr("更改角色(&R)"))
        self.unlock_button.setText(self.tr("解锁(&U)"))
        self._update_buttons()

    def selected_user(self) -> User | None:
        key = self.view.current_key()
        return User.get_or_none(User.id == key) if key is not None else None

    def _update_buttons(self, *_) -> None:
        user = self.selected_user()
        self.add_button.setEnabled(self.editable)
        for button in self.row_buttons:
            button.setEnabled(self.editable and user is not None)
        self.active_button.setText(self.tr("启用(&E)") if user is not None and not user.active else self.tr("停用(&D)"))

    def _actor_now(self):
        return self.actor.at(self._clock())

    def kept_view(self):
        return self.view

    def refresh(self) -> None:
        self.model.refresh()

    def add_user(self) -> None:
        from common import auth

        created = NewUserDialog.ask(self, lambda values: auth.create_user(
            self._actor_now(), values["username"], values["display_name"], values["role"], values["password"]))
        if created is not None:
            self.model.refresh()
            self.view.select_key(created.id)
            self.say(self.tr("已添加用户 {user}，首次登录时须修改密码。").format(user=created.username), error=False)

    def reset_password(self) -> None:
        from common import auth

        user = self.selected_user()
        if user is None:
            return
        password = PasswordDialog.ask(self, username=user.username)
        if password is None:
            return
        self.run(lambda: auth.reset_password(self._actor_now(), user.id, password),
                 self.tr("已为 {user} 设置新密码，锁定已解除；{user} 下次登录时须修改密码。").format(user=user.username))

    def change_role(self) -> None:
        from common import auth

        user = self.selected_user()
        if user is None:
            return
        role = RoleDialog.ask(self, username=user.username, current=user.role)
        if role is None or role == user.role:
            return
        self.run(lambda: auth.update_user(self._actor_now(), user.id, role=role),
                 self.tr("{user} 的角色已改为{role}。").format(user=user.username, role=role_name(role)))

    def toggle_active(self) -> None:
        from common import auth

        user = self.selected_user()
        if user is None:
            return
        active = not user.active
        text = self.tr("已启用 {user}。") if active else self.tr("已停用 {user}，该账户不能再登录。")
        self.run(lambda: auth.update_user(self._actor_now(), user.id, active=active),
                 text.format(user=user.username))

    def unlock(self) -> None:
        from common import auth

        user = self.selected_user()
        if user is None:
            return
        self.run(lambda: auth.unlock(self._actor_now(), user.id),
                 self.tr("已解锁 {user}。").format(user=user.username))

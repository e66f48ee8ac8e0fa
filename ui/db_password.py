"""The PostgreSQL password, asked once when the server wants one that neither the credential store
nor libpq's password file gave (common/db.py calls the prompt set with set_password_prompt).

What is typed is never shown (password echo) and is kept only if the user ticks 记住密码: then in
the system credential store (common/credentials.py), or libpq's owner-only password file where no
credential store exists.
"""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.forms import keyboard_form, mark_invalid


class DatabasePasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, where: str = "", user: str = "", wrong: bool = False,
                 can_remember: bool = True):
        super().__init__(parent)
        self._where, self._user, self._wrong, self._can_remember = where, user, wrong, can_remember
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.remember = QCheckBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setVisible(wrong)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(keyboard_form(self, self.accept).submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("数据库密码"))
        self.intro.setText(self.tr("连接数据库服务器 {where} 需要用户 {user} 的密码。").format(
            where=self._where, user=self._user))
        self.password_label.setText(self.tr("密码(&P)"))
        if self._can_remember:
            self.remember.setText(self.tr("记住密码（存入本机的系统凭据管理器）(&R)"))
        else:
            self.remember.setText(self.tr("记住密码（存入本机的 PostgreSQL 密码文件，只有本人可读）(&R)"))
        if self._wrong:
            self.message.setText(self.tr("服务器没有接受这个密码，请重新输入。"))

    def accept(self) -> None:
        if not self.password.text():
            mark_invalid(self.password, self.message, self.tr("请输入密码。"))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, where: str, user: str, wrong: bool, can_remember: bool):
        """(password, remember), or None if cancelled."""
        dialog = cls(parent, where=where, user=user, wrong=wrong, can_remember=can_remember)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isChecked()


def dialog_prompt(parent: QWidget | None = None):
    """A prompt for common.db that asks with the dialog above (over ``parent``)."""
    def prompt(where: str, user: str, wrong: bool, can_remember: bool):
        return DatabasePasswordDialog.ask(parent, where=where, user=user, wrong=wrong, can_remember=can_remember)

    return prompt


def startup_prompt(lang: str | None):
    """The desktop app's prompt before its window exists: the application object is created (as
    run_gui will reuse it) so the dialog appears in the chosen language."""
    def prompt(where: str, user: str, wrong: bool, can_remember: bool):
        from ui.app import create_app

        create_app(lang=lang)
        return DatabasePasswordDialog.ask(None, where=where, user=user, wrong=wrong, can_remember=can_remember)

    return prompt

"""设置 › 分公司信息: the branch's identity (common.branch) as a small form on the settings page.

An administrator edits the name, brand, address, phone and the branch's code and saves them with
the button, Enter on the last field or Ctrl+Enter (the shared keys of ui.forms); everyone else
reads them. A refusal names its field, marks it and keeps everything typed. A save emits
``identity_saved`` so the window title follows at once.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from common import branch
from common.branch import FIELDS, MAX_LENGTH, BranchIdentity
from common.clock import branch_now

from ui.retranslate import Retranslating


class BranchPanel(Retranslating, QWidget):
    identity_saved = Signal(object)  # the BranchIdentity as stored

    def __init__(self, actor, clock: Callable[[], datetime] = branch_now, *, editable: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from ui.forms import keyboard_form

        self.actor = actor
        self._clock = clock
        self.editable = editable

        # create: one line edit per field, named as the field (ui.forms.field_named_in marks it)
        self.labels = {}
        for name in FIELDS:
            field = QLineEdit()
            # A little room over the limit, so an over-long paste is refused with its length
            # instead of being cut silently.
            field.setMaxLength(MAX_LENGTH[name] * 2)
            field.setReadOnly(not editable)
            setattr(self, name, field)
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.save_button = QPushButton()
        self.save_button.setVisible(editable)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        # lay out: name and code on one row, brand and phone on the next, the address in full width
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for row, (left, right) in enumerate((("name", "code"), ("brand", "phone"))):
            form.addWidget(self.labels[left], row, 0)
            form.addWidget(getattr(self, left), row, 1)
            form.addWidget(self.labels[right], row, 2)
            form.addWidget(getattr(self, right), row, 3)
        form.addWidget(self.labels["address"], 2, 0)
        form.addWidget(self.address, 2, 1, 1, 3)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        # Tab and Enter go through the fields in reading order, then to 保存.
        order = [self.name, self.code, self.brand, self.phone, self.address, self.save_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        # connect
        if editable:
            keys = keyboard_form(self, self.save, self.message)
            for shortcut in keys.shortcuts:
                # Ctrl+Enter saves from within this form only, not from the rest of the page.
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.save_button.clicked.connect(keys.submit)
        else:
            # Read, not edit: the fields take the window's colour, so they do not invite typing.
            self.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self.show_identity(branch.identity() if branch.is_set() else BranchIdentity(name=""))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = {
            "name": self.tr("分公司名称(&M)"),
            "brand": self.tr("品牌(&K)"),
            "address": self.tr("地址(&A)"),
            "phone": self.tr("电话(&O)"),
            "code": self.tr("分公司编码(&C)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.name.setPlaceholderText(self.tr("如 河南分公司客服部"))
        self.code.setPlaceholderText(self.tr("如 HN01"))
        self.phone.setPlaceholderText(self.tr("如 0371-65881234"))
        self.save_button.setText(self.tr("保存分公司信息(&F)"))
        self.hint.setText(self.tr("打印在每张报表、对账单、表格和标签的抬头，并显示在窗口标题中。") if self.editable
                          else self.tr("打印在每张报表的抬头。只有管理员可以修改。"))

    def show_identity(self, identity: BranchIdentity) -> None:
        for name in FIELDS:
            getattr(self, name).setText(getattr(identity, name))

    def typed(self) -> BranchIdentity:
        return BranchIdentity(**{name: getattr(self, name).text() for name in FIELDS})

    def save(self) -> None:
        from ui.forms import field_named_in, refuse
        from ui.runner import run_op

        actor, typed = self.actor.at(self._clock()), self.typed()
        run_op(self, lambda: branch.set_identity(actor, typed), message_line=self.message,
               success=lambda stored: self.tr("分公司信息已保存：{name}。").format(name=stored.name),
               on_done=self._saved,
               on_refused=lambda refusal: refuse(refusal, self.message, field_named_in(self)))

    def _saved(self, stored: BranchIdentity) -> None:
        self.show_identity(stored)  # as stored: trimmed, full-width digits folded, code upper-case
        self.identity_saved.emit(stored)

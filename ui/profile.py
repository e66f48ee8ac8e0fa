"""The Mackay 66 profile editor, its history / compare dialog and the consent dialog.

Data model: ``ProfileDialog`` shows one customer's profile (archive.profile.load_profile) as tabs,
one per section of the form; each field is a line with its item number, label and editor, in form
order. Enter moves to the next field (across tabs), 保存(&S) saves a revision, typing is autosaved
as a draft (archive.profile.save_draft) a moment after the last keystroke so a crash loses nothing.
Sensitive fields stay ●●● with the reason until a role with ``profile.sensitive.view`` asks to
reveal them (audited in the domain). Blocking questions go through ``ask_*`` classmethods, which
tests replace. The 客户 page opens the editor with ``open_profile(parent, context, customer_id)``.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from archive import profile as P
from common.auth import can
from common.clock import branch_now
from common.errors import Refusal
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message
from ui.date_edit import DateEdit
from ui.forms import keyboard_form, refuse

MASK = "●●●"
MASK_REASONS = {
    P.MASK_PERMISSION: QT_TRANSLATE_NOOP("Profile", "无权查看敏感信息"),
    P.MASK_CONSENT: QT_TRANSLATE_NOOP("Profile", "未登记客户单独同意"),
    P.MASK_HIDDEN: QT_TRANSLATE_NOOP("Profile", "敏感信息，点“显示敏感项”查看"),
    P.MASK_KEY: QT_TRANSLATE_NOOP("Profile", "密钥缺失或不符，无法解密"),
    P.MASK_ERASED: QT_TRANSLATE_NOOP("Profile", "已删除"),
}
HEADER_LABELS = {"_form_date": QT_TRANSLATE_NOOP("Profile", "日期"),
                 "_filled_by": QT_TRANSLATE_NOOP("Profile", "填表人")}
AUTOSAVE_MS = 1500


def label(text: str) -> str:
    """A domain label (section, category or field of the form) in the user's language."""
    return QCoreApplication.translate("Field", text)


def mask_reason(reason: str) -> str:
    return QCoreApplication.translate("Profile", MASK_REASONS[reason])


def _refusal_text(refusal: Refusal) -> str:
    from ui.messages import refusal_text

    return refusal_text(refusal)


class ProfileDialog(Retranslating, QDialog):
    def __init__(self, actor, customer_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor = actor
        self.customer_id = customer_id
        self._clock = clock
        self.view: P.ProfileView | None = None
        self.revealed = False
        self.dirty = False
        self.editors: dict[str, QLineEdit] = {}
        self.mask_labels: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.section_pages: dict[str, int] = {}
        self.field_section: dict[str, str] = {}
        self.can_edit = can(actor.user, "profile.edit")

        # create
        self.customer_label = QLabel()
        self.customer_label.setObjectName("profileCustomer")
        self.form_date_label, self.filled_by_label, self.revised_label = QLabel(), QLabel(), QLabel()
        self.form_date = QLineEdit()
        self.filled_by = QLineEdit()
        self.revised_at = QLabel()
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.draft_label = QLabel()
        self.draft_label.setProperty("role", "hint")
        self.tabs = QTabWidget()
        self.section_headers: dict[str, QLabel] = {}
        for section in P.SECTIONS:
            self._build_section(section)
        self.save_button = QPushButton()
        self.reveal_button = QPushButton()
        self.history_button = QPushButton()
        self.consent_button = QPushButton()
        self.print_button = QPushButton()
        self.erase_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons = (self.save_button, self.reveal_button, self.history_button, self.consent_button,
                        self.print_button, self.erase_button, self.close_button)
        for button in self.buttons:
            button.setAutoDefault(False)  # Enter moves between fields, it never presses a button
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)

        # lay out
        header = QGridLayout()
        header.addWidget(self.customer_label, 0, 0, 1, 6)
        header.addWidget(self.form_date_label, 1, 0)
        header.addWidget(self.form_date, 1, 1)
        header.addWidget(self.revised_label, 1, 2)
        header.addWidget(self.revised_at, 1, 3)
        header.addWidget(self.filled_by_label, 1, 4)
        header.addWidget(self.filled_by, 1, 5)
        header.addWidget(self.consent_label, 2, 0, 1, 6)
        from ui.style_panel import StyleLine  # the customer's communication style (archive.comm_style)

        self.style_line = StyleLine(actor, customer_id, self, clock=clock)
        header.addWidget(self.style_line, 3, 0, 1, 6)
        self.form_date_label.setBuddy(self.form_date)
        self.filled_by_label.setBuddy(self.filled_by)
        buttons = QHBoxLayout()
        for button in self.buttons[:-1]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft_label)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        order = [self.form_date, self.filled_by] + list(self.editors.values()) + list(self.buttons)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        # connect
        self.save_button.clicked.connect(self.save)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.history_button.clicked.connect(self.show_history)
        self.consent_button.clicked.connect(self.show_consent)
        self.print_button.clicked.connect(self.print_pdf)
        self.erase_button.clicked.connect(self.erase)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.autosave.timeout.connect(self.save_draft)
        for editor in [self.form_date, self.filled_by] + list(self.editors.values()):
            editor.textEdited.connect(self._edited)

        self.retranslateUi()
        self.reload()
        self._offer_draft()
        self._fit_screen()

    def _fit_screen(self) -> None:
        # The form scrolls inside its tabs, so the dialog can be as small as the screen needs:
        # on a 1366x768 laptop (taskbar and title bar included) every button stays visible.
        available = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height() if self.isVisible() else 0
        margin = max(frame, self.fontMetrics().height() * 3)
        self.resize(min(900, available.width() - margin), min(700, available.height() - margin))

    def _build_section(self, section: str) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(2, 1)
        row = 0
        for item in P.items_in(section):
            for index, field in enumerate(item.fields):
                number = QLabel(str(item.number) if item.number and index == 0 else "")
                number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                name = QLabel()
                editor = QLineEdit()
                editor.setObjectName(field.key)
                name.setBuddy(editor)
                mask = QLabel()
                mask.setProperty("role", "hint")
                grid.addWidget(number, row, 0)
                grid.addWidget(name, row, 1)
                grid.addWidget(editor, row, 2)
                grid.addWidget(mask, row, 3)
                self.editors[field.key] = editor
                self.field_section[field.key] = section
                self.field_labels[field.key] = name
                self.mask_labels[field.key] = mask
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.section_pages[section] = self.tabs.addTab(scroll, "")

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("“麦凯66”客户档案"))
        self.form_date_label.setText(self.tr("日期(&D)"))
        self.revised_label.setText(self.tr("最新修定时间"))
        self.filled_by_label.setText(self.tr("填表人(&F)"))
        self.form_date.setPlaceholderText(self.tr("年-月-日"))
        for section, index in self.section_pages.items():
            self.tabs.setTabText(index, label(P.SECTIONS[section]))
        for key, name in self.field_labels.items():
            field = P.FIELDS[key]
            name.setText(label(field.label) + (" ＊" if field.category else ""))
            if field.kind == "date":
                self.editors[key].setPlaceholderText(self.tr("年-月-日"))
        self.save_button.setText(self.tr("保存(&S)"))
        self.history_button.setText(self.tr("历史与对比(&H)"))
        self.consent_button.setText(self.tr("客户同意(&C)"))
        self.print_button.setText(self.tr("打印 PDF(&P)"))
        self.erase_button.setText(self.tr("删除档案(&E)"))
        self.close_button.setText(self.tr("关闭"))
        self._show_view()

    # -- state -----------------------------------------------------------------------------------

    def _actor_now(self):
        return self.actor.at(self._clock())

    def reload(self, keep_typing: bool = False) -> None:
        """Show the stored profile; ``keep_typing`` puts back what was typed and not yet saved."""
        typed = (self.values(), self.form_date.text(), self.filled_by.text()) if keep_typing and self.dirty else None
        actor, reveal = self._actor_now(), self.revealed
        op = run_op(self, lambda: P.load_profile(actor, self.customer_id, reveal=reveal), message_line=self.message)
        if not op.ok:
            return
        self.view = op.result
        self.dirty = False
        for key, editor in self.editors.items():
            editor.setText(self.view.value(key))
        self.form_date.setText(self.view.form_date.isoformat() if self.view.form_date else "")
        self.filled_by.setText(self.view.filled_by or self.actor.user.display_name)
        self._show_view()
        if typed is not None:
            for key, value in typed[0].items():
                if key not in self.view.masked:
                    self.editors[key].setText(value)
            self.form_date.setText(typed[1])
            self.filled_by.setText(typed[2])
            self.dirty = True
        if self.view.key_problem is not None:
            show_message(self.message, _refusal_text(self.view.key_problem), error=True)

    def _show_view(self) -> None:
        view = self.view
        if view is None:
            return
        self.customer_label.setText(self.tr("客户：{name}　档案编号：{number}　修订：第 {revision} 版").format(
            name=view.customer_name, number=view.archive_number or "-", revision=view.revision))
        self.revised_at.setText(view.revised_at.strftime("%Y-%m-%d %H:%M") if view.revised_at else "-")
        if view.consent is None:
            self.consent_label.setText(self.tr("客户同意：未登记（敏感项不能填写）"))
        else:
            self.consent_label.setText(self.tr("客户同意：{date} 登记，文本版本 {version}，范围：{scope}").format(
                date=view.consent.given_on.isoformat(), version=view.consent.text_version,
                scope="、".join(label(P.CATEGORIES[c]) for c in view.consent.scope)))
        for key, editor in self.editors.items():
            reason = view.masked.get(key)
            if reason is not None:
                editor.setText(MASK)
                editor.setReadOnly(True)
                editor.setToolTip(mask_reason(reason))
                self.mask_labels[key].setText(mask_reason(reason))
            else:
                editor.setReadOnly(not self.can_edit)
                editor.setToolTip("")
                self.mask_labels[key].setText("")
        self.form_date.setReadOnly(not self.can_edit)
        self.filled_by.setReadOnly(not self.can_edit)
        self.save_button.setEnabled(self.can_edit)
        self.consent_button.setEnabled(True)
        can_see = P.can_view_sensitive(self.actor)
        self.reveal_button.setVisible(can_see)
        self.reveal_button.setText(self.tr("隐藏敏感项(&V)") if self.revealed else self.tr("显示敏感项(&V)"))
        self.erase_button.setVisible(can(self.actor.user, "profile.erase"))
        self.erase_button.setEnabled(view.exists or view.drafts > 0)  # a draft alone is personal data too
        self.history_button.setEnabled(view.exists)

    def values(self) -> dict[str, str]:
        """What the user may change: every field not masked."""
        masked = self.view.masked if self.view else {}
        return {key: editor.text() for key, editor in self.editors.items() if key not in masked}

    def _form_date(self) -> date | None | bool:
        text = self.form_date.text().strip()
        if not text:
            return None
        parsed = P.parse_date(text)
        return parsed if parsed is not None else False

    # -- keyboard --------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focus_next_field()
            return
        super().keyPressEvent(event)

    def focus_next_field(self) -> None:
        """Enter: the next field in form order, switching tabs at the end of a section."""
        order = [self.form_date, self.filled_by] + list(self.editors.values())
        current = self.focusWidget()
        start = order.index(current) + 1 if current in order else 0
        for widget in order[start:]:
            if not widget.isReadOnly():
                key = widget.objectName()
                if key in P.FIELDS:
                    self.tabs.setCurrentIndex(self.section_pages[self.field_section[key]])
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- actions ---------------------------------------------------------------------------------

    def _edited(self, *_):
        self.dirty = True
        if self.can_edit:
            self.autosave.start()

    def save_draft(self) -> bool:
        if not self.dirty or self.view is None:
            return False
        actor, values, form_date = self._actor_now(), self.values(), self._form_date()
        filled_by, base = self.filled_by.text(), self.view.revision
        op = run_op(self, lambda: P.save_draft(actor, self.customer_id, values, form_date=form_date or None,
                                               filled_by=filled_by, base_revision=base),
                    on_refused=lambda refusal: self.draft_label.setText(
                        self.tr("草稿未能自动保存：{reason}").format(reason=_refusal_text(refusal))))
        if not op.ok:
            return False
        self.draft_label.setText(self.tr("草稿已自动保存 {time}").format(time=self._clock().strftime("%H:%M:%S")))
        return True

    def _offer_draft(self) -> None:
        if not self.can_edit:
            return
        actor = self._actor_now()
        op = run_op(self, lambda: P.load_draft(actor, self.customer_id), message_line=self.message)
        if not op.ok:
            return
        draft = op.result
        if draft is None or not self.ask_restore_draft(self, draft.saved_at):
            return
        for key, value in draft.values.items():
            if key in self.editors and key not in self.view.masked:
                self.editors[key].setText(value)
        if draft.form_date:
            self.form_date.setText(draft.form_date.isoformat())
        if draft.filled_by:
            self.filled_by.setText(draft.filled_by)
        self.dirty = True
        if draft.base_revision != self.view.revision:
            show_message(self.message, self.tr("草稿基于第 {base} 版，档案已被改到第 {now} 版；保存前请核对。").format(
                base=draft.base_revision, now=self.view.revision), error=True)

    def save(self) -> bool:
        if self.view is None or not self.can_edit:
            return False
        form_date = self._form_date()
        if form_date is False:
            show_message(self.message, self.tr("日期“{value}”不是有效日期，请按 年-月-日 填写。").format(
                value=self.form_date.text()), error=True)
            self.form_date.setFocus()
            return False
        self.autosave.stop()
        actor, values, filled_by, expected = self._actor_now(), self.values(), self.filled_by.text(), self.view.revision

        def save():
            saved = P.save_profile(actor, self.customer_id, values, form_date=form_date, filled_by=filled_by,
                                   expected_revision=expected)
            if not saved.fields:
                P.discard_draft(actor, self.customer_id)
            return saved

        def refused(refusal):
            self.dirty = True
            self.save_draft()  # what was typed is kept as a draft, whatever the refusal

        def said(saved):
            if saved.fields:
                return self.tr("已保存为第 {revision} 版（{count} 项有变化）。").format(
                    revision=saved.revision, count=len(saved.fields))
            return self.tr("没有变化，无需保存。")

        op = run_op(self, save, message_line=self.message, success=said, on_refused=refused)
        if not op.ok:
            return False
        self.draft_label.setText("")
        self.reload()
        return True

    def toggle_reveal(self) -> None:
        self.revealed = not self.revealed
        self.reload(keep_typing=True)

    def show_history(self) -> None:
        HistoryDialog(self.actor, self.customer_id, self, reveal=self.revealed, clock=self._clock).exec()

    def show_consent(self) -> None:
        dialog = ConsentDialog(self.actor, self.customer_id, self, clock=self._clock)
        dialog.exec()
        if dialog.changed:
            self.reload(keep_typing=True)

    def print_pdf(self) -> None:
        from archive.profile_print import render_profile_pdf

        path = self.ask_pdf_path(self, f"mackay66-{self.view.archive_number or self.customer_id}.pdf")
        if not path:
            return
        actor, sensitive = self._actor_now(), self.revealed
        run_op(self, lambda: render_profile_pdf(actor, path, self.customer_id, include_sensitive=sensitive),
               message_line=self.message,
               success=lambda pages: self.tr("已打印到 {path}（{pages} 页）。").format(path=path, pages=pages))

    def erase(self) -> None:
        if not self.ask_confirm(self, self.tr("删除档案"), self.tr(
                "按客户要求删除 {name} 的全部“麦凯66”档案内容及修订历史？此操作不能撤销；审计日志只记录删除这件事。").format(
                name=self.view.customer_name)):
            return
        actor = self._actor_now()

        def erased(_):
            self.revealed = False
            self.reload()
            show_message(self.message, self.tr("档案已删除。"), error=False)

        run_op(self, lambda: P.erase_profile(actor, self.customer_id), message_line=self.message, on_done=erased)

    def reject(self) -> None:
        """关闭, Esc and the title bar's X all end here (QDialog's closeEvent calls reject): with
        unsaved typing, ask to save, discard or stay; only then close."""
        if not self.may_close():
            return
        self.autosave.stop()
        super().reject()

    def keep_as_draft(self) -> str | None:
        """Close without asking anyone, unsaved typing kept as this dialog's user's draft (another
        user logged in at the locked window and may not answer for it; the draft is offered
        when this user opens the profile again). "draft" or "closed" (nothing was unsaved);
        None when the draft could not be saved: the dialog stays open."""
        kept = self.dirty and self.can_edit and self.view is not None
        if kept and not self.save_draft():
            return None
        self.dirty = False
        self.autosave.stop()
        super().reject()
        return "draft" if kept else "closed"

    def may_close(self) -> bool:
        """True when nothing typed is left unsaved (saved, or discarded on purpose)."""
        if not self.dirty or not self.can_edit or self.view is None:
            return True
        answer = self.ask_unsaved(self)
        if answer == "save":
            return self.save()  # a refused save keeps the dialog open with its message
        if answer == "discard":
            self.autosave.stop()
            actor = self._actor_now()
            if not run_op(self, lambda: P.discard_draft(actor, self.customer_id), message_line=self.message).ok:
                return False
            self.dirty = False
            return True
        return False

    # -- seams for tests -------------------------------------------------------------------------
    # They are classmethods: parent.tr() would file their texts under a context named "parent"
    # that no translation matches, so they name the dialog's context themselves.

    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> str:
        """保存 / 放弃 / 取消 for unsaved typing: "save", "discard" or "cancel"."""
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Question, translate("ProfileDialog", "未保存的修改"),
                          translate("ProfileDialog", "档案有未保存的修改。关闭前是否保存？"), parent=parent)
        save = box.addButton(translate("ProfileDialog", "保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("ProfileDialog", "放弃修改(&D)"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("ProfileDialog", "取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        return {save: "save", discard: "discard"}.get(box.clickedButton(), "cancel")

    @classmethod
    def ask_restore_draft(cls, parent: QWidget, saved_at: datetime) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("ProfileDialog", "未保存的草稿"),
            QCoreApplication.translate("ProfileDialog", "有 {time} 自动保存的草稿，是否恢复？").format(
                time=saved_at.strftime("%Y-%m-%d %H:%M")))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_pdf_path(cls, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ProfileDialog", "保存 PDF"),
                                              suggested, "PDF (*.pdf)")
        return path or None


class HistoryDialog(Retranslating, QDialog):
    """The revisions (who, when, which items) and two of them side by side."""

    def __init__(self, actor, customer_id: int, parent: QWidget | None = None, *, reveal: bool = False,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor, self.customer_id, self.reveal, self._clock = actor, customer_id, reveal, clock
        self.revisions = P.history(actor, customer_id)

        self.list = QTableWidget(0, 3)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.first, self.second = QComboBox(), QComboBox()
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.only_changed = QCheckBox()
        self.only_changed.setChecked(True)
        self.compare_table = QTableWidget(0, 4)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.close_button = QPushButton()
        for rev in self.revisions:
            text = f"{rev.number}  {rev.at:%Y-%m-%d %H:%M}  {rev.user}"
            self.first.addItem(text, rev.number)
            self.second.addItem(text, rev.number)
        self.first.setCurrentIndex(max(0, len(self.revisions) - 2))
        self.second.setCurrentIndex(max(0, len(self.revisions) - 1))

        picker = QHBoxLayout()
        for widget in (self.first_label, self.first, self.second_label, self.second, self.only_changed):
            picker.addWidget(widget)
        picker.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(picker)
        layout.addWidget(self.compare_table, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

        self.first.currentIndexChanged.connect(self.compare)
        self.second.currentIndexChanged.connect(self.compare)
        self.only_changed.toggled.connect(self.compare)
        self.close_button.clicked.connect(self.accept)
        self.retranslateUi()
        self.resize(900, 650)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("档案修订历史"))
        self.list.setHorizontalHeaderLabels([self.tr("版本"), self.tr("时间 / 修改人"), self.tr("修改的项目")])
        self.first_label.setText(self.tr("对比版本(&A)"))
        self.second_label.setText(self.tr("与版本(&B)"))
        self.only_changed.setText(self.tr("只显示有变化的项目(&O)"))
        self.close_button.setText(self.tr("关闭"))
        self._fill_list()
        self.compare()

    @staticmethod
    def field_name(key: str) -> str:
        if key in HEADER_LABELS:
            return QCoreApplication.translate("Profile", HEADER_LABELS[key])
        return label(P.FIELDS[key].label)

    def _fill_list(self) -> None:
        self.list.setRowCount(len(self.revisions))
        for row, rev in enumerate(self.revisions):
            changed = "、".join(self.field_name(key) for key in rev.fields if key in P.FIELDS or key in HEADER_LABELS)
            if rev.sensitive_erased:
                changed += self.tr("（敏感项已删除）")
            for column, text in enumerate((str(rev.number), f"{rev.at:%Y-%m-%d %H:%M}  {rev.user}", changed)):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.list.resizeColumnsToContents()

    def compare(self, *_) -> None:
        self.compare_table.setHorizontalHeaderLabels([
            self.tr("序号"), self.tr("项目"), self.tr("版本 {n}").format(n=self.first.currentData() or "-"),
            self.tr("版本 {n}").format(n=self.second.currentData() or "-")])
        if not self.revisions:
            self.compare_table.setRowCount(0)
            return
        actor, first, second = self.actor.at(self._clock()), self.first.currentData(), self.second.currentData()
        op = run_op(self, lambda: P.compare_revisions(actor, self.customer_id, first, second, reveal=self.reveal),
                    message_line=self.message)
        if not op.ok:
            return
        rows = op.result
        if self.only_changed.isChecked():
            rows = [row for row in rows if row.changed]
        self.compare_table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for index, row in enumerate(rows):
            number = str(P.FIELDS[row.key].item) if row.key in P.FIELDS and P.FIELDS[row.key].item else ""
            if row.masked:
                first = second = f"{MASK} {mask_reason(row.masked)}"
            else:
                first, second = row.first, row.second
            cells = (number, self.field_name(row.key), first, second)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.changed:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#FFF4CC")))
                self.compare_table.setItem(index, column, item)
        self.compare_table.resizeColumnsToContents()


CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "ConsentDialog",
    "客户已阅读并签署《敏感个人信息单独同意书》：同意本公司为提供个性化服务，在所选范围内记录其敏感个人信息；"
    "仅授权人员可查看，查看与打印均有记录；客户可随时撤回同意，撤回后相关信息即被隐藏并删除。",
)


class ConsentDialog(QDialog):
    """The customer's separate consent to sensitive items: record (date, text version, scope) or withdraw."""

    def __init__(self, actor, customer_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor, self.customer_id, self._clock = actor, customer_id, clock
        self.changed = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.given_on_label, self.version_label, self.scope_label = QLabel(), QLabel(), QLabel()
        self.given_on = DateEdit()
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        today = clock().date()
        self.given_on.setDate(QDate(today.year, today.month, today.day))
        self.version = QLineEdit(P.CONSENT_TEXT_VERSION)
        self.given_on_label.setBuddy(self.given_on)
        self.version_label.setBuddy(self.version)
        self.scope = {category: QCheckBox() for category in P.CATEGORIES}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.record_button, self.withdraw_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.record_button, self.withdraw_button, self.close_button):
            button.setAutoDefault(False)

        grid = QGridLayout()
        grid.addWidget(self.given_on_label, 0, 0)
        grid.addWidget(self.given_on, 0, 1)
        grid.addWidget(self.version_label, 1, 0)
        grid.addWidget(self.version, 1, 1)
        grid.addWidget(self.scope_label, 2, 0)
        boxes = QVBoxLayout()
        for box in self.scope.values():
            boxes.addWidget(box)
        grid.addLayout(boxes, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        # Enter moves through date, version and scope and records on the last; Ctrl+Enter records.
        self.record_button.clicked.connect(keyboard_form(self, self.record, self.message).submit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button.clicked.connect(self.accept)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("客户单独同意（敏感个人信息）"))
        self.text.setText(QCoreApplication.translate("ConsentDialog", CONSENT_TEXT))
        self.given_on_label.setText(self.tr("签署日期(&G)"))
        self.version_label.setText(self.tr("同意书版本(&V)"))
        self.scope_label.setText(self.tr("同意范围"))
        for category, box in self.scope.items():
            box.setText(label(P.CATEGORIES[category]))
        self.record_button.setText(self.tr("登记同意(&R)"))
        self.withdraw_button.setText(self.tr("撤回同意并删除敏感项(&W)"))
        self.close_button.setText(self.tr("关闭"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.refresh()
        super().changeEvent(event)

    def _actor_now(self):
        return self.actor.at(self._clock())

    def refresh(self) -> None:
        active = [c for c in P.consents(self.actor, self.customer_id) if c.withdrawn_at is None]
        if active:
            consent = active[0]
            self.status.setText(self.tr("当前同意：{date} 签署，{by} 登记，版本 {version}，范围：{scope}").format(
                date=consent.given_on.isoformat(), by=consent.recorded_by, version=consent.text_version,
                scope="、".join(label(P.CATEGORIES[c]) for c in consent.scope)))
            for category, box in self.scope.items():
                box.setChecked(category in consent.scope)
        else:
            self.status.setText(self.tr("当前没有有效的同意。"))
        editable = can(self.actor.user, "profile.edit")
        self.record_button.setEnabled(editable)
        self.withdraw_button.setEnabled(editable and bool(active))

    def record(self) -> None:
        given = self.given_on.date()
        actor, scope, version = self._actor_now(), [c for c, box in self.scope.items() if box.isChecked()], self.version.text()
        run_op(self, lambda: P.record_consent(actor, self.customer_id,
                                              given_on=date(given.year(), given.month(), given.day()),
                                              scope=scope, text_version=version),
               message_line=self.message, success=lambda _: self.tr("已登记客户同意。"), on_done=self._changed,
               on_refused=lambda refusal: refuse(refusal, self.message, {
                   "profile.consent_future": self.given_on, "profile.consent_version_required": self.version,
                   "profile.consent_scope_empty": next(iter(self.scope.values()), None)}))

    def _changed(self, _=None) -> None:
        self.changed = True
        self.refresh()

    def withdraw(self) -> None:
        if not ProfileDialog.ask_confirm(self, self.tr("撤回同意"), self.tr(
                "客户撤回同意后，所有敏感项及其修订历史将立即删除，不能恢复。继续？")):
            return
        actor = self._actor_now()
        run_op(self, lambda: P.withdraw_consent(actor, self.customer_id), message_line=self.message,
               success=lambda erased: self.tr("同意已撤回，已删除 {fields} 项敏感信息及 {revisions} 个版本中的敏感内容。").format(
                   fields=erased.fields, revisions=erased.revisions),
               on_done=self._changed)


def open_profile(parent: QWidget | None, context, customer_id: int) -> ProfileDialog:
    """Open the Mackay 66 editor for a customer (non-modal); the 客户 page calls this."""
    dialog = ProfileDialog(context.actor, customer_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

"""A customer's communication style (archive.comm_style) on the screens where a clerk talks to them.

- ``StyleLine``: one line for the profile window: the recorded style, who recorded it when, and
  判断沟通风格 (the questions) to record or change it.
- ``StylePanel``: the guidance of the customer's style (how they decide, what persuades them,
  what to do when they lose their temper), beside the callback form and the complaints list;
  判断 for the clerk, 编辑指引 for the manager.
- ``StyleDialog``: the six questions along the two axes; the answers suggest a style, the clerk
  confirms it or picks another. ``GuidanceDialog``: the manager's wording of a style's guidance.
- ``add_style_panel(dialog, customer_id)`` / ``follow_selection(panel)`` put a panel into a form
  or beside a list with one line in their owner, whatever its layout.

Dialogs are reached through ``ask()`` classmethods the tests replace; a refusal stays in the dialog
with what was chosen kept. Domain labels are translated in the "StyleLabels" context.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLayout, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from archive import comm_style
from common.clock import branch_now
from ui.forms import submit_values
from ui.retranslate import Retranslating

LABELS = "StyleLabels"


def label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text) if text else ""


def style_name(code: str | None) -> str:
    return label(comm_style.STYLES[code]) if code else ""


class StyleDialog(Retranslating, QDialog):
    """The questions along the two axes; the suggestion follows the answers; OK records the style
    chosen in 风格 (the suggestion unless the clerk picks another)."""

    def __init__(self, customer_name: str, parent: QWidget | None = None, submit: Callable[[dict], object] | None = None,
                 current: str | None = None):
        super().__init__(parent)
        self.customer_name, self.submit = customer_name, submit
        self.result_value = None
        self.chosen_by_hand = False
        # create
        self.question_labels: dict[str, QLabel] = {}
        self.answers: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.groups: dict[str, QButtonGroup] = {}
        for question in comm_style.QUESTIONS:
            self.question_labels[question.code] = QLabel()
            pair = (QRadioButton(), QRadioButton())
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
            self.answers[question.code], self.groups[question.code] = pair, group
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.style = QComboBox()
        for _ in comm_style.STYLES:
            self.style.addItem("")
        # Nothing chosen until the answers suggest a style or the clerk picks one: OK without
        # either is refused rather than recording the first style of the list.
        self.style.setCurrentIndex(list(comm_style.STYLES).index(current) if current in comm_style.STYLES else -1)
        self.style_label = QLabel()
        self.style_label.setBuddy(self.style)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # lay out
        grid = QGridLayout()
        for row, question in enumerate(comm_style.QUESTIONS):
            grid.addWidget(self.question_labels[question.code], row, 0)
            grid.addWidget(self.answers[question.code][0], row, 1)
            grid.addWidget(self.answers[question.code][1], row, 2)
        form = QFormLayout()
        form.addRow(self.style_label, self.style)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.suggestion)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # connect
        for group in self.groups.values():
            group.buttonToggled.connect(lambda *_: self._suggest())
        self.style.activated.connect(lambda _: setattr(self, "chosen_by_hand", True))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("StylePanel", "判断沟通风格：{customer}").format(customer=self.customer_name))
        for question in comm_style.QUESTIONS:
            self.question_labels[question.code].setText(label(question.text))
            self.answers[question.code][0].setText(label(question.a))
            self.answers[question.code][1].setText(label(question.b))
        for index, code in enumerate(comm_style.STYLES):
            self.style.setItemText(index, f"{style_name(code)}（{label(comm_style.STYLE_AXES[code])}）")
        self.style_label.setText(QCoreApplication.translate("StylePanel", "风格(&S)："))
        self.style.setPlaceholderText(QCoreApplication.translate("StylePanel", "回答问题后自动建议，也可直接选择"))
        self._suggest()

    def answer_map(self) -> dict[str, str]:
        chosen = {}
        for code, (a, b) in self.answers.items():
            if a.isChecked() or b.isChecked():
                chosen[code] = "a" if a.isChecked() else "b"
        return chosen

    def _suggest(self) -> None:
        chosen = self.answer_map()
        if len(chosen) < len(comm_style.QUESTIONS):
            self.suggestion.setText(QCoreApplication.translate("StylePanel", "已回答 {done}/{total} 个问题；全部回答后给出建议的风格。").format(
                done=len(chosen), total=len(comm_style.QUESTIONS)))
            return
        suggested = comm_style.suggest(chosen)
        self.suggestion.setText(QCoreApplication.translate("StylePanel", "建议：{style}（支配 {dominant}/3，外显 {expressive}/3）。可在下面改选。").format(
            style=style_name(suggested.style), dominant=suggested.dominant, expressive=suggested.expressive))
        if not self.chosen_by_hand:
            self.style.setCurrentIndex(list(comm_style.STYLES).index(suggested.style))

    def values(self) -> dict:
        index = self.style.currentIndex()
        return {"style": list(comm_style.STYLES)[index] if index >= 0 else None, "answers": self.answer_map() or None}

    def try_accept(self) -> None:
        def field(refusal):
            if refusal.code == "style.unanswered":
                return next(pair[0] for code, pair in self.answers.items() if code not in self.answer_map())
            return self.style

        submit_values(self, self.submit, self.values(), self.message, field)

    @classmethod
    def ask(cls, parent: QWidget, customer_name: str, submit: Callable[[dict], object] | None = None,
            current: str | None = None):
        dialog = cls(customer_name, parent, submit, current)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class GuidanceDialog(QDialog):
    """The manager's wording of one style's guidance, one box per topic; OK saves the changed ones."""

    def __init__(self, actor_now: Callable[[], object], style: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor_now = actor_now
        self.style_code = style
        self.texts: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        self.style = QComboBox()
        for _ in comm_style.STYLES:
            self.style.addItem("")
        self.style.setCurrentIndex(list(comm_style.STYLES).index(style))
        self.style_label = QLabel()
        self.style_label.setBuddy(self.style)
        form.addRow(self.style_label, self.style)
        for topic in comm_style.TOPICS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
            self.texts[topic], self.labels[topic] = box, QLabel()
            self.labels[topic].setBuddy(box)
            form.addRow(self.labels[topic], box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.style.currentIndexChanged.connect(lambda index: self.load(list(comm_style.STYLES)[index]))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()
        self.load(style)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("StylePanel", "沟通风格指引"))
        self.style_label.setText(QCoreApplication.translate("StylePanel", "风格(&S)："))
        for index, code in enumerate(comm_style.STYLES):
            self.style.setItemText(index, style_name(code))
        for topic, text in comm_style.TOPICS.items():
            self.labels[topic].setText(label(text) + "：")

    def load(self, style: str) -> None:
        self.style_code = style
        self.loaded = comm_style.guidance(style)
        for topic, box in self.texts.items():
            box.setPlainText(self.loaded[topic])

    def values(self) -> dict:
        return {"style": self.style_code, "texts": {topic: box.toPlainText() for topic, box in self.texts.items()}}

    def try_accept(self) -> None:
        def save(values):
            changed = {t: text for t, text in values["texts"].items() if text.strip() != self.loaded[t]}
            for topic, text in changed.items():
                comm_style.set_guidance(self.actor_now(), values["style"], topic, text)
            return len(changed)

        submit_values(self, save, self.values(), self.message,
                      lambda refusal: next((box for box in self.texts.values() if not box.toPlainText().strip()),
                                           self.texts[comm_style.DECIDES]))

    @classmethod
    def ask(cls, parent: QWidget, actor_now: Callable[[], object], style: str):
        dialog = cls(actor_now, style, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _record(owner, customer_id: int, name: str, current: str | None) -> bool:
    """判断沟通风格 for ``owner`` (a StyleLine or StylePanel): True once a style was recorded."""
    done = StyleDialog.ask(owner, name, lambda values: comm_style.record_style(
        owner.actor.at(owner._clock()), customer_id, values["style"], values["answers"]), current)
    return done is not None


class StyleLine(Retranslating, QWidget):
    """The profile window's line: 沟通风格：控制型（支配 / 内敛），王丽 2026-11-23 登记  [判断沟通风格]."""

    def __init__(self, actor, customer_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor, self.customer_id, self._clock = actor, customer_id, clock
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setEnabled(can(actor.user, "profile.edit"))
        self.button.setAutoDefault(False)  # the profile window's default is not the style questions
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.judge)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.button.setText(QCoreApplication.translate("StylePanel", "判断沟通风格(&J)"))
        self.refresh()

    def refresh(self) -> None:
        self.text.setText(describe(comm_style.current_style(self.customer_id)))

    def judge(self) -> None:
        from archive.models import Customer

        name = Customer.select(Customer.name).where(Customer.id == self.customer_id).scalar() or ""
        row = comm_style.current_style(self.customer_id)
        if _record(self, self.customer_id, name, row.style if row else None):
            self.refresh()


def describe(row) -> str:
    if row is None:
        return QCoreApplication.translate("StylePanel", "沟通风格：未登记")
    return QCoreApplication.translate("StylePanel", "沟通风格：{style}（{axes}），{user} {at} 登记").format(
        style=style_name(row.style), axes=label(comm_style.STYLE_AXES[row.style]),
        user=row.recorded_by.display_name, at=comm_style.recorded_at_text(row))


class StylePanel(Retranslating, QFrame):
    """The guidance of one customer's style; ``set_customer(None)`` shows what to do first."""

    def __init__(self, actor, customer_id: int | None = None, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor, self._clock = actor, clock
        self.customer_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("sectionTitle")
        self.topic_labels = {topic: QLabel() for topic in comm_style.TOPICS}
        self.topic_texts = {topic: QLabel() for topic in comm_style.TOPICS}
        for text in self.topic_texts.values():
            text.setWordWrap(True)
        # Without an actor (a form opened on its own) the panel only reads.
        self.judge_button = QPushButton()
        self.judge_button.setVisible(actor is not None)
        self.edit_button = QPushButton()
        self.edit_button.setVisible(actor is not None and can(actor.user, "style.guidance"))
        # The panel sits in other forms (callback, complaint call): Enter there is theirs, never 判断风格.
        for button in (self.judge_button, self.edit_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for topic in comm_style.TOPICS:
            layout.addWidget(self.topic_labels[topic])
            layout.addWidget(self.topic_texts[topic])
        buttons = QHBoxLayout()
        buttons.addWidget(self.judge_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.judge_button.clicked.connect(self.judge)
        self.edit_button.clicked.connect(self.edit_guidance)
        self.retranslateUi()
        self.set_customer(customer_id)

    def retranslateUi(self) -> None:
        self.judge_button.setText(QCoreApplication.translate("StylePanel", "判断风格(&J)"))
        self.edit_button.setText(QCoreApplication.translate("StylePanel", "编辑指引"))
        for topic, text in comm_style.TOPICS.items():
            self.topic_labels[topic].setText(f"<b>{label(text)}</b>")
        self.refresh()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def style(self) -> str | None:
        row = comm_style.current_style(self.customer_id) if self.customer_id else None
        return row.style if row else None

    def refresh(self) -> None:
        style = self.style()
        self.judge_button.setEnabled(self.customer_id is not None and self._may_record())
        if self.customer_id is None:
            self.title.setText(QCoreApplication.translate("StylePanel", "沟通风格：没有对应的客户档案"))
        elif style is None:
            self.title.setText(QCoreApplication.translate("StylePanel", "沟通风格：未登记。按“判断风格”回答几个问题。"))
        else:
            self.title.setText(QCoreApplication.translate("StylePanel", "沟通风格：{style}（{axes}）").format(
                style=style_name(style), axes=label(comm_style.STYLE_AXES[style])))
        texts = comm_style.guidance(style) if style else {}
        for topic, widget in self.topic_texts.items():
            widget.setText(label(texts.get(topic, "")))
            self.topic_labels[topic].setVisible(bool(style))
            widget.setVisible(bool(style))
        self.edit_button.setEnabled(bool(style))

    def _may_record(self) -> bool:
        from common.auth import can

        return self.actor is not None and can(self.actor.user, "profile.edit")

    def judge(self) -> None:
        from archive.models import Customer

        if self.customer_id is None:
            return
        name = Customer.select(Customer.name).where(Customer.id == self.customer_id).scalar() or ""
        if _record(self, self.customer_id, name, self.style()):
            self.refresh()

    def edit_guidance(self) -> None:
        style = self.style()
        if style and GuidanceDialog.ask(self, lambda: self.actor.at(self._clock()), style) is not None:
            self.refresh()


def add_style_panel(dialog: QDialog, customer_id: int | None) -> StylePanel:
    """The style panel in a form: a column of its own when the form already has columns (the
    callback form with its scripts), else under the form's first row (its header)."""
    actor = getattr(dialog, "actor", None) or getattr(dialog.parent(), "actor", None)
    clock = getattr(dialog.parent(), "_clock", branch_now)
    panel = StylePanel(actor, customer_id, dialog, clock=clock)
    layout: QLayout = dialog.layout()
    if isinstance(layout, QHBoxLayout):
        layout.addWidget(panel, 2)
    else:
        layout.insertWidget(1, panel)
    return panel


def follow_selection(list_panel) -> StylePanel:
    """A style panel beside ``list_panel.list`` (a complaints list) showing the selected row's
    customer, the row's model having ``customer`` (a Complaint)."""
    from archive.complaints import Complaint

    panel = StylePanel(list_panel.actor, None, list_panel, clock=list_panel._clock)
    view = list_panel.list
    holder = view.parentWidget().layout()
    container = QWidget(list_panel)
    row = QHBoxLayout(container)
    row.setContentsMargins(0, 0, 0, 0)
    holder.replaceWidget(view, container)
    row.addWidget(view, 3)
    row.addWidget(panel, 1)

    def selected(*_):
        key = view.current_key()
        customer = (Complaint.select(Complaint.customer).where(Complaint.id == key).scalar()
                    if key is not None else None)
        panel.set_customer(customer)

    view.table.selectionModel().currentRowChanged.connect(selected)
    view.table.model().modelReset.connect(selected)
    return panel

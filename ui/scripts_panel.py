"""Call scripts beside the callback and complaint forms, and the manager's library of scripts and
survey forms (archive.scripts).

- ``ScriptsPanel``: the scripts of one kind of call; choosing the situation (客户生气, 非车主本人
  接听...) shows what to say. Read-only, for everyone who makes the calls.
- ``ScriptLibraryPanel``: the 客服 page's 话术 tab: every script of every version, 新建/修改 and
  停用 for the manager (``scripts.manage``), and 调查表 (the survey items and scale per kind).
- ``ScriptDialog`` / ``SurveyFormDialog``: the two editors; OK hands the values to the domain
  while the dialog is open, a refusal stays in it with the field marked and everything kept.

Scripts and items the manager typed are shown as typed; the seeded labels (situations, kinds,
the version 1 items) are translated through the "ServiceLabels" context.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from archive import scripts
from common.clock import branch_now
from ui.forms import keyboard_form, set_invalid, submit_values
from ui.retranslate import Retranslating
from ui.runner import PageActions

LABELS = "ServiceLabels"


def label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text) if text else ""


def message_and_buttons() -> tuple[QLabel, QDialogButtonBox]:
    """A dialog's refusal line (hidden until a refusal) and its OK / Cancel."""
    message = QLabel()
    message.setWordWrap(True)
    message.setProperty("role", "error")
    message.hide()
    return message, QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)


# Merge fields a script may hold; the form fills them for the customer being called.
MERGE_FIELDS = ("客户", "分公司")


class ScriptsPanel(Retranslating, QWidget):
    """What to say in each situation of one kind of call (``set_kind``). ``fields`` fills the
    scripts' merge fields ({客户}, {分公司}) for the call at hand."""

    def __init__(self, kind: str, parent: QWidget | None = None, fields: dict[str, str] | None = None):
        super().__init__(parent)
        self.kind = kind
        self.fields = dict(fields or {})
        self.codes: list[str] = []
        # create
        self.heading = QLabel()
        self.situation = QComboBox()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        # lay out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.situation)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        # connect
        self.situation.currentIndexChanged.connect(lambda _: self.show_script())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("回访话术(&H)"))
        self.heading.setBuddy(self.situation)
        self.set_kind(self.kind)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        chosen = self.current_situation()
        self.library = scripts.active_scripts(kind)
        self.codes = list(self.library)
        self.situation.blockSignals(True)
        self.situation.clear()
        for code in self.codes:
            self.situation.addItem(label(scripts.SITUATIONS[code]))
        self.situation.blockSignals(False)
        if chosen in self.codes:
            self.situation.setCurrentIndex(self.codes.index(chosen))
        self.situation.setEnabled(bool(self.codes))
        self.show_script()

    def current_situation(self) -> str | None:
        index = self.situation.currentIndex() if hasattr(self, "situation") else -1
        return self.codes[index] if 0 <= index < len(self.codes) else None

    def choose(self, situation: str) -> None:
        self.situation.setCurrentIndex(self.codes.index(situation))

    def show_script(self) -> None:
        code = self.current_situation()
        if code is None:
            self.title.setText(self.tr("这类回访还没有话术；经理可在“话术”页添加。"))
            self.body.setPlainText("")
            return
        script = self.library[code]
        body = script.body
        for name, value in self.fields.items():
            body = body.replace("{" + name + "}", value)
        self.title.setText(f"<b>{script.title}</b>")
        self.body.setPlainText(body)


# -- the manager's library ------------------------------------------------------------------------

class ScriptDialog(Retranslating, QDialog):
    """Write a script, or the next version of one (kind and situation fixed then)."""

    def __init__(self, parent: QWidget | None = None, script: scripts.CallScript | None = None,
                 submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.submit = submit
        self.result_value = None
        # create
        self.kind = QComboBox()
        for _ in scripts.SCRIPT_KINDS:
            self.kind.addItem("")
        self.situation = QComboBox()
        for _ in scripts.SITUATIONS:
            self.situation.addItem("")
        self.title = QLineEdit()
        self.title.setMaxLength(scripts.TITLE_MAX)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.labels = [QLabel() for _ in range(4)]
        self.message, self.buttons = message_and_buttons()
        if script is not None:
            self.kind.setCurrentIndex(list(scripts.SCRIPT_KINDS).index(script.kind))
            self.situation.setCurrentIndex(list(scripts.SITUATIONS).index(script.situation))
            self.kind.setEnabled(False)
            self.situation.setEnabled(False)
            self.title.setText(script.title)
            self.body.setPlainText(script.body)
        # lay out
        layout = QVBoxLayout(self)
        for text_label, field in zip(self.labels, (self.kind, self.situation, self.title, self.body)):
            text_label.setBuddy(field)
            layout.addWidget(text_label)
            layout.addWidget(field)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28)
        # connect
        self.keys = keyboard_form(self, self.try_accept, self.message)
        self.buttons.accepted.connect(self.keys.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("回访话术"))
        for text_label, text in zip(self.labels, (self.tr("回访类型(&K)"), self.tr("情形(&S)"), self.tr("标题(&T)"),
                                                  self.tr("话术内容(&B)"))):
            text_label.setText(text)
        for index, text in enumerate(scripts.SCRIPT_KINDS.values()):
            self.kind.setItemText(index, label(text))
        for index, text in enumerate(scripts.SITUATIONS.values()):
            self.situation.setItemText(index, label(text))

    def values(self) -> dict:
        return dict(kind=list(scripts.SCRIPT_KINDS)[self.kind.currentIndex()],
                    situation=list(scripts.SITUATIONS)[self.situation.currentIndex()],
                    title=self.title.text(), body=self.body.toPlainText())

    def try_accept(self) -> None:
        submit_values(self, self.submit, self.values(), self.message, {
            "scripts.title_required": self.title, "scripts.title_too_long": self.title,
            "scripts.body_required": self.body, "scripts.body_too_long": self.body, "scripts.unchanged": self.body})

    @classmethod
    def ask(cls, parent: QWidget, script, submit: Callable[[dict], object]):
        """What ``submit(values)`` returned once it went through, or None when cancelled."""
        dialog = cls(parent, script, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class SurveyFormDialog(QDialog):
    """The score items (in order) and the scale of one kind's survey; saved as its next version.
    An item keeps its code while its row stays, so its scores compare across versions."""

    def __init__(self, kind: str, parent: QWidget | None = None, submit: Callable[[dict], object] | None = None):
        super().__init__(parent)
        self.kind = kind
        self.submit = submit
        self.result_value = None
        form = scripts.current_form(kind)
        # create
        self.header = QLabel()
        self.items = QTableWidget(0, 1)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for code, text in form.items.items():
            self._append(code, label(text) if code in _SEEDED_CODES else text, text)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.scale = QSpinBox()
        self.scale.setRange(scripts.SCALE_MIN_MAX, scripts.SCALE_MAX_MAX)
        self.scale.setValue(form.scale_max)
        self.scale_label = QLabel()
        self.scale_label.setBuddy(self.scale)
        self.message, self.buttons = message_and_buttons()
        self.version = form.version
        # lay out
        row = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.scale_label)
        row.addWidget(self.scale)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 26)
        # connect
        self.add_button.clicked.connect(lambda: self._append(None, "", ""))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("回访调查表"))
        self.header.setText(self.tr("{kind}调查表：当前第 {version} 版。保存后从下一次回访起使用新版本，"
                                    "已回访的评分仍按原版本统计。").format(
            kind=label(scripts.SCRIPT_KINDS[self.kind]), version=self.version))
        self.items.setHorizontalHeaderLabels([self.tr("评分项目")])
        self.add_button.setText(self.tr("添加项目(&A)"))
        self.remove_button.setText(self.tr("删除项目(&D)"))
        self.up_button.setText(self.tr("上移(&U)"))
        self.down_button.setText(self.tr("下移(&W)"))
        self.scale_label.setText(self.tr("满分(&M)："))

    def _append(self, code: str | None, shown: str, source: str) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        cell = QTableWidgetItem(shown)
        # The code, and the label as stored: a seeded item shown in English keeps its Chinese label.
        cell.setData(Qt.ItemDataRole.UserRole, (code, shown, source))
        self.items.setItem(row, 0, cell)
        if code is None:
            self.items.setCurrentCell(row, 0)
            self.items.editItem(cell)

    def _remove(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        taken = self.items.takeItem(row, 0)
        other = self.items.takeItem(target, 0)
        self.items.setItem(row, 0, other)
        self.items.setItem(target, 0, taken)
        self.items.setCurrentCell(target, 0)

    def values(self) -> dict:
        rows = []
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, 0)
            code, shown, source = cell.data(Qt.ItemDataRole.UserRole)
            text = cell.text().strip()
            rows.append((code, source if text == shown and source else text))
        return dict(kind=self.kind, items=rows, scale_max=self.scale.value())

    def _refused_field(self, refusal) -> QWidget | None:
        row = refusal.facts.get("row")
        if isinstance(row, int) and 1 <= row <= self.items.rowCount():
            self.items.setCurrentCell(row - 1, 0)
            return self.items
        return self.scale if refusal.code == "scripts.scale_range" else self.items

    def try_accept(self) -> None:
        set_invalid(self.items, False)
        submit_values(self, self.submit, self.values(), self.message, self._refused_field)

    @classmethod
    def ask(cls, parent: QWidget, kind: str, submit: Callable[[dict], object]):
        dialog = cls(kind, parent, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


# Codes of the items the program had fixed in code (version 1): their labels are translated.
_SEEDED_CODES = {"reception", "consultant", "test_drive", "delivery", "paperwork", "overall", "repair_quality",
                 "timeliness", "price", "cleanliness", "vehicle", "service"}


class ScriptLibraryPanel(PageActions, Retranslating, QWidget):
    """The 话术 tab: the library of scripts and the survey forms."""

    def __init__(self, actor, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor = actor
        self._clock = clock
        self.editable = can(actor.user, "scripts.manage")
        self.rows: list[scripts.CallScript] = []
        # create
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("")
        for _ in scripts.SCRIPT_KINDS:
            self.kind_combo.addItem("")
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.retire_button = QPushButton()
        self.survey_combo = QComboBox()
        for _ in scripts.SURVEY_KINDS:
            self.survey_combo.addItem("")
        self.survey_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.preview = QTextBrowser()
        # lay out
        bar = QHBoxLayout()
        for widget in (self.kind_combo, self.new_button, self.edit_button, self.retire_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.survey_combo)
        bar.addWidget(self.survey_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        # connect
        self.kind_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit(new=False))
        self.table.itemSelectionChanged.connect(self._preview)
        self.table.itemActivated.connect(lambda _: self.edit(new=False) if self.editable else None)
        self.retire_button.clicked.connect(self.retire)
        self.survey_button.clicked.connect(self.edit_survey)
        self.retranslateUi()
        for button in (self.new_button, self.edit_button, self.retire_button, self.survey_button):
            button.setEnabled(self.editable)

    def retranslateUi(self) -> None:
        self.kind_combo.setItemText(0, self.tr("全部回访类型"))
        for index, text in enumerate(scripts.SCRIPT_KINDS.values(), start=1):
            self.kind_combo.setItemText(index, label(text))
        for index, kind in enumerate(scripts.SURVEY_KINDS):
            self.survey_combo.setItemText(index, label(scripts.SCRIPT_KINDS[kind]))
        self.new_button.setText(self.tr("新建话术(&N)"))
        self.edit_button.setText(self.tr("修改话术(&E)"))
        self.retire_button.setText(self.tr("停用话术(&R)"))
        self.survey_button.setText(self.tr("修改调查表(&Q)"))
        self.refresh()

    def actor_now(self):
        return self.actor.at(self._clock())

    def refresh(self) -> None:
        if not hasattr(self, "table"):
            return
        kind_index = self.kind_combo.currentIndex()
        query = scripts.library()
        if kind_index > 0:
            query = query.where(scripts.CallScript.kind == list(scripts.SCRIPT_KINDS)[kind_index - 1])
        self.rows = list(query)
        headers = [self.tr("回访类型"), self.tr("情形"), self.tr("版本"), self.tr("状态"), self.tr("标题"), self.tr("保存时间")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, s in enumerate(self.rows):
            for c, value in enumerate((label(scripts.SCRIPT_KINDS[s.kind]), label(scripts.SITUATIONS[s.situation]),
                                       str(s.version), label(scripts.STATE_LABELS[s.state]), s.title,
                                       f"{s.created_at:%Y-%m-%d %H:%M}")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the title gives way, not the facts
        self._preview()

    def current(self) -> scripts.CallScript | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _preview(self) -> None:
        script = self.current()
        self.preview.setPlainText(f"{script.title}\n\n{script.body}" if script else "")

    def _select(self, script_id: int) -> None:
        for row, s in enumerate(self.rows):
            if s.id == script_id:
                self.table.selectRow(row)

    def edit(self, new: bool) -> None:
        script = None
        if not new:
            script = self.current()
            if script is None:
                self.say(self.tr("请先在列表中选中一条话术。"), error=True)
                return
            if script.state != scripts.ACTIVE:
                # An old version is edited as the next version of the script in use (or a new one).
                script = scripts.script_for(script.kind, script.situation) or script
        saved = ScriptDialog.ask(self, script, lambda values: scripts.save_script(self.actor_now(), **values))
        if saved is not None:
            self.refresh()
            self._select(saved.id)
            self.say(self.tr("已保存“{title}”第 {version} 版。").format(title=saved.title, version=saved.version))

    def retire(self) -> None:
        script = self.current()
        if script is None:
            self.say(self.tr("请先在列表中选中一条话术。"), error=True)
            return
        from ui.runner import run_op

        run_op(self, lambda: scripts.retire_script(self.actor_now(), script.id),
               success=lambda s: self.tr("已停用“{title}”。").format(title=s.title),
               on_done=lambda _: self.refresh(), message_line=self.message)

    def edit_survey(self) -> None:
        kind = scripts.SURVEY_KINDS[self.survey_combo.currentIndex()]
        saved = SurveyFormDialog.ask(self, kind, lambda values: scripts.save_form(self.actor_now(), **values))
        if saved is not None:
            self.say(self.tr("{kind}调查表已保存为第 {version} 版（{count} 个项目，满分 {scale}）。").format(
                kind=label(scripts.SCRIPT_KINDS[kind]), version=saved.version, count=len(saved.items),
                scale=saved.scale_max))

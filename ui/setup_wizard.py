"""The first-start wizard (期初设置向导, issue 12 item 4): a new branch from an empty database to its
first working day.

Steps, in the order a branch walks them (``STEPS``):

- ``admin``: the first administrator (only while the database has no user; ui.login's
  FirstAdminDialog, embedded), then that admin logs in and the wizard goes on as them;
- ``identity``: the branch's name, brand, address, phone and code (ui.branch_panel, common.branch);
- ``users``: the clerk, finance and manager accounts (ui.users.UsersPanel) - before the books,
  because the opening is a manager's and the archive list a clerk's or manager's;
- ``parties``, ``parts``, ``opening``, ``archives``, ``calendar``: each an embedded
  ui.import_dialog.ImportDialog of its kind - template, preview (a dry run), all-or-nothing import;
  the calendar step also opens the year view (ui.calendar_page) for single days.

Every step says what is already in (``existing_text``). A step needs a permission (``STEP_RIGHTS``);
when the one logged in lacks it, the step says whose it is and offers to log in as that user for
the rest of the wizard (the LoginDialog seam). Every step but ``admin`` and ``identity`` may be
skipped (下一步 without importing).

Progress lives in the database (Setting ``setup.step``: the step the wizard was last at, ``done``
once finished), so closing it halfway reopens it at that step at the next start (ui.app.run_gui asks
``pending()``); 设置 reopens it later (``open_wizard``). A database never set up this way (the demo,
or one from before the wizard) has no such setting: the wizard is shown for it only if it is empty.
Keys: Enter advances (moves through a step's fields first), Ctrl+Enter posts the step's import or
saves its form, Esc closes (the step is kept).
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from common import auth
from common.clock import branch_now
from common.models import Setting

from ui.retranslate import Retranslating

STEP_KEY = "setup.step"
DONE = "done"
STEPS = ("admin", "identity", "users", "parties", "parts", "opening", "archives", "calendar")
STEP_TITLES = {
    "admin": QT_TRANSLATE_NOOP("SetupWizard", "管理员"),
    "identity": QT_TRANSLATE_NOOP("SetupWizard", "分公司信息"),
    "users": QT_TRANSLATE_NOOP("SetupWizard", "用户"),
    "parties": QT_TRANSLATE_NOOP("SetupWizard", "往来单位"),
    "parts": QT_TRANSLATE_NOOP("SetupWizard", "备件"),
    "opening": QT_TRANSLATE_NOOP("SetupWizard", "期初余额"),
    "archives": QT_TRANSLATE_NOOP("SetupWizard", "档案"),
    "calendar": QT_TRANSLATE_NOOP("SetupWizard", "节假日日历"),
}
STEP_HINTS = {
    "admin": QT_TRANSLATE_NOOP("SetupWizard", "这是一个新的数据库。先建立管理员账户，再以管理员身份登录，按步骤完成上线准备。"),
    "identity": QT_TRANSLATE_NOOP("SetupWizard", "分公司名称等打印在每张报表、对账单、表格和标签的抬头。保存后进入下一步。"),
    "users": QT_TRANSLATE_NOOP("SetupWizard", "添加客服专员、财务和经理的账户。期初建账须经理办理，档案导入须专员或经理办理。"),
    "parties": QT_TRANSLATE_NOOP("SetupWizard", "下载模板，在「往来单位」表中填写总部、服务站、经销商和客户，再选择文件预览并导入。"),
    "parts": QT_TRANSLATE_NOOP("SetupWizard", "在模板的「备件」表中填写备件编号、名称、规格、单位、单价和安全库存。"),
    "opening": QT_TRANSLATE_NOOP("SetupWizard", "上线当天各账本的期初余额：好件、坏件、欠人坏件、人欠坏件（带发生日期）、在途。只能做一次。"),
    "archives": QT_TRANSLATE_NOOP("SetupWizard", "把 Excel 中的车辆档案台账导入（每行一辆车）。"),
    "calendar": QT_TRANSLATE_NOOP("SetupWizard", "国务院公布的节假日已内置；分公司另有安排时，在日历中修改或从 Excel 导入。"),
}
# Who may do each step (common.auth permissions); the admin step needs nobody (an empty database).
STEP_RIGHTS = {"identity": "settings.manage", "users": "users.manage", "parties": "masterdata.manage",
               "parts": "masterdata.manage", "opening": "parts.post_restricted", "archives": "archive.edit",
               "calendar": "archive.calendar"}
IMPORT_KINDS = ("parties", "parts", "opening", "archives", "calendar")


def _t(text: str) -> str:
    return QCoreApplication.translate("SetupWizard", text)


def stored_step() -> str | None:
    row = Setting.get_or_none(Setting.key == STEP_KEY)
    return row.value if row is not None else None


def save_step(step: str) -> None:
    Setting.insert(key=STEP_KEY, value=step).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: step}).execute()


def _empty_branch() -> bool:
    from common import branch
    from ledger.models import Document, Part, Party

    return not branch.is_set() and not Party.select().exists() and not Part.select().exists() \
        and not Document.select().exists()


def pending(user=None) -> bool:
    """Whether the next start opens the wizard: no user yet, a wizard closed halfway, or a database
    nobody has set up (``main.py init`` made it, nothing is in). ``user``: the one logging in; a
    clerk or finance user is not stopped by a wizard only an admin or a manager can go on with."""
    if user is not None and not (auth.can(user, "settings.manage") or auth.can(user, "parts.post_restricted")):
        return False
    step = stored_step()
    if step is not None:
        return step != DONE
    return not auth.has_users() or _empty_branch()


def first_step() -> str:
    """Where the wizard opens: where it was left, else at the beginning of what is still to do."""
    step = stored_step()
    if step in STEPS and step != "admin":
        return step
    return "admin" if not auth.has_users() else "identity"


def existing_text(step: str) -> str:
    """What is already in for a step, in one line ("已有 12 个往来单位")."""
    if step == "admin":
        from common.models import User

        count = User.select().count()
        if count:
            return QCoreApplication.translate("SetupWizard", "已有 {count} 个用户。").format(count=count)
        # The rule the password must meet, as common.auth checks it.
        return QCoreApplication.translate("SetupWizard", "还没有任何用户。密码至少 {minimum} 位，不能全是同一个字符，也不能是常见密码。").format(
            minimum=auth.MIN_PASSWORD_LENGTH)
    if step == "identity":
        from common import branch

        if not branch.is_set():
            return QCoreApplication.translate("SetupWizard", "尚未设置。")
        return QCoreApplication.translate("SetupWizard", "已设置：{name}。").format(name=branch.identity().name)
    if step == "users":
        from common.models import User
        from ui.i18n import role_name

        users = list(User.select().where(User.active))
        roles = QCoreApplication.translate("SetupWizard", "、").join(f"{role_name(role)} {sum(u.role == role for u in users)}"
                         for role in auth.ROLES if any(u.role == role for u in users))
        return QCoreApplication.translate("SetupWizard", "已有 {count} 个用户：{roles}。").format(count=len(users), roles=roles)
    if step == "parties":
        from ledger.models import Party

        return QCoreApplication.translate("SetupWizard", "已有 {count} 个往来单位。").format(count=Party.select().count())
    if step == "parts":
        from ledger.models import Part

        return QCoreApplication.translate("SetupWizard", "已有 {count} 个备件。").format(count=Part.select().count())
    if step == "opening":
        from ledger.opening import current_opening

        opening = current_opening()
        if opening is None:
            return QCoreApplication.translate("SetupWizard", "尚未建期初。")
        return QCoreApplication.translate("SetupWizard", "已建期初 {number}，建账日 {date}；不能再建，如需更正请冲销原期初。").format(
            number=opening.number, date=opening.date.isoformat())
    if step == "archives":
        from archive.models import Vehicle

        return QCoreApplication.translate("SetupWizard", "已有 {count} 辆车的档案。").format(count=Vehicle.select().count())
    from archive.holidays import covered_years

    years = sorted(covered_years())
    if not years:
        return QCoreApplication.translate("SetupWizard", "节假日日历还没有任何年份。")
    return QCoreApplication.translate("SetupWizard", "节假日日历已有 {first}–{last} 年（{count} 年）。").format(
        first=years[0], last=years[-1], count=len(years))


class SetupWizard(Retranslating, QDialog):
    """The wizard; ``actor`` is None on a database without users (the admin step creates one)."""

    def __init__(self, actor=None, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now,
                 target=None):
        super().__init__(parent)
        self.actor = actor
        self.actors = [actor] if actor is not None else []  # everyone logged in during the wizard
        self._clock = clock
        self.target = target
        self.pages: dict[str, QWidget] = {}
        self.contents: dict[str, QWidget] = {}  # the step's working widget (import dialog, panel)
        self.step = None

        # create
        self.steps_list = QListWidget()
        self.calendar_button = None  # the calendar step's year view, built with the step
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter is the wizard's, not the list's
        for _ in STEPS:
            self.steps_list.addItem("")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.existing = QLabel()
        self.existing.setProperty("role", "hint")
        self.existing.setWordWrap(True)
        self.rights = QLabel()  # whose step this is, when the one logged in may not do it
        self.rights.setWordWrap(True)
        self.rights.setProperty("role", "error")
        self.login_button = QPushButton()
        self.stack = QStackedWidget()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.later_button = QPushButton()
        for button in (self.back_button, self.next_button, self.later_button, self.login_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)

        # lay out
        rights_row = QHBoxLayout()
        rights_row.addWidget(self.rights, 1)
        rights_row.addWidget(self.login_button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.hint)
        right.addWidget(self.existing)
        right.addLayout(rights_row)
        right.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps_list)
        layout.addLayout(right, 1)
        self.steps_list.setFixedWidth(self.fontMetrics().averageCharWidth() * 22)
        self.resize(1180, 690)  # inside 1366x768 with the task bar

        # connect
        self.steps_list.currentRowChanged.connect(lambda row: self.go(STEPS[row]) if row >= 0 else None)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.advance)
        self.later_button.clicked.connect(self.reject)
        self.login_button.clicked.connect(self.log_in_other)

        self.retranslateUi()
        self.go(first_step())

    # -- texts ----------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("上线准备向导 - 分公司客服台账"))
        for row, step in enumerate(STEPS):
            self.steps_list.item(row).setText(f"{row + 1}. {_t(STEP_TITLES[step])}")
        self.back_button.setText(self.tr("上一步(&B)"))
        self.later_button.setText(self.tr("稍后继续(&L)"))
        self.later_button.setToolTip(self.tr("关闭向导；下次启动时从这一步继续，也可以在“设置”中重新打开。"))
        self.login_button.setText(self.tr("以其他用户登录(&O)…"))
        if getattr(self, "calendar_button", None) is not None:
            self.calendar_button.setText(self.tr("打开节假日日历(&Y)…"))
        if self.step is not None:
            self._show_texts()

    def _show_texts(self) -> None:
        step = self.step
        self.title.setText(f"{STEPS.index(step) + 1}/{len(STEPS)}  {_t(STEP_TITLES[step])}")
        self.hint.setText(_t(STEP_HINTS[step]))
        self.existing.setText(existing_text(step))
        last = step == STEPS[-1]
        self.next_button.setText(self.tr("完成(&F)") if last else self.tr("下一步(&N)"))
        allowed = self.actor_for(step) is not None or step == "admin"
        if not allowed:
            from ui.i18n import role_name

            roles = QCoreApplication.translate("SetupWizard", "、").join(role_name(r) for r in auth.ROLES if r in auth.PERMISSIONS[STEP_RIGHTS[step]])
            self.rights.setText(self.tr("这一步须由{roles}办理：请以这样的账户登录（没有时先在“用户”一步中添加），或跳过。")
                                .format(roles=roles))
        self.rights.setVisible(not allowed)
        self.login_button.setVisible(not allowed and bool(self.actors))

    # -- who ------------------------------------------------------------------------------------

    def actor_for(self, step: str):
        """The first one logged in during the wizard who may do ``step`` (None: nobody yet)."""
        right = STEP_RIGHTS.get(step)
        return next((a for a in self.actors if right is not None and auth.can(a.user, right)), None)

    def log_in_other(self) -> None:
        from ui.login import LoginDialog

        actor = LoginDialog.ask(self, username="")
        if actor is None:
            return
        self.actors.append(actor)
        self._rebuild(self.step)

    # -- steps ----------------------------------------------------------------------------------

    def go(self, step: str) -> None:
        """Show ``step`` (built the first time it is shown) and remember it in the database."""
        if step == "admin" and auth.has_users():
            step = "identity"
        if step != "admin" and not auth.has_users():
            step = "admin"  # nothing is done before there is an administrator
        self.step = step
        if step not in self.pages:
            self._build(step)
        self.stack.setCurrentWidget(self.pages[step])
        self.steps_list.blockSignals(True)
        self.steps_list.setCurrentRow(STEPS.index(step))
        self.steps_list.blockSignals(False)
        self.back_button.setEnabled(STEPS.index(step) > 1)
        if auth.has_users():
            save_step(step)
        self._show_texts()
        self._focus_step()

    def _focus_step(self) -> None:
        content = self.contents.get(self.step)
        first = {"admin": lambda c: c.username, "identity": lambda c: c.name,
                 **{k: (lambda c: c.choose_button) for k in IMPORT_KINDS}}.get(self.step)
        if content is not None and first is not None:
            first(content).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild(self, step: str) -> None:
        page = self.pages.pop(step, None)
        self.contents.pop(step, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.go(step)

    def _build(self, step: str) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        actor = self.actor_for(step)
        content = None
        if step == "admin":
            from ui.login import FirstAdminDialog

            content = FirstAdminDialog(page, clock=self._clock)
            content.setWindowFlags(Qt.WindowType.Widget)
            content.intro.hide()  # the step's hint says it
            content.buttons.hide()  # 下一步 submits it
            content.accepted.connect(self._admin_created)
        elif actor is None:
            pass  # the rights line says whose step it is
        elif step == "identity":
            from ui.branch_panel import BranchPanel

            content = BranchPanel(actor, self._clock, editable=True)
            content.identity_saved.connect(lambda _: self._step_done())
        elif step == "users":
            from ui.users import UsersPanel

            content = UsersPanel(actor, clock=self._clock)
            content.model.modelReset.connect(lambda: self.existing.setText(existing_text("users")))
        elif step in IMPORT_KINDS:
            from types import SimpleNamespace

            from ui.import_dialog import ImportDialog

            context = SimpleNamespace(actor=actor, target=self.target, window=None)
            content = ImportDialog(context, page, kind=step, clock=self._clock, embedded=True)
            content.imported.connect(self._imported)
            if step == "opening":
                from ledger.opening import current_opening

                content.setEnabled(current_opening() is None)
        if step == "calendar" and actor is not None:
            # The year view too, for a day or two the branch keeps differently from the notice.
            self.calendar_button = QPushButton()
            self.calendar_button.setAutoDefault(False)
            self.calendar_button.setText(self.tr("打开节假日日历(&Y)…"))
            self.calendar_button.clicked.connect(self.open_calendar)
            layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        if content is not None:
            layout.addWidget(content, 1 if step not in ("admin", "identity") else 0)
            self.contents[step] = content
        layout.addStretch(0 if step in ("users",) + IMPORT_KINDS else 1)
        self.pages[step] = page
        self.stack.addWidget(page)

    def _admin_created(self) -> None:
        """The first administrator exists: log them in; the wizard goes on as them."""
        from ui.login import LoginDialog

        created = self.contents["admin"].user
        actor = LoginDialog.ask(self, username=created.username)
        if actor is None:
            # Created but not logged in: the next start logs in and reopens the wizard here.
            save_step("identity")
            self.reject()
            return
        self.actor = actor
        self.actors.insert(0, actor)
        self.go("identity")

    def _imported(self, _result) -> None:
        """A step's file is in: say what is in now; Enter goes on to the next step."""
        self.existing.setText(existing_text(self.step))
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_done(self) -> None:
        self.existing.setText(existing_text(self.step))
        self.advance()

    def open_calendar(self):
        from ui.calendar_page import open_calendar

        self.calendar_dialog = open_calendar(self, self.actor_for("calendar").at(self._clock()))
        self.calendar_dialog.finished.connect(lambda _: self.existing.setText(existing_text("calendar")))
        return self.calendar_dialog

    # -- moving ---------------------------------------------------------------------------------

    def advance(self) -> None:
        """下一步: the admin and identity steps must be done (their form is submitted); the others
        may be skipped. On the last step the wizard is finished."""
        content = self.contents.get(self.step)
        if self.step == "admin":
            content.form_keys.submit()  # creates the admin (or marks a field) and logs in
            return
        if self.step == "identity":
            from common import branch

            if not branch.is_set() and content is not None:
                content.form_keys.submit()  # saved: identity_saved advances
                return
        index = STEPS.index(self.step)
        if index + 1 == len(STEPS):
            save_step(DONE)
            self.accept()
            return
        self.go(STEPS[index + 1])

    def back(self) -> None:
        index = STEPS.index(self.step)
        if index > 1:
            self.go(STEPS[index - 1])

    def post(self) -> None:
        """Ctrl+Enter: the step's posting - its import (when previewed without problems) or its form."""
        content = self.contents.get(self.step)
        if self.step in IMPORT_KINDS and content is not None and content.isEnabled():
            content._post_key()
        elif self.step in ("admin", "identity") and content is not None:
            content.form_keys.submit()

    def keyPressEvent(self, event) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.post()
            return
        # Enter that no field took advances (a step's own form moves through its fields first).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self.next_button and focus.isEnabled():
                focus.click()
            else:
                self.advance()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None = None, actor=None, target=None):
        """Run the wizard; returns the actor to go on with (the admin logged in during it, or
        ``actor``), None if nobody is logged in."""
        wizard = cls(actor, parent, target=target)
        wizard.exec()
        return wizard.actor


def open_wizard(parent: QWidget, actor, target=None) -> SetupWizard:
    """设置 › 上线准备向导: the wizard again, at the step it was left (a finished one from the top)."""
    if stored_step() == DONE:
        save_step("identity")
    wizard = SetupWizard(actor, parent, target=target)
    wizard.show()
    return wizard

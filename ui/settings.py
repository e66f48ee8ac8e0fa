"""设置: language, the database in use, one's own account, the branch's identity (分公司信息, edited
by administrators), and (administrators) the users.

The language switch takes effect at once (ui.i18n.set_language) and is remembered for the next
start. The database box shows what the status bar shows plus the schema version; which database
the program opens at the next start is chosen here (administrators; checked before it is saved to
settings.json in the data directory) or on the command line (--db).
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from common import localsettings
from common.clock import branch_now
from common.errors import Refusal
from ui import i18n

from ui.retranslate import Retranslating


def _selectable(label: QLabel) -> QLabel:
    from PySide6.QtCore import Qt

    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(Retranslating, QWidget):
    def __init__(self, context, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        from common.auth import can

        self.actor = context.actor
        self.target = context.target
        self._clock = clock

        # create
        self.language_box = QGroupBox()
        self.language_label = QLabel()
        self.language = QComboBox()
        for lang, name in (("zh", "中文"), ("en", "English")):
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language_label.setBuddy(self.language)
        # Lock after minutes without input: per PC (a shared counter PC wants it, a back office may
        # not), so in ui.ini like the language, not in the database.
        from ui.idle_lock import MAX_IDLE_MINUTES, idle_minutes

        self.window_of_pages = getattr(context, "window", None)
        self.idle_label = QLabel()
        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setValue(idle_minutes())
        self.idle_label.setBuddy(self.idle)

        self.database_box = QGroupBox()
        self.database_kind_label, self.database_where_label, self.database_version_label = QLabel(), QLabel(), QLabel()
        self.database_kind = _selectable(QLabel())
        self.database_where = _selectable(QLabel(self.target.describe()))
        self.database_version = _selectable(QLabel())
        self.next_database_label = QLabel()
        self.next_database = QLineEdit(localsettings.database_spec() or "")
        self.next_database_label.setBuddy(self.next_database)
        self.next_database_save = QPushButton()
        self.next_database_message = QLabel()
        self.next_database_message.setWordWrap(True)
        self.next_database_message.hide()
        may_choose = can(self.actor.user, "settings.manage")
        self.next_database.setEnabled(may_choose)
        self.next_database_save.setEnabled(may_choose)
        from ui.time_zone import TimeZoneRow  # the branch's time zone (common.clock), in the database

        self.time_zone_label = QLabel()
        self.time_zone = TimeZoneRow(self.actor, clock, editable=may_choose)
        self.time_zone_label.setBuddy(self.time_zone.combo)

        from ui.branch_panel import BranchPanel  # 分公司信息 (common.branch): admins edit, others read

        self.branch_box = QGroupBox()
        self.branch = BranchPanel(self.actor, clock, editable=may_choose)
        self.wizard_button = QPushButton()  # the first-start wizard again (ui/setup_wizard.py)
        self.wizard_button.setVisible(may_choose or can(self.actor.user, "parts.post_restricted"))

        self.account_box = QGroupBox()
        self.account = QLabel()
        self.password_button = QPushButton()
        self.account_message = QLabel()
        self.account_message.setWordWrap(True)
        self.account_message.hide()

        self.calendar_box = QGroupBox()  # the holiday calendar (ui/calendar_page.py), in its own window
        self.calendar_button = QPushButton()
        from ui.send_panel import SendPanel  # 报表发送 (ledger.send): where the signed report goes

        self.send_box = QGroupBox()
        self.send = SendPanel(self.actor, clock, editable=may_choose)

        self.backup_box = None  # 备份 (ui/backup_panel.py): who may run main.py backup / restore
        if can(self.actor.user, "backup.run"):
            from ui.backup_panel import BackupPanel

            self.backup_box = QGroupBox()
            self.backup = BackupPanel(self.actor, self.target, clock=clock)

        self.users_box = None
        if can(self.actor.user, "users.manage"):
            from ui.users import UsersPanel

            self.users_box = QGroupBox()
            self.users = UsersPanel(self.actor, clock=clock)

        # lay out
        language_row = QHBoxLayout(self.language_box)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addSpacing(self.fontMetrics().height())
        language_row.addWidget(self.idle_label)
        language_row.addWidget(self.idle)
        language_row.addStretch(1)
        database_form = QFormLayout(self.database_box)
        database_form.addRow(self.database_kind_label, self.database_kind)
        database_form.addRow(self.database_where_label, self.database_where)
        database_form.addRow(self.database_version_label, self.database_version)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_database, 1)
        next_row.addWidget(self.next_database_save)
        database_form.addRow(self.next_database_label, next_row)
        database_form.addRow("", self.next_database_message)
        database_form.addRow(self.time_zone_label, self.time_zone)
        account_layout = QVBoxLayout(self.account_box)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.password_button)
        account_layout.addLayout(account_row)
        account_layout.addWidget(self.account_message)
        top = QHBoxLayout()
        top.addWidget(self.language_box, 1)
        top.addWidget(self.account_box, 2)
        QVBoxLayout(self.calendar_box).addWidget(self.calendar_button)
        top.addWidget(self.calendar_box, 1)
        QVBoxLayout(self.send_box).addWidget(self.send)
        top.addWidget(self.send_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        branch_layout = QVBoxLayout(self.branch_box)
        branch_layout.addWidget(self.branch)
        branch_layout.addWidget(self.wizard_button, 0, Qt.AlignmentFlag.AlignLeft)
        middle = QHBoxLayout()
        middle.addWidget(self.database_box, 1)
        middle.addWidget(self.branch_box, 1)
        layout.addLayout(middle)
        if self.backup_box is not None:
            QVBoxLayout(self.backup_box).addWidget(self.backup)
            layout.addWidget(self.backup_box)
        if self.users_box is not None:
            QVBoxLayout(self.users_box).addWidget(self.users)
            layout.addWidget(self.users_box, 1)
        else:
            layout.addStretch(1)

        # connect
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.idle.valueChanged.connect(self._idle_chosen)
        self.password_button.clicked.connect(self.change_password)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.next_database_save.clicked.connect(self.save_next_database)
        self.next_database.returnPressed.connect(self.save_next_database)
        self.branch.identity_saved.connect(self._branch_saved)
        self.wizard_button.clicked.connect(self.open_wizard)

        self.retranslateUi()

    def retranslateUi(self) -> None:
        from common import schema

        self.language_box.setTitle(self.tr("本机"))
        self.language_label.setText(self.tr("语言(&G)"))
        self.idle_label.setText(self.tr("无操作自动锁定(&I)"))
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setSpecialValueText(self.tr("不锁定"))
        self.idle.setToolTip(self.tr("这么多分钟没有按键或点击，窗口就遮住并要求重新输入密码；0 表示不锁定。"))
        self.database_box.setTitle(self.tr("数据库"))
        self.database_kind_label.setText(self.tr("类型"))
        self.database_where_label.setText(self.tr("位置"))
        self.database_version_label.setText(self.tr("结构版本"))
        if self.target.is_sqlite:
            self.database_kind.setText(self.tr("SQLite 文件（本机单人使用）"))
        else:
            self.database_kind.setText(self.tr("PostgreSQL 服务器（多台电脑共用）"))
        self.database_version.setText(str(schema.status().version))
        self.next_database_label.setText(self.tr("下次启动使用(&N)"))
        self.next_database.setPlaceholderText(
            self.tr("留空：本机默认的 SQLite 文件；多台电脑共用：postgresql://用户@服务器/库名（密码检查时询问）"))
        self.next_database_save.setText(self.tr("检查并保存(&V)"))
        self.time_zone_label.setText(self.tr("分公司时区(&T)"))
        self.branch_box.setTitle(self.tr("分公司信息"))
        self.account_box.setTitle(self.tr("我的账户"))
        user = self.actor.user
        self.account.setText(self.tr("{name}（{username}），{role}").format(
            name=user.display_name, username=user.username, role=i18n.role_name(user.role)))
        self.password_button.setText(self.tr("修改密码(&W)"))
        self.calendar_box.setTitle(self.tr("节假日与节日"))
        self.send_box.setTitle(self.tr("报表发送"))
        self.calendar_button.setText(self.tr("节假日日历(&H)…"))
        self.wizard_button.setText(self.tr("上线准备向导(&Z)…"))
        self.wizard_button.setToolTip(self.tr("往来单位、备件、期初余额、档案、节假日和用户的导入，按上线步骤逐一办理。"))
        if self.backup_box is not None:
            self.backup_box.setTitle(self.tr("备份"))
        if self.users_box is not None:
            self.users_box.setTitle(self.tr("用户管理"))
        # The combo follows a switch made elsewhere (the 视图 menu) without re-triggering it.
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.blockSignals(False)

    def _idle_chosen(self, minutes: int) -> None:
        from ui.idle_lock import set_idle_minutes

        set_idle_minutes(minutes)
        watch = getattr(self.window_of_pages, "idle_watch", None)
        if watch is not None:
            watch.reload()

    def _branch_saved(self, _identity) -> None:
        refresh = getattr(self.window_of_pages, "refresh_branch", None)  # the title names the branch
        if refresh is not None:
            refresh()

    def _language_chosen(self, index: int) -> None:
        lang = self.language.itemData(index)
        if lang and lang != i18n.current_language():
            i18n.set_language(lang)

    def save_next_database(self) -> None:
        """Remember which database to open at the next start (this PC only), after checking it:
        a SQLite file on a network share is refused, a PostgreSQL server must answer (asking for
        its password if it wants one). A password typed into the address goes to the credential
        store, never into settings.json nor back into the field."""
        from common import credentials, db as dbmod
        from ui.db_password import dialog_prompt
        from ui.messages import refusal_text

        spec = self.next_database.text().strip()
        kept = None
        try:
            if spec:
                target = dbmod.check_target(spec, ask=dialog_prompt(self))
                if not target.is_sqlite:
                    spec = target.url
                    self.next_database.setText(spec)
                    if target.password is not None:
                        kept = credentials.store_password(target.params, target.password)
            localsettings.set_database_spec(spec or None)
        except Refusal as refusal:
            self._show_database_message(refusal_text(refusal), "error")
        except OSError as error:
            self._show_database_message(str(error), "error")
        else:
            text = self.tr("已保存。重新启动程序后生效。")
            if kept == "keyring":
                text += self.tr("密码已存入本机的系统凭据管理器，不写在设置文件里。")
            elif kept == "pgpass":
                text += self.tr("密码已存入本机的 PostgreSQL 密码文件（只有本人可读），不写在设置文件里。")
            self._show_database_message(text, "hint")

    def _show_database_message(self, text: str, role: str) -> None:
        self.next_database_message.setProperty("role", role)
        self.next_database_message.setText(text)
        self.next_database_message.style().unpolish(self.next_database_message)
        self.next_database_message.style().polish(self.next_database_message)
        self.next_database_message.show()

    def open_wizard(self):
        from ui.setup_wizard import open_wizard

        self.wizard = open_wizard(self, self.actor, self.target)
        return self.wizard

    def open_calendar(self):
        from ui.calendar_page import open_calendar

        self.calendar_dialog = open_calendar(self, self.actor.at(self._clock()))
        return self.calendar_dialog

    def change_password(self) -> None:
        from common import auth
        from ui.messages import refusal_text
        from ui.users import PasswordDialog

        answer = PasswordDialog.ask(self, username=self.actor.user.username, with_old=True)
        if answer is None:
            return
        old, new = answer
        try:
            auth.change_own_password(self.actor.at(self._clock()), old, new)
        except Refusal as refusal:
            self.account_message.setProperty("role", "error")
            self.account_message.setText(refusal_text(refusal))
        else:
            self.account_message.setProperty("role", "hint")
            self.account_message.setText(self.tr("密码已修改。"))
        self.account_message.style().unpolish(self.account_message)
        self.account_message.style().polish(self.account_message)
        self.account_message.show()

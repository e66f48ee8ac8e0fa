"""设置 › 备份: 立即备份 and 从备份恢复 for the SQLite file, the same as ``main.py backup`` / ``restore``.

Both run through ui.runner (long=True): copying a few hundred MB takes seconds and the window keeps
repainting meanwhile. Restoring is an admin's (``backup.restore``): a manager, who may back up,
sees the button disabled and why. It first names the backup's date and says the current file is
saved to backups/ first; then common.backup.restore checks the file as ``main.py restore`` does
(integrity, schema, the whole check suite on a copy) and refuses a crafted or damaged one in the
message line, naming each problem; afterwards the program has to start again, since every page
holds figures of the file as it was. PostgreSQL is backed up with the server's own tools (README),
so the section only says so there.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from common.auth import can
from common.clock import branch_now, branch_time_of
from ui.i18n import current_language
from ui.retranslate import Retranslating
from ui.runner import run_op, show_message


def _audit(actor, action: str, detail: dict) -> None:
    from common import audit
    from common.db import database
    from common.models import User

    with database.atomic():
        # After a restore the user's row is the backup's: found by name, like main.py does.
        user = User.get_or_none(User.username == actor.user.username)
        audit.record_at(actor.now, action, "database", None, detail, user=user, username=actor.user.username)


def backup_now(actor, db_path: Path, out: Path) -> Path:
    """In a worker: copy the live file to ``out`` and audit it (needs ``backup.run``)."""
    from common import auth, backup

    auth.require(actor, "backup.run")
    backup.backup_file(db_path, out)
    _audit(actor, "backup.create", {"file": str(out)})
    return out


def backup_date(path: Path) -> datetime:
    """In a worker: refuse a file that is not an intact BranchDesk database; when it was written."""
    from common import backup

    backup.verify_backup(path)
    return branch_time_of(Path(path).stat().st_mtime)


def restore_from(actor, source: Path, target, lang: str) -> Path | None:
    """In a worker: replace the live file by ``source`` once it passed every check (admin only);
    the restored database brought up to date on this connection. The current file is saved first
    (returned)."""
    from common import backup, schema

    restored, _ = backup.restore(actor, source, Path(target.path), reopen=lambda: schema.upgrade(target, actor.now),
                                 check_copy=lambda path: backup.check_in_child(path, lang))
    return restored.saved


def _ask(parent: QWidget, icon, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(icon, QCoreApplication.translate("BackupPanel", "从备份恢复"), text, parent=parent)
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is chosen


class BackupPanel(Retranslating, QWidget):
    def __init__(self, actor, target, parent: QWidget | None = None, clock: Callable[[], datetime] = branch_now):
        super().__init__(parent)
        self.actor, self.target, self._clock = actor, target, clock
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_hint = QLabel()  # why a manager's restore button is disabled
        self.restore_hint.setProperty("role", "hint")
        self.restore_hint.setWordWrap(True)
        self.may_restore = can(actor.user, "backup.restore")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.backup_button.setEnabled(target.is_sqlite)
        self.restore_button.setEnabled(target.is_sqlite and self.may_restore)
        self.restore_hint.setVisible(target.is_sqlite and not self.may_restore)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the 备份 box around it has the margins
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.restore_hint)
        layout.addWidget(self.message)

        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.backup_button.setText(self.tr("立即备份(&B)…"))
        self.restore_button.setText(self.tr("从备份恢复(&R)…"))
        only_admin = "" if self.may_restore else self.tr("只有管理员可以从备份恢复数据库：恢复会换掉整个数据库，包括用户和角色。")
        self.restore_hint.setText(only_admin)
        self.restore_button.setToolTip(only_admin)
        if self.target.is_sqlite:
            self.hint.setText(self.tr("把数据库文件完整复制一份；备份时其他人可以继续录入。"))
        else:
            self.hint.setText(self.tr("PostgreSQL 数据库请用服务器自带的 pg_dump / pg_restore 备份和恢复，见 README。"))

    def _actor(self):
        return self.actor.at(self._clock())

    def backup(self) -> None:
        now = self._clock()
        db_path = Path(self.target.path)
        suggested = db_path.parent / "backups" / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}.sqlite3"
        chosen = self.ask_save_path(self, str(suggested))
        if not chosen:
            return
        actor, out = self._actor(), Path(chosen)
        return run_op(self, lambda: backup_now(actor, db_path, out), long=True, message_line=self.message,
                      message=self.tr("正在备份…"),
                      success=lambda path: self.tr("已备份到 {path}").format(path=path))

    def restore(self) -> None:
        if not self.may_restore:
            show_message(self.message, self.restore_hint.text(), error=True)
            return
        db_path = Path(self.target.path)
        chosen = self.ask_open_path(self, str(db_path.parent / "backups"))
        if not chosen:
            return
        source = Path(chosen)

        def confirmed(written: datetime) -> None:
            if self.confirm_restore(self, source, written):
                actor, target, lang = self._actor(), self.target, current_language()
                run_op(self, lambda: restore_from(actor, source, target, lang), long=True, message_line=self.message,
                       message=self.tr("正在检查备份文件（完整性、结构、审计链、已签日报、账目）并恢复…"), on_done=restored,
                       success=lambda saved: self.tr("已从 {source} 恢复。").format(source=source))

        def restored(saved) -> None:
            if self.ask_restart(self, saved):
                self.restart()

        return run_op(self, lambda: backup_date(source), long=True, message_line=self.message,
                      message=self.tr("正在检查备份文件…"), on_done=confirmed)

    # -- seams for tests ---------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        Path(suggested).parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BackupPanel", "备份到"), suggested,
                                              QCoreApplication.translate("BackupPanel", "SQLite 数据库 (*.sqlite3)"))
        return path or None

    @classmethod
    def ask_open_path(cls, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("BackupPanel", "选择备份文件"), folder,
            QCoreApplication.translate("BackupPanel", "SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        return path or None

    @classmethod
    def confirm_restore(cls, parent: QWidget, source: Path, written: datetime) -> bool:
        text = QCoreApplication.translate(
            "BackupPanel", "用 {time} 的备份 {name} 替换现在的数据库？\n\n先检查备份文件的完整性、结构、审计链、已签日报和账目，"
                           "发现问题就不恢复；通过后现在的数据库先另存到 backups 目录。恢复后程序需要重新启动。"
        ).format(time=f"{written:%Y-%m-%d %H:%M}", name=source.name)
        return _ask(parent, QMessageBox.Icon.Warning, text, QCoreApplication.translate("BackupPanel", "恢复(&R)"),
                    QCoreApplication.translate("BackupPanel", "取消"))

    @classmethod
    def ask_restart(cls, parent: QWidget, saved: Path | None) -> bool:
        text = QCoreApplication.translate("BackupPanel", "数据库已恢复。程序要重新启动才能显示恢复后的数据。")
        if saved:
            text += "\n" + QCoreApplication.translate("BackupPanel", "恢复前的数据库已另存为 {saved}").format(saved=saved)
        return _ask(parent, QMessageBox.Icon.Information, text,
                    QCoreApplication.translate("BackupPanel", "立即重新启动(&S)"),
                    QCoreApplication.translate("BackupPanel", "稍后"))

    @classmethod
    def restart(cls) -> None:
        from PySide6.QtCore import QProcess
        from PySide6.QtWidgets import QApplication

        QProcess.startDetached(sys.executable, sys.argv)
        QApplication.quit()

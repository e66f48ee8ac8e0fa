"""设置 › 报表发送 (ledger.send): where the signed daily report goes, and the 今日 list of days not sent.

``SendPanel`` is the settings page's section: the channel in one line and a button opening
``SendSettingsDialog``, where an admin sets the SMTP server (host, port, TLS mode, account,
password - kept in the OS credential store, never shown again), the from address, each
department's addresses or the fax software's folder, and sends a test mail. Others read.
Network work (the test mail, a retry) runs through ui.runner.run_op, never on the GUI thread.

``open_unsent`` is the 今日 card's list: the signed days not sent, each target with its attempts
and last error, and 重新发送 to try them all again.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from common.clock import branch_now
from ledger import send

from ui.retranslate import Retranslating

CHANNEL_NAMES = {"": QT_TRANSLATE_NOOP("SendPanel", "不发送"), "email": QT_TRANSLATE_NOOP("SendPanel", "电子邮件"),
                 "folder": QT_TRANSLATE_NOOP("SendPanel", "传真软件的文件夹")}
TLS_NAMES = {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": QT_TRANSLATE_NOOP("SendPanel", "不加密")}
TARGET_NAMES = {"jg2": QT_TRANSLATE_NOOP("SendPanel", "经管二部"), "bjk": QT_TRANSLATE_NOOP("SendPanel", "备件科"),
                "folder": QT_TRANSLATE_NOOP("SendPanel", "传真文件夹")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendPanel", text)


# A failed attempt's error as ledger.send recorded it (the exception's class and text, or the SMTP
# server's reply code) -> what it means for the branch; the technical text follows in brackets.
ERROR_WORDS = (
    (("ConnectionRefusedError",), QT_TRANSLATE_NOOP("SendPanel", "邮件服务器拒绝连接：服务器没有运行，或主机、端口填错了")),
    (("TimeoutError", "timeout"), QT_TRANSLATE_NOOP("SendPanel", "连接邮件服务器超时：网络不通，或服务器没有响应")),
    (("gaierror",), QT_TRANSLATE_NOOP("SendPanel", "找不到邮件服务器：主机名填错了，或本机没有联网")),
    (("535", "534", "SMTPAuthenticationError"), QT_TRANSLATE_NOOP("SendPanel", "邮件服务器不接受账号或密码")),
    (("SMTPServerDisconnected", "ConnectionResetError"), QT_TRANSLATE_NOOP("SendPanel", "邮件服务器中途断开了连接")),
    (("SSLError", "SMTPNotSupportedError"), QT_TRANSLATE_NOOP("SendPanel", "加密方式与邮件服务器不符：请改“加密”一项")),
    (("PermissionError", "FileNotFoundError", "NotADirectoryError"),
     QT_TRANSLATE_NOOP("SendPanel", "写不进传真文件夹：文件夹不存在，或本机没有写入权限")),
)


def error_words(error: str) -> str:
    """A recorded sending error in words the branch can act on, the technical text kept after it."""
    head = (error or "").split(":", 1)[0].strip()
    for starts, words in ERROR_WORDS:
        if any(head == start or head.startswith(start + " ") or head.endswith(start) for start in starts):
            return _tr("{words}（{detail}）").format(words=_tr(words), detail=error)
    return error


class SendPanel(Retranslating, QWidget):
    """The settings page's 报表发送 section: how the signed report goes out, and a button to change it."""

    def __init__(self, actor, clock: Callable[[], datetime] = branch_now, *, editable: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self._clock, self.editable = actor, clock, editable
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_button.clicked.connect(self.open_dialog)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        settings = send.load_settings()
        where = {"": "", "email": settings.host, "folder": settings.folder}[settings.channel]
        channel = _tr(CHANNEL_NAMES[settings.channel])
        self.summary.setText(self.tr("{channel}：{where}").format(channel=channel, where=where) if where else channel)
        self.open_button.setText(self.tr("报表发送设置(&E)…") if self.editable else self.tr("查看报表发送设置(&E)…"))

    def open_dialog(self) -> "SendSettingsDialog":
        self.dialog = SendSettingsDialog(self.actor, self._clock, editable=self.editable, parent=self)
        self.dialog.finished.connect(lambda _: self.retranslateUi())
        self.dialog.open()
        return self.dialog


class SendSettingsDialog(Retranslating, QDialog):
    def __init__(self, actor, clock: Callable[[], datetime] = branch_now, *, editable: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self._clock, self.editable = actor, clock, editable
        settings = send.load_settings()
        # create: widgets named as the SendSettings fields, so a refusal's ``field`` marks its widget
        self.channel = QComboBox()
        for key in send.CHANNELS:
            self.channel.addItem("", key)
        self.host, self.account, self.sender = QLineEdit(settings.host), QLineEdit(settings.account), QLineEdit(settings.sender)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(settings.port)
        self.tls = QComboBox()
        for key in send.TLS_MODES:
            self.tls.addItem("", key)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.to_jg2, self.to_bjk = QLineEdit(settings.to_jg2), QLineEdit(settings.to_bjk)
        self.folder = QLineEdit(settings.folder)
        self.test_to = QLineEdit()
        self.test_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.channel.setCurrentIndex(self.channel.findData(settings.channel))
        self.tls.setCurrentIndex(self.tls.findData(settings.tls))
        for widget in (self.channel, self.host, self.port, self.tls, self.account, self.password, self.sender,
                       self.to_jg2, self.to_bjk, self.folder, self.test_to, self.test_button):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)

        # lay out
        self.form = QFormLayout()
        self.labels = {}
        for name in ("channel", "host", "port", "tls", "account", "password", "sender", "to_jg2", "to_bjk", "folder"):
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(getattr(self, name))
            self.form.addRow(self.labels[name], getattr(self, name))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        self.labels["test_to"] = QLabel()
        self.labels["test_to"].setBuddy(self.test_to)
        self.form.addRow(self.labels["test_to"], test_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        # connect
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.close_button.clicked.connect(self.reject)
        self.retranslateUi()
        self.resize(620, self.sizeHint().height())

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("报表发送"))
        for index, key in enumerate(send.CHANNELS):
            self.channel.setItemText(index, _tr(CHANNEL_NAMES[key]))
        for index, key in enumerate(send.TLS_MODES):
            self.tls.setItemText(index, _tr(TLS_NAMES[key]))
        texts = {"channel": self.tr("签字后发送方式(&W)"), "host": self.tr("SMTP 服务器(&H)"), "port": self.tr("端口(&P)"),
                 "tls": self.tr("加密(&E)"), "account": self.tr("账号(&A)"), "password": self.tr("密码(&S)"),
                 "sender": self.tr("发件人地址(&F)"), "to_jg2": self.tr("经管二部收件人(&J)"),
                 "to_bjk": self.tr("备件科收件人(&B)"), "folder": self.tr("传真文件夹(&D)"),
                 "test_to": self.tr("测试邮件发给(&T)")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.password.setPlaceholderText(self.tr("保存在系统凭据库中；不修改请留空"))
        self.to_jg2.setPlaceholderText(self.tr("多个地址用逗号分隔"))
        self.to_bjk.setPlaceholderText(self.tr("多个地址用逗号分隔"))
        self.folder.setPlaceholderText(self.tr("传真软件监视的文件夹，文件名为 分公司编码_日期"))
        self.test_to.setPlaceholderText(self.tr("留空则发给发件人地址"))
        self.test_button.setText(self.tr("发送测试邮件(&M)"))
        self.save_button.setText(self.tr("保存(&O)"))
        self.close_button.setText(self.tr("关闭"))

    def typed(self) -> send.SendSettings:
        return send.SendSettings(channel=self.channel.currentData(), host=self.host.text(), port=self.port.value(),
                                 tls=self.tls.currentData(), account=self.account.text(), sender=self.sender.text(),
                                 to_jg2=self.to_jg2.text(), to_bjk=self.to_bjk.text(), folder=self.folder.text())

    def _refused(self, refusal) -> None:
        from ui.forms import field_named_in, refuse

        refuse(refusal, self.message, field_named_in(self))

    def save(self) -> None:
        from ui.runner import run_op

        actor, typed, password = self.actor.at(self._clock()), self.typed(), self.password.text() or None
        run_op(self, lambda: send.save_settings(actor, typed, password), message_line=self.message,
               success=lambda stored: self.tr("报表发送设置已保存。"),
               on_done=lambda stored: self.password.clear(), on_refused=self._refused)

    def send_test(self) -> None:
        from ui.runner import run_op

        actor, typed, to = self.actor.at(self._clock()), self.typed(), self.test_to.text()
        typed_password = self.password.text()

        def work():
            if typed_password:  # try what was typed before it is saved
                from common import credentials

                credentials.store_secret(send.SMTP_SERVICE, typed.secret_name, typed_password)
            send.send_test(actor, typed, to)
            return to or typed.sender

        run_op(self, work, long=True, message_line=self.message, message=self.tr("正在发送测试邮件…"),
               success=lambda sent_to: self.tr("测试邮件已发出：{to}。请到收件箱查看。").format(to=sent_to),
               on_refused=self._refused)


# -- the 今日 card's list ------------------------------------------------------------------------------

class UnsentDialog(Retranslating, QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("SendPanel", "日期"), QT_TRANSLATE_NOOP("SendPanel", "发往"),
               QT_TRANSLATE_NOOP("SendPanel", "地址"), QT_TRANSLATE_NOOP("SendPanel", "已尝试"),
               QT_TRANSLATE_NOOP("SendPanel", "下次重试"), QT_TRANSLATE_NOOP("SendPanel", "上次错误"))

    def __init__(self, today_page, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.today_page = today_page
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.retry_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.reject)
        self.setWindowTitle(title)
        self.fill()
        self.resize(min(1000, self.screen().availableGeometry().width() - 40),
                    min(480, self.screen().availableGeometry().height() - 80))

    def fill(self) -> None:
        self.items = send.unsent()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (item.day.isoformat(), _tr(TARGET_NAMES[item.target]), item.recipient,
                      str(item.attempts), self._next_try(item), error_words(item.error))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.retranslateUi()  # the headers first: the columns are fitted to them as well
        self.table.resizeColumnsToContents()

    @staticmethod
    def _next_try(item) -> str:
        """When the unattended retry (ui/send_retry.py, day send --pending) tries this target again."""
        if item.attempts >= send.MAX_ATTEMPTS:
            return _tr("不再自动重试")
        at = send.next_attempt_at(item)
        return f"{at:%Y-%m-%d %H:%M}" if at is not None else _tr("尽快")

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([_tr(text) for text in self.COLUMNS])
        self.summary.setText(self.tr("{count} 天已签字的日报尚未发出。").format(
            count=len({item.day for item in self.items})))
        self.retry_button.setText(self.tr("重新发送(&R)"))
        self.close_button.setText(self.tr("关闭"))
        self.retry_button.setEnabled(bool(self.items))

    def retry(self) -> None:
        from ui.runner import run_op

        actor = self.today_page.actor.at(self.today_page._clock())

        def done(outcomes) -> None:
            self.fill()
            self.today_page.refresh()

        run_op(self, lambda: send.send_pending(actor, by_hand=True), long=True, message_line=self.message,
               message=self.tr("正在发送…"), on_done=done,
               success=lambda outcomes: self.tr("已发出 {sent} 份，失败 {failed} 份。").format(
                   sent=sum(o.ok for o in outcomes), failed=sum(not o.ok for o in outcomes)))


def open_unsent(today_page, key: str, title: str) -> UnsentDialog:
    dialog = UnsentDialog(today_page, title, today_page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def send_after_signing(page, actor, message_line) -> None:
    """Right after the manager's signature committed: send the owed days in the background. The
    signature is done whatever happens here; a failure stays on 今日 for a retry."""
    from ui.runner import run_op

    if not send.load_settings().channel:
        return
    run_op(page, lambda: send.send_pending(actor), long=True, modal=False, message_line=message_line,
           success=lambda outcomes: (QCoreApplication.translate("SendPanel", "签字版日报已发出。")
                                     if all(o.ok for o in outcomes) else
                                     QCoreApplication.translate("SendPanel", "签字版日报未能发出，见“今日”页重新发送。")))

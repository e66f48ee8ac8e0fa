"""The 设置 page's row for the branch's time zone (common.clock): an editable list of IANA zones
and a 保存 button, for administrators; read-only for everyone else.

The zone is the database's (every PC of the branch keeps the same clock), so it is saved through
common.clock.set_time_zone, which checks the permission and audits the change. A name that is no
zone is refused naming the field, and stays typed.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from common import clock
from common.errors import Refusal

from ui.retranslate import Retranslating

# Offered first: the branch's own default and the zones of China's neighbours a branch may sit in.
COMMON_ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


def _zone_names() -> list[str]:
    from zoneinfo import available_timezones

    others = sorted(name for name in available_timezones() if "/" in name and name not in COMMON_ZONES
                    and not name.startswith(("Etc/", "SystemV/", "posix/", "right/")))
    return list(COMMON_ZONES) + others


class TimeZoneRow(Retranslating, QWidget):
    def __init__(self, actor, clock_now: Callable[[], datetime] = clock.branch_now, *, editable: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self._clock = clock_now
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItems(_zone_names())
        self.combo.setCurrentText(clock.time_zone_name())
        self.combo.setEnabled(editable)
        self.save_button = QPushButton()
        self.save_button.setEnabled(editable)
        self.now_label = QLabel()
        self.now_label.setProperty("role", "hint")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.now_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.save_button.clicked.connect(self.save)
        self.combo.lineEdit().returnPressed.connect(self.save)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.save_button.setText(self.tr("保存时区(&S)"))
        self.combo.setToolTip(self.tr("锁定期限、操作记录的时间和“不能晚于今天”都按这个时区计算，与电脑的时区设置无关。"))
        self._show_now()

    def _show_now(self) -> None:
        self.now_label.setText(self.tr("分公司现在：{time}").format(time=clock.branch_now().strftime("%Y-%m-%d %H:%M")))

    def save(self) -> None:
        from ui.forms import mark_invalid, say, set_invalid

        try:
            name = clock.set_time_zone(self.actor.at(self._clock()), self.combo.currentText())
        except Refusal as refusal:
            from ui.messages import refusal_text

            mark_invalid(self.combo, self.message, refusal_text(refusal))
            return
        set_invalid(self.combo, False)
        say(self.message, self.tr("分公司时区已设为 {zone}。").format(zone=name), error=False)
        self._show_now()

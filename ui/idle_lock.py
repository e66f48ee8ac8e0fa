"""Locking the main window after a while without input, so a clerk who walks away from the counter
does not leave her session (and the customers' data on screen) to whoever sits down next.

``IdleWatch`` watches every key press, click and wheel turn in the application (an event filter on
the QApplication, so it sees input in dialogs too) and emits ``idle`` after the number of minutes
set on the 设置 page (``idle_minutes``; per PC in ui.ini, 0 = never). ``LockCover`` is what the
locked window shows: it covers the whole window (its pages stay as they were underneath, nothing
typed is lost) and offers to unlock, which the main window does with the login dialog: the same
user's password unlocks, another user's login switches user.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.retranslate import Retranslating

IDLE_KEY = "security/idle_lock_minutes"
MAX_IDLE_MINUTES = 480
INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                          QEvent.Type.TouchBegin, QEvent.Type.InputMethod})


def idle_minutes() -> int:
    """Minutes without input before the window locks (0: never), as set on this PC."""
    from ui.app import ui_settings

    try:
        minutes = int(ui_settings().value(IDLE_KEY, 0))
    except (TypeError, ValueError):
        return 0
    return minutes if 0 < minutes <= MAX_IDLE_MINUTES else 0


def set_idle_minutes(minutes: int) -> None:
    from ui.app import ui_settings

    settings = ui_settings()
    settings.setValue(IDLE_KEY, int(minutes))
    settings.sync()


class IdleWatch(QObject):
    """Emits ``idle`` once after ``idle_minutes()`` without input; any input starts the wait again."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, start: bool = True):
        """``start=False``: not counting until ``reload()`` (the main window starts it once painted)."""
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer this long would round to whole seconds, and a restart by the
        # next key press must count from that key press.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.idle)
        self.paused = False
        if start:
            self.reload()

    def reload(self) -> None:
        """Read the setting again (the 设置 page calls this after a change)."""
        minutes = idle_minutes()
        self.timer.setInterval(minutes * 60_000)
        if minutes and not self.paused:
            # Watch the input only while counting: with the lock off (the default) no Python
            # filter sits in front of every event of the application.
            QApplication.instance().installEventFilter(self)
            self.timer.start()
        else:
            self._stop_watching()

    def _stop_watching(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def pause(self) -> None:
        self.paused = True
        self._stop_watching()

    def resume(self) -> None:
        self.paused = False
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Cheap on every event: one set lookup; the timer restarts only while it is running.
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockCover(Retranslating, QWidget):
    """Covers its window while it is locked: who is logged in, and a button to unlock."""

    unlock_requested = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel()
        self.text.setObjectName("pageTitle")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self.unlock_requested)
        self.user_name = ""
        self.switching = False  # covering for the 切换用户 login, not for a lock
        self.retranslateUi()
        window.installEventFilter(self)
        self.hide()

    def retranslateUi(self) -> None:
        if self.switching:
            # Names nobody: the next person is about to log in.
            self.text.setText(self.tr("正在切换用户：请在登录窗口中登录。"))
        else:
            self.text.setText(self.tr("已锁定：{name} 离开了。").format(name=self.user_name))
        self.button.setText(self.tr("解锁或切换用户(&U)…"))

    def cover(self, user_name: str, switching: bool = False) -> None:
        """Cover the window: locked for ``user_name``, or (``switching``) while the 切换用户 login
        is up, when the login dialog itself is the way on and the button is not shown."""
        self.user_name = user_name
        self.switching = switching
        self.button.setVisible(not switching)
        self.retranslateUi()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False

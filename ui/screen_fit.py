"""Every dialog fits the screen it opens on.

A dialog sizes itself for its content (or a page asks for a comfortable size); on a 1366x768
laptop with a taskbar that can be more than the screen has, and then its buttons are out of
reach. ``ScreenFit``, installed once on the application (ui.app.apply_look), looks at every
dialog as it is shown: bigger than the screen's available geometry (the screen without the
taskbar), it is shrunk to fit, title bar and frame included, and moved back onto the screen.
Dialogs whose content scrolls (tables, long forms) keep working at the smaller size; a dialog
that cannot shrink that far is a layout bug, which tests/test_ui_layout.py catches.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget


def frame_margins(window: QWidget) -> QSize:
    """What the window system adds around the window (title bar, borders). Before the first show
    there is no frame yet; assume a title bar of two lines of text and thin borders."""
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.height() <= 0:
        frame = QSize(16, window.fontMetrics().height() * 2 + 8)
    return frame


def available_rect(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available geometry of its screen (frame included) and keep it on it."""
    available = available_rect(window)
    frame = frame_margins(window)
    width = min(window.width(), available.width() - frame.width())
    height = min(window.height(), available.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer = window.frameGeometry()
    x = min(max(outer.x(), available.x()), available.right() - outer.width() + 1)
    y = min(max(outer.y(), available.y()), available.bottom() - outer.height() + 1)
    if (x, y) != (outer.x(), outer.y()):
        window.move(max(x, available.x()), max(y, available.y()))


class ScreenFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type test second: it sees every event of the application, and reading an event's
        # type builds a Python enum member each time, which a C-level isinstance does not.
        if isinstance(watched, QDialog) and event.type() == QEvent.Type.Show:
            fit_to_screen(watched)
        return False


def install(app) -> ScreenFit:
    """Watch every dialog of ``app`` (once; a second call returns the filter already installed)."""
    existing = app.findChild(ScreenFit)
    if existing is not None:
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit

"""The desktop application object: names, language, fonts, look, icon; and ``run_gui``.

``run_gui`` is called by main.py with a database that is already open and migrated. It asks for
the first administrator on an empty database, then for a login, then shows the main window.
Start-up does as little as possible (the bench measures cold start): pages are built lazily by
the main window, and only the modules needed for the login dialog are imported before it shows.

Per-PC UI settings (language, window geometry) are a QSettings INI file in the data directory
(common.paths.data_dir), next to the database, so a portable install (BRANCHDESK_DATA_DIR) keeps
them and tests get a fresh file per directory.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from common import paths

ORGANISATION = "BranchDesk"
APPLICATION = "BranchDesk"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
BUNDLED_FAMILY = "WenQuanYi Micro Hei"  # resources/fonts/wqy-microhei.ttc, also packaged by Linux distributions


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def register_fonts() -> list[str]:
    """Register every font bundled in resources/fonts with Qt. Returns the new families."""
    folder = paths.resource("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def _apply_font(app: QApplication) -> None:
    # Keep the platform's UI font for Latin text and let Chinese fall back to a CJK family: the
    # Windows ones first (YaHei reads better than SimSun on screen), then the one we bundle - only
    # on a PC without any Chinese font, since registering its 5 MB costs a cold start 10-30 ms.
    font = QFont(app.font())
    available = set(QFontDatabase.families())
    preferred = [f for f in ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun", BUNDLED_FAMILY) if f in available]
    has_chinese = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    bundled = [] if has_chinese else register_fonts()
    font.setFamilies([font.family()] + preferred + bundled)
    app.setFont(font)


def apply_look(app: QApplication, fit_dialogs: bool = True) -> None:
    """The app's style, palette, stylesheet and fonts, and every dialog kept within the screen
    (ui/screen_fit.py); tests that measure sizes use it too. ``fit_dialogs=False`` leaves the
    dialog watch to the caller (run_gui installs it once the first window is painted)."""
    from ui import style

    app.setStyle("Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)  # the stylesheet is a light one
    app.setPalette(app.style().standardPalette())
    app.setStyleSheet(style.STYLESHEET)
    _apply_font(app)
    if fit_dialogs:
        install_screen_fit()


def install_screen_fit() -> None:
    """Keep every dialog within its screen from now on (ui/screen_fit.py)."""
    from ui import screen_fit

    screen_fit.install(QApplication.instance())


def start_up_done() -> None:
    """The garbage collector back on (main.py turns it off while the program starts). What the
    start built - modules, classes, Qt's enums, the main window - stays for the whole session:
    frozen, the collector never scans it again."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class _FirstPaint(QObject):
    """Runs callbacks, in order, on the event-loop turn after ``widget`` was first painted.

    The start uses it to put off what the first paint does not need. The watch is on that one
    widget only: an application-wide Python event filter makes PySide wrap objects of Qt's private
    classes, which creates every not yet used class of QtWidgets with all its enums at once
    (about 170 enums, 30-50 ms) - worth paying once the window is up, not before."""

    def __init__(self, widget, callbacks):
        super().__init__(widget)
        self._callbacks = list(callbacks)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._callbacks:
            watched.removeEventFilter(self)
            for callback in self._callbacks:
                # With this object as the context: a window closed and deleted before the next
                # turn takes its calls with it (the idle lock's reload found its timer deleted).
                QTimer.singleShot(0, self, callback)
            self._callbacks.clear()
        return False


def after_first_paint(widget, *callbacks) -> None:
    _FirstPaint(widget, callbacks)


def create_app(argv: list[str] | None = None, lang: str | None = None, fit_dialogs: bool = True) -> QApplication:
    """The QApplication, created once (a second call reuses it) with language, fonts and look.
    ``fit_dialogs``: see apply_look."""
    from ui import i18n
    from ui.icons import app_icon

    app = QApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        # main.py --lang created a QCoreApplication for the command line's translator; a GUI
        # needs a QApplication, and Qt allows only one application object at a time.
        i18n.uninstall()  # Qt deletes what is installed on the old object
        app.shutdown()
        app = None
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        apply_look(app, fit_dialogs=fit_dialogs)
        app.setWindowIcon(app_icon())
    i18n.install(i18n.resolve_language(lang))
    app.setApplicationDisplayName(QCoreApplication.translate("App", "分公司客服台账"))
    return app


def resident_memory_mb() -> float:
    """This process's resident memory (for the start-up benchmark)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t) for name in (
                    "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                    "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
        return counters.WorkingSetSize / 2**20
    try:
        # UTF-8, whose codec is loaded already (digits read the same): the ascii one would be
        # imported for this alone, inside the start-up time this reports.
        with open("/proc/self/statm", encoding="utf-8") as statm:
            import os

            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
        return peak / 2**20


def cpu_seconds() -> float:
    """Processor time this process has used since it started (for the start-up benchmark: on a
    shared machine it varies far less than the wall time)."""
    import time

    return time.process_time()


def _login_shown(app: QApplication, dialog) -> int:
    def shown() -> None:
        # Painted, and the event loop is back to taking input.
        print(f"SHOWN login rss_mb={resident_memory_mb():.0f} cpu_s={cpu_seconds():.3f}", flush=True)
        app.quit()

    after_first_paint(dialog, shown, install_screen_fit, start_up_done)
    dialog.show()
    return app.exec()


def run_gui(target, lang: str | None = None, demo_hint: str | None = None, actor=None,
            exit_when_shown: bool = False, pending_login=None) -> int:
    """Log in and show the main window on the open database ``target`` (a common.db.Target).

    ``actor``: already authenticated, so no dialog is shown. ``pending_login``: a started
    common.auth.PendingLogin (scripts and the benchmark log in from the environment): the main
    window is built hidden while its password hash is computed, and shown only once it is
    verified; a refusal is raised as from auth.authenticate. ``exit_when_shown``: once the main window is shown and the event loop has
    run, print "INTERACTIVE rss_mb=N cpu_s=S"; once the 今日 page's counts are filled too, print
    "SHOWN rss_mb=N" and quit (the bench measures the time to both lines). Without an actor,
    ``exit_when_shown`` shows the login dialog, prints "SHOWN login rss_mb=N cpu_s=S" once it
    takes input and quits: the first window a clerk starting the app can type into.
    Returns the process exit code.
    """
    # Dialogs are kept on the screen from the main window's first paint on (see _FirstPaint): the
    # login dialogs before it are small.
    app = create_app(lang=lang, fit_dialogs=False)
    if pending_login is not None:
        return _run_verified(app, target, pending_login, exit_when_shown)
    if actor is None:
        from common import auth
        from ui.login import LoginDialog

        if exit_when_shown:
            return _login_shown(app, LoginDialog(demo_hint=demo_hint))
        from ui import setup_wizard

        if not auth.has_users():
            # A new database: the first-start wizard creates the admin and logs them in.
            actor = setup_wizard.SetupWizard.ask(None, target=target)
        else:
            actor = LoginDialog.ask(None, demo_hint=demo_hint)
            if actor is not None and setup_wizard.pending(actor.user):  # left halfway, or never set up
                actor = setup_wizard.SetupWizard.ask(None, actor, target=target)
        if actor is None:
            return 0
    from ui.main_window import MainWindow

    return _show_main_window(app, MainWindow(actor, target), exit_when_shown)


def _run_verified(app: QApplication, target, pending_login, exit_when_shown: bool) -> int:
    from common.actor import Actor
    from common.clock import branch_now
    from common.errors import Refusal
    from ui.main_window import MainWindow

    now = branch_now()
    user = pending_login.user
    if user is None or not user.active:
        pending_login.finish(now)  # refuses (counted and audited) before any window exists
    # Built but not shown: its pages read nothing before the first paint, and there is none
    # until finish() has verified the password and recorded the login.
    window = MainWindow(Actor(user, now), target)
    try:
        actor = pending_login.finish(now)
        # A script cannot answer the change-password dialog: refused as on the command line.
        from common.auth import require_password_changed

        require_password_changed(actor)
    except Refusal:
        window.deleteLater()
        raise
    return _show_main_window(app, window, exit_when_shown)


def _show_main_window(app: QApplication, window, exit_when_shown: bool) -> int:
    callbacks = []
    if exit_when_shown:
        today = window.frames["today"].content if "today" in window.frames else None

        def done() -> None:
            print(f"SHOWN rss_mb={resident_memory_mb():.0f}", flush=True)
            app.quit()

        def shown() -> None:
            # The first page is painted and the event loop is back to taking input; the 今日 cards
            # may still show "…" (they are counted after the first paint). SHOWN, the last line,
            # comes once they are filled.
            print(f"INTERACTIVE rss_mb={resident_memory_mb():.0f} cpu_s={cpu_seconds():.3f}", flush=True)
            if getattr(today, "pending", False):
                today.filled.connect(done)
            else:
                done()

        callbacks.append(shown)
    else:
        # Signed reports whose sending failed are tried again in the background (ui.send_retry).
        def start_send_retry() -> None:
            from ui.send_retry import start_send_retry

            start_send_retry(window)

        callbacks.append(start_send_retry)
    frame = window.stack.currentWidget()
    after_first_paint(getattr(frame, "content", None) or frame, *callbacks, install_screen_fit, start_up_done)
    window.show()
    return app.exec()

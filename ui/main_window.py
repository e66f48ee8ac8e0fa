"""The main window: page navigation on the left, the current page on the right, a status bar.

Data model: ``PAGES`` is the one list of pages - (key, title, icon, factory). The factory is a
"module:callable" string, imported and called with a ``PageContext`` the first time the page is
shown, so start-up imports nothing a page needs until the clerk opens it (cold start is measured).
To plug in a real page, change its factory string here; nothing else.

Window geometry and state are remembered per PC (ui.app.ui_settings). Every text is set in
``retranslateUi``, which runs again when the language is switched (LanguageChange).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.retranslate import Retranslating


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # Chinese source text, context "Pages"
    icon: str  # resources/icons/<icon>.svg
    factory: str  # "module:callable"; callable(PageContext) -> QWidget


PAGES: list[Page] = [
    Page("today", QT_TRANSLATE_NOOP("Pages", "今日"), "today", "ui.today:deferred_page"),
    Page("archive", QT_TRANSLATE_NOOP("Pages", "档案"), "archive", "ui.archive_page:archive_page"),
    Page("customers", QT_TRANSLATE_NOOP("Pages", "客户"), "customers", "ui.customers_page:customers_page"),
    Page("service", QT_TRANSLATE_NOOP("Pages", "客服"), "service", "ui.callbacks_page:ServicePage"),
    Page("members", QT_TRANSLATE_NOOP("Pages", "会员"), "user", "ui.members_page:MembersPage"),
    Page("parts", QT_TRANSLATE_NOOP("Pages", "备件"), "parts", "ui.parts_page:parts_page"),
    Page("daily", QT_TRANSLATE_NOOP("Pages", "日报"), "daily", "ui.daily_page:daily_page"),
    Page("reconcile", QT_TRANSLATE_NOOP("Pages", "对账"), "reconcile", "ui.reconcile_page:reconcile_page"),
    Page("settings", QT_TRANSLATE_NOOP("Pages", "设置"), "settings", "ui.settings:SettingsPage"),
    Page("audit", QT_TRANSLATE_NOOP("Pages", "审计"), "database", "ui.audit_page:audit_page"),
    Page("events", QT_TRANSLATE_NOOP("Pages", "活动"), "events", "ui.events_page:EventsPage"),
]
# Pages only some roles see (the permission of common.auth); the others are everyone's.
PAGE_PERMISSIONS = {"audit": "audit.read"}


@dataclass
class PageContext:
    """What a page factory gets: who is logged in, which database, and the window."""

    actor: object  # common.actor.Actor (its .now is the login time; take common.clock.branch_now() per action)
    target: object  # common.db.Target
    window: "MainWindow"


def page_title(page: Page) -> str:
    return QCoreApplication.translate("Pages", page.title)


class PageFrame(Retranslating, QWidget):
    """Holds one page: its title, and the page itself once built."""

    def __init__(self, page: Page, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.content: QWidget | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self.retranslateUi()

    def build(self, context: PageContext) -> QWidget:
        if self.content is None:
            module_name, _, attribute = self.page.factory.partition(":")
            factory = getattr(importlib.import_module(module_name), attribute)
            self.content = factory(context)
            self._layout.addWidget(self.content, 1)
        return self.content

    def reset(self) -> None:
        """Drop the built page: another user logged in, so it is built again for their role."""
        if self.content is not None:
            self._layout.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
            self.content = None

    def retranslateUi(self) -> None:
        self.title.setText(page_title(self.page))


class MainWindow(Retranslating, QMainWindow):
    GEOMETRY_KEY = "main_window/geometry"
    STATE_KEY = "main_window/state"

    def __init__(self, actor, target, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.target = target
        self.context = PageContext(actor, target, self)
        from common.branch import branch_name

        self.branch_name = branch_name()  # in the title; refresh_branch() when 设置 › 分公司信息 changes it
        from common.auth import is_demo_database

        self.demo = is_demo_database()  # made by main.py demo: said in the title, never mistaken for the branch's

        # create
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.frames: dict[str, PageFrame] = {}
        for page in PAGES:
            QListWidgetItem(icon(page.icon), "", self.navigation)
            frame = PageFrame(page)
            self.frames[page.key] = frame
            self.stack.addWidget(frame)
        self.user_label = QLabel()
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._create_actions()

        # lay out
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        from ui.trust_banner import TrustBanner

        self.trust_banner = TrustBanner()  # a database guard missing: said to admin and manager (retranslateUi)
        pages = QVBoxLayout()
        pages.setSpacing(0)
        pages.addWidget(self.trust_banner)
        pages.addWidget(self.stack, 1)
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

        # connect
        self.navigation.currentRowChanged.connect(self._show_row)

        # Lock after a while without input (设置 page; per PC): see ui.idle_lock.
        from ui.app import after_first_paint
        from ui.idle_lock import IdleWatch, LockCover

        # Counting from the first paint on: the input watch is an application-wide Python event
        # filter, which before that paint makes PySide create every widget class (~50 ms).
        self.idle_watch = IdleWatch(self, start=False)
        self.idle_watch.idle.connect(self.lock)
        after_first_paint(self, self.idle_watch.reload)
        self.lock_cover = LockCover(self)
        self.lock_cover.unlock_requested.connect(self.unlock)
        self._locked_actions: list[QAction] = []
        self._hidden_dialogs: list[QWidget] = []
        self._dialog_covers: list[QWidget] = []  # over modal windows while locked

        # Pages showing what another PC has just posted refresh (ui.live).
        from ui import live

        self.live = live.start(target, self)

        self.retranslateUi()
        self._show_pages_for_role()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # -- actions and menus ----------------------------------------------------------------------

    def _create_actions(self) -> None:
        from ui import i18n

        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        for number, page in enumerate(PAGES, start=1):
            action = QAction(icon(page.icon), "", self)
            action.setCheckable(True)
            if number <= 10:  # Ctrl+1..9, the tenth page Ctrl+0; pages after it are chosen in the list
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _=False, key=page.key: self.show_page(key))
            group.addAction(action)
            self.page_actions.append(action)
        self.switch_user_action = QAction(self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)

        self.language_actions: dict[str, QAction] = {}
        language_group = QActionGroup(self)
        # Language names are written in their own language: a user stuck in the wrong one must
        # still recognise their own.
        for lang, name in (("zh", "中文"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _=False, lang=lang: i18n.set_language(lang))
            language_group.addAction(action)
            self.language_actions[lang] = action

        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = menu_bar.addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslateUi(self) -> None:
        from ui import i18n

        QApplication.setApplicationDisplayName(QCoreApplication.translate("App", "分公司客服台账"))
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.view_menu.setTitle(self.tr("视图(&V)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.language_menu.setTitle(self.tr("语言(&L)"))
        self.switch_user_action.setText(self.tr("切换用户(&U)…"))
        self.quit_action.setText(self.tr("退出(&X)"))
        self.about_action.setText(self.tr("关于(&A)"))
        for row, (page, action) in enumerate(zip(PAGES, self.page_actions)):
            self.navigation.item(row).setText(page_title(page))
            action.setText(page_title(page))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == i18n.current_language())
        user = self.actor.user
        self.user_label.setText(self.tr("用户：{name}（{role}）").format(name=user.display_name,
                                                                    role=i18n.role_name(user.role)))
        self.database_label.setText(self.tr("演示数据库：{where}").format(where=self.target.describe()) if self.demo
                                    else self.tr("数据库：{where}").format(where=self.target.describe()))
        self.database_label.setToolTip(self.target.describe())
        self.trust_banner.show_for(self.actor)
        self._fit_navigation()
        self._update_title()

    def _fit_navigation(self) -> None:
        # Sized from the font and the longest title, so it fits at any scaling and in English.
        metrics = self.navigation.fontMetrics()
        side = round(metrics.height() * 1.4)
        self.navigation.setIconSize(QSize(side, side))
        longest = max(metrics.horizontalAdvance(page_title(page)) for page in PAGES)
        self.navigation.setFixedWidth(longest + side + metrics.height() * 4)

    def _update_title(self) -> None:
        frame = self.stack.currentWidget()
        title = page_title(frame.page) if isinstance(frame, PageFrame) else ""
        self.setWindowTitle(self._with_branch(self.tr("{page}（演示数据库）").format(page=title) if self.demo else title))

    def _with_branch(self, title: str) -> str:
        # The branch's name is data and stays as typed; the platform adds the program's name.
        return self.tr("{page} — {branch}").format(page=title, branch=self.branch_name)

    def refresh_branch(self) -> None:
        """Read the branch's name again (an administrator just changed it) and retitle the window."""
        from common.branch import branch_name

        self.branch_name = branch_name()
        self._update_title()

    # -- pages ----------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        frame = self.stack.widget(row)
        frame.build(self.context)
        self.stack.setCurrentIndex(row)
        self.page_actions[row].setChecked(True)
        self._update_title()

    def may_open(self, key: str) -> bool:
        """Whether this user's role may open the page ``key`` (PAGE_PERMISSIONS)."""
        from common.auth import can

        return key not in PAGE_PERMISSIONS or can(self.actor.user, PAGE_PERMISSIONS[key])

    def _show_pages_for_role(self) -> None:
        """Hide the pages this user's role may not open (their shortcuts go with them)."""
        for row, (page, action) in enumerate(zip(PAGES, self.page_actions)):
            allowed = self.may_open(page.key)
            self.navigation.item(row).setHidden(not allowed)
            action.setVisible(allowed)

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (building it on first use); returns the page widget."""
        row = [page.key for page in PAGES].index(key)
        self.navigation.setCurrentRow(row)
        return self.frames[key].content

    def page_widget(self, key: str) -> QWidget:
        """The page ``key``, built if needed but not shown (for tests and the self-test)."""
        return self.frames[key].build(self.context)

    def current_page_key(self) -> str:
        return self.stack.currentWidget().page.key

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # here, not at start: its class and enums cost ~1.5 ms

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("分公司客服台账 BranchDesk\n\n车辆档案、麦凯 66 客户档案、回访，以及分公司五本备件账与每日货品出入库报表。"),
        )

    # -- who is logged in -----------------------------------------------------------------------

    def close_dialogs(self) -> bool:
        """Close every window opened from this one (a profile, a document, a list), each asking
        about what is unsaved as its own 关闭 does. False when one stays open (its user chose 取消)."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            widget.reject()
            if widget.isVisible():
                return False
        return True

    def switch_user(self) -> bool:
        """文件 > 切换用户 (Ctrl+L): close what is open (asking), then log in; the pages are built
        again for the new user's role. Cancelling the login leaves the current user logged in."""
        from ui import runner
        from ui.login import LoginDialog

        if runner.busy(self):
            self.statusBar().showMessage(self.tr("正在处理，完成后才能切换用户。"), 5000)
            return False
        self._show_hidden_dialogs()
        if not self.close_dialogs():
            self.statusBar().showMessage(self.tr("有窗口未关闭，仍由 {name} 使用。").format(
                name=self.actor.user.display_name), 5000)
            return False
        # The login dialog does not hide the window: cover its content meanwhile, so whoever
        # walks up sees no customer's data of the user who is leaving.
        self.centralWidget().hide()
        self.lock_cover.cover(self.actor.user.display_name, switching=True)
        try:
            actor = LoginDialog.ask(self, username="")
        finally:
            self.lock_cover.hide()
            self.centralWidget().show()
        if actor is None:
            return False
        self.set_actor(actor)
        return True

    def set_actor(self, actor) -> None:
        """Another user logged in: every page is dropped and built again when shown, for this role."""
        self.actor = actor
        self.context = PageContext(actor, self.target, self)
        for frame in self.frames.values():
            frame.reset()
        self.retranslateUi()
        self._show_pages_for_role()
        if self.navigation.currentRow() == 0:
            self._show_row(0)
        else:
            self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("{name} 已登录。").format(name=actor.user.display_name), 5000)

    def is_locked(self) -> bool:
        return self.lock_cover.isVisible()

    def lock(self) -> None:
        """Cover the window (after the idle minutes): pages and open windows stay as they were,
        hidden, until the same user's password unlocks or another user logs in."""
        if self.is_locked():
            return
        self.idle_watch.pause()
        # Open windows of this session go out of sight too; modal ones stay (hiding one would end
        # the question it is asking).
        # Added to those still hidden from a handover the new user declined (ask_close_for).
        self._hidden_dialogs = self._hidden_dialogs + [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and not w.isModal()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._locked_actions = [action for action in self.findChildren(QAction) if action.isEnabled()]
        for action in self._locked_actions:
            action.setEnabled(False)  # no page shortcut works behind the cover
        self.centralWidget().hide()
        self.lock_cover.cover(self.actor.user.display_name)
        # A modal window stays open but covered too: the customer it shows is not left on view.
        from ui.idle_lock import LockCover

        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.isModal():
                cover = LockCover(dialog)
                cover.cover(self.actor.user.display_name)
                cover.button.hide()  # the window's own cover is the way back
                self._dialog_covers.append(cover)
        self.unlock()

    def unlock(self) -> bool:
        """The login dialog over the locked window: the same user unlocks, another one switches."""
        from ui.login import LoginDialog

        actor = LoginDialog.ask(self, username=self.actor.user.username, locked=True)
        if actor is None:
            return False  # stays locked; the cover's button asks again
        for action in self._locked_actions:
            action.setEnabled(True)
        self._locked_actions = []
        self.centralWidget().show()
        self.lock_cover.hide()
        if actor.user.id == self.actor.user.id:
            self._remove_dialog_covers()
            self._show_hidden_dialogs()
        else:
            owner = self.actor.user.display_name
            kept = self.hand_over_dialogs(actor)  # modal windows stay covered while they close
            self._remove_dialog_covers()
            if kept is not None:
                self.set_actor(actor)
                if kept:
                    self.statusBar().showMessage(self.tr(
                        "{name} 已登录。{owner} 未保存的内容已存为草稿，{owner} 再打开时可恢复。").format(
                        name=actor.user.display_name, owner=owner), 10000)
            else:
                # The previous user's unsaved work was kept (取消): it stays theirs, locked again.
                self.statusBar().showMessage(self.tr("有窗口未关闭，仍由 {name} 使用。").format(
                    name=self.actor.user.display_name), 5000)
                self.idle_watch.resume()
                self.lock()
                return False
        self.idle_watch.resume()
        return True

    def hand_over_dialogs(self, actor) -> int | None:
        """Another user logged in at the locked window: the absent user's open windows close
        without that user. A window that can keep its unsaved typing as its user's draft
        (``keep_as_draft()`` -> "draft" / "closed", None when it cannot; the profile) does so
        unasked; any other is shown and closed with its own question, after the new user is told
        whose work it holds. Returns how many drafts were kept, or None when a window stays open
        (the absent user's work is not given up)."""
        owner = self.actor.user.display_name
        others, drafts = [], 0
        for dialog in self._hidden_dialogs:
            keep = getattr(dialog, "keep_as_draft", None)
            kept = keep() if keep is not None else None
            if kept is None:
                others.append(dialog)
            drafts += kept == "draft"
        self._hidden_dialogs = []
        # Modal windows were covered, not hidden; they close with their own question as well.
        asking = others + [w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QDialog) and w.isVisible() and w.isModal() and w not in others]
        if asking and not self.ask_close_for(self, owner, actor.user.display_name,
                                             [dialog.windowTitle() for dialog in asking]):
            self._hidden_dialogs = others  # still out of sight, still the absent user's
            return None
        for dialog in others:
            dialog.show()
        if not self.close_dialogs():
            return None
        return drafts

    @classmethod
    def ask_close_for(cls, parent: QWidget, owner: str, new_user: str, titles: list[str]) -> bool:
        """The seam tests replace: may the new user close the absent user's windows, each asking
        what to do with the absent user's unsaved work?"""
        from PySide6.QtWidgets import QMessageBox

        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            parent, translate("MainWindow", "{name} 未保存的内容").format(name=owner),
            translate("MainWindow", "{name} 还开着：{titles}，可能有 {name} 未保存的内容。\n"
                                    "{new_user} 登录前要先关闭这些窗口，每个窗口会问如何处理 {name} 的内容。继续？")
            .format(name=owner, new_user=new_user, titles="、".join(titles)))
        return answer == QMessageBox.StandardButton.Yes

    def _remove_dialog_covers(self) -> None:
        for cover in self._dialog_covers:
            cover.hide()
            cover.deleteLater()
        self._dialog_covers = []

    def _show_hidden_dialogs(self) -> None:
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []

    # -- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        from ui.app import ui_settings

        settings = ui_settings()
        geometry = settings.value(self.GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(round(screen.width() * 0.75), round(screen.height() * 0.8))
        state = settings.value(self.STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        from ui.app import ui_settings

        settings = ui_settings()
        settings.setValue(self.GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(self.STATE_KEY, self.saveState())
        settings.sync()

    def closeEvent(self, event) -> None:
        # Quitting asks about unsaved work in open windows (a profile) as switching user does. Not
        # while locked: nobody at the PC may answer for the absent user (the profile's autosaved
        # draft keeps their typing).
        if not self.is_locked() and not self.close_dialogs():
            event.ignore()
            return
        self.save_geometry()
        self.live.stop()
        super().closeEvent(event)

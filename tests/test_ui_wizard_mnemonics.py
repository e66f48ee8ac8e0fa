"""The first-start wizard's Alt+letter keys (issue 12 item 4): on every step each mnemonic that can
be pressed belongs to one widget, in Chinese and in English, so Alt+N presses 下一步 instead of
cycling between it and 姓名(&N) (admin step) or 添加用户(&N) (users step)."""
import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from common import auth
from tests.conftest import NOW
from tests.test_ui_setup_wizard import PASSWORDS, fill
from ui import i18n
from ui.login import LoginDialog
from ui.setup_wizard import STEPS, SetupWizard
from ui.users import NewUserDialog

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letters two or more widgets of ``root`` answer to, as a user sees it: enabled, shown
    buttons and group boxes, and shown labels with a buddy (Qt gives those a shortcut)."""
    owners = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        letter = mnemonic(text)
        if letter is not None:
            owners[letter].append(text)
    return {letter: texts for letter, texts in owners.items() if len(texts) > 1}


def test_the_checker_finds_a_clash_on_one_page(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label, field = QLabel("姓名(&N)"), QLineEdit()
    label.setBuddy(field)
    for widget in (label, field, QPushButton("下一步(&N)"), QPushButton("Parts && labour"), QPushButton("&Back")):
        layout.addWidget(widget)
    assert mnemonic_clashes(page) == {"n": ["姓名(&N)", "下一步(&N)"]}
    label.hide()
    assert mnemonic_clashes(page) == {}


@pytest.fixture
def logged_in(monkeypatch):
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent=None, demo_hint=None, username=None, **options:
        auth.authenticate(username or "admin", PASSWORDS["admin"], NOW)))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_step_of_the_wizard_has_two_widgets_on_one_alt_letter(qtbot, sqlite_db, logged_in, lang):
    if lang == "en":
        assert i18n.install("en")
    wizard = SetupWizard(None, clock=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    clashes = {"admin": mnemonic_clashes(wizard)}
    auth.create_first_admin("admin", "刘洋", PASSWORDS["admin"], NOW)
    wizard.actors = [auth.authenticate("admin", PASSWORDS["admin"], NOW)]
    wizard.actor = wizard.actors[0]
    for step in STEPS[1:]:
        wizard.go(step)
        clashes[step] = mnemonic_clashes(wizard)
    assert {step: found for step, found in clashes.items() if found} == {}


def test_alt_n_on_the_admin_step_goes_on_and_on_the_users_step_too(qtbot, sqlite_db, logged_in, monkeypatch):
    wizard = SetupWizard(None, clock=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()

    def alt_n(widget) -> None:
        wizard.activateWindow()  # shortcuts go to the active window (a step's login may have taken it)
        qtbot.waitUntil(wizard.isActiveWindow)
        qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(200)  # a mnemonic clicks its button after the key event (animateClick)

    admin = wizard.contents["admin"]
    fill(qtbot, admin.username, "admin")
    fill(qtbot, admin.password, PASSWORDS["admin"])
    fill(qtbot, admin.repeat, PASSWORDS["admin"])
    alt_n(admin.repeat)
    assert auth.has_users() and wizard.step == "identity"

    identity = wizard.contents["identity"]
    fill(qtbot, identity.name, "河南分公司客服部")
    fill(qtbot, identity.code, "HN01")
    fill(qtbot, identity.address, "郑州市金水区花园路 1 号")
    alt_n(identity.code)
    assert wizard.step == "users"

    added = []
    monkeypatch.setattr(NewUserDialog, "ask", classmethod(lambda cls, parent=None, submit=None: added.append(1)))
    users = wizard.contents["users"]
    alt_n(users.view.table)
    assert wizard.step == "parties" and not added

"""The first-start wizard (issue 12 item 4) on a fresh SQLite file: the first admin, the branch's
identity, users, parties, parts, the opening, archives and the calendar, each step's file written
with the step's own template, previewed and imported; closed halfway and resumed at its step."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from common import auth, branch
from ledger import books
from archive.models import Holiday
from ledger.models import Document, Party
from tests.conftest import NOW
from ui import runner
from ui.import_dialog import ImportDialog
from ui.login import LoginDialog
from ui.setup_wizard import DONE, SetupWizard, pending, stored_step
from ui.users import NewUserDialog

GO_LIVE = date(2026, 10, 31)
PASSWORDS = {"admin": "Zq7-admin-pass", "boss": "Zq7-boss-pass", "wang": "Zq7-wang-pass"}


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def fill(qtbot, field, text) -> None:
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types ASCII only; an input method commits Chinese as one string
        field.insert(text)


def enter(qtbot, widget, ctrl=False) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier if ctrl else
                   Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def seams(monkeypatch, tmp_path):
    """Logins answered with the accounts' passwords, file dialogs with files in tmp_path."""
    logins = []  # user names asked for when the wizard offers another login (username "")
    others = []

    def login(cls, parent=None, demo_hint=None, username=None, **options):
        name = username or others.pop(0)
        logins.append(name)
        return auth.authenticate(name, PASSWORDS[name], NOW)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(login))
    files = {}
    monkeypatch.setattr(ImportDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: files["next"]))
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent: files["next"]))

    def add_user(cls, parent=None, submit=None):
        return submit(added.pop(0))

    added = []
    monkeypatch.setattr(NewUserDialog, "ask", classmethod(add_user))
    return {"logins": logins, "others": others, "files": files, "added": added, "tmp": tmp_path}


def import_with_template(qtbot, wizard, seams, name, go_live=None):
    """Save the step's template, pick it, see its preview, post it with Ctrl+Enter."""
    step = wizard.contents[wizard.step]
    seams["files"]["next"] = str(seams["tmp"] / name)
    qtbot.mouseClick(step.template_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    if go_live is not None:
        step.date_edit.setFocus()
        qtbot.keyClick(step.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(step.date_edit, go_live)
        enter(qtbot, step.date_edit)
        assert step.choose_button.hasFocus()
    qtbot.mouseClick(step.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert step.preview_table.rowCount() > 0 and step.import_button.isEnabled(), step.summary.text()
    assert step.problems_table.rowCount() == 0
    enter(qtbot, wizard, ctrl=True)
    settle(qtbot)
    return step


def test_a_fresh_database_walks_every_step_closes_halfway_and_resumes(qtbot, sqlite_db, seams):
    assert pending()
    wizard = SetupWizard(None, clock=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.step == "admin" and "还没有任何用户" in wizard.existing.text()

    admin = wizard.contents["admin"]
    fill(qtbot, admin.username, "admin")
    fill(qtbot, admin.display_name, "刘洋")
    fill(qtbot, admin.password, PASSWORDS["admin"])
    fill(qtbot, admin.repeat, "something-else")
    enter(qtbot, admin.repeat)
    assert not auth.has_users() and "不一致" in admin.message.text() and wizard.step == "admin"
    fill(qtbot, admin.repeat, PASSWORDS["admin"])
    enter(qtbot, admin.repeat)
    assert seams["logins"] == ["admin"] and wizard.step == "identity"
    assert wizard.actor.user.username == "admin" and stored_step() == "identity"

    # Identity: a bad code is named and nothing advances; then Enter through the fields saves it.
    identity = wizard.contents["identity"]
    fill(qtbot, identity.name, "河南分公司客服部")
    fill(qtbot, identity.code, "hn-01!")
    fill(qtbot, identity.address, "郑州市金水区花园路 1 号")
    enter(qtbot, identity.address)
    assert wizard.step == "identity" and not branch.is_set()
    assert identity.code.property("invalid") and "编码" in identity.message.text()
    fill(qtbot, identity.code, "hn01")
    identity.address.setFocus()
    enter(qtbot, identity.address)
    assert branch.identity().code == "HN01" and wizard.step == "users"

    seams["added"] += [{"username": "boss", "display_name": "张伟", "role": "manager", "password": PASSWORDS["boss"]},
                       {"username": "wang", "display_name": "王丽", "role": "clerk", "password": PASSWORDS["wang"]}]
    users = wizard.contents["users"]
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert "已有 3 个用户" in wizard.existing.text()
    wizard.next_button.setFocus()
    enter(qtbot, wizard)
    assert wizard.step == "parties" and "已有 0 个往来单位" in wizard.existing.text()

    import_with_template(qtbot, wizard, seams, "往来单位.xlsx")
    assert Party.select().count() == 4 and "已有 4 个往来单位" in wizard.existing.text()
    # Closed halfway: the next start reopens the wizard at the same step.
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and stored_step() == "parties" and pending()
    assert pending(auth.authenticate("admin", PASSWORDS["admin"], NOW).user)
    assert not pending(auth.authenticate("wang", PASSWORDS["wang"], NOW).user)  # a clerk is not stopped

    admin_actor = auth.authenticate("admin", PASSWORDS["admin"], NOW)
    wizard = SetupWizard(admin_actor, clock=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.step == "parties" and "已有 4 个往来单位" in wizard.existing.text()
    wizard.next_button.click()
    assert wizard.step == "parts"
    import_with_template(qtbot, wizard, seams, "备件.xlsx")
    assert "已有 2 个备件" in wizard.existing.text()
    assert wizard.focusWidget() is wizard.next_button  # Enter goes on once the file is in
    enter(qtbot, wizard.next_button)

    # The opening is a manager's: the admin is told whose step it is and logs the manager in.
    assert wizard.step == "opening" and wizard.rights.isVisible() and "经理" in wizard.rights.text()
    seams["others"].append("boss")
    qtbot.mouseClick(wizard.login_button, Qt.MouseButton.LeftButton)
    assert not wizard.rights.isVisible()
    import_with_template(qtbot, wizard, seams, "期初.xlsx", go_live="20261031")
    assert Document.get(Document.doc_type == "OPENING").date == GO_LIVE
    assert "已建期初" in wizard.existing.text()
    at = books.balances_at(GO_LIVE)["parts"]
    assert at["BP-3501010"] == {"good": 20, "bad": 3, "in_transit_in": 0, "in_transit_out": 2,
                                "owed_to": {"HQ": 5}, "owed_by": {"ZZ01": 4}}
    assert at["OF-1012010"]["in_transit_in"] == 10
    wizard.next_button.click()

    assert wizard.step == "archives" and not wizard.rights.isVisible()  # the manager may
    import_with_template(qtbot, wizard, seams, "档案.xlsx")
    assert "已有 1 辆车的档案" in wizard.existing.text()
    wizard.next_button.click()

    assert wizard.step == "calendar" and "节假日日历已有" in wizard.existing.text()
    calendar = import_with_template(qtbot, wizard, seams, "日历.xlsx")
    assert "已导入 9 天（2026 年）" in calendar.summary.text()
    assert Holiday.get(Holiday.day == date(2026, 10, 10)).is_workday_override
    assert wizard.next_button.text().startswith("完成")
    wizard.next_button.setFocus()
    enter(qtbot, wizard)
    assert not wizard.isVisible() and stored_step() == DONE and not pending()


def test_a_database_in_use_does_not_show_the_wizard(qtbot, sqlite_actors):
    from ledger.posting import create_party

    create_party(sqlite_actors["manager"], "HQ", "客服本部", "hq")
    assert not pending()



def test_settings_reopens_the_wizard_at_its_step_and_a_finished_one_from_the_top(qtbot, sqlite_actors, sqlite_db):
    from ui.main_window import PageContext
    from ui.settings import SettingsPage
    from ui.setup_wizard import save_step

    admin = sqlite_actors["admin"]
    clerk_page = SettingsPage(PageContext(sqlite_actors["clerk"], sqlite_db, None), clock=lambda: NOW)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.wizard_button.isVisibleTo(clerk_page)
    page = SettingsPage(PageContext(admin, sqlite_db, None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    save_step("parts")
    qtbot.mouseClick(page.wizard_button, Qt.MouseButton.LeftButton)
    assert page.wizard.isVisible() and page.wizard.step == "parts"
    page.wizard.close()
    save_step(DONE)
    qtbot.mouseClick(page.wizard_button, Qt.MouseButton.LeftButton)
    assert page.wizard.step == "identity" and stored_step() == "identity"
    page.wizard.close()

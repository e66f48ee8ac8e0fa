"""The administrator's user screen: every action goes through common.auth, refusals are shown as
sentences, and non-administrators cannot change anything."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from common import auth
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW, TEST_PASSWORD
from ui import i18n
from ui.main_window import MainWindow
from ui.users import NewUserDialog, PasswordDialog, RoleDialog, UsersPanel


@pytest.fixture(autouse=True)
def ui_settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")


def answer(monkeypatch, dialog, value):
    monkeypatch.setattr(dialog, "ask", classmethod(lambda cls, *args, **kwargs: value))


@pytest.fixture
def panel(qtbot, desk_actors):
    panel = UsersPanel(desk_actors["admin"], clock=lambda: NOW + timedelta(minutes=5))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def usernames(panel):
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def select(panel, username):
    panel.view.select_key(User.get(User.username == username).id)
    assert panel.selected_user().username == username


def test_admin_adds_a_user_through_the_dialog(qtbot, panel, monkeypatch):
    monkeypatch.setattr(NewUserDialog, "ask", classmethod(lambda cls, parent, submit: submit(
        {"username": "zhao", "display_name": "赵敏", "role": "finance", "password": "long-enough-1"})))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "zhao" in usernames(panel)
    assert panel.message.text() == "已添加用户 zhao，首次登录时须修改密码。"
    assert panel.selected_user().username == "zhao"
    row = usernames(panel).index("zhao")
    assert panel.model.index(row, 2).data() == "财务"
    assert auth.authenticate("zhao", "long-enough-1", NOW).user.display_name == "赵敏"
    assert AuditLog.select().where(AuditLog.action == "user.create").count() == 1


def test_the_new_user_dialog_itself_collects_the_fields(qtbot):
    dialog = NewUserDialog()
    qtbot.addWidget(dialog)
    dialog.username.setText("li")
    dialog.display_name.setText("李四")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.password.setText("long-enough-1")
    dialog.repeat.setText("long-enough-x")
    dialog.accept()
    assert dialog.message.text() == "两次输入的密码不一致。"
    dialog.repeat.setText("long-enough-1")
    dialog.accept()
    assert dialog.values() == {"username": "li", "display_name": "李四", "role": "manager", "password": "long-enough-1"}
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == ["客服专员", "财务", "经理", "管理员"]


def test_a_taken_username_is_refused_with_a_sentence(qtbot, panel, monkeypatch):
    seen = []

    def ask(cls, parent, submit):  # the real dialog: the refusal stays in it, the fields kept
        dialog = cls(parent, submit)
        qtbot.addWidget(dialog)
        dialog.username.setText("clerk")
        dialog.display_name.setText("重名")
        dialog.password.setText("long-enough-1")
        dialog.repeat.setText("long-enough-1")
        dialog.accept()
        seen.append((dialog.message.text(), dialog.message.property("role"), dialog.username.property("invalid"),
                     dialog.display_name.text(), dialog.result()))
        return None

    monkeypatch.setattr(NewUserDialog, "ask", classmethod(ask))
    panel.add_user()
    assert seen == [("用户名 clerk 已被使用。", "error", True, "重名", 0)]
    assert User.select().where(User.username == "clerk").count() == 1


def test_reset_password_lifts_a_lockout(qtbot, panel, monkeypatch):
    for attempt in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(Refusal):
            auth.authenticate("clerk", "wrong", NOW + timedelta(seconds=attempt))
    panel.model.refresh()
    row = usernames(panel).index("clerk")
    assert panel.model.index(row, 4).data() != ""  # 锁定至 shows while locked
    select(panel, "clerk")
    answer(monkeypatch, PasswordDialog, "brand-new-pass")
    panel.reset_password()
    assert panel.message.text() == "已为 clerk 设置新密码，锁定已解除；clerk 下次登录时须修改密码。"
    assert auth.authenticate("clerk", "brand-new-pass", NOW + timedelta(minutes=6)).user.username == "clerk"


def test_unlock(qtbot, panel):
    for attempt in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(Refusal):
            auth.authenticate("finance", "wrong", NOW + timedelta(seconds=attempt))
    select(panel, "finance")
    panel.unlock()
    assert panel.message.text() == "已解锁 finance。"
    assert auth.authenticate("finance", TEST_PASSWORD, NOW + timedelta(minutes=1)).user.username == "finance"


def test_change_role_and_the_last_admin_is_protected(qtbot, panel, monkeypatch):
    select(panel, "clerk")
    answer(monkeypatch, RoleDialog, "manager")
    panel.change_role()
    assert User.get(User.username == "clerk").role == "manager"
    assert panel.message.text() == "clerk 的角色已改为经理。"
    select(panel, "admin")
    answer(monkeypatch, RoleDialog, "clerk")
    panel.change_role()
    assert panel.message.text() == "admin 是最后一个启用的管理员，不能停用或改为其他角色。"
    assert User.get(User.username == "admin").role == "admin"


def test_disable_and_enable(qtbot, panel):
    select(panel, "finance")
    assert panel.active_button.text() == "停用(&D)"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    assert not User.get(User.username == "finance").active
    assert panel.active_button.text() == "启用(&E)"
    row = usernames(panel).index("finance")
    assert panel.model.index(row, 3).data() == "停用"
    with pytest.raises(Refusal):
        auth.authenticate("finance", TEST_PASSWORD, NOW)
    panel.toggle_active()
    assert User.get(User.username == "finance").active


def test_non_admins_see_the_list_read_only(qtbot, desk_actors):
    panel = UsersPanel(desk_actors["manager"])
    qtbot.addWidget(panel)
    panel.view.select_key(desk_actors["clerk"].user.id)
    assert panel.model.rowCount() == 4
    assert not any(button.isEnabled() for button in (panel.add_button,) + panel.row_buttons)


def test_settings_page_shows_user_management_to_admins_only(qtbot, desk_db, desk_actors):
    for role, expected in (("admin", True), ("clerk", False)):
        window = MainWindow(desk_actors[role], desk_db)
        qtbot.addWidget(window)
        page = window.show_page("settings")
        assert (page.users_box is not None) is expected


def test_own_password_change_from_settings(qtbot, desk_db, desk_actors, monkeypatch):
    window = MainWindow(desk_actors["clerk"], desk_db)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    answer(monkeypatch, PasswordDialog, ("not-my-password", "another-pass-1"))
    page.change_password()
    assert page.account_message.text() == "原密码不正确。"
    answer(monkeypatch, PasswordDialog, (TEST_PASSWORD, "another-pass-1"))
    page.change_password()
    assert page.account_message.text() == "密码已修改。"
    assert auth.authenticate("clerk", "another-pass-1", NOW).user.username == "clerk"


def test_admin_chooses_the_database_for_the_next_start_after_a_check(qtbot, desk_db, desk_actors, pg_cluster):
    from common import localsettings

    window = MainWindow(desk_actors["admin"], desk_db)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    # A SQLite file on a file server would be corrupted: refused, nothing saved.
    page.next_database.setText(r"\\fileserver\share\branch.sqlite3")
    page.save_next_database()
    assert "网络位置" in page.next_database_message.text()
    assert localsettings.database_spec() is None
    # A PostgreSQL server that answers is remembered for the next start.
    url = pg_cluster.url("postgres")
    page.next_database.setText(url)
    page.save_next_database()
    assert page.next_database_message.text() == "已保存。重新启动程序后生效。"
    assert localsettings.database_spec() == url
    # One that does not answer is refused with the server's reason.
    page.next_database.setText("postgresql://nobody@/nowhere?host=/nonexistent-socket-dir")
    page.save_next_database()
    assert "无法连接数据库服务器" in page.next_database_message.text()
    assert localsettings.database_spec() == url


def test_only_an_admin_may_change_the_database_choice(qtbot, desk_db, desk_actors):
    window = MainWindow(desk_actors["clerk"], desk_db)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert not page.next_database.isEnabled() and not page.next_database_save.isEnabled()

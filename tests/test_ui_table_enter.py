"""A list opens its row with Enter as well as with a double click (keyboard first), once each."""
from PySide6.QtCore import Qt

from common.models import User
from ui.table_model import Column, SqlTableModel, TableView


def test_enter_on_a_row_opens_it_and_a_double_click_opens_it_once(qtbot, sqlite_actors):
    model = SqlTableModel(User.select(), [Column("用户名", User.username), Column("姓名", User.display_name)],
                          key=User.id, default_sort=0)
    view = TableView(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    opened = []
    view.activated.connect(opened.append)
    manager = User.get(User.username == "manager")
    view.select_key(manager.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [manager.id]

    clerk = User.get(User.username == "clerk")
    where = view.table.visualRect(model.index(model.row_of(clerk.id), 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [manager.id, clerk.id]

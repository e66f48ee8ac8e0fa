"""导出短信 / 信函 at 1366x768: a letter's text is wider than the preview's 内容 column (a company's
long name in the salutation); pointing at the cell shows the whole message. SQLite and PostgreSQL."""
from archive import care, mailmerge
from tests.test_ui_handover_today import hover_tooltip
from tests.test_ui_mailmerge import branch, open_dialog, ui_settings_dir  # noqa: F401 - the autouse fixture


def test_the_whole_message_shows_on_hover(qtbot, desk_actors):
    manager = desk_actors["manager"]
    branch(desk_actors["clerk"])
    long_text = "{称呼}您好！您的爱车{车牌}（{车型}）的交强险和商业险将于{日期}到期，" \
                "{分公司}提醒您提前办理续保，续保可享受多项优惠，详情请致电{电话}咨询，感谢您一直以来的信任与支持！"
    mailmerge.set_template(manager, care.INSURANCE, long_text)
    _, dialog = open_dialog(qtbot, manager)
    dialog.resize(1000, 600)
    item = dialog.table.item(0, 2)
    assert dialog.table.fontMetrics().horizontalAdvance(item.text()) > dialog.table.columnWidth(2)  # cut off
    text = hover_tooltip(qtbot, dialog.table, item)
    assert text == item.text() and text.endswith("感谢您一直以来的信任与支持！")

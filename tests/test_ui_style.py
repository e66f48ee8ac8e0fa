"""Communication style on the screens (ui/style_panel.py, issue 18 item 9), driven with qtbot on
SQLite and PostgreSQL: the callback form shows the customer's style guidance beside it; a clerk
answers the questions by clicking, the suggestion follows and is recorded; the manager rewords a
topic and the form shows it; the complaints list shows the selected complainant's style; the
profile window's line names the style."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from archive import callbacks, comm_style, complaints
from archive.callbacks import Callback
from tests.test_callbacks_domain import car
from tests.test_events_domain import person

TODAY = date(2026, 11, 23)
CLOCK = lambda: datetime(2026, 11, 23, 10, 0)  # noqa: E731


@pytest.fixture
def called(desk_actors):
    clerk = desk_actors["clerk"].at(CLOCK())
    zhang = person(clerk, "张伟", "13803711234", "河南省郑州市金水路1号")
    car(clerk, zhang, TODAY - timedelta(days=7))
    callbacks.generate(clerk, TODAY)
    return desk_actors, zhang


def click(qtbot, button):
    """On the indicator, where a clerk clicks (a radio button wider than its text does not take a
    click in the empty space after it)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_clerk_judges_the_style_from_the_callback_form(qtbot, called, monkeypatch):
    from ui.callbacks_page import CallbackDialog, CallbacksPanel
    from ui.style_panel import StyleDialog

    actors, zhang = called
    panel = CallbacksPanel(actors["clerk"], clock=CLOCK)
    qtbot.addWidget(panel)
    form = CallbackDialog(Callback.get(), panel)
    qtbot.addWidget(form)
    form.show()
    assert "未登记" in form.style_panel.title.text()
    seen = {}

    def ask(cls, parent, name, submit, current):
        dialog = cls(name, parent, submit, current)
        qtbot.addWidget(dialog)
        dialog.show()  # as exec() shows it
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen["empty"] = dialog.message.text()  # neither answered nor chosen: refused, nothing recorded
        for question in comm_style.QUESTIONS[:5]:  # dominant and reserved, one left unanswered
            click(qtbot, dialog.answers[question.code][0 if question.axis == comm_style.DOMINANCE else 1])
        seen["partial"] = dialog.suggestion.text()
        click(qtbot, dialog.answers[comm_style.QUESTIONS[5].code][1])
        seen["suggestion"] = dialog.suggestion.text()
        seen["combo"] = dialog.style.currentText()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(StyleDialog, "ask", classmethod(ask))
    click(qtbot, form.style_panel.judge_button)
    assert "请回答问题，或直接选择客户的沟通风格" in seen["empty"]
    assert "5/6" in seen["partial"] and "控制型" in seen["suggestion"] and seen["combo"].startswith("控制型")
    row = comm_style.current_style(zhang.id)
    assert (row.style, row.suggested) == ("driver", "driver")
    assert "控制型" in form.style_panel.title.text()
    assert form.style_panel.topic_texts["temper"].text().startswith("马上认错")
    assert not form.style_panel.edit_button.isVisible()  # wording the guidance is the manager's


def test_manager_rewords_and_the_complaints_list_shows_it(qtbot, called, monkeypatch):
    from ui.callbacks_page import ComplaintsPanel
    from ui.style_panel import GuidanceDialog

    actors, zhang = called
    comm_style.record_style(actors["clerk"].at(CLOCK()), zhang.id, "amiable")
    complaints.receive(actors["clerk"].at(CLOCK()), complainant="张伟", summary="等待时间太长", category="waiting",
                       customer_id=zhang.id)
    complaints.receive(actors["clerk"].at(CLOCK()), complainant="路人", summary="电话打不通", category="other")
    panel = ComplaintsPanel(actors["manager"], clock=CLOCK, view="all")
    qtbot.addWidget(panel)
    panel.show()
    rows = {panel.model.index(r, 2).data(): r for r in range(panel.model.rowCount())}
    panel.list.table.selectRow(rows["路人"])
    assert "没有对应的客户档案" in panel.style_panel.title.text()
    panel.list.table.selectRow(rows["张伟"])
    assert "友善型" in panel.style_panel.title.text()

    def ask(cls, parent, actor_now, style):
        dialog = cls(actor_now, style, parent)
        qtbot.addWidget(dialog)
        box = dialog.texts["temper"]
        box.clear()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen = dialog.message.text()
        assert "请填写友善型客户“情绪失控时怎么办”的指引" in seen  # refused, the dialog stays
        box.insertPlainText("先听他说完，再一步步讲清楚怎么处理。")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result_value

    monkeypatch.setattr(GuidanceDialog, "ask", classmethod(ask))
    click(qtbot, panel.style_panel.edit_button)
    assert panel.style_panel.topic_texts["temper"].text() == "先听他说完，再一步步讲清楚怎么处理。"


def test_profile_window_names_the_style(qtbot, called):
    from ui.profile import ProfileDialog

    actors, zhang = called
    comm_style.record_style(actors["clerk"].at(CLOCK()), zhang.id, "analytical")
    dialog = ProfileDialog(actors["clerk"], zhang.id, clock=CLOCK)
    qtbot.addWidget(dialog)
    assert "分析型" in dialog.style_line.text.text() and "王丽" in dialog.style_line.text.text()

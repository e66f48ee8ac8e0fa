"""A clerk abandons a half-keyed document: the next 新单据 starts empty, closing asks first, and a
saved draft comes back only when she opens it (from the documents list or the next form)."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from ledger import books
from ledger.drafts import SavedDraft, load_draft
from ledger.models import Document, Posting
from tests.test_ui_parts import CLOCK, branch, key_line, page_for, ui_settings_dir  # noqa: F401 - fixtures
from ui.document_form import CloseChoice


@pytest.fixture
def asked(monkeypatch):
    """Replace the close question; ``asked.answer`` is what the clerk clicks."""
    class Calls(list):
        answer = CloseChoice.CANCEL

    calls = Calls()

    def ask(cls, parent, doc_type, lines):
        calls.append((doc_type, lines))
        return calls.answer

    monkeypatch.setattr(CloseChoice, "ask", classmethod(ask))
    return calls


def keyed_form(qtbot, page):
    form = page.open_form("HQ_RECEIVE")
    form.date_edit.setDate(date(2026, 11, 20))
    form.flag_check.setChecked(True)
    qtbot.keyClicks(form.source_edit, "FH-1102")
    key_line(qtbot, form, "BP-3501010", "6")
    return form


def test_an_abandoned_document_does_not_come_back_in_the_next_new_document(qtbot, desk_actors, branch, asked):
    page = page_for(qtbot, desk_actors["clerk"])
    form = keyed_form(qtbot, page)
    asked.answer = CloseChoice.DISCARD
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Escape)
    assert asked == [("HQ_RECEIVE", 1)] and not form.isVisible()
    again = page.open_form("STATION_ISSUE")
    assert again.lines == [] and again.lines_table.rowCount() == 0
    assert again.doc_type() == "STATION_ISSUE" and again.source_edit.text() == ""
    assert again.date_edit.date().toPython() == CLOCK().date() and again.flag_check.isChecked() is False
    # The same type again: empty too.
    asked.answer = CloseChoice.DISCARD
    again.reject()
    third = page.open_form("HQ_RECEIVE")
    assert third.lines == [] and third.source_edit.text() == "" and not third.flag_check.isChecked()
    assert SavedDraft.select().count() == 0 and Document.select().count() == 1


def test_every_way_of_closing_asks_and_cancel_keeps_everything(qtbot, desk_actors, branch, asked):
    page = page_for(qtbot, desk_actors["clerk"])
    form = keyed_form(qtbot, page)
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Escape)  # Esc
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)  # 关闭
    form.close_button.setFocus()
    qtbot.keyClick(form.close_button, Qt.Key.Key_Return)  # Enter on the focused 关闭
    assert len(asked) == 3 and form.isVisible()
    assert [(l.part_number, l.qty) for l in form.lines] == [("BP-3501010", 6)]
    assert page.open_form("STATION_ISSUE") is form  # still keying: the same form comes to the front


def test_the_title_bar_close_asks_too(qtbot, desk_actors, branch, asked):
    page = page_for(qtbot, desk_actors["clerk"])
    form = keyed_form(qtbot, page)
    # The window system's close is a spontaneous event; QWidget.close() from code is not.
    event = _spontaneous_close()
    form.closeEvent(event)
    assert asked == [("HQ_RECEIVE", 1)] and form.isVisible() and not event.isAccepted()


def _spontaneous_close():
    from PySide6.QtGui import QCloseEvent

    class TitleBarClose(QCloseEvent):
        def spontaneous(self):
            return True

    return TitleBarClose()


def test_save_as_draft_on_close_keeps_it_off_the_books_and_reopens_from_the_documents_list(
        qtbot, desk_actors, branch, asked):
    page = page_for(qtbot, desk_actors["clerk"])
    before = (books.balances_at(), Document.select().count(), Posting.select().count())
    form = keyed_form(qtbot, page)
    asked.answer = CloseChoice.SAVE
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Escape)
    assert not form.isVisible() and SavedDraft.select().count() == 1
    assert (books.balances_at(), Document.select().count(), Posting.select().count()) == before
    tab = page.show_tab("documents")
    page.drafts_only.setChecked(True)
    tab = page.tab["documents"]
    assert tab.view.model.rowCount() == 1
    draft_id = tab.view.model.key(0)
    reopened = page.open_draft(draft_id)
    assert reopened is not form
    assert [(l.part_number, l.qty) for l in reopened.lines] == [("BP-3501010", 6)]
    assert reopened.source_edit.text() == "FH-1102" and reopened.flag_check.isChecked()
    assert reopened.date_edit.date().toPython() == date(2026, 11, 20)
    # Unchanged since it was saved: closing does not ask.
    reopened.reject()
    assert len(asked) == 1 and not reopened.isVisible()


def test_the_next_new_document_of_that_type_offers_the_draft_and_posting_it_removes_it(
        qtbot, desk_actors, branch, asked):
    page = page_for(qtbot, desk_actors["clerk"])
    form = keyed_form(qtbot, page)
    qtbot.keyClicks(form.reference_edit, "FH-1102")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert "已存为草稿" in form.message.text() and SavedDraft.select().count() == 1
    form.reject()
    assert asked == []  # saved: nothing to ask
    other = page.open_form("STATION_ISSUE")
    assert other.drafts_button.isHidden()  # no draft of that type
    other.reject()
    fresh = page.open_form("HQ_RECEIVE")
    assert fresh.lines == [] and fresh.drafts_button.isVisibleTo(fresh)
    assert "1 张总部到货草稿" in fresh.drafts_hint.text()
    qtbot.mouseClick(fresh.drafts_button, Qt.MouseButton.LeftButton)
    assert [(l.part_number, l.qty) for l in fresh.lines] == [("BP-3501010", 6)]
    draft_id = fresh.draft_id
    fresh.post_document()
    assert fresh.message.text().startswith("已过账：ZD-2026-000001")
    assert load_draft(draft_id) is None and fresh.draft_id is None

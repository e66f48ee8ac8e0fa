"""期初建账 in the GUI (issue 12 item 3): the 备件 page's manager-only entry, the import dialog's
go-live date, preview of every book, one message per bad row (row and column, as the CLI says),
all or nothing, the template saved from the dialog."""
from datetime import date
from types import SimpleNamespace

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from common.models import AuditLog
from ledger import books
from ledger.models import Document, Part, Posting
from ledger.opening_io import OPENING_SHEET, import_opening
from tests.conftest import NOW
from tests.test_opening_io import line, opening_book, setup_parties
from ui import runner
from ui.import_dialog import ImportDialog

D = date
GO_LIVE = D(2026, 10, 31)


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: not runner.running(), timeout=30000)


def opening_dialog(qtbot, actor):
    dialog = ImportDialog(SimpleNamespace(actor=actor, target=None, window=None), kind="opening", clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_go_live(qtbot, dialog, text="20261031"):
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_edit, text)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)


def counts():
    return Document.select().count(), Posting.select().count(), Part.select().count(), AuditLog.select().count()


def test_a_bad_file_names_every_bad_row_and_column_and_posts_nothing(qtbot, desk_actors, tmp_path, monkeypatch):
    manager = desk_actors["manager"]
    setup_parties(manager)
    path = opening_book(tmp_path / "bad.xlsx", [
        line("好件库存", "BP-3501010", 20),
        line("欠人坏件", "BP-3501010", 1, "ZZ01"),                               # 3 a station owed to
        line("好件库存", "BP-3501010", -3),                                      # 4 negative
        line("在途（总部发来）", "BP-3501010", 2, "HQ", D(2026, 10, 1)),         # 5 no HQ number
        line("人欠坏件", "BP-3501010", 1, "KF01", D(2026, 11, 1)),               # 6 after go-live
        line("好件库存", "UNKNOWN-9", 1),                                        # 7 unknown part, no name
    ])
    before = counts()
    dialog = opening_dialog(qtbot, manager)
    assert not dialog.kind_combo.isVisible() and dialog.date_edit.isVisible()
    type_go_live(qtbot, dialog)
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    rows = cells(dialog.problems_table)
    assert [r[:2] for r in rows] == [["3", "往来单位"], ["4", "数量"], ["5", "原始单号"], ["6", "原始日期"],
                                     ["7", "备件名称"]]
    # Each message is the one the command line prints for that row.
    try:
        import_opening(manager, path, GO_LIVE, dry_run=True)
    except Exception as refusal:  # noqa: BLE001 - the RefusalList the CLI words
        from ui.messages import refusal_text

        cli = [refusal_text(item).replace("\n", " ") for item in refusal.items]
    assert [r[2] for r in rows] == cli
    assert "第 3 行" in rows[0][2] and "ZZ01" in rows[0][2]
    assert dialog.problems_table.isVisible() and dialog.preview_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert counts() == before


def test_a_good_file_previews_every_book_and_posts_the_books_the_file_holds(qtbot, desk_actors, tmp_path,
                                                                           monkeypatch):
    manager = desk_actors["manager"]
    setup_parties(manager)
    template = tmp_path / "期初.xlsx"
    dialog = opening_dialog(qtbot, manager)
    monkeypatch.setattr(ImportDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(template)))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert openpyxl.load_workbook(template).sheetnames[0] == OPENING_SHEET
    assert str(template) in dialog.summary.text()

    type_go_live(qtbot, dialog)
    dialog.load(str(template))
    settle(qtbot)
    rows = cells(dialog.preview_table)
    assert [r[1] for r in rows] == ["好件库存", "坏件库存", "在途（总部发来）", "在途（返总部）", "欠人坏件",
                                    "人欠坏件"]
    owed_by = rows[5]
    assert owed_by[2:] == ["ZZ01", "BP-3501010", "前刹车片", "4", "2026-08-10", "82", "ZZ-SQ-0810"]
    transit = rows[2]
    assert (transit[2], transit[3], transit[6], transit[8]) == ("HQ", "OF-1012010", "2026-10-28", "FH20261028")
    summary = dialog.summary.text()
    assert "建账日 2026-10-31" in summary and "待总部确认" in summary and "OF-1012010 机油滤清器" in summary
    assert Document.select().count() == 0 and dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    at = books.balances_at(GO_LIVE)["parts"]
    assert at["BP-3501010"] == {"good": 20, "bad": 3, "in_transit_in": 0, "in_transit_out": 2,
                                "owed_to": {"HQ": 5}, "owed_by": {"ZZ01": 4}}
    assert at["OF-1012010"]["in_transit_in"] == 10


def test_the_parts_page_offers_it_to_a_manager_once_and_says_why_not_afterwards(qtbot, desk_actors, tmp_path,
                                                                                monkeypatch):
    from ui.parts_page import PartsPage

    manager = desk_actors["manager"]
    setup_parties(manager)
    clerk_page = PartsPage(SimpleNamespace(actor=desk_actors["clerk"], target=None, window=None),
                           clock=lambda: NOW)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.opening_button.isVisibleTo(clerk_page)

    page = PartsPage(SimpleNamespace(actor=manager, target=None, window=None), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    asked = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent, context, kind="documents":
                                                         asked.append(kind)))
    assert page.opening_button.isVisible()
    qtbot.mouseClick(page.opening_button, Qt.MouseButton.LeftButton)
    assert asked == ["opening"]

    import_opening(manager, opening_book(tmp_path / "o.xlsx", [line("好件库存", "BP-3501010", 2)]), GO_LIVE)
    qtbot.mouseClick(page.opening_button, Qt.MouseButton.LeftButton)
    assert asked == ["opening"]
    assert "已经建过期初" in page.message.text() and "2026-10-31" in page.message.text()



def test_the_archive_list_kind_converts_15_digit_ids_only_when_ticked(qtbot, desk_actors, tmp_path):
    from archive.models import Customer
    from tests.test_archive_io import row, workbook

    path = workbook(tmp_path / "list.xlsx", [row(证件号码="110105491231002")])
    dialog = ImportDialog(SimpleNamespace(actor=desk_actors["clerk"], target=None, window=None), kind="archives",
                          clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.convert_ids_check.isVisible() and not dialog.date_edit.isVisible()
    dialog.load(str(path))
    settle(qtbot)
    problems = cells(dialog.problems_table)
    assert len(problems) == 1 and problems[0][0] == "2" and "110105491231002" in problems[0][2]
    assert not dialog.import_button.isEnabled() and Customer.select().count() == 0
    qtbot.mouseClick(dialog.convert_ids_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.problems_table.rowCount() == 0 and "11010519491231002X" in cells(dialog.preview_table)[0][1]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and Customer.select().count() == 1

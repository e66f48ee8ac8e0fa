"""取消 during an import (the progress dialog's button): everything rolls back, nothing is posted,
the dialog stays open with the file, and it can be imported afterwards."""
import threading
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from common.models import AuditLog
from ledger import io
from ledger.models import Document
from tests.test_ledger_io import doc, setup_branch, workbook
from tests.test_ledger_io_ui import make_dialog, settle
from ui import runner
from ui.import_dialog import ImportDialog


def _then_waits(function, pressed: threading.Event):
    """``function`` as it is, then (in the worker) waiting until the test pressed 取消."""
    def wrapped(*args):
        result = function(*args)
        pressed.wait(10)
        return result
    return wrapped


def test_cancel_mid_import_leaves_the_database_unchanged(qtbot, desk_actors, tmp_path, monkeypatch):
    setup_branch(desk_actors["manager"])
    rows = [doc(date(2026, 11, 2), "总部发货", f"FH-{n}", "HQ", "BP-3501010", 10) for n in range(1, 31)]
    path = workbook(tmp_path / "in.xlsx", rows)
    dialog = make_dialog(qtbot, desk_actors)
    dialog.show()
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    dialog.choose_button.click()
    settle(qtbot)
    assert dialog.import_button.isEnabled()
    audits_before = AuditLog.select().count()

    # The documents are posted (in the worker) and wait there until the clerk has pressed 取消.
    pressed = threading.Event()
    post_all = io._post_in_one_pass
    monkeypatch.setattr(io, "_post_in_one_pass", _then_waits(post_all, pressed))
    dialog.import_button.click()
    _press_cancel(qtbot, dialog, pressed)

    assert Document.select().count() == 0
    assert AuditLog.select().count() == audits_before
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "已取消" in dialog.summary.text()
    assert dialog.import_button.isEnabled()  # the same file can still be imported

    monkeypatch.setattr(io, "_post_in_one_pass", post_all)
    dialog.import_button.click()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and Document.select().count() == 30


def _press_cancel(qtbot, window, pressed: threading.Event) -> None:
    """Click 取消 in the runner's progress dialog over ``window``, then let the worker go on."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5000)
    progress = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    cancel = next(b for b in progress.findChildren(QPushButton) if b.isVisible())
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    pressed.set()
    settle(qtbot)


def test_cancel_mid_archive_import_registers_nobody(qtbot, desk_actors, tmp_path, monkeypatch):
    from archive import io as archive_io
    from archive.models import Customer
    from tests.test_archive_io import row, workbook as archive_workbook
    from tests.test_ui_archive import page_for
    from ui.archive_page import ArchivePage

    path = archive_workbook(tmp_path / "list.xlsx", [row()])
    page = page_for(qtbot, ArchivePage, desk_actors["clerk"])
    monkeypatch.setattr(ArchivePage, "ask_open_path", classmethod(lambda cls, parent: str(path)))
    pressed = threading.Event()
    monkeypatch.setattr(archive_io, "_write", _then_waits(archive_io._write, pressed))
    page.import_list()
    _press_cancel(qtbot, page, pressed)
    assert Customer.select().count() == 0
    assert "已取消" in page.report.toPlainText()

"""Every page of the main window and every dialog, built offscreen on a small demo branch and
walked widget by widget: what a clerk reads must be words, not codes.

- A QLabel whose text has a mnemonic (用户名(&U)) shows the '&' literally unless it has a buddy:
  each such label must have one (or no '&').
- Table cells show no codes: no HQ_RECEIVE or ledger.post, no state or kind codes. Document numbers
  (ZD-2026-000001, the branch's own numbers) are what a clerk reads and types, so they are
  taken out first.
"""
import random
import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from tests.conftest import NOW
from tests.test_ui_no_raw_codes import codes_in
from ui import i18n

TODAY = NOW.date()
LONE_AMPERSAND = re.compile(r"(?<!&)&(?!&)")
LOWER_CODE = re.compile(r"\b[a-z]+(?:[._][a-z]+)+\b")


@pytest.fixture(autouse=True)
def settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    monkeypatch.setenv("BRANCHDESK_PROFILE_KEY_FILE", str(tmp_path / "profile.key"))
    i18n.install("zh")


@pytest.fixture
def branch(desk_actors):
    """Two months of a small branch: documents, customers, vehicles, visits, callbacks, complaints."""
    from archive import demo as archive_demo
    from ledger import demo as ledger_demo

    rng = random.Random(11)
    start = TODAY - timedelta(days=60)
    ledger_demo.populate(desk_actors["manager"], rng, start, TODAY, scale=0.1)
    archive_demo.populate(desk_actors["clerk"], rng, start, TODAY, scale=0.05)
    archive_demo.populate_callbacks(desk_actors["manager"], rng, start, TODAY)
    return desk_actors


def labels_with_a_lone_ampersand(root: QWidget) -> list[str]:
    return [f"{type(label.window()).__name__}: {label.text()!r}" for label in root.findChildren(QLabel)
            if LONE_AMPERSAND.search(label.text()) and label.buddy() is None]


def cell_texts(root: QWidget, rows: int = 40) -> list[tuple[str, str]]:
    """(where, text) for the first rows of every table and tree under ``root``."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model: one column
            columns = 1
        for row in range(min(rows, model.rowCount())):
            for column in range(columns):
                text = model.index(row, column).data()
                if isinstance(text, str) and text:
                    found.append((f"{type(view.window()).__name__}/{view.objectName() or type(view).__name__}", text))
    return found


def coded_cells(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in cell_texts(root)
            if codes_in(text) or LOWER_CODE.search(re.sub(r"\S+\.(pdf|jpg|png|xlsx)\b", "", text))]


def every_page(qtbot, actor, target):
    from ui.main_window import PAGES, MainWindow

    window = MainWindow(actor, target)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page in (page for page in PAGES if window.may_open(page.key)):  # 审计: manager and admin only
        window.show_page(page.key)
        qtbot.wait(10)
    today = window.page_widget("today")
    if today.pending:
        today.refresh()
    return window


def every_dialog(qtbot, actors):
    from archive.callbacks import Callback
    from archive.models import Customer
    from ledger.models import Document, Part
    from ui import callbacks_page, customers_page, daily_page, document_form, document_view, import_dialog
    from ui import login, masterdata, part_card, profile, users
    from ui.main_window import PageContext

    clerk, manager = actors["clerk"], actors["manager"]
    parent = QWidget()
    customer_id = Customer.select(Customer.id).order_by(Customer.id).first().id
    document_id = Document.select(Document.id).order_by(Document.id.desc()).first().id
    part_number = Part.select(Part.number).order_by(Part.id).first().number
    built = [
        callbacks_page.CallbackDialog(Callback.select().order_by(Callback.id).first()),
        callbacks_page.ComplaintDialog(None, TODAY),
        callbacks_page.CardListDialog(clerk, "callbacks_due", "待回访"),
        customers_page.CustomerDialog(),
        customers_page.VehicleDialog(),
        parent,
        daily_page.SignDialog(parent, "manager", TODAY, "张经理"),
        document_form.ManagerDialog(None, "SCRAP"),
        document_form.DocumentForm(clerk),
        document_view.DocumentView(manager, document_id),
        import_dialog.ImportDialog(PageContext(clerk, None, None)),
        login.LoginDialog(),
        login.FirstAdminDialog(),
        masterdata.PartDialog(),
        masterdata.PartyDialog(),
        part_card.PartCard(clerk, part_number),
        profile.ProfileDialog(manager, customer_id),
        profile.HistoryDialog(manager, customer_id),
        profile.ConsentDialog(manager, customer_id),
        users.NewUserDialog(),
        users.PasswordDialog(username="clerk", with_old=True),
        users.RoleDialog(username="clerk"),
    ]
    for dialog in built:
        if dialog.parent() is None:  # a child goes with its parent
            qtbot.addWidget(dialog)
    return built


@pytest.mark.parametrize("role", ["clerk", "manager"])
def test_no_page_shows_a_literal_ampersand_or_a_code(qtbot, desk_db, branch, role):
    window = every_page(qtbot, branch[role], desk_db)
    assert labels_with_a_lone_ampersand(window) == []
    assert coded_cells(window) == []


def test_no_dialog_shows_a_literal_ampersand_or_a_code(qtbot, branch):
    problems, coded = [], []
    for dialog in every_dialog(qtbot, branch):
        problems += labels_with_a_lone_ampersand(dialog)
        coded += coded_cells(dialog)
    assert problems == []
    assert coded == []

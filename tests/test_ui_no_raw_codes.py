"""No raw codes or ids where people read: document types by their names (总部到货, never
HQ_RECEIVE) in refusals, PDFs, workbooks and the CLI; the 今日 activity list in words; no label
showing a literal '&'.

Document numbers are checked too: the branch's own numbers start with their type's pinyin
initials (ZD-2026-000001, ledger.posting), so a number that still carried HQ_RECEIVE would fail.
"""
import re
from datetime import datetime

import openpyxl
import pytest

from common.errors import Refusal
from common.pdf import pdf_text
from ledger.daily import render_daily
from ledger.daily_print import render_xlsx
from ledger import daily
from ledger.doctypes import DOC_TYPES
from ledger.posting import Draft, post
from tests.test_daily import FRIDAY, clerks_friday, on
from ui import i18n
from ui.messages import refusal_text

CODE = re.compile(r"[A-Z][A-Z_]{3,}")


def codes_in(text: str) -> list[str]:
    """Codes (HQ_RECEIVE, STATION_ISSUE...) anywhere in the text, document numbers included."""
    text = re.sub(r"(?<=[-_A-Z\d])\n(?=[-_A-Z\d])", "", text)  # a number wrapped in a narrow PDF cell
    return [code for code in CODE.findall(text) if code in DOC_TYPES or "_" in code]


@pytest.fixture(autouse=True)
def chinese(qapp):
    i18n.install("zh")
    yield
    i18n.install("zh")


def refusal_of(call) -> Refusal:
    with pytest.raises(Refusal) as caught:
        call()
    return caught.value


def test_refusals_name_document_types_party_kinds_roles_and_permissions(sqlite_actors):
    from tests.test_daily import setup_branch

    clerk, manager = sqlite_actors["clerk"], sqlite_actors["manager"]
    setup_branch(manager)
    texts = [
        refusal_text(refusal_of(lambda: post(clerk, Draft("HQ_RECEIVE", clerk.today, "HQ", "X1",
                                                          lines=[("OF-1012010", 1)])))),
        refusal_text(refusal_of(lambda: post(clerk, Draft("HQ_SHIP", clerk.today, "ZZ01", "X2",
                                                          lines=[("OF-1012010", 1)])))),
        refusal_text(refusal_of(lambda: post(clerk, Draft("SCRAP", clerk.today, None, lines=[("OF-1012010", 1)])))),
    ]
    assert "总部到货" in texts[0] and "总部发货" in texts[0]
    assert "服务站" in texts[1] and "总部" in texts[1] and "station" not in texts[1]
    assert "客服专员" in texts[2] and "parts.post_restricted" not in texts[2]
    for text in texts:
        assert codes_in(text) == [], text


def test_every_permission_has_a_name():
    from common.auth import PERMISSIONS
    from ui.messages import PERMISSION_NAMES

    assert set(PERMISSION_NAMES) == set(PERMISSIONS)


def test_the_daily_pdf_and_workbook_print_type_names_not_codes(sqlite_actors, tmp_path):
    clerks_friday(sqlite_actors)
    out = tmp_path / "daily.pdf"
    render_daily(sqlite_actors["clerk"], FRIDAY, out)
    text = "".join(pdf_text(out))
    assert "总部到货：ZD-2026-000001" in text
    assert codes_in(text) == []

    book = tmp_path / "daily.xlsx"
    render_xlsx(daily.build_report(FRIDAY), book)
    checks = openpyxl.load_workbook(book)["核对"]
    cells = [str(cell.value) for row in checks.iter_rows(min_row=2) for cell in row if cell.value is not None]
    assert "单号连续性" in cells
    assert not [cell for cell in cells if re.search(r"[a-z]{4,}", cell)], cells
    assert codes_in(" ".join(cells)) == []


def activity_cells(page) -> list[list[str]]:
    model = page.activity_view.table.model()
    return [[model.index(row, column).data() or "" for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_activity_list_says_who_did_what_to_which_document(qtbot, sqlite_actors):
    from ui.main_window import PageContext
    from ui.today import TodayPage

    clerks_friday(sqlite_actors)
    page = TodayPage(PageContext(sqlite_actors["manager"], None, None), clock=lambda: datetime(2026, 11, 24, 9))
    qtbot.addWidget(page)
    page.show()
    rows = activity_cells(page)
    assert ["王丽", "记账", "总部到货 ZD-2026-000001"] in [row[1:] for row in rows]
    assert any(row[2] == "冲销" and row[3].startswith("冲销单 CX-2026-000001（冲销 FF-2026-")
               for row in rows)
    assert any(row[2] == "新建往来单位" and row[3] == "往来单位 ZZ01" for row in rows)
    for row in rows:
        for cell in row:
            assert not re.search(r"[a-z]+[._][a-z_]+", cell), row  # ledger.post, ledger_document
            assert not re.fullmatch(r"\d+", cell), row  # a database id
            assert codes_in(cell) == [], row


def test_every_audited_action_and_object_has_a_name():
    """A new audit.record(...) in the domain must get its words on 今日 too."""
    from pathlib import Path

    from ui.activity import ACTION_NAMES, ENTITY_NAMES

    root = Path(__file__).resolve().parents[1]
    call = re.compile(r"(?:audit\.record(?:_at)?|_audit)\([^,]+,\s*f?\"([a-z_.{}]+)\",\s*f?\"([a-z_{}]+)\"")
    found = set()
    for folder in ("archive", "ledger", "common", "ui"):
        for path in (root / folder).rglob("*.py"):
            found.update(call.findall(path.read_text(encoding="utf-8")))
    assert len(found) > 50
    expand = {"{kind}": ("sales", "repair"), "{role}": ("finance", "manager"), "{purpose}": ("view", "print"),
              "{result}": ("sent", "failed")}
    for action, entity in found:
        for placeholder, values in expand.items():
            if placeholder in action or placeholder in entity:
                for value in values:
                    found_action, found_entity = action.replace(placeholder, value), entity.replace(placeholder, value)
                    assert found_action in ACTION_NAMES and found_entity in ENTITY_NAMES, (found_action, found_entity)
                break
        else:
            assert action in ACTION_NAMES and entity in ENTITY_NAMES, (action, entity)


def test_the_command_line_names_cards_and_roles(sqlite_db, sqlite_actors, tmp_path):
    from tests.conftest import TEST_PASSWORD
    from tests.test_cli import run_cli

    clerk = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    admin = {"BRANCHDESK_USER": "admin", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    today = run_cli("--db", sqlite_db.path, "today", env=clerk, data_dir=tmp_path)
    users = run_cli("--db", sqlite_db.path, "users", "list", env=admin, data_dir=tmp_path)
    assert today.returncode == 0 and users.returncode == 0, today.stderr + users.stderr
    assert "待回访" in today.stdout
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", today.stdout), today.stdout  # callbacks_due
    roles = [line.split()[2] for line in users.stdout.splitlines() if line.strip()]
    assert sorted(roles) == sorted(["客服专员", "财务", "经理", "管理员"]), users.stdout

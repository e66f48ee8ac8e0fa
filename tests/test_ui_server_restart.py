"""The PostgreSQL server stopped and restarted while a clerk keys a document (issue 17, load and
faults): posting while it is down says the connection was lost - a message in the form, no
traceback - and keeps everything typed; nothing is half-posted; once the server is back the same
click posts the document, on a new connection."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from common import db as dbmod
from ledger import checks
from ledger.models import Document, DocumentLine
from ledger.posting import Draft, create_part, create_party, post
from tests.conftest import _open
from tests.pgcluster import Cluster
from tests.test_ui_parts import CLOCK, key_line, make_form, ui_settings_dir  # noqa: F401


@pytest.fixture
def own_server():
    """A server of this test's own: it is stopped and started again, which the session's shared
    one must never be."""
    cluster = Cluster().start()
    name = cluster.create_database()
    target = _open(dbmod.Target("postgresql", url=cluster.url(name)))
    yield cluster
    dbmod.close_database()
    if not (cluster.data / "postmaster.pid").exists():  # a failed test left it stopped
        cluster.start_server()
    cluster.stop()


def test_posting_while_the_server_is_down_keeps_the_form_and_posts_once_it_is_back(qtbot, own_server, password_hash):
    from common.actor import Actor
    from tests.conftest import NOW, make_user

    manager, clerk = (Actor(make_user(role, password_hash), NOW) for role in ("manager", "clerk"))
    create_party(manager, "HQ", "客服本部", "hq")
    create_part(manager, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(manager, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)
    post(clerk, Draft("HQ_SHIP", date(2026, 11, 2), "HQ", "FH-1102", lines=[("BP-3501010", 10), ("OF-1012010", 40)]))

    form = make_form(qtbot, clerk)
    qtbot.keyClicks(form.source_edit, "FH-1102")
    qtbot.keyClicks(form.reference_edit, "FH-1102")
    key_line(qtbot, form, "BP-3501010", "6")
    key_line(qtbot, form, "OF-1012010", "36")
    typed = [(line.part_number, line.qty) for line in form.lines]
    assert typed == [("BP-3501010", 6), ("OF-1012010", 36)]

    own_server.stop_server()
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert "连接已断开" in form.message.text() and form.message.property("role") == "error"
    assert [(line.part_number, line.qty) for line in form.lines] == typed  # nothing typed is lost
    assert form.source_edit.text() == "FH-1102" and form.reference_edit.text() == "FH-1102"
    assert form.lines_table.rowCount() == 2

    own_server.start_server()
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "已过账：ZD-2026-000001（总部到货，2 行）"
    receipts = list(Document.select().where(Document.doc_type == "HQ_RECEIVE"))
    assert [d.number for d in receipts] == ["ZD-2026-000001"]  # posted once, nothing of the failed try
    assert DocumentLine.select().where(DocumentLine.document == receipts[0].id).count() == 2
    assert checks.check_invariants() == []

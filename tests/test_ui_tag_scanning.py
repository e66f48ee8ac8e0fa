"""Old-part tags scanned into the document form (issue 19 item 3) with key events timed like a
keyboard-wedge scanner, and the issue's "Done when" walked end to end on SQLite and PostgreSQL:
a station's box of bad parts received by scanning, tagged, the tags read back from the rendered
page with zbarimg and scanned into the return to HQ, packed into numbered boxes, confirmed by HQ
per box, and the day's signed report mailed to a local SMTP server."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from ledger import daily, send, tags, tags_print
from ledger.labels import LAYOUTS
from ledger.models import Document
from ledger.posting import Draft, DraftLine, create_party, post
from tests.conftest import TEST_PASSWORD
from tests.smtp_server import LocalSmtp
from tests.test_part_tags import _barcodes
from tests.test_report_send import email_settings
from tests.test_ui_document_keyboard import scan, shown
from tests.test_ui_label_dialog import alt, open_dialog
from tests.test_ui_parts import branch, make_form, ui_settings_dir  # noqa: F401

DAY = date(2026, 11, 20)


def station_owes(clerk, qty=3):
    """HQ's delivery FH-1102 received (pads to be returned), ``qty`` pads issued to ZZ01 against bad ones."""
    post(clerk, Draft("HQ_RECEIVE", date(2026, 11, 3), "HQ", "FH-1102", reference="FH-1102",
                      lines=[DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 40)]))
    return post(clerk, Draft("STATION_ISSUE", date(2026, 11, 5), "ZZ01", "SQ-1105",
                             lines=[DraftLine("BP-3501010", qty, flag=True)]))


class Scanner:
    """A keyboard-wedge scanner on one form: every code a second apart, its keys 8 ms apart."""

    def __init__(self, qtbot, form):
        self.qtbot, self.form, self.at = qtbot, form, 1_000_000
        self.beeps = []
        form.beep = lambda: self.beeps.append(1)

    def __call__(self, code: str) -> None:
        self.form.part_edit.setFocus()
        self.at += 1000
        scan(self.qtbot, self.form.part_edit, code, start_ms=self.at)


def open_form(qtbot, actor, doc_type, party=None, day=DAY):
    form = make_form(qtbot, actor, doc_type)
    shown(qtbot, form)
    form.date_edit.setDate(QDate(day))
    if party:
        form.party_combo.setCurrentIndex(form.party_combo.findData(party))
    return form, Scanner(qtbot, form)


def type_cell(qtbot, table, row, column, text):
    """Keys into one cell of a table: the first opens its editor, Enter commits it."""
    from PySide6.QtWidgets import QApplication

    table.setCurrentCell(row, column)
    table.setFocus()
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def post_form(qtbot, form):
    qtbot.keyClick(form.part_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.last_result is not None, form.message.text()
    return form.last_result


def test_a_scanned_tag_picks_its_part_and_origin_and_every_wrong_tag_is_refused_with_a_beep(
        qtbot, desk_actors, branch):
    clerk = desk_actors["clerk"]
    issue = station_owes(clerk)
    create_party(desk_actors["manager"], "ZZ02", "郑州中原服务站", "station")
    back = post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 10), "ZZ01", "FH-031", lines=[("BP-3501010", 3)]))
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)]

    # A return to HQ: the tag's part, quantity 1, and where it came from.
    form, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    scanner(ids[0])
    assert [(l.part_number, l.qty, l.tags) for l in form.lines] == [("BP-3501010", 1, [ids[0]])]
    said = form.message.text()
    assert f"扫描旧件标签 {ids[0]}" in said and "ZZ01 郑州金水服务站" in said and f"{back.number} 第 1 行" in said
    assert f"抵 {issue.number}" in said and scanner.beeps == []
    scanner(ids[0].lower())  # the same tag again
    assert scanner.beeps == [1] and f"标签 {ids[0]} 已扫描过" in form.message.text()
    scanner("FH-2026-999999-9-9")  # printed nowhere
    assert scanner.beeps == [1, 1]
    assert "“FH-2026-999999-9-9”既不是备件编号，也不是本分公司打印的旧件标签" in form.message.text()
    scanner(ids[1])
    assert [(l.qty, l.tags) for l in form.lines] == [(2, [ids[0], ids[1]])]
    returned = post_form(qtbot, form)
    assert tags.returned_tags(returned.document_id) == ids[:2]

    # Already gone back to HQ: not on a second return.
    again, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    scanner(ids[1])
    assert scanner.beeps == [1] and again.lines == []
    assert f"标签 {ids[1]} 已随返件单 {returned.number} 返回总部" in again.message.text()
    again.reject()

    # A station's return: a tag of another station, and a tag this station's part already has.
    station, scanner = open_form(qtbot, clerk, "STATION_BAD_RETURN", "ZZ02")
    scanner(ids[2])
    assert "是服务站 ZZ01（郑州金水服务站）的旧件，不是 ZZ02 的" in station.message.text()
    station.party_combo.setCurrentIndex(station.party_combo.findData("ZZ01"))
    scanner(ids[2])
    assert f"已在 2026-11-10 由返件单 {back.number} 收回" in station.message.text()
    assert scanner.beeps == [1, 1] and station.lines == []
    station.reject()

    # A receipt from HQ takes no tags.
    receipt, scanner = open_form(qtbot, clerk, "HQ_RECEIVE")
    scanner(ids[2])
    assert scanner.beeps == [1] and receipt.lines == []
    assert f"扫描的是旧件标签 {ids[2]}：“总部到货”单据不收旧件标签" in receipt.message.text()
    receipt.reject()

    # HQ's confirmation: the tag finds its return (set as the reference) and its box; HQ confirms
    # what it found in the boxes, so a return not packed yet is said so.
    confirm, scanner = open_form(qtbot, clerk, "HQ_BAD_CONFIRM", "HQ")
    scanner(ids[0])
    assert f"随返件单 {returned.number} 返回，但这张返件单还没有装箱记录" in confirm.message.text()
    assert confirm.lines == [] and scanner.beeps == [1]
    confirm.reject()
    tags.pack(clerk, returned.number, [tags.BoxSpec(1500, ids[:2])])
    confirm, scanner = open_form(qtbot, clerk, "HQ_BAD_CONFIRM", "HQ")
    scanner(ids[2])  # never returned
    assert "还没有返回总部" in confirm.message.text() and scanner.beeps == [1]
    scanner(ids[0])
    assert confirm.reference_edit.text() == returned.number
    assert f"返件单 {returned.number} 第 1 箱" in confirm.message.text()
    assert [(l.part_number, l.qty) for l in confirm.lines] == [("BP-3501010", 1)]
    confirmed = post_form(qtbot, confirm)
    assert [m.tag for m in tags.missing(returned.document_id)] == [ids[1]]
    assert Document.get_by_id(confirmed.document_id).reference_id == returned.document_id

    later, scanner = open_form(qtbot, clerk, "HQ_BAD_CONFIRM", "HQ")
    scanner(ids[0])
    assert f"标签 {ids[0]} 已由确认单 {confirmed.number} 确认过" in later.message.text() and later.lines == []
    later.reject()
    packed, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    scanner(ids[1])
    assert f"已装在返件单 {returned.number} 的第 1 箱" in packed.message.text() and packed.lines == []
    packed.reject()


def test_a_tag_typed_by_hand_is_taken_and_a_kept_draft_keeps_its_tags(qtbot, desk_actors, branch, monkeypatch):
    from ui.document_form import CloseChoice

    clerk = desk_actors["clerk"]
    station_owes(clerk)
    back = post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 10), "ZZ01", "FH-031", lines=[("BP-3501010", 2)]))
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)]
    form, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    scan(qtbot, form.part_edit, ids[0], start_ms=5_000_000, gap_ms=90)  # a person's pace
    assert [(l.qty, l.tags) for l in form.lines] == [(1, [ids[0]])] and form.part_edit.text() == ""
    scanner(ids[1])
    monkeypatch.setattr(CloseChoice, "ask", classmethod(lambda cls, *args: CloseChoice.SAVE))
    form.reject()
    qtbot.waitUntil(lambda: form.draft_id is not None)

    reopened, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    assert reopened.load_draft(form.draft_id)
    assert [(l.qty, l.tags) for l in reopened.lines] == [(2, ids)]
    scanner(ids[1])
    assert scanner.beeps == [1] and "已扫描过" in reopened.message.text()
    posted = post_form(qtbot, reopened)
    assert tags.returned_tags(posted.document_id) == ids


def test_a_stations_bad_parts_received_by_scanning_tagged_packed_confirmed_per_box_and_the_signed_day_mailed(
        qtbot, desk_actors, branch, tmp_path):
    clerk = desk_actors["clerk"]
    station_owes(clerk, qty=4)

    # Received by scanning: the station's box holds 4 brake pads.
    received, scanner = open_form(qtbot, clerk, "STATION_BAD_RETURN", "ZZ01")
    received.source_edit.setText("ZZ01-1120")
    for _ in range(4):
        scanner("BP-3501010")
    assert [(l.part_number, l.qty) for l in received.lines] == [("BP-3501010", 4)]
    back = post_form(qtbot, received)

    # Tagged: the tags printed on 60x40 labels, each read back from the rendered page.
    pdf = tmp_path / "tags.pdf"
    printed = tags_print.render_tags(clerk, back.number, pdf, LAYOUTS["60x40"])
    read = _barcodes(pdf, tmp_path)
    assert sorted(read) == sorted(printed["ids"]) and len(read) == 4

    # The tags read back are scanned into the return to HQ.
    returning, scanner = open_form(qtbot, clerk, "HQ_BAD_RETURN", "HQ")
    for code in read:
        scanner(code)
    assert scanner.beeps == [] and [(l.part_number, l.qty) for l in returning.lines] == [("BP-3501010", 4)]
    returned = post_form(qtbot, returning)
    scanned = tags.returned_tags(returned.document_id)
    assert sorted(scanned) == sorted(read)

    # Packed into two numbered boxes in the packing dialog (装箱, Alt+B in the document view): box 1
    # starts with the tags scanned into the return; one of them goes into box 2, scanned there.
    dialog = open_dialog(qtbot, clerk, returned.document_id, Qt.Key.Key_B)
    table = dialog.boxes_table
    assert table.rowCount() == 1 and table.item(0, 1).text().split() == scanned
    type_cell(qtbot, table, 0, 0, "2.4")
    table.item(0, 1).setText(" ".join(scanned[:3]))
    alt(qtbot, dialog, Qt.Key.Key_A)
    type_cell(qtbot, table, 1, 0, "0.9")
    type_cell(qtbot, table, 1, 1, scanned[3])
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert [(b.box_no, b.weight_g, [t.tag for t in b.tags]) for b in tags.packing(returned.document_id)] == [
        (1, 2400, sorted(scanned[:3])), (2, 900, [scanned[3]])], dialog.message.text()
    dialog.close()
    confirmation = post(clerk, Draft("HQ_BAD_CONFIRM", DAY, "HQ", "RKD-1120", reference=returned.document_id,
                                     lines=[DraftLine("BP-3501010", 4, flag=True)]))
    first = tags.confirm(clerk, confirmation.number, boxes=[1])
    assert len(first.confirmed) == 3 and [(m.tag, m.box_no) for m in first.missing] == [(scanned[3], 2)]
    second = tags.confirm(clerk, confirmation.number, boxes=[2])
    assert second.confirmed == [scanned[3]] and second.missing == []

    # The day signed and mailed to both departments.
    with LocalSmtp() as server:
        send.save_settings(desk_actors["admin"], email_settings(server.port))
        produced = daily.produce(clerk, DAY)
        daily.sign_finance(desk_actors["finance"], DAY, TEST_PASSWORD, produced.content_hash)
        daily.sign_manager(desk_actors["manager"], DAY, TEST_PASSWORD, produced.content_hash)
        outcomes = send.send_day(desk_actors["manager"], DAY)
    assert [(o.target, o.ok) for o in outcomes] == [("jg2", True), ("bjk", True)]
    assert len(server.inbox.messages) == 2
    (attachment,) = list(server.inbox.messages[0][1].iter_attachments())
    assert attachment.get_content() == daily.signed_pdf(DAY, produced.version)

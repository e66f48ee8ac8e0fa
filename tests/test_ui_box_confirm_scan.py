"""HQ's confirmation per box by scanning: the box label's barcode (printed by 装箱) scanned into a
总部确认收坏件 form adds every tag of that box, its return set as the reference; the same box again,
or a box already confirmed, is refused in words with a beep; what is left unconfirmed is named with
its box. Before, a box label scanned there was "neither a part number nor a tag" and HQ could only
confirm a box tag by tag."""
from datetime import date

from ledger import tags, tags_print
from ledger.labels import LAYOUTS
from ledger.posting import Draft, DraftLine, post
from tests.test_part_tags import _barcodes
from tests.test_ui_parts import branch, ui_settings_dir  # noqa: F401 - fixtures
from tests.test_ui_tag_scanning import open_form, post_form, station_owes


def test_a_box_label_scanned_into_hqs_confirmation_takes_the_whole_box(qtbot, desk_actors, branch, tmp_path):
    clerk = desk_actors["clerk"]
    station_owes(clerk, qty=3)
    back = post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 10), "ZZ01", "FH-031", lines=[("BP-3501010", 3)]))
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)]
    returned = post(clerk, Draft("HQ_BAD_RETURN", date(2026, 11, 12), "HQ", "FHZB-1",
                                 lines=[DraftLine("BP-3501010", 3)]))
    tags.pack(clerk, returned.number, [tags.BoxSpec(2000, ids[:2]), tags.BoxSpec(900, ids[2:])])
    pdf = tmp_path / "boxes.pdf"
    tags_print.render_box_labels(clerk, returned.number, pdf, LAYOUTS["60x40"])
    first_box, second_box = sorted(_barcodes(pdf, tmp_path))  # read back from the printed labels

    confirm, scanner = open_form(qtbot, clerk, "HQ_BAD_CONFIRM", "HQ")
    scanner(first_box)
    assert confirm.reference_edit.text() == returned.number
    assert [(l.part_number, l.qty, sorted(l.tags)) for l in confirm.lines] == [("BP-3501010", 2, sorted(ids[:2]))]
    assert f"扫描箱标签 {first_box}：返件单 {returned.number} 第 1 箱，加入 2 件旧件" in confirm.message.text()
    assert scanner.beeps == []
    scanner(first_box)  # the same box again
    assert scanner.beeps == [1] and confirm.lines[0].qty == 2
    assert f"箱标签 {first_box}（返件单 {returned.number} 第 1 箱）没有可加入的旧件" in confirm.message.text()
    assert "已扫描过" in confirm.message.text()
    confirmed = post_form(qtbot, confirm)
    assert [(m.tag, m.box_no) for m in tags.missing(returned.document_id)] == [(ids[2], 2)]

    later, scanner = open_form(qtbot, clerk, "HQ_BAD_CONFIRM", "HQ")
    scanner(first_box)  # confirmed already
    assert scanner.beeps == [1] and later.lines == []
    assert f"已由确认单 {confirmed.number} 确认过" in later.message.text()
    scanner(second_box)
    assert [(l.qty, l.tags) for l in later.lines] == [(1, [ids[2]])]
    post_form(qtbot, later)
    assert tags.missing(returned.document_id) == []

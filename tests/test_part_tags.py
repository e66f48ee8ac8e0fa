"""Old-part tags, return boxes and HQ's confirmation per box and per tag (issue 19 items 1, 2, 4),
on SQLite and PostgreSQL; the printed tags are rendered to PNG and read back with zbarimg."""
import shutil
import subprocess
from datetime import date

import pytest

from common.errors import Refusal
from ledger import tags, tags_print
from ledger.labels import LAYOUTS, LabelLayout
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ui.messages import refusal_text

D = date


def branch_with_returns(actor):
    """Two issues to 郑州 (11-02: 2 pads, 11-05: 3 pads), a return of 4 pads on 11-10 clears the
    first issue and half of the second; one filter returned 不抵欠."""
    create_party(actor, "HQ", "客服本部", "hq")
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_part(actor, "BP-3501010", "前刹车片", "", "套", 18500)
    create_part(actor, "OF-1012010", "机油滤清器", "", "个", 3200)
    post(actor, Draft("HQ_SHIP", D(2026, 11, 1), "HQ", "SZ-1", lines=[("BP-3501010", 10), ("OF-1012010", 5)]))
    post(actor, Draft("HQ_RECEIVE", D(2026, 11, 1), "HQ", "SZ-1", reference="SZ-1",
                      lines=[DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 5)]))
    first = post(actor, Draft("STATION_ISSUE", D(2026, 11, 2), "ZZ01", "SQ-1", lines=[DraftLine("BP-3501010", 2, flag=True)]))
    second = post(actor, Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", "SQ-2",
                               lines=[DraftLine("BP-3501010", 3, flag=True)]))
    back = post(actor, Draft("STATION_BAD_RETURN", D(2026, 11, 10), "ZZ01", "FH-031",
                             lines=[("BP-3501010", 4), DraftLine("OF-1012010", 1, flag=False)]))
    return first, second, back


def test_tags_are_unique_and_trace_to_the_issue_they_answer(db, actors):
    clerk = actors["clerk"]
    first, second, back = branch_with_returns(clerk)
    made = tags.ensure_tags(clerk, back.number)
    assert len(made) == 5 and len({t.tag for t in made}) == 5
    assert [t.issue_number for t in made] == [first.number, first.number, second.number, second.number, None]
    assert made[0].station_code == "ZZ01" and made[0].part_number == "BP-3501010"
    # A reprint gives the same ids; a tag read back leads to its return, line and station.
    assert [t.tag for t in tags.ensure_tags(clerk, back.number)] == [t.tag for t in made]
    traced = tags.trace(made[2].tag.lower())
    assert (traced.document_number, traced.line_no, traced.seq, traced.issue_number) == (back.number, 1, 3, second.number)
    with pytest.raises(Refusal) as refused:
        tags.ensure_tags(clerk, first.number)
    assert refused.value.code == "tags.wrong_type"
    assert "服务站返坏件" in refusal_text(refused.value)


def _hq_return(clerk, back):
    ret = post(clerk, Draft("HQ_BAD_RETURN", D(2026, 11, 12), "HQ", "FHZB-1112", lines=[("BP-3501010", 4)]))
    ids = [t.tag for t in tags.document_tags(back.document_id) if t.part_number == "BP-3501010"]
    return ret, ids


def test_packing_and_confirmation_per_box_and_per_tag(db, actors):
    clerk = actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    tags.ensure_tags(clerk, back.number)
    ret, ids = _hq_return(clerk, back)
    filter_tag = [t.tag for t in tags.document_tags(back.document_id) if t.part_number == "OF-1012010"][0]
    # Refusals: a tag twice, a part the return does not hold, a box without weight; nothing packed.
    for boxes, code in (([tags.BoxSpec(1000, ids[:2]), tags.BoxSpec(800, [ids[1]])], "tags.tag_twice"),
                        ([tags.BoxSpec(1000, [filter_tag])], "tags.part_not_in_return"),
                        ([tags.BoxSpec(0, ids)], "tags.bad_weight")):
        with pytest.raises(Refusal) as refused:
            tags.pack(clerk, ret.number, boxes)
        assert refused.value.code == code and refusal_text(refused.value)
    assert tags.packing(ret.document_id) == []
    assert tags.pack(clerk, ret.number, [tags.BoxSpec(2500, ids[:3]), tags.BoxSpec(tags.parse_weight_g("0,9kg"),
                                                                                   ids[3:])]) == [3, 1]
    boxes = tags.packing(ret.document_id)
    assert [(b.box_no, b.weight_g, len(b.tags)) for b in boxes] == [(1, 2500, 3), (2, 900, 1)]

    confirm_doc = post(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 18), "HQ", "RKD-1", reference=ret.document_id,
                                    lines=[("BP-3501010", 3)]))
    result = tags.confirm(clerk, confirm_doc.number, boxes=[1])
    assert result.confirmed == sorted(ids[:3])
    assert result.missing == [tags.MissingTag(ids[3], 2, "BP-3501010", "前刹车片")]
    # The missing tag's message says in which box it was packed.
    with pytest.raises(Refusal) as refused:
        tags.confirm(clerk, confirm_doc.number, tags=[ids[3]])
    assert refused.value.code == "tags.confirm_too_many"
    with pytest.raises(Refusal) as refused:
        tags.confirm(clerk, confirm_doc.number, tags=[ids[0]])
    assert refused.value.code == "tags.already_confirmed"
    second_confirm = post(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 20), "HQ", "RKD-2", reference=ret.document_id,
                                       lines=[("BP-3501010", 1)]))
    assert tags.confirm(clerk, second_confirm.number, tags=[ids[3]]).missing == []
    # Once HQ confirmed anything, the packing stays as it was.
    with pytest.raises(Refusal) as refused:
        tags.pack(clerk, ret.number, [tags.BoxSpec(100, ids)])
    assert refused.value.code == "tags.already_confirmed_pack"


def test_missing_tag_message_names_its_box(db, actors):
    clerk = actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    tags.ensure_tags(clerk, back.number)
    ret, ids = _hq_return(clerk, back)
    tags.pack(clerk, ret.number, [tags.BoxSpec(1000, ids[:2]), tags.BoxSpec(1000, ids[2:])])
    confirm_doc = post(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 18), "HQ", "RKD-1", reference=ret.document_id,
                                    lines=[("BP-3501010", 3)]))
    result = tags.confirm(clerk, confirm_doc.number, tags=ids[:3])
    assert [(m.tag, m.box_no) for m in result.missing] == [(ids[3], 2)]
    from ui.messages_tags import missing_text

    assert missing_text(result.missing[0]) == f"标签 {ids[3]}（BP-3501010 前刹车片）未确认收到：装在第 2 箱。"


def _barcodes(pdf, folder) -> list[str]:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: apt-get install -y zbar-tools")
    subprocess.run(["pdftoppm", "-png", "-r", "300", str(pdf), str(folder / "page")], check=True)
    found = []
    for png in sorted(folder.glob("page*.png")):
        done = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
        found += done.stdout.split()
    return found


@pytest.mark.parametrize("layout", ["60x40", "a4-3x8"])
def test_printed_tags_scan_back(db, actors, tmp_path, layout):
    clerk = actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    out = tmp_path / "tags.pdf"
    printed = tags_print.render_tags(clerk, back.number, out, LAYOUTS[layout])
    assert printed["pages"] == (5 if layout == "60x40" else 1)
    assert sorted(_barcodes(out, tmp_path)) == sorted(printed["ids"])


def test_box_labels_and_packing_list_print(db, actors, tmp_path):
    from common.pdf import pdf_text

    clerk = actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    tags.ensure_tags(clerk, back.number)
    ret, ids = _hq_return(clerk, back)
    tags.pack(clerk, ret.number, [tags.BoxSpec(2500, ids[:3]), tags.BoxSpec(900, ids[3:])])
    labels = tmp_path / "boxes.pdf"
    assert tags_print.render_box_labels(clerk, ret.number, labels, LAYOUTS["100x70"]) == 2
    text = pdf_text(labels)
    assert "第 2 箱 / 共 2 箱" in text[1] and "重量 0.90 kg" in text[1] and "件数 1" in text[1]
    packing = tmp_path / "packing.pdf"
    tags_print.render_packing_list(clerk, ret.number, packing)
    body = "".join(pdf_text(packing))
    assert all(tag in body for tag in ids) and "返总部坏件装箱单" in body


def test_label_layout_refuses_labels_too_small():
    with pytest.raises(Refusal) as refused:
        LabelLayout(210, 297, rows=20, columns=6).check()
    assert refused.value.code == "labels.too_small"

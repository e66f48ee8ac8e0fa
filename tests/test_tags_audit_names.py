"""The activity lists (今日 我最近的操作, 审计) name the document of every old-part tag action, as
they name a posting: "返总部坏件 FZ-2026-000001", not a bare "单据"."""
from datetime import date

from common.audit import AuditLog
from ledger import tags
from ledger.posting import Draft, DraftLine, post
from tests.test_part_tags import branch_with_returns
from ui.activity import describe


def test_every_tag_action_names_its_document(db, actors):
    clerk = actors["clerk"]
    _, _, back = branch_with_returns(clerk)
    ids = [t.tag for t in tags.ensure_tags(clerk, back.number)][:2]
    ret = post(clerk, Draft("HQ_BAD_RETURN", date(2026, 11, 12), "HQ", "FHZB-1", lines=[("BP-3501010", 2)]))
    tags.record_scanned(clerk, ret.document_id, ids)
    tags.pack(clerk, ret.number, [tags.BoxSpec(1000, ids)])
    confirmation = post(clerk, Draft("HQ_BAD_CONFIRM", date(2026, 11, 13), "HQ", "RKD-1", reference=ret.document_id,
                                     lines=[DraftLine("BP-3501010", 2, flag=True)]))
    tags.confirm(clerk, confirmation.number, boxes=[1])
    named = {row.action: describe((row.detail, row.entity, row.entity_id, row.action))
             for row in AuditLog.select().where(AuditLog.action.startswith("tags."))}
    assert named == {"tags.create": f"服务站返坏件 {back.number}", "tags.return": f"返总部坏件 {ret.number}",
                     "tags.pack": f"返总部坏件 {ret.number}", "tags.confirm": f"总部确认收坏件 {confirmation.number}"}

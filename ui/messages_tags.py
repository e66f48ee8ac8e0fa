"""Refusal texts of old-part tags, return boxes, HQ's per-box confirmation and label layouts
(tags.*, labels.*; ledger/tags.py, ledger/labels.py). Merged by ui/messages.py."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

TEXTS = {
    "tags.unknown_document": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 不存在。"),
    "tags.wrong_type": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 是“{doc_type}”，这里需要“{expected}”单据。"),
    "tags.reversed": QT_TRANSLATE_NOOP("Refusal", "单据 {document} 已冲销，不再打印旧件标签。"),
    "tags.unknown_tag": QT_TRANSLATE_NOOP("Refusal", "标签号“{tag}”不存在，请核对标签。"),
    "tags.bad_weight": QT_TRANSLATE_NOOP("Refusal", "箱子重量“{value}”无效：请填写大于 0 的公斤数，如 12.5。"),
    "tags.no_boxes": QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 还没有装箱：请至少装一箱。"),
    "tags.empty_box": QT_TRANSLATE_NOOP("Refusal", "第 {box} 箱是空的：每箱至少装一个标签的旧件。"),
    "tags.tag_twice": QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 装了两次：第 {first_box} 箱和第 {box} 箱。"),
    "tags.packed_elsewhere": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再装。"),
    "tags.part_not_in_return": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 的备件 {part} 不在返件单 {document} 上。"),
    "tags.too_many": QT_TRANSLATE_NOOP(
        "Refusal", "备件 {part} 装箱的标签多于返件单 {document} 上的 {qty} 件。"),
    "tags.already_confirmed_pack": QT_TRANSLATE_NOOP(
        "Refusal", "总部已确认收到返件单 {document} 的部分箱子，装箱不能再改。"),
    "tags.confirm_no_return": QT_TRANSLATE_NOOP(
        "Refusal", "确认单 {document} 没有关联返总部坏件单，不能按箱或按标签确认。"),
    "tags.not_packed": QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 还没有装箱记录。"),
    "tags.unknown_box": QT_TRANSLATE_NOOP("Refusal", "返件单 {document} 只有 {boxes} 箱，没有第 {box} 箱。"),
    "tags.not_in_return": QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 没有装在返件单 {document} 的箱子里。"),
    "tags.nothing_to_confirm": QT_TRANSLATE_NOOP("Refusal", "确认单 {document}：请给出确认的箱号或标签号。"),
    "tags.already_confirmed": QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 已由确认单 {document} 确认过。"),
    "tags.confirm_too_many": QT_TRANSLATE_NOOP(
        "Refusal", "确认单 {document} 上备件 {part} 只有 {qty} 件，确认的标签不能更多。"),
    "tags.returned_elsewhere": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 已随返件单 {document} 返回总部，不能装在这张返件单的箱子里。"),
    "tags.scanned_twice": QT_TRANSLATE_NOOP("Refusal", "标签 {tag} 已扫描过，未再加入：同一件旧件只算一次。"),
    "tags.not_expected": QT_TRANSLATE_NOOP(
        "Refusal", "扫描的是旧件标签 {tag}：“{doc_type}”单据不收旧件标签，未加入。请扫描备件编号。"),
    "tags.other_station": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 是服务站 {station}（{station_name}）的旧件，不是 {party} 的，未加入。"),
    "tags.already_received": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 的旧件已在 {date} 由返件单 {document} 收回，不能再收，未加入。"),
    "tags.already_packed": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再返，未加入。"),
    "tags.already_returned": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 已随返件单 {document} 返回总部，不能再返，未加入。"),
    "tags.tag_not_packed": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 随返件单 {document} 返回，但这张返件单还没有装箱记录：请先装箱，再按箱或标签确认，未加入。"),
    "tags.not_returned": QT_TRANSLATE_NOOP(
        "Refusal", "标签 {tag} 的旧件还没有返回总部（不在任何返件单上），总部不能确认，未加入。"),
    "labels.bad_layout": QT_TRANSLATE_NOOP("Refusal", "标签版式无效：行数 {rows}、列数 {columns} 须至少为 1，边距不能为负。"),
    "labels.too_small": QT_TRANSLATE_NOOP(
        "Refusal", "标签只有 {width}×{height} 毫米，太小：至少需要 {min_width}×{min_height} 毫米，请减少行数或列数。"),
    "labels.unknown_layout": QT_TRANSLATE_NOOP("Refusal", "没有标签版式“{layout}”，可选：{known}。"),
}

MISSING = QT_TRANSLATE_NOOP("TagMessages", "标签 {tag}（{part} {name}）未确认收到：装在第 {box} 箱。")


def missing_text(item) -> str:
    """One tag HQ has not confirmed, with the box it was packed in (ledger.tags.MissingTag)."""
    return QCoreApplication.translate("TagMessages", MISSING).format(
        tag=item.tag, part=item.part_number, name=item.part_name, box=item.box_no)

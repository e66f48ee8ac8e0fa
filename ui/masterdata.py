"""Master data dialogs of the 备件 page: a part (备件) and a counterparty (往来单位).

Data model: each dialog edits the plain fields of one ``ledger.models.Part`` / ``Party``. The key
(part number, party code) is typed when the row is created and read-only afterwards, because
documents, import files and HQ's papers refer to it. Money is typed in yuan and handed to the
domain as integer fen; the domain (``create_part`` / ``update_part`` ...) checks and refuses.
OK hands the values to the page's ``submit`` (the domain call) while the dialog is still open, so
a refusal (a taken number, a missing name) marks its field and nothing typed is lost.
``ask`` classmethods are the seams tests replace.
"""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QWidget

from common.errors import Refusal
from ledger.models import PARTY_KINDS
from ui.document_form import parse_int, parse_yuan, party_kind_name
from ui.forms import form_layout, mark_invalid, submit_values
from ui.messages import refusal_text
from ui.retranslate import Retranslating
from ui.table_model import format_money


class _Dialog(Retranslating, QDialog):
    def _finish(self, fields, submit) -> None:
        self.submit = submit
        self.result_value = None
        self.labels, self.message, self.buttons = form_layout(self, fields, self.try_accept)
        self.message.hide()

    def _refuse(self, refusal: Refusal, field: QWidget | None = None) -> None:
        mark_invalid(field, self.message, refusal_text(refusal))

    def try_accept(self) -> None:
        values = self.values()
        if values is not None:
            submit_values(self, self.submit, values, self.message, self.refusal_fields())

    def refusal_fields(self) -> dict:  # overridden: refusal code -> the field it is about
        return {}

    @classmethod
    def ask(cls, parent: QWidget | None = None, row=None, submit=None):
        """What ``submit(values)`` returned once it went through (the values when no ``submit``),
        or None when cancelled."""
        dialog = cls(parent, row, submit)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class PartDialog(_Dialog):
    """A new part (number editable) or an existing one (number fixed)."""

    def __init__(self, parent: QWidget | None = None, part=None, submit=None):
        super().__init__(parent)
        self.part = part
        self.number = QLineEdit(part.number if part else "")
        self.number.setReadOnly(part is not None)
        self.name = QLineEdit(part.name if part else "")
        self.spec = QLineEdit(part.spec if part else "")
        self.unit = QLineEdit(part.unit if part else "个")
        self.price = QLineEdit(format_money(part.price_fen).replace(",", "") if part else "")
        self.safety = QLineEdit(str(part.safety_stock) if part else "0")
        self._finish((self.number, self.name, self.spec, self.unit, self.price, self.safety), submit)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("编辑备件") if self.part else self.tr("新增备件"))
        texts = (self.tr("备件编号(&N)"), self.tr("备件名称(&M)"), self.tr("规格(&S)"), self.tr("单位(&U)"),
                 self.tr("单价（元）(&P)"), self.tr("安全库存(&K)"))
        for label, text in zip(self.labels, texts):
            label.setText(text)

    def values(self) -> dict | None:
        price = parse_yuan(self.price.text())
        if price is None:
            self._refuse(Refusal("parts.bad_money", field=self.tr("单价"), value=self.price.text()), self.price)
            return None
        safety = parse_int(self.safety.text() or "0")
        if safety is None or safety < 0:
            self._refuse(Refusal("parts.bad_integer", field=self.tr("安全库存"), value=self.safety.text()),
                         self.safety)
            return None
        return {"number": self.number.text(), "name": self.name.text(), "spec": self.spec.text(),
                "unit": self.unit.text(), "price_fen": price, "safety_stock": safety}

    def refusal_fields(self) -> dict:
        return {"ledger.part_exists": self.number, "ledger.part_bad_number": self.price,
                "ledger.part_incomplete": lambda refusal: self.name if refusal.facts.get("part") else self.number}

    @classmethod
    def ask(cls, parent: QWidget | None = None, part=None, submit=None):
        return super().ask(parent, part, submit)


class PartyDialog(_Dialog):
    """A new counterparty (code editable) or an existing one (code fixed, may be deactivated)."""

    def __init__(self, parent: QWidget | None = None, party=None, submit=None):
        super().__init__(parent)
        self.party = party
        self.code = QLineEdit(party.code if party else "")
        self.code.setReadOnly(party is not None)
        self.name = QLineEdit(party.name if party else "")
        self.kind = QComboBox()
        for kind in PARTY_KINDS:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(party.kind if party else "station")))
        self.contact = QLineEdit(party.contact if party else "")
        self.phone = QLineEdit(party.phone if party else "")
        self.address = QLineEdit(party.address if party else "")
        self.active = QCheckBox()
        self.active.setChecked(bool(party.active) if party else True)
        self.active.setEnabled(party is not None)
        self._finish((self.code, self.name, self.kind, self.contact, self.phone, self.address, self.active), submit)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("编辑往来单位") if self.party else self.tr("新增往来单位"))
        for row, kind in enumerate(PARTY_KINDS):
            self.kind.setItemText(row, party_kind_name(kind))
        for label, text in zip(self.labels, (self.tr("编码(&C)"), self.tr("名称(&M)"), self.tr("类型(&K)"),
                                             self.tr("联系人(&L)"), self.tr("电话(&T)"), self.tr("地址(&A)"),
                                             self.tr("启用(&E)"))):
            label.setText(text)

    def values(self) -> dict:
        return {"code": self.code.text(), "name": self.name.text(), "kind": self.kind.currentData(),
                "contact": self.contact.text(), "phone": self.phone.text(), "address": self.address.text(),
                "active": self.active.isChecked()}

    def refusal_fields(self) -> dict:
        return {"ledger.party_exists": self.code, "ledger.party_unknown_kind": self.kind,
                "ledger.party_incomplete": lambda refusal: self.name if refusal.facts.get("party") else self.code}

    @classmethod
    def ask(cls, parent: QWidget | None = None, party=None, submit=None):
        return super().ask(parent, party, submit)

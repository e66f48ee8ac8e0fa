"""Pages whose domain package has not been wired in yet: an honest empty state.

Each says plainly that nothing is recorded here yet and what the page will hold, in the clerk's
words. The lead replaces these factories in ui.main_window.PAGES with the real pages; until then
the window is complete and every page opens.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

CONTEXT = "EmptyPages"

DESCRIPTIONS = {
    "archive": QT_TRANSLATE_NOOP(
        "EmptyPages",
        "这里将是车辆档案（一车两档）：每辆车按车架号建一份销售档案和一份维修档案，"
        "可按车架号（全号或后 6-8 位）、车牌号、客户姓名或拼音首字母、电话、档案号查找，"
        "并列出逾期未交档的资料和经手人。",
    ),
    "customers": QT_TRANSLATE_NOOP(
        "EmptyPages",
        "这里将是客户：麦凯 66 客户档案（每次修订都留痕，敏感项需单独同意并按角色显示），"
        "7DC / 3DC 回访记录，生日、保养、年审、续保的关怀提醒，以及客户投诉的处理跟踪。",
    ),
    "parts": QT_TRANSLATE_NOOP(
        "EmptyPages",
        "这里将是备件：分公司的五本账——好坏件库存帐、备件往来帐、欠人坏件账、人欠坏件账、在途账，"
        "以及总部发货、服务站发料、返坏件等单据的录入与冲销。",
    ),
    "daily": QT_TRANSLATE_NOOP(
        "EmptyPages",
        "这里将是每日货品出入库报表：按日汇总各备件的入库、出库与结存，打印后由财务和经理签字，"
        "经理签字后当日锁定。",
    ),
    "reconcile": QT_TRANSLATE_NOOP(
        "EmptyPages",
        "这里将是对账：与总部、各服务站逐件核对往来数量和欠件，找出差异并生成对账单。",
    ),
}


class EmptyStatePage(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.heading = QLabel()
        self.heading.setObjectName("emptyTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A readable line length, from the font rather than in pixels.
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)

        # Stretches on both sides centre the text; adding it with an alignment flag instead would
        # break the word-wrapped label's height-for-width and clip its lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("尚无数据"))
        self.text.setText(QCoreApplication.translate(CONTEXT, DESCRIPTIONS[self.key]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def archive_page(context) -> QWidget:
    return EmptyStatePage("archive")


def customers_page(context) -> QWidget:
    return EmptyStatePage("customers")


def parts_page(context) -> QWidget:
    return EmptyStatePage("parts")


def daily_page(context) -> QWidget:
    return EmptyStatePage("daily")


def reconcile_page(context) -> QWidget:
    return EmptyStatePage("reconcile")

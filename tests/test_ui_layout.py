"""Layout at 1366x768: what a clerk reads is not cut off next to empty space, dialogs fit the
screen, and a missing paper (缺) stands out in colour as well as in words."""
from datetime import date

import pytest
from PySide6.QtGui import QColor

from archive import files, validate
from tests.conftest import NOW
from ui import i18n, style
from ui.vehicle_view import VehicleView

VIN = validate.with_check_digit("LFV2A21K0G3000001")


@pytest.fixture(autouse=True)
def settings_dir(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "ui"))
    i18n.install("zh")
    qapp.setStyleSheet(style.STYLESHEET)
    yield
    qapp.setStyleSheet("")


def ground(widget) -> QColor:
    """The colour a clerk sees behind the (short) text: right of it, left of the arrow."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() * 6 // 10, image.height() // 2)


def test_missing_papers_are_badged_red_and_present_ones_green(qtbot, sqlite_actors):
    clerk = sqlite_actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    files.register_vehicle(clerk, owner.id, vin=VIN, delivery_date=date(2026, 10, 8), responsible="李明")
    view = VehicleView(clerk, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    view.show_vin(VIN)
    missing, other = view.sales_table.cellWidget(0, 1), view.sales_table.cellWidget(1, 1)
    assert missing.currentText() == "缺"
    red = ground(missing)
    assert (red.hslHue() < 20 or red.hslHue() > 340) and red.hslSaturationF() > 0.3, red.name()

    other.setCurrentIndex(other.findData("original"))  # the clerk marks the original as present
    assert other.currentText() == "原件"
    green = ground(other)
    assert 90 < green.hslHue() < 150 and green.hslSaturationF() > 0.2, green.name()
    assert ground(view.sales_table.cellWidget(0, 1)).name() == red.name()

"""The seed's receiving forms (issue 19 item 6): 《货品记录跟踪表》 and 《分公司退换货申请表》 filled
from the receiving inspection, printed from `main.py report tracking|return-request --doc` and from
the document view's 收货表单; the PDFs read back with pdftotext for the facts."""
from __future__ import annotations

import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from common.errors import Refusal
from ledger import inspection, receiving_print
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli
from tests.test_ui_parts import ui_settings_dir  # noqa: F401  (autouse: own data dir, Chinese UI)
from ui.messages import refusal_text

RECEIVED = date(2026, 11, 10)


def delivery(actor):
    """ZZ01's box of 11-10, counted: 4 pads listed, 3 found; 2 filters, one with worn skin (露皮),
    settled by an exchange; the box crushed, opened with the carrier. Posted as FH-… from DL-1110."""
    create_party(actor, "HQ", "客服本部", "hq")
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_part(actor, "BP-3501010", "前刹车片", "", "套", 18500)
    create_part(actor, "OF-1012010", "机油滤清器", "", "个", 3200)
    done = inspection.record_inspection(
        actor, "ZZ01", RECEIVED,
        [inspection.ArrivalLine("BP-3501010", 4, 3),
         inspection.ArrivalLine("OF-1012010", 2, anomalies=[("露皮", "外壳磨损")])],
        delivery_list_no="DL-1110", request_no="THSQ-031", package_ok=False, package_note="外箱挤压",
        opened_with="物流 王师傅")
    anomalies = list(inspection.Anomaly.select().where(inspection.Anomaly.inspection == done.inspection_id)
                     .order_by(inspection.Anomaly.id))
    inspection.add_note(actor, anomalies[0].id, "已电话通知服务站补发")
    inspection.close_anomaly(actor, anomalies[1].id, "同意换货")
    received = post(actor, Draft("STATION_BAD_RETURN", RECEIVED, "ZZ01", "DL-1110",
                                 lines=[DraftLine("BP-3501010", 3, flag=False), DraftLine("OF-1012010", 2, flag=False)]))
    other = post(actor, Draft("HQ_SHIP", RECEIVED, "HQ", "SZ-9", lines=[("BP-3501010", 1)]))
    return received, other


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_both_forms_carry_the_inspections_facts_and_their_signature_lines(db, actors, tmp_path):
    clerk = actors["clerk"]
    received, other = delivery(clerk)
    tracking = receiving_print.render_tracking(clerk, received.number, tmp_path / "t.pdf")
    assert tracking["lines"] == 2 and tracking["anomalies"] == 2 and tracking["pages"] == 1
    text = text_of(tmp_path / "t.pdf")
    for fact in ("货品记录跟踪表", "ZZ01 郑州金水服务站", "2026-11-10", received.number, "DL-1110", "THSQ-031",
                 "破损（外箱挤压）", "物流 王师傅", "BP-3501010", "前刹车片", "OF-1012010", "露皮：外壳磨损",
                 "缺件：清单 4，实收 3", "已电话通知服务站补发", "同意换货", "跟进中", "已结",
                 "清点人：王丽", "开箱见证人：物流 王师傅", "复核："):
        assert fact in text, fact
    bp_row = next(line for line in text.splitlines() if "BP-3501010" in line and "前刹车片" in line)
    assert bp_row.split()[3:6] == ["4", "3", "-1"]  # listed, found, difference

    receiving_print.render_return_request(clerk, received.number, tmp_path / "r.pdf")
    text = text_of(tmp_path / "r.pdf")
    for fact in ("分公司退换货申请表", "申请单位：ZZ01 郑州金水服务站", "申请表号：THSQ-031", received.number,
                 "露皮：外壳磨损", "同意换货", "服务站经办人：", "分公司验收人：王丽", "分公司经理："):
        assert fact in text, fact
    of_row = next(line for line in text.splitlines() if "OF-1012010" in line)
    assert "个" in of_row and of_row.split()[4:6] == ["2", "2"]

    with pytest.raises(Refusal) as refused:  # a document no inspection was recorded for
        receiving_print.render_tracking(clerk, other.number, tmp_path / "x.pdf")
    assert refused.value.code == "inspection.no_inspection" and other.number in refusal_text(refused.value)
    assert not (tmp_path / "x.pdf").exists()


def test_report_tracking_and_return_request_on_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    received, other = delivery(sqlite_actors["clerk"])
    env = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    for kind, title in (("tracking", "货品记录跟踪表"), ("return-request", "分公司退换货申请表")):
        out = tmp_path / f"{kind}.pdf"
        done = run_cli("--db", sqlite_db.path, "report", kind, "--doc", received.number, "--out", out,
                       env=env, data_dir=tmp_path / "cli")
        assert done.returncode == 0, done.stderr
        assert f"已写入 {out}（2 行，1 页）" in done.stdout
        assert title in text_of(out) and received.number in text_of(out)
    refused = run_cli("--db", sqlite_db.path, "report", "tracking", "--doc", other.number, "--out", tmp_path / "n.pdf",
                      env=env, data_dir=tmp_path / "cli")
    assert refused.returncode == 1 and "没有对应的到货清点记录" in refused.stderr


def test_the_document_view_prints_the_forms_of_an_inspected_delivery(qtbot, desk_actors, tmp_path, monkeypatch):
    from ui import runner
    from ui.document_view import DocumentView, ReceivingForms

    received, other = delivery(desk_actors["clerk"])
    plain = DocumentView(desk_actors["clerk"], other.document_id)
    qtbot.addWidget(plain)
    assert not plain.forms_button.isVisibleTo(plain)  # nothing was counted for HQ's shipment

    view = DocumentView(desk_actors["clerk"], received.document_id)
    qtbot.addWidget(view)
    view.show()
    assert view.forms_button.isVisible() and view.forms_button.text() == "收货表单(&G)"
    asked = []
    monkeypatch.setattr(ReceivingForms, "ask_save_path",
                        classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(tmp_path / suggested)))

    def choose(keys):
        def press():
            menu = QApplication.activePopupWidget()
            for key in keys:
                qtbot.keyClick(menu, key)
        QTimer.singleShot(200, press)
        qtbot.mouseClick(view.forms_button, Qt.MouseButton.LeftButton)  # the menu opens; the keys pick

    choose([Qt.Key.Key_J])
    qtbot.waitUntil(lambda: not runner.running() and "已保存" in view.message.text(), timeout=20000)
    assert asked == [f"{received.number}_货品记录跟踪表.pdf"]
    assert "货品记录跟踪表" in text_of(tmp_path / asked[0]) and "1 页" in view.message.text()
    choose([Qt.Key.Key_Q])
    qtbot.waitUntil(lambda: len(asked) == 2 and not runner.running() and "退换货申请表" in view.message.text(),
                    timeout=20000)
    assert "申请表号：THSQ-031" in text_of(tmp_path / asked[1])

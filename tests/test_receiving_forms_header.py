"""The receiving forms' header keeps a station's full name on one line: real station names
(信阳浉河中兴汽车服务站) are long, and the first version's equal columns broke them after 汽车."""
from __future__ import annotations

from datetime import date

from ledger import inspection, receiving_print
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from tests.test_receiving_forms import text_of

NAME = "信阳浉河中兴汽车服务站"


def test_a_long_station_name_stays_whole_on_both_forms(db, actors, tmp_path):
    clerk = actors["clerk"]
    create_party(clerk, "XY01", NAME, "station")
    create_part(clerk, "BP-3501010", "前刹车片", "", "套", 18500)
    inspection.record_inspection(clerk, "XY01", date(2026, 11, 10), [inspection.ArrivalLine("BP-3501010", 2, 2)],
                                 delivery_list_no="FJ20261110")
    received = post(clerk, Draft("STATION_BAD_RETURN", date(2026, 11, 10), "XY01", "FJ20261110",
                                 lines=[DraftLine("BP-3501010", 2, flag=False)]))
    receiving_print.render_tracking(clerk, received.number, tmp_path / "t.pdf")
    receiving_print.render_return_request(clerk, received.number, tmp_path / "r.pdf")
    assert f"送货单位：XY01 {NAME}" in text_of(tmp_path / "t.pdf")
    assert f"申请单位：XY01 {NAME}" in text_of(tmp_path / "r.pdf")

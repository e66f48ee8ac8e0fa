"""Which delivery a receiving inspection's forms belong to: failing a delivery list or request
number, the party's one inspection of the day is taken only for a document of that day whose parts
were counted in it. A station's other return that day (parts the inspection never saw) printed the
inspection's 货品记录跟踪表 as its own, with quantities and findings of another box."""
from datetime import date

import pytest

from common.errors import Refusal
from ledger import inspection, receiving_print
from ledger.posting import Draft, DraftLine, create_part, create_party, post

DAY = date(2026, 11, 10)


def test_the_days_only_inspection_is_not_given_to_a_document_of_other_parts(db, actors, tmp_path):
    clerk = actors["clerk"]
    create_party(clerk, "ZZ01", "郑州金水服务站", "station")
    create_part(clerk, "BP-3501010", "前刹车片", "", "套", 18500)
    create_part(clerk, "OF-1012010", "机油滤清器", "", "个", 3200)
    counted = inspection.record_inspection(clerk, "ZZ01", DAY, [inspection.ArrivalLine("BP-3501010", 4, 3)],
                                           delivery_list_no="DL-1110")
    keyed = post(clerk, Draft("STATION_BAD_RETURN", DAY, "ZZ01", None,
                              lines=[DraftLine("BP-3501010", 3, flag=False)]))
    other = post(clerk, Draft("STATION_BAD_RETURN", DAY, "ZZ01", None, lines=[DraftLine("OF-1012010", 1, flag=False)]))
    assert inspection.for_document(keyed.document_id).id == counted.inspection_id
    assert inspection.for_document(other.document_id) is None
    with pytest.raises(Refusal) as refused:
        receiving_print.render_tracking(clerk, other.number, tmp_path / "other.pdf")
    assert refused.value.code == "inspection.no_inspection" and not (tmp_path / "other.pdf").exists()

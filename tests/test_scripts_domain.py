"""Call scripts and configurable survey forms (issue 18 item 4, archive/scripts.py): the manager's
library, versions and retirement; a survey form changed by the manager scores the next callbacks,
while callbacks scored before keep their items and scale in the reports. SQLite and PostgreSQL."""
from datetime import date, timedelta

import pytest

from archive import callbacks, scripts
from archive.callbacks import Callback
from common.errors import Refusal
from tests.test_callbacks_domain import TODAY, at, car, person, refused, repair


def test_manager_writes_edits_and_retires_scripts_clerk_reads(actors):
    manager, clerk = actors["manager"], actors["clerk"]
    assert refused(scripts.save_script, clerk, "3dc", "angry", "客户生气", "先听完").code == "auth.forbidden"
    first = scripts.save_script(manager, "3dc", "angry", "客户生气", "先让客户说完，不争辩。")
    assert first.version == 1 and scripts.script_for("3dc", "angry").body == "先让客户说完，不争辩。"
    second = scripts.save_script(at(manager, TODAY, 11), "3dc", "angry", "客户生气", "先让客户说完，复述要点。")
    assert second.version == 2
    assert [s.state for s in scripts.history("3dc", "angry")] == ["active", "replaced"]
    assert scripts.script_for("3dc", "angry").id == second.id
    assert refused(scripts.save_script, manager, "3dc", "angry", "客户生气", "先让客户说完，复述要点。").code \
        == "scripts.unchanged"
    assert refused(scripts.save_script, manager, "3dc", "angry", " ", "x").code == "scripts.title_required"
    assert refused(scripts.save_script, manager, "3dc", "angry", "t", "").code == "scripts.body_required"
    assert refused(scripts.save_script, manager, "3dc", "weather", "t", "b").code == "scripts.unknown_situation"
    assert refused(scripts.save_script, manager, "5dc", "angry", "t", "b").code == "scripts.unknown_kind"
    scripts.retire_script(manager, second.id)
    assert scripts.script_for("3dc", "angry") is None
    assert refused(scripts.retire_script, manager, second.id).code == "scripts.not_active"
    # Written again after retiring: version 3, the history keeps all three.
    assert scripts.save_script(manager, "3dc", "angry", "客户生气", "新写法").version == 3
    from common.models import AuditLog

    actions = [a for (a,) in AuditLog.select(AuditLog.action).where(AuditLog.action.startswith("scripts.")).order_by(AuditLog.id).tuples()]
    assert actions == ["scripts.save", "scripts.save", "scripts.retire", "scripts.save"]


def test_survey_form_change_keeps_old_callbacks_scores(actors):
    manager, clerk = actors["manager"], actors["clerk"]
    owner = person(clerk, "王芳")
    _, vin = car(clerk, owner, date(2025, 6, 1))
    repair(clerk, vin, TODAY - timedelta(days=13))
    repair(clerk, vin, TODAY - timedelta(days=3))
    v1 = scripts.current_form("3dc")
    assert v1.version == 1 and v1.scale_max == 10 and v1.items == callbacks.SERVICE_ITEMS
    callbacks.generate(at(clerk, TODAY - timedelta(days=10)), TODAY - timedelta(days=10))
    old = Callback.get(Callback.kind == "3dc")
    callbacks.record_call(at(clerk, TODAY - timedelta(days=10)), old.id, "reached",
                          {code: 8 for code in v1.items})
    assert Callback.get_by_id(old.id).survey_set_id == v1.id

    assert refused(scripts.save_form, clerk, "3dc", [(None, "x")], 5).code == "auth.forbidden"
    assert refused(scripts.save_form, manager, "3dc", [("overall", "总体满意度"), (None, "总体满意度")], 5).code \
        == "scripts.item_duplicate"
    assert refused(scripts.save_form, manager, "3dc", [(None, "预约便利性")], 11).code == "scripts.scale_range"
    assert refused(scripts.save_form, manager, "3dc", [], 5).code == "scripts.items_required"
    assert refused(scripts.save_form, manager, "3dc", list(v1.items.items()), 10).code == "scripts.form_unchanged"
    v2 = scripts.save_form(manager, "3dc", [("repair_quality", "维修质量"), ("overall", "总体满意度"),
                                            (None, "预约便利性")], 5)
    assert v2.version == 2 and v2.scale_max == 5 and len(v2.items) == 3
    new_code = [c for c, text in v2.items.items() if text == "预约便利性"][0]

    callbacks.generate(at(clerk, TODAY), TODAY)
    new = Callback.select().where((Callback.kind == "3dc") & (Callback.state == "open")).get()
    # The old 10-point score is now out of range; the new form's items are the ones asked for.
    bad = refused(callbacks.record_call, at(clerk, TODAY), new.id, "reached", {code: 8 for code in v2.items})
    assert bad.code == "callbacks.score_range" and bad.facts["high"] == 5
    assert refused(callbacks.record_call, at(clerk, TODAY), new.id, "reached",
                   {code: 4 for code in v1.items}).code == "callbacks.unknown_item"
    callbacks.record_call(at(clerk, TODAY), new.id, "reached", {"repair_quality": 4, "overall": 4, new_code: 2})
    assert Callback.get_by_id(new.id).survey_set_id == v2.id
    # The old callback's scores still read on version 1's items; the month's report counts both,
    # a 4 of 5 as an 8 of 10, a 2 of 5 (a 4) as a low score.
    assert scripts.form(Callback.get_by_id(old.id).survey_set_id).items == callbacks.SERVICE_ITEMS
    month = callbacks.report("month", TODAY)
    items = {row[1]: row[2:] for row in month.items if row[0] == callbacks.KIND_LABELS["3dc"]}
    assert items["总体满意度"] == [2, "8.00", 0]
    assert items["服务接待"] == [1, "8.00", 0]
    assert items["预约便利性"] == [1, "4.00", 1]
    summary = [row for row in month.summary if row[0] == callbacks.KIND_LABELS["3dc"]][0]
    assert summary[-1] == f"{(6 * 8 + 8 + 8 + 4) / 9:.2f}"
    day = callbacks.report("day", TODAY)
    assert day.details[-1][5] == f"{(4 + 4 + 2) / 3 * 2:.2f}"
    # The manager's chart of average scores counts the two forms on one 10-point scale too.
    from archive import stats

    chart = stats.callback_scores(TODAY.replace(day=1), TODAY)
    assert chart.columns[callbacks.KIND_LABELS["3dc"]][-1] == round((6 * 8 + 8 + 8 + 4) / 9, 2)


def test_demo_library_has_a_script_for_each_kind(actors):
    from datetime import datetime

    built = scripts.build_demo(actors["manager"], datetime(2026, 11, 2, 8, 0))
    assert built["call_scripts"] >= 15
    for kind in scripts.SCRIPT_KINDS:
        assert "opening" in scripts.active_scripts(kind)
    assert scripts.script_for("3dc", "angry").version == 2
    assert scripts.current_form("3dc").version == 2

"""A survey item the manager took off a form and later puts back under the same name keeps its
code (archive.scripts.save_form): its scores before and after read as one item in the reports and
verify the improvement item opened on it. SQLite and PostgreSQL."""
from datetime import date, timedelta

from archive import callbacks, rectification as rz, scripts
from archive.callbacks import Callback
from tests.test_callbacks_domain import TODAY, at, car, person, repair


def test_an_item_put_back_under_its_name_keeps_its_code(actors):
    manager, clerk = actors["manager"], actors["clerk"]
    first = scripts.current_form("3dc")
    assert first.items["timeliness"] == "按时交车"
    shorter = scripts.save_form(manager, "3dc", [(code, text) for code, text in first.items.items()
                                                 if code != "timeliness"], first.scale_max)
    assert "timeliness" not in shorter.items
    # Back by its name alone (a new row of the editor, or the CLI's --items): the old code again.
    back = scripts.save_form(manager, "3dc", [*shorter.items.items(), (None, "按时交车"), (None, "预约便利性")], 10)
    assert back.items["timeliness"] == "按时交车"
    assert [code for code, text in back.items.items() if text == "预约便利性"] != ["timeliness"]


def test_a_low_score_is_verified_by_a_callback_on_the_form_that_put_the_item_back(actors):
    manager, clerk = actors["manager"], actors["clerk"]
    _, vin = car(clerk, person(clerk, "王芳"), date(2025, 6, 1))
    first_visit = TODAY - timedelta(days=42)  # a Monday: its 3DC falls on a Thursday
    repair(clerk, vin, first_visit)
    callbacks.generate(at(clerk, first_visit + timedelta(days=3)), first_visit + timedelta(days=3))
    low = Callback.get(Callback.kind == "3dc")
    callbacks.record_call(at(clerk, first_visit + timedelta(days=3)), low.id, "reached",
                          {code: 9 for code in scripts.current_form("3dc").items} | {"timeliness": 3})
    item = rz.open_from_score(at(clerk, first_visit + timedelta(days=4)), low.id, "timeliness", department="service",
                              owner="赵强")
    rz.act(at(clerk, first_visit + timedelta(days=5)), item.id, "超时主动致电")
    form = scripts.current_form("3dc")
    without = scripts.save_form(manager, "3dc", [(c, t) for c, t in form.items.items() if c != "timeliness"], 10)
    scripts.save_form(manager, "3dc", [*without.items.items(), (None, "按时交车")], 10)
    second_visit = TODAY - timedelta(days=10)
    repair(clerk, vin, second_visit)
    callbacks.generate(at(clerk, second_visit + timedelta(days=3)), second_visit + timedelta(days=3))
    later = Callback.get((Callback.kind == "3dc") & (Callback.state == "open"))
    callbacks.record_call(at(clerk, second_visit + timedelta(days=3)), later.id, "reached",
                          {code: 9 for code in scripts.current_form("3dc").items})
    verified = rz.verify(at(clerk, TODAY), item.id, rz.BY_CALLBACK)
    assert verified.state == rz.VERIFIED and verified.verify_callback_id == later.id

"""`main.py calendar show|set|import|due` as a manager or a clerk runs them: real processes, a real
SQLite file made by `init`."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import chinese_calendar
import pytest

from common.excel import write_rows
from tests.accounts import add_user
from tests.test_cli import ADMIN, run_cli

CLERK = {"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": "clerk-pass-1"}


@pytest.fixture
def branch(tmp_path):
    db = tmp_path / "branch.sqlite3"
    assert run_cli("--db", db, "init", env=ADMIN, data_dir=tmp_path).returncode == 0
    added = add_user(db, "clerk", "clerk", CLERK["BRANCHDESK_PASSWORD"], tmp_path)
    assert added.returncode == 0, added.stderr
    return db


def cli(branch, *args, env=ADMIN):
    return run_cli("--db", branch, *args, env=env, data_dir=branch.parent)


def expected_year(year: int) -> dict:
    days_off, workdays = [], []
    day = date(year, 1, 1)
    while day.year == year:
        if day.weekday() < 5 and not chinese_calendar.is_workday(day):
            days_off.append(day.isoformat())
        if day.weekday() >= 5 and chinese_calendar.is_workday(day):
            workdays.append(day.isoformat())
        day = day.fromordinal(day.toordinal() + 1)
    return {"year": year, "days_off": days_off, "workdays": workdays}


def test_show_json_of_a_fresh_database_is_the_state_council_notice(branch):
    for year in (2025, 2026):
        shown = cli(branch, "calendar", "show", "--year", year, "--json", env=CLERK)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout) == expected_year(year)


def test_due_prints_the_nth_working_day(branch):
    after_national_day = cli(branch, "calendar", "due", "2026-09-30", "1", env=CLERK)
    assert (after_national_day.returncode, after_national_day.stdout.strip()) == (0, "2026-10-08")
    assert cli(branch, "calendar", "due", "2026-02-13", "2", env=CLERK).stdout.strip() == "2026-02-24"
    # Into a year nobody entered: the date, and on stderr that it is counted on weekends only.
    into_2027 = cli(branch, "calendar", "due", "2026-12-30", "3", env=CLERK)
    assert into_2027.stdout.strip() == "2027-01-04"
    assert "2027 年节假日尚未录入" in into_2027.stderr
    assert "not been entered" in cli(branch, "--lang", "en", "calendar", "due", "2026-12-30", "3").stderr


def test_set_is_for_the_manager_and_audited(branch):
    refused = cli(branch, "calendar", "set", "2027-02-06", "work", "--name", "春节", env=CLERK)
    assert refused.returncode == 1 and "没有此操作的权限" in refused.stderr
    done = cli(branch, "calendar", "set", "2027-02-06", "work", "--name", "春节")
    assert done.returncode == 0, done.stderr
    assert cli(branch, "calendar", "set", "2027-02-08", "off", "--name", "春节").returncode == 0
    assert json.loads(cli(branch, "calendar", "show", "--year", "2027", "--json").stdout) == {
        "year": 2027, "days_off": ["2027-02-08"], "workdays": ["2027-02-06"]}
    weekday = cli(branch, "calendar", "set", "2027-02-09", "work")
    assert weekday.returncode == 1 and "本来就是工作日" in weekday.stderr
    bad_date = cli(branch, "calendar", "set", "2027-02-30", "off")
    assert bad_date.returncode == 1 and "2027-02-30" in bad_date.stderr
    with sqlite3.connect(branch) as conn:
        audited = conn.execute("SELECT username, entity_id FROM audit_log WHERE action = 'archive.holiday_set'"
                               " ORDER BY id").fetchall()
    assert audited == [("admin", "2027-02-06"), ("admin", "2027-02-08")]


def test_import_a_sheet_and_show_it(branch, tmp_path):
    sheet = tmp_path / "2027.xlsx"
    write_rows(sheet, "日历", ["日期", "类型", "名称"],
               [[date(2027, 1, 1), "放假", "元旦"], [date(2027, 2, 7), "上班", "春节"], [date(2027, 2, 10), "放假", "春节"]])
    imported = cli(branch, "calendar", "import", sheet)
    assert imported.returncode == 0, imported.stderr
    assert "已导入 3 天" in imported.stdout
    shown = cli(branch, "calendar", "show", "--year", "2027", env=CLERK)
    assert shown.stdout.splitlines() == ["2027-01-01  星期五  放假  元旦", "2027-02-07  星期日  上班  春节",
                                         "2027-02-10  星期三  放假  春节"]
    unknown = cli(branch, "calendar", "show", "--year", "2028", env=CLERK)
    assert "2028 年节假日尚未录入" in unknown.stdout


def test_check_passes_on_a_fresh_database(branch):
    checked = cli(branch, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

"""日报 page: the finance clerk who signed, promoted to manager since, presses 经理签字 and is refused
in words on the page's message line (issue 15 item 5); the day stays finance-signed."""
from common.actor import Actor
from common.models import User
from ledger import daily
from tests.conftest import TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday
from tests.test_daily_ui import open_page, settle
from ui.daily_page import DailyPage


def test_the_finance_signer_made_manager_cannot_sign_again(qtbot, desk_actors, monkeypatch):
    clerks_friday(desk_actors)
    daily.produce(desk_actors["clerk"], FRIDAY)
    monkeypatch.setattr(DailyPage, "ask_password", classmethod(lambda cls, *args: TEST_PASSWORD))
    finance = desk_actors["finance"]
    finance_page = open_page(qtbot, finance)
    finance_page.finance_button.click()
    settle(qtbot)
    assert daily.day_state(FRIDAY) == "finance_signed"

    User.update(role="manager").where(User.id == finance.user.id).execute()
    promoted_page = open_page(qtbot, Actor(User.get_by_id(finance.user.id), finance.now))
    assert promoted_page.manager_button.isEnabled()
    promoted_page.manager_button.click()
    settle(qtbot)
    assert "两个签字必须是两个人" in promoted_page.message.text()
    assert daily.day_state(FRIDAY) == "finance_signed"

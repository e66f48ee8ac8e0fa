"""``main.py style show`` names the customer it shows, and a customer number that is none is
refused in words with exit code 1 (before: "沟通风格：未登记" and success, as if the number
were a customer's)."""
from datetime import date

from archive import files
from common import db as dbmod
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import _id_number
from tests.test_cli import run_cli


def test_style_show_names_the_customer_and_refuses_an_unknown_number(sqlite_db, sqlite_actors, tmp_path):
    customer = files.create_customer(sqlite_actors["clerk"], kind="person", name="张伟",
                                     id_number=_id_number(date(1980, 1, 1)), phone="13803711234")
    dbmod.close_database()

    def cli(*args):
        return run_cli("--db", sqlite_db.path, *args, env={"BRANCHDESK_USER": "clerk",
                                                            "BRANCHDESK_PASSWORD": TEST_PASSWORD}, data_dir=tmp_path)

    shown = cli("style", "show", str(customer.id))
    assert shown.returncode == 0 and "张伟" in shown.stdout and "沟通风格：未登记" in shown.stdout
    unknown = cli("style", "show", "999999")
    assert unknown.returncode == 1 and "未登记" not in unknown.stdout
    assert "999999" in unknown.stdout + unknown.stderr and "客户" in unknown.stdout + unknown.stderr

"""``main.py style ...`` on a SQLite file: a clerk records a style from the answers and by hand,
the manager rewords a topic, the guidance sheet PDF is read back; refusals worded in Chinese and
English."""
from datetime import date

from archive import files
from common import db as dbmod
from common.pdf import pdf_text
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import _id_number
from tests.test_cli import run_cli


def test_styles_from_the_command_line(sqlite_db, sqlite_actors, tmp_path):
    customer = files.create_customer(sqlite_actors["clerk"], kind="person", name="张伟",
                                     id_number=_id_number(date(1980, 1, 1)), phone="13803711234")
    dbmod.close_database()

    def cli(user, *args):
        return run_cli("--db", sqlite_db.path, *args, env={"BRANCHDESK_USER": user, "BRANCHDESK_PASSWORD": TEST_PASSWORD},
                       data_dir=tmp_path)

    judged = cli("clerk", "style", "set", str(customer.id), "--answers", "aab,abb")
    assert judged.returncode == 0, judged.stderr
    assert "沟通风格：控制型（支配 / 内敛），王丽" in judged.stdout and "马上认错" in judged.stdout
    by_hand = cli("clerk", "style", "set", str(customer.id), "--style", "analytical", "--answers", "aab,abb")
    assert "分析型" in by_hand.stdout and "问题回答建议的是 控制型" in by_hand.stdout
    assert "此前的登记" in by_hand.stdout and "控制型  王丽" in by_hand.stdout  # the history kept
    short = cli("clerk", "style", "set", str(customer.id), "--answers", "aab")
    assert short.returncode == 1 and "回答了 3 个问题，应为 6 个" in short.stdout + short.stderr
    refused = cli("clerk", "style", "guidance", "--style", "driver", "--topic", "temper", "--text", "先道歉")
    assert refused.returncode == 1
    changed = cli("manager", "style", "guidance", "--style", "driver", "--topic", "temper", "--text", "先道歉，再问他怎样处理。")
    assert changed.returncode == 0 and "先道歉，再问他怎样处理。" in changed.stdout
    printed = cli("clerk", "style", "print", "--out", tmp_path / "guide.pdf")
    assert printed.returncode == 0, printed.stderr
    text = pdf_text(tmp_path / "guide.pdf")[0]
    assert "客户沟通风格应对指引" in text and "先道歉，再问他怎样处理。" in text and "分析型" in text
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "style", "show", str(customer.id),
                      env={"BRANCHDESK_USER": "clerk", "BRANCHDESK_PASSWORD": TEST_PASSWORD}, data_dir=tmp_path)
    assert "Analytical" in english.stdout

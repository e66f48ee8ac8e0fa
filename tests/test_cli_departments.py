"""``rectify departments --code C --name N`` renames and leaves the department as it was: a
retired one stays retired until ``--reinstate`` (renaming brought it back silently)."""
from archive import rectification as rz
from common import db as dbmod
from tests.conftest import TEST_PASSWORD
from tests.test_callbacks_domain import at, TODAY
from tests.test_cli import run_cli


def test_renaming_a_retired_department_keeps_it_retired(sqlite_db, sqlite_actors, tmp_path):
    quality = rz.save_department(at(sqlite_actors["manager"], TODAY), "质量管理部")
    rz.save_department(at(sqlite_actors["manager"], TODAY), "质量管理部", code=quality.code, active=False)
    dbmod.close_database()
    as_manager = {"BRANCHDESK_USER": "manager", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    cli = lambda *args: run_cli("--db", sqlite_db.path, "rectify", "departments", *args, env=as_manager,  # noqa: E731
                                data_dir=tmp_path)
    renamed = cli("--code", quality.code, "--name", "质量部")
    assert renamed.returncode == 0, renamed.stderr
    assert f"{quality.code}  质量部  （已停用）" in renamed.stdout
    back = cli("--code", quality.code, "--reinstate")
    assert back.returncode == 0 and f"{quality.code}  质量部" in back.stdout and "已停用" not in back.stdout
    both = cli("--code", quality.code, "--retire", "--reinstate")
    assert both.returncode == 2

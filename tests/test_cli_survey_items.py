"""``scripts survey KIND --items``: a blank name between two commas is a slip the manager is told
about (its position), not an item silently left out of the new survey form."""
from archive import scripts
from common import db as dbmod
from tests.conftest import TEST_PASSWORD
from tests.test_cli import run_cli


def test_a_blank_item_name_is_refused_and_no_version_is_saved(sqlite_db, sqlite_actors, tmp_path):
    before = scripts.current_form("3dc").version
    dbmod.close_database()
    as_manager = {"BRANCHDESK_USER": "manager", "BRANCHDESK_PASSWORD": TEST_PASSWORD}
    refused = run_cli("--db", sqlite_db.path, "scripts", "survey", "3dc", "--items", "服务接待,，维修质量",
                      env=as_manager, data_dir=tmp_path)
    assert refused.returncode == 1 and "第 2 个评分项目没有名称" in refused.stderr, refused.stdout
    english = run_cli("--db", sqlite_db.path, "--lang", "en", "scripts", "survey", "3dc", "--items", "服务接待, ",
                      env=as_manager, data_dir=tmp_path)
    assert english.returncode == 1 and "2" in english.stderr and "名称" not in english.stderr
    shown = run_cli("--db", sqlite_db.path, "scripts", "survey", "3dc", env=as_manager, data_dir=tmp_path)
    assert f"第 {before} 版" in shown.stdout

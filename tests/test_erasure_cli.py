"""An old copy put over the live file by hand (not through restore) brings erased personal data
back: `check` says so from the erasure register beside the file, `erasures list` shows which, and
`erasures apply` erases it again (issue 15 item 4)."""
import shutil
from pathlib import Path

from tests.test_cli import ADMIN, run_cli
from tests.test_restore import MANAGER, NICKNAME, backup_of, branch, run_py  # noqa: F401 - the branch fixture


def test_an_old_copy_dropped_over_the_file_is_found_and_erased_again(branch, tmp_path):
    copy = backup_of(branch, tmp_path)
    run_py("""
        P.erase_profile(actor("boss"), files.Customer.get().id)
    """, branch, tmp_path)
    for companion in (Path(f"{branch}-wal"), Path(f"{branch}-shm")):
        companion.unlink(missing_ok=True)
    shutil.copyfile(copy, branch)  # Explorer's copy-and-replace, no restore

    checked = run_cli("--db", branch, "check", env=ADMIN, data_dir=tmp_path)
    assert checked.returncode == 1 and "删除登记" in checked.stdout and "erasures apply" in checked.stdout, checked.stdout
    listed = run_cli("--db", branch, "erasures", "list", env=MANAGER, data_dir=tmp_path)
    assert listed.returncode == 0 and "本数据库尚未执行" in listed.stdout and NICKNAME not in listed.stdout, listed.stderr

    applied = run_cli("--db", branch, "erasures", "apply", env=MANAGER, data_dir=tmp_path)
    assert applied.returncode == 0 and "已重新执行 1 条删除" in applied.stdout, applied.stderr
    raw = branch.read_bytes() + (Path(f"{branch}-wal").read_bytes() if Path(f"{branch}-wal").exists() else b"")
    assert NICKNAME.encode() not in raw
    assert run_cli("--db", branch, "check", env=ADMIN, data_dir=tmp_path).returncode == 0
    again = run_cli("--db", branch, "erasures", "list", env=MANAGER, data_dir=tmp_path)
    assert "已执行" in again.stdout and "尚未执行" not in again.stdout

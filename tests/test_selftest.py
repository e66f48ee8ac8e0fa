"""`main.py --self-test` is what CI runs inside the installed program; it must pass from source too,
and must leave the user's data directory alone."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_and_touches_no_user_data(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANCHDESK_")}
    env["HOME"] = str(tmp_path)  # where the default data directory would be on Linux
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("database", "main window and pages", "PDF with Chinese text", "xlsx round trip"):
        assert f"OK    {step}" in result.stdout
    assert not (tmp_path / "xdg" / "BranchDesk").exists()

"""The translations are read into memory: rewriting the .qm file while the program runs (an update
of the program, ``python -m ui.i18n --update`` on a developer's machine) must not crash it.

Qt maps a .qm file it loads by name; the file written again shorter (as lrelease does) leaves the
mapping pointing past its end and the next translated text kills the process with SIGBUS. The
check runs in a child process, since what fails is a crash.
"""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication

app = QCoreApplication([])
from ui import i18n

folder = Path(sys.argv[2])
i18n.translations_dir = lambda: folder
assert i18n.install("en")
print(QCoreApplication.translate("Pages", "今日"), flush=True)
with open(folder / i18n.QM_FILE, "r+b") as qm:  # written again in place, shorter
    qm.truncate(0)
print(QCoreApplication.translate("Pages", "今日"), QCoreApplication.translate("Pages", "档案"), flush=True)
i18n.install("zh")  # and a switch back to Chinese still works
print(QCoreApplication.translate("Pages", "今日"), flush=True)
"""


def test_the_english_texts_survive_the_translation_file_being_rewritten_while_the_program_runs(tmp_path):
    shutil.copy(ROOT / "resources" / "i18n" / "branchdesk_en.qm", tmp_path / "branchdesk_en.qm")
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(tmp_path)], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert done.stdout.split("\n")[:3] == ["Today", "Today Archives", "今日"]

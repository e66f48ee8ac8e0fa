"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every QLabel.setText (and many other
void calls); ui/__init__.py pins None, True and False there (only there: Python 3.12's are immortal),
so a day of clerk work cannot crash the app."""
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CALLS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {prelude}
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    for _ in range(400_000):  # ten times the references an unpinned None has here
        label.setText("x")
    print("survived", "pinned" if getattr(sys, "_branchdesk_none_pinned", False) else "unpinned")
""")


def run(prelude: str):
    return subprocess.run([sys.executable, "-c", CALLS.format(prelude=prelude)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_many_qt_calls_do_not_crash_the_app():
    result = run("import ui")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_the_pin_is_applied_exactly_where_the_bug_bites():
    import PySide6

    import ui

    affected = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"
    assert ui.needs_immortal_pin() is affected
    assert ("survived pinned" in run("import ui").stdout) is affected
    assert ui.needs_immortal_pin((3, 11), "6.12.0")
    assert not ui.needs_immortal_pin((3, 12), "6.12.0")
    assert not ui.needs_immortal_pin((3, 13), "6.12.0")
    assert not ui.needs_immortal_pin((3, 11), "6.11.2")
    assert not ui.needs_immortal_pin((3, 11), "6.12.1")


def test_the_version_is_read_without_loading_qt():
    result = subprocess.run([sys.executable, "-c", "import sys, ui; print(ui._installed_pyside());"
                             "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    import PySide6

    assert result.stdout.split("\n")[:2] == [PySide6.__version__, "[]"], result.stderr[-2000:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_without_the_pin_pyside_would_crash_python_3_11():
    # Documents why ui/__init__.py pins None: if this starts passing (the binding is fixed), the
    # pin can go.
    result = run("")
    assert result.returncode != 0 and "none_dealloc" in result.stderr

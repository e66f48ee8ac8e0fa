"""The domain packages stand on their own: no Qt, no UI. The command line and any future service
can use them without a display, and the GUI cannot hide logic the command line lacks."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_PACKAGES = ("common", "ledger", "archive")

PROBE = """
import importlib, pkgutil, sys
for name in {packages!r}:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if ".migrations." in info.name:
            continue
        importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "ui.", "shiboken")) or m == "ui")
print(",".join(loaded))
"""


def test_importing_every_domain_module_loads_no_qt_and_no_ui():
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(packages=DOMAIN_PACKAGES)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"domain code loaded: {result.stdout.strip()}"


def test_domain_sources_do_not_mention_qt_imports():
    offenders = []
    for package in DOMAIN_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith(("import ", "from ")) and ("PySide6" in stripped or stripped.split()[1].split(".")[0] == "ui"):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {stripped}")
    assert offenders == []

"""The desktop UI (PySide6). The only package with widgets.

On Python 3.11 with PySide6 6.12.0, importing it first makes ``None``, ``True`` and ``False``
effectively immortal. That PySide6 drops one reference to ``None`` on many void calls
(QLabel.setText, QSettings.setValue, QWidget.property of an unset property...) and to the bool a
Python event filter returns (upstream PYSIDE-3474); on Python 3.12+ these objects are immortal and
the bug is harmless, but on 3.11 a count reaches zero after some tens of thousands of such calls and
the interpreter aborts ("none_dealloc", "bool_dealloc"): a clerk's app would crash in the middle of
the day. Adding 2**40 to the count does what Python 3.12 does, so it can never reach zero; nothing
else reads it. The app is built and tested on Python 3.12 (README, .ci/run, the installer), where
nothing is pinned; the pin stays for a developer's 3.11 and only for the affected PySide6 versions
(read from the wheel's metadata or the PySide6 package, without importing QtCore). tests/test_ui_none_refcount.py shows the
crash and the cure.
"""
import sys

# The PySide6 releases that lose references to None/True/False (PYSIDE-3474).
REFCOUNT_BUG_PYSIDE = frozenset({"6.12.0"})


def needs_immortal_pin(python: tuple = sys.version_info[:2], pyside: str | None = None) -> bool:
    """Whether this interpreter and PySide6 need None/True/False pinned: Python < 3.12 with an
    affected PySide6 (``pyside`` defaults to the installed one)."""
    if tuple(python) >= (3, 12):
        return False
    if pyside is None:
        pyside = _installed_pyside()
    return pyside in REFCOUNT_BUG_PYSIDE


def _installed_pyside() -> str | None:
    """The installed PySide6's version without importing it (the wheel's metadata), else (a frozen
    installer may carry no metadata) the PySide6 package's ``__version__`` (QtCore is not loaded)."""
    from importlib import metadata

    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    try:
        import PySide6
    except ImportError:
        return None
    return PySide6.__version__


if not getattr(sys, "_branchdesk_none_pinned", False) and needs_immortal_pin():
    import ctypes

    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40
    sys._branchdesk_none_pinned = True

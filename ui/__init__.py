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
    """The installed PySide6's version without importing it: its ``__version__`` line read as text
    (common.package_version; importlib.metadata costs a start on 3.11 about 4% of its instructions),
    else the wheel's metadata, else (a frozen installer may carry neither) the PySide6 package's
    ``__version__`` (QtCore is not loaded)."""
    from common.package_version import source_version

    version = source_version("PySide6")
    if version is not None:
        return version
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


# PySide6's import hook (shibokensupport.feature) reads the source of every module imported after
# PySide6 (inspect.getsource) to note whether it mentions PySide6, for PySide's "features"
# (``from __feature__ import snake_case``): ~120 modules read again on each start, about 5% of the
# start's instructions. No module of this program selects a feature, so every module is noted as
# one using PySide without a feature (what the scan finds for ours; for a module that does not use
# PySide it means the same while no feature is selected). Set as soon as the hook exists: when
# PySide6's first module is looked for (PySide6 itself and its hook are loaded by then), or now if
# PySide6 came before this package.
def _uses_pyside(module) -> bool:
    return True


def _without_source_scan() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


class _QtImportWatch:
    """A meta path finder that finds nothing: looked at for a PySide6 module, it sets the above
    once the hook is there and then leaves sys.meta_path."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.startswith("PySide6.") and _without_source_scan() and cls in sys.meta_path:
            sys.meta_path.remove(cls)
        return None


if not _without_source_scan() and _QtImportWatch not in sys.meta_path:
    sys.meta_path.insert(0, _QtImportWatch)

"""The desktop UI (PySide6). The only package with widgets.

Importing it first makes ``None`` effectively immortal on Python 3.11. PySide6 6.12.0 drops one
reference to ``None`` on many void calls (QLabel.setText, QSettings.setValue, QWidget.property of
an unset property...); on Python 3.12+ ``None`` is immortal and the bug is harmless, but on 3.11
its reference count reaches zero after some tens of thousands of such calls and the interpreter
aborts ("none_dealloc"): a clerk's app would crash in the middle of the day. Adding 2**40 to the
count does what Python 3.12 does, so the count can never reach zero; nothing else reads it.
tests/test_ui_none_refcount.py shows both the crash and the cure.
"""
import sys

if sys.version_info < (3, 12) and not getattr(sys, "_branchdesk_none_pinned", False):
    import ctypes

    # True and False too: the same bug drops references to the bool a Python event filter
    # returns (the interpreter then aborts with "bool_dealloc: deallocating True or False").
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40
    sys._branchdesk_none_pinned = True

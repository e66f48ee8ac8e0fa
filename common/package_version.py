"""An installed package's version without importing it.

Importing a package to read its ``__version__`` runs all of it (chinesecalendar builds its tables of
days, ~2.5% of a start's instructions), and ``importlib.metadata`` is slower still (it is imported
and searches every installed distribution). A start only compares versions, so it reads the
package's ``__version__ = "..."`` line as text.
"""
from __future__ import annotations


def source_version(package: str) -> str | None:
    """The ``__version__`` the package's ``__init__.py`` sets, read as text without importing it;
    None when the package is not installed, has no readable source (an installer ships bytecode) or
    sets no such literal line: the caller then imports it."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
        with open(spec.origin, encoding="utf-8") as source:
            for line in source:
                if line.startswith("__version__"):
                    value = line.partition("=")[2].split("#")[0].strip()
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                        return value[1:-1]
                    return None
    except (AttributeError, TypeError, ValueError, OSError, ImportError):
        return None
    return None

"""The desktop UI (PySide6). The only package with widgets."""

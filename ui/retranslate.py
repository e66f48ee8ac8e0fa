"""Every widget with a ``retranslateUi()`` follows a language switch the same way.

    class ArchivePage(Retranslating, QWidget):   # the mixin first, then the Qt class
        def retranslateUi(self) -> None: ...       # sets every text with self.tr(...)

On ``QEvent.LanguageChange`` (ui.i18n installs the new translator; Qt sends it to every widget) the
widget's ``retranslateUi()`` runs, then Qt's own handling. A widget that must do more after a switch
(reload a preview, refill a list) overrides ``changeEvent`` itself and calls ``super().changeEvent``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for QWidget subclasses: ``retranslateUi()`` on every language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

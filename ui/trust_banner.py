"""The warning at the top of the main window when the database's own guards are not what the
migrations made (issue 15 item 1): a dropped, disabled or altered append-only trigger of the audit
log means someone changed the database outside the program.

Shown to an administrator or a manager, the people who can look into it; the program opens as
usual (refusing to open would stop the branch's work and fix nothing) and never recreates a guard
itself. The check is common.audit.verify_triggers, the one ``main.py check`` runs too; it reads the
schema's trigger list, one quick query, so it runs at every start and user switch.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

ROLES = ("admin", "manager")


class TrustBanner(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trustBanner")
        self.setWordWrap(True)
        self.problems: list = []
        self.hide()

    def show_for(self, actor) -> None:
        """Verify the guards (again) and show what is wrong, in the current language, if the
        user is one who should know; hidden otherwise."""
        from common import audit
        from ui.messages_trust import problem_text

        self.problems = audit.verify_triggers() if actor.user.role in ROLES else []
        if not self.problems:
            self.hide()
            return
        lines = [self.tr("数据库的保护被改动过，请查明原因（运行 main.py check 可看完整检查结果）：")]
        lines += [problem_text(problem) for problem in self.problems]
        self.setText("\n".join(lines))
        self.show()

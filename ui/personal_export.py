"""The 导出 Excel button of a table that lists customers' personal data (the customers page, the
callback and complaint lists): the file is written through common.personal_data.export_personal,
so it needs ``personal.export`` and is audited with the number of rows and the file; a refusal
is said in the table's message line (and audited too).
"""
from __future__ import annotations

from typing import Callable

from common.personal_data import export_personal
from ui.table_model import SqlTableModel, TableView, export_xlsx


def export_personal_table(view: TableView, actor_now: Callable[[], object], what: str) -> None:
    """Route ``view``'s export through export_personal as ``what``; ``actor_now()`` gives the
    acting user at the moment of the click (common.actor.Actor)."""

    def export(model: SqlTableModel) -> None:
        from PySide6.QtCore import QCoreApplication

        from ui.runner import run_op

        # The table's own texts (context TableView), already translated.
        path = view.ask_save_path(view, QCoreApplication.translate("TableView", "导出.xlsx"))
        if not path:
            return
        actor = actor_now()
        done = QCoreApplication.translate("TableView", "已导出 {n} 行。")
        run_op(view, lambda: export_personal(actor, what, path, lambda: export_xlsx(model, path), records=lambda n: n),
               long=True, message=QCoreApplication.translate("TableView", "正在导出 Excel…"), message_line=view.message,
               success=lambda n: done.format(n=f"{n:,}"))

    view.export_handler = export
    view.export_button.setVisible(True)

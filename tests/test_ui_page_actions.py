"""Pages and dialogs say things and run domain calls through one helper (ui.runner.PageActions),
not through a say/_say/run/_run of their own."""
import ast
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from common.errors import Refusal
from ui.runner import PageActions
from ui.table_model import TableView

UI = Path(__file__).resolve().parent.parent / "ui"


class _Page(PageActions, QWidget):
    def __init__(self):
        super().__init__()
        self.message = QLabel(self)
        self.refreshed = 0

    def refresh(self):
        self.refreshed += 1


def test_say_puts_a_hint_or_an_error_in_the_message_line(qtbot):
    page = _Page()
    qtbot.addWidget(page)
    page.say("已保存。")
    assert (page.message.text(), page.message.property("role")) == ("已保存。", "hint")
    page.say("不能保存。", error=True)
    assert (page.message.text(), page.message.property("role")) == ("不能保存。", "error")


def test_run_says_the_outcome_and_refreshes_only_after_success(qtbot):
    page = _Page()
    qtbot.addWidget(page)
    op = page.run(lambda: 3, lambda n: f"已完成 {n} 项。")
    assert op.ok and page.message.text() == "已完成 3 项。" and page.refreshed == 1
    page.run(lambda: None, "已解锁。")  # a plain text is said as it is
    assert page.message.text() == "已解锁。" and page.refreshed == 2

    def refused():
        raise Refusal("auth.failed")

    op = page.run(refused, "不会显示")
    assert op.refusal is not None and page.message.property("role") == "error" and page.refreshed == 2


def test_run_keeps_the_current_row_of_the_kept_view(qtbot, monkeypatch):
    page = _Page()
    qtbot.addWidget(page)
    chosen = []

    class View:
        def current_key(self):
            return 7

        def select_key(self, key):
            chosen.append(key)

    page.kept_view = View
    page.run(lambda: None)
    assert chosen == [7] and page.refreshed == 1
    assert hasattr(TableView, "current_key") and hasattr(TableView, "select_key")


def test_no_page_writes_its_own_say_or_run():
    allowed = {("runner.py", "PageActions"), ("runner.py", "_Job"),  # QRunnable.run
               ("date_edit.py", "FilterDates")}  # remembers what it said, to take it back when corrected
    own = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and (path.name, node.name) not in allowed:
                own += [f"{path.name} {node.name}.{item.name}" for item in node.body
                        if isinstance(item, ast.FunctionDef) and item.name in ("say", "_say", "run", "_run")]
    assert own == [], "use ui.runner.PageActions"

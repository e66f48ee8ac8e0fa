"""A language switch reaches every widget through one mixin (ui.retranslate.Retranslating), not a
changeEvent copied into each class."""
import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.retranslate import Retranslating

UI = Path(__file__).resolve().parent.parent / "ui"


def _classes():
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                yield path, node


def test_a_language_change_runs_retranslate_ui(qtbot):
    class Panel(Retranslating, QWidget):
        def __init__(self):
            super().__init__()
            self.label = QLabel(self)
            self.retranslateUi()

        def retranslateUi(self):
            self.label.setText(self.tr("已保存"))
            self.calls = getattr(self, "calls", 0) + 1

    panel = Panel()
    qtbot.addWidget(panel)
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.calls == 2
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.FontChange))  # other changes pass through
    assert panel.calls == 2


def test_no_widget_copies_the_change_event():
    copies = []
    for path, node in _classes():
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "changeEvent" and path.name != "retranslate.py":
                body = [ast.unparse(statement) for statement in item.body]
                if len(body) == 2 and body[1] == "super().changeEvent(event)" and body[0].endswith(
                        "self.retranslateUi()") and "elif" not in body[0]:
                    copies.append(f"{path.name}:{item.lineno} {node.name}")
    assert copies == [], "use ui.retranslate.Retranslating instead"


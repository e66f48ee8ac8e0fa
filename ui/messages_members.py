"""The names of the customer value classes and of the club's default levels and benefits in the
screen's language. archive.value (context "ValueClass") and archive.members (context
"MemberLevels") mark them where they are defined; the club's refusal texts are in archive/texts.py."""
from PySide6.QtCore import QCoreApplication


def class_name(code: str) -> str:
    """A value class code in the UI's language."""
    from archive.value import VALUE_CLASSES

    source = VALUE_CLASSES.get(code)
    return QCoreApplication.translate("ValueClass", source) if source else code


def fill_class_combo(combo, first_text: str, extra: tuple = ()) -> None:
    """Fill a filter combo with (first_text, "") then the ``extra`` (text, data) pairs and the value
    classes in the UI's language, keeping the choice made (for a retranslation); no signal fires."""
    from archive.value import VALUE_CLASSES

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first_text, "")
    for text, data in extra:
        combo.addItem(text, data)
    for code in VALUE_CLASSES:
        combo.addItem(class_name(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))
    combo.blockSignals(False)


def data_name(text: str) -> str:
    """A level's or benefit's name as shown: the program's default names (archive.members.DEFAULT_RULES)
    translated, the manager's own names as typed."""
    return QCoreApplication.translate("MemberLevels", text) if text else text

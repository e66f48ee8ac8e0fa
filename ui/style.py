"""The look: Qt's Fusion style with a light palette and a small stylesheet.

Sizes are in points or em-like paddings, never fixed pixel widths, so the layout scales with the
display (100-150 %). Widgets opt into special looks through object names and dynamic properties
(``objectName`` "navigation", "card"; property ``role="error"`` on labels; ``invalid=true`` on a
field that ui/forms.py or ui/date_edit.py marked; ``paperState`` on a checklist paper's combo)
rather than per-widget stylesheets, so the whole look lives here. The keyboard focus is always
visible: a focused button gets a ring, because Enter presses the focused button (ui/forms.FormKeys).
"""
from __future__ import annotations

ACCENT = "#2f5d8a"
ACCENT_LIGHT = "#e3edf7"
WARM = "#d9822b"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}

QListWidget#navigation {{
    background: #ffffff;
    border: none;
    border-right: 1px solid #dfe3e8;
    padding: 6px 0;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 8px 14px;
    margin: 1px 6px;
    border-radius: 6px;
    color: #2b2f33;
}}
QListWidget#navigation::item:hover {{ background: #f0f3f6; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_LIGHT}; color: {ACCENT}; font-weight: bold; }}

QLabel#pageTitle {{ font-size: 16pt; font-weight: bold; color: #22313f; }}
QLabel#pageSubtitle {{ color: #5f6b76; }}

QFrame#card {{
    background: #ffffff;
    border: 1px solid #dfe3e8;
    border-radius: 8px;
}}
QLabel#cardValue {{ font-size: 22pt; font-weight: bold; color: {ACCENT}; }}
QLabel#cardTitle {{ color: #5f6b76; }}
QLabel#cardHint {{ color: #8a949e; font-size: 8pt; }}

QLabel#emptyTitle {{ font-size: 13pt; color: #5f6b76; }}
QLabel#emptyText {{ color: #8a949e; }}

QLabel[role="error"] {{ color: #b3261e; }}
QLabel[role="hint"] {{ color: #5f6b76; }}
QLabel#trustBanner {{ background: #fdecea; color: #8c1d18; border-bottom: 1px solid #f2b8b5; padding: 6px 12px; }}

QGroupBox {{
    background: #ffffff;
    border: 1px solid #dfe3e8;
    border-radius: 8px;
    margin-top: 1.4em;
    padding: 10px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #22313f; font-weight: bold; }}

QPushButton {{
    padding: 4px 14px;
    border: 1px solid #b8c0c8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d2b38;
}}
QPushButton:hover {{ background: #f2f6fa; }}
QPushButton:pressed {{ background: {ACCENT_LIGHT}; }}
QPushButton:default {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa3ab; background: #f3f4f6; border-color: #d5dae0; }}
/* The focus ring: 2 px in the accent colour, padding 1 px smaller so the button keeps its size. */
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 3px 13px; background: {ACCENT_LIGHT}; }}
QCheckBox:focus, QRadioButton:focus {{ background: {ACCENT_LIGHT}; border-radius: 3px; }}

/* A field whose input was refused: red border and a light red ground; the text stays as typed.
   A spin box gets the ground only: a border would make Qt drop its native arrow buttons. */
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"], QTextEdit[invalid="true"] {{
    border: 2px solid #b3261e;
    border-radius: 3px;
    background: #fdf0ef;
}}
QAbstractSpinBox[invalid="true"] {{ background: #f6c9c4; }}
QCheckBox[invalid="true"], QRadioButton[invalid="true"] {{ color: #b3261e; }}

/* A paper of a vehicle's checklist (ui/vehicle_view.StateCombo): 缺 stands out in red, an original
   is green, a copy amber; the combo's text says the state too, so colour is never the only sign. */
QComboBox[paperState="missing"] {{ background: #fdecea; color: #b3261e; font-weight: bold; border: 1px solid #e3a19b; }}
QComboBox[paperState="original"] {{ background: #e8f5e9; color: #1e6b34; border: 1px solid #a8d5b0; }}
QComboBox[paperState="copy"] {{ background: #fff4e0; color: #8a5300; border: 1px solid #e8c48a; }}

QTableView {{
    background: #ffffff;
    alternate-background-color: #f7f9fb;
    gridline-color: #e6e9ed;
    selection-background-color: {ACCENT_LIGHT};
    selection-color: #1d2b38;
}}
QHeaderView::section {{
    background: #f0f3f6;
    border: none;
    border-right: 1px solid #dfe3e8;
    border-bottom: 1px solid #dfe3e8;
    padding: 4px 6px;
}}
QStatusBar {{ background: #eef1f4; color: #3a444d; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""

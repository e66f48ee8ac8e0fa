"""Charts drawn with QPainter: bars (one group per label) and lines (one per column).

Data model: a chart shows one ``archive.stats.Series`` - labels on the x axis, one or more named
value columns (None = no value, a gap in a line). The same ``paint_series`` draws on the screen
and into a QImage for "save as PNG", so the saved picture is what the manager saw. No charting
library: QtCharts lives in PySide6-Addons, which the installer does not ship.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#2f6fb0", "#e07b28", "#3a9a5b", "#c0392b", "#7d5ba6", "#8c6d1f")


def nice_ceiling(value: float) -> float:
    """The next round number above ``value`` (1, 2, 2.5, 5 x 10^n), for the y axis top."""
    if value <= 0:
        return 1
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = step * 10 ** exponent
        if top >= value:
            return top
    return 10 ** (exponent + 1)


def _values(series) -> list[float]:
    return [v for column in series.columns.values() for v in column if v is not None]


def paint_series(painter: QPainter, rect: QRectF, series, font: QFont | None = None) -> None:
    """Draw ``series`` into ``rect``: title, y axis with grid, x labels, bars or lines, legend."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if font is not None:
        painter.setFont(font)
    metrics = QFontMetrics(painter.font())
    line = metrics.height()
    painter.fillRect(rect, QColor("white"))

    title_rect = QRectF(rect.left(), rect.top() + 4, rect.width(), line * 1.4)
    plain = QFont(painter.font())
    bold = QFont(plain)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("#222"))
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, series.title)
    painter.setFont(plain)

    values = _values(series)
    top = nice_ceiling(max(values, default=0))
    label_width = metrics.horizontalAdvance(_number(top)) + 12
    legend_height = line * 1.6
    plot = QRectF(rect.left() + label_width + 8, title_rect.bottom() + line * 0.6,
                  rect.width() - label_width - 24, rect.height() - title_rect.height() - line * 3.6 - legend_height)
    if plot.width() <= 10 or plot.height() <= 10:
        painter.restore()
        return

    # grid and y labels
    grid = QPen(QColor("#dddddd"))
    for step in range(5):
        value = top * step / 4
        y = plot.bottom() - plot.height() * step / 4
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#555"))
        painter.drawText(QRectF(rect.left(), y - line / 2, label_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _number(value))
    painter.setPen(QPen(QColor("#444"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    count = max(1, len(series.labels))
    slot = plot.width() / count
    # x labels: skip some when they would overlap (twelve months fit; 120 would not)
    widest = max((metrics.horizontalAdvance(label) for label in series.labels), default=0) + 6
    every = max(1, math.ceil(widest / slot)) if slot > 0 else 1
    painter.setPen(QColor("#333"))
    for index, label in enumerate(series.labels):
        if index % every == 0:
            painter.drawText(QRectF(plot.left() + slot * index - slot * (every - 1) / 2, plot.bottom() + 4,
                                    slot * every, line), Qt.AlignmentFlag.AlignHCenter, label)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value / top)

    names = list(series.columns)
    if series.kind == "line":
        for number, name in enumerate(names):
            pen = QPen(QColor(PALETTE[number % len(PALETTE)]), 2)
            painter.setPen(pen)
            previous = None
            for index, value in enumerate(series.columns[name]):
                if value is None:
                    previous = None
                    continue
                point = QPointF(plot.left() + slot * (index + 0.5), y_of(value))
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.setBrush(pen.color())
                painter.drawEllipse(point, 2.5, 2.5)
                previous = point
    else:
        group = slot * 0.8
        bar = group / max(1, len(names))
        for number, name in enumerate(names):
            colour = QColor(PALETTE[number % len(PALETTE)])
            for index, value in enumerate(series.columns[name]):
                if not value:
                    continue
                x = plot.left() + slot * index + (slot - group) / 2 + bar * number
                painter.fillRect(QRectF(x, y_of(value), max(1.0, bar - 1), plot.bottom() - y_of(value)), colour)
                if count * len(names) <= 24:  # room for the figure on top of each bar
                    painter.setPen(QColor("#222"))
                    painter.drawText(QRectF(x - 20, y_of(value) - line, bar + 40, line),
                                     Qt.AlignmentFlag.AlignHCenter, _number(value))

    # legend
    x = plot.left()
    y = plot.bottom() + line * 1.6
    for number, name in enumerate(names):
        painter.fillRect(QRectF(x, y + line * 0.25, line * 0.8, line * 0.6), QColor(PALETTE[number % len(PALETTE)]))
        painter.setPen(QColor("#333"))
        painter.drawText(QPointF(x + line, y + metrics.ascent()), name)
        x += line * 2 + metrics.horizontalAdvance(name)
    for note in series.notes:
        painter.drawText(QPointF(x + line, y + metrics.ascent()), note)
        x += line * 2 + metrics.horizontalAdvance(note)
    painter.restore()


def _number(value: float) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def render_image(series, size: QSize = QSize(1200, 700), font: QFont | None = None) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_series(painter, QRectF(0, 0, size.width(), size.height()), series, font)
    finally:
        painter.end()
    return image


def save_png(series, path, size: QSize = QSize(1200, 700), font: QFont | None = None) -> Path:
    path = Path(path)
    if not render_image(series, size, font).save(str(path), "PNG"):
        from common.errors import Refusal

        raise Refusal("file.write_failed", path=str(path), detail="PNG")
    return path


class ChartWidget(QWidget):
    """Shows one series; ``set_series`` replaces it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series = None
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series) -> None:
        self.series = series
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            if self.series is not None:
                paint_series(painter, QRectF(self.rect()), self.series, self.font())
        finally:
            painter.end()

    def save_png(self, path) -> Path:
        return save_png(self.series, path, QSize(max(1200, self.width()), max(700, self.height())), self.font())

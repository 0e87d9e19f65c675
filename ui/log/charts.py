"""Bar charts drawn with QPainter in the palette's colours (so they follow a dark theme).

Each bar has its number written beside it, so the chart never relies on colour or on reading a
scale; the accessible description lists every value for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Labelled values as bars: ``vertical`` (upright, for months) or lying down (for kinds)."""

    def __init__(
        self, title: str, *, vertical: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.vertical = vertical
        self.values: list[tuple[str, int]] = []
        self.empty_text = self.tr("Nothing to show for this period.")
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_values(self, values: Sequence[tuple[str, int]]) -> None:
        self.values = list(values)
        described = "; ".join(f"{label}: {count}" for label, count in self.values)
        self.setAccessibleDescription(described or self.empty_text)
        self.setToolTip(
            "\n".join(f"{label}: {count:,}" for label, count in self.values) or self.empty_text
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        if self.vertical:
            return QSize(520, line * 2 + 200)
        rows = max(1, len(self.values))
        return QSize(420, line * 2 + rows * (line + 8) + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(260, self.sizeHint().height())

    # ---- drawing -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        area = QRectF(self.rect()).adjusted(4, 2, -4, -4)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(self.font())
        body = area.adjusted(0, line + 6, 0, 0)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(text)
        if not self.values or not any(count for _label, count in self.values):
            quiet = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            painter.setPen(quiet)
            painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.empty_text)  # fmt: skip
            painter.end()
            return
        if self.vertical:
            self._paint_vertical(painter, body, metrics, palette)
        else:
            self._paint_horizontal(painter, body, metrics, palette)
        painter.end()

    def _bar_colour(self, palette: QPalette) -> QColor:
        return palette.color(QPalette.ColorRole.Highlight)

    def _paint_horizontal(
        self, painter: QPainter, body: QRectF, metrics: QFontMetrics, palette: QPalette
    ) -> None:
        line = metrics.height()
        label_width = min(
            body.width() * 0.45, max(metrics.horizontalAdvance(lbl) for lbl, _n in self.values) + 8
        )
        top = max(count for _label, count in self.values)
        number_width = metrics.horizontalAdvance(f"{top:,}") + 10
        bar_space = max(10.0, body.width() - label_width - number_width)
        y = body.top()
        text = palette.color(QPalette.ColorRole.WindowText)
        axis = palette.color(QPalette.ColorRole.Mid)
        for label, count in self.values:
            row = QRectF(body.left(), y, label_width - 8, line + 4)
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(row.width()))
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             shown)  # fmt: skip
            length = bar_space * count / top if top else 0
            bar = QRectF(body.left() + label_width, y + 2, max(length, 1 if count else 0), line)
            painter.fillRect(bar, self._bar_colour(palette))
            painter.drawText(
                QRectF(bar.right() + 4, y, number_width, line + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{count:,}",
            )
            y += line + 8
        painter.setPen(axis)
        x = body.left() + label_width
        painter.drawLine(int(x), int(body.top()), int(x), int(y - 6))

    def _paint_vertical(
        self, painter: QPainter, body: QRectF, metrics: QFontMetrics, palette: QPalette
    ) -> None:
        line = metrics.height()
        top = max(count for _label, count in self.values)
        n = len(self.values)
        plot = body.adjusted(0, line + 2, 0, -(line + 6))
        slot = plot.width() / n
        bar_width = max(2.0, slot * 0.7)
        text = palette.color(QPalette.ColorRole.WindowText)
        axis = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(axis)
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        widest = max(metrics.horizontalAdvance(lbl) for lbl, _n in self.values)
        every = 1
        while widest + 6 > slot * every and every < n:
            every += 1
        number_room = max(metrics.horizontalAdvance(f"{c:,}") for _l, c in self.values) <= slot
        for i, (label, count) in enumerate(self.values):
            x = plot.left() + slot * i + (slot - bar_width) / 2
            height = (plot.height() * count / top) if top else 0
            bar = QRectF(x, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, self._bar_colour(palette))
            painter.setPen(text)
            if number_room or i % every == 0:
                painter.drawText(
                    QRectF(plot.left() + slot * i - 10, bar.top() - line - 1, slot + 20, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    f"{count:,}",
                )
            if i % every == 0:
                width = metrics.horizontalAdvance(label) + 4
                centre = plot.left() + slot * (i + 0.5)
                left = min(max(centre - width / 2, body.left()), body.right() - width)
                painter.drawText(
                    QRectF(left, plot.bottom() + 3, width, line + 2),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )

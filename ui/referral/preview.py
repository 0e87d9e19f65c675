"""Showing and printing PDF documents made by the app, page by page, with pypdfium2.

pdfium is not thread-safe, so every call here runs on the UI thread; a form of a few pages
renders in a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

POINTS_PER_INCH = 72.0
PRINT_DPI_LIMIT = 300
"""Pages are rasterised for the printer at no more than this (enough for 9 pt text)."""


class PrintFailed(Exception):
    """The printer (or the PDF file a printer writes) could not be started."""


def page_sizes(data: bytes) -> list[QSizeF]:
    """Each page's size in points."""
    document = pdfium.PdfDocument(data)
    try:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            page.close()
            sizes.append(QSizeF(width, height))
        return sizes
    finally:
        document.close()


def render_pages(data: bytes, dpi: float, pages: Sequence[int] | None = None) -> Iterator[QImage]:
    """The pages of a PDF (all, or the 0-based ``pages``) as images at ``dpi``."""
    document = pdfium.PdfDocument(data)
    try:
        wanted = range(len(document)) if pages is None else pages
        for index in wanted:
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
                try:
                    # BGRx bytes are QImage's RGB32 on a little-endian machine; copy() detaches
                    # the image from pdfium's buffer before that is freed.
                    image = QImage(
                        bytes(bitmap.buffer),
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGB32,
                    ).copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
            yield image
    finally:
        document.close()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print a PDF on ``printer`` (as set up by a print dialog); returns the pages printed.

    Each page is drawn from an image rendered at the printer's resolution (at most
    ``PRINT_DPI_LIMIT``), scaled to fill the paper while keeping its shape. A page range chosen
    in the dialog is honoured.
    """
    count = len(page_sizes(data))
    first, last = printer.fromPage(), printer.toPage()
    if first > 0 and last >= first:
        wanted = list(range(first - 1, min(last, count)))
    else:
        wanted = list(range(count))
    if not wanted:
        return 0
    printer.setFullPage(True)
    dpi = float(min(printer.resolution(), PRINT_DPI_LIMIT))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate("PdfPreview", "The printer could not be started.")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for n, image in enumerate(render_pages(data, dpi, wanted)):
            if n and not printer.newPage():
                raise PrintFailed(
                    QCoreApplication.translate(
                        "PdfPreview", "The printer stopped before every page was printed."
                    )
                )
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2,
                area.y() + (area.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(wanted)


class PdfPreview(QWidget):
    """A scrolling view of a PDF's pages, with zoom in and out, fit to width and a page count.

    ``set_pdf(data)`` shows a document; ``page_image(i)`` gives a page as shown.
    """

    zoom_changed = Signal(float)

    ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
    PAGE_GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._sizes: list[QSizeF] = []
        self._zoom = 1.0
        self._labels: list[QLabel] = []
        self.setAccessibleName(self.tr("Document preview"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.zoom_out_button = self._tool(
            self.tr("−"), self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000%") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.zoom_in_button = self._tool(
            self.tr("+"), self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn
        )
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("&Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit the page to the width of the window"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.page_count_label = QLabel()
        self.page_count_label.setAccessibleName(self.tr("Number of pages"))
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_count_label)
        layout.addLayout(bar)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setAccessibleName(self.tr("Pages"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages_widget = QWidget()
        self.pages_widget.setBackgroundRole(QPalette.ColorRole.Dark)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(self.PAGE_GAP)
        self.pages_layout.setContentsMargins(
            self.PAGE_GAP, self.PAGE_GAP, self.PAGE_GAP, self.PAGE_GAP
        )
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.pages_widget)
        layout.addWidget(self.scroll_area, 1)

        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_now)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.toggled.connect(self.set_fit_width)
        self._update_controls()

    def _tool(self, text: str, name: str, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        sequence = QKeySequence(key)
        button.setShortcut(sequence)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{name} ({shown})" if shown else name)
        return button

    # ---- the document ------------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> None:
        """Show the PDF ``data`` (its pages are rendered at once)."""
        self._data = bytes(data)
        self._sizes = page_sizes(self._data) if self._data else []
        if self.fit_width_enabled():
            self._zoom = self._fit_zoom()
        self._render()

    def clear(self) -> None:
        self.set_pdf(b"")

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return len(self._sizes)

    def page_label(self, index: int) -> QLabel:
        return self._labels[index]

    def page_image(self, index: int) -> QImage:
        """A page as it is shown now."""
        pixmap = self._labels[index].pixmap()
        return pixmap.toImage()

    # ---- zoom --------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0 is the printed size); turns fit-to-width off."""
        self.fit_button.setChecked(False)
        self._apply_zoom(zoom)

    def zoom_in(self) -> None:
        bigger = [z for z in self.ZOOM_STEPS if z > self._zoom + 0.005]
        self.set_zoom(bigger[0] if bigger else self.ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in self.ZOOM_STEPS if z < self._zoom - 0.005]
        self.set_zoom(smaller[-1] if smaller else self.ZOOM_STEPS[0])

    def fit_width_enabled(self) -> bool:
        return self.fit_button.isChecked()

    def set_fit_width(self, on: bool) -> None:
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)  # comes back here through toggled
            return
        if on:
            self._fit_now()

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(self.ZOOM_STEPS[0], min(self.ZOOM_STEPS[-1], zoom))
        if abs(zoom - self._zoom) < 0.001 and self._labels:
            return
        self._zoom = zoom
        self._render()
        self.zoom_changed.emit(zoom)

    def _screen_dpi(self) -> float:
        return float(self.logicalDpiX()) or 96.0

    def _fit_zoom(self) -> float:
        if not self._sizes:
            return self._zoom
        widest = max(size.width() for size in self._sizes)
        # Measured from the scroll area itself, as if its vertical scroll bar were showing, so
        # the answer does not change when the bar comes and goes.
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.scroll_area.frameWidth()
        room = self.scroll_area.width() - frame - scrollbar - 2 * self.PAGE_GAP - 2
        points_to_pixels = self._screen_dpi() / POINTS_PER_INCH
        return max(0.1, room / (widest * points_to_pixels))

    def _fit_now(self) -> None:
        if self.fit_width_enabled() and self._sizes:
            self._apply_zoom(self._fit_zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.fit_width_enabled():
            self._refit.start()

    # ---- drawing -----------------------------------------------------------------------------
    def _render(self) -> None:
        for label in self._labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        if self._data:
            ratio = self.devicePixelRatioF()
            dpi = self._screen_dpi() * self._zoom * ratio
            for number, image in enumerate(render_pages(self._data, dpi), start=1):
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                label = QLabel()
                label.setPixmap(pixmap)
                label.setFixedSize(
                    QSize(round(image.width() / ratio), round(image.height() / ratio))
                )
                label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                label.setAccessibleName(
                    self.tr("Page %1 of %2")
                    .replace("%1", str(number))
                    .replace("%2", str(len(self._sizes)))
                )
                self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self._labels.append(label)
        self._update_controls()

    def _update_controls(self) -> None:
        has = bool(self._sizes)
        self.zoom_label.setText(self.tr("%1%").replace("%1", str(round(self._zoom * 100))))
        self.zoom_out_button.setEnabled(has and self._zoom > self.ZOOM_STEPS[0] + 0.005)
        self.zoom_in_button.setEnabled(has and self._zoom < self.ZOOM_STEPS[-1] - 0.005)
        self.fit_button.setEnabled(has)
        if not has:
            self.page_count_label.setText(self.tr("No document"))
        elif len(self._sizes) == 1:
            self.page_count_label.setText(self.tr("1 page"))
        else:
            self.page_count_label.setText(self.tr("%1 pages").replace("%1", str(len(self._sizes))))

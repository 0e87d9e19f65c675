"""Light, dark and high-contrast: the app follows the system's colour scheme.

The rest of ``ui/`` never names a colour; it asks the palette for a role (``Window``, ``Text``,
``AlternateBase``...). This module is the one place that holds colour values: the palette used
when the system asks for a dark scheme and the platform style cannot draw one itself.

* Light (or unknown) scheme: the platform's own style and palette, untouched.
* Dark scheme: styles that draw a dark scheme themselves (macOS, Windows 11) are left alone;
  otherwise the Fusion style with :func:`dark_palette`.
* High contrast (``QStyleHints.accessibility().contrastPreference()``): the system's palette
  is always kept, so a high-contrast theme is never overridden.

:func:`setup_theme` applies the scheme at start-up and again on ``colorSchemeChanged`` and
``contrastPreferenceChanged``. Icons from :func:`palette_icon` draw their lines in the
palette's text colour at paint time, so they stay visible in every scheme. Text sizes are
relative (:func:`relative_font`), so the system's font size setting carries through.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

# The line colour the bundled monochrome icons are drawn with; replaced by the palette's text
# colour when an icon is painted (see PaletteIconEngine).
ICON_INK = "#5b6770"

_G = QPalette.ColorGroup
_R = QPalette.ColorRole

# Colours of the dark palette: text on every background meets WCAG AA (4.5:1) or better.
_DARK = {
    _R.Window: "#2b2b2b",
    _R.WindowText: "#f2f2f2",
    _R.Base: "#1e1e1e",
    _R.AlternateBase: "#363636",
    _R.ToolTipBase: "#3c3c3c",
    _R.ToolTipText: "#f2f2f2",
    _R.PlaceholderText: "#a6a6a6",
    _R.Text: "#f2f2f2",
    _R.Button: "#3a3a3a",
    _R.ButtonText: "#f2f2f2",
    _R.BrightText: "#ff8a80",
    _R.Light: "#505050",
    _R.Midlight: "#444444",
    _R.Mid: "#6a6a6a",
    _R.Dark: "#191919",
    _R.Shadow: "#000000",
    _R.Highlight: "#2f6ea8",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8cc4ff",
    _R.LinkVisited: "#c9a8ff",
    _R.Accent: "#2f6ea8",
}
_DARK_DISABLED = {
    _R.WindowText: "#8c8c8c",
    _R.Text: "#8c8c8c",
    _R.ButtonText: "#8c8c8c",
    _R.Base: "#262626",
    _R.Button: "#303030",
    _R.Highlight: "#4a4a4a",
    _R.HighlightedText: "#c8c8c8",
    _R.PlaceholderText: "#7a7a7a",
}

# Styles that draw the system's dark scheme themselves.
_NATIVE_DARK_STYLES = frozenset({"macos", "windows11"})


def dark_palette() -> QPalette:
    """The palette used for a dark scheme when the style cannot draw one itself."""
    palette = QPalette()
    for role, value in _DARK.items():
        palette.setColor(role, QColor(value))
    for role, value in _DARK_DISABLED.items():
        palette.setColor(_G.Disabled, role, QColor(value))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    window = palette.color(_R.Window)
    text = palette.color(_R.WindowText)
    return window.lightnessF() < text.lightnessF()


def high_contrast() -> bool:
    """True when the system asks for more contrast (a high-contrast theme)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def blend(first: QColor, second: QColor, share: float) -> QColor:
    """``first`` with ``share`` (0..1) of ``second`` mixed in."""
    keep = 1.0 - share
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * share,
        first.greenF() * keep + second.greenF() * share,
        first.blueF() * keep + second.blueF() * share,
    )


def relative_font(font: QFont, delta_points: float = 0.0, *, factor: float = 1.0) -> QFont:
    """``font`` made ``factor`` times bigger plus ``delta_points``, keeping the system size as
    the base (works whether the font is sized in points or, unusually, in pixels)."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(max(1.0, font.pointSizeF() * factor + delta_points))
    elif font.pixelSize() > 0:
        # about 4/3 pixels to a point at 96 dpi
        result.setPixelSize(max(1, round(font.pixelSize() * factor + delta_points * 4 / 3)))
    return result


class ThemeWatcher(QObject):
    """Applies the system's colour scheme now and whenever it (or the contrast wish) changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.native_style = app.style().name()
        self.scheme = Qt.ColorScheme.Unknown
        self.applied_dark = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(lambda *_: self.apply(self.scheme))
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Use the palette for ``scheme`` (Dark, Light or Unknown)."""
        self.scheme = scheme
        want_dark = scheme == Qt.ColorScheme.Dark and not high_contrast()
        if want_dark and self.native_style.lower() in _NATIVE_DARK_STYLES:
            want_dark = False  # the native style draws the dark scheme itself
        if want_dark:
            if self.app.style().name().lower() != "fusion":
                self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette())
            self.applied_dark = True
        elif self.applied_dark:
            if self.app.style().name().lower() != self.native_style.lower():
                self.app.setStyle(QStyleFactory.create(self.native_style))
            self.app.setPalette(QPalette())  # back to the platform's own palette
            self.applied_dark = False


_watcher: ThemeWatcher | None = None


def setup_theme(app: QApplication) -> ThemeWatcher:
    """Follow the system's colour scheme from now on (once per application)."""
    global _watcher
    if _watcher is None or _watcher.app is not app:
        _watcher = ThemeWatcher(app)
    return _watcher


def apply_scheme(scheme: Qt.ColorScheme) -> None:
    """Apply ``scheme`` as if the system had switched to it (tests and screenshots)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication")
    setup_theme(app).apply(scheme)


# ---- icons ------------------------------------------------------------------------------------
_INK = re.compile(re.escape(ICON_INK), re.IGNORECASE)


class PaletteIconEngine(QIconEngine):
    """Draws a monochrome SVG in the palette's text colour for the icon's mode, at paint time.

    The bundled icons are drawn with :data:`ICON_INK`; here that colour becomes ``WindowText``
    (``HighlightedText`` when selected, the disabled text colour when disabled), so the icons
    keep their contrast in light, dark and high-contrast schemes and stay sharp at any scale.
    """

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self.svg = svg
        self._cache: dict[tuple[str, int, int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.svg)

    def _ink(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(_G.Disabled, _R.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(_G.Active, _R.HighlightedText)
        return palette.color(_G.Active, _R.WindowText)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        text = self.svg.decode("utf-8")
        text = _INK.sub(self._ink(mode).name(), text)
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 (Qt override)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        ink = self._ink(mode).name()
        key = (ink, size.width(), size.height(), round(scale * 100))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(mode).render(painter, QRect(QPoint(0, 0), pixmap.size()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._cache) > 32:
            self._cache.clear()
        self._cache[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size

    def isNull(self) -> bool:  # noqa: N802 (Qt override)
        return not self.svg


def palette_icon(path: Path) -> QIcon:
    """An SVG icon whose :data:`ICON_INK` lines follow the palette (see PaletteIconEngine)."""
    data = path.read_bytes()
    if ICON_INK.encode().lower() not in data.lower():
        return QIcon(str(path))  # a full-colour icon (the app's logo): drawn as it is
    return QIcon(PaletteIconEngine(data))


__all__ = [
    "ICON_INK",
    "PaletteIconEngine",
    "ThemeWatcher",
    "apply_scheme",
    "blend",
    "dark_palette",
    "high_contrast",
    "is_dark",
    "palette_icon",
    "relative_font",
    "setup_theme",
]

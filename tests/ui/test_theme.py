"""Light, dark and high contrast: the dark palette, following the system's scheme, icons drawn
in the palette's colours, and no colour or pixel font size hard-coded anywhere in ``ui/``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from dsl_desktop.resources import resource_path, resource_root
from ui import theme

ROOT = Path(__file__).resolve().parents[2]
R = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back in the light scheme afterwards whatever the test did."""
    yield qapp
    theme.apply_scheme(Qt.ColorScheme.Light)
    QGuiApplication.styleHints().unsetColorScheme()


def test_the_dark_palette_is_dark_with_readable_text() -> None:
    palette = theme.dark_palette()
    assert theme.is_dark(palette)
    for text, background, minimum in (
        (R.WindowText, R.Window, 7.0),
        (R.Text, R.Base, 7.0),
        (R.Text, R.AlternateBase, 7.0),
        (R.ButtonText, R.Button, 7.0),
        (R.ToolTipText, R.ToolTipBase, 7.0),
        (R.HighlightedText, R.Highlight, 4.5),
        (R.Link, R.Base, 4.5),
        (R.LinkVisited, R.Base, 4.5),
        (R.PlaceholderText, R.Base, 4.5),
        (R.BrightText, R.Window, 4.5),
    ):
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= minimum, (text, background, round(ratio, 2))
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert disabled != palette.color(R.WindowText)
    assert contrast(disabled, palette.color(R.Window)) >= 3.0


def test_a_dark_scheme_applies_the_dark_palette_and_light_puts_back_the_system_one(
    app: QApplication,
) -> None:
    light_window = app.palette().color(R.Window)
    theme.apply_scheme(Qt.ColorScheme.Dark)
    assert theme.is_dark(app.palette())
    assert app.palette().color(R.Window) == theme.dark_palette().color(R.Window)
    assert app.style().name().lower() == "fusion"
    theme.apply_scheme(Qt.ColorScheme.Light)
    assert not theme.is_dark(app.palette())
    assert app.palette().color(R.Window) == light_window


def test_the_app_follows_the_system_when_it_switches_to_dark(app: QApplication) -> None:
    watcher = theme.setup_theme(app)
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)  # Qt 6.8+: asks the platform for a dark scheme
    QApplication.processEvents()
    if hints.colorScheme() != Qt.ColorScheme.Dark:
        # The offscreen platform ignores the request; announce the change as a desktop would.
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert watcher.scheme == Qt.ColorScheme.Dark
    assert theme.is_dark(app.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(app.palette())


def test_a_high_contrast_theme_is_never_overridden(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = app.palette().color(R.Window)
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    theme.apply_scheme(Qt.ColorScheme.Dark)
    assert app.palette().color(R.Window) == before


def test_training_status_tints_follow_the_palette_and_step_aside_for_high_contrast(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dsl_desktop.domain import TrainingStatus
    from ui.training.common import status_background

    light = status_background(TrainingStatus.OVERDUE, app.palette())
    dark = status_background(TrainingStatus.OVERDUE, theme.dark_palette())
    assert light is not None and dark is not None
    assert light.lightnessF() > 0.5 > dark.lightnessF()
    assert contrast(theme.dark_palette().color(R.Text), dark) >= 4.5
    monkeypatch.setattr("ui.training.common.high_contrast", lambda: True)
    assert status_background(TrainingStatus.OVERDUE, app.palette()) is None


def _ink_pixels(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_drawn_in_the_palettes_text_colour(app: QApplication) -> None:
    from ui.labels import icon

    home = icon("home.svg")
    assert not home.isNull()
    assert _ink_pixels(home) == {app.palette().color(R.WindowText).name()}
    theme.apply_scheme(Qt.ColorScheme.Dark)
    assert _ink_pixels(home) == {theme.dark_palette().color(R.WindowText).name()}
    assert _ink_pixels(home, QIcon.Mode.Selected) == {
        theme.dark_palette().color(R.HighlightedText).name()
    }
    logo = icon("app.svg")  # the logo keeps its own colours
    assert len(_ink_pixels(logo)) > 2


def test_every_bundled_icon_is_svg() -> None:
    for folder in (resource_path("icons"), resource_root() / "help" / "icons"):
        files = [p for p in folder.iterdir() if p.is_file()]
        assert files and all(p.suffix == ".svg" for p in files), folder


def test_relative_font_sizes_follow_the_system_font(app: QApplication) -> None:
    base = QFont(app.font())
    base.setPointSizeF(11)
    assert theme.relative_font(base, 2).pointSizeF() == 13
    assert theme.relative_font(base, factor=2).pointSizeF() == 22
    pixels = QFont(base)
    pixels.setPixelSize(16)
    assert theme.relative_font(pixels, factor=2).pixelSize() == 32


# ---- no hard-coded colours or pixel font sizes in ui/ --------------------------------------------
COLOUR = re.compile(
    r"QColor\(|QColor\.from(Rgb|Hsl|Hsv)\w*\(\s*\d|Qt\.GlobalColor\.(?!transparent)"
    r"|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])|\brgba?\(|\bhsla?\("
)
PIXEL_FONT = re.compile(r"setPixelSize\(|font-size:\s*\d+(\.\d+)?px|setPointSizeF?\(\s*\d")
# ui/theme.py holds the dark palette: the one place with colour values. (The training
# matrix's status tints are hues blended into the palette's Base, see status_background.)
EXEMPT = {"ui/theme.py"}


def _scan(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in EXEMPT:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  #")[0]
            if pattern.search(code):
                found.append(f"{rel}:{number}: {line.strip()}")
    return found


def test_no_colour_is_hard_coded_in_ui() -> None:
    assert _scan(COLOUR) == []


def test_no_font_size_is_fixed_in_pixels_or_absolute_points() -> None:
    assert _scan(PIXEL_FONT) == []


def test_help_text_has_no_colours_or_pixel_fonts() -> None:
    for path in (resource_root() / "help").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"color|bgcolor|#[0-9a-fA-F]{3,6}\b|font-size:\s*\d", text), path


def test_the_main_window_nav_follows_palette_changes(
    app: QApplication, qtbot: Any, vaults: Any, make_controller: Any
) -> None:
    from uitest_data import DSL_NAME, PASSPHRASE

    vault = vaults.create()
    window = make_controller(vault).enter(vault.unlock(DSL_NAME, PASSPHRASE))
    viewport = window.nav.viewport()
    assert viewport.backgroundRole() == R.AlternateBase
    theme.apply_scheme(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    assert viewport.palette().color(R.AlternateBase) == theme.dark_palette().color(R.AlternateBase)

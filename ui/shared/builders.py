"""Small builders for what many screens put together the same way: a frameless scrolling body,
a heading with its explanation, a titled section with a caption, a labelled form, a button with
its accessible name, a row of buttons, a yes/no question. Each caller keeps its own words
(``self.tr`` in its own context), so the Welsh catalogue is unchanged by using them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import MessageBanner, caption, heading


def banner_column(widget: QWidget, title: str = "") -> tuple[QVBoxLayout, MessageBanner]:
    """``widget``'s column with a message banner at its top; ``title`` (when given) is the
    window's title and its accessible name."""
    if title:
        widget.setWindowTitle(title)
        widget.setAccessibleName(title)
    layout = QVBoxLayout(widget)
    banner = MessageBanner()
    layout.addWidget(banner)
    return layout, banner


def scroll_body(
    area: QScrollArea,
    layout_type: type[QVBoxLayout | QHBoxLayout] = QVBoxLayout,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
    content: QWidget | None = None,
) -> QBoxLayout:
    """Makes ``area`` a frameless scroller of a plain widget and returns that widget's layout
    (the style's margins and spacing unless given)."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    layout = layout_type(inner)
    if content is not None:  # a finished widget goes in before setWidget, or Qt squeezes it
        layout.addWidget(content)
    area.setWidget(inner)
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


def add_intro(layout: QBoxLayout, title: str, text: str, size: int = 3) -> QLabel:
    """A heading and the caption that says what the screen or step is for; returns the caption."""
    layout.addWidget(heading(title, size))
    explanation = caption(text)
    layout.addWidget(explanation)
    return explanation


def section(title: str, text: str = "") -> tuple[QGroupBox, QVBoxLayout]:
    """A titled group, its column layout, and (when ``text`` is given) a caption at its top."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    if text:
        column.addWidget(caption(text))
    return box, column


def add_form_rows(form: QFormLayout, *rows: tuple[str, QWidget | QLayout]) -> None:
    """One row per (label text, field): the label's ``&`` key moves to its field."""
    for text, field in rows:
        label = QLabel(text)
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)


def push_button(text: str, accessible_name: str = "", tooltip: str = "") -> QPushButton:
    """A push button; the accessible name when its text alone says too little (or has "…")."""
    made = QPushButton(text)
    if accessible_name:
        made.setAccessibleName(accessible_name)
    if tooltip:
        made.setToolTip(tooltip)
    return made


def button_row(*widgets: QWidget, trailing_stretch: bool = True) -> QHBoxLayout:
    """The widgets side by side, pushed to the left by a stretch after them."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if trailing_stretch:
        row.addStretch(1)
    return row


def ask(
    parent: QWidget,
    title: str,
    text: str,
    go: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
    stay: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
) -> bool:
    """A question with two answers, ``stay`` the default; True when the user chose ``go``."""
    answer = QMessageBox.question(parent, title, text, go | stay, stay)
    return answer == go

"""Building blocks of the forms: choices, check lists, collapsible sections, text fields,
banners and showing problems beside the fields they belong to."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import StageRuleError
from ui.errors import error_text
from ui.i18n import core_text
from ui.shared.draft_saving import DraftKeeper, FormState
from ui.widgets import MessageBanner


def _tr(text: str) -> str:
    return QCoreApplication.translate("Concerns", text)


class Collapsible(QWidget):
    """A heading that shows or hides what is under it (Space or Return on the heading)."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(title.replace("&", ""))
        self.toggle.setAutoRaise(True)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        layout.addWidget(self.toggle)
        self.content = content
        layout.addWidget(content)
        content.setVisible(False)
        self.toggle.toggled.connect(self.set_open)

    def set_open(self, opened: bool) -> None:
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(_tr("Open") if opened else _tr("Closed"))
        self.content.setVisible(opened)

    def is_open(self) -> bool:
        return self.toggle.isChecked()


def text_edit(accessible_name: str, lines: int = 4) -> QPlainTextEdit:
    """A multi-line box where Tab moves on (Ctrl+Tab types nothing either: keyboard users move)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible_name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def line_edit(accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def value_label(text: str = "", accessible_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Expanding, so a form gives it the full width (a wrapped label's own width hint is narrow).
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    return label


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def submit_shortcut(parent: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Return (and Ctrl+Enter on the keypad) runs ``slot`` while focus is in ``parent``."""
    shortcuts = []
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(key), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


def escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


# ---- problems beside the fields -------------------------------------------------------------
class Banner(MessageBanner):
    """The step's message area; can show a list of problems, one per line."""

    def show_lines(self, message: str, lines: Sequence[str], *, error: bool = True) -> None:
        self.show_message(message, " ".join(lines), error=error)
        body = f"<b>{html.escape(message)}</b>"
        if lines:
            body += "<br>" + "<br>".join("\u2022 " + html.escape(line) for line in lines)
        self.text.setText(body)


class ErrorLabel(QLabel):
    """The message under a field that needs putting right (marked with a sign, not colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText("\u26a0 " + message)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


def value_rows(form: QFormLayout, *rows: tuple[str, str]) -> dict[str, QLabel]:
    """Read-only rows of a summary: for each (key, "Label:") a bold label and an empty value
    (named after its label), returned by key to be filled in."""
    values: dict[str, QLabel] = {}
    for key, text in rows:
        values[key] = value_label("", text.rstrip(":"))
        form.addRow(bold_label(text), values[key])
    return values


def add_banner(layout: QBoxLayout) -> tuple[Banner, Problems]:
    """A banner for the form's messages, added to ``layout``, and the fields' problems in it."""
    banner = Banner()
    layout.addWidget(banner)
    return banner, Problems(banner)


def field_box(widget: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    policy = widget.sizePolicy()
    box.setSizePolicy(policy.horizontalPolicy(), policy.verticalPolicy())
    return box


class Problems:
    """Shows what stops a step: a summary in the banner, and each problem under its field.

    Fields are matched on the problem codes the services use (``account_missing`` goes under
    the field called ``account``); ``aliases`` maps other codes to a field.
    """

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.aliases: dict[str, str] = {}

    def row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        name: str,
        *,
        buddy: QWidget | None = None,
    ) -> QLabel:
        """Add ``widget`` to ``form`` under a label with a mnemonic, with room for a problem."""
        error = ErrorLabel()
        label = QLabel(text)
        label.setBuddy(buddy or widget)
        form.addRow(label, field_box(widget, error))
        self.fields[name] = (buddy or widget, error)
        return label

    def bind(self, name: str, widget: QWidget, error: ErrorLabel) -> None:
        self.fields[name] = (widget, error)

    def _field_for(self, code: str) -> str | None:
        if code in self.aliases:
            return self.aliases[code]
        best = ""
        for name in self.fields:
            if (code == name or code.startswith(name + "_")) and len(name) > len(best):
                best = name
        return best or None

    def clear(self) -> None:
        self.banner.clear()
        for widget, error in self.fields.values():
            error.clear_problem()
            widget.setAccessibleDescription("")

    def show(self, exc: BaseException, heading: str = "") -> None:
        """Show a refused save: InvalidInput problems, StageRuleError reasons or a KnownError."""
        self.clear()
        if isinstance(exc, InvalidInput):
            self.show_list([(p.code, core_text(p.text)) for p in exc.problems], heading)
        elif isinstance(exc, StageRuleError):
            self.show_list([(r.code, core_text(r.text)) for r in exc.reasons], heading or _tr(
                "This step cannot be taken yet:"
            ))  # fmt: skip
        elif isinstance(exc, KnownError):
            self.banner.show_message(*error_text(exc))
        else:
            raise exc

    def show_list(self, problems: Sequence[tuple[str, str]], heading: str = "") -> None:
        self.clear()
        first: QWidget | None = None
        for code, message in problems:
            name = self._field_for(code)
            if name is None:
                continue
            widget, error = self.fields[name]
            error.show_problem(message)
            widget.setAccessibleDescription(message)
            if first is None and widget.isVisibleTo(widget.window()):
                first = widget
        summary = heading or (
            _tr("Please put this right:") if len(problems) == 1 else _tr("Please put these right:")
        )
        self.banner.show_lines(summary, [m for _, m in problems])
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self) -> str:
        return self.banner.message()


def section_frame() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


class AddForm(QGroupBox):
    """A small form that adds one record to a concern, with its own draft and problems.

    Subclasses add their fields to ``self.form`` (through ``self.problems.row`` so problems show
    beside them), register them in ``self.state``, call :meth:`finish`, and implement
    :meth:`save` (which calls a service and may raise ``KnownError``).
    """

    added = Signal()

    def __init__(
        self, ctx: Any, title: str, draft_key: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.setAccessibleName(title.replace("&", ""))
        column = QVBoxLayout(self)
        self.banner, self.problems = add_banner(column)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(self.form)
        self.state = FormState(self)
        self.drafts = DraftKeeper(ctx, draft_key, self.state, self)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_text.replace("&", ""))
        self.button.setToolTip(_tr("Save (Ctrl+Return)"))
        self._blank: dict[str, Any] = {}
        self._column = column
        submit_shortcut(self, self.submit)

    def finish(self) -> None:
        row = QHBoxLayout()
        self.restored_note = QLabel()
        self.restored_note.setWordWrap(True)
        row.addWidget(self.restored_note, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._column.addLayout(row)
        self.button.clicked.connect(self.submit)
        self._blank = self.state.state()
        if self.drafts.restore():
            self.restored_note.setText(_tr("What you were typing last time has been put back."))

    def save(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.ctx.active or not self.isEnabled():
            return
        self.problems.clear()
        try:
            self.save()
        except (KnownError, StageRuleError) as exc:
            self.problems.show(exc)
            return
        self.drafts.discard()
        self.drafts.quietly(lambda: self.state.restore(self._blank))
        self.restored_note.setText("")
        self.added.emit()

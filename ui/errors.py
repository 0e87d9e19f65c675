"""How errors reach the user: a plain-English message, never a traceback.

* :func:`show_vault_error` — a ``KnownError``: the environment's failure (a ``VaultError``:
  locked, full, read-only, damaged...) or a refused request (a ``DomainError``: invalid input,
  not found, not allowed...): what happened and what to do next.
* :func:`show_unexpected_error` — a bug (anything else, a driver error that is not the
  environment's included): an apology, and a report the user can copy for support.
  The report (:func:`format_report`) holds the exception's *type* and the code locations it
  passed through, never its message, because a message can quote what was typed into a record.

Every known error reaches the screen through :func:`error_text`, which gives its message and
advice in the UI's language: in Welsh, the error's ``key`` and ``advice`` are looked up in the
one catalogue of the core's words (``dsl_desktop.pdf.text_cy.WELSH``) and ``params`` filled in.
"""

from __future__ import annotations

import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop import __version__
from dsl_desktop.pdf.text import catalogue_for
from ui.i18n import WELSH, current_language

_PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _short_path(filename: str) -> str:
    """A frame's file relative to the app or to site-packages, so no user name is recorded."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PROJECT_ROOT).as_posix()
    except (ValueError, OSError):
        pass
    parts = path.parts
    for marker in ("site-packages", "dist-packages", "lib"):
        if marker in parts:
            i = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[i + 1 :]) or path.name
    return path.name


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def format_report(
    exc_type: type[BaseException],
    exc_value: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A report for support: versions, exception types and frames. No exception messages."""
    lines = [
        f"DSL Desktop {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
    ]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(exc_type, tb)]
    seen: set[int] = {id(exc_value)}
    current = exc_value
    while current is not None:
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None or id(nxt) in seen:
            break
        seen.add(id(nxt))
        chain.append((type(nxt), nxt.__traceback__))
        current = nxt
    for depth, (etype, etb) in enumerate(reversed(chain)):
        if depth:
            lines.append("  which led to")
        lines.append(f"Exception: {_type_name(etype)}")
        for frame in traceback.extract_tb(etb):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class ErrorText(NamedTuple):
    """What went wrong and what to do next, in the UI's language."""

    message: str
    advice: str


def error_text(error: KnownError) -> ErrorText:
    """The message and advice of ``error`` as the user reads them.

    In Welsh, the message's template (``error.key``) is looked up in the core's catalogue and its
    ``params`` put in (a parameter that is itself a catalogued English phrase, such as a role's
    name, is put in as its Welsh); an ``InvalidInput`` built from several problems is said
    problem by problem. Anything not yet in the catalogue stays in English rather than vanish.
    """
    if current_language() != WELSH:
        return ErrorText(error.message, error.advice)
    welsh = catalogue_for("cy")[1]
    template = welsh.get(error.key)
    if template is not None:
        params = {k: welsh.get(v, v) if isinstance(v, str) else v for k, v in error.params.items()}
        message = template.format(**params) if params else template
    elif len(problems := getattr(error, "problems", ())) > 1:
        message = " ".join(welsh.get(p.message, p.message) for p in problems)
    else:
        message = error.message
    return ErrorText(message, welsh.get(error.advice, error.advice))


def show_vault_error(parent: QWidget | None, error: KnownError, title: str = "") -> None:
    """Tell the user what went wrong and what to do next, in a modal message box."""
    text = error_text(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or _tr("DSL Desktop"))
    box.setText(text.message)
    if text.advice:
        box.setInformativeText(text.advice)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(_tr("Problem"))
    box.exec()


class ErrorReportDialog(QDialog):
    """Shown when something unexpected goes wrong: an apology and a copyable report."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Unexpected problem"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "DSL Desktop hit a problem it did not expect. Your records are kept safe in the "
                "encrypted vault; anything not yet saved may need to be entered again.\n\n"
                "If this happens again, copy the report below and send it to whoever supports "
                "DSL Desktop in your school. It lists only where in the program the problem "
                "happened; it contains nothing you have typed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(self.tr("Problem report"))
        self.report.setMinimumSize(560, 200)
        layout.addWidget(self.report)
        if log_file is not None:
            where = QLabel(self.tr("A copy was saved in %1").replace("%1", str(log_file)))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if not button.accessibleName():
                button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def show_unexpected_error(parent: QWidget | None, report: str, log_file: Path | None) -> None:
    ErrorReportDialog(report, log_file, parent).exec()


def current_report() -> str:
    """The report for the exception being handled (for ``except`` blocks)."""
    etype, value, tb = sys.exc_info()
    if etype is None:
        return ""
    return format_report(etype, value, tb)

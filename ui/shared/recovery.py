"""The recovery code: shown once, printed on a sheet or saved to a file for safe keeping."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontDatabase,
    QPalette,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from db.fsutil import atomic_write
from db.outputs import check_output_path
from ui.dates import show_date
from ui.errors import error_text
from ui.widgets import caption, save_file_name


# ---- the recovery code -------------------------------------------------------------------------
def recovery_sheet_html(school_name: str, code: str, when: dt.date | None = None) -> str:
    when = when or dt.date.today()
    e = html.escape
    # Translated outside the f-string, where lupdate finds the texts.
    title, school, made = _tr("DSL Desktop recovery code"), _tr("School:"), _tr("Made on:")
    opens = _tr(
        "This code opens the vault if every passphrase is forgotten. Keep it somewhere safe and "
        "locked, such as the school safe. Anyone who has this code and the vault files can read "
        "every record."
    )
    replaced = _tr(
        "If a new recovery code is made, this one stops working: destroy this sheet then."
    )
    return (
        f"<h1>{e(title)}</h1>"
        f"<p><b>{e(school)}</b> {e(school_name)}<br>"
        f"<b>{e(made)}</b> {e(show_date(when))}</p>"
        f"<p style='font-family: monospace; font-size: 16pt; margin: 24px 0; "
        f"white-space: nowrap;'>{e(unbroken(code))}</p>"
        f"<p>{e(opens)}</p>"
        f"<p>{e(replaced)}</p>"
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def unbroken(code: str) -> str:
    """The code with non-breaking hyphens, so it is never split across two lines (typing it
    back ignores the hyphens, whichever kind)."""
    return code.replace("-", "\u2011")


def print_recovery_sheet(printer: QPrinter, school_name: str, code: str) -> None:
    doc = QTextDocument()
    doc.setHtml(recovery_sheet_html(school_name, code))
    doc.print_(printer)


def write_recovery_file(
    path: Path, school_name: str, code: str, data_dir: Path | None = None
) -> None:
    """Save the code as a small text file that only the current user can read (never over one
    of the vault's own files in ``data_dir``)."""
    check_output_path(path, data_dir)
    text = "\n".join(
        [
            _tr("DSL Desktop recovery code"),
            "",
            _tr("School: %1").replace("%1", school_name),
            _tr("Made on: %1").replace("%1", show_date(dt.date.today())),
            "",
            "    " + code,
            "",
            _tr(
                "This code opens the vault if every passphrase is forgotten. Keep it somewhere "
                "safe and locked. Anyone who has this code and the vault files can read every "
                "record."
            ),
            "",
        ]
    )
    atomic_write(path, text.encode("utf-8"))  # a new file is readable by this user only


class RecoveryCodePanel(QWidget):
    """Shows a new recovery code once, with Print and Save, and a box to tick once it is kept."""

    acknowledged = Signal(bool)
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school_name = ""
        self.code = ""
        self.data_dir: Path | None = None  # the vault's folder: never saved over its files
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            _tr(
                "This recovery code opens the vault if every passphrase is forgotten. It is shown "
                "only now. Print it or save it, then keep it somewhere safe and locked, such as "
                "the school safe."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setAutoFillBackground(True)
        self.code_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.code_label.setMargin(16)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAccessibleName(_tr("Recovery code"))
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(_tr("&Print…"))
        self.print_button.setAccessibleName(_tr("Print the recovery code"))
        self.save_button = QPushButton(_tr("&Save to file…"))
        self.save_button.setAccessibleName(_tr("Save the recovery code to a file"))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = caption("")
        layout.addWidget(self.status)
        warning = caption(
            _tr(
                "Anyone who has this code and the vault's files can read every record. Do not "
                "email it or keep it in a shared folder. If you save it to a file, move the file "
                "to a USB stick kept in the safe, or print it and delete the file."
            )
        )
        layout.addWidget(warning)
        layout.addSpacing(6)
        self.kept = QCheckBox(
            _tr("I have printed or saved this code and will keep it somewhere &safe")
        )
        self.kept.setAccessibleName(_tr("I have printed or saved this code"))
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_code)
        self.save_button.clicked.connect(self.save_code)
        self.kept.toggled.connect(self.acknowledged)

    def set_code(self, school_name: str, code: str) -> None:
        self.school_name = school_name
        self.code = code
        self.code_label.setText(code)
        self.kept.setChecked(False)
        self.status.clear()

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print the recovery code"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_recovery_sheet(printer, self.school_name, self.code)
        self.status.setText(_tr("Sent to the printer."))

    def save_code(self) -> None:
        path = save_file_name(
            self,
            _tr("Save the recovery code"),
            _tr("DSL Desktop recovery code.txt"),
            _tr("Text files (*.txt)"),
        )
        if not path:
            return
        try:
            write_recovery_file(Path(path), self.school_name, self.code, self.data_dir)
        except KnownError as exc:
            self.status.setText(error_text(exc).message)
            return
        except OSError as exc:
            self.status.setText(
                _tr("The file could not be saved (%1). Choose another place.").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            return
        self.status.setText(_tr("Saved to %1").replace("%1", path))
        self.saved.emit(path)

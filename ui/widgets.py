"""Widgets shared by the set-up wizard, the unlock window and the settings dialog."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from db.errors import VaultError
from db.fsutil import atomic_write
from db.outputs import check_output_path
from dsl_desktop.catalogues import LocalContactKind, load_contacts
from dsl_desktop.passphrase import MIN_LENGTH, assess
from dsl_desktop.services.accounts import ContactEntry, SchoolDetails
from ui.labels import contact_kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def heading(text: str, size_delta: int = 4, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def caption(text: str, parent: QWidget | None = None) -> QLabel:
    """Smaller explanatory text under a field or a group."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    font = QFont(label.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    label.setFont(font)
    return label


class MessageBanner(QFrame):
    """A boxed message with an icon: errors and notes shown inside a window, not as pop-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(_tr("Message"))
        self.hide()

    def show_message(self, message: str, advice: str = "", *, error: bool = True) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        body = f"<b>{html.escape(message)}</b>"
        if advice:
            body += f"<br>{html.escape(advice)}"
        self.text.setText(body)
        self.setAccessibleDescription(f"{message} {advice}".strip())
        self.show()

    def message(self) -> str:
        """The message shown (empty when none is): what a screen reader would announce."""
        return "" if self.isHidden() else self.accessibleDescription()

    def clear(self) -> None:
        self.text.clear()
        self.setAccessibleDescription("")
        self.hide()


class PassphraseStrength(QWidget):
    """A live strength bar and the reasons a passphrase is not yet acceptable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(_tr("Passphrase strength"))
        row.addWidget(self.bar, 1)
        self.label = QLabel()
        self.label.setMinimumWidth(90)
        row.addWidget(self.label)
        layout.addLayout(row)
        self.problems = caption("")
        layout.addWidget(self.problems)
        self.update_for("")

    def update_for(self, passphrase: str) -> bool:
        strength = assess(passphrase)
        self.bar.setValue(strength.score if passphrase else 0)
        if not passphrase:
            self.label.setText(_tr("Not set"))
            self.problems.setText(
                _tr(
                    "At least %1 characters. A few unrelated words make a strong passphrase "
                    "that is easy to remember."
                ).replace("%1", str(MIN_LENGTH))
            )
        else:
            labels = (_tr("Very weak"), _tr("Weak"), _tr("Fair"), _tr("Good"), _tr("Strong"))
            self.label.setText(labels[strength.score])
            self.problems.setText("\n".join(_tr(p) for p in strength.problems))
        self.problems.setVisible(bool(self.problems.text()))
        self.bar.setAccessibleDescription(self.label.text())
        return strength.acceptable


class PassphrasePair(QObject):
    """New passphrase + confirmation + strength, added as rows to a form."""

    changed = Signal()

    def __init__(
        self, form: QFormLayout, parent: QWidget | None = None, *, label: str = ""
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(_tr("New passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(_tr("Confirm new passphrase"))
        self.strength = PassphraseStrength()
        self.mismatch = caption("")
        new_label = QLabel(label or _tr("&Passphrase:"))
        new_label.setBuddy(self.new_edit)
        confirm_label = QLabel(_tr("Con&firm passphrase:"))
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(new_label, self.new_edit)
        form.addRow("", self.strength)
        form.addRow(confirm_label, self.confirm_edit)
        form.addRow("", self.mismatch)
        self.new_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.strength.update_for(self.new_edit.text())
        confirm = self.confirm_edit.text()
        if confirm and confirm != self.new_edit.text():
            self.mismatch.setText(_tr("The two passphrases are not the same yet."))
        else:
            self.mismatch.setText("")
        self.form.setRowVisible(self.mismatch, bool(self.mismatch.text()))
        self.changed.emit()

    def passphrase(self) -> str:
        return self.new_edit.text()

    def problem(self) -> str:
        """Why the pair cannot be used yet, or an empty string when it can."""
        strength = assess(self.new_edit.text())
        if not strength.acceptable:
            return _tr(strength.problems[0])
        if self.confirm_edit.text() != self.new_edit.text():
            return _tr("Type the same passphrase in both boxes.")
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def clear(self) -> None:
        self.new_edit.clear()
        self.confirm_edit.clear()


def _line(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    return edit


class SchoolForm(QWidget):
    """The school's details: name (required), URN, address, phone, email, local authority."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = _line(_tr("School name"))
        self.urn = _line(_tr("Unique reference number (URN)"))
        self.urn.setMaxLength(8)
        self.urn.setPlaceholderText(_tr("for example 100000"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(_tr("School address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = _line(_tr("School phone number"))
        self.email = _line(_tr("School email address"))
        self.local_authority = _line(_tr("Local authority"))
        rows = (
            (_tr("School &name:"), self.name),
            (_tr("&URN:"), self.urn),
            (_tr("&Address:"), self.address),
            (_tr("P&hone:"), self.phone),
            (_tr("&Email:"), self.email),
            (_tr("&Local authority:"), self.local_authority),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for edit in (self.name, self.urn, self.phone, self.email, self.local_authority):
            edit.textChanged.connect(self.changed)
        self.address.textChanged.connect(self.changed)

    def set_details(self, details: SchoolDetails) -> None:
        self.name.setText(details.name)
        self.urn.setText(details.urn)
        self.address.setPlainText(details.address)
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.local_authority.setText(details.local_authority)

    def details(self) -> SchoolDetails:
        return SchoolDetails(
            name=self.name.text().strip(),
            urn=self.urn.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            local_authority=self.local_authority.text().strip(),
        )

    def problem(self) -> str:
        d = self.details()
        if not d.name:
            return _tr("Enter the school's name.")
        if d.urn and not d.urn.isdigit():
            return _tr("The URN is a number, for example 100000.")
        if d.email and "@" not in d.email:
            return _tr("The school email address does not look right.")
        return ""

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.name, self.urn, self.phone, self.email, self.local_authority):
            edit.setReadOnly(read_only)
        self.address.setReadOnly(read_only)


class ContactsForm(QWidget):
    """The school's local Prevent contacts, one group per kind listed in contacts.json."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kinds: tuple[LocalContactKind, ...] = load_contacts().local_kinds
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        self._others: list[ContactEntry] = []
        field_labels = {"name": _tr("Name"), "phone": _tr("Phone"), "email": _tr("Email")}
        for kind in self.kinds:
            title = contact_kind_label(kind.code, kind.label)
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for field in kind.fields:
                edit = QLineEdit()
                field_text = field_labels[field]
                edit.setAccessibleName(f"{title}: {field_text}")
                edit.setToolTip(kind.description)
                if field == "email":
                    edit.setPlaceholderText(_tr("name@example.gov.uk"))
                label = QLabel(field_text + ":")
                label.setBuddy(edit)
                form.addRow(label, edit)
                edit.textChanged.connect(self.changed)
                self.fields[(kind.code, field)] = edit
            layout.addWidget(box)
        layout.addStretch(1)

    def set_contacts(self, contacts: list[ContactEntry]) -> None:
        known = {k.code for k in self.kinds}
        self._others = [c for c in contacts if c.kind not in known]
        for edit in self.fields.values():
            edit.clear()
        for c in contacts:
            if c.kind not in known:
                continue
            for field in ("name", "phone", "email"):
                target = self.fields.get((c.kind, field))
                if target is not None and not target.text():
                    target.setText(getattr(c, field))

    def contacts(self) -> list[ContactEntry]:
        result: list[ContactEntry] = []
        for kind in self.kinds:
            values = {
                field: self.fields[(kind.code, field)].text().strip() for field in kind.fields
            }
            if any(values.values()):
                result.append(ContactEntry(None, kind.code, **{"name": "", **values}))
        return result + self._others

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(read_only)


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
        f"<b>{e(made)}</b> {e(when.strftime('%d/%m/%Y'))}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; margin: 24px 0;'>{e(code)}</p>"
        f"<p>{e(opens)}</p>"
        f"<p>{e(replaced)}</p>"
    )


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
            _tr("Made on: %1").replace("%1", dt.date.today().strftime("%d/%m/%Y")),
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
        suggested = str(Path.home() / _tr("DSL Desktop recovery code.txt"))
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the recovery code"), suggested, _tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            write_recovery_file(Path(path), self.school_name, self.code, self.data_dir)
        except VaultError as exc:
            self.status.setText(exc.message)
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


def bring_to_front(window: QWidget) -> None:
    """Show, raise and activate a top-level window (raising means nothing offscreen)."""
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Give a button box's standard buttons accessible names from their (translated) text."""
    for button in buttons.buttons():
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", ""))

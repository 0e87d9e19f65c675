"""Widgets shared by the set-up wizard, the unlock window and the settings dialog."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from db.fsutil import atomic_write
from db.outputs import check_output_path
from dsl_desktop.catalogues import LocalContactKind, load_contacts
from dsl_desktop.domain import Nation
from dsl_desktop.passphrase import MIN_LENGTH, assess
from dsl_desktop.services.accounts import ContactEntry, SchoolDetails
from ui.dates import show_date
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
        QTimer.singleShot(0, self, self._make_room)

    def _make_room(self) -> None:
        """Grow a small window (a dialog, the unlock window) so the message pushes the lines
        below it down instead of being squeezed over the line above."""
        top = self.window()
        layout = top.layout() if top is not None else None
        if top is None or layout is None or isinstance(top, QMainWindow) or not top.isVisible():
            return
        layout.activate()
        width = top.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > top.height():
            top.resize(width, needed)

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
        # England or Wales: the guidance the app cites, the role's name, the training defaults.
        self.nation = QComboBox()
        self.nation.setAccessibleName(_tr("Where the school is"))
        self.nation.addItem(
            _tr("England (Keeping children safe in education)"), Nation.ENGLAND.value
        )
        self.nation.addItem(_tr("Wales (Keeping learners safe)"), Nation.WALES.value)
        self.nation.setToolTip(
            _tr(
                "Schools in Wales have a Designated Safeguarding Person and follow Keeping "
                "learners safe; schools in England have a Designated Safeguarding Lead and "
                "follow KCSIE."
            )
        )
        rows = (
            (_tr("School &name:"), self.name),
            (_tr("&URN:"), self.urn),
            (_tr("&Address:"), self.address),
            (_tr("P&hone:"), self.phone),
            (_tr("&Email:"), self.email),
            (_tr("&Local authority:"), self.local_authority),
            (_tr("School is &in:"), self.nation),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for edit in (self.name, self.urn, self.phone, self.email, self.local_authority):
            edit.textChanged.connect(self.changed)
        self.address.textChanged.connect(self.changed)
        self.nation.currentIndexChanged.connect(self.changed)

    def set_details(self, details: SchoolDetails) -> None:
        self.name.setText(details.name)
        self.urn.setText(details.urn)
        self.address.setPlainText(details.address)
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.local_authority.setText(details.local_authority)
        self.nation.setCurrentIndex(max(0, self.nation.findData(Nation(details.nation).value)))

    def details(self) -> SchoolDetails:
        return SchoolDetails(
            name=self.name.text().strip(),
            urn=self.urn.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            local_authority=self.local_authority.text().strip(),
            nation=Nation(self.nation.currentData() or Nation.ENGLAND.value),
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
        self.nation.setEnabled(not read_only)


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
        f"<b>{e(made)}</b> {e(show_date(when))}</p>"
        f"<p style='font-family: monospace; font-size: 16pt; margin: 24px 0; "
        f"white-space: nowrap;'>{e(unbroken(code))}</p>"
        f"<p>{e(opens)}</p>"
        f"<p>{e(replaced)}</p>"
    )


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


# ---- layouts that reflow -----------------------------------------------------------------------
class FlowLayout(QLayout):
    """Lays widgets out in a row and wraps them onto further rows when the width runs out
    (Qt's flow-layout example, typed). Button rows use it so a narrow window never has to scroll
    sideways to reach a button."""

    def __init__(
        self, parent: QWidget | None = None, *, align_right: bool = False, spacing: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 (QBoxLayout's name)
        """Rows wrap instead of stretching; kept so a box layout can be swapped for this one."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = sum(i.sizeHint().width() for i in self._items) + self._gap() * max(
            0, len(self._items) - 1
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return gap if gap >= 0 else 6

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            hint.setWidth(min(hint.width(), area.width()))
            needed = hint.width() if not rows[-1] else used + gap + hint.width()
            if rows[-1] and needed > area.width():
                rows.append([])
                needed = hint.width()
            rows[-1].append((item, hint))
            used = needed
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _i, h in row)
            width = sum(h.width() for _i, h in row) + gap * (len(row) - 1)
            x = area.x() + (area.width() - width if self._align_right else 0)
            for item, hint in row:
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


class Columns(QWidget):
    """Two widgets side by side, or the second under the first when the space is narrower than
    ``stack_below`` pixels (measured at the system's text size: ``stack_below`` is in units of
    the average character width when ``in_chars`` is true)."""

    def __init__(
        self,
        main: QWidget,
        side: QWidget,
        *,
        stack_below: int = 100,
        in_chars: bool = True,
        stretch: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.main, self.side = main, side
        self._threshold = stack_below * (self.fontMetrics().averageCharWidth() if in_chars else 1)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(main, stretch[0])
        self._box.addWidget(side, stretch[1])
        self._box.setAlignment(side, Qt.AlignmentFlag.AlignTop)
        self._box.setAlignment(main, Qt.AlignmentFlag.AlignTop)

    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Side by side or stacked, the narrowest it can go is the wider of the two columns.
        hint = super().minimumSizeHint()
        widest = max(self.main.minimumSizeHint().width(), self.side.minimumSizeHint().width())
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < self._threshold
            else QBoxLayout.Direction.LeftToRight
        )
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            for widget in (self.main, self.side):
                self._box.setAlignment(
                    widget, Qt.AlignmentFlag(0) if self.stacked() else Qt.AlignmentFlag.AlignTop
                )
        super().resizeEvent(event)


def grow_fields(widget: QWidget) -> None:
    """Let every form in ``widget`` give its fields the full width (a wrapped label that is not
    told to grow keeps its narrow size hint and is cut to one line)."""
    for form in widget.findChildren(QFormLayout):
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if isinstance(widget.layout(), QFormLayout):
        widget.layout().setFieldGrowthPolicy(  # type: ignore[union-attr]
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )


class _ToggleLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapping_check(text: str) -> tuple[QCheckBox, QWidget]:
    """A tick box whose long text wraps onto more lines instead of being cut. Returns the box
    (its accessible name is the text) and the row to put in a layout; clicking the text ticks."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(text)
    label = _ToggleLabel(text, box)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return box, row


SAMPLE_ROWS = 50
"""Rows measured beyond those on screen when a table's columns are fitted to their content."""


class ColumnFitter(QObject):
    """Sizes a table's columns to their content and shares out the table's width: each column
    gets what its header and its widest visible cell need; room left over goes to every column in
    proportion, and when there is too little, the widest columns give way first (never below
    their heading). Once the user drags a column, the widths they chose are kept in
    ``settings`` under ``key`` and restored next time."""

    def __init__(
        self,
        table: QTableView,
        settings: QSettings | None = None,
        key: str = "",
        *,
        give_way: tuple[tuple[int, ...], ...] = (),
        natural: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.natural = natural  # a column's width for its content, when not the cells' hint
        # Tiers of columns that shrink before the others: the first tier gives way first.
        self.give_way = give_way
        self.settings = settings
        self.key = key
        self._fitting = False
        self._user_widths = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Measure the rows on screen and a sample beyond: quick with 50,000 rows.
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.fit)
        if settings is not None and key:
            state = settings.value(f"columns/{key}")
            if isinstance(state, QByteArray) and header.restoreState(state):
                self._user_widths = True
                header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self.fit_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table):
            self.fit_soon()
        return False

    def _resized(self, _index: int, _old: int, _new: int) -> None:
        if self._fitting or not QGuiApplication.mouseButtons():
            return
        self._user_widths = True
        if self.settings is not None and self.key:
            self.settings.setValue(f"columns/{self.key}", self.table.horizontalHeader().saveState())

    def fit_soon(self) -> None:
        """Fit once control is back in the event loop (several changes make one fit)."""
        if not self._user_widths:
            self._soon.start()

    def forget(self) -> None:
        """Back to widths fitted to the content (and forget the saved ones)."""
        self._user_widths = False
        if self.settings is not None and self.key:
            self.settings.remove(f"columns/{self.key}")
        self.fit()

    def content_widths(self) -> list[int]:
        table, header = self.table, self.table.horizontalHeader()
        widths = []
        for column in range(header.count()):
            if header.isSectionHidden(column):
                widths.append(0)
                continue
            cells = self.natural(column) if self.natural else table.sizeHintForColumn(column)
            widths.append(max(cells, header.sectionSizeFromContents(column).width()))
        return widths

    def fit(self) -> None:
        if self._user_widths or self._fitting or not shiboken6.isValid(self.table):
            return
        header = self.table.horizontalHeader()
        if header.count() == 0:
            return
        available = self.table.viewport().width()
        if available <= 0:
            return
        widths = self.content_widths()
        floors = [
            0 if header.isSectionHidden(c) else header.sectionSizeFromContents(c).width()
            for c in range(header.count())
        ]
        # The first tier may go below its heading's width, down to a few characters.
        few = self.table.fontMetrics().averageCharWidth() * 12
        for column in self.give_way[0] if self.give_way else ():
            floors[column] = min(floors[column], few)
        total = sum(widths)
        if total <= available:
            extra = available - total
            shown = [c for c in range(len(widths)) if widths[c]]
            for n, column in enumerate(shown):
                share = extra * widths[column] // total if total else 0
                widths[column] += share if n < len(shown) - 1 else 0
            widths[shown[-1]] += available - sum(widths) if shown else 0
        else:
            # Take the excess from the widest columns, levelling them down: first those that
            # give way, then any.
            excess = total - available
            group: set[int] = set()
            for tier in (*self.give_way, tuple(range(len(widths)))):
                group |= set(tier)
                excess = self._level(widths, floors, group, excess)
        self._apply(widths)

    @staticmethod
    def _level(widths: list[int], floors: list[int], group: set[int], excess: int) -> int:
        while excess > 0:
            room = {c: widths[c] - floors[c] for c in group if widths[c] - floors[c] > 0}
            if not room:
                break
            widest = max(room, key=lambda c: widths[c])
            others = [widths[c] for c in room if c != widest]
            target = max(floors[widest], max(others, default=floors[widest]))
            cut = min(excess, widths[widest] - target) or min(excess, room[widest], 4)
            widths[widest] -= cut
            excess -= cut
        return excess

    def _apply(self, widths: list[int]) -> None:
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                if width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False


# ---- keys and closing, as a desktop user expects ---------------------------------------------
def enter_accepts(dialog: QWidget) -> None:
    """Enter in a field presses the dialog's default button (Save, OK), never a button the
    focus happened to pass on the way (a push button in a dialog becomes the default when it is
    tabbed through unless told not to)."""
    for button in dialog.findChildren(QPushButton):
        if not button.isDefault():
            button.setAutoDefault(False)


def ask_to_discard(parent: QWidget) -> bool:
    """Ask before throwing away what was typed; True to discard. Escape keeps editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Discard what you typed?"))
    box.setText(_tr("What you typed here has not been saved."))
    box.setInformativeText(_tr("Discard it, or go back and keep editing?"))
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


# ---- where file dialogs start -----------------------------------------------------------------
_last_folder: Path | None = None


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    """Where a file dialog opens: the folder last used in this session, else Documents."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return documents_folder()


def remember_folder(path: str | Path) -> None:
    """Note the folder of a file just chosen, for the next file dialog."""
    global _last_folder
    if path:
        chosen = Path(path)
        _last_folder = chosen if chosen.is_dir() else chosen.parent


def save_file_name(parent: QWidget, title: str, name: str, file_filter: str = "") -> str:
    """Ask where to save ``name``, starting in :func:`start_folder`; "" when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / name), file_filter
    )
    remember_folder(path)
    return path


def open_file_name(parent: QWidget, title: str, file_filter: str = "") -> str:
    """Ask for a file to open, starting in :func:`start_folder`; "" when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, str(start_folder()), file_filter)
    remember_folder(path)
    return path

"""The forms that set a vault up and look after it: a passphrase typed twice with its
strength, the school's details and its contacts."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from dsl_desktop.catalogues import LocalContactKind, load_contacts
from dsl_desktop.domain import Nation
from dsl_desktop.passphrase import MIN_LENGTH, assess
from dsl_desktop.services.accounts import ContactEntry, SchoolDetails
from ui.labels import contact_kind_label
from ui.widgets import caption


def _tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


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

"""Adding a person, or changing their details: every field the referral form asks about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import PersonType
from dsl_desktop.services.people import (
    Address,
    PersonInput,
    PersonRecord,
    add_person,
    update_person,
)
from ui import widgets
from ui.shared.builders import push_button, scroll_body
from ui.shared.date_fields import OptionalDateEdit
from ui.shared.forms import (
    ErrorLabel,
    add_banner,
    field_box,
    line_edit,
    submit_shortcut,
    text_edit,
)
from ui.shared.labels import person_type_label
from ui.widgets import caption, enter_accepts, heading, name_buttons

if TYPE_CHECKING:
    from ui.pages import PageContext


class AddressRow(QWidget):
    def __init__(self, number: int, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Address %1").replace("%1", str(number)))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.current = QRadioButton(self.tr("Current"))
        self.current.setAccessibleName(
            self.tr("Address %1 is the current address").replace("%1", str(number))
        )
        group.addButton(self.current)
        layout.addWidget(self.edit, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.current, 0, Qt.AlignmentFlag.AlignTop)


class AddressList(QWidget):
    """Addresses, one of them marked as the current one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Addresses"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.rows: list[AddressRow] = []
        self.add_button = push_button(
            self.tr("Add another add&ress"), self.tr("Add another address")
        )
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(lambda: self.add_row().edit.setFocus())
        self.add_row().current.setChecked(True)

    def add_row(self) -> AddressRow:
        row = AddressRow(len(self.rows) + 1, self.group)
        self.column.insertWidget(len(self.rows), row)
        self.rows.append(row)
        QWidget.setTabOrder(row.current, self.add_button)
        return row

    def first_edit(self) -> QPlainTextEdit:
        return self.rows[0].edit

    def value(self) -> tuple[Address, ...]:
        return tuple(
            Address(r.edit.toPlainText(), r.current.isChecked())
            for r in self.rows
            if r.edit.toPlainText().strip()
        )

    def set_value(self, addresses: tuple[Address, ...]) -> None:
        while len(self.rows) < max(1, len(addresses)):
            self.add_row()
        for row, address in zip(self.rows, addresses, strict=False):
            row.edit.setPlainText(address.address)
            row.current.setChecked(address.is_current)


class PersonDialog(QDialog):
    """Add a person (``person=None``) or change a saved person's details.

    ``saved(PersonRecord)`` is emitted once the person is in the vault.
    """

    saved = Signal(object)

    def __init__(
        self, ctx: PageContext, person: PersonRecord | None = None, parent: QWidget | None = None,
        *, forenames: str = "", surname: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent if parent is not None else ctx.window)
        self.ctx = ctx
        self.person = person
        self.record: PersonRecord | None = None
        editing = person is not None
        self.setWindowTitle(
            self.tr("Change a person's details") if editing else self.tr("Add a person")
        )
        self.setAccessibleName(self.windowTitle())
        self.resize(960, 580)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.windowTitle(), 4))
        intro = caption(
            self.tr(
                "Only the names are needed now; fill in what you know. The rest is used on the "
                "referral form and can be added later."
            )
        )
        outer.addWidget(intro)
        self.banner, self.problems = add_banner(outer)
        scroll = QScrollArea()
        columns = scroll_body(scroll, QHBoxLayout, margins=(0, 0, 0, 0))
        outer.addWidget(scroll, 1)

        who = QGroupBox(self.tr("Who they are"))
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        p = self.problems
        self.person_type = QComboBox()
        self.person_type.setAccessibleName(self.tr("Who the person is"))
        for kind in PersonType:
            self.person_type.addItem(person_type_label(kind), kind.value)
        p.row(form, self.tr("&Who:"), self.person_type, "person_type")
        self.forenames = line_edit(self.tr("First names"))
        p.row(form, self.tr("&First names:"), self.forenames, "forenames")
        self.surname = line_edit(self.tr("Surname"))
        p.row(form, self.tr("&Surname:"), self.surname, "surname")
        self.other_names = line_edit(
            self.tr("Other names"), self.tr("known as, previous or alternative spellings")
        )
        p.row(form, self.tr("Other &names:"), self.other_names, "other_names")
        self.date_of_birth = OptionalDateEdit(self.tr("Date of birth"))
        p.row(form, self.tr("Date of &birth:"), self.date_of_birth, "date_of_birth")
        self.approx_age = QSpinBox()
        self.approx_age.setRange(-1, 120)
        self.approx_age.setSpecialValueText(self.tr("Not known"))
        self.approx_age.setValue(-1)
        self.approx_age.setAccessibleName(
            self.tr("Approximate age, if the date of birth is not known")
        )
        p.row(form, self.tr("Or &approximate age:"), self.approx_age, "approx_age")
        self.gender = QComboBox()
        self.gender.setEditable(True)
        self.gender.addItems(["", self.tr("Female"), self.tr("Male"), self.tr("Non-binary"),
                              self.tr("Prefers not to say")])  # fmt: skip
        self.gender.setAccessibleName(self.tr("Gender"))
        p.row(form, self.tr("&Gender:"), self.gender, "gender")
        self.school_or_occupation = line_edit(
            self.tr("Year group, class or job"),
            self.tr("for example Year 9, or teaching assistant"),
        )
        p.row(
            form, self.tr("&Year group or role:"), self.school_or_occupation, "school_or_occupation"
        )
        self.upn_or_staff_code = line_edit(self.tr("UPN or staff code"))
        p.row(form, self.tr("&UPN or staff code:"), self.upn_or_staff_code, "upn_or_staff_code")
        self.first_language = line_edit(self.tr("First language"))
        p.row(form, self.tr("First &language:"), self.first_language, "first_language")
        self.nationality = line_edit(self.tr("Nationality"))
        p.row(form, self.tr("Na&tionality:"), self.nationality, "nationality")
        self.send = text_edit(self.tr("Special educational needs or disability"), 2)
        p.row(form, self.tr("S&END:"), self.send, "send")
        columns.addWidget(who, 1, Qt.AlignmentFlag.AlignTop)

        contact = QGroupBox(self.tr("Where they live, family and agencies"))
        form2 = QFormLayout(contact)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.addresses = AddressList()
        error = ErrorLabel()
        label = QLabel(self.tr("A&ddresses:"))
        label.setBuddy(self.addresses.first_edit())
        form2.addRow(label, field_box(self.addresses, error))
        p.bind("addresses", self.addresses.first_edit(), error)
        self.phone = line_edit(self.tr("Phone"))
        p.row(form2, self.tr("&Phone:"), self.phone, "phone")
        self.email = line_edit(self.tr("Email"))
        p.row(form2, self.tr("E&mail:"), self.email, "email")
        self.family_details = text_edit(self.tr("Family and carers"), 3)
        self.family_details.setPlaceholderText(
            self.tr("Name (relationship), phone; one person a line")
        )
        p.row(form2, self.tr("Family and &carers:"), self.family_details, "family_details")
        self.other_agencies = text_edit(self.tr("Other agencies involved"), 2)
        p.row(form2, self.tr("Ot&her agencies:"), self.other_agencies, "other_agencies")
        columns.addWidget(contact, 1, Qt.AlignmentFlag.AlignTop)

        if editing:
            self.reason = line_edit(
                self.tr("Why the details changed"), self.tr("optional, for example: moved house")
            )
            reason_row = QFormLayout()
            p.row(reason_row, self.tr("Reas&on for the change:"), self.reason, "reason")
            outer.addLayout(reason_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("Sa&ve the person") if not editing else self.tr("Sa&ve changes")
        )
        self.save_button.setDefault(True)
        name_buttons(self.buttons)
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        submit_shortcut(self, self.save)
        ctx.window.about_to_lock.connect(self._locking)

        if person is not None:
            self.set_input(person.to_input())
        else:
            self.forenames.setText(forenames)
            self.surname.setText(surname)
        self.forenames.setFocus()
        enter_accepts(self)
        self._as_opened = self._snapshot()

    def _snapshot(self) -> PersonInput | None:
        try:
            return self.input()
        except ValueError:
            return None

    def has_typed(self) -> bool:
        """Whether anything differs from how the dialog opened."""
        now = self._snapshot()
        return now is None or now != self._as_opened

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        if self.ctx.active and self.has_typed() and not widgets.ask_to_discard(self):
            return
        super().reject()

    def _locking(self, _reason: str) -> None:
        QDialog.reject(self)

    # ---- values ------------------------------------------------------------------------------
    def set_input(self, data: PersonInput) -> None:
        index = self.person_type.findData(PersonType(data.person_type).value)
        self.person_type.setCurrentIndex(max(0, index))
        self.forenames.setText(data.forenames)
        self.surname.setText(data.surname)
        self.other_names.setText(data.other_names)
        self.date_of_birth.set_value(data.date_of_birth)
        self.approx_age.setValue(data.approx_age if data.approx_age is not None else -1)
        self.gender.setEditText(data.gender)
        self.school_or_occupation.setText(data.school_or_occupation)
        self.upn_or_staff_code.setText(data.upn_or_staff_code)
        self.first_language.setText(data.first_language)
        self.nationality.setText(data.nationality)
        self.send.setPlainText(data.send)
        self.addresses.set_value(data.addresses)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.family_details.setPlainText(data.family_details)
        self.other_agencies.setPlainText(data.other_agencies)

    def input(self) -> PersonInput:
        """What the form holds. ValueError (with the field's name) when a date is not a date."""
        try:
            dob = self.date_of_birth.value()
        except ValueError as exc:
            raise ValueError("date_of_birth") from exc
        age = self.approx_age.value()
        return PersonInput(
            forenames=self.forenames.text(),
            surname=self.surname.text(),
            person_type=PersonType(self.person_type.currentData()),
            other_names=self.other_names.text(),
            date_of_birth=dob,
            approx_age=None if age < 0 else age,
            gender=self.gender.currentText(),
            addresses=self.addresses.value(),
            phone=self.phone.text(),
            email=self.email.text(),
            nationality=self.nationality.text(),
            first_language=self.first_language.text(),
            school_or_occupation=self.school_or_occupation.text(),
            upn_or_staff_code=self.upn_or_staff_code.text(),
            send=self.send.toPlainText(),
            family_details=self.family_details.toPlainText(),
            other_agencies=self.other_agencies.toPlainText(),
        )

    def save(self) -> None:
        if not self.ctx.active:
            return
        try:
            data = self.input()
        except ValueError:
            self.problems.show_list(
                [("date_of_birth_invalid", self.tr("Type the date of birth as dd/mm/yyyy."))]
            )
            return
        try:
            if self.person is None:
                self.record = add_person(self.ctx.vault, data)
            else:
                self.record = update_person(
                    self.ctx.vault, self.person.id, data, reason=self.reason.text()
                )
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.saved.emit(self.record)
        self.accept()

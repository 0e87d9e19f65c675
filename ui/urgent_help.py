"""Urgent help: 999 first, then the other national numbers and the school's local contacts.

One click (or F12 / Ctrl+Shift+U) away on every screen of the main window. Before anyone has
signed in, the unlock window shows the national numbers only: the school's local contacts are
kept in the encrypted vault and are never shown while it is locked.

The national numbers come from ``resources/prevent/contacts.json`` (editable data); their
names and descriptions are translated here by code. Every number has a Copy button.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dsl_desktop.catalogues import CatalogueError, NationalContact, load_contacts
from dsl_desktop.resources import resource_path
from dsl_desktop.services.accounts import ContactEntry
from ui.labels import contact_kind_label
from ui.shared.builders import button_row, push_button
from ui.theme import palette_icon, relative_font
from ui.widgets import caption, heading, name_buttons, shade

EMERGENCY = "emergency"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UrgentHelp", text)


def help_icon(name: str) -> QIcon:
    """An icon from ``resources/help/icons`` drawn in the palette's text colour."""
    try:
        return palette_icon(resource_path("help", "icons", name))
    except FileNotFoundError:
        return QIcon()


def national_name(contact: NationalContact) -> str:
    names = {
        "emergency": _tr("Emergency services"),
        "police_non_emergency": _tr("Police non-emergency line"),
        "act_early": _tr("ACT Early support line"),
        "anti_terrorist_hotline": _tr("Anti-Terrorist Hotline"),
    }
    return names.get(contact.code, contact.name)


def national_description(contact: NationalContact) -> str:
    descriptions = {
        "emergency": _tr(
            "Phone now if someone is in immediate danger, a crime is happening or about to, or "
            "someone may be about to travel to a conflict zone. Record what was done afterwards."
        ),
        "police_non_emergency": _tr("The police, when nobody is in immediate danger."),
        "act_early": _tr(
            "Advice from Prevent officers for family, friends and community members worried "
            "that someone is being drawn into extremism."
        ),
        "anti_terrorist_hotline": _tr(
            "Report anything suspicious that could be linked to terrorism, in confidence: by "
            "phone at any hour, by textphone, or online."
        ),
    }
    return descriptions.get(contact.code, contact.description)


def national_hours(contact: NationalContact) -> str:
    hours = {"9am\u20135pm": _tr("9am\u20135pm"), "24 hours": _tr("24 hours")}
    return hours.get(contact.hours, contact.hours)


def national_contacts() -> list[NationalContact]:
    """The national numbers, 999 first; empty if the bundled file cannot be read."""
    try:
        contacts = list(load_contacts().national)
    except (CatalogueError, OSError):
        return []
    return sorted(contacts, key=lambda c: c.code != EMERGENCY)


def local_kind_labels() -> dict[str, str]:
    try:
        return {k.code: k.label for k in load_contacts().local_kinds}
    except (CatalogueError, OSError):
        return {}


def _selectable(text: str, *, top: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
    return label


class UrgentHelpPanel(QWidget):
    """The numbers, with Copy buttons. ``contacts`` None means "before sign-in": no local ones.

    Signals: ``copied(text)`` after a Copy; ``settings_requested()`` from the button shown when
    there are no local contacts yet (only if ``can_edit``); ``help_requested(topic)``.
    """

    copied = Signal(str)
    settings_requested = Signal()
    help_requested = Signal(str)

    def __init__(
        self,
        contacts: Sequence[ContactEntry] | None,
        *,
        can_edit: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Urgent help"))
        self.copy_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        national = national_contacts()
        emergency = next((c for c in national if c.code == EMERGENCY), None)
        self.emergency_box = self._emergency(emergency)
        layout.addWidget(self.emergency_box)

        others = [c for c in national if c.code != EMERGENCY]
        self.national_box = QGroupBox(self.tr("Other national numbers"))
        grid = QGridLayout(self.national_box)
        grid.setColumnStretch(0, 1)
        row = 0
        for contact in others:
            row = self._national_row(grid, row, contact)
        layout.addWidget(self.national_box)

        self.local_box = QGroupBox(self.tr("Your school's local contacts"))
        self.local_layout = QGridLayout(self.local_box)
        self.local_layout.setColumnStretch(0, 1)
        self.settings_button: QPushButton | None = None
        self.local_note: QLabel | None = None
        self._locals(contacts, can_edit)
        layout.addWidget(self.local_box)

        self.help_button = push_button(
            self.tr("Read: &when to call 999"), self.tr("Open the help topic: when to call 999")
        )
        self.help_button.clicked.connect(lambda: self.help_requested.emit("emergency"))
        layout.addLayout(button_row(self.help_button))
        self.status = caption("")
        self.status.setAccessibleName(self.tr("Copy status"))
        layout.addWidget(self.status)
        layout.addStretch(1)

    # ---- parts ---------------------------------------------------------------------------------
    def _emergency(self, contact: NationalContact | None) -> QFrame:
        frame = QFrame()
        shade(frame, QFrame.Shape.Box, 2)
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(16)
        number = contact.number if contact is not None else "999"
        self.emergency_number = QLabel(number)
        self.emergency_number.setFont(relative_font(self.font(), factor=2.6))
        font = self.emergency_number.font()
        font.setBold(True)
        self.emergency_number.setFont(font)
        self.emergency_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emergency_number.setAccessibleName(
            self.tr("Emergency number: %1").replace("%1", number)
        )
        row.addWidget(self.emergency_number, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.emergency_title = heading(self.tr("Call 999 first if anyone is in danger"), 3)
        self.emergency_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.emergency_title)
        description = (
            national_description(contact)
            if contact is not None
            else _tr("Phone now if someone is in immediate danger.")
        )
        self.emergency_text = _selectable(description, top=True)
        column.addWidget(self.emergency_text)
        column.addStretch(1)
        row.addLayout(column, 1)
        copy = self._copy_button(number, self.tr("Emergency services"))
        row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        frame.setAccessibleName(self.tr("Emergency: 999"))
        frame.setAccessibleDescription(description)
        return frame

    def _national_row(self, grid: QGridLayout, row: int, contact: NationalContact) -> int:
        name = national_name(contact)
        hours = national_hours(contact)
        title = f"<b>{html.escape(name)}</b>"
        if hours:
            title += " " + html.escape(self.tr("(%1)").replace("%1", hours))
        title_label = _selectable(title)
        title_label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(title_label, row, 0)
        number = _selectable(contact.number)
        number.setFont(relative_font(self.font(), 2))
        grid.addWidget(number, row, 1)
        grid.addWidget(self._copy_button(contact.number, name), row, 2)
        row += 1
        extras = (
            (contact.text_relay, self.tr("Text relay"), self.tr("%1, text relay"), True),
            (contact.textphone, self.tr("Textphone"), self.tr("%1, textphone"), True),
            (contact.online, self.tr("Report online"), self.tr("%1, online"), False),
        )
        for value, label, copy_name, large in extras:
            if not value:
                continue
            grid.addWidget(_selectable(label), row, 0)
            shown = _selectable(value)
            if large:
                shown.setFont(relative_font(self.font(), 2))
            grid.addWidget(shown, row, 1)
            grid.addWidget(self._copy_button(value, copy_name.replace("%1", name)), row, 2)
            row += 1
        grid.addWidget(caption(national_description(contact)), row, 0, 1, 3)
        grid.setRowMinimumHeight(row + 1, 6)
        return row + 2

    def _locals(self, contacts: Sequence[ContactEntry] | None, can_edit: bool) -> None:
        grid = self.local_layout
        if contacts is None:
            self.local_note = caption(
                self.tr(
                    "Your school's local contacts are kept in the encrypted vault, so they are "
                    "shown here once you have signed in."
                )
            )
            grid.addWidget(self.local_note, 0, 0, 1, 3)
            return
        if not contacts:
            self.local_note = caption(
                self.tr(
                    "No local contacts have been entered yet. Add the police Prevent team, the "
                    "local authority Prevent lead, your MASH or children's services front door "
                    "and the out-of-hours service in Settings, under Local contacts."
                )
                if can_edit
                else self.tr(
                    "No local contacts have been entered yet. Ask your DSL to add them in Settings."
                )
            )
            grid.addWidget(self.local_note, 0, 0, 1, 3)
            if can_edit:
                self.settings_button = QPushButton(self.tr("Open &Settings…"))
                self.settings_button.setAccessibleName(
                    self.tr("Open Settings to add local contacts")
                )
                self.settings_button.clicked.connect(self.settings_requested)
                grid.addWidget(self.settings_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
            return
        kinds = local_kind_labels()
        row = 0
        for contact in contacts:
            label = contact_kind_label(contact.kind, kinds.get(contact.kind, contact.kind))
            title = f"<b>{html.escape(label)}</b>"
            if contact.name:
                title += "<br>" + html.escape(contact.name)
            title_label = _selectable(title)
            title_label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(title_label, row, 0, 1, 3)
            row += 1
            for value, what in (
                (contact.phone, self.tr("phone")),
                (contact.email, self.tr("email")),
            ):
                if not value:
                    continue
                grid.addWidget(_selectable(value), row, 0, 1, 2)
                grid.addWidget(
                    self._copy_button(
                        value, self.tr("%1, %2").replace("%1", label).replace("%2", what)
                    ),
                    row,
                    2,
                )
                row += 1
            if contact.notes:
                grid.addWidget(caption(contact.notes), row, 0, 1, 3)
                row += 1
            grid.setRowMinimumHeight(row, 6)
            row += 1

    def _copy_button(self, value: str, what: str) -> QPushButton:
        button = QPushButton(help_icon("copy.svg"), self.tr("Copy"))
        side = max(16, self.fontMetrics().height())  # the icon grows with the text
        button.setIconSize(QSize(side, side))
        button.setAccessibleName(self.tr("Copy %1: %2").replace("%1", what).replace("%2", value))
        button.setToolTip(self.tr("Copy %1 to the clipboard").replace("%1", value))
        button.clicked.connect(lambda _checked=False, v=value: self.copy(v))
        self.copy_buttons.setdefault(value, button)
        return button

    def copy(self, value: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(value)
        self.status.setText(self.tr("Copied %1.").replace("%1", value))
        self.copied.emit(value)


class UrgentHelpDialog(QDialog):
    """A window around :class:`UrgentHelpPanel`; it does not block the rest of the app."""

    def __init__(
        self,
        contacts: Sequence[ContactEntry] | None,
        *,
        can_edit: bool = False,
        open_settings: Callable[[], object] | None = None,
        open_help: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Urgent help — DSL Desktop"))
        self.setAccessibleName(self.tr("Urgent help"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Urgent help"), 6))
        self.panel = UrgentHelpPanel(contacts, can_edit=can_edit and open_settings is not None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)
        if open_settings is not None:
            self.panel.settings_requested.connect(self.accept)
            self.panel.settings_requested.connect(open_settings)
        if open_help is not None:
            self.panel.help_requested.connect(open_help)
        else:
            self.panel.help_button.hide()
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(max(600, width), max(620, self.fontMetrics().lineSpacing() * 36))
        if self.panel.copy_buttons:
            next(iter(self.panel.copy_buttons.values())).setFocus()


__all__ = [
    "UrgentHelpDialog",
    "UrgentHelpPanel",
    "national_contacts",
    "national_description",
    "national_name",
]

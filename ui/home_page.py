"""The Home page: a greeting, the school, quick actions and who to contact."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
)

from db.errors import KnownError
from dsl_desktop.catalogues import CatalogueError, load_contacts
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import auto_lock_minutes, local_contacts, school_details
from ui.errors import error_text
from ui.home_worklist import Worklist
from ui.labels import contact_kind_label, role_label
from ui.pages import PageContext
from ui.shared.builders import button_row, push_button, scroll_body
from ui.urgent_help import national_name
from ui.widgets import caption, heading


def _value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HomePage(QScrollArea):
    def __init__(self, ctx: PageContext, now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__()
        self.ctx = ctx
        self.now = now
        outer = scroll_body(self, margins=(28, 24, 28, 24), spacing=14)
        self.greeting = heading("", 8)
        outer.addWidget(self.greeting)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        outer.addWidget(self.subtitle)
        from ui.report.home_notice import StaffReportsNotice

        self.reports_notice = StaffReportsNotice(ctx)
        outer.addWidget(self.reports_notice)

        self.start_box = QGroupBox(self.tr("Getting started"))
        self.start_box.setAccessibleName(self.tr("Getting started"))
        start_layout = QVBoxLayout(self.start_box)
        self.start_text = _value_label("")
        start_layout.addWidget(self.start_text)
        self.start_button = push_button(
            self.tr("Open the getting-started &page (F1)"),
            self.tr("Open the getting-started help page"),
        )
        self.start_button.clicked.connect(lambda: ctx.window.open_help("getting-started"))
        start_layout.addLayout(button_row(self.start_button))
        self.start_box.hide()
        outer.addWidget(self.start_box)
        self.worklist = Worklist(ctx, lambda: self.now().date())
        outer.addWidget(self.worklist)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self.actions_box = QGroupBox(self.tr("Quick actions"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.school_box = QGroupBox(self.tr("Your school"))
        self.school_form = QFormLayout(self.school_box)
        self.contacts_box = QGroupBox(self.tr("Who to contact about a Prevent concern"))
        self.contacts_layout = QVBoxLayout(self.contacts_box)
        self.safety_box = QGroupBox(self.tr("Keeping records safe"))
        safety_layout = QVBoxLayout(self.safety_box)
        self.safety_text = _value_label("")
        safety_layout.addWidget(self.safety_text)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.actions_box, 0, 0, top)
        grid.addWidget(self.school_box, 0, 1, top)
        grid.addWidget(self.contacts_box, 1, 0, 1, 2)
        grid.addWidget(self.safety_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        for box in (self.actions_box, self.school_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer.addLayout(grid)
        outer.addStretch(1)

        ctx.window.quick_actions_changed.connect(self._show_actions)
        ctx.window.settings_changed.connect(self.refresh)
        self.refresh()

    # ---- content --------------------------------------------------------------------------
    def _greeting(self) -> str:
        hour = self.now().hour
        name = self.ctx.user.display_name
        if hour < 12:
            text = self.tr("Good morning, %1")
        elif hour < 18:
            text = self.tr("Good afternoon, %1")
        else:
            text = self.tr("Good evening, %1")
        return text.replace("%1", name)

    def refresh(self) -> None:
        if not self.ctx.active:
            return
        self.greeting.setText(self._greeting())
        try:
            school = school_details(self.ctx.vault)
            contacts = local_contacts(self.ctx.vault)
            minutes = auto_lock_minutes(self.ctx.vault)
        except KnownError as exc:
            self.subtitle.setText(error_text(exc).message)
            return
        self.subtitle.setText(
            self.tr("You are signed in to %1 as %2.")
            .replace("%1", school.name)
            .replace("%2", role_label(self.ctx.user.role))
        )
        self._show_actions()
        self._refresh_worklist_soon()
        self._show_school(school.name, school.urn, school.local_authority, school.phone,
                          school.email, school.address)  # fmt: skip
        self._show_contacts(contacts)
        self._show_first_steps(bool(contacts))
        self.safety_text.setText(
            self.tr(
                "DSL Desktop locks itself after %n minute(s) without use, and whatever you were "
                "typing is kept. When you step away from the computer, lock it yourself with "
                "Ctrl+L. Everything is stored encrypted on this computer only.",
                "",
                minutes,
            )
        )

    def page_shown(self) -> None:
        """Back on Home: the worklist may have changed meanwhile."""
        self._refresh_worklist_soon()

    def _refresh_worklist_soon(self) -> None:
        """Once the window has drawn, and only if Home is still the page shown: the worklist
        reads the whole log, which should not hold up signing in or another page."""
        QTimer.singleShot(0, self, self._refresh_worklist)

    def _refresh_worklist(self) -> None:
        if self.isVisible() and self.ctx.active:
            self.worklist.refresh()

    def _show_first_steps(self, has_contacts: bool) -> None:
        """While no local contacts are entered, say what to do first (and where help is)."""
        if has_contacts:
            self.start_box.hide()
            return
        if self.ctx.role in (Role.DSL, Role.DEPUTY):
            text = self.tr(
                "Welcome to DSL Desktop. Before the first concern comes in: enter your local "
                "contacts (the police Prevent team, the council's Prevent lead, children's social "
                "care and the out-of-hours service) in Settings, under Local contacts; add an "
                "account for each deputy; and import your staff list on the Training page if "
                "you keep training records here. Press F1 on any screen for help about it, and "
                "F12 for Urgent help: 999 and the numbers to call."
            )
        else:
            text = self.tr(
                "Press F1 on any screen for help about it, and F12 for Urgent help: 999 and the "
                "numbers to call. Your DSL has not entered the school's local contacts yet."
            )
        self.start_text.setText(text)
        self.start_box.show()

    def _clear(self, layout: QVBoxLayout | QFormLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_actions(self) -> None:
        self._clear(self.actions_layout)
        window = self.ctx.window
        actions: list[QAction] = [*window.quick_actions, window.lock_action]
        if self.ctx.role in (Role.DSL, Role.DEPUTY):
            actions.append(window.settings_action)
        for action in actions:
            button = QPushButton(action.icon(), action.text())
            button.setAccessibleName(action.text().replace("&", ""))
            shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            if shortcut:
                button.setToolTip(shortcut)
            button.clicked.connect(action.trigger)
            self.actions_layout.addWidget(button)
        self.actions_layout.addStretch(1)

    def _show_school(self, *values: str) -> None:
        self._clear(self.school_form)
        labels = (
            self.tr("Name:"),
            self.tr("URN:"),
            self.tr("Local authority:"),
            self.tr("Phone:"),
            self.tr("Email:"),
            self.tr("Address:"),
        )
        for label, value in zip(labels, values, strict=True):
            if value:
                self.school_form.addRow(QLabel(label), _value_label(value))

    def _show_contacts(self, contacts: list) -> None:  # type: ignore[type-arg]
        self._clear(self.contacts_layout)
        rows: list[str] = []
        try:
            catalogue = load_contacts()
            kinds = {k.code: k.label for k in catalogue.local_kinds}
            national = catalogue.national
        except (CatalogueError, OSError):
            kinds, national = {}, ()
        e = html.escape
        for c in national:
            rows.append(f"<b>{e(national_name(c))}</b>: {e(c.number)}")
        local_rows = []
        for contact in contacts:
            parts = [p for p in (contact.name, contact.phone, contact.email) if p]
            label = contact_kind_label(contact.kind, kinds.get(contact.kind, contact.kind))
            local_rows.append(f"<b>{e(label)}</b>: {e(' · '.join(parts))}")
        if national:
            self.contacts_layout.addWidget(heading(self.tr("National"), 0))
            text = _value_label("<br>".join(rows))
            text.setTextFormat(Qt.TextFormat.RichText)
            self.contacts_layout.addWidget(text)
            self.contacts_layout.addSpacing(6)
        self.contacts_layout.addWidget(heading(self.tr("Your local contacts"), 0))
        if local_rows:
            local = _value_label("<br>".join(local_rows))
            local.setTextFormat(Qt.TextFormat.RichText)
            self.contacts_layout.addWidget(local)
        else:
            hint = (
                self.tr("No local contacts yet. Add them in Settings, under Local contacts.")
                if self.ctx.role in (Role.DSL, Role.DEPUTY)
                else self.tr("No local contacts have been entered yet. Ask the DSL.")
            )
            self.contacts_layout.addWidget(caption(hint))

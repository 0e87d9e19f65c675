"""The Check step: information (observed, assertion or assumption, and how far it is
corroborated), other explanations, who was consulted, and files."""

from __future__ import annotations

import contextlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import InformationKind, Stage, Validation
from dsl_desktop.services import attachments
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import referral_checks as rc
from dsl_desktop.services.attachments import AttachmentInfo, OwnerType
from ui.concern.questions import ImmediateRiskBox, ReferralQuestions
from ui.concern.step_base import CaseStep, ConcernForm
from ui.errors import error_text
from ui.i18n import core_text
from ui.shared.builders import push_button
from ui.shared.choices import Choice
from ui.shared.date_fields import DateTimeEdit, OptionalDateEdit, fmt_date, fmt_datetime
from ui.shared.forms import Banner, Problems, bold_label, line_edit, text_edit
from ui.shared.labels import kind_help, kind_label, standing_label, validation_choice_label
from ui.shared.models import RowsModel, selected_id, table_view
from ui.widgets import caption, open_file_name, shade

if TYPE_CHECKING:
    from ui.pages import PageContext


class WarningsPanel(QFrame):
    """The guidance's cautions, shown prominently (icon and bold text, not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shade(self, QFrame.Shape.Box)
        row = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        icon.setAlignment(icon.alignment().AlignTop)
        row.addWidget(icon)
        column = QVBoxLayout()
        self.title = bold_label(self.tr("Be careful before deciding:"))
        column.addWidget(self.title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        column.addWidget(self.text)
        row.addLayout(column, 1)
        self.setAccessibleName(self.tr("Cautions"))
        self.messages: list[str] = []

    def set_messages(self, messages: list[str]) -> None:
        self.messages = list(messages)
        self.text.setText("\n".join("\u2022 " + m for m in messages))
        self.setAccessibleDescription(" ".join(messages))
        self.setVisible(bool(messages))


class InformationForm(ConcernForm):
    DRAFT = "check-item"

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            concern_id,
            self.tr("Add a piece of information"),
            self.tr("Add the information"),
            parent,
        )
        p, f = self.problems, self.form
        self.content = text_edit(self.tr("The information"), 3)
        self.content.setPlaceholderText(self.tr("One fact, claim or belief per entry."))
        p.row(f, self.tr("&Information:"), self.content, "content")
        self.source = line_edit(self.tr("Source: who or what it came from"),
                                self.tr("for example Mrs Lloyd, lunchtime supervisor"))  # fmt: skip
        p.row(f, self.tr("So&urce:"), self.source, "source")
        self.obtained_at = OptionalDateEdit(self.tr("Date obtained"))
        p.row(f, self.tr("Date ob&tained:"), self.obtained_at, "obtained_at")
        self.kind = Choice(
            [(k.value, kind_label(k)) for k in InformationKind], self.tr("What kind of information"),
            vertical=True,
        )  # fmt: skip
        for k in InformationKind:
            self.kind.add_help(k.value, kind_help(k))
        p.row(f, self.tr("&Kind:"), self.kind, "kind", buddy=self.kind.first_button())
        self.validation = QComboBox()
        self.validation.setAccessibleName(self.tr("Has it been checked against another source?"))
        for v in (Validation.UNCORROBORATED, Validation.CORROBORATED, Validation.CONTRADICTED):
            self.validation.addItem(validation_choice_label(None, v), v.value)
        validation_row = QWidget()
        inline = QHBoxLayout(validation_row)
        inline.setContentsMargins(0, 0, 0, 0)
        inline.addWidget(self.validation)
        self.validation_help = QLabel()
        self.validation_help.setWordWrap(True)
        self.validation_help.setAccessibleName(self.tr("How this piece will read"))
        inline.addWidget(self.validation_help, 1)
        p.row(f, self.tr("&Validation:"), validation_row, "validation", buddy=self.validation)
        self.corroborated_by = line_edit(
            self.tr("Corroborated by: who or what confirms it"),
            self.tr("for example Mr Rhys Evans, who saw the same post; the CCTV log"),
        )
        self.corroborated_label = p.row(
            f, self.tr("Corroborated by:"), self.corroborated_by, "corroborated_by"
        )
        self.notes = line_edit(self.tr("Notes"))
        p.row(f, self.tr("N&otes:"), self.notes, "notes")
        for name, widget in (("content", self.content), ("source", self.source),
                             ("obtained_at", self.obtained_at), ("kind", self.kind),
                             ("validation", self.validation), ("notes", self.notes),
                             ("corroborated_by", self.corroborated_by)):  # fmt: skip
            self.state.add(name, widget)
        self.kind.changed.connect(self._show_standing)
        self.validation.currentIndexChanged.connect(self._show_standing)
        self.corroborated_by.textChanged.connect(self._show_standing)
        self.finish()
        self._show_standing()

    def _show_standing(self) -> None:
        """Relabel the validation answers for the kind chosen, and say how the piece will read."""
        kind = self.kind.value()
        model = self.validation.model()
        for index in range(self.validation.count()):
            code = Validation(self.validation.itemData(index))
            self.validation.setItemText(index, validation_choice_label(kind, code))
            # An assumption has no evidence behind it, so it cannot be corroborated.
            item = model.item(index) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(
                    not (kind == InformationKind.ASSUMPTION and code is Validation.CORROBORATED)
                )
        if (
            kind == InformationKind.ASSUMPTION
            and self.validation.currentData() == Validation.CORROBORATED.value
        ):
            self.validation.setCurrentIndex(
                self.validation.findData(Validation.UNCORROBORATED.value)
            )
        validation = Validation(self.validation.currentData())
        wanted = validation is Validation.CORROBORATED
        self.form.setRowVisible(self.corroborated_label, wanted)
        if kind is None:
            text = self.tr("Choose the kind first; the answers here follow from it.")
        else:
            text = self.tr("Will read: %1").replace(
                "%1", standing_label(kind, validation, self.corroborated_by_text())
            )
        self.validation_help.setText(text)
        self.validation.setToolTip(text)

    def corroborated_by_text(self) -> str:
        if self.validation.currentData() != Validation.CORROBORATED.value:
            return ""
        return self.corroborated_by.text().strip()

    def save(self) -> None:
        try:
            obtained = self.obtained_at.value()
        except ValueError:
            from dsl_desktop.services.people import InvalidInput
            from dsl_desktop.workflow import Requirement

            raise InvalidInput([Requirement("obtained_at_invalid",
                                            self.tr("Type the date as dd/mm/yyyy."))]) from None  # fmt: skip
        kind = self.kind.value()
        if kind is not None and (
            self.validation.currentData() == Validation.CORROBORATED.value
            and not self.corroborated_by_text()
        ):
            from dsl_desktop.services.people import InvalidInput
            from dsl_desktop.workflow import Requirement

            raise InvalidInput([Requirement("corroborated_by_missing", self.tr(
                "Say who or what corroborates it: a corroborated piece names its source."))])  # fmt: skip
        if kind is None:
            from dsl_desktop.services.people import InvalidInput
            from dsl_desktop.workflow import Requirement

            problems = [Requirement("kind_missing", self.tr(
                "Mark it as observed, an assertion or an assumption."))]  # fmt: skip
            if not self.content.toPlainText().strip():
                problems.insert(0, Requirement("content_missing",
                                               self.tr("Write down the piece of information.")))  # fmt: skip
            raise InvalidInput(problems)
        cs.add_information(
            self.ctx.vault,
            self.concern_id,
            cs.InformationInput(
                content=self.content.toPlainText(),
                kind=InformationKind(kind),
                validation=Validation(self.validation.currentData()),
                source=self.source.text(),
                obtained_at=obtained,
                notes=self.notes.text(),
                corroborated_by=self.corroborated_by_text(),
            ),
        )


class AlternativeForm(ConcernForm):
    DRAFT = "check-alternative"

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            concern_id,
            self.tr("Add another possible explanation"),
            self.tr("Add the explanation"),
            parent,
        )
        p, f = self.problems, self.form
        f.addRow(caption(self.tr(
            "A plausible reason that is not radicalisation: a school project, curiosity, a "
            "special interest, a mental health difficulty, a misread cultural or religious "
            "practice, a game..."
        )))  # fmt: skip
        self.explanation = text_edit(self.tr("The other explanation"), 2)
        p.row(f, self.tr("E&xplanation:"), self.explanation, "explanation")
        self.exploration = text_edit(self.tr("What was done to explore it"), 2)
        p.row(f, self.tr("How it was &looked into:"), self.exploration, "exploration")
        self.conclusion = line_edit(self.tr("What was concluded"),
                                    self.tr("kept, or ruled out and why (can be added later)"))  # fmt: skip
        p.row(f, self.tr("What was &concluded:"), self.conclusion, "conclusion")
        self.accepted = Choice(accepted_options(), self.tr("Does it explain what was seen?"),
                               vertical=True)  # fmt: skip
        p.row(f, self.tr("Accepted?"), self.accepted, "accepted",
              buddy=self.accepted.first_button())  # fmt: skip
        for name, widget in (("explanation", self.explanation), ("exploration", self.exploration),
                             ("conclusion", self.conclusion), ("accepted", self.accepted)):  # fmt: skip
            self.state.add(name, widget)
        self.finish()

    def save(self) -> None:
        cs.add_alternative(
            self.ctx.vault, self.concern_id,
            cs.AlternativeInput(self.explanation.toPlainText(), self.exploration.toPlainText(),
                                self.conclusion.text(), accepted_value(self.accepted.value())),
        )  # fmt: skip


def accepted_options() -> list[tuple[str, str]]:
    return [
        ("yes", QCoreApplication.translate("AlternativeForm",
                                           "Accepted \u2014 it explains what was seen")),
        ("no", QCoreApplication.translate("AlternativeForm",
                                          "Ruled out \u2014 it does not explain it")),
        ("open", QCoreApplication.translate("AlternativeForm", "Not concluded yet")),
    ]  # fmt: skip


def accepted_value(code: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(code or "")


def accepted_label(accepted: bool | None) -> str:
    codes = {True: "yes", False: "no", None: "open"}
    return dict(accepted_options())[codes[accepted]]


class ConcludeAlternativeForm(QGroupBox):
    """How a recorded explanation was explored, what was concluded, and whether it is accepted."""

    saved = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conclude an explanation already recorded"), parent)
        self.ctx = ctx
        self.setAccessibleName(self.title())
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.banner = Banner()
        form.addRow(self.banner)
        self.problems = Problems(self.banner)
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Which explanation"))
        self.problems.row(form, self.tr("Which:"), self.which, "which")
        self.exploration = text_edit(self.tr("How it was looked into"), 2)
        self.problems.row(form, self.tr("How it was looked into:"), self.exploration,
                          "exploration")  # fmt: skip
        self.conclusion = line_edit(self.tr("What was concluded"))
        self.problems.row(form, self.tr("Conclusion:"), self.conclusion, "conclusion")
        self.accepted = Choice(accepted_options()[:2], self.tr("Does it explain what was seen?"),
                               vertical=True)  # fmt: skip
        self.problems.row(form, self.tr("Accepted?"), self.accepted, "accepted",
                          buddy=self.accepted.first_button())  # fmt: skip
        self.button = QPushButton(self.tr("Record the conclusion"))
        self.button.setAccessibleName(self.button.text())
        form.addRow("", self.button)
        self.alternatives: dict[int, cs.AlternativeView] = {}
        self.which.currentIndexChanged.connect(self._chosen)
        self.button.clicked.connect(self.save)

    def show_alternatives(self, alternatives: tuple[cs.AlternativeView, ...]) -> None:
        keep = self.which.currentData()
        self.alternatives = {a.id: a for a in alternatives}
        self.which.blockSignals(True)
        self.which.clear()
        for a in alternatives:
            text = " ".join(a.explanation.split())
            self.which.addItem(text if len(text) <= 70 else text[:69] + "\u2026", a.id)
        self.which.setCurrentIndex(max(0, self.which.findData(keep)))
        self.which.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        a = self.alternatives.get(self.which.currentData() or 0)
        if a is None:
            return
        self.exploration.setPlainText(a.exploration)
        self.conclusion.setText(a.conclusion)
        self.accepted.set_value({True: "yes", False: "no"}.get(a.accepted))  # type: ignore[arg-type]

    def save(self) -> None:
        if not self.ctx.active or self.which.currentData() is None:
            return
        self.problems.clear()
        code = self.accepted.value()
        if code is None:
            self.problems.show_list(
                [("accepted", self.tr("Say whether it explains what was seen."))]
            )
            return
        try:
            rc.record_alternative_conclusion(
                self.ctx.vault, int(self.which.currentData()),
                exploration=self.exploration.toPlainText(), conclusion=self.conclusion.text(),
                accepted=code == "yes",
            )  # fmt: skip
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.saved.emit()


class ConsultationForm(ConcernForm):
    DRAFT = "check-consultation"

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            concern_id,
            self.tr("Record a consultation"),
            self.tr("Record the consultation"),
            parent,
        )
        p, f = self.problems, self.form
        self.name = line_edit(self.tr("Who was consulted"))
        p.row(f, self.tr("&Who:"), self.name, "name")
        row = QWidget()
        inline = QHBoxLayout(row)
        inline.setContentsMargins(0, 0, 0, 0)
        self.role = line_edit(self.tr("Their role"), self.tr("role"))
        self.agency = line_edit(self.tr("Their agency"), self.tr("agency, for example Police"))
        inline.addWidget(self.role)
        inline.addWidget(self.agency)
        p.row(f, self.tr("&Role and agency:"), row, "role", buddy=self.role)
        self.consulted_at = DateTimeEdit(self.tr("When the consultation took place"))
        p.row(f, self.tr("Whe&n:"), self.consulted_at, "consulted_at")
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setAccessibleName(self.tr("How: in person, phone, email..."))
        self.method.addItems([self.tr("In person"), self.tr("Phone"), self.tr("Secure email"),
                              self.tr("Meeting")])  # fmt: skip
        p.row(f, self.tr("&How:"), self.method, "method")
        self.shared = text_edit(self.tr("What was shared"), 2)
        p.row(f, self.tr("What was &shared:"), self.shared, "shared")
        self.reason = line_edit(self.tr("Why it was shared"))
        p.row(f, self.tr("Wh&y:"), self.reason, "reason")
        self.outcome = line_edit(self.tr("Outcome of the discussion"))
        p.row(f, self.tr("Outco&me:"), self.outcome, "outcome")
        for name, widget in (("name", self.name), ("role", self.role), ("agency", self.agency),
                             ("consulted_at", self.consulted_at), ("method", self.method),
                             ("shared", self.shared), ("reason", self.reason),
                             ("outcome", self.outcome)):  # fmt: skip
            self.state.add(name, widget)
        self.finish()

    def save(self) -> None:
        cs.add_consultation(
            self.ctx.vault, self.concern_id,
            cs.ConsultationInput(
                name=self.name.text(), consulted_at=self.consulted_at.value(),
                role=self.role.text(), agency=self.agency.text(),
                method=self.method.currentText(), shared=self.shared.toPlainText(),
                reason=self.reason.text(), outcome=self.outcome.text(),
            ),
        )  # fmt: skip


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class CheckStep(CaseStep):
    """``changed()`` after anything is saved; ``move_requested(stage)`` for the stage buttons."""

    move_requested = Signal(object)

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        self.open_copies = contextlib.ExitStack()
        layout = self.start_column(self.tr("Check: gather and test the information"), self.tr(
            "Record what else is known, and label each piece: was it seen or heard first hand, "
            "told to you as fact, or believed without evidence? Look for other explanations, "
            "and record who you talked to and what you shared."
        ))  # fmt: skip
        self.warnings = WarningsPanel()
        layout.addWidget(self.warnings)
        self.add_stage_note(layout)

        # information
        items_box = QGroupBox(self.tr("Information gathered"))
        items_layout = QVBoxLayout(items_box)
        self.items_model = RowsModel([self.tr("Kind and checking"), self.tr("Source"),
                                      self.tr("Obtained"), self.tr("Information")])  # fmt: skip
        self.items_view = table_view(self.items_model, self.tr("Information gathered"), wrap=True)
        self.items_empty = caption("")
        items_layout.addWidget(self.items_empty)
        items_layout.addWidget(self.items_view)
        self.info_form = InformationForm(ctx, concern_id)
        items_layout.addWidget(self.info_form)
        layout.addWidget(items_box)

        # alternatives
        alt_box = QGroupBox(self.tr("Other possible explanations"))
        alt_layout = QVBoxLayout(alt_box)
        self.alt_model = RowsModel([self.tr("Explanation"), self.tr("How it was explored"),
                                    self.tr("Conclusion"), self.tr("Accepted?")])  # fmt: skip
        self.alt_view = table_view(
            self.alt_model, self.tr("Other possible explanations"), wrap=True
        )
        self.alt_empty = caption("")
        alt_layout.addWidget(self.alt_empty)
        alt_layout.addWidget(self.alt_view)
        self.alt_form = AlternativeForm(ctx, concern_id)
        alt_layout.addWidget(self.alt_form)
        self.conclude_form = ConcludeAlternativeForm(ctx)
        alt_layout.addWidget(self.conclude_form)
        layout.addWidget(alt_box)

        # consultations
        con_box = QGroupBox(self.tr("Who was consulted"))
        con_layout = QVBoxLayout(con_box)
        self.con_model = RowsModel([self.tr("When"), self.tr("Who"), self.tr("How"),
                                    self.tr("Shared and why"), self.tr("Outcome")])  # fmt: skip
        self.con_view = table_view(self.con_model, self.tr("Consultations"), wrap=True)
        self.con_empty = caption("")
        con_layout.addWidget(self.con_empty)
        con_layout.addWidget(self.con_view)
        self.con_form = ConsultationForm(ctx, concern_id)
        con_layout.addWidget(self.con_form)
        layout.addWidget(con_box)

        # what the referral form asks, and the immediate risk (a 999 call at any step)
        self.form_questions = ReferralQuestions(ctx, concern_id)
        layout.addWidget(self.form_questions)
        self.risk_box = ImmediateRiskBox(ctx, concern_id)
        layout.addWidget(self.risk_box)

        # files
        files_box = QGroupBox(self.tr("Files"))
        files_layout = QVBoxLayout(files_box)
        self.files_banner = Banner()
        files_layout.addWidget(self.files_banner)
        self.files_model = RowsModel([self.tr("File"), self.tr("Attached to"), self.tr("Size"),
                                      self.tr("Added")])  # fmt: skip
        self.files_view = table_view(self.files_model, self.tr("Files"))
        self.files_empty = caption("")
        files_layout.addWidget(self.files_empty)
        files_layout.addWidget(self.files_view)
        buttons = QHBoxLayout()
        self.attach_concern_button = QPushButton(self.tr("Attach a &file to the concern…"))
        self.attach_item_button = QPushButton(self.tr("Att&ach to the chosen information…"))
        self.open_file_button = QPushButton(self.tr("Op&en the chosen file"))
        for b in (self.attach_concern_button, self.attach_item_button, self.open_file_button):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))
            buttons.addWidget(b)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        files_layout.addWidget(caption(self.tr(
            "Files are kept inside the encrypted vault. Opening one makes a temporary copy that "
            "is deleted when you lock or close DSL Desktop."
        )))  # fmt: skip
        layout.addWidget(files_box)

        # moving on
        move_row = QHBoxLayout()
        self.move_note = QLabel()
        self.move_note.setWordWrap(True)
        move_row.addWidget(self.move_note, 1)
        self.move_button = push_button(self.tr("Move on to &Decide"), self.tr("Move on to Decide"))
        move_row.addWidget(self.move_button)
        layout.addLayout(move_row)
        layout.addStretch(1)

        for form in (self.info_form, self.alt_form, self.con_form):
            form.added.connect(self.changed)
        for part in (self.conclude_form, self.form_questions, self.risk_box):
            part.saved.connect(self.changed)
        self.attach_concern_button.clicked.connect(lambda: self.attach(OwnerType.CONCERN))
        self.attach_item_button.clicked.connect(lambda: self.attach(OwnerType.INFORMATION_ITEM))
        self.open_file_button.clicked.connect(self.open_file)
        self.files_view.doubleClicked.connect(lambda _i: self.open_file())
        self.items_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.files_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.move_button.clicked.connect(self._move)
        ctx.window.about_to_lock.connect(self._locking)
        self.destroyed.connect(self.open_copies.close)

    def _locking(self, _reason: str) -> None:
        self.open_copies.close()

    def _move(self) -> None:
        if self.view is None:
            return
        target = (
            Stage.CHECK
            if self.view.stage in (Stage.NOTICE, Stage.DECIDE, Stage.REVIEW)
            else Stage.DECIDE
        )
        self.move_requested.emit(target)

    # ---- showing -----------------------------------------------------------------------------
    def show_case(self, view: cs.CaseView) -> None:
        self.view = view
        self.warnings.set_messages([core_text(w.text) for w in view.warnings])
        gathering = view.stage in (Stage.NOTICE, Stage.CHECK)
        open_case = view.stage is not Stage.CLOSED
        editable = view.can_edit
        self.info_form.setVisible(editable and gathering)
        self.alt_form.setVisible(editable and gathering)
        self.con_form.setVisible(editable and open_case)
        for b in (self.attach_concern_button, self.attach_item_button):
            b.setVisible(editable and open_case)
        if view.stage is Stage.NOTICE:
            note = self.tr(
                "The Notice record is complete; move the concern on to Check to gather information."
            )
            self.move_button.setText(self.tr("Move on to &Check"))
        elif view.stage is Stage.CHECK:
            note = ""
            self.move_button.setText(self.tr("Move on to &Decide"))
        elif view.stage in (Stage.DECIDE, Stage.REVIEW):
            note = self.tr("Information is added at the Check step. To add more, go back to Check.")
            self.move_button.setText(self.tr("Go back to &Check"))
        else:
            note = self.tr("This step is finished; what was gathered is shown below.")
        self.stage_note.setText(
            note
            if editable
            else self.tr("You can read this step; only the DSL or a deputy can change it.")
        )
        self.stage_note.setVisible(bool(self.stage_note.text()))
        self.move_button.setAccessibleName(self.move_button.text().replace("&", ""))
        self.move_button.setVisible(
            editable and view.stage in (Stage.NOTICE, Stage.CHECK, Stage.DECIDE, Stage.REVIEW)
        )
        if view.stage is Stage.CHECK:
            blocked = view.blocked.get(Stage.DECIDE, ())
            self.move_note.setText(
                "\n".join("\u2022 " + core_text(r.text, self.tr) for r in blocked)
                if blocked
                else self.tr("When you have gathered enough, move on to Decide.")
            )
        else:
            self.move_note.setText("")

        items = view.items
        self.items_model.set_rows(
            [(standing_label(i.kind, i.validation, i.corroborated_by),
              i.source, fmt_date(i.obtained_at),
              i.content + (f"\n({i.notes})" if i.notes else ""))
             for i in items],
            [i.id for i in items],
            [self.tr("Recorded %1 by %2").replace("%1", fmt_datetime(i.recorded_at))
             .replace("%2", i.recorded_by) for i in items],
        )  # fmt: skip
        self._fit(self.items_view, self.items_empty, bool(items), self.tr(
            "Nothing recorded yet. Add the first piece of information below: what was seen, "
            "what someone said, or what is believed."
        ) if editable and gathering else self.tr("No information was recorded."))  # fmt: skip
        alts = view.alternatives
        self.alt_model.set_rows(
            [(a.explanation, a.exploration, a.conclusion, accepted_label(a.accepted))
             for a in alts],
            [a.id for a in alts],
        )  # fmt: skip
        self.conclude_form.show_alternatives(alts)
        self.conclude_form.setVisible(editable and open_case and bool(alts))
        self._fit(self.alt_view, self.alt_empty, bool(alts), self.tr(
            "No other explanation recorded yet. Think about other reasons for what was seen or "
            "heard, and write down why each was kept or ruled out."
        ))  # fmt: skip
        cons = view.consultations
        self.con_model.set_rows(
            [(fmt_datetime(k.consulted_at),
              ", ".join(t for t in (k.name, k.role, k.agency) if t), k.method,
              "\n".join(t for t in (k.shared, k.reason) if t), k.outcome) for k in cons],
            [k.id for k in cons],
        )  # fmt: skip
        self._fit(self.con_view, self.con_empty, bool(cons), self.tr(
            "Nobody consulted yet. You can ask the police Prevent team or the local authority "
            "Prevent lead for advice; record each discussion here."
        ))  # fmt: skip
        files: list[AttachmentInfo] = list(view.attachments)
        item_no = {i.id: n for n, i in enumerate(items, 1)}
        for i in items:
            files.extend(i.attachments)
        self.files = files
        self.files_model.set_rows(
            [(f.file_name,
              self.tr("The concern") if f.owner_type is OwnerType.CONCERN
              else self.tr("Information %1").replace("%1", str(item_no.get(f.owner_id, "?"))),
              _size(f.size), self.tr("%1 by %2").replace("%1", fmt_datetime(f.added_at))
              .replace("%2", f.added_by)) for f in files],
            [f.id for f in files],
        )  # fmt: skip
        self._fit(self.files_view, self.files_empty, bool(files), self.tr(
            "No files attached. Attach a photo, a screenshot or a document if it helps; it is "
            "kept encrypted with the concern."
        ))  # fmt: skip
        self._update_buttons()
        self._show_form_questions(view)

    def _show_form_questions(self, view: cs.CaseView) -> None:
        editable = view.can_edit and view.stage is not Stage.CLOSED
        try:
            before = rc.before_referral(self.ctx.vault, self.concern_id)
        except KnownError as exc:
            self.files_banner.show_message(*error_text(exc))
            return
        self.form_questions.show_state(before, editable)
        self.risk_box.show_state(before.immediate_risk, editable)

    def _fit(self, view: QWidget, empty: QLabel, has_rows: bool, message: str) -> None:
        view.setVisible(has_rows)
        empty.setText(message)
        empty.setVisible(not has_rows)
        if has_rows and hasattr(view, "resizeRowsToContents"):
            model = view.model()  # type: ignore[attr-defined]
            rows = model.rowCount()
            view.resizeColumnsToContents()  # type: ignore[attr-defined]
            last = model.columnCount() - 1
            for column in range(last):
                width = view.columnWidth(column)  # type: ignore[attr-defined]
                view.setColumnWidth(column, min(width, 220))  # type: ignore[attr-defined]
            # The last column stretches into what is left but never below the width it starts
            # at (100 px unless set), which pushed a table with a short last heading 1 px or so
            # past its width: start it at its heading's width instead.
            header = view.horizontalHeader()  # type: ignore[attr-defined]
            view.setColumnWidth(last, header.sectionSizeFromContents(last).width())  # type: ignore[attr-defined]
            view.resizeRowsToContents()
            height = view.horizontalHeader().height() + 4  # type: ignore[attr-defined]
            for r in range(rows):
                height += view.rowHeight(r)  # type: ignore[attr-defined]
            view.setFixedHeight(min(height, 320))

    def _update_buttons(self) -> None:
        self.attach_item_button.setEnabled(selected_id(self.items_view) is not None)
        self.open_file_button.setEnabled(selected_id(self.files_view) is not None)

    # ---- files ---------------------------------------------------------------------------------
    def attach(self, owner: OwnerType) -> None:
        owner_id = self.concern_id if owner is OwnerType.CONCERN else selected_id(self.items_view)
        if owner_id is None:
            self.files_banner.show_message(
                self.tr("Choose a piece of information in the list first.")
            )
            return
        path = open_file_name(self, self.tr("Attach a file"))
        if not path or not self.ctx.active:
            return
        self.files_banner.clear()
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            self.files_banner.show_message(
                self.tr("The file could not be read (%1).").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            return
        media = mimetypes.guess_type(path)[0] or "application/octet-stream"
        try:
            attachments.attach(self.ctx.vault, owner, owner_id, file_name=Path(path).name,
                               content=content, media_type=media)  # fmt: skip
        except KnownError as exc:
            self.files_banner.show_message(*error_text(exc))
            return
        self.files_banner.show_message(
            self.tr("“%1” is attached and kept in the vault.").replace("%1", Path(path).name),
            error=False,
        )
        self.changed.emit()

    def open_file(self) -> Path | None:
        attachment_id = selected_id(self.files_view)
        if attachment_id is None or not self.ctx.active:
            return None
        self.files_banner.clear()
        try:
            path = self.open_copies.enter_context(
                attachments.open_temporary_copy(self.ctx.vault, attachment_id)
            )
        except KnownError as exc:
            self.files_banner.show_message(*error_text(exc))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.files_banner.show_message(
                self.tr("No program on this computer opens this kind of file.")
            )
        return path

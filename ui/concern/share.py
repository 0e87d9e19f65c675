"""The Share step: the Prevent referral form, when and to whom it was sent, the police
reference, what happened to it, and moving the concern on to Review or closing it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import Nation, Outcome, ReferralOutcome, Stage
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import referral_checks as rc
from dsl_desktop.services import referral_followup as rfu
from dsl_desktop.services.accounts import local_contacts, school_nation
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Requirement, StageRuleError
from ui.concern.after_sending import AfterSendingBox
from ui.concern.questions import BeforeYouReferPanel
from ui.concern.step_base import CaseStep
from ui.errors import error_text
from ui.i18n import core_text
from ui.shared.builders import push_button
from ui.shared.date_fields import DateTimeEdit, OptionalDateEdit, fmt_date, fmt_datetime
from ui.shared.forms import (
    AddForm,
    Banner,
    add_banner,
    bold_label,
    line_edit,
    text_edit,
    value_label,
)
from ui.shared.labels import outcome_label, referral_outcome_label, stage_label
from ui.widgets import caption

if TYPE_CHECKING:
    from ui.pages import PageContext


class SendingForm(AddForm):
    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("2. Record sending"), f"concern:{concern_id}:share-sent",
                         self.tr("Record sending"), parent)  # fmt: skip
        self.concern_id = concern_id
        p, f = self.problems, self.form
        self.sent_at = DateTimeEdit(self.tr("When the referral was sent"))
        p.row(f, self.tr("&When sent:"), self.sent_at, "referral_sent_at")
        self.sent_to = line_edit(self.tr("Who the referral was sent to"),
                                 self.tr("for example the police Prevent team's email"))  # fmt: skip
        p.row(f, self.tr("Sent &to:"), self.sent_to, "referral_sent_to")
        self.sent_how = QComboBox()
        self.sent_how.setEditable(True)
        self.sent_how.setAccessibleName(self.tr("How the referral was sent"))
        self.sent_how.addItems([self.tr("Secure email"), self.tr("Online referral form"),
                                self.tr("By hand"), self.tr("By post")])  # fmt: skip
        p.row(f, self.tr("&How sent:"), self.sent_how, "sent_how")
        self.police_reference = line_edit(self.tr("Police reference"), self.tr("if one was given"))
        p.row(f, self.tr("Police &reference:"), self.police_reference, "police_reference")
        for name, w in (("sent_at", self.sent_at), ("sent_to", self.sent_to),
                        ("sent_how", self.sent_how), ("police_reference", self.police_reference)):  # fmt: skip
            self.state.add(name, w)
        if not self.sent_to.text():
            try:
                for c in local_contacts(ctx.vault):
                    if c.kind == "police_prevent_referral_email" and c.email:
                        self.drafts.quietly(functools.partial(self.sent_to.setText, c.email))
                        break
            except KnownError:
                pass
        self.finish()

    def save(self) -> None:
        cs.record_referral_sent(
            self.ctx.vault, self.concern_id,
            cs.ReferralSentInput(self.sent_at.value(), self.sent_to.text(),
                                 self.sent_how.currentText(), self.police_reference.text()),
        )  # fmt: skip


class OutcomeForm(AddForm):
    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("3. What happened to the referral"),
                         f"concern:{concern_id}:share-outcome", self.tr("Record the outcome"),
                         parent)  # fmt: skip
        self.concern_id = concern_id
        self.referral_id = 0
        p, f = self.problems, self.form
        f.addRow(caption(self.tr(
            "The police gateway assesses the referral (often within about 5 days) and routes "
            "it: Channel, Prevent Case Management, or not for Prevent. Feedback may not always "
            "come; choose \u201cNot known\u201d until it does."
        )))  # fmt: skip
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("The outcome of the referral"))
        self.outcome.addItem(self.tr("Choose…"), "")
        for o in ReferralOutcome:
            self.outcome.addItem(referral_outcome_label(o), o.value)
        p.row(f, self.tr("Out&come:"), self.outcome, "referral_outcome")
        self.outcome_date = OptionalDateEdit(self.tr("Date the outcome was learned"))
        p.row(f, self.tr("&Date learned:"), self.outcome_date, "referral_outcome_date")
        self.notes = text_edit(self.tr("Notes on the outcome"), 2)
        p.row(f, self.tr("N&otes:"), self.notes, "notes")
        for name, w in (("outcome", self.outcome), ("outcome_date", self.outcome_date),
                        ("notes", self.notes)):  # fmt: skip
            self.state.add(name, w)
        self.finish()

    def save(self) -> None:
        code = self.outcome.currentData()
        try:
            when = self.outcome_date.value()
        except ValueError:
            raise InvalidInput([Requirement("referral_outcome_date_invalid",
                                            self.tr("Type the date as dd/mm/yyyy."))]) from None  # fmt: skip
        if not code:
            raise InvalidInput([Requirement("referral_outcome_missing",
                                            self.tr("Choose what happened to the referral."))])  # fmt: skip
        cs.record_referral_outcome(
            self.ctx.vault, self.referral_id, ReferralOutcome(code), when, self.notes.toPlainText()
        )


class ShareStep(CaseStep):
    """``changed()`` after a save; ``move_requested(stage, note, review_date)`` is handled by
    the case view; the referral form and decision record open from here."""

    referral_form_requested = Signal()
    decision_record_requested = Signal()

    def _route(self) -> str:
        """Where a referral goes, as the school's nation sends it (domain.md §8)."""
        try:
            wales = school_nation(self.ctx.vault) is Nation.WALES
        except KnownError:
            wales = False
        if wales:
            return self.tr(
                "For a Prevent referral in Wales: prepare the referral here as the school's "
                "copy, then make it on the online National Referral Form (online only since 25 "
                "October 2024), which goes to counter-terrorism policing and the local authority "
                "together; record when, to whom and how it went."
            )
        return self.tr(
            "For a Prevent referral: prepare the national referral form, send it to the police "
            "Prevent team, and record when, to whom and how it went. For a child, a referral to "
            "children's social care may be needed as well."
        )

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        layout = self.start_column(self.tr("Share: the Prevent referral"), self._route())
        self.banner, self.problems = add_banner(layout)
        self.add_stage_note(layout)
        self.decision_record_button = push_button(
            self.tr("Decision recor&d…"), self.tr("Decision record: print or save it")
        )
        layout.addWidget(self.decision_record_button)
        self.before_panel = BeforeYouReferPanel(ctx, concern_id)
        layout.addWidget(self.before_panel)

        self.form_box = QGroupBox(self.tr("1. The referral form"))
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(caption(self.tr(
            "The form is filled in from the case. Review the wording, generate it, then print "
            "it or save it as a PDF to send securely."
        )))  # fmt: skip
        row = QHBoxLayout()
        self.form_button = QPushButton(self.tr("Referral &form…"))
        self.form_button.setAccessibleName(
            self.tr("Referral form: review, generate, print or save")
        )
        row.addWidget(self.form_button)
        self.form_status = QLabel()
        self.form_status.setWordWrap(True)
        self.form_status.setAccessibleName(self.tr("The referral form"))
        row.addWidget(self.form_status, 1)
        form_layout.addLayout(row)
        layout.addWidget(self.form_box)

        self.sending = SendingForm(ctx, concern_id)
        layout.addWidget(self.sending)
        self.sent_box = QGroupBox(self.tr("2. Sending"))
        sent_form = QFormLayout(self.sent_box)
        self.sent_summary = value_label("", self.tr("Sending"))
        sent_form.addRow(self.sent_summary)
        self.reference = line_edit(self.tr("Police reference, when it arrives"))
        self.reference_label = QLabel(self.tr("Police &reference:"))
        self.reference_label.setBuddy(self.reference)
        self.reference_button = push_button(
            self.tr("&Add the reference"), self.tr("Add the police reference")
        )
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.reference, 1)
        ref_row.addWidget(self.reference_button)
        self.reference_row = QWidget()
        self.reference_row.setLayout(ref_row)
        ref_row.setContentsMargins(0, 0, 0, 0)
        sent_form.addRow(self.reference_label, self.reference_row)
        self.reference_banner = Banner()
        sent_form.addRow(self.reference_banner)
        layout.addWidget(self.sent_box)

        self.outcome_form = OutcomeForm(ctx, concern_id)
        layout.addWidget(self.outcome_form)
        self.outcome_box = QGroupBox(self.tr("3. What happened to the referral"))
        outcome_layout = QVBoxLayout(self.outcome_box)
        self.outcome_summary = value_label("", self.tr("Outcome of the referral"))
        outcome_layout.addWidget(self.outcome_summary)
        layout.addWidget(self.outcome_box)
        self.after_sending = AfterSendingBox(ctx)
        layout.addWidget(self.after_sending)

        self.next_box = QGroupBox(self.tr("4. What next"))
        next_form = QFormLayout(self.next_box)
        next_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.next_note = caption("")
        next_form.addRow(self.next_note)
        self.next_review = OptionalDateEdit(self.tr("Date of the next review"))
        self.problems.row(next_form, self.tr("Next review da&te:"), self.next_review, "review_date")
        self.close_note = line_edit(self.tr("Why the concern can be closed"),
                                    self.tr("only needed to close"))  # fmt: skip
        self.problems.row(next_form, self.tr("Closing &note:"), self.close_note, "review_note")
        buttons = QHBoxLayout()
        self.review_button = push_button(
            self.tr("Move to Re&view"), self.tr("Move to Review on the date set")
        )
        self.close_button = push_button(self.tr("C&lose the concern"), self.tr("Close the concern"))
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        next_form.addRow(buttons)
        layout.addWidget(self.next_box)
        layout.addStretch(1)
        self.problems.aliases.update({"outcome_unknown_review_date_missing": "review_date",
                                      "referral_outcome_missing": "review_date",
                                      "referral_outcome_date_missing": "review_date",
                                      "referral_sent_at_missing": "review_date",
                                      "referral_sent_to_missing": "review_date"})  # fmt: skip

        self.form_button.clicked.connect(self.referral_form_requested)
        self.decision_record_button.clicked.connect(self.decision_record_requested)
        self.sending.added.connect(self.changed)
        self.outcome_form.added.connect(self.changed)
        self.before_panel.changed.connect(self.changed)
        self.after_sending.saved.connect(self.changed)
        self.reference_button.clicked.connect(self.add_reference)
        self.review_button.clicked.connect(lambda: self.move_to_stage(Stage.REVIEW))
        self.close_button.clicked.connect(lambda: self.move_to_stage(Stage.CLOSED))

    def show_case(self, view: cs.CaseView) -> None:
        self.view = view
        latest = view.latest_decision
        is_referral = latest is not None and latest.outcome is Outcome.PREVENT_REFERRAL
        referral = view.latest_referral
        sent = referral is not None and referral.sent
        sharing = view.stage is Stage.SHARE
        can_refer = view.can_refer
        if latest is None:
            note = self.tr("This step is for a Prevent referral. It opens when the decision at "
                           "Decide is to refer.")  # fmt: skip
        elif not is_referral:
            note = self.tr(
                "The decision was \u201c%1\u201d, so no referral is needed here. Actions and review "
                "dates are under \u201cActions and reviews\u201d."
            ).replace("%1", outcome_label(latest.outcome))
        elif not can_refer:
            note = self.tr("You can read this step; only the DSL or a deputy can send a referral.")
        elif view.stage is Stage.CLOSED:
            note = self.tr("The concern is closed.")
        else:
            note = ""
        self.stage_note.setText(note)
        self.stage_note.setVisible(bool(note))
        self.decision_record_button.setVisible(latest is not None and not is_referral)
        self.form_box.setVisible(is_referral)
        if referral is not None and referral.generated_at is not None:
            self.form_status.setText(
                self.tr("Generated %1 by %2 (form version %3).")
                .replace("%1", fmt_datetime(referral.generated_at))
                .replace("%2", referral.generated_by).replace("%3", referral.form_version)
            )  # fmt: skip
        else:
            self.form_status.setText(self.tr("Not generated yet."))
        self.sending.setVisible(is_referral and sharing and can_refer and not sent)
        self.sent_box.setVisible(is_referral and (sent or not (sharing and can_refer)))
        if sent and referral is not None:
            bits = (
                self.tr("Sent on %1 to %2")
                .replace("%1", fmt_datetime(referral.sent_at))
                .replace("%2", referral.sent_to)
            )
            if referral.sent_how:
                bits += self.tr(", by %1").replace("%1", referral.sent_how)
            bits += ". " + (
                self.tr("Police reference: %1.").replace("%1", referral.police_reference)
                if referral.police_reference
                else self.tr("No police reference yet.")
            )
            self.sent_summary.setText(bits)
        else:
            self.sent_summary.setText(self.tr("Not recorded as sent yet."))
        show_ref = bool(sent and referral is not None and not referral.police_reference and can_refer
                        and view.stage is not Stage.CLOSED)  # fmt: skip
        self.reference_label.setVisible(show_ref)
        self.reference_row.setVisible(show_ref)
        open_outcome = referral is not None and (
            referral.outcome is None or referral.outcome is ReferralOutcome.UNKNOWN
        )
        self.outcome_form.referral_id = referral.id if referral is not None else 0
        self.outcome_form.setVisible(
            is_referral and sent and open_outcome and can_refer
            and view.stage in (Stage.SHARE, Stage.REVIEW)
        )  # fmt: skip
        self.outcome_box.setVisible(
            is_referral and sent and not self.outcome_form.isVisibleTo(self)
        )
        if referral is not None and referral.outcome is not None:
            text = referral_outcome_label(referral.outcome)
            if referral.outcome_date:
                text += self.tr(", learned on %1").replace("%1", fmt_date(referral.outcome_date))
            if referral.outcome_notes:
                text += "\n" + referral.outcome_notes
            self.outcome_summary.setText(text)
        else:
            self.outcome_summary.setText(self.tr("Nothing heard yet."))
        self.next_box.setVisible(is_referral and sharing and view.can_edit and sent)
        self._show_before_and_after(view, is_referral, sent)
        if sharing:
            review_block = view.blocked.get(Stage.REVIEW, ())
            close_block = view.blocked.get(Stage.CLOSED, ())
            lines = [self.tr("Move the concern to Review to look at it again on a set date, or "
                             "close it once the outcome is known.")]  # fmt: skip
            if close_block:
                lines.append(self.tr("Before closing: %1").replace(
                    "%1", " ".join(core_text(r.text, self.tr) for r in close_block)))  # fmt: skip
            elif review_block and not sent:
                lines.append(" ".join(core_text(r.text, self.tr) for r in review_block))
            self.next_note.setText("\n".join(lines))

    def _show_before_and_after(self, view: cs.CaseView, is_referral: bool, sent: bool) -> None:
        """The "Before you refer" panel until the form is sent; what followed, after."""
        editable = view.can_refer and view.stage in (Stage.SHARE, Stage.REVIEW)
        self.before_panel.setVisible(is_referral and not sent and view.stage is Stage.SHARE)
        referral = view.latest_referral
        self.after_sending.setVisible(is_referral and sent and referral is not None)
        try:
            if self.before_panel.isVisibleTo(self):
                before = rc.before_referral(self.ctx.vault, self.concern_id)
                self.before_panel.show_state(before, editable)
            if self.after_sending.isVisibleTo(self) and referral is not None:
                follow = rfu.follow_up(self.ctx.vault, referral.id)
                self.after_sending.show_follow_up(follow, editable)
        except KnownError as exc:
            self.banner.show_message(*error_text(exc))

    def add_reference(self) -> None:
        view = self.view
        if view is None or view.latest_referral is None or not self.ctx.active:
            return
        self.reference_banner.clear()
        try:
            cs.fill_in(self.ctx.vault, "referral", view.latest_referral.id, "police_reference",
                       self.reference.text())  # fmt: skip
        except KnownError as exc:
            self.reference_banner.show_message(*error_text(exc))
            return
        self.reference.clear()
        self.changed.emit()

    def move_to_stage(self, target: Stage) -> None:
        if not self.ctx.active:
            return
        self.problems.clear()
        try:
            review = self.next_review.value()
        except ValueError:
            self.problems.show_list(
                [("review_date_invalid", self.tr("Type the date as dd/mm/yyyy."))]
            )
            return
        try:
            cs.move_to(self.ctx.vault, self.concern_id, target,
                       note=self.close_note.text() if target is Stage.CLOSED else "",
                       next_review=review)  # fmt: skip
        except (KnownError, StageRuleError) as exc:
            self.problems.show(exc, self.tr("The concern cannot move to %1 yet:").replace(
                "%1", stage_label(target)))  # fmt: skip
            return
        self.next_review.clear()
        self.close_note.clear()
        self.changed.emit()


__all__ = ["ShareStep", "bold_label"]

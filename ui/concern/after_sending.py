"""After a referral is sent: feedback asked for and received, consent to Channel (a parent's or
carer's for an under-18), panel dates, the school's part, and when support ended (which sets
the reviews at 6 and 12 months as dated actions). Read with ``referral_followup.follow_up``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop.domain import ChannelConsent, ConsentFrom, ReferralOutcome
from dsl_desktop.services import referral_followup as rfu
from ui.shared.date_fields import OptionalDateEdit, fmt_date
from ui.shared.forms import add_banner, line_edit, text_edit, value_label
from ui.shared.labels import referral_outcome_label
from ui.widgets import caption

if TYPE_CHECKING:
    from ui.pages import PageContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("AfterSending", text)


class AfterSendingBox(QGroupBox):
    """What happened after sending. ``saved()`` after each recorded change."""

    saved = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(_tr("After sending"), parent)
        self.ctx = ctx
        self.referral_id = 0
        self.setAccessibleName(self.title())
        column = QVBoxLayout(self)
        self.summary = value_label("", _tr("What is known after sending"))
        column.addWidget(self.summary)
        self.banner, self.problems = add_banner(column)

        # feedback
        self.feedback_box = QGroupBox(_tr("Feedback from the police Prevent team"))
        form = QFormLayout(self.feedback_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(caption(_tr(
            "Feedback is not always given: ask for it, and record when you asked and what came."
        )))  # fmt: skip
        self.requested_on = OptionalDateEdit(_tr("Date feedback was asked for"))
        self.problems.row(form, _tr("Asked for on:"), self.requested_on, "feedback_requested")
        self.received_on = OptionalDateEdit(_tr("Date feedback was received"))
        self.problems.row(form, _tr("Received on:"), self.received_on, "feedback_received")
        self.feedback_notes = line_edit(_tr("What the feedback said"))
        self.problems.row(form, _tr("What it said:"), self.feedback_notes, "feedback")
        self.feedback_button = QPushButton(_tr("Record the feedback"))
        self.feedback_button.setAccessibleName(self.feedback_button.text())
        form.addRow("", self.feedback_button)
        column.addWidget(self.feedback_box)

        # Channel
        self.channel_box = QGroupBox(_tr("Channel"))
        form = QFormLayout(self.channel_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.consent_note = caption("")
        form.addRow(self.consent_note)
        self.consent = QComboBox()
        self.consent.setAccessibleName(_tr("Consent to Channel support"))
        self.consent.addItem(_tr("Choose…"), "")
        self.consent.addItem(_tr("Consent given"), ChannelConsent.GIVEN.value)
        self.consent.addItem(_tr("Consent refused"), ChannelConsent.REFUSED.value)
        self.problems.row(form, _tr("Consent:"), self.consent, "consent")
        self.consent_from = QComboBox()
        self.consent_from.setAccessibleName(_tr("Who gave or refused consent"))
        self.consent_from.addItem(_tr("A parent or carer"), ConsentFrom.PARENT_CARER.value)
        self.consent_from.addItem(_tr("The person themselves"), ConsentFrom.PERSON.value)
        self.problems.row(form, _tr("Given by:"), self.consent_from, "consent_parent")
        self.consent_on = OptionalDateEdit(_tr("Date of the consent"))
        self.problems.row(form, _tr("On:"), self.consent_on, "consent_on")
        self.consent_button = QPushButton(_tr("Record the consent"))
        self.consent_button.setAccessibleName(self.consent_button.text())
        form.addRow("", self.consent_button)
        self.panel_date = OptionalDateEdit(_tr("Date of a Channel panel"))
        self.problems.row(form, _tr("Panel date:"), self.panel_date, "panel_date")
        self.panel_button = QPushButton(_tr("Add the panel date"))
        self.panel_button.setAccessibleName(self.panel_button.text())
        form.addRow("", self.panel_button)
        column.addWidget(self.channel_box)

        # support: the school's part, and when it ended
        self.support_box = QGroupBox(_tr("Support and reviews"))
        form = QFormLayout(self.support_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.school_part = text_edit(_tr("The school's part in the support"), 2)
        self.problems.row(form, _tr("The school's part:"), self.school_part, "school_part")
        self.school_part_button = QPushButton(_tr("Record the school's part"))
        self.school_part_button.setAccessibleName(self.school_part_button.text())
        form.addRow("", self.school_part_button)
        self.ended_on = OptionalDateEdit(_tr("Date support ended"))
        self.problems.row(form, _tr("Support ended on:"), self.ended_on, "support")
        form.addRow(caption(_tr(
            "Recording when support ended sets reviews at 6 and 12 months as dated actions."
        )))  # fmt: skip
        self.ended_button = QPushButton(_tr("Record the end of support"))
        self.ended_button.setAccessibleName(self.ended_button.text())
        form.addRow("", self.ended_button)
        column.addWidget(self.support_box)

        self.feedback_button.clicked.connect(self.save_feedback)
        self.consent_button.clicked.connect(self.save_consent)
        self.panel_button.clicked.connect(self.add_panel)
        self.school_part_button.clicked.connect(self.save_school_part)
        self.ended_button.clicked.connect(self.save_support_ended)
        self.follow: rfu.FollowUp | None = None

    def show_follow_up(self, follow: rfu.FollowUp, editable: bool) -> None:
        self.follow = follow
        self.referral_id = follow.referral_id
        lines = []
        if follow.gateway_outcome is not None:
            text = _tr("Police gateway: %1").replace(
                "%1", referral_outcome_label(follow.gateway_outcome)
            )
            if follow.gateway_outcome_on:
                text += _tr(", learned on %1").replace("%1", fmt_date(follow.gateway_outcome_on))
            lines.append(text)
        else:
            lines.append(_tr("Police gateway: no outcome heard yet."))
        if follow.feedback_requested_on:
            lines.append(
                _tr("Feedback asked for on %1.").replace(
                    "%1", fmt_date(follow.feedback_requested_on)
                )
            )
        if follow.feedback_received_on:
            lines.append(
                _tr("Feedback received on %1: %2")
                .replace("%1", fmt_date(follow.feedback_received_on))
                .replace("%2", follow.feedback_notes)
            )
        if follow.channel_consent is not None:
            who = (
                _tr("a parent or carer")
                if follow.consent_from is ConsentFrom.PARENT_CARER
                else _tr("the person")
            )
            given = follow.channel_consent is ChannelConsent.GIVEN
            lines.append(
                (_tr("Consent to Channel given by %1 on %2.") if given
                 else _tr("Consent to Channel refused by %1 on %2."))
                .replace("%1", who).replace("%2", fmt_date(follow.consent_on))
            )  # fmt: skip
        if follow.panel_dates:
            lines.append(
                _tr("Channel panel dates: %1").replace(
                    "%1", ", ".join(fmt_date(d) for d in follow.panel_dates)
                )
            )
        if follow.school_part:
            lines.append(_tr("The school's part: %1").replace("%1", follow.school_part))
        if follow.support_ended_on:
            lines.append(
                _tr("Support ended on %1.").replace("%1", fmt_date(follow.support_ended_on))
            )
        for review in follow.reviews:
            lines.append(
                (_tr("\u2713 Review at %1 months (%2), done") if review.done
                 else _tr("Review at %1 months, due %2"))
                .replace("%1", str(review.months)).replace("%2", fmt_date(review.due_date))
            )  # fmt: skip
        self.summary.setText("\n".join(lines))
        channel = follow.gateway_outcome is ReferralOutcome.CHANNEL
        self.feedback_box.setVisible(editable)
        self.channel_box.setVisible(editable and channel)
        self.support_box.setVisible(editable and follow.supported)
        if follow.child is not False:
            self.consent_note.setText(_tr(
                "The person is under 18 (or their age is not known): Channel support needs the "
                "consent of a parent or carer."
            ))  # fmt: skip
            self.consent_from.setCurrentIndex(0)
        else:
            self.consent_note.setText(_tr("An adult gives or refuses consent for themselves."))
            self.consent_from.setCurrentIndex(1)

    # ---- recording -----------------------------------------------------------------------
    def _run(self, work: Callable[[], object], *fields: QWidget) -> None:
        if not self.ctx.active or not self.referral_id:
            return
        self.problems.clear()
        try:
            work()
        except ValueError:
            self.problems.banner.show_message(_tr("Type the date as dd/mm/yyyy."))
            return
        except KnownError as exc:
            self.problems.show(exc)
            return
        for w in fields:
            w.clear()  # type: ignore[attr-defined]
        self.saved.emit()

    def save_feedback(self) -> None:
        self._run(
            lambda: rfu.record_feedback(
                self.ctx.vault, self.referral_id, requested_on=self.requested_on.value(),
                received_on=self.received_on.value(), notes=self.feedback_notes.text(),
            ),
            self.requested_on, self.received_on, self.feedback_notes,
        )  # fmt: skip

    def save_consent(self) -> None:
        self._run(
            lambda: rfu.record_channel_consent(
                self.ctx.vault, self.referral_id, str(self.consent.currentData() or ""),
                str(self.consent_from.currentData()), self.consent_on.value(),  # type: ignore[arg-type]
            ),
            self.consent_on,
        )  # fmt: skip

    def add_panel(self) -> None:
        self._run(
            lambda: rfu.add_panel_date(self.ctx.vault, self.referral_id, self.panel_date.value()),  # type: ignore[arg-type]
            self.panel_date,
        )  # fmt: skip

    def save_school_part(self) -> None:
        self._run(
            lambda: rfu.record_school_part(
                self.ctx.vault, self.referral_id, self.school_part.toPlainText()
            ),
            self.school_part,
        )

    def save_support_ended(self) -> None:
        self._run(
            lambda: rfu.record_support_ended(self.ctx.vault, self.referral_id, self.ended_on.value()),  # type: ignore[arg-type]
            self.ended_on,
        )  # fmt: skip

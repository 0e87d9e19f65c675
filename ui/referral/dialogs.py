"""The referral window the case screen opens at the Share step (the decision record window is in
``ui.referral.decision_dialog``, what both share in ``ui.referral.document_dialog``).

``ReferralDialog(ctx, concern_id)``: review the wording of each section, generate the form, see
it, print it, save it, and record when, to whom and how it was sent. It opens on the newest
generated form when there is one. ``DecisionRecordDialog(ctx, concern_id)``: the record of the
latest decision (any outcome), to print or save.

Both call only ``dsl_desktop.services.referrals``; every generation, print and save is an audit
event there. A failure the user can act on is shown in the dialog's banner.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import ui.referral.output as output
from db.errors import KnownError
from dsl_desktop.pdf.referral import referral_plain_text
from dsl_desktop.pdf.text import in_language
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import drafts, referrals
from dsl_desktop.services import referral_checks as rc
from ui.concern.questions import unanswered_text
from ui.i18n import document_language
from ui.operations import unless_busy
from ui.referral.preview import PdfPreview
from ui.referral.review import ReferralReviewPanel
from ui.tasks import run_blocking
from ui.widgets import caption, shade

if TYPE_CHECKING:
    from ui.pages import PageContext
from ui.referral.document_dialog import (
    DocumentActions,
    _DocumentDialog,
    _when,
    text_language,
)
from ui.shared.builders import add_form_rows, button_row, push_button

DRAFT_SAVE_MS = 800


class ReferralDialog(_DocumentDialog):
    """The Prevent referral form of one concern: review, generate, preview, print, save, send.

    Signals ``generated(referral_id)`` and ``sent(referral_id)`` let the case screen refresh.
    """

    generated = Signal(int)
    sent = Signal(int)
    answer_requested = Signal()
    """The DSL chose to go back and answer the questions still open (the Share step shows them)."""

    REVIEW_PAGE, DOCUMENT_PAGE = 0, 1

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        self.setWindowTitle(self.tr("Prevent referral form"))
        self.setAccessibleName(self.tr("Prevent referral form"))
        self.overview: referrals.ReferralOverview | None = None
        self.referral_id: int | None = None
        self._go_on = False
        self.draft_key = f"concern:{concern_id}:referral-wording"
        self.stack = QStackedWidget()
        self.body.addWidget(self.stack)
        self.stack.addWidget(self._build_review_page())
        self.stack.addWidget(self._build_document_page())
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(unless_busy(self._draft_timer, self.save_draft))
        self.review.changed.connect(self._draft_timer.start)
        self.load()

    # ---- building ----------------------------------------------------------------------------
    def _build_review_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.review = ReferralReviewPanel()
        column.addWidget(self.review, 1)
        column.addWidget(self._build_unanswered())
        row = QHBoxLayout()
        self.reset_all_button = QPushButton(self.tr("Reset a&ll to generated"))
        self.show_latest_button = QPushButton(self.tr("Show the last &generated form"))
        self.generate_button = QPushButton(self.tr("Generate the &form"))
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(
            self.tr("Freeze the form as it reads now and show it (Ctrl+Return)")
        )
        generate_shortcut = QShortcut(QKeySequence("Ctrl+Return"), page)
        generate_shortcut.activated.connect(self.generate)
        row.addWidget(self.reset_all_button)
        self.review_copy_all_button, self.review_save_text_button = self._text_buttons(row)
        row.addStretch(1)
        row.addWidget(self.show_latest_button)
        row.addWidget(self.generate_button)
        column.addLayout(row)
        self.reset_all_button.clicked.connect(self.review.reset_all)
        self.show_latest_button.clicked.connect(self.show_latest)
        self.generate_button.clicked.connect(self.generate)
        return page

    def _build_document_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        self.document_actions = DocumentActions(
            self, self.tr("Prevent referral"), self.tr("Prevent referral.pdf")
        )
        self.document_actions.banner = self.banner
        self.document_actions.data_dir = self.ctx.vault.vault.data_dir
        side, column = self._side_panel(self.document_actions)
        self.form_status = QLabel()
        self.form_status.setWordWrap(True)
        self.form_status.setAccessibleName(self.tr("About this version of the form"))
        column.insertWidget(0, self.form_status)
        self.new_version_button = QPushButton(self.tr("Prepare a &new version…"))
        self.new_version_button.setToolTip(
            self.tr("Review the wording again from the case record as it is now")
        )
        column.addWidget(self.new_version_button)
        text_row = QHBoxLayout()
        self.copy_all_button, self.save_text_button = self._text_buttons(text_row)
        text_row.addStretch(1)
        column.addLayout(text_row)
        section_row = QHBoxLayout()
        self.section_choice = QComboBox()
        self.section_choice.setAccessibleName(self.tr("The section to copy"))
        for section, title in self.review.section_titles().items():
            self.section_choice.addItem(title.replace("&", ""), section.value)
        self.copy_section_button = push_button(
            self.tr("Copy the section"), self.tr("Copy the chosen section as plain text")
        )
        section_row.addWidget(self.section_choice, 1)
        section_row.addWidget(self.copy_section_button)
        column.addLayout(section_row)
        self.copy_section_button.clicked.connect(self.copy_section)
        column.addWidget(caption(self.tr(
            "Where your area takes referrals only on the official form or an online portal "
            "(in Wales, online only), copy each section into it: this form is your prepared "
            "copy and the school's record."
        )))  # fmt: skip
        column.addWidget(self._build_sending())
        column.addStretch(1)
        side.setMinimumWidth(300)
        side.setMaximumWidth(420)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        self.document_actions.printed.connect(self._printed)
        self.document_actions.saved.connect(self._saved)
        self.new_version_button.clicked.connect(self.prepare_new_version)
        return splitter

    def _build_unanswered(self) -> QWidget:
        """Shown when Generate is chosen while the form still has open questions."""
        self.unanswered_panel = QFrame()
        shade(self.unanswered_panel, QFrame.Shape.Box)
        self.unanswered_panel.setAccessibleName(self.tr("Questions still unanswered"))
        column = QVBoxLayout(self.unanswered_panel)
        self.unanswered_title = QLabel()
        self.unanswered_title.setWordWrap(True)
        font = self.unanswered_title.font()
        font.setBold(True)
        self.unanswered_title.setFont(font)
        column.addWidget(self.unanswered_title)
        self.unanswered_list = QLabel()
        self.unanswered_list.setWordWrap(True)
        self.unanswered_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.unanswered_list)
        self.go_back_button = push_button(
            self.tr("Go &back and answer them"), self.tr("Go back to the case and answer them")
        )
        self.go_on_button = push_button(
            self.tr("Generate i&t anyway"), self.tr("Generate the form anyway")
        )
        column.addLayout(button_row(self.go_back_button, self.go_on_button))
        self.unanswered_panel.hide()
        self.go_back_button.clicked.connect(self.go_back)
        self.go_on_button.clicked.connect(self.generate_anyway)
        return self.unanswered_panel

    def open_questions(self) -> list[str]:
        """What the form asks that has no answer yet, in the app's language."""
        return [unanswered_text(u) for u in rc.unanswered(self.ctx.vault, self.concern_id)]

    def go_back(self) -> None:
        self.save_draft()
        self.answer_requested.emit()
        self.reject()

    def generate_anyway(self) -> None:
        self._go_on = True
        try:
            self.generate()
        finally:
            self._go_on = False

    def _text_buttons(self, row: QHBoxLayout) -> tuple[QPushButton, QPushButton]:
        copy_all = push_button(
            self.tr("Cop&y all as plain text"), self.tr("Copy the whole form as plain text")
        )
        copy_all.setToolTip(self.tr("Every section, with its heading, for an online form"))
        save_text = push_button(
            self.tr("Save as plain te&xt…"), self.tr("Save the whole form as a plain text file")
        )
        row.addWidget(copy_all)
        row.addWidget(save_text)
        copy_all.clicked.connect(self.copy_all)
        save_text.clicked.connect(self.save_text)
        return copy_all, save_text

    def plain_text(self) -> str:
        """The form as plain text (``pdf.referral.referral_plain_text``): the form on show as
        stored, or on the review page the form as it would be generated with the wording now
        on screen."""
        language = text_language()
        if self.stack.currentIndex() == self.DOCUMENT_PAGE and self.referral_id is not None:
            return referrals.referral_text(self.ctx.vault, self.referral_id, language)
        form = referrals.build_referral_form(self.ctx.vault, self.concern_id)
        form = dataclasses.replace(form, edited=self.review.edited())
        with in_language(language):
            return referral_plain_text(form)

    def copy_section(self) -> str:
        """Copy one section of the form on show, as stored, for one box of an online form."""
        if self.referral_id is None:
            return ""
        self.banner.clear()
        section = ReferralSection(str(self.section_choice.currentData()))
        try:
            texts = referrals.referral_section_texts(
                self.ctx.vault, self.referral_id, text_language()
            )
        except KnownError as exc:
            self.show_error(exc)
            return ""
        text = texts[section][1].strip("\n")
        QApplication.clipboard().setText(text)
        self.banner.show_message(
            self.tr("Copied “%1” to the clipboard.").replace(
                "%1", self.section_choice.currentText()
            ),
            self.tr("Paste it into the matching box of the online form."),
            error=False,
        )
        return text

    def copy_all(self) -> str:
        self.banner.clear()
        try:
            text = self.plain_text()
        except KnownError as exc:
            self.show_error(exc)
            return ""
        QApplication.clipboard().setText(text)
        self.banner.show_message(
            self.tr("The whole form is on the clipboard as plain text."),
            self.tr("Clear the clipboard (copy something else) once you have pasted it."),
            error=False,
        )
        return text

    def save_text(self) -> None:
        self.banner.clear()
        reference = self.overview.reference if self.overview is not None else ""
        try:
            text = self.plain_text()
            path = output.save_text(
                self,
                text,
                self.tr("Prevent referral %1.txt").replace("%1", reference).strip(),
                self.ctx.vault.vault.data_dir,
            )
        except KnownError as exc:
            self.show_error(exc)
            return
        except OSError as exc:
            self.banner.show_message(*self.document_actions.not_saved(exc))
            return
        if path is None:
            return
        self.banner.show_message(
            self.tr("Saved as plain text to %1").replace("%1", str(path)),
            self.tr("A saved copy is not protected by the vault's encryption."),
            error=False,
        )
        if self.referral_id is not None and self.stack.currentIndex() == self.DOCUMENT_PAGE:
            with contextlib.suppress(KnownError):
                referrals.note_saved(self.ctx.vault, self.referral_id)

    def _build_sending(self) -> QGroupBox:
        self.sending = QGroupBox(self.tr("Record sending"))
        self.sending_form = form = QFormLayout(self.sending)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sent_at = QDateTimeEdit()
        self.sent_at.setCalendarPopup(True)
        self.sent_at.setDisplayFormat("d MMM yyyy HH:mm")
        self.sent_at.setAccessibleName(self.tr("When the referral was sent"))
        self.sent_to = QLineEdit()
        self.sent_to.setAccessibleName(self.tr("Who the referral was sent to"))
        self.sent_to.setPlaceholderText(self.tr("for example the police Prevent team's email"))
        self.sent_how = QComboBox()
        self.sent_how.setEditable(True)
        self.sent_how.setAccessibleName(self.tr("How the referral was sent"))
        self.sent_how.addItems(
            [
                self.tr("Secure email"),
                self.tr("Online referral form"),
                self.tr("By hand"),
                self.tr("By post"),
                self.tr("By phone, then the form by secure email"),
            ]
        )
        self.police_reference = QLineEdit()
        self.police_reference.setAccessibleName(self.tr("Police reference"))
        self.police_reference.setPlaceholderText(self.tr("if one was given"))
        add_form_rows(
            form,
            (self.tr("&When sent:"), self.sent_at),
            (self.tr("Sent &to:"), self.sent_to),
            (self.tr("&How sent:"), self.sent_how),
            (self.tr("Police &reference:"), self.police_reference),
        )
        self.record_button = push_button(
            self.tr("Record s&ending"), self.tr("Record that the referral was sent")
        )
        form.addRow("", self.record_button)
        self.sent_summary = QLabel()
        self.sent_summary.setWordWrap(True)
        self.sent_summary.setAccessibleName(self.tr("Sending"))
        form.addRow(self.sent_summary)
        self.record_button.clicked.connect(self.record_sending)
        self.sent_to.textChanged.connect(self._update_record_button)
        return self.sending

    # ---- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        self.banner.clear()
        try:
            self.overview = referrals.referral_overview(self.ctx.vault, self.concern_id)
        except KnownError as exc:
            self.show_error(exc)
            self.stack.hide()
            return
        ov = self.overview
        self.title_label.setText(
            self.tr("Prevent referral for %1 (%2)")
            .replace("%1", ov.person_name)
            .replace("%2", ov.reference)
        )
        self.setWindowTitle(self.tr("Prevent referral form — %1").replace("%1", ov.reference))
        self.document_actions.title = self.tr("Prevent referral %1").replace("%1", ov.reference)
        self.document_actions.file_name = self.tr("Prevent referral %1.pdf").replace(
            "%1", ov.reference
        )
        if not ov.is_referral:
            self.banner.show_message(
                self.tr("This concern's decision is not a Prevent referral."),
                self.tr("Its decision record can be printed or saved from the case."),
            )
            self.stack.hide()
            return
        latest = ov.latest if ov.latest is not None and ov.latest.has_form else None
        self.show_latest_button.setVisible(latest is not None)
        if latest is not None:
            self.show_referral(latest.id)
        elif ov.can_generate:
            self.start_review()
        else:
            self.banner.show_message(
                self.tr("No referral form has been generated for this concern yet."),
                self.tr("The DSL or a deputy generates it at the Share step."),
                error=False,
            )
            self.stack.hide()

    def start_review(self, wording: dict[ReferralSection, str] | None = None) -> None:
        """Show the review page with the wording generated from the case as it is now."""
        try:
            generated = run_blocking(
                lambda: referrals.draft_sections(
                    self.ctx.vault, self.concern_id, document_language()
                )
            )
            draft = drafts.load_draft(self.ctx.vault, self.draft_key)
        except KnownError as exc:
            self.show_error(exc)
            return
        mine = dict(wording or {})
        if draft is not None and isinstance(draft.get("sections"), dict):
            for key, text in draft["sections"].items():
                if key in {s.value for s in ReferralSection} and isinstance(text, str):
                    mine[ReferralSection(key)] = text
            self.banner.show_message(
                self.tr("Your unfinished wording was kept and is shown below."), error=False
            )
        self.review.set_sections(generated, mine)
        self.stack.setCurrentIndex(self.REVIEW_PAGE)
        self.review.focus_first()

    def show_referral(self, referral_id: int) -> None:
        """Show a generated form, exactly as stored."""
        try:
            language = document_language()
            data = run_blocking(
                lambda: referrals.referral_pdf(self.ctx.vault, referral_id, language)
            )
            self.overview = referrals.referral_overview(self.ctx.vault, self.concern_id)
        except KnownError as exc:
            self.show_error(exc)
            return
        self.referral_id = referral_id
        self.stack.setCurrentIndex(self.DOCUMENT_PAGE)
        self.preview.set_pdf(data)
        self.document_actions.set_data(data)
        self.document_actions.clear_status()
        self._show_form_status()

    def show_latest(self) -> None:
        self.save_draft()
        ov = self.overview
        if ov is not None and ov.latest is not None and ov.latest.has_form:
            self.show_referral(ov.latest.id)

    def _show_form_status(self) -> None:
        ov = self.overview
        latest = ov.latest if ov is not None else None
        is_latest = latest is not None and latest.id == self.referral_id
        if latest is None or not is_latest:
            self.form_status.setText(self.tr("An earlier version of the form."))
        else:
            text = (
                self.tr("Generated on %1 by %2 (form %3).")
                .replace("%1", _when(latest.generated_at))
                .replace("%2", latest.generated_by or self.tr("an earlier user"))
                .replace("%3", latest.form_version)
            )
            if latest.edited_sections:
                titles = self.review.section_titles()
                names = ", ".join(titles[s].replace("&", "") for s in latest.edited_sections)
                text += " " + self.tr("In your own words: %1.").replace("%1", names)
            self.form_status.setText(text)
        can_generate = ov is not None and ov.can_generate and not (latest and latest.sent)
        self.new_version_button.setVisible(can_generate)
        self._show_sending(latest if is_latest else None)

    def _show_sending(self, latest: referrals.GeneratedReferral | None) -> None:
        ov = self.overview
        can_record = bool(ov and ov.can_refer and latest is not None and not latest.sent)
        for widget in (self.sent_at, self.sent_to, self.sent_how, self.police_reference):
            widget.setVisible(can_record)
            label = self.sending_form.labelForField(widget)
            if label is not None:
                label.setVisible(can_record)
        self.record_button.setVisible(can_record)
        if latest is not None and latest.sent:
            bits = [
                self.tr("Sent on %1 to %2")
                .replace("%1", _when(latest.sent_at))
                .replace("%2", latest.sent_to)
            ]
            if latest.sent_how:
                bits.append(self.tr("by %1").replace("%1", latest.sent_how))
            text = ", ".join(bits) + "."
            if latest.police_reference:
                text += " " + self.tr("Police reference: %1.").replace(
                    "%1", latest.police_reference
                )
            self.sent_summary.setText(text)
        elif can_record:
            self.sent_summary.setText(
                self.tr("Once the form has gone, record when, to whom and how it was sent.")
            )
            now = QDateTime.currentDateTime()
            self.sent_at.setMaximumDateTime(now.addSecs(300))
            self.sent_at.setDateTime(now)
            if not self.sent_to.text() and ov is not None:
                self.sent_to.setText(ov.suggested_recipient)
        else:
            self.sent_summary.setText(self.tr("Not recorded as sent."))
        self.sending.setVisible(latest is not None)
        self._update_record_button()

    def _update_record_button(self) -> None:
        self.record_button.setEnabled(bool(self.sent_to.text().strip()))

    # ---- actions -----------------------------------------------------------------------------
    def generate(self) -> None:
        if self.stack.currentIndex() != self.REVIEW_PAGE or not self.stack.isVisible():
            return
        edited = self.review.edited()
        self.banner.clear()
        if not self._go_on:
            try:
                still_open = self.open_questions()
            except KnownError as exc:
                self.show_error(exc)
                return
            if still_open:
                self.unanswered_title.setText(
                    self.tr("1 question the form asks has no answer yet:")
                    if len(still_open) == 1
                    else self.tr("%1 questions the form asks have no answer yet:").replace(
                        "%1", str(len(still_open))
                    )
                )
                self.unanswered_list.setText("\n".join("\u2022 " + q for q in still_open))
                self.unanswered_panel.show()
                self.go_back_button.setFocus()
                return
        self.unanswered_panel.hide()
        try:
            referral_id = run_blocking(
                lambda: referrals.generate_referral(
                    self.ctx.vault, self.concern_id, edited, language=document_language()
                )
            )
        except KnownError as exc:
            self.show_error(exc)
            return
        self._draft_timer.stop()
        # The form is safe; a draft left behind would only be offered again next time.
        with contextlib.suppress(KnownError):
            drafts.discard_draft(self.ctx.vault, self.draft_key)
        self.show_latest_button.setVisible(True)
        self.show_referral(referral_id)
        self.generated.emit(referral_id)

    def prepare_new_version(self) -> None:
        wording: dict[ReferralSection, str] = {}
        if self.referral_id is not None:
            try:
                wording = dict(
                    referrals.stored_referral_form(self.ctx.vault, self.referral_id).edited
                )
            except KnownError as exc:
                self.show_error(exc)
                return
        self.banner.clear()
        self.start_review(wording)

    def record_sending(self) -> None:
        if self.referral_id is None:
            return
        when = self.sent_at.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        referral_id = self.referral_id
        self.banner.clear()
        try:
            referrals.record_sent(
                self.ctx.vault,
                referral_id,
                when.replace(second=0, microsecond=0),
                self.sent_to.text(),
                self.sent_how.currentText(),
                self.police_reference.text(),
            )
            self.overview = referrals.referral_overview(self.ctx.vault, self.concern_id)
        except KnownError as exc:
            self.show_error(exc)
            return
        self._show_form_status()
        self.sent.emit(referral_id)

    def _printed(self, pages: int) -> None:
        if self.referral_id is not None:
            try:
                referrals.note_printed(self.ctx.vault, self.referral_id, pages)
            except KnownError as exc:
                self.show_error(exc)

    def _saved(self, _path: str) -> None:
        if self.referral_id is not None:
            try:
                referrals.note_saved(self.ctx.vault, self.referral_id)
            except KnownError as exc:
                self.show_error(exc)

    def save_draft(self) -> None:
        """Keep changed wording that has not been generated yet (it survives a lock)."""
        self._draft_timer.stop()
        if not self.ctx.active or self.overview is None or not self.overview.can_generate:
            return
        if self.stack.currentIndex() != self.REVIEW_PAGE:
            return
        edited = {s.value: text for s, text in self.review.edited().items()}
        try:
            if edited:
                drafts.save_draft(self.ctx.vault, self.draft_key, {"sections": edited})
            else:
                drafts.discard_draft(self.ctx.vault, self.draft_key)
        except KnownError:
            pass  # a draft is a convenience: the wording is still on screen

    def _locking(self, reason: str) -> None:
        self.save_draft()
        super()._locking(reason)

    def done(self, result: int) -> None:
        self.save_draft()
        super().done(result)

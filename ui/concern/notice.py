"""The Notice step: recording a new concern, and showing the recorded one in the case view.

The first question is always whether anyone is in immediate danger. Answering yes tells the
user plainly to call 999 now, and asks what was done and when.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop import referral_fields
from dsl_desktop.domain import NeedStatus, Stage
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.catalogue import CatalogueEntry, list_catalogue
from dsl_desktop.services.people import now as people_now
from dsl_desktop.workflow import (
    NOT_YET_KNOWN,
    CaseFacts,
    Requirement,
    StageRuleError,
    is_blank,
    missing_for,
)
from ui.concern.steps import StepBar
from ui.i18n import core_text, current_language
from ui.people.picker import PersonPicker
from ui.shared.builders import push_button, scroll_body, section
from ui.shared.choices import CheckList, Choice
from ui.shared.date_fields import DateTimeEdit, fmt_datetime
from ui.shared.draft_saving import DraftKeeper, FormState
from ui.shared.forms import (
    Collapsible,
    add_banner,
    bold_label,
    line_edit,
    submit_shortcut,
    text_edit,
    value_label,
    value_rows,
)
from ui.shared.labels import referral_field_label
from ui.widgets import caption, heading, shade

if TYPE_CHECKING:
    from ui.pages import PageContext

NEW_DRAFT_KEY = "concern:new"


def indicator_groups(entries: list[CatalogueEntry]) -> list[tuple[str, list[tuple[str, str]]]]:
    groups: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    language = current_language()
    for e in entries:
        key = e.group or ""
        if key not in groups:
            groups[key] = (e.group_label_in(language) or e.group, [])
        groups[key][1].append((e.code, e.label_in(language)))
    return list(groups.values())


class EmergencyPanel(QFrame):
    """Shown as soon as someone answers yes to immediate danger: call 999 now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shade(self, QFrame.Shape.Box, 2)
        row = QHBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        column = QVBoxLayout()
        self.title = heading(self.tr("Call 999 now."), 6)
        column.addWidget(self.title)
        self.text = QLabel(
            self.tr(
                "If anyone is in immediate danger, phone the police (or an ambulance) before you "
                "do anything else, then tell your DSL. Come back afterwards and record below what "
                "was done, by whom, and when."
            )
        )
        self.text.setWordWrap(True)
        column.addWidget(self.text)
        row.addLayout(column, 1)
        self.setAccessibleName(self.tr("Call 999 now"))
        self.setAccessibleDescription(self.text.text())


class NoticeForm(QWidget):
    """A new concern. ``recorded(concern_id)`` once it is saved; ``closed()`` on Cancel."""

    recorded = Signal(int)
    closed = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = FormState(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Record a new concern"), 6), 1)
        outer.addLayout(top)
        self.steps = StepBar()
        self.steps.set_progress(Stage.NOTICE, None, False)
        for key, button in self.steps.buttons.items():
            button.setEnabled(key == "notice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.select("notice")
        outer.addWidget(self.steps)
        steps = caption(
            self.tr(
                "Step 1 of 4, Notice: write down what was seen or heard today, in the person's "
                "own words where something was said. Facts and opinions are kept apart. Your "
                "typing is kept as a draft until the concern is recorded."
            )
        )
        outer.addWidget(steps)
        self.banner, self.problems = add_banner(outer)
        self.draft_note = QWidget()
        note_row = QHBoxLayout(self.draft_note)
        note_row.setContentsMargins(0, 0, 0, 0)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        note_row.addWidget(self.draft_label, 1)
        self.discard_button = push_button(
            self.tr("Discard the draft and start a&gain"),
            self.tr("Discard the draft and start again"),
        )
        note_row.addWidget(self.discard_button)
        self.draft_note.hide()
        outer.addWidget(self.draft_note)

        scroll = QScrollArea()
        self.scroll_area = scroll
        body = scroll_body(scroll, margins=(0, 0, 8, 0))
        outer.addWidget(scroll, 1)
        p = self.problems

        # 1. Immediate danger --------------------------------------------------------------------
        danger_box = QGroupBox(self.tr("First: is anyone in immediate danger?"))
        danger_box.setAccessibleName(self.tr("Is anyone in immediate danger?"))
        danger_form = QFormLayout(danger_box)
        self.danger = Choice(
            [("yes", self.tr("&Yes, someone is in danger now")), ("no", self.tr("N&o"))],
            self.tr("Is anyone in immediate danger?"),
        )
        p.row(danger_form, self.tr("Immediate danger:"), self.danger, "immediate_danger",
              buddy=self.danger.first_button())  # fmt: skip
        self.emergency_panel = EmergencyPanel()
        danger_form.addRow(self.emergency_panel)
        self.emergency_action = text_edit(
            self.tr("What was done, such as the 999 call, and by whom"), 3
        )
        self.emergency_action.setPlaceholderText(
            self.tr("For example: Mrs Evans called 999; police attended at 10:40.")
        )
        self.emergency_action_label = p.row(
            danger_form, self.tr("What was &done:"), self.emergency_action, "emergency_action"
        )
        self.emergency_at = DateTimeEdit(self.tr("When the emergency action was taken"))
        self.emergency_at_label = p.row(
            danger_form, self.tr("&When it was done:"), self.emergency_at, "emergency_at"
        )
        self.danger_form = danger_form
        body.addWidget(danger_box)

        # 2. The person ------------------------------------------------------------------------
        person_box = QGroupBox(self.tr("Who is the concern about?"))
        person_form = QFormLayout(person_box)
        person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.person = PersonPicker(ctx)
        p.row(person_form, self.tr("&Person:"), self.person, "person", buddy=self.person.search)
        body.addWidget(person_box)

        # 3. What was noticed -----------------------------------------------------------------
        what_box = QGroupBox(self.tr("What was noticed"))
        form = QFormLayout(what_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.noticed_by = line_edit(
            self.tr("Who noticed it"),
            self.tr("name and role, for example Mr Rhys Evans, form tutor"),
        )
        p.row(form, self.tr("Noticed &by:"), self.noticed_by, "noticed_by")
        self.noticed_at = DateTimeEdit(self.tr("When it was noticed"))
        p.row(form, self.tr("Whe&n:"), self.noticed_at, "noticed_at")
        self.location = line_edit(self.tr("Where"), self.tr("for example the dining hall"))
        p.row(form, self.tr("W&here:"), self.location, "location")
        self.account = text_edit(self.tr("What was seen or heard"), 6)
        self.account.setPlaceholderText(
            self.tr(
                "Write exactly what was said, in quotation marks, and what was seen. "
                "Keep your own opinion out, or label it as opinion."
            )  # fmt: skip
        )
        p.row(form, self.tr("What was &seen or heard:"), self.account, "account")
        self.others_present = line_edit(self.tr("Who else was present"))
        p.row(form, self.tr("Who &else was present:"), self.others_present, "others_present")
        body.addWidget(what_box)

        # 4. Indicators and category -----------------------------------------------------------------
        kind_box, kind_layout = section(
            self.tr("Signs noticed and type of concern"),
            self.tr(
                "Tick what applies. A sign on its own proves nothing; it helps the DSL see "
                "the whole picture."
            ),
        )
        self.indicators = CheckList(self.tr("Signs noticed"), columns=2)
        kind_layout.addWidget(self.indicators)
        category_form = QFormLayout()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Type of concern"))
        p.row(category_form, self.tr("&Type of concern:"), self.category, "category")
        kind_layout.addLayout(category_form)
        kind_layout.addWidget(
            caption(
                self.tr(
                    "Choose \u201cNot yet known\u201d if it is not clear yet; the DSL "
                    "can change it later."
                )
            )  # fmt: skip
        )
        p.fields["indicators"] = (self.indicators, p.fields["category"][1])
        body.addWidget(kind_box)

        # 5. More detail for a referral ---------------------------------------------------------------
        more = QWidget()
        more_form = QFormLayout(more)
        more_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        more_form.addRow(
            caption(
                self.tr(
                    "Fill in what you know now; it goes onto the Prevent referral form if one "
                    "is made. Everything here can be added later too."
                )
            )
        )
        self.details: dict[str, Any] = {}
        for fld in referral_fields.fields_for(ReferralSection.CONCERN):
            label = referral_field_label(fld.label)
            edit = text_edit(label, 2)
            if fld.help:
                edit.setPlaceholderText(referral_field_label(fld.help))
                edit.setToolTip(referral_field_label(fld.help))
            p.row(more_form, label + ":", edit, f"details.{fld.key}")
            self.details[fld.key] = edit
        self.more = Collapsible(self.tr("&More detail for a referral"), more)
        body.addWidget(self.more)
        body.addStretch(1)

        # buttons -----------------------------------------------------------------------------------
        buttons = QHBoxLayout()
        self.cancel_button = push_button(
            self.tr("Bac&k to the list"), self.tr("Back to the list; the draft is kept")
        )
        self.cancel_button.setToolTip(self.tr("What you typed is kept as a draft"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Draft status"))
        self.submit_button = push_button(
            self.tr("Record the concern"), self.tr("Record the concern")
        )
        self.submit_button.setToolTip(
            self.tr("Record the concern and go on to Check (Ctrl+Return)")
        )
        self.submit_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)
        submit_shortcut(self, self.submit)

        # state and drafts --------------------------------------------------------------------------
        self._load_catalogues()
        s = self.state
        s.add("immediate_danger", self.danger)
        s.add("emergency_action", self.emergency_action)
        s.add("emergency_at", self.emergency_at)
        s.add_value("person", self.person.state, self.person.restore)
        self.person.chosen.connect(s.changed)
        s.add("person_search", self.person.search)
        s.add("noticed_by", self.noticed_by)
        s.add("noticed_at", self.noticed_at)
        s.add("location", self.location)
        s.add("account", self.account)
        s.add("others_present", self.others_present)
        s.add("indicators", self.indicators)
        s.add("category", self.category)
        for key, edit in self.details.items():
            s.add(f"details.{key}", edit)
        s.add_value("more_open", self.more.is_open, lambda v: self.more.set_open(bool(v)))
        self.drafts = DraftKeeper(ctx, NEW_DRAFT_KEY, s, self)
        self.drafts.saved.connect(self._draft_saved)
        self.danger.changed.connect(self._danger_changed)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.leave)
        self.discard_button.clicked.connect(self.start_again)
        self._danger_changed()

    # ---- set-up ------------------------------------------------------------------------------
    def _load_catalogues(self) -> None:
        try:
            indicators = list_catalogue(self.ctx.vault, "indicator")
            categories = list_catalogue(self.ctx.vault, "category")
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.indicators.set_items(indicator_groups(indicators))
        for entry in categories:
            self.category.addItem(entry.label_in(current_language()), entry.code)
        index = self.category.findData(NOT_YET_KNOWN)
        self.category.setCurrentIndex(max(0, index))

    def restore_draft(self) -> bool:
        """Put back a draft kept from last time; True if there was one."""
        data = self.drafts.load()
        if not data:
            return False
        self.drafts.quietly(lambda: self.state.restore(data))
        self._danger_changed()
        self.draft_label.setText(
            self.tr(
                "This is the unfinished concern you were recording; carry on where you left off."
            )
        )
        self.draft_note.show()
        return True

    def start_again(self) -> None:
        self.drafts.discard()
        self.closed.emit()
        page = self.parent()
        while page is not None and not hasattr(page, "open_new"):
            page = page.parent()
        if page is not None:
            page.open_new()

    def _danger_changed(self) -> None:
        yes = self.danger.value() == "yes"
        self.emergency_panel.setVisible(yes)
        for widget in (self.emergency_action, self.emergency_at):
            row = widget.parentWidget()
            if row is not None:
                self.danger_form.setRowVisible(row, yes)

    def _draft_saved(self) -> None:
        self.status.setText(
            self.tr("Draft kept at %1").replace("%1", fmt_datetime(people_now())[-5:])
        )

    def first_field(self) -> QWidget:
        return self.danger.first_button()

    # ---- submitting ----------------------------------------------------------------------------
    def notice_input(self) -> cs.NoticeInput:
        danger = self.danger.value()
        immediate = None if danger is None else danger == "yes"
        details = {
            key: edit.toPlainText().strip()
            for key, edit in self.details.items()
            if edit.toPlainText().strip()
        }
        return cs.NoticeInput(
            person_id=self.person.person_id or 0,
            noticed_by=self.noticed_by.text(),
            noticed_at=self.noticed_at.value(),
            account=self.account.toPlainText(),
            immediate_danger=immediate,
            location=self.location.text(),
            others_present=self.others_present.text(),
            indicators=tuple(self.indicators.value()),
            category=str(self.category.currentData() or NOT_YET_KNOWN),
            emergency_action=self.emergency_action.toPlainText() if immediate else "",
            emergency_at=self.emergency_at.value() if immediate else None,
            details=details,
        )

    def _precheck(self, notice: cs.NoticeInput) -> list[Requirement]:
        facts = CaseFacts(
            has_person=bool(notice.person_id),
            noticed_at=notice.noticed_at,
            account=notice.account,
            immediate_danger=notice.immediate_danger,
            emergency_action=notice.emergency_action,
            category=notice.category,
        )
        problems = list(missing_for(Stage.NOTICE, facts))
        if is_blank(notice.noticed_by):
            problems.insert(
                1 if problems and problems[0].code == "person_missing" else 0,
                Requirement("noticed_by_missing", self.tr("Record who noticed the concern.")),
            )
        return problems

    def submit(self) -> None:
        if not self.ctx.active:
            return
        notice = self.notice_input()
        problems = self._precheck(notice)
        if problems:
            self.problems.show_list([(r.code, core_text(r.text, self.tr)) for r in problems])
            return
        try:
            ref = cs.create_concern(self.ctx.vault, notice)
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.drafts.discard()
        # If this fails, the case view shows what is missing and offers the move again.
        with contextlib.suppress(KnownError, StageRuleError):
            cs.move_to(self.ctx.vault, ref.id, Stage.CHECK)
        self.recorded.emit(ref.id)

    def leave(self) -> None:
        self.drafts.flush()
        self.closed.emit()


class NoticeSummary(QWidget):
    """The recorded Notice step of a concern, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.danger_label = bold_label("")
        self.danger_label.setAccessibleName(self.tr("Immediate danger"))
        layout.addWidget(self.danger_label)
        box = QGroupBox(self.tr("What was noticed"))
        self.form = QFormLayout(box)
        # AllNonFixed: the values are word-wrapped labels (Preferred width), which
        # ExpandingFieldsGrow left at their narrow size hint, cutting long accounts short.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values = value_rows(
            self.form,
            ("person", self.tr("Person:")),
            ("noticed_by", self.tr("Noticed by:")),
            ("noticed_at", self.tr("When:")),
            ("location", self.tr("Where:")),
            ("account", self.tr("What was seen or heard:")),
            ("others_present", self.tr("Who else was present:")),
            ("indicators", self.tr("Signs noticed:")),
            ("category", self.tr("Type of concern:")),
            ("recorded", self.tr("Recorded:")),
        )
        font = QFont(self.values["account"].font())
        font.setItalic(True)
        self.values["account"].setFont(font)
        layout.addWidget(box)
        self.details_box = QGroupBox(self.tr("More detail for a referral"))
        self.details_form = QFormLayout(self.details_box)
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # The row labels here are long questions. QFormLayout gives a label column one line of
        # height whatever its text wraps to, so they stay on one line; a row whose label leaves
        # its answer too little room puts the answer underneath instead.
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.details_box)
        layout.addStretch(1)

    def show_case(
        self,
        view: cs.CaseView,
        indicator_labels: Mapping[str, str],
        category_labels: Mapping[str, str],
    ) -> None:
        if view.immediate_danger:
            when = fmt_datetime(view.emergency_at)
            self.danger_label.setText(
                self.tr("\u26a0 Someone was in immediate danger. Action taken (%1): %2")
                .replace("%1", when)
                .replace("%2", view.emergency_action)
            )
        elif view.immediate_danger is False:
            self.danger_label.setText(self.tr("Nobody was in immediate danger."))
        else:
            self.danger_label.setText(self.tr("Immediate danger was not answered."))
        from ui.people.picker import describe

        v = self.values
        v["person"].setText(f"{view.person.full_name} ({describe(view.person)})")
        v["noticed_by"].setText(view.noticed_by)
        v["noticed_at"].setText(fmt_datetime(view.noticed_at))
        v["location"].setText(view.location or self.tr("Not recorded"))
        v["account"].setText(view.account)
        v["others_present"].setText(view.others_present or self.tr("Nobody recorded"))
        v["indicators"].setText(
            "\n".join("\u2022 " + indicator_labels.get(c, c) for c in view.indicators)
            or self.tr("None ticked")
        )
        v["category"].setText(category_labels.get(view.category, view.category))
        v["recorded"].setText(
            self.tr("%1 by %2")
            .replace("%1", fmt_datetime(view.recorded_at))
            .replace("%2", view.recorded_by)
        )
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        shown = 0
        for fld in referral_fields.FIELDS:
            text = referral_fields.text_value(view.details, fld.key)
            if fld.kind is referral_fields.FieldKind.ANSWER:
                answer = referral_fields.answer_value(view.details, fld.key)
                extra = referral_fields.text_value(view.details, fld.details_key or "")
                from ui.shared.labels import answer_label

                text = " \u2014 ".join(
                    t for t in (answer_label(answer) if answer else "", extra) if t
                )
            if fld.kind is referral_fields.FieldKind.NEED and not text:
                status = referral_fields.need_status(view.details, fld.key)
                text = self.tr("None known") if status is NeedStatus.NONE_KNOWN else ""
            if not text:
                continue
            shown += 1
            row_label = bold_label(referral_field_label(fld.label) + ":")
            row_label.setWordWrap(False)
            self.details_form.addRow(row_label, value_label(text, referral_field_label(fld.label)))
        if not shown:
            self.details_form.addRow(
                caption(
                    self.tr(
                        "None recorded yet. The referral form's questions are asked at the "
                        "Check step and in \u201cBefore you refer\u201d at Share; other details "
                        "can be added from the History step with \u201cAmend or add…\u201d."
                    )
                )
            )

"""The questions the Prevent referral form asks that Notice and Check do not: the checks already
made and the complex needs, each answered on purpose; the parallel referral; the immediate-risk
statement (a 999 call can be recorded at any step); and the "Before you refer" panel on Share.

Everything is read with ``referral_checks.before_referral`` and written with its ``record_*``
functions, one audited call per answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop import referral_fields as rf
from dsl_desktop.domain import Answer, NeedStatus, ParallelRoute
from dsl_desktop.services import referral_checks as rc
from dsl_desktop.services.people import InvalidInput
from ui.i18n import core_text
from ui.shared.builders import button_row, push_button
from ui.shared.choices import Choice
from ui.shared.date_fields import DateTimeEdit, OptionalDateEdit, fmt_date, fmt_datetime
from ui.shared.draft_saving import DraftKeeper, FormState
from ui.shared.forms import (
    Banner,
    ErrorLabel,
    Problems,
    add_banner,
    bold_label,
    line_edit,
    text_edit,
    value_label,
)
from ui.shared.labels import referral_field_label
from ui.widgets import caption

if TYPE_CHECKING:
    from ui.pages import PageContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralQuestions", text)


def check_options() -> list[tuple[str, str]]:
    return [
        (Answer.YES.value, _tr("Yes")),
        (Answer.NO.value, _tr("No")),
        (Answer.UNCLEAR.value, _tr("Not known")),
    ]


def need_options() -> list[tuple[str, str]]:
    return [
        (NeedStatus.PRESENT.value, _tr("Yes, known or suspected")),
        (NeedStatus.NONE_KNOWN.value, _tr("None known")),
    ]


def route_label(route: ParallelRoute) -> str:
    labels = {
        ParallelRoute.CHILDRENS_SOCIAL_CARE: _tr("Children's social care or the MASH"),
        ParallelRoute.EARLY_HELP: _tr("Early help"),
        ParallelRoute.LADO: _tr("Local authority designated officer (LADO)"),
        ParallelRoute.ADULT_SOCIAL_CARE: _tr("Adult social care"),
        ParallelRoute.OTHER: _tr("Another safeguarding route"),
        ParallelRoute.NONE: _tr("No parallel referral (say why)"),
    }
    return labels[ParallelRoute(route)]


def unanswered_text(item: rc.Unanswered) -> str:
    """One open question in the app's language (the core gives English source text)."""
    kind, _, key = item.key.partition(".")
    if kind in ("check", "need") and key in rf.BY_KEY:
        return referral_field_label(rf.BY_KEY[key].label)
    if kind == "alternative":
        explanation = item.question.partition("\u201c")[2].rpartition("\u201d")[0]
        return _tr("How \u201c%1\u201d was explored and what was concluded").replace(
            "%1", explanation
        )
    texts = {
        "parallel_referral": _tr("The referral made alongside this one (or why none was made)"),
        "referrer.direct_phone": _tr("Your direct phone (Settings, Accounts)"),
        "referrer.work_email": _tr("Your professional email address (Settings, Accounts)"),
        "alternative_contact": _tr(
            "Another DSL or deputy to contact when you are away (Settings, Accounts)"
        ),
    }
    return texts.get(item.key, item.question)


class _Question(QWidget):
    """One question: its label, a deliberate answer, and details."""

    def __init__(
        self, key: str, label: str, options: Sequence[tuple[str, str]], help_text: str = ""
    ) -> None:
        super().__init__()
        self.key = key
        self.label_text = label
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(2)
        self.title = bold_label(label)
        column.addWidget(self.title)
        if help_text:
            column.addWidget(caption(help_text))
        self.state_note = caption("")
        self.state_note.setAccessibleName(_tr("Answered so far"))
        column.addWidget(self.state_note)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.choice = Choice(options, label)
        self.title.setBuddy(self.choice.first_button())
        row.addWidget(self.choice)
        self.details = QLineEdit()
        self.details.setAccessibleName(_tr("Details: %1").replace("%1", label))
        self.details.setPlaceholderText(_tr("details"))
        self.details.setMaxLength(2000)
        row.addWidget(self.details, 1)
        column.addLayout(row)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        self.loaded: tuple[str | None, str] = (None, "")

    def load(self, value: str | None, details: str, note: str) -> None:
        """Show the answer on record; an answer typed but not saved yet is kept on screen."""
        pending = self.changed() or (self.choice.value() is None and bool(self.value()[1]))
        self.loaded = (value, details)
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))
        if pending:
            return
        self.choice.set_value(value)
        self.details.setText(details)

    def value(self) -> tuple[str | None, str]:
        return self.choice.value(), self.details.text().strip()

    def changed(self) -> bool:
        value, details = self.value()
        return value is not None and (value, details) != (self.loaded[0], self.loaded[1].strip())


class ReferralQuestions(QGroupBox):
    """The checks already made and the complex needs, each with yes / no / not known (or
    present / none known) and details. ``only_open`` shows just those not answered yet."""

    saved = Signal()

    def __init__(
        self, ctx: PageContext, concern_id: int, *, only_open: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.only_open = only_open
        self.setTitle(
            _tr("Still to answer for the form") if only_open
            else _tr("Questions the referral form asks")
        )  # fmt: skip
        self.setAccessibleName(self.title())
        column = QVBoxLayout(self)
        if not only_open:
            column.addWidget(caption(_tr(
                "Answer each one on purpose. \u201cNot known\u201d and \u201cNone known\u201d "
                "are answers; a question left blank shows as not asked yet, and generating "
                "the form lists it."
            )))  # fmt: skip
        self.banner, self.problems = add_banner(column)
        self.checks_title = bold_label(_tr("Checks already made"))
        column.addWidget(self.checks_title)
        self.questions: dict[str, _Question] = {}
        for key in rf.CHECK_KEYS:
            fld = rf.BY_KEY[key]
            q = _Question(key, referral_field_label(fld.label), check_options(),
                          referral_field_label(fld.help) if fld.help else "")  # fmt: skip
            self.questions[f"check.{key}"] = q
            column.addWidget(q)
        self.needs_title = bold_label(_tr("Complex needs and vulnerabilities"))
        column.addWidget(self.needs_title)
        for key in rf.NEED_KEYS:
            fld = rf.BY_KEY[key]
            q = _Question(key, referral_field_label(fld.label), need_options())
            self.questions[f"need.{key}"] = q
            column.addWidget(q)
        for name, q in self.questions.items():
            self.problems.bind(name, q.details, q.error)
        row = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        row.addWidget(self.result, 1)
        self.save_button = push_button(
            _tr("Save the answers"), _tr("Save the answers to the form's questions")
        )
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.state = FormState(self)
        for name, q in self.questions.items():
            self.state.add(f"{name}.answer", q.choice)
            self.state.add(f"{name}.details", q.details)
        suffix = "open" if only_open else "all"
        self.drafts = DraftKeeper(ctx, f"concern:{concern_id}:form-questions-{suffix}",
                                  self.state, self)  # fmt: skip
        self._restored = False
        self.save_button.clicked.connect(self.save)
        self.before: rc.BeforeReferral | None = None

    def show_state(self, before: rc.BeforeReferral, editable: bool) -> None:
        self.before = before
        open_keys = {u.key for u in before.unanswered}

        def fill() -> None:
            for state in before.checks:
                q = self.questions[f"check.{state.key}"]
                if state.automatic:
                    note = _tr("Answered for you: %1 You can answer it yourself instead.").replace(
                        "%1", _lead_note(state.details)
                    )
                elif state.answer is None:
                    note = _tr("Not asked yet.")
                else:
                    note = ""
                q.load(state.answer.value if state.answer else None,
                       "" if state.automatic else state.details, note)  # fmt: skip
                q.setVisible(state.applies and (not self.only_open or
                                                f"check.{state.key}" in open_keys))  # fmt: skip
            for need in before.needs:
                q = self.questions[f"need.{need.key}"]
                q.load(need.status.value if need.status else None, need.details,
                       _tr("Not asked yet.") if need.status is None else "")  # fmt: skip
                q.setVisible(not self.only_open or f"need.{need.key}" in open_keys)
            if not self._restored:
                self._restored = True
                self.drafts.restore()

        self.drafts.quietly(fill)
        any_check = any(q.isVisibleTo(self) for n, q in self.questions.items()
                        if n.startswith("check."))  # fmt: skip
        any_need = any(q.isVisibleTo(self) for n, q in self.questions.items()
                       if n.startswith("need."))  # fmt: skip
        self.checks_title.setVisible(any_check)
        self.needs_title.setVisible(any_need)
        self.save_button.setVisible(editable and (any_check or any_need))
        for q in self.questions.values():
            q.setEnabled(editable)
        if self.only_open:
            self.setVisible(any_check or any_need)

    def save(self) -> int:
        """Record every answer given or changed; returns how many were recorded."""
        if not self.ctx.active or self.before is None:
            return 0
        self.problems.clear()
        saved = 0
        problems: list[tuple[str, str]] = []
        for name, q in self.questions.items():
            if not q.isVisibleTo(self) or not q.changed():
                continue
            value, details = q.value()
            assert value is not None
            try:
                if name.startswith("check."):
                    rc.record_check(self.ctx.vault, self.concern_id, q.key, Answer(value), details)
                else:
                    rc.record_need(
                        self.ctx.vault, self.concern_id, q.key, NeedStatus(value), details
                    )
            except InvalidInput as exc:
                problems.extend(
                    (name, f"{q.label_text}: {core_text(p.text, _tr)}") for p in exc.problems
                )
                continue
            except KnownError as exc:
                self.problems.show(exc)
                return saved
            saved += 1
        if problems:
            self.problems.show_list(problems)
        else:
            self.drafts.discard()
        self.result.setText(
            _tr("Nothing new to save.") if not saved and not problems
            else _tr("Saved %1 answers.").replace("%1", str(saved)) if saved != 1
            else _tr("Saved 1 answer.")
        )  # fmt: skip
        if saved:
            self.saved.emit()
        return saved


_LEAD_NOTES = (
    QT_TRANSLATE_NOOP(
        "ReferralQuestions", "The referrer is the school's designated safeguarding lead."
    ),
    QT_TRANSLATE_NOOP(
        "ReferralQuestions", "The referrer is a deputy designated safeguarding lead."
    ),
)  # the texts of ``rc.AUTOMATIC_LEAD_DETAILS``, for the translation catalogue


def _lead_note(details: str) -> str:
    if details in rc.AUTOMATIC_LEAD_DETAILS.values():
        return QCoreApplication.translate("ReferralQuestions", details)
    return details


class ParallelReferralForm(QGroupBox):
    """The safeguarding referral made alongside Prevent: route, date, reference; or none, and
    why. Only the routes that fit the person are offered (the LADO for staff...)."""

    saved = Signal()

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(_tr("The parallel referral"), parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.setAccessibleName(self.title())
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.recorded = value_label("", _tr("Parallel referrals recorded"))
        form.addRow(self.recorded)
        self.banner = Banner()
        form.addRow(self.banner)
        self.problems = Problems(self.banner)
        self.route = QComboBox()
        self.route.setAccessibleName(_tr("Where the parallel referral went"))
        self.problems.row(form, _tr("Route:"), self.route, "route")
        self.made_on = OptionalDateEdit(_tr("Date the parallel referral was made"))
        self.problems.row(form, _tr("Date made:"), self.made_on, "made_on")
        self.reference = line_edit(_tr("Their reference"), _tr("if one was given"))
        self.problems.row(form, _tr("Their reference:"), self.reference, "reference")
        self.notes = line_edit(_tr("Notes, or why no parallel referral was made"))
        self.problems.row(form, _tr("Notes:"), self.notes, "route_none")
        self.problems.aliases.update({"route_none_reason": "route_none", "made_on_missing":
                                      "made_on", "route_misfit": "route"})  # fmt: skip
        self.button = QPushButton(_tr("Record the parallel referral"))
        self.button.setAccessibleName(self.button.text())
        form.addRow("", self.button)
        self.button.clicked.connect(self.save)

    def show_state(self, before: rc.BeforeReferral, editable: bool) -> None:
        current = self.route.currentData()
        self.route.clear()
        for route in before.fitting_routes:
            self.route.addItem(route_label(route), route.value)
        index = self.route.findData(current)
        self.route.setCurrentIndex(max(0, index))
        lines = []
        for p in before.parallel:
            bits = [route_label(p.route)]
            if p.made_on:
                bits.append(_tr("made on %1").replace("%1", fmt_date(p.made_on)))
            if p.reference:
                bits.append(_tr("reference %1").replace("%1", p.reference))
            line = ", ".join(bits)
            if p.notes:
                line += f" \u2014 {p.notes}"
            lines.append("\u2022 " + line)
        self.recorded.setText("\n".join(lines) or _tr("None recorded yet."))
        for w in (self.route, self.made_on, self.reference, self.notes, self.button):
            w.setEnabled(editable)

    def save(self) -> None:
        if not self.ctx.active:
            return
        self.problems.clear()
        try:
            made_on = self.made_on.value()
        except ValueError:
            self.problems.show_list([("made_on", _tr("Type the date as dd/mm/yyyy."))])
            return
        try:
            rc.record_parallel_referral(
                self.ctx.vault, self.concern_id, str(self.route.currentData()),
                made_on=made_on, reference=self.reference.text(), notes=self.notes.text(),
            )  # fmt: skip
        except KnownError as exc:
            self.problems.show(exc)
            return
        for w in (self.made_on, self.reference, self.notes):
            w.clear()
        self.saved.emit()


class ImmediateRiskBox(QGroupBox):
    """The immediate-risk statement, and a 999 call recorded when it happens, at any step. It
    never changes the stage: a referral can still be made after the call."""

    saved = Signal()

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Immediate risk"), parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.setAccessibleName(self.title())
        column = QVBoxLayout(self)
        self.statement = value_label("", _tr("The immediate-risk statement"))
        column.addWidget(self.statement)
        self.banner, self.problems = add_banner(column)
        self.call_button = push_button(
            _tr("Record a 999 call…"), _tr("Record a 999 call or other emergency action")
        )
        self.none_button = push_button(
            _tr("None identified at the time"), _tr("Record that no immediate risk was identified")
        )
        column.addLayout(button_row(self.call_button, self.none_button))
        self.call_form = QWidget()
        form = QFormLayout(self.call_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(caption(_tr(
            "If someone is in danger now, call 999 first. Then record what was done; the concern "
            "stays where it is, and a referral can still follow."
        )))  # fmt: skip
        self.action = text_edit(_tr("What was done, such as the 999 call, and by whom"), 2)
        self.problems.row(form, _tr("What was done:"), self.action, "emergency_action")
        self.at = DateTimeEdit(_tr("When the emergency action was taken"))
        self.problems.row(form, _tr("When:"), self.at, "emergency_at")
        self.save_button = QPushButton(_tr("Record the emergency action"))
        self.save_button.setAccessibleName(self.save_button.text())
        form.addRow("", self.save_button)
        self.call_form.hide()
        column.addWidget(self.call_form)
        self.call_button.clicked.connect(self.open_call_form)
        self.save_button.clicked.connect(lambda: self.save(True))
        self.none_button.clicked.connect(lambda: self.save(False))

    def open_call_form(self) -> None:
        self.call_form.show()
        self.action.setFocus()

    def show_state(self, risk: rc.ImmediateRisk, editable: bool) -> None:
        if risk.identified:
            self.statement.setText(
                _tr("\u26a0 Immediate risk identified. Action taken (%1): %2")
                .replace("%1", fmt_datetime(risk.at)).replace("%2", risk.action)
            )  # fmt: skip
        elif risk.identified is False:
            self.statement.setText(_tr("No immediate risk was identified at the time."))
        else:
            self.statement.setText(_tr("Immediate risk has not been answered yet."))
        self.call_button.setVisible(editable)
        self.none_button.setVisible(editable and risk.identified is None)
        if not editable:
            self.call_form.hide()

    def save(self, identified: bool) -> None:
        if not self.ctx.active:
            return
        self.problems.clear()
        try:
            rc.record_immediate_risk(
                self.ctx.vault, self.concern_id, identified=identified,
                action=self.action.toPlainText() if identified else "",
                at=self.at.value() if identified else None,
            )  # fmt: skip
        except KnownError as exc:
            self.problems.show(exc)
            return
        self.action.clear()
        self.call_form.hide()
        self.saved.emit()


class BeforeYouReferPanel(QGroupBox):
    """A short panel on Share: what the form still needs, answered in place."""

    changed = Signal()

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Before you refer"), parent)
        self.ctx = ctx
        self.concern_id = concern_id
        self.setAccessibleName(self.title())
        column = QVBoxLayout(self)
        self.summary = bold_label("")
        self.summary.setAccessibleName(_tr("What the form still needs"))
        column.addWidget(self.summary)
        self.open_list = value_label("", _tr("Questions still open"))
        column.addWidget(self.open_list)
        self.contacts = value_label("", _tr("Your contact details on the form"))
        column.addWidget(self.contacts)
        self.questions = ReferralQuestions(ctx, concern_id, only_open=True)
        column.addWidget(self.questions)
        self.parallel = ParallelReferralForm(ctx, concern_id)
        column.addWidget(self.parallel)
        self.risk = ImmediateRiskBox(ctx, concern_id)
        column.addWidget(self.risk)
        self.before: rc.BeforeReferral | None = None
        for part in (self.questions, self.parallel, self.risk):
            part.saved.connect(self.changed)

    def show_state(self, before: rc.BeforeReferral, editable: bool) -> None:
        self.before = before
        n = len(before.unanswered)
        if n == 0:
            self.summary.setText(_tr("\u2713 Everything the form asks has an answer."))
        elif n == 1:
            self.summary.setText(_tr("1 thing the form asks is still open:"))
        else:
            self.summary.setText(
                _tr("%1 things the form asks are still open:").replace("%1", str(n))
            )
        # The checks and needs are asked just below, so the list names only the rest.
        others = [u for u in before.unanswered if not u.key.startswith(("check.", "need."))]
        asked_below = n - len(others)
        lines = ["\u2022 " + unanswered_text(u) for u in others]
        if asked_below:
            lines.append(
                "\u2022 " + _tr("%1 of the form's questions, below").replace("%1", str(asked_below))
            )
        self.open_list.setText("\n".join(lines))
        self.open_list.setVisible(bool(n))
        r = before.referrer
        contact = (
            _tr("On the form as the referrer: %1, phone %2, email %3.")
            .replace("%1", r.name)
            .replace("%2", r.direct_phone or _tr("not given"))
            .replace("%3", r.work_email or _tr("not given"))
        )
        if before.alternative_contacts:
            other = before.alternative_contacts[0]
            contact += " " + _tr("Alternative contact: %1 (%2).").replace("%1", other.name).replace(
                "%2", other.direct_phone or other.work_email or _tr("no phone or email yet")
            )
        self.contacts.setText(contact)
        self.questions.show_state(before, editable)
        self.parallel.show_state(before, editable)
        self.parallel.setVisible(editable or bool(before.parallel))
        self.risk.show_state(before.immediate_risk, editable)

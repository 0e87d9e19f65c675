"""The Decide step: the proportionality questions, what the answers point to (never a score),
the DSL's choice of response and the written rationale."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.errors import KnownError
from dsl_desktop import catalogues
from dsl_desktop.domain import Answer, Outcome, Stage
from dsl_desktop.guidance import (
    ACCEPTED_ALTERNATIVE,
    QUESTIONS,
    DecisionAnswers,
    Guidance,
    choice_warnings,
    point_to,
)
from dsl_desktop.services import concerns as cs
from dsl_desktop.workflow import Requirement, StageRuleError
from ui.concern.step_base import CaseStep
from ui.i18n import core_text
from ui.shared.builders import push_button
from ui.shared.choices import CheckList, Choice
from ui.shared.date_fields import OptionalDateEdit, fmt_date, fmt_datetime
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
from ui.shared.labels import (
    answer_label,
    answer_options,
    counted,
    kind_label,
    outcome_help,
    outcome_label,
    stage_label,
)
from ui.shared.layouts import Columns
from ui.widgets import caption, heading, shade

if TYPE_CHECKING:
    from ui.pages import PageContext

QUESTION = {q.key: q for q in QUESTIONS}
DIMENSIONS = ("engagement", "intent", "capability")


def _short(text: str, width: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "\u2026"


class GuidancePanel(QFrame):
    """What the answers point to, in plain words, with the reminder that the DSL decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shade(self)
        self.setAccessibleName(self.tr("What the answers point to"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What the answers point to"), 2))
        self.pointers = QLabel()
        self.pointers.setWordWrap(True)
        self.pointers.setAccessibleName(self.tr("Pointers"))
        layout.addWidget(self.pointers)
        self.warnings_title = bold_label(self.tr("\u26a0 Be careful:"))
        layout.addWidget(self.warnings_title)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Cautions"))
        layout.addWidget(self.warnings)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        font = QFont(self.reminder.font())
        font.setItalic(True)
        self.reminder.setFont(font)
        self.reminder.setAccessibleName(self.tr("Reminder"))
        layout.addWidget(self.reminder)
        layout.addStretch(1)

    def show_guidance(self, guidance: Guidance) -> None:
        parts = []
        because = _html(self.tr("because:"))  # outside the f-string, where lupdate finds it
        for pointer in guidance.pointers:
            reasons = "".join(f"<li>{_html(core_text(r))}</li>" for r in pointer.reasons)
            parts.append(
                f"<p><b>\u2192 {_html(outcome_label(pointer.outcome))}</b>"
                f"<br>{because}</p><ul style='margin-top:0'>{reasons}</ul>"
            )
        self.pointers.setText("".join(parts))
        self.pointers.setAccessibleDescription(
            " ".join(
                f"{outcome_label(p.outcome)}: {'; '.join(map(core_text, p.reasons))}."
                for p in guidance.pointers
            )
        )
        self.warnings.setText("\n".join("\u2022 " + core_text(w.text) for w in guidance.warnings))
        self.warnings.setVisible(bool(guidance.warnings))
        self.warnings_title.setVisible(bool(guidance.warnings))
        self.reminder.setText(
            self.tr(
                "These pointers only reflect your answers. They do not decide, and they do not "
                "rate or predict anything about the person. You choose the response and write "
                "down why."
            )
        )

    def text(self) -> str:
        return self.pointers.accessibleDescription()


def _html(text: str) -> str:
    return html.escape(text)


class DecisionSummary(QGroupBox):
    """The latest decision on record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The decision on record"))
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.values = value_rows(
            self.form,
            ("outcome", self.tr("Response:")),
            ("rationale", self.tr("Why:")),
            ("review", self.tr("Review date:")),
            ("parallel", self.tr("Alongside:")),
            ("answers", self.tr("Answers given:")),
            ("by", self.tr("Decided:")),
        )

    def show_decision(self, d: cs.DecisionView) -> None:
        v = self.values
        v["outcome"].setText(outcome_label(d.outcome))
        v["rationale"].setText(d.rationale)
        v["review"].setText(fmt_date(d.review_date) or self.tr("None set"))
        v["parallel"].setText(d.parallel_route or self.tr("Nothing else"))
        answers = []
        for key in (
            "immediate_risk",
            *DIMENSIONS,
            "other_vulnerabilities",
            "other_route_meets_need",
        ):
            if key in d.answers:
                q = QUESTION.get(key if key != "other_route_meets_need" else "other_route")
                title = self.tr(q.text) if q else key
                answers.append(f"{title} {answer_label(d.answers.get(key))}")
        v["answers"].setText("\n".join(answers) or self.tr("None recorded"))
        v["by"].setText(
            self.tr("%1 by %2")
            .replace("%1", fmt_datetime(d.decided_at))
            .replace("%2", d.decided_by)
        )


class DecideStep(CaseStep):
    """``changed()`` once a decision is recorded; ``move_requested(stage)``;
    ``decision_record_requested()`` to open the decision record."""

    move_requested = Signal(object)
    decision_record_requested = Signal()

    def __init__(self, ctx: PageContext, concern_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, concern_id, parent)
        self.counts = DecisionAnswers()
        layout = self.start_column(self.tr("Decide: what response is proportionate?"), self.tr(
            "Answer each question from what was gathered at Check. The panel shows what your "
            "answers point to; it never scores the person. You decide, and you write down why. "
            "A decision to take no further action is recorded in exactly the same way."
        ))  # fmt: skip
        self.banner, self.problems = add_banner(layout)
        self.add_stage_note(layout)
        self.summary = DecisionSummary()
        layout.addWidget(self.summary)
        summary_buttons = QHBoxLayout()
        self.record_button = push_button(
            self.tr("Decision recor&d…"), self.tr("Decision record: print or save it")
        )
        self.reconsider_button = push_button(
            self.tr("R&econsider the decision"), self.tr("Reconsider the decision")
        )
        self.back_button = push_button(
            self.tr("Go back to Chec&k for more information"),
            self.tr("Go back to Check for more information"),
        )
        summary_buttons.addWidget(self.record_button)
        summary_buttons.addWidget(self.reconsider_button)
        summary_buttons.addStretch(1)
        summary_buttons.addWidget(self.back_button)
        layout.addLayout(summary_buttons)

        questions = QGroupBox(self.tr("The questions"))
        self.qform = QFormLayout(questions)
        self.qform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.qform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        p = self.problems
        self.state = FormState(self)
        self.answers: dict[str, Choice] = {}
        self.support: dict[str, CheckList] = {}

        def question(key: str, mnemonic_text: str) -> QLabel:
            q = QUESTION[key]
            label = bold_label(mnemonic_text)
            self.qform.addRow(label)
            self.qform.addRow(caption(self.tr(q.help)))
            return label

        # immediate risk
        label = question("immediate_risk", self.tr("1. &Is anyone at immediate risk of harm?"))
        self.answers["immediate_risk"] = Choice(
            answer_options(), self.tr(QUESTION["immediate_risk"].text)
        )
        label.setBuddy(self.answers["immediate_risk"].first_button())
        self.qform.addRow(self.answers["immediate_risk"])
        # evidence
        question("evidence", self.tr("2. What is the concern built on?"))
        self.evidence = value_label("", self.tr("What the concern is built on"))
        self.qform.addRow(self.evidence)
        # alternatives
        question("alternatives", self.tr("3. Have other explanations been looked at?"))
        self.alternatives = value_label("", self.tr("Other explanations recorded"))
        self.qform.addRow(self.alternatives)
        self.alternatives_explored = QCheckBox(self.tr("Other e&xplanations were looked at"))
        self.alternatives_explored.setAccessibleName(self.tr("Other explanations were looked at"))
        self.qform.addRow(self.alternatives_explored)
        # engagement, intent, capability
        prompts = catalogues.load_vaf_prompts()
        titles = {
            "engagement": self.tr(
                "4. Is the person becoming i&nvolved with a group, cause or ideology?"
            ),
            "intent": self.tr(
                "5. Is there anything suggesting a wish or readiness to cause &harm?"
            ),
            "capability": self.tr("6. Is there anything suggesting the person &could cause harm?"),
        }
        for key in DIMENSIONS:
            label = question(key, titles[key])
            choice = Choice(answer_options(), self.tr(QUESTION[key].text))
            label.setBuddy(choice.first_button())
            self.answers[key] = choice
            self.qform.addRow(choice)
            support = CheckList(self.tr("Information that supports the answer to: %1")
                                .replace("%1", self.tr(QUESTION[key].text)))  # fmt: skip
            self.support[key] = support
            self.qform.addRow(caption(self.tr("Tick the information that supports your answer:")))
            self.qform.addRow(support)
            dimension = prompts.dimension(key)
            text = QLabel("\n".join("\u2022 " + self.tr(t) for t in dimension.prompts)
                          + "\n\n" + self.tr(prompts.notice))  # fmt: skip
            text.setWordWrap(True)
            self.qform.addRow(Collapsible(self.tr("Prompts to think with: %1")
                                          .replace("%1", self.tr(dimension.label)), text))  # fmt: skip
        # other needs and routes
        label = question(
            "other_vulnerabilities", self.tr("7. Are there other &vulnerabilities or needs?")
        )
        self.answers["other_vulnerabilities"] = Choice(
            answer_options(), self.tr(QUESTION["other_vulnerabilities"].text)
        )
        label.setBuddy(self.answers["other_vulnerabilities"].first_button())
        self.qform.addRow(self.answers["other_vulnerabilities"])
        label = question(
            "other_route", self.tr("8. Would another safeguarding &route meet the need?")
        )
        self.answers["other_route_meets_need"] = Choice(
            answer_options(), self.tr(QUESTION["other_route"].text)
        )
        label.setBuddy(self.answers["other_route_meets_need"].first_button())
        self.qform.addRow(self.answers["other_route_meets_need"])
        self.in_parallel = QCheckBox(self.tr("I&t could run alongside a Prevent referral"))
        self.in_parallel.setAccessibleName(self.tr("It could run alongside a Prevent referral"))
        self.qform.addRow(self.in_parallel)
        self.parallel_route = line_edit(
            self.tr("Which route, if any, runs alongside"),
            self.tr("for example early help assessment, CAMHS referral"),
        )
        route_label = QLabel(self.tr("Which route &alongside:"))
        route_label.setBuddy(self.parallel_route)
        self.qform.addRow(route_label)
        self.qform.addRow(self.parallel_route)
        # consulted
        question("consulted", self.tr("9. Who has been consulted?"))
        self.consulted = value_label("", self.tr("Who has been consulted"))
        self.qform.addRow(self.consulted)

        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        self.guidance = GuidancePanel()
        right.addWidget(self.guidance)
        decision = QGroupBox(self.tr("Your decision"))
        dform = QFormLayout(decision)
        dform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        dform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outcome = Choice([(o.value, outcome_label(o)) for o in Outcome],
                              self.tr("The response"), vertical=True)  # fmt: skip
        for o in Outcome:
            self.outcome.buttons[o.value].setToolTip(outcome_help(o))
            self.outcome.buttons[o.value].setAccessibleDescription(outcome_help(o))
        p.row(dform, self.tr("The res&ponse:"), self.outcome, "outcome",
              buddy=self.outcome.first_button())  # fmt: skip
        self.outcome_help = caption("")
        self.outcome_help.setAccessibleName(self.tr("About the response chosen"))
        dform.addRow(self.outcome_help)
        self.accepted_warning = bold_label("")
        self.accepted_warning.setAccessibleName(self.tr("Pointer: an explanation was accepted"))
        self.accepted_warning.hide()
        dform.addRow(self.accepted_warning)
        self.review_date = OptionalDateEdit(self.tr("Review date"))
        p.row(dform, self.tr("Review dat&e (needed to monitor):"), self.review_date, "review_date")
        self.destination = caption("")
        self.destination.setAccessibleName(self.tr("Where the concern goes next"))
        dform.addRow(self.destination)
        self.rationale = text_edit(self.tr("Why: the rationale for the decision"), 6)
        self.rationale.setPlaceholderText(self.tr(
            "Why this response is proportionate: what you weighed, what you ruled out, and why. "
            "Needed for every decision, including no further action."
        ))  # fmt: skip
        p.row(dform, self.tr("&Why (required):"), self.rationale, "rationale")
        self.submit_button = push_button(
            self.tr("Record the decision"), self.tr("Record the decision")
        )
        self.submit_button.setToolTip(
            self.tr("Record it with your name and the time (Ctrl+Return)")
        )
        dform.addRow(self.submit_button)
        right.addWidget(decision)
        right.addStretch(1)
        # The answers' panel and the decision go under the questions in a narrow window.
        self.form_area = Columns(questions, side, stack_below=140)
        layout.addWidget(self.form_area)
        layout.addStretch(1)
        p.aliases["rationale_missing"] = "rationale"

        s = self.state
        for key, choice in self.answers.items():
            s.add(key, choice)
        for key, support in self.support.items():
            s.add(f"{key}_items", support)
        s.add("alternatives_explored", self.alternatives_explored)
        s.add("in_parallel", self.in_parallel)
        s.add("parallel_route", self.parallel_route)
        s.add("outcome", self.outcome)
        s.add("review_date", self.review_date)
        s.add("rationale", self.rationale)
        self.drafts = DraftKeeper(ctx, f"concern:{concern_id}:decide", s, self)
        s.changed.connect(self.update_guidance)
        submit_shortcut(self.form_area, self.submit)
        self.submit_button.clicked.connect(self.submit)
        self.record_button.clicked.connect(self.decision_record_requested)
        self.reconsider_button.clicked.connect(lambda: self.move_requested.emit(Stage.DECIDE))
        self.back_button.clicked.connect(lambda: self.move_requested.emit(Stage.CHECK))
        self._prefilled = False

    # ---- showing -----------------------------------------------------------------------------
    def show_case(self, view: cs.CaseView) -> None:
        self.view = view
        deciding = view.stage is Stage.DECIDE
        editable = view.can_decide and deciding
        latest = view.latest_decision
        self.summary.setVisible(latest is not None)
        if latest is not None:
            self.summary.show_decision(latest)
        self.record_button.setVisible(latest is not None)
        self.reconsider_button.setVisible(
            view.can_decide
            and view.stage is Stage.SHARE
            and not any(r.sent for r in view.referrals)
        )
        self.back_button.setVisible(view.can_edit and deciding)
        self.form_area.setVisible(editable)
        if view.stage in (Stage.NOTICE, Stage.CHECK):
            note = self.tr("This step opens once the Check step is done: record the information, "
                           "then choose \u201cMove on to Decide\u201d at Check.")  # fmt: skip
        elif deciding and not view.can_decide:
            note = self.tr("You can read this step; only the DSL or a deputy can decide.")
        elif deciding:
            note = ""
        else:
            note = self.tr("The decision has been made; the concern is now at %1.").replace(
                "%1", stage_label(view.stage)
            )
        self.stage_note.setText(note)
        self.stage_note.setVisible(bool(note))
        if not editable:
            return
        self.counts = DecisionAnswers.prefill(view.facts)
        c = self.counts
        self.evidence.setText(
            self.tr("\u2022 Seen or heard first hand (observed): %1\n"
                    "\u2022 Told as fact but not checked (assertions): %2\n"
                    "\u2022 Believed without evidence (assumptions): %3\n"
                    "Of these, corroborated: %4; contradicted: %5.")
            .replace("%1", str(c.observed)).replace("%2", str(c.assertions))
            .replace("%3", str(c.assumptions)).replace("%4", str(c.corroborated))
            .replace("%5", str(c.contradicted))
        )  # fmt: skip
        self.alternatives.setText(
            counted(c.alternatives_count, self.tr("1 other explanation recorded at Check."),
                    self.tr("%1 other explanations recorded at Check."))
            + ("\n" + "\n".join("\u2022 " + _short(a.explanation) for a in view.alternatives)
               if view.alternatives else "")
        )  # fmt: skip
        self.consulted.setText(
            "\n".join("\u2022 " + ", ".join(t for t in (k.name, k.role, k.agency) if t)
                      + f" ({fmt_datetime(k.consulted_at)})" for k in view.consultations)
            or self.tr("Nobody yet. Consultations are recorded at the Check step.")
        )  # fmt: skip
        items = [
            (str(i.id), f"{n}. {kind_label(i.kind)}: {_short(i.content)}")
            for n, i in enumerate(view.items, 1)
        ]
        for support in self.support.values():
            keep = support.value()
            support.set_items([("", items)])
            support.set_value(keep)

        def prefill() -> None:
            if self._prefilled:
                return
            self._prefilled = True
            self.answers["immediate_risk"].set_value(c.immediate_risk.value)
            self.alternatives_explored.setChecked(c.explored_alternatives)
            self.drafts.restore()

        self.drafts.quietly(prefill)
        self.update_guidance()

    # ---- answers -----------------------------------------------------------------------------
    def decision_answers(self) -> DecisionAnswers:
        def answer(key: str) -> Answer:
            value = self.answers[key].value()
            return Answer(value) if value else Answer.UNCLEAR

        def ids(key: str) -> tuple[int, ...]:
            return tuple(int(code) for code in self.support[key].value())

        c = self.counts
        return DecisionAnswers(
            immediate_risk=answer("immediate_risk"),
            observed=c.observed, assertions=c.assertions, assumptions=c.assumptions,
            corroborated=c.corroborated, contradicted=c.contradicted,
            alternatives_explored=self.alternatives_explored.isChecked(),
            alternatives_count=c.alternatives_count,
            engagement=answer("engagement"), engagement_items=ids("engagement"),
            intent=answer("intent"), intent_items=ids("intent"),
            capability=answer("capability"), capability_items=ids("capability"),
            other_vulnerabilities=answer("other_vulnerabilities"),
            other_route_meets_need=answer("other_route_meets_need"),
            other_route_in_parallel=self.in_parallel.isChecked(),
            consulted=c.consulted, alternatives_accepted=c.alternatives_accepted,
        )  # fmt: skip

    def update_guidance(self) -> None:
        self.guidance.show_guidance(point_to(self.decision_answers()))
        outcome = self.outcome.value()
        self.outcome_help.setText(outcome_help(Outcome(outcome)) if outcome else "")
        self.outcome_help.setVisible(bool(outcome))
        self._warn_if_explained(outcome)
        if outcome is None:
            self.destination.setText(self.tr("Choose a response; then write down why."))
            return
        try:
            review = self.review_date.value()
        except ValueError:
            review = None
        target = cs.default_destination(Outcome(outcome), review)
        text = {
            Stage.SHARE: self.tr("Once recorded, the concern goes to Share, where you prepare "
                                 "the referral form."),
            Stage.REVIEW: self.tr("Once recorded, the concern goes to Review until the review date."),
            Stage.CLOSED: self.tr("Once recorded, the concern is closed (set a review date to "
                                  "keep it open for review instead)."),
        }.get(target, "")  # fmt: skip
        if Outcome(outcome) is Outcome.NO_FURTHER_ACTION:
            text = self.tr("Once recorded, the concern is closed, with your reasons for not "
                           "referring kept on record.")  # fmt: skip
        self.destination.setText(text)

    def _warn_if_explained(self, outcome: str | None) -> None:
        """A referral chosen although an explanation was accepted as explaining what was seen."""
        accepted = [
            a for a in (self.view.alternatives if self.view is not None else ()) if a.accepted
        ]
        lines = []
        if outcome == Outcome.PREVENT_REFERRAL.value and accepted:
            lines.append(
                self.tr(
                    "\u26a0 At Check you accepted that \u201c%1\u201d explains what was seen. "
                    "If you still refer, say in your reasons why the concern stands despite it, "
                    "or think again about a lighter response."
                ).replace("%1", _short(accepted[0].explanation, 80))
            )
        if outcome:
            # The other cautions about the choice itself (guidance.choice_warnings).
            lines.extend(
                "\u26a0 " + core_text(w.text)
                for w in choice_warnings(self.decision_answers(), Outcome(outcome))
                if w is not ACCEPTED_ALTERNATIVE
            )
        self.accepted_warning.setText("\n".join(lines))
        self.accepted_warning.setVisible(bool(lines))

    def submit(self) -> None:
        if not self.ctx.active or self.view is None or not self.form_area.isVisibleTo(self):
            return
        outcome = self.outcome.value()
        problems: list[Requirement] = []
        try:
            review = self.review_date.value()
        except ValueError:
            review = None
            problems.append(
                Requirement("review_date_invalid", self.tr("Type the review date as dd/mm/yyyy."))
            )
        if outcome is None:
            problems.append(
                Requirement("outcome_missing", self.tr("Choose what the response will be."))
            )
        if not self.rationale.toPlainText().strip():
            problems.append(Requirement("rationale_missing", self.tr(
                "Write down the reasons for this decision. Reasons are needed for every outcome, "
                "including a decision not to refer."
            )))  # fmt: skip
        if problems:
            self.problems.show_list([(r.code, core_text(r.text)) for r in problems])
            return
        assert outcome is not None
        answers = self.decision_answers()
        try:
            cs.record_decision(
                self.ctx.vault,
                self.concern_id,
                cs.DecisionInput(
                    outcome=Outcome(outcome),
                    rationale=self.rationale.toPlainText(),
                    answers=answers,
                    review_date=review,
                    parallel_route=self.parallel_route.text(),
                ),
            )
        except (KnownError, StageRuleError) as exc:
            self.problems.show(exc)
            return
        self.problems.clear()
        self.drafts.discard()
        self._prefilled = False
        self.drafts.quietly(self._clear)
        self.changed.emit()

    def _clear(self) -> None:
        for choice in self.answers.values():
            choice.set_value(None)
        for support in self.support.values():
            support.set_value([])
        self.outcome.set_value(None)
        self.review_date.clear()
        self.rationale.clear()
        self.parallel_route.clear()
        self.in_parallel.setChecked(False)

    def answers_dict(self) -> dict[str, Any]:
        return self.state.state()

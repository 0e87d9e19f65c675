"""Rules of the guided concern flow (NOTICE -> CHECK -> DECIDE -> SHARE), free of any database.

The services load a concern from the encrypted store, describe it as a :class:`CaseFacts`
snapshot and ask this module what is still missing, where the concern may go next and whether
the signed-in user's role may do something. Nothing here touches the database or Qt.

Stage graph
-----------
Forward moves, one step at a time (no stage can be skipped)::

    notice -> check -> decide -> share    (only when the decision is a Prevent referral)
                              -> review   (a review date is set: monitor, support, emergency...)
                              -> closed   (no further action, or a response that needs no review)
    share  -> review | closed
    review -> closed

Going back is allowed in three cases only, so that the record of what was noticed and what was
sent stays as it was written (corrections to a submitted record go through amendments instead):

* ``decide -> check``: the DSL finds they need more information before deciding.
* ``share -> decide``: the DSL reconsiders a referral, but only while it has not been sent.
* ``review -> check``: new information comes to light at or before the review.

``notice`` is never returned to (the first account is kept as recorded) and ``closed`` is final:
new information after closure is recorded as a new concern about the same person, so both show in
the person's chronology.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from db.errors import PermissionDenied as _VaultPermissionDenied
from dsl_desktop.domain import (
    InformationKind,
    Outcome,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.messages import Joined, Message, Text, english, message

NOT_YET_KNOWN = "not_yet_known"
"""Category code a DSL may choose at Notice when the type of concern is not yet clear."""

STAGE_ORDER: tuple[Stage, ...] = (
    Stage.NOTICE,
    Stage.CHECK,
    Stage.DECIDE,
    Stage.SHARE,
    Stage.REVIEW,
    Stage.CLOSED,
)

STAGE_LABELS: Mapping[Stage, str] = {
    Stage.NOTICE: "Notice",
    Stage.CHECK: "Check",
    Stage.DECIDE: "Decide",
    Stage.SHARE: "Share",
    Stage.REVIEW: "Review",
    Stage.CLOSED: "Closed",
}

OUTCOME_TITLES: Mapping[Outcome, str] = {
    Outcome.NO_FURTHER_ACTION: "No further action",
    Outcome.MONITOR: "Monitor and review",
    Outcome.IN_SCHOOL_SUPPORT: "Support in school",
    Outcome.EARLY_HELP_OR_SOCIAL_CARE: "Early help or children's social care",
    Outcome.PREVENT_REFERRAL: "Prevent referral",
    Outcome.EMERGENCY: "Emergency (999)",
}

_FORWARD: Mapping[Stage, frozenset[Stage]] = {
    Stage.NOTICE: frozenset({Stage.CHECK}),
    Stage.CHECK: frozenset({Stage.DECIDE}),
    Stage.DECIDE: frozenset({Stage.SHARE, Stage.REVIEW, Stage.CLOSED}),
    Stage.SHARE: frozenset({Stage.REVIEW, Stage.CLOSED}),
    Stage.REVIEW: frozenset({Stage.CLOSED}),
    Stage.CLOSED: frozenset(),
}

_BACKWARD: Mapping[Stage, frozenset[Stage]] = {
    Stage.NOTICE: frozenset(),
    Stage.CHECK: frozenset(),
    Stage.DECIDE: frozenset({Stage.CHECK}),
    Stage.SHARE: frozenset({Stage.DECIDE}),
    Stage.REVIEW: frozenset({Stage.CHECK}),
    Stage.CLOSED: frozenset(),
}

OUTCOME_DESTINATIONS: Mapping[Outcome, frozenset[Stage]] = {
    Outcome.PREVENT_REFERRAL: frozenset({Stage.SHARE}),
    Outcome.MONITOR: frozenset({Stage.REVIEW}),
    Outcome.NO_FURTHER_ACTION: frozenset({Stage.CLOSED}),
    Outcome.IN_SCHOOL_SUPPORT: frozenset({Stage.REVIEW, Stage.CLOSED}),
    Outcome.EARLY_HELP_OR_SOCIAL_CARE: frozenset({Stage.REVIEW, Stage.CLOSED}),
    Outcome.EMERGENCY: frozenset({Stage.REVIEW, Stage.CLOSED}),
}
"""Where a concern may go from Decide, by the outcome the DSL chose."""


def is_blank(text: str | None) -> bool:
    """True when ``text`` holds no letter or digit (empty, spaces, punctuation, invisible marks)."""
    return text is None or not any(ch.isalnum() for ch in text)


@dataclass(frozen=True, slots=True)
class Requirement:
    """Something that must be put right before a step can be taken.

    ``text`` is what to tell the user: a :class:`~dsl_desktop.messages.Message` to translate
    (or, from older callers, plain English); ``message`` is it in English.
    """

    code: str
    text: Text

    @property
    def message(self) -> str:
        return english(self.text)


def _needs(code: str, key: str, **params: Any) -> Requirement:
    """A requirement whose text is the message ``key`` with ``params``."""
    return Requirement(code, Message(key, params))


REVIEW_DATE_PAST = _needs(
    "review_date_past", "The review date is in the past; choose a later date."
)
"""A review date before today is refused wherever one is set."""


def stage_name(stage: Stage) -> Message:
    """A stage's name as a message ("Notice", "Check"...)."""
    return Message(STAGE_LABELS[stage])


def outcome_title(outcome: Outcome) -> Message:
    """A decision's outcome as a message ("Monitor and review"...)."""
    return Message(OUTCOME_TITLES[outcome])


class StageRuleError(Exception):
    """A concern cannot move between two stages; ``reasons`` says why."""

    def __init__(self, current: Stage, target: Stage, reasons: Iterable[Requirement]) -> None:
        self.current = current
        self.target = target
        self.reasons: tuple[Requirement, ...] = tuple(reasons)
        self.text = message(
            "This concern cannot move from {current} to {target} yet: {reasons}",
            current=stage_name(current),
            target=stage_name(target),
            reasons=Joined((r.text for r in self.reasons), "; "),
        )
        super().__init__(self.text.english())


ItemCounts = Mapping[tuple[InformationKind, Validation], int]


@dataclass(frozen=True)
class CaseFacts:
    """What is known about one concern, as far as the stage rules need to know it.

    ``items`` counts information items by (kind, validation); build it with :meth:`tally`.
    Text fields hold the stored text (an empty string when nothing was written).
    """

    has_person: bool = False
    noticed_at: datetime | None = None
    account: str = ""
    immediate_danger: bool | None = None
    emergency_action: str = ""
    category: str | None = None
    items: ItemCounts = field(default_factory=dict)
    alternatives_recorded: int = 0
    alternatives_accepted: int = 0
    consultations: int = 0
    decision_outcome: Outcome | None = None
    decision_rationale: str = ""
    review_date: date | None = None
    referral_sent_at: datetime | None = None
    referral_sent_to: str = ""
    referral_sent_how: str = ""
    police_reference: str = ""
    referral_outcome: ReferralOutcome | None = None
    referral_outcome_date: date | None = None
    review_note: str = ""

    def __post_init__(self) -> None:
        counts: dict[tuple[InformationKind, Validation], int] = {}
        for key, value in self.items.items():
            kind, validation = key
            if not isinstance(kind, InformationKind) or not isinstance(validation, Validation):
                raise TypeError(
                    f"information item key must be (InformationKind, Validation): {key!r}"
                )
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"information item count must be a whole number >= 0: {value!r}")
            counts[(kind, validation)] = value
        object.__setattr__(self, "items", counts)
        for name in ("alternatives_recorded", "alternatives_accepted", "consultations"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0: {value!r}")

    @staticmethod
    def tally(
        pairs: Iterable[tuple[InformationKind, Validation]],
    ) -> dict[tuple[InformationKind, Validation], int]:
        """Count information items given as (kind, validation) pairs."""
        counts: dict[tuple[InformationKind, Validation], int] = {}
        for kind, validation in pairs:
            key = (InformationKind(kind), Validation(validation))
            counts[key] = counts.get(key, 0) + 1
        return counts

    def count(
        self, kind: InformationKind | None = None, validation: Validation | None = None
    ) -> int:
        """Number of information items, optionally only those of one kind and/or validation."""
        return sum(
            n
            for (k, v), n in self.items.items()
            if (kind is None or k == kind) and (validation is None or v == validation)
        )

    @property
    def referral_sent(self) -> bool:
        return self.referral_sent_at is not None


# --- decisions --------------------------------------------------------------------------------


def validate_decision(
    outcome: Outcome | None,
    rationale: str | None,
    review_date: date | None,
    *,
    today: date | None = None,
) -> list[Requirement]:
    """What is wrong with a decision as entered; an empty list means it can be recorded.

    Every decision, including no further action, needs a written rationale. Monitoring needs a
    review date. When ``today`` is given, a review date before it is refused.
    """
    problems: list[Requirement] = []
    if outcome is None:
        problems.append(_needs("outcome_missing", "Choose what the response will be."))
    if is_blank(rationale):
        problems.append(
            _needs(
                "rationale_missing",
                "Write down the reasons for this decision. Reasons are needed for every "
                "outcome, including a decision not to refer.",
            )
        )
    if outcome is Outcome.MONITOR and review_date is None:
        problems.append(
            _needs(
                "review_date_missing",
                "Set a date to look at this concern again: monitoring needs a review date.",
            )
        )
    if review_date is not None and today is not None and review_date < today:
        problems.append(REVIEW_DATE_PAST)
    return problems


# --- stages ----------------------------------------------------------------------------------


def allowed_transitions(stage: Stage) -> set[Stage]:
    """Every stage the flow's shape lets a concern move to from ``stage`` (facts aside)."""
    return set(_FORWARD[stage] | _BACKWARD[stage])


def is_backward(current: Stage, target: Stage) -> bool:
    """True when ``current -> target`` is one of the permitted ways back."""
    return target in _BACKWARD[current]


def _notice_problems(facts: CaseFacts) -> list[Requirement]:
    problems: list[Requirement] = []
    if not facts.has_person:
        problems.append(_needs("person_missing", "Say who the concern is about."))
    if facts.noticed_at is None:
        problems.append(
            _needs("noticed_at_missing", "Record the date and time the concern was noticed.")
        )
    if is_blank(facts.account):
        problems.append(
            _needs(
                "account_missing",
                "Describe what was seen or heard, using the person's own words where "
                "something was said.",
            )
        )
    if facts.immediate_danger is None:
        problems.append(
            _needs(
                "immediate_danger_unanswered",
                "Answer the first question: is anyone in immediate danger?",
            )
        )
    elif facts.immediate_danger and is_blank(facts.emergency_action):
        problems.append(
            _needs(
                "emergency_action_missing",
                "You said someone was in immediate danger. Record what was done, such as the "
                "999 call: who made it and when.",
            )
        )
    if facts.category is None or is_blank(facts.category):
        problems.append(
            _needs(
                "category_missing",
                "Choose the type of concern. \u201cNot yet known\u201d is a valid choice.",
            )
        )
    return problems


def _check_problems(facts: CaseFacts) -> list[Requirement]:
    if facts.count() == 0:
        return [
            _needs(
                "information_missing",
                "Record at least one piece of information, marked as observed, an assertion "
                "or an assumption, before moving on to the decision.",
            )
        ]
    return []


def _decide_problems(facts: CaseFacts, target: Stage | None) -> list[Requirement]:
    problems = validate_decision(
        facts.decision_outcome, facts.decision_rationale, facts.review_date
    )
    outcome = facts.decision_outcome
    if target is None or outcome is None:
        return problems
    if target not in OUTCOME_DESTINATIONS[outcome]:
        if target is Stage.SHARE:
            wrong = _needs(
                "outcome_does_not_lead_there",
                "Only a decision to make a Prevent referral leads to the Share step.",
            )
        else:
            places = Joined(
                (stage_name(s) for s in STAGE_ORDER if s in OUTCOME_DESTINATIONS[outcome]),
                " or ",
            )
            wrong = _needs(
                "outcome_does_not_lead_there",
                "A decision of \u201c{outcome}\u201d leads to {places}, not {target}.",
                outcome=outcome_title(outcome),
                places=places,
                target=stage_name(target),
            )
        problems.append(wrong)
    if target is Stage.REVIEW and facts.review_date is None and outcome is not Outcome.MONITOR:
        problems.append(_needs("review_date_missing", "Set a review date before moving to Review."))
    return problems


def _referral_outcome_problems(facts: CaseFacts) -> list[Requirement]:
    if facts.referral_outcome is None:
        return [
            _needs(
                "referral_outcome_missing",
                "Record what happened to the referral. Choose \u201cunknown\u201d if no "
                "feedback has come back.",
            )
        ]
    if (
        facts.referral_outcome is not ReferralOutcome.UNKNOWN
        and facts.referral_outcome_date is None
    ):
        return [
            _needs(
                "referral_outcome_date_missing",
                "Record the date you learned the outcome of the referral.",
            )
        ]
    if facts.referral_outcome is ReferralOutcome.UNKNOWN and facts.review_date is None:
        return [
            _needs(
                "outcome_unknown_review_date_missing",
                "The outcome of the referral is not known. Set a date to ask again and review "
                "the concern before closing it; the app keeps it as a dated action.",
            )
        ]
    return []


def _share_problems(facts: CaseFacts, target: Stage | None) -> list[Requirement]:
    problems: list[Requirement] = []
    if facts.referral_sent_at is None:
        problems.append(_needs("referral_sent_at_missing", "Record when the referral was sent."))
    if is_blank(facts.referral_sent_to):
        problems.append(_needs("referral_sent_to_missing", "Record who the referral was sent to."))
    if target is Stage.REVIEW and facts.review_date is None:
        problems.append(_needs("review_date_missing", "Set a review date before moving to Review."))
    if target is Stage.CLOSED:
        problems.extend(_referral_outcome_problems(facts))
    return problems


def _review_problems(facts: CaseFacts) -> list[Requirement]:
    problems: list[Requirement] = []
    if is_blank(facts.review_note):
        problems.append(
            _needs(
                "review_note_missing",
                "Write down what the review found and why the concern can now be closed.",
            )
        )
    if facts.referral_sent:
        problems.extend(_referral_outcome_problems(facts))
    return problems


def _backward_problems(current: Stage, facts: CaseFacts) -> list[Requirement]:
    if current is Stage.SHARE and facts.referral_sent:
        return [
            _needs(
                "referral_already_sent",
                "The referral has already been sent, so the decision behind it stays on "
                "record. Record the outcome, or move to Review when new information arrives.",
            )
        ]
    return []


def missing_for(
    stage_to_leave: Stage, facts: CaseFacts, target: Stage | None = None
) -> list[Requirement]:
    """What must be in place before a concern can leave ``stage_to_leave``.

    Without ``target`` the answer covers leaving the stage forwards by any route. With a
    ``target`` it also covers what that route needs (for example a review date before Review, or
    a referral outcome before closing), and explains why a target is not reachable at all.
    """
    if target is not None and target not in allowed_transitions(stage_to_leave):
        return [_not_allowed(stage_to_leave, target)]
    if target is not None and is_backward(stage_to_leave, target):
        return _backward_problems(stage_to_leave, facts)
    if stage_to_leave is Stage.NOTICE:
        return _notice_problems(facts)
    if stage_to_leave is Stage.CHECK:
        return _check_problems(facts)
    if stage_to_leave is Stage.DECIDE:
        return _decide_problems(facts, target)
    if stage_to_leave is Stage.SHARE:
        return _share_problems(facts, target)
    if stage_to_leave is Stage.REVIEW:
        return _review_problems(facts)
    return [
        _needs(
            "concern_closed",
            "This concern is closed. Record new information as a new concern about the same "
            "person; both will show in their chronology.",
        )
    ]


def _not_allowed(current: Stage, target: Stage) -> Requirement:
    names = {"current": stage_name(current), "target": stage_name(target)}
    if target is current:
        key = "The concern is already at {current}."
    elif current is Stage.CLOSED:
        key = "A closed concern cannot be reopened; record a new concern instead."
    elif STAGE_ORDER.index(target) > STAGE_ORDER.index(current):
        key = "{target} cannot be reached straight from {current}: the steps are taken in order."
    else:
        key = "A concern at {current} cannot go back to {target}."
    return _needs("transition_not_allowed", key, **names)


def next_stages(facts: CaseFacts, current: Stage) -> set[Stage]:
    """The stages this concern could move to right now, given its facts."""
    return {t for t in allowed_transitions(current) if not missing_for(current, facts, t)}


def advance(facts: CaseFacts, current: Stage, target: Stage) -> Stage:
    """Return ``target`` when the concern may move there, else raise :class:`StageRuleError`."""
    problems = missing_for(current, facts, target)
    if problems:
        raise StageRuleError(current, target, problems)
    return target


# --- permissions -----------------------------------------------------------------------------


class Action(StrEnum):
    VIEW_LOG = "view_log"
    VIEW_CASE = "view_case"
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    DECIDE = "decide"
    REFER = "refer"
    EXPORT_CASES = "export_cases"
    VIEW_AUDIT = "view_audit"
    VIEW_TRAINING = "view_training"
    MANAGE_TRAINING = "manage_training"
    EXPORT_TRAINING = "export_training"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"


ACTION_LABELS: Mapping[Action, str] = {
    Action.VIEW_LOG: "see the concerns log",
    Action.VIEW_CASE: "open a concern",
    Action.CREATE_CASE: "record a new concern",
    Action.EDIT_CASE: "change a concern",
    Action.DECIDE: "record a decision",
    Action.REFER: "prepare or send a referral",
    Action.EXPORT_CASES: "export concerns",
    Action.VIEW_AUDIT: "see the audit trail",
    Action.VIEW_TRAINING: "see training records",
    Action.MANAGE_TRAINING: "change staff and training records",
    Action.EXPORT_TRAINING: "export training reports",
    Action.MANAGE_SETTINGS: "change school settings and contacts",
    Action.MANAGE_ACCOUNTS: "manage user accounts",
    Action.BACKUP: "back up or restore the data",
}

ROLE_LABELS: Mapping[Role, str] = {
    Role.DSL: "Designated Safeguarding Lead",
    Role.DEPUTY: "Deputy DSL",
    Role.REVIEWER: "Reviewer",
    Role.TRAINING_ADMIN: "Training administrator",
}

CONCERN_ACTIONS: frozenset[Action] = frozenset(
    {
        Action.VIEW_LOG,
        Action.VIEW_CASE,
        Action.CREATE_CASE,
        Action.EDIT_CASE,
        Action.DECIDE,
        Action.REFER,
        Action.EXPORT_CASES,
        Action.VIEW_AUDIT,
        Action.BACKUP,
    }
)
"""Actions that show or change safeguarding concerns (the audit trail and backups include them)."""

_PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    Role.DSL: frozenset(Action),
    Role.DEPUTY: frozenset(Action) - {Action.MANAGE_ACCOUNTS},
    Role.REVIEWER: frozenset(
        {Action.VIEW_LOG, Action.VIEW_CASE, Action.VIEW_AUDIT, Action.VIEW_TRAINING}
    ),
    Role.TRAINING_ADMIN: frozenset(
        {Action.VIEW_TRAINING, Action.MANAGE_TRAINING, Action.EXPORT_TRAINING}
    ),
}


class PermissionDenied(_VaultPermissionDenied):
    """The signed-in role may not take this action."""

    def __init__(self, role: Role, action: Action) -> None:
        self.role = role
        self.action = action
        super().__init__(f"The {ROLE_LABELS[role]} role cannot {ACTION_LABELS[action]}.")


def permitted_actions(role: Role) -> frozenset[Action]:
    """Everything ``role`` may do."""
    return _PERMISSIONS[Role(role)]


def can(role: Role, action: Action) -> bool:
    """Whether ``role`` may take ``action``."""
    return Action(action) in permitted_actions(role)


def require(role: Role, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may take ``action``."""
    if not can(role, action):
        raise PermissionDenied(Role(role), Action(action))

"""The Decide step's proportionality questions, and what a DSL's answers point to.

This module never decides and never measures the person. It reads the DSL's answers and says,
in plain words, which responses they point towards and why, and what to be careful about. It
exposes no number, score or rating: outputs hold only outcomes and sentences, and the sentences
avoid figures on purpose. The DSL chooses the outcome and writes the rationale.

Rules, most pressing first:

* immediate risk answered yes -> an emergency pointer (call 999 first);
* intent or capability to cause harm answered yes -> a Prevent referral pointer;
* engagement alone answered yes -> a Prevent referral pointer when something has been observed
  first hand or corroborated, otherwise a monitoring pointer while more is gathered;
* another safeguarding route meets the need -> early help or social care; it is pointed to
  first when nothing suggests harm (the least intrusive response that meets the need), and
  alongside a referral when it can run in parallel;
* other vulnerabilities with no other route identified -> support in school;
* questions still unclear -> monitoring with a review date;
* everything answered no -> no further action, with the reasons written down.

There is always at least one pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dsl_desktop.domain import Answer, InformationKind, Outcome, Validation
from dsl_desktop.messages import Joined, Message, message
from dsl_desktop.workflow import CaseFacts

REMINDER = Message(
    "These pointers only reflect your answers. They do not make the decision and they do not "
    "rate or predict anything about the person. You choose the response and write down why."
)

OUTCOME_PHRASES: Mapping[Outcome, Message] = {
    Outcome.NO_FURTHER_ACTION: Message("no further action"),
    Outcome.MONITOR: Message("keeping a watchful eye and reviewing on a set date"),
    Outcome.IN_SCHOOL_SUPPORT: Message("support within school"),
    Outcome.EARLY_HELP_OR_SOCIAL_CARE: Message("early help or children's social care"),
    Outcome.PREVENT_REFERRAL: Message("a Prevent referral to the police Prevent team"),
    Outcome.EMERGENCY: Message("emergency action: call 999 now"),
}


@dataclass(frozen=True, slots=True)
class Question:
    """One proportionality question shown at the Decide step."""

    key: str
    text: str
    help: str


QUESTIONS: tuple[Question, ...] = (
    Question(
        "immediate_risk",
        "Is anyone at immediate risk of harm?",
        "Think of the person, other people, a crime about to happen, or travel to a conflict "
        "zone. If so, call 999 before anything else and record it afterwards.",
    ),
    Question(
        "evidence",
        "What is the concern built on?",
        "Count what was seen or heard first hand, what someone told you as fact without it "
        "being checked, and what is believed without evidence. Note what has been confirmed "
        "by another source and what has been contradicted.",
    ),
    Question(
        "alternatives",
        "Have other explanations been looked at?",
        "A school project, curiosity, a special interest, a mental health difficulty, a "
        "misread cultural or religious practice, or a game can all look like something else.",
    ),
    Question(
        "engagement",
        "Is the person becoming involved with a group, cause or ideology?",
        "Use the engagement prompts. Link the pieces of information that support your answer.",
    ),
    Question(
        "intent",
        "Is there anything suggesting a wish or readiness to cause harm?",
        "Use the intent prompts. Link the pieces of information that support your answer.",
    ),
    Question(
        "capability",
        "Is there anything suggesting the person could cause harm?",
        "Use the capability prompts. Link the pieces of information that support your answer.",
    ),
    Question(
        "other_vulnerabilities",
        "Are there other vulnerabilities or needs?",
        "For example special educational needs, mental health, bullying, family or peer "
        "difficulties, housing, substance misuse, or a grievance.",
    ),
    Question(
        "other_route",
        "Would another safeguarding route meet the need?",
        "Early help, children's social care or mental health services may be the right "
        "response, on their own or alongside a Prevent referral.",
    ),
    Question(
        "consulted",
        "Who has been consulted?",
        "Record each discussion in the Check step: who, when, what was shared and why.",
    ),
)


@dataclass(frozen=True)
class DecisionAnswers:
    """The DSL's answers to the proportionality questions.

    Counts describe the information items gathered at Check; ``corroborated`` and
    ``contradicted`` are subsets of all items. The ``*_items`` fields hold the ids of the
    information items the DSL linked to each answer. Recorded alternatives
    (``alternatives_count`` above zero) count as alternatives explored.
    """

    immediate_risk: Answer = Answer.UNCLEAR
    observed: int = 0
    assertions: int = 0
    assumptions: int = 0
    corroborated: int = 0
    contradicted: int = 0
    alternatives_explored: bool = False
    alternatives_count: int = 0
    engagement: Answer = Answer.UNCLEAR
    engagement_items: tuple[int, ...] = ()
    intent: Answer = Answer.UNCLEAR
    intent_items: tuple[int, ...] = ()
    capability: Answer = Answer.UNCLEAR
    capability_items: tuple[int, ...] = ()
    other_vulnerabilities: Answer = Answer.UNCLEAR
    other_route_meets_need: Answer = Answer.UNCLEAR
    other_route_in_parallel: bool = False
    consulted: int = 0
    alternatives_accepted: int = 0
    """Alternatives recorded as accepted: once explored, they explain what was seen."""

    def __post_init__(self) -> None:
        for name in (
            "observed",
            "assertions",
            "assumptions",
            "corroborated",
            "contradicted",
            "alternatives_count",
            "consulted",
            "alternatives_accepted",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0: {value!r}")
        if self.corroborated + self.contradicted > self.total_items:
            raise ValueError("corroborated and contradicted items cannot outnumber all items")
        for name in (
            "immediate_risk",
            "engagement",
            "intent",
            "capability",
            "other_vulnerabilities",
            "other_route_meets_need",
        ):
            object.__setattr__(self, name, Answer(getattr(self, name)))
        for name in ("engagement_items", "intent_items", "capability_items"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    @property
    def total_items(self) -> int:
        return self.observed + self.assertions + self.assumptions

    @property
    def explored_alternatives(self) -> bool:
        return self.alternatives_explored or self.alternatives_count > 0

    @classmethod
    def prefill(cls, facts: CaseFacts) -> DecisionAnswers:
        """Answers pre-filled from what the Check step recorded; the rest left unclear."""
        risk = {True: Answer.YES, False: Answer.NO, None: Answer.UNCLEAR}[facts.immediate_danger]
        return cls(
            immediate_risk=risk,
            observed=facts.count(InformationKind.OBSERVED),
            assertions=facts.count(InformationKind.ASSERTION),
            assumptions=facts.count(InformationKind.ASSUMPTION),
            corroborated=facts.count(validation=Validation.CORROBORATED),
            contradicted=facts.count(validation=Validation.CONTRADICTED),
            alternatives_explored=facts.alternatives_recorded > 0,
            alternatives_count=facts.alternatives_recorded,
            consulted=facts.consultations,
            alternatives_accepted=facts.alternatives_accepted,
        )


@dataclass(frozen=True, slots=True)
class Pointer:
    """A response the answers point towards, with the reasons as messages to translate."""

    outcome: Outcome
    reasons: tuple[Message, ...]

    def __post_init__(self) -> None:
        if not self.reasons:
            raise ValueError("a pointer needs at least one reason")

    @property
    def sentence(self) -> Message:
        """One sentence: "The answers point towards ... because ..."."""
        return message(
            "The answers point towards {outcome} because {reasons}.",
            outcome=OUTCOME_PHRASES[self.outcome],
            reasons=Joined(self.reasons, "; "),
        )

    @property
    def text(self) -> str:
        """The sentence in English."""
        return self.sentence.english()


@dataclass(frozen=True, slots=True)
class GuidanceWarning:
    """Something the DSL should be careful about before deciding or referring."""

    code: str
    text: Message

    @property
    def message(self) -> str:
        """The caution in English."""
        return self.text.english()


@dataclass(frozen=True, slots=True)
class Guidance:
    pointers: tuple[Pointer, ...]
    warnings: tuple[GuidanceWarning, ...]
    reminder: Message = field(default=REMINDER)


def _warning(code: str, key: str) -> GuidanceWarning:
    return GuidanceWarning(code, Message(key))


# --- warnings ------------------------------------------------------------------------------

_NO_INFORMATION = _warning(
    "no_information",
    "No information has been recorded for this concern yet.",
)
_RESTS_ON_CLAIMS = _warning(
    "rests_on_claims",
    "The concern rests only on assertions and assumptions: nothing in it has been seen or "
    "heard first hand. Try to confirm what you have been told before acting on it.",
)
_NO_ALTERNATIVE = _warning(
    "no_alternative",
    "No alternative explanation has been recorded. Think about other reasons for what was "
    "seen or heard, and write down why each was kept or ruled out.",
)
_ALTERNATIVE_NOT_WRITTEN = _warning(
    "alternative_not_written",
    "Other explanations were looked at, but none is written down. Record what was "
    "considered and why it was ruled out.",
)
_CONTRADICTED = _warning(
    "contradicted_present",
    "Some of the information has been contradicted by another source. Say in the rationale "
    "how you weighed it.",
)
_RISK_UNCLEAR = _warning(
    "immediate_risk_unclear",
    "It is not clear whether anyone is at immediate risk. If in doubt, call 999.",
)
_NOT_CONSULTED = _warning(
    "not_consulted",
    "Nobody else has been consulted yet. You can ask the police Prevent team or the local "
    "authority Prevent lead for advice before deciding.",
)

_DIMENSION_NAMES: Mapping[str, Message] = {
    "engagement": Message("involvement with a group, cause or ideology"),
    "intent": Message("intent to cause harm"),
    "capability": Message("capability to cause harm"),
}


def _evidence_warnings(
    total: int, observed: int, contradicted: int, explored: bool, recorded: bool
) -> list[GuidanceWarning]:
    warnings: list[GuidanceWarning] = []
    if total == 0:
        warnings.append(_NO_INFORMATION)
    elif observed == 0:
        warnings.append(_RESTS_ON_CLAIMS)
    if not recorded:
        warnings.append(_ALTERNATIVE_NOT_WRITTEN if explored else _NO_ALTERNATIVE)
    if contradicted > 0:
        warnings.append(_CONTRADICTED)
    return warnings


def check_warnings(facts: CaseFacts) -> list[GuidanceWarning]:
    """Cautions for the Check step, from what has been gathered so far."""
    return _evidence_warnings(
        total=facts.count(),
        observed=facts.count(InformationKind.OBSERVED),
        contradicted=facts.count(validation=Validation.CONTRADICTED),
        explored=False,
        recorded=facts.alternatives_recorded > 0,
    )


def _answer_warnings(a: DecisionAnswers) -> list[GuidanceWarning]:
    warnings: list[GuidanceWarning] = []
    if a.immediate_risk is Answer.UNCLEAR:
        warnings.append(_RISK_UNCLEAR)
    warnings.extend(
        _evidence_warnings(
            total=a.total_items,
            observed=a.observed,
            contradicted=a.contradicted,
            explored=a.explored_alternatives,
            recorded=a.alternatives_count > 0,
        )
    )
    for name, answer, items in (
        ("engagement", a.engagement, a.engagement_items),
        ("intent", a.intent, a.intent_items),
        ("capability", a.capability, a.capability_items),
    ):
        if answer is Answer.YES and not items:
            warnings.append(
                GuidanceWarning(
                    f"{name}_unsupported",
                    message(
                        "You answered yes to {question}, but no piece of information is "
                        "linked to support that answer.",
                        question=_DIMENSION_NAMES[name],
                    ),
                )
            )
    if a.consulted == 0:
        warnings.append(_NOT_CONSULTED)
    return warnings


# --- pointers ------------------------------------------------------------------------------

_ANOTHER_ROUTE = Message("you said another safeguarding route would meet the need")
_LEAST_INTRUSIVE = Message(
    "the proportionate response is the least intrusive one that meets the need"
)


def _yes_to(*names: str) -> Message:
    """ "you answered yes to intent to cause harm and to capability to cause harm"."""
    return message(
        "you answered yes to {questions}",
        questions=Joined((_DIMENSION_NAMES[n] for n in names), " and to "),
    )


def _emergency(a: DecisionAnswers) -> Pointer | None:
    if a.immediate_risk is not Answer.YES:
        return None
    return Pointer(
        Outcome.EMERGENCY,
        (
            Message("you said someone is at immediate risk of harm"),
            Message("the emergency call comes first and the record is made afterwards"),
            Message(
                "record the call as the immediate-risk statement when it happens, at any "
                "step; it does not stop a referral or another response being decided after it"
            ),
        ),
    )


def _referral(a: DecisionAnswers, solid: bool) -> Pointer | None:
    harm = [
        name
        for name, answer in (("intent", a.intent), ("capability", a.capability))
        if answer is Answer.YES
    ]
    engaged = a.engagement is Answer.YES
    if not harm and not (engaged and solid):
        return None
    reasons: list[Message] = []
    if harm:
        reasons.append(_yes_to(*harm))
        if engaged:
            reasons.append(
                message(
                    "you also answered yes to {question}", question=_DIMENSION_NAMES["engagement"]
                )
            )
        if not solid:
            reasons.append(
                Message(
                    "a worry about harm is shared even before it is confirmed, but say clearly "
                    "in the referral that nothing has yet been observed or corroborated"
                )
            )
    else:
        reasons.append(
            message(
                "{answered}, and this rests on information that was observed first hand or "
                "corroborated",
                answered=_yes_to("engagement"),
            )
        )
        reasons.append(
            Message(
                "check that the worry is about being drawn towards harm, not only about "
                "holding views or belonging to a lawful group"
            )
        )
    if harm and a.other_route_meets_need is Answer.YES and not a.other_route_in_parallel:
        reasons.append(
            Message(
                "another route may meet other needs, but a worry about harm is for the police "
                "Prevent team to assess"
            )
        )
    if a.other_vulnerabilities is Answer.YES:
        reasons.append(
            Message("the other vulnerabilities you identified belong in the referral too")
        )
    return Pointer(Outcome.PREVENT_REFERRAL, tuple(reasons))


def point_to(answers: DecisionAnswers) -> Guidance:
    """What the answers point towards, with cautions. Always at least one pointer."""
    a = answers
    solid = a.observed > 0 or a.corroborated > 0
    harm = a.intent is Answer.YES or a.capability is Answer.YES
    engaged = a.engagement is Answer.YES
    dims = (a.engagement, a.intent, a.capability)

    pointers: list[Pointer] = []
    emergency = _emergency(a)
    if emergency is not None:
        pointers.append(emergency)

    referral = _referral(a, solid)
    route = a.other_route_meets_need is Answer.YES
    if route and referral is None:
        pointers.append(
            Pointer(Outcome.EARLY_HELP_OR_SOCIAL_CARE, (_ANOTHER_ROUTE, _LEAST_INTRUSIVE))
        )
    elif route and referral is not None and not harm:
        # Engagement only, with another route that meets the need: the less intrusive route
        # comes first, and the referral remains a choice.
        reasons = [
            _ANOTHER_ROUTE,
            Message("nothing in the answers points to intent or capability to cause harm"),
            _LEAST_INTRUSIVE,
        ]
        if a.other_route_in_parallel:
            reasons.append(Message("you said it could also run alongside a referral"))
        pointers.append(Pointer(Outcome.EARLY_HELP_OR_SOCIAL_CARE, tuple(reasons)))
    if referral is not None:
        pointers.append(referral)
    if route and harm and a.other_route_in_parallel:
        pointers.append(
            Pointer(
                Outcome.EARLY_HELP_OR_SOCIAL_CARE,
                (
                    Message("another safeguarding route would meet some of the need"),
                    Message("you said it can run alongside the referral"),
                ),
            )
        )

    if engaged and not harm and not solid:
        pointers.append(
            Pointer(
                Outcome.MONITOR,
                (
                    message(
                        "{answered}, but nothing behind it has yet been observed first hand "
                        "or corroborated",
                        answered=_yes_to("engagement"),
                    ),
                    Message(
                        "keep gathering and checking information, and set a date to look again"
                    ),
                ),
            )
        )

    if a.other_vulnerabilities is Answer.YES and referral is None and not route:
        reasons = [Message("you identified other vulnerabilities or needs")]
        if a.other_route_meets_need is Answer.UNCLEAR:
            reasons.append(
                Message("it is not yet clear whether early help or social care could help")
            )
        else:
            reasons.append(Message("no other service has been found to meet them"))
        pointers.append(Pointer(Outcome.IN_SCHOOL_SUPPORT, tuple(reasons)))

    nothing_points_to_prevent = not harm and not engaged
    if nothing_points_to_prevent and Answer.UNCLEAR in dims:
        pointers.append(
            Pointer(
                Outcome.MONITOR,
                (
                    Message(
                        "some questions about involvement, intent or capability cannot be "
                        "answered yet"
                    ),
                    Message(
                        "watching and recording for a while, with a review date, keeps the "
                        "response proportionate until they can"
                    ),
                ),
            )
        )
    elif (
        nothing_points_to_prevent
        and emergency is None
        and not route
        and a.other_vulnerabilities is not Answer.YES
    ):
        reasons = [
            Message(
                "you answered no to involvement with a group, cause or ideology, to intent "
                "and to capability"
            )
        ]
        if a.explored_alternatives and a.alternatives_count > 0:
            reasons.append(Message("an alternative explanation has been recorded"))
        if a.contradicted > 0:
            reasons.append(Message("some of the information has been contradicted"))
        reasons.append(Message("write down the reasons for not referring"))
        pointers.append(Pointer(Outcome.NO_FURTHER_ACTION, tuple(reasons)))

    return Guidance(pointers=tuple(pointers), warnings=tuple(_answer_warnings(a)))


# --- the choice itself ---------------------------------------------------------------------

ACCEPTED_ALTERNATIVE = _warning(
    "referral_despite_accepted_alternative",
    "An alternative explanation was recorded as accepted: it explains what was seen. If you "
    "still refer, say in the rationale why the concern stands despite it, or look at the "
    "alternative again.",
)
EMERGENCY_LATE = _warning(
    "emergency_is_recorded_when_it_happens",
    "A 999 call is recorded when it is made, as the immediate-risk statement, not as a "
    "decision reached later. Choose the response the concern needs now; a Prevent referral "
    "can follow an emergency call.",
)
NO_IDEOLOGY = _warning(
    "no_ideology_still_a_concern",
    "No ideology is needed for a concern to stand: a fixation on violence without an ideology "
    "is still acted on, often through other safeguarding routes, and it can be referred.",
)


def choice_warnings(answers: DecisionAnswers, outcome: Outcome) -> tuple[GuidanceWarning, ...]:
    """Cautions about the outcome the DSL has chosen (shown beside the choice, never blocking)."""
    found: list[GuidanceWarning] = []
    if outcome is Outcome.PREVENT_REFERRAL and answers.alternatives_accepted > 0:
        found.append(ACCEPTED_ALTERNATIVE)
    if outcome is Outcome.EMERGENCY:
        found.append(EMERGENCY_LATE)
    if (
        outcome in (Outcome.NO_FURTHER_ACTION, Outcome.MONITOR)
        and answers.engagement is not Answer.YES
        and (answers.intent is Answer.YES or answers.capability is Answer.YES)
    ):
        found.append(NO_IDEOLOGY)
    return tuple(found)

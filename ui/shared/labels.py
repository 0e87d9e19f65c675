"""Translated words for the stored codes the screens show: stage, outcome, kind of information,
validation, answers, person type, and counted phrases."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dsl_desktop.domain import (
    Answer,
    InformationKind,
    Outcome,
    PersonType,
    ReferralOutcome,
    Stage,
    Validation,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Concerns", text)


# ---- labels -------------------------------------------------------------------------------
def stage_label(stage: Stage | str) -> str:
    labels = {
        Stage.NOTICE: _tr("Notice"),
        Stage.CHECK: _tr("Check"),
        Stage.DECIDE: _tr("Decide"),
        Stage.SHARE: _tr("Share"),
        Stage.REVIEW: _tr("Review"),
        Stage.CLOSED: _tr("Closed"),
    }
    try:
        return labels[Stage(stage)]
    except ValueError:
        return str(stage)


def outcome_label(outcome: Outcome | str | None) -> str:
    if not outcome:
        return _tr("Not decided yet")
    labels = {
        Outcome.NO_FURTHER_ACTION: _tr("No further action"),
        Outcome.MONITOR: _tr("Monitor, with a review date"),
        Outcome.IN_SCHOOL_SUPPORT: _tr("Support in school"),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE: _tr("Early help or children's social care"),
        Outcome.PREVENT_REFERRAL: _tr("Prevent referral"),
        Outcome.EMERGENCY: _tr("Emergency (999)"),
    }
    try:
        return labels[Outcome(outcome)]
    except ValueError:
        return str(outcome)


def outcome_help(outcome: Outcome) -> str:
    texts = {
        Outcome.NO_FURTHER_ACTION: _tr(
            "Nothing more is needed. Write down why: the reasons for not referring are kept."
        ),
        Outcome.MONITOR: _tr(
            "Keep a watchful eye, record anything new and look again on a set date."
        ),
        Outcome.IN_SCHOOL_SUPPORT: _tr("Pastoral or other support inside school."),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE: _tr(
            "Another safeguarding route: early help, children's social care or mental health."
        ),
        Outcome.PREVENT_REFERRAL: _tr(
            "Share the concern with the police Prevent team using the national referral form."
        ),
        Outcome.EMERGENCY: _tr("Someone is at immediate risk: 999 was or must be called."),
    }
    return texts[outcome]


def referral_outcome_label(outcome: ReferralOutcome | str | None) -> str:
    if not outcome:
        return _tr("Not recorded yet")
    labels = {
        ReferralOutcome.NO_FURTHER_ACTION: _tr("No further action"),
        ReferralOutcome.SIGNPOSTED: _tr("Signposted to other services"),
        ReferralOutcome.PREVENT_CASE_MANAGEMENT: _tr("Prevent Case Management (police)"),
        ReferralOutcome.CHANNEL: _tr("Channel panel"),
        ReferralOutcome.UNKNOWN: _tr("Not known (no feedback yet)"),
    }
    try:
        return labels[ReferralOutcome(outcome)]
    except ValueError:
        return str(outcome)


def kind_label(kind: InformationKind | str) -> str:
    labels = {
        InformationKind.OBSERVED: _tr("Observed"),
        InformationKind.ASSERTION: _tr("Assertion"),
        InformationKind.ASSUMPTION: _tr("Assumption"),
    }
    try:
        return labels[InformationKind(kind)]
    except ValueError:
        return str(kind)


def kind_help(kind: InformationKind) -> str:
    texts = {
        InformationKind.OBSERVED: _tr(
            "Seen or heard first hand by the person recording it, or shown by a document."
        ),
        InformationKind.ASSERTION: _tr(
            "Told as fact, not checked: someone states it, but nobody has confirmed it yet "
            "(\u201ca pupil says she is in a group chat with extremists\u201d)."
        ),
        InformationKind.ASSUMPTION: _tr(
            "Believed without evidence (\u201che must be watching propaganda\u201d). "
            "Write it down so it can be tested, not acted on."
        ),
    }
    return texts[kind]


def kind_words(kind: InformationKind | str) -> str:
    """The course's short words for a kind: what it is, in a few words."""
    words = {
        InformationKind.OBSERVED: _tr("seen or heard first hand"),
        InformationKind.ASSERTION: _tr("told as fact, not checked"),
        InformationKind.ASSUMPTION: _tr("believed without evidence"),
    }
    try:
        return words[InformationKind(kind)]
    except ValueError:
        return ""


def validation_choice_label(kind: InformationKind | str | None, validation: Validation) -> str:
    """How far a piece of information was checked, in words that fit its kind.

    An unchecked assertion stays "not checked" and an assumption without evidence stays "no
    evidence", so the answer beside the kind can never say the opposite of it.
    """
    if validation is Validation.CORROBORATED:
        return _tr("Corroborated: another person or record confirms it")
    if validation is Validation.CONTRADICTED:
        return _tr("Contradicted: another person or record says otherwise")
    try:
        known = InformationKind(kind) if kind else None
    except ValueError:
        known = None
    if known is InformationKind.ASSERTION:
        return _tr("Not checked yet, so it stays an assertion")
    if known is InformationKind.ASSUMPTION:
        return _tr("No evidence yet, so it stays an assumption")
    return _tr("Not checked against another source yet")


def standing_label(
    kind: InformationKind | str, validation: Validation | str | None, corroborated_by: str = ""
) -> str:
    """One line that says what a piece of information is and how far it was checked.

    A corroborated assertion reads as corroborated (by whom or what), never as an unchecked
    assertion beside a "corroborated" mark.
    """
    try:
        checked = Validation(validation) if validation else Validation.UNCORROBORATED
    except ValueError:
        checked = Validation.UNCORROBORATED
    by = corroborated_by.strip()
    try:
        known = InformationKind(kind)
    except ValueError:
        return str(kind)
    if checked is Validation.CORROBORATED:
        if known is InformationKind.OBSERVED:
            text = (
                _tr("Observed, and corroborated by %1") if by else _tr("Observed, and corroborated")
            )
        elif known is InformationKind.ASSERTION:
            text = (
                _tr("Corroborated: told as fact, then confirmed by %1")
                if by
                else _tr("Corroborated: told as fact, then confirmed")
            )
        else:
            text = (
                _tr("Corroborated: first only believed, now backed by %1")
                if by
                else _tr("Corroborated: first only believed, now backed by evidence")
            )
        return text.replace("%1", by)
    if checked is Validation.CONTRADICTED:
        text = _tr("Contradicted by %1 (it was %2)") if by else _tr("Contradicted (it was %2)")
        return text.replace("%1", by).replace("%2", kind_label(known).lower())
    if known is InformationKind.OBSERVED:
        return _tr("Observed")
    return f"{kind_label(known)} \u2014 {kind_words(known)}"


def validation_label(validation: Validation | str) -> str:
    labels = {
        Validation.CORROBORATED: _tr("Corroborated"),
        Validation.UNCORROBORATED: _tr("Not yet corroborated"),
        Validation.CONTRADICTED: _tr("Contradicted"),
    }
    try:
        return labels[Validation(validation)]
    except ValueError:
        return str(validation)


def answer_label(answer: Answer | str | None) -> str:
    labels = {Answer.YES: _tr("Yes"), Answer.NO: _tr("No"), Answer.UNCLEAR: _tr("Not clear yet")}
    if answer is None or answer == "":
        return _tr("Not answered")
    try:
        return labels[Answer(answer)]
    except ValueError:
        return str(answer)


def person_type_label(kind: PersonType | str) -> str:
    labels = {
        PersonType.PUPIL: _tr("Pupil"),
        PersonType.STAFF: _tr("Member of staff"),
        PersonType.PARENT_CARER: _tr("Parent or carer"),
        PersonType.OTHER: _tr("Someone else"),
    }
    try:
        return labels[PersonType(kind)]
    except ValueError:
        return str(kind)


def referral_field_label(label: str) -> str:
    """A label from ``dsl_desktop.referral_fields`` (translated in its own context)."""
    return QCoreApplication.translate("ReferralFields", label)


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, with ``%1`` for the number)."""
    return (one if n == 1 else many).replace("%1", str(n))


def answer_options() -> list[tuple[str, str]]:
    return [
        (Answer.YES.value, _tr("Yes")),
        (Answer.NO.value, _tr("No")),
        (Answer.UNCLEAR.value, _tr("Not clear yet")),
    ]

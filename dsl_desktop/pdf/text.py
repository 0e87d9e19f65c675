"""The words the PDF documents print.

Every label goes through ``_()``, so that a Welsh catalogue (and bilingual output) can be added
without touching the layouts. Messages with values use ``str.format`` placeholders, e.g.
``_("Page {page} of {pages}").format(page=1, pages=3)``, so a translation may reorder them.

A document is printed in English, Welsh or both by rendering it inside
``with in_language("cy"):`` (``"en"``, ``"cy"`` or ``"bilingual"``); the Welsh wording is in
:mod:`dsl_desktop.pdf.text_cy`. Bilingual labels put the Welsh first, as the Welsh Language
Standards ask: "Am y person / About the person". The choice holds for the current thread (and
asyncio task) only, so two documents can be rendered side by side in different languages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache
from types import MappingProxyType

from dsl_desktop.domain import (
    Answer,
    InformationKind,
    Outcome,
    ParallelRoute,
    ReferralOutcome,
    Stage,
    Validation,
)
from dsl_desktop.messages import render

ENGLISH = "en-GB"
WELSH = "cy-GB"
LANGUAGES = ("en", "cy", "bilingual")
"""What ``in_language`` accepts: English, Welsh, or Welsh and English together."""
BILINGUAL_SEPARATOR = " / "
BILINGUAL_LONG = 80
"""English messages longer than this put the English on a line of its own under the Welsh."""

_language = ENGLISH
_catalogue: Mapping[str, str] = MappingProxyType({})
_active: ContextVar[tuple[str, Mapping[str, str]] | None] = ContextVar(
    "dsl_desktop_pdf_language", default=None
)


def _(message: str) -> str:
    """The translation hook: the catalogue's wording for ``message``, or the English itself."""
    active = _active.get()
    catalogue = _catalogue if active is None else active[1]
    return catalogue.get(message, message)


def say(value: object) -> str:
    """A core :class:`dsl_desktop.messages.Message` (or plain text, printed as it is) in the
    language of the document being rendered."""
    active = _active.get()
    return render(value, _catalogue if active is None else active[1])


def document_language() -> str:
    """BCP 47 tag written into each PDF's catalogue (/Lang), matching the active catalogue."""
    active = _active.get()
    return _language if active is None else active[0]


def bilingual(welsh: str, english: str) -> str:
    """One label in both languages, Welsh first; a label the same in both is given once."""
    if welsh == english:
        return english
    separator = "\n" if len(english) > BILINGUAL_LONG else BILINGUAL_SEPARATOR
    return f"{welsh}{separator}{english}"


@cache
def catalogue_for(language: str) -> tuple[str, Mapping[str, str]]:
    """The BCP 47 tag and the catalogue for ``"en"``, ``"cy"`` or ``"bilingual"``.

    A bilingual document is tagged Welsh (cy-GB): each label leads with the Welsh.
    """
    if language == "en":
        return ENGLISH, MappingProxyType({})
    from dsl_desktop.pdf.text_cy import BILINGUAL
    from dsl_desktop.pdf.text_cy import WELSH as WELSH_WORDING

    if language == "cy":
        return WELSH, MappingProxyType(dict(WELSH_WORDING))
    if language == "bilingual":
        both = {en: bilingual(cy, en) for en, cy in WELSH_WORDING.items()}
        return WELSH, MappingProxyType(both | BILINGUAL)
    raise ValueError(f"unknown document language {language!r}; use one of {', '.join(LANGUAGES)}")


@contextmanager
def in_language(language: str | None) -> Iterator[None]:
    """Print the documents rendered inside the block in ``language`` (``None``: as before)."""
    if language is None:
        yield
        return
    token = _active.set(catalogue_for(language))
    try:
        yield
    finally:
        _active.reset(token)


def use_catalogue(language: str, catalogue: Mapping[str, str]) -> None:
    """Print PDFs in ``language`` using ``catalogue`` (English message -> translation).

    ``use_catalogue(ENGLISH, {})`` goes back to English.
    """
    global _language, _catalogue
    _language = language
    _catalogue = MappingProxyType(dict(catalogue))


MARKING = "OFFICIAL-SENSITIVE"
"""Government Security Classifications marking; printed as is, never translated."""


def kind_name(kind: InformationKind) -> str:
    """The kind in one word (for counts): Observed, Assertion, Assumption."""
    labels = {
        InformationKind.OBSERVED: _("Observed"),
        InformationKind.ASSERTION: _("Assertion"),
        InformationKind.ASSUMPTION: _("Assumption"),
    }
    return labels[kind]


def kind_label(kind: InformationKind) -> str:
    """The Home Office referrals course's words for a kind of information."""
    labels = {
        InformationKind.OBSERVED: _("Observed"),
        InformationKind.ASSERTION: _("Assertion (told as fact, not checked)"),
        InformationKind.ASSUMPTION: _("Assumption (believed without evidence)"),
    }
    return labels[kind]


def validation_label(validation: Validation | None) -> str:
    if validation is None:
        return _("Not yet checked")
    labels = {
        Validation.CORROBORATED: _("Corroborated"),
        Validation.UNCORROBORATED: _("Not corroborated"),
        Validation.CONTRADICTED: _("Contradicted"),
    }
    return labels[validation]


def evidence_labels(
    kind: InformationKind, validation: Validation | None, corroborated_by: str = ""
) -> tuple[str, str]:
    """(kind, how far it was checked) for one item, worded so the two never contradict each
    other: a corroborated assertion reads as corroborated (by whom or what), not "not checked"."""
    by = corroborated_by.strip()
    if validation is Validation.CORROBORATED:
        kinds = {
            InformationKind.OBSERVED: _("Observed"),
            InformationKind.ASSERTION: _("Assertion, since corroborated"),
            InformationKind.ASSUMPTION: _("Assumption, since backed by evidence"),
        }
        checked = (
            _("Corroborated by {by}").format(by=by)
            if by
            else _("Corroborated (by whom not recorded)")
        )
        return kinds[kind], checked
    if validation is Validation.CONTRADICTED:
        return kind_name(kind), _("Contradicted")
    unchecked = {
        InformationKind.OBSERVED: _("No second source yet"),
        InformationKind.ASSERTION: _("Not checked yet"),
        InformationKind.ASSUMPTION: _("No evidence yet"),
    }
    return kind_label(kind), unchecked[kind]


def outcome_label(outcome: Outcome) -> str:
    """A decision's outcome: the same words in every document (``workflow.OUTCOME_TITLES``)."""
    labels = {
        Outcome.NO_FURTHER_ACTION: _("No further action"),
        Outcome.MONITOR: _("Monitor and review"),
        Outcome.IN_SCHOOL_SUPPORT: _("Support in school"),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE: _("Early help or children's social care"),
        Outcome.PREVENT_REFERRAL: _("Prevent referral"),
        Outcome.EMERGENCY: _("Emergency (999)"),
    }
    return labels[outcome]


def referral_outcome_label(outcome: ReferralOutcome | None) -> str:
    """The police gateway's outcome: the same words in every document."""
    if outcome is None:
        return _("Awaiting an outcome")
    labels = {
        ReferralOutcome.NO_FURTHER_ACTION: _("No further action"),
        ReferralOutcome.SIGNPOSTED: _("Signposted to other services"),
        ReferralOutcome.PREVENT_CASE_MANAGEMENT: _("Prevent Case Management (police)"),
        ReferralOutcome.CHANNEL: _("Channel panel"),
        ReferralOutcome.UNKNOWN: _("Not known (no feedback yet)"),
    }
    return labels[outcome]


def parallel_route_label(route: ParallelRoute | str) -> str:
    try:
        known = ParallelRoute(route)
    except ValueError:
        return str(route)
    labels = {
        ParallelRoute.CHILDRENS_SOCIAL_CARE: _("Children's social care or the MASH"),
        ParallelRoute.EARLY_HELP: _("Early help"),
        ParallelRoute.LADO: _("Local authority designated officer (LADO)"),
        ParallelRoute.ADULT_SOCIAL_CARE: _("Adult social care"),
        ParallelRoute.OTHER: _("Another safeguarding route"),
        ParallelRoute.NONE: _("No parallel referral"),
    }
    return labels[known]


BOX_TICKED = "\u2611"
BOX_CROSSED = "\u2612"
BOX_EMPTY = "\u2610"


def answer_mark(answer: Answer | None) -> str:
    """A box glyph that reads the same on a black-and-white print."""
    if answer is Answer.YES:
        return BOX_TICKED
    if answer is Answer.NO:
        return BOX_CROSSED
    return BOX_EMPTY


def answer_label(answer: Answer | None, *, unclear: str | None = None) -> str:
    """Yes / No / the wording for an open answer (``unclear``, default "Unclear")."""
    if answer is None:
        return _("Not answered")
    if answer is Answer.YES:
        return _("Yes")
    if answer is Answer.NO:
        return _("No")
    return unclear if unclear is not None else _("Unclear")


def stage_label(code: str) -> str:
    labels = {
        Stage.NOTICE.value: _("Notice"),
        Stage.CHECK.value: _("Check"),
        Stage.DECIDE.value: _("Decide"),
        Stage.SHARE.value: _("Share"),
        Stage.REVIEW.value: _("Review"),
        Stage.CLOSED.value: _("Closed"),
    }
    return labels.get(code, code)


def format_date(value: date | None) -> str:
    """``14 March 2026``, or ``14 March 2026, 09:30`` when a time is known; "" for none."""
    if value is None:
        return ""
    months = (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May"),
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )
    text = _("{day} {month} {year}").format(
        day=value.day, month=months[value.month - 1], year=value.year
    )
    if isinstance(value, datetime):
        text = _("{date}, {time}").format(date=text, time=value.strftime("%H:%M"))
    return text

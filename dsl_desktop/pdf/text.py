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

import re
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
_mode: ContextVar[str | None] = ContextVar("dsl_desktop_pdf_mode", default=None)


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
    mode = _mode.set(language)
    try:
        yield
    finally:
        _mode.reset(mode)
        _active.reset(token)


def document_mode() -> str:
    """The language documents are being printed in: ``"en"``, ``"cy"`` or ``"bilingual"``."""
    mode = _mode.get()
    if mode is not None:
        return mode
    return "cy" if _language == WELSH and _catalogue else "en"


def in_words(english: str, welsh: str) -> str:
    """A value the app holds in both languages (a catalogue label), in the document's
    language: the Welsh, the English, or both (Welsh first); a missing Welsh gives the English."""
    mode = document_mode()
    if mode == "en" or not welsh.strip():
        return english
    if mode == "cy":
        return welsh
    return bilingual(welsh, english)


_YEAR = re.compile(r"^(?:Year|Blwyddyn)\s+(\d{1,2})$")


def _offered_words() -> tuple[str, ...]:
    """Words the app offers for a stored value (sex or gender, role names): printed in the
    document's language when the value is exactly one of them."""
    return (
        _("Female"),
        _("Male"),
        _("Non-binary"),
        _("Prefers not to say"),
        _("Designated Safeguarding Lead"),
        _("Deputy DSL"),
        _("Deputy Designated Safeguarding Lead"),
        _("Designated Safeguarding Person"),
        _("Deputy Designated Safeguarding Person"),
        _("Reviewer"),
        _("Training administrator"),
    )


def _bundled_labels() -> list[tuple[str, str]]:
    """(English, Welsh) of every label in the bundled catalogues: types of concern, signs of
    concern and their groups, and the training courses of both nations."""
    from dsl_desktop import catalogues
    from dsl_desktop.resources import load_json
    from dsl_desktop.training.compliance import load_courses

    pairs = list(catalogues.welsh_labels("category").values())
    pairs += catalogues.welsh_labels("indicator").values()
    pairs += [(g.label, g.label_cy) for g in catalogues.load_indicators().groups]
    pairs += [(c.title, c.title_cy) for c in load_courses()]
    wales = load_json("training", "wales.json").get("courses", {})
    pairs += [
        (str(c["title"]), str(c.get("title_cy", "")))
        for c in wales.values()
        if isinstance(c, dict) and "title" in c
    ]
    return pairs


@cache
def _value_words() -> Mapping[str, tuple[str, str]]:
    """English or Welsh form of every offered word and bundled catalogue label -> (en, cy)."""
    pairs = _bundled_labels()
    with in_language("en"):
        english = _offered_words()
    with in_language("cy"):
        welsh = _offered_words()
    pairs += zip(english, welsh, strict=True)
    found: dict[str, tuple[str, str]] = {}
    for en, cy in pairs:
        found.setdefault(en, (en, cy))
        if cy:
            found.setdefault(cy, (en, cy))
    return MappingProxyType(found)


def stored_word(value: str) -> str:
    """A stored value in the document's language when it is a word the app itself offered
    (a sex or gender, a year group, a role, a bundled catalogue label, in English or Welsh);
    anything else, such as what someone typed, exactly as stored."""
    text = value.strip()
    if not text or (document_mode() == "en" and text.isascii() and not _is_welsh(text)):
        return value
    year = _YEAR.match(text)
    if year is not None:
        number = int(year.group(1))
        with in_language("en"):
            english = _("Year {number}").format(number=number)
        with in_language("cy"):
            welsh = _("Year {number}").format(number=number)
        return in_words(english, welsh)
    pair = _value_words().get(text)
    return value if pair is None else in_words(*pair)


def _is_welsh(text: str) -> bool:
    """True when ``text`` is the Welsh of an offered word (printed in English as the English)."""
    pair = _value_words().get(text)
    return text.lower().startswith("blwyddyn ") or (pair is not None and pair[0] != text)


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

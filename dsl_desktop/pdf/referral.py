"""The Prevent referral form, laid out in the order and headings of the National Prevent Referral
Form (2025; domain.md §3 and §8): the person; the concerns; complex needs; other information
(with the checks already made); the referrer.

Each section is first described as a list of parts (labelled fields, long answers, the checks,
tables). The same parts give the PDF and the plain wording: the wording the DSL may edit, the
per-section text behind the Copy buttons and the whole form as plain text for pasting into an
online form (:func:`section_plain_text`, :func:`referral_plain_text`). A section's edited wording
replaces its generated content in all of them.

What the flow never asked is never printed as an answer: a check with no answer reads "Not
asked", a complex need is "None known" only when the DSL said so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Table

from dsl_desktop.pdf import base
from dsl_desktop.pdf.base import Cell, DocumentInfo, Target
from dsl_desktop.pdf.shared import age_text, bullet_list, information_plain_text, information_table
from dsl_desktop.pdf.text import (
    MARKING,
    _,
    answer_label,
    format_date,
    in_language,
    in_words,
    outcome_label,
    parallel_route_label,
    referral_outcome_label,
    stored_word,
)
from dsl_desktop.referral_form import (
    AlternativeExplanation,
    CheckAnswer,
    ChecksMade,
    FamilyMember,
    ImmediateRisk,
    InformationEntry,
    ParallelReferralEntry,
    PreviousConcern,
    ReferralForm,
    ReferralSection,
)

PRINT_ORDER: tuple[ReferralSection, ...] = (
    ReferralSection.PERSON,
    ReferralSection.CONCERN,
    ReferralSection.INFORMATION,
    ReferralSection.WORRIES,
    ReferralSection.NEEDS,
    ReferralSection.OTHER,
    ReferralSection.CHECKS,
    ReferralSection.REFERRER,
)
"""Every section, in the order the form prints them."""

_NUMBERED: tuple[ReferralSection, ...] = (
    ReferralSection.PERSON,
    ReferralSection.CONCERN,
    ReferralSection.NEEDS,
    ReferralSection.OTHER,
    ReferralSection.REFERRER,
)
"""The national form's five sections; the others print as parts of the one before them."""

# --- parts ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fields:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _LongText:
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class _Answers:
    """Questions answered with a word ("None known", "Not asked") or details."""

    rows: tuple[tuple[str, str, bool], ...]
    """(question, text, True when the text is the app's word rather than what was recorded)."""


@dataclass(frozen=True, slots=True)
class _Checks:
    rows: tuple[tuple[str, CheckAnswer], ...]


@dataclass(frozen=True, slots=True)
class _Information:
    items: tuple[InformationEntry, ...]


@dataclass(frozen=True, slots=True)
class _Family:
    members: tuple[FamilyMember, ...]


@dataclass(frozen=True, slots=True)
class _Risk:
    risk: ImmediateRisk | None


@dataclass(frozen=True, slots=True)
class _Previous:
    concerns: tuple[PreviousConcern, ...]


@dataclass(frozen=True, slots=True)
class _Alternatives:
    alternatives: tuple[AlternativeExplanation, ...]


@dataclass(frozen=True, slots=True)
class _Parallel:
    referrals: tuple[ParallelReferralEntry, ...]


_Part = (
    _Fields | _LongText | _Answers | _Checks | _Information | _Family | _Risk | _Previous
    | _Alternatives | _Parallel
)  # fmt: skip


def _local(form: ReferralForm, text: str) -> str:
    """Wording the app generated for the form, in the document's language (its Welsh was made
    with the form); anything else as it is."""
    welsh = form.welsh.get(text)
    return text if welsh is None else in_words(text, welsh)


def _value(form: ReferralForm, text: str) -> str:
    """A value the app offered (a label, a sex or gender, a year group, a role), in the
    document's language; what someone typed stays as typed."""
    welsh = form.welsh.get(text)
    return stored_word(text) if welsh is None else in_words(text, welsh)


def section_heading(section: ReferralSection) -> str:
    headings = {
        ReferralSection.PERSON: _("The person"),
        ReferralSection.CONCERN: _("The concerns"),
        ReferralSection.INFORMATION: _("Information and where it came from"),
        ReferralSection.WORRIES: _("What we are worried about"),
        ReferralSection.NEEDS: _("Complex needs"),
        ReferralSection.OTHER: _("Other information"),
        ReferralSection.CHECKS: _("Checks already made"),
        ReferralSection.REFERRER: _("The referrer"),
    }
    return headings[section]


def _person_parts(form: ReferralForm) -> list[_Part]:
    person = form.person
    rows: list[tuple[str, str]] = [
        (_("Forename(s)"), person.forenames),
        (_("Surname"), person.surname),
        (_("Other names or spellings"), person.other_names),
        (_("Date of birth"), format_date(person.date_of_birth)),
        (
            _("Age"),
            age_text(person.date_of_birth, person.approximate_age, form.generated_at.date()),
        ),
        (_("Gender"), _value(form, person.gender)),
    ]
    if person.addresses:
        for address in person.addresses:
            name = _("Current address") if address.is_current else _("Other address")
            rows.append((name, address.address))
    else:
        rows.append((_("Address"), ""))
    rows += [
        (_("Phone"), person.phone),
        (_("Email"), person.email),
        (_("Nationality"), person.nationality),
        (_("First language"), person.first_language),
    ]
    education = [
        (_("School or college"), person.school),
        (_("Year group"), _value(form, person.year_group)),
        (_("Occupation"), person.occupation),
    ]
    given = [(name, value) for name, value in education if value.strip()]
    rows += given or [(_("School, year group or occupation"), "")]
    return [
        _Fields(tuple(rows)),
        _Family(person.family),
        _LongText(_("Other agencies involved with the person or family"), person.other_agencies),
    ]


def _concern_parts(form: ReferralForm) -> list[_Part]:
    concern = form.concern
    parts: list[_Part] = []
    if form.nrf_version:
        parts.append(_Risk(form.immediate_risk))
    parts += [
        _LongText(
            _("How and why the school became concerned"),
            "\n\n".join(
                t for t in (_local(form, concern.noticed), concern.how_it_came_to_notice) if t
            ),
        ),
        _LongText(_("What happened"), concern.what_happened),
        _LongText(
            _("Signs of concern noticed"),
            bullet_list([_value(form, label) for label in concern.indicators]),
        ),
        _LongText(
            _(
                "Sympathy or interest in extremism, hate crime or terrorism "
                "(ideology, group or cause; school shooters or public massacres; "
                "murders of public figures)"
            ),
            concern.ideology_or_interest,
        ),
        _LongText(_("Worrying use of phone, internet or social media"), concern.online_activity),
        _LongText(_("How the online activity came to light"), concern.how_online_activity_found),
        _LongText(
            _("Contact with worrying groups or individuals (who, how often, why it worries us)"),
            concern.contacts_with_groups,
        ),
        _LongText(
            _("Threats, or a wish to cause harm (to whom, when, what was said)"),
            concern.threats_or_wish_to_harm,
        ),
        _LongText(_("Weapons, explosives or travel plans"), concern.weapons_explosives_travel),
    ]
    if form.nrf_version:
        earlier = (dataclasses.replace(p, concern_type=_value(form, p.concern_type))
                   for p in form.previous)  # fmt: skip
        parts.append(_Previous(tuple(earlier)))
    return parts


def _information_parts(form: ReferralForm) -> list[_Part]:
    parts: list[_Part] = [_Information(form.information)]
    if form.nrf_version:
        parts.append(_Alternatives(form.alternatives))
    return parts


_NEED_LABELS: tuple[tuple[str, Callable[[], str]], ...] = (
    (
        "special_needs_or_disability",
        lambda: _("Special educational needs or disability (known or suspected)"),
    ),
    ("mental_health", lambda: _("Mental health")),
    ("victim_of_bullying_or_crime", lambda: _("Victim of bullying or crime")),
    ("family_or_peer_concerns", lambda: _("Family or peer concerns")),
    ("housing", lambda: _("Housing")),
    ("substance_misuse", lambda: _("Substance misuse")),
    ("grievance_or_conspiracy_beliefs", lambda: _("Grievance or conspiracy beliefs")),
    ("other_needs", lambda: _("Other needs or vulnerabilities")),
)


def _needs_parts(form: ReferralForm) -> list[_Part]:
    needs = form.needs
    if not needs.asked:  # a form made before "none known" was told from "not asked"
        return [_Fields(tuple((label(), getattr(needs, key)) for key, label in _NEED_LABELS))]
    rows: list[tuple[str, str, bool]] = []
    for key, label in _NEED_LABELS:
        text: str = getattr(needs, key)
        if text.strip():
            rows.append((label(), text, False))
        elif key in needs.none_known:
            rows.append((label(), _("None known"), True))
        else:
            rows.append((label(), _("Not asked"), True))
    return [_Answers(tuple(rows))]


def _other_parts(form: ReferralForm) -> list[_Part]:
    other = form.other
    parts: list[_Part] = [
        _Fields(
            (
                (
                    _("Other safeguarding concerns (family, friends, surroundings)"),
                    other.other_safeguarding_concerns,
                ),
                (_("Social media names and handles"), "\n".join(other.social_media_handles)),
                (
                    _("Agencies and professionals already working with the person"),
                    other.agencies_involved,
                ),
            )
        )
    ]
    if form.nrf_version:
        parts.append(_Parallel(form.parallel))
    return parts


def _checks_parts(form: ReferralForm) -> list[_Part]:
    checks = _local_checks(form)
    return [
        _Checks(
            (
                (
                    _("Discussed with the designated safeguarding lead or Prevent lead"),
                    checks.discussed_with_lead,
                ),
                (_("The person knows about this referral"), checks.person_aware_of_referral),
                (
                    _("Parents or carers told or involved (under 18), and whether they support it"),
                    checks.parents_or_carers_informed,
                ),
                (_("Conversations held with the child"), checks.discussions_with_child),
                (_("Action taken since the concern arose"), checks.action_taken_since),
                (_("Discussed with other agencies"), checks.discussed_with_other_agencies),
            )
        )
    ]


def _local_checks(form: ReferralForm) -> ChecksMade:
    """The checks with the details the app wrote in the document's language."""
    checks = form.checks
    if not form.welsh:
        return checks
    return dataclasses.replace(
        checks,
        **{
            spec.name: dataclasses.replace(answer, details=_local(form, answer.details))
            for spec in dataclasses.fields(checks)
            if (answer := getattr(checks, spec.name)).details
        },
    )


def _worries_parts(form: ReferralForm) -> list[_Part]:
    return [
        _LongText(_("What worries us"), form.worries.worried_about),
        _LongText(
            _("What may happen if nothing is done and the needs are not met"),
            form.worries.if_nothing_done,
        ),
    ]


def referral_date_text(form: ReferralForm) -> str:
    """The date of referral is the date the form was sent; until then it says so."""
    if form.sent_on is not None:
        return format_date(form.sent_on)
    if not form.nrf_version and form.referrer.referral_date is not None:
        return format_date(form.referrer.referral_date)
    return _("Not sent yet")


def _referrer_parts(form: ReferralForm) -> list[_Part]:
    referrer = form.referrer
    rows: list[tuple[str, str]] = [
        (_("Name"), referrer.name),
        (_("Role"), _value(form, referrer.role)),
        (_("Organisation"), referrer.organisation),
        (_("Address"), referrer.address),
    ]
    if form.nrf_version:
        rows += [
            (_("Direct phone"), referrer.direct_phone),
            (_("Professional email"), referrer.work_email),
            (_("School phone"), referrer.phone),
            (_("School email"), referrer.email),
        ]
    else:
        rows += [(_("Phone"), referrer.phone), (_("Email"), referrer.email)]
    rows += [
        (_("Relationship to the person"), _local(form, referrer.relationship_to_person)),
        (_("Date of referral"), referral_date_text(form)),
    ]
    if form.nrf_version:
        rows.append((_("Form prepared"), format_date(form.generated_at)))
        contact = form.alternative_contact
        if contact is None:
            rows.append((_("Alternative contact"), _("None named")))
        else:
            details = [contact.name, _value(form, contact.role), contact.phone, contact.email]
            rows.append((_("Alternative contact"), "\n".join(d for d in details if d.strip())))
    return [_Fields(tuple(rows))]


_SECTION_PARTS: dict[ReferralSection, Callable[[ReferralForm], list[_Part]]] = {
    ReferralSection.PERSON: _person_parts,
    ReferralSection.CONCERN: _concern_parts,
    ReferralSection.INFORMATION: _information_parts,
    ReferralSection.NEEDS: _needs_parts,
    ReferralSection.OTHER: _other_parts,
    ReferralSection.CHECKS: _checks_parts,
    ReferralSection.WORRIES: _worries_parts,
    ReferralSection.REFERRER: _referrer_parts,
}


# --- words for the new parts --------------------------------------------------------------------


def _risk_text(risk: ImmediateRisk | None) -> str:
    if risk is None or risk.identified is None:
        return _("Not stated")
    if not risk.identified:
        return _("None identified when the concern was recorded.")
    when = format_date(risk.at) if risk.at is not None else ""
    if when:
        return _("Emergency action taken ({when}): {action}").format(when=when, action=risk.action)
    return _("Emergency action taken: {action}").format(action=risk.action)


def _accepted_text(accepted: bool | None) -> str:
    if accepted is None:
        return _("Not concluded yet")
    if accepted:
        return _("Accepted: it explains what was seen")
    return _("Not accepted: it does not explain what was seen")


def _previous_outcome(item: PreviousConcern) -> str:
    words = outcome_label(item.outcome) if item.outcome is not None else _("Not decided yet")
    if item.referred_on is not None or item.referral_outcome is not None:
        words += "\n" + _("Gateway: {outcome}").format(
            outcome=referral_outcome_label(item.referral_outcome)
        )
    return words


def _parallel_text(entry: ParallelReferralEntry) -> str:
    if entry.none:
        return _("No parallel referral: {why}").format(why=entry.notes)
    bits = [parallel_route_label(entry.route)]
    if entry.made_on is not None:
        bits.append(_("made {date}").format(date=format_date(entry.made_on)))
    if entry.reference:
        bits.append(_("reference {reference}").format(reference=entry.reference))
    text = ", ".join(bits)
    return f"{text}. {entry.notes}" if entry.notes else text


# --- plain wording ------------------------------------------------------------------------------


def _check_text(answer: CheckAnswer) -> str:
    if answer.not_applicable:
        return _("Not applicable: the person is an adult")
    if answer.answer is None:
        text = _("Not asked")
    else:
        text = answer_label(answer.answer, unclear=_("Not known"))
    return f"{text}. {answer.details}" if answer.details.strip() else text


def _plain(part: _Part) -> str:
    missing = _("Not recorded")
    if isinstance(part, _Fields):
        return "\n".join(f"{name}: {value or missing}" for name, value in part.rows)
    if isinstance(part, _LongText):
        return f"{part.label}:\n{part.text or missing}"
    if isinstance(part, _Answers):
        return "\n".join(f"{name}: {text}" for name, text, _word in part.rows)
    if isinstance(part, _Checks):
        return "\n".join(f"{name}: {_check_text(answer)}" for name, answer in part.rows)
    if isinstance(part, _Information):
        return information_plain_text(part.items)
    if isinstance(part, _Risk):
        return f"{_('Immediate risk')}: {_risk_text(part.risk)}"
    if isinstance(part, _Previous):
        title = _("Earlier concerns and referrals about the person")
        if not part.concerns:
            return f"{title}:\n{_('None recorded in this school.')}"
        lines = []
        for p in part.concerns:
            facts = [p.reference, format_date(p.noticed_on), p.concern_type]
            facts.append(_previous_outcome(p).replace("\n", "; "))
            if p.police_reference:
                facts.append(_("police reference {reference}").format(reference=p.police_reference))
            lines.append(" · ".join(f for f in facts if f))
        return f"{title}:\n" + "\n".join(lines)
    if isinstance(part, _Alternatives):
        title = _("Alternative explanations considered")
        if not part.alternatives:
            return f"{title}:\n{_('None recorded.')}"
        lines = []
        for n, a in enumerate(part.alternatives, start=1):
            lines.append(f"{n}. {a.explanation}")
            if a.how_explored:
                lines.append(f"   {_('How it was explored')}: {a.how_explored}")
            if a.finding:
                lines.append(f"   {_('Conclusion')}: {a.finding}")
            lines.append(f"   {_accepted_text(a.accepted)}")
        return f"{title}:\n" + "\n".join(lines)
    if isinstance(part, _Parallel):
        title = _("Referral made alongside this one")
        body = "\n".join(_parallel_text(e) for e in part.referrals) or _("Not recorded yet")
        return f"{title}:\n{body}"
    members = [
        ", ".join(
            bit for bit in (m.name, m.relationship, m.contact_details, m.notes) if bit.strip()
        )
        for m in part.members
    ]
    return f"{_('Family and carers')}:\n" + ("\n".join(members) or missing)


def generated_section_text(form: ReferralForm, section: ReferralSection) -> str:
    """The section's wording generated from the recorded fields, ignoring any edit.

    The app offers this as the starting point when the DSL rewrites a section.
    """
    return "\n\n".join(_plain(part) for part in _SECTION_PARTS[section](form))


def section_plain_text(form: ReferralForm, section: ReferralSection) -> str:
    """One section as it prints: the DSL's own wording where given, else the generated text."""
    edited = form.edited.get(section)
    if edited is not None and edited.strip():
        return edited.strip("\n")
    return generated_section_text(form, section)


def _preamble_lines(form: ReferralForm) -> list[str]:
    lines = [
        _("Prevent referral"),
        f"{_('Concern reference')}: {form.concern_reference}",
        f"{_('School')}: {form.school_name}",
    ]
    if form.school_urn.strip():
        lines.append(f"{_('School reference (URN)')}: {form.school_urn}")
    lines.append(f"{_('Date of referral')}: {referral_date_text(form)}")
    lines.append(f"{_('Form prepared')}: {format_date(form.generated_at)}")
    if form.nrf_version:
        lines.append(_prepared_for(form))
    return lines


def _prepared_for(form: ReferralForm) -> str:
    return _(
        "Prepared for the National Prevent Referral Form ({version}). This is the prepared copy "
        "and the school's record: where your area takes referrals only on the official form or "
        "an online portal (in Wales, online only), transfer it there."
    ).format(version=form.nrf_version)


def referral_plain_text(form: ReferralForm) -> str:
    """The whole form as plain text, section by section (headings underlined), for pasting
    into an online form."""
    parts = ["\n".join(_preamble_lines(form)), MARKING]
    numbers = {section: n for n, section in enumerate(_NUMBERED, start=1)}
    for section in PRINT_ORDER:
        title = section_heading(section)
        if section in numbers:
            title = f"{numbers[section]}. {title}"
        rule = "=" if section in numbers else "-"
        parts.append(f"{title}\n{rule * len(title)}\n{section_plain_text(form, section)}")
    return "\n\n".join(parts) + "\n"


# --- the PDF ------------------------------------------------------------------------------------


def _family_table(members: Sequence[FamilyMember]) -> Flowable:
    if not members:
        return base.field_table([(_("Family and carers"), "")])
    rows: list[list[Cell]] = [[m.name, m.relationship, m.contact_details, m.notes] for m in members]
    return base.grid_table(
        [_("Family member or carer"), _("Relationship"), _("Contact details"), _("Notes")],
        rows,
        [0.24, 0.18, 0.30, 0.28],
    )


def _quiet(text: str) -> list[Flowable]:
    return [Paragraph(base.markup(text), base.styles().empty)]


def _checks_table(rows: Sequence[tuple[str, CheckAnswer]]) -> Table:
    # A check answered without details leaves its details cell blank, not "Not recorded".
    data: list[list[Cell]] = []
    for name, answer in rows:
        if answer.not_applicable:
            shown: Cell = _quiet(_("Not applicable"))
            details: Cell = _quiet(_("The person is an adult."))
        elif answer.answer is None:
            shown = _quiet(_("Not asked"))
            details = answer.details if answer.details.strip() else []
        else:
            shown = base.answer_paragraph(answer.answer, unclear=_("Not known"))
            details = answer.details if answer.details.strip() else []
        data.append([name, shown, details])
    return base.grid_table([_("Check"), _("Answer"), _("Details")], data, [0.36, 0.17, 0.47])


def _answers_table(rows: Sequence[tuple[str, str, bool]]) -> Table:
    cells: list[tuple[str, Cell]] = [
        (name, _quiet(text) if word else text) for name, text, word in rows
    ]
    return base.field_table(cells)


def _risk_block(risk: ImmediateRisk | None) -> Flowable:
    return base.field_table([(_("Immediate risk"), _risk_text(risk))])


def _previous_table(concerns: Sequence[PreviousConcern]) -> list[Flowable]:
    title = base.subheading(_("Earlier concerns and referrals about the person"))
    if not concerns:
        return [*title, base.not_recorded(_("None recorded in this school."))]
    rows: list[list[Cell]] = [
        [
            base.token(p.reference),
            base.token(format_date(p.noticed_on)),
            p.concern_type,
            _previous_outcome(p),
            base.token(p.police_reference) if p.police_reference else [],
        ]
        for p in concerns
    ]
    table = base.grid_table(
        [_("Reference"), _("Noticed"), _("Type of concern"), _("Outcome"), _("Police reference")],
        rows,
        [0.15, 0.17, 0.22, 0.27, 0.19],
    )
    return [*title, table]


def _alternatives_table(alternatives: Sequence[AlternativeExplanation]) -> list[Flowable]:
    title = base.subheading(_("Alternative explanations considered"))
    if not alternatives:
        return [*title, base.not_recorded(_("None recorded."))]
    rows: list[list[Cell]] = [
        [
            str(n),
            a.explanation,
            a.how_explored if a.how_explored.strip() else _quiet(_("Not recorded")),
            [
                *(base.paragraphs(a.finding) if a.finding.strip() else []),
                Paragraph(base.markup(_accepted_text(a.accepted)), base.styles().label),
            ],
        ]
        for n, a in enumerate(alternatives, start=1)
    ]
    table = base.grid_table(
        [_("No."), _("Explanation"), _("How it was explored"), _("Conclusion")],
        rows,
        [0.06, 0.29, 0.33, 0.32],
    )
    return [*title, table]


def _parallel_block(referrals: Sequence[ParallelReferralEntry]) -> Flowable:
    text = "\n".join(_parallel_text(e) for e in referrals)
    value: Cell = text if text else _quiet(_("Not recorded yet"))
    return base.field_table([(_("Referral made alongside this one"), value)])


def _flowables(part: _Part) -> list[Flowable]:
    if isinstance(part, _Fields):
        return base.fields(part.rows)
    if isinstance(part, _LongText):
        return [base.text_block(part.label, part.text)]
    if isinstance(part, _Answers):
        return [_answers_table(part.rows)]
    if isinstance(part, _Checks):
        return [_checks_table(part.rows)]
    if isinstance(part, _Information):
        return [information_table(part.items)]
    if isinstance(part, _Risk):
        return [_risk_block(part.risk)]
    if isinstance(part, _Previous):
        return _previous_table(part.concerns)
    if isinstance(part, _Alternatives):
        return _alternatives_table(part.alternatives)
    if isinstance(part, _Parallel):
        return [_parallel_block(part.referrals)]
    return [_family_table(part.members)]


def _edited_block(text: str) -> Flowable:
    return base.text_block(_("In the referrer's words"), text)


def _section(form: ReferralForm, section: ReferralSection) -> list[Flowable]:
    edited = form.edited.get(section)
    if edited is not None and edited.strip():
        return [_edited_block(edited)]
    story: list[Flowable] = []
    for part in _SECTION_PARTS[section](form):
        story += _flowables(part)
    return story


def _story(form: ReferralForm) -> list[Flowable]:
    facts = [(_("Concern reference"), form.concern_reference)]
    if form.school_urn.strip():
        facts.append((_("School reference (URN)"), form.school_urn))
    facts += [
        (_("Date of referral"), referral_date_text(form)),
        (_("Form prepared"), format_date(form.generated_at)),
        (_("Form version"), form.form_version),
    ]
    if form.nrf_version:
        facts.append((_("Prepared for"), _("National Prevent Referral Form ({version})").format(
            version=form.nrf_version)))  # fmt: skip
    story = base.title_block(_("Prevent referral"), form.school_name, facts)
    notes = [
        _(
            "Once completed, this form is OFFICIAL-SENSITIVE: keep it secure and share it "
            "only with those who need it to keep someone safe."
        )
    ]
    if form.nrf_version:
        notes.append(_prepared_for(form))
        notes.append(
            _(
                "Each piece of information says whether it was observed, an assertion (told as "
                "fact, not checked) or an assumption (believed without evidence), and how far it "
                "was checked."
            )
        )
    story.append(base.note(" ".join(notes)))
    numbers = {section: n for n, section in enumerate(_NUMBERED, start=1)}
    for section in PRINT_ORDER:
        title = section_heading(section)
        if section in numbers:
            story += base.heading(f"{numbers[section]}. {title}" if form.nrf_version else title)
        else:
            story += base.subheading(title)
        story += _section(form, section)
    return story


def _info(form: ReferralForm) -> DocumentInfo:
    return DocumentInfo(
        title=_("Prevent referral"),
        subject=_("Prevent referral form"),
        author=form.school_name,
        version=form.form_version,
        school_reference=form.school_urn,
        created_at=form.generated_at,
        reference=form.concern_reference,
    )


def referral_pdf_bytes(form: ReferralForm, language: str | None = None) -> bytes:
    """The referral form as PDF file bytes.

    ``language``: ``"en"``, ``"cy"`` (Welsh) or ``"bilingual"`` (Welsh, then English) for the
    form's own labels; ``None`` keeps the active catalogue. What was recorded is printed as it is.
    """
    with in_language(language):
        return base.build_pdf(_story(form), _info(form))


def render_referral_pdf(form: ReferralForm, out: Target, language: str | None = None) -> None:
    """Write the referral form PDF to ``out``: a file path or a binary stream."""
    base.write_pdf(referral_pdf_bytes(form, language), out)

"""The Prevent referral form (domain.md §3), laid out for printing or sending as a PDF.

Each section is first described as a list of parts (labelled fields, long answers, the checks,
the information table). The same parts give the PDF and the plain wording that the app offers
the DSL to edit; a section's edited wording then replaces its generated content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table

from dsl_desktop.pdf import base
from dsl_desktop.pdf.base import Cell, DocumentInfo, Target
from dsl_desktop.pdf.shared import age_text, bullet_list, information_plain_text, information_table
from dsl_desktop.pdf.text import _, answer_label, format_date, in_language
from dsl_desktop.referral_form import (
    CheckAnswer,
    FamilyMember,
    InformationEntry,
    ReferralForm,
    ReferralSection,
)

# --- parts ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fields:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _LongText:
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class _Checks:
    rows: tuple[tuple[str, CheckAnswer], ...]


@dataclass(frozen=True, slots=True)
class _Information:
    items: tuple[InformationEntry, ...]


@dataclass(frozen=True, slots=True)
class _Family:
    members: tuple[FamilyMember, ...]


_Part = _Fields | _LongText | _Checks | _Information | _Family


def section_heading(section: ReferralSection) -> str:
    headings = {
        ReferralSection.PERSON: _("About the person"),
        ReferralSection.CONCERN: _("The concern"),
        ReferralSection.INFORMATION: _("Information and where it came from"),
        ReferralSection.NEEDS: _("Complex needs and vulnerabilities"),
        ReferralSection.OTHER: _("Other information"),
        ReferralSection.CHECKS: _("Checks already made"),
        ReferralSection.WORRIES: _("What we are worried about"),
        ReferralSection.REFERRER: _("Referrer"),
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
        (_("Gender"), person.gender),
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
        (_("Year group"), person.year_group),
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
    return [
        _LongText(_("How and why the school became concerned"), concern.how_it_came_to_notice),
        _LongText(_("What happened"), concern.what_happened),
        _LongText(_("Signs of concern noticed"), bullet_list(concern.indicators)),
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


def _information_parts(form: ReferralForm) -> list[_Part]:
    return [_Information(form.information)]


def _needs_parts(form: ReferralForm) -> list[_Part]:
    needs = form.needs
    return [
        _Fields(
            (
                (
                    _("Special educational needs or disability (known or suspected)"),
                    needs.special_needs_or_disability,
                ),
                (_("Mental health"), needs.mental_health),
                (_("Victim of bullying or crime"), needs.victim_of_bullying_or_crime),
                (_("Family or peer concerns"), needs.family_or_peer_concerns),
                (_("Housing"), needs.housing),
                (_("Substance misuse"), needs.substance_misuse),
                (_("Grievance or conspiracy beliefs"), needs.grievance_or_conspiracy_beliefs),
                (_("Other needs or vulnerabilities"), needs.other_needs),
            )
        )
    ]


def _other_parts(form: ReferralForm) -> list[_Part]:
    other = form.other
    return [
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


def _checks_parts(form: ReferralForm) -> list[_Part]:
    checks = form.checks
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


def _worries_parts(form: ReferralForm) -> list[_Part]:
    return [
        _LongText(_("What worries us"), form.worries.worried_about),
        _LongText(
            _("What may happen if nothing is done and the needs are not met"),
            form.worries.if_nothing_done,
        ),
    ]


def _referrer_parts(form: ReferralForm) -> list[_Part]:
    referrer = form.referrer
    return [
        _Fields(
            (
                (_("Name"), referrer.name),
                (_("Role"), referrer.role),
                (_("Organisation"), referrer.organisation),
                (_("Address"), referrer.address),
                (_("Phone"), referrer.phone),
                (_("Email"), referrer.email),
                (_("Relationship to the person"), referrer.relationship_to_person),
                (_("Date of referral"), format_date(referrer.referral_date)),
            )
        )
    ]


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


# --- plain wording ------------------------------------------------------------------------------


def _check_text(answer: CheckAnswer) -> str:
    text = answer_label(answer.answer, unclear=_("Not known"))
    return f"{text}. {answer.details}" if answer.details.strip() else text


def _plain(part: _Part) -> str:
    missing = _("Not recorded")
    if isinstance(part, _Fields):
        return "\n".join(f"{name}: {value or missing}" for name, value in part.rows)
    if isinstance(part, _LongText):
        return f"{part.label}:\n{part.text or missing}"
    if isinstance(part, _Checks):
        return "\n".join(f"{name}: {_check_text(answer)}" for name, answer in part.rows)
    if isinstance(part, _Information):
        return information_plain_text(part.items)
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


def _checks_table(rows: Sequence[tuple[str, CheckAnswer]]) -> Table:
    # A check answered without details leaves its details cell blank, not "Not recorded".
    data: list[list[Cell]] = [
        [
            name,
            base.answer_paragraph(answer.answer, unclear=_("Not known")),
            answer.details if answer.details.strip() else [],
        ]
        for name, answer in rows
    ]
    return base.grid_table([_("Check"), _("Answer"), _("Details")], data, [0.36, 0.17, 0.47])


def _flowables(part: _Part) -> list[Flowable]:
    if isinstance(part, _Fields):
        return base.fields(part.rows)
    if isinstance(part, _LongText):
        return [base.text_block(part.label, part.text)]
    if isinstance(part, _Checks):
        return [_checks_table(part.rows)]
    if isinstance(part, _Information):
        return [information_table(part.items)]
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
    story = base.title_block(
        _("Prevent referral"),
        form.school_name,
        [
            (_("Concern reference"), form.concern_reference),
            (_("School reference (URN)"), form.school_urn),
            (_("Form version"), form.form_version),
            (_("Prepared"), format_date(form.generated_at)),
        ],
    )
    story.append(
        base.note(
            _(
                "Once completed, this form is OFFICIAL-SENSITIVE: keep it secure and share it "
                "only with those who need it to keep someone safe. Each information item is "
                "marked as observed, reported (not verified) or inferred."
            )
        )
    )
    for section in (
        ReferralSection.PERSON,
        ReferralSection.CONCERN,
        ReferralSection.NEEDS,
        ReferralSection.OTHER,
        ReferralSection.CHECKS,
        ReferralSection.WORRIES,
        ReferralSection.REFERRER,
    ):
        story += base.heading(section_heading(section))
        story += _section(form, section)
        if section is ReferralSection.CONCERN:
            story += base.subheading(section_heading(ReferralSection.INFORMATION))
            story += _section(form, ReferralSection.INFORMATION)
    return story


def _info(form: ReferralForm) -> DocumentInfo:
    name = " ".join(part for part in (form.person.forenames, form.person.surname) if part)
    return DocumentInfo(
        title=_("Prevent referral"),
        subject=_("Prevent referral about {name}").format(name=name),
        author=form.referrer.name or form.school_name,
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

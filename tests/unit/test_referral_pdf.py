"""The Prevent referral form: its snapshot and the PDF read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from dsl_desktop.domain import Answer, InformationKind, Outcome, ReferralOutcome, Validation
from dsl_desktop.pdf.referral import (
    generated_section_text,
    referral_pdf_bytes,
    render_referral_pdf,
)
from dsl_desktop.referral_form import (
    FORM_VERSION,
    NRF_VERSION,
    Address,
    AlternativeExplanation,
    CheckAnswer,
    ChecksMade,
    ComplexNeeds,
    ConcernDescription,
    Contact,
    FamilyMember,
    ImmediateRisk,
    InformationEntry,
    OtherInformation,
    ParallelReferralEntry,
    PersonDetails,
    PreviousConcern,
    ReferralForm,
    ReferralSection,
    Referrer,
    SnapshotError,
    Worries,
)

HEADINGS = (
    "1. The person",
    "2. The concerns",
    "Information and where it came from",
    "What we are worried about",
    "3. Complex needs",
    "4. Other information",
    "Checks already made",
    "5. The referrer",
)
"""The national form's five sections (numbered) and the parts printed under them, in order."""


def typical_form(**changes: object) -> ReferralForm:
    form = ReferralForm(
        concern_reference="C-2026-0042",
        school_name="Ysgol Gyfun Llanfair & St Mary's <High> School",
        school_urn="401234",
        generated_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        person=PersonDetails(
            forenames="Gwŷn Siân",
            surname="O'Neill",
            other_names="Zoë Jones",
            date_of_birth=date(2011, 5, 3),
            gender="Female",
            addresses=(
                Address("12 Heol y Bont\nLlanfair\nLL12 3AB", is_current=True),
                Address("4 Old Road\nChester CH1 1AA"),
            ),
            phone="01234 567890",
            email="gwyn@example.org",
            nationality="British",
            first_language="Welsh",
            school="Ysgol Gyfun Llanfair",
            year_group="Year 9",
            family=(
                FamilyMember("Kateřina O'Neill", "Mother", "07700 900123", "Lives with Gwŷn"),
                FamilyMember("Dai O'Neill", "Father", "07700 900456"),
            ),
            other_agencies="School nurse",
        ),
        referrer=Referrer(
            name="Rhiannon Evans",
            role="Designated safeguarding lead",
            organisation="Ysgol Gyfun Llanfair",
            address="Ffordd yr Ysgol\nLlanfair LL12 3CD",
            phone="01234 000111",
            email="dsl@example.sch.uk",
            relationship_to_person="DSL at her school",
            direct_phone="01234 000119",
            work_email="r.evans@example.sch.uk",
        ),
        concern=ConcernDescription(
            how_it_came_to_notice="A teacher overheard remarks in a history lesson.",
            what_happened='Gwŷn said: "They should all be sent back, whatever it takes."',
            indicators=("Scripted speech", "Closed to debate"),
            ideology_or_interest="Repeats slogans of an extreme right-wing group.",
            online_activity="Shared a video clip in a class group chat.",
            how_online_activity_found="A classmate showed the message to a teacher.",
            contacts_with_groups="Talks to older men on a gaming server.",
            threats_or_wish_to_harm="No threats known.",
            weapons_explosives_travel="No weapons or travel plans known.",
        ),
        information=(
            InformationEntry(
                "Made the remark in a history lesson.",
                InformationKind.OBSERVED,
                "Mr Jones, history teacher",
                datetime(2026, 3, 10, 11, 15),
                Validation.CORROBORATED,
                corroborated_by="Ms Price, teaching assistant in the room",
            ),
            InformationEntry(
                "A pupil says she is in a group chat with extremists.",
                InformationKind.ASSERTION,
                "Pupil (name on file)",
                date(2026, 3, 11),
                Validation.UNCORROBORATED,
            ),
            InformationEntry(
                "She must be watching propaganda at home.",
                InformationKind.ASSUMPTION,
                "Form tutor",
                date(2026, 3, 12),
            ),
        ),
        needs=ComplexNeeds(
            special_needs_or_disability="Autism assessment requested.",
            mental_health="Low mood reported by her mother.",
            victim_of_bullying_or_crime="Bullied in Year 8.",
            none_known=("housing", "substance_misuse"),
            asked=True,
        ),
        other=OtherInformation(
            other_safeguarding_concerns="Older brother known to youth justice.",
            social_media_handles=("TikTok @gwyn_example",),
            agencies_involved="CAMHS",
        ),
        checks=ChecksMade(
            discussed_with_lead=CheckAnswer(Answer.YES, "With the deputy DSL on 12 March."),
            person_aware_of_referral=CheckAnswer(Answer.NO, "Not yet told."),
            parents_or_carers_informed=CheckAnswer(Answer.YES, "Mother supports it."),
            discussions_with_child=CheckAnswer(Answer.UNCLEAR),
            action_taken_since=CheckAnswer(None),
            discussed_with_other_agencies=CheckAnswer(Answer.NO),
        ),
        worries=Worries(
            worried_about="Older contacts online are drawing her towards extreme views.",
            if_nothing_done="Her views may harden and she may cut herself off.",
        ),
        nrf_version=NRF_VERSION,
        previous=(
            PreviousConcern(
                "C-2024-0117", date(2024, 11, 5), "Extreme right-wing", Outcome.MONITOR
            ),
            PreviousConcern(
                "C-2021-0008",
                date(2021, 2, 9),
                "Mixed, unclear or unstable",
                Outcome.PREVENT_REFERRAL,
                date(2021, 2, 12),
                "PRV-2021-00731",
                ReferralOutcome.SIGNPOSTED,
            ),
        ),  # fmt: skip
        alternatives=(
            AlternativeExplanation(
                "Repeating what she heard from an older brother.",
                "Spoke with her mother and her form tutor.",
                "The online contact is her own; this does not explain it.",
                accepted=False,
            ),
        ),
        parallel=(
            ParallelReferralEntry(
                "childrens_social_care",
                date(2026, 3, 13),
                "MASH-2026-0417",
                "Strategy call booked.",
            ),
        ),
        immediate_risk=ImmediateRisk(
            True,
            "Called 999 when she left school with an older man; police found her.",
            datetime(2026, 3, 12, 15, 40),
        ),  # fmt: skip
        alternative_contact=Contact(
            "Ffion Hughes", "Deputy DSL", "01234 000120", "f.hughes@example.sch.uk"
        ),
        sent_on=date(2026, 3, 14),
    )
    return dataclasses.replace(form, **changes)


# --- reading the PDF back -------------------------------------------------------------------


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def sections(pdf: bytes, headings: tuple[str, ...] = HEADINGS) -> dict[str, str]:
    """Text from each heading (a line of its own) to the next, whitespace squashed."""
    lines = [line.strip() for text in page_texts(pdf) for line in text.splitlines()]
    starts = []
    position = 0
    for heading in headings:
        assert heading in lines[position:], f"heading {heading!r} missing or out of order"
        position = lines.index(heading, position)
        starts.append(position)
    ends = [*starts[1:], len(lines)]
    return {
        heading: squash(" ".join(lines[start + 1 : end]))
        for heading, start, end in zip(headings, starts, ends, strict=True)
    }


@pytest.fixture(scope="module")
def typical_pdf() -> bytes:
    return referral_pdf_bytes(typical_form())


# --- content ----------------------------------------------------------------------------------


def test_each_section_holds_its_own_values(typical_pdf: bytes) -> None:
    found = sections(typical_pdf)

    person = found["1. The person"]
    for value in (
        "Gwŷn Siân",
        "O'Neill",
        "Zoë Jones",
        "3 May 2011",
        "14 years",
        "Female",
        "Current address 12 Heol y Bont Llanfair LL12 3AB",
        "Other address 4 Old Road Chester CH1 1AA",
        "01234 567890",
        "gwyn@example.org",
        "British",
        "Welsh",
        "Year 9",
        "Kateřina O'Neill",
        "Dai O'Neill",
        "School nurse",
    ):
        assert value in person

    concern = found["2. The concerns"]
    for value in (
        "Immediate risk Emergency action taken (12 March 2026, 15:40): Called 999 when she left "
        "school with an older man; police found her.",
        "A teacher overheard remarks in a history lesson.",
        '"They should all be sent back, whatever it takes."',
        "• Scripted speech",
        "• Closed to debate",
        "Repeats slogans of an extreme right-wing group.",
        "Shared a video clip in a class group chat.",
        "A classmate showed the message to a teacher.",
        "Talks to older men on a gaming server.",
        "No threats known.",
        "No weapons or travel plans known.",
    ):
        assert value in concern
    # earlier concerns about the person, with references, dates, outcomes and police reference
    earlier = concern.split("Earlier concerns and referrals about the person", 1)[1]
    assert re.search(r"C-2024-0117 5 November 2024 Extreme right-wing Monitor and review", earlier)
    assert re.search(
        r"C-2021-0008 9 February 2021 Mixed, unclear or unstable Prevent referral Gateway: "
        r"Signposted to other services PRV-2021-00731",
        earlier,
    )

    info = found["Information and where it came from"]
    for value in (
        "Made the remark in a history lesson.",
        "Mr Jones, history teacher",
        "10 March 2026",
        "Corroborated by Ms Price, teaching assistant in the room",
        "Not checked yet",
        "No evidence yet",
    ):
        assert value in info
    # Each information item carries the course's words for its kind, in the order recorded,
    # and what is said about checking it never contradicts the kind.
    assert re.search(r"1 Made the remark in a history lesson\. Observed", info)
    assert re.search(
        r"2 A pupil says .* extremists\. Assertion \(told as fact, not checked\)", info
    )
    assert re.search(
        r"3 She must be watching propaganda at home\. Assumption \(believed without evidence\)",
        info,
    )
    for old in ("Reported (not verified)", "Inferred", "Not answered"):
        assert old not in squash(" ".join(page_texts(typical_pdf)))
    alternatives = info.split("Alternative explanations considered", 1)[1]
    for value in (
        "Repeating what she heard from an older brother.",
        "Spoke with her mother and her form tutor.",
        "The online contact is her own; this does not explain it.",
        "Not accepted: it does not explain what was seen",
    ):
        assert value in alternatives

    worries = found["What we are worried about"]
    assert "Older contacts online are drawing her towards extreme views." in worries
    assert "Her views may harden and she may cut herself off." in worries

    needs = found["3. Complex needs"]
    assert "Autism assessment requested." in needs
    assert "Low mood reported by her mother." in needs
    assert "Bullied in Year 8." in needs
    assert "Housing None known" in needs
    assert "Substance misuse None known" in needs
    assert "Family or peer concerns Not asked" in needs  # never said to be "none known"

    other = found["4. Other information"]
    assert "Older brother known to youth justice." in other
    assert "TikTok @gwyn_example" in other
    assert "CAMHS" in other
    assert (
        "Referral made alongside this one Children's social care or the MASH, made 13 March "
        "2026, reference MASH-2026-0417. Strategy call booked." in other
    )

    checks = found["Checks already made"]
    assert "☑ Yes With the deputy DSL on 12 March." in checks
    assert "☒ No Not yet told." in checks
    assert "☑ Yes Mother supports it." in checks
    assert "☐ Not known" in checks
    assert "Action taken since the concern arose Not asked" in checks

    referrer = found["5. The referrer"]
    for value in (
        "Rhiannon Evans",
        "Designated safeguarding lead",
        "Ffordd yr Ysgol Llanfair LL12 3CD",
        "Direct phone 01234 000119",
        "Professional email r.evans@example.sch.uk",
        "School phone 01234 000111",
        "School email dsl@example.sch.uk",
        "DSL at her school",
        "Date of referral 14 March 2026",
        "Form prepared 14 March 2026, 09:30",
        "Alternative contact Ffion Hughes Deputy DSL 01234 000120 f.hughes@example.sch.uk",
    ):
        assert value in referrer


def test_a_form_not_yet_sent_says_so_and_an_old_form_prints_as_it_was() -> None:
    unsent = sections(referral_pdf_bytes(typical_form(sent_on=None)))
    assert "Date of referral Not sent yet" in unsent["5. The referrer"]
    old = typical_form(
        nrf_version="",
        referrer=dataclasses.replace(typical_form().referrer, referral_date=date(2026, 3, 14)),
        sent_on=None,
        needs=ComplexNeeds(mental_health="Low mood."),
    )
    text = squash(" ".join(page_texts(referral_pdf_bytes(old))))
    assert "Date of referral 14 March 2026" in text
    assert "Housing Not recorded" in text  # an old form never told "none known" apart
    assert "National Prevent Referral Form" not in text


def test_values_are_not_printed_in_the_wrong_section(typical_pdf: bytes) -> None:
    found = sections(typical_pdf)
    assert "Kateřina" not in found["5. The referrer"]
    assert "Rhiannon Evans" not in found["1. The person"]
    assert "Bullied in Year 8." not in found["2. The concerns"]
    assert "MASH-2026-0417" not in found["2. The concerns"]
    assert "01234 000119" not in found["1. The person"]


def test_title_block_names_school_reference_and_version(typical_pdf: bytes) -> None:
    first = squash(page_texts(typical_pdf)[0])
    preamble = first.split("1. The person")[0]
    # User text with XML special characters is printed literally, not as markup.
    assert "Ysgol Gyfun Llanfair & St Mary's <High> School" in preamble
    assert "C-2026-0042" in preamble
    assert "401234" in preamble
    assert FORM_VERSION in preamble
    assert "Form prepared 14 March 2026, 09:30" in preamble
    assert "Date of referral 14 March 2026" in preamble
    # which national form the content is prepared for, and what this copy is
    assert "National Prevent Referral Form (2025)" in preamble
    assert "prepared copy and the school's record" in preamble
    assert "official form or an online portal" in preamble


def test_no_urn_leaves_no_dangling_school_reference() -> None:
    texts = page_texts(referral_pdf_bytes(typical_form(school_urn="")))
    for text in texts:
        assert "School reference" not in text
        assert "URN" not in text


def test_every_page_is_marked_and_numbered(typical_pdf: bytes) -> None:
    texts = page_texts(typical_pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL-SENSITIVE") >= 2  # top and bottom
        assert f"Page {number} of {len(texts)}" in text
        assert f"Version {FORM_VERSION}" in text
        assert "School reference 401234" in text


def test_metadata(typical_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(typical_pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == "Prevent referral C-2026-0042"
    # No one's name in the metadata: it shows in mail previews and file indexes.
    assert info.author == "Ysgol Gyfun Llanfair & St Mary's <High> School"
    assert info.subject == "Prevent referral form"
    for value in (str(v) for v in info.values()):
        for name in ("Gwŷn", "Siân", "O'Neill", "Rhiannon", "Evans"):
            assert name not in value
    assert info.creation_date == datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_fonts_are_dejavu_and_embedded(typical_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(typical_pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        names = set()
        for ref in fonts.values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            base_font = str(font["/BaseFont"])
            assert "DejaVuSans" in base_font, f"{base_font} is not DejaVu"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{base_font} is not embedded"
            names.add(base_font.split("+", 1)[1])
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= names


def test_long_text_flows_over_pages_and_nothing_is_cut_off() -> None:
    def essay(tag: str) -> tuple[str, list[str]]:
        """30 paragraphs of about 60 words; every word is unique to this essay."""
        words = [f"{tag}{n:04d}" for n in range(30 * 60)]
        paras = [" ".join(words[i : i + 60]) for i in range(0, len(words), 60)]
        return "\n\n".join(paras), words

    happened, happened_words = essay("hap")
    health, health_words = essay("mhe")
    worry, worry_words = essay("wor")
    details, details_words = essay("chk")
    item, item_words = essay("inf")
    unbroken = "https://example.org/" + "x" * 300 + "/end"
    base = typical_form()
    form = dataclasses.replace(
        base,
        concern=dataclasses.replace(base.concern, what_happened=happened),
        information=(InformationEntry(item, InformationKind.OBSERVED, "Teacher"),),
        needs=dataclasses.replace(base.needs, mental_health=health),
        other=dataclasses.replace(base.other, social_media_handles=(unbroken,)),
        checks=dataclasses.replace(
            base.checks, action_taken_since=CheckAnswer(Answer.YES, details)
        ),
        worries=dataclasses.replace(base.worries, worried_about=worry),
    )
    pdf = referral_pdf_bytes(form)
    texts = page_texts(pdf)
    assert len(texts) >= 10
    found = sections(pdf)
    for heading, words in (
        ("2. The concerns", happened_words),
        ("Information and where it came from", item_words),
        ("3. Complex needs", health_words),
        ("Checks already made", details_words),
        ("What we are worried about", worry_words),
    ):
        present = set(found[heading].split())
        missing = [word for word in words if word not in present]
        assert not missing, f"{len(missing)} words lost from {heading}, first {missing[:3]}"
    # A word too long for its cell is wrapped, not clipped.
    assert unbroken in re.sub(r"\s+", "", found["4. Other information"])
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_same_snapshot_gives_the_same_pdf_twice() -> None:
    first = referral_pdf_bytes(typical_form())
    second = referral_pdf_bytes(typical_form())
    assert page_texts(first) == page_texts(second)
    assert first == second


def test_different_snapshot_time_changes_creation_date() -> None:
    later = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)
    reader = PdfReader(io.BytesIO(referral_pdf_bytes(typical_form(generated_at=later))))
    assert reader.metadata is not None
    assert reader.metadata.creation_date == later


def test_render_to_a_path_or_a_stream(tmp_path: Path) -> None:
    form = typical_form()
    target = tmp_path / "referral.pdf"
    render_referral_pdf(form, target)
    stream = io.BytesIO()
    render_referral_pdf(form, stream)
    assert target.read_bytes() == stream.getvalue() == referral_pdf_bytes(form)
    assert stream.getvalue().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["referral.pdf"]  # no temporary left


# --- edited wording -----------------------------------------------------------------------------


def test_edited_section_replaces_the_generated_wording() -> None:
    own_words = "In my own words: she has become withdrawn.\n\nSecond paragraph & more."
    form = typical_form(edited={ReferralSection.WORRIES: own_words})
    found = sections(referral_pdf_bytes(form))
    worries = found["What we are worried about"]
    assert "In my own words: she has become withdrawn. Second paragraph & more." in worries
    assert "Older contacts online" not in worries
    # Other sections keep their generated wording, and the snapshot keeps the fields.
    assert "Autism assessment requested." in found["3. Complex needs"]
    assert form.worries.worried_about.startswith("Older contacts online")
    assert ReferralForm.from_dict(json.loads(json.dumps(form.to_dict()))) == form


def test_edited_information_keeps_the_concern_fields() -> None:
    form = typical_form(edited={ReferralSection.INFORMATION: "Items summarised by the DSL."})
    found = sections(referral_pdf_bytes(form))
    assert "Items summarised by the DSL." in found["Information and where it came from"]
    assert "Talks to older men on a gaming server." in found["2. The concerns"]
    assert (
        "She must be watching propaganda at home."
        not in found["Information and where it came from"]
    )


def test_generated_section_text_is_the_starting_point_for_an_edit() -> None:
    form = typical_form(edited={ReferralSection.PERSON: "Something else"})
    person = generated_section_text(form, ReferralSection.PERSON)
    assert "Forename(s): Gwŷn Siân" in person
    assert "Kateřina O'Neill, Mother, 07700 900123, Lives with Gwŷn" in person
    checks = generated_section_text(form, ReferralSection.CHECKS)
    assert "The person knows about this referral: No. Not yet told." in checks
    assert "Conversations held with the child: Not known" in checks
    assert "Action taken since the concern arose: Not asked" in checks
    info = generated_section_text(form, ReferralSection.INFORMATION)
    assert (
        "2. A pupil says she is in a group chat with extremists. (Assertion (told as fact, not "
        "checked); Not checked yet" in info
    )
    assert "Corroborated by Ms Price, teaching assistant in the room" in info
    assert "Not accepted: it does not explain what was seen" in info


# --- the snapshot -----------------------------------------------------------------------------


def test_snapshot_round_trips_through_json() -> None:
    form = typical_form(edited={ReferralSection.CONCERN: "Rewritten by the DSL."})
    data = form.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    loaded = json.loads(text)
    again = ReferralForm.from_dict(loaded)
    assert again == form
    assert again.to_dict() == data == loaded
    assert data["form_version"] == FORM_VERSION
    assert data["edited"] == {"concern": "Rewritten by the DSL."}
    assert data["generated_at"] == "2026-03-14T09:30:00+00:00"
    information = data["information"]
    assert isinstance(information, list)
    assert information[0] == {
        "content": "Made the remark in a history lesson.",
        "kind": "observed",
        "source": "Mr Jones, history teacher",
        "obtained_on": "2026-03-10T11:15:00",
        "validation": "corroborated",
        "corroborated_by": "Ms Price, teaching assistant in the room",
    }
    assert data["nrf_version"] == "2025"
    # A date and a date with a time come back as the same types.
    assert type(again.information[0].obtained_on) is datetime
    assert type(again.information[1].obtained_on) is date


def test_snapshot_keeps_an_older_form_version() -> None:
    data = typical_form().to_dict()
    data["form_version"] = "DSLD-PRF-2025.3"
    form = ReferralForm.from_dict(data)
    assert form.form_version == "DSLD-PRF-2025.3"
    assert "Version DSLD-PRF-2025.3" in page_texts(referral_pdf_bytes(form))[0]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("person", "nickname"), "x", "unexpected field"),
        (("information", 0, "kind"), "rumour", "not a known value"),
        (("person", "date_of_birth"), "3rd May", "not an ISO date"),
        (("person", "approximate_age"), "14", "expected int"),
        (("edited",), {"appendix": "x"}, "not a known value"),
    ],
)
def test_malformed_snapshot_is_refused(
    path: tuple[object, ...], value: object, message: str
) -> None:
    data = json.loads(json.dumps(typical_form().to_dict()))
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    with pytest.raises(SnapshotError, match=message):
        ReferralForm.from_dict(data)


def test_missing_required_field_is_refused() -> None:
    data = typical_form().to_dict()
    del data["concern_reference"]
    with pytest.raises(SnapshotError, match="missing field concern_reference"):
        ReferralForm.from_dict(data)


# --- speed ----------------------------------------------------------------------------------------


@pytest.mark.timing
def test_typical_form_renders_within_300_ms() -> None:
    form = typical_form()
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        referral_pdf_bytes(form)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"referral PDF render: median {median * 1000:.1f} ms over 5 runs")
    assert median < 0.3

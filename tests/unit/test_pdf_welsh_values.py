"""A Welsh referral form and decision record print no English word the app generated.

The cases are written into a real vault with every name and free-text answer in Welsh, so that
any English left in the Welsh PDFs (read back with pypdf) is the app's own: a label, a value it
offered (sex or gender, year group, role, type of concern, sign of concern) or a sentence it
wrote. The list of English words is taken from the English catalogue: every message the PDFs
print through ``_()`` and every bundled catalogue label.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import (
    Action,
    AlternativeExplanation,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
    School,
)
from db.vault import OpenVault, Vault
from dsl_desktop import catalogues
from dsl_desktop.domain import Outcome, PersonType, Stage
from dsl_desktop.pdf import text
from dsl_desktop.pdf.text_cy import WELSH
from dsl_desktop.services import referrals as rs
from dsl_desktop.training.compliance import load_courses
from dsl_desktop.workflow import ROLE_LABELS

Maker = Callable[..., tuple[Vault, OpenVault, str]]
NOTICED = dt.datetime(2026, 3, 9, 11, 15)
CATEGORIES = catalogues.load_categories().categories
KEPT_IN_ENGLISH = (text.MARKING,)
"""The security marking is the Government's and prints in English in every language."""

WELSH_DETAILS = {
    "how_it_came_to_notice": "Dywedodd yr athro wrth y Person Dynodedig o fewn yr awr.",
    "ideology_or_interest": "Yn siarad yn edmygus am arweinydd grŵp eithafol.",
    "online_activity": "Yn gwylio fideos o sianel waharddedig ar ei ffôn.",
    "discussed_with_lead": "yes",
    "discussed_with_lead_details": "Trafodwyd gyda'r dirprwy ddydd Llun.",
    "person_aware_of_referral": "no",
    "parents_or_carers_informed": "unclear",
    "mental_health": "Wedi'i gyfeirio at CAMHS y llynedd.",
    "housing_status": "none_known",
    "worried_about": "Bod rhywun ar-lein yn ei dynnu at gasineb.",
    "if_nothing_done": "Gallai weithredu ar yr hyn a ddywedir wrtho.",
}


def welsh_case(ov: OpenVault, number: int, *, adult: bool, category: str) -> tuple[int, int]:
    """A concern decided as a Prevent referral, at Share; returns (concern id, its person id)."""
    assert ov.user is not None
    me = ov.user.user_id
    with ov.unit() as s:
        school = s.scalars(select(School)).one()
        school.urn = "401234"
        school.address = "Ffordd y Castell, Llanfair, LL61 5AA"
        person = Person(
            person_type=(PersonType.STAFF if adult else PersonType.PUPIL).value,
            forenames="Gwenllian" if adult else "Gwŷn Siân",
            surname="Prys",
            date_of_birth=dt.date(1984, 2, 1) if adult else dt.date(2011, 5, 3),
            gender="Female" if adult else "Male",
            addresses=[{"address": "12 Heol y Bont, Llanfair", "is_current": True}],
            nationality="Cymreig",
            first_language="Cymraeg",
            school_or_occupation="Cynorthwyydd addysgu" if adult else "Year 9",
            family_details="Catrin Prys (mam), 07700 900123",
            created_at=NOTICED,
        )
        s.add(person)
        s.flush()
        concern = Concern(
            reference=f"C-2026-{number:04d}", person_id=person.id, noticed_by="Mrs Siân Lloyd",
            noticed_at=NOTICED, location="Y neuadd fwyta", account="Dywedodd bethau cas am y mosg.",
            others_present="Dau ddisgybl", indicators=["hostile_language", "fixated_topic"],
            category=category, immediate_danger=False, details=dict(WELSH_DETAILS),
            stage=Stage.SHARE.value, status="open", outcome=Outcome.PREVENT_REFERRAL.value,
            recorded_by_id=me, recorded_at=NOTICED,
        )  # fmt: skip
        s.add(concern)
        s.flush()
        item = InformationItem(
            concern_id=concern.id, content="Clywodd yr athro y geiriau.", source="Mrs Siân Lloyd",
            obtained_at=NOTICED.date(), kind="observed", validation="corroborated",
            recorded_by_id=me, recorded_at=NOTICED,
        )  # fmt: skip
        s.add(item)
        s.add(
            AlternativeExplanation(
                concern_id=concern.id, explanation="Ailadrodd rhywbeth a glywodd gartref.",
                exploration="Siaradwyd â'i fam.", conclusion="Nid yw'n esbonio'r cyfan.",
                accepted=False, recorded_by_id=me, recorded_at=NOTICED,
            )
        )  # fmt: skip
        s.add(
            Consultation(
                concern_id=concern.id, name="PC Rhodri Jones", role="Swyddog Atal",
                agency="Heddlu Gogledd Cymru", consulted_at=dt.datetime(2026, 3, 10, 9, 0),
                method="Ffôn", shared="Yr hanes, yn ddienw", reason="Cyngor",
                outcome="Cynghorwyd atgyfeiriad", recorded_by_id=me,
            )
        )  # fmt: skip
        s.add(
            Action(
                concern_id=concern.id, description="Sgwrs ddyddiol gyda'r tiwtor",
                owner="Tiwtor", created_by_id=me, created_at=NOTICED,
            )
        )  # fmt: skip
        s.flush()
        decision = Decision(
            concern_id=concern.id,
            answers={"immediate_risk": "no", "engagement": "yes", "engagement_items": [item.id],
                     "intent": "unclear", "capability": "no"},
            outcome=Outcome.PREVENT_REFERRAL.value,
            rationale="Iaith elyniaethus dro ar ôl tro; mae atgyfeiriad yn gymesur.",
            decided_by_id=me, decided_at=NOTICED + dt.timedelta(days=2),
        )  # fmt: skip
        s.add(decision)
        s.flush()
        concern.decided_at = decision.decided_at
        return concern.id, person.id


# --- the English catalogue -----------------------------------------------------------------


@cache
def catalogue_pairs() -> tuple[tuple[str, str], ...]:
    """(English, Welsh) of every bundled catalogue label and every word the app offers."""
    indicators = catalogues.load_indicators()
    pairs = [(c.label, c.label_cy) for c in CATEGORIES]
    pairs += [(i.label, i.label_cy) for i in indicators.all()]
    pairs += [(g.label, g.label_cy) for g in indicators.groups]
    pairs += [(c.title, c.title_cy) for c in load_courses()]
    for english in ("Female", "Male", "Non-binary", "Prefers not to say", *ROLE_LABELS.values()):
        pairs.append((english, WELSH[english]))
    return tuple(pairs)


@cache
def english_labels() -> frozenset[str]:
    """Every English word run the PDFs can print that differs from its Welsh: the messages of
    the PDFs' catalogue (cut at their placeholders) and the catalogue labels."""
    pairs = [*WELSH.items(), *catalogue_pairs()]
    welsh_words = {word for _english, welsh in pairs for word in re.findall(r"[\w'’]+", welsh)}
    found: set[str] = set()
    for english, welsh in pairs:
        if english == welsh:
            continue
        for fragment in re.split(r"\{[^{}]*\}", english):
            fragment = fragment.strip(" .,:;()!“”✓✗–-")
            if not re.search(r"[A-Za-z]{2,}", fragment) or fragment in welsh:
                continue
            if fragment in welsh_words:  # one word that is Welsh as well ("at", "am")
                continue
            found.add(fragment)
    return frozenset(found)


def words_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    words = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for kept in KEPT_IN_ENGLISH:
        words = words.replace(kept, " ")
    return words


def english_found(words: str) -> list[str]:
    return sorted(
        label
        for label in english_labels()
        if re.search(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", words)
    )


# --- the cases ---------------------------------------------------------------------------------


@pytest.fixture
def welsh_vault(new_vault: Maker) -> Iterator[OpenVault]:
    from dsl_desktop.services.setup import seed_catalogues

    _vault, ov, _code = new_vault(school_name="Ysgol Gyfun Llanfair", display_name="Anna Khan")
    with ov.unit() as s:
        seed_catalogues(s)  # as set-up does: the catalogues, with their Welsh, in the store
    yield ov


def test_the_english_list_is_the_catalogue() -> None:
    labels = english_labels()
    for expected in ("Noticed by", "Where", "Also present", "Male", "Islamist", "The person",
                     "Has become withdrawn, quiet or cut off from others", "March"):  # fmt: skip
        assert expected in labels, expected
    assert len(labels) > 400


@pytest.mark.parametrize("adult", [False, True], ids=["child", "adult"])
def test_welsh_referral_form_has_no_english_label(welsh_vault: OpenVault, adult: bool) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=adult, category="islamist")
    referral_id = rs.generate_referral(welsh_vault, concern_id)
    words = words_of(rs.referral_pdf(welsh_vault, referral_id, "cy"))
    assert english_found(words) == []
    assert "Sylwyd gan Mrs Siân Lloyd ar 9 Mawrth 2026, 11:15." in words
    assert "Ble: Y neuadd fwyta." in words
    assert ("Benyw" if adult else "Gwryw") in words
    if not adult:
        assert "Blwyddyn 9" in words
    assert "Yn defnyddio iaith ddifrïol neu ddad-ddyneiddiol am grŵp o bobl" in words
    assert "Dywedodd bethau cas am y mosg." in words  # what was recorded, as it was typed


@pytest.mark.parametrize("category", [c.code for c in CATEGORIES])
def test_welsh_decision_record_prints_the_welsh_category(
    welsh_vault: OpenVault, category: str
) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=False, category=category)
    words = words_of(rs.decision_record_pdf(welsh_vault, concern_id, language="cy"))
    assert english_found(words) == []
    welsh = catalogues.load_categories().by_code(category).label_cy
    assert f"Math o bryder {welsh}" in words
    assert category not in words.split()


def test_earlier_concerns_print_their_welsh_type(welsh_vault: OpenVault) -> None:
    welsh_case(welsh_vault, 1, adult=False, category="extreme_right_wing")
    concern_id, _person = welsh_case(welsh_vault, 2, adult=False, category="islamist")
    with welsh_vault.unit() as s:
        first, second = s.scalars(select(Concern).order_by(Concern.id)).all()
        first.person_id = second.person_id
        first.noticed_at = NOTICED - dt.timedelta(days=30)
    referral_id = rs.generate_referral(welsh_vault, concern_id)
    words = words_of(rs.referral_pdf(welsh_vault, referral_id, "cy"))
    assert english_found(words) == []
    assert "Asgell dde eithafol" in words


def unpaired_english(words: str, more: dict[str, str] | None = None) -> list[str]:
    """The English labels left in a bilingual text once every "Welsh / English" pair is taken
    out (longest first; a placeholder stands for any value)."""
    pairs = [*WELSH.items(), *catalogue_pairs(), *(more or {}).items()]

    def order(pair: tuple[str, str]) -> tuple[bool, int]:
        return "{" in pair[0], -len(pair[0])  # plain pairs first, then longest first

    for english, welsh in sorted(pairs, key=order):
        literal = re.sub(r"\{[^{}]*\}", "", english)
        too_loose = "{" in english and len(re.findall(r"[A-Za-z]", literal)) < 3
        if english == welsh or not welsh or too_loose:
            continue
        both = re.escape(re.sub(r"\s+", " ", text.bilingual(welsh, english)))
        pattern = re.sub(r"\\\{[^{}]*\\\}", ".{0,60}?", both)
        words = re.sub(pattern, " ", words)
    words = re.sub(r"Tudalen/Page \d+/\d+", " ", words)
    found = english_found(words)
    for label in found:  # say where, to make a failure easy to mend
        print(label, "in", re.findall(rf".{{0,60}}{re.escape(label)}.{{0,60}}", words))
    return found


def test_bilingual_referral_gives_every_label_its_welsh(welsh_vault: OpenVault) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=False, category="islamist")
    referral_id = rs.generate_referral(welsh_vault, concern_id)
    words = words_of(rs.referral_pdf(welsh_vault, referral_id, "bilingual"))
    generated = rs.stored_referral_form(welsh_vault, referral_id).welsh
    assert unpaired_english(words, generated) == []
    assert "Gwryw / Male" in words
    assert "Blwyddyn 9 / Year 9" in words
    assert "Sylwyd gan Mrs Siân Lloyd ar 9 Mawrth 2026, 11:15." in words
    assert "Noticed by Mrs Siân Lloyd on 9 March 2026, 11:15." in words


def test_bilingual_decision_record_gives_the_category_both_ways(welsh_vault: OpenVault) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=False, category="islamist")
    words = words_of(rs.decision_record_pdf(welsh_vault, concern_id, language="bilingual"))
    assert "Islamaidd / Islamist" in words
    assert unpaired_english(words) == []


def test_english_form_keeps_the_english(welsh_vault: OpenVault) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=False, category="islamist")
    referral_id = rs.generate_referral(welsh_vault, concern_id)
    words = words_of(rs.referral_pdf(welsh_vault, referral_id, "en"))
    assert "Noticed by Mrs Siân Lloyd on 9 March 2026, 11:15." in words
    assert "Male" in words and "Year 9" in words and "Gwryw" not in words
    assert len(english_found(words)) > 60  # the list finds the English where it is


@pytest.mark.parametrize("language", ["cy", "bilingual"])
def test_wording_offered_for_editing_follows_the_form(
    welsh_vault: OpenVault, language: str
) -> None:
    concern_id, _person = welsh_case(welsh_vault, 1, adult=False, category="islamist")
    sections = rs.draft_sections(welsh_vault, concern_id, language)
    offered = " ".join(sections.values())
    assert "Sylwyd gan Mrs Siân Lloyd" in offered
    assert "Blwyddyn 9" in offered
    found = english_found(re.sub(r"\s+", " ", offered))
    if language == "cy":
        assert found == []
    else:
        assert "Noticed by" in found and "Year 9" in offered
    # the wording offered, sent back unchanged, is not an edit
    referral_id = rs.generate_referral(welsh_vault, concern_id, sections, language=language)
    assert rs.stored_referral_form(welsh_vault, referral_id).edited == {}


# --- the other documents -------------------------------------------------------------------


def test_welsh_chronology_has_no_english_label(welsh_vault: OpenVault, tmp_path: Path) -> None:
    from dsl_desktop.services.chronology import chronology_pdf

    concern_id, person_id = welsh_case(welsh_vault, 1, adult=False, category="islamist")
    rs.generate_referral(welsh_vault, concern_id)
    words = words_of(chronology_pdf(welsh_vault, person_id, tmp_path / "cronoleg.pdf", "cy"))
    assert english_found(words) == []
    assert "Islamaidd" in words and "Blwyddyn 9" in words


def test_welsh_log_report_prints_welsh_types(welsh_vault: OpenVault, tmp_path: Path) -> None:
    from dsl_desktop.services.exports import export_log_pdf

    for number, category in enumerate(("islamist", "extreme_right_wing", "conflicted"), 1):
        welsh_case(welsh_vault, number, adult=number == 2, category=category)
    out = tmp_path / "log.pdf"
    export_log_pdf(welsh_vault, out, language="cy")
    words = words_of(out.read_bytes())
    assert english_found(words) == []
    for code in ("islamist", "extreme_right_wing", "conflicted"):
        assert catalogue_label_cy(code)[:20] in words, code


def catalogue_label_cy(code: str) -> str:
    return catalogues.load_categories().by_code(code).label_cy


def test_welsh_training_report_prints_welsh_course_titles(
    welsh_vault: OpenVault, tmp_path: Path
) -> None:
    from dsl_desktop import demo
    from dsl_desktop.services.training import training_report_pdf

    demo.generate(welsh_vault, concerns=0, staff=12, seed=4)  # job titles typed in English
    out = tmp_path / "hyfforddiant.pdf"
    training_report_pdf(welsh_vault, out, language="cy")
    words = words_of(out.read_bytes())
    english = words_of(_english_training(welsh_vault, tmp_path))
    titles = [c for c in load_courses() if c.title_cy]
    assert any(solid(c.title) in solid(english) for c in titles)  # English names the courses
    for course in titles:
        assert solid(course.title) not in solid(words)
        if solid(course.title) in solid(english):
            assert solid(course.title_cy) in solid(words), course.code


def solid(value: str) -> str:
    """Without spaces: a narrow column may break a title anywhere."""
    return re.sub(r"\s+", "", value)


def _english_training(ov: OpenVault, folder: Path) -> bytes:
    from dsl_desktop.services.training import training_report_pdf

    training_report_pdf(ov, folder / "training.pdf", language="en")
    return (folder / "training.pdf").read_bytes()


def test_catalogue_entries_carry_their_welsh(welsh_vault: OpenVault) -> None:
    from dsl_desktop.services.catalogue import list_catalogue

    indicators = list_catalogue(welsh_vault, "indicator")
    categories = list_catalogue(welsh_vault, "category", include_inactive=True)
    assert all(e.label_in("cy") != e.label for e in indicators)
    assert all(e.group_label_in("cy") != e.group_label for e in indicators)
    assert {e.code: e.label_in("cy") for e in categories}["islamist"] == "Islamaidd"
    assert all(e.label_in("en") == e.label for e in [*indicators, *categories])


# --- the demo's cases ------------------------------------------------------------------------

GENERATED_ENGLISH = re.compile(
    r"Noticed by|Noticed on|Where:|Also present:|Grŵp blwyddyn Year \d|"
    r"\d (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{4}"
)
"""What the app writes into a form in English: the Notice step's sentences, year groups, dates."""


def catalogue_english() -> list[str]:
    """The English labels of the catalogues and the words the app offers, where they differ
    from the Welsh (the demo's free text is English, so its own words are not looked for)."""
    return [english for english, welsh in catalogue_pairs() if welsh and english != welsh]


def test_demo_referrals_and_records_in_welsh(new_vault: Maker) -> None:
    from dsl_desktop import demo
    from dsl_desktop.services.setup import seed_catalogues

    _vault, ov, _code = new_vault(seed=seed_catalogues, display_name="Anna Khan")
    demo.generate(ov, concerns=300, seed=9)
    with ov.reading() as s:
        rows = list(s.execute(select(Concern.id, Concern.category, Person.person_type)
                              .join(Person, Person.id == Concern.person_id)))  # fmt: skip
        referred = dict(s.execute(select(Referral.concern_id, Referral.id)).all())
    kinds = {(category, kind): cid for cid, category, kind in rows}  # one per type and person
    assert len({category for category, _kind in kinds}) >= 6
    assert {kind for _category, kind in kinds} >= {"pupil", "staff"}
    checked = 0
    for (category, _kind), concern_id in sorted(kinds.items()):
        pdf = (
            rs.decision_record_pdf(ov, concern_id, language="cy")
            if _decided(ov, concern_id)
            else b""
        )
        if pdf:
            words = words_of(pdf)
            welsh = catalogues.load_categories().by_code(category).label_cy
            assert f"Math o bryder {welsh}" in words, category
            assert [e for e in catalogue_english() if _has(words, e)] == []
            checked += 1
        if concern_id in referred:
            words = words_of(rs.referral_pdf(ov, referred[concern_id], "cy"))
            assert GENERATED_ENGLISH.findall(words) == []
            assert [e for e in catalogue_english() if _has(words, e)] == []
            checked += 1
    assert checked >= 10


def _decided(ov: OpenVault, concern_id: int) -> bool:
    with ov.reading() as s:
        return s.scalar(select(Decision.id).where(Decision.concern_id == concern_id)) is not None


def _has(words: str, label: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", words) is not None

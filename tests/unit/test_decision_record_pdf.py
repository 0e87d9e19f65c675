"""The decision record: its snapshot and the PDF read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import statistics
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from dsl_desktop.domain import Answer, InformationKind, Outcome, Validation
from dsl_desktop.pdf.decision_record import (
    decision_record_bytes,
    render_decision_record,
)
from dsl_desktop.referral_form import (
    DECISION_RECORD_VERSION,
    AlternativeExplanation,
    Consultation,
    DecisionRecord,
    InformationEntry,
    Judgement,
    PersonSummary,
    Proportionality,
    SnapshotError,
)
from dsl_desktop.workflow import OUTCOME_TITLES

HEADINGS = (
    "The person",
    "The concern",
    "Information gathered",
    "Other explanations considered",
    "Who was consulted",
    "Proportionality",
    "Decision",
)

BST = timezone(timedelta(hours=1))


def typical_record(**changes: object) -> DecisionRecord:
    record = DecisionRecord(
        concern_reference="C-2026-0042",
        school_name="Ysgol Gyfun Llanfair",
        school_urn="401234",
        generated_at=datetime(2026, 4, 2, 16, 5, tzinfo=BST),
        person=PersonSummary("Gwŷn", "O'Neill", date(2011, 5, 3), None, "Year 9"),
        outcome=Outcome.NO_FURTHER_ACTION,
        rationale="The remark was a role in a debate; Siân and Zoë confirmed it.",
        decided_by="Rhiannon Evans",
        decided_by_role="Designated safeguarding lead",
        decided_at=datetime(2026, 4, 2, 15, 45, tzinfo=BST),
        noticed_on=date(2026, 3, 10),
        noticed_by="Mr Jones",
        account='"They should all be sent back."',
        category="Not yet known",
        indicators=("Closed to debate", "Scripted speech"),
        information=(
            InformationEntry(
                "Made the remark in a history lesson.",
                InformationKind.OBSERVED,
                "Mr Jones",
                date(2026, 3, 10),
                Validation.CORROBORATED,
            ),
            InformationEntry(
                "A classmate says she follows extremists online.",
                InformationKind.ASSERTION,
                "Classmate",
                date(2026, 3, 11),
                Validation.CONTRADICTED,
            ),
            InformationEntry(
                "Her brother must have influenced her.", InformationKind.ASSUMPTION, "Form tutor"
            ),
        ),
        alternatives=(
            AlternativeExplanation(
                "Role in a class debate",
                "Asked the teacher and Kateřina, her mother",
                "Confirmed: the role was assigned",
            ),
        ),
        consultations=(
            Consultation(
                "PC Hughes",
                "Prevent officer",
                "North Wales Police",
                date(2026, 3, 13),
                "Phone call",
                "First name, year group and the remark",
                "Advice on whether to refer",
                "Advised no referral, keep under review",
            ),
        ),
        proportionality=Proportionality(
            immediate_risk=Judgement(Answer.NO, "No threats and no weapons"),
            engagement=Judgement(Answer.UNCLEAR, "Interest only"),
            intent=Judgement(Answer.NO),
            capability=Judgement(None),
        ),
        review_date=date(2026, 5, 1),
    )
    return dataclasses.replace(record, **changes)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def sections(pdf: bytes) -> dict[str, str]:
    """Text from each heading (a line of its own) to the next, whitespace squashed."""
    lines = [line.strip() for text in page_texts(pdf) for line in text.splitlines()]
    starts = []
    position = 0
    for heading in HEADINGS:
        assert heading in lines[position:], f"heading {heading!r} missing or out of order"
        position = lines.index(heading, position)
        starts.append(position)
    ends = [*starts[1:], len(lines)]
    return {
        heading: squash(" ".join(lines[start + 1 : end]))
        for heading, start, end in zip(HEADINGS, starts, ends, strict=True)
    }


@pytest.fixture(scope="module")
def typical_pdf() -> bytes:
    return decision_record_bytes(typical_record())


def test_each_section_holds_its_own_values(typical_pdf: bytes) -> None:
    found = sections(typical_pdf)

    person = found["The person"]
    for value in ("Gwŷn", "O'Neill", "3 May 2011", "14 years", "Year 9"):
        assert value in person

    concern = found["The concern"]
    for value in (
        "C-2026-0042",
        "10 March 2026",
        "Mr Jones",
        "Not yet known",
        "• Closed to debate",
        "• Scripted speech",
        '"They should all be sent back."',
    ):
        assert value in concern

    information = found["Information gathered"]
    assert "Observed: 1 · Assertion: 1 · Assumption: 1" in information
    assert re.search(r"1 Made the remark in a history lesson\. Observed Mr Jones", information)
    # a contradicted assertion reads as contradicted, not as "told as fact, not checked"
    assert re.search(r"2 A classmate says .* online\. Assertion .* Contradicted", information)
    assert re.search(
        r"3 Her brother must have influenced her\. Assumption \(believed without evidence\)",
        information,
    )
    for value in ("Corroborated", "Contradicted", "No evidence yet"):
        assert value in information

    alternatives = found["Other explanations considered"]
    assert "Role in a class debate" in alternatives
    assert "Asked the teacher and Kateřina, her mother" in alternatives
    assert "Confirmed: the role was assigned" in alternatives

    consulted = found["Who was consulted"]
    for value in (
        "PC Hughes",
        "Prevent officer",
        "North Wales Police",
        "13 March 2026",
        "Phone call",
        "First name, year group and the remark",
        "Advice on whether to refer",
        "Advised no referral, keep under review",
    ):
        assert value in consulted

    proportionality = found["Proportionality"]
    assert "Is anyone at immediate risk of harm? ☒ No No threats and no weapons" in proportionality
    assert "☐ Unclear Interest only" in proportionality
    assert "Intent to cause harm? ☒ No" in proportionality
    assert "Capability to cause harm? ☐ Not answered" in proportionality
    assert "not a score" in proportionality

    decision = found["Decision"]
    assert "Outcome No further action" in decision
    assert "Rhiannon Evans, Designated safeguarding lead" in decision
    assert "2 April 2026, 15:45" in decision
    assert "1 May 2026" in decision
    assert "The remark was a role in a debate; Siân and Zoë confirmed it." in decision
    assert "no_further_action" not in decision


def test_values_are_not_printed_in_the_wrong_section(typical_pdf: bytes) -> None:
    found = sections(typical_pdf)
    assert "PC Hughes" not in found["The concern"]
    assert "Siân and Zoë" not in found["Proportionality"]
    assert "Kateřina" not in found["Who was consulted"]


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (Outcome.NO_FURTHER_ACTION, "No further action"),
        (Outcome.MONITOR, "Monitor and review"),
        (Outcome.IN_SCHOOL_SUPPORT, "Support in school"),
        (Outcome.EARLY_HELP_OR_SOCIAL_CARE, "Early help or children's social care"),
        (Outcome.PREVENT_REFERRAL, "Prevent referral"),
        (Outcome.EMERGENCY, "Emergency (999)"),
    ],
)
def test_every_outcome_is_shown_in_plain_words(outcome: Outcome, words: str) -> None:
    decision = sections(decision_record_bytes(typical_record(outcome=outcome)))["Decision"]
    assert f"Outcome {words}" in decision
    assert words == OUTCOME_TITLES[outcome]  # the same words as everywhere else


def test_record_with_nothing_gathered_says_so() -> None:
    record = typical_record(information=(), alternatives=(), consultations=(), review_date=None)
    found = sections(decision_record_bytes(record))
    assert "No information items recorded." in found["Information gathered"]
    assert "No other explanations were recorded." in found["Other explanations considered"]
    assert "No one else was consulted." in found["Who was consulted"]
    assert "No review date set" in found["Decision"]


def test_information_without_observation_is_pointed_out() -> None:
    hearsay = tuple(
        item for item in typical_record().information if item.kind != InformationKind.OBSERVED
    )
    found = sections(decision_record_bytes(typical_record(information=hearsay)))
    assert "None of this information was observed directly" in found["Information gathered"]
    found = sections(decision_record_bytes(typical_record()))
    assert "None of this information was observed directly" not in found["Information gathered"]


def test_every_page_is_marked_and_numbered() -> None:
    long_rationale = "\n\n".join(f"Reason {n} " + "considered carefully " * 40 for n in range(20))
    texts = page_texts(decision_record_bytes(typical_record(rationale=long_rationale)))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL-SENSITIVE") >= 2
        assert f"Page {number} of {len(texts)}" in text
        assert f"Version {DECISION_RECORD_VERSION}" in text
        assert "School reference 401234" in text


def test_metadata(typical_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(typical_pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == "Decision record C-2026-0042"
    assert info.author == "Ysgol Gyfun Llanfair"
    assert info.subject == "Safeguarding decision record"
    for value in (str(v) for v in info.values()):
        assert "Gwŷn" not in value and "O'Neill" not in value and "Rhiannon" not in value
    assert info.creation_date == datetime(2026, 4, 2, 16, 5, tzinfo=BST)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_fonts_are_dejavu_and_embedded(typical_pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(typical_pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_long_text_flows_over_pages_and_nothing_is_cut_off() -> None:
    def essay(tag: str) -> tuple[str, list[str]]:
        words = [f"{tag}{n:04d}" for n in range(30 * 50)]
        return "\n\n".join(" ".join(words[i : i + 50]) for i in range(0, len(words), 50)), words

    account, account_words = essay("acc")
    explored, explored_words = essay("exp")
    shared, shared_words = essay("sha")
    rationale, rationale_words = essay("rat")
    base = typical_record()
    record = dataclasses.replace(
        base,
        account=account,
        alternatives=(AlternativeExplanation("A game", explored, "Ruled out"),),
        consultations=(dataclasses.replace(base.consultations[0], what_shared=shared),),
        rationale=rationale,
    )
    pdf = decision_record_bytes(record)
    assert len(page_texts(pdf)) >= 6
    found = sections(pdf)
    for heading, words in (
        ("The concern", account_words),
        ("Other explanations considered", explored_words),
        ("Who was consulted", shared_words),
        ("Decision", rationale_words),
    ):
        present = set(found[heading].split())
        missing = [word for word in words if word not in present]
        assert not missing, f"{len(missing)} words lost from {heading}, first {missing[:3]}"


def test_same_snapshot_gives_the_same_pdf_twice() -> None:
    first = decision_record_bytes(typical_record())
    second = decision_record_bytes(typical_record())
    assert page_texts(first) == page_texts(second)
    assert first == second


def test_render_to_a_path_or_a_stream(tmp_path: Path) -> None:
    record = typical_record()
    target = tmp_path / "decision.pdf"
    render_decision_record(record, target)
    stream = io.BytesIO()
    render_decision_record(record, stream)
    assert target.read_bytes() == stream.getvalue()
    assert stream.getvalue().startswith(b"%PDF-")


def test_snapshot_round_trips_through_json() -> None:
    record = typical_record()
    data = record.to_dict()
    loaded = json.loads(json.dumps(data, ensure_ascii=False))
    again = DecisionRecord.from_dict(loaded)
    assert again == record
    assert again.to_dict() == data == loaded
    assert data["record_version"] == DECISION_RECORD_VERSION
    assert data["outcome"] == "no_further_action"
    assert data["decided_at"] == "2026-04-02T15:45:00+01:00"
    assert data["proportionality"] == {
        "immediate_risk": {"answer": "no", "notes": "No threats and no weapons"},
        "engagement": {"answer": "unclear", "notes": "Interest only"},
        "intent": {"answer": "no", "notes": ""},
        "capability": {"answer": None, "notes": ""},
    }
    assert again.decided_at.utcoffset() == timedelta(hours=1)


def test_malformed_snapshot_is_refused() -> None:
    data = json.loads(json.dumps(typical_record().to_dict()))
    data["outcome"] = "expel"
    with pytest.raises(SnapshotError, match="outcome"):
        DecisionRecord.from_dict(data)
    data = json.loads(json.dumps(typical_record().to_dict()))
    data["consultations"] = {"name": "not a list"}
    with pytest.raises(SnapshotError, match="expected a list"):
        DecisionRecord.from_dict(data)


@pytest.mark.timing
def test_typical_record_renders_within_300_ms() -> None:
    record = typical_record()
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        decision_record_bytes(record)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"decision record PDF render: median {median * 1000:.1f} ms over 5 runs")
    assert median < 0.3


def test_naive_snapshot_time_is_written_without_an_offset() -> None:
    moment = datetime(2026, 4, 2, 16, 5)
    reader = PdfReader(io.BytesIO(decision_record_bytes(typical_record(generated_at=moment))))
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260402160500"
    utc = datetime(2026, 4, 2, 15, 5, tzinfo=UTC)
    reader = PdfReader(io.BytesIO(decision_record_bytes(typical_record(generated_at=utc))))
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260402150500Z"

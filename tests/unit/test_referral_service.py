"""The referral service on a real encrypted vault: the form filled in from a case, its wording
reviewed and edited, frozen as a snapshot, rendered again exactly, and the decision record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import statistics
import time
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Amendment, AuditEvent, Concern, Decision, InformationItem, Referral
from db.vault import OpenVault, Vault
from dsl_desktop import referral_fields as rf
from dsl_desktop.domain import Answer, InformationKind, Outcome, Role, Stage, Validation
from dsl_desktop.pdf.referral import referral_pdf_bytes
from dsl_desktop.referral_form import (
    FORM_VERSION,
    ChecksMade,
    ComplexNeeds,
    ConcernDescription,
    FamilyMember,
    OtherInformation,
    ReferralSection,
    Worries,
)
from dsl_desktop.services import accounts
from dsl_desktop.services import referrals as rs
from dsl_desktop.services.concerns import RecordLocked, WrongStage
from dsl_desktop.services.people import InvalidInput, NotFound
from dsl_desktop.workflow import PermissionDenied
from tests.referral_cases import ACCOUNT, DETAILS, NFA_RATIONALE, RATIONALE, make_case

FAST_KDF = KdfParams(19456, 2, 1)

Maker = Callable[..., tuple[Vault, OpenVault, str]]

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


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def sections(pdf: bytes, headings: tuple[str, ...] = HEADINGS) -> dict[str, str]:
    """The text under each heading (a line of its own) up to the next, whitespace squashed."""
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    starts: list[int] = []
    at = 0
    for heading in headings:
        assert heading in lines[at:], f"heading {heading!r} missing or out of order"
        at = lines.index(heading, at)
        starts.append(at)
    ends = [*starts[1:], len(lines)]
    return {
        h: squash(" ".join(lines[a + 1 : b]))
        for h, a, b in zip(headings, starts, ends, strict=True)
    }


@dataclasses.dataclass(frozen=True)
class Event:
    action: str
    user_id: int | None
    entity_id: str
    details: dict[str, object]


def audit(ov: OpenVault, prefix: str = "") -> list[Event]:
    with ov.reading() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        return [
            Event(e.action, e.user_id, e.entity_id, dict(e.details))
            for e in rows
            if e.action.startswith(prefix)
        ]


def second_user(
    vault: Vault, ov: OpenVault, role: Role, closing: Callable[[OpenVault], OpenVault]
) -> OpenVault:
    name = f"user-{role.value}"
    accounts.add_account(
        ov, sign_in_name=name, display_name=f"Ms Zoë {role.value}", role=role,
        passphrase="granite osprey window 77 thistle", kdf=FAST_KDF,
    )  # fmt: skip
    return closing(vault.unlock(name, "granite osprey window 77 thistle"))


# ---- the form, filled in from the case ------------------------------------------------------
def test_each_recorded_value_lands_in_its_section(new_vault: Maker) -> None:
    _, ov, _ = new_vault(school_name="Ysgol Gyfun Llanfair")
    case = make_case(ov)
    referral_id = rs.generate_referral(ov, case.concern_id)
    text = sections(rs.referral_pdf(ov, referral_id))

    person = text["1. The person"]
    for value in ("Gwŷn Siân", "Prys", "Zoë (nickname)", "3 May 2011", "12 Heol y Bont",
                  "4 Old Road, Chester", "Welsh", "Year 9", "Ysgol Gyfun Llanfair",
                  "Kateřina Prys", "07700 900123", "School nurse"):  # fmt: skip
        assert value in person, value
    concern = text["2. The concerns"]
    for value in ("Noticed by Mrs Siân Lloyd on 14 January 2026, 10:20", "Dining hall",
                  "Also present: Two Year 9 pupils", DETAILS["how_it_came_to_notice"],
                  squash(ACCOUNT), "Uses derogatory or dehumanising language about a group",
                  "Keeps coming back to one cause", DETAILS["ideology_or_interest"],
                  DETAILS["online_activity"], DETAILS["how_online_activity_found"],
                  DETAILS["contacts_with_groups"], DETAILS["weapons_explosives_travel"]):  # fmt: skip
        assert value in concern, value
    info = text["Information and where it came from"]
    assert "Heard Gwŷn say the words quoted above." in info
    assert "Observed" in info and "Assertion (told as fact, not checked)" in info
    assert "Assumption (believed without evidence)" in info
    assert "Zoë Evans (pupil)" in info and "Corroborated" in info
    needs = text["3. Complex needs"]
    for value in ("Dyslexia; SEN support plan", DETAILS["mental_health"], DETAILS["housing"],
                  DETAILS["victim_of_bullying_or_crime"]):  # fmt: skip
        assert value in needs, value
    other = text["4. Other information"]
    for value in ("TikTok: @gwyn_the_bold", "Telegram: @dragonfire09",
                  DETAILS["other_safeguarding_concerns"], "Ms Kateřina Novák"):  # fmt: skip
        assert value in other, value
    checks = text["Checks already made"]
    for value in (DETAILS["discussed_with_lead_details"], DETAILS["person_aware_of_referral_details"],
                  DETAILS["discussions_with_child_details"], "Daily check-in with his form tutor",
                  "PC Rhodri Jones, Prevent officer, North Wales Police"):  # fmt: skip
        assert value in checks, value
    worries = text["What we are worried about"]
    assert DETAILS["worried_about"] in worries and DETAILS["if_nothing_done"] in worries
    referrer = text["5. The referrer"]
    for value in ("Anna Khan (DSL)", "Designated Safeguarding Lead", "Ysgol Gyfun Llanfair",
                  "Ffordd y Castell", "01248 000000", "dsl@ysgol-llanfair.example",
                  DETAILS["referrer_relationship"]):  # fmt: skip
        assert value in referrer, value
    # Nothing strays into the wrong section.
    assert DETAILS["mental_health"] not in concern + other + worries
    assert squash(ACCOUNT) not in person + needs + referrer
    assert "Kateřina Prys" not in concern + needs


def test_form_fields_and_fallbacks(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, details={})
    form = rs.build_referral_form(ov, case.concern_id)
    assert form.form_version == FORM_VERSION and form.concern_reference == case.reference
    assert [e.kind for e in form.information] == [
        InformationKind.OBSERVED, InformationKind.ASSERTION, InformationKind.ASSUMPTION
    ]  # fmt: skip
    assert form.information[0].validation is Validation.CORROBORATED
    assert form.information[1].obtained_on == dt.date(2026, 1, 15)
    assert form.person.addresses[0].is_current and not form.person.addresses[1].is_current
    assert form.person.family == (
        FamilyMember("Kateřina Prys", "mother", "07700 900123"),
        FamilyMember("Dai Prys", "father", "no contact"),
    )
    # With no details given: SEND, the decision's reasons, actions and outside consultations.
    assert form.needs.special_needs_or_disability.startswith("Dyslexia")
    assert form.worries.worried_about == RATIONALE
    assert form.checks.action_taken_since.answer is Answer.YES
    assert "Daily check-in" in form.checks.action_taken_since.details
    assert form.checks.discussed_with_other_agencies.answer is Answer.YES
    assert form.checks.person_aware_of_referral.answer is None
    assert (
        form.referrer.relationship_to_person
        == "Designated Safeguarding Lead at the person's school"
    )
    # the date of referral is the date it is sent, kept apart from the date it was prepared
    assert form.referrer.referral_date is None and form.sent_on is None
    assert form.generated_at.date() == dt.date.today()


def test_referral_fields_match_the_form(new_vault: Maker) -> None:
    """Every details key feeds a real field of its section, with a name the store accepts."""
    by_section = {
        ReferralSection.NEEDS: ComplexNeeds,
        ReferralSection.OTHER: OtherInformation,
        ReferralSection.CHECKS: ChecksMade,
        ReferralSection.WORRIES: Worries,
    }
    for section, cls in by_section.items():
        names = {f.name for f in dataclasses.fields(cls)} - {"none_known", "asked"}
        assert {f.key for f in rf.fields_for(section)} == names, section
    concern_fields = {f.name for f in dataclasses.fields(ConcernDescription)}
    assert {f.key for f in rf.fields_for(ReferralSection.CONCERN)} < concern_fields
    assert all(re.fullmatch(r"[a-z][a-z0-9_]{0,63}", k) for k in rf.ALL_KEYS)
    assert len(rf.CHECK_KEYS) == 6
    assert rf.normalise("discussed_with_lead", "yes") == "yes"
    assert rf.normalise("social_media_handles", " a \n\n b ") == ["a", "b"]
    assert rf.normalise("mental_health", "   ") is None
    with pytest.raises(ValueError):
        rf.normalise("discussed_with_lead", "maybe")
    with pytest.raises(ValueError):
        rf.normalise("not_a_field", "x")


# ---- reviewing and editing the wording ------------------------------------------------------
def test_draft_sections_are_the_generated_wording(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    drafts = rs.draft_sections(ov, case.concern_id)
    assert list(drafts) == list(rs.SECTION_ORDER)
    assert "Gwŷn Siân" in drafts[ReferralSection.PERSON]
    assert ACCOUNT in drafts[ReferralSection.CONCERN]
    assert DETAILS["worried_about"] in drafts[ReferralSection.WORRIES]
    assert "Telegram: @dragonfire09" in drafts[ReferralSection.OTHER]


def test_an_edited_section_is_printed_and_recorded(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    drafts = rs.draft_sections(ov, case.concern_id)
    mine = "We are worried that Gwŷn is being groomed online by adults; Siân agrees."
    referral_id = rs.generate_referral(
        ov, case.concern_id,
        {
            ReferralSection.WORRIES: mine,
            ReferralSection.PERSON: drafts[ReferralSection.PERSON] + "\n",  # unchanged
            ReferralSection.NEEDS: "   ",  # blank: keeps the generated wording
        },
    )  # fmt: skip
    pdf = rs.referral_pdf(ov, referral_id)
    text = sections(pdf)
    assert "In the referrer's words" in text["What we are worried about"]
    assert mine in text["What we are worried about"]
    assert DETAILS["worried_about"] not in text["What we are worried about"]
    assert DETAILS["mental_health"] in text["3. Complex needs"]
    assert "In the referrer's words" not in text["1. The person"]

    with ov.reading() as s:
        amendments = list(s.scalars(select(Amendment)))
        row = s.get(Referral, referral_id)
        assert row is not None and row.snapshot is not None
        assert row.snapshot["edited"] == {"worries": mine}
        for amendment in amendments:
            s.expunge(amendment)  # keep the loaded values after the session ends
    assert len(amendments) == 1
    a = amendments[0]
    assert (a.entity, a.entity_id, a.field) == ("referral", referral_id, "wording.worries")
    assert a.old_value == drafts[ReferralSection.WORRIES] and a.new_value == mine
    assert ov.user is not None and a.amended_by_id == ov.user.user_id
    edited = audit(ov, "referral.section_edited")
    assert len(edited) == 1 and edited[0].user_id == a.amended_by_id
    assert edited[0].details == {"concern_id": case.concern_id, "section": "worries",
                                 "amendment_id": a.id}  # fmt: skip
    generated = audit(ov, "referral.generated")
    assert generated[-1].details["edited_sections"] == ["worries"]
    overview = rs.referral_overview(ov, case.concern_id)
    assert overview.latest is not None and overview.latest.edited_sections == (
        ReferralSection.WORRIES,
    )


def test_unknown_section_is_refused(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    with pytest.raises(InvalidInput, match="not a section"):
        rs.generate_referral(ov, case.concern_id, {"summary": "x"})  # type: ignore[dict-item]


# ---- the stored snapshot ------------------------------------------------------------------------
def test_the_same_snapshot_gives_the_same_text_every_time(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    referral_id = rs.generate_referral(ov, case.concern_id)
    first = rs.referral_pdf(ov, referral_id)
    second = rs.referral_pdf(ov, referral_id)
    assert pdf_text(first) == pdf_text(second)
    assert first == second
    # The case changes afterwards: the generated form still reads as it was.
    with ov.unit() as s:
        c = s.get(Concern, case.concern_id)
        assert c is not None
        c.details = {**c.details, "mental_health": "Changed later"}
        item = s.get(InformationItem, case.item_ids[0])
        assert item is not None
        item.content = "Edited afterwards"
    assert pdf_text(rs.referral_pdf(ov, referral_id)) == pdf_text(first)
    newer = rs.generate_referral(ov, case.concern_id)
    assert newer != referral_id
    later = pdf_text(rs.referral_pdf(ov, newer))
    assert "Changed later" in later and "Changed later" not in pdf_text(first)
    stored = rs.stored_referral_form(ov, referral_id)
    assert referral_pdf_bytes(stored) == first


# ---- decisions that are not a referral ----------------------------------------------------------
def test_a_decision_other_than_referral_has_no_referral_form(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, outcome=Outcome.NO_FURTHER_ACTION)
    for call in (
        lambda: rs.generate_referral(ov, case.concern_id),
        lambda: rs.draft_sections(ov, case.concern_id),
        lambda: rs.referral_for_output(ov, case.concern_id),
    ):
        with pytest.raises(rs.NotAReferral) as caught:
            call()
        assert str(caught.value) == "This concern's decision is not a Prevent referral."
    undecided = make_case(ov, number=2, outcome=None)
    with pytest.raises(
        rs.NoDecision, match="No decision has been recorded for concern C-2026-0002"
    ):
        rs.generate_referral(ov, undecided.concern_id)
    assert audit(ov, "referral.") == []


def test_referral_forms_are_generated_at_the_share_stage(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, stage=Stage.REVIEW)
    with pytest.raises(WrongStage, match="Share stage; concern C-2026-0001 is at Review"):
        rs.generate_referral(ov, case.concern_id)


# ---- the decision record --------------------------------------------------------------------
def test_decision_record_for_no_further_action(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, outcome=Outcome.NO_FURTHER_ACTION)
    record = rs.build_decision_record(ov, case.concern_id)
    assert record.outcome is Outcome.NO_FURTHER_ACTION and record.rationale == NFA_RATIONALE
    assert record.proportionality.engagement.answer is Answer.YES
    assert record.proportionality.engagement.notes == "Based on information items 1, 2."
    assert record.decided_by == "Anna Khan (DSL)"
    assert record.category == "Extreme right-wing"

    document = rs.decision_record_document(ov, case.concern_id)
    assert document.decision_id == case.decision_id
    text = squash(pdf_text(document.pdf))
    for value in ("Decision record", "No further action", NFA_RATIONALE, "Gwŷn Siân",
                  "Repeating something heard at home in anger.", "PC Rhodri Jones",
                  "Based on information items 1, 2.", "Extreme right-wing",
                  "Heard Gwŷn say the words quoted above."):  # fmt: skip
        assert value in text, value
    assert rs.decision_record_pdf(ov, case.concern_id)[:5] == b"%PDF-"
    events = audit(ov, "decision_record.")
    assert [e.action for e in events] == ["decision_record.generated"] * 2
    assert events[0].details == {"concern_id": case.concern_id, "outcome": "no_further_action"}
    rs.note_decision_record_printed(ov, document.decision_id)
    rs.note_decision_record_saved(ov, document.decision_id)
    assert [e.action for e in audit(ov, "decision_record.")][-2:] == [
        "decision_record.printed", "decision_record.saved"
    ]  # fmt: skip


def test_decision_record_needs_a_decision(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, outcome=None)
    with pytest.raises(rs.NoDecision):
        rs.decision_record_pdf(ov, case.concern_id)


# ---- sending, printing, saving --------------------------------------------------------------------
def test_sending_is_recorded_once_on_the_newest_form(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    older = rs.generate_referral(ov, case.concern_id)
    newest = rs.generate_referral(ov, case.concern_id)
    sent_at = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1)
    with pytest.raises(rs.SupersededReferral):
        rs.record_sent(ov, older, sent_at, "prevent@police.example.uk")
    rs.record_sent(ov, newest, sent_at, "prevent@police.example.uk", "Secure email", "NWP/123/26")
    overview = rs.referral_overview(ov, case.concern_id)
    assert overview.latest is not None and overview.latest.id == newest
    assert overview.latest.sent_at == sent_at and overview.latest.police_reference == "NWP/123/26"
    assert overview.latest.sent_how == "Secure email"
    with pytest.raises(RecordLocked):
        rs.record_sent(ov, newest, sent_at, "someone else")
    assert [e.action for e in audit(ov, "referral.sent")] == ["referral.sent"]
    # The sent form stays the last word until a new decision is made.
    with pytest.raises(rs.AlreadySent, match="already been sent"):
        rs.generate_referral(ov, case.concern_id)
    with ov.unit() as s:
        s.add(Decision(concern_id=case.concern_id, outcome="prevent_referral", rationale="Again.",
                       decided_by_id=ov.user.user_id if ov.user else 0,
                       decided_at=dt.datetime.now().replace(microsecond=0)))  # fmt: skip
    assert rs.generate_referral(ov, case.concern_id) > newest


def test_printing_and_saving_are_audited_without_content(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    referral_id = rs.referral_for_output(ov, case.concern_id)  # none yet: generates one
    assert rs.referral_for_output(ov, case.concern_id) == referral_id  # then reuses it
    rs.note_printed(ov, referral_id, pages=3)
    rs.note_saved(ov, referral_id)
    events = audit(ov, "referral.")
    assert [e.action for e in events] == [
        "referral.generated",
        "referral.printed",
        "referral.saved",
    ]
    assert events[1].details == {"concern_id": case.concern_id, "form_version": FORM_VERSION,
                                 "pages": 3}  # fmt: skip
    everything = json.dumps([e.details for e in audit(ov)], ensure_ascii=False)
    for secret in ("Gwŷn", "Prys", "Siân", "mosque", "Telegram"):
        assert secret not in everything
    with pytest.raises(NotFound):
        rs.note_printed(ov, referral_id + 99)


def test_overview_and_reference_lookup(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    assert rs.concern_id_for(ov, " c-2026-0001 ") == case.concern_id
    with pytest.raises(NotFound, match="No concern has the reference C-2099-0001"):
        rs.concern_id_for(ov, "C-2099-0001")
    overview = rs.referral_overview(ov, case.concern_id)
    assert overview.is_referral and overview.can_generate and overview.latest is None
    assert overview.person_name == "Gwŷn Siân Prys"
    assert overview.suggested_recipient == "prevent@police.example.uk"


def test_a_reviewer_may_read_and_print_but_not_generate(
    new_vault: Maker, closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov, _ = new_vault()
    case = make_case(ov)
    referral_id = rs.generate_referral(ov, case.concern_id)
    reviewer = second_user(vault, ov, Role.REVIEWER, closing)
    assert rs.referral_pdf(reviewer, referral_id) == rs.referral_pdf(ov, referral_id)
    rs.note_printed(reviewer, referral_id)
    overview = rs.referral_overview(reviewer, case.concern_id)
    assert not overview.can_refer and not overview.can_generate
    with pytest.raises(PermissionDenied):
        rs.generate_referral(reviewer, case.concern_id)
    with pytest.raises(PermissionDenied):
        rs.record_sent(reviewer, referral_id, dt.datetime(2026, 1, 20), "Prevent")
    admin = second_user(vault, ov, Role.TRAINING_ADMIN, closing)
    with pytest.raises(PermissionDenied):
        rs.referral_pdf(admin, referral_id)


# ---- speed ---------------------------------------------------------------------------------------
@pytest.mark.timing
def test_building_and_rendering_takes_under_300_ms(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    rs.build_referral_form(ov, case.concern_id)  # fonts and mappers warmed up, as in the app
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        referral_pdf_bytes(rs.build_referral_form(ov, case.concern_id))
        timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    print(f"referral form build + render: median {median * 1000:.0f} ms of 5")
    assert median < 0.3

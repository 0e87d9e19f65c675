"""Before and after a referral, on a real encrypted vault: the checks and complex needs asked
with deliberate answers, parallel referrals that fit the person, the immediate-risk statement,
account contact details, and what follows sending (gateway outcome, consent, reviews)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Action as ActionRow
from db.models import Amendment, AuditEvent, Concern, Person, Referral
from db.vault import OpenVault, Vault
from dsl_desktop.domain import (
    Answer,
    ChannelConsent,
    ConsentFrom,
    InformationKind,
    NeedStatus,
    ParallelRoute,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.referral_form import ReferralSection
from dsl_desktop.services import accounts
from dsl_desktop.services import concerns as cs
from dsl_desktop.services import referral_checks as rc
from dsl_desktop.services import referral_followup as rfu
from dsl_desktop.services import referrals as rs
from dsl_desktop.services.chronology import chronology_pdf
from dsl_desktop.services.exports import export_log_pdf
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.training import training_report_pdf
from dsl_desktop.workflow import PermissionDenied, StageRuleError
from tests.referral_cases import make_case
from tests.unit.conftest import FAST_KDF

PASSPHRASE = "otter kestrel granite 57 harbour"

Maker = Callable[..., tuple[Vault, OpenVault, str]]


def codes(err: pytest.ExceptionInfo[InvalidInput]) -> set[str]:
    return {p.code for p in err.value.problems}


def test_checks_start_not_asked_and_take_deliberate_answers(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, details={})
    before = rc.before_referral(ov, case.concern_id)
    by_key = {c.key: c for c in before.checks}
    # the signed-in DSL answers "discussed with the DSL" by holding the role
    lead = by_key["discussed_with_lead"]
    assert lead.automatic and lead.asked and lead.answer is None
    assert "designated safeguarding lead" in lead.details
    assert not by_key["person_aware_of_referral"].asked
    assert "check.person_aware_of_referral" in {u.key for u in before.unanswered}
    assert "check.discussed_with_lead" not in {u.key for u in before.unanswered}

    rc.record_check(ov, case.concern_id, "person_aware_of_referral", Answer.NO, "Not told yet.")
    rc.record_check(ov, case.concern_id, "discussions_with_child", Answer.UNCLEAR)
    after = {c.key: c for c in rc.before_referral(ov, case.concern_id).checks}
    assert after["person_aware_of_referral"].answer is Answer.NO
    assert after["person_aware_of_referral"].details == "Not told yet."
    assert after["discussions_with_child"].answer is Answer.UNCLEAR

    rc.record_check(ov, case.concern_id, "person_aware_of_referral", Answer.YES, "Told today.")
    with ov.reading() as s:
        fields = [
            a.field
            for a in s.scalars(select(Amendment).where(Amendment.concern_id == case.concern_id))
        ]
        audited = [e.action for e in s.scalars(select(AuditEvent))]
    assert fields.count("details.person_aware_of_referral") == 2  # first answer, then changed
    assert audited.count("referral.check_answered") == 3
    with pytest.raises(InvalidInput) as err:
        rc.record_check(ov, case.concern_id, "person_aware_of_referral", "maybe")
    assert codes(err) == {"check_answer_missing"}
    with pytest.raises(InvalidInput):
        rc.record_check(ov, case.concern_id, "no_such_check", Answer.YES)


def test_a_deputy_also_answers_the_lead_check_but_a_reviewer_cannot_write(
    new_vault: Maker,
) -> None:
    vault, ov, _ = new_vault()
    case = make_case(ov, details={})
    accounts.add_account(
        ov, sign_in_name="rhys", display_name="Rhys Ellis", role=Role.REVIEWER,
        passphrase=PASSPHRASE, kdf=FAST_KDF,
    )  # fmt: skip
    ov.close()
    reviewer = Vault(vault.data_dir).unlock("rhys", PASSPHRASE)
    try:
        checks = {c.key: c for c in rc.before_referral(reviewer, case.concern_id).checks}
        assert not checks["discussed_with_lead"].automatic
        with pytest.raises(PermissionDenied):
            rc.record_check(reviewer, case.concern_id, "person_aware_of_referral", Answer.NO)
    finally:
        reviewer.close()


def test_needs_tell_none_known_from_not_asked(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, details={"mental_health": "CAMHS since 2025."})
    needs = {n.key: n for n in rc.before_referral(ov, case.concern_id).needs}
    assert needs["mental_health"].status is NeedStatus.PRESENT  # text written before statuses
    assert needs["housing"].status is None
    # the person's SEND details answer the SEND question
    assert needs["special_needs_or_disability"].status is NeedStatus.PRESENT
    rc.record_need(ov, case.concern_id, "housing", NeedStatus.NONE_KNOWN)
    rc.record_need(ov, case.concern_id, "substance_misuse", NeedStatus.PRESENT, "Vaping at 13.")
    needs = {n.key: n for n in rc.before_referral(ov, case.concern_id).needs}
    assert needs["housing"].status is NeedStatus.NONE_KNOWN and needs["housing"].details == ""
    assert needs["substance_misuse"].details == "Vaping at 13."
    unanswered = {u.key for u in rc.unanswered(ov, case.concern_id)}
    assert "need.housing" not in unanswered and "need.family_or_peer_concerns" in unanswered
    with pytest.raises(InvalidInput) as err:
        rc.record_need(ov, case.concern_id, "housing", NeedStatus.PRESENT, "  ")
    assert codes(err) == {"need_details_missing"}


def test_parallel_routes_fit_the_person(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    before = rc.before_referral(ov, case.concern_id)
    assert before.child is True
    assert before.fitting_routes[0] is ParallelRoute.CHILDRENS_SOCIAL_CARE
    assert ParallelRoute.LADO not in before.fitting_routes
    with pytest.raises(InvalidInput) as err:
        rc.record_parallel_referral(
            ov, case.concern_id, ParallelRoute.LADO, made_on=dt.date(2026, 1, 17)
        )
    assert codes(err) == {"route_does_not_fit"}
    with pytest.raises(InvalidInput) as err:
        rc.record_parallel_referral(ov, case.concern_id, ParallelRoute.NONE)
    assert codes(err) == {"route_none_reason"}
    rid = rc.record_parallel_referral(
        ov, case.concern_id, ParallelRoute.CHILDRENS_SOCIAL_CARE,
        made_on=dt.date(2026, 1, 17), reference="MASH-2026-0113",
    )  # fmt: skip
    (view,) = rc.before_referral(ov, case.concern_id).parallel
    assert (view.id, view.reference, view.made_on) == (rid, "MASH-2026-0113", dt.date(2026, 1, 17))
    assert "parallel_referral" not in {u.key for u in rc.unanswered(ov, case.concern_id)}
    # a member of staff: the LADO
    with ov.unit() as s:
        p = s.get(Person, case.person_id)
        assert p is not None
        p.person_type, p.date_of_birth, p.school_or_occupation = "staff", dt.date(1985, 2, 1), "TA"
    assert rc.before_referral(ov, case.concern_id).fitting_routes[0] is ParallelRoute.LADO
    with pytest.raises(InvalidInput):
        rc.record_parallel_referral(
            ov, case.concern_id, ParallelRoute.CHILDRENS_SOCIAL_CARE, made_on=dt.date(2026, 1, 17)
        )
    rc.record_parallel_referral(
        ov, case.concern_id, ParallelRoute.LADO, made_on=dt.date(2026, 1, 18), reference="L-77"
    )


def test_immediate_risk_is_recorded_at_any_step_and_does_not_stop_the_referral(
    new_vault: Maker,
) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)  # at Share, decision: Prevent referral
    at = dt.datetime(2026, 1, 16, 13, 5)
    rc.record_immediate_risk(
        ov, case.concern_id, identified=True,
        action="Called 999 when he showed a knife at the gate; police attended.", at=at,
    )  # fmt: skip
    risk = rc.before_referral(ov, case.concern_id).immediate_risk
    assert risk.identified is True and risk.at == at and "999" in risk.action
    view = cs.case_view(ov, case.concern_id)
    assert view.stage is Stage.SHARE and view.outcome is not None
    assert view.outcome.value == "prevent_referral"
    with pytest.raises(InvalidInput) as err:
        rc.record_immediate_risk(ov, case.concern_id, identified=True, action="999", at=None)
    assert codes(err) == {"emergency_at_missing"}
    rc.record_immediate_risk(ov, case.concern_id, identified=False)
    risk = rc.before_referral(ov, case.concern_id).immediate_risk
    assert risk.identified is False and risk.action == "" and risk.at is None


def test_alternatives_are_concluded_and_accepted(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    (alt,) = rc.before_referral(ov, case.concern_id).alternatives
    assert alt.accepted is None
    assert f"alternative.{alt.id}" in {u.key for u in rc.unanswered(ov, case.concern_id)}
    rc.record_alternative_conclusion(
        ov, alt.id, exploration="Spoke with his mother.",
        conclusion="It does not explain the online contact.", accepted=False,
    )  # fmt: skip
    (alt,) = rc.before_referral(ov, case.concern_id).alternatives
    assert alt.accepted is False and alt.conclusion.startswith("It does not")
    assert cs.case_view(ov, case.concern_id).alternatives[0].accepted is False


def test_account_contact_details_and_alternative_contacts(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov)
    unanswered = {u.key for u in rc.unanswered(ov, case.concern_id)}
    assert {"referrer.direct_phone", "referrer.work_email", "alternative_contact"} <= unanswered
    me = accounts.my_account(ov)
    accounts.update_contact_details(
        ov, me.user_id, direct_phone="01248 000 123", work_email="a.khan@ysgol.example"
    )
    with pytest.raises(Exception, match="phone"):
        accounts.update_contact_details(ov, me.user_id, direct_phone="call me", work_email="")
    with pytest.raises(Exception, match="email"):
        accounts.update_contact_details(ov, me.user_id, direct_phone="", work_email="nobody")
    deputy = accounts.add_account(
        ov, sign_in_name="ffion", display_name="Ffion Hughes", role=Role.DEPUTY,
        passphrase=PASSPHRASE, kdf=FAST_KDF, direct_phone="01248 000 124",
        work_email="f.hughes@ysgol.example",
    )  # fmt: skip
    assert [a.user_id for a in accounts.alternative_contacts(ov)] == [deputy.user_id]
    before = rc.before_referral(ov, case.concern_id)
    assert before.referrer.direct_phone == "01248 000 123"
    assert [c.name for c in before.alternative_contacts] == ["Ffion Hughes"]
    assert not {"referrer.direct_phone", "alternative_contact"} & {u.key for u in before.unanswered}


def test_corroborated_items_say_by_whom_and_assumptions_cannot_be(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, outcome=None, stage=Stage.CHECK)
    item = cs.add_information(
        ov, case.concern_id,
        cs.InformationInput("A classmate says he is in a group chat.", InformationKind.ASSERTION,
                            Validation.CORROBORATED, corroborated_by="Screenshot seen by the DSL"),
    )  # fmt: skip
    view = next(i for i in cs.case_view(ov, case.concern_id).items if i.id == item)
    assert view.corroborated_by == "Screenshot seen by the DSL"
    with pytest.raises(InvalidInput) as err:
        cs.add_information(
            ov, case.concern_id,
            cs.InformationInput("He must be watching propaganda.", InformationKind.ASSUMPTION,
                                Validation.CORROBORATED),
        )  # fmt: skip
    assert codes(err) == {"assumption_corroborated"}


def _sent(ov: OpenVault) -> tuple[int, int]:
    case = make_case(ov)
    sent = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=40)
    rid = cs.record_referral_sent(
        ov, case.concern_id, cs.ReferralSentInput(sent, "Police Prevent team", "secure email")
    )
    return case.concern_id, rid


def test_after_sending_gateway_consent_panels_and_reviews(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    concern_id, rid = _sent(ov)
    today = dt.date.today()
    rfu.record_feedback(ov, rid, requested_on=today - dt.timedelta(days=30))
    with pytest.raises(InvalidInput) as err:
        rfu.record_channel_consent(ov, rid, ChannelConsent.GIVEN, ConsentFrom.PARENT_CARER, today)
    assert codes(err) == {"consent_not_channel"}
    rfu.record_gateway_outcome(
        ov, rid, ReferralOutcome.CHANNEL, today - dt.timedelta(days=25), "Adopted by Channel."
    )
    with pytest.raises(InvalidInput) as err:  # Gwŷn is 15: a parent or carer consents
        rfu.record_channel_consent(ov, rid, ChannelConsent.GIVEN, ConsentFrom.PERSON, today)
    assert codes(err) == {"consent_parent_needed"}
    rfu.record_channel_consent(
        ov, rid, ChannelConsent.GIVEN, ConsentFrom.PARENT_CARER, today - dt.timedelta(days=20)
    )
    rfu.add_panel_date(ov, rid, today - dt.timedelta(days=18))
    rfu.add_panel_date(ov, rid, today + dt.timedelta(days=30))
    rfu.add_panel_date(ov, rid, today - dt.timedelta(days=18))
    rfu.record_school_part(ov, rid, "Weekly mentoring session in school; tutor check-ins.")
    ended = today - dt.timedelta(days=2)
    ids = rfu.record_support_ended(ov, rid, ended)
    assert len(ids) == 2
    assert rfu.record_support_ended(ov, rid, ended) == ids  # not repeated
    view = rfu.follow_up(ov, rid)
    assert view.gateway_outcome is ReferralOutcome.CHANNEL and view.supported
    assert view.consent_from is ConsentFrom.PARENT_CARER
    assert view.panel_dates == (today - dt.timedelta(days=18), today + dt.timedelta(days=30))
    assert [(r.months, r.due_date) for r in view.reviews] == [
        (6, rfu.add_months(ended, 6)),
        (12, rfu.add_months(ended, 12)),
    ]
    with ov.reading() as s:
        due = list(s.scalars(select(ActionRow.due_date).where(ActionRow.concern_id == concern_id)))
    assert rfu.add_months(ended, 12) in due


def test_an_unknown_outcome_closes_only_with_a_review_date(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    concern_id, rid = _sent(ov)
    rfu.record_gateway_outcome(ov, rid, ReferralOutcome.UNKNOWN, None)
    with ov.unit() as s:
        c = s.get(Concern, concern_id)
        assert c is not None
        c.next_review = None
    with pytest.raises(StageRuleError) as err:
        cs.move_to(ov, concern_id, Stage.CLOSED)
    assert {r.code for r in err.value.reasons} == {"outcome_unknown_review_date_missing"}
    later = dt.date.today() + dt.timedelta(days=28)
    cs.move_to(ov, concern_id, Stage.CLOSED, next_review=later)
    view = cs.case_view(ov, concern_id)
    assert view.stage is Stage.CLOSED
    assert any(
        a.due_date == later and a.description == cs.UNKNOWN_OUTCOME_ACTION for a in view.actions
    )


# ---- on paper: the form carries what the flow asked -----------------------------------------
def _pdf(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader


def _answer_everything(ov: OpenVault, concern_id: int) -> None:
    rc.record_check(ov, concern_id, "person_aware_of_referral", Answer.NO,
                    "Not told yet: advice sought from the Prevent team first.")  # fmt: skip
    rc.record_check(ov, concern_id, "parents_or_carers_informed", Answer.YES,
                    "His mother knows and supports the referral.")  # fmt: skip
    rc.record_check(ov, concern_id, "discussions_with_child", Answer.UNCLEAR,
                    "He would not talk about it with his tutor.")  # fmt: skip
    for key in rc.rf.NEED_KEYS:
        if key != "special_needs_or_disability":
            rc.record_need(ov, concern_id, key, NeedStatus.NONE_KNOWN)
    rc.record_need(
        ov, concern_id, "housing", NeedStatus.PRESENT, "Overcrowded flat; a move is due."
    )
    rc.record_parallel_referral(
        ov, concern_id, ParallelRoute.CHILDRENS_SOCIAL_CARE, made_on=dt.date(2026, 1, 16),
        reference="MASH-2026-0113",
    )  # fmt: skip
    rc.record_immediate_risk(
        ov, concern_id, identified=True, at=dt.datetime(2026, 1, 15, 12, 40),
        action="999 called when he threatened a pupil with a blade; police attended.",
    )  # fmt: skip
    (alt,) = rc.before_referral(ov, concern_id).alternatives
    rc.record_alternative_conclusion(
        ov, alt.id, exploration="Spoke with his mother, Kateřina.",
        conclusion="Anger at home explains the words, not the online contact.", accepted=False,
    )  # fmt: skip
    me = accounts.my_account(ov)
    accounts.update_contact_details(
        ov, me.user_id, direct_phone="01248 000 123", work_email="a.khan@ysgol.example"
    )
    accounts.add_account(
        ov, sign_in_name="ffion", display_name="Ffion Hughes", role=Role.DEPUTY,
        passphrase=PASSPHRASE, kdf=FAST_KDF, direct_phone="01248 000 124",
        work_email="f.hughes@ysgol.example",
    )  # fmt: skip


def test_a_case_answered_in_the_flow_prints_its_answers_and_never_not_answered(
    new_vault: Maker,
) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, details={})
    _answer_everything(ov, case.concern_id)
    assert rc.unanswered(ov, case.concern_id) == ()
    referral_id = rs.generate_referral(ov, case.concern_id)
    text, _reader = _pdf(rs.referral_pdf(ov, referral_id))
    for absent in ("Not answered", "Not asked", "Reported (not verified)", "Inferred"):
        assert absent not in text
    person, rest = text.split("2. The concerns", 1)
    concerns, rest = rest.split("3. Complex needs", 1)
    needs, rest = rest.split("4. Other information", 1)
    other, referrer = rest.split("5. The referrer", 1)
    # the checks, as answered (the lead check answered by the DSL's own role)
    assert "☑ Yes The referrer is the school's designated safeguarding lead." in other
    assert "☒ No Not told yet: advice sought from the Prevent team first." in other
    assert "☑ Yes His mother knows and supports the referral." in other
    assert "☐ Not known He would not talk about it with his tutor." in other
    assert "Daily check-in with his form tutor" in other  # action taken, from the case
    # complex needs: none known where said, details where present
    assert "Mental health None known" in needs and "Overcrowded flat; a move is due." in needs
    # alternatives, immediate risk, parallel referral, the referrer's own phone and email
    assert "Immediate risk Emergency action taken (15 January 2026, 12:40): 999 called" in concerns
    assert "Anger at home explains the words, not the online contact." in concerns
    assert "Not accepted: it does not explain what was seen" in concerns
    assert (
        "Children's social care or the MASH, made 16 January 2026, reference MASH-2026-0113"
        in other
    )
    assert "Direct phone 01248 000 123" in referrer
    assert "Professional email a.khan@ysgol.example" in referrer
    assert (
        "Alternative contact Ffion Hughes Deputy DSL 01248 000 124 f.hughes@ysgol.example"
        in referrer
    )
    assert "Gwŷn Siân" in person and "MASH-2026-0113" not in person
    # the plain text carries the same, section by section
    plain = rs.referral_text(ov, referral_id)
    assert "1. The person\n=============" in plain and "Checks already made\n---" in plain
    assert "Not answered" not in plain
    sections = rs.referral_section_texts(ov, referral_id)
    heading, body = sections[ReferralSection.REFERRER]
    assert heading == "The referrer" and "Direct phone: 01248 000 123" in body


def test_earlier_concerns_and_referrals_are_on_the_form(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    case = make_case(ov, number=42)
    with ov.unit() as s:
        c = s.get(Concern, case.concern_id)
        assert c is not None
        for ref, year, outcome in (("C-2021-0007", 2021, "prevent_referral"),
                                   ("C-2024-0031", 2024, "monitor")):  # fmt: skip
            old = Concern(
                reference=ref, person_id=c.person_id, noticed_by="Mr Jones",
                noticed_at=dt.datetime(year, 9, 14, 11, 5), account="An earlier worry.",
                category="islamist", immediate_danger=False, stage="closed", status="closed",
                outcome=outcome, recorded_by_id=c.recorded_by_id,
                recorded_at=dt.datetime(year, 9, 14, 12),
            )  # fmt: skip
            s.add(old)
            s.flush()
            if outcome == "prevent_referral":
                s.add(Referral(
                    concern_id=old.id, sent_at=dt.datetime(year, 9, 20, 10), sent_to="Police",
                    police_reference="PRV-2021-00731", outcome="channel",
                    outcome_date=dt.date(year, 10, 2),
                ))  # fmt: skip
    referral_id = rs.generate_referral(ov, case.concern_id)
    form = rs.stored_referral_form(ov, referral_id)
    assert [p.reference for p in form.previous] == ["C-2024-0031", "C-2021-0007"]
    text, _reader = _pdf(rs.referral_pdf(ov, referral_id))
    earlier = text.split("Earlier concerns and referrals about the person", 1)[1]
    assert "C-2024-0031 14 September 2024 Islamist Monitor and review" in earlier
    assert (
        "C-2021-0007 14 September 2021 Islamist Prevent referral Gateway: Channel panel PRV-2021-00731"
        in earlier
    )


def test_no_pdf_the_app_makes_holds_a_name_in_its_metadata(
    new_vault: Maker, tmp_path: Path
) -> None:
    _, ov, _ = new_vault(display_name="Anna Khan")
    case = make_case(ov)
    referral_id = rs.generate_referral(ov, case.concern_id)
    log = tmp_path / "log.pdf"
    export_log_pdf(ov, log)
    training = tmp_path / "training.pdf"
    training_report_pdf(ov, training)
    documents = {
        "referral": rs.referral_pdf(ov, referral_id),
        "referral (Welsh)": rs.referral_pdf(ov, referral_id, "cy"),
        "decision record": rs.decision_record_pdf(ov, case.concern_id),
        "chronology": chronology_pdf(ov, case.person_id),
        "log": log.read_bytes(),
        "training": training.read_bytes(),
    }
    names = ("Gwŷn", "Siân", "Prys", "Anna", "Khan", "Lloyd")
    for what, data in documents.items():
        _text, reader = _pdf(data)
        meta = reader.metadata
        assert meta is not None, what
        for key, value in meta.items():
            for name in names:
                assert name not in str(value), f"{what} {key}: {value}"
    _text, reader = _pdf(documents["referral"])
    assert (
        reader.metadata is not None
        and reader.metadata.title == f"Prevent referral {case.reference}"
    )


def test_gateway_outcomes_read_the_same_in_every_document() -> None:
    from dsl_desktop.pdf.text import referral_outcome_label
    from dsl_desktop.services.chronology import referral_outcome_label as chronology_label
    from dsl_desktop.services.overview import REFERRAL_OUTCOME_TITLES

    for outcome in ReferralOutcome:
        words = referral_outcome_label(outcome)
        assert REFERRAL_OUTCOME_TITLES[outcome.value] == words
        assert chronology_label(outcome.value) == words

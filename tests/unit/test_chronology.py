"""A person's chronology: every kind of record, in time order, audited; and its PDF."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from logdata import signed_in_as
from pypdf import PdfReader
from sqlalchemy import select

from db.errors import PermissionDenied
from db.models import AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop.domain import InformationKind, Outcome, ReferralOutcome, Role, Stage, Validation
from dsl_desktop.services import chronology, concerns, people
from dsl_desktop.services.people import NotFound
from dsl_desktop.services.setup import seed_catalogues

NOW = dt.datetime.now().replace(microsecond=0)


def _person(ov: OpenVault, forenames: str, surname: str) -> int:
    return people.add_person(
        ov,
        people.PersonInput(
            forenames=forenames, surname=surname, date_of_birth=dt.date(2011, 4, 2),
            school_or_occupation="Year 9",
        ),
    ).id  # fmt: skip


def _concern(ov: OpenVault, person_id: int, account: str, hours_ago: int) -> int:
    return concerns.create_concern(
        ov,
        concerns.NoticeInput(
            person_id=person_id, noticed_by="Ms Nia Rowlands",
            noticed_at=NOW - dt.timedelta(hours=hours_ago), account=account,
            immediate_danger=False, location="the library", category="extreme_right_wing",
        ),
    ).id  # fmt: skip


def _full_story(ov: OpenVault, person_id: int) -> int:
    """A concern taken from Notice to a closed Prevent referral, with every kind of record."""
    cid = _concern(ov, person_id, "Drew a symbol on a planner and said it was 'for the cause'.", 30)
    concerns.move_to(ov, cid, Stage.CHECK)
    concerns.add_information(
        ov, cid,
        concerns.InformationInput("Form tutor saw the planner.", InformationKind.OBSERVED,
                                  Validation.CORROBORATED, source="Form tutor"),
    )  # fmt: skip
    concerns.add_alternative(ov, cid, concerns.AlternativeInput("A history project on symbols"))
    concerns.add_consultation(
        ov, cid,
        concerns.ConsultationInput("Mr Aled Hughes", NOW - dt.timedelta(hours=20),
                                   role="Head of Year", shared="What was drawn"),
    )  # fmt: skip
    concerns.move_to(ov, cid, Stage.DECIDE)
    concerns.record_decision(
        ov, cid,
        concerns.DecisionInput(Outcome.PREVENT_REFERRAL, "Symbol and words together; refer."),
    )  # fmt: skip
    referral = concerns.save_referral_snapshot(ov, cid, {"person": "snapshot"}, "2025")
    concerns.record_referral_sent(
        ov, cid,
        concerns.ReferralSentInput(NOW - dt.timedelta(hours=2), "Police Prevent team",
                                   "secure email", "PR/77"),
    )  # fmt: skip
    concerns.record_referral_outcome(ov, referral, ReferralOutcome.SIGNPOSTED, dt.date.today())
    action = concerns.add_action(ov, cid, concerns.ActionInput("Check in weekly", "Head of Year"))
    concerns.complete_action(ov, action)
    concerns.amend(ov, "concern", cid, "location", "the art room", "The room was wrong")
    return cid


@pytest.fixture
def vault_and_dsl(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
) -> tuple[Vault, OpenVault]:
    vault, ov, _ = new_vault(seed=seed_catalogues)
    return vault, ov


def test_everything_about_a_person_in_time_order(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    _, ov = vault_and_dsl
    pid = _person(ov, "Siân", "Mostyn")
    other = _person(ov, "Ieuan", "Bowen")
    first = _full_story(ov, pid)
    second = _concern(ov, pid, "Shared a video in the group chat.", 1)
    _concern(ov, other, "Someone else's concern: kestrel.", 5)
    people.update_person(
        ov, pid, people.PersonInput(forenames="Siân", surname="Mostyn-Jones",
                                    date_of_birth=dt.date(2011, 4, 2),
                                    school_or_occupation="Year 9"), reason="New surname",
    )  # fmt: skip

    result = chronology.person_chronology(ov, pid)

    assert result.person.surname == "Mostyn-Jones"
    assert [c.id for c in result.concerns] == [first, second]
    kinds = [e.kind for e in result.entries]
    for kind in ("noticed", "recorded", "information", "alternative", "consultation", "stage",
                 "decision", "referral_made", "referral_sent", "referral_outcome", "action",
                 "action_done", "amendment"):  # fmt: skip
        assert kind in kinds, kind
    moments = [e.at for e in result.entries]
    assert moments == sorted(moments)
    assert {e.concern_id for e in result.entries} == {first, second, None}
    assert all("kestrel" not in e.text for e in result.entries)
    texts = " ".join(e.summary + " " + e.text for e in result.entries)
    assert "for the cause" in texts and "Form tutor saw the planner." in texts
    assert "Signposted to other services" in texts and "PR/77" in texts
    person_change = next(e for e in result.entries if e.concern_id is None)
    assert person_change.reason == "New surname" and "Mostyn-Jones" in person_change.text
    location = next(e for e in result.entries if e.kind == "amendment" and e.concern_id == first)
    assert location.text == "the library \u2192 the art room" and location.reason


def test_reading_a_chronology_is_audited_without_content(
    vault_and_dsl: tuple[Vault, OpenVault],
) -> None:
    _, ov = vault_and_dsl
    pid = _person(ov, "Cai", "Lloyd")
    _concern(ov, pid, "A secret account text.", 3)
    chronology.person_chronology(ov, pid)
    with ov.reading() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.entity, event.entity_id) == (
            "person.chronology_viewed",
            "person",
            str(pid),
        )
        assert "secret" not in json.dumps(event.details) and "Lloyd" not in json.dumps(
            event.details
        )
        assert event.details["concerns"] == 1


def test_the_pdf(vault_and_dsl: tuple[Vault, OpenVault], tmp_path: Path) -> None:
    _, ov = vault_and_dsl
    pid = _person(ov, "Gwŷn", "Ap Rhys")
    cid = _full_story(ov, pid)
    out = tmp_path / "chronology.pdf"
    data = chronology.chronology_pdf(ov, pid, out)
    assert out.read_bytes() == data
    reader = PdfReader(io.BytesIO(data))
    pages = [p.extract_text() for p in reader.pages]
    whole = " ".join("\n".join(pages).split())
    assert "Chronology" in whole and "Gwŷn" in whole and "Ap Rhys" in whole
    for heading in ("The person", "Concerns", "Chronology"):
        assert heading in whole
    with ov.reading() as s:
        reference = s.get(concerns.Concern, cid).reference  # type: ignore[union-attr]
    assert reference in whole
    assert "for the cause" in whole and "Signposted to other services" in whole
    for number, text in enumerate(pages, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {number} of {len(pages)}" in text
    assert reader.metadata is not None and reader.metadata.title == "Chronology"
    with ov.reading() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None and last.action == "person.chronology_exported"
        assert last.entity_id == str(pid)


def test_pdf_bytes_alone_write_no_audit_event(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    """A caller that makes the PDF inside its own transaction (a file transfer) audits itself."""
    _, ov = vault_and_dsl
    pid = _person(ov, "Osian", "Tudor")
    with ov.reading() as s:
        before = s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    data = chronology.chronology_pdf(ov, pid)
    assert data.startswith(b"%PDF")
    assert "Nothing has been recorded yet" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    with ov.reading() as s:
        assert s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) == before


def test_who_may_read_a_chronology(vault_and_dsl: tuple[Vault, OpenVault]) -> None:
    vault, ov = vault_and_dsl
    pid = _person(ov, "Mali", "Rees")
    _concern(ov, pid, "Account.", 2)
    with signed_in_as(vault, ov, Role.REVIEWER) as reviewer:
        assert len(chronology.person_chronology(reviewer, pid).concerns) == 1
    with signed_in_as(vault, ov, Role.TRAINING_ADMIN) as admin, pytest.raises(PermissionDenied):
        chronology.person_chronology(admin, pid)
    with pytest.raises(NotFound):
        chronology.person_chronology(ov, 99999)

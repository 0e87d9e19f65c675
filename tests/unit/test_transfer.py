"""Transferring a pupil's file to another school: chronology PDF, encrypted package, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.errors import DomainError, KnownError, PermissionDenied, VaultError, WrongPassphrase
from db.models import (
    Amendment,
    Attachment,
    AuditEvent,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Transfer,
)
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import records
from dsl_desktop.services.accounts import add_account
from dsl_desktop.services.people import InvalidInput
from tests.records_data import FAST_KDF, add_case, make_vault

PACKAGE_PASSPHRASE = "otter quilt saffron 2026"


@pytest.fixture
def schools(tmp_path: Path):
    _va, sending, _ = make_vault(tmp_path / "primary", school="Ysgol Glan Morfa")
    _vb, receiving, _ = make_vault(tmp_path / "secondary", school="Ysgol Uwchradd Bangor")
    yield sending, receiving
    sending.close()
    receiving.close()


def _export(sending, tmp_path: Path):
    pid, first = add_case(sending, "Quokkafrond", forenames="Gwŷn", surname="Roberts")
    _, second = add_case(sending, "Zebulonmarsh", person_id=pid)
    add_case(sending, "Notthisone", forenames="Ffion", surname="Jones")
    out = tmp_path / "out"
    out.mkdir()
    result = records.export_transfer(
        sending, pid, out, "Ysgol Uwchradd Bangor", "Secure email", PACKAGE_PASSPHRASE, kdf=FAST_KDF
    )
    return pid, (first, second), result


def test_export_writes_a_chronology_and_a_sealed_package(schools, tmp_path: Path) -> None:
    sending, _receiving = schools
    pid, _ids, result = _export(sending, tmp_path)
    assert sorted(p.name for p in result.package_path.parent.iterdir()) == sorted(
        [result.package_path.name, result.pdf_path.name]
    )
    assert (result.concerns, result.attachments) == (2, 4)
    text = "\n".join(page.extract_text() for page in PdfReader(result.pdf_path).pages)
    flat = " ".join(text.split())
    for expected in ("Chronology", "Gwŷn Roberts", "Ysgol Glan Morfa",
                     "Quokkafrond videos explain everything", "Zebulonmarsh", "C-2026-0001",
                     "C-2026-0002", "OFFICIAL-SENSITIVE"):  # fmt: skip
        assert expected in flat, expected
    assert "Notthisone" not in flat
    package = result.package_path.read_bytes()
    for secret in (b"Quokkafrond", b"Roberts", "Gwŷn".encode(), b"Glan Morfa"):
        assert secret not in package
    with sending.reading() as s:
        t = s.get(Transfer, result.transfer_id)
        assert (t.direction, t.person_id, t.to_school, t.method) == (
            "out",
            pid,
            "Ysgol Uwchradd Bangor",
            "Secure email",
        )
        assert t.sent_at is not None and t.receipt_confirmed_on is None
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "transfer.exported")).one()
        assert ev.details == {"person_id": pid, "concerns": 2, "attachments": 4}


def test_another_school_imports_the_package(schools, tmp_path: Path) -> None:
    sending, receiving = schools
    _pid, (first, second), result = _export(sending, tmp_path)
    add_case(receiving, "Theirownpupil", forenames="Elin", surname="Hughes")  # takes C-2026-0001

    imported = records.import_transfer(receiving, result.package_path, PACKAGE_PASSPHRASE)

    assert imported.from_school == "Ysgol Glan Morfa"
    assert imported.references == [("C-2026-0001", "C-2026-0002"), ("C-2026-0002", "C-2026-0003")]
    with sending.reading() as s:
        sent_item_ids = set(
            s.scalars(
                select(InformationItem.id).where(InformationItem.concern_id.in_([first, second]))
            )
        )
        sent_attachments = {
            a.sha256: a.content
            for a in s.scalars(select(Attachment))
            if a.owner_id
            in (sent_item_ids if a.owner_type == "information_item" else {first, second})
        }
        sent_items = s.scalar(
            select(func.count(InformationItem.id))
            .join(Concern)
            .where(Concern.id.in_([first, second]))
        )
    with receiving.reading() as s:
        person = s.get(Person, imported.person_id)
        assert (person.forenames, person.surname, person.date_of_birth) == (
            "Gwŷn",
            "Roberts",
            dt.date(2012, 5, 17),
        )
        concerns = list(
            s.scalars(select(Concern).where(Concern.person_id == person.id).order_by(Concern.id))
        )
        assert [c.reference for c in concerns] == ["C-2026-0002", "C-2026-0003"]
        moved = concerns[0].details["transferred_in"]
        assert (
            moved["original_reference"] == "C-2026-0001"
            and moved["from_school"] == "Ysgol Glan Morfa"
        )
        assert moved["recorded_by"] == "Mrs Siân Pritchard"
        assert any(v == "Mrs Siân Pritchard" for v in moved["authors"].values())
        assert concerns[0].details["note"] == "Quokkafrond-details"
        assert concerns[0].account == "Said that Quokkafrond videos explain everything"
        ids = [c.id for c in concerns]
        assert (
            s.scalar(
                select(func.count(InformationItem.id)).where(InformationItem.concern_id.in_(ids))
            )
            == sent_items
        )
        assert (
            s.scalar(select(func.count(Consultation.id)).where(Consultation.concern_id.in_(ids)))
            == 2
        )
        decision = s.scalars(select(Decision).where(Decision.concern_id == ids[0])).one()
        assert decision.rationale == "Monitor because of Quokkafrond interest"
        assert decision.decided_by_id == receiving.user.user_id
        item_ids = set(
            s.scalars(select(InformationItem.id).where(InformationItem.concern_id.in_(ids)))
        )
        got = {
            a.sha256: (a.content, a.owner_type, a.owner_id)
            for a in s.scalars(select(Attachment))
            if a.owner_id in (item_ids if a.owner_type == "information_item" else set(ids))
        }
        assert len(sent_attachments) == 4
        assert {k: v[0] for k, v in got.items()} == sent_attachments
        for _content, owner_type, owner_id in got.values():
            assert owner_id in (item_ids if owner_type == "information_item" else set(ids))
        item_amendments = list(
            s.scalars(
                select(Amendment).where(
                    Amendment.entity == "information_item", Amendment.concern_id.in_(ids)
                )
            )
        )
        assert {a.entity_id for a in item_amendments} <= item_ids and len(item_amendments) == 2
        person_amendments = list(s.scalars(select(Amendment).where(Amendment.entity == "person")))
        assert person.id in [a.entity_id for a in person_amendments]
        t = s.get(Transfer, imported.transfer_id)
        assert (t.direction, t.from_school, t.to_school) == (
            "in",
            "Ysgol Glan Morfa",
            "Ysgol Uwchradd Bangor",
        )
        assert t.receipt_confirmed_on == dt.date.today()
        events = list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.action.in_(["concern.received", "transfer.imported"])
                )
            )
        )
        assert [e.action for e in events] == [
            "concern.received",
            "concern.received",
            "transfer.imported",
        ]
        assert "Quokkafrond" not in repr([e.details for e in events])
    assert receiving.verify().ok
    with pytest.raises(DomainError, match="already read in"):
        records.import_transfer(receiving, result.package_path, PACKAGE_PASSPHRASE)
    with receiving.reading() as s:
        assert s.scalar(select(func.count(Person.id))) == 2  # their own pupil and the one received


def test_a_wrong_passphrase_or_a_damaged_package_imports_nothing(schools, tmp_path: Path) -> None:
    sending, receiving = schools
    _pid, _ids, result = _export(sending, tmp_path)
    with pytest.raises(WrongPassphrase):
        records.import_transfer(receiving, result.package_path, "not the package passphrase")
    data = bytearray(result.package_path.read_bytes())
    for offset in (0, 20, len(data) // 2, len(data) - 1):
        bad = tmp_path / f"bad{offset}.dsltransfer"
        copy = bytearray(data)
        copy[offset] ^= 0x01
        bad.write_bytes(bytes(copy))
        with pytest.raises(records.TransferDamaged):
            records.import_transfer(receiving, bad, PACKAGE_PASSPHRASE)
    with pytest.raises(KnownError, match="not found"):
        records.import_transfer(receiving, tmp_path / "missing.dsltransfer", PACKAGE_PASSPHRASE)
    with receiving.reading() as s:
        assert s.scalar(select(func.count(Person.id))) == 0
        assert s.scalar(select(func.count(Transfer.id))) == 0


def test_confirming_receipt(schools, tmp_path: Path) -> None:
    sending, receiving = schools
    _pid, _ids, result = _export(sending, tmp_path)
    view = next(t for t in records.transfers(sending) if t.id == result.transfer_id)
    assert view.direction == "out" and view.person_name == "Gwŷn Roberts"
    assert view.sent_at is not None
    assert view.receipt_due_on == records.school_days_after(view.sent_at.date(), 5)
    assert view.receipt_overdue(view.receipt_due_on + dt.timedelta(days=1))
    assert not view.receipt_overdue(view.receipt_due_on)
    with pytest.raises(InvalidInput, match="future"):
        records.confirm_receipt(sending, result.transfer_id, dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(InvalidInput, match="before it was sent"):
        records.confirm_receipt(
            sending, result.transfer_id, view.sent_at.date() - dt.timedelta(days=1)
        )
    records.confirm_receipt(sending, result.transfer_id, dt.date.today())
    view = next(t for t in records.transfers(sending) if t.id == result.transfer_id)
    assert view.receipt_confirmed_on == dt.date.today()
    assert not view.receipt_overdue(dt.date.today() + dt.timedelta(days=60))
    imported = records.import_transfer(receiving, result.package_path, PACKAGE_PASSPHRASE)
    with pytest.raises(DomainError, match="files this school sent"):
        records.confirm_receipt(receiving, imported.transfer_id, dt.date.today())


def test_school_days_skip_weekends() -> None:
    friday = dt.date(2026, 3, 6)
    assert records.school_days_after(friday, 5) == dt.date(2026, 3, 13)
    assert records.school_days_after(dt.date(2026, 3, 2), 5) == dt.date(2026, 3, 9)


def test_export_checks_its_input_and_the_role(schools, tmp_path: Path) -> None:
    sending, _receiving = schools
    pid, _ = add_case(sending, "Quokkafrond")
    with pytest.raises(InvalidInput, match="too weak"):
        records.export_transfer(
            sending, pid, tmp_path, "Ysgol Uwchradd", "Post", "short", kdf=FAST_KDF
        )
    with pytest.raises(VaultError, match="not available"):
        records.export_transfer(
            sending,
            pid,
            tmp_path / "gone",
            "Ysgol Uwchradd",
            "Post",
            PACKAGE_PASSPHRASE,
            kdf=FAST_KDF,
        )
    with pytest.raises(InvalidInput, match="going to"):
        records.export_transfer(
            sending, pid, tmp_path, "  ", "Post", PACKAGE_PASSPHRASE, kdf=FAST_KDF
        )
    with pytest.raises(KnownError, match="not found"):
        records.export_transfer(
            sending, 999, tmp_path, "Ysgol Uwchradd", "Post", PACKAGE_PASSPHRASE, kdf=FAST_KDF
        )
    add_account(
        sending,
        sign_in_name="Gwen",
        display_name="Gwen",
        role=Role.REVIEWER,
        passphrase="governor reads only 12",
        kdf=FAST_KDF,
    )
    reviewer = Vault(sending.vault.data_dir).unlock("Gwen", "governor reads only 12")
    try:
        with pytest.raises(PermissionDenied):
            records.export_transfer(
                reviewer, pid, tmp_path, "Ysgol Uwchradd", "Post", PACKAGE_PASSPHRASE, kdf=FAST_KDF
            )
    finally:
        reviewer.close()
    with sending.reading() as s:
        assert s.scalar(select(func.count(Transfer.id))) == 0
    assert list(tmp_path.glob("transfer-*")) == []

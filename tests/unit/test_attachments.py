"""Attachments: kept inside the encrypted store, opened through a private temporary copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from db.errors import DatabaseDamaged
from db.keyslots import KdfParams
from db.models import Attachment, AuditEvent, Course, Staff, TrainingRecord
from db.vault import OpenVault, Vault
from dsl_desktop.domain import InformationKind, Role, Stage
from dsl_desktop.services import accounts
from dsl_desktop.services import attachments as at
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.people import PersonInput, add_person
from dsl_desktop.workflow import PermissionDenied

Maker = Callable[..., tuple[Vault, OpenVault, str]]
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + "Screenshot of a chat naming Siân\n%%EOF\n".encode()


def concern(ov: OpenVault) -> int:
    pid = add_person(ov, PersonInput("Zoë", "O'Neill")).id
    ref = cs.create_concern(
        ov,
        cs.NoticeInput(pid, "Mrs Kaur", dt.datetime(2026, 1, 5, 11), "Showed a video",
                       immediate_danger=False),
    )  # fmt: skip
    cs.move_to(ov, ref.id, Stage.CHECK)
    return ref.id


def training_record(ov: OpenVault) -> int:
    now = dt.datetime(2026, 1, 1, 9)
    with ov.unit() as s:
        staff = Staff(forename="Dewi", surname="Pritchard", created_at=now, updated_at=now)
        course = Course(code="test_course", title="Prevent awareness")
        s.add_all([staff, course])
        s.flush()
        record = TrainingRecord(
            staff_id=staff.id, course_id=course.id, completed_on=dt.date(2025, 9, 1),
            recorded_by_id=ov.user.user_id, recorded_at=now,  # type: ignore[union-attr]
        )  # fmt: skip
        s.add(record)
        s.flush()
        return record.id


def other_user(vault: Vault, ov: OpenVault, role: Role, closing: Any) -> OpenVault:
    accounts.add_account(
        ov, sign_in_name=role.value, display_name=role.value, role=role,
        passphrase="granite osprey window 77 thistle", kdf=KdfParams(19456, 2, 1),
    )  # fmt: skip
    opened: OpenVault = closing(vault.unlock(role.value, "granite osprey window 77 thistle"))
    return opened


def test_attach_and_open_a_temporary_copy(new_vault: Maker) -> None:
    vault, ov, _ = new_vault()
    cid = concern(ov)
    info = at.attach(ov, "concern", cid, file_name="../../chat Siân.pdf", content=PDF,
                     media_type="application/pdf")  # fmt: skip
    assert info.file_name == "chat Siân.pdf"
    assert info.size == len(PDF) and info.sha256 == hashlib.sha256(PDF).hexdigest()
    assert info.added_by == "Anna Khan (DSL)"
    assert at.list_attachments(ov, at.OwnerType.CONCERN, cid) == [info]
    assert cs.case_view(ov, cid).attachments == (info,)

    with at.open_temporary_copy(ov, info.id) as path:
        assert path.read_bytes() == PDF
        assert path.name == "chat Siân.pdf"
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        folder = path.parent
    assert not path.exists() and not folder.exists()

    with pytest.raises(RuntimeError), at.open_temporary_copy(ov, info.id) as path:
        raise RuntimeError("the viewer crashed")
    assert not path.exists() and not path.parent.exists()

    assert b"Screenshot of a chat" not in vault.db_path.read_bytes()
    with ov.reading() as s:
        events = [
            (e.action, e.details)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "attachment"))
        ]
    assert [a for a, _ in events] == ["attachment.added", "attachment.opened", "attachment.opened"]
    assert "Si" not in json.dumps(events) and "pdf" not in json.dumps(events)
    assert ov.verify().ok


def test_attach_to_an_information_item(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = concern(ov)
    item = cs.add_information(ov, cid, cs.InformationInput("Chat log", InformationKind.OBSERVED))
    info = at.attach(ov, at.OwnerType.INFORMATION_ITEM, item, file_name="log.txt",
                     content="Gwŷn: hello".encode(), media_type="text/plain")  # fmt: skip
    view = cs.case_view(ov, cid)
    assert view.items[0].attachments == (info,) and view.attachments == ()
    _, data = at.read_attachment(ov, info.id)
    assert data.decode() == "Gwŷn: hello"


def test_a_certificate_on_a_training_record(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    record_id = training_record(ov)
    admin = other_user(vault, ov, Role.TRAINING_ADMIN, closing)
    info = at.attach(admin, "training_record", record_id, file_name="certificate.pdf",
                     content=PDF, media_type="application/pdf")  # fmt: skip
    with ov.reading() as s:
        record = s.get(TrainingRecord, record_id)
        assert record is not None and record.certificate_id == info.id
    with at.open_temporary_copy(admin, info.id) as path:
        assert path.read_bytes() == PDF
    cid = concern(ov)
    concern_file = at.attach(ov, "concern", cid, file_name="a.txt", content=b"x")
    with pytest.raises(PermissionDenied):
        at.attach(admin, "concern", cid, file_name="a.txt", content=b"x")
    with pytest.raises(PermissionDenied):
        at.read_attachment(admin, concern_file.id)
    with pytest.raises(PermissionDenied):
        at.list_attachments(admin, "concern", cid)


def test_a_reviewer_cannot_attach(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    cid = concern(ov)
    reviewer = other_user(vault, ov, Role.REVIEWER, closing)
    with pytest.raises(PermissionDenied):
        at.attach(reviewer, "concern", cid, file_name="a.txt", content=b"x")


def test_limits_and_checks(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = concern(ov)
    with pytest.raises(at.AttachmentTooLarge, match="25.0 MB"):
        at.attach(ov, "concern", cid, file_name="video.mp4",
                  content=b"\0" * (at.MAX_ATTACHMENT_BYTES + 1))  # fmt: skip
    at.attach(ov, "concern", cid, file_name="max.bin", content=b"\0" * at.MAX_ATTACHMENT_BYTES)
    with pytest.raises(at.InvalidInput):
        at.attach(ov, "concern", cid, file_name="empty.txt", content=b"")
    with pytest.raises(at.NotFound):
        at.attach(ov, "concern", 999, file_name="a.txt", content=b"x")
    with pytest.raises(ValueError):
        at.attach(ov, "staff", 1, file_name="a.txt", content=b"x")
    odd = at.attach(ov, "concern", cid, file_name="", content=b"x", media_type="not a type")
    assert (odd.file_name, odd.media_type) == ("attachment", "application/octet-stream")


def test_a_damaged_copy_is_not_handed_out(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    info = at.attach(ov, "concern", concern(ov), file_name="a.txt", content=b"original")
    with ov.unit() as s:
        row = s.get(Attachment, info.id)
        assert row is not None
        row.content = b"tampered"
    with pytest.raises(DatabaseDamaged):
        at.read_attachment(ov, info.id)


def test_safe_file_name() -> None:
    assert at.safe_file_name("C:\\Users\\dsl\\notes.docx") == "notes.docx"
    assert at.safe_file_name("a<b>c?.txt") == "abc.txt"
    assert at.safe_file_name("..") == "attachment"
    long = at.safe_file_name("x" * 300 + ".pdf")
    assert len(long) == 200 and long.endswith(".pdf")

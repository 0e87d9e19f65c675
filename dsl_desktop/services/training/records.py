"""Training records and their certificates."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, Course, Staff, TrainingRecord, User
from db.vault import OpenVault, SignedIn
from dsl_desktop.services.attachments import MAX_ATTACHMENT_BYTES, AttachmentTooLarge, OwnerType
from dsl_desktop.services.attachments import safe_file_name as _safe_file_name
from dsl_desktop.services.people import NotFound, allow, clean_text, now
from dsl_desktop.services.rows import fetch
from dsl_desktop.services.training.base import (
    _EARLIEST,
    _MAX_NOTES,
    _course_row,
    _problem,
    _staff_row,
    _today,
)
from dsl_desktop.views.training import CertificateFile, SessionResult, TrainingRecordEntry
from dsl_desktop.workflow import Action

_RECORD_MISSING = "That training record is not on record."

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"BM", 0, "image/bmp"),
)


def certificate_media_type(content: bytes) -> str | None:
    """The media type of a PDF or image, recognised by its first bytes; None for anything else."""
    head = bytes(content[:16])
    # A PDF may have a little junk before its header (some scanners add it).
    if b"%PDF-" in bytes(content[:1024]):
        return "application/pdf"
    for magic, offset, media in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
        return "image/avif" if head[8:12] == b"avif" else "image/heic"
    return None


def _check_certificate(cert: CertificateFile) -> tuple[str, bytes, str]:
    name = _safe_file_name(cert.file_name)
    data = bytes(cert.content)
    if not data:
        raise _problem("certificate_empty", f"“{name}” is empty.")
    if len(data) > MAX_ATTACHMENT_BYTES:
        size = len(data) / (1024 * 1024)
        limit = MAX_ATTACHMENT_BYTES / (1024 * 1024)
        raise AttachmentTooLarge(
            "“{name}” is {size} MB; certificates up to {limit} MB can be kept.",
            name=name,
            size=f"{size:.1f}",
            limit=f"{limit:.0f}",
        )
    media = certificate_media_type(data)
    if media is None:
        raise _problem(
            "certificate_type",
            f"“{name}” is not a PDF or a picture. Keep the certificate as a PDF, or a photo "
            "or scan of it (PNG, JPEG, GIF, TIFF, BMP, WebP or HEIC).",
        )
    return name, data, media


def _store_certificate(
    s: Session, record: TrainingRecord, cert: CertificateFile, me: SignedIn
) -> Attachment:
    name, data, media = _check_certificate(cert)
    attachment = Attachment(
        owner_type=OwnerType.TRAINING_RECORD.value, owner_id=record.id, file_name=name,
        media_type=media, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        content=data, added_by_id=me.user_id, added_at=now(),
    )  # fmt: skip
    s.add(attachment)
    s.flush()
    record.certificate_id = attachment.id
    return attachment


def _check_completion(completed_on: dt.date, today: dt.date) -> None:
    if completed_on > today:
        raise _problem(
            "completed_on_future",
            "The completion date is in the future. Record training once it has been done.",
        )
    if completed_on < _EARLIEST:
        raise _problem("completed_on_invalid", "That completion date is too long ago to be right.")


def _clean_notes(notes: str) -> str:
    text = clean_text(notes)
    if len(text) > _MAX_NOTES:
        raise _problem("notes_too_long", f"Notes can be up to {_MAX_NOTES} characters.")
    return text


def record_training(
    vault: OpenVault,
    staff_id: int,
    course_id: int,
    completed_on: dt.date,
    *,
    notes: str = "",
    certificate: CertificateFile | None = None,
    today: dt.date | None = None,
) -> TrainingRecordEntry:
    """Record one completed course, with its certificate kept inside the store.

    The record and its certificate are saved together: if the file cannot be kept, nothing is.
    """
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_completion(completed_on, today or _today())
    text = _clean_notes(notes)
    if certificate is not None:
        _check_certificate(certificate)  # before anything is written
    with vault.unit() as s:
        _staff_row(s, staff_id)
        course = _course_row(s, course_id)
        duplicate = s.scalars(
            select(TrainingRecord.id).where(
                TrainingRecord.staff_id == staff_id,
                TrainingRecord.course_id == course_id,
                TrainingRecord.completed_on == completed_on,
            )
        ).first()
        if duplicate is not None:
            raise _problem(
                "already_recorded",
                f"{course.title} on that date is already recorded for this person.",
            )
        record = TrainingRecord(
            staff_id=staff_id, course_id=course_id, completed_on=completed_on, notes=text,
            recorded_by_id=me.user_id, recorded_at=now(),
        )  # fmt: skip
        s.add(record)
        s.flush()
        cert_name = ""
        if certificate is not None:
            cert_name = _store_certificate(s, record, certificate, me).file_name
        vault.audit(
            s, "training.recorded", entity="training_record", entity_id=record.id,
            details={"staff_id": staff_id, "course": course.code,
                     "certificate": record.certificate_id is not None},
        )  # fmt: skip
        return TrainingRecordEntry(
            id=record.id, staff_id=staff_id, course_id=course_id, course_code=course.code,
            course_title=course.title, completed_on=completed_on,
            certificate_id=record.certificate_id, certificate_name=cert_name, notes=text,
            recorded_by=me.display_name, recorded_at=record.recorded_at,
        )  # fmt: skip


def add_certificate(
    vault: OpenVault, record_id: int, certificate: CertificateFile
) -> TrainingRecordEntry:
    """Keep (or replace) the certificate of a recorded course."""
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_certificate(certificate)
    with vault.unit() as s:
        record = fetch(s, TrainingRecord, record_id, _RECORD_MISSING)
        _store_certificate(s, record, certificate, me)
        vault.audit(
            s, "attachment.added", entity="attachment", entity_id=record.certificate_id or "",
            details={"owner_type": OwnerType.TRAINING_RECORD.value, "owner_id": record_id},
        )  # fmt: skip
        staff_id = record.staff_id
    return next(r for r in records_for_staff(vault, staff_id) if r.id == record_id)


def record_session(
    vault: OpenVault,
    course_id: int,
    completed_on: dt.date,
    staff_ids: Collection[int],
    *,
    notes: str = "",
    today: dt.date | None = None,
) -> SessionResult:
    """Record one course on one date for many people at once (a whole-staff session).

    People who already have this course on this date are left as they are and listed.
    """
    me = allow(vault, Action.MANAGE_TRAINING)
    _check_completion(completed_on, today or _today())
    text = _clean_notes(notes)
    wanted = sorted(set(staff_ids))
    if not wanted:
        raise _problem("nobody_chosen", "Tick the people who attended.")
    with vault.unit() as s:
        course = _course_row(s, course_id)
        known = set(s.scalars(select(Staff.id).where(Staff.id.in_(wanted))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFound(
                "{count} of the people ticked are no longer on the register.", count=len(missing)
            )
        already = set(
            s.scalars(
                select(TrainingRecord.staff_id).where(
                    TrainingRecord.course_id == course_id,
                    TrainingRecord.completed_on == completed_on,
                    TrainingRecord.staff_id.in_(wanted),
                )
            )
        )
        stamp = now()
        made = [i for i in wanted if i not in already]
        s.add_all(
            TrainingRecord(
                staff_id=i,
                course_id=course_id,
                completed_on=completed_on,
                notes=text,
                recorded_by_id=me.user_id,
                recorded_at=stamp,
            )  # fmt: skip
            for i in made
        )
        vault.audit(
            s, "training.session_recorded", entity="course", entity_id=course_id,
            details={"course": course.code, "recorded": len(made), "already": len(already)},
        )  # fmt: skip
    return SessionResult(recorded=tuple(made), already_recorded=tuple(sorted(already)))


def records_for_staff(vault: OpenVault, staff_id: int) -> list[TrainingRecordEntry]:
    """One person's training, newest first."""
    allow(vault, Action.VIEW_TRAINING)
    with vault.reading() as s:
        _staff_row(s, staff_id)
        rows = s.execute(
            select(
                TrainingRecord.id, TrainingRecord.course_id, Course.code, Course.title,
                TrainingRecord.completed_on, TrainingRecord.certificate_id,
                Attachment.file_name, TrainingRecord.notes, User.display_name,
                TrainingRecord.recorded_at,
            )
            .join(Course, Course.id == TrainingRecord.course_id)
            .join(User, User.id == TrainingRecord.recorded_by_id)
            .outerjoin(Attachment, Attachment.id == TrainingRecord.certificate_id)
            .where(TrainingRecord.staff_id == staff_id)
            .order_by(TrainingRecord.completed_on.desc(), TrainingRecord.id.desc())
        ).all()  # fmt: skip
    return [
        TrainingRecordEntry(
            id=r[0],
            staff_id=staff_id,
            course_id=r[1],
            course_code=r[2],
            course_title=r[3],
            completed_on=r[4],
            certificate_id=r[5],
            certificate_name=r[6] or "",
            notes=r[7],
            recorded_by=r[8],
            recorded_at=r[9],
        )  # fmt: skip
        for r in rows
    ]


def remove_training_record(vault: OpenVault, record_id: int) -> None:
    """Take away a record entered by mistake, with its certificate. The audit trail keeps that
    it existed and who removed it."""
    allow(vault, Action.MANAGE_TRAINING)
    with vault.unit() as s:
        record = fetch(s, TrainingRecord, record_id, _RECORD_MISSING)
        details = {"staff_id": record.staff_id, "course_id": record.course_id}
        attachments = list(
            s.scalars(
                select(Attachment).where(
                    Attachment.owner_type == OwnerType.TRAINING_RECORD.value,
                    Attachment.owner_id == record_id,
                )
            )
        )
        s.delete(record)
        s.flush()
        for attachment in attachments:
            s.delete(attachment)
        vault.audit(
            s, "training.removed", entity="training_record", entity_id=record_id,
            details={**details, "attachments": len(attachments)},
        )  # fmt: skip

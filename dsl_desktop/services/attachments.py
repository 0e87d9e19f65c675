"""Files attached to a concern, a piece of information or a training record.

The bytes live inside the encrypted store, never as loose files. To open one in another program
:func:`open_temporary_copy` writes a copy into a private temporary folder (mode 0700) and removes
it when the ``with`` block ends. The audit trail records who attached or opened which attachment,
never the file's name or content.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import DatabaseDamaged, DomainError, WrongStage
from db.models import Attachment, Concern, InformationItem, TrainingRecord, User
from db.vault import OpenVault, SignedIn
from dsl_desktop.domain import Stage
from dsl_desktop.services.base import copied
from dsl_desktop.services.people import InvalidInput, NotFound, allow, now
from dsl_desktop.sweep import private_folder
from dsl_desktop.views.attachments import AttachmentInfo as AttachmentInfo
from dsl_desktop.views.attachments import OwnerType as OwnerType
from dsl_desktop.workflow import Action, Requirement

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
"""Largest file that can be attached (25 MB): the whole store is copied on every backup."""

_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$")


class AttachmentTooLarge(DomainError):
    advice = "Attach a smaller copy (for example a compressed PDF or a photo of lower resolution)."


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def safe_file_name(name: str) -> str:
    """The file's own name, without folders or characters that upset file systems."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").split("/")[-1]
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    base = base.strip().strip(".").strip()
    if not base:
        base = "attachment"
    if len(base) > 200:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 200 - len(ext) - 1] + "." + ext) if dot and len(ext) <= 16 else base[:200]
    return base


def _owner_actions(owner_type: OwnerType) -> tuple[Action, Action]:
    """(action to view, action to attach) for an owner type."""
    if owner_type is OwnerType.TRAINING_RECORD:
        return Action.VIEW_TRAINING, Action.MANAGE_TRAINING
    return Action.VIEW_CASE, Action.EDIT_CASE


def _check_owner(s: Session, owner_type: OwnerType, owner_id: int) -> None:
    if owner_type is OwnerType.CONCERN:
        concern = s.get(Concern, owner_id)
        if concern is None:
            raise NotFound("That concern is not on record.")
        if concern.stage == Stage.CLOSED.value:
            raise WrongStage("This concern is closed; files can no longer be attached to it.", "")
    elif owner_type is OwnerType.INFORMATION_ITEM:
        item = s.get(InformationItem, owner_id)
        if item is None:
            raise NotFound("That piece of information is not on record.")
        _check_owner(s, OwnerType.CONCERN, item.concern_id)
    elif s.get(TrainingRecord, owner_id) is None:
        raise NotFound("That training record is not on record.")


def _info(a: Attachment, names: dict[int, str]) -> AttachmentInfo:
    return copied(
        AttachmentInfo,
        a,
        owner_type=OwnerType(a.owner_type),
        added_by=names.get(a.added_by_id, ""),
    )


def user_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(User.id, User.display_name)).all())


def infos_for(
    s: Session, owner_type: OwnerType, owner_ids: Iterable[int], names: dict[int, str]
) -> list[AttachmentInfo]:
    """Attachments (without bytes) of several owners of one type, oldest first."""
    ids = list(owner_ids)
    if not ids:
        return []
    cols = (
        Attachment.id, Attachment.owner_type, Attachment.owner_id, Attachment.file_name,
        Attachment.media_type, Attachment.size, Attachment.sha256, Attachment.added_by_id,
        Attachment.added_at,
    )  # fmt: skip
    rows = s.execute(
        select(*cols)
        .where(Attachment.owner_type == owner_type.value, Attachment.owner_id.in_(ids))
        .order_by(Attachment.id)
    ).all()
    return [
        AttachmentInfo(
            id=r.id, owner_type=OwnerType(r.owner_type), owner_id=r.owner_id,
            file_name=r.file_name, media_type=r.media_type, size=r.size, sha256=r.sha256,
            added_by=names.get(r.added_by_id, ""), added_at=r.added_at,
        )
        for r in rows
    ]  # fmt: skip


# ---- attaching ---------------------------------------------------------------------------
def attach(
    vault: OpenVault,
    owner_type: OwnerType | str,
    owner_id: int,
    *,
    file_name: str,
    content: bytes,
    media_type: str = "application/octet-stream",
) -> AttachmentInfo:
    """Keep a file inside the store with its size and SHA-256.

    A training record that has no certificate yet gets this file as its certificate.
    """
    kind = OwnerType(owner_type)
    me = allow(vault, _owner_actions(kind)[1])
    if not isinstance(content, bytes | bytearray | memoryview):
        raise InvalidInput([Requirement("content_invalid", "The file could not be read.")])
    data = bytes(content)
    name = safe_file_name(file_name)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(
            "“{name}” is {size}; files up to {limit} can be attached.",
            name=name,
            size=_megabytes(len(data)),
            limit=_megabytes(MAX_ATTACHMENT_BYTES),
        )
    if not data:
        raise InvalidInput([Requirement("content_empty", f"“{name}” is empty.")])
    media = media_type.strip().lower()
    if not _MEDIA_TYPE.match(media):
        media = "application/octet-stream"
    with vault.unit() as s:
        _check_owner(s, kind, owner_id)
        row = Attachment(
            owner_type=kind.value, owner_id=owner_id, file_name=name, media_type=media,
            size=len(data), sha256=hashlib.sha256(data).hexdigest(), content=data,
            added_by_id=me.user_id, added_at=now(),
        )  # fmt: skip
        s.add(row)
        s.flush()
        if kind is OwnerType.TRAINING_RECORD:
            record = s.get(TrainingRecord, owner_id)
            if record is not None and record.certificate_id is None:
                record.certificate_id = row.id
        vault.audit(
            s, "attachment.added", entity="attachment", entity_id=row.id,
            details={"owner_type": kind.value, "owner_id": owner_id, "size": len(data)},
        )  # fmt: skip
        return _info(row, {me.user_id: me.display_name})


def list_attachments(
    vault: OpenVault, owner_type: OwnerType | str, owner_id: int
) -> list[AttachmentInfo]:
    kind = OwnerType(owner_type)
    allow(vault, _owner_actions(kind)[0])
    with vault.reading() as s:
        return infos_for(s, kind, [owner_id], user_names(s))


def _load(vault: OpenVault, s: Session, attachment_id: int) -> tuple[Attachment, SignedIn]:
    row = s.get(Attachment, attachment_id)
    if row is None:
        raise NotFound("That attachment is not on record.")
    me = allow(vault, _owner_actions(OwnerType(row.owner_type))[0])
    if hashlib.sha256(row.content).hexdigest() != row.sha256 or len(row.content) != row.size:
        raise DatabaseDamaged(
            "The stored copy of “{name}” does not match its checksum.", name=row.file_name
        )
    return row, me


def read_attachment(vault: OpenVault, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """The attachment and its bytes (checked against the SHA-256). The opening is audited."""
    with vault.unit() as s:
        row, _ = _load(vault, s, attachment_id)
        vault.audit(s, "attachment.opened", entity="attachment", entity_id=row.id)
        return _info(row, user_names(s)), bytes(row.content)


@contextlib.contextmanager
def open_temporary_copy(vault: OpenVault, attachment_id: int) -> Iterator[Path]:
    """Write a copy into a private temporary folder, yield its path, then delete it.

    The folder is made with mode 0700 and the file with 0600; both are removed when the block
    ends, however it ends.
    """
    info, data = read_attachment(vault, attachment_id)
    # In the app's one temporary folder, so a crash's leftovers are swept at the next start.
    with private_folder() as folder:
        path = folder / safe_file_name(info.file_name)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        yield path

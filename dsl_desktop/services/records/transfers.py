"""Transfers: a pupil's file sealed for the next school, and taking one in."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Date, DateTime, LargeBinary, select
from sqlalchemy.orm import Session

from db.backup import BackupFolderMissing
from db.errors import (
    DatabaseDamaged,
    DomainError,
    NotFound,
    WrongPassphrase,
)
from db.fsutil import atomic_write, classify_os_error
from db.keyslots import DEFAULT_KDF, KdfParams, derive_kek
from db.models import (
    CONCERN_RECORDS,
    Amendment,
    Attachment,
    Base,
    Concern,
    Person,
    School,
    Transfer,
    User,
)
from db.outputs import check_output_path
from db.vault import OpenVault, SignedIn
from dsl_desktop.passphrase import assess
from dsl_desktop.services.base import allow as _allow
from dsl_desktop.services.base import now as _now
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.records.retention import _full_name
from dsl_desktop.workflow import Action

TRANSFER_SUFFIX = ".dsltransfer"


_T_MAGIC = b"DSLXFER\x00"


_T_FORMAT = "dsl-desktop.transfer"


_T_VERSION = 1


_T_PREFIX = struct.Struct(">8sHHI")


_T_MAX_HEADER = 64 * 1024


SCHOOL_DAYS_TO_TRANSFER = 5


class TransferDamaged(DatabaseDamaged):
    advice = "Ask the sending school to make the package again and send it once more."


@dataclass(frozen=True)
class TransferView:
    id: int
    direction: str  # "out" | "in"
    person_id: int | None
    person_name: str
    from_school: str
    to_school: str
    sent_at: dt.datetime | None
    method: str
    receipt_confirmed_on: dt.date | None
    created_at: dt.datetime

    @property
    def receipt_due_on(self) -> dt.date | None:
        if self.direction != "out" or self.sent_at is None:
            return None
        return school_days_after(self.sent_at.date(), SCHOOL_DAYS_TO_TRANSFER)

    def receipt_overdue(self, today: dt.date) -> bool:
        due = self.receipt_due_on
        return due is not None and self.receipt_confirmed_on is None and today > due


@dataclass(frozen=True)
class TransferResult:
    transfer_id: int
    pdf_path: Path
    package_path: Path
    concerns: int
    attachments: int


@dataclass(frozen=True)
class ImportResult:
    transfer_id: int
    person_id: int
    references: list[tuple[str, str]]  # (reference at the sending school, new reference)
    attachments: int
    from_school: str


def school_days_after(start: dt.date, days: int) -> dt.date:
    """``days`` weekdays after ``start`` (bank holidays and INSET days are not known here)."""
    day = start
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def _column_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row_dict(row: Base, users: dict[int, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in row.__table__.columns:
        value = getattr(row, col.key)
        if any(fk.column.table.name == "app_user" for fk in col.foreign_keys) and value is not None:
            users.setdefault(int(value), "")
        out[col.key] = _column_value(value)
    return out


def _from_row_dict(model: type[Base], data: Mapping[str, Any], **overrides: Any) -> dict[str, Any]:
    """Column values for ``model`` from an exported dict (unknown keys dropped)."""
    values: dict[str, Any] = {}
    for col in model.__table__.columns:
        if col.key == "id" or col.key not in data:
            continue
        value = data[col.key]
        try:
            if value is not None and isinstance(col.type, DateTime):
                value = dt.datetime.fromisoformat(str(value))
            elif value is not None and isinstance(col.type, Date):
                value = dt.date.fromisoformat(str(value))
            elif value is not None and isinstance(col.type, LargeBinary):
                value = base64.b64decode(str(value), validate=True)
        except (ValueError, binascii.Error) as exc:
            raise TransferDamaged(
                "The transfer package holds a value that cannot be read."
            ) from exc
        if any(fk.column.table.name == "app_user" for fk in col.foreign_keys):
            continue  # filled in by the caller: people of the sending school have no account here
        values[col.key] = value
    values.update(overrides)
    return values


_CHILD_TABLES = CONCERN_RECORDS


def _transfer_payload(
    s: Session, person: Person, school: School | None, to_school: str, method: str,
    sent_at: dt.datetime, transfer_id: int, made_by: str,
) -> dict[str, Any]:  # fmt: skip
    users: dict[int, str] = {}
    concerns = list(
        s.scalars(
            select(Concern)
            .where(Concern.person_id == person.id)
            .order_by(Concern.noticed_at, Concern.id)
        )
    )
    concern_docs = []
    item_ids: list[int] = []
    for c in concerns:
        doc: dict[str, Any] = {"concern": _row_dict(c, users)}
        for name, model in _CHILD_TABLES:
            rows = list(s.scalars(select(model).where(model.concern_id == c.id).order_by(model.id)))  # type: ignore[attr-defined]
            doc[name] = [_row_dict(r, users) for r in rows]
            if name == "information_item":
                item_ids += [r.id for r in rows]  # type: ignore[attr-defined]
        doc["amendment"] = [
            _row_dict(a, users)
            for a in s.scalars(
                select(Amendment).where(Amendment.concern_id == c.id).order_by(Amendment.id)
            )
        ]
        concern_docs.append(doc)
    concern_ids = [c.id for c in concerns]
    attachments = list(
        s.scalars(
            select(Attachment)
            .where(
                ((Attachment.owner_type == "concern") & Attachment.owner_id.in_(concern_ids))
                | (
                    (Attachment.owner_type == "information_item")
                    & Attachment.owner_id.in_(item_ids)
                )
            )
            .order_by(Attachment.id)
        )
    )
    person_amendments = [
        _row_dict(a, users)
        for a in s.scalars(
            select(Amendment)
            .where(
                Amendment.entity == "person",
                Amendment.entity_id == person.id,
                Amendment.concern_id.is_(None),
            )
            .order_by(Amendment.id)
        )
    ]
    for uid, name in s.execute(select(User.id, User.display_name).where(User.id.in_(list(users)))):
        users[uid] = name
    return {
        "format": _T_FORMAT,
        "version": _T_VERSION,
        "transfer": {"id": transfer_id, "to_school": to_school, "method": method,
                     "sent_at": sent_at.isoformat(), "made_by": made_by},
        "from_school": {
            k: getattr(school, k, "") or ""
            for k in ("name", "urn", "address", "phone", "email", "local_authority")
        },
        "person": _row_dict(person, users),
        "person_amendments": person_amendments,
        "concerns": concern_docs,
        "attachments": [_row_dict(a, users) for a in attachments],
        "users": {str(k): v for k, v in users.items()},
    }  # fmt: skip


def _seal_package(payload: dict[str, Any], passphrase: str, kdf: KdfParams) -> bytes:
    kdf.check()
    salt, nonce = os.urandom(16), os.urandom(12)
    body = zlib.compress(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"), 6)
    header = json.dumps(
        {"format": _T_FORMAT, "version": _T_VERSION,
         "kdf": {"alg": "argon2id", **kdf.as_dict(), "salt": base64.b64encode(salt).decode()},
         "nonce": base64.b64encode(nonce).decode(), "cipher": "aes-256-gcm", "compression": "zlib",
         "body_bytes": len(body) + 16},
        sort_keys=True,
    ).encode()  # fmt: skip
    fixed = _T_PREFIX.pack(_T_MAGIC, _T_VERSION, 0, len(header))
    checksum = hashlib.sha256(fixed + header).digest()
    key = derive_kek(passphrase, salt, kdf)
    sealed = AESGCM(key).encrypt(nonce, body, fixed + header)
    return fixed + header + checksum + hashlib.sha256(sealed).digest() + sealed


def _open_package(data: bytes, passphrase: str) -> dict[str, Any]:
    if len(data) < _T_PREFIX.size:
        raise TransferDamaged("The file is too short to be a transfer package.")
    magic, version, _reserved, length = _T_PREFIX.unpack_from(data)
    if magic != _T_MAGIC:
        raise TransferDamaged("The file is not a DSL Desktop transfer package.")
    end = _T_PREFIX.size + length
    if length <= 0 or length > _T_MAX_HEADER or end + 64 > len(data):
        raise TransferDamaged("The transfer package's header is damaged.")
    fixed, header_raw = data[: _T_PREFIX.size], data[_T_PREFIX.size : end]
    if hashlib.sha256(fixed + header_raw).digest() != data[end : end + 32]:
        raise TransferDamaged(
            "The transfer package's header is damaged: its checksum does not match."
        )
    sealed = data[end + 64 :]
    if hashlib.sha256(sealed).digest() != data[end + 32 : end + 64]:
        raise TransferDamaged("The transfer package is damaged or incomplete.")
    if version != _T_VERSION:
        raise TransferDamaged(
            f"The package was made by another version of DSL Desktop (format {version}).",
            "Install the latest version of DSL Desktop to read it.",
        )
    try:
        header = json.loads(header_raw)
        k = header["kdf"]
        params = KdfParams(int(k["m"]), int(k["t"]), int(k["p"]))
        salt = base64.b64decode(k["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise TransferDamaged("The transfer package's header is not readable.") from exc
    params.check()
    try:
        body = AESGCM(derive_kek(passphrase, salt, params)).decrypt(
            nonce, sealed, fixed + header_raw
        )
    except InvalidTag as exc:
        raise WrongPassphrase(
            "That passphrase does not open this transfer package.",
            "Ask the sending school's DSL for the package passphrase (sent separately from the file).",
        ) from exc
    try:
        payload = json.loads(zlib.decompress(body).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise TransferDamaged("The transfer package's contents are not readable.") from exc
    if not isinstance(payload, dict) or payload.get("format") != _T_FORMAT:
        raise TransferDamaged("The transfer package's contents are not a DSL Desktop transfer.")
    return payload


def export_transfer(
    vault: OpenVault,
    person_id: int,
    dest_folder: Path | str,
    to_school: str,
    method: str,
    package_passphrase: str,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> TransferResult:
    """Write the person's chronology PDF and encrypted transfer package into ``dest_folder``."""
    me = _allow(vault, Action.EXPORT_CASES)
    to_school = " ".join(to_school.split())
    method = " ".join(method.split())
    if not to_school:
        raise InvalidInput("Enter the school the file is going to.")
    if not method:
        raise InvalidInput("Say how the file will be sent (for example: secure email, by hand).")
    strength = assess(package_passphrase)
    if not strength.acceptable:
        raise InvalidInput(
            "The package passphrase is too weak. {problem}", problem=strength.problems[0]
        )
    folder = Path(dest_folder)
    if not folder.is_dir():
        raise BackupFolderMissing(f"The folder {folder} does not exist or is not available.")
    written: list[Path] = []
    try:
        with vault.unit() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("That person was not found.")
            school = s.scalars(select(School)).first()
            sent_at = _now()
            t = Transfer(
                person_id=person_id, direction="out",
                from_school=school.name if school else "", to_school=to_school,
                sent_at=sent_at, method=method, created_by_id=me.user_id, created_at=sent_at,
            )  # fmt: skip
            s.add(t)
            s.flush()
            payload = _transfer_payload(
                s, person, school, to_school, method, sent_at, t.id, me.display_name
            )
            stem = f"transfer-{sent_at:%Y%m%d}-{t.id}"
            package_path = folder / f"{stem}{TRANSFER_SUFFIX}"
            pdf_path = folder / f"{stem}-chronology.pdf"
            from dsl_desktop.services.chronology import chronology_pdf

            pdf = chronology_pdf(vault, person_id)  # written here; audited with the transfer
            package = _seal_package(payload, package_passphrase, kdf)
            for path in (package_path, pdf_path):
                check_output_path(path, vault.vault.data_dir)
            atomic_write(package_path, package)
            written.append(package_path)
            atomic_write(pdf_path, pdf)
            written.append(pdf_path)
            n_concerns, n_attachments = len(payload["concerns"]), len(payload["attachments"])
            vault.audit(
                s, "transfer.exported", entity="transfer", entity_id=t.id,
                details={"person_id": person_id, "concerns": n_concerns,
                         "attachments": n_attachments},
            )  # fmt: skip
            transfer_id = t.id
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    return TransferResult(transfer_id, pdf_path, package_path, n_concerns, n_attachments)


def import_transfer(vault: OpenVault, package_path: Path | str, passphrase: str) -> ImportResult:
    """Read a package from another school: a new person, their concerns under new references
    (the sending school's reference and authors kept in each concern's details), a Transfer row."""
    me = _allow(vault, Action.CREATE_CASE)
    try:
        data = Path(package_path).read_bytes()
    except FileNotFoundError as exc:
        raise BackupFolderMissing(f"The file {package_path} was not found.") from exc
    except OSError as exc:
        raise classify_os_error(exc) from exc
    payload = _open_package(data, passphrase)
    try:
        return _import(vault, me, payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TransferDamaged("The transfer package is missing parts it should have.") from exc


def _import(vault: OpenVault, me: SignedIn, payload: dict[str, Any]) -> ImportResult:
    from dsl_desktop.services.concerns import last_number, reference_for

    users = {int(k): str(v) for k, v in payload.get("users", {}).items()}
    sender = payload["from_school"]
    info = payload["transfer"]
    received = _now()
    refs: list[tuple[str, str]] = []
    received_ids: list[tuple[int, str]] = []
    id_maps: dict[str, dict[int, int]] = {"concern": {}, "person": {}}

    def author(row: Mapping[str, Any], *keys: str) -> str:
        for k in keys:
            v = row.get(k)
            if isinstance(v, int) and v in users:
                return users[v]
        return ""

    # Which package this is, so reading the same one twice is refused rather than doubled.
    package_note = (
        f"package {info.get('id', '')} from {sender.get('urn', '') or sender.get('name', '')}, "
        f"sent {info.get('sent_at', '')}"
    )
    with vault.unit() as s:
        earlier = s.scalars(
            select(Transfer).where(Transfer.direction == "in", Transfer.notes == package_note)
        ).first()
        if earlier is not None:
            raise DomainError(
                "This package was already read in on {date}.",
                "The pupil and their concerns are in the vault already; nothing was added.",
                date=f"{earlier.created_at:%d/%m/%Y}",
            )
        p_doc = payload["person"]
        person = Person(**_from_row_dict(Person, p_doc, created_at=received))
        s.add(person)
        s.flush()
        id_maps["person"][int(p_doc["id"])] = person.id
        school = s.scalars(select(School)).first()
        transfer = Transfer(
            person_id=person.id, direction="in", from_school=str(sender.get("name", "")),
            to_school=school.name if school else "",
            sent_at=dt.datetime.fromisoformat(info["sent_at"]) if info.get("sent_at") else None,
            method=str(info.get("method", "")), receipt_confirmed_on=received.date(),
            notes=package_note, created_by_id=me.user_id, created_at=received,
        )  # fmt: skip
        s.add(transfer)
        s.flush()
        pending_amendments: list[tuple[dict[str, Any], int | None]] = [
            (a, None) for a in payload.get("person_amendments", [])
        ]
        for doc in payload["concerns"]:
            c_doc = doc["concern"]
            noticed = dt.datetime.fromisoformat(c_doc["noticed_at"])
            reference = reference_for(noticed.year, last_number(s, noticed.year) + 1)
            details = dict(c_doc.get("details") or {})
            authors: dict[str, str] = {}
            details["transferred_in"] = {
                "transfer_id": transfer.id,
                "from_school": str(sender.get("name", "")),
                "from_urn": str(sender.get("urn", "")),
                "original_reference": str(c_doc.get("reference", "")),
                "received_on": received.date().isoformat(),
                "recorded_by": author(c_doc, "recorded_by_id"),
                "authors": {},
            }
            concern = Concern(
                **_from_row_dict(
                    Concern, c_doc, reference=reference, person_id=person.id, details=details,
                    holder_id=me.user_id, recorded_by_id=me.user_id,
                )
            )  # fmt: skip
            s.add(concern)
            s.flush()
            id_maps["concern"][int(c_doc["id"])] = concern.id
            refs.append((str(c_doc.get("reference", "")), reference))
            received_ids.append((concern.id, reference))
            for name, model in _CHILD_TABLES:
                id_maps.setdefault(name, {})
                for row in doc.get(name, []):
                    overrides: dict[str, Any] = {"concern_id": concern.id}
                    for col in model.__table__.columns:
                        if any(fk.column.table.name == "app_user" for fk in col.foreign_keys):
                            overrides[col.key] = None if col.nullable else me.user_id
                    new = model(**_from_row_dict(model, row, **overrides))
                    s.add(new)
                    s.flush()
                    id_maps[name][int(row["id"])] = new.id  # type: ignore[attr-defined]
                    who = author(
                        row, "recorded_by_id", "decided_by_id", "changed_by_id", "created_by_id"
                    )
                    if who:
                        authors[f"{name}:{new.id}"] = who  # type: ignore[attr-defined]
            moved = {**details["transferred_in"], "authors": dict(authors)}
            concern.details = {**details, "transferred_in": moved}  # a new value, so it is saved
            pending_amendments += [(a, concern.id) for a in doc.get("amendment", [])]
            s.flush()
        for a_doc, concern_id in pending_amendments:
            entity = str(a_doc.get("entity", ""))
            old_id = int(a_doc.get("entity_id", 0))
            s.add(
                Amendment(
                    **_from_row_dict(
                        Amendment, a_doc, concern_id=concern_id,
                        entity_id=id_maps.get(entity, {}).get(old_id, old_id),
                        amended_by_id=me.user_id,
                    )
                )
            )  # fmt: skip
        n_attachments = 0
        for a_doc in payload.get("attachments", []):
            owner_type = str(a_doc["owner_type"])
            owner = id_maps.get(owner_type, {}).get(int(a_doc["owner_id"]))
            if owner is None:
                continue
            values = _from_row_dict(Attachment, a_doc, owner_id=owner, added_by_id=me.user_id)
            content = values.get("content", b"")
            if hashlib.sha256(content).hexdigest() != values.get("sha256"):
                raise TransferDamaged(
                    "An attachment in the transfer package does not match its checksum."
                )
            s.add(Attachment(**values))
            n_attachments += 1
        s.flush()
        for concern_id, new_ref in received_ids:
            vault.audit(
                s, "concern.received", entity="concern", entity_id=concern_id,
                details={"reference": new_ref, "transfer_id": transfer.id},
            )  # fmt: skip
        vault.audit(
            s, "transfer.imported", entity="transfer", entity_id=transfer.id,
            details={"person_id": person.id, "concerns": len(refs), "attachments": n_attachments},
        )  # fmt: skip
        return ImportResult(
            transfer.id, person.id, refs, n_attachments, str(sender.get("name", ""))
        )


def confirm_receipt(vault: OpenVault, transfer_id: int, on_date: dt.date) -> None:
    """Record that the receiving school confirmed it has the file."""
    _allow(vault, Action.EXPORT_CASES)
    if on_date > dt.date.today():
        raise InvalidInput("The date of receipt cannot be in the future.")
    with vault.unit() as s:
        t = s.get(Transfer, transfer_id)
        if t is None:
            raise NotFound("That transfer was not found.")
        if t.direction != "out":
            raise DomainError(
                "Receipt is confirmed for files this school sent, not for files it received."
            )
        if t.sent_at is not None and on_date < t.sent_at.date():
            raise InvalidInput("The file cannot have been received before it was sent.")
        t.receipt_confirmed_on = on_date
        vault.audit(
            s, "transfer.receipt_confirmed", entity="transfer", entity_id=transfer_id,
            details={"on": on_date.isoformat()},
        )  # fmt: skip


def transfers(vault: OpenVault) -> list[TransferView]:
    _allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        rows = s.execute(
            select(Transfer, Person.forenames, Person.surname)
            .outerjoin(Person, Person.id == Transfer.person_id)
            .order_by(Transfer.created_at.desc(), Transfer.id.desc())
        )
        return [
            TransferView(
                t.id, t.direction, t.person_id,
                _full_name(fore or "", sur or "") if t.person_id is not None else "",
                t.from_school, t.to_school, t.sent_at, t.method, t.receipt_confirmed_on,
                t.created_at,
            )
            for t, fore, sur in rows
        ]  # fmt: skip


def people_for_transfer(vault: OpenVault, search: str = "") -> list[tuple[int, str, str]]:
    """(id, name, description) of people who could be transferred (pupils first)."""
    _allow(vault, Action.EXPORT_CASES)
    with vault.reading() as s:
        q = select(Person).order_by(Person.surname, Person.forenames)
        needle = search.strip()
        if needle:
            like = f"%{needle}%"
            q = q.where(
                Person.forenames.like(like)
                | Person.surname.like(like)
                | Person.upn_or_staff_code.like(like)
            )
        out = []
        for p in s.scalars(q.limit(200)):
            born = f"born {p.date_of_birth:%d/%m/%Y}" if p.date_of_birth else ""
            extra = ", ".join(x for x in (born, p.school_or_occupation, p.upn_or_staff_code) if x)
            out.append((p.id, _full_name(p.forenames, p.surname), extra))
        return out

"""The DSL's side of staff reports: the school's intake key pairs, and importing a drop folder.

Key pairs live in the ``intake_key`` table, inside the encrypted store; only the public half is
ever written out (:func:`export_public_key`). Replacing the key retires the old pair but keeps
it, so reports sealed to it still open.

Importing reads every ``*.dslreport`` file in the drop folder, opens each with the vault's keys
(refusing any that is damaged, sealed for another school, or unreadable: it stays where it is,
and nothing is imported from it), and for each new report creates, in one transaction, a person,
a concern at Notice (the reporter as "noticed by", the account verbatim), the decrypted report as
an attachment of the concern (the record of what the member of staff wrote), a ``staff_report``
row and an audit event. Only after that commits are the sealed files removed from the drop
folder. A report already imported (same report id) is counted and its file removed; it makes no
second concern.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from nacl.public import PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import DomainError, VaultError
from db.fsutil import atomic_write
from db.models import (
    Attachment,
    Concern,
    InformationItem,
    IntakeKey,
    Person,
    School,
    Setting,
    StaffReport,
)
from db.vault import OpenVault
from dsl_desktop.domain import ConcernStatus, InformationKind, PersonType, Stage, Validation
from dsl_desktop.intake.envelope import (
    MAX_SEALED,
    REPORT_SUFFIX,
    OpenedReport,
    Refusal,
    ReportRefused,
    open_sealed,
)
from dsl_desktop.intake.keyfile import IntakeKey as PublicIntakeKey
from dsl_desktop.intake.keyfile import key_id_for
from dsl_desktop.nation import parse_nation
from dsl_desktop.services.accounts import set_setting
from dsl_desktop.services.concerns import last_number, reference_for
from dsl_desktop.services.people import allow, now
from dsl_desktop.workflow import NOT_YET_KNOWN, Action

DROP_FOLDER_SETTING = "intake.drop_folder"
IMPORT_BATCH = 100
"""Reports per transaction: one commit per batch keeps 500 reports well under 10 s."""


class NoIntakeKey(DomainError):
    advice = "Make the school's intake key first (Settings, Staff reporting)."


@dataclass(frozen=True)
class IntakeStatus:
    school: str
    key_id: str | None
    created_at: dt.datetime | None
    retired_keys: int
    drop_folder: str
    imported_reports: int


@dataclass(frozen=True)
class ImportedReport:
    receipt: str
    reference: str
    concern_id: int
    reporter: str


@dataclass
class ImportSummary:
    imported: list[ImportedReport] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    """Receipt codes of reports that had been imported before."""
    refused: list[tuple[Path, str]] = field(default_factory=list)
    not_removed: list[Path] = field(default_factory=list)
    """Imported files that could not be deleted from the drop folder (a read-only share)."""

    def line(self) -> str:
        return (
            f"imported {len(self.imported)}, already imported {len(self.already)}, "
            f"refused {len(self.refused)}"
        )


# ---- the key pair --------------------------------------------------------------------------
def _current(s: Session) -> IntakeKey | None:
    return s.scalars(
        select(IntakeKey).where(IntakeKey.retired_at.is_(None)).order_by(IntakeKey.id.desc())
    ).first()


def _school_name(s: Session) -> str:
    school = s.scalars(select(School)).first()
    return school.name if school else ""


def _setting(s: Session, key: str) -> str:
    row = s.get(Setting, key)
    return str(row.value) if row is not None and isinstance(row.value, str) else ""


def intake_status(vault: OpenVault) -> IntakeStatus:
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        current = _current(s)
        retired = s.scalars(select(IntakeKey.id).where(IntakeKey.retired_at.is_not(None))).all()
        count = len(s.scalars(select(StaffReport.id)).all())
        return IntakeStatus(
            school=_school_name(s), key_id=current.key_id if current else None,
            created_at=current.created_at if current else None, retired_keys=len(retired),
            drop_folder=_setting(s, DROP_FOLDER_SETTING), imported_reports=count,
        )  # fmt: skip


def _new_pair(vault: OpenVault, s: Session, user_id: int) -> IntakeKey:
    private = PrivateKey.generate()
    public = bytes(private.public_key)
    row = IntakeKey(
        key_id=key_id_for(public), public_key=public, private_key=bytes(private),
        created_at=now(), created_by_id=user_id,
    )  # fmt: skip
    s.add(row)
    s.flush()
    return row


def create_key(vault: OpenVault) -> str:
    """Make the school's first intake key pair (or return the one in use). Its key id."""
    me = allow(vault, Action.MANAGE_SETTINGS)
    with vault.unit() as s:
        current = _current(s)
        if current is not None:
            return current.key_id
        row = _new_pair(vault, s, me.user_id)
        vault.audit(s, "intake_key.created", entity="intake_key", entity_id=row.id)
        return row.key_id


def replace_key(vault: OpenVault) -> str:
    """A new key pair for new reports. The old private key is kept, so earlier reports open."""
    me = allow(vault, Action.MANAGE_SETTINGS)
    with vault.unit() as s:
        current = _current(s)
        if current is not None:
            current.retired_at = now()
        row = _new_pair(vault, s, me.user_id)
        vault.audit(s, "intake_key.replaced", entity="intake_key", entity_id=row.id,
                    details={"retired": current.id if current else None})  # fmt: skip
        return row.key_id


def public_key(vault: OpenVault) -> PublicIntakeKey:
    """The public half, as the key file carries it (with the drop folder the school chose)."""
    allow(vault, Action.MANAGE_SETTINGS)
    with vault.reading() as s:
        current = _current(s)
        if current is None:
            raise NoIntakeKey("The school has no intake key yet.")
        school = s.scalars(select(School)).first()
        return PublicIntakeKey(
            school=_school_name(s), public_key=bytes(current.public_key),
            key_id=current.key_id, drop_folder=_setting(s, DROP_FOLDER_SETTING),
            nation=parse_nation(school.nation if school else None).value,
        )  # fmt: skip


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def export_public_key(vault: OpenVault, path: Path) -> PublicIntakeKey:
    """Write the public intake key file (no secret in it) and record that it was written."""
    if _inside(path, vault.vault.data_dir):
        raise VaultError(
            "The intake key file cannot be saved inside the vault's own folder; choose "
            "another place."
        )
    if path.is_dir():
        raise VaultError(f"{path} is a folder; give a file name ending in .dslintake.")
    key = public_key(vault)
    atomic_write(path, key.to_bytes())
    with vault.unit() as s:
        vault.audit(s, "intake_key.exported", entity="intake_key", details={"key_id": key.key_id})
    return key


def drop_folder(vault: OpenVault) -> Path | None:
    with vault.reading() as s:
        text = _setting(s, DROP_FOLDER_SETTING)
    return Path(text) if text else None


def set_drop_folder(vault: OpenVault, folder: str) -> None:
    allow(vault, Action.MANAGE_SETTINGS)
    text = folder.strip()
    if text and _inside(Path(text), vault.vault.data_dir):
        raise VaultError(
            "The drop folder cannot be inside the vault's own folder; choose a shared folder."
        )
    set_setting(vault, DROP_FOLDER_SETTING, text)


# ---- the drop folder ----------------------------------------------------------------------
def pending_reports(folder: Path | None) -> list[Path]:
    """Sealed reports waiting in ``folder`` (cheap: a directory listing, nothing is opened).
    Half-written files (``.name.tmp``, hidden) are not counted."""
    if folder is None:
        return []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(
        p for p in entries
        if p.name.endswith(REPORT_SUFFIX) and not p.name.startswith(".") and p.is_file()
    )  # fmt: skip


def _read(path: Path) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(MAX_SEALED + 1)
    if len(data) > MAX_SEALED:
        raise ReportRefused(Refusal.NOT_A_REPORT, "it is far too large to be a staff report")
    return data


def _person(report_person: str, stamp: dt.datetime) -> Person:
    words = report_person.split()
    forenames = " ".join(words[:-1]) if len(words) > 1 else report_person
    surname = words[-1] if len(words) > 1 else ""
    return Person(person_type=PersonType.OTHER.value, forenames=forenames, surname=surname,
                  created_at=stamp)  # fmt: skip


def _noticed_by(opened: OpenedReport) -> str:
    r = opened.report
    return f"{r.reporter} ({r.reporter_role})" if r.reporter_role else r.reporter


def _concern(
    s: Session, opened: OpenedReport, user_id: int, stamp: dt.datetime, numbers: dict[int, int]
) -> Concern:
    r = opened.report
    noticed_at = r.noticed_at or opened.sealed_at or stamp
    if noticed_at > stamp:  # the member of staff's clock ran ahead: never a time in the future
        noticed_at = stamp
    year = noticed_at.year
    if year not in numbers:
        numbers[year] = last_number(s, year)
    numbers[year] += 1
    concern = Concern(
        reference=reference_for(year, numbers[year]), person=_person(r.person, stamp),
        noticed_by=_noticed_by(opened)[:200], noticed_at=noticed_at, location=r.where[:300],
        account=r.account, others_present=r.present, indicators=[], category=NOT_YET_KNOWN,
        immediate_danger=r.immediate_danger,
        emergency_action=r.action_taken if r.immediate_danger else "",
        stage=Stage.NOTICE.value, status=ConcernStatus.OPEN.value, holder_id=user_id,
        recorded_by_id=user_id, recorded_at=stamp, details={},
    )  # fmt: skip
    if r.action_taken and not r.immediate_danger:
        concern.items.append(InformationItem(
            content=r.action_taken, source=f"{_noticed_by(opened)[:250]}: what was done",
            kind=InformationKind.OBSERVED.value, validation=Validation.UNCORROBORATED.value,
            recorded_by_id=user_id, recorded_at=stamp,
        ))  # fmt: skip
    return concern


def _add_batch(
    vault: OpenVault, s: Session, batch: list[OpenedReport], user_id: int,
    numbers: dict[int, int],
) -> list[ImportedReport]:  # fmt: skip
    """One transaction's worth: the rows of each report, flushed a kind at a time (a flush per
    report and row made the ORM, not the database, the slow part)."""
    stamp = now()
    concerns = [_concern(s, opened, user_id, stamp, numbers) for opened in batch]
    s.add_all(concerns)
    s.flush()
    attachments = [
        Attachment(
            owner_type="concern", owner_id=concern.id,
            file_name=f"staff-report-{opened.receipt}.json", media_type="application/json",
            size=len(opened.payload), sha256=hashlib.sha256(opened.payload).hexdigest(),
            content=opened.payload, added_by_id=user_id, added_at=stamp,
        )
        for opened, concern in zip(batch, concerns, strict=True)
    ]  # fmt: skip
    s.add_all(attachments)
    s.flush()
    s.add_all(
        StaffReport(
            report_id=opened.report_id, key_id=opened.key_id, receipt=opened.receipt,
            sealed_sha256=opened.sealed_sha256, concern_id=concern.id,
            attachment_id=attachment.id, sealed_at=opened.sealed_at, imported_at=stamp,
            imported_by_id=user_id,
        )
        for opened, concern, attachment in zip(batch, concerns, attachments, strict=True)
    )  # fmt: skip
    s.flush()
    for opened, concern in zip(batch, concerns, strict=True):
        vault.audit(
            s, "staff_report.imported", entity="concern", entity_id=concern.id,
            details={"reference": concern.reference, "receipt": opened.receipt,
                     "key_id": opened.key_id, "immediate_danger": opened.report.immediate_danger},
        )  # fmt: skip
    return [
        ImportedReport(opened.receipt, concern.reference, concern.id, opened.report.reporter)
        for opened, concern in zip(batch, concerns, strict=True)
    ]


def import_reports(vault: OpenVault, folder: Path) -> ImportSummary:
    """Import every sealed report in ``folder``; see the module's docstring."""
    me = allow(vault, Action.CREATE_CASE)
    if not folder.is_dir():
        raise VaultError(f"The drop folder {folder} cannot be found; check that it is connected.")
    summary = ImportSummary()
    with vault.reading() as s:
        keys = {k.key_id: bytes(k.private_key) for k in s.scalars(select(IntakeKey))}
        known = set(s.scalars(select(StaffReport.report_id)))
    fresh: list[tuple[Path, OpenedReport]] = []
    done: list[Path] = []
    for path in pending_reports(folder):
        try:
            opened = open_sealed(_read(path), keys)
        except ReportRefused as exc:
            summary.refused.append((path, exc.reason))
            continue
        except OSError as exc:
            summary.refused.append(
                (path, f"it cannot be read ({exc.strerror or type(exc).__name__})")
            )
            continue
        if opened.report_id in known:
            summary.already.append(opened.receipt)
            done.append(path)
            continue
        known.add(opened.report_id)
        fresh.append((path, opened))
    numbers: dict[int, int] = {}
    for start in range(0, len(fresh), IMPORT_BATCH):
        batch = fresh[start : start + IMPORT_BATCH]
        with vault.unit() as s:
            added = _add_batch(vault, s, [opened for _, opened in batch], me.user_id, numbers)
        summary.imported.extend(added)
        done.extend(path for path, _ in batch)
    for path in done:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            summary.not_removed.append(path)
    return summary


def report_for_concern(vault: OpenVault, concern_id: int) -> str | None:
    """The receipt code of the staff report a concern came from, if it came from one."""
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        return s.scalars(
            select(StaffReport.receipt).where(StaffReport.concern_id == concern_id)
        ).first()

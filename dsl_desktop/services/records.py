"""Records management: backups and restore, retention review and secure deletion, transfers.

Backups
    :func:`backup` writes one encrypted, verified file (``db.backup`` explains the format and
    the keys). :func:`maybe_auto_backup` runs the school's automatic backups into the folder the
    DSL chose (Settings ``backup.folder``, ``backup.keep``, ``backup.when``), keeping the newest
    ``keep`` automatic files; manual backups in the same folder are never deleted. Automatic
    backups run for whoever signs out: they are the school's policy, set by the DSL or deputy.

Restore
    :func:`verify_backup` and :func:`restore` check a backup completely before touching anything.
    :func:`restore` needs no open vault (the command line restores into an empty folder); the
    app offers it only to the DSL and deputy, after closing the current vault.

Retention (domain §6)
    Rules live in ``retention_rule`` (seeded from ``resources/records/retention.json``).
    :func:`due_for_review` lists records whose review date has come; after the review
    :func:`delete_after_review` removes one for good, with SQLite's ``secure_delete`` on, the
    full-text index rebuilt without it, the WAL truncated and the file vacuumed, so its text is
    not left in free pages. The audit event says what kind of record went, under which rule and
    why (a reason code), with counts only.

Transfers (domain §6: within 5 school days, securely, with confirmation of receipt)
    :func:`export_transfer` writes a chronology PDF and an encrypted package (AES-256-GCM under an
    Argon2id key from the package passphrase) holding the person and every record about them,
    attachments included; :func:`import_transfer` reads a package into another school's vault.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import struct
import time
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Date, DateTime, LargeBinary, delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import backup as backups
from db.audit import read_head
from db.backup import (
    SUFFIX,
    BackupCheck,
    BackupDamaged,
    BackupFolderMissing,
    BackupReport,
    PendingRestore,
    RestorePending,
    RestoreReport,
)
from db.errors import (
    DatabaseDamaged,
    KnownError,
    NotFound,
    PermissionDenied,
    VaultError,
    WrongPassphrase,
)
from db.fsutil import atomic_write, classify_os_error
from db.keyslots import DEFAULT_KDF, KdfParams, derive_kek
from db.lock import VaultLock
from db.models import (
    Action as ActionRow,
)
from db.models import (
    AlternativeExplanation,
    Amendment,
    Attachment,
    Base,
    Concern,
    Consultation,
    Decision,
    Draft,
    InformationItem,
    Person,
    Referral,
    RetentionRule,
    School,
    Setting,
    Staff,
    StageChange,
    TrainingRecord,
    Transfer,
    User,
)
from db.outputs import check_output_path
from db.vault import HEAD_FILE, OpenVault, SignedIn, sync_witness
from dsl_desktop.domain import ConcernStatus, PersonType, Role
from dsl_desktop.passphrase import assess
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Action, require

__all__ = [
    "AUTO_PREFIX",
    "DELETION_REASONS",
    "RECORD_TYPES",
    "SUFFIX",
    "AutoBackupSettings",
    "BackupCheck",
    "BackupDamaged",
    "BackupFolderMissing",
    "BackupReport",
    "DeletionReport",
    "DueRecord",
    "ImportResult",
    "PendingRestore",
    "RestorePending",
    "RestoreReport",
    "RetentionRuleView",
    "TransferDamaged",
    "TransferResult",
    "TransferView",
    "auto_backup_settings",
    "backup",
    "confirm_receipt",
    "confirm_restore",
    "delete_after_review",
    "due_for_review",
    "export_transfer",
    "import_transfer",
    "maybe_auto_backup",
    "pending_restore",
    "restore",
    "retention_rules",
    "rotate",
    "set_auto_backup",
    "transfers",
    "undo_restore",
    "update_retention_rule",
    "verify_backup",
]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _me(vault: OpenVault) -> SignedIn:
    if vault.user is None:
        raise PermissionDenied("Nobody is signed in.")
    return vault.user


def _allow(vault: OpenVault, action: Action) -> SignedIn:
    me = _me(vault)
    require(Role(me.role), action)
    return me


# ==== backups =================================================================================
AUTO_PREFIX = "dsl-desktop-auto-"
_AUTO_NAME = re.compile(rf"^{re.escape(AUTO_PREFIX)}(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}$")
WHEN_CHOICES = ("off", "sign_out", "daily")
DEFAULT_KEEP = 7
MAX_KEEP = 365
RECENT = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: str = ""
    keep: int = DEFAULT_KEEP
    when: str = "off"  # "off" | "sign_out" | "daily"


def backup(
    vault: OpenVault,
    dest_path: Path | str,
    passphrase: str | None = None,
    *,
    kdf: KdfParams | None = None,
) -> BackupReport:
    """Back the whole vault up into one encrypted file at ``dest_path`` (verified after writing).

    Without ``passphrase`` the backup opens with any account passphrase of today or the recovery
    code; with one, that passphrase opens it as well.
    """
    _allow(vault, Action.BACKUP)
    if passphrase:
        strength = assess(passphrase)
        if not strength.acceptable:
            raise VaultError(f"The backup passphrase is too weak. {strength.problems[0]}")
    return _write_backup(vault, Path(dest_path), passphrase or None, kdf, automatic=False)


def _write_backup(
    vault: OpenVault, dest: Path, passphrase: str | None, kdf: KdfParams | None, *, automatic: bool
) -> BackupReport:
    report = backups.make_backup(vault, dest, passphrase=passphrase, kdf=kdf)
    with vault.unit() as s:
        vault.audit(
            s, "backup.made", entity="backup", entity_id=report.backup_id,
            details={"rows": report.rows, "tables": len(report.counts), "bytes": report.size,
                     "automatic": automatic, "own_passphrase": bool(passphrase)},
        )  # fmt: skip
    return report


def auto_backup_settings(vault: OpenVault) -> AutoBackupSettings:
    with vault.reading() as s:
        values = {
            row.key: row.value
            for row in s.scalars(select(Setting).where(Setting.key.like("backup.%")))
        }
    when = str(values.get("backup.when", "off"))
    try:
        keep = max(1, min(MAX_KEEP, int(values.get("backup.keep", DEFAULT_KEEP))))
    except (TypeError, ValueError):
        keep = DEFAULT_KEEP
    return AutoBackupSettings(
        folder=str(values.get("backup.folder", "") or ""),
        keep=keep,
        when=when if when in WHEN_CHOICES else "off",
    )


def last_auto_backup(vault: OpenVault) -> dict[str, Any] | None:
    """What the last automatic backup did: ``{"at", "ok", "rows"|"problem"}``, or None."""
    with vault.reading() as s:
        row = s.get(Setting, "backup.last_auto")
        return dict(row.value) if row is not None and isinstance(row.value, dict) else None


def set_auto_backup(vault: OpenVault, settings: AutoBackupSettings) -> None:
    _allow(vault, Action.BACKUP)
    if settings.when not in WHEN_CHOICES:
        raise VaultError("Choose when to back up: never, on sign-out or once a day.")
    if not 1 <= settings.keep <= MAX_KEEP:
        raise VaultError(f"Keep between 1 and {MAX_KEEP} automatic backups.")
    folder = settings.folder.strip()
    if settings.when != "off" or folder:
        if not folder:
            raise VaultError("Choose a folder for the automatic backups.")
        path = Path(folder)
        if not path.is_dir():
            raise BackupFolderMissing(f"The folder {folder} does not exist or is not available.")
        if not os.access(path, os.W_OK):
            raise VaultError(f"DSL Desktop is not allowed to write to {folder}.")
        if path.resolve() == vault.vault.data_dir.resolve():
            raise VaultError(
                "Choose a folder outside the vault's own data folder, ideally on another drive: "
                "a backup beside the vault is lost with it."
            )
    with vault.unit() as s:
        for key, value in (
            ("backup.folder", folder),
            ("backup.keep", settings.keep),
            ("backup.when", settings.when),
        ):
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        vault.audit(
            s, "backup.settings_changed", entity="setting", entity_id="backup",
            details={"when": settings.when, "keep": settings.keep},
        )  # fmt: skip


def _auto_files(folder: Path) -> list[tuple[str, Path]]:
    found = []
    for p in folder.iterdir():
        m = _AUTO_NAME.match(p.name)
        if m and p.is_file():
            found.append((m.group(1), p))
    return sorted(found)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups in ``folder``; returns the deleted."""
    keep = max(1, keep)
    files = [p for _stamp, p in _auto_files(Path(folder))]
    doomed = files[:-keep] if len(files) > keep else []
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def _due_auto(settings: AutoBackupSettings, reason: str, now: dt.datetime) -> bool:
    if settings.when == "off" or not settings.folder:
        return False
    if settings.when == "sign_out" and reason != "sign_out":
        return False
    try:
        existing = _auto_files(Path(settings.folder))
    except OSError:
        return True  # the attempt will report the missing folder
    if not existing:
        return True
    newest = dt.datetime.strptime(existing[-1][0], "%Y%m%d-%H%M%S")
    if newest > now + dt.timedelta(minutes=5):
        return True  # the clock went back: do not wait for it to catch up
    if now - newest < RECENT:
        return False  # asked twice for the same sign-out (the page and the shell, say)
    return settings.when == "sign_out" or now - newest >= dt.timedelta(hours=24)


def maybe_auto_backup(
    vault: OpenVault, reason: str, *, now: dt.datetime | None = None
) -> BackupReport | None:
    """Make an automatic backup if the settings say one is due now, and rotate old ones.

    ``reason``: "sign_out", "lock", "auto_lock", "sign_in" or "timer". Returns None when no
    backup was due. A missing folder or a full disk raises (and is remembered for the page).
    """
    _me(vault)
    moment = now or _now()
    settings = auto_backup_settings(vault)
    if not _due_auto(settings, reason, moment):
        return None
    folder = Path(settings.folder)
    try:
        if not folder.is_dir():
            raise BackupFolderMissing(
                f"The automatic backup could not be made: the folder {folder} is not available."
            )
        name = f"{AUTO_PREFIX}{moment:%Y%m%d-%H%M%S}{SUFFIX}"
        n = 1
        while (folder / name).exists():
            n += 1
            name = f"{AUTO_PREFIX}{moment:%Y%m%d-%H%M%S}-{n}{SUFFIX}"
        report = _write_backup(vault, folder / name, None, None, automatic=True)
        rotate(folder, settings.keep)
    except KnownError as exc:
        _remember(vault, {"at": moment.isoformat(), "ok": False, "problem": exc.message})
        raise
    except OSError as exc:
        error = classify_os_error(exc)
        _remember(vault, {"at": moment.isoformat(), "ok": False, "problem": error.message})
        raise error from exc
    _remember(vault, {"at": moment.isoformat(), "ok": True, "rows": report.rows, "file": name})
    return report


def _remember(vault: OpenVault, value: dict[str, Any]) -> None:
    try:
        with vault.unit() as s:
            row = s.get(Setting, "backup.last_auto")
            if row is None:
                s.add(Setting(key="backup.last_auto", value=value))
            else:
                row.value = value
    except KnownError:
        pass  # the backup's own result matters more than remembering it


def verify_backup(
    path: Path | str, passphrase: str | None, vault: OpenVault | None = None
) -> BackupCheck:
    """Open and check a backup without restoring it.

    With ``vault`` and no passphrase, a backup of that vault is opened with its data key. With a
    passphrase the check proves that *it* opens the backup (as a restore will need), and today's
    passphrases of ``vault`` open its older backups too.
    """
    if vault is None:
        return backups.verify_backup(Path(path), passphrase)
    _allow(vault, Action.BACKUP)
    if vault.closed:
        raise VaultError("The vault is locked.")
    if passphrase is not None:
        return backups.verify_backup(Path(path), passphrase, also_keys=[vault.keys])
    # The vault's key of the backup's time: today's, or one it had before a key rotation.
    keys = vault.backup_keys()
    for key in keys[1:]:
        with suppress(WrongPassphrase):
            return backups.verify_backup(Path(path), None, vault_key=key)
    return backups.verify_backup(Path(path), None, vault_key=keys[0])


@contextmanager
def sole_writer(data_dir: Path) -> Iterator[None]:
    """Hold the vault's lock (db.lock) while its files are replaced or put back: refused with
    "the vault is open in another window or command" while anyone else has it open."""
    if not data_dir.is_dir():  # a new folder: nobody can have it open
        yield
        return
    with VaultLock(data_dir):
        yield


def restore(
    path: Path | str, passphrase: str, data_dir: Path | str, *, replace_current: bool = False
) -> RestoreReport:
    """Restore a backup into ``data_dir`` (see ``db.backup.restore``). The vault must be closed,
    here and in every other window and command."""
    data_dir = Path(data_dir)
    with sole_writer(data_dir):
        report = backups.restore(Path(path), passphrase, data_dir, replace_current=replace_current)
        if report.replaced:
            _note_restored_head(data_dir)
        sync_witness(data_dir)  # the restored trail is the truth now: no false "loss" next time
    return report


_RESTORED_SEQ = "restored_seq"


def _note_restored_head(data_dir: Path) -> None:
    """Keep the audit head's number as the restore left it, so an undo can say how many
    changes made since would be discarded (audit.head needs no key to read)."""
    marker = data_dir / backups.PENDING_FILE
    head = read_head(data_dir / HEAD_FILE)
    try:
        doc = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(doc, dict) and head is not None and head[0] >= 0:
        doc[_RESTORED_SEQ] = head[0]
        atomic_write(marker, json.dumps(doc).encode())


def changes_since_restore(data_dir: Path | str) -> int | None:
    """How many audit events (sign-ins and changes) were recorded in the restored vault since
    the restore: what an undo would discard. None when that cannot be told."""
    data_dir = Path(data_dir)
    try:
        doc = json.loads((data_dir / backups.PENDING_FILE).read_text("utf-8"))
        then = doc[_RESTORED_SEQ]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    head = read_head(data_dir / HEAD_FILE)
    if not isinstance(then, int) or head is None or head[0] < then:
        return None
    return head[0] - then


def pending_restore(data_dir: Path | str) -> PendingRestore | None:
    return backups.pending_restore(Path(data_dir))


def confirm_restore(data_dir: Path | str) -> list[Path]:
    with sole_writer(Path(data_dir)):
        return backups.confirm_restore(Path(data_dir))


def undo_restore(data_dir: Path | str) -> None:
    """Put the replaced vault back, discarding the restored one (see
    :func:`changes_since_restore`). Refused while the vault is open anywhere else."""
    with sole_writer(Path(data_dir)):
        backups.undo_restore(Path(data_dir))
        sync_witness(Path(data_dir))


# ==== retention ===============================================================================
RECORD_TYPES = ("child_protection", "adult_concern", "training_record")

RECORD_TYPE_LABELS = {
    "child_protection": "Child protection file",
    "adult_concern": "Concern about an adult",
    "training_record": "Training history of a former member of staff",
}

DELETION_REASONS: Mapping[str, str] = {
    "review_not_needed": "Reviewed: there is no longer a reason to keep it",
    "policy_requires": "The school's records policy says it must now be deleted",
    "held_elsewhere": "The record is held by the pupil's new school or another agency",
}
"""Why a record was deleted, as codes: the audit trail keeps the code, never free text."""


@dataclass(frozen=True)
class RetentionRuleView:
    record_type: str
    basis: str
    years: int
    action: str
    notes: str


@dataclass(frozen=True)
class DueRecord:
    """One record whose review date has come (or will come by ``as_of``)."""

    record_type: str
    record_id: int
    label: str
    due_on: dt.date
    basis_date: dt.date | None
    note: str
    rule: RetentionRuleView
    concerns: int = 0
    open_concerns: int = 0


@dataclass(frozen=True)
class DeletionReport:
    record_type: str
    record_id: int
    counts: dict[str, int]
    person_removed: bool
    seconds: float
    older_copies: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _rule_view(r: RetentionRule) -> RetentionRuleView:
    return RetentionRuleView(r.record_type, r.basis, r.years, r.action, r.notes)


def retention_rules(vault: OpenVault) -> list[RetentionRuleView]:
    _allow(vault, Action.BACKUP)
    with vault.reading() as s:
        return [
            _rule_view(r)
            for r in s.scalars(select(RetentionRule).order_by(RetentionRule.record_type))
        ]


def update_retention_rule(
    vault: OpenVault,
    record_type: str,
    *,
    years: int,
    action: str = "review",
    notes: str | None = None,
) -> RetentionRuleView:
    """Change how long a kind of record is kept before review (the basis stays as it is)."""
    _allow(vault, Action.BACKUP)
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise VaultError("Enter a number of years between 1 and 100.")
    if action not in ("review",):
        raise VaultError("The only action after the period is a review by the DSL.")
    with vault.unit() as s:
        rule = s.get(RetentionRule, record_type)
        if rule is None:
            raise NotFound("There is no retention rule for that kind of record.")
        old = rule.years
        rule.years = years
        rule.action = action
        if notes is not None:
            rule.notes = notes.strip()
        vault.audit(
            s, "retention.rule_changed", entity="retention_rule", entity_id=record_type,
            details={"years_before": old, "years": years},
        )  # fmt: skip
        return _rule_view(rule)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _full_name(forenames: str, surname: str) -> str:
    return f"{forenames} {surname}".strip()


def _pupil_due(
    p: Any, rule: RetentionRuleView, concerns: int, open_concerns: int, last: dt.datetime | None
) -> DueRecord:
    """``p``: a Person, or a row with its id, names, date of birth, approx_age and created_at."""
    if p.date_of_birth is not None:
        basis, note = p.date_of_birth, "from the date of birth"
    elif p.approx_age is not None:
        basis = add_years(p.created_at.date(), -p.approx_age)
        note = "date of birth not recorded: estimated from the approximate age"
    else:
        basis = (last or p.created_at).date()
        note = "no date of birth or age recorded: counted from the latest concern"
    return DueRecord(
        "child_protection", p.id, _full_name(p.forenames, p.surname),
        add_years(basis, rule.years), basis, note, rule, concerns, open_concerns,
    )  # fmt: skip


def _pupils(s: Session, rule: RetentionRule, person_id: int | None = None) -> list[DueRecord]:
    counts = (
        select(
            Concern.person_id,
            func.count(Concern.id).label("n"),
            func.sum(func.iif(Concern.status != ConcernStatus.CLOSED.value, 1, 0)).label("open"),
            func.max(Concern.noticed_at).label("last"),
        )
        .group_by(Concern.person_id)
        .subquery()
    )
    # Just the columns a due record needs, as plain rows: whole Person objects (JSON columns
    # decoded) made this half of the Backups & records page's load, which runs at every unlock.
    q = (
        select(Person.id, Person.forenames, Person.surname, Person.date_of_birth)
        .add_columns(Person.approx_age, Person.created_at, counts.c.n, counts.c.open, counts.c.last)
        .outerjoin(counts, counts.c.person_id == Person.id)
        .where(Person.person_type == PersonType.PUPIL.value)
    )
    if person_id is not None:
        q = q.where(Person.id == person_id)
    out = []
    view = _rule_view(rule)  # once, not once a person
    for p in s.execute(q).all():
        n, open_n, last = p.n, p.open, p.last
        if isinstance(last, str):
            last = dt.datetime.fromisoformat(last)
        out.append(_pupil_due(p, view, int(n or 0), int(open_n or 0), last))
    return out


def _adult_concerns(
    s: Session, rule: RetentionRule, concern_id: int | None = None
) -> list[DueRecord]:
    q = (
        select(Concern.id, Concern.reference, Concern.closed_at, Person.forenames, Person.surname)
        .join(Person, Person.id == Concern.person_id)
        .where(
            Person.person_type != PersonType.PUPIL.value,
            Concern.status == ConcernStatus.CLOSED.value,
            Concern.closed_at.is_not(None),
        )
    )
    if concern_id is not None:
        q = q.where(Concern.id == concern_id)
    out = []
    view = _rule_view(rule)  # once, not once a concern
    for cid, ref, closed_at, fore, sur in s.execute(q).all():
        assert closed_at is not None
        basis = closed_at.date()
        out.append(
            DueRecord(
                "adult_concern", cid, f"{ref} — {_full_name(fore, sur)}",
                add_years(basis, rule.years), basis, "from the date the concern was closed",
                view, 1, 0,
            )
        )  # fmt: skip
    return out


def _former_staff(s: Session, rule: RetentionRule, staff_id: int | None = None) -> list[DueRecord]:
    q = select(Staff).where(Staff.left_date.is_not(None))
    if staff_id is not None:
        q = q.where(Staff.id == staff_id)
    out = []
    for st in s.scalars(q):
        assert st.left_date is not None
        out.append(
            DueRecord(
                "training_record", st.id, _full_name(st.forename, st.surname),
                add_years(st.left_date, rule.years), st.left_date,
                "from the date they left", _rule_view(rule),
            )
        )  # fmt: skip
    return out


def _candidates(
    s: Session, record_type: str, record_id: int | None = None
) -> tuple[RetentionRule | None, list[DueRecord]]:
    rule = s.get(RetentionRule, record_type)
    if rule is None:
        return None, []
    if record_type == "child_protection":
        return rule, _pupils(s, rule, record_id)
    if record_type == "adult_concern":
        return rule, _adult_concerns(s, rule, record_id)
    if record_type == "training_record":
        return rule, _former_staff(s, rule, record_id)
    return rule, []


def due_for_review(vault: OpenVault, as_of: dt.date) -> list[DueRecord]:
    """Every record whose retention period has ended by ``as_of``, oldest first."""
    _allow(vault, Action.BACKUP)
    found: list[DueRecord] = []
    with vault.reading() as s:
        for record_type in RECORD_TYPES:
            _rule, items = _candidates(s, record_type)
            found.extend(d for d in items if d.due_on <= as_of)
    return sorted(found, key=lambda d: (d.due_on, d.record_type, d.record_id))


def delete_after_review(
    vault: OpenVault, record_type: str, record_id: int, reason: str
) -> DeletionReport:
    """Remove a record whose review found it should go: for good, and from the file's free space.

    * ``child_protection`` (a pupil): every concern about them with all its items, explanations,
      consultations, decisions, referrals, actions, stage changes, amendments and attachments,
      their drafts, and the person.
    * ``adult_concern`` (one closed concern): the same for that concern, and the person too if no
      other concern is about them.
    * ``training_record`` (a former member of staff): their training records, certificates and
      staff record.

    Transfers of the person keep their row (to which school, when, how) without the person.
    """
    started = time.perf_counter()
    _allow(vault, Action.BACKUP)
    if reason not in DELETION_REASONS:
        raise VaultError("Choose why the record is being deleted.")
    today = dt.date.today()
    with vault.unit() as s:
        rule, items = _candidates(s, record_type, record_id)
        if rule is None:
            raise NotFound("There is no retention rule for that kind of record.")
        if not items:
            raise NotFound("That record was not found.")
        due = items[0]
        if due.due_on > today:
            raise VaultError(
                f"This record is not due for review until {due.due_on:%d %B %Y}; it cannot be "
                "deleted before then."
            )
        counts: dict[str, int] = {}
        person_removed = False
        if record_type == "training_record":
            _delete_staff(s, record_id, counts)
        else:
            if record_type == "child_protection":
                person_id: int | None = record_id
                concern_ids = list(
                    s.scalars(select(Concern.id).where(Concern.person_id == record_id))
                )
            else:
                person_id = s.scalar(select(Concern.person_id).where(Concern.id == record_id))
                concern_ids = [record_id]
            _delete_concerns(s, concern_ids, counts)
            if person_id is not None:
                remaining = s.scalar(
                    select(func.count(Concern.id)).where(Concern.person_id == person_id)
                )
                if not remaining:
                    person_removed = _delete_person(s, person_id, counts)
        _optimise_search(s)
        vault.audit(
            s, "record.deleted", entity=record_type, entity_id=record_id,
            details={"record_type": record_type, "reason": reason, "rule_years": rule.years,
                     "due_on": due.due_on.isoformat(), "rows": {k: v for k, v in counts.items() if v},
                     "person_removed": person_removed},
        )  # fmt: skip
    _purge(vault)
    return DeletionReport(
        record_type, record_id, {k: v for k, v in counts.items() if v}, person_removed,
        time.perf_counter() - started, _older_copies(vault),
    )  # fmt: skip


def _count(counts: dict[str, int], table: str, n: int) -> None:
    counts[table] = counts.get(table, 0) + max(0, n)


def _run(s: Session, stmt: Any, counts: dict[str, int], table: str) -> None:
    result = s.execute(stmt)
    _count(counts, table, int(getattr(result, "rowcount", 0) or 0))


def _delete_concerns(s: Session, concern_ids: Sequence[int], counts: dict[str, int]) -> None:
    if not concern_ids:
        return
    ids = list(concern_ids)
    item_ids = list(
        s.scalars(select(InformationItem.id).where(InformationItem.concern_id.in_(ids)))
    )
    children: list[tuple[str, Any]] = [
        ("information_item", InformationItem),
        ("alternative_explanation", AlternativeExplanation),
        ("consultation", Consultation),
        ("decision", Decision),
        ("referral", Referral),
        ("action", ActionRow),
        ("stage_change", StageChange),
    ]
    child_ids = {
        name: list(s.scalars(select(model.id).where(model.concern_id.in_(ids))))
        for name, model in children
    }
    _run(
        s,
        delete(Attachment).where(
            ((Attachment.owner_type == "concern") & Attachment.owner_id.in_(ids))
            | ((Attachment.owner_type == "information_item") & Attachment.owner_id.in_(item_ids))
        ),
        counts,
        "attachment",
    )
    amended = Amendment.concern_id.in_(ids) | (
        (Amendment.entity == "concern") & Amendment.entity_id.in_(ids)
    )
    for name, found in child_ids.items():
        if found:
            amended = amended | ((Amendment.entity == name) & Amendment.entity_id.in_(found))
    _run(s, delete(Amendment).where(amended), counts, "amendment")
    for name, model in reversed(children):
        _run(s, delete(model).where(model.concern_id.in_(ids)), counts, name)
    _delete_drafts(s, concern_ids=set(ids), person_id=None, name="", counts=counts)
    _run(s, delete(Concern).where(Concern.id.in_(ids)), counts, "concern")


def _mentions(value: Any, key: str, ids: set[int]) -> bool:
    if isinstance(value, Mapping):
        for k, v in value.items():
            if k == key and isinstance(v, int) and v in ids:
                return True
            if _mentions(v, key, ids):
                return True
    elif isinstance(value, list):
        return any(_mentions(v, key, ids) for v in value)
    return False


def _delete_drafts(
    s: Session, *, concern_ids: set[int], person_id: int | None, name: str, counts: dict[str, int]
) -> None:
    """Drafts about the record: by key ("concern:42…", "person:7…"), by id inside, or by name."""
    keys = [rf"concern:{i}(?::|$)" for i in concern_ids]
    if person_id is not None:
        keys.append(rf"person:{person_id}(?::|$)")
    key_pattern = re.compile("|".join(keys)) if keys else None
    folded = name.casefold().strip()
    doomed = []
    for d in s.scalars(select(Draft)):
        payload = d.payload
        hit = bool(key_pattern and key_pattern.search(d.key))
        hit = hit or _mentions(payload, "concern_id", concern_ids)
        if person_id is not None:
            hit = hit or _mentions(payload, "person_id", {person_id})
        if folded and not hit:
            hit = folded in json.dumps(payload, ensure_ascii=False).casefold()
        if hit:
            doomed.append(d.id)
    if doomed:
        _run(s, delete(Draft).where(Draft.id.in_(doomed)), counts, "draft")


def _delete_person(s: Session, person_id: int, counts: dict[str, int]) -> bool:
    person = s.get(Person, person_id)
    if person is None:
        return False
    name = _full_name(person.forenames, person.surname)
    _delete_drafts(s, concern_ids=set(), person_id=person_id, name=name, counts=counts)
    _run(
        s,
        delete(Amendment).where(
            (Amendment.entity == "person") & (Amendment.entity_id == person_id)
        ),
        counts,
        "amendment",
    )
    s.execute(update(Transfer).where(Transfer.person_id == person_id).values(person_id=None))
    s.expunge(person)
    try:
        with s.begin_nested():
            _run(s, delete(Person).where(Person.id == person_id), counts, "person")
    except IntegrityError:
        return False  # something else still refers to them: keep the person
    return True


def _delete_staff(s: Session, staff_id: int, counts: dict[str, int]) -> None:
    records = list(
        s.execute(
            select(TrainingRecord.id, TrainingRecord.certificate_id).where(
                TrainingRecord.staff_id == staff_id
            )
        )
    )
    record_ids = [r[0] for r in records]
    certificate_ids = [r[1] for r in records if r[1] is not None]
    _run(
        s,
        delete(TrainingRecord).where(TrainingRecord.staff_id == staff_id),
        counts,
        "training_record",
    )
    _run(
        s,
        delete(Attachment).where(
            Attachment.id.in_(certificate_ids)
            | ((Attachment.owner_type == "training_record") & Attachment.owner_id.in_(record_ids))
        ),
        counts,
        "attachment",
    )
    _run(
        s,
        delete(Amendment).where(
            ((Amendment.entity == "staff") & (Amendment.entity_id == staff_id))
            | ((Amendment.entity == "training_record") & Amendment.entity_id.in_(record_ids))
        ),
        counts,
        "amendment",
    )
    _run(s, delete(Staff).where(Staff.id == staff_id), counts, "staff")


def _search_tables(s: Session) -> list[str]:
    rows = s.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND lower(sql) LIKE 'create virtual table%using fts5%'"
        )
    )
    return [str(r[0]) for r in rows]


def _optimise_search(s: Session) -> None:
    """Merge full-text index segments so deleted words are dropped, not just marked deleted."""
    for name in _search_tables(s):
        s.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')'))


def _purge(vault: OpenVault) -> None:
    """Push everything into the main file, then rebuild it so no free page keeps old text."""
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # a driver error: name it for the user (a bug stays itself)
            from db.engine import raise_classified

            raise_classified(exc)


def _older_copies(vault: OpenVault) -> list[Path]:
    """Copies in the data folder that may still hold deleted records (pre-upgrade, replaced)."""
    folder = vault.vault.data_dir
    return sorted(
        p for p in folder.iterdir() if p.name.startswith("vault.db.") and p.name != "vault.db"
        and not p.name.endswith(("-wal", "-shm"))
    )  # fmt: skip


# ==== transfers ===============================================================================
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


_CHILD_TABLES: tuple[tuple[str, type[Base]], ...] = (
    ("information_item", InformationItem),
    ("alternative_explanation", AlternativeExplanation),
    ("consultation", Consultation),
    ("decision", Decision),
    ("referral", Referral),
    ("action", ActionRow),
    ("stage_change", StageChange),
)


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
        raise VaultError("Enter the school the file is going to.")
    if not method:
        raise VaultError("Say how the file will be sent (for example: secure email, by hand).")
    strength = assess(package_passphrase)
    if not strength.acceptable:
        raise VaultError(f"The package passphrase is too weak. {strength.problems[0]}")
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
            raise VaultError(
                f"This package was already read in on {earlier.created_at:%d/%m/%Y}.",
                "The pupil and their concerns are in the vault already; nothing was added.",
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
            raise VaultError(
                "Receipt is confirmed for files this school sent, not for files it received."
            )
        if t.sent_at is not None and on_date < t.sent_at.date():
            raise VaultError("The file cannot have been received before it was sent.")
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

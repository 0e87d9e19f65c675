"""Backups: made by hand or automatically, checked, restored and undone."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db import backup as backups
from db.audit import read_head
from db.backup import (
    SUFFIX,
    BackupCheck,
    BackupFolderMissing,
    BackupReport,
    PendingRestore,
    RestoreReport,
)
from db.cancel import CancelToken
from db.errors import KnownError, VaultError, WrongPassphrase
from db.fsutil import atomic_write, classify_os_error
from db.install import sync_witness
from db.keyslots import KdfParams
from db.lock import VaultLock
from db.models import Setting
from db.vault import HEAD_FILE, OpenVault
from dsl_desktop.passphrase import assess
from dsl_desktop.services.base import allow as _allow
from dsl_desktop.services.base import now as _now
from dsl_desktop.services.base import signed_in as _me
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.workflow import Action

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
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Back the whole vault up into one encrypted file at ``dest_path`` (verified after writing).

    Without ``passphrase`` the backup opens with any account passphrase of today or the recovery
    code; with one, that passphrase opens it as well.
    """
    _allow(vault, Action.BACKUP)
    if passphrase:
        strength = assess(passphrase)
        if not strength.acceptable:
            raise InvalidInput(
                "The backup passphrase is too weak. {problem}", problem=strength.problems[0]
            )
    return _write_backup(
        vault, Path(dest_path), passphrase or None, kdf, automatic=False, cancel=cancel
    )


def _write_backup(
    vault: OpenVault,
    dest: Path,
    passphrase: str | None,
    kdf: KdfParams | None,
    *,
    automatic: bool,
    cancel: CancelToken | None = None,
) -> BackupReport:
    report = backups.make_backup(vault, dest, passphrase=passphrase, kdf=kdf, cancel=cancel)
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
        raise InvalidInput("Choose when to back up: never, on sign-out or once a day.")
    if not 1 <= settings.keep <= MAX_KEEP:
        raise InvalidInput("Keep between 1 and {most} automatic backups.", most=MAX_KEEP)
    folder = settings.folder.strip()
    if settings.when != "off" or folder:
        if not folder:
            raise InvalidInput("Choose a folder for the automatic backups.")
        path = Path(folder)
        if not path.is_dir():
            raise BackupFolderMissing(f"The folder {folder} does not exist or is not available.")
        if not os.access(path, os.W_OK):
            raise VaultError("DSL Desktop is not allowed to write to {folder}.", folder=str(folder))
        if path.resolve() == vault.vault.data_dir.resolve():
            raise InvalidInput(
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
    vault: OpenVault,
    reason: str,
    *,
    now: dt.datetime | None = None,
    cancel: CancelToken | None = None,
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
        report = _write_backup(vault, folder / name, None, None, automatic=True, cancel=cancel)
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

"""Verifying a backup and restoring one, with the old vault kept until the restore is confirmed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from sqlalchemy.orm import Session

from db import audit, install
from db.backup.fileformat import (
    _CHUNK,
    _VAULT_FILES,
    PENDING_FILE,
    REPLACED,
    BackupCheck,
    BackupDamaged,
    PendingRestore,
    RestorePending,
    RestoreReport,
    _Facts,
    _now_text,
    _Opened,
    _Parsed,
    _rekey,
    check_database,
    open_backup,
)
from db.backup.making import _scratch
from db.engine import make_engine
from db.errors import KeySlotsDamaged, VaultAlreadyExists, VaultError
from db.fsutil import atomic_write, classify_os_error, fsync_dir
from db.keyslots import KeyFile
from db.vault import DB_FILE, HEAD_FILE, KEYS_FILE


def _copy_body(path: Path, parsed: _Parsed, out_path: Path) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as src, open(out_path, "xb") as out:
        src.seek(parsed.body_offset)
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != parsed.body_sha256:
        raise BackupDamaged("The backup changed or was damaged while it was being read.")


def _check_opened(path: Path, opened: _Opened, work: Path) -> _Facts:
    with _scratch(work, ".body") as body:
        _copy_body(path, opened.parsed, body)
        return check_database(
            body,
            opened.backup_key,
            expected_counts=opened.manifest.get("counts"),
            audit_key=audit.audit_key(opened.vault_key),
            expected_head=opened.manifest.get("audit"),
        )


def verify_backup(
    path: Path,
    secret: str | None,
    *,
    also_keys: Sequence[KeyFile] = (),
    vault_key: bytes | None = None,
    work_dir: Path | None = None,
) -> BackupCheck:
    """Open and check a backup completely without restoring it (see :func:`open_backup`)."""
    path = Path(path)
    opened = open_backup(path, secret, also_keys=also_keys, vault_key=vault_key)
    try:
        if work_dir is not None:
            facts = _check_opened(path, opened, Path(work_dir))
        else:
            with tempfile.TemporaryDirectory(prefix="dsl-desktop-verify-") as tmp:
                facts = _check_opened(path, opened, Path(tmp))
    except OSError as exc:
        raise classify_os_error(exc) from exc
    m = opened.manifest
    return BackupCheck(
        path=path,
        backup_id=str(opened.parsed.header.get("backup_id", "")),
        made_at=str(m.get("made_at", "")),
        school=str(m.get("school", "")),
        counts=facts.counts,
        schema=facts.schema,
        audit_events=facts.audit_events,
        size=opened.parsed.file_size,
        vault_id=opened.vault_keys.vault_id,
        opened_with=opened.opened_with,
    )


def _vault_present(data_dir: Path) -> bool:
    install.finish(data_dir)  # a set-up or restore a crash interrupted: complete it first
    return (data_dir / DB_FILE).exists() or (data_dir / KEYS_FILE).exists()


def restore(
    path: Path, secret: str, data_dir: Path, *, replace_current: bool = False
) -> RestoreReport:
    """Restore a backup into ``data_dir``; see the module docstring for what is checked."""
    started = time.perf_counter()
    path, data_dir = Path(path), Path(data_dir)
    existing = _vault_present(data_dir)
    if existing and not replace_current:
        raise VaultAlreadyExists(
            "There is already a vault in {data_dir}.",
            "Restore into an empty folder, or choose to replace the current vault.",
            data_dir=data_dir,
        )
    if pending_restore(data_dir) is not None:
        raise RestorePending("An earlier restore into this folder has not been kept or undone yet.")
    current_keys: KeyFile | None = None
    current_raw = b""
    if existing:
        with suppress(OSError, KeySlotsDamaged, ValueError):
            current_raw = (data_dir / KEYS_FILE).read_bytes()
            current_keys = KeyFile.load(data_dir / KEYS_FILE)
    opened = open_backup(path, secret, also_keys=[current_keys] if current_keys else [])
    # The current key file fits the restored database only while both have the same data key:
    # after a key rotation the backup's own slots (the passphrases of its time) go back too.
    same_vault = (
        current_keys is not None
        and current_keys.vault_id == opened.vault_keys.vault_id
        and current_keys.generation == opened.vault_keys.generation
    )
    keys_bytes = current_raw if same_vault else opened.vault_keys.to_bytes()
    try:
        # Built in a hidden folder and moved into place (db.install): a crash leaves no half vault.
        with install.build_folder(data_dir) as build, _scratch(build, ".body") as body:
            staged = build / DB_FILE
            _copy_body(path, opened.parsed, body)
            check_database(
                body,
                opened.backup_key,
                expected_counts=opened.manifest.get("counts"),
                audit_key=audit.audit_key(opened.vault_key),
                expected_head=opened.manifest.get("audit"),
            )
            _rekey(body, opened.backup_key, staged, opened.vault_key)
            facts = check_database(
                staged,
                opened.vault_key,
                expected_counts=opened.manifest.get("counts"),
                audit_key=audit.audit_key(opened.vault_key),
                expected_head=opened.manifest.get("audit"),
            )
            body.unlink()
            replaced = _install(data_dir, build, keys_bytes, opened, existing)
    except OSError as exc:
        raise classify_os_error(exc) from exc
    return RestoreReport(
        data_dir=data_dir,
        counts=facts.counts,
        made_at=str(opened.manifest.get("made_at", "")),
        seconds=time.perf_counter() - started,
        replaced=replaced,
        kept_current_keys=same_vault,
    )


def _install(
    data_dir: Path, build: Path, keys_bytes: bytes, opened: _Opened, existing: bool
) -> list[Path]:
    """Finish the vault in ``build`` (key slots, the restore's audit event, the head), then move
    it into place, setting the current vault aside first if there is one (``db.install``)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    atomic_write(build / KEYS_FILE, keys_bytes)
    head = _record_restore(build / DB_FILE, opened, existing)
    audit.write_head(build / HEAD_FILE, head[0], head[1])
    install.install(data_dir, build, replace_stamp=stamp if existing else None, at=_now_text())
    if not existing:
        return []
    aside = (data_dir / _replaced_name(name, stamp) for name in _VAULT_FILES)
    return [p for p in aside if p.exists()]


_replaced_name = install.replaced_name


def _record_restore(db_path: Path, opened: _Opened, replaced: bool) -> tuple[int, str]:
    engine = make_engine(db_path, opened.vault_key)
    try:
        with Session(engine) as s, s.begin():
            ev = audit.append(
                s,
                audit.chain_key(s, opened.vault_key),
                "vault.restored",
                user_id=None,
                entity="backup",
                entity_id=str(opened.parsed.header.get("backup_id", ""))[:36],
                details={
                    "backup_made_at": str(opened.manifest.get("made_at", "")),
                    "replaced_current": replaced,
                    "opened_with": opened.opened_with,
                },
            )
            head = (ev.seq, ev.hash)
    finally:
        engine.dispose()
    return head


def pending_restore(data_dir: Path) -> PendingRestore | None:
    """The restore waiting to be kept or undone in ``data_dir``, if any."""
    install.finish(Path(data_dir))
    marker = Path(data_dir) / PENDING_FILE
    try:
        doc = json.loads(marker.read_text("utf-8"))
        stamp = str(doc["stamp"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        stamp, doc = "", {}
    files = sorted(p for p in Path(data_dir).glob(f"*{REPLACED}{stamp}*") if stamp)
    return PendingRestore(stamp, str(doc.get("restored_at", "")), files)


def confirm_restore(data_dir: Path) -> list[Path]:
    """Keep the restored vault: delete the replaced files. Returns what was deleted."""
    pending = pending_restore(data_dir)
    if pending is None:
        return []
    for p in pending.files:
        with suppress(FileNotFoundError):
            p.unlink()
    (Path(data_dir) / PENDING_FILE).unlink(missing_ok=True)
    fsync_dir(Path(data_dir))
    return pending.files


def undo_restore(data_dir: Path) -> None:
    """Put the replaced vault back. The vault must not be open."""
    data_dir = Path(data_dir)
    pending = pending_restore(data_dir)
    if pending is None or not pending.stamp:
        raise VaultError("There is no restore to undo in this folder.")
    if not (data_dir / _replaced_name(DB_FILE, pending.stamp)).exists():
        raise VaultError(
            "The replaced vault's database is no longer there, so the restore cannot be undone."
        )
    try:
        for name in _VAULT_FILES:
            with suppress(FileNotFoundError):
                (data_dir / name).unlink()
        _put_back(data_dir, pending.stamp)
    except OSError as exc:
        raise classify_os_error(exc) from exc


def _put_back(data_dir: Path, stamp: str) -> None:
    for name in _VAULT_FILES:
        src = data_dir / _replaced_name(name, stamp)
        if src.exists():
            os.replace(src, data_dir / name)
    (data_dir / PENDING_FILE).unlink(missing_ok=True)
    fsync_dir(data_dir)

"""Making a backup: a consistent copy of the vault under a fresh data key, written atomically."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db import audit
from db.backup.fileformat import (
    _CHUNK,
    _PREFIX,
    FORMAT,
    MAGIC,
    VERSION,
    BackupDamaged,
    BackupFolderMissing,
    BackupReport,
    _audit_head,
    _b64,
    _canonical,
    _escrow_key,
    _now_text,
    _raise_classified,
    _revision,
    _slot_aad,
    check_database,
    one_transaction,
    read_header,
    table_counts,
)
from db.cancel import Cancelled, CancelToken
from db.cancel import check as check_cancel
from db.engine import open_raw
from db.errors import KeySlotsDamaged, VaultError
from db.fsutil import atomic_write_with, classify_os_error
from db.keyslots import DEFAULT_KDF, KdfParams, derive_kek
from db.outputs import check_output_path
from db.vault import OpenVault


def _backup_kdf(ov: OpenVault) -> KdfParams:
    """The backup passphrase gets the same Argon2id cost as the vault's recovery slot."""
    slot = next((s for s in ov.keys.slots if s.kind == "recovery"), None)
    if slot is None:
        return DEFAULT_KDF
    try:
        return slot.checked_kdf()
    except KeySlotsDamaged:
        return DEFAULT_KDF


@contextmanager
def _scratch(folder: Path, suffix: str) -> Iterator[Path]:
    """A hidden, not yet existing path in ``folder``, removed (with journals) afterwards."""
    path = folder / f".backup-{os.getpid()}-{secrets.token_hex(6)}{suffix}"  # pid: for the sweep
    try:
        yield path
    finally:
        for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
            with suppress(FileNotFoundError):
                p.unlink()


def make_backup(
    ov: OpenVault,
    dest: Path,
    *,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Write the open vault to ``dest`` as one verified, encrypted backup file.

    ``cancel`` is checked between the steps and inside the copy and write loops; a cancelled
    backup raises :class:`~db.cancel.Cancelled` and leaves neither ``dest`` nor a temporary file.
    """
    started = time.perf_counter()
    dest = Path(dest)
    if ov.closed:
        raise VaultError("The vault is locked.")
    if not dest.parent.is_dir():
        raise BackupFolderMissing(
            "The folder {parent} does not exist or is not available.", parent=dest.parent
        )
    check_output_path(dest, ov.vault.data_dir, backup=True)
    vault_key: bytes = ov._dek  # the backup needs the data key to seal it
    backup_key = secrets.token_bytes(32)
    backup_id = str(uuid.uuid4())
    made_at = _now_text()
    try:
        with _scratch(ov.vault.data_dir, ".export") as export:
            _step(cancel, 1)
            counts, revision, head, school = _export(ov, vault_key, export, backup_key, cancel)
            _step(cancel, 2)
            check_database(
                export,
                backup_key,
                expected_counts=counts,
                audit_key=audit.audit_key(vault_key),
                expected_head=head,
            )
            _step(cancel, 3)
            size, body_sha = _hash_file(export, cancel)
            header = _build_header(
                ov, backup_id, made_at, size, body_sha, backup_key, vault_key, passphrase,
                kdf or _backup_kdf(ov),
                {"vault_key": vault_key.hex(), "counts": counts, "schema": revision,
                 "audit": head, "school": school, "made_at": made_at,
                 "vault_id": ov.keys.vault_id},
            )  # fmt: skip
            _step(cancel, 4)
            total = _write_file(dest, header, export, body_sha, cancel)
    except OSError as exc:
        raise classify_os_error(exc) from exc
    except sqlcipher.DatabaseError as exc:
        if cancel is not None and cancel.cancelled:  # the copy was interrupted on purpose
            raise Cancelled("The backup was cancelled.") from exc
        _raise_classified(exc)
    return BackupReport(
        dest, counts, total, time.perf_counter() - started, backup_id=backup_id, made_at=made_at
    )


BACKUP_STEPS = 4


def _step(cancel: CancelToken | None, done: int) -> None:
    if cancel is not None:
        cancel.report(done, BACKUP_STEPS)


def _export(
    ov: OpenVault,
    vault_key: bytes,
    export: Path,
    backup_key: bytes,
    cancel: CancelToken | None = None,
) -> tuple[dict[str, int], str, list[Any], str]:
    conn = open_raw(ov.vault.db_path, vault_key)
    conn.isolation_level = None
    if cancel is not None:
        # SQLite calls this every few thousand steps of the copy; non-zero interrupts it.
        conn.set_progress_handler(lambda: 1 if cancel.cancelled else 0, 1_000)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(export), f"x'{backup_key.hex()}'"))
        try:
            # One read transaction: the counts and the copy see exactly the same rows.
            with one_transaction(conn):
                counts = table_counts(conn)
                revision = _revision(conn)
                head = _audit_head(conn)
                row = conn.execute("SELECT name FROM school ORDER BY id LIMIT 1").fetchone()
                conn.execute("SELECT sqlcipher_export('backup')")
        finally:
            conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    return counts, revision, head, str(row[0]) if row else ""


def _hash_file(path: Path, cancel: CancelToken | None = None) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            check_cancel(cancel)
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _build_header(
    ov: OpenVault,
    backup_id: str,
    made_at: str,
    size: int,
    body_sha: str,
    backup_key: bytes,
    vault_key: bytes,
    passphrase: str | None,
    kdf: KdfParams,
    manifest: dict[str, Any],
) -> bytes:
    keys_doc = json.loads(ov.keys.to_bytes())
    keys_doc["slots"] = [s for s in keys_doc["slots"] if s.get("type") != "device"]
    keys_doc.pop("checksum", None)
    keys_doc["checksum"] = hashlib.sha256(_canonical(keys_doc)).hexdigest()
    slots: list[dict[str, Any]] = []
    if passphrase:
        kdf.check()
        salt = os.urandom(16)
        slot_header = {
            "type": "passphrase",
            "kdf": {"alg": "argon2id", **kdf.as_dict(), "salt": _b64(salt)},
        }
        nonce = os.urandom(12)
        wrapped = AESGCM(derive_kek(passphrase, salt, kdf)).encrypt(
            nonce, backup_key, _slot_aad(backup_id, slot_header)
        )
        slots.append({**slot_header, "nonce": _b64(nonce), "wrapped": _b64(wrapped)})
    escrow_nonce = os.urandom(12)
    escrow = AESGCM(_escrow_key(vault_key, backup_id)).encrypt(
        escrow_nonce, backup_key, _canonical({"format": FORMAT, "backup_id": backup_id})
    )
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "backup_id": backup_id,
        "made_at": made_at,
        "body": {"size": size, "sha256": body_sha, "cipher": "sqlcipher4"},
        "slots": slots,
        "vault": {"keys": keys_doc},
        "escrow": {"nonce": _b64(escrow_nonce), "wrapped": _b64(escrow)},
    }
    sealed_nonce = os.urandom(12)
    sealed = AESGCM(backup_key).encrypt(
        sealed_nonce, json.dumps(manifest, sort_keys=True).encode(), _canonical(header)
    )
    header["sealed"] = {"nonce": _b64(sealed_nonce), "data": _b64(sealed)}
    raw = json.dumps(header, sort_keys=True, indent=1).encode("utf-8")
    fixed = _PREFIX.pack(MAGIC, VERSION, 0, len(raw))
    return fixed + raw + hashlib.sha256(fixed + raw).digest()


def _write_file(
    dest: Path, header: bytes, body: Path, body_sha: str, cancel: CancelToken | None = None
) -> int:
    """Header + body into a temporary file beside ``dest``; read back; fsync; rename.

    A cancel stops the copy loop, or at the last moment before the rename (after it the
    backup is made); either way the temporary file is removed.
    """

    def fill(out: BinaryIO) -> None:
        out.write(header)
        with open(body, "rb") as src:
            while chunk := src.read(_CHUNK):
                check_cancel(cancel)
                out.write(chunk)

    def read_back(written: Path) -> None:
        check_cancel(cancel)  # the last moment: after the rename the backup is made
        if read_header(written).body_sha256 != body_sha:  # the header checksum and body hash
            raise BackupDamaged("The backup did not read back as it was written.")

    atomic_write_with(dest, fill, check=read_back)
    return dest.stat().st_size

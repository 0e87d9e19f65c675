"""Backups: the whole vault in one encrypted file, and restoring it.

The file
--------
One file, ``*.dslbackup``::

    16 bytes   magic "DSLBKUP\\0", format version (u16), reserved (u16), header length (u32)
    N bytes    header: UTF-8 JSON (below)
    32 bytes   SHA-256 of the 16 + N bytes before it
    the rest   a SQLCipher 4 database made with ``sqlcipher_export``, keyed with the backup's key

The header is in the clear but holds nothing about anyone: the backup's id and time, the body's
size and SHA-256, and key material that is useless without a secret. Its checksum and the body's
hash tell a damaged file apart from a wrong passphrase before anything is decrypted; the
SQLCipher page HMACs, ``integrity_check`` and the row counts sealed inside check the rest.

Keys: why a fresh data key, and what opens a backup
---------------------------------------------------
Every backup is encrypted under its own random 256-bit key (the *backup key*), never under the
vault's data key: each backup's pages are unrelated to the live file's and to every other
backup's, a backup can carry a passphrase of its own, and the file is a self-contained thing
with its own locks:

* ``slots`` — an optional *backup passphrase* slot (Argon2id + AES-256-GCM, as in ``vault.keys``)
  for a backup that someone other than the vault's users may have to open;
* ``vault.keys`` — a copy of the vault's own key slots at the time of the backup (every account's
  passphrase slot and the recovery slot; device slots are left out: they belong to one computer).
  They unwrap the vault's data key, and ``escrow`` holds the backup key wrapped under a key
  derived (HKDF) from the vault's data key. So **any account passphrase of the time and the
  school's recovery code open every backup**, with no passphrase of its own to remember. The
  recovery slot cannot be re-wrapped for a new key without the code itself (only its hash-derived
  key could do that), so the chain through the vault's data key is how "re-wrapping" is done;
* ``sealed`` — AES-256-GCM under the backup key, with the rest of the header as associated data:
  the vault's data key, the row count of every table, the schema revision, the newest audit event
  and the school's name.

The open vault's data key also opens its own backups through ``escrow``, so checking a backup
from inside the vault (``verify --backup``) needs no passphrase.

Restoring re-keys the database back to the vault's own data key (``sqlcipher_export`` again) and
puts the vault's key slots beside it. That keeps three things true that re-wrapping could not:
every account signs in to the restored vault with the passphrase it had (slots can only be made
with the passphrase, which is never stored), the recovery code still works, and the audit trail
still verifies, since its HMAC key is derived from the data key. Replacing the *same* vault keeps
the current ``vault.keys`` instead (same data key), so passphrases changed since the backup work.

The cost of this design, stated plainly: whoever holds a backup's secret (the backup passphrase,
a passphrase of that time or the recovery code) learns the vault's data key, just as a vault
passphrase already gives it. Backup passphrases should be as strong as account passphrases.

Restoring and replacing
-----------------------
A backup is verified in full before anything is touched: header checksum, body hash, key, the
manifest's authentication tag, ``integrity_check``, ``cipher_integrity_check``, row counts and
the audit chain, then the same checks again on the re-keyed copy. Restoring into a folder with no
vault creates ``vault.db``, ``vault.keys`` and ``audit.head``. Replacing a vault renames the
current files to ``*.replaced-<timestamp>`` (and writes ``restore.pending``) until
:func:`confirm_restore` deletes them or :func:`undo_restore` puts them back.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import secrets
import struct
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import create_engine, pool, select
from sqlalchemy.orm import Session

from db import audit, install, schema
from db.engine import classify, key_pragma, make_engine, open_raw
from db.errors import (
    DatabaseDamaged,
    KeySlotsDamaged,
    VaultAlreadyExists,
    VaultError,
    WrongPassphrase,
)
from db.fsutil import atomic_write, atomic_write_with, classify_os_error, fsync_dir
from db.keyslots import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    derive_kek,
    normalise_recovery_code,
)
from db.models import AuditEvent
from db.outputs import check_output_path
from db.vault import DB_FILE, HEAD_FILE, KEYS_FILE, OpenVault

MAGIC = b"DSLBKUP\x00"
FORMAT = "dsl-desktop.backup"
VERSION = 1
SUFFIX = ".dslbackup"
PENDING_FILE = "restore.pending"
REPLACED = ".replaced-"

_PREFIX = struct.Struct(">8sHHI")
_CHECKSUM_BYTES = 32
_MAX_HEADER = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_ESCROW_INFO = b"dsl-desktop backup escrow"
_VAULT_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYS_FILE, HEAD_FILE)


# ---- errors ------------------------------------------------------------------------------
class BackupDamaged(DatabaseDamaged):
    advice = (
        "Try another backup. Keep this file: it may still be useful to someone who can repair it."
    )


class BackupFolderMissing(VaultError):
    advice = "Plug in the drive or choose another folder, then try again."


class RestorePending(VaultError):
    advice = "Keep the restored vault or undo the restore first (Backups & records page)."


# ---- results -----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupReport:
    """What a finished (and verified) backup holds."""

    path: Path
    counts: dict[str, int]
    size: int
    seconds: float
    backup_id: str = ""
    made_at: str = ""

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BackupCheck:
    """The result of :func:`verify_backup`: the backup opened and every check passed."""

    path: Path
    backup_id: str
    made_at: str
    school: str
    counts: dict[str, int]
    schema: str
    audit_events: int
    size: int
    vault_id: str
    opened_with: (
        str  # "backup passphrase" | "account passphrase" | "recovery code" | "this vault's key"
    )

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RestoreReport:
    data_dir: Path
    counts: dict[str, int]
    made_at: str
    seconds: float
    replaced: list[Path] = field(default_factory=list)
    kept_current_keys: bool = False


@dataclass(frozen=True)
class PendingRestore:
    stamp: str
    restored_at: str
    files: list[Path]


# ---- small helpers -----------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise BackupDamaged("The backup's header has a field of the wrong type.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BackupDamaged("The backup's header has a damaged field.") from exc


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _now_text() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def _escrow_key(vault_dek: bytes, backup_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_ESCROW_INFO + backup_id.encode()
    ).derive(vault_dek)


def _connect(path: Path, key: bytes) -> Any:
    """A keyed connection for checking a copy: no WAL, nothing written unless asked."""
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=5)
    conn.isolation_level = None
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise BackupDamaged(
            "The database inside the backup cannot be read: it is damaged."
        ) from exc
    return conn


def table_counts(conn: Any, schema_name: str = "main") -> dict[str, int]:
    """Rows in every ordinary table (FTS shadow tables included, virtual tables not)."""
    names = [
        str(r[0])
        for r in conn.execute(
            f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {
        n: int(conn.execute(f'SELECT count(*) FROM {schema_name}."{n}"').fetchone()[0])
        for n in names
    }


def _revision(conn: Any, schema_name: str = "main") -> str:
    found = conn.execute(
        f"SELECT 1 FROM {schema_name}.sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not found:
        return ""
    row = conn.execute(f"SELECT version_num FROM {schema_name}.alembic_version").fetchone()
    return str(row[0]) if row else ""


def _audit_head(conn: Any, schema_name: str = "main") -> list[Any]:
    row = conn.execute(
        f"SELECT seq, hash FROM {schema_name}.audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return [int(row[0]), str(row[1])] if row else [0, audit.GENESIS]


# ---- the header --------------------------------------------------------------------------
@dataclass
class _Parsed:
    header: dict[str, Any]
    body_offset: int
    body_size: int
    body_sha256: str
    file_size: int


def read_header(path: Path, *, check_body: bool = True) -> _Parsed:
    """Parse and check a backup's header (and by default the body's hash). Needs no secret."""
    try:
        with open(path, "rb") as fh:
            return _read_header(fh, os.fstat(fh.fileno()).st_size, check_body)
    except FileNotFoundError as exc:
        raise BackupFolderMissing(f"The backup file {path} was not found.") from exc
    except IsADirectoryError as exc:
        raise BackupDamaged(f"{path} is a folder, not a backup file.") from exc
    except OSError as exc:
        raise classify_os_error(exc) from exc


def _read_header(fh: BinaryIO, file_size: int, check_body: bool) -> _Parsed:
    fixed = fh.read(_PREFIX.size)
    if len(fixed) < _PREFIX.size:
        raise BackupDamaged("The file is too short to be a DSL Desktop backup.")
    magic, version, _reserved, length = _PREFIX.unpack(fixed)
    if magic != MAGIC:
        raise BackupDamaged("The file is not a DSL Desktop backup, or its first bytes are damaged.")
    if length <= 0 or length > _MAX_HEADER or _PREFIX.size + length + _CHECKSUM_BYTES > file_size:
        raise BackupDamaged("The backup's header is damaged.")
    raw = fh.read(length)
    checksum = fh.read(_CHECKSUM_BYTES)
    if hashlib.sha256(fixed + raw).digest() != checksum:
        raise BackupDamaged("The backup's header is damaged: its checksum does not match.")
    if version != VERSION:
        raise DatabaseDamaged(
            f"This backup was made by another version of DSL Desktop (format {version}).",
            "Install the latest version of DSL Desktop to restore it.",
        )
    try:
        header = json.loads(raw.decode("utf-8"))
        body = header["body"]
        body_size, body_sha = int(body["size"]), str(body["sha256"])
        if header["format"] != FORMAT:
            raise ValueError("format")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged("The backup's header is not readable.") from exc
    offset = _PREFIX.size + length + _CHECKSUM_BYTES
    if file_size - offset != body_size:
        raise BackupDamaged(
            "The backup file is incomplete or has extra bytes: it was cut short or damaged."
        )
    if check_body:
        digest = hashlib.sha256()
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
        if digest.hexdigest() != body_sha:
            raise BackupDamaged("The backup's contents are damaged: their checksum does not match.")
    return _Parsed(header, offset, body_size, body_sha, file_size)


def _keyfile_from_doc(doc: Any) -> KeyFile:
    """The vault's key slots as copied into a backup (same rules as ``KeyFile.load``)."""
    try:
        return KeyFile.from_doc(doc)
    except KeySlotsDamaged as exc:
        raise BackupDamaged(f"The key slots inside the backup are damaged: {exc.message}") from exc


@dataclass
class _Opened:
    parsed: _Parsed
    backup_key: bytes
    vault_key: bytes
    manifest: dict[str, Any]
    vault_keys: KeyFile
    opened_with: str


def _slot_aad(backup_id: str, header: dict[str, Any]) -> bytes:
    return _canonical({"format": FORMAT, "backup_id": backup_id, "slot": header})


def _looks_like_recovery_code(secret: str) -> bool:
    code = normalise_recovery_code(secret)
    return len(code) == 32 and all(ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in code)


def _unlock(
    parsed: _Parsed, secret: str | None, also_keys: Sequence[KeyFile], vault_key: bytes | None
) -> tuple[bytes, bytes | None, str, KeyFile]:
    """(backup key, vault key if it was reached, how, the vault's slots inside the backup)."""
    header = parsed.header
    try:
        backup_id = str(header["backup_id"])
        vault_keys = _keyfile_from_doc(header["vault"]["keys"])
        escrow = header["escrow"]
        escrow_nonce, escrow_wrapped = _unb64(escrow["nonce"]), _unb64(escrow["wrapped"])
        slots = list(header.get("slots", []))
    except (KeyError, TypeError) as exc:
        raise BackupDamaged("The backup's header is incomplete.") from exc

    def through(key: bytes) -> bytes | None:
        try:
            return AESGCM(_escrow_key(key, backup_id)).decrypt(
                escrow_nonce, escrow_wrapped, _canonical({"format": FORMAT, "backup_id": backup_id})
            )
        except InvalidTag:
            return None

    # 0. the open vault's own data key: a backup of this vault needs no secret
    if vault_key is not None:
        found = through(vault_key)
        if found is not None:
            return found, vault_key, "this vault's key", vault_keys
        if secret is None:
            raise WrongPassphrase(
                "This backup was made from another vault.",
                "Give the backup's passphrase or the recovery code of the school it came from.",
            )
    if secret is None:
        raise WrongPassphrase("A passphrase or recovery code is needed to open this backup.")
    # 1. the backup's own passphrase
    for slot in slots:
        try:
            kdf = slot["kdf"]
            params = KdfParams(int(kdf["m"]), int(kdf["t"]), int(kdf["p"]))
            salt, nonce, wrapped = (
                _unb64(kdf["salt"]),
                _unb64(slot["nonce"]),
                _unb64(slot["wrapped"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupDamaged("A key slot in the backup is damaged.") from exc
        params.check()
        slot_header = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
        kek = derive_kek(secret, salt, params)
        with suppress(InvalidTag):
            key = AESGCM(kek).decrypt(nonce, wrapped, _slot_aad(backup_id, slot_header))
            return key, None, "backup passphrase", vault_keys

    # 2. the vault's slots (copied into the backup, or the vault's current ones) -> escrow
    candidates = [vault_keys] + [k for k in also_keys if k.vault_id == vault_keys.vault_id]
    if _looks_like_recovery_code(secret):
        for keys in candidates:
            with suppress(WrongPassphrase, KeySlotsDamaged):
                reached = keys.unwrap_recovery(secret)
                found = through(reached)
                if found is not None:
                    return found, reached, "recovery code", vault_keys
    for keys in candidates:
        with suppress(WrongPassphrase):
            _account, reached = keys.unwrap_any_passphrase(secret)
            found = through(reached)
            if found is not None:
                return found, reached, "account passphrase", vault_keys
    raise WrongPassphrase(
        "That passphrase or recovery code does not open this backup.",
        "Use the backup's own passphrase if one was set, a passphrase that opened the vault when "
        "the backup was made, or the school's recovery code.",
    )


def open_backup(
    path: Path,
    secret: str | None,
    *,
    also_keys: Sequence[KeyFile] = (),
    vault_key: bytes | None = None,
) -> _Opened:
    """Check the file and unlock it with ``secret``. ``also_keys``: the current vault's slots,
    so today's passphrase opens older backups of the same vault; ``vault_key``: an open vault's
    data key, which opens that vault's backups with no secret at all."""
    parsed = read_header(path)
    key, reached, how, vault_keys = _unlock(parsed, secret, also_keys, vault_key)
    sealed: Any = parsed.header.get("sealed")
    aad = _canonical({k: v for k, v in parsed.header.items() if k != "sealed"})
    try:
        plain = AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["data"]), aad)
        manifest = json.loads(plain.decode("utf-8"))
        vault_key = bytes.fromhex(manifest["vault_key"])
    except (InvalidTag, TypeError, KeyError, ValueError) as exc:
        raise BackupDamaged(
            "The backup's header has been altered: its seal does not match."
        ) from exc
    if reached is not None and reached != vault_key:
        raise BackupDamaged("The backup's keys do not agree with each other.")
    return _Opened(parsed, key, vault_key, manifest, vault_keys, how)


# ---- checking a database copy --------------------------------------------------------------
@dataclass
class _Facts:
    counts: dict[str, int]
    schema: str
    audit_events: int


def check_database(
    path: Path,
    key: bytes,
    *,
    expected_counts: dict[str, int] | None,
    audit_key: bytes | None = None,
    expected_head: Sequence[Any] | None = None,
) -> _Facts:
    """Open a database copy with ``key`` and check it completely, or raise BackupDamaged."""
    conn = _connect(path, key)
    try:
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            counts = table_counts(conn)
            revision = _revision(conn)
        except sqlcipher.DatabaseError as exc:
            raise BackupDamaged("The database inside the backup is damaged.") from exc
        if rows != ["ok"]:
            raise BackupDamaged("The database inside the backup failed its integrity check.")
        if bad:
            raise BackupDamaged(f"{len(bad)} encrypted page(s) inside the backup are damaged.")
        if expected_counts is not None and counts != expected_counts:
            raise BackupDamaged("The backup does not hold the number of records it should.")
        if revision not in schema.KNOWN:
            raise DatabaseDamaged(
                f"The backup was made by a newer version of DSL Desktop (schema {revision or '?'}).",
                "Install the latest version of DSL Desktop to restore it.",
            )
    finally:
        conn.close()
    events = 0
    if audit_key is not None:
        engine = create_engine(
            "sqlite://",
            creator=lambda: _connect(path, key),
            module=sqlcipher,
            poolclass=pool.NullPool,
            hide_parameters=True,
        )
        try:
            with Session(engine) as s:
                chain = audit.verify(s, audit.stored_chain_key(s) or audit_key, None)
                last = _audit_head_session(s)
        finally:
            engine.dispose()
        events = chain.events
        if not chain.ok:
            raise BackupDamaged("The audit trail inside the backup does not verify.")
        if expected_head is not None and list(last) != list(expected_head):
            raise BackupDamaged("The audit trail inside the backup is not the one that was sealed.")
    return _Facts(counts, revision, events)


def _audit_head_session(s: Session) -> list[Any]:
    row = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc())).first()
    return [int(row[0]), str(row[1])] if row else [0, audit.GENESIS]


def _rekey(src: Path, src_key: bytes, dest: Path, dest_key: bytes) -> None:
    """Copy the database at ``src`` into a new file ``dest`` encrypted under ``dest_key``."""
    conn = _connect(src, src_key)
    try:
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), f"x'{dest_key.hex()}'"))
        conn.execute("BEGIN")  # one transaction: one sync at the end, not one per table
        try:
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE target")
    except sqlcipher.DatabaseError as exc:
        _raise_classified(exc)
    finally:
        conn.close()


def _raise_classified(exc: BaseException) -> NoReturn:
    """Raise the named failure for a driver error (damage said as the backup's), or the driver
    error itself if it is a bug."""
    found = classify(exc)
    if found is None:
        raise exc
    if type(found) is DatabaseDamaged:
        raise BackupDamaged(found.message) from exc
    raise found from exc


# ---- making a backup ---------------------------------------------------------------------
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
) -> BackupReport:
    """Write the open vault to ``dest`` as one verified, encrypted backup file."""
    started = time.perf_counter()
    dest = Path(dest)
    if ov.closed:
        raise VaultError("The vault is locked.")
    if not dest.parent.is_dir():
        raise BackupFolderMissing(f"The folder {dest.parent} does not exist or is not available.")
    check_output_path(dest, ov.vault.data_dir, backup=True)
    vault_key: bytes = ov._dek  # the backup needs the data key to seal it
    backup_key = secrets.token_bytes(32)
    backup_id = str(uuid.uuid4())
    made_at = _now_text()
    try:
        with _scratch(ov.vault.data_dir, ".export") as export:
            counts, revision, head, school = _export(ov, vault_key, export, backup_key)
            check_database(
                export,
                backup_key,
                expected_counts=counts,
                audit_key=audit.audit_key(vault_key),
                expected_head=head,
            )
            size, body_sha = _hash_file(export)
            header = _build_header(
                ov, backup_id, made_at, size, body_sha, backup_key, vault_key, passphrase,
                kdf or _backup_kdf(ov),
                {"vault_key": vault_key.hex(), "counts": counts, "schema": revision,
                 "audit": head, "school": school, "made_at": made_at,
                 "vault_id": ov.keys.vault_id},
            )  # fmt: skip
            total = _write_file(dest, header, export, body_sha)
    except OSError as exc:
        raise classify_os_error(exc) from exc
    except sqlcipher.DatabaseError as exc:
        _raise_classified(exc)
    return BackupReport(
        dest, counts, total, time.perf_counter() - started, backup_id=backup_id, made_at=made_at
    )


def _export(
    ov: OpenVault, vault_key: bytes, export: Path, backup_key: bytes
) -> tuple[dict[str, int], str, list[Any], str]:
    conn = open_raw(ov.vault.db_path, vault_key)
    conn.isolation_level = None
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(export), f"x'{backup_key.hex()}'"))
        try:
            # One read transaction: the counts and the copy see exactly the same rows.
            conn.execute("BEGIN")
            counts = table_counts(conn)
            revision = _revision(conn)
            head = _audit_head(conn)
            row = conn.execute("SELECT name FROM school ORDER BY id LIMIT 1").fetchone()
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    return counts, revision, head, str(row[0]) if row else ""


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
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


def _write_file(dest: Path, header: bytes, body: Path, body_sha: str) -> int:
    """Header + body into a temporary file beside ``dest``; read back; fsync; rename."""

    def fill(out: BinaryIO) -> None:
        out.write(header)
        with open(body, "rb") as src:
            while chunk := src.read(_CHUNK):
                out.write(chunk)

    def read_back(written: Path) -> None:
        if read_header(written).body_sha256 != body_sha:  # the header checksum and body hash
            raise BackupDamaged("The backup did not read back as it was written.")

    atomic_write_with(dest, fill, check=read_back)
    return dest.stat().st_size


# ---- verifying and restoring -------------------------------------------------------------
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
            f"There is already a vault in {data_dir}.",
            "Restore into an empty folder, or choose to replace the current vault.",
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


__all__ = [
    "SUFFIX",
    "BackupCheck",
    "BackupDamaged",
    "BackupFolderMissing",
    "BackupReport",
    "PendingRestore",
    "RestorePending",
    "RestoreReport",
    "check_database",
    "confirm_restore",
    "make_backup",
    "open_backup",
    "pending_restore",
    "read_header",
    "restore",
    "table_counts",
    "undo_restore",
    "verify_backup",
]

"""The backup file: its header, errors and results, opening it with a key, and checking a copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import struct
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

from db import audit, schema
from db.engine import classify, key_pragma
from db.errors import BackupDamaged as BackupDamaged
from db.errors import BackupFolderMissing as BackupFolderMissing
from db.errors import DatabaseDamaged, KeySlotsDamaged, WrongPassphrase
from db.errors import RestorePending as RestorePending
from db.fsutil import classify_os_error
from db.keyslots import KdfParams, KeyFile, derive_kek, normalise_recovery_code, unb64
from db.keyslots import _b64 as _b64
from db.keyslots import _canonical as _canonical
from db.models import AuditEvent
from db.vault import DB_FILE, HEAD_FILE, KEYS_FILE

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


# ---- results -----------------------------------------------------------------------------
class _Counted:
    """A result with a count of records per table."""

    counts: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BackupReport(_Counted):
    """What a finished (and verified) backup holds."""

    path: Path
    counts: dict[str, int]
    size: int
    seconds: float
    backup_id: str = ""
    made_at: str = ""


@dataclass(frozen=True)
class BackupCheck(_Counted):
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
def _unb64(text: Any) -> bytes:
    """A base64 field of the header (the key file's decoding, said as the backup's damage)."""
    if not isinstance(text, str):
        raise BackupDamaged("The backup's header has a field of the wrong type.")
    try:
        return unb64(text, max_bytes=len(text))
    except KeySlotsDamaged as exc:
        raise BackupDamaged("The backup's header has a damaged field.") from exc


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
        raise BackupFolderMissing("The backup file {path} was not found.", path=path) from exc
    except IsADirectoryError as exc:
        raise BackupDamaged("{path} is a folder, not a backup file.", path=path) from exc
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
            "This backup was made by another version of DSL Desktop (format {version}).",
            "Install the latest version of DSL Desktop to restore it.",
            version=version,
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
        raise BackupDamaged(
            "The key slots inside the backup are damaged: {message}", message=exc.message
        ) from exc


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
            raise BackupDamaged(
                "{count} encrypted page(s) inside the backup are damaged.", count=len(bad)
            )
        if expected_counts is not None and counts != expected_counts:
            raise BackupDamaged("The backup does not hold the number of records it should.")
        if revision not in schema.KNOWN:
            raise DatabaseDamaged(
                "The backup was made by a newer version of DSL Desktop (schema {schema}).",
                "Install the latest version of DSL Desktop to restore it.",
                schema=revision or "?",
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


@contextmanager
def one_transaction(conn: Any) -> Iterator[None]:
    """A transaction on a raw connection (autocommit mode): committed if the block finishes,
    rolled back (quietly, if even that fails) if it raises."""
    conn.execute("BEGIN")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        with suppress(sqlcipher.Error):
            conn.execute("ROLLBACK")
        raise


def _rekey(src: Path, src_key: bytes, dest: Path, dest_key: bytes) -> None:
    """Copy the database at ``src`` into a new file ``dest`` encrypted under ``dest_key``."""
    conn = _connect(src, src_key)
    try:
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), f"x'{dest_key.hex()}'"))
        with one_transaction(conn):  # one sync at the end, not one per table
            conn.execute("SELECT sqlcipher_export('target')")
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

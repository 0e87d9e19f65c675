"""The SQLCipher engine: every connection is keyed with the raw data key before anything else."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, pool

from db import fsutil
from db.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    Interrupted,
    ReadOnlyStore,
    StorageFailed,
    VaultError,
)

BUSY_TIMEOUT_MS = 5000
CACHE_PAGES = -32000  # 32 MB page cache (negative = KiB)


def key_pragma(dek: bytes) -> str:
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{dek.hex()}'\""


#: SQLite's primary result codes (the low byte of an extended code) that are the environment's
#: failures, with the named error each becomes. Every other code — no such column, a syntax
#: error, a constraint the code should have kept, misuse — is a bug and is not translated.
_PERM, _BUSY, _LOCKED, _READONLY, _INTERRUPT, _IOERR, _CORRUPT, _FULL, _CANTOPEN = (
    3, 5, 6, 8, 9, 10, 11, 13, 14
)  # fmt: skip
_PROTOCOL, _NOTADB = 15, 26
_KNOWN: dict[int, Callable[[], VaultError]] = {
    _BUSY: lambda: DatabaseLocked("The vault is in use by another program."),
    _LOCKED: lambda: DatabaseLocked("The vault is in use by another program."),
    _PROTOCOL: lambda: DatabaseLocked("The vault is in use by another program."),
    _PERM: lambda: ReadOnlyStore("DSL Desktop is not allowed to open the vault's files."),
    _READONLY: lambda: ReadOnlyStore("The vault's files cannot be written."),
    _CANTOPEN: lambda: ReadOnlyStore("The vault's files cannot be opened."),
    _FULL: lambda: DiskFull("The disk is full, so the change could not be saved."),
    _IOERR: lambda: StorageFailed(
        "The vault's files could not be read or written: the disk is full or failing."
    ),
    _CORRUPT: lambda: DatabaseDamaged("The database file is damaged."),
    _NOTADB: lambda: DatabaseDamaged("The database file is damaged or is not a DSL Desktop vault."),
    _INTERRUPT: lambda: Interrupted("The work was stopped before it finished."),
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (or of the one SQLAlchemy wraps)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify(exc: BaseException) -> VaultError | None:
    """The environment's failure that a SQLite/SQLCipher error reports, or None for a bug.

    Decided by SQLite's error code, never by the message: a locked, full, read-only, damaged or
    failing store is named with advice; everything else (a missing column, a syntax error, a
    constraint the code should have prevented, a closed connection) is a programming error.
    """
    code = sqlite_code(exc)
    make = _KNOWN.get(code) if code is not None else None
    return make() if make is not None else None


def raise_classified(exc: BaseException) -> NoReturn:
    """Raise the named failure for a driver error, or the driver error itself if it is a bug."""
    known = classify(exc)
    if known is None:
        raise exc
    raise known from exc


def open_raw(path: Path, dek: bytes, *, check: bool = True) -> Any:
    """Open one keyed DB-API connection to ``path``.

    The key is the first statement on the connection; a fast read then proves it (with a key
    that the slot's AES-GCM tag has already proven right, a failure here means damage).
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(key_pragma(dek))
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Damage is reported through our own errors; SQLCipher's stderr lines would only
        # clutter the command line's one-line messages.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = {CACHE_PAGES}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise_classified(exc)
    return conn


def make_engine(path: Path, dek: bytes) -> Engine:
    creator: Callable[[], Any] = lambda: open_raw(path, dek)  # noqa: E731
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=pool.QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # record content must never reach an error message or log
    )

    # pysqlite's own transaction handling defers BEGIN; issue it ourselves so that
    # SAVEPOINT and the SERIALIZABLE behaviour SQLAlchemy expects both work.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    if fsutil.FAULT_ENV in os.environ or fsutil.FAULT_LOG_ENV in os.environ:
        # tests/faults: each COMMIT is a point at which to crash, as each fsync and rename is
        event.listen(engine, "commit", lambda _conn: fsutil.fault_point("commit"))
    return engine


def cipher_version(engine: Engine) -> str:
    with engine.connect() as conn:
        row = conn.exec_driver_sql("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""

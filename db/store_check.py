"""What ``OpenVault.verify`` checks: the database pages, encryption, key slots and audit trail."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from db import audit, schema
from db.errors import KeySlotsDamaged
from db.install import KEYS_FILE
from db.keyslots import KeyFile
from db.models import User
from db.signed_in import VerifyReport


class VaultFiles(Protocol):
    """Where a vault's files are (``db.vault.Vault`` is one)."""

    @property
    def db_path(self) -> Path: ...

    @property
    def keys_path(self) -> Path: ...

    @property
    def head_path(self) -> Path: ...


def check_store(
    engine: Engine,
    files: VaultFiles,
    reading: Callable[[], AbstractContextManager[Session]],
    audit_key: bytes,
    problems: list[str],
    facts: dict[str, Any],
) -> VerifyReport:
    with engine.connect() as conn:
        facts["cipher_version"] = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())
        if not facts["cipher_version"].startswith("4"):
            problems.append(f"unexpected SQLCipher version {facts['cipher_version']}")
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.append("database integrity check failed: " + "; ".join(map(str, rows[:5])))
        bad_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            problems.append(f"{len(bad_pages)} encrypted page(s) failed their check")
        facts["journal_mode"] = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
        facts["schema"] = schema.current_revision(conn)
    with files.db_path.open("rb") as fh:
        if fh.read(16) == b"SQLite format 3\x00":
            problems.append("the database file is not encrypted")
    with reading() as s:
        chain = audit.verify(s, audit_key, files.head_path)
        active = set(s.scalars(select(User.account).where(User.active)))
    try:
        on_disk = KeyFile.load(files.keys_path)
    except FileNotFoundError:
        problems.append(f"key file: {KEYS_FILE} is missing")
    except KeySlotsDamaged as exc:
        problems.append(f"key file: {exc.message}")
    else:
        problems.extend(f"key file: {p}" for p in on_disk.problems(active))
        slot_keys = {
            s.account: s.signing_public
            for s in on_disk.slots
            if s.kind == "passphrase" and s.account
        }
        with reading() as s:
            problems.extend(f"audit trail: {p}" for p in audit.signing_key_problems(s, slot_keys))
    facts["audit_events"] = chain.events
    problems.extend(f"audit trail: {p}" for p in chain.problems)
    return VerifyReport(ok=not problems, problems=problems, facts=facts)

"""Each way a vault can fail to open gets its own named error, and none of them changes the files.

Every case compares the SHA-256 of ``vault.db`` and ``vault.keys`` before and after the attempt.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.engine import open_raw
from db.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    KeySlotsDamaged,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)
from db.keyslots import KdfParams
from db.models import Base
from db.vault import Vault

FAST = KdfParams(19456, 2, 1)
NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"
PAGE = 4096


@dataclass
class Closed:
    folder: Path
    dek: bytes
    recovery_code: str

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    @property
    def keys(self) -> Path:
        return self.folder / "vault.keys"

    def digest(self) -> dict[str, str | None]:
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
            for p in (self.db, self.keys)
        }


def _make(folder: Path) -> Closed:
    ov, code = Vault(folder).create(
        school_name="Brook Lane", sign_in_name=NAME, display_name="Anna", passphrase=PASS, kdf=FAST
    )
    dek = ov._dek
    ov.close()
    assert not (folder / "vault.db-wal").exists(), "closing checkpoints the WAL"
    return Closed(folder, dek, code)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Closed:
    return _make(tmp_path_factory.mktemp("template") / "v")


@pytest.fixture
def closed(template: Closed, tmp_path: Path) -> Closed:
    """A fresh copy of a closed vault (creating one per test would cost a KDF run each)."""
    folder = tmp_path / "v"
    shutil.copytree(template.folder, folder)
    return Closed(folder, template.dek, template.recovery_code)


def expect_unchanged(c: Closed, error: type[VaultError], attempt: Callable[[], Any]) -> VaultError:
    before = c.digest()
    with pytest.raises(error) as info:
        attempt()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert c.digest() == before, "the failed attempt changed the vault's files"
    assert info.value.message and info.value.advice, "a plain message and a way forward"
    assert not list(c.folder.glob("*.bak")), "no pre-upgrade copy for a vault that was not opened"
    return info.value


def _edit_keys(c: Closed, edit: Callable[[dict[str, Any]], None], *, fix_checksum: bool) -> None:
    doc = json.loads(c.keys.read_text("utf-8"))
    edit(doc)
    if fix_checksum:
        body = {k: v for k, v in doc.items() if k != "checksum"}
        canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        doc["checksum"] = hashlib.sha256(canon.encode()).hexdigest()
    c.keys.write_text(json.dumps(doc, indent=1, sort_keys=True), "utf-8")


def _slot(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in doc["slots"] if s["type"] == kind)


# ---- the key slots ---------------------------------------------------------------------------
def test_wrong_passphrase(closed: Closed) -> None:
    expect_unchanged(closed, WrongPassphrase, lambda: Vault(closed.folder).unlock(NAME, PASS + "x"))
    expect_unchanged(closed, WrongPassphrase, lambda: Vault(closed.folder).unlock("nobody", PASS))
    expect_unchanged(closed, WrongPassphrase, lambda: Vault(closed.folder).unlock_any("wrong one"))


def test_wrong_recovery_code(closed: Closed) -> None:
    bad = "AAAA-" + closed.recovery_code[5:]
    if bad == closed.recovery_code:
        bad = "BBBB-" + closed.recovery_code[5:]
    expect_unchanged(
        closed, WrongPassphrase, lambda: Vault(closed.folder).unlock_with_recovery(bad)
    )


def test_slot_header_edited_by_hand_is_damage(closed: Closed) -> None:
    """Changing the KDF ``t`` in the JSON (leaving the checksum) is reported as damage."""
    _edit_keys(closed, lambda d: _slot(d, "passphrase")["kdf"].update(t=3), fix_checksum=False)
    expect_unchanged(closed, KeySlotsDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: _slot(d, "passphrase")["kdf"].update(m=65536),
        lambda d: _slot(d, "passphrase").update(name="0" * 64),
        lambda d: d.update(vault_id="00000000-0000-0000-0000-000000000000"),
        lambda d: d["slots"].pop(),
    ],
    ids=["memory", "name-hash", "vault-id", "slot-removed"],
)
def test_any_hand_edit_of_the_key_file_is_damage(closed: Closed, edit: Any) -> None:
    _edit_keys(closed, edit, fix_checksum=False)
    expect_unchanged(closed, KeySlotsDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


def test_slot_parameters_are_bound_to_the_wrapped_key(closed: Closed) -> None:
    """Even with the checksum recomputed, changed parameters fail the AES-GCM unwrap."""
    _edit_keys(closed, lambda d: _slot(d, "passphrase")["kdf"].update(t=3), fix_checksum=True)
    expect_unchanged(closed, WrongPassphrase, lambda: Vault(closed.folder).unlock(NAME, PASS))


@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
def test_slot_weakened_below_the_floor_is_tampering(closed: Closed, kind: str) -> None:
    _edit_keys(closed, lambda d: _slot(d, kind)["kdf"].update(t=1), fix_checksum=True)
    v = Vault(closed.folder)
    if kind == "passphrase":
        expect_unchanged(closed, KeySlotsDamaged, lambda: v.unlock(NAME, PASS))
        expect_unchanged(closed, KeySlotsDamaged, lambda: v.unlock_any(PASS))
    else:
        expect_unchanged(
            closed, KeySlotsDamaged, lambda: v.unlock_with_recovery(closed.recovery_code)
        )


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff garbage", b"[]", b'{"format": "something else"}', b'{"a": 1'],
    ids=["empty", "binary", "list", "other-format", "truncated-json"],
)
def test_unreadable_key_file(closed: Closed, content: bytes) -> None:
    closed.keys.write_bytes(content)
    expect_unchanged(closed, KeySlotsDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


def test_wrapped_key_bytes_changed(closed: Closed) -> None:
    def flip(d: dict[str, Any]) -> None:
        s = _slot(d, "passphrase")
        raw = bytearray(base64.b64decode(s["wrapped"]))
        raw[0] ^= 1
        s["wrapped"] = base64.b64encode(bytes(raw)).decode()

    _edit_keys(closed, flip, fix_checksum=False)
    expect_unchanged(closed, KeySlotsDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


# ---- missing files ---------------------------------------------------------------------------
def test_missing_database(closed: Closed) -> None:
    closed.db.unlink()
    err = expect_unchanged(closed, VaultMissing, lambda: Vault(closed.folder).unlock(NAME, PASS))
    assert "vault.db" in err.message


def test_missing_key_file(closed: Closed) -> None:
    closed.keys.unlink()
    err = expect_unchanged(closed, VaultMissing, lambda: Vault(closed.folder).unlock(NAME, PASS))
    assert "vault.keys" in err.message


def test_missing_everything(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault(tmp_path / "nothing").unlock(NAME, PASS)
    with pytest.raises(VaultMissing):
        Vault(tmp_path / "nothing").unlock_with_recovery("AAAA")
    assert not (tmp_path / "nothing").exists()


# ---- the database ----------------------------------------------------------------------------
def _overwrite(path: Path, offset: int, length: int = 64) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xa5" * length)


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as fh:
        fh.truncate(size)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: _overwrite(p, 0, 16),  # the salt at the start of the file
        lambda p: _overwrite(p, 1000),  # inside page 1 (the schema)
        lambda p: _truncate(p, p.stat().st_size // 2),
        lambda p: _truncate(p, PAGE),
        lambda p: _truncate(p, 100),
        lambda p: _truncate(p, 0),  # an empty file must never become a new, empty vault
        lambda p: p.write_bytes(b"\0" * 4 * PAGE),
    ],
    ids=["salt", "page1", "half", "one-page", "100-bytes", "empty", "zeros"],
)
def test_damaged_database(closed: Closed, damage: Callable[[Path], None]) -> None:
    damage(closed.db)
    expect_unchanged(closed, DatabaseDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))
    expect_unchanged(
        closed,
        DatabaseDamaged,
        lambda: Vault(closed.folder).unlock_with_recovery(closed.recovery_code),
    )


def test_database_replaced_by_an_empty_encrypted_one(closed: Closed) -> None:
    """A keyed database with no tables is refused; it is not silently migrated into a new vault."""
    closed.db.unlink()
    conn = open_raw(closed.db, closed.dek)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    expect_unchanged(closed, DatabaseDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


def _root_page(c: Closed, name: str) -> int:
    conn = open_raw(c.db, c.dek)
    try:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )
    finally:
        conn.close()


def _unread_page(c: Closed) -> int:
    """A page in the middle of the file that unlocking never reads: an index on concerns."""
    conn = open_raw(c.db, c.dek)
    try:
        rows = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'concern'"
        ).fetchall()
    finally:
        conn.close()
    pages = sorted(int(r[0]) for r in rows)
    return pages[len(pages) // 2]


def _read_everything(ov: Any) -> None:
    with ov.reading() as s:
        assert isinstance(s, Session)
        for mapper in Base.registry.mappers:
            s.scalars(select(mapper.class_)).all()
        for table in inspect(ov.engine).get_table_names():
            s.connection().exec_driver_sql(f'SELECT * FROM "{table}"').fetchall()


def test_damage_anywhere_is_never_silent(closed: Closed) -> None:
    """Overwrite bytes inside each page in turn. Unlocking either refuses with DatabaseDamaged
    (changing nothing), or opens and then ``verify`` reports the damage — and reading the damaged
    records gives DatabaseDamaged, never a raw driver error."""
    pristine = closed.db.read_bytes()
    pages = len(pristine) // PAGE
    refused = opened = 0
    for page in range(1, pages + 1):
        closed.db.write_bytes(pristine)
        for extra in ("vault.db-wal", "vault.db-shm", "audit.head"):
            (closed.folder / extra).unlink(missing_ok=True)
        _overwrite(closed.db, (page - 1) * PAGE + PAGE // 2)
        before = closed.digest()
        try:
            ov = Vault(closed.folder).unlock(NAME, PASS)
        except DatabaseDamaged:
            assert closed.digest() == before, f"page {page}: the refused unlock changed the files"
            refused += 1
            continue
        except Exception as exc:  # pragma: no cover - the failure message says it all
            pytest.fail(f"page {page}: {type(exc).__name__}: {exc}")
        opened += 1
        try:
            report = ov.verify()
            assert not report.ok, f"page {page}: verify did not notice the damage"
            assert any(
                "page" in p or "integrity" in p or "could not be read" in p for p in report.problems
            )
            with contextlib.suppress(DatabaseDamaged):
                _read_everything(ov)
        finally:
            ov.close()
    assert refused and opened, (refused, opened)


def test_header_pages_damage_is_refused_at_unlock(closed: Closed) -> None:
    for page in (1, _root_page(closed, "alembic_version"), _root_page(closed, "app_user")):
        pristine = closed.db.read_bytes()
        _overwrite(closed.db, (page - 1) * PAGE + PAGE // 2)
        expect_unchanged(closed, DatabaseDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))
        closed.db.write_bytes(pristine)


@pytest.mark.xfail(
    reason="unlock does not read every page (a full cipher_integrity_check costs ~5 ms per MB); "
    "damage in a page unlock never reads is found by verify() or when the page is read",
    strict=True,
)
def test_damage_in_a_page_unlock_never_reads_is_refused_at_unlock(closed: Closed) -> None:
    _overwrite(closed.db, (_unread_page(closed) - 1) * PAGE + PAGE // 2)
    expect_unchanged(closed, DatabaseDamaged, lambda: Vault(closed.folder).unlock(NAME, PASS))


def test_database_from_a_newer_version(closed: Closed) -> None:
    conn = open_raw(closed.db, closed.dek)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert not (closed.folder / "vault.db-wal").exists()
    err = expect_unchanged(closed, DatabaseTooNew, lambda: Vault(closed.folder).unlock(NAME, PASS))
    assert "9999" in err.message
    expect_unchanged(
        closed,
        DatabaseTooNew,
        lambda: Vault(closed.folder).unlock_with_recovery(closed.recovery_code),
    )


def test_failed_unlock_leaves_no_connection_open(
    closed: Closed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A removed account's slot that still unwraps: the engine is disposed, not left holding the key."""
    from db import vault as vault_module

    disposed: list[object] = []
    real_close = vault_module.OpenVault.close

    def spy(self: Any, reason: str = "sign_out") -> None:
        disposed.append(self)
        real_close(self, reason)

    monkeypatch.setattr(vault_module.OpenVault, "close", spy)
    conn = open_raw(closed.db, closed.dek)
    conn.execute("UPDATE app_user SET active = 0")
    conn.commit()
    conn.close()
    with pytest.raises(WrongPassphrase):
        Vault(closed.folder).unlock(NAME, PASS)
    assert len(disposed) == 1 and disposed[0].closed and disposed[0]._dek == b""  # type: ignore[attr-defined]

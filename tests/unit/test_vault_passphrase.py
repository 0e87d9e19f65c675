"""Passphrase change rewrites one key slot and leaves the database alone; recovery codes work."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from db.errors import NotFound, PermissionDenied, WrongPassphrase
from db.keyslots import KdfParams, KeyFile
from db.models import AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from dsl_desktop.services.people import InvalidInput

FAST = KdfParams(19456, 2, 1)
NAME = "Anna Khan"
OLD = "heron lantern copper 42 meadow"
NEW = "kestrel harbour violet 7 pebble"
NEWER = "otter quartz saffron 19 bridge"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def db_state(vault: Vault) -> tuple[str | None, str | None]:
    return sha(vault.db_path), sha(vault.db_path.with_name("vault.db-wal"))


def checkpoint(ov: OpenVault) -> None:
    with ov.engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0


def actions(ov: OpenVault) -> list[str]:
    with ov.reading() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_change_passphrase_does_not_touch_the_database(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=OLD)
    checkpoint(ov)
    before = db_state(vault)
    keys_before = sha(vault.keys_path)

    ov.change_passphrase(OLD, NEW, FAST)
    assert db_state(vault) == before, "vault.db and its WAL are byte-for-byte unchanged"
    assert sha(vault.keys_path) != keys_before

    assert ov.user is not None
    ov.set_passphrase(ov.user.account, NAME, NEWER, FAST)
    assert db_state(vault) == before
    ov.close()

    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(NAME, OLD)
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(NAME, NEW)
    again = Vault(vault.data_dir).unlock(NAME, NEWER)
    assert again.user is not None and again.user.sign_in_name == NAME
    again.close()


def test_change_passphrase_keeps_the_data_key(new_vault: NewVault) -> None:
    """The database is not re-encrypted: the same data key opens it after the change."""
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=OLD)
    keys = KeyFile.load(vault.keys_path)
    _, dek_before = keys.unwrap_passphrase(NAME, OLD)
    ov.change_passphrase(OLD, NEW, FAST)
    _, dek_after = KeyFile.load(vault.keys_path).unwrap_passphrase(NAME, NEW)
    assert dek_before == dek_after
    assert KeyFile.load(vault.keys_path).unwrap_recovery(code) == dek_before


def test_change_needs_the_old_passphrase(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=OLD)
    keys_before = sha(vault.keys_path)
    with pytest.raises(WrongPassphrase):
        ov.change_passphrase("not the old one at all", NEW, FAST)
    with pytest.raises(WrongPassphrase):
        accounts.change_passphrase(ov, "not the old one at all", NEW, kdf=FAST)
    assert sha(vault.keys_path) == keys_before


def test_service_change_passphrase(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=OLD)
    keys_before = sha(vault.keys_path)
    with pytest.raises(InvalidInput):
        accounts.change_passphrase(ov, OLD, "short", kdf=FAST)  # too weak
    assert sha(vault.keys_path) == keys_before

    accounts.change_passphrase(ov, OLD, NEW, kdf=FAST)
    assert actions(ov)[-1] == "passphrase.changed"
    assert ov.verify().ok
    ov.close()

    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(NAME, OLD)
    again = Vault(vault.data_dir).unlock(NAME, NEW)
    assert again.verify().ok
    again.close()


@pytest.mark.parametrize(
    "typed",
    [
        lambda c: c,
        lambda c: c.lower(),
        lambda c: c.replace("-", " "),
        lambda c: c.lower().replace("-", " "),
        lambda c: " " + c.replace("-", "").lower() + " ",
    ],
    ids=["as-shown", "lower", "spaces", "lower-spaces", "run-together"],
)
def test_recovery_code_unlock_and_reset(
    new_vault: NewVault, typed: Callable[[str], str], closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=OLD)
    ov.close()

    rec = closing(Vault(vault.data_dir).unlock_with_recovery(typed(code)))
    assert rec.user is None, "nobody is signed in until a new passphrase is set"
    with pytest.raises(PermissionDenied):
        accounts.add_account(
            rec, sign_in_name="x", display_name="x", role=Role.REVIEWER, passphrase=NEW, kdf=FAST
        )
    with pytest.raises(NotFound):
        accounts.reset_passphrase_after_recovery(rec, "No Such Person", NEW, kdf=FAST)
    with pytest.raises(InvalidInput):
        accounts.reset_passphrase_after_recovery(rec, NAME, "weak", kdf=FAST)

    signed = accounts.reset_passphrase_after_recovery(rec, NAME, NEW, kdf=FAST)
    assert signed.role == Role.DSL and rec.user == signed
    assert actions(rec)[-2:] == ["sign_in", "passphrase.reset"]
    assert accounts.school_details(rec).name  # the records are all there
    assert rec.verify().ok
    rec.close()

    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(NAME, OLD)
    again = closing(Vault(vault.data_dir).unlock(NAME, NEW))
    assert again.user is not None and again.user.role == Role.DSL


def test_wrong_recovery_code(new_vault: NewVault) -> None:
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=OLD)
    ov.close()
    wrong = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock_with_recovery(wrong)


def test_new_recovery_code_replaces_the_old(new_vault: NewVault) -> None:
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=OLD)
    checkpoint(ov)
    before = db_state(vault)
    fresh = ov.new_recovery_code(FAST)
    assert fresh != code
    assert db_state(vault) == before
    ov.close()
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock_with_recovery(code)
    Vault(vault.data_dir).unlock_with_recovery(fresh).close()


def test_two_open_windows_do_not_undo_each_others_key_changes(
    new_vault: NewVault, closing: Callable[[OpenVault], OpenVault]
) -> None:
    """Each window re-reads vault.keys before changing it, so no slot change is lost."""
    vault, anna, _ = new_vault(sign_in_name=NAME, passphrase=OLD)
    accounts.add_account(
        anna, sign_in_name="Ben Ortiz", display_name="Ben", role=Role.DSL, passphrase=NEW, kdf=FAST
    )
    ben = closing(Vault(vault.data_dir).unlock("Ben Ortiz", NEW))  # a second window
    accounts.change_passphrase(ben, NEW, NEWER, kdf=FAST)  # Ben changes his passphrase
    fresh_code = anna.new_recovery_code(FAST)  # then Anna's window rewrites the key file
    ben.close()
    anna.close()

    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock("Ben Ortiz", NEW)
    closing(Vault(vault.data_dir).unlock("Ben Ortiz", NEWER))
    closing(Vault(vault.data_dir).unlock_with_recovery(fresh_code))

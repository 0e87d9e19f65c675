"""Key rotation: removing an account (or asking) replaces the data key. A removed account's old
passphrase, even with an old copy of vault.keys, no longer opens the live vault; everyone else
still signs in; old backups keep opening with the passphrases of their time. Each account signs
its own audit events. Real SQLCipher files throughout."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from db import backup as backups
from db.errors import VaultError, WrongPassphrase
from db.keyslots import KdfParams, KeyFile
from db.models import AuditEvent
from db.vault import DB_FILE, KEYS_FILE, KEYS_NEXT_FILE, OpenVault, Vault, _opens
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts

FAST = KdfParams(19456, 2, 1)
NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"
DEPUTY, DEPUTY_PASS = "Gwŷn O'Neill", "granite willow saffron 3"
OTHER, OTHER_PASS = "Zoë Siân", "copper meadow fortytwo lantern"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def _two_more(ov: OpenVault) -> tuple[accounts.Account, accounts.Account]:
    deputy = accounts.add_account(
        ov, sign_in_name=DEPUTY, display_name=DEPUTY, role=Role.DEPUTY, passphrase=DEPUTY_PASS,
        kdf=FAST,
    )  # fmt: skip
    other = accounts.add_account(
        ov, sign_in_name=OTHER, display_name=OTHER, role=Role.REVIEWER, passphrase=OTHER_PASS,
        kdf=FAST,
    )  # fmt: skip
    return deputy, other


def test_a_removed_accounts_old_passphrase_and_old_key_file_do_not_open_the_live_vault(
    new_vault: NewVault, tmp_path: Path
) -> None:
    vault, ov, code = new_vault(sign_in_name=NAME, passphrase=PASS)
    deputy, _other = _two_more(ov)
    # Each account signs in once (its slot secret is made at its set-up already).
    Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASS).close()
    old_keys = tmp_path / "old-vault.keys"
    shutil.copy2(vault.keys_path, old_keys)
    old_dek = KeyFile.load(old_keys).unwrap_passphrase(DEPUTY, DEPUTY_PASS)[1]
    assert _opens(vault.db_path, old_dek)

    result = accounts.remove_account(ov, deputy.user_id)
    assert result.rotated and result.recovery_code is None

    # The deputy's old slot still gives the old key, and the old key opens nothing live.
    assert KeyFile.load(old_keys).unwrap_passphrase(DEPUTY, DEPUTY_PASS)[1] == old_dek
    assert not _opens(vault.db_path, old_dek)
    ov.close()
    # Put the old key file back in the folder: the removed passphrase still does not open it.
    current = vault.keys_path.read_bytes()
    shutil.copy2(old_keys, vault.keys_path)
    with pytest.raises(VaultError):
        Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASS)
    vault.keys_path.write_bytes(current)
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASS)

    # Everyone else, and the recovery code, still open the vault, and it verifies.
    for name, passphrase in ((NAME, PASS), (OTHER, OTHER_PASS)):
        opened = Vault(vault.data_dir).unlock(name, passphrase)
        try:
            report = opened.verify()
            assert report.ok, report.problems
        finally:
            opened.close()
    Vault(vault.data_dir).unlock_with_recovery(code).close()


def test_rotation_on_request_keeps_the_device_slot_and_the_audit_trail(
    new_vault: NewVault, memory_keyring: object
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS, keyring_backend=memory_keyring)
    ov.remember_device()
    events_before = ov.verify().facts["audit_events"]
    before = vault.keys_path.read_bytes()
    assert accounts.rotate_key(ov).rotated
    assert vault.keys_path.read_bytes() != before
    report = ov.verify()
    assert report.ok, report.problems
    assert report.facts["audit_events"] > events_before
    ov.close()
    remembered = Vault(vault.data_dir, keyring_backend=memory_keyring).unlock_with_device(
        ov.keys.device_accounts()[0]
    )
    try:
        assert remembered.verify().ok
        with remembered.reading() as s:
            rotated = s.scalars(select(AuditEvent).where(AuditEvent.action == "key.rotated"))
            assert [e.details["reason"] for e in rotated] == ["requested"]
    finally:
        remembered.close()


def test_old_backups_open_with_the_passphrases_of_their_time(
    new_vault: NewVault, tmp_path: Path
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    deputy, _other = _two_more(ov)
    old = backups.make_backup(ov, tmp_path / "before.dslbackup").path
    accounts.remove_account(ov, deputy.user_id)
    new = backups.make_backup(ov, tmp_path / "after.dslbackup").path
    # The removed account's passphrase opens the backup of its time, not a later one.
    assert backups.verify_backup(old, DEPUTY_PASS).rows > 0
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(new, DEPUTY_PASS)
    assert backups.verify_backup(new, PASS).rows > 0
    # From inside the vault, both check without a passphrase (the older through the key the
    # vault had then, kept inside the database).
    from dsl_desktop.services import records

    assert records.verify_backup(old, None, ov).rows > 0
    assert records.verify_backup(new, None, ov).rows > 0
    ov.close()
    # Restoring the old backup over the live vault puts the slots of its time back with it.
    backups.restore(old, PASS, vault.data_dir, replace_current=True)
    restored = Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASS)
    try:
        assert restored.verify().ok
    finally:
        restored.close()


def test_a_crash_between_rekey_and_moving_the_key_file_is_finished_at_the_next_unlock(
    new_vault: NewVault, tmp_path: Path
) -> None:
    """Simulate the crash: keep the key file as it was before, with the new one still beside
    it as vault.keys.next, while the database already has the new key."""
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    before = vault.keys_path.read_bytes()
    accounts.rotate_key(ov)
    ov.close()
    after = vault.keys_path.read_bytes()
    (vault.data_dir / KEYS_NEXT_FILE).write_bytes(after)
    vault.keys_path.write_bytes(before)
    opened = Vault(vault.data_dir).unlock(NAME, PASS)
    try:
        assert opened.verify().ok
    finally:
        opened.close()
    assert vault.keys_path.read_bytes() == after
    assert not (vault.data_dir / KEYS_NEXT_FILE).exists()


def test_a_crash_before_the_rekey_leaves_the_old_key_in_force(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    ov.close()
    # A next file whose key the database never got (the crash came before PRAGMA rekey).
    other = Vault(vault.data_dir.parent / "other")
    ov2, _ = other.create(school_name="X", sign_in_name=NAME, display_name=NAME, passphrase=PASS,
                          kdf=FAST)  # fmt: skip
    ov2.close()
    stray = KeyFile.load(other.keys_path)
    stray.vault_id = KeyFile.load(vault.keys_path).vault_id
    stray.save(vault.data_dir / KEYS_NEXT_FILE)
    opened = Vault(vault.data_dir).unlock(NAME, PASS)
    opened.close()
    assert not (vault.data_dir / KEYS_NEXT_FILE).exists()
    assert (vault.data_dir / KEYS_FILE).exists() and (vault.data_dir / DB_FILE).exists()


def test_one_accounts_event_forged_with_another_accounts_key_is_found(
    new_vault: NewVault,
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    deputy, _other = _two_more(ov)
    ov.close()
    # The deputy signs in and writes an event; then, signed in as the deputy, writes an event
    # in the DSL's name: it carries the deputy's key, not the DSL's.
    dep = Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASS)
    try:
        with dep.unit() as s:
            dep.audit(s, "case.viewed", entity="concern", entity_id=1)
        assert dep.verify().ok
        assert dep.user is not None
        dsl_id = next(a.user_id for a in accounts.list_accounts(dep) if a.sign_in_name == NAME)
        real_user = dep.user
        from dataclasses import replace

        dep.user = replace(real_user, user_id=dsl_id)  # the forger claims to be the DSL
        with dep.unit() as s:
            dep.audit(s, "concern.deleted", entity="concern", entity_id=7)
        dep.user = real_user
        report = dep.verify()
        assert not report.ok
        assert any("signed with another account's key" in p for p in report.problems)
    finally:
        dep.close()


def test_an_unsigned_event_in_a_signing_accounts_name_is_found(new_vault: NewVault) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    signer = ov._signer
    ov._signer = None  # as if written by someone without the account's key
    with ov.unit() as s:
        ov.audit(s, "case.viewed", entity="concern", entity_id=2)
    ov._signer = signer
    report = ov.verify()
    assert any("is not signed" in p for p in report.problems), report.problems


def test_a_signing_key_swapped_in_the_database_is_found(new_vault: NewVault) -> None:
    from db.keyslots import SlotSecret
    from db.models import SigningKey

    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS)
    assert ov.verify().ok
    forged = SlotSecret.new()
    with ov.unit() as s:
        assert ov.user is not None
        s.add(SigningKey(user_id=ov.user.user_id, public_key=forged.signing_public,
                         created_at="2026-12-04T00:00:00Z"))  # fmt: skip
    report = ov.verify()
    assert any("not the one its key slot holds" in p for p in report.problems), report.problems

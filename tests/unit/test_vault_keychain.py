"""'Remember on this computer': a device slot whose key lives in the OS keychain."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordSetError

from db import keychain
from db.errors import KeychainUnavailable, WrongPassphrase
from db.keyslots import KeyFile
from db.vault import OpenVault, Vault

NAME = "Anna Khan"
PASS = "heron lantern copper 42 meadow"

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


def device_slots(vault: Vault) -> list[dict[str, Any]]:
    doc = json.loads(vault.keys_path.read_text("utf-8"))
    return [s for s in doc["slots"] if s["type"] == "device"]


def test_no_keychain_backend(new_vault: NewVault) -> None:
    backend = fail.Keyring()  # type: ignore[no-untyped-call]
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS, keyring_backend=backend)
    status = vault.keychain_status()
    assert status.available is False
    assert status.reason and "passphrase" in status.reason
    assert status.backend.startswith("fail.")

    keys_before = vault.keys_path.read_bytes()
    with pytest.raises(KeychainUnavailable) as info:
        ov.remember_device()
    assert info.value.message == status.reason and info.value.advice
    assert vault.keys_path.read_bytes() == keys_before, "no device slot was written"
    assert not ov.is_remembered()
    assert ov.user is not None
    account = ov.user.account
    ov.close()

    with pytest.raises(KeychainUnavailable):
        Vault(vault.data_dir, keyring_backend=backend).unlock_with_device(account)
    # Passphrase sign-in is unaffected.
    again = Vault(vault.data_dir, keyring_backend=backend).unlock(NAME, PASS)
    assert again.user is not None and again.user.account == account
    again.close()


def test_remember_unlock_and_forget(new_vault: NewVault, memory_keyring: Any) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS, keyring_backend=memory_keyring)
    status = vault.keychain_status()
    assert status.available is True and status.reason == ""
    assert ov.user is not None
    account = ov.user.account

    ov.remember_device()
    assert ov.is_remembered()
    entry = KeyFile.load(vault.keys_path).keychain_entry(account)
    assert list(memory_keyring.entries) == [(keychain.SERVICE, entry)]
    stored = memory_keyring.entries[(keychain.SERVICE, entry)]
    assert len(bytes.fromhex(stored)) == 32
    assert stored not in vault.keys_path.read_text(), "the device key is only in the keychain"
    assert [s["account"] for s in device_slots(vault)] == [account]
    ov.close()

    restarted = Vault(vault.data_dir, keyring_backend=memory_keyring)
    assert restarted.remembered_accounts() == [account]
    dev = restarted.unlock_with_device(account)
    assert dev.user is not None and dev.user.sign_in_name == NAME
    assert dev.is_remembered()

    dev.forget_device()
    assert memory_keyring.entries == {}, "forgetting removes the keychain entry"
    assert device_slots(vault) == [], "and the slot"
    assert not dev.is_remembered()
    dev.forget_device()  # forgetting twice is harmless
    dev.close()

    restarted = Vault(vault.data_dir, keyring_backend=memory_keyring)
    assert restarted.remembered_accounts() == []
    with pytest.raises(WrongPassphrase):
        restarted.unlock_with_device(account)
    restarted.unlock(NAME, PASS).close()


def test_keychain_key_without_its_slot_or_slot_without_its_key(
    new_vault: NewVault, memory_keyring: Any
) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS, keyring_backend=memory_keyring)
    assert ov.user is not None
    account = ov.user.account
    ov.remember_device()
    ov.close()

    # Someone else's key in the keychain entry: the unwrap fails cleanly.
    (entry,) = memory_keyring.entries
    memory_keyring.entries[entry] = "11" * 32
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir, keyring_backend=memory_keyring).unlock_with_device(account)
    memory_keyring.entries[entry] = "not hex"
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir, keyring_backend=memory_keyring).unlock_with_device(account)
    memory_keyring.entries.clear()
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir, keyring_backend=memory_keyring).unlock_with_device(account)


class RefusingKeyring:
    """A keychain that is there but refuses (locked, or the user pressed Deny)."""

    priority = 5

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("denied")

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


def test_a_refusing_keychain_gives_a_message_not_a_traceback(new_vault: NewVault) -> None:
    backend = RefusingKeyring()
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASS, keyring_backend=backend)
    assert vault.keychain_status().available
    keys_before = vault.keys_path.read_bytes()
    with pytest.raises(KeychainUnavailable):
        ov.remember_device()
    assert vault.keys_path.read_bytes() == keys_before
    assert ov.user is not None
    account = ov.user.account
    ov.close()
    with pytest.raises(KeychainUnavailable):
        Vault(vault.data_dir, keyring_backend=backend).unlock_with_device(account)


def test_the_memory_backend_is_never_picked_automatically(memory_keyring: Any) -> None:
    """keyring auto-detects from its registry of classes; the test backend is kept out of it."""
    from keyring.backend import KeyringBackend

    assert type(memory_keyring) not in KeyringBackend._classes

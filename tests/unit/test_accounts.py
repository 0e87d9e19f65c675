"""Accounts and roles: each account has its own passphrase slot; services enforce the roles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from db.errors import DomainError, NotFound, PermissionDenied, VaultError, WrongPassphrase
from db.keyslots import KdfParams, KeyFile
from db.models import AuditEvent
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from dsl_desktop.services.people import InvalidInput

FAST = KdfParams(19456, 2, 1)
DSL = ("Anna Khan", "heron lantern copper 42 meadow")
REVIEWER = ("Ben Ortiz", "kestrel harbour violet 7 pebble")
TRAINER = ("Cara Singh", "otter quartz saffron 19 bridge")
DSL2 = ("Dev Patel", "maple orbit canyon 88 thistle")

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


@pytest.fixture
def school(new_vault: NewVault) -> tuple[Vault, OpenVault]:
    vault, ov, _ = new_vault(sign_in_name=DSL[0], passphrase=DSL[1])
    accounts.add_account(
        ov, sign_in_name=REVIEWER[0], display_name="Ben (governor)", role=Role.REVIEWER,
        passphrase=REVIEWER[1], kdf=FAST,
    )  # fmt: skip
    accounts.add_account(
        ov, sign_in_name=TRAINER[0], display_name="Cara (SBM)", role=Role.TRAINING_ADMIN,
        passphrase=TRAINER[1], kdf=FAST,
    )  # fmt: skip
    return vault, ov


def _unlock(
    vault: Vault, who: tuple[str, str], closing: Callable[[OpenVault], OpenVault]
) -> OpenVault:
    return closing(Vault(vault.data_dir).unlock(*who))


def test_each_account_unlocks_with_its_own_passphrase(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov = school
    listed = {a.sign_in_name: a for a in accounts.list_accounts(ov)}
    assert {n: a.role for n, a in listed.items()} == {
        DSL[0]: Role.DSL, REVIEWER[0]: Role.REVIEWER, TRAINER[0]: Role.TRAINING_ADMIN,
    }  # fmt: skip
    assert all(a.active for a in listed.values())
    ov.close()

    for who, role in ((DSL, Role.DSL), (REVIEWER, Role.REVIEWER), (TRAINER, Role.TRAINING_ADMIN)):
        signed = _unlock(vault, who, closing)
        assert signed.user is not None
        assert signed.user.sign_in_name == who[0] and signed.user.role == role
    # One account's passphrase does not open another's slot.
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(REVIEWER[0], TRAINER[1])
    # Every slot wraps the same data key.
    keys = KeyFile.load(vault.keys_path)
    deks = {keys.unwrap_passphrase(*who)[1] for who in (DSL, REVIEWER, TRAINER)}
    assert len(deks) == 1


@pytest.mark.parametrize("who", [REVIEWER, TRAINER], ids=["reviewer", "training_admin"])
def test_non_dsl_accounts_cannot_manage_accounts_or_the_school(
    school: tuple[Vault, OpenVault], who: tuple[str, str], closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov = school
    ov.close()
    them = _unlock(vault, who, closing)
    keys_before = vault.keys_path.read_bytes()
    before = accounts.school_details(them)
    with pytest.raises(PermissionDenied):
        accounts.add_account(
            them, sign_in_name="Eve", display_name="Eve", role=Role.DSL,
            passphrase="a sneaky new account 123", kdf=FAST,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        accounts.update_school(them, accounts.SchoolDetails(name="Renamed School"))
    with pytest.raises(PermissionDenied):
        accounts.save_local_contacts(them, [])
    dsl_id = next(a.user_id for a in accounts.list_accounts(them) if a.role == Role.DSL)
    with pytest.raises(PermissionDenied):
        accounts.remove_account(them, dsl_id)
    assert vault.keys_path.read_bytes() == keys_before, "no slot was added or removed"
    assert accounts.school_details(them) == before
    assert {a.sign_in_name for a in accounts.list_accounts(them)} == {
        DSL[0],
        REVIEWER[0],
        TRAINER[0],
    }


def test_dsl_updates_the_school(school: tuple[Vault, OpenVault]) -> None:
    _, ov = school
    accounts.update_school(ov, accounts.SchoolDetails(name="  Brook Lane Academy ", urn="123456"))
    assert accounts.school_details(ov).name == "Brook Lane Academy"
    with pytest.raises(InvalidInput):
        accounts.update_school(ov, accounts.SchoolDetails(name="   "))


def test_add_account_checks(school: tuple[Vault, OpenVault]) -> None:
    vault, ov = school
    keys_before = vault.keys_path.read_bytes()
    with pytest.raises(InvalidInput):  # same sign-in name (spacing and case aside)
        accounts.add_account(
            ov, sign_in_name=" ben   ortiz ", display_name="x", role=Role.REVIEWER,
            passphrase="another decent passphrase 5", kdf=FAST,
        )  # fmt: skip
    with pytest.raises(InvalidInput):  # weak passphrase
        accounts.add_account(
            ov,
            sign_in_name="Fay",
            display_name="Fay",
            role=Role.REVIEWER,
            passphrase="short",
            kdf=FAST,
        )
    with pytest.raises(InvalidInput):  # no name
        accounts.add_account(
            ov, sign_in_name="   ", display_name="", role=Role.REVIEWER,
            passphrase="another decent passphrase 5", kdf=FAST,
        )  # fmt: skip
    assert vault.keys_path.read_bytes() == keys_before


def test_cannot_remove_the_last_dsl(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov = school
    assert ov.user is not None
    with pytest.raises(DomainError):  # not your own account while signed in with it
        accounts.remove_account(ov, ov.user.user_id)

    second = accounts.add_account(
        ov, sign_in_name=DSL2[0], display_name="Dev", role=Role.DSL, passphrase=DSL2[1], kdf=FAST
    )
    dev = _unlock(vault, DSL2, closing)  # Dev signs in (another window, same vault)
    accounts.remove_account(ov, second.user_id)  # Anna removes Dev: Anna is still a DSL
    # Dev's window is still open; Dev tries to remove Anna, the only active DSL left. Removing
    # Dev replaced the vault's key, so Dev's window can no longer read or write anything.
    with pytest.raises(VaultError, match="key was replaced"):
        accounts.remove_account(dev, ov.user.user_id)
    actives = [a for a in accounts.list_accounts(ov) if a.active and a.role == Role.DSL]
    assert [a.sign_in_name for a in actives] == [DSL[0]]


def test_a_removed_account_can_no_longer_sign_in(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault], memory_keyring: Any
) -> None:
    vault, ov = school
    reviewer = next(a for a in accounts.list_accounts(ov) if a.role == Role.REVIEWER)

    # The reviewer had also asked this computer to remember them.
    them = closing(Vault(vault.data_dir, keyring_backend=memory_keyring).unlock(*REVIEWER))
    them.remember_device()
    them.close()
    assert memory_keyring.entries

    ov.vault.keyring_backend = memory_keyring
    accounts.remove_account(ov, reviewer.user_id)
    after = {a.sign_in_name: a for a in accounts.list_accounts(ov)}
    assert after[REVIEWER[0]].active is False, "the account and its history stay"
    keys = KeyFile.load(vault.keys_path)
    assert not any(s.account == reviewer.account for s in keys.slots), "its slots are gone"
    assert memory_keyring.entries == {}, "and its keychain entry"
    with ov.reading() as s:
        last = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(2)))
        assert [(e.action, e.entity_id) for e in last] == [
            ("key.rotated", ""),  # removing an account replaces the vault's key
            ("account.removed", str(reviewer.user_id)),
        ]
    with pytest.raises(NotFound):
        accounts.remove_account(ov, reviewer.user_id)  # already removed
    with pytest.raises(NotFound):  # the recovery flow will not revive it either
        accounts.reset_passphrase_after_recovery(
            ov, REVIEWER[0], "a brand new passphrase 77", kdf=FAST
        )
    ov.close()

    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock(*REVIEWER)
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir).unlock_any(REVIEWER[1])
    with pytest.raises(WrongPassphrase):
        Vault(vault.data_dir, keyring_backend=memory_keyring).unlock_with_device(reviewer.account)
    # Everyone else still can.
    _unlock(vault, TRAINER, closing)


def test_inactive_account_with_a_surviving_slot_is_refused(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault]
) -> None:
    """Belt and braces: even if a removed account's slot survived, sign-in checks the account."""
    vault, ov = school
    with ov.unit() as s:
        from db.models import User

        user = s.scalars(select(User).where(User.sign_in_name == TRAINER[0])).one()
        user.active = False
    ov.close()
    with pytest.raises(WrongPassphrase, match="removed"):
        Vault(vault.data_dir).unlock(*TRAINER)
    _unlock(vault, DSL, closing)


def test_settings_are_shared_by_all_accounts(
    school: tuple[Vault, OpenVault], closing: Callable[[OpenVault], OpenVault]
) -> None:
    vault, ov = school
    accounts.set_auto_lock_minutes(ov, 10)
    assert accounts.auto_lock_minutes(ov) == 10
    with pytest.raises(InvalidInput):
        accounts.set_auto_lock_minutes(ov, 0)
    ov.close()
    trainer = _unlock(vault, TRAINER, closing)
    assert accounts.auto_lock_minutes(trainer) == 10

"""Small services the desktop front end needs around signing in. Qt-free.

They sit beside ``accounts`` rather than inside it so the sign-in screens can ask about the key
file and the keychain without reaching into ``db`` themselves.
"""

from __future__ import annotations

from sqlalchemy import select

from db.errors import VaultError, VaultMissing
from db.keyslots import DEFAULT_KDF, KdfParams, KeyFile
from db.models import User
from db.vault import OpenVault, Vault, check_not_damaged
from dsl_desktop.domain import Role
from dsl_desktop.services.accounts import require_role


def account_for_sign_in_name(vault: Vault, sign_in_name: str) -> str | None:
    """The account id whose passphrase slot matches ``sign_in_name``, or None.

    The key file holds only a salted hash of each sign-in name, so this works while locked.
    """
    if not sign_in_name.strip():
        return None
    try:
        keys = KeyFile.load(vault.keys_path)
    except (OSError, VaultError):
        return None
    return keys.account_for(sign_in_name)


def can_sign_in_with_device(vault: Vault, sign_in_name: str) -> bool:
    """True when this computer's keychain is usable and the account has a device slot."""
    account = account_for_sign_in_name(vault, sign_in_name)
    if account is None or not vault.keychain_status().available:
        return False
    return account in vault.remembered_accounts()


def active_sign_in_names(vault: OpenVault) -> list[str]:
    """Sign-in names of active accounts, for choosing whose passphrase to reset after recovery.

    Needs no signed-in user: whoever holds the recovery code can already read everything.
    """
    with vault.reading() as s:
        rows = s.scalars(select(User).where(User.active).order_by(User.sign_in_name))
        return [u.sign_in_name for u in rows]


def new_recovery_code(vault: OpenVault, kdf: KdfParams = DEFAULT_KDF) -> str:
    """Replace the recovery slot (DSL only). The old code stops working at once."""
    me = require_role(vault, Role.DSL)
    code = vault.new_recovery_code(kdf)
    with vault.unit() as s:
        vault.audit(s, "recovery_code.replaced", entity="user", entity_id=me.user_id)
    return code


def remember_this_computer(vault: OpenVault) -> None:
    """Keep a device key for the signed-in account in the OS keychain, and record it."""
    vault.remember_device()
    with vault.unit() as s:
        vault.audit(s, "device.remembered", entity="user", entity_id=_user_id(vault))


def forget_this_computer(vault: OpenVault) -> None:
    """Delete the signed-in account's device key from the keychain and the key file."""
    vault.forget_device()
    with vault.unit() as s:
        vault.audit(s, "device.forgotten", entity="user", entity_id=_user_id(vault))


def _user_id(vault: OpenVault) -> int | str:
    return vault.user.user_id if vault.user is not None else ""


def vault_problem(vault: Vault) -> VaultError | None:
    """What would stop any unlock before a passphrase is even tried (missing or damaged files)."""
    if not vault.db_path.exists() and not vault.keys_path.exists():
        return VaultMissing("No vault was found in {folder}.", folder=vault.data_dir)
    if not vault.db_path.exists():
        return VaultMissing(
            "The vault's database ({file}) is missing from {folder}, though its key file is there.",
            file=vault.db_path.name,
            folder=vault.data_dir,
        )
    try:
        KeyFile.load(vault.keys_path)
        check_not_damaged(vault.db_path)
    except FileNotFoundError:
        return VaultMissing(
            "The vault's key file ({file}) is missing from {folder}.",
            file=vault.keys_path.name,
            folder=vault.data_dir,
        )
    except VaultError as exc:
        return exc
    return None

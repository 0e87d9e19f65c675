"""School details, local contacts, settings and user accounts."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from db.errors import DomainError, NotFound, PermissionDenied
from db.keyslots import DEFAULT_KDF, KdfParams
from db.models import LocalContact, School, Setting, User
from db.vault import OpenVault, RotationNotReady, SignedIn
from dsl_desktop.collation import sort_key
from dsl_desktop.domain import Nation, Role
from dsl_desktop.nation import parse_nation
from dsl_desktop.passphrase import assess
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.training import nation_defaults
from dsl_desktop.training.nation_defaults import DefaultsChange as NationDefaults

DEFAULT_AUTO_LOCK_MINUTES = 5


@dataclass(frozen=True)
class SchoolDetails:
    name: str
    urn: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    local_authority: str = ""
    nation: Nation = Nation.ENGLAND


@dataclass(frozen=True)
class Account:
    user_id: int
    account: str
    sign_in_name: str
    display_name: str
    role: Role
    active: bool
    direct_phone: str = ""
    """The account holder's own line, printed on a referral form they make."""
    work_email: str = ""
    """The account holder's professional email address, printed on a referral form."""

    @property
    def can_be_alternative_contact(self) -> bool:
        """Another DSL or deputy can be named on a referral for when the referrer is away."""
        return self.active and self.role in (Role.DSL, Role.DEPUTY)


@dataclass(frozen=True)
class ContactEntry:
    id: int | None
    kind: str
    name: str
    phone: str = ""
    email: str = ""
    notes: str = ""


def _me(vault: OpenVault) -> SignedIn:
    if vault.user is None:
        raise PermissionDenied("Nobody is signed in.")
    return vault.user


def require_role(vault: OpenVault, *roles: Role) -> SignedIn:
    me = _me(vault)
    if Role(me.role) not in roles:
        raise PermissionDenied("Your account does not allow this.")
    return me


# ---- school ----------------------------------------------------------------------------------
def school_details(vault: OpenVault) -> SchoolDetails:
    with vault.reading() as s:
        row = s.scalars(select(School)).first()
        if row is None:
            return SchoolDetails(name="")
        return SchoolDetails(
            row.name,
            row.urn,
            row.address,
            row.phone,
            row.email,
            row.local_authority,
            parse_nation(row.nation),
        )


def update_school(
    vault: OpenVault, details: SchoolDetails, *, training_defaults: bool = False
) -> NationDefaults | None:
    """Save the school's details. When the nation changes and ``training_defaults`` is set,
    the training catalogue rows that still hold the old nation's defaults take the new one's
    (see :mod:`dsl_desktop.training.nation_defaults`), in the same transaction; what changed
    is returned and audited."""
    require_role(vault, Role.DSL, Role.DEPUTY)
    if not details.name.strip():
        raise InvalidInput("Enter the school's name.")
    with vault.unit() as s:
        row = s.scalars(select(School)).one()
        old, new = parse_nation(row.nation), parse_nation(details.nation)
        for key in ("name", "urn", "address", "phone", "email", "local_authority"):
            setattr(row, key, getattr(details, key).strip())
        row.nation = new.value
        vault.audit(s, "school.updated", entity="school", entity_id=row.id)
        if not training_defaults or old is new:
            return None
        change = nation_defaults.apply(s, old, new)
        vault.audit(
            s, "training.nation_defaults", entity="school", entity_id=row.id,
            details=change.audit_details(),
        )  # fmt: skip
        return change


def nation_defaults_plan(vault: OpenVault, nation: Nation) -> NationDefaults:
    """What moving the training catalogue to ``nation``'s defaults would change (nothing is
    changed): shown to the DSL before the nation is saved."""
    require_role(vault, Role.DSL, Role.DEPUTY)
    with vault.reading() as s:
        old = parse_nation(s.scalars(select(School.nation)).first())
        return nation_defaults.plan(s, old, parse_nation(nation))


def school_nation(vault: OpenVault) -> Nation:
    """England or Wales, as set for the school (England when there is no school yet)."""
    with vault.reading() as s:
        return parse_nation(s.scalars(select(School.nation)).first())


# ---- local contacts --------------------------------------------------------------------------
def local_contacts(vault: OpenVault) -> list[ContactEntry]:
    _me(vault)
    with vault.reading() as s:
        rows = s.scalars(select(LocalContact).order_by(LocalContact.sort, LocalContact.id))
        return [ContactEntry(r.id, r.kind, r.name, r.phone, r.email, r.notes) for r in rows]


def save_local_contacts(vault: OpenVault, contacts: list[ContactEntry]) -> None:
    require_role(vault, Role.DSL, Role.DEPUTY)
    with vault.unit() as s:
        for old in s.scalars(select(LocalContact)):
            s.delete(old)
        for i, c in enumerate(contacts):
            if not (c.name.strip() or c.phone.strip() or c.email.strip()):
                continue
            s.add(
                LocalContact(
                    kind=c.kind, name=c.name.strip(), phone=c.phone.strip(),
                    email=c.email.strip(), notes=c.notes.strip(), sort=i,
                )
            )  # fmt: skip
        vault.audit(s, "contacts.updated", entity="local_contact")


# ---- settings ----------------------------------------------------------------------------
def get_setting(vault: OpenVault, key: str, default: Any = None) -> Any:
    with vault.reading() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(vault: OpenVault, key: str, value: Any) -> None:
    _me(vault)
    with vault.unit() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        vault.audit(s, "setting.changed", entity="setting", entity_id=key)


def auto_lock_minutes(vault: OpenVault) -> int:
    value = get_setting(vault, "auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
    try:
        return max(1, min(120, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(vault: OpenVault, minutes: int) -> None:
    if not 1 <= minutes <= 120:
        raise InvalidInput("Auto-lock must be between 1 and 120 minutes.")
    set_setting(vault, "auto_lock_minutes", minutes)


# ---- accounts ------------------------------------------------------------------------------
def _account(u: User) -> Account:
    return Account(
        u.id, u.account, u.sign_in_name, u.display_name, Role(u.role), u.active,
        u.direct_phone, u.work_email,
    )  # fmt: skip


def list_accounts(vault: OpenVault) -> list[Account]:
    _me(vault)
    with vault.reading() as s:
        users = sorted(
            s.scalars(select(User).order_by(User.id)), key=lambda u: sort_key(u.display_name)
        )
        return [_account(u) for u in users]


def my_account(vault: OpenVault) -> Account:
    """The signed-in account, with its contact details."""
    me = _me(vault)
    with vault.reading() as s:
        user = s.get(User, me.user_id)
        if user is None:
            raise NotFound("The signed-in account is missing from the vault.")
        return _account(user)


def alternative_contacts(vault: OpenVault) -> list[Account]:
    """Active DSL and deputy accounts other than the signed-in one, to name on a referral as
    the contact when the referrer is away."""
    me = _me(vault)
    return [
        a for a in list_accounts(vault) if a.can_be_alternative_contact and a.user_id != me.user_id
    ]


_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,30}(?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def _contact_problem(direct_phone: str, work_email: str) -> str | None:
    if direct_phone and not _PHONE.match(direct_phone):
        return "Enter the phone number with digits only (spaces, brackets, + and - are fine)."
    if work_email:
        local, at, domain = work_email.partition("@")
        if not at or not local or "." not in domain or " " in work_email or len(work_email) > 200:
            return "Enter the email address in full, such as name@school.example.org."
    return None


def update_contact_details(
    vault: OpenVault, user_id: int, *, direct_phone: str, work_email: str
) -> Account:
    """Set an account's direct phone and professional email (asked at set-up and in settings).

    Anyone may set their own; the DSL may set anyone's. Blank clears a value.
    """
    me = _me(vault)
    if user_id != me.user_id and Role(me.role) is not Role.DSL:
        raise PermissionDenied("Only the DSL can change another account's contact details.")
    phone = " ".join(direct_phone.split()) if isinstance(direct_phone, str) else ""
    email = work_email.strip() if isinstance(work_email, str) else ""
    problem = _contact_problem(phone, email)
    if problem is not None:
        raise InvalidInput(problem)
    with vault.unit() as s:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise NotFound("That account does not exist or was removed.")
        changed = [
            name
            for name, old, new in (
                ("direct_phone", user.direct_phone, phone),
                ("work_email", user.work_email, email),
            )
            if old != new
        ]
        user.direct_phone = phone
        user.work_email = email
        if changed:
            vault.audit(
                s, "account.contact_changed", entity="user", entity_id=user.id,
                details={"fields": changed},
            )  # fmt: skip
        return _account(user)


def add_account(
    vault: OpenVault,
    *,
    sign_in_name: str,
    display_name: str,
    role: Role,
    passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
    direct_phone: str = "",
    work_email: str = "",
) -> Account:
    """The DSL adds an account; it gets its own passphrase slot."""
    require_role(vault, Role.DSL)
    name = " ".join(sign_in_name.split())
    if not name:
        raise InvalidInput("Enter a sign-in name.")
    phone, email = " ".join(direct_phone.split()), work_email.strip()
    problem = _contact_problem(phone, email)
    if problem is not None:
        raise InvalidInput(problem)
    strength = assess(passphrase)
    if not strength.acceptable:
        raise InvalidInput(strength.problems[0])
    account = secrets.token_hex(8)
    with vault.unit() as s:
        clash = s.scalars(select(User).where(User.sign_in_name == name)).first()
        if clash is not None or vault.keys.passphrase_slot(name) is not None:
            raise InvalidInput("There is already an account signing in as “{name}”.", name=name)
        user = User(
            account=account,
            sign_in_name=name,
            display_name=display_name.strip() or name,
            role=role.value,
            created_at=dt.datetime.now().replace(microsecond=0),
            direct_phone=phone,
            work_email=email,
        )
        s.add(user)
        s.flush()
        vault.set_passphrase(account, name, passphrase, kdf)
        vault.audit(
            s, "account.added", entity="user", entity_id=user.id, details={"role": role.value}
        )
        return _account(user)


def remove_account(vault: OpenVault, user_id: int) -> KeyRotation:
    """Deactivate an account, delete its key slots and replace the data key, so that a copy of
    its old slot (an old ``vault.keys``) no longer opens the live vault. Its history stays."""
    me = require_role(vault, Role.DSL)
    if user_id == me.user_id:
        raise DomainError("You cannot remove your own account while signed in with it.")
    with vault.unit() as s:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise NotFound("That account does not exist or was already removed.")
        if user.role == Role.DSL.value:
            others = s.scalars(
                select(User).where(User.role == Role.DSL.value, User.active, User.id != user_id)
            ).first()
            if others is None:
                raise DomainError("The vault must keep at least one DSL account.")
        user.active = False
        user.removed_at = dt.datetime.now().replace(microsecond=0)
        vault.remove_slots(user.account)
        vault.audit(s, "account.removed", entity="user", entity_id=user_id)
    return _rotate(vault, "account removed")


def change_passphrase(vault: OpenVault, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    strength = assess(new)
    if not strength.acceptable:
        raise InvalidInput(strength.problems[0])
    vault.change_passphrase(old, new, kdf)
    with vault.unit() as s:
        vault.audit(s, "passphrase.changed", entity="user", entity_id=_me(vault).user_id)


def reset_passphrase_after_recovery(
    vault: OpenVault, sign_in_name: str, new: str, kdf: KdfParams = DEFAULT_KDF
) -> SignedIn:
    """After a recovery-code unlock: set a new passphrase for an account and sign in as it."""
    strength = assess(new)
    if not strength.acceptable:
        raise InvalidInput(strength.problems[0])
    name = " ".join(sign_in_name.split())
    with vault.reading() as s:
        user = s.scalars(select(User).where(User.sign_in_name == name, User.active)).first()
        if user is None:
            raise NotFound("There is no account signing in as “{name}”.", name=name)
        account = user.account
    vault.set_passphrase(account, name, new, kdf)
    signed = vault.sign_in(account, "recovery_code")
    with vault.unit() as s:
        vault.audit(s, "passphrase.reset", entity="user", entity_id=signed.user_id)
    return signed


@dataclass(frozen=True)
class Recovery:
    """The outcome of using the recovery code: who is signed in, and the code that replaces
    the used one (show it once; the used code no longer opens the vault)."""

    signed_in: SignedIn
    recovery_code: str


def recover_account(
    vault: OpenVault, sign_in_name: str, new: str, kdf: KdfParams = DEFAULT_KDF
) -> Recovery:
    """After a recovery-code unlock: a new passphrase for the account, then a new recovery
    code in place of the used one (it has been typed somewhere, perhaps seen)."""
    signed = reset_passphrase_after_recovery(vault, sign_in_name, new, kdf)
    code = vault.new_recovery_code(kdf)
    with vault.unit() as s:
        vault.audit(
            s, "recovery_code.replaced", entity="user", entity_id=signed.user_id,
            details={"reason": "used"},
        )  # fmt: skip
    return Recovery(signed, code)


@dataclass(frozen=True)
class KeyRotation:
    """The outcome of replacing the data key. ``recovery_code``: a new code to show once, when
    the old recovery slot could not take the new key. ``not_done``: why the key was not
    replaced (accounts that must sign in once first), or ""."""

    rotated: bool
    recovery_code: str | None = None
    not_done: str = ""


def _rotate(vault: OpenVault, reason: str) -> KeyRotation:
    try:
        code = vault.rotate_key(reason)
    except RotationNotReady as exc:
        return KeyRotation(False, None, exc.message)
    return KeyRotation(True, code)


def rotate_key(vault: OpenVault) -> KeyRotation:
    """Replace the data key on request (DSL only): Settings, Security, or ``rotate-key``."""
    require_role(vault, Role.DSL)
    code = vault.rotate_key("requested")
    return KeyRotation(True, code)

"""The vault: one data folder holding the encrypted database and its key slots.

Files in the data folder:

* ``vault.db`` (+ ``-wal``/``-shm``) — the SQLCipher 4 database, keyed with the raw data key;
* ``vault.keys`` — the key slots (see ``db.keyslots``);
* ``vault.attempts`` — count and time of recent failed unlocks, so the delay survives a restart;
* ``audit.head`` — the newest audit event's number and hash.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, NoReturn, ParamSpec, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import audit, install, keychain, schema
from db.audit import Signer
from db.checks import MAX_NAME_CHARS, check_not_damaged, check_text
from db.engine import classify, key_pragma, make_engine, open_raw, raise_classified
from db.errors import (
    DatabaseDamaged,
    KeychainUnavailable,
    KeySlotsDamaged,
    ReadOnlyStore,
    VaultAlreadyExists,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)
from db.fsutil import fsync_dir
from db.keyslots import DEFAULT_KDF, KdfParams, KeyFile, SlotSecret, Unlocked
from db.lock import VaultLock
from db.models import School, Setting, SigningKey, User
from db.signed_in import SignedIn, VerifyReport
from db.store_check import check_store
from db.throttle import FREE_ATTEMPTS, MAX_DELAY, Throttle, unlock_delay
from db.witness import witness_path, write_witness

DB_FILE = "vault.db"
KEYS_FILE = "vault.keys"
ATTEMPTS_FILE = "vault.attempts"
HEAD_FILE = "audit.head"
KEYS_NEXT_FILE = "vault.keys.next"  # only while the data key is being replaced
PREVIOUS_KEYS_SETTING = "vault.previous_keys"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


_R = TypeVar("_R")
_P = ParamSpec("_P")


def _one_writer(
    method: Callable[Concatenate[Vault, _P], _R],
) -> Callable[Concatenate[Vault, _P], _R]:
    """Open (or create) the vault only while holding its lock; the OpenVault keeps it until it
    closes. Another process holding it gets VaultInUse before anything is read or written."""

    @functools.wraps(method)
    def holding(self: Vault, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise VaultMissing(
                "{data_dir} is a file, not a folder.",
                "Choose the vault's data folder, or a new folder for a new vault.",
                data_dir=self.data_dir,
            )
        locked_first = self.data_dir.is_dir()  # create() may make the folder itself
        if locked_first and not os.access(self.data_dir, os.W_OK | os.X_OK):
            # Signing in writes (the audit trail, its head): refuse before the first write
            # rather than leave a sign-in in the database that its head never heard of.
            raise ReadOnlyStore(
                "The data folder {data_dir} cannot be written to.",
                "Check its permissions, or copy the vault to a folder you can write to.",
                data_dir=self.data_dir,
            )
        if locked_first:
            self.lock.acquire()
        try:
            result = method(self, *args, **kwargs)
        except BaseException:
            if locked_first:
                self.lock.release()
            raise
        if not locked_first:
            try:
                self.lock.acquire()
            except VaultError:
                opened = result[0] if isinstance(result, tuple) else result
                if isinstance(opened, OpenVault):
                    opened.close()
                raise
        return result

    return holding


class Vault:
    """A data folder, locked. Opening it gives an :class:`OpenVault`."""

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Callable[[], float] = time.time,
        keyring_backend: Any | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.keyring_backend = keyring_backend
        self.throttle = Throttle(self.data_dir / ATTEMPTS_FILE, clock)
        #: Held from unlock until the OpenVault closes: one writer at a time (db.lock).
        self.lock = VaultLock(self.data_dir)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_FILE

    @property
    def head_path(self) -> Path:
        return self.data_dir / HEAD_FILE

    def exists(self) -> bool:
        install.finish(self.data_dir)  # a set-up or restore a crash interrupted: complete it
        return self.db_path.exists() or self.keys_path.exists()

    def keychain_status(self) -> keychain.KeychainStatus:
        return keychain.status(self.keyring_backend)

    # ---- set-up -------------------------------------------------------------------------
    @_one_writer
    def create(
        self,
        *,
        school_name: str,
        sign_in_name: str,
        display_name: str,
        passphrase: str,
        kdf: KdfParams = DEFAULT_KDF,
        school: dict[str, str] | None = None,
        seed: Callable[[Session], None] | None = None,
    ) -> tuple[OpenVault, str]:
        """Create a new vault with its first DSL account. Returns it open, with the recovery code."""
        if self.exists():
            raise VaultAlreadyExists(
                "There is already a vault in {data_dir}.", data_dir=self.data_dir
            )
        if not school_name.strip():
            raise VaultError("Enter the school's name.")
        if not sign_in_name.strip():
            raise VaultError("Enter a sign-in name for the first account.")
        for text, what, limit in (
            (school_name, "The school's name", MAX_NAME_CHARS),
            (sign_in_name, "The sign-in name", MAX_NAME_CHARS),
            (display_name, "The name", MAX_NAME_CHARS),
            (passphrase, "The passphrase", 1024),
        ):
            check_text(text, what, limit)
        kdf.check()
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.head_path.unlink(missing_ok=True)  # left by an earlier vault; would fake a gap
        dek = secrets.token_bytes(32)
        keys = KeyFile.new()
        account = secrets.token_hex(8)
        secret = keys.set_passphrase(account, sign_in_name, passphrase, dek, kdf)
        code = keys.set_recovery(dek, kdf)
        # Built in a hidden folder and moved into place (db.install): a crash leaves no half vault.
        with install.build_folder(self.data_dir) as build:
            staging = Vault(build, clock=self.clock, keyring_backend=self.keyring_backend)
            engine = make_engine(staging.db_path, dek)
            try:
                schema.upgrade(engine, staging.db_path)
                ov = OpenVault(staging, engine, dek, keys, None)
                with ov.unit() as s:
                    s.add(School(name=school_name.strip(), **(school or {})))
                    user = User(
                        account=account,
                        sign_in_name=" ".join(sign_in_name.split()),
                        display_name=display_name.strip() or sign_in_name.strip(),
                        role="dsl",
                        created_at=_now(),
                    )
                    s.add(user)
                    s.flush()
                    if seed is not None:
                        seed(s)
                    ov.user = _signed_in(user)
                    ov.secret = secret
                    ov._signer = ov._register_signer(s, user)
                    ov.audit(s, "vault.created", entity="school")
                    ov.audit(s, "sign_in", details={"method": "set-up"})
                keys.save(staging.keys_path)
            finally:
                engine.dispose()
            install.install(self.data_dir, build)
        signer = ov._signer
        ov = OpenVault(self, make_engine(self.db_path, dek), dek, keys, ov.user)
        ov.secret, ov._signer = secret, signer
        return ov, code

    # ---- unlocking ----------------------------------------------------------------------
    def _keys(self) -> KeyFile:
        install.finish(self.data_dir)
        if not self.db_path.exists() and not self.keys_path.exists():
            raise VaultMissing("No vault was found in {data_dir}.", data_dir=self.data_dir)
        if not self.db_path.exists():
            raise VaultMissing(
                "The vault's database ({db_file}) is missing from {data_dir}, though its key "
                "file is there.",
                db_file=DB_FILE,
                data_dir=self.data_dir,
            )
        check_not_damaged(self.db_path)
        try:
            return KeyFile.load(self.keys_path)
        except FileNotFoundError as exc:
            raise VaultMissing(
                "The vault's key file ({keys_file}) is missing from {data_dir}.",
                keys_file=KEYS_FILE,
                data_dir=self.data_dir,
            ) from exc

    def _open(self, keys: KeyFile, dek: bytes) -> OpenVault:
        engine = make_engine(self.db_path, dek)
        try:
            with engine.connect() as conn:
                if schema.current_revision(conn) is None:
                    # An existing vault always has a schema; building one now would silently
                    # replace the user's records with an empty vault.
                    raise DatabaseDamaged(
                        "The database file has no DSL Desktop tables: it is damaged or was replaced."
                    )
            schema.upgrade(engine, self.db_path)
            loss = self._compare_head(engine, keys)
        except DBAPIError as exc:
            engine.dispose()
            raise_classified(exc)
        except VaultError:
            engine.dispose()
            raise
        ov = OpenVault(self, engine, dek, keys, None)
        ov.loss = loss
        return ov

    def _compare_head(self, engine: Engine, keys: KeyFile) -> list[str]:
        """Before anything is written: does the database reach the recorded newest event?"""
        if self.head_path.is_dir():
            raise VaultError(
                "The record of the newest audit event ({head_path}) is a folder, not a file.",
                "Move that folder out of the data folder, then sign in again.",
                head_path=self.head_path,
            )
        with Session(engine) as s:
            problems = audit.head_problems(s, audit.read_head(self.head_path), HEAD_FILE)
            witness = witness_path(self.data_dir, keys.vault_id)
            if witness is not None and witness.exists():
                problems += audit.head_problems(
                    s, audit.read_head(witness), "this computer's own record"
                )
            s.rollback()
        return problems

    @_one_writer
    def unlock(self, sign_in_name: str, passphrase: str) -> OpenVault:
        keys, unlocked = self._guessed(lambda k: k.open_passphrase(sign_in_name, passphrase))
        wrong = self.throttle.succeeded()
        ov = self._open_unlocked(keys, unlocked)
        return self._signed_in(ov, str(unlocked.account), "passphrase", wrong)

    @_one_writer
    def unlock_any(self, passphrase: str) -> OpenVault:
        """Open with a passphrase of any account (the command line asks for no sign-in name)."""
        keys, unlocked = self._guessed(lambda k: k.open_any_passphrase(passphrase))
        wrong = self.throttle.succeeded()
        ov = self._open_unlocked(keys, unlocked)
        return self._signed_in(ov, str(unlocked.account), "passphrase", wrong)

    @_one_writer
    def unlock_with_recovery(self, code: str) -> OpenVault:
        """Open with the recovery code. Nobody is signed in until a new passphrase is set."""
        keys, unlocked = self._guessed(lambda k: k.open_recovery(code))
        ov = self._open_unlocked(keys, unlocked)
        ov.secret = None  # the recovery slot's secret signs nothing; a reset makes the account's
        ov.wrong_attempts = self.throttle.succeeded()
        return ov

    def remembered_accounts(self) -> list[str]:
        try:
            return self._keys().device_accounts()
        except VaultError:
            return []

    @_one_writer
    def unlock_with_device(self, account: str) -> OpenVault:
        keys = self._keys()
        st = self.keychain_status()
        if not st.available:
            raise KeychainUnavailable(st.reason)
        key = keychain.fetch(keys.keychain_entry(account), self.keyring_backend)
        if key is None:
            raise WrongPassphrase(
                "This computer no longer holds the key. Sign in with your passphrase."
            )
        keys, unlocked = self._settled(keys, lambda k: k.open_device(account, key))
        return self._signed_in(self._open_unlocked(keys, unlocked), account, "device")

    def _guessed(self, unlock: Callable[[KeyFile], Unlocked]) -> tuple[KeyFile, Unlocked]:
        """Unlock with something typed (a passphrase, a recovery code), under the throttle: a
        wait first if earlier guesses were wrong, and a wrong one counted."""
        keys = self._keys()
        self.throttle.check()
        try:
            return self._settled(keys, unlock)
        except WrongPassphrase:
            self.throttle.failed()
            raise

    def _settled(
        self, keys: KeyFile, unlock: Callable[[KeyFile], Unlocked]
    ) -> tuple[KeyFile, Unlocked]:
        """Unlock a slot; first finish or undo a key rotation a crash interrupted.

        A rotation writes the new key file beside the old one (``vault.keys.next``), re-keys
        the database, then moves the new file into place. Whichever file's key opens the
        database is the right one; the other is removed."""
        unlocked = unlock(keys)
        pending = self.data_dir / KEYS_NEXT_FILE
        if not pending.is_file():
            return keys, unlocked
        if _opens(self.db_path, unlocked.dek):
            pending.unlink(missing_ok=True)  # the database was never re-keyed
            return keys, unlocked
        try:
            next_keys = KeyFile.load(pending)
        except (OSError, VaultError) as exc:
            raise DatabaseDamaged("The database does not open with its key file.") from exc
        next_unlocked = unlock(next_keys)
        if not _opens(self.db_path, next_unlocked.dek):
            raise DatabaseDamaged("The database does not open with its key file.")
        os.replace(pending, self.keys_path)  # the rotation had finished but for this step
        fsync_dir(self.data_dir)
        return next_keys, next_unlocked

    def _open_unlocked(self, keys: KeyFile, unlocked: Unlocked) -> OpenVault:
        """Open with what a slot gave; a version 1 slot is turned into version 2 first, so the
        account gets its signing key and the data key can be replaced later."""
        if unlocked.secret is None and unlocked.slot.kind != "device":
            unlocked = keys.upgrade(unlocked)
            if unlocked.account is not None:
                self._upgrade_device_slot(keys, unlocked)
            try:
                keys.save(self.keys_path)
            except VaultError:
                unlocked = Unlocked(unlocked.account, unlocked.dek, None, unlocked.slot, b"")
        ov = self._open(keys, unlocked.dek)
        ov.secret = unlocked.secret
        return ov

    def _upgrade_device_slot(self, keys: KeyFile, unlocked: Unlocked) -> None:
        """A version 1 device slot wraps the data key itself: re-wrap the account's secret
        with the same keychain key, or drop the slot if the keychain cannot be read."""
        account = str(unlocked.account)
        slot = next((s for s in keys.slots if s.kind == "device" and s.account == account), None)
        if slot is None or slot.v2 or unlocked.secret is None:
            return
        try:
            key = keychain.fetch(keys.keychain_entry(account), self.keyring_backend)
        except KeychainUnavailable:
            key = None
        if key is None:
            keys.remove_device(account)
        else:
            keys.set_device(account, key, unlocked.secret)

    @staticmethod
    def _signed_in(ov: OpenVault, account: str, method: str, wrong: int = 0) -> OpenVault:
        ov.wrong_attempts = wrong
        try:
            ov.sign_in(account, method)
        except BaseException:
            ov.user = None  # nobody signed in: close() only drops the connections and the key
            ov.close()
            raise
        return ov


def _signed_in(u: User) -> SignedIn:
    return SignedIn(u.id, u.account, u.sign_in_name, u.display_name, u.role)


class OpenVault:
    """An unlocked vault: the engine, the key slots and who is signed in."""

    def __init__(
        self, vault: Vault, engine: Engine, dek: bytes, keys: KeyFile, user: SignedIn | None
    ) -> None:
        self.vault = vault
        self.engine = engine
        self._dek = dek
        self._chain_key: bytes | None = None
        self.keys = keys
        self.user = user
        self.Session = sessionmaker(engine, expire_on_commit=False)
        self.closed = False
        #: Found when the vault was opened, before anything was written: how the audit trail
        #: disagrees with its records outside the database (lost events, an older copy).
        self.loss: list[str] = []
        #: Wrong unlock attempts since the last sign-in (recorded in the sign-in event).
        self.wrong_attempts = 0
        #: The signed-in account's slot secret (its signing key comes from it), and the signer
        #: registered for it at sign-in.
        self.secret: SlotSecret | None = None
        self._signer: Signer | None = None

    @property
    def _audit_key(self) -> bytes:
        if self._chain_key is None:
            with self.Session() as s:
                self._chain_key = audit.chain_key(s, self._dek)
                s.rollback()
        return self._chain_key

    # ---- units of work ------------------------------------------------------------------
    @contextmanager
    def unit(self) -> Iterator[Session]:
        """A session that commits on success, rolls back on error, and keeps the audit head."""
        if self.closed:
            raise VaultError("The vault is locked.")
        session = self.Session()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            self._raise_classified(exc)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        head = session.info.pop("audit_head", None)
        if head is not None:
            audit.write_head(self.vault.head_path, head[0], head[1])
            write_witness(self.vault.data_dir, self.keys.vault_id, head[0], head[1])

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (no commit)."""
        if self.closed:
            raise VaultError("The vault is locked.")
        session = self.Session()
        try:
            yield session
        except DBAPIError as exc:
            self._raise_classified(exc)
        finally:
            session.rollback()
            session.close()

    def _raise_classified(self, exc: DBAPIError) -> NoReturn:
        """A database error as a named one (a bug as itself); "not a database" after the key
        was replaced by another window or command is said as that, not as damage."""
        error = classify(exc)
        if error is None:
            raise exc
        if isinstance(error, DatabaseDamaged):
            try:
                replaced = KeyFile.load(self.vault.keys_path).generation != self.keys.generation
            except (OSError, VaultError):
                replaced = False
            if replaced:
                raise VaultError(
                    "The vault's key was replaced in another window or command since you "
                    "signed in, so this window can no longer use the vault.",
                    "Close this window and sign in again.",
                ) from exc
        raise error from exc

    def audit(
        self,
        session: Session,
        action: str,
        *,
        entity: str = "",
        entity_id: str | int = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        ev = audit.append(
            session,
            self._audit_key,
            action,
            user_id=self.user.user_id if self.user else None,
            entity=entity,
            entity_id=entity_id,
            details=details,
            head=audit.read_head(self.vault.head_path),
            signer=self._signer if self.user is not None else None,
        )
        session.info["audit_head"] = (ev.seq, ev.hash)

    # ---- accounts and key slots -----------------------------------------------------------
    def sign_in(self, account: str, method: str) -> SignedIn:
        with self.unit() as s:
            user = s.scalars(select(User).where(User.account == account)).first()
            if user is None or not user.active:
                raise WrongPassphrase("That account has been removed. Ask the DSL.")
            self.user = _signed_in(user)
            self._signer = self._register_signer(s, user)
            if self.loss:
                # Recorded in the trail itself, so verify keeps reporting it after this sign-in
                # has brought audit.head up to date.
                self.audit(s, audit.LOSS_FOUND, details={"problems": self.loss})
            details: dict[str, Any] = {"method": method}
            if self.wrong_attempts:
                details["wrong_attempts"] = self.wrong_attempts
            self.audit(s, "sign_in", details=details)
        return self.user

    def _register_signer(self, session: Session, user: User) -> Signer | None:
        """The signing key of the account now signed in, recorded in the database the first
        time it is used (the private key never leaves this process)."""
        if self.secret is None:
            return None
        public = self.secret.signing_public
        row = session.scalars(select(SigningKey).where(SigningKey.public_key == public)).first()
        if row is None:
            row = SigningKey(
                user_id=user.id,
                public_key=public,
                created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
            session.add(row)
            session.flush()
        elif row.user_id != user.id:
            raise KeySlotsDamaged("This account's signing key is recorded for another account.")
        return Signer(row.id, self.secret.signing_key)

    def _save_keys(self) -> None:
        self.keys.save(self.vault.keys_path)

    def _reload_keys(self) -> None:
        """Re-read vault.keys before changing it: another window or the command line may have
        changed it since this vault was opened, and writing the stale copy would undo that."""
        try:
            keys = KeyFile.load(self.vault.keys_path)
        except FileNotFoundError as exc:
            raise VaultMissing(
                "The vault's key file ({keys_file}) has gone missing.", keys_file=KEYS_FILE
            ) from exc
        if keys.vault_id != self.keys.vault_id:
            raise KeySlotsDamaged("The key file beside the database belongs to another vault.")
        self.keys = keys

    def set_passphrase(
        self, account: str, sign_in_name: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Write (or rewrite) one account's passphrase slot. The database is not touched.

        The signed-in account keeps its slot secret (and so its signing key); another account
        gets a new one. In a recovery session (nobody signed in yet) the new secret is the one
        the account signs in with next."""
        self._reload_keys()
        own = self.user is not None and self.user.account == account
        secret = self.keys.set_passphrase(
            account, sign_in_name, passphrase, self._dek, kdf, self.secret if own else None
        )
        self._save_keys()
        if self.user is None:
            self.secret = secret

    def change_passphrase(self, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        user = self._require_user()
        self._reload_keys()
        self.keys.unwrap_passphrase(user.sign_in_name, old)  # proves the old one
        self.set_passphrase(user.account, user.sign_in_name, new, kdf)

    def remove_slots(self, account: str) -> None:
        self._reload_keys()
        if self.keys.has_device(account):
            keychain.delete(self.keys.keychain_entry(account), self.vault.keyring_backend)
        self.keys.remove_account(account)
        self._save_keys()

    def rotate_key(self, reason: str, kdf: KdfParams = DEFAULT_KDF) -> str | None:
        """Replace the data key, so that no old copy of a slot (a removed account's, an old
        ``vault.keys``) opens the live vault any more. Returns a new recovery code when the
        recovery slot could not take the new key (a version 1 slot), else None.

        The database is re-keyed in place (SQLCipher ``PRAGMA rekey`` with a new raw key, one
        transaction) and the new key is sealed to every remaining slot's public key, so nobody's
        passphrase is needed. Order, for crash safety: the new key file is written beside the
        old one (``vault.keys.next``), then the database is re-keyed, then the new file moves
        into place. A crash at any point leaves one of the two files matching the database;
        the next unlock finds which (``Vault._settled``) and removes the other. The audit
        chain's key is kept inside the database first, so the trail verifies across the change.
        Backups keep their own keys: each still opens with the passphrases of its time.
        """
        self._require_user()
        self._reload_keys()
        behind = {s.account for s in self.keys.not_resealable() if s.kind == "passphrase"}
        if behind:
            with self.reading() as s:
                names = sorted(
                    u.display_name
                    for u in s.scalars(select(User).where(User.account.in_(behind), User.active))
                )
            raise RotationNotReady(
                "The key cannot be replaced until these accounts have signed in once: "
                + ", ".join(names or ["(accounts already removed)"])
                + ".",
                "Ask them to sign in once, then rotate the key in Settings.",
            )
        with self.unit() as s:
            audit.keep_chain_key(s, self._audit_key)
            # The keys of before, so the open vault still checks its older backups (their
            # escrow is under the key of their time). They open nothing live any more.
            row = s.get(Setting, PREVIOUS_KEYS_SETTING)
            earlier = list(row.value) if row is not None and isinstance(row.value, list) else []
            if row is None:
                s.add(Setting(key=PREVIOUS_KEYS_SETTING, value=[*earlier, self._dek.hex()]))
            else:
                row.value = [*earlier, self._dek.hex()]
        new_dek = secrets.token_bytes(32)
        new_keys = self.keys.resealed(new_dek)
        code = None
        if not any(slot.kind == "recovery" for slot in new_keys.slots):
            code = new_keys.set_recovery(new_dek, kdf)
        pending = self.vault.data_dir / KEYS_NEXT_FILE
        db_path = self.vault.db_path
        new_keys.save(pending)
        self.engine.dispose()
        try:
            conn = open_raw(db_path, self._dek)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute(key_pragma(new_dek).replace("PRAGMA key", "PRAGMA rekey", 1))
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except BaseException:
            if _opens(db_path, self._dek):  # not re-keyed: the old file stays the truth
                pending.unlink(missing_ok=True)
            self._use_key(self._dek, self.keys)
            raise
        os.replace(pending, self.vault.keys_path)
        fsync_dir(self.vault.data_dir)
        self._use_key(new_dek, new_keys)
        with self.unit() as s:
            self.audit(
                s, "key.rotated", details={"reason": reason, "new_recovery_code": code is not None}
            )
        return code

    def backup_keys(self) -> list[bytes]:
        """This vault's data key, then the keys it had before each rotation (newest first):
        a backup's escrow is under the key of its time."""
        with self.reading() as s:
            row = s.get(Setting, PREVIOUS_KEYS_SETTING)
            earlier = row.value if row is not None and isinstance(row.value, list) else []
        keys = [self._dek]
        for value in reversed(earlier):
            try:
                key = bytes.fromhex(str(value))
            except ValueError:
                continue
            if len(key) == 32:
                keys.append(key)
        return keys

    def _use_key(self, dek: bytes, keys: KeyFile) -> None:
        self._dek = dek
        self.keys = keys
        self.engine = make_engine(self.vault.db_path, dek)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def new_recovery_code(self, kdf: KdfParams = DEFAULT_KDF) -> str:
        self._reload_keys()
        code = self.keys.set_recovery(self._dek, kdf)
        self._save_keys()
        return code

    def remember_device(self) -> None:
        user = self._require_user()
        st = self.vault.keychain_status()
        if not st.available:
            raise KeychainUnavailable(st.reason)
        self._reload_keys()
        key = os.urandom(32)
        keychain.store(self.keys.keychain_entry(user.account), key, self.vault.keyring_backend)
        if self.secret is None:
            raise VaultError(
                "This computer cannot be remembered for an account whose key slot could not "
                "be brought up to date.",
                "Check that the data folder can be written to, then sign in again.",
            )
        self.keys.set_device(user.account, key, self.secret)
        self._save_keys()

    def forget_device(self) -> None:
        user = self._require_user()
        self._reload_keys()
        keychain.delete(self.keys.keychain_entry(user.account), self.vault.keyring_backend)
        self.keys.remove_device(user.account)
        self._save_keys()

    def is_remembered(self) -> bool:
        return self.user is not None and self.keys.has_device(self.user.account)

    def _require_user(self) -> SignedIn:
        if self.user is None:
            raise VaultError("Nobody is signed in.")
        return self.user

    # ---- checks ------------------------------------------------------------------------------
    def verify(self) -> VerifyReport:
        problems: list[str] = []
        facts: dict[str, Any] = {}
        try:
            return self._verify(problems, facts)
        except DBAPIError as exc:  # a damaged page: report it, do not raise a driver error
            known = classify(exc)
            if known is None:  # a bug in the checks themselves
                raise
            problems.append(f"the database could not be read: {known.message}")
        except VaultError as exc:
            problems.append(f"the database could not be read: {exc.message}")
        return VerifyReport(ok=False, problems=problems, facts=facts)

    def _verify(self, problems: list[str], facts: dict[str, Any]) -> VerifyReport:
        return check_store(self.engine, self.vault, self.reading, self._audit_key, problems, facts)

    # ---- locking --------------------------------------------------------------------------
    def close(self, reason: str = "sign_out") -> None:
        """Record why the vault is closing, then drop every connection and the key."""
        if self.closed:
            return
        try:
            if self.user is not None:
                with self.unit() as s:
                    self.audit(s, reason)
        except VaultError:
            pass  # closing must always succeed; the failure is in the log
        finally:
            self.closed = True
            self.engine.dispose()
            self._dek = b""
            self.vault.lock.release()


class RotationNotReady(VaultError):
    """Some slots are of the older kind, which a new data key cannot reach without their
    passphrases: those accounts must sign in once before the key can be replaced."""


def _opens(path: Path, dek: bytes) -> bool:
    """Whether ``dek`` is the database's key (a read of its first page)."""
    try:
        open_raw(path, dek).close()
    except DatabaseDamaged:
        return False
    return True


__all__ = [
    "DEFAULT_KDF",
    "FREE_ATTEMPTS",
    "MAX_DELAY",
    "MAX_NAME_CHARS",
    "Throttle",
    "check_not_damaged",
    "check_text",
    "unlock_delay",
    "KdfParams",
    "KeySlotsDamaged",
    "OpenVault",
    "SignedIn",
    "Vault",
    "VerifyReport",
]

"""The errors the program expects, each saying in plain English what went wrong and what to do.

Every error that reaches the user is one of three kinds (the split of qutebrowser's ``sql.py``):

* :class:`DomainError` — what was asked cannot be done with this input or these records
  (invalid input, not found, a locked record, the wrong stage, not allowed);
* :class:`VaultError` — the environment failed: the vault's files, the disk, the database
  (``db.engine.classify`` names SQLite's failures by their error code);
* anything else is a bug: the app shows a report to copy and logs it, the command line its
  "unexpected problem" line.

Both known kinds share :class:`KnownError`, which is what screens and the command line catch to
show a message. Its ``message`` and ``advice`` are English sentences; for a Welsh screen it also
carries ``key`` (the English message as a ``str.format`` template) and ``params`` (the values to
put in it), so the UI can look the template up in the one Welsh catalogue
(``dsl_desktop.pdf.text_cy.WELSH``) and fill it in: ``DiskFull("...")`` or
``NotFound("No account signs in as {name}.", name=name)``. The advice is looked up as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class KnownError(Exception):
    """An error the program expected: shown as its message and advice, never as a bug."""

    advice: str = ""

    def __init__(self, message: str, advice: str | None = None, /, **params: object) -> None:
        text = message.format(**params) if params else message
        super().__init__(text)
        self.key = message
        self.params: Mapping[str, object] = MappingProxyType(params)
        self.message = text
        if advice is not None:
            self.advice = advice

    def __str__(self) -> str:
        return self.message


class DomainError(KnownError):
    """What was asked cannot be done with this input or these records; nothing was changed."""


class NotFound(DomainError):
    """The record asked for is not in the store (a stale screen, a wrong id, deleted already)."""

    advice = "It may have been deleted already. Refresh the list and try again."


class RecordLocked(DomainError):
    """A saved record cannot be changed this way: it needs an amendment with a reason."""

    advice = "Record an amendment instead: the old value is kept beside the new one, with why."


class WrongStage(DomainError):
    """The step does not belong to the concern's current stage."""

    advice = "Move the concern to the right stage first."


class PermissionDenied(DomainError):
    """The signed-in account's role does not allow this (or nobody is signed in)."""

    advice = "Ask the DSL if you need to do this."


NotAllowed = PermissionDenied


class VaultError(KnownError):
    """The environment failed: the vault's files, the disk or the database."""


class WrongPassphrase(VaultError):
    advice = "Check the account and try again, or use the recovery code."


class UnlockThrottled(VaultError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            "Too many wrong attempts. Wait {seconds} seconds before trying again.",
            "The wait grows with each wrong attempt, to slow down guessing.",
            seconds=int(seconds + 0.999),
        )
        self.seconds = seconds


class VaultMissing(VaultError):
    advice = "Choose the right data folder, restore from a backup, or set up a new vault."


class VaultAlreadyExists(VaultError):
    advice = "Use the existing vault, or choose an empty folder for a new one."


class KeySlotsDamaged(VaultError):
    advice = (
        "The key file beside the database has been changed or damaged. Restore it from a backup."
    )


class DatabaseDamaged(VaultError):
    advice = "The database file is damaged. Restore the latest backup; keep the damaged file."


class BackupDamaged(DatabaseDamaged):
    advice = (
        "Try another backup. Keep this file: it may still be useful to someone who can repair it."
    )


class BackupFolderMissing(VaultError):
    advice = "Plug in the drive or choose another folder, then try again."


class RestorePending(VaultError):
    advice = "Keep the restored vault or undo the restore first (Backups & records page)."


class DatabaseTooNew(VaultError):
    advice = "Install the latest version of DSL Desktop to open this vault."


class DatabaseLocked(VaultError):
    advice = "Close any other copy of DSL Desktop using this vault, then try again."


class StorageFailed(VaultError):
    advice = "Check the disk or the network folder that holds the vault, then try again."


class Interrupted(VaultError):
    advice = "Nothing was changed. Start it again when you are ready."


class DiskFull(VaultError):
    advice = "Free some disk space, then try again. Nothing you saved before this was lost."


class ReadOnlyStore(VaultError):
    advice = "The data folder cannot be written to. Check its permissions or choose another."


class WeakKdfParameters(VaultError):
    advice = "Use stronger key-derivation settings."


class KeychainUnavailable(VaultError):
    advice = "Sign in with your passphrase instead."


class AuditChainBroken(VaultError):
    advice = "The audit trail has been altered. Keep this vault as evidence and restore a backup."


class OutputRefused(VaultError):
    advice = "Choose another file name."


class VaultInUse(VaultError):
    advice = "Close the other window or wait for the other command to finish, then try again."

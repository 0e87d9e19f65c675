"""Named vault errors. Each says what went wrong in plain English and what to do next."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: an error caused by the environment or the user, shown as a message."""

    advice: str = ""

    def __init__(self, message: str, advice: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if advice is not None:
            self.advice = advice

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(VaultError):
    advice = "Check the account and try again, or use the recovery code."


class UnlockThrottled(VaultError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"Too many wrong attempts. Wait {int(seconds + 0.999)} seconds before trying again.",
            "The wait grows with each wrong attempt, to slow down guessing.",
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


class DatabaseTooNew(VaultError):
    advice = "Install the latest version of DSL Desktop to open this vault."


class DatabaseLocked(VaultError):
    advice = "Close any other copy of DSL Desktop using this vault, then try again."


class DiskFull(VaultError):
    advice = "Free some disk space, then try again. Nothing you saved before this was lost."


class ReadOnlyStore(VaultError):
    advice = "The data folder cannot be written to. Check its permissions or choose another."


class WeakKdfParameters(VaultError):
    advice = "Use stronger key-derivation settings."


class KeychainUnavailable(VaultError):
    advice = "Sign in with your passphrase instead."


class PermissionDenied(VaultError):
    advice = "Ask the DSL if you need to do this."


class AuditChainBroken(VaultError):
    advice = "The audit trail has been altered. Keep this vault as evidence and restore a backup."


class OutputRefused(VaultError):
    advice = "Choose another file name."


class VaultInUse(VaultError):
    advice = "Close the other window or wait for the other command to finish, then try again."

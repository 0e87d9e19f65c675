"""Records management: backups and restore, retention review and secure deletion, transfers.

Backups
    :func:`backup` writes one encrypted, verified file (``db.backup`` explains the format and
    the keys). :func:`maybe_auto_backup` runs the school's automatic backups into the folder the
    DSL chose (Settings ``backup.folder``, ``backup.keep``, ``backup.when``), keeping the newest
    ``keep`` automatic files; manual backups in the same folder are never deleted. Automatic
    backups run for whoever signs out: they are the school's policy, set by the DSL or deputy.

Restore
    :func:`verify_backup` and :func:`restore` check a backup completely before touching anything.
    :func:`restore` needs no open vault (the command line restores into an empty folder); the
    app offers it only to the DSL and deputy, after closing the current vault.

Retention (domain §6)
    Rules live in ``retention_rule`` (seeded from ``resources/records/retention.json``).
    :func:`due_for_review` lists records whose review date has come; after the review
    :func:`delete_after_review` removes one for good, with SQLite's ``secure_delete`` on, the
    full-text index rebuilt without it, the WAL truncated and the file vacuumed, so its text is
    not left in free pages. The audit event says what kind of record went, under which rule and
    why (a reason code), with counts only.

Transfers (domain §6: within 5 school days, securely, with confirmation of receipt)
    :func:`export_transfer` writes a chronology PDF and an encrypted package (AES-256-GCM under an
    Argon2id key from the package passphrase) holding the person and every record about them,
    attachments included; :func:`import_transfer` reads a package into another school's vault."""

from __future__ import annotations

from db.backup import (
    SUFFIX,
    BackupCheck,
    BackupDamaged,
    BackupFolderMissing,
    BackupReport,
    PendingRestore,
    RestorePending,
    RestoreReport,
)
from db.errors import NotFound
from dsl_desktop.services.records.backups import (
    AUTO_PREFIX,
    DEFAULT_KEEP,
    MAX_KEEP,
    RECENT,
    WHEN_CHOICES,
    AutoBackupSettings,
    auto_backup_settings,
    backup,
    changes_since_restore,
    confirm_restore,
    last_auto_backup,
    maybe_auto_backup,
    pending_restore,
    restore,
    rotate,
    set_auto_backup,
    sole_writer,
    undo_restore,
    verify_backup,
)
from dsl_desktop.services.records.retention import (
    DELETION_REASONS,
    RECORD_TYPE_LABELS,
    RECORD_TYPES,
    DeletionReport,
    DueRecord,
    RetentionRuleView,
    add_years,
    delete_after_review,
    due_for_review,
    retention_rules,
    update_retention_rule,
)
from dsl_desktop.services.records.transfers import (
    SCHOOL_DAYS_TO_TRANSFER,
    TRANSFER_SUFFIX,
    ImportResult,
    TransferDamaged,
    TransferResult,
    TransferView,
    confirm_receipt,
    export_transfer,
    import_transfer,
    people_for_transfer,
    school_days_after,
    transfers,
)

__all__ = [
    "AUTO_PREFIX",
    "AutoBackupSettings",
    "BackupCheck",
    "BackupDamaged",
    "BackupFolderMissing",
    "BackupReport",
    "DEFAULT_KEEP",
    "DELETION_REASONS",
    "DeletionReport",
    "DueRecord",
    "ImportResult",
    "MAX_KEEP",
    "NotFound",
    "PendingRestore",
    "RECENT",
    "RECORD_TYPES",
    "RECORD_TYPE_LABELS",
    "RestorePending",
    "RestoreReport",
    "RetentionRuleView",
    "SCHOOL_DAYS_TO_TRANSFER",
    "SUFFIX",
    "TRANSFER_SUFFIX",
    "TransferDamaged",
    "TransferResult",
    "TransferView",
    "WHEN_CHOICES",
    "add_years",
    "auto_backup_settings",
    "backup",
    "changes_since_restore",
    "confirm_receipt",
    "confirm_restore",
    "delete_after_review",
    "due_for_review",
    "export_transfer",
    "import_transfer",
    "last_auto_backup",
    "maybe_auto_backup",
    "pending_restore",
    "people_for_transfer",
    "restore",
    "retention_rules",
    "rotate",
    "school_days_after",
    "set_auto_backup",
    "sole_writer",
    "transfers",
    "undo_restore",
    "update_retention_rule",
    "verify_backup",
]

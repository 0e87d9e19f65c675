"""Backups: the whole vault in one encrypted file, and restoring it.

The file
--------
One file, ``*.dslbackup``::

    16 bytes   magic "DSLBKUP\0", format version (u16), reserved (u16), header length (u32)
    N bytes    header: UTF-8 JSON (below)
    32 bytes   SHA-256 of the 16 + N bytes before it
    the rest   a SQLCipher 4 database made with ``sqlcipher_export``, keyed with the backup's key

The header is in the clear but holds nothing about anyone: the backup's id and time, the body's
size and SHA-256, and key material that is useless without a secret. Its checksum and the body's
hash tell a damaged file apart from a wrong passphrase before anything is decrypted; the
SQLCipher page HMACs, ``integrity_check`` and the row counts sealed inside check the rest.

Keys: why a fresh data key, and what opens a backup
---------------------------------------------------
Every backup is encrypted under its own random 256-bit key (the *backup key*), never under the
vault's data key: each backup's pages are unrelated to the live file's and to every other
backup's, a backup can carry a passphrase of its own, and the file is a self-contained thing
with its own locks:

* ``slots`` — an optional *backup passphrase* slot (Argon2id + AES-256-GCM, as in ``vault.keys``)
  for a backup that someone other than the vault's users may have to open;
* ``vault.keys`` — a copy of the vault's own key slots at the time of the backup (every account's
  passphrase slot and the recovery slot; device slots are left out: they belong to one computer).
  They unwrap the vault's data key, and ``escrow`` holds the backup key wrapped under a key
  derived (HKDF) from the vault's data key. So **any account passphrase of the time and the
  school's recovery code open every backup**, with no passphrase of its own to remember. The
  recovery slot cannot be re-wrapped for a new key without the code itself (only its hash-derived
  key could do that), so the chain through the vault's data key is how "re-wrapping" is done;
* ``sealed`` — AES-256-GCM under the backup key, with the rest of the header as associated data:
  the vault's data key, the row count of every table, the schema revision, the newest audit event
  and the school's name.

The open vault's data key also opens its own backups through ``escrow``, so checking a backup
from inside the vault (``verify --backup``) needs no passphrase.

Restoring re-keys the database back to the vault's own data key (``sqlcipher_export`` again) and
puts the vault's key slots beside it. That keeps three things true that re-wrapping could not:
every account signs in to the restored vault with the passphrase it had (slots can only be made
with the passphrase, which is never stored), the recovery code still works, and the audit trail
still verifies, since its HMAC key is derived from the data key. Replacing the *same* vault keeps
the current ``vault.keys`` instead (same data key), so passphrases changed since the backup work.

The cost of this design, stated plainly: whoever holds a backup's secret (the backup passphrase,
a passphrase of that time or the recovery code) learns the vault's data key, just as a vault
passphrase already gives it. Backup passphrases should be as strong as account passphrases.

Restoring and replacing
-----------------------
A backup is verified in full before anything is touched: header checksum, body hash, key, the
manifest's authentication tag, ``integrity_check``, ``cipher_integrity_check``, row counts and
the audit chain, then the same checks again on the re-keyed copy. Restoring into a folder with no
vault creates ``vault.db``, ``vault.keys`` and ``audit.head``. Replacing a vault renames the
current files to ``*.replaced-<timestamp>`` (and writes ``restore.pending``) until
:func:`confirm_restore` deletes them or :func:`undo_restore` puts them back."""

from __future__ import annotations

from db.backup.fileformat import _PREFIX as _PREFIX
from db.backup.fileformat import (
    FORMAT,
    MAGIC,
    PENDING_FILE,
    REPLACED,
    SUFFIX,
    VERSION,
    BackupCheck,
    BackupDamaged,
    BackupFolderMissing,
    BackupReport,
    PendingRestore,
    RestorePending,
    RestoreReport,
    check_database,
    open_backup,
    read_header,
    table_counts,
)
from db.backup.making import make_backup
from db.backup.restoring import (
    confirm_restore,
    pending_restore,
    restore,
    undo_restore,
    verify_backup,
)

__all__ = [
    "BackupCheck",
    "BackupDamaged",
    "BackupFolderMissing",
    "BackupReport",
    "FORMAT",
    "MAGIC",
    "PENDING_FILE",
    "PendingRestore",
    "REPLACED",
    "RestorePending",
    "RestoreReport",
    "SUFFIX",
    "VERSION",
    "check_database",
    "confirm_restore",
    "make_backup",
    "open_backup",
    "pending_restore",
    "read_header",
    "restore",
    "table_counts",
    "undo_restore",
    "verify_backup",
]

"""backup and restore (and the backup check behind ``verify --backup``).

::

    python main.py backup -o FILE [--backup-passphrase-stdin] [--data-dir DIR] [--passphrase-stdin]
    python main.py restore FILE [--data-dir DIR] [--replace] [--passphrase-stdin]
    python main.py restore --keep-restored | --undo [--yes] [--data-dir DIR]

``backup`` reads the vault passphrase (first line with ``--passphrase-stdin``); with
``--backup-passphrase-stdin`` the next line is a passphrase of the backup's own. ``restore``
reads one secret that opens the backup: its own passphrase, a passphrase that opened the vault
when it was made, or the school's recovery code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import (
    CliError,
    command,
    data_dir,
    opened_vault,
    output_path,
    read_line,
    read_secret,
)


def register(sub: Any) -> None:
    p = command(
        sub, "backup", cmd_backup, help="write the whole vault to one encrypted, verified file"
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the backup file"
    )
    p.add_argument(
        "--backup-passphrase-stdin",
        action="store_true",
        help="read a passphrase of the backup's own from the next line of standard input "
        "(without it, the vault's passphrases and recovery code open the backup)",
    )

    p = command(
        sub,
        "restore",
        cmd_restore,
        help="restore a backup into an empty folder (or replace the vault there with --replace)",
    )
    p.add_argument("file", type=Path, nargs="?", metavar="FILE", help="the backup file")
    p.add_argument("--replace", action="store_true", help="replace the vault in the data folder")
    done = p.add_mutually_exclusive_group()
    done.add_argument(
        "--keep-restored",
        action="store_true",
        help="after a --replace restore: delete the replaced vault's files",
    )
    done.add_argument(
        "--undo", action="store_true", help="after a --replace restore: put the replaced vault back"
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="with --undo: discard what was recorded in the restored vault since the restore "
        "without asking",
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from dsl_desktop.services.records import backup

    out = output_path(args, backup=True)
    with opened_vault(args) as vault:
        own = None
        if args.backup_passphrase_stdin:
            own = read_line("the backup passphrase")
            if not own:
                raise CliError("no backup passphrase on the next line of standard input")
        report = backup(vault, out, own)
    print(
        f"Backed up {report.rows} records from {len(report.counts)} tables to {report.path} "
        f"({_megabytes(report.size)}, {report.seconds:.1f} s); the file was read back and verified."
    )
    if own is None:
        print("It opens with any account passphrase of today or the school's recovery code.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dsl_desktop.services import records

    folder = data_dir(args)
    if args.keep_restored or args.undo:
        if args.file is not None or args.replace:
            raise CliError("--keep-restored and --undo take no backup file")
        with records.sole_writer(folder):  # nobody else may have either vault open meanwhile
            if records.pending_restore(folder) is None:
                raise CliError(f"there is no restore waiting to be kept or undone in {folder}")
            if args.undo:
                _confirm_undo(args, records.changes_since_restore(folder))
                records.undo_restore(folder)
                print(f"The restore was undone: the vault in {folder} is back as it was.")
            else:
                removed = records.confirm_restore(folder)
                print(
                    f"Kept the restored vault; deleted {len(removed)} file(s) of the replaced one."
                )
        return 0
    if args.file is None:
        raise CliError("name the backup file to restore")
    secret = read_secret(args, "Backup passphrase, vault passphrase or recovery code: ")
    report = records.restore(args.file, secret, folder, replace_current=args.replace)
    print(
        f"Restored {sum(report.counts.values())} records from the backup made {report.made_at} "
        f"into {folder}; every check passed."
    )
    if report.replaced:
        print(
            "The replaced vault is kept beside it (" + ", ".join(p.name for p in report.replaced)
            + "). Sign in and check the records, then run 'restore --keep-restored' to delete "
            "it or 'restore --undo' to put it back."
        )  # fmt: skip
    else:
        print("Sign in with the passphrases that opened the vault when the backup was made.")
    return 0


def _confirm_undo(args: argparse.Namespace, changes: int | None) -> None:
    """Say what an undo discards (the restored vault, with whatever was recorded in it since the
    restore) and go on only with --yes or a "yes" typed at the terminal."""
    if changes == 0:
        return
    what = (
        "the restored vault and anything recorded in it since the restore"
        if changes is None
        else f"the restored vault and the {changes} event(s) recorded in it since the restore "
        "(sign-ins, changes and exports)"
    )
    if args.yes:
        print(f"Discarding {what}.")
        return
    if not sys.stdin.isatty():
        raise CliError(f"undoing the restore would discard {what}; add --yes to go ahead")
    answer = input(f"Undoing the restore discards {what}. Type yes to go ahead: ")
    if answer.strip().lower() != "yes":
        raise CliError("the restore was not undone")


def check_backup(vault: Any, path: Path) -> list[str]:
    """For ``verify --backup FILE``: problems found in the backup (empty when it is sound).

    A backup of the open vault needs no passphrase; its data key opens it.
    """
    from db.errors import KnownError
    from dsl_desktop.services.records import verify_backup

    try:
        check = verify_backup(path, None, vault)
    except KnownError as exc:
        return [f"backup {path}: {exc.message}"]
    print(
        f"ok: backup {path} made {check.made_at} is sound: {check.rows} records, "
        f"{check.audit_events} audit events chained, schema {check.schema}"
    )
    return []

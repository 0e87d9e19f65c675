"""init, verify and change-passphrase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dsl_desktop.cli.common import (
    CliError,
    add_nation,
    command,
    data_dir,
    opened_vault,
    read_secret,
    warn_if_lost,
)


def register(sub: Any) -> None:
    p = command(sub, "init", cmd_init, help="create a new vault with its first DSL account")
    p.add_argument("--school", required=True, help="the school's name")
    p.add_argument("--user", required=True, help="the first DSL's sign-in name")
    p.add_argument("--display-name", default="", help="the DSL's full name (default: --user)")
    add_nation(p)

    p = command(
        sub, "verify", cmd_verify, help="check the database, its encryption and the audit trail"
    )
    p.add_argument("--backup", type=Path, metavar="FILE", help="also check this backup file")

    p = command(
        sub,
        "recover",
        cmd_recover,
        help="use the recovery code: set a new passphrase for an account, get a new code",
        description="Reads the recovery code, then the new passphrase (with --passphrase-stdin: "
        "the first two lines of standard input). The used code is replaced by a new one, "
        "printed once.",
    )
    p.add_argument("--user", required=True, help="the sign-in name of the account to recover")

    command(
        sub,
        "rotate-key",
        cmd_rotate_key,
        help="replace the vault's data key (old copies of the key file stop opening it)",
        description="Re-keys the database with a new random data key and seals it to every "
        "remaining key slot. Needs a DSL's passphrase. Backups made before keep opening with "
        "the passphrases of their time.",
    )

    command(
        sub, "change-passphrase", cmd_change_passphrase, help="change the passphrase of an account"
    )


def cmd_init(args: argparse.Namespace) -> int:
    from db.vault import Vault
    from dsl_desktop.passphrase import assess

    passphrase = read_secret(args)
    if not args.passphrase_stdin and read_secret(args, "Repeat the passphrase: ") != passphrase:
        raise CliError("the two passphrases differ")
    strength = assess(passphrase)
    if not strength.acceptable:
        raise CliError(f"passphrase too weak: {strength.problems[0]}")
    from dsl_desktop.services.setup import seed_catalogues

    vault, code = Vault(data_dir(args)).create(
        school_name=args.school,
        sign_in_name=args.user,
        display_name=args.display_name or args.user,
        passphrase=passphrase,
        school={"nation": args.nation},
        seed=seed_catalogues,
    )
    vault.close()
    where = "Wales" if args.nation == "wales" else "England"
    print(f"Created a vault for {args.school.strip()} ({where}) in {data_dir(args)}")
    print("Recovery code (shown once; print it and keep it somewhere safe):")
    print(code)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with opened_vault(args, "verify") as vault:
        report = vault.verify()
        if args.backup is not None:
            from dsl_desktop.cli.backup_commands import check_backup

            report.problems.extend(check_backup(vault, args.backup))
            report.ok = report.ok and not report.problems
    if report.ok:
        print(
            f"ok: database sound, SQLCipher {report.facts.get('cipher_version')}, "
            f"{report.facts.get('audit_events')} audit events chained"
        )
        return 0
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from db.vault import Vault
    from dsl_desktop.services.accounts import change_passphrase

    old = read_secret(args, "Current passphrase: ")
    vault = warn_if_lost(Vault(data_dir(args)).unlock_any(old))
    try:
        new = read_secret(args, "New passphrase: ")
        if not args.passphrase_stdin and read_secret(args, "Repeat the new passphrase: ") != new:
            raise CliError("the two passphrases differ")
        change_passphrase(vault, old, new)
    finally:
        vault.close("sign_out")
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from db.vault import Vault
    from dsl_desktop.passphrase import assess
    from dsl_desktop.services.accounts import recover_account

    code = read_secret(args, "Recovery code: ")
    new = read_secret(args, "New passphrase: ")
    if not args.passphrase_stdin and read_secret(args, "Repeat the new passphrase: ") != new:
        raise CliError("the two passphrases differ")
    strength = assess(new)
    if not strength.acceptable:
        raise CliError(f"passphrase too weak: {strength.problems[0]}")
    vault = warn_if_lost(Vault(data_dir(args)).unlock_with_recovery(code))
    try:
        recovery = recover_account(vault, args.user, new)
    finally:
        vault.close("sign_out")
    print(f"New passphrase set for {recovery.signed_in.sign_in_name}.")
    print("The recovery code you used no longer works. The new recovery code (shown once; print")
    print("it and keep it somewhere safe):")
    print(recovery.recovery_code)
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from dsl_desktop.services.accounts import rotate_key

    with opened_vault(args) as vault:
        result = rotate_key(vault)
    print("The vault's data key was replaced; every account signs in as before.")
    print("Old copies of the key file no longer open the vault. Backups made before today still")
    print("open with the passphrases (and recovery code) of their time.")
    if result.recovery_code:
        print("The recovery slot had to be made again. The new recovery code (shown once; print")
        print("it and keep it somewhere safe):")
        print(result.recovery_code)
    return 0

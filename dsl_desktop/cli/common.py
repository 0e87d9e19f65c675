"""Shared pieces of the sub-commands: data folder, passphrase input, opening the vault."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dsl_desktop.paths import default_data_dir


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_common(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS if not top_level else None,
        help="the vault's folder (default: your user data folder)",
    )
    if not top_level:
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from the first line of standard input",
        )


def command(
    sub: Any,
    name: str,
    handler: Any,
    *,
    help: str,
    description: str | None = None,
    vault: bool = True,
) -> argparse.ArgumentParser:
    """A sub-command that runs ``handler``; one that opens the ``vault`` takes ``--data-dir``
    and ``--passphrase-stdin``."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=description)
    if vault:
        add_common(parser)
    parser.set_defaults(handler=handler)
    return parser


def data_dir(args: argparse.Namespace) -> Path:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else default_data_dir()


def checked_text(value: str, what: str) -> str:
    """``value`` if it is real text; a one-line error if it came from bytes that are not UTF-8
    (Python keeps such bytes of the command line as lone surrogates, which nothing can store)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CliError(f"{what} is not valid text: it has bytes that are not UTF-8") from exc
    return value


def read_line(what: str) -> str | None:
    """The next line of standard input as text, None at its end (a one-line error if it is
    not UTF-8)."""
    try:
        line = sys.stdin.readline()
    except UnicodeDecodeError as exc:
        raise CliError(f"{what} on standard input is not valid UTF-8 text") from exc
    return checked_text(line, what).rstrip("\r\n") if line else None


def read_secret(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_stdin", False):
        line = read_line("the passphrase")
        if line is None:
            raise CliError("no passphrase on standard input")
        secret = line
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask for the passphrase; use --passphrase-stdin")
        secret = checked_text(getpass.getpass(prompt), "the passphrase")
    if not secret:
        raise CliError("the passphrase is empty")
    return secret


def open_vault(args: argparse.Namespace, **vault_kwargs: Any) -> Any:
    """Open the vault in the data folder with a passphrase of any account."""
    from db.vault import Vault

    return warn_if_lost(Vault(data_dir(args), **vault_kwargs).unlock_any(read_secret(args)))


@contextmanager
def opened_vault(
    args: argparse.Namespace, closing: str = "sign_out", **vault_kwargs: Any
) -> Iterator[Any]:
    """The vault opened as :func:`open_vault` does, closed (audited as ``closing``) at the end
    of the block, whatever happens in it."""
    vault = open_vault(args, **vault_kwargs)
    try:
        yield vault
    finally:
        vault.close(closing)


def warn_if_lost(vault: Any) -> Any:
    """Say on stderr when the audit trail did not reach its records as the vault was opened."""
    for problem in vault.loss:
        print(f"warning: audit trail: {problem}.", file=sys.stderr)
    if vault.loss:
        print(
            "warning: records may have been lost since the last sign-in. Restore the latest "
            "backup ('restore FILE --replace'), or keep this vault as it is and tell the DSL.",
            file=sys.stderr,
        )
    return vault


def output_path(args: argparse.Namespace, *, backup: bool = False) -> Path:
    """``-o FILE``, checked before the vault is opened: never the vault's own files, a folder
    or a device (the one rule of ``db.outputs``; a refusal is one line, nothing is written)."""
    from db.outputs import check_output_path

    return check_output_path(args.output, data_dir(args), backup=backup)


def add_nation(parser: argparse.ArgumentParser) -> None:
    """``--nation england|wales`` for commands that set up a school."""
    parser.add_argument(
        "--nation",
        choices=("england", "wales"),
        default="england",
        help="where the school is: its guidance, the role's name and training defaults follow "
        "it (default: england)",
    )


def iso_date(text: str) -> dt.date:
    """An argument written as YYYY-MM-DD (``type=`` of ``--from``, ``--to``, ``--as-of``)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from exc


def read_input(path: Path, what: str, limit: int) -> bytes:
    """The bytes of an input file named on the command line, refused in one line when it is
    missing, a folder, unreadable or larger than ``limit``."""
    from db.fsutil import read_at_most

    data = read_at_most(path, limit, what, CliError)
    if len(data) > limit:
        raise CliError(f"{path} is far too large to be {what}")
    return data

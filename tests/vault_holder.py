"""Keeps a vault open in a process of its own, as a second app window would: the other side of
the one-writer tests (tests/e2e/test_cli_one_writer.py, tests/ui/test_one_writer_ui.py).

Usage: ``python tests/vault_holder.py ROOT DATA_DIR`` with the passphrase as the first line of
standard input. Prints ``open`` once the vault is unlocked (and its lock held), then waits; a
``close`` line (or the end of standard input) closes the vault and exits.
"""

from __future__ import annotations

import sys


def main() -> int:
    root, data_dir = sys.argv[1], sys.argv[2]
    sys.path.insert(0, root)
    from pathlib import Path

    from db.vault import Vault

    vault = Vault(Path(data_dir)).unlock_any(sys.stdin.readline().rstrip("\n"))
    print("open", flush=True)
    try:
        for line in sys.stdin:
            if line.strip() == "close":
                break
    finally:
        vault.close()
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The witness: a second record of each vault's newest audit event, kept outside its folder.

Putting the *whole* data folder back to an older copy (``audit.head`` included) is noticed on
this computer because the witness still holds the newer event. The vault writes it with every
saved event; ``db.install`` brings it up to date after a restore, so it sits below both.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from db import audit
from db.errors import VaultError

# In the user's state folder, one file per vault folder. Set once by the app and the command line.
_witness_dir: Path | None = None


def keep_witness_in(folder: Path | None) -> None:
    """Keep the second record of each vault's newest audit event in ``folder`` (None: not)."""
    global _witness_dir
    _witness_dir = Path(folder) if folder is not None else None


def witness_path(data_dir: Path, vault_id: str) -> Path | None:
    if _witness_dir is None:
        return None
    where = f"{vault_id}\n{Path(data_dir).resolve()}".encode()
    return _witness_dir / f"{hashlib.sha256(where).hexdigest()[:32]}.head"


def write_witness(data_dir: Path, vault_id: str, seq: int, digest: str) -> None:
    """Best effort: the witness is a second record; failing to keep it must not fail a save."""
    path = witness_path(data_dir, vault_id)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        audit.write_head(path, seq, digest)
    except (OSError, VaultError):
        pass

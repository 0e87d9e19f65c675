"""One writer at a time: a lock file in the data folder, held while the vault is open.

The app holds it from unlock until it locks or closes; every command that opens the vault holds
it until it finishes; ``restore`` holds it while it replaces or puts back files. A second
process that finds it held is told "the vault is open in another window or command" and
stops. The lock is the operating system's (``flock`` on Linux and macOS, ``LockFileEx`` on
Windows) through the ``filelock`` library, so it is released when the holder exits, even by a
crash, and a stale lock file never blocks anyone.

Inside one process the lock is shared (one :class:`filelock.FileLock` per path, counted), so the
app's own windows and tests that open the same vault twice do not shut each other out.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from db.errors import VaultInUse
from db.fsutil import classify_os_error

LOCK_FILE = "vault.lock"
IN_USE = "The vault is open in another window or command."

_guard = threading.Lock()
_file_locks: dict[str, FileLock] = {}


class VaultLock:
    """The data folder's writer lock. ``acquire`` raises :class:`VaultInUse` at once (no wait)
    when another process holds it; each ``acquire`` is undone by one ``release``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self._count = 0

    @property
    def held(self) -> bool:
        return self._count > 0

    def _file_lock(self) -> FileLock:
        # One instance per path in this process, counting across threads (the app unlocks on a
        # worker thread and locks on the UI thread). Kept here: a FileLock that is garbage
        # collected lets go of the lock.
        key = os.path.realpath(self.path)
        found = _file_locks.get(key)
        if found is None:
            found = _file_locks[key] = FileLock(key, thread_local=False, mode=0o600)
        return found

    def acquire(self) -> VaultLock:
        with _guard:
            try:
                self._file_lock().acquire(timeout=0)
            except Timeout as exc:
                raise VaultInUse(IN_USE) from exc
            except OSError as exc:
                raise classify_os_error(exc, self.path) from exc
            self._count += 1
        return self

    def release(self) -> None:
        with _guard:
            if self._count == 0:
                return
            self._count -= 1
            self._file_lock().release()

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def in_use_elsewhere(data_dir: Path) -> bool:
    """Whether another process holds the vault open now (a quick probe: takes and drops it)."""
    if not Path(data_dir).is_dir():
        return False
    try:
        with VaultLock(data_dir):
            return False
    except VaultInUse:
        return True

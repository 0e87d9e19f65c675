"""Slowing down guessing at the sign-in screen: the delay after wrong passphrases, and the count
of recent wrong attempts kept in ``vault.attempts``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from db.errors import UnlockThrottled, VaultError
from db.fsutil import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def unlock_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong attempts: 0, 0, 0, 2, 4, 8 ... 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS + 1)))


class Throttle:
    """The count and time of recent wrong unlocks, kept in ``vault.attempts``.

    The file only slows down guessing at the sign-in screen. It can never lock the owner out:
    a damaged or empty file is replaced by the most cautious *valid* state (as many failures as
    give the first real wait, counted from now), a time in the future is treated as now, and a
    count out of range is capped. Someone who can copy or delete the vault's files is not slowed
    by it at all; against them the Argon2id cost of every key slot is the protection.
    """

    DAMAGED_FAILURES = FREE_ATTEMPTS + 2
    MAX_FAILURES = 1000
    MAX_FILE_BYTES = 4096

    def __init__(self, path: Path, clock: Callable[[], float]) -> None:
        self.path = path
        self.clock = clock
        #: Set when the file was found damaged and replaced: the UI and CLI say so once.
        self.repaired = False

    def _read(self) -> tuple[int, float]:
        now = self.clock()
        try:
            if self.path.stat().st_size > self.MAX_FILE_BYTES:
                raise ValueError("too large")
            doc = json.loads(self.path.read_text("ascii"))
            failures, last = int(doc["failures"]), float(doc["last"])
            if not (failures >= 0 and last == last and last not in (float("inf"), float("-inf"))):
                raise ValueError("out of range")
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, OverflowError):
            return self._repair(now)
        failures = min(failures, self.MAX_FAILURES)
        if last > now:
            # A time in the future (a clock set wrong, or an edited file) counts as now, and is
            # written back as now so the wait then runs down: never longer than the longest.
            last = now
            try:
                self._write(failures, last)
            except VaultError:
                return failures, 0.0
        return failures, last

    def _repair(self, now: float) -> tuple[int, float]:
        """A damaged counter must not let guessing go faster, nor lock anyone out for ever:
        write the most cautious valid state, whose wait then runs down like any other."""
        self.repaired = True
        if self.path.is_dir():
            raise VaultError(
                "The record of wrong attempts ({path}) is a folder, not a file.",
                "Move that folder out of the data folder, then sign in again.",
                path=self.path,
            )
        try:
            self._write(self.DAMAGED_FAILURES, now)
        except VaultError:
            # Not writable: a wait counted from every read would never end, and no failure
            # could be counted anyway. Let the attempt through.
            return 0, 0.0
        return self.DAMAGED_FAILURES, now

    def _write(self, failures: int, last: float) -> None:
        atomic_write(self.path, json.dumps({"failures": failures, "last": last}).encode())

    def remaining(self) -> float:
        failures, last = self._read()
        return max(0.0, last + unlock_delay(failures) - self.clock())

    def failures(self) -> int:
        return self._read()[0]

    def check(self) -> None:
        wait = self.remaining()
        if wait > 0:
            error = UnlockThrottled(wait)
            if self.repaired:
                error.advice = (
                    "The record of wrong attempts (vault.attempts) was damaged, so DSL Desktop "
                    "waits as it would after several wrong attempts. After the wait, sign in "
                    "as usual."
                )
            raise error

    def failed(self) -> None:
        failures, _ = self._read()
        self._write(min(failures + 1, self.MAX_FAILURES), self.clock())

    def succeeded(self) -> int:
        """Clear the counter; returns how many wrong attempts came before this success."""
        failures = self._read()[0] if self.path.is_file() else 0
        if self.path.is_file():
            self.path.unlink()
        return failures

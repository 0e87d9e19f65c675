"""Cancelling long work between its steps, without Qt.

A :class:`CancelToken` is handed to slow core work (a backup, say). The UI sets it from its
Cancel button; the work calls :meth:`CancelToken.check` between steps and inside its copy loops,
which raises :class:`Cancelled`. The work then cleans up after itself (a cancelled backup leaves
no file behind) and the exception travels back to whoever started it.

``report`` lets the work say how far it has got; the UI passes a callback that forwards the
figures to its own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):  # noqa: N818 - the user asked for this; it is not an error
    """The work stopped because someone asked it to."""


class CancelToken:
    """A flag one thread sets and another checks; safe to share across threads."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._event = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancelling was asked for."""
        if self._event.is_set():
            raise Cancelled("The work was cancelled.")

    def report(self, done: int, total: int) -> None:
        """Step ``done`` of ``total`` has started (checks for cancelling first)."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(done, total)


def check(token: CancelToken | None) -> None:
    if token is not None:
        token.check()

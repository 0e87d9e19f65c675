"""The pinned Qt binding survives a long session's worth of signals.

PySide6 6.12.0 dropped one reference to ``True`` on every ``Signal.emit()`` made from Python,
so a few thousand emits (an afternoon of typing into forms) aborted the process with
"bool_dealloc". This runs the same loop in a child process, so an abort fails the test rather
than the whole suite.
"""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])

class Source(QObject):
    plain = Signal()
    text = Signal(str)

source = Source()
seen = []
source.plain.connect(lambda: seen.append(1))
source.text.connect(seen.append)
before = sys.getrefcount(True)
for _ in range(20_000):
    source.plain.emit()
    source.text.emit("x")
assert len(seen) == 40_000
print(before - sys.getrefcount(True))
"""


def test_twenty_thousand_signals_leave_the_interpreter_intact() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100  # no reference lost per emit

"""Runs ``main.py`` commands in forked children: the child of tests/faults.

Usage: ``python tests/faults/forkserver.py ROOT``. It imports the app once (everything a
command imports lazily, too), prints ``ready``, then reads one JSON job per line::

    {"args": [...], "env": {...}, "stdin": FILE, "stdout": FILE, "stderr": FILE}

and for each forks a child that takes ``env`` as its whole environment (so ``DSL_FAULT_POINT``,
the temporary folder and the platform folders are the job's own), reads ``stdin`` as its
standard input and runs ``main.main(args)`` exactly as ``python main.py ARGS`` would. The
child is a real process: a fault point kills it with SIGKILL (or ``os._exit``), and the server
prints ``{"rc": N}`` once it has been reaped (``N`` negative: killed by signal ``-N``).
A fork costs milliseconds where a fresh interpreter costs a second of imports per run.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys


def _child(job: dict[str, object]) -> int:
    import tempfile

    gc.disable()  # a short-lived process: no collection passes over the inherited heap

    env = job["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update({str(k): str(v) for k, v in env.items()})
    tempfile.tempdir = None  # re-read TMPDIR
    for fd, key, flags in (
        (0, "stdin", os.O_RDONLY),
        (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(str(job[key]), flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
    from db import fsutil

    fsutil._points_passed = 0
    fsutil.part_registry = None
    import main as entry

    args = job["args"]
    assert isinstance(args, list)
    return entry.main([str(a) for a in args])


def main() -> None:
    root = sys.argv[1]
    sys.path.insert(0, root)
    os.chdir(root)
    # Everything the commands import, once: each forked child starts with it loaded.
    import db.backup  # noqa: F401
    import dsl_desktop.passphrase  # noqa: F401
    import dsl_desktop.services.accounts  # noqa: F401
    import dsl_desktop.services.exports  # noqa: F401
    import dsl_desktop.services.records  # noqa: F401
    import dsl_desktop.services.setup  # noqa: F401
    import dsl_desktop.services.training  # noqa: F401
    import dsl_desktop.sweep  # noqa: F401
    import main as _entry  # noqa: F401
    from dsl_desktop.cli import build_parser

    build_parser()
    # The children share the server's memory copy-on-write; keep the collector from touching
    # (and so copying) every object the imports made.
    gc.collect()
    gc.freeze()
    out = sys.stdout.buffer
    out.write(b"ready\n")
    out.flush()
    for line in sys.stdin.buffer:
        if not line.strip():
            break
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 98
            try:
                code = _child(job)
            except SystemExit as exc:  # argparse
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException as exc:  # reported through the exit status and stderr
                os.write(2, f"forkserver child: {type(exc).__name__}: {exc}\n".encode())
                code = 97
            finally:
                with_flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        out.write((json.dumps({"rc": os.waitstatus_to_exitcode(status)}) + "\n").encode())
        out.flush()


def with_flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


if __name__ == "__main__":
    main()

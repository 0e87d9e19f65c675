"""Writes records into a vault until it is killed: the child of tests/unit/test_crash_safety.py.

Usage: ``python tests/crash_writer.py ROOT DATA_DIR SIGN_IN_NAME`` with the passphrase as the
first line of standard input.

It runs as a small fork server so that each writer starts in milliseconds rather than paying
for Python's imports a hundred times: the storage code is imported once, then for every ``go``
line on standard input a child is forked that opens the vault with the passphrase (Argon2id and
all), signs in and commits concerns in a loop, each with an information item and its audit
event, exactly as the app's unit of work does. After each commit it prints ``id N`` (flushed).
The server prints ``pid P`` for each child and ``dead P`` once the child has been reaped.
"""

from __future__ import annotations

import datetime as dt
import os
import sys


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _write_forever(data_dir: str, name: str, passphrase: str) -> None:
    from pathlib import Path

    from sqlalchemy import select

    from db.models import Concern, InformationItem, Person
    from db.vault import Vault

    ov = Vault(Path(data_dir)).unlock(name, passphrase)
    assert ov.user is not None
    me = ov.user.user_id
    with ov.reading() as s:
        person_id = s.scalar(select(Person.id).order_by(Person.id).limit(1))
    n = 0
    while True:
        n += 1
        at = dt.datetime.now().replace(microsecond=0)
        with ov.unit() as s:
            concern = Concern(
                reference=f"K-{os.getpid()}-{n}", person_id=person_id, noticed_by="Crash test",
                noticed_at=at, account="Written by the crash test " * 8, recorded_by_id=me,
                recorded_at=at,
            )  # fmt: skip
            s.add(concern)
            s.flush()
            s.add(
                InformationItem(
                    concern_id=concern.id, content="An item that must survive " * 20,
                    kind="observed", recorded_by_id=me, recorded_at=at,
                )
            )  # fmt: skip
            ov.audit(s, "concern.created", entity="concern", entity_id=concern.id)
            committed = concern.id
        _say(f"id {committed}")


def main() -> None:
    root, data_dir, name = sys.argv[1:4]
    sys.path.insert(0, root)
    import db.vault  # noqa: F401  (imported once here; every fork starts with it loaded)

    passphrase = sys.stdin.buffer.readline().decode().rstrip("\r\n")
    while True:
        line = sys.stdin.buffer.readline().decode().strip()
        if line != "go":
            return
        pid = os.fork()
        if pid == 0:
            try:
                _write_forever(data_dir, name, passphrase)
            except BaseException as exc:  # reported to the test, which fails on it
                _say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(1)
        _say(f"pid {pid}")
        os.waitpid(pid, 0)
        _say(f"dead {pid}")


if __name__ == "__main__":
    main()

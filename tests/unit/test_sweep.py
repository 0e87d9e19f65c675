"""The start-up sweep: what a killed process left in the clear is gone at the next start.

Each leftover is made by a real child process that is killed with SIGKILL in the middle of its
work (an attachment open for viewing, an export being written), then the sweep runs here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from db import fsutil, install
from db.vault import OpenVault, Vault
from dsl_desktop import sweep
from dsl_desktop.services import attachments as at
from dsl_desktop.services.people import PersonInput, add_person

ROOT = Path(__file__).resolve().parents[2]
Maker = Callable[..., tuple[Vault, OpenVault, str]]
SECRET = "Screenshot of a chat naming Gwŷn Quillfeather"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, for this test and its children alone."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(fsutil, "part_registry", None)
    return folder


def _killed_child(code: str, env_tmp: Path) -> str:
    """Run ``code`` in a new interpreter that kills itself with SIGKILL at ``die()``."""
    script = "import os, signal, sys\nsys.path.insert(0, sys.argv[1])\n"
    script += "def die():\n    os.kill(os.getpid(), signal.SIGKILL)\n"
    script += textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT)],
        env={**os.environ, "TMPDIR": str(env_tmp)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    return done.stdout


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_an_attachment_copy_left_by_a_killed_app_is_wiped_at_the_next_start(
    new_vault: Maker, temp_root: Path
) -> None:
    vault, ov, _ = new_vault()
    pid = add_person(ov, PersonInput("Zoë", "O'Neill")).id
    import datetime as dt

    from dsl_desktop.services import concerns as cs

    ref = cs.create_concern(
        ov, cs.NoticeInput(pid, "Mrs Kaur", dt.datetime(2026, 1, 5, 11), "Showed a video",
                           immediate_danger=False),
    )  # fmt: skip
    from dsl_desktop.domain import Stage

    cs.move_to(ov, ref.id, Stage.CHECK)
    info = at.attach(ov, "concern", ref.id, file_name="chat.txt", content=SECRET.encode(),
                     media_type="text/plain")  # fmt: skip
    ov.close()
    printed = _killed_child(
        f"""
        from pathlib import Path
        from db.vault import Vault
        from dsl_desktop.services import attachments
        from tests.unit.conftest import FAST_KDF, DSL_NAME, DSL_PASSPHRASE
        ov = Vault(Path({str(vault.data_dir)!r})).unlock(DSL_NAME, DSL_PASSPHRASE)
        with attachments.open_temporary_copy(ov, {info.id}) as path:
            print(path, flush=True)
            die()
        """,
        temp_root,
    )
    left = Path(printed.strip())
    assert left.read_text("utf-8") == SECRET  # in the clear, where a viewer would open it
    own = sweep.app_temp_dir()
    assert own in left.parents  # in the app's one temporary folder, not loose in the system's

    report = sweep.sweep(vault.data_dir)

    assert not left.exists() and not left.parent.exists()
    assert report.opened_copies == 1
    assert report.messages and "attachments left open" in report.messages[0]
    assert SECRET.encode() not in _all_bytes(temp_root)
    assert sweep.sweep(vault.data_dir).messages == []  # nothing the second time


def test_a_part_file_left_by_a_killed_export_is_removed_at_the_next_start(
    tmp_path: Path, temp_root: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    _killed_child(
        f"""
        from pathlib import Path
        from db import fsutil
        from dsl_desktop import sweep
        sweep.sweep(None)  # start-up: from now on every write notes its temporary file
        def fill(stream):
            stream.write({SECRET!r}.encode() * 100)
            stream.flush()
            die()
        fsutil.atomic_write_with(Path({str(out / "log.csv")!r}), fill)
        """,
        temp_root,
    )
    parts = [p for p in out.iterdir() if p.name.endswith(fsutil.TEMP_SUFFIX)]
    assert len(parts) == 1 and parts[0].name.startswith(".log.csv.")
    assert SECRET.encode() in parts[0].read_bytes()
    # A write in progress in a live process is left alone (its note names this process).
    live = out / ".report.pdf.abc123.part"
    live.write_bytes(b"being written")
    fsutil.part_registry = sweep.app_temp_dir() / sweep.WRITES_FOLDER
    note = fsutil._note_part(str(live))
    assert note is not None

    report = sweep.sweep(None)

    assert report.unfinished_writes == 1
    assert "interrupted" in report.messages[0]
    assert not parts[0].exists()
    assert not (out / "log.csv").exists()
    assert live.exists()
    assert sorted(p.name for p in out.iterdir()) == [live.name]
    fsutil._forget_part(note)


def test_a_half_built_vault_is_removed_with_a_message_and_init_then_works(
    tmp_path: Path, temp_root: Path, fast_kdf
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dead = data / f"{install.BUILD_PREFIX}999999-0a0b0c0d"  # a process that no longer runs
    dead.mkdir()
    (dead / "vault.db").write_bytes(os.urandom(4096))
    mine = data / f"{install.BUILD_PREFIX}{os.getpid()}-01020304"  # this one is still running
    mine.mkdir()
    vault = Vault(data)
    assert not vault.exists()

    report = sweep.sweep(data)

    assert not dead.exists() and mine.exists()
    assert any("half-made vault" in m for m in report.messages)
    ov, _code = vault.create(school_name="Ysgol Gwŷn", sign_in_name="Siân", display_name="Siân",
                             passphrase="heron lantern copper 42 meadow", kdf=fast_kdf)  # fmt: skip
    ov.close()
    names = {p.name for p in data.iterdir()}
    assert {"audit.head", "vault.db", "vault.keys"} <= names
    assert install.JOURNAL_FILE not in names
    assert [n for n in names if n.startswith(install.BUILD_PREFIX)] == [mine.name]


def test_a_damaged_install_journal_is_one_clear_message(tmp_path: Path, temp_root: Path) -> None:
    from db.errors import VaultError

    data = tmp_path / "data"
    data.mkdir()
    (data / install.JOURNAL_FILE).write_bytes(b"\xff\x00 not json")
    with pytest.raises(VaultError) as caught:
        Vault(data).exists()
    assert install.JOURNAL_FILE in caught.value.message


def test_the_app_temp_folder_is_private(temp_root: Path) -> None:
    own = sweep.app_temp_dir()
    assert own.parent == temp_root
    assert (own.stat().st_mode & 0o777) == 0o700
    assert ((own / sweep.OPEN_FOLDER).stat().st_mode & 0o777) == 0o700

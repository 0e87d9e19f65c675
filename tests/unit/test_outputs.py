"""db.outputs.check_output_path: the one rule for where an output may be written."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from db.errors import OutputRefused
from db.fsutil import TEMP_SUFFIX, atomic_write, atomic_write_with
from db.outputs import check_output_path, is_vault_file_name

OWN = ["vault.db", "vault.db-wal", "vault.db-shm", "vault.keys", "vault.attempts", "audit.head",
       "vault.lock", "restore.pending", "vault.db.replaced-20260101-101010"]  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for name in OWN:
        (data / name).write_bytes(b"precious " + name.encode())
    return data


@pytest.mark.parametrize("name", OWN)
def test_every_own_file_is_refused_and_left_alone(folder: Path, name: str) -> None:
    with pytest.raises(OutputRefused, match="one of the vault's own files"):
        check_output_path(folder / name, folder)
    assert (folder / name).read_bytes() == b"precious " + name.encode()


def test_a_new_own_name_is_refused_too(tmp_path: Path) -> None:
    """Before the journal exists, a path naming it would still become part of the vault."""
    with pytest.raises(OutputRefused):
        check_output_path(tmp_path / "VAULT.DB-journal", tmp_path)


def test_links_to_own_files_are_refused(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "hard").hardlink_to(folder / "vault.keys")
    (tmp_path / "soft").symlink_to(folder / "vault.db")
    (tmp_path / "dirlink").symlink_to(folder)
    for path in (tmp_path / "hard", tmp_path / "soft", tmp_path / "dirlink" / "audit.head"):
        with pytest.raises(OutputRefused, match="vault's own files"):
            check_output_path(path, folder)


def test_folder_device_and_fifo_are_refused(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="is a folder"):
        check_output_path(folder, folder)
    with pytest.raises(OutputRefused, match="not an ordinary file"):
        check_output_path("/dev/null", folder)
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(OutputRefused, match="not an ordinary file"):
        check_output_path(tmp_path / "pipe", folder)


def test_missing_folder_long_name_and_empty_name(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="does not exist"):
        check_output_path(tmp_path / "nowhere" / "log.csv", folder)
    with pytest.raises(OutputRefused, match="too long"):
        check_output_path(tmp_path / ("x" * 300 + ".csv"), folder)
    with pytest.raises(OutputRefused, match="No file name"):
        check_output_path("", folder)


def test_a_backup_is_not_overwritten_by_another_kind_of_output(tmp_path: Path) -> None:
    old = tmp_path / "monday.dslbackup"
    old.write_bytes(b"DSLBKUP\x00" + b"\x00" * 40)
    with pytest.raises(OutputRefused, match="is a backup"):
        check_output_path(old, None)
    assert check_output_path(old, None, backup=True) == old


def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    """Read-only for root too: the immutable attribute (chattr +i); else plain permissions."""
    ro = tmp_path / "ro"
    ro.mkdir()
    immutable = subprocess.run(["chattr", "+i", str(ro)], capture_output=True).returncode == 0
    if not immutable:
        if os.geteuid() == 0:
            pytest.skip("root, and no immutable attribute on this file system")
        ro.chmod(0o500)
    try:
        with pytest.raises(OutputRefused, match="cannot be written"):
            check_output_path(ro / "log.csv", None)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(ro)], check=True)
        ro.chmod(0o700)
    assert list(ro.iterdir()) == []


def test_ordinary_outputs_pass(folder: Path, tmp_path: Path) -> None:
    new = tmp_path / "Siân’s log.csv"
    assert check_output_path(new, folder) == new
    (tmp_path / "old.csv").write_text("x")
    assert check_output_path(tmp_path / "old.csv", folder) == tmp_path / "old.csv"
    assert not is_vault_file_name("concerns-log.pdf")


def test_nothing_readable_is_written_inside_the_data_folder(folder: Path) -> None:
    """An export beside the vault would leave records readable where the encrypted ones live."""
    for inside in (folder / "notes.csv", folder / "sub" / "log.pdf"):
        (inside.parent).mkdir(exist_ok=True)
        with pytest.raises(OutputRefused, match="inside the vault's own folder"):
            check_output_path(inside, folder)
    # a backup is encrypted: it may be written there (though a copy elsewhere is what protects)
    assert check_output_path(folder / "spare.dslbackup", folder, backup=True)


def test_atomic_write_leaves_old_file_and_no_temp_when_the_fill_fails(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 250)  # a long, allowed name still leaves room for the temp file
    atomic_write(target, b"old")

    def half(stream: object) -> None:
        stream.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        atomic_write_with(target, half)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert not any(p.name.endswith(TEMP_SUFFIX) for p in tmp_path.iterdir())

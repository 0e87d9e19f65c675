"""Backups and restore with real vaults, real files and real SQLCipher."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db import backup as backups
from db.errors import (
    DatabaseDamaged,
    DiskFull,
    PermissionDenied,
    VaultAlreadyExists,
    VaultError,
    WrongPassphrase,
)
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import records
from dsl_desktop.services.accounts import add_account
from dsl_desktop.services.people import InvalidInput
from tests.records_data import (
    DSL_NAME,
    DSL_PASSPHRASE,
    FAST_KDF,
    add_case,
    add_former_staff,
    dump,
    make_vault,
    plaintext_copy,
)

CANARIES = ("Quokkafrond", "Zebulonmarsh", "Pellucidwyrm")
DEPUTY = "Tariq Patel"
DEPUTY_PASSPHRASE = "copper meadow lantern 93"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def school(tmp_path: Path):
    vault, ov, code = make_vault(tmp_path / "data")
    add_account(
        ov, sign_in_name=DEPUTY, display_name="Mr Tariq Patel", role=Role.DEPUTY,
        passphrase=DEPUTY_PASSPHRASE, kdf=FAST_KDF,
    )  # fmt: skip
    pid, _ = add_case(ov, CANARIES[0])
    add_case(ov, CANARIES[1], person_id=pid)
    add_case(ov, "Ordinaryword", forenames="Ffion", surname="Jones", person_type="parent_carer")
    add_former_staff(ov, CANARIES[2], dt.date(2015, 7, 31))
    yield vault, ov, code
    ov.close()


def _files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_restore_into_a_new_folder_gives_the_same_records(school, tmp_path: Path) -> None:
    vault, ov, code = school
    before = dump(vault.db_path, ov._dek)
    report = records.backup(ov, tmp_path / "school.dslbackup")
    assert report.size == (tmp_path / "school.dslbackup").stat().st_size
    assert report.counts["concern"] == 3 and report.counts["attachment"] == 7
    assert report.rows == sum(len(rows) for rows in before.values())
    print(f"\nbackup: {report.rows} rows, {report.size} bytes, {report.seconds * 1000:.0f} ms")

    restored_dir = tmp_path / "restored"
    result = records.restore(tmp_path / "school.dslbackup", DSL_PASSPHRASE, restored_dir)
    assert sorted(p.name for p in restored_dir.iterdir()) == [
        "audit.head",
        "vault.db",
        "vault.keys",
    ]
    assert result.counts == report.counts

    restored = Vault(restored_dir).unlock(DSL_NAME, DSL_PASSPHRASE)
    try:
        after = dump(restored.vault.db_path, restored._dek)
        check = restored.verify()
    finally:
        restored.close()
    assert check.ok, check.problems
    for table in before:
        if table == "audit_event":
            # The restored vault adds "vault.restored" (and this test's sign-in) after the copy.
            assert after[table][: len(before[table])] == before[table]
            assert after[table][len(before[table])][3] == "vault.restored"
        else:
            assert after[table] == before[table], table
    # Every account of the time and the recovery code open the restored vault.
    Vault(restored_dir).unlock(DEPUTY, DEPUTY_PASSPHRASE).close()
    Vault(restored_dir).unlock_with_recovery(code).close()


def test_the_backup_file_holds_none_of_the_records_text(school, tmp_path: Path) -> None:
    vault, ov, _code = school
    plain = plaintext_copy(vault.db_path, ov._dek, tmp_path / "plain.db")
    for canary in CANARIES:  # the words really are in the records...
        assert canary.encode() in plain
    report = records.backup(ov, tmp_path / "b.dslbackup")
    data = report.path.read_bytes()
    for canary in (*CANARIES, "Gwŷn", "Ysgol Glan Morfa", DSL_NAME):  # ...and not in the backup
        for encoding in ("utf-8", "utf-16-le"):
            assert canary.encode(encoding) not in data, canary
    assert not data[backups._PREFIX.size :].startswith(b"SQLite format 3")
    header = backups.read_header(report.path).header
    assert "counts" not in json.dumps(header) and "school" not in json.dumps(header)


def _flip(src: Path, dest: Path, offset: int) -> None:
    data = bytearray(src.read_bytes())
    data[offset] ^= 0x01
    dest.write_bytes(bytes(data))


def test_a_backup_with_one_flipped_byte_is_refused_and_nothing_is_replaced(
    school, tmp_path: Path
) -> None:
    vault, ov, _code = school
    good = records.backup(ov, tmp_path / "good.dslbackup").path
    parsed = backups.read_header(good)
    ov.close()
    header_end = parsed.body_offset
    json_start = backups._PREFIX.size
    offsets = {
        "magic": 0,
        "version": 8,
        "header length": 14,
        "header JSON": json_start + 5,
        "a key slot": good.read_bytes().index(b'"wrapped"') + 14,
        "header checksum": header_end - 3,
        "first page": header_end + 20,
        "middle page": header_end + parsed.body_size // 2,
        "last byte": parsed.file_size - 1,
    }
    data_dir = vault.data_dir
    before = _files(data_dir)
    for where, offset in offsets.items():
        bad = tmp_path / f"bad-{offset}.dslbackup"
        _flip(good, bad, offset)
        with pytest.raises(DatabaseDamaged):
            records.restore(bad, DSL_PASSPHRASE, data_dir, replace_current=True)
        assert _files(data_dir) == before, where
        with pytest.raises(DatabaseDamaged):
            records.verify_backup(bad, DSL_PASSPHRASE)
        new_dir = tmp_path / f"new-{offset}"
        with pytest.raises(DatabaseDamaged):
            records.restore(bad, DSL_PASSPHRASE, new_dir)
        assert not new_dir.exists() or not any(new_dir.iterdir()), where
    # The good one still restores over the vault, and the vault opens afterwards.
    records.restore(good, DSL_PASSPHRASE, data_dir, replace_current=True)
    Vault(data_dir).unlock(DSL_NAME, DSL_PASSPHRASE).close()


def test_a_cut_short_or_foreign_file_is_refused(school, tmp_path: Path) -> None:
    _vault, ov, _code = school
    good = records.backup(ov, tmp_path / "good.dslbackup").path
    short = tmp_path / "short.dslbackup"
    short.write_bytes(good.read_bytes()[:-4096])
    with pytest.raises(DatabaseDamaged, match="incomplete"):
        records.verify_backup(short, DSL_PASSPHRASE)
    other = tmp_path / "holiday.jpg"
    other.write_bytes(os.urandom(5000))
    with pytest.raises(DatabaseDamaged, match="not a DSL Desktop backup"):
        records.verify_backup(other, DSL_PASSPHRASE)
    with pytest.raises(VaultError, match="was not found"):
        records.verify_backup(tmp_path / "missing.dslbackup", DSL_PASSPHRASE)


def test_who_can_open_a_backup(school, tmp_path: Path) -> None:
    vault, ov, code = school
    own = records.backup(ov, tmp_path / "own.dslbackup", "spare key in the safe 81", kdf=FAST_KDF)
    plain = records.backup(ov, tmp_path / "plain.dslbackup")
    assert (
        records.verify_backup(own.path, "spare key in the safe 81").opened_with
        == "backup passphrase"
    )
    assert records.verify_backup(own.path, DEPUTY_PASSPHRASE).opened_with == "account passphrase"
    check = records.verify_backup(plain.path, code.lower().replace("-", " "))
    assert check.opened_with == "recovery code"
    assert check.counts == plain.counts and check.school == "Ysgol Glan Morfa"
    assert check.audit_events > 0 and check.vault_id == ov.keys.vault_id
    with pytest.raises(WrongPassphrase):
        records.verify_backup(plain.path, "spare key in the safe 81")
    before = _files(vault.data_dir)
    with pytest.raises(WrongPassphrase):
        records.restore(own.path, "not the right one at all", vault.data_dir, replace_current=True)
    assert _files(vault.data_dir) == before
    with pytest.raises(InvalidInput, match="too weak"):
        records.backup(ov, tmp_path / "weak.dslbackup", "short")


def test_todays_passphrase_opens_an_older_backup_of_the_same_vault(school, tmp_path: Path) -> None:
    vault, ov, _code = school
    old = records.backup(ov, tmp_path / "old.dslbackup").path
    ov.change_passphrase(DSL_PASSPHRASE, "a brand new passphrase 55", FAST_KDF)
    with pytest.raises(WrongPassphrase):
        records.verify_backup(old, "a brand new passphrase 55")  # not on its own...
    # With the vault open, its own data key opens its backups: no passphrase needed at all.
    assert records.verify_backup(old, None, ov).opened_with == "this vault's key"
    # Given a passphrase, the check proves that passphrase: today's one, through today's slots.
    assert (
        records.verify_backup(old, "a brand new passphrase 55", ov).opened_with
        == "account passphrase"
    )
    with pytest.raises(WrongPassphrase):
        records.verify_backup(old, "not a passphrase of anyone", ov)
    ov.close()
    # ...and restoring over the same vault keeps today's key slots.
    result = records.restore(old, "a brand new passphrase 55", vault.data_dir, replace_current=True)
    assert result.kept_current_keys
    Vault(vault.data_dir).unlock(DSL_NAME, "a brand new passphrase 55").close()


def test_a_backup_of_another_vault_needs_its_own_secret(school, tmp_path: Path) -> None:
    _vault, ov, _code = school
    _v2, other, other_code = make_vault(tmp_path / "other", school="Another School")
    try:
        foreign = records.backup(other, tmp_path / "foreign.dslbackup").path
    finally:
        other.close()
    with pytest.raises(WrongPassphrase, match="another vault"):
        records.verify_backup(foreign, None, ov)
    assert records.verify_backup(foreign, other_code, ov).school == "Another School"


def test_replace_then_undo_or_confirm(school, tmp_path: Path) -> None:
    vault, ov, _code = school
    snapshot = records.backup(ov, tmp_path / "snap.dslbackup").path
    add_case(ov, "Laterword", forenames="Elin", surname="Hughes")
    ov.close()
    with pytest.raises(VaultAlreadyExists):
        records.restore(snapshot, DSL_PASSPHRASE, vault.data_dir)

    result = records.restore(snapshot, DSL_PASSPHRASE, vault.data_dir, replace_current=True)
    assert {p.name.split(".replaced-")[0] for p in result.replaced} >= {
        "vault.db",
        "vault.keys",
        "audit.head",
    }
    pending = records.pending_restore(vault.data_dir)
    assert pending is not None and sorted(pending.files) == sorted(result.replaced)
    with pytest.raises(records.RestorePending):
        records.restore(snapshot, DSL_PASSPHRASE, vault.data_dir, replace_current=True)
    ov2 = Vault(vault.data_dir).unlock(DSL_NAME, DSL_PASSPHRASE)
    assert b"Laterword" not in plaintext_copy(ov2.vault.db_path, ov2._dek, tmp_path / "p1.db")
    assert ov2.verify().ok
    ov2.close()

    records.undo_restore(vault.data_dir)
    assert records.pending_restore(vault.data_dir) is None
    assert not [p for p in vault.data_dir.iterdir() if ".replaced-" in p.name]
    ov3 = Vault(vault.data_dir).unlock(DSL_NAME, DSL_PASSPHRASE)
    assert b"Laterword" in plaintext_copy(ov3.vault.db_path, ov3._dek, tmp_path / "p2.db")
    assert ov3.verify().ok, ov3.verify().problems
    ov3.close()

    records.restore(snapshot, DSL_PASSPHRASE, vault.data_dir, replace_current=True)
    removed = records.confirm_restore(vault.data_dir)
    assert removed and not any(p.exists() for p in removed)
    assert sorted(
        p.name for p in vault.data_dir.iterdir()
        if not p.name.startswith("vault.db-") and p.name != "vault.lock"  # the writer lock
    ) == ["audit.head", "vault.db", "vault.keys"]  # fmt: skip
    with pytest.raises(VaultError):
        records.undo_restore(vault.data_dir)


def test_automatic_backups_keep_the_newest_n(school, tmp_path: Path) -> None:
    _vault, ov, _code = school
    folder = tmp_path / "usb"
    folder.mkdir()
    manual = records.backup(ov, folder / "before-the-inspection.dslbackup").path
    stray = folder / "dsl-desktop-auto-notes.txt"
    stray.write_text("not a backup")
    records.set_auto_backup(ov, records.AutoBackupSettings(str(folder), keep=3, when="daily"))
    start = dt.datetime(2026, 3, 2, 16, 0)
    made = []
    for day in range(5):
        now = start + dt.timedelta(days=day)
        assert records.maybe_auto_backup(ov, "sign_in", now=now) is not None
        # Within the same day nothing more is made.
        assert records.maybe_auto_backup(ov, "sign_out", now=now + dt.timedelta(hours=3)) is None
        made.append(f"dsl-desktop-auto-{now:%Y%m%d-%H%M%S}.dslbackup")
    autos = sorted(p.name for p in folder.glob("dsl-desktop-auto-*.dslbackup"))
    assert autos == made[-3:]
    assert manual.exists() and stray.exists()
    assert records.last_auto_backup(ov)["ok"] is True

    records.set_auto_backup(ov, records.AutoBackupSettings(str(folder), keep=2, when="sign_out"))
    assert records.maybe_auto_backup(ov, "auto_lock", now=start + dt.timedelta(days=9)) is None
    assert records.maybe_auto_backup(ov, "sign_out", now=start + dt.timedelta(days=9)) is not None
    # Asked again for the same sign-out: one backup, not two.
    again = start + dt.timedelta(days=9, seconds=20)
    assert records.maybe_auto_backup(ov, "sign_out", now=again) is None
    assert records.maybe_auto_backup(ov, "sign_out", now=again + dt.timedelta(hours=1)) is not None
    assert len(list(folder.glob("dsl-desktop-auto-*.dslbackup"))) == 2
    latest = sorted(folder.glob("dsl-desktop-auto-*.dslbackup"))[-1]
    assert records.verify_backup(latest, DSL_PASSPHRASE).counts["concern"] == 3


def test_automatic_backup_to_a_missing_folder_says_so(school, tmp_path: Path) -> None:
    _vault, ov, _code = school
    folder = tmp_path / "usb"
    folder.mkdir()
    records.set_auto_backup(ov, records.AutoBackupSettings(str(folder), keep=3, when="sign_out"))
    folder.rmdir()  # the memory stick was taken out
    with pytest.raises(records.BackupFolderMissing, match="not available"):
        records.maybe_auto_backup(ov, "sign_out")
    last = records.last_auto_backup(ov)
    assert last is not None and last["ok"] is False and "not available" in last["problem"]
    with pytest.raises(records.BackupFolderMissing):
        records.set_auto_backup(ov, records.AutoBackupSettings(str(folder), keep=3, when="daily"))
    with pytest.raises(InvalidInput, match="outside"):
        records.set_auto_backup(ov, records.AutoBackupSettings(str(ov.vault.data_dir), 3, "daily"))


def test_only_the_dsl_and_deputy_back_up(school, tmp_path: Path) -> None:
    vault, ov, _code = school
    add_account(
        ov, sign_in_name="Governor Gwen", display_name="Gwen", role=Role.REVIEWER,
        passphrase="governor reads only 12", kdf=FAST_KDF,
    )  # fmt: skip
    reviewer = Vault(vault.data_dir).unlock("Governor Gwen", "governor reads only 12")
    try:
        with pytest.raises(PermissionDenied):
            records.backup(reviewer, tmp_path / "r.dslbackup")
        assert not (tmp_path / "r.dslbackup").exists()
    finally:
        reviewer.close()
    deputy = Vault(vault.data_dir).unlock(DEPUTY, DEPUTY_PASSPHRASE)
    try:
        assert records.backup(deputy, tmp_path / "d.dslbackup").counts["concern"] == 3
    finally:
        deputy.close()


FULL_DISK_CHILD = textwrap.dedent(
    """
    import json, os, subprocess, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    data_dir, mount = Path(sys.argv[2]), Path(sys.argv[3])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(mount)], check=True)
    (mount / "earlier.dslbackup").write_bytes(b"an earlier backup kept here")
    from db.vault import Vault
    from dsl_desktop.services import records
    ov = Vault(data_dir).unlock(sys.argv[4], sys.stdin.readline().rstrip("\\n"))
    try:
        records.backup(ov, mount / "today.dslbackup")
        outcome = "no error"
    except Exception as exc:
        outcome = type(exc).__name__ + ": " + str(exc)
    finally:
        ov.close()
    print(json.dumps({"outcome": outcome, "files": sorted(os.listdir(mount)),
                      "data": sorted(os.listdir(data_dir))}))
    """
)


def test_a_full_disk_gives_disk_full_and_leaves_no_partial_file(school, tmp_path: Path) -> None:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        pytest.skip("needs Linux user namespaces to mount a tiny private file system")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here")
    vault, ov, _code = school
    ov.close()
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", FULL_DISK_CHILD, str(ROOT), str(vault.data_dir),
         str(mount), DSL_NAME],
        input=DSL_PASSPHRASE + "\n", capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["outcome"].startswith(DiskFull.__name__), report
    assert "disk is full" in report["outcome"]
    assert report["files"] == ["earlier.dslbackup"]  # no partial or temporary file left
    assert not [n for n in report["data"] if n.startswith(".backup-")]


def test_a_rewritten_header_that_passes_its_checksum_is_still_refused(
    school, tmp_path: Path
) -> None:
    """Someone who edits the body and recomputes every unkeyed checksum still breaks the seal."""
    vault, ov, _code = school
    good = records.backup(ov, tmp_path / "good.dslbackup").path
    parsed = backups.read_header(good)
    data = bytearray(good.read_bytes())
    data[parsed.body_offset + 5000] ^= 0xFF
    body = bytes(data[parsed.body_offset :])
    header = dict(parsed.header)
    header["body"] = {**header["body"], "sha256": hashlib.sha256(body).hexdigest()}
    raw = json.dumps(header, sort_keys=True, indent=1).encode()
    fixed = backups._PREFIX.pack(backups.MAGIC, backups.VERSION, 0, len(raw))
    forged = tmp_path / "forged.dslbackup"
    forged.write_bytes(fixed + raw + hashlib.sha256(fixed + raw).digest() + body)
    backups.read_header(forged)  # the unkeyed checks pass...
    ov.close()
    before = _files(vault.data_dir)
    with pytest.raises(DatabaseDamaged, match="altered"):  # ...the keyed seal does not
        records.restore(forged, DSL_PASSPHRASE, vault.data_dir, replace_current=True)
    assert _files(vault.data_dir) == before

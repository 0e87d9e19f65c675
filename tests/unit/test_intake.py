"""Staff reports: sealed on any computer with the public key, opened only by the school's vault."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attachment, Concern, IntakeKey, StaffReport
from db.vault import OpenVault, Vault
from dsl_desktop.intake import service
from dsl_desktop.intake.envelope import (
    Refusal,
    ReportRefused,
    open_sealed,
    receipt_for,
    seal,
)
from dsl_desktop.intake.keyfile import IntakeKey as PublicKeyFile
from dsl_desktop.intake.keyfile import IntakeKeyError
from dsl_desktop.intake.locate import find_intake_key
from dsl_desktop.intake.report import ReportInvalid
from dsl_desktop.intake.report import StaffReport as Report

ACCOUNT = "Zoë said: “they deserve what's coming to them” — and showed me a video on her phone."
REPORT = Report(
    reporter="Gwŷn O'Neill",
    reporter_role="Teaching assistant",
    person="Siân Williams",
    account=ACCOUNT,
    noticed_at=dt.datetime(2026, 11, 30, 10, 15),
    where="Library",
    present="Mr Patel",
    immediate_danger=False,
    action_taken="Told the DSL at break.",
)

NewVault = Callable[..., tuple[Vault, OpenVault, str]]


@pytest.fixture
def school(new_vault: NewVault) -> tuple[OpenVault, PublicKeyFile]:
    _, ov, _ = new_vault()
    service.create_key(ov)
    return ov, service.public_key(ov)


def _keys(ov: OpenVault) -> dict[str, bytes]:
    with ov.reading() as s:
        return {k.key_id: bytes(k.private_key) for k in s.scalars(select(IntakeKey))}


def _concerns(ov: OpenVault) -> int:
    with ov.reading() as s:
        return int(s.scalar(select(func.count(Concern.id))) or 0)


def test_a_sealed_report_opens_in_its_schools_vault(
    school: tuple[OpenVault, PublicKeyFile],
) -> None:
    ov, key = school
    sealed = seal(key, REPORT)
    opened = open_sealed(sealed.data, _keys(ov))
    assert opened.report == REPORT
    assert opened.receipt == sealed.receipt == receipt_for(sealed.data)
    assert opened.report_id == sealed.report_id


def test_another_schools_vault_refuses_it_and_imports_nothing(
    school: tuple[OpenVault, PublicKeyFile], new_vault: NewVault, tmp_path: Path
) -> None:
    _, key = school
    _, other, _ = new_vault(school_name="Ysgol Arall")
    service.create_key(other)
    drop = tmp_path / "drop"
    drop.mkdir()
    sealed = seal(key, REPORT)
    (drop / sealed.file_name).write_bytes(sealed.data)
    with pytest.raises(ReportRefused) as refused:
        open_sealed(sealed.data, _keys(other))
    assert refused.value.kind is Refusal.FOREIGN
    summary = service.import_reports(other, drop)
    assert summary.line() == "imported 0, already imported 0, refused 1"
    assert summary.refused[0][0] == drop / sealed.file_name
    assert "another school" in summary.refused[0][1]
    assert _concerns(other) == 0
    assert (drop / sealed.file_name).read_bytes() == sealed.data  # left where it was


def test_a_flipped_byte_anywhere_is_refused(school: tuple[OpenVault, PublicKeyFile]) -> None:
    ov, key = school
    small = Report(reporter="A", person="B", account="C")
    data = seal(key, small).data
    keys = _keys(ov)
    assert len(data) < 600  # every one of its bytes, each flipped two ways
    for position in range(len(data)):
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[position] ^= bit
            with pytest.raises(ReportRefused):
                open_sealed(bytes(damaged), keys)
    with pytest.raises(ReportRefused):
        open_sealed(data + b"\x00", keys)
    with pytest.raises(ReportRefused):
        open_sealed(data[:-1], keys)


def test_a_flipped_byte_in_a_long_report_is_refused(
    school: tuple[OpenVault, PublicKeyFile],
) -> None:
    ov, key = school
    data = seal(key, REPORT).data
    keys = _keys(ov)
    for position in range(0, len(data), 7):
        damaged = bytearray(data)
        damaged[position] ^= 0x20
        with pytest.raises(ReportRefused):
            open_sealed(bytes(damaged), keys)


def test_importing_twice_makes_one_concern(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    ov, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    sealed = seal(key, REPORT)
    (drop / sealed.file_name).write_bytes(sealed.data)
    (drop / "copy-for-email.dslreport").write_bytes(sealed.data)  # the same report, twice
    first = service.import_reports(ov, drop)
    assert first.line() == "imported 1, already imported 1, refused 0"
    assert list(drop.iterdir()) == []
    (drop / sealed.file_name).write_bytes(sealed.data)  # it comes back (an email, a copy)
    second = service.import_reports(ov, drop)
    assert second.line() == "imported 0, already imported 1, refused 0"
    assert second.already == [sealed.receipt]
    assert _concerns(ov) == 1


def test_the_import_makes_a_concern_at_notice_noticed_by_the_reporter(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    ov, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    sealed = seal(key, REPORT)
    (drop / sealed.file_name).write_bytes(sealed.data)
    summary = service.import_reports(ov, drop)
    [imported] = summary.imported
    assert imported.receipt == sealed.receipt
    with ov.reading() as s:
        c = s.get(Concern, imported.concern_id)
        assert c is not None
        assert c.stage == "notice" and c.reference == imported.reference
        assert c.noticed_by == "Gwŷn O'Neill (Teaching assistant)"
        assert c.account == ACCOUNT
        assert c.location == "Library" and c.others_present == "Mr Patel"
        assert c.noticed_at == dt.datetime(2026, 11, 30, 10, 15)
        assert c.immediate_danger is False
        assert (c.person.forenames, c.person.surname) == ("Siân", "Williams")
        row = s.scalars(select(StaffReport)).one()
        attachment = s.get(Attachment, row.attachment_id)
        assert attachment is not None and attachment.owner_id == c.id
        kept = json.loads(attachment.content)
        assert kept["report"]["account"] == ACCOUNT and kept["report_id"] == sealed.report_id
    assert service.report_for_concern(ov, imported.concern_id) == sealed.receipt
    with ov.reading() as s:
        from db.models import AuditEvent

        actions = list(s.scalars(select(AuditEvent.action)))
        details = s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "staff_report.imported")
        ).one()
    assert "staff_report.imported" in actions
    assert ACCOUNT not in json.dumps(details) and "Siân" not in json.dumps(details)
    assert ov.verify().ok


def test_damaged_and_strange_files_stay_and_are_named(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    ov, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    good = seal(key, REPORT)
    (drop / good.file_name).write_bytes(good.data)
    broken = bytearray(seal(key, REPORT).data)
    broken[-3] ^= 1
    (drop / "broken.dslreport").write_bytes(bytes(broken))
    (drop / "notes.dslreport").write_text("just some text", "utf-8")
    (drop / "empty.dslreport").write_bytes(b"")
    (drop / ".half-written.dslreport.tmp").write_bytes(b"x")
    summary = service.import_reports(ov, drop)
    assert summary.line() == "imported 1, already imported 0, refused 3"
    names = sorted(p.name for p, _ in summary.refused)
    assert names == ["broken.dslreport", "empty.dslreport", "notes.dslreport"]
    reasons = dict((p.name, r) for p, r in summary.refused)
    assert "damaged" in reasons["broken.dslreport"]
    assert "not a sealed staff report" in reasons["notes.dslreport"]
    assert sorted(p.name for p in drop.iterdir()) == [
        ".half-written.dslreport.tmp", "broken.dslreport", "empty.dslreport", "notes.dslreport",
    ]  # fmt: skip
    assert _concerns(ov) == 1


def test_replacing_the_key_keeps_earlier_reports_openable(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    ov, old_key = school
    new_id = service.replace_key(ov)
    new_key = service.public_key(ov)
    assert new_key.key_id == new_id != old_key.key_id
    drop = tmp_path / "drop"
    drop.mkdir()
    for key in (old_key, new_key):
        sealed = seal(key, REPORT)
        (drop / sealed.file_name).write_bytes(sealed.data)
    assert service.import_reports(ov, drop).line() == "imported 2, already imported 0, refused 0"
    status = service.intake_status(ov)
    assert status.key_id == new_id and status.retired_keys == 1 and status.imported_reports == 2


def test_files_hold_no_record_text_and_no_private_key(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    ov, key = school
    key_path = tmp_path / "school.dslintake"
    service.export_public_key(ov, key_path)
    key_bytes = key_path.read_bytes()
    sealed = seal(key, REPORT).data
    [private] = _keys(ov).values()
    for data in (key_bytes, sealed):
        assert private not in data
        assert private.hex().encode() not in data
        import base64

        assert base64.b64encode(private) not in data
        for text in ("Siân", "Williams", "Gwŷn", "Library", "deserve", "Patel", "Told the DSL"):
            for encoding in ("utf-8", "utf-16-le"):
                assert text.encode(encoding) not in data
            assert json.dumps(text).encode() not in data
    loaded = PublicKeyFile.from_bytes(key_bytes)
    assert loaded == key and loaded.school == "Brook Lane Primary"
    assert set(json.loads(key_bytes)) == {"format", "version", "school", "key_id", "public_key"}


def test_the_key_file_cannot_be_saved_into_the_vault(
    school: tuple[OpenVault, PublicKeyFile],
) -> None:
    ov, _ = school
    from db.errors import VaultError

    with pytest.raises(VaultError, match="inside the vault"):
        service.export_public_key(ov, ov.vault.data_dir / "vault.keys")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(public_key=d["public_key"][:-4] + "AAA="),
        lambda d: d.update(key_id="AAAAAAAAAAAAAAAA"),
        lambda d: d.update(version=9),
        lambda d: d.update(format="something-else"),
        lambda d: d.pop("public_key"),
    ],
)
def test_a_damaged_key_file_is_refused(
    school: tuple[OpenVault, PublicKeyFile], change: Callable[[dict[str, object]], None]
) -> None:
    _, key = school
    doc = json.loads(key.to_bytes())
    change(doc)
    with pytest.raises(IntakeKeyError):
        PublicKeyFile.from_bytes(json.dumps(doc).encode())
    with pytest.raises(IntakeKeyError, match="not text"):
        PublicKeyFile.from_bytes(b"\xff\xfe\x00")


def test_the_staff_side_finds_the_first_usable_key_file(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path
) -> None:
    _, key = school
    damaged = tmp_path / "user" / "school.dslintake"
    damaged.parent.mkdir()
    damaged.write_text("{", "utf-8")
    machine = tmp_path / "machine" / "school.dslintake"
    machine.parent.mkdir()
    machine.write_bytes(key.to_bytes())
    found = find_intake_key([tmp_path / "missing.dslintake", damaged, machine])
    assert found.key == key and found.path == machine
    none = find_intake_key([tmp_path / "missing.dslintake", damaged])
    assert none.key is None and none.path == damaged and "damaged" in none.problem


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"person": "B", "account": "C"}, "missing reporter"),
        ({"reporter": "A", "account": "C"}, "missing person"),
        ({"reporter": "A", "person": "B", "account": "   "}, "missing account"),
        (
            {"reporter": "A", "person": "B", "account": "C", "immediate_danger": "yes"},
            "true or false",
        ),
        (
            {"reporter": "A", "person": "B", "account": "C", "noticed_at": "last Tuesday"},
            "YYYY-MM-DD",
        ),
        ({"reporter": "A", "person": "B", "account": "C", "colour": "red"}, "does not know"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_report_fields_are_checked(doc: object, message: str) -> None:
    with pytest.raises(ReportInvalid, match=message):
        Report.from_json(doc)


def test_report_json_must_be_utf8_json() -> None:
    with pytest.raises(ReportInvalid, match="not UTF-8"):
        Report.parse('{"reporter": "Siân"}'.encode("latin-1"))
    with pytest.raises(ReportInvalid, match="not valid JSON"):
        Report.parse(b'{"reporter": ')
    parsed = Report.parse(json.dumps(REPORT.to_json()).encode())
    assert parsed == REPORT


def test_the_drop_folder_never_holds_plain_text(
    school: tuple[OpenVault, PublicKeyFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Look into the drop folder at every moment a file in it is created, renamed or removed
    (sealing through the command line, then importing): never a readable word."""
    import os

    from dsl_desktop.cli import run

    ov, key = school
    drop = tmp_path / "drop"
    drop.mkdir()
    key_path = tmp_path / "school.dslintake"
    key_path.write_bytes(key.to_bytes())
    source = tmp_path / "report.json"
    source.write_text(json.dumps(REPORT.to_json(), ensure_ascii=False), "utf-8")
    looks: list[int] = []
    words = [w.encode() for w in ("Siân", "Williams", "Gwŷn", "Library", "deserve", "Patel")]

    def look() -> None:
        for path in drop.iterdir():
            data = path.read_bytes()
            assert not any(w in data for w in words), f"{path.name} holds plain text"
        looks.append(len(list(drop.iterdir())))

    real_replace, real_unlink, real_fdopen = os.replace, Path.unlink, os.fdopen

    def replace(src: str, dst: str) -> None:
        look()
        real_replace(src, dst)
        look()

    def unlink(self: Path, missing_ok: bool = False) -> None:
        look()
        real_unlink(self, missing_ok=missing_ok)

    class Watched:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> object:
            return self.fh.__enter__()  # type: ignore[attr-defined]

        def __exit__(self, *exc: object) -> None:
            self.fh.__exit__(*exc)  # type: ignore[attr-defined]
            look()

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Watched(real_fdopen(*a, **k)))
    for _ in range(3):
        assert run(["report-concern", "--key", str(key_path), "--from", str(source),
                    "-o", str(drop)]) == 0  # fmt: skip
    assert len(list(drop.iterdir())) == 3
    summary = service.import_reports(ov, drop)
    assert summary.line() == "imported 3, already imported 0, refused 0"
    assert len(looks) >= 9 and list(drop.iterdir()) == []

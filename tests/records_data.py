"""Records for the backup, retention and transfer tests, written with the ORM.

Every piece of text carries a *canary*: a made-up word that appears nowhere else, so a test can
grep a file's bytes for it and know exactly where the text went.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from db.engine import key_pragma
from db.keyslots import KdfParams
from db.models import (
    Action,
    AlternativeExplanation,
    Amendment,
    Attachment,
    Concern,
    Consultation,
    Course,
    Decision,
    Draft,
    InformationItem,
    Person,
    Referral,
    Staff,
    StageChange,
    TrainingRecord,
)
from db.vault import OpenVault, Vault

FAST_KDF = KdfParams(19456, 2, 1)
DSL_NAME = "Sian Pritchard"
DSL_PASSPHRASE = "harbour lantern teacup 47"
SCHOOL = "Ysgol Glan Morfa"

NOW = dt.datetime(2026, 3, 2, 10, 30)


def make_vault(folder: Path, *, school: str = SCHOOL) -> tuple[Vault, OpenVault, str]:
    from dsl_desktop.services.setup import seed_catalogues

    vault = Vault(folder)
    ov, code = vault.create(
        school_name=school,
        sign_in_name=DSL_NAME,
        display_name="Mrs Siân Pritchard",
        passphrase=DSL_PASSPHRASE,
        kdf=FAST_KDF,
        school={"urn": "401234"},
        seed=seed_catalogues,
    )
    return vault, ov, code


def add_case(
    ov: OpenVault,
    canary: str,
    *,
    forenames: str = "Gwŷn",
    surname: str = "Roberts",
    person_type: str = "pupil",
    date_of_birth: dt.date | None = dt.date(2012, 5, 17),
    person_id: int | None = None,
    closed_at: dt.datetime | None = None,
    reference: str | None = None,
) -> tuple[int, int]:
    """A person (unless ``person_id``) and one concern with one row in every child table."""
    assert ov.user is not None
    me = ov.user.user_id
    with ov.unit() as s:
        if person_id is None:
            person = Person(
                person_type=person_type, forenames=forenames, surname=surname,
                other_names=f"{canary}-alias", date_of_birth=date_of_birth, gender="male",
                addresses=[{"address": f"1 {canary} Street, Bangor", "is_current": True}],
                family_details=f"Lives with mother ({canary}-family)", upn_or_staff_code="A123456789012",
                school_or_occupation="Year 9", created_at=NOW,
            )  # fmt: skip
            s.add(person)
            s.flush()
            person_id = person.id
        count = s.query(Concern).count()
        concern = Concern(
            reference=reference or f"C-2026-{count + 1:04d}", person_id=person_id,
            noticed_by="Mr Evans (form tutor)", noticed_at=NOW - dt.timedelta(days=30),
            location="Science block", account=f"Said that {canary} videos explain everything",
            others_present=f"{canary}-witness", indicators=["online_extremist_material"],
            category="not_yet_known", immediate_danger=False, details={"note": f"{canary}-details"},
            stage="closed" if closed_at else "check", status="closed" if closed_at else "open",
            recorded_by_id=me, holder_id=me, recorded_at=NOW - dt.timedelta(days=30),
            closed_at=closed_at, outcome="monitor" if closed_at else None,
        )  # fmt: skip
        s.add(concern)
        s.flush()
        cid = concern.id
        item = InformationItem(
            concern_id=cid, content=f"Shared a {canary} link in class", source="Mr Evans",
            kind="observed", validation="corroborated", recorded_by_id=me,
            recorded_at=NOW - dt.timedelta(days=29),
        )  # fmt: skip
        s.add(item)
        s.flush()
        s.add_all(
            [
                AlternativeExplanation(
                    concern_id=cid, explanation=f"Curiosity about {canary} news", exploration="Talked with him",
                    conclusion="Partly", recorded_by_id=me, recorded_at=NOW - dt.timedelta(days=28),
                ),
                Consultation(
                    concern_id=cid, name="PC Jones", role="Prevent officer", agency="North Wales Police",
                    consulted_at=NOW - dt.timedelta(days=27), method="phone",
                    shared=f"Told about the {canary} link", reason="Advice", outcome="Monitor",
                    recorded_by_id=me,
                ),
                Decision(
                    concern_id=cid, answers={"immediate_risk": "no"}, outcome="monitor",
                    rationale=f"Monitor because of {canary} interest", decided_by_id=me,
                    decided_at=NOW - dt.timedelta(days=26), review_date=dt.date(2026, 4, 1),
                ),
                Referral(
                    concern_id=cid, form_version="2024-1", snapshot={"account": f"{canary}-snapshot"},
                    generated_at=NOW - dt.timedelta(days=25), generated_by_id=me,
                    sent_at=NOW - dt.timedelta(days=25), sent_to="Prevent team",
                    police_reference=f"PR-{canary}",
                ),
                Action(
                    concern_id=cid, description=f"Check in about {canary} weekly", owner="Head of Year",
                    due_date=dt.date(2026, 3, 20), created_by_id=me, created_at=NOW - dt.timedelta(days=24),
                ),
                StageChange(
                    concern_id=cid, from_stage="notice", to_stage="check", note=f"{canary}-stage note",
                    changed_by_id=me, changed_at=NOW - dt.timedelta(days=29),
                ),
                Amendment(
                    concern_id=cid, entity="information_item", entity_id=item.id, field="content",
                    old_value=f"first wording {canary}-old", new_value=item.content,
                    reason="Typo", amended_by_id=me, amended_at=NOW - dt.timedelta(days=20),
                ),
                Amendment(
                    concern_id=None, entity="person", entity_id=person_id, field="other_names",
                    old_value=f"{canary}-oldname", new_value="", reason="Spelling",
                    amended_by_id=me, amended_at=NOW - dt.timedelta(days=20),
                ),
                _attachment("concern", cid, f"{canary}-note.txt", f"Scan of the {canary} note".encode(), me),
                _attachment("information_item", item.id, "screenshot.png", f"PNG {canary} bytes".encode(), me),
                Draft(
                    user_id=me, key=f"concern:{cid}:information",
                    payload={"content": f"half-typed {canary} draft"}, updated_at=NOW,
                ),
            ]
        )  # fmt: skip
    return person_id, cid


def _attachment(owner_type: str, owner_id: int, name: str, content: bytes, me: int) -> Attachment:
    return Attachment(
        owner_type=owner_type, owner_id=owner_id, file_name=name, media_type="text/plain",
        size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
        added_by_id=me, added_at=NOW,
    )  # fmt: skip


def add_former_staff(ov: OpenVault, canary: str, left_date: dt.date) -> int:
    assert ov.user is not None
    me = ov.user.user_id
    with ov.unit() as s:
        course = s.query(Course).first()
        assert course is not None
        staff = Staff(
            forename="Dafydd", surname=f"{canary}son", email="d@example.org", role_types=["alerter"],
            start_date=dt.date(2010, 9, 1), left_date=left_date, created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        s.add(staff)
        s.flush()
        cert = _attachment("training_record", 0, "certificate.pdf", f"%PDF {canary}".encode(), me)
        s.add(cert)
        s.flush()
        record = TrainingRecord(
            staff_id=staff.id, course_id=course.id, completed_on=dt.date(2015, 1, 1),
            certificate_id=cert.id, notes=f"{canary}-training", recorded_by_id=me, recorded_at=NOW,
        )  # fmt: skip
        s.add(record)
        s.flush()
        cert.owner_id = record.id
        return staff.id


def connect(path: Path, dek: bytes) -> Any:
    conn = sqlcipher.connect(str(path))
    conn.isolation_level = None
    conn.execute(key_pragma(dek))
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


def dump(path: Path, dek: bytes, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table, sorted, for comparing two databases."""
    conn = connect(path, dek)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {
            n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
            for n in names
            if n not in skip
        }
    finally:
        conn.close()


def plaintext_copy(path: Path, dek: bytes, out: Path) -> bytes:
    """Export the whole database, unencrypted, to ``out`` and return its bytes."""
    conn = connect(path, dek)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = out.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")
    return data


def decrypted_pages(path: Path, dek: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a SQLCipher 4 file decrypted by hand, free pages included.

    SQLCipher 4 encrypts each page with AES-256-CBC under the (raw) key, with the page's IV in the
    last 80 reserved bytes (16 IV + 64 HMAC); page 1's first 16 bytes are the file's salt. Reading
    the file this way sees what ``sqlcipher_export`` cannot: pages SQLite no longer uses.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    assert len(data) % page_size == 0
    out = bytearray()
    for number, start in enumerate(range(0, len(data), page_size), start=1):
        page = data[start : start + page_size]
        skip = 16 if number == 1 else 0
        iv = page[page_size - reserve : page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(dek), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[skip : page_size - reserve]) + decryptor.finalize()
        if number == 1:
            # Bytes 16-17 of the SQLite header are the page size: proof the decryption is right.
            assert int.from_bytes(plain[:2], "big") == page_size
        out += plain
    return bytes(out)

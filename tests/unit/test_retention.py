"""Retention: rules, what is due for review, and deletion that leaves no trace in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.errors import DomainError, KnownError, PermissionDenied
from db.models import AuditEvent, Concern, Draft, Person, Staff, Transfer
from db.vault import Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import records
from dsl_desktop.services.accounts import add_account
from dsl_desktop.services.people import InvalidInput
from tests.records_data import (
    FAST_KDF,
    NOW,
    add_case,
    add_former_staff,
    decrypted_pages,
    make_vault,
    plaintext_copy,
)

TODAY = dt.date.today()


@pytest.fixture
def vault(tmp_path: Path):
    v, ov, _code = make_vault(tmp_path / "data")
    yield v, ov
    ov.close()


def _index_pending(ov) -> None:
    """Bring the log's search index up to date, as the log does before it searches."""
    with ov.unit() as s:
        s.execute(
            text(
                "DELETE FROM concern_search WHERE rowid IN (SELECT concern_id FROM concern_search_pending)"
            )
        )
        s.execute(
            text(
                "INSERT INTO concern_search(rowid, body) SELECT id, body FROM concern_search_words "
                "WHERE id IN (SELECT concern_id FROM concern_search_pending)"
            )
        )
        s.execute(text("DELETE FROM concern_search_pending"))


def _checkpoint(ov) -> None:
    with ov.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def test_rules_are_seeded_and_editable(vault) -> None:
    v, ov = vault
    rules = {r.record_type: r for r in records.retention_rules(ov)}
    assert set(rules) == {"child_protection", "adult_concern", "training_record"}
    assert (rules["child_protection"].basis, rules["child_protection"].years) == (
        "date_of_birth",
        25,
    )
    changed = records.update_retention_rule(ov, "adult_concern", years=12, notes="Our policy, 2026")
    assert (changed.years, changed.notes, changed.basis) == (12, "Our policy, 2026", "closed")
    assert {r.record_type: r.years for r in records.retention_rules(ov)}["adult_concern"] == 12
    with pytest.raises(InvalidInput, match="between 1 and 100"):
        records.update_retention_rule(ov, "adult_concern", years=0)
    with pytest.raises(records.NotFound):
        records.update_retention_rule(ov, "no_such_kind", years=5)
    with ov.reading() as s:
        ev = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "retention.rule_changed")
        ).one()
        assert ev.details == {"years_before": 10, "years": 12}


def test_what_is_due_for_review(vault) -> None:
    v, ov = vault
    old_pupil, _ = add_case(
        ov, "Oldpupil", forenames="Alys", surname="Morgan", date_of_birth=dt.date(1995, 2, 28)
    )
    young, _ = add_case(ov, "Youngpupil", date_of_birth=dt.date(2012, 5, 17))
    aged, _ = add_case(ov, "Agedpupil", forenames="Iwan", surname="Lloyd", date_of_birth=None)
    with ov.unit() as s:
        p = s.get(Person, aged)
        p.approx_age = 14
        p.created_at = dt.datetime(1998, 6, 1)
    _, closed_adult = add_case(
        ov, "Closedadult", forenames="Gareth", surname="Price", person_type="staff",
        date_of_birth=None, closed_at=dt.datetime(2012, 1, 10, 9, 0),
    )  # fmt: skip
    add_case(ov, "Openadult", forenames="Mair", surname="Davies", person_type="parent_carer")
    staff = add_former_staff(ov, "Leftstaff", dt.date(2015, 7, 31))
    add_former_staff(ov, "Recentstaff", TODAY - dt.timedelta(days=30))

    due = records.due_for_review(ov, TODAY)
    found = {(d.record_type, d.record_id): d for d in due}
    assert set(found) == {
        ("child_protection", old_pupil),
        ("child_protection", aged),
        ("adult_concern", closed_adult),
        ("training_record", staff),
    }
    assert found[("child_protection", old_pupil)].due_on == dt.date(2020, 2, 28)
    assert found[("child_protection", old_pupil)].label == "Alys Morgan"
    assert found[("child_protection", aged)].due_on == dt.date(2009, 6, 1)
    assert "approximate age" in found[("child_protection", aged)].note
    assert found[("adult_concern", closed_adult)].due_on == dt.date(2022, 1, 10)
    assert found[("training_record", staff)].due_on == dt.date(2021, 7, 31)
    assert [d.due_on for d in due] == sorted(d.due_on for d in due)
    # The young pupil's file comes up on their 25th birthday.
    later = records.due_for_review(ov, dt.date(2037, 5, 17))
    assert ("child_protection", young) in {(d.record_type, d.record_id) for d in later}
    assert ("child_protection", young) not in {
        (d.record_type, d.record_id) for d in records.due_for_review(ov, dt.date(2037, 5, 16))
    }
    # A longer rule moves the date.
    records.update_retention_rule(ov, "training_record", years=20)
    assert ("training_record", staff) not in {
        (d.record_type, d.record_id) for d in records.due_for_review(ov, TODAY)
    }


def test_deleting_a_child_protection_file_leaves_no_trace(vault, tmp_path: Path) -> None:
    v, ov = vault
    canary = "Quokkafrond"
    pid, cid = add_case(
        ov, canary, forenames="Alys", surname="Morgan", date_of_birth=dt.date(1995, 2, 28)
    )
    add_case(ov, canary + "Second", person_id=pid)
    keep_pid, keep_cid = add_case(ov, "Keepthisword", forenames="Ffion", surname="Jones")
    assert ov.user is not None
    with ov.unit() as s:
        s.add(
            Draft(
                user_id=ov.user.user_id,
                key="concern:new",
                payload={"about": "Alys Morgan said"},
                updated_at=NOW,
            )
        )
        s.add(
            Draft(
                user_id=ov.user.user_id,
                key="person:new",
                payload={"person_id": pid},
                updated_at=NOW,
            )
        )
        s.add(
            Draft(
                user_id=ov.user.user_id,
                key="concern:99999",
                payload={"text": "unrelated"},
                updated_at=NOW,
            )
        )
        s.add(
            Transfer(
                person_id=pid,
                to_school="Ysgol Uwchradd",
                method="by hand",
                created_by_id=ov.user.user_id,
                created_at=NOW,
            )
        )
    _index_pending(ov)
    _checkpoint(ov)
    # Positive controls: the words are there, in the rows, the search index and the raw pages.
    plain = plaintext_copy(v.db_path, ov._dek, tmp_path / "before.db")
    pages = decrypted_pages(v.db_path, ov._dek)
    for needle in (canary.encode(), canary.lower().encode(), b"Alys Morgan said"):
        assert needle in plain and needle in pages, needle
    with ov.reading() as s:
        hits = s.execute(
            text("SELECT rowid FROM concern_search WHERE concern_search MATCH :q"), {"q": canary}
        ).all()
        assert hits

    from dsl_desktop.services import log as log_service

    version = log_service.log_version(ov)
    report = records.delete_after_review(ov, "child_protection", pid, "review_not_needed")
    assert log_service.log_version(ov) != version  # the log reloads after a deletion

    assert report.person_removed
    assert report.counts["concern"] == 2 and report.counts["information_item"] == 2
    assert report.counts["attachment"] == 4 and report.counts["draft"] == 4
    assert report.counts["amendment"] == 4  # two per concern: the item's and the person's
    for table in (
        "alternative_explanation",
        "consultation",
        "decision",
        "referral",
        "action",
        "stage_change",
    ):
        assert report.counts[table] == 2, table
    assert (
        not (v.data_dir / "vault.db-wal").exists()
        or (v.data_dir / "vault.db-wal").stat().st_size == 0
    )
    plain = plaintext_copy(v.db_path, ov._dek, tmp_path / "after.db")
    pages = decrypted_pages(v.db_path, ov._dek)
    for needle in (canary.encode(), canary.lower().encode(), b"Alys Morgan", b"Alys Morgan said"):
        assert needle not in plain, needle
        assert needle not in pages, needle  # not in free pages either
    assert b"Keepthisword" in plain and b"keepthisword" in plain
    with ov.reading() as s:
        assert (
            s.execute(
                text("SELECT rowid FROM concern_search WHERE concern_search MATCH :q"),
                {"q": canary},
            ).all()
            == []
        )
        assert s.execute(
            text("SELECT rowid FROM concern_search WHERE concern_search MATCH 'keepthisword'")
        ).all()
        assert s.get(Person, pid) is None and s.get(Concern, cid) is None
        assert s.get(Person, keep_pid) is not None and s.get(Concern, keep_cid) is not None
        assert sorted(d.key for d in s.scalars(select(Draft))) == sorted(
            ["concern:99999", f"concern:{keep_cid}:information"]
        )
        transfer = s.scalars(select(Transfer)).one()
        assert transfer.person_id is None and transfer.to_school == "Ysgol Uwchradd"
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "record.deleted")).one()
        assert ev.entity == "child_protection" and ev.entity_id == str(pid)
        assert ev.details["reason"] == "review_not_needed" and ev.details["rows"]["concern"] == 2
        assert canary not in repr(ev.details) and "Alys" not in repr(ev.details)
    assert ov.verify().ok, ov.verify().problems


def test_deleting_one_adult_concern_keeps_the_person_with_other_concerns(
    vault, tmp_path: Path
) -> None:
    v, ov = vault
    pid, old = add_case(
        ov, "Oldadultword", forenames="Gareth", surname="Price", person_type="staff",
        date_of_birth=None, closed_at=dt.datetime(2010, 3, 1, 12, 0),
    )  # fmt: skip
    _, current = add_case(ov, "Currentadultword", person_id=pid, reference="C-2026-0900")
    report = records.delete_after_review(ov, "adult_concern", old, "policy_requires")
    assert not report.person_removed and report.counts["concern"] == 1
    assert "person" not in report.counts
    plain = plaintext_copy(v.db_path, ov._dek, tmp_path / "after.db")
    # The concern's own text went; the person (still the subject of a concern) stays as they are.
    for gone in (
        b"Said that Oldadultword",
        b"Shared a Oldadultword link",
        b"Oldadultword-snapshot",
        b"Oldadultword-note.txt",
        b"Scan of the Oldadultword",
        b"half-typed Oldadultword",
    ):
        assert gone not in plain, gone
    assert b"Said that Currentadultword" in plain and b"1 Oldadultword Street" in plain
    with ov.reading() as s:
        assert s.get(Person, pid) is not None and s.get(Concern, current) is not None
    with pytest.raises(records.NotFound):  # gone, so not found any more
        records.delete_after_review(ov, "adult_concern", old, "policy_requires")


def test_deleting_a_former_members_training_history(vault, tmp_path: Path) -> None:
    v, ov = vault
    staff = add_former_staff(ov, "Leftstaffword", dt.date(2012, 7, 31))
    stays = add_former_staff(ov, "Stayingword", TODAY - dt.timedelta(days=3))
    report = records.delete_after_review(ov, "training_record", staff, "review_not_needed")
    assert report.counts == {"training_record": 1, "attachment": 1, "staff": 1}
    _checkpoint(ov)
    pages = decrypted_pages(v.db_path, ov._dek)
    assert b"Leftstaffword" not in pages and b"Stayingword" in pages
    with ov.reading() as s:
        assert s.get(Staff, staff) is None and s.get(Staff, stays) is not None


def test_deletion_is_refused_before_the_date_or_without_a_reason(vault) -> None:
    v, ov = vault
    young, _ = add_case(ov, "Youngword", date_of_birth=dt.date(2012, 5, 17))
    with pytest.raises(DomainError, match="not due for review until 17 May 2037"):
        records.delete_after_review(ov, "child_protection", young, "review_not_needed")
    old, _ = add_case(
        ov, "Oldword", forenames="Alys", surname="Morgan", date_of_birth=dt.date(1990, 1, 1)
    )
    with pytest.raises(InvalidInput, match="why"):
        records.delete_after_review(ov, "child_protection", old, "because I said so")
    with pytest.raises(KnownError, match="not found"):
        records.delete_after_review(ov, "child_protection", 424242, "review_not_needed")
    with ov.reading() as s:
        assert s.get(Person, young) is not None and s.get(Person, old) is not None


def test_reviewers_cannot_see_or_delete(vault) -> None:
    v, ov = vault
    old, _ = add_case(ov, "Oldword", date_of_birth=dt.date(1990, 1, 1))
    add_account(
        ov,
        sign_in_name="Gwen",
        display_name="Gwen",
        role=Role.REVIEWER,
        passphrase="governor reads only 12",
        kdf=FAST_KDF,
    )
    reviewer = Vault(v.data_dir).unlock("Gwen", "governor reads only 12")
    try:
        with pytest.raises(PermissionDenied):
            records.due_for_review(reviewer, TODAY)
        with pytest.raises(PermissionDenied):
            records.delete_after_review(reviewer, "child_protection", old, "review_not_needed")
    finally:
        reviewer.close()
    with ov.reading() as s:
        assert s.get(Person, old) is not None

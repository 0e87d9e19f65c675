"""The concerns log service: rows, sorting on every column, every filter, counts, search, and
the full-text index staying in step with every kind of write."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic import command
from logdata import Generated, populate, signed_in_as
from sqlalchemy import create_engine, delete, select, text

from db import schema
from db.errors import PermissionDenied
from db.keyslots import KdfParams
from db.models import Concern, Person, User
from db.vault import OpenVault, Vault
from dsl_desktop.domain import InformationKind, Role
from dsl_desktop.services import concerns, log, people
from dsl_desktop.services.log import NOT_DECIDED, Column, LogFilter, LogRow
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.workflow import STAGE_ORDER

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OpenVault, Generated]]:
    """One vault with 600 generated concerns, shared by the read-only tests of this module."""
    vault = Vault(tmp_path_factory.mktemp("log") / "vault")
    ov, _code = vault.create(
        school_name="Ysgol y Bryn",
        sign_in_name="dsl",
        display_name="Ms Carys Jenkins",
        passphrase="heron lantern copper 42 meadow",
        kdf=KdfParams(19456, 2, 1),
        seed=seed_catalogues,
    )
    generated = populate(ov, people=60, concerns=600, seed=7, today=TODAY)
    yield ov, generated
    ov.close()


@pytest.fixture
def fresh(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
) -> tuple[Vault, OpenVault]:
    vault, ov, _ = new_vault(seed=seed_catalogues)
    return vault, ov


def _db_rows(ov: OpenVault) -> dict[int, dict[str, Any]]:
    with ov.reading() as s:
        names = {u.id: u.display_name for u in s.scalars(select(User))}
        out = {}
        for c, p in s.execute(select(Concern, Person).join(Person, Person.id == Concern.person_id)):
            out[c.id] = {
                "reference": c.reference,
                "person": f"{p.forenames} {p.surname}",
                "noticed": c.noticed_at.strftime("%Y-%m-%d %H:%M"),
                "category": c.category,
                "stage": c.stage,
                "status": c.status,
                "outcome": c.outcome,
                "next_review": c.next_review.isoformat() if c.next_review else None,
                "holder": names.get(c.holder_id, "") if c.holder_id else "",
            }
    return out


# ---- rows -------------------------------------------------------------------------------------
def test_every_concern_is_one_row_with_its_columns(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    expected = _db_rows(ov)
    assert len(loaded) == len(expected) == 600
    for row in loaded.rows:
        want = expected[row.id]
        assert (row.reference, row.person, row.noticed_at, row.category, row.stage, row.status,
                row.outcome, row.next_review, row.holder) == (
            want["reference"], want["person"], want["noticed"], want["category"], want["stage"],
            want["status"], want["outcome"], want["next_review"], want["holder"],
        )  # fmt: skip
    labels = dict(loaded.categories())
    assert labels["no_ideology_vulnerability"] == "No ideology — vulnerability present"


# ---- sorting ------------------------------------------------------------------------------------
def _ref_key(r: LogRow) -> tuple[int, int]:
    _c, year, number = r.reference.split("-")
    return int(year), int(number)


SORT_KEYS: dict[Column, Callable[[LogRow, dict[str, str]], Any]] = {
    Column.REFERENCE: lambda r, _l: _ref_key(r),
    Column.PERSON: lambda r, _l: (r.surname.casefold(), r.forenames.casefold()),
    Column.NOTICED: lambda r, _l: r.noticed_at,
    Column.CATEGORY: lambda r, labels: labels[r.category].casefold(),
    Column.STAGE: lambda r, _l: [s.value for s in STAGE_ORDER].index(r.stage),
    Column.STATUS: lambda r, _l: ["draft", "open", "closed"].index(r.status),
    Column.OUTCOME: lambda r, _l: (
        r.outcome is None,
        [
            "no_further_action",
            "monitor",
            "in_school_support",
            "early_help_or_social_care",
            "prevent_referral",
            "emergency",
        ].index(r.outcome)
        if r.outcome
        else 0,
    ),  # fmt: skip
    Column.NEXT_REVIEW: lambda r, _l: (r.next_review is None, r.next_review or ""),
    Column.HOLDER: lambda r, _l: (r.holder == "", r.holder.casefold()),
}


@pytest.mark.parametrize("column", list(Column))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_on_every_column(
    store: tuple[OpenVault, Generated], column: Column, descending: bool
) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    labels = loaded.category_labels
    rows = loaded.query(LogFilter(), column, descending).rows
    keys = [SORT_KEYS[column](r, labels) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    assert len(rows) == 600 and len({r.id for r in rows}) == 600
    assert len(set(keys)) > 1, "the data must give the sort something to do"


def test_ties_are_broken_by_when_noticed(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    rows = log.load_log(ov).query(LogFilter(), Column.STAGE, False).rows
    for stage in {r.stage for r in rows}:
        noticed = [r.noticed_at for r in rows if r.stage == stage]
        assert noticed == sorted(noticed)


def test_references_sort_by_number_not_by_text(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    loaded = log.ConcernLog(
        ov,
        [
            LogRow(
                i,
                ref,
                1,
                "A B",
                "B",
                "A",
                "2026-01-01 09:00",
                "other",
                "check",
                "open",
                None,
                None,
                "",
            )
            for i, ref in enumerate(["C-2026-10000", "C-2026-0999", "C-2025-0002", "C-2026-0042"])
        ],  # fmt: skip
        {"other": "Other"},
    )
    refs = [r.reference for r in loaded.query(LogFilter(), Column.REFERENCE, False).rows]
    assert refs == ["C-2025-0002", "C-2026-0042", "C-2026-0999", "C-2026-10000"]


# ---- filters ------------------------------------------------------------------------------------
def _brute(rows: list[LogRow], flt: LogFilter, today: dt.date) -> set[int]:
    keep = set()
    for r in rows:
        if flt.statuses and r.status not in flt.statuses:
            continue
        if flt.stages and r.stage not in flt.stages:
            continue
        if flt.categories and r.category not in flt.categories:
            continue
        if flt.outcomes and (r.outcome or NOT_DECIDED) not in flt.outcomes:
            continue
        day = dt.date.fromisoformat(r.noticed_at[:10])
        if flt.date_from and day < flt.date_from:
            continue
        if flt.date_to and day > flt.date_to:
            continue
        if flt.overdue_only and not (
            r.status != "closed" and r.next_review and r.next_review < today.isoformat()
        ):
            continue
        keep.add(r.id)
    return keep


FILTERS = [
    LogFilter(statuses=frozenset({"open"})),
    LogFilter(statuses=frozenset({"closed"})),
    LogFilter(stages=frozenset({"review"})),
    LogFilter(stages=frozenset({"notice", "check"})),
    LogFilter(categories=frozenset({"islamist"})),
    LogFilter(categories=frozenset({"incel", "not_yet_known"})),
    LogFilter(outcomes=frozenset({"prevent_referral"})),
    LogFilter(outcomes=frozenset({NOT_DECIDED})),
    LogFilter(date_from=TODAY - dt.timedelta(days=200)),
    LogFilter(date_to=TODAY - dt.timedelta(days=700)),
    LogFilter(date_from=TODAY - dt.timedelta(days=400), date_to=TODAY - dt.timedelta(days=300)),
    LogFilter(overdue_only=True),
    LogFilter(overdue_only=True, categories=frozenset({"islamist", "other", "incel"})),
    LogFilter(
        statuses=frozenset({"open"}),
        stages=frozenset({"review"}),
        date_from=TODAY - dt.timedelta(days=500),
    ),  # fmt: skip
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[9:60])
def test_every_filter_matches_a_plain_reading_of_the_rows(
    store: tuple[OpenVault, Generated], flt: LogFilter
) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    result = loaded.query(flt)
    expected = _brute(loaded.rows, flt, TODAY)
    assert {r.id for r in result.rows} == expected
    assert 0 < len(expected) < 600, "each filter must keep some rows and drop some"
    assert result.counts.shown == len(expected)
    assert result.counts.total == 600


def test_the_date_range_includes_both_ends(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    day = loaded.rows[17].noticed_on
    rows = loaded.query(LogFilter(date_from=day, date_to=day)).rows
    assert loaded.rows[17] in rows
    assert all(r.noticed_on == day for r in rows)


def test_counts_at_the_top(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    counts = loaded.query().counts
    rows = loaded.rows
    assert counts.total == counts.shown == 600
    assert counts.open == sum(1 for r in rows if r.status != "closed")
    overdue = sum(1 for r in rows if r.is_overdue(TODAY))
    assert counts.overdue == overdue > 0
    assert counts.by_stage == {s.value: sum(1 for r in rows if r.stage == s.value)
                               for s in STAGE_ORDER}  # fmt: skip
    narrowed = loaded.query(LogFilter(stages=frozenset({"review"}))).counts
    assert narrowed.by_stage["review"] == narrowed.shown and narrowed.by_stage["closed"] == 0
    assert narrowed.total == 600


# ---- search -------------------------------------------------------------------------------------
def _ids_where(rows: list[LogRow], test: Callable[[LogRow], bool]) -> set[int]:
    return {r.id for r in rows if test(r)}


def _fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch)
    )


def test_searching_a_name_without_its_accent(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    for typed, name in (("sian", "Siân"), ("GWYN", "Gwŷn"), ("zoe", "Zoë"), ("muller", "Müller")):
        found = {r.id for r in loaded.query(LogFilter(text=typed)).rows}
        expected = _ids_where(loaded.rows, lambda r, n=name: n in (r.forenames, r.surname))
        assert expected and expected <= found, typed


def test_words_must_all_match_and_each_is_a_prefix(store: tuple[OpenVault, Generated]) -> None:
    ov, generated = store
    loaded = log.load_log(ov)
    person = next(p for p in generated.people if p.surname == "O'Neill")
    theirs = _ids_where(loaded.rows, lambda r: r.person_id == person.id)
    found = loaded.query(LogFilter(text=f"{person.forenames[:3]} o'nei")).rows
    assert theirs <= {r.id for r in found}
    assert {r.surname for r in found} == {"O'Neill"}
    # a name and a word of the account, in the same concern
    one = max(theirs)
    assert one >= 300
    both = loaded.query(LogFilter(text=f"o'neill account {one}")).rows
    assert [r.id for r in both] == [one]
    assert loaded.query(LogFilter(text=f"o'neill zzyzx {one}")).rows == []


def test_search_finds_recorded_text_and_references(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    target = loaded.rows[123]
    assert [r.id for r in loaded.query(LogFilter(text=target.reference)).rows] == [target.id]
    # the account says "... (account <id>)"; an information item says "(item <id>)"
    assert [r.id for r in loaded.query(LogFilter(text=f"account {target.id}")).rows] == [target.id]
    with ov.reading() as s:
        with_items = s.scalar(
            text("SELECT concern_id FROM information_item ORDER BY id DESC LIMIT 1")
        )
    assert [r.id for r in loaded.query(LogFilter(text=f"item {with_items}")).rows] == [with_items]


def test_search_combines_with_filters_and_sort(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    flt = LogFilter(text="video", statuses=frozenset({"open"}))
    result = loaded.query(flt, Column.PERSON, False)
    searched = log.search_concern_ids(ov, "video")
    assert searched
    assert {r.id for r in result.rows} == {
        r.id for r in loaded.rows if r.id in searched and r.status == "open"
    }
    keys = [(r.surname.casefold(), r.forenames.casefold()) for r in result.rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "typed",
    ['"', "AND", "OR NOT", "NEAR(a b)", "*", "^sian", "sian*", "(", "col:x", "'", "--", "\u200b"],
)
def test_typed_operators_are_plain_text(store: tuple[OpenVault, Generated], typed: str) -> None:
    ov, _ = store
    loaded = log.load_log(ov)
    loaded.query(LogFilter(text=typed))  # must not raise


def test_fts_query() -> None:
    assert log.fts_query("") == ""
    assert log.fts_query("  ") == ""
    assert log.fts_query("sian") == '"sian"*'
    assert log.fts_query("Siân O'Neill") == '"Siân"* "O Neill"*'
    assert log.fts_query("C-2026-0042") == '"C 2026 0042"*'
    assert log.fts_query('say "hi" AND *') == '"say"* "hi"* "AND"*'


def test_an_empty_search_is_no_search(store: tuple[OpenVault, Generated]) -> None:
    ov, _ = store
    assert log.search_concern_ids(ov, " \t") is None
    assert log.load_log(ov).query(LogFilter(text="  ")).counts.shown == 600


# ---- the index stays in step --------------------------------------------------------------------
def _new_person(ov: OpenVault, forenames: str, surname: str) -> int:
    return people.add_person(ov, people.PersonInput(forenames=forenames, surname=surname)).id


def _new_concern(ov: OpenVault, person_id: int, account: str) -> int:
    ref = concerns.create_concern(
        ov,
        concerns.NoticeInput(
            person_id=person_id,
            noticed_by="Mr Dylan Rees",
            noticed_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=2),
            account=account,
            immediate_danger=False,
            category="not_yet_known",
        ),
    )
    return ref.id


def test_service_writes_are_searchable_at_once(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    person = _new_person(ov, "Llŷr", "Ó Súilleabháin")
    concern = _new_concern(ov, person, "Drew a sunwheel on a planner")
    assert log.search_concern_ids(ov, "llyr o suilleabhain") == {concern}
    assert log.search_concern_ids(ov, "sunwheel") == {concern}
    concerns.move_to(ov, concern, concerns.Stage.CHECK)
    concerns.add_information(
        ov, concern, concerns.InformationInput("Posted a zeppelin meme", InformationKind.OBSERVED)
    )
    assert log.search_concern_ids(ov, "zeppelin") == {concern}
    concerns.add_consultation(
        ov,
        concern,
        concerns.ConsultationInput(
            "Head of Year", dt.datetime.now().replace(microsecond=0), shared="quokka drawings"
        ),
    )
    assert log.search_concern_ids(ov, "quokka") == {concern}


def test_amendments_and_renames_reindex(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    person = _new_person(ov, "Efa", "Pritchard")
    concern = _new_concern(ov, person, "Said the walrus poster was a joke")
    assert log.search_concern_ids(ov, "walrus") == {concern}
    concerns.amend(ov, "concern", concern, "account", "Said the narwhal poster was a joke",
                   "The animal was written down wrongly")  # fmt: skip
    assert log.search_concern_ids(ov, "walrus") == set()
    assert log.search_concern_ids(ov, "narwhal") == {concern}
    people.update_person(
        ov, person, people.PersonInput(forenames="Efa", surname="Pritchard-Bowen"), reason="Married"
    )
    assert log.search_concern_ids(ov, "bowen") == {concern}


def test_bulk_inserts_and_deletes_reach_the_index(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    generated = populate(ov, people=5, concerns=40, seed=3)
    assert log.sync_search_index(ov) == 40  # the bulk insert left the documents to build
    victim = generated.concern_ids[5]
    assert log.search_concern_ids(ov, f"account {victim}") == {victim}
    with ov.unit() as s:
        for table in ("information_item", "alternative_explanation", "consultation", "decision",
                      "referral", "stage_change", "action", "amendment"):  # fmt: skip
            s.execute(text(f'DELETE FROM "{table}" WHERE concern_id = :c'), {"c": victim})
        s.execute(delete(Concern).where(Concern.id == victim))
    assert log.search_concern_ids(ov, f"account {victim}") == set()
    assert victim not in (log.search_concern_ids(ov, "seen") or set())
    assert log.load_log(ov).row_for(victim) is None


def test_an_upgrade_from_0001_indexes_what_is_already_there(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    engine = create_engine("sqlite://", creator=lambda: sqlcipher.connect(str(path)),
                           module=sqlcipher)  # fmt: skip
    try:
        with engine.begin() as conn:
            command.upgrade(schema.alembic_config(conn), "0001")
            conn.exec_driver_sql(
                "INSERT INTO app_user (id, account, sign_in_name, display_name, role, active, "
                "created_at) VALUES (1, 'a', 'dsl', 'DSL', 'dsl', 1, '2026-01-01 00:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO person (id, person_type, forenames, surname, other_names, gender, "
                "addresses, phone, email, nationality, first_language, school_or_occupation, "
                "upn_or_staff_code, send, family_details, other_agencies, created_at) VALUES "
                "(1, 'pupil', 'Siân', 'Ap Gwŷn', '', '', '[]', '', '', '', '', '', '', '', '', "
                "'', '2026-01-01 00:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO concern (id, reference, person_id, noticed_by, noticed_at, location, "
                "account, others_present, indicators, category, emergency_action, details, stage, "
                "status, recorded_by_id, recorded_at) VALUES (1, 'C-2026-0001', 1, 'X', "
                "'2026-01-02 09:00:00', '', 'a pangolin sticker', '', '[]', 'other', '', '{}', "
                "'check', 'open', 1, '2026-01-02 10:00:00')"
            )
        with engine.begin() as conn:
            command.upgrade(schema.alembic_config(conn), "head")
            found = conn.exec_driver_sql(
                "SELECT rowid FROM concern_search WHERE concern_search MATCH ?",
                ('"sian"* "gwyn"* "pangolin"*',),
            ).fetchall()
        assert found == [(1,)]
    finally:
        engine.dispose()


# ---- permissions and reloading -----------------------------------------------------------------
def test_who_may_see_the_log(fresh: tuple[Vault, OpenVault]) -> None:
    vault, ov = fresh
    populate(ov, people=3, concerns=10, seed=2)
    with signed_in_as(vault, ov, Role.REVIEWER) as reviewer:
        assert len(log.load_log(reviewer)) == 10
        assert log.search_concern_ids(reviewer, "seen")
    with signed_in_as(vault, ov, Role.TRAINING_ADMIN) as admin:
        with pytest.raises(PermissionDenied):
            log.load_log(admin)
        with pytest.raises(PermissionDenied):
            log.search_concern_ids(admin, "seen")


def test_the_version_changes_with_records_not_with_reading(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    person = _new_person(ov, "Ioan", "Price")
    concern = _new_concern(ov, person, "First account")
    before = log.log_version(ov)
    concerns.case_view(ov, concern)  # an audited view
    assert log.log_version(ov) == before
    concerns.move_to(ov, concern, concerns.Stage.CHECK)
    after = log.log_version(ov)
    assert after != before
    populate(ov, people=1, concerns=1, seed=9)  # a bulk insert writes no audit event per row
    assert log.log_version(ov) != after


def test_overdue_reviews_follow_the_day(fresh: tuple[Vault, OpenVault]) -> None:
    _, ov = fresh
    populate(ov, people=5, concerns=80, seed=4, today=TODAY)
    later = log.load_log(ov, today=TODAY + dt.timedelta(days=400))
    now = log.load_log(ov, today=TODAY)
    assert later.query().counts.overdue > now.query().counts.overdue
    assert Counter(r.stage for r in later.query(LogFilter(overdue_only=True)).rows).keys() <= {
        "review", "share", "decide", "check", "notice"
    }  # fmt: skip

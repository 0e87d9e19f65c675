"""The Home worklist service: its counts are the concerns log's and the training matrix's,
each line lists the right concerns, and each role sees only what it may."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from logdata import signed_in_as
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Action as ActionRow
from db.models import Concern, Referral
from db.vault import OpenVault, Vault
from dsl_desktop import demo
from dsl_desktop.domain import Role, TrainingStatus
from dsl_desktop.services import drafts, training
from dsl_desktop.services import log as log_service
from dsl_desktop.services.log import LogFilter
from dsl_desktop.services.setup import seed_catalogues
from dsl_desktop.services.worklist import (
    ACTION_SOON_DAYS,
    NEW_CONCERN_DRAFT,
    OPEN_STAGES,
    REVIEW_SOON_DAYS,
    worklist,
)

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, OpenVault]]:
    vault = Vault(tmp_path_factory.mktemp("worklist") / "vault")
    ov, _code = vault.create(
        school_name="Ysgol y Bryn", sign_in_name="dsl", display_name="Ms Carys Jenkins",
        passphrase="heron lantern copper 42 meadow", kdf=KdfParams(19456, 2, 1),
        seed=seed_catalogues,
    )  # fmt: skip
    demo.generate(ov, concerns=120, staff=12, seed=3)
    yield vault, ov
    ov.close()


def test_counts_are_the_logs(store: tuple[Vault, OpenVault]) -> None:
    _vault, ov = store
    work = worklist(ov, today=TODAY)
    log = log_service.load_log(ov, today=TODAY)
    for stage in OPEN_STAGES:
        shown = log.query(
            LogFilter(statuses=frozenset({"open"}), stages=frozenset({stage.value}))
        ).counts.shown
        assert work.open_by_stage[stage.value] == shown, stage
    assert work.open_concerns == log.query(LogFilter(statuses=frozenset({"open"}))).counts.shown
    overdue = log.query(LogFilter(statuses=frozenset({"open"}), overdue_only=True)).rows
    assert [c.concern_id for c in work.overdue_reviews] == sorted(
        (r.id for r in overdue),
        key=lambda i: (log.row_for(i).next_review, log.row_for(i).reference),  # type: ignore[union-attr]
    )
    assert work.overdue_reviews, "the demo data has overdue reviews"
    for item in work.overdue_reviews:
        assert item.on is not None and item.on < TODAY
    for item in work.reviews_soon:
        assert item.on is not None and TODAY <= item.on <= TODAY + dt.timedelta(REVIEW_SOON_DAYS)


def test_actions_and_referrals_match_the_store(store: tuple[Vault, OpenVault]) -> None:
    _vault, ov = store
    work = worklist(ov, today=TODAY)
    with ov.reading() as s:
        open_ids = set(s.scalars(select(Concern.id).where(Concern.status != "closed")))
        actions = [
            a.id for a in s.scalars(select(ActionRow))
            if a.done_at is None and a.due_date is not None and a.concern_id in open_ids
            and a.due_date <= TODAY + dt.timedelta(ACTION_SOON_DAYS)
        ]  # fmt: skip
        waiting = {
            r.concern_id for r in s.scalars(select(Referral))
            if r.sent_at is not None and r.outcome is None and r.concern_id in open_ids
        }  # fmt: skip
    assert sorted(a.action_id for a in work.actions_due) == sorted(actions)
    assert all(a.overdue == (a.due < TODAY) for a in work.actions_due)
    assert {r.concern_id for r in work.referrals_waiting} == waiting


def test_training_counts_match_the_matrix(store: tuple[Vault, OpenVault]) -> None:
    _vault, ov = store
    work = worklist(ov, today=TODAY)
    board = training.dashboard(ov, as_of=TODAY)
    out = {TrainingStatus.OVERDUE, TrainingStatus.NEVER_DONE}
    assert work.training_overdue == sum(
        1 for r in board.rows if {s.status for s in r.statuses.values()} & out
    )
    assert work.training_due_soon == sum(
        1 for r in board.rows if TrainingStatus.DUE_SOON in {s.status for s in r.statuses.values()}
    )
    assert work.training_overdue > 0
    assert work.training_due_days == board.due_soon_days


def test_an_unsubmitted_new_concern_is_listed_for_its_writer_only(
    store: tuple[Vault, OpenVault],
) -> None:
    vault, ov = store
    assert worklist(ov).unfinished_new_concern is None
    drafts.save_draft(ov, NEW_CONCERN_DRAFT, {"account": "Said something worrying at lunch"})
    try:
        work = worklist(ov)
        assert work.unfinished_new_concern is not None and work.drafts >= 1
        with signed_in_as(vault, ov, Role.DEPUTY) as deputy:
            assert worklist(deputy).unfinished_new_concern is None
    finally:
        drafts.discard_draft(ov, NEW_CONCERN_DRAFT)


def test_a_training_admin_sees_no_concerns(store: tuple[Vault, OpenVault]) -> None:
    vault, ov = store
    with signed_in_as(vault, ov, Role.TRAINING_ADMIN) as admin:
        work = worklist(admin)
        assert not work.shows_concerns and work.shows_training
        assert work.open_concerns == 0 and not work.overdue_reviews and not work.actions_due
        assert not work.referrals_waiting and not work.draft_concerns
        assert work.training_overdue == worklist(ov).training_overdue
    with signed_in_as(vault, ov, Role.REVIEWER) as reviewer:
        work = worklist(reviewer)
        assert work.shows_concerns and work.open_concerns == worklist(ov).open_concerns
        assert work.unfinished_new_concern is None  # a reviewer keeps no drafts


def test_an_empty_vault_has_an_empty_worklist(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]], tmp_path: Path
) -> None:
    _vault, ov, _ = new_vault(seed=seed_catalogues)
    work = worklist(ov)
    assert work.is_empty
    assert set(work.open_by_stage) == {s.value for s in OPEN_STAGES}

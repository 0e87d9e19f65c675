"""Drafts: saved as the user types, exactly as typed, inside the encrypted store only."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from db.keyslots import KdfParams
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import accounts
from dsl_desktop.services import drafts as ds
from dsl_desktop.workflow import PermissionDenied

NAME, PASSPHRASE = "Catrin", "heron lantern copper 42 meadow"

Maker = Callable[..., tuple[Vault, OpenVault, str]]

PAYLOAD: dict[str, Any] = {
    "person": {"forenames": "Gwŷn", "surname": "ap Siôn", "other": "Zoë / Kateřina / O'Neill"},
    "account": 'He said: "يجب أن" — then laughed 😬\nSecond line\ttabbed',
    "indicators": ["hostile_language", "symbols"],
    "immediate_danger": None,
    "flags": [True, False],
    "count": 3,
    "ratio": 0.25,
    "nested": {"deep": [{"x": ""}]},
}


def test_a_draft_round_trips_exactly(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    assert ds.load_draft(ov, "concern:new") is None
    ds.save_draft(ov, "concern:new", PAYLOAD)
    assert ds.load_draft(ov, "concern:new") == PAYLOAD
    changed = {**PAYLOAD, "account": PAYLOAD["account"] + " more"}
    ds.save_draft(ov, "concern:new", changed)  # an upsert, not a second draft
    assert ds.load_draft(ov, "concern:new") == changed
    assert [d.key for d in ds.list_drafts(ov)] == ["concern:new"]


def test_drafts_survive_closing_and_reopening(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault(sign_in_name=NAME, passphrase=PASSPHRASE)
    ds.save_draft(ov, "concern:new", PAYLOAD)
    ds.save_draft(ov, "concern:7:information", {"content": "Siân said…"})
    ov.close("auto_lock")
    again = closing(vault.unlock(NAME, PASSPHRASE))
    assert ds.load_draft(again, "concern:new") == PAYLOAD
    assert ds.load_draft(again, "concern:7:information") == {"content": "Siân said…"}
    assert {d.key for d in ds.list_drafts(again, "concern:7")} == {"concern:7:information"}
    raw = vault.db_path.read_bytes()
    assert "Siân".encode() not in raw and b"ap Si" not in raw  # encrypted at rest


def test_discard_and_list(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ds.save_draft(ov, "a", {"n": 1})
    ds.save_draft(ov, "b", {"n": 2})
    listed = ds.list_drafts(ov)
    assert {d.key for d in listed} == {"a", "b"} and all(d.size > 0 for d in listed)
    assert ds.discard_draft(ov, "a") is True
    assert ds.discard_draft(ov, "a") is False
    assert [d.key for d in ds.list_drafts(ov)] == ["b"]


def test_drafts_belong_to_their_user(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    accounts.add_account(
        ov, sign_in_name="deputy", display_name="Deputy", role=Role.DEPUTY,
        passphrase="granite osprey window 77 thistle", kdf=KdfParams(19456, 2, 1),
    )  # fmt: skip
    accounts.add_account(
        ov, sign_in_name="reviewer", display_name="Reviewer", role=Role.REVIEWER,
        passphrase="granite osprey window 77 thistle", kdf=KdfParams(19456, 2, 1),
    )  # fmt: skip
    deputy = closing(vault.unlock("deputy", "granite osprey window 77 thistle"))
    ds.save_draft(ov, "concern:new", {"who": "dsl"})
    ds.save_draft(deputy, "concern:new", {"who": "deputy"})
    assert ds.load_draft(ov, "concern:new") == {"who": "dsl"}
    assert ds.load_draft(deputy, "concern:new") == {"who": "deputy"}
    ds.discard_draft(deputy, "concern:new")
    assert ds.load_draft(ov, "concern:new") == {"who": "dsl"}
    reviewer = closing(vault.unlock("reviewer", "granite osprey window 77 thistle"))
    with pytest.raises(PermissionDenied):
        ds.save_draft(reviewer, "x", {})
    assert ds.list_drafts(reviewer) == []


@pytest.mark.parametrize(
    "payload",
    [{"t": (1, 2)}, {1: "int key"}, {"s": {1, 2}}, {"f": float("nan")}, ["not", "a", "dict"]],
)
def test_payloads_that_would_not_come_back_the_same_are_refused(
    new_vault: Maker, payload: Any
) -> None:
    _, ov, _ = new_vault()
    with pytest.raises(ds.InvalidInput):
        ds.save_draft(ov, "k", payload)
    with pytest.raises(ds.InvalidInput):
        ds.save_draft(ov, "", {})
    with pytest.raises(ds.InvalidInput):
        ds.save_draft(ov, "k" * 121, {})


def test_saving_is_quick_enough_to_call_while_typing(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    text = ""
    start = time.perf_counter()
    for ch in "The pupil said the words in the corridor" * 2:
        text += ch
        ds.save_draft(ov, "concern:new", {"account": text})
    per_save = (time.perf_counter() - start) / len(text)
    print(f"save_draft: {per_save * 1000:.1f} ms per save")
    assert per_save < 0.1
    assert ds.load_draft(ov, "concern:new") == {"account": text}

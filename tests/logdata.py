"""A store full of concerns for the log, overview, export and chronology tests.

Rows go in with bulk Core inserts (as the demo generator writes them), so the search index is
filled by the migration's triggers alone. Everything is derived from ``seed``: the same call gives
the same store.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select

from db.keyslots import KdfParams
from db.models import (
    Action,
    AlternativeExplanation,
    Amendment,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
    StageChange,
    User,
)
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services.concerns import last_number

FORENAMES = (
    "Siân", "Gwŷn", "Dafydd", "Llŷr", "Zoë", "Chloé", "José", "Aoife", "Niamh", "Oluwaseun",
    "Mohammed", "Aisha", "Priya", "Jakub", "Ayşe", "Rhiannon", "Callum", "Amelia", "Oliver",
    "Isla", "Harry", "Freya", "Kacper", "Noor", "Tomasz", "Efa", "Cerys", "Ioan", "Bethan",
    "Jamal",
)  # fmt: skip
SURNAMES = (
    "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Khan",
    "Ahmed", "Patel", "O'Neill", "Nowak", "Kowalski", "Müller", "Smith", "Brown", "Wilson",
    "Taylor", "ap Rhys", "Pritchard", "Okafor", "Bianchi", "Ferreira", "Novák", "Lloyd",
    "Morgan", "Griffiths", "Price", "Øvergaard",
)  # fmt: skip
OTHER_NAMES = ("", "", "", "Shani", "Bobby", "Jay", "Tomi")
PLACES = ("the library", "the playground", "room 12", "the canteen", "the bus stop", "online")
WORDS = (
    "drawing", "video", "comments", "argument", "leaflet", "symbol", "essay", "group chat",
    "flag", "song", "game", "poster", "forum", "sticker", "message", "speech", "website",
)  # fmt: skip
CATEGORIES = (
    "islamist", "extreme_right_wing", "left_wing_anarchist_single_issue", "school_massacre",
    "incel", "mixed_unclear_unstable", "conflicted", "no_ideology_vulnerability",
    "high_ct_risk_no_ideology", "other", "not_yet_known",
)  # fmt: skip
OUTCOMES = (
    "no_further_action", "monitor", "in_school_support", "early_help_or_social_care",
    "prevent_referral", "emergency",
)  # fmt: skip
REFERRAL_OUTCOMES = ("no_further_action", "signposted", "prevent_case_management", "channel")
STAGES = ("notice", "check", "decide", "share", "review", "closed")
STAGE_WEIGHTS = (5, 10, 5, 3, 17, 60)


@dataclass
class PersonFacts:
    id: int
    forenames: str
    surname: str
    other_names: str
    date_of_birth: dt.date | None


@dataclass
class Generated:
    people: list[PersonFacts] = field(default_factory=list)
    concern_ids: list[int] = field(default_factory=list)
    free_text: list[str] = field(default_factory=list)
    """Every piece of free text written (accounts, items, rationales...)."""
    user_ids: list[int] = field(default_factory=list)


def _sentence(rng: random.Random, marker: str) -> str:
    a, b = rng.sample(WORDS, 2)
    return f"Seen with a {a} near {rng.choice(PLACES)}; said the {b} was 'just a joke' ({marker})."


def populate(
    vault: OpenVault,
    *,
    people: int,
    concerns: int,
    seed: int = 1,
    today: dt.date | None = None,
    keep_text: bool = True,
) -> Generated:
    """Add ``people`` people and ``concerns`` concerns with their records."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    out = Generated()
    with vault.unit() as s:
        first_user = s.scalar(select(User.id).order_by(User.id).limit(1))
        assert first_user is not None
        extra = [
            {
                "account": f"gen{seed}x{i}",
                "sign_in_name": f"generated{seed}-{i}",
                "display_name": name,
                "role": role,
                "active": True,
                "created_at": dt.datetime(2024, 1, 1),
            }
            for i, (name, role) in enumerate(
                (("Mr Tariq Iqbal", "deputy"), ("Mrs Eleri Vaughan", "reviewer"))
            )
        ]
        s.execute(insert(User), extra)
        # Every active account has a passphrase slot (verify checks it), as add_account gives.
        for user in extra:
            vault.set_passphrase(
                user["account"], user["sign_in_name"], ROLE_PASSPHRASE, KdfParams(19456, 2, 1)
            )
        users = list(s.scalars(select(User.id).order_by(User.id)))
        out.user_ids = users
        holders = users[:2] if len(users) >= 2 else users
        start_person = (s.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0) + 1
        person_rows: list[dict[str, Any]] = []
        for n in range(people):
            forenames = rng.choice(FORENAMES)
            surname = rng.choice(SURNAMES)
            other = rng.choice(OTHER_NAMES)
            dob = dt.date(2008 + rng.randrange(10), rng.randrange(1, 13), rng.randrange(1, 29))
            pid = start_person + n
            person_rows.append(
                {
                    "id": pid, "person_type": "pupil", "forenames": forenames,
                    "surname": surname, "other_names": other, "date_of_birth": dob,
                    "addresses": [], "created_at": dt.datetime(2023, 9, 1),
                    "gender": "", "phone": "", "email": "", "nationality": "",
                    "first_language": "", "school_or_occupation": "Year 9",
                    "upn_or_staff_code": "", "send": "", "family_details": "",
                    "other_agencies": "",
                }
            )  # fmt: skip
            out.people.append(PersonFacts(pid, forenames, surname, other, dob))
        s.execute(insert(Person), person_rows)

        start_concern = (s.scalar(select(Concern.id).order_by(Concern.id.desc()).limit(1)) or 0) + 1
        per_year: dict[int, int] = {}
        concern_rows: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        alternatives: list[dict[str, Any]] = []
        consultations: list[dict[str, Any]] = []
        decisions: list[dict[str, Any]] = []
        referrals: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
        amendments: list[dict[str, Any]] = []
        span = 3 * 365
        for n in range(concerns):
            cid = start_concern + n
            person = out.people[rng.randrange(len(out.people))] if out.people else None
            assert person is not None
            noticed = dt.datetime.combine(
                today - dt.timedelta(days=rng.randrange(1, span)), dt.time(8 + rng.randrange(9))
            ) + dt.timedelta(minutes=rng.randrange(60))
            year = noticed.year
            if year not in per_year:
                per_year[year] = last_number(s, year)
            per_year[year] += 1
            stage = rng.choices(STAGES, STAGE_WEIGHTS)[0]
            account = _sentence(rng, f"account {cid}")
            row: dict[str, Any] = {
                "id": cid,
                "reference": f"C-{year}-{per_year[year]:04d}",
                "person_id": person.id,
                "noticed_by": "Ms Carys Bevan",
                "noticed_at": noticed,
                "location": rng.choice(PLACES),
                "account": account,
                "others_present": "",
                "indicators": [],
                "category": rng.choice(CATEGORIES),
                "immediate_danger": False,
                "emergency_action": "",
                "details": {},
                "stage": stage,
                "status": "closed" if stage == "closed" else "open",
                "outcome": None,
                "next_review": None,
                "holder_id": rng.choice(holders),
                "recorded_by_id": first_user,
                "recorded_at": noticed + dt.timedelta(hours=2),
                "decided_at": None,
                "closed_at": None,
            }
            texts = [account]
            if stage != "notice":
                for _ in range(rng.randrange(1, 4)):
                    text = _sentence(rng, f"item {cid}")
                    items.append(
                        {
                            "concern_id": cid, "content": text, "source": "form tutor",
                            "obtained_at": noticed.date(),
                            "kind": rng.choice(("observed", "assertion", "assumption")),
                            "validation": "uncorroborated", "notes": "",
                            "recorded_by_id": first_user,
                            "recorded_at": noticed + dt.timedelta(days=1),
                        }
                    )  # fmt: skip
                    texts.append(text)
                if rng.random() < 0.3:
                    text = _sentence(rng, f"alternative {cid}")
                    alternatives.append(
                        {
                            "concern_id": cid, "explanation": text, "exploration": "",
                            "conclusion": "", "recorded_by_id": first_user,
                            "recorded_at": noticed + dt.timedelta(days=1, hours=1),
                        }
                    )  # fmt: skip
                    texts.append(text)
                if rng.random() < 0.4:
                    text = _sentence(rng, f"consultation {cid}")
                    consultations.append(
                        {
                            "concern_id": cid, "name": "Head of Year", "role": "pastoral",
                            "agency": "school", "consulted_at": noticed + dt.timedelta(days=2),
                            "method": "in person", "shared": text, "reason": "", "outcome": "",
                            "recorded_by_id": first_user,
                        }
                    )  # fmt: skip
                    texts.append(text)
            if stage in ("share", "review", "closed"):
                if stage == "share":
                    outcome = "prevent_referral"
                elif stage == "review":
                    outcome = rng.choice(OUTCOMES[1:])
                else:
                    outcome = rng.choice(OUTCOMES)
                decided = noticed + dt.timedelta(days=rng.randrange(0, 60), hours=3)
                review = None
                if stage == "review":
                    review = today + dt.timedelta(days=rng.randrange(-40, 120))
                rationale = _sentence(rng, f"rationale {cid}")
                texts.append(rationale)
                decisions.append(
                    {
                        "concern_id": cid, "answers": {}, "outcome": outcome,
                        "rationale": rationale, "parallel_route": "",
                        "decided_by_id": first_user, "decided_at": decided,
                        "review_date": review,
                    }
                )  # fmt: skip
                row.update(outcome=outcome, decided_at=decided, next_review=review)
                changes.append(
                    {
                        "concern_id": cid, "from_stage": "decide", "to_stage": stage,
                        "note": "", "next_review": review, "changed_by_id": first_user,
                        "changed_at": decided,
                    }
                )  # fmt: skip
                if outcome == "prevent_referral":
                    sent = decided + dt.timedelta(days=1)
                    result = rng.choice(REFERRAL_OUTCOMES) if stage == "closed" else None
                    referrals.append(
                        {
                            "concern_id": cid, "form_version": "2025",
                            "generated_at": decided, "generated_by_id": first_user,
                            "sent_at": sent, "sent_to": "Police Prevent team",
                            "sent_how": "secure email",
                            "police_reference": f"PR/{cid:06d}",
                            "outcome": result,
                            "outcome_date": (sent + dt.timedelta(days=20)).date()
                            if result else None,
                            "outcome_notes": "",
                        }
                    )  # fmt: skip
                if stage == "closed":
                    row["closed_at"] = decided + dt.timedelta(days=30)
            if rng.random() < 0.2:
                actions.append(
                    {
                        "concern_id": cid, "description": f"Check in with pupil ({cid})",
                        "owner": "Head of Year", "due_date": noticed.date()
                        + dt.timedelta(days=7), "done_at": None,
                        "created_by_id": first_user,
                        "created_at": noticed + dt.timedelta(days=1),
                    }
                )  # fmt: skip
            if rng.random() < 0.05:
                amendments.append(
                    {
                        "concern_id": cid, "entity": "concern", "entity_id": cid,
                        "field": "location", "old_value": "room 1", "new_value": row["location"],
                        "reason": "Wrong room noted", "amended_by_id": first_user,
                        "amended_at": noticed + dt.timedelta(days=3),
                    }
                )  # fmt: skip
            concern_rows.append(row)
            out.concern_ids.append(cid)
            if keep_text:
                out.free_text.extend(texts)
        for model, rows in (
            (Concern, concern_rows),
            (InformationItem, items),
            (AlternativeExplanation, alternatives),
            (Consultation, consultations),
            (Decision, decisions),
            (Referral, referrals),
            (StageChange, changes),
            (Action, actions),
            (Amendment, amendments),
        ):
            for i in range(0, len(rows), 5000):
                s.execute(insert(model), rows[i : i + 5000])
    return out


ROLE_PASSPHRASE = "otter quarry velvet 58"


@contextmanager
def signed_in_as(vault: Vault, dsl: OpenVault, role: Role) -> Iterator[OpenVault]:
    """The same vault opened by a new account with ``role`` (closed afterwards)."""
    from dsl_desktop.services.accounts import add_account

    name = f"{role.value}-{random.randrange(10**6)}"
    add_account(
        dsl, sign_in_name=name, display_name=f"A {role.value}", role=role,
        passphrase=ROLE_PASSPHRASE, kdf=KdfParams(19456, 2, 1),
    )  # fmt: skip
    other = vault.unlock(name, ROLE_PASSPHRASE)
    try:
        yield other
    finally:
        other.close()

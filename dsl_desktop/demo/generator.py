"""The generator: a fictional school's five years of concerns, people, staff and training."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from db.models import Action as ActionRow
from db.models import (
    AlternativeExplanation,
    Base,
    Concern,
    Consultation,
    Course,
    Decision,
    InformationItem,
    ParallelReferral,
    Person,
    Referral,
    School,
    Staff,
    StageChange,
    TrainingRecord,
    User,
)
from db.vault import OpenVault
from dsl_desktop.demo.vocabulary import (
    ACCOUNTS,
    ACTIONS,
    ALTERNATIVES,
    CATEGORY_WEIGHTS,
    CHECK_ANSWERS,
    CONCLUSIONS,
    CONSULT_OUTCOMES,
    CONSULT_SHARED,
    CONSULT_WHY,
    CONSULTEES,
    CORROBORATORS,
    DAY_ENDS,
    DAY_STARTS,
    DEMO_EMAIL,
    DEMO_PHONE,
    END,
    FEATURED,
    INDICATORS_BY_CATEGORY,
    ITEMS,
    JOB_TITLES,
    LEADERSHIP,
    LEADERSHIP_WALES,
    LOCATIONS,
    NAME_POOLS,
    NEED_DETAILS,
    NEED_KEYS,
    OTHERS_PRESENT,
    PARALLEL_ROUTES,
    POOL_WEIGHTS,
    RATIONALES,
    REFERRAL_DESTINATIONS,
    REFERRAL_OUTCOME_WEIGHTS,
    REVIEW_NOTES,
    ROLE_COURSES,
    SOURCES,
    STAFF_NOTICERS,
    START,
    TITLES,
    DemoCounts,
    academic_year,
    people_for,
    year_group_on,
)
from dsl_desktop.domain import (
    ConcernStatus,
    InformationKind,
    Nation,
    NeedStatus,
    Outcome,
    ParallelRoute,
    PersonType,
    ReferralOutcome,
    RoleType,
    Stage,
    Validation,
)
from dsl_desktop.nation import parse_nation, role_named_for_wales
from dsl_desktop.services.concerns import UNKNOWN_OUTCOME_ACTION, last_number, reference_for
from dsl_desktop.services.people import allow, fold
from dsl_desktop.workflow import Action


class _Picker:
    """Weighted choices with precomputed cumulative weights (fast and reproducible)."""

    def __init__(self, rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> None:
        self.rng = rng
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))

    def __call__(self) -> Any:
        return self.values[bisect(self.cum, self.rng.random() * self.cum[-1])]


@dataclass(frozen=True)
class _Scenario:
    stage: Stage
    outcome: Outcome | None = None
    referral_outcome: ReferralOutcome | None = None
    sent: bool = True
    via_review: bool = False


# Every stage and every outcome (and every referral outcome) appears when there are at least
# as many concerns as scenarios: the open ones go to the newest concerns, the closed to the oldest.
_OPEN_SCENARIOS = (
    _Scenario(Stage.NOTICE),
    _Scenario(Stage.CHECK),
    _Scenario(Stage.DECIDE),
    _Scenario(Stage.SHARE, Outcome.PREVENT_REFERRAL, sent=False),
    _Scenario(Stage.SHARE, Outcome.PREVENT_REFERRAL, sent=True),
    _Scenario(Stage.REVIEW, Outcome.MONITOR),
    _Scenario(Stage.REVIEW, Outcome.PREVENT_REFERRAL, ReferralOutcome.UNKNOWN),
)


_CLOSED_SCENARIOS = (
    _Scenario(Stage.CLOSED, Outcome.NO_FURTHER_ACTION),
    _Scenario(Stage.CLOSED, Outcome.MONITOR, via_review=True),
    _Scenario(Stage.CLOSED, Outcome.IN_SCHOOL_SUPPORT),
    _Scenario(Stage.CLOSED, Outcome.EARLY_HELP_OR_SOCIAL_CARE, via_review=True),
    _Scenario(Stage.CLOSED, Outcome.EMERGENCY, via_review=True),
    *(
        _Scenario(
            Stage.CLOSED, Outcome.PREVENT_REFERRAL, r, via_review=r is ReferralOutcome.CHANNEL
        )
        for r in ReferralOutcome
    ),
)


class _Generator:
    def words(self, text: str) -> str:
        """Demo wording naming the role as the school's nation does (DSP in Wales)."""
        return role_named_for_wales(text) if self.nation is Nation.WALES else text

    def __init__(self, session: Session, seed: int, user_id: int) -> None:
        self.s = session
        self.nation = parse_nation(session.scalar(select(School.nation)))
        self.rng = random.Random(seed)
        self.user = user_id
        r = self.rng
        self.pool = _Picker(r, list(zip(range(len(NAME_POOLS)), POOL_WEIGHTS, strict=True)))
        self.category = _Picker(r, CATEGORY_WEIGHTS)
        self.kind = _Picker(
            r, [(InformationKind.OBSERVED, 50), (InformationKind.ASSERTION, 32),
                (InformationKind.ASSUMPTION, 18)],
        )  # fmt: skip
        self.validation = _Picker(
            r, [(Validation.CORROBORATED, 45), (Validation.UNCORROBORATED, 42),
                (Validation.CONTRADICTED, 13)],
        )  # fmt: skip
        self.review_outcome = _Picker(
            r, [(Outcome.MONITOR, 45), (Outcome.IN_SCHOOL_SUPPORT, 20),
                (Outcome.EARLY_HELP_OR_SOCIAL_CARE, 15), (Outcome.PREVENT_REFERRAL, 15),
                (Outcome.EMERGENCY, 5)],
        )  # fmt: skip
        self.closed_outcome = _Picker(
            r, [(Outcome.NO_FURTHER_ACTION, 40), (Outcome.MONITOR, 12),
                (Outcome.IN_SCHOOL_SUPPORT, 20), (Outcome.EARLY_HELP_OR_SOCIAL_CARE, 12),
                (Outcome.PREVENT_REFERRAL, 12), (Outcome.EMERGENCY, 4)],
        )  # fmt: skip
        self.referral_outcome = _Picker(r, REFERRAL_OUTCOME_WEIGHTS)
        self.recent_stage = _Picker(
            r, [(Stage.NOTICE, 20), (Stage.CHECK, 35), (Stage.DECIDE, 20), (Stage.SHARE, 10),
                (Stage.REVIEW, 15)],
        )  # fmt: skip
        self.job = _Picker(r, [((t, roles), w) for t, roles, w in JOB_TITLES])
        self.next_id = {
            name: int(session.scalar(select(func.max(model.id))) or 0) + 1
            for name, model in (
                ("person", Person), ("concern", Concern), ("item", InformationItem),
                ("alternative", AlternativeExplanation), ("consultation", Consultation),
                ("decision", Decision), ("referral", Referral), ("action", ActionRow),
                ("stage", StageChange), ("staff", Staff), ("training", TrainingRecord),
                ("parallel", ParallelReferral),
            )
        }  # fmt: skip
        self.rows: dict[str, list[dict[str, Any]]] = {k: [] for k in self.next_id}
        self.people: dict[int, tuple[PersonType, dt.date | None, int | None]] = {}
        self.person_of: dict[int, int] = {}
        self.send: dict[int, str] = {}

    def new_id(self, table: str) -> int:
        n = self.next_id[table]
        self.next_id[table] = n + 1
        return n

    # -- time -----------------------------------------------------------------------------
    def school_moment(self) -> dt.datetime:
        span = (END.date() - START.date()).days
        while True:
            day = START.date() + dt.timedelta(days=self.rng.randrange(span))
            if day.weekday() < 5:
                break
        minutes = self.rng.randrange(8 * 60 + 30, 15 * 60 + 30)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))

    def after(self, t: dt.datetime, lo_minutes: int, hi_minutes: int) -> dt.datetime:
        """A moment later than ``t``, within school hours (moved to the next school morning)."""
        moment = t + dt.timedelta(minutes=self.rng.randint(lo_minutes, hi_minutes))
        return min(END, self.in_school_hours(moment))

    def in_school_hours(self, moment: dt.datetime) -> dt.datetime:
        if moment.weekday() < 5 and DAY_STARTS <= moment.time() <= DAY_ENDS:
            return moment
        day = moment.date()
        if moment.time() > DAY_ENDS or moment.weekday() >= 5:
            day += dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(day, DAY_STARTS)
        return start + dt.timedelta(minutes=self.rng.randrange(15, 150))

    # -- people ---------------------------------------------------------------------------
    def person(self, index: int, first_concern: dt.datetime) -> tuple[int, str]:
        r = self.rng
        pool = self.pool()
        forename, surname = r.choice(NAME_POOLS[pool][0]), r.choice(NAME_POOLS[pool][1])
        if index < len(FEATURED):
            pool, forename, surname = FEATURED[index]
        forenames = NAME_POOLS[pool][0]
        pid = self.new_id("person")
        kind = r.random()
        person_type = (
            PersonType.PUPIL if kind < 0.86 else PersonType.STAFF if kind < 0.91
            else PersonType.PARENT_CARER if kind < 0.96 else PersonType.OTHER
        )  # fmt: skip
        dob: dt.date | None = None
        approx: int | None = None
        school = ""
        if person_type is PersonType.PUPIL:
            # in Year 7 to 11 at the first concern; the year group now follows from the birthday
            cohort = academic_year(first_concern.date()) - r.randint(7, 11) - 5
            dob = dt.date(cohort, 9, 1) + dt.timedelta(days=r.randrange(365))
            now_in = year_group_on(dob, END.date())
            school = f"Year {now_in}" if now_in <= 13 else "Former pupil (left after Year 13)"
        elif person_type is PersonType.OTHER and r.random() < 0.6:
            approx = r.randint(16, 40)
        else:
            dob = first_concern.date() - dt.timedelta(
                days=365 * r.randint(22, 60) + r.randrange(365)
            )
            school = {
                PersonType.STAFF: "Teaching assistant",
                PersonType.PARENT_CARER: r.choice(("Nurse", "Driver", "Shop manager", "Carer")),
            }.get(person_type, "")
        other = ""
        if r.random() < 0.08:
            other = r.choice(forenames) + " " + surname
        self.people[pid] = (person_type, dob, approx)
        send = r.choice(("", "", "", "Autism diagnosis", "Dyslexia", "ADHD (suspected)"))
        self.send[pid] = send
        self.rows["person"].append({
            "id": pid, "person_type": person_type.value, "forenames": forename,
            "surname": surname, "other_names": other, "date_of_birth": dob, "approx_age": approx,
            "gender": r.choice(("Female", "Male", "Male", "Female", "Non-binary", "")),
            "addresses": [{"address": f"{r.randint(1, 140)} {r.choice(_STREETS)}, "
                                      f"{r.choice(_TOWNS)}", "is_current": True}],
            "phone": f"07700 900{r.randrange(1000):03d}",
            "email": "", "nationality": r.choice(("British", "British", "Irish", "Polish", "")),
            "first_language": r.choice(("English", "English", "Welsh", "Urdu", "Polish", "")),
            "school_or_occupation": school,
            "upn_or_staff_code": f"Z{r.randrange(10**12):012d}" if person_type is PersonType.PUPIL else "",
            "send": send,
            "family_details": r.choice(("", "Lives with mother and two siblings",
                                        "Lives with grandparents", "Looked after child")),
            "other_agencies": r.choice(("", "", "CAMHS", "Early help team", "Youth service")),
            "created_at": first_concern,
        })  # fmt: skip
        return pid, forename

    # -- concerns -------------------------------------------------------------------------
    def scenario(self, noticed: dt.datetime) -> _Scenario:
        age = (END - noticed).days
        if age < 21:
            stage = self.recent_stage()
        elif age < 120:
            stage = Stage.REVIEW if self.rng.random() < 0.4 else Stage.CLOSED
        else:
            stage = Stage.REVIEW if self.rng.random() < 0.03 else Stage.CLOSED
        if stage in (Stage.NOTICE, Stage.CHECK, Stage.DECIDE):
            return _Scenario(stage)
        if stage is Stage.SHARE:
            return _Scenario(stage, Outcome.PREVENT_REFERRAL, sent=self.rng.random() < 0.5)
        if stage is Stage.REVIEW:
            outcome = self.review_outcome()
            ref = ReferralOutcome.UNKNOWN if outcome is Outcome.PREVENT_REFERRAL else None
            if ref is not None and self.rng.random() < 0.5:
                ref = self.referral_outcome()
            return _Scenario(stage, outcome, ref)
        outcome = self.closed_outcome()
        via = outcome is Outcome.MONITOR or (
            outcome is not Outcome.NO_FURTHER_ACTION and self.rng.random() < 0.5
        )
        ref = self.referral_outcome() if outcome is Outcome.PREVENT_REFERRAL else None
        return _Scenario(stage, outcome, ref, via_review=via)

    def move(self, cid: int, a: Stage, b: Stage, at: dt.datetime, note: str = "",
             next_review: dt.date | None = None) -> None:  # fmt: skip
        self.rows["stage"].append({
            "id": self.new_id("stage"), "concern_id": cid, "from_stage": a.value,
            "to_stage": b.value, "note": note, "next_review": next_review,
            "changed_by_id": self.user, "changed_at": at,
        })  # fmt: skip

    def concern(self, cid: int, ref: str, pid: int, fn: str, noticed: dt.datetime,
                sc: _Scenario) -> None:  # fmt: skip
        r = self.rng
        category = self.category()
        text = r.choice(ACCOUNTS[category]).format(fn=fn)
        indicators = r.sample(INDICATORS_BY_CATEGORY[category],
                              r.randint(1, min(3, len(INDICATORS_BY_CATEGORY[category]))))  # fmt: skip
        emergency = sc.outcome is Outcome.EMERGENCY
        recorded = self.after(noticed, 10, 90)
        row: dict[str, Any] = {
            "id": cid, "reference": ref, "person_id": pid, "noticed_by": r.choice(STAFF_NOTICERS),
            "noticed_at": noticed, "location": r.choice(LOCATIONS), "account": text,
            "others_present": r.choice(OTHERS_PRESENT), "indicators": indicators,
            "category": category, "immediate_danger": emergency,
            "emergency_action": "999 called by the member of staff; police attended" if emergency else "",
            "emergency_at": self.after(noticed, 1, 8) if emergency else None,
            "details": {}, "stage": Stage.NOTICE.value, "status": ConcernStatus.OPEN.value,
            "outcome": None, "next_review": None, "holder_id": self.user,
            "recorded_by_id": self.user, "recorded_at": recorded, "decided_at": None,
            "closed_at": None,
        }  # fmt: skip
        self.rows["concern"].append(row)
        self.person_of[cid] = pid
        if sc.stage is Stage.NOTICE:
            return
        t = self.after(recorded, 5, 90)
        self.move(cid, Stage.NOTICE, Stage.CHECK, t)
        row["stage"] = Stage.CHECK.value
        gathering = sc.stage is not Stage.CHECK
        n_items = r.randint(1, 4) if gathering else r.randint(0, 2)
        for _ in range(n_items):
            kind = self.kind()
            validation = self.validation()
            if kind is InformationKind.ASSUMPTION and validation is Validation.CORROBORATED:
                validation = Validation.UNCORROBORATED  # an assumption has no evidence behind it
            t = self.after(t, 30, 60 * 24 * 2)
            self.rows["item"].append({
                "id": self.new_id("item"), "concern_id": cid,
                "content": r.choice(ITEMS[kind]).format(fn=fn), "source": r.choice(SOURCES),
                "obtained_at": t.date(), "kind": kind.value, "validation": validation.value,
                "notes": "", "recorded_by_id": self.user, "recorded_at": t,
                "corroborated_by": self.words(r.choice(CORROBORATORS))
                if validation is Validation.CORROBORATED else "",
            })  # fmt: skip
        referring = sc.outcome is Outcome.PREVENT_REFERRAL
        for number in range(r.choice((1, 1, 1, 2)) if referring else r.choice((0, 1, 1, 1, 2))):
            explanation, exploration = r.choice(ALTERNATIVES)
            t = self.after(t, 30, 60 * 24)
            conclusion, accepted = r.choice(CONCLUSIONS)
            if referring and (accepted or (number == 0 and accepted is None)):
                conclusion, accepted = CONCLUSIONS[0]  # a referral rests on alternatives ruled out
            self.rows["alternative"].append({
                "id": self.new_id("alternative"), "concern_id": cid, "explanation": explanation,
                "exploration": exploration, "conclusion": conclusion, "accepted": accepted,
                "recorded_by_id": self.user, "recorded_at": t,
            })  # fmt: skip
        for _ in range(r.choice((0, 1, 1, 2))):
            name, role, agency, method = r.choice(CONSULTEES)
            t = self.after(t, 30, 60 * 24)
            self.rows["consultation"].append({
                "id": self.new_id("consultation"), "concern_id": cid, "name": name,
                "role": role, "agency": agency, "consulted_at": t, "method": method,
                "shared": r.choice(CONSULT_SHARED), "reason": r.choice(CONSULT_WHY),
                "outcome": r.choice(CONSULT_OUTCOMES), "recorded_by_id": self.user,
            })  # fmt: skip
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            due = (t + dt.timedelta(days=r.randint(2, 21))).date()
            done = sc.stage is Stage.CLOSED or r.random() < 0.4
            self.rows["action"].append({
                "id": self.new_id("action"), "concern_id": cid, "description": r.choice(ACTIONS),
                "owner": r.choice(STAFF_NOTICERS), "due_date": due,
                "done_at": min(END, dt.datetime.combine(due, dt.time(15, 30))) if done else None,
                "created_by_id": self.user, "created_at": t,
            })  # fmt: skip
        if sc.stage is Stage.CHECK:
            return
        t = self.after(t, 30, 60 * 24 * 3)
        self.move(cid, Stage.CHECK, Stage.DECIDE, t)
        row["stage"] = Stage.DECIDE.value
        if sc.stage is Stage.DECIDE or sc.outcome is None:
            return
        self.decide(row, sc, t, category)

    def decide(self, row: dict[str, Any], sc: _Scenario, t: dt.datetime, category: str) -> None:
        r = self.rng
        cid = row["id"]
        outcome = sc.outcome
        assert outcome is not None
        decided = self.after(t, 30, 60 * 24 * 2)
        review: dt.date | None = None
        if (
            outcome is Outcome.MONITOR
            or sc.via_review
            or (sc.stage is Stage.REVIEW and outcome is not Outcome.PREVENT_REFERRAL)
        ):
            review = (decided + dt.timedelta(days=r.randint(28, 84))).date()
        answers = {
            "immediate_risk": "yes" if outcome is Outcome.EMERGENCY else "no",
            "engagement": "yes" if outcome is Outcome.PREVENT_REFERRAL else r.choice(("no", "unclear")),
            "intent": "yes" if outcome is Outcome.PREVENT_REFERRAL and r.random() < 0.5 else "no",
            "capability": "no",
            "other_vulnerabilities": r.choice(("yes", "no", "unclear")),
            "other_route_meets_need": "yes" if outcome is Outcome.EARLY_HELP_OR_SOCIAL_CARE else "no",
        }  # fmt: skip
        self.rows["decision"].append({
            "id": self.new_id("decision"), "concern_id": cid, "answers": answers,
            "outcome": outcome.value, "rationale": r.choice(RATIONALES[outcome]),
            "parallel_route": r.choice(PARALLEL_ROUTES), "decided_by_id": self.user,
            "decided_at": decided, "review_date": review,
        })  # fmt: skip
        row.update(outcome=outcome.value, decided_at=decided, next_review=review)
        t = decided
        if outcome is Outcome.PREVENT_REFERRAL:
            self.move(cid, Stage.DECIDE, Stage.SHARE, t)
            row["stage"] = Stage.SHARE.value
            pid = row["person_id"]
            row["details"] = self.referral_details(category, pid, self.child(pid, t))
            self.parallel(row, t)
            self.referral(row, sc, t)
            if sc.stage is Stage.SHARE:
                return
            t = self.after(t, 60, 60 * 24 * 5)
            if sc.stage is Stage.REVIEW or sc.via_review:
                review = (t + dt.timedelta(days=r.randint(28, 84))).date()
                row["next_review"] = review
                self.move(cid, Stage.SHARE, Stage.REVIEW, t, next_review=review)
                row["stage"] = Stage.REVIEW.value
                if sc.stage is Stage.REVIEW:
                    return
                t = self.after(t, 60 * 24 * 20, 60 * 24 * 90)
                self.close(row, Stage.REVIEW, t, r.choice(REVIEW_NOTES), sc)
            else:
                self.close(row, Stage.SHARE, t, "", sc)
            return
        if review is not None:
            self.move(cid, Stage.DECIDE, Stage.REVIEW, decided, next_review=review)
            row["stage"] = Stage.REVIEW.value
            if sc.stage is Stage.REVIEW:
                if r.random() < 0.3:  # a review already held, concern kept open
                    held = self.after(decided, 60 * 24 * 20, 60 * 24 * 60)
                    review = (held + dt.timedelta(days=r.randint(28, 60))).date()
                    self.move(cid, Stage.REVIEW, Stage.REVIEW, held, r.choice(REVIEW_NOTES), review)
                    row["next_review"] = review
                return
            t = self.after(decided, 60 * 24 * 20, 60 * 24 * 90)
            self.close(row, Stage.REVIEW, t, r.choice(REVIEW_NOTES))
            return
        self.close(row, Stage.DECIDE, decided, "")

    def referral_details(self, category: str, pid: int, child: bool) -> dict[str, Any]:
        """What the "Before you refer" questions hold for a demo referral: every check
        answered, every complex need answered (most "none known")."""
        r = self.rng
        details: dict[str, Any] = {
            "ideology_or_interest": category.replace("_", " ").capitalize() + ".",
            "online_activity": r.choice(("", "Video sharing apps", "Gaming chat servers")),
        }
        for key, choices in CHECK_ANSWERS.items():
            if key == "parents_or_carers_informed" and not child:
                continue  # asked for under-18s only
            answer, text = r.choice(choices)
            details[key] = answer.value
            if text:
                details[f"{key}_details"] = self.words(text)
        for key in NEED_KEYS:
            if key == "special_needs_or_disability" and self.send.get(pid):
                continue  # the person's SEND details answer it
            if r.random() < 0.25:
                details[key] = r.choice(NEED_DETAILS[key])
                details[f"{key}_status"] = NeedStatus.PRESENT.value
            else:
                details[f"{key}_status"] = NeedStatus.NONE_KNOWN.value
        return details

    def child(self, pid: int, t: dt.datetime) -> bool:
        person_type, dob, approx = self.people[pid]
        if dob is not None:
            return (t.date().year - dob.year - ((t.month, t.day) < (dob.month, dob.day))) < 18
        if approx is not None:
            return approx < 18
        return person_type is PersonType.PUPIL

    def parallel(self, row: dict[str, Any], t: dt.datetime) -> None:
        """The referral made alongside Prevent, on a route that fits the person."""
        r = self.rng
        person_type = self.people[row["person_id"]][0]
        if person_type is PersonType.STAFF:
            route = ParallelRoute.LADO
        elif self.child(row["person_id"], t):
            route = r.choice(
                (ParallelRoute.CHILDRENS_SOCIAL_CARE,) * 3 + (ParallelRoute.EARLY_HELP,)
            )
        else:
            route = r.choice((ParallelRoute.ADULT_SOCIAL_CARE, ParallelRoute.NONE))
        made = self.after(t, 10, 60 * 6)
        prefix = {ParallelRoute.LADO: "LADO", ParallelRoute.EARLY_HELP: "EH",
                  ParallelRoute.ADULT_SOCIAL_CARE: "ASC"}.get(route, "MASH")  # fmt: skip
        none = route is ParallelRoute.NONE
        self.rows["parallel"].append({
            "id": self.new_id("parallel"), "concern_id": row["id"], "route": route.value,
            "made_on": None if none else made.date(),
            "reference": "" if none else f"{prefix}-{made.year}-{r.randrange(10000):04d}",
            "notes": "Adult with capacity; no care and support needs identified, so no adult "
                     "social care referral." if none else "",
            "recorded_by_id": self.user, "recorded_at": made,
        })  # fmt: skip

    def referral(self, row: dict[str, Any], sc: _Scenario, t: dt.datetime) -> None:
        r = self.rng
        generated = self.after(t, 30, 60 * 24)
        to, how = r.choice(REFERRAL_DESTINATIONS)
        sent = self.after(generated, 5, 60 * 6) if sc.sent else None
        outcome = sc.referral_outcome if sent is not None else None
        known = outcome is not None and outcome is not ReferralOutcome.UNKNOWN
        self.rows["referral"].append({
            "id": self.new_id("referral"), "concern_id": row["id"], "form_version": "DSLD-PRF-2026.1",
            "snapshot": None, "generated_at": generated, "generated_by_id": self.user,
            "sent_at": sent, "sent_to": to if sent else "", "sent_how": how if sent else "",
            "police_reference": f"PRV-{sent.year}-{r.randrange(100000):05d}" if sent and r.random() < 0.8 else "",
            "outcome": outcome.value if outcome else None,
            "outcome_date": min(END, sent + dt.timedelta(days=r.randint(7, 60))).date() if known and sent else None,
            "outcome_notes": "", "feedback_requested_on": None, "feedback_received_on": None,
            "feedback_notes": "", "channel_consent": None, "consent_from": "", "consent_on": None,
            "panel_dates": [], "school_part": "", "support_ended_on": None,
        })  # fmt: skip

    def close(self, row: dict[str, Any], from_stage: Stage, at: dt.datetime, note: str,
              sc: _Scenario | None = None) -> None:  # fmt: skip
        chase: dt.date | None = None
        if sc is not None and sc.referral_outcome is ReferralOutcome.UNKNOWN:
            # closing while the outcome is not known keeps a dated action to ask again
            chase = (at + dt.timedelta(days=self.rng.randint(21, 42))).date()
            self.rows["action"].append({
                "id": self.new_id("action"), "concern_id": row["id"],
                "description": UNKNOWN_OUTCOME_ACTION, "owner": "", "due_date": chase,
                "done_at": None, "created_by_id": self.user, "created_at": at,
            })  # fmt: skip
        self.move(row["id"], from_stage, Stage.CLOSED, at, note, chase)
        row.update(stage=Stage.CLOSED.value, status=ConcernStatus.CLOSED.value, closed_at=at,
                   next_review=None)  # fmt: skip

    # -- staff and training ---------------------------------------------------------------
    def staff(self, n: int) -> None:
        r = self.rng
        courses = {
            code: (cid, refresh)
            for cid, code, refresh in self.s.execute(
                select(Course.id, Course.code, Course.refresh_months).order_by(Course.id)
            ).all()
        }
        held = {t for types in self.s.scalars(select(Staff.role_types)) for t in types or ()}
        leaders = list(LEADERSHIP if RoleType.DSL.value not in held else ())
        names: list[tuple[str, str]] = []
        for i in range(n):
            sid = self.new_id("staff")
            forenames, surnames = NAME_POOLS[self.pool()]
            forename, surname = r.choice(forenames), r.choice(surnames)
            if i == 5 and names:  # two people with one name: the staff code tells them apart
                forename, surname = names[-1]
            names.append((forename, surname))
            title, roles = leaders[i] if i < len(leaders) else self.job()
            if self.nation is Nation.WALES:
                title = LEADERSHIP_WALES.get(title, title)
            start = START.date() - dt.timedelta(days=r.randint(0, 365 * 15))
            left = None
            if r.random() < 0.1:
                left = start + dt.timedelta(days=r.randint(200, 365 * 6))
                if left >= END.date():
                    left = None
            local = ".".join(fold(x).replace(" ", "") for x in (forename, surname))
            self.rows["staff"].append({
                "id": sid, "staff_code": f"S{sid:05d}",
                "title": r.choice(TITLES) if title != "Governor" else r.choice(("Mr", "Mrs", "Cllr")),
                "forename": forename, "surname": surname,
                "email": f"{local}@enghraifft.example", "job_title": title,
                "role_types": [t.value for t in roles], "start_date": start, "left_date": left,
                "created_at": START, "updated_at": START,
            })  # fmt: skip
            wanted = [courses[c] for role in roles for c in ROLE_COURSES[role] if c in courses]
            if not wanted and courses:  # a school's own catalogue: any few of its courses
                wanted = r.sample(sorted(courses.values()), min(len(courses), 3))
            first = max(start, START.date() - dt.timedelta(days=365 * 5))
            until = left or END.date()
            for course_id, refresh in dict.fromkeys(wanted):
                if r.random() < 0.1:  # never done: shows as missing on the dashboard
                    continue
                done = first + dt.timedelta(days=r.randint(0, 90))
                while done <= until:
                    self.rows["training"].append({
                        "id": self.new_id("training"), "staff_id": sid, "course_id": course_id,
                        "completed_on": done, "certificate_id": None, "notes": "",
                        "recorded_by_id": self.user,
                        "recorded_at": dt.datetime.combine(done, dt.time(16, 0)),
                    })  # fmt: skip
                    if refresh is None or r.random() < 0.12:  # one-off, or a refresher missed
                        break
                    done += dt.timedelta(days=30 * refresh + r.randint(-30, 45))


_STREETS = (
    "Heol y Bont", "Stryd Fawr", "Church Street", "Station Road", "Ffordd y Parc",
    "Victoria Terrace", "Maes y Coed", "Mill Lane", "Clos yr Ysgol", "Park View",
)  # fmt: skip


_TOWNS = ("Trefenghraifft", "Examplebury", "Llanffug", "Fictonby", "Aberddychmygol")


class _PastConcern(NamedTuple):
    reference: str
    noticed_at: dt.datetime
    category: str
    outcome: str | None


class _PastReferral(NamedTuple):
    sent_at: dt.datetime | None
    police_reference: str
    outcome: str | None


def _store_forms(s: Session, vault: OpenVault, g: _Generator) -> None:
    """Give every demo referral the form it was generated with, as the app would have stored
    it (so it prints and copies like any other); the year group is the one at that time.

    The forms are assembled from the generator's own rows (``referral_case.assemble_form``),
    not read back one query at a time, so the 50,000-concern set stays quick to build.
    """
    from dsl_desktop.services.referral_case import CaseRecords, assemble_form, load_labels

    me = vault.user
    assert me is not None
    user = s.get(User, me.user_id)
    if user is not None:
        user.direct_phone = user.direct_phone or DEMO_PHONE
        user.work_email = user.work_email or DEMO_EMAIL
    school = s.scalars(select(School)).first()
    labels = load_labels(s)
    wanted = {row["concern_id"] for row in g.rows["referral"]}
    people = {row["id"]: row for row in g.rows["person"]}
    concerns = {row["id"]: row for row in g.rows["concern"]}
    by_person: dict[int, list[dict[str, Any]]] = {}
    for row in g.rows["concern"]:
        by_person.setdefault(row["person_id"], []).append(row)
    newest_referral = {
        row["concern_id"]: _PastReferral(row["sent_at"], row["police_reference"], row["outcome"])
        for row in g.rows["referral"]
    }
    past = {
        row["id"]: (
            _PastConcern(row["reference"], row["noticed_at"], row["category"], row["outcome"]),
            newest_referral.get(row["id"]),
        )
        for row in g.rows["concern"]
    }  # each person's concerns are in the order noticed: newest last
    children: dict[str, dict[int, list[Any]]] = {}
    for name, model in (("item", InformationItem), ("alternative", AlternativeExplanation),
                        ("action", ActionRow), ("consultation", Consultation),
                        ("parallel", ParallelReferral), ("decision", Decision)):  # fmt: skip
        grouped: dict[int, list[Any]] = {}
        for row in g.rows[name]:
            if row["concern_id"] in wanted:
                grouped.setdefault(row["concern_id"], []).append(model(**row))
        children[name] = grouped
    updates = []
    for row in g.rows["referral"]:
        cid = row["concern_id"]
        c = concerns[cid]
        earlier = [
            past[x["id"]] for x in reversed(by_person[c["person_id"]])
            if x["id"] != cid and x["noticed_at"] <= c["noticed_at"]
        ]  # fmt: skip
        decisions = children["decision"].get(cid, [])
        case = CaseRecords(
            school=school, person=Person(**people[c["person_id"]]), concern=Concern(**c),
            decision=decisions[-1] if decisions else None,
            items=children["item"].get(cid, []),
            alternatives=children["alternative"].get(cid, []),
            actions=children["action"].get(cid, []),
            consultations=children["consultation"].get(cid, []),
            parallel=children["parallel"].get(cid, []),
            earlier=earlier,
            labels=labels, referrer=user,
        )  # fmt: skip
        form = assemble_form(case, me, row["generated_at"])
        person_type, dob, _approx = g.people[c["person_id"]]
        if person_type is PersonType.PUPIL and dob is not None:
            then = year_group_on(dob, row["generated_at"].date())
            form = dataclasses.replace(
                form, person=dataclasses.replace(form.person, year_group=f"Year {then}")
            )
        updates.append(
            {"id": row["id"], "snapshot": form.to_dict(), "form_version": form.form_version}
        )
    s.execute(update(Referral), updates)


# Insertion order: a concern's own rows go in before the concern itself (foreign keys are checked
# at commit), so whatever keeps the search index up to date builds each concern's entry once,
# when the concern arrives with everything that belongs to it, instead of once per row.
_TABLES: tuple[tuple[str, str], ...] = (
    ("person", "person"), ("item", "information_item"),
    ("alternative", "alternative_explanation"), ("consultation", "consultation"),
    ("decision", "decision"), ("referral", "referral"), ("action", "action"),
    ("stage", "stage_change"), ("parallel", "parallel_referral"), ("concern", "concern"),
    ("staff", "staff"),
    ("training", "training_record"),
)  # fmt: skip


def generate(
    vault: OpenVault, *, concerns: int, staff: int = 0, seed: int = 0, people: int | None = None
) -> DemoCounts:
    """Add fictional records to the open vault in one transaction; returns what was added.

    ``people`` defaults to :func:`people_for` (about ten concerns each in a large set). Training
    records are made only for courses already in the store.
    """
    if concerns < 0 or staff < 0 or (people is not None and people < 0):
        raise ValueError("counts cannot be negative")
    me = allow(vault, Action.CREATE_CASE)
    if staff:
        allow(vault, Action.MANAGE_TRAINING)
    n_people = people_for(concerns) if people is None else people
    if concerns and not n_people:
        raise ValueError("concerns need at least one person")
    with vault.unit() as s:
        s.execute(text("PRAGMA defer_foreign_keys = ON"))  # until commit; see _TABLES
        g = _Generator(s, seed, me.user_id)
        rng = g.rng
        moments = sorted(g.school_moment() for _ in range(concerns))
        # each person has at least one concern; the rest are spread at random
        owners = list(range(min(n_people, concerns)))
        owners += [rng.randrange(n_people) for _ in range(concerns - len(owners))]
        rng.shuffle(owners)
        firsts: dict[int, dt.datetime] = {}
        for owner, moment in zip(owners, moments, strict=True):
            firsts.setdefault(owner, moment)
        person_ids: list[tuple[int, str]] = [
            g.person(i, firsts.get(i, START)) for i in range(n_people)
        ]
        scenarios = [g.scenario(m) for m in moments]
        for i, sc in enumerate(_CLOSED_SCENARIOS[: len(scenarios)]):
            scenarios[i] = sc
        for i, sc in enumerate(_OPEN_SCENARIOS):
            j = len(scenarios) - 1 - i
            if j >= len(_CLOSED_SCENARIOS):
                scenarios[j] = sc
        numbers: dict[int, int] = {}
        for owner, moment, sc in zip(owners, moments, scenarios, strict=True):
            year = moment.year
            if year not in numbers:
                numbers[year] = last_number(s, year)
            numbers[year] += 1
            pid, forename = person_ids[owner]
            g.concern(g.new_id("concern"), reference_for(year, numbers[year]), pid, forename,
                      moment, sc)  # fmt: skip
        if staff:
            g.staff(staff)
        for name, table in _TABLES:
            rows = g.rows[name]
            if rows:
                s.execute(insert(Base.metadata.tables[table]), rows)
        if g.rows["referral"]:
            _store_forms(s, vault, g)
        counts = DemoCounts(
            people=len(g.rows["person"]), concerns=len(g.rows["concern"]),
            information_items=len(g.rows["item"]), alternatives=len(g.rows["alternative"]),
            consultations=len(g.rows["consultation"]), decisions=len(g.rows["decision"]),
            referrals=len(g.rows["referral"]), actions=len(g.rows["action"]),
            stage_changes=len(g.rows["stage"]), staff=len(g.rows["staff"]),
            training_records=len(g.rows["training"]),
        )  # fmt: skip
        vault.audit(s, "demo.generated", details={"seed": seed, **counts.as_dict()})
    return counts

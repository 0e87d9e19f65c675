"""ORM models: the schema of the encrypted store (SQLAlchemy 2, typed).

The schema is created and changed only by Alembic migrations in ``db/migrations``; a test checks
that these models and the migrations agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# ---- the school and its accounts ---------------------------------------------------------
class School(Base):
    __tablename__ = "school"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    urn: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    local_authority: Mapped[str] = mapped_column(String(200), default="")
    nation: Mapped[str] = mapped_column(String(20), default="england", server_default="england")


class LocalContact(Base):
    """A contact the school enters itself (police Prevent team, LA Prevent lead, MASH...)."""

    __tablename__ = "local_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(40), unique=True)  # id used by the key slots
    sign_in_name: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    direct_phone: Mapped[str] = mapped_column(String(60), default="")
    work_email: Mapped[str] = mapped_column(String(200), default="")


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Draft(Base):
    """Unsaved form content, kept as the user types so nothing is lost."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("user_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    key: Mapped[str] = mapped_column(String(120))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CatalogueItem(Base):
    """Editable lists copied from resources/ at set-up: indicators, categories, role rules."""

    __tablename__ = "catalogue_item"
    __table_args__ = (UniqueConstraint("kind", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(300))
    grp: Mapped[str] = mapped_column(String(80), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# ---- people and concerns -----------------------------------------------------------------
class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_type: Mapped[str] = mapped_column(String(20), default="pupil")
    forenames: Mapped[str] = mapped_column(String(200))
    surname: Mapped[str] = mapped_column(String(200))
    other_names: Mapped[str] = mapped_column(String(300), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date, default=None)
    approx_age: Mapped[int | None] = mapped_column(Integer, default=None)
    gender: Mapped[str] = mapped_column(String(40), default="")
    addresses: Mapped[list[Any]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(100), default="")
    first_language: Mapped[str] = mapped_column(String(100), default="")
    school_or_occupation: Mapped[str] = mapped_column(String(200), default="")
    upn_or_staff_code: Mapped[str] = mapped_column(String(40), default="")
    send: Mapped[str] = mapped_column(Text, default="")
    family_details: Mapped[str] = mapped_column(Text, default="")
    other_agencies: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    concerns: Mapped[list[Concern]] = relationship(back_populates="person")


Index("ix_person_names", Person.surname, Person.forenames)


class Concern(Base):
    __tablename__ = "concern"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    noticed_by: Mapped[str] = mapped_column(String(200), default="")
    noticed_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    location: Mapped[str] = mapped_column(String(300), default="")
    account: Mapped[str] = mapped_column(Text, default="")
    others_present: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[list[Any]] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(60), default="not_yet_known", index=True)
    immediate_danger: Mapped[bool | None] = mapped_column(Boolean, default=None)
    emergency_action: Mapped[str] = mapped_column(Text, default="")
    emergency_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    stage: Mapped[str] = mapped_column(String(20), default="notice", index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    outcome: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    next_review: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    person: Mapped[Person] = relationship(back_populates="concerns")
    items: Mapped[list[InformationItem]] = relationship(
        back_populates="concern", order_by="InformationItem.id"
    )
    alternatives: Mapped[list[AlternativeExplanation]] = relationship(
        order_by="AlternativeExplanation.id"
    )
    consultations: Mapped[list[Consultation]] = relationship(order_by="Consultation.id")
    decisions: Mapped[list[Decision]] = relationship(order_by="Decision.id")
    referrals: Mapped[list[Referral]] = relationship(order_by="Referral.id")
    actions: Mapped[list[Action]] = relationship(order_by="Action.id")
    stage_changes: Mapped[list[StageChange]] = relationship(order_by="StageChange.id")


class InformationItem(Base):
    __tablename__ = "information_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    content: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300), default="")
    obtained_at: Mapped[dt.date | None] = mapped_column(Date, default=None)
    kind: Mapped[str] = mapped_column(String(20))
    validation: Mapped[str] = mapped_column(String(20), default="uncorroborated")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    corroborated_by: Mapped[str] = mapped_column(String(300), default="")

    concern: Mapped[Concern] = relationship(back_populates="items")


class AlternativeExplanation(Base):
    __tablename__ = "alternative_explanation"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    explanation: Mapped[str] = mapped_column(Text)
    exploration: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # True: once explored, it explains what was seen; False: it does not; None: not concluded.
    accepted: Mapped[bool | None] = mapped_column(Boolean, default=None)


class Consultation(Base):
    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    consulted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(60), default="")
    shared: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class Decision(Base):
    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outcome: Mapped[str] = mapped_column(String(40))
    rationale: Mapped[str] = mapped_column(Text)
    parallel_route: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)
    review_date: Mapped[dt.date | None] = mapped_column(Date, default=None)


class Referral(Base):
    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    form_version: Mapped[str] = mapped_column(String(40), default="")
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    generated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    generated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    sent_to: Mapped[str] = mapped_column(String(300), default="")
    sent_how: Mapped[str] = mapped_column(String(100), default="")
    police_reference: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str | None] = mapped_column(String(40), default=None)
    outcome_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    feedback_requested_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    feedback_received_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    feedback_notes: Mapped[str] = mapped_column(Text, default="")
    channel_consent: Mapped[str | None] = mapped_column(String(20), default=None)
    consent_from: Mapped[str] = mapped_column(String(20), default="")
    consent_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    panel_dates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    school_part: Mapped[str] = mapped_column(Text, default="")
    support_ended_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class ParallelReferral(Base):
    """The safeguarding referral made alongside Prevent, or why none was made (route "none")."""

    __tablename__ = "parallel_referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    route: Mapped[str] = mapped_column(String(40))
    made_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Action(Base):
    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class StageChange(Base):
    """A concern moving between stages, with who, when and why, for its chronology.

    A review held while the concern stays at Review is recorded as ``review -> review``; its
    ``note`` says what the review found and ``next_review`` when to look again.
    """

    __tablename__ = "stage_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    from_stage: Mapped[str] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[dt.date | None] = mapped_column(Date, default=None)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)


#: The tables whose rows belong to one concern (each has ``concern_id``): what a transfer
#: carries with a concern, and what retention deletes with it (in the reverse order).
CONCERN_RECORDS: tuple[tuple[str, type[Base]], ...] = (
    ("information_item", InformationItem),
    ("alternative_explanation", AlternativeExplanation),
    ("consultation", Consultation),
    ("decision", Decision),
    ("referral", Referral),
    ("action", Action),
    ("stage_change", StageChange),
)


class Amendment(Base):
    """A change to a submitted record: the old and new value, who, when and why."""

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    concern_id: Mapped[int | None] = mapped_column(ForeignKey("concern.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[Any] = mapped_column(JSON)
    new_value: Mapped[Any] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    amended_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Attachment(Base):
    """A file kept inside the encrypted store (never as a loose file)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---- staff training ----------------------------------------------------------------------
class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_code: Mapped[str] = mapped_column(String(40), default="", index=True)
    title: Mapped[str] = mapped_column(String(40), default="")
    forename: Mapped[str] = mapped_column(String(200))
    middle_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    surname: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="", index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    role_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    left_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(200), default="")
    delivery: Mapped[str] = mapped_column(String(100), default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    refresh_months: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    counts_as: Mapped[list[Any]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Requirement(Base):
    __tablename__ = "requirement"
    __table_args__ = (UniqueConstraint("role_type", "course_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    role_type: Mapped[str] = mapped_column(String(40))
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    refresh_months: Mapped[int | None] = mapped_column(Integer, default=None)
    due_within_days: Mapped[int | None] = mapped_column(Integer, default=None)
    basis: Mapped[str] = mapped_column(Text, default="")


class TrainingRecord(Base):
    __tablename__ = "training_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    completed_on: Mapped[dt.date] = mapped_column(Date)
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Covers "latest completion of each course per person", so the training dashboard reads an index.
Index(
    "ix_training_record_latest",
    TrainingRecord.staff_id,
    TrainingRecord.course_id,
    TrainingRecord.completed_on,
)


# ---- records management ------------------------------------------------------------------
class RetentionRule(Base):
    __tablename__ = "retention_rule"
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    basis: Mapped[str] = mapped_column(String(40))  # e.g. "date_of_birth", "closed", "left"
    years: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40), default="review")
    notes: Mapped[str] = mapped_column(Text, default="")


class Transfer(Base):
    __tablename__ = "transfer"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(String(3), default="out")  # "out" sent, "in" received
    from_school: Mapped[str] = mapped_column(String(300), default="")
    to_school: Mapped[str] = mapped_column(String(300))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    method: Mapped[str] = mapped_column(String(100), default="")
    receipt_confirmed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditEvent(Base):
    """One link of the hash-chained audit trail. Details never hold record content."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    #: The account's signing key (``signing_key.id``) and its Ed25519 signature (hex) over the
    #: event; empty for events written before accounts signed, or by nobody signed in.
    key_id: Mapped[int | None] = mapped_column(Integer, default=None)
    signature: Mapped[str | None] = mapped_column(String(128), default=None)


class SigningKey(Base):
    """An account's Ed25519 public key for signing its audit events. The private key is made
    from the account's slot secret, which only its passphrase (or device key) unlocks."""

    __tablename__ = "signing_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))


# ---- staff reports (sealed by any member of staff, opened only by this vault) --------------
class IntakeKey(Base):
    """A key pair for staff reports. The private half never leaves the encrypted store; replaced
    keys are kept (``retired_at`` set) so reports sealed to them still open."""

    __tablename__ = "intake_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class StaffReport(Base):
    """A staff report that was imported: one per report id, so importing it again does nothing."""

    __tablename__ = "staff_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[str] = mapped_column(String(32))
    receipt: Mapped[str] = mapped_column(String(16))
    sealed_sha256: Mapped[str] = mapped_column(String(64))
    concern_id: Mapped[int] = mapped_column(ForeignKey("concern.id"), index=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), default=None)
    sealed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

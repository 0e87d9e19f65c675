"""Pieces shared by the log, chronology, overview and audit screens: translated labels for the
codes the core stores, dates and the save-file question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QWidget

from dsl_desktop.domain import ConcernStatus, Outcome, ReferralOutcome, Stage
from dsl_desktop.workflow import STAGE_ORDER
from ui.dates import show_date, show_datetime, show_iso


def _tr(text: str) -> str:
    return QCoreApplication.translate("Log", text)


def stage_label(code: str) -> str:
    labels = {
        Stage.NOTICE.value: _tr("Notice"),
        Stage.CHECK.value: _tr("Check"),
        Stage.DECIDE.value: _tr("Decide"),
        Stage.SHARE.value: _tr("Share"),
        Stage.REVIEW.value: _tr("Review"),
        Stage.CLOSED.value: _tr("Closed"),
    }
    return labels.get(code, code)


def stage_codes() -> list[str]:
    return [s.value for s in STAGE_ORDER]


def status_label(code: str) -> str:
    labels = {
        ConcernStatus.DRAFT.value: _tr("Draft"),
        ConcernStatus.OPEN.value: _tr("Open"),
        ConcernStatus.CLOSED.value: _tr("Closed"),
    }
    return labels.get(code, code)


def outcome_label(code: str | None) -> str:
    if not code:
        return _tr("Not decided yet")
    labels = {
        Outcome.NO_FURTHER_ACTION.value: _tr("No further action"),
        Outcome.MONITOR.value: _tr("Monitor and review"),
        Outcome.IN_SCHOOL_SUPPORT.value: _tr("Support in school"),
        Outcome.EARLY_HELP_OR_SOCIAL_CARE.value: _tr("Early help or social care"),
        Outcome.PREVENT_REFERRAL.value: _tr("Prevent referral"),
        Outcome.EMERGENCY.value: _tr("Emergency (999)"),
    }
    return labels.get(code, code)


def referral_outcome_label(code: str | None) -> str:
    if not code:
        return _tr("Awaiting an outcome")
    labels = {
        ReferralOutcome.NO_FURTHER_ACTION.value: _tr("No further action by Prevent"),
        ReferralOutcome.SIGNPOSTED.value: _tr("Signposted to other support"),
        ReferralOutcome.PREVENT_CASE_MANAGEMENT.value: _tr("Prevent Case Management"),
        ReferralOutcome.CHANNEL.value: _tr("Channel panel"),
        ReferralOutcome.UNKNOWN.value: _tr("Not known"),
    }
    return labels.get(code, code)


def kind_label(code: str) -> str:
    labels = {
        "observed": _tr("Observed"),
        "assertion": _tr("Assertion"),
        "assumption": _tr("Assumption"),
    }
    return labels.get(code, code)


def validation_label(code: str) -> str:
    labels = {
        "corroborated": _tr("Corroborated"),
        "uncorroborated": _tr("Not corroborated"),
        "contradicted": _tr("Contradicted"),
    }
    return labels.get(code, code)


def delay_band_label(low: int, high: int | None) -> str:
    if high == 0:
        return _tr("Same day")
    if high is None:
        return _tr("Over %1 days").replace("%1", str(low - 1))
    return _tr("%1\u2013%2 days").replace("%1", str(low)).replace("%2", str(high))


def action_label(code: str) -> str:
    """What an audit event's action means, in words; the code itself when it is not known."""
    labels = {
        "vault.created": _tr("Vault set up"),
        "sign_in": _tr("Signed in"),
        "sign_out": _tr("Signed out"),
        "lock": _tr("Locked"),
        "auto_lock": _tr("Locked after a time unused"),
        "verify": _tr("Vault checked (command line)"),
        "concern.created": _tr("Concern recorded"),
        "concern.viewed": _tr("Concern opened"),
        "concern.history_viewed": _tr("Concern history read"),
        "concern.stage_changed": _tr("Concern moved to another stage"),
        "concern.reviewed": _tr("Review held"),
        "concern.received": _tr("Concern received with a transfer"),
        "information.added": _tr("Information added"),
        "alternative.added": _tr("Other explanation added"),
        "consultation.added": _tr("Consultation recorded"),
        "decision.recorded": _tr("Decision recorded"),
        "decision_record.generated": _tr("Decision record made"),
        "referral.generated": _tr("Referral form prepared"),
        "referral.section_edited": _tr("Referral form edited"),
        "referral.sent": _tr("Referral sent"),
        "referral.outcome_recorded": _tr("Referral outcome recorded"),
        "record.amended": _tr("Record amended"),
        "record.filled_in": _tr("Blank detail filled in"),
        "record.deleted": _tr("Record deleted after review"),
        "action.added": _tr("Action set"),
        "action.completed": _tr("Action done"),
        "attachment.added": _tr("File attached"),
        "attachment.opened": _tr("Attached file opened"),
        "person.added": _tr("Person added"),
        "person.updated": _tr("Person's details changed"),
        "person.viewed": _tr("Person's details opened"),
        "person.chronology_viewed": _tr("Chronology read"),
        "person.chronology_exported": _tr("Chronology saved as PDF"),
        "log.exported": _tr("Concerns log exported"),
        "audit.verified": _tr("Audit trail checked"),
        "transfer.exported": _tr("File transferred to another school"),
        "transfer.imported": _tr("File received from another school"),
        "transfer.receipt_confirmed": _tr("Transfer receipt confirmed"),
        "backup.made": _tr("Backup made"),
        "backup.settings_changed": _tr("Backup settings changed"),
        "retention.rule_changed": _tr("Retention rule changed"),
        "demo.generated": _tr("Demonstration data added"),
        "school.updated": _tr("School details changed"),
        "contacts.updated": _tr("Local contacts changed"),
        "setting.changed": _tr("Setting changed"),
        "account.added": _tr("Account added"),
        "account.removed": _tr("Account removed"),
        "passphrase.changed": _tr("Passphrase changed"),
        "passphrase.reset": _tr("Passphrase reset with the recovery code"),
        "recovery_code.replaced": _tr("New recovery code made"),
        "device.remembered": _tr("Computer remembered"),
        "device.forgotten": _tr("Computer forgotten"),
        "staff.added": _tr("Member of staff added"),
        "staff.updated": _tr("Member of staff changed"),
        "staff.left": _tr("Member of staff left"),
        "staff.imported": _tr("Staff list imported"),
        "course.saved": _tr("Course saved"),
        "requirement.saved": _tr("Training requirement saved"),
        "requirement.removed": _tr("Training requirement removed"),
        "training.recorded": _tr("Training recorded"),
        "training.removed": _tr("Training record removed"),
        "training.session_recorded": _tr("Training session recorded"),
        "training.role_rules_changed": _tr("Job title rules changed"),
        "training.nation_defaults": _tr("Training defaults moved to the school's nation"),
        "training.exported": _tr("Training report exported"),
        "staff_report.imported": _tr("Staff report imported"),
        "intake_key.created": _tr("Intake key for staff reports made"),
        "intake_key.replaced": _tr("Intake key for staff reports replaced"),
        "intake_key.exported": _tr("Intake key file saved"),
        "decision_record.printed": _tr("Decision record printed"),
        "decision_record.saved": _tr("Decision record saved"),
        "referral.printed": _tr("Referral form printed"),
        "referral.saved": _tr("Referral form saved"),
        "vault.restored": _tr("Vault restored from a backup"),
    }
    found = labels.get(code)
    if found is None:  # a code this version does not know: as words, never the code itself
        from ui.log.audit_words import humanise

        return humanise(code)
    return found


def counted(n: int, one: str, many: str) -> str:
    """ "1 concern" / "1,234 concerns": ``one`` and ``many`` are translated, ``%1`` the number."""
    return (one if n == 1 else many).replace("%1", number(n))


def uk_date(value: dt.date | None) -> str:
    return show_date(value)


def uk_datetime(value: dt.datetime | None) -> str:
    return show_datetime(value)


def iso_to_uk(text: str | None) -> str:
    """ "2026-03-14 09:30" -> "14/03/2026 09:30"; "2026-03-14" -> "14/03/2026" (in the UK)."""
    return show_iso(text)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def number(n: int) -> str:
    """1234 -> "1,234"."""
    return f"{n:,}"


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Ask where to save a file; None when the user cancels. (Tests replace this function.)"""
    from ui.widgets import save_file_name

    path = save_file_name(parent, title, suggested.name, file_filter)
    return Path(path) if path else None


def documents_folder() -> Path:
    """Where a file dialog starts: the folder last used, else the user's Documents."""
    from ui.widgets import start_folder

    return start_folder()


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

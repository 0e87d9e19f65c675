"""Concerns: recording one concern through NOTICE -> CHECK -> DECIDE -> SHARE (-> REVIEW -> CLOSED).

Every function takes the open vault first, checks the signed-in role with
:func:`dsl_desktop.workflow.require` (a reviewer reads only; a training administrator sees no
concern at all) and writes an audit event for every change and every time a case is opened.
Audit details hold ids, codes and counts, never what was written.

Records are submitted as soon as they are saved. After that nothing is edited in place:

* :func:`amend` changes a saved value, keeping the old value, the new value, who, when and why
  (a reason is required);
* :func:`fill_in` adds a value to a field that was left blank (a police reference that arrives
  later, what an alternative explanation turned out to be); it is kept as an amendment too, with
  no reason needed;
* a few steps complete a record by design: sending a referral, learning its outcome, finishing
  an action. Doing one of them a second time is refused: use :func:`amend`.

Stages change only through :func:`dsl_desktop.workflow.advance`, fed with facts read from the
store. A decision (including no further action) moves the concern on in the same transaction."""

from __future__ import annotations

from db.errors import RecordLocked, WrongStage
from db.models import Concern as Concern
from dsl_desktop.action_words import UNKNOWN_OUTCOME_ACTION
from dsl_desktop.domain import Stage as Stage
from dsl_desktop.services.concerns.actions import add_action, complete_action
from dsl_desktop.services.concerns.amend import Coercer, amend, amendable_fields, fill_in
from dsl_desktop.services.concerns.base import (
    CLOCK_SLACK,
    case_facts,
    last_number,
    reference_for,
)
from dsl_desktop.services.concerns.base import _facts as _facts
from dsl_desktop.services.concerns.check import add_alternative, add_consultation, add_information
from dsl_desktop.services.concerns.decide import default_destination, record_decision
from dsl_desktop.services.concerns.history import REFERRAL_OUTCOME_TITLES, case_history, case_view
from dsl_desktop.services.concerns.notice import create_concern
from dsl_desktop.services.concerns.share import (
    record_referral_outcome,
    record_referral_sent,
    save_referral_snapshot,
)
from dsl_desktop.services.concerns.stages import move_to, record_review
from dsl_desktop.services.people import InvalidInput, NotFound
from dsl_desktop.services.people import now as now
from dsl_desktop.views.concerns import (
    ActionInput,
    ActionView,
    AlternativeInput,
    AlternativeView,
    AmendmentView,
    CaseView,
    ConcernRef,
    ConsultationInput,
    ConsultationView,
    DecisionInput,
    DecisionView,
    HistoryEntry,
    InformationInput,
    InformationItemView,
    NoticeInput,
    ReferralSentInput,
    ReferralView,
    StageChangeView,
)
from dsl_desktop.workflow import StageRuleError

__all__ = [
    "ActionInput",
    "ActionView",
    "AlternativeInput",
    "AlternativeView",
    "AmendmentView",
    "CLOCK_SLACK",
    "CaseView",
    "Coercer",
    "ConcernRef",
    "ConsultationInput",
    "ConsultationView",
    "DecisionInput",
    "DecisionView",
    "HistoryEntry",
    "InformationInput",
    "InformationItemView",
    "InvalidInput",
    "NotFound",
    "NoticeInput",
    "REFERRAL_OUTCOME_TITLES",
    "RecordLocked",
    "ReferralSentInput",
    "ReferralView",
    "StageChangeView",
    "StageRuleError",
    "UNKNOWN_OUTCOME_ACTION",
    "WrongStage",
    "add_action",
    "add_alternative",
    "add_consultation",
    "add_information",
    "amend",
    "amendable_fields",
    "case_facts",
    "case_history",
    "case_view",
    "complete_action",
    "create_concern",
    "default_destination",
    "fill_in",
    "last_number",
    "move_to",
    "record_decision",
    "record_referral_outcome",
    "record_referral_sent",
    "record_review",
    "reference_for",
    "save_referral_snapshot",
]

"""Staff training: the staff register, courses and requirements, training records, staff list
imports, compliance and the reports an inspector asks for.

Roles are enforced here (``workflow.Action``): the DSL, deputies and the training administrator
change records, reviewers only read them, and only those allowed may export. Staff are never
deleted; a leaver keeps their training history. The audit trail records what was done to which
record by id, code or count, never a name or any other detail of a person."""

from __future__ import annotations

from dsl_desktop.services.training.base import (
    DUE_SOON_SETTING,
    IMPORT_MAPPING_SETTING,
    ROLE_TYPE_LABELS,
    STATUS_LABELS,
)
from dsl_desktop.services.training.compliance import (
    compliance,
    dashboard,
    due_soon_days,
    set_due_soon_days,
    sign_in_summary,
)
from dsl_desktop.services.training.courses import (
    list_courses,
    list_requirements,
    remove_requirement,
    save_course,
    save_requirement,
)
from dsl_desktop.services.training.imports import (
    ImportFileError,
    ImportRejected,
    ImportReport,
    apply_import,
    preview_import,
    remembered_mapping,
)
from dsl_desktop.services.training.records import (
    add_certificate,
    certificate_media_type,
    record_session,
    record_training,
    records_for_staff,
    remove_training_record,
)
from dsl_desktop.services.training.register import (
    add_staff,
    get_staff,
    list_staff,
    mark_left,
    role_rules,
    role_rules_data,
    save_role_rules,
    suggest_roles,
    update_staff,
)
from dsl_desktop.services.training.reports import (
    safe_cell,
    training_csv_bytes,
    training_report_csv,
    training_report_pdf,
)
from dsl_desktop.training.seed import ROLE_RULES_SETTING
from dsl_desktop.views.training import (
    CertificateFile,
    CourseColumn,
    CourseEntry,
    CourseInput,
    MatrixRow,
    RequirementEntry,
    RequirementInput,
    SessionResult,
    SignInSummary,
    StaffDetails,
    StaffEntry,
    TrainingDashboard,
    TrainingRecordEntry,
)

__all__ = [
    "CertificateFile",
    "CourseColumn",
    "CourseEntry",
    "CourseInput",
    "DUE_SOON_SETTING",
    "IMPORT_MAPPING_SETTING",
    "ImportFileError",
    "ImportRejected",
    "ImportReport",
    "MatrixRow",
    "ROLE_RULES_SETTING",
    "ROLE_TYPE_LABELS",
    "RequirementEntry",
    "RequirementInput",
    "STATUS_LABELS",
    "SessionResult",
    "SignInSummary",
    "StaffDetails",
    "StaffEntry",
    "TrainingDashboard",
    "TrainingRecordEntry",
    "add_certificate",
    "add_staff",
    "apply_import",
    "certificate_media_type",
    "compliance",
    "dashboard",
    "due_soon_days",
    "get_staff",
    "list_courses",
    "list_requirements",
    "list_staff",
    "mark_left",
    "preview_import",
    "record_session",
    "record_training",
    "records_for_staff",
    "remembered_mapping",
    "remove_requirement",
    "remove_training_record",
    "role_rules",
    "role_rules_data",
    "safe_cell",
    "save_course",
    "save_requirement",
    "save_role_rules",
    "set_due_soon_days",
    "sign_in_summary",
    "suggest_roles",
    "training_csv_bytes",
    "training_report_csv",
    "training_report_pdf",
    "update_staff",
]

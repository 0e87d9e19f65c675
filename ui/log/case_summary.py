"""A read-only summary of one concern, opened from the log.

Used when no case screen is installed that can open a concern itself (a page with an
``open_case(concern_id)`` method). Reading goes through ``concerns.case_view``, which records
the opening in the audit trail; nothing here can change the record.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dsl_desktop.services.concerns import CaseView
from ui.log.common import (
    kind_label,
    outcome_label,
    referral_outcome_label,
    stage_label,
    status_label,
    uk_date,
    uk_datetime,
    validation_label,
)
from ui.pages import PageContext
from ui.shared.builders import push_button
from ui.widgets import caption, heading


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class CaseSummaryDialog(QDialog):
    """Everything recorded on one concern, to read. ``chronology_requested(person_id)``."""

    chronology_requested = Signal(int)

    def __init__(self, ctx: PageContext, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.setWindowTitle(self.tr("Concern %1").replace("%1", case.reference))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        person = case.person.full_name
        layout.addWidget(heading(f"{case.reference} \u2014 {person}", 4))
        layout.addWidget(
            caption(
                self.tr("Read only. Opening this concern has been recorded in the audit trail.")
            )
        )
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("The concern's record"))
        self.browser.setHtml(self._html(case))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.chronology_button = push_button(
            self.tr("&Chronology of %1…").replace("%1", person), self.tr("Chronology of the person")
        )
        buttons.addButton(self.chronology_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.chronology_button.clicked.connect(self._chronology)
        layout.addWidget(buttons)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chronology(self) -> None:
        self.chronology_requested.emit(self.case.person.id)

    def _section(self, title: str, rows: Iterable[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><th align='left' valign='top' width='30%'>{_e(k)}</th><td>{_e(v)}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<h3>{_e(title)}</h3><table cellspacing='0' cellpadding='3' width='100%'>{cells}</table>"

    def _html(self, c: CaseView) -> str:
        p = c.person
        parts = [
            self._section(
                self.tr("Where it stands"),
                [
                    (self.tr("Stage"), stage_label(c.stage.value)),
                    (self.tr("Status"), status_label(c.status.value)),
                    (self.tr("Outcome"), outcome_label(c.outcome.value if c.outcome else None)),
                    (self.tr("Next review"), uk_date(c.next_review)),
                    (self.tr("Held by"), c.holder),
                ],
            ),
            self._section(
                self.tr("The person"),
                [
                    (self.tr("Name"), p.full_name),
                    (self.tr("Other names"), p.other_names),
                    (self.tr("Date of birth"), uk_date(p.date_of_birth)),
                    (self.tr("Year group or role"), p.school_or_occupation),
                ],
            ),
            self._section(
                self.tr("What was noticed"),
                [
                    (self.tr("Noticed"), uk_datetime(c.noticed_at)),
                    (self.tr("Noticed by"), c.noticed_by),
                    (self.tr("Where"), c.location),
                    (self.tr("What was seen or heard"), c.account),
                    (self.tr("Others present"), c.others_present),
                    (self.tr("Emergency action"), c.emergency_action),
                ],
            ),
        ]
        # The lists of the case, each a section of one row per entry (when there are any).
        listed: list[tuple[str, Sequence[Any], Callable[[Any], tuple[str, str]]]] = [
            (
                self.tr("Information gathered"),
                c.items,
                lambda i: (
                    f"{uk_date(i.obtained_at) or uk_datetime(i.recorded_at)} "
                    f"({kind_label(i.kind.value)}, {validation_label(i.validation.value)})",
                    i.content + (f"\n\u2014 {i.source}" if i.source else ""),
                ),
            ),
            (
                self.tr("Who was consulted"),
                c.consultations,
                lambda k: (
                    f"{uk_datetime(k.consulted_at)} {k.name}",
                    "\n".join(t for t in (k.shared, k.reason, k.outcome) if t),
                ),
            ),
            (
                self.tr("Decisions"),
                c.decisions,
                lambda d: (
                    f"{uk_datetime(d.decided_at)} {outcome_label(d.outcome.value)}",
                    d.rationale,
                ),
            ),
            (
                self.tr("Referrals"),
                c.referrals,
                lambda r: (
                    uk_datetime(r.sent_at) or self.tr("Not sent yet"),
                    "\n".join(
                        t
                        for t in (
                            r.sent_to,
                            r.police_reference,
                            referral_outcome_label(r.outcome.value if r.outcome else None),
                        )
                        if t
                    ),
                ),
            ),
        ]
        parts += [
            self._section(title, [row(e) for e in entries])
            for title, entries, row in listed
            if entries
        ]
        return "".join(parts)

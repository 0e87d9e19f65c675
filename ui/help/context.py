"""Which help topic fits the screen in use (F1 opens it).

A widget can name its topic with the dynamic property ``helpTopic`` (``"consent-and-sharing"``
or ``"notice-check-share#check"``); the nearest one up the parent chain wins. The concern
screens are recognised by class, so F1 on a step opens the topic about that step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.help.topics import DEFAULT_TOPIC

HELP_TOPIC_PROPERTY = "helpTopic"

# The case view's pages (ui.concern.steps.PAGES) and the topic that explains each.
STEP_TOPICS = {
    "notice": "notice-check-share#notice",
    "check": "facts-and-opinions",
    "decide": "notice-check-share#decide",
    "share": "consent-and-sharing",
    "followup": "after-a-referral",
    "history": "good-records",
}

# Pages of the main window (by key) whose subject has a topic of its own.
PAGE_TOPICS = {
    "concerns": "notice-check-share",
    "people": "good-records",
    "log": "good-records",
    "records": "good-records#keeping",
}


def _by_class(widget: QWidget) -> str:
    from ui.concern.case import CaseWidget
    from ui.concern.notice import NoticeForm
    from ui.concern.page import ConcernsPage

    if isinstance(widget, CaseWidget):
        return STEP_TOPICS.get(widget.current_key, "notice-check-share")
    if isinstance(widget, NoticeForm):
        danger = getattr(widget, "danger", None)
        if danger is not None and danger.value() == "yes":
            return "emergency"
        return STEP_TOPICS["notice"]
    if isinstance(widget, ConcernsPage):
        if widget.stack.currentIndex() == ConcernsPage.CASE and widget.case is not None:
            return _by_class(widget.case)
        if widget.stack.currentIndex() == ConcernsPage.NEW and widget.notice_form is not None:
            return _by_class(widget.notice_form)
    name = type(widget).__name__
    if name in ("ReferralDialog", "DecisionRecordDialog"):
        return "consent-and-sharing" if name == "ReferralDialog" else "notice-check-share#decide"
    return ""


def topic_for(widget: QWidget | None, page_key: str | None = None) -> str:
    """The topic for ``widget`` (usually the one with the keyboard focus) or, failing that, for
    the main window's page ``page_key``; the getting-started topic when nothing fits."""
    w = widget
    while w is not None:
        value = w.property(HELP_TOPIC_PROPERTY)
        if isinstance(value, str) and value:
            return value
        found = _by_class(w)
        if found:
            return found
        w = w.parentWidget()
    if page_key:
        return PAGE_TOPICS.get(page_key, DEFAULT_TOPIC)
    return DEFAULT_TOPIC


__all__ = ["HELP_TOPIC_PROPERTY", "PAGE_TOPICS", "STEP_TOPICS", "topic_for"]

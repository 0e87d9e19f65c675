"""Translated labels for values the core stores as codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from dsl_desktop.domain import Role
from dsl_desktop.resources import resource_path


def role_label(role: str) -> str:
    labels = {
        Role.DSL.value: QCoreApplication.translate("Roles", "Designated Safeguarding Lead"),
        Role.DEPUTY.value: QCoreApplication.translate("Roles", "Deputy DSL"),
        Role.REVIEWER.value: QCoreApplication.translate("Roles", "Reviewer"),
        Role.TRAINING_ADMIN.value: QCoreApplication.translate("Roles", "Training administrator"),
    }
    return labels.get(role, role)


def contact_kind_label(code: str, fallback: str) -> str:
    """Labels for the kinds of local contact in ``resources/prevent/contacts.json``."""
    labels = {
        "police_prevent_referral_email": QCoreApplication.translate(
            "Contacts", "Police Prevent team referral email"
        ),
        "la_prevent_lead": QCoreApplication.translate("Contacts", "Local authority Prevent lead"),
        "mash_front_door": QCoreApplication.translate(
            "Contacts", "MASH or children's services front door"
        ),
        "out_of_hours": QCoreApplication.translate("Contacts", "Out-of-hours service"),
    }
    return labels.get(code, fallback)


def icon(name: str) -> QIcon:
    """A bundled SVG icon from ``resources/icons``; an empty icon if it is missing.

    Monochrome icons are drawn in the palette's text colour (see ``ui.theme.palette_icon``).
    """
    from ui.theme import palette_icon

    try:
        return palette_icon(resource_path("icons", name))
    except FileNotFoundError:
        return QIcon()

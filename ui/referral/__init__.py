"""The Prevent referral form and the decision record on screen: preview, review, print, save.

The case screen opens :class:`ReferralDialog` (or :class:`DecisionRecordDialog`) with the page
context and the concern's id; :class:`PdfPreview` and :class:`ReferralReviewPanel` can also be
embedded on their own.
"""

from ui.referral.decision_dialog import DecisionRecordDialog
from ui.referral.dialogs import ReferralDialog
from ui.referral.document_dialog import DocumentActions
from ui.referral.preview import PdfPreview, print_pdf, render_pages
from ui.referral.review import ReferralReviewPanel

__all__ = [
    "DecisionRecordDialog",
    "DocumentActions",
    "PdfPreview",
    "ReferralDialog",
    "ReferralReviewPanel",
    "print_pdf",
    "render_pages",
]

"""PDF documents rendered with reportlab from plain snapshots (see ``dsl_desktop.referral_form``).

``base`` holds the page every document shares; ``text`` the translation hook for its words.
"""

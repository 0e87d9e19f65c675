"""The language of the app's windows: English, or Welsh from ``resources/translations``.

The choice is kept per computer in QSettings under ``ui/language``: ``"system"`` (the default:
Welsh when the computer's own language is Welsh, else English), ``"en"`` or ``"cy"``. It is read
once at start-up, before any window is built, so a change takes effect at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from dsl_desktop.messages import render
from dsl_desktop.pdf.text import in_language, stored_word
from dsl_desktop.pdf.text_cy import WELSH as WELSH_WORDING
from dsl_desktop.resources import resource_path
from ui import terminology

SETTING = "ui/language"
SYSTEM, ENGLISH, WELSH = "system", "en", "cy"
CHOICES = (SYSTEM, ENGLISH, WELSH)
CATALOGUE = "dsl_desktop_cy.qm"
PLURALS_EN = "dsl_desktop_en.qm"
"""English needs a catalogue too, for its counted texts only ("%n concern(s)": 1 concern,
2 concerns); every other English text is its own source."""

_installed: QTranslator | None = None
_language = ENGLISH
_locale_before: QLocale | None = None


def chosen(settings: QSettings) -> str:
    """The stored choice: ``"system"``, ``"en"`` or ``"cy"`` (anything else reads as system)."""
    value = settings.value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def store(settings: QSettings, choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    settings.setValue(SETTING, choice)


def system_language(locale: QLocale | None = None) -> str:
    """``"cy"`` when the computer's language (``locale``, default the system's) is Welsh."""
    found = locale if locale is not None else QLocale.system()
    if found.language() == QLocale.Language.Welsh:
        return WELSH
    # A Welsh entry anywhere in the user's list of preferred languages counts too.
    if any(name.lower().startswith("cy") for name in found.uiLanguages()[:1]):
        return WELSH
    return ENGLISH


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language a choice means on this computer: ``"en"`` or ``"cy"``."""
    if choice == SYSTEM:
        return system_language(locale)
    return choice if choice in (ENGLISH, WELSH) else ENGLISH


def current_language() -> str:
    """The language installed at start-up (``"en"`` or ``"cy"``)."""
    return _language


def document_language() -> str:
    """PDFs follow the app's language: in Welsh, documents are printed in both languages, since
    the people who receive them may read either."""
    return "bilingual" if current_language() == "cy" else "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Make ``language`` the language of every window built from now on.

    Returns False (and leaves English) when the Welsh catalogue cannot be loaded.
    """
    loaded = _install(app, language)
    terminology.use_catalogue(_installed)  # the role's name is asked before the catalogue
    return loaded


def _install(app: QCoreApplication, language: str) -> bool:
    global _installed, _language, _locale_before
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    _language = ENGLISH
    if language != WELSH:
        english = QTranslator(app)
        try:
            if english.load(str(resource_path("translations", PLURALS_EN))):
                app.installTranslator(english)
                _installed = english
        except FileNotFoundError:
            pass
        return True
    translator = QTranslator(app)
    try:
        loaded = translator.load(str(resource_path("translations", CATALOGUE)))
    except FileNotFoundError:
        loaded = False
    if not loaded:
        return False
    app.installTranslator(translator)
    _installed = translator
    _language = WELSH
    # Month and day names in Qt's own date widgets follow the default locale.
    _locale_before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    return True


def install_chosen(app: QCoreApplication, settings: QSettings) -> str:
    """At start-up: install the language chosen in ``settings``; returns the one in use."""
    install(app, resolve(chosen(settings)))
    return _language


_other: dict[str, QTranslator] = {}


def translate_in(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` whatever language is installed (for "from next start" notes)."""
    if language != WELSH:
        return source
    translator = _other.get(language)
    if translator is None:
        translator = QTranslator()
        try:
            if not translator.load(str(resource_path("translations", CATALOGUE))):
                return source
        except FileNotFoundError:
            return source
        _other[language] = translator
    return translator.translate(context, source) or source


def core_text(value: object, plain: Callable[[str], str] | None = None) -> str:
    """What the core said (a :class:`dsl_desktop.messages.Message`, or plain text) in the
    language of the windows: Welsh from the one catalogue the PDFs use too
    (:mod:`dsl_desktop.pdf.text_cy`), else English.

    Plain text (a name, something typed) is shown as it is, or passed to ``plain`` (a page's
    ``tr``) where the core still says something in English that the screens translate.
    """
    if plain is not None and isinstance(value, str):
        return plain(value)
    return render(value, WELSH_WORDING if _language == WELSH else {})


def offered_word(value: str) -> str:
    """A stored value in the language of the windows when it is a word the app itself offered
    (a year group, a sex or gender, a role, a bundled catalogue label); anything typed as it is.
    The same rule the PDFs use (:func:`dsl_desktop.pdf.text.stored_word`)."""
    with in_language("cy" if _language == WELSH else "en"):
        return stored_word(value)

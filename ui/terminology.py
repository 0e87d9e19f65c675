"""The safeguarding role's name as the school's nation uses it, on every screen.

A school in England has a Designated Safeguarding Lead (DSL, in Welsh *Arweinydd Dynodedig
Diogelu*); a school in Wales has a Designated Safeguarding Person (DSP, *Person Dynodedig
Diogelu*). The screens' source texts and the Welsh catalogue name the DSL. For a school in Wales
a translator installed after the language's own takes each translated text and names the role as
Wales does, Welsh mutations included ("i'r Arweinydd" → "i'r Person", "unrhyw arweinydd" →
"unrhyw berson", "a'r", "ac Arweinydd" → "a Pherson"). The product's name, DSL Desktop, stays.

The nation is set when a vault is opened (before its windows are built), when set-up reaches the
account page, and when Settings changes it; a window built earlier keeps its words until it is
built again (the status bar is refreshed at once).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from dsl_desktop.domain import Nation
from dsl_desktop.nation import parse_nation, role_named_for_wales

__all__ = ["RoleTerms", "current_nation", "for_wales", "set_nation", "use_catalogue"]

# A Welsh name for the DSL: "Arweinydd Diogelu", "Arweinydd Dynodedig Diogelu", "Arweinydd
# Diogelu Dynodedig", the plural "Arweinwyr", any capitalisation, a mnemonic "&" allowed.
_WELSH = re.compile(
    r"(?P<before>(?:(?<=[\s(])|^)[\w’']+\s)?"
    r"(?P<amp>&?)(?P<noun>[Aa]rweinydd|[Aa]rweinwyr)"
    r"(?P<rest>\s(?:[Dd]ynodedig\s[Dd]iogelu|[Dd]iogelu(?:\s[Dd]ynodedig)?))\b"
)
_SOFT = frozenset(
    [
        "i",
        "at",
        "gan",
        "o",
        "dan",
        "ar",
        "am",
        "heb",
        "trwy",
        "drwy",
        "wrth",
        "neu",
        "unrhyw",
        "dirprwy",
        "ddirprwy",
        "ei",
        "'i",
        "'w",
        "dau",
        "ail",
        "pa",
        "yn",
    ]
)
"""Words after which "person" takes the soft mutation ("berson")."""
_ASPIRATE = frozenset(["a", "â", "ac", "gyda", "na", "tri", "chwe"])
"""Words after which it takes the aspirate mutation ("pherson"); "ac" itself becomes "a"."""
_NASAL = frozenset(["fy", "'y"])


def _welsh_role(match: re.Match[str]) -> str:
    before = match["before"] or ""
    word = before.strip()
    key = word.casefold().replace("’", "'")
    capital = match["noun"][0] == "A"
    body = "ersonau" if match["noun"].lower() == "arweinwyr" else "erson"
    if key in _SOFT:
        initial = "b"
    elif key in _ASPIRATE:
        initial = "ph"
        if key == "ac":  # "ac" goes before a vowel; "person" takes "a"
            before = before.replace(word, word[0], 1)
    elif key in _NASAL:
        initial = "mh"
    else:
        initial = "p"
        if key == "yr":  # "yr" goes before a vowel; "person" takes "y"
            before = before.replace(word, word[0], 1)
    if capital:
        initial = initial.capitalize()
    tail = " Dynodedig Diogelu" if "dynodedig" in match["rest"].lower() else " Diogelu"
    return f"{before}{match['amp']}{initial}{body}{tail if capital else tail.lower()}"


def for_wales(text: str) -> str:
    """``text`` (English or Welsh) with the role named as a school in Wales names it.

    A text that already names the Designated Safeguarding Person is about both nations (the
    set-up choice of nation) and is left as it is.
    """
    if not text or "Safeguarding Person" in text or "Berson Dynodedig Diogelu" in text:
        return text
    return _WELSH.sub(_welsh_role, role_named_for_wales(text))


class RoleTerms(QTranslator):
    """Installed last, so asked first: the language's translation of a text, role renamed."""

    def __init__(self, catalogue: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = ""
        if self.catalogue is not None:
            found = self.catalogue.translate(context, source_text, disambiguation, n) or ""
        return for_wales(found or source_text)


_terms: RoleTerms | None = None
_nation = Nation.ENGLAND
_catalogue: QTranslator | None = None


def current_nation() -> Nation:
    return _nation


def use_catalogue(catalogue: QTranslator | None) -> None:
    """The language's catalogue has changed (``ui.i18n.install``): ask it, and ask this
    translator before it."""
    global _catalogue
    _catalogue = catalogue
    set_nation(_nation)


def set_nation(nation: object) -> Nation:
    """Name the role as ``nation`` does in every text translated from now on."""
    global _terms, _nation
    app = QCoreApplication.instance()
    _nation = parse_nation(nation)
    if _terms is not None and app is not None:
        app.removeTranslator(_terms)
    _terms = None
    if _nation is Nation.WALES and app is not None:
        _terms = RoleTerms(_catalogue, app)
        app.installTranslator(_terms)
    return _nation

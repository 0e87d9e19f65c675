"""The help topics: their order and titles here, their text in ``resources/help/<language>/``.

Each topic is one HTML file named after its key (``resources/help/en/emergency.html``). A
translation adds a folder for its language (``resources/help/cy/``) with files of the same
names; a topic missing there falls back to English. The titles shown in the topic list go
through Qt's translation like every other label (context "Help").
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from dsl_desktop.resources import resource_path

HELP_DIR = "help"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Topic:
    key: str
    source_title: str  # untranslated; see :attr:`title`

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Help", self.source_title)


TOPICS: tuple[Topic, ...] = (
    Topic("getting-started", str(QT_TRANSLATE_NOOP("Help", "Getting started"))),
    Topic("emergency", str(QT_TRANSLATE_NOOP("Help", "When to call 999"))),
    Topic("prevent", str(QT_TRANSLATE_NOOP("Help", "What Prevent is"))),
    Topic("notice-check-share", str(QT_TRANSLATE_NOOP("Help", "Notice, check, share"))),
    Topic(
        "facts-and-opinions",
        str(QT_TRANSLATE_NOOP("Help", "Observations, assertions and assumptions")),
    ),
    Topic("consent-and-sharing", str(QT_TRANSLATE_NOOP("Help", "Consent and information sharing"))),
    Topic("after-a-referral", str(QT_TRANSLATE_NOOP("Help", "After a referral"))),
    Topic("good-records", str(QT_TRANSLATE_NOOP("Help", "Keeping a good record"))),
    Topic("sources", str(QT_TRANSLATE_NOOP("Help", "Sources and dates"))),
)
DEFAULT_TOPIC = "getting-started"


def topic(key: str) -> Topic:
    """The topic for ``key`` (an anchor after ``#`` is ignored); KeyError if there is none."""
    bare = key.partition("#")[0]
    for t in TOPICS:
        if t.key == bare:
            return t
    raise KeyError(key)


def _app_language() -> str:
    """The language the windows are in (``ui.i18n``), else the default locale's."""
    try:
        from ui.i18n import current_language
    except ImportError:
        return QLocale().name().partition("_")[0].lower()
    return current_language()


def help_language(locale: QLocale | None = None) -> str:
    """The language folder to read: the app's language (or ``locale``'s) if help exists in it,
    else English."""
    name = locale.name().partition("_")[0].lower() if locale is not None else _app_language()
    if name and name != DEFAULT_LANGUAGE:
        try:
            resource_path(HELP_DIR, name)
        except FileNotFoundError:
            return DEFAULT_LANGUAGE
        return name
    return DEFAULT_LANGUAGE


def topic_path(key: str, language: str | None = None) -> Path:
    """The HTML file of a topic, in ``language`` if there is one, otherwise in English."""
    bare = key.partition("#")[0]
    for lang in dict.fromkeys((language or help_language(), DEFAULT_LANGUAGE)):
        try:
            return resource_path(HELP_DIR, lang, f"{bare}.html")
        except FileNotFoundError:
            continue
    raise FileNotFoundError(f"no help file for {bare!r}")


def topic_html(key: str, language: str | None = None) -> str:
    return topic_path(key, language).read_text(encoding="utf-8")


def fold(text: str) -> str:
    """Lower case without accents, for searching ("Gwŷn" finds "gwyn")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Text(HTMLParser):
    """The words of an HTML page, without its tags or its <head>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("head", "title", "style", "script"):
            self._skip += 1
        elif tag in ("p", "li", "h1", "h2", "h3", "tr", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "title", "style", "script") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


@functools.lru_cache(maxsize=32)
def _plain_text(path: Path, mtime: float) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def topic_text(key: str, language: str | None = None) -> str:
    """The topic as plain text (what search looks in)."""
    path = topic_path(key, language)
    return _plain_text(path, path.stat().st_mtime)


def search(query: str, language: str | None = None) -> list[Topic]:
    """Topics whose title or text holds every word of ``query`` (accents and case ignored)."""
    words = fold(query).split()
    if not words:
        return list(TOPICS)
    found = []
    for t in TOPICS:
        haystack = fold(t.title + "\n" + topic_text(t.key, language))
        if all(w in haystack for w in words):
            found.append(t)
    return found


__all__ = [
    "DEFAULT_TOPIC",
    "TOPICS",
    "Topic",
    "fold",
    "help_language",
    "search",
    "topic",
    "topic_html",
    "topic_path",
    "topic_text",
]

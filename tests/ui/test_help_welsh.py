"""Help in Welsh for every topic, with the same structure; the help's facts carry sources."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from ui.help import topics
from ui.help.window import HelpWindow

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
WELSH_TITLES = json.loads(
    (ROOT / "resources" / "translations" / "cy_source.json").read_text(encoding="utf-8")
)["messages"]


class _Shape(HTMLParser):
    """The skeleton of a page (headings, anchors, links, lists) and its text blocks."""

    BLOCKS = ("p", "li", "td", "h1", "h2")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.anchors: list[str] = []
        self.links: list[str] = []
        self.blocks: list[tuple[str, list[str]]] = []  # (text, links inside)
        self.title = ""
        self._in_title = False
        self._open: list[tuple[list[str], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("h1", "h2", "ul", "ol", "li", "table", "tr", "td"):
            self.tags.append(tag)
        if tag == "title":
            self._in_title = True
        if tag == "a" and a.get("name"):
            self.anchors.append(str(a["name"]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
            for _text, links in self._open:
                links.append(str(a["href"]))
        if tag in self.BLOCKS:
            self._open.append(([], []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS and self._open:
            text, links = self._open.pop()
            self.blocks.append((" ".join("".join(text).split()), links))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        for text, _links in self._open:
            text.append(data)


def shape(path: Path) -> _Shape:
    parser = _Shape()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.mark.parametrize("key", [t.key for t in topics.TOPICS])
def test_every_english_topic_has_a_welsh_one_of_the_same_shape(key: str) -> None:
    en, cy = HELP / "en" / f"{key}.html", HELP / "cy" / f"{key}.html"
    assert cy.is_file(), f"no Welsh help for {key}"
    a, b = shape(en), shape(cy)
    assert b.tags == a.tags, key  # the same headings, lists and tables, in the same order
    assert b.anchors == a.anchors, key  # links from the screens land in the same places
    assert b.links == a.links, key
    topic = topics.topic(key)
    assert b.title == WELSH_TITLES[topic.source_title]  # the title the topic list shows
    assert b.blocks[0][0] == b.title  # the <h1>
    # Welsh, not English: no block of the Welsh page is an English block left as it was
    english = {text for text, _ in a.blocks if len(text) > 30}
    assert not [text for text, _ in b.blocks if text in english], key
    words = re.findall(r"[a-z']+", " ".join(t for t, _ in b.blocks).lower())
    common_english = sum(w in {"the", "and", "of", "to", "is", "with", "that"} for w in words)
    assert common_english < len(words) * 0.02, key


def test_no_topic_falls_back_to_english_in_the_welsh_app() -> None:
    for t in topics.TOPICS:
        assert topics.topic_path(t.key, "cy").parent.name == "cy"


# Facts that have moved on: (language, topic, words of the fact, the source it must cite)
FACTS = [
    ("en", "after-a-referral", "8,778", "stats-2025"),
    ("en", "after-a-referral", "17%", "stats-2025"),
    ("en", "after-a-referral", "revised the type-of-concern categories", "stats-2025"),
    ("en", "after-a-referral", "a parent or carer must give consent", "channel-guidance"),
    ("en", "consent-and-sharing", "a parent or carer must consent", "channel-guidance"),
    (
        "en",
        "consent-and-sharing",
        "unless doing so would put the child at risk",
        "parents-referral",
    ),
    ("en", "prevent", "tackling the ideological causes of terrorism", "prevent-duty-2023"),
    ("en", "prevent", "susceptible", "prevent-duty-2023"),
    ("en", "emergency", "0800 0324 539", "contacts"),
    ("en", "emergency", "gov.uk/ACT", "contacts"),
    ("en", "notice-check-share", "25 October 2024", "wales-nrf"),
    ("cy", "after-a-referral", "8,778", "stats-2025"),
    ("cy", "after-a-referral", "17%", "stats-2025"),
    ("cy", "after-a-referral", "rhaid i riant neu ofalwr roi cydsyniad", "channel-guidance"),
    ("cy", "consent-and-sharing", "rhaid i riant neu ofalwr roi cydsyniad", "channel-guidance"),
    (
        "cy",
        "consent-and-sharing",
        "oni bai y byddai gwneud hynny'n rhoi'r plentyn",
        "parents-referral",
    ),
    ("cy", "prevent", "achosion ideolegol terfysgaeth", "prevent-duty-2023"),
    ("cy", "prevent", "agored i radicaleiddio", "prevent-duty-2023"),
    ("cy", "emergency", "0800 0324 539", "contacts"),
    ("cy", "emergency", "gov.uk/ACT", "contacts"),
    ("cy", "notice-check-share", "25 Hydref 2024", "wales-nrf"),
]


@pytest.mark.parametrize(("language", "key", "fact", "source"), FACTS)
def test_each_fact_cites_its_source(language: str, key: str, fact: str, source: str) -> None:
    page = shape(HELP / language / f"{key}.html")
    blocks = [(text, links) for text, links in page.blocks if fact in text]
    assert blocks, f"{key} ({language}) no longer says {fact!r}"
    assert any(f"sources.html#{source}" in links for _text, links in blocks), (key, fact)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_source_cited_is_listed_with_a_date(language: str) -> None:
    html = (HELP / language / "sources.html").read_text(encoding="utf-8")
    sections = dict(re.findall(r'<h2><a name="([a-z0-9-]+)"></a>(.*?)(?=<h2>|</body>)', html, re.S))
    cited = {
        link.partition("#")[2]
        for path in (HELP / language).glob("*.html")
        for link in shape(path).links
        if link.startswith("sources.html#")
    }
    assert cited and cited <= set(sections), cited - set(sections)
    for anchor, body in sections.items():  # each entry says when: published, in force or checked
        assert re.search(r"\b(19|20)\d\d\b", body), (language, anchor)


def test_old_facts_are_gone() -> None:
    text = " ".join(topics.topic_text(t.key, "en") for t in topics.TOPICS)
    assert "In 2023/24 there were 6,922" not in text
    assert "you may talk to their parents" not in text
    assert "usually goes at the same time" not in text
    assert "the person has to agree before any support" not in text


def test_the_welsh_help_window_shows_welsh(qtbot: Any) -> None:
    window = HelpWindow(language="cy")
    qtbot.addWidget(window)
    assert window.show_topic("sources#wales-nrf")
    assert "Ffynonellau a dyddiadau" in window.browser.toPlainText()
    assert window.show_topic("after-a-referral")
    assert "Mabwysiadwyd" in window.browser.toPlainText()

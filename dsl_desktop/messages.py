"""Words the core hands to the UI and the PDFs, as values to translate, never as sentences.

A :class:`Message` is an English template with ``str.format`` placeholders (the ``key``, which
is also what the catalogues are looked up by) and the values for those placeholders
(``params``). A value that is itself a Message is translated too, so a sentence can be built
from translated parts ("The answers point towards {outcome} because {reasons}."); any other
value (a name, a date already formatted, a number) is printed as it is.

The core never formats a Message into English for the screen: the UI renders it with
``ui.i18n.core_text`` and the PDFs with ``dsl_desktop.pdf.text._``-style catalogues, both
through :func:`render`. The Welsh for every key is in :mod:`dsl_desktop.pdf.text_cy`
(``WELSH``); a test fails on a key the core can produce that has no Welsh there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


def _frozen(params: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(params))


@dataclass(frozen=True, slots=True)
class Message:
    """An English template and its values; ``Message("Saved")`` is a word with no values."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _frozen(self.params))

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.key == other.key and dict(self.params) == dict(other.params)

    def with_params(self, **params: Any) -> Message:
        """The same template with more (or replaced) values."""
        return Message(self.key, {**self.params, **params})

    def english(self) -> str:
        """The message in English (for the command line, logs and the English UI)."""
        return render(self, {})


def message(key: str, /, **params: Any) -> Message:
    """``message("Saved {when}", when=...)``: a Message with keyword values."""
    return Message(key, params)


@dataclass(frozen=True, slots=True)
class Joined:
    """Several Messages printed one after another with a separator (itself translated).

    ``Joined((a, b), "; ")`` renders as ``"a; b"`` in English; the separator is looked up in
    the catalogue too, so a language can use its own (" a " for "and", say).
    """

    parts: tuple[Any, ...]
    separator: str = "; "

    def __init__(self, parts: Iterable[Any], separator: str = "; ") -> None:
        object.__setattr__(self, "parts", tuple(parts))
        object.__setattr__(self, "separator", separator)


Text = Message | Joined | str
"""What the core may hand over to be shown: a Message, parts joined, or text as typed."""


def render(value: Any, catalogue: Mapping[str, str]) -> str:
    """``value`` in the language of ``catalogue`` (English key -> translation).

    A Message's template is looked up in the catalogue (the English itself when missing) and
    formatted with its values, each rendered the same way first; a :class:`Joined` renders
    its parts; anything else is ``str(value)``.
    """
    if isinstance(value, Message):
        template = catalogue.get(value.key, value.key)
        if not value.params:
            return template
        return template.format(**{k: render(v, catalogue) for k, v in value.params.items()})
    if isinstance(value, Joined):
        separator = catalogue.get(value.separator, value.separator)
        return separator.join(render(part, catalogue) for part in value.parts)
    return str(value)


def english(value: Any) -> str:
    """``value`` rendered in English."""
    return render(value, {})

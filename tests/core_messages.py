"""Every message key the core can hand to the UI or a PDF, found by reading its source.

A key is the literal English template of a :class:`dsl_desktop.messages.Message`. It is
collected from each call that makes one: ``Message("...")``, ``message("...", ...)``, the
helpers that wrap them (``_needs(code, "...")``, ``_warning(code, "...")``,
``_either(value, "...")``, ``_labelled`` pairs) and the separators of ``Joined(parts, "...")``.
Tables of labels that are turned into Messages by name (``STAGE_LABELS``, ``OUTCOME_TITLES``,
``REFERRAL_OUTCOME_TITLES``...) are listed by :data:`LABEL_TABLES`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "dsl_desktop"

KEY_ARGUMENT = {"Message": 0, "message": 0, "_needs": 1, "_warning": 1, "_either": 1}
"""Which positional argument of each call is the key."""

LABEL_TABLES = {
    "dsl_desktop.workflow": ("STAGE_LABELS", "OUTCOME_TITLES"),
    "dsl_desktop.services.concerns.history": ("REFERRAL_OUTCOME_TITLES", "_ENTITY_LABELS"),
}
"""Tables whose values become Messages (``stage_name``, ``outcome_title``...)."""

CODE_KEYS = {
    "observed",
    "assertion",
    "assumption",
    "corroborated",
    "uncorroborated",
    "contradicted",
}
"""Stored codes an information item's history line passes as Messages (``Message(kind.value)``)."""


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _keys_in(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in KEY_ARGUMENT:
            index = KEY_ARGUMENT[name]
            if len(node.args) > index:
                key = _literal(node.args[index])
                if key is not None:
                    yield key
            # A conditional key: Message("yes" if x else "no"), key = "a" if r else "b".
            if len(node.args) > index and isinstance(node.args[index], ast.IfExp):
                for branch in (node.args[index].body, node.args[index].orelse):
                    if (key := _literal(branch)) is not None:
                        yield key
        elif name == "Joined" and len(node.args) > 1:
            if (separator := _literal(node.args[1])) is not None:
                yield separator
        elif name == "_labelled" and node.args:
            for pair in ast.walk(node.args[0]):
                key = _literal(pair.elts[0]) if isinstance(pair, ast.Tuple) and pair.elts else None
                if key is not None:
                    yield key


def _conditional_keys(tree: ast.AST) -> Iterator[str]:
    """``key = "Amended ..." if reason else "Added ..."`` then ``message(key, ...)``; and the
    ``key = "..."`` assignments of a function that ends in ``_needs(code, key, ...)``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "key" for t in node.targets
        ):
            value = node.value
            branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            for branch in branches:
                if (key := _literal(branch)) is not None:
                    yield key


def source_keys() -> set[str]:
    """Every key written literally in the core's source."""
    found: set[str] = set()
    for path in CORE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.update(_keys_in(tree))
        found.update(_conditional_keys(tree))
    return found


def table_keys() -> set[str]:
    import importlib

    found: set[str] = set()
    for module_name, tables in LABEL_TABLES.items():
        module = importlib.import_module(module_name)
        for table in tables:
            found.update(getattr(module, table).values())
    return found


def core_keys() -> set[str]:
    """All keys the core can produce."""
    return source_keys() | table_keys() | CODE_KEYS


def sentence_keys() -> set[str]:
    """The keys that are English sentences or phrases the core writes (three words or more
    besides the placeholders), for a test that no English reaches a Welsh screen. Labels from
    the tables, codes and separators are left out: a label such as "No further action" may
    rightly appear inside text a person typed."""
    out = set()
    for key in source_keys():
        words = [w for w in re.sub(r"\{[^{}]*\}", " ", key).split() if w.strip(".,;:()")]
        if len(words) >= 3:
            out.add(key)
    return out

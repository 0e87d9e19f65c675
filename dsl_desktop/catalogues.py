"""Default Prevent catalogues shipped in ``resources/prevent/``, loaded into typed records.

Each file is checked as it is read; anything malformed raises :class:`CatalogueError` naming
the file and the place in it, so a damaged or hand-edited file is reported plainly instead of
failing later. The ``parse_*`` functions take already-decoded JSON (for example a catalogue
kept in the store after the school edited it); the ``load_*`` functions read the bundled files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from dsl_desktop.resources import load_json
from dsl_desktop.workflow import NOT_YET_KNOWN, is_blank

CATALOGUE_DIR = "prevent"
SUPPORTED_VERSION = 1
VAF_DIMENSIONS: tuple[str, ...] = ("engagement", "intent", "capability")
NATIONAL_CONTACT_CODES: tuple[str, ...] = (
    "emergency",
    "police_non_emergency",
    "act_early",
    "anti_terrorist_hotline",
)
LOCAL_CONTACT_FIELDS: frozenset[str] = frozenset({"name", "phone", "email"})

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_PHONE = re.compile(r"^[0-9][0-9 ]{1,19}$")


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


Entry = TypeVar("Entry", bound=_Coded)


def _by_code(entries: Iterable[Entry], code: str) -> Entry:
    """The entry with ``code`` (KeyError if there is none)."""
    for entry in entries:
        if entry.code == code:
            return entry
    raise KeyError(code)


class CatalogueError(ValueError):
    """A catalogue file is missing something or holds a value of the wrong shape."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source = source
        self.where = where
        self.problem = problem
        place = f" at {where}" if where else ""
        super().__init__(f"{source}{place}: {problem}")


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    label: str
    group: str
    label_cy: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    code: str
    label: str
    indicators: tuple[Indicator, ...]
    label_cy: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorCatalogue:
    note: str
    groups: tuple[IndicatorGroup, ...]

    def all(self) -> tuple[Indicator, ...]:
        return tuple(i for g in self.groups for i in g.indicators)

    def by_code(self, code: str) -> Indicator:
        return _by_code(self.all(), code)


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str
    label_cy: str = ""
    retired: bool = False
    """Kept so that concerns recorded under it keep their label; not offered for new ones."""
    replaced_by: str = ""


@dataclass(frozen=True, slots=True)
class CategoryCatalogue:
    note: str
    categories: tuple[Category, ...]

    def by_code(self, code: str) -> Category:
        return _by_code(self.categories, code)

    @property
    def not_yet_known(self) -> Category:
        return self.by_code(NOT_YET_KNOWN)

    @property
    def current(self) -> tuple[Category, ...]:
        """The types offered for a new concern (the retired ones left out)."""
        return tuple(c for c in self.categories if not c.retired)

    def current_code(self, code: str) -> str:
        """The type that now covers ``code``: itself, or what a retired type was replaced by."""
        seen: set[str] = set()
        while code not in seen:
            seen.add(code)
            try:
                category = self.by_code(code)
            except KeyError:
                return code
            if not (category.retired and category.replaced_by):
                return code
            code = category.replaced_by
        return code


@dataclass(frozen=True, slots=True)
class NationalContact:
    code: str
    name: str
    number: str
    text_relay: str
    hours: str
    description: str
    textphone: str = ""
    """A textphone (minicom) number of the service's own, where it has one."""
    online: str = ""
    """Where to report online instead, as a web address without the scheme (gov.uk/ACT)."""


@dataclass(frozen=True, slots=True)
class LocalContactKind:
    """A kind of local contact the school fills in; no local number ships with the app."""

    code: str
    label: str
    fields: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class ContactCatalogue:
    national: tuple[NationalContact, ...]
    local_kinds: tuple[LocalContactKind, ...]

    def national_by_code(self, code: str) -> NationalContact:
        return _by_code(self.national, code)


@dataclass(frozen=True, slots=True)
class VafDimension:
    code: str
    label: str
    prompts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VafPrompts:
    """Thinking prompts for engagement, intent and capability. Prompts only: never a score."""

    notice: str
    dimensions: tuple[VafDimension, ...]

    def dimension(self, code: str) -> VafDimension:
        return _by_code(self.dimensions, code)


# --- checking helpers -------------------------------------------------------------------------


class _Reader:
    """Small typed accessors that report the file and path of a bad value."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> CatalogueError:
        return CatalogueError(self.source, where, problem)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def lst(self, parent: dict[str, Any], key: str, where: str) -> list[Any]:
        value = parent.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(_join(where, key), "expected a non-empty list")
        return value

    def text(self, parent: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        path = _join(where, key)
        value = parent.get(key, None if required else "")
        if not isinstance(value, str):
            raise self.fail(path, "expected text")
        if required and is_blank(value):
            raise self.fail(path, "must not be blank")
        return value.strip()

    def code(self, parent: dict[str, Any], key: str, where: str) -> str:
        value = self.text(parent, key, where)
        if not _CODE.match(value):
            raise self.fail(
                _join(where, key),
                f"code {value!r} must be lower-case letters, digits and underscores",
            )
        return value

    def version(self, data: dict[str, Any]) -> None:
        version = data.get("version")
        if version != SUPPORTED_VERSION:
            raise self.fail("version", f"unsupported version {version!r}")

    def unique(self, codes: Iterable[str], where: str) -> None:
        seen: set[str] = set()
        for code in codes:
            if code in seen:
                raise self.fail(where, f"code {code!r} appears more than once")
            seen.add(code)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# --- parsers -----------------------------------------------------------------------------------


def parse_indicators(data: Any, source: str = "indicators.json") -> IndicatorCatalogue:
    r = _Reader(source)
    root = r.obj(data, "")
    r.version(root)
    groups: list[IndicatorGroup] = []
    for gi, raw_group in enumerate(r.lst(root, "groups", "")):
        gwhere = f"groups[{gi}]"
        g = r.obj(raw_group, gwhere)
        gcode = r.code(g, "code", gwhere)
        items: list[Indicator] = []
        for ii, raw_item in enumerate(r.lst(g, "indicators", gwhere)):
            iwhere = f"{gwhere}.indicators[{ii}]"
            item = r.obj(raw_item, iwhere)
            items.append(
                Indicator(
                    r.code(item, "code", iwhere),
                    r.text(item, "label", iwhere),
                    gcode,
                    r.text(item, "label_cy", iwhere, required=False),
                )
            )
        groups.append(
            IndicatorGroup(
                gcode,
                r.text(g, "label", gwhere),
                tuple(items),
                r.text(g, "label_cy", gwhere, required=False),
            )
        )
    r.unique((g.code for g in groups), "groups")
    r.unique((i.code for g in groups for i in g.indicators), "groups[].indicators")
    return IndicatorCatalogue(r.text(root, "note", "", required=False), tuple(groups))


def parse_categories(data: Any, source: str = "categories.json") -> CategoryCatalogue:
    r = _Reader(source)
    root = r.obj(data, "")
    r.version(root)
    categories: list[Category] = []
    for ci, raw in enumerate(r.lst(root, "categories", "")):
        where = f"categories[{ci}]"
        c = r.obj(raw, where)
        retired = c.get("retired", False)
        if not isinstance(retired, bool):
            raise r.fail(f"{where}.retired", "must be true or false")
        replaced_by = r.text(c, "replaced_by", where, required=False)
        categories.append(
            Category(
                r.code(c, "code", where),
                r.text(c, "label", where),
                r.text(c, "label_cy", where, required=False),
                retired,
                replaced_by,
            )
        )
    r.unique((c.code for c in categories), "categories")
    codes = {c.code for c in categories}
    for ci, category in enumerate(categories):
        if category.replaced_by and category.replaced_by not in codes:
            raise r.fail(
                f"categories[{ci}].replaced_by", f"unknown category {category.replaced_by!r}"
            )
    if NOT_YET_KNOWN not in {c.code for c in categories}:
        raise r.fail("categories", f"the {NOT_YET_KNOWN!r} category must be present")
    return CategoryCatalogue(r.text(root, "note", "", required=False), tuple(categories))


def parse_contacts(data: Any, source: str = "contacts.json") -> ContactCatalogue:
    r = _Reader(source)
    root = r.obj(data, "")
    r.version(root)
    national: list[NationalContact] = []
    for ni, raw in enumerate(r.lst(root, "national", "")):
        where = f"national[{ni}]"
        c = r.obj(raw, where)
        number = r.text(c, "number", where)
        relay = r.text(c, "text_relay", where, required=False)
        textphone = r.text(c, "textphone", where, required=False)
        for key, value in (("number", number), ("text_relay", relay), ("textphone", textphone)):
            if value and not _PHONE.match(value):
                raise r.fail(_join(where, key), f"{value!r} is not a telephone number")
        national.append(
            NationalContact(
                code=r.code(c, "code", where),
                name=r.text(c, "name", where),
                number=number,
                text_relay=relay,
                hours=r.text(c, "hours", where, required=False),
                description=r.text(c, "description", where),
                textphone=textphone,
                online=r.text(c, "online", where, required=False),
            )
        )
    r.unique((c.code for c in national), "national")
    missing = [code for code in NATIONAL_CONTACT_CODES if code not in {c.code for c in national}]
    if missing:
        raise r.fail("national", f"missing national contacts: {', '.join(missing)}")

    kinds: list[LocalContactKind] = []
    for ki, raw in enumerate(r.lst(root, "local_kinds", "")):
        where = f"local_kinds[{ki}]"
        k = r.obj(raw, where)
        raw_fields = r.lst(k, "fields", where)
        if not all(isinstance(f, str) and f in LOCAL_CONTACT_FIELDS for f in raw_fields):
            raise r.fail(
                _join(where, "fields"),
                f"fields must be chosen from {', '.join(sorted(LOCAL_CONTACT_FIELDS))}",
            )
        if len(set(raw_fields)) != len(raw_fields):
            raise r.fail(_join(where, "fields"), "a field is listed more than once")
        for forbidden in ("number", "value", "address"):
            if forbidden in k:
                raise r.fail(
                    _join(where, forbidden),
                    "local contact details are entered by the school, not shipped as defaults",
                )
        kinds.append(
            LocalContactKind(
                code=r.code(k, "code", where),
                label=r.text(k, "label", where),
                fields=tuple(raw_fields),
                description=r.text(k, "description", where),
            )
        )
    r.unique((k.code for k in kinds), "local_kinds")
    return ContactCatalogue(tuple(national), tuple(kinds))


def parse_vaf_prompts(data: Any, source: str = "vaf_prompts.json") -> VafPrompts:
    r = _Reader(source)
    root = r.obj(data, "")
    r.version(root)
    dims: list[VafDimension] = []
    for di, raw in enumerate(r.lst(root, "dimensions", "")):
        where = f"dimensions[{di}]"
        d = r.obj(raw, where)
        prompts: list[str] = []
        for pi, prompt in enumerate(r.lst(d, "prompts", where)):
            if not isinstance(prompt, str) or is_blank(prompt):
                raise r.fail(f"{where}.prompts[{pi}]", "expected a non-blank prompt")
            prompts.append(prompt.strip())
        dims.append(
            VafDimension(r.code(d, "code", where), r.text(d, "label", where), tuple(prompts))
        )
    codes = tuple(d.code for d in dims)
    if sorted(codes) != sorted(VAF_DIMENSIONS) or len(codes) != len(VAF_DIMENSIONS):
        raise r.fail(
            "dimensions",
            f"expected exactly the dimensions {', '.join(VAF_DIMENSIONS)}; found {', '.join(codes)}",
        )
    order = {code: n for n, code in enumerate(VAF_DIMENSIONS)}
    dims.sort(key=lambda d: order[d.code])
    for key in ("score", "scores", "weights", "weight", "threshold"):
        if key in root or any(key in r.obj(raw, "") for raw in root["dimensions"]):
            raise r.fail(key, "prompts must not carry scores, weights or thresholds")
    return VafPrompts(r.text(root, "notice", ""), tuple(dims))


# --- loaders for the bundled defaults ----------------------------------------------------------


def _read(name: str) -> Any:
    try:
        return load_json(CATALOGUE_DIR, name)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            name, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})"
        ) from exc


def load_indicators() -> IndicatorCatalogue:
    return parse_indicators(_read("indicators.json"))


def load_categories() -> CategoryCatalogue:
    return parse_categories(_read("categories.json"))


def load_contacts() -> ContactCatalogue:
    return parse_contacts(_read("contacts.json"))


def load_vaf_prompts() -> VafPrompts:
    return parse_vaf_prompts(_read("vaf_prompts.json"))


def welsh_labels(kind: str) -> dict[str, tuple[str, str]]:
    """The bundled (English, Welsh) label of each code of the ``"indicator"`` or
    ``"category"`` catalogue."""
    if kind == "indicator":
        return {i.code: (i.label, i.label_cy) for i in load_indicators().all()}
    return {c.code: (c.label, c.label_cy) for c in load_categories().categories}

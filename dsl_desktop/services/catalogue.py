"""Reading the school's editable catalogues (indicators, categories) from the vault.

The catalogues are copied from ``resources/prevent/`` into the store at set-up and may then be
edited there; the bundled files fill any gap (an old store, or a code added by an update), so a
form always offers every code the concern services accept.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.models import CatalogueItem
from db.vault import OpenVault
from dsl_desktop import catalogues
from dsl_desktop.services.people import allow
from dsl_desktop.workflow import Action

KINDS = ("indicator", "category")


@dataclass(frozen=True)
class CatalogueEntry:
    """One item of a catalogue. ``group``/``group_label`` are empty for categories."""

    code: str
    label: str
    group: str = ""
    group_label: str = ""
    active: bool = True
    label_cy: str = ""
    group_label_cy: str = ""

    def label_in(self, language: str) -> str:
        """The label in ``language`` (``"cy"``: the Welsh where there is one)."""
        return self.label_cy or self.label if language == "cy" else self.label

    def group_label_in(self, language: str) -> str:
        return self.group_label_cy or self.group_label if language == "cy" else self.group_label


def _bundled(kind: str) -> list[CatalogueEntry]:
    if kind == "indicator":
        return [
            CatalogueEntry(i.code, i.label, g.code, g.label, True, i.label_cy, g.label_cy)
            for g in catalogues.load_indicators().groups
            for i in g.indicators
        ]
    return [
        CatalogueEntry(c.code, c.label, active=not c.retired, label_cy=c.label_cy)
        for c in catalogues.load_categories().categories
    ]


def _text(data: object, key: str) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) else ""


def list_catalogue(
    vault: OpenVault, kind: str, *, include_inactive: bool = False
) -> list[CatalogueEntry]:
    """The items of one catalogue (``"indicator"`` or ``"category"``), in the school's order.

    Items the school switched off are left out unless ``include_inactive`` (a saved concern may
    still use one, and needs its label). Anyone who may open a concern may read them.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown catalogue {kind!r}")
    allow(vault, Action.VIEW_CASE)
    with vault.reading() as s:
        rows = s.execute(
            select(
                CatalogueItem.code, CatalogueItem.label, CatalogueItem.grp, CatalogueItem.active,
                CatalogueItem.data,
            )
            .where(CatalogueItem.kind == kind)
            .order_by(CatalogueItem.sort, CatalogueItem.id)
        ).all()  # fmt: skip
    bundled = _bundled(kind)
    by_code = {e.code: e for e in bundled}
    groups = {e.group: e for e in bundled if e.group}
    out: list[CatalogueEntry] = []
    seen: set[str] = set()
    for code, label, grp, active, data in rows:
        seen.add(code)
        if not active and not include_inactive:
            continue
        shipped = by_code.get(code)
        group = groups.get(grp or "")
        group_label = _text(data, "group_label") or (group.group_label if group else "")
        # the bundled Welsh serves while the school keeps the bundled English
        label_cy = _text(data, "label_cy") or (
            shipped.label_cy if shipped is not None and shipped.label == label else ""
        )
        group_cy = _text(data, "group_label_cy") or (
            group.group_label_cy if group is not None and group.group_label == group_label else ""
        )
        out.append(
            CatalogueEntry(
                code, label, grp or "", group_label, active, label_cy, group_cy
            )  # fmt: skip
        )
    out.extend(e for e in bundled if e.code not in seen and (e.active or include_inactive))
    return out


__all__ = ["KINDS", "CatalogueEntry", "list_catalogue"]

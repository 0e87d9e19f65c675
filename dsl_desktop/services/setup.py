"""Copies the default catalogues from resources/ into a new vault, where they become editable."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import CatalogueItem, RetentionRule
from dsl_desktop import catalogues
from dsl_desktop.resources import load_json


def seed_catalogues(session: Session) -> None:
    sort = 0
    for group in catalogues.load_indicators().groups:
        for ind in group.indicators:
            sort += 1
            session.add(
                CatalogueItem(
                    kind="indicator", code=ind.code, label=ind.label, grp=group.code,
                    sort=sort,
                    data={"group_label": group.label, "group_label_cy": group.label_cy,
                          "label_cy": ind.label_cy},
                )
            )  # fmt: skip
    for i, cat in enumerate(catalogues.load_categories().categories):
        session.add(
            CatalogueItem(
                kind="category", code=cat.code, label=cat.label, sort=i, active=not cat.retired,
                data={"label_cy": cat.label_cy, "replaced_by": cat.replaced_by},
            )
        )  # fmt: skip
    for rule in load_json("records", "retention.json")["rules"]:
        session.add(
            RetentionRule(
                record_type=rule["record_type"], basis=rule["basis"], years=int(rule["years"]),
                action=rule["action"], notes=rule["notes"],
            )
        )  # fmt: skip
    _seed_training(session)


def _seed_training(session: Session) -> None:
    from dsl_desktop.training.seed import seed_training

    seed_training(session)

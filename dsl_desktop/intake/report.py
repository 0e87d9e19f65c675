"""What a member of staff writes: the fields of a staff report, checked.

The same fields as Notice asks: who is reporting (name, role), who it is about, when and where,
what was seen or heard (in the person's own words), who else was there, what was done, and
first whether anyone is in immediate danger. ``reporter``, ``person`` and ``account`` are
required; everything else may be left blank.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

FIELDS = (
    "reporter",
    "reporter_role",
    "person",
    "noticed_at",
    "where",
    "account",
    "present",
    "immediate_danger",
    "action_taken",
)
REQUIRED = ("reporter", "person", "account")
MAX_TEXT = 100_000
"""Characters per field: far more than any account, far less than would choke a report."""
MAX_SHORT = 300
SHORT = ("reporter", "reporter_role", "person", "where")

_WHAT = {
    "reporter": "who is reporting",
    "reporter_role": "the reporter's role",
    "person": "who the concern is about",
    "noticed_at": "when it happened",
    "where": "where it happened",
    "account": "what was seen or heard",
    "present": "who else was there",
    "immediate_danger": "whether anyone is in immediate danger",
    "action_taken": "what was done",
}


class ReportInvalid(ValueError):
    """The report cannot be sealed; the message says what to put right."""


def _clean(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


@dataclass(frozen=True)
class StaffReport:
    reporter: str
    person: str
    account: str
    reporter_role: str = ""
    noticed_at: dt.datetime | None = None
    where: str = ""
    present: str = ""
    immediate_danger: bool | None = None
    action_taken: str = ""

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["noticed_at"] = (
            self.noticed_at.isoformat(timespec="minutes") if self.noticed_at else None
        )
        return doc

    @classmethod
    def from_json(cls, doc: Any) -> StaffReport:
        """Check and clean a report given as JSON (a REPORT.json, or the sealed payload)."""
        if not isinstance(doc, Mapping):
            raise ReportInvalid("The report must be a JSON object with the report's fields.")
        unknown = sorted(set(doc) - set(FIELDS))
        if unknown:
            raise ReportInvalid(
                f"The report has a field this program does not know: {unknown[0]!r} "
                f"(the fields are {', '.join(FIELDS)})."
            )
        values: dict[str, Any] = {}
        for name in FIELDS:
            value = doc.get(name)
            if name == "immediate_danger":
                if value is not None and not isinstance(value, bool):
                    raise ReportInvalid("immediate_danger must be true or false.")
                values[name] = value
            elif name == "noticed_at":
                values[name] = _when(value)
            else:
                if value is None:
                    value = ""
                if not isinstance(value, str):
                    raise ReportInvalid(f"{name} must be text.")
                value = _clean(value)
                limit = MAX_SHORT if name in SHORT else MAX_TEXT
                if len(value) > limit:
                    raise ReportInvalid(
                        f"{name} is too long ({len(value)} characters; at most {limit})."
                    )
                values[name] = value
        missing = [n for n in REQUIRED if not values[n]]
        if missing:
            raise ReportInvalid(
                "The report is missing "
                + ", ".join(f"{n} ({_WHAT[n]})" for n in missing)
                + "; nothing was written."
            )
        return cls(**values)

    @classmethod
    def parse(cls, data: bytes) -> StaffReport:
        """A REPORT.json file's bytes: UTF-8 JSON, else a clear error."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReportInvalid(
                f"The report is not UTF-8 text (byte {exc.start + 1} cannot be read); "
                "save it as UTF-8."
            ) from exc
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ReportInvalid(
                f"The report is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
            ) from exc
        return cls.from_json(doc)


def _when(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReportInvalid("noticed_at must be a date and time written as YYYY-MM-DDTHH:MM.")
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ReportInvalid(
            f"noticed_at {value!r} is not a date and time written as YYYY-MM-DDTHH:MM."
        ) from exc
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return when.replace(second=0, microsecond=0)

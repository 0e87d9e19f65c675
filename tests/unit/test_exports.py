"""Exporting the log: CSV columns, anonymisation that leaks no name or text, spreadsheet-safe
cells, the governors' PDF, periods, permissions and the audit trail."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from logdata import Generated, populate, signed_in_as
from pypdf import PdfReader
from sqlalchemy import select, update

from db.errors import PermissionDenied
from db.keyslots import KdfParams
from db.models import AuditEvent, Person
from db.vault import OpenVault, Vault
from dsl_desktop.domain import Role
from dsl_desktop.services import exports, log
from dsl_desktop.services.exports import CSV_HEADER, spreadsheet_safe
from dsl_desktop.services.people import InvalidInput
from dsl_desktop.services.setup import seed_catalogues

TODAY = dt.date.today()
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OpenVault, Generated]]:
    vault = Vault(tmp_path_factory.mktemp("exports") / "vault")
    ov, _code = vault.create(
        school_name="Ysgol Glan Morfa",
        sign_in_name="dsl",
        display_name="Mrs Rhian Khan",
        passphrase="heron lantern copper 42 meadow",
        kdf=KdfParams(19456, 2, 1),
        seed=seed_catalogues,
    )
    generated = populate(ov, people=40, concerns=300, seed=12, today=TODAY)
    yield ov, generated
    ov.close()


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _word(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)


def _leaks(text: str, generated: Generated) -> list[str]:
    """Every name, other name, date of birth and piece of recorded text found in ``text``."""
    found = []
    for p in generated.people:
        for name in (p.forenames, p.surname, p.other_names):
            if name and _word(name).search(text):
                found.append(name)
        if p.date_of_birth:
            for shown in (p.date_of_birth.isoformat(), p.date_of_birth.strftime("%d/%m/%Y")):
                if shown in text:
                    found.append(shown)
    flat = " ".join(text.split())
    for piece in generated.free_text:
        if piece in flat or piece[:30] in flat:
            found.append(piece)
    return found


def test_csv_columns_and_rows(store: tuple[OpenVault, Generated], tmp_path: Path) -> None:
    ov, _ = store
    out = tmp_path / "log.csv"
    result = exports.export_log_csv(ov, out)
    rows = _read_csv(out)
    header, body = rows[0], rows[1:]
    for column in ("reference", "person", "noticed_on", "category", "stage", "status",
                   "outcome", "next_review"):  # fmt: skip
        assert column in header
    assert tuple(header) == CSV_HEADER
    assert result.rows == len(body) == 300
    loaded = log.load_log(ov)
    by_ref = {r.reference: r for r in loaded.rows}
    col = {name: header.index(name) for name in header}
    for cells in body:
        row = by_ref[cells[col["reference"]]]
        assert cells[col["person"]] == row.person
        assert cells[col["noticed_on"]] == row.noticed_at[:10]
        assert cells[col["category"]] == loaded.category_label(row.category)
        assert cells[col["next_review"]] == (row.next_review or "")
        assert cells[col["overdue"]] == ("yes" if row.is_overdue(TODAY) else "no")
    noticed = [cells[col["noticed_on"]] for cells in body]
    assert noticed == sorted(noticed), "oldest first"


def test_an_anonymised_csv_names_nobody_and_holds_no_text(
    store: tuple[OpenVault, Generated], tmp_path: Path
) -> None:
    ov, generated = store
    named = tmp_path / "named.csv"
    exports.export_log_csv(ov, named)
    assert _leaks(named.read_text("utf-8-sig"), generated), "the check must be able to fail"
    out = tmp_path / "anon.csv"
    exports.export_log_csv(ov, out, anonymise=True)
    text = out.read_text("utf-8-sig")
    assert _leaks(text, generated) == []
    assert "Khan" not in text  # nor the DSL who holds the concerns
    rows = _read_csv(out)
    person, pid = rows[0].index("person"), rows[0].index("person_id")
    assert all(re.fullmatch(r"([^\W\d_]\.)+", r[person]) for r in rows[1:])
    assert all(re.fullmatch(r"P-\d{12}", r[pid]) for r in rows[1:])


def test_anonymised_ids_are_keyed_per_export_and_never_the_named_exports(
    store: tuple[OpenVault, Generated], tmp_path: Path
) -> None:
    ov, _ = store
    named, anon_1, anon_2 = tmp_path / "named.csv", tmp_path / "a1.csv", tmp_path / "a2.csv"
    exports.export_log_csv(ov, named)
    exports.export_log_csv(ov, anon_1, anonymise=True)
    exports.export_log_csv(ov, anon_2, anonymise=True)
    exports.export_log_pdf(ov, tmp_path / "a.pdf", anonymise=True)
    ids = {p: {r[0]: r[2] for r in _read_csv(p)[1:]} for p in (named, anon_1, anon_2)}
    refs = set(ids[named])
    assert refs == set(ids[anon_1]) == set(ids[anon_2])
    # No anonymised id is any named export's id, nor the other anonymised export's.
    assert not set(ids[anon_1].values()) & set(ids[named].values())
    assert not set(ids[anon_1].values()) & set(ids[anon_2].values())
    # Within one export, one person keeps one id (repeat concerns can be counted).
    loaded = {r.reference: r.person_id for r in log.load_log(ov).rows}
    for path in (anon_1, named):
        by_person: dict[int, set[str]] = {}
        for ref, pid in ids[path].items():
            by_person.setdefault(loaded[ref], set()).add(pid)
        assert all(len(v) == 1 for v in by_person.values())
        assert len({next(iter(v)) for v in by_person.values()}) == len(by_person) > 20
    # The PDF's ids are also of its own.
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    assert re.search(r"P-\d{12}", text)
    assert not any(pid in text for pid in ids[named].values())


def test_pseudonyms_are_stable_distinct_and_per_vault(
    store: tuple[OpenVault, Generated],
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
    tmp_path: Path,
) -> None:
    ov, generated = store
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    exports.export_log_csv(ov, first)
    exports.export_log_csv(ov, second)
    assert first.read_bytes() == second.read_bytes()
    rows = _read_csv(first)[1:]
    header = _read_csv(first)[0]
    loaded = {r.reference: r for r in log.load_log(ov).rows}
    by_person: dict[int, set[str]] = {}
    for cells in rows:
        row = loaded[cells[header.index("reference")]]
        by_person.setdefault(row.person_id, set()).add(cells[header.index("person_id")])
    assert all(len(ids) == 1 for ids in by_person.values())
    assert len({next(iter(ids)) for ids in by_person.values()}) == len(by_person) > 20
    # another vault gives the same person id another pseudonym
    _, other, _ = new_vault(seed=seed_catalogues)
    populate(other, people=40, concerns=300, seed=12, today=TODAY)
    third = tmp_path / "3.csv"
    exports.export_log_csv(other, third)
    theirs = {r[0]: r[2] for r in _read_csv(third)[1:]}
    ours = {r[0]: r[2] for r in rows}
    common = set(theirs) & set(ours)
    assert common and all(theirs[ref] != ours[ref] for ref in common)
    assert generated.people[0].id == 1


def test_a_period(store: tuple[OpenVault, Generated], tmp_path: Path) -> None:
    ov, _ = store
    start, end = TODAY - dt.timedelta(days=500), TODAY - dt.timedelta(days=200)
    out = tmp_path / "period.csv"
    result = exports.export_log_csv(ov, out, date_from=start, date_to=end)
    rows = _read_csv(out)[1:]
    days = [dt.date.fromisoformat(r[3]) for r in rows]
    assert result.rows == len(rows) > 0
    assert all(start <= d <= end for d in days)
    everything = log.load_log(ov).rows
    assert len(rows) == sum(1 for r in everything if start <= r.noticed_on <= end)
    with pytest.raises(InvalidInput):
        exports.export_log_csv(ov, out, date_from=end, date_to=start)


# ---- spreadsheet safety -------------------------------------------------------------------------
@given(st.text())
def test_no_cell_can_start_a_formula(value: str) -> None:
    safe = spreadsheet_safe(value)
    assert not safe.startswith(DANGEROUS)
    assert safe == value or safe == "'" + value
    if safe != value:
        assert value.startswith((*DANGEROUS, "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20"))


@given(st.lists(st.lists(st.text(), min_size=len(CSV_HEADER), max_size=len(CSV_HEADER)),
                max_size=5))  # fmt: skip
def test_every_written_cell_reads_back_safe(rows: list[list[str]]) -> None:
    data = exports.csv_bytes(rows)
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed[0] == list(CSV_HEADER)
    assert len(parsed) == len(rows) + 1
    for written, original in zip(parsed[1:], rows, strict=True):
        for cell, value in zip(written, original, strict=True):
            assert not cell.startswith(DANGEROUS)
            assert cell in (value, "'" + value)


@pytest.mark.parametrize(
    ("surname", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y") Jones'),
        ("+44 20", "'+44 20 Jones"),
        ("-2+3", "'-2+3 Jones"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2) Jones"),
        ("\t=1+1", "'=1+1 Jones"),  # the name's outer blanks go, then the formula is disarmed
        ("\r\n@x", "'@x Jones"),
    ],
)
def test_hostile_names_are_written_as_text(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]],
    tmp_path: Path,
    surname: str,
    written: str,
) -> None:
    _, ov, _ = new_vault(seed=seed_catalogues)
    populate(ov, people=1, concerns=2, seed=1)
    with ov.unit() as s:
        s.execute(update(Person).values(forenames=surname, surname="Jones"))
    out = tmp_path / "hostile.csv"
    exports.export_log_csv(ov, out)
    rows = _read_csv(out)
    person = rows[0].index("person")
    for r in rows[1:]:
        assert r[person] == written
        assert not any(cell.startswith(DANGEROUS) for cell in r)


# ---- the PDF ------------------------------------------------------------------------------------
def _pdf_text(path: Path) -> tuple[list[str], str]:
    pages = [p.extract_text() for p in PdfReader(path).pages]
    return pages, " ".join("\n".join(pages).split())


def test_the_governors_report(store: tuple[OpenVault, Generated], tmp_path: Path) -> None:
    ov, _ = store
    out = tmp_path / "report.pdf"
    result = exports.export_log_pdf(ov, out)
    assert result.rows == 300
    pages, text = _pdf_text(out)
    for heading in ("Concerns log", "Summary", "Charts", "Concerns noticed each month",
                    "Type of concern", "What was decided", "Time from notice to decision",
                    "Prevent referrals and their outcomes", "The log"):  # fmt: skip
        assert heading in text, heading
    assert "Ysgol Glan Morfa" in text
    assert "Concerns noticed in the period 300" in text
    loaded = log.load_log(ov)
    assert all(r.reference in text for r in loaded.rows)
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {number} of {len(pages)}" in page
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "Concerns log"


def test_an_anonymised_report(store: tuple[OpenVault, Generated], tmp_path: Path) -> None:
    ov, generated = store
    out = tmp_path / "anon.pdf"
    exports.export_log_pdf(ov, out, anonymise=True, date_from=TODAY - dt.timedelta(days=365))
    _, text = _pdf_text(out)
    assert _leaks(text, generated) == []
    assert "Khan" not in text
    assert "Initials and pseudonymous ids" in text


# ---- who, and the record of it ------------------------------------------------------------------
def test_exports_are_audited_without_content(
    store: tuple[OpenVault, Generated], tmp_path: Path
) -> None:
    ov, _ = store
    exports.export_log_csv(ov, tmp_path / "a.csv", anonymise=True, date_from=dt.date(2025, 1, 1))
    with ov.reading() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.action == "log.exported"
        details = dict(event.details)
    assert details == {"format": "csv", "rows": details["rows"], "anonymised": True,
                       "from": "2025-01-01", "to": None}  # fmt: skip
    assert not re.search(r"[A-Za-z]{4,} [A-Za-z]{4,}", json.dumps(details))


def test_reviewers_cannot_export(
    new_vault: Callable[..., tuple[Vault, OpenVault, str]], tmp_path: Path
) -> None:
    vault, ov, _ = new_vault(seed=seed_catalogues)
    populate(ov, people=2, concerns=5, seed=1)
    with signed_in_as(vault, ov, Role.REVIEWER) as reviewer:
        with pytest.raises(PermissionDenied):
            exports.export_log_csv(reviewer, tmp_path / "no.csv")
        with pytest.raises(PermissionDenied):
            exports.export_log_pdf(reviewer, tmp_path / "no.pdf")
    assert not (tmp_path / "no.csv").exists() and not (tmp_path / "no.pdf").exists()

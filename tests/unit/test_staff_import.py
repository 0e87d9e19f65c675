"""Staff list import: the three fixture exports, awkward files, and the import plan."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsl_desktop.training.importer import (
    ExistingStaff,
    ImportResult,
    PlanAction,
    StaffField,
    StaffRow,
    field_for_header,
    guess_mapping,
    mapping_from_header_names,
    mapping_to_header_names,
    parse_date,
    parse_staff_csv,
    plan_import,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "staff"
SHARED_FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "staff"
FIXTURE_ORDER = ("sims_staff_export.csv", "bromcom_staff.csv", "excel_semicolon_cp1252.csv")


def read(name: str) -> ImportResult:
    return parse_staff_csv((FIXTURES / name).read_bytes())


def import_in_turn(names: tuple[str, ...]) -> tuple[list[ExistingStaff], list[str]]:
    store: list[ExistingStaff] = []
    summaries: list[str] = []
    for name in names:
        plan = plan_import(read(name), store)
        summaries.append(plan.summary_line())
        store = plan.resulting_staff()
    return store, summaries


# ---------------------------------------------------------------------------------------------
# The fixture files


@pytest.mark.parametrize("name", FIXTURE_ORDER)
def test_repo_copies_match_shared_fixtures(name: str) -> None:
    shared = SHARED_FIXTURES / name
    if not shared.exists():
        pytest.skip("shared fixtures are not beside this checkout")
    assert (FIXTURES / name).read_bytes() == shared.read_bytes()


def test_sims_export_utf8_bom_quoted_crlf() -> None:
    result = read("sims_staff_export.csv")
    assert result.ok and not result.rejected
    assert result.encoding == "utf-8-sig"
    assert result.delimiter == ","
    assert result.header_line == 1
    assert result.headers[0] == "Staff Code"  # no byte order mark left on the first header
    assert result.mapping == {
        StaffField.STAFF_CODE: 0,
        StaffField.TITLE: 1,
        StaffField.FORENAME: 2,
        StaffField.SURNAME: 3,
        StaffField.EMAIL: 4,
        StaffField.JOB_TITLE: 5,
        StaffField.START_DATE: 6,
    }
    assert [(r.line, r.staff_code, r.forename, r.surname) for r in result.rows] == [
        (2, "ABR", "Alison", "Brown"),
        (3, "GWY", "Gw\u0177n", "Llywelyn"),
        (4, "SOB", "Si\u00e2n", "O'Brien"),
        (5, "ZNK", "Zo\u00eb", "Nkemelu-Smith"),
        (6, "MAH", "Muhammad", "Ahmed"),
        (7, "KJO", "Kate\u0159ina", "Jones"),
        (8, "PWH", "Paul", "White"),
        (9, "LCH", "Li", "Chen"),
        (10, "RFO", "R\u00f3is\u00edn", "Foley"),
        (11, "TVO", "Tom", "Volunteer"),
    ]
    gwyn = result.rows[1]
    assert gwyn.title == "Mr"
    assert gwyn.email == "g.llywelyn@example-school.org.uk"
    assert gwyn.job_title == "Deputy DSL"
    assert gwyn.start_date == date(2021, 1, 4)  # dd/mm/yyyy, not 1 April
    volunteer = result.rows[-1]
    assert volunteer.email == "" and volunteer.start_date == date(2025, 10, 10)
    assert result.line_count == 12


def test_bromcom_other_headers_iso_dates_leading_zeros() -> None:
    result = read("bromcom_staff.csv")
    assert result.ok and not result.rejected
    assert result.encoding == "utf-8"
    assert result.mapping[StaffField.FORENAME] == 2
    assert result.mapping[StaffField.MIDDLE_NAME] == 3
    assert result.mapping[StaffField.SURNAME] == 4
    assert result.mapping[StaffField.PREFERRED_NAME] == 5
    assert result.mapping[StaffField.JOB_TITLE] == 6
    assert result.mapping[StaffField.START_DATE] == 8
    bond, prydderch, brown = result.rows
    assert bond.staff_code == "007" and prydderch.staff_code == "012"
    assert (bond.forename, bond.middle_name, bond.preferred_name) == ("James", "Edward", "Jim")
    assert bond.job_title == "Teacher, Computing"
    assert bond.start_date == date(2020, 9, 1)
    assert prydderch.middle_name == "" and prydderch.preferred_name == ""
    assert brown.email == "A.Brown@Example-School.org.uk"
    assert [r.line for r in result.rows] == [2, 3, 4]


def test_excel_semicolon_cp1252_title_row_and_trailing_empty_row() -> None:
    result = read("excel_semicolon_cp1252.csv")
    assert result.ok and not result.rejected
    assert result.encoding == "cp1252"
    assert result.encoding_label == "Windows-1252"
    assert result.delimiter == ";"
    assert result.header_line == 2
    assert [(r.line, r.forename, r.surname, r.job_title) for r in result.rows] == [
        (3, "\u00c9mile", "Dupont", "Cover supervisor"),
        (4, "J\u00fcrgen", "M\u00fcller", "Exams officer"),
    ]
    assert result.rows[0].start_date == date(2026, 1, 5)
    welsh_warning = [w.message for w in result.warnings if "\u0175" in w.message]
    assert len(welsh_warning) == 1 and "\u0177" in welsh_warning[0]


def test_three_files_in_turn_give_fourteen_people() -> None:
    store, summaries = import_in_turn(FIXTURE_ORDER)
    assert summaries == [
        "created 10, updated 0, unchanged 0, rejected 0",
        "created 2, updated 1, unchanged 0, rejected 0",
        "created 2, updated 0, unchanged 0, rejected 0",
    ]
    assert sorted((p.forename, p.surname) for p in store) == sorted(
        [
            ("Alison", "Brown"),
            ("Gw\u0177n", "Llywelyn"),
            ("Si\u00e2n", "O'Brien"),
            ("Zo\u00eb", "Nkemelu-Smith"),
            ("Muhammad", "Ahmed"),
            ("Kate\u0159ina", "Jones"),
            ("Paul", "White"),
            ("Li", "Chen"),
            ("R\u00f3is\u00edn", "Foley"),
            ("Tom", "Volunteer"),
            ("James", "Bond"),
            ("Eleri", "Prydderch"),
            ("\u00c9mile", "Dupont"),
            ("J\u00fcrgen", "M\u00fcller"),
        ]
    )
    browns = [p for p in store if p.surname == "Brown"]
    assert len(browns) == 1
    assert browns[0].middle_name == "Jane"  # learnt from the Bromcom file
    assert browns[0].email == "a.brown@example-school.org.uk"  # a case change is no change
    assert browns[0].staff_code == "ABR"
    assert {p.staff_code for p in store} >= {"007", "012"}


def test_reimporting_changes_nothing_and_blank_cells_keep_known_values() -> None:
    store, _ = import_in_turn(FIXTURE_ORDER)
    again = plan_import(read("sims_staff_export.csv"), store)
    assert again.summary_line() == "created 0, updated 0, unchanged 10, rejected 0"
    assert again.resulting_staff() == store

    sparse = (
        b"Staff Code,Forename,Surname,Email,Role,Start Date\r\n"
        b"ABR,Alison,Brown,,,\r\n"
        b"TVO,Tom,Volunteer,t.volunteer@example-school.org.uk,,\r\n"
    )
    plan = plan_import(parse_staff_csv(sparse), store)
    assert plan.summary_line() == "created 0, updated 1, unchanged 1, rejected 0"
    after = {p.staff_code: p for p in plan.resulting_staff()}
    assert after["ABR"].email == "a.brown@example-school.org.uk"
    assert after["ABR"].job_title == "Designated Safeguarding Lead"
    assert after["ABR"].start_date == date(2015, 9, 1)
    (update,) = plan.updated
    assert [(c.field, c.old, c.new) for c in update.changes] == [
        (StaffField.EMAIL, "", "t.volunteer@example-school.org.uk")
    ]
    assert after["TVO"].email == "t.volunteer@example-school.org.uk"
    assert len(plan.resulting_staff()) == 14


# ---------------------------------------------------------------------------------------------
# Awkward files


def test_impossible_date_rejected_with_line_number_and_reason() -> None:
    data = (
        b"Surname,Forename,Start Date\n"
        b"Evans,Dafydd,31/02/2024\n"
        b"Hughes,Ffion,29/02/2024\n"
        b"Price,Aled,2023-02-29\n"
    )
    result = parse_staff_csv(data)
    assert [(r.line, r.forename, r.start_date) for r in result.rows] == [
        (3, "Ffion", date(2024, 2, 29))
    ]
    assert [r.line for r in result.rejected] == [2, 4]
    assert "31/02/2024" in result.rejected[0].reason
    assert "not a real date" in result.rejected[0].reason
    assert "2023-02-29" in result.rejected[1].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/09/2015", date(2015, 9, 1)),
        ("1/9/2015", date(2015, 9, 1)),
        ("01-09-2015", date(2015, 9, 1)),
        ("01.09.2015", date(2015, 9, 1)),
        ("2015-09-01", date(2015, 9, 1)),
        ("2015-09-01 00:00:00", date(2015, 9, 1)),
        ("01/09/2015 00:00", date(2015, 9, 1)),
        ("1 Sep 2015", date(2015, 9, 1)),
        ("01-Sept-2015", date(2015, 9, 1)),
        ("29/02/2024", date(2024, 2, 29)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date_accepts(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31/02/2024", "February 2024 has 29 days"),
        ("29/02/2023", "February 2023 has 28 days"),
        ("09/15/2020", "no month 15"),
        ("00/01/2020", "no day 0"),
        ("01/09/15", "four-digit year"),
        ("next Tuesday", "dd/mm/yyyy"),
        ("01/01/1066", "year outside"),
        ("\u0661/\u0660\u0661/\u0662\u0660\u0662\u0660", "dd/mm/yyyy"),  # Arabic-Indic digits
    ],
)
def test_parse_date_rejects_with_reason(text: str, fragment: str) -> None:
    reason = parse_date(text)
    assert isinstance(reason, str)
    assert fragment in reason


def test_missing_names_and_malformed_email_are_rejected() -> None:
    data = (
        b"Forename,Surname,E-mail\n"
        b"Carys,,c.x@example.org\n"
        b",Jones,\n"
        b"Owain,Glyn,owain at example dot org\n"
        b"Owain,Glyn,owain@example\n"
        b"Megan,Lloyd,m.lloyd@example.org\n"
    )
    result = parse_staff_csv(data)
    assert [r.forename for r in result.rows] == ["Megan"]
    reasons = {r.line: r.reason for r in result.rejected}
    assert reasons[2] == "missing surname"
    assert reasons[3] == "missing forename"
    assert "owain at example dot org" in reasons[4] and "email" in reasons[4]
    assert "email" in reasons[5]


def test_tab_delimited_with_blank_rows_and_lone_cr_line_ends() -> None:
    data = b"First Name\tLast Name\tJob title\r\rAnna\tBell\tTeacher\r\t\t\rCai\tDavies\tCook\r"
    result = parse_staff_csv(data)
    assert result.delimiter == "\t"
    assert [(r.line, r.forename) for r in result.rows] == [(3, "Anna"), (5, "Cai")]
    assert not result.rejected


def test_quoted_cells_with_commas_quotes_and_line_breaks_keep_line_numbers() -> None:
    data = (
        b"Forename,Surname,Job Title\r\n"
        b'Nia,"Rees, Jr","Head of Year 7, Pastoral"\r\n'
        b'Sam,"O""Neill",Teacher\r\n'
        b'Bad,Row,"Two\r\nlines"\r\n'
        b"Lowri,Morgan,Teacher\r\n"
    )
    result = parse_staff_csv(data)
    assert [(r.line, r.surname, r.job_title) for r in result.rows] == [
        (2, "Rees, Jr", "Head of Year 7, Pastoral"),
        (3, 'O"Neill', "Teacher"),
        (6, "Morgan", "Teacher"),
    ]
    assert [(r.line, "line break" in r.reason) for r in result.rejected] == [(4, True)]


def test_unquoted_comma_shifts_columns_and_is_rejected() -> None:
    data = b"Forename,Surname,Job Title\nJames,Bond,Teacher, Computing\n"
    result = parse_staff_csv(data)
    assert not result.rows
    (rejected,) = result.rejected
    assert rejected.line == 2 and "quotation marks" in rejected.reason


def test_unterminated_quote_is_reported_not_raised() -> None:
    data = b'Forename,Surname\nAna,Silva\n"Broken,Row\nMore,Text\n'
    result = parse_staff_csv(data)
    assert [r.forename for r in result.rows] == ["Ana"]
    (rejected,) = result.rejected
    assert rejected.line == 3 and "never closed" in rejected.reason


def test_repeated_header_row_is_skipped_with_a_warning() -> None:
    data = b"Forename,Surname\nAna,Silva\nForename,Surname\nBen,Ode\n"
    result = parse_staff_csv(data)
    assert [r.forename for r in result.rows] == ["Ana", "Ben"]
    assert [(w.line, "repeats the header" in w.message) for w in result.warnings] == [(3, True)]


def test_utf16_export_is_read() -> None:
    data = "Forename\tSurname\r\nGw\u0175en\tLlwyd\r\n".encode("utf-16")
    result = parse_staff_csv(data)
    assert result.encoding == "utf-16"
    assert [(r.forename, r.surname) for r in result.rows] == [("Gw\u0175en", "Llwyd")]


def test_byte_order_mark_on_windows_1252_text_is_dropped() -> None:
    result = parse_staff_csv(b"\xef\xbb\xbfForename,Surname\r\nJ\xfcrgen,M\xfcller\r\n")
    assert result.encoding == "cp1252"
    assert result.headers == ("Forename", "Surname")
    assert [(r.forename, r.surname) for r in result.rows] == [("J\u00fcrgen", "M\u00fcller")]


def test_decomposed_letters_are_composed_and_spaces_trimmed() -> None:
    data = "Forename,Surname\n  Zoe\u0308 , Nkemelu-Smith\u00a0\n".encode()
    (row,) = parse_staff_csv(data).rows
    assert row.forename == "Zo\u00eb" and row.surname == "Nkemelu-Smith"
    assert unicodedata.is_normalized("NFC", row.forename)


def test_question_mark_in_name_warns_of_lost_letter() -> None:
    data = b"Forename;Surname\r\nGw?n;Llywelyn\r\n"
    result = parse_staff_csv(data)
    assert [r.forename for r in result.rows] == ["Gw?n"]
    assert any(w.line == 2 and "lost" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "no header row found"),
        (b"just,some,words\n1,2,3\n", "no header row found"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
        (b"Forename,Surname\r\n\r\n,\r\n", "no staff rows"),
    ],
)
def test_unusable_files_give_errors(data: bytes, fragment: str) -> None:
    result = parse_staff_csv(data)
    assert not result.rows and not result.rejected
    assert result.errors
    assert fragment.lower() in " ".join(str(e) for e in result.errors).lower()


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Staff Code", StaffField.STAFF_CODE),
        ("STAFF_CODE", StaffField.STAFF_CODE),
        ("Title", StaffField.TITLE),
        ("Forename", StaffField.FORENAME),
        ("First Name", StaffField.FORENAME),
        ("first-name", StaffField.FORENAME),
        ("Surname", StaffField.SURNAME),
        ("Last Name", StaffField.SURNAME),
        ("Middle Name", StaffField.MIDDLE_NAME),
        ("Preferred First Name", StaffField.PREFERRED_NAME),
        ("Work Email Address", StaffField.EMAIL),
        ("Email", StaffField.EMAIL),
        ("E-mail", StaffField.EMAIL),
        ("Role", StaffField.JOB_TITLE),
        ("Job Title", StaffField.JOB_TITLE),
        ("Job title", StaffField.JOB_TITLE),
        ("Start Date", StaffField.START_DATE),
        ("Employment Start", StaffField.START_DATE),
        ("Leaving date", StaffField.LEFT_DATE),
        (" Date Left ", StaffField.LEFT_DATE),
        ("Favourite colour", None),
    ],
)
def test_header_names_recognised(header: str, field: StaffField | None) -> None:
    assert field_for_header(header) == field


def test_leaving_date_column_is_read() -> None:
    data = b"Forename,Surname,Start Date,Leaving date\nAnn,Hall,01/09/2010,31/08/2024\n"
    (row,) = parse_staff_csv(data).rows
    assert row.left_date == date(2024, 8, 31)


def test_caller_mapping_overrides_the_guess() -> None:
    # A file whose columns are labelled the wrong way round.
    data = b"Forename,Surname,Notes\nJones,Mari,x\n"
    guessed = parse_staff_csv(data)
    assert guessed.mapping == {StaffField.FORENAME: 0, StaffField.SURNAME: 1}
    fixed = parse_staff_csv(data, {StaffField.FORENAME: 1, StaffField.SURNAME: 0})
    assert [(r.forename, r.surname) for r in fixed.rows] == [("Mari", "Jones")]
    assert fixed.mapping == {StaffField.FORENAME: 1, StaffField.SURNAME: 0}


@pytest.mark.parametrize(
    ("mapping", "fragment"),
    [
        ({StaffField.FORENAME: 0}, "surname"),
        ({StaffField.FORENAME: 0, StaffField.SURNAME: 9}, "column 10"),
        ({StaffField.FORENAME: 0, StaffField.SURNAME: 0}, "both"),
    ],
)
def test_bad_caller_mapping_is_an_error(mapping: dict[StaffField, int], fragment: str) -> None:
    result = parse_staff_csv(b"Forename,Surname\nA,B\n", mapping)
    assert not result.rows and result.errors
    assert fragment in " ".join(e.message for e in result.errors)


def test_header_line_override_for_unrecognised_headers() -> None:
    data = b"Report\nGiven,Family\nIfan,Jones\n"
    assert not parse_staff_csv(data).ok
    result = parse_staff_csv(data, {StaffField.FORENAME: 0, StaffField.SURNAME: 1}, header_line=2)
    assert result.header_line == 2
    assert [(r.line, r.forename, r.surname) for r in result.rows] == [(3, "Ifan", "Jones")]


def test_remembered_mapping_follows_columns_by_name() -> None:
    first = ["Code", "Given", "Family", "Email"]
    mapping = {StaffField.STAFF_CODE: 0, StaffField.FORENAME: 1, StaffField.SURNAME: 2}
    saved = mapping_to_header_names(mapping, first)
    assert saved == {"staff_code": "Code", "forename": "Given", "surname": "Family"}
    reordered = ["Email", "Family", "Given", "Code"]
    restored = mapping_from_header_names(saved, reordered)
    assert restored[StaffField.FORENAME] == 2
    assert restored[StaffField.SURNAME] == 1
    assert restored[StaffField.STAFF_CODE] == 3
    assert restored[StaffField.EMAIL] == 0  # guessed for the columns not remembered


def test_guess_mapping_first_column_wins() -> None:
    assert guess_mapping(["Email", "Surname", "E-mail", "Forename"]) == {
        StaffField.EMAIL: 0,
        StaffField.SURNAME: 1,
        StaffField.FORENAME: 3,
    }


# ---------------------------------------------------------------------------------------------
# Planning


def person(**kw: object) -> ExistingStaff:
    return ExistingStaff(**kw)  # type: ignore[arg-type]


def row(line: int, **kw: object) -> StaffRow:
    return StaffRow(line, **kw)  # type: ignore[arg-type]


def test_match_by_staff_code_updates_a_changed_email() -> None:
    known = [
        person(
            id=1,
            staff_code="HJO",
            forename="Hannah",
            surname="Jones",
            email="h.jones@old.example.org",
        )
    ]
    plan = plan_import(
        [
            row(
                2,
                staff_code="hjo",
                forename="Hannah",
                surname="Jones-Price",
                email="h.jones-price@example.org",
            )
        ],
        known,
    )
    (planned,) = plan.rows
    assert planned.action is PlanAction.UPDATED
    assert planned.existing_index == 0
    assert {c.field for c in planned.changes} == {StaffField.SURNAME, StaffField.EMAIL}
    assert planned.staff is not None and planned.staff.id == 1
    assert planned.staff.staff_code == "HJO"  # a change of case alone is not a change


def test_email_and_code_pointing_at_two_people_is_rejected() -> None:
    known = [
        person(id=1, staff_code="AAA", forename="Ann", surname="One", email="ann@example.org"),
        person(id=2, staff_code="BBB", forename="Bob", surname="Two", email="bob@example.org"),
    ]
    plan = plan_import(
        [row(5, staff_code="BBB", forename="Ann", surname="One", email="ANN@example.org")],
        known,
    )
    (planned,) = plan.rows
    assert planned.action is PlanAction.REJECTED and planned.line == 5
    assert "Ann One" in planned.reason and "Bob Two" in planned.reason
    assert plan.resulting_staff() == known


def test_same_person_twice_in_one_file_is_rejected_the_second_time() -> None:
    rows = [
        row(2, forename="Ann", surname="One", email="ann@example.org"),
        row(3, forename="Ann", surname="One", email="Ann@Example.org"),
    ]
    plan = plan_import(rows, [])
    assert [r.action for r in plan.rows] == [PlanAction.CREATED, PlanAction.REJECTED]
    assert "line 2" in plan.rows[1].reason
    assert plan.summary_line() == "created 1, updated 0, unchanged 0, rejected 1"


def test_row_without_email_or_code_matches_a_unique_name() -> None:
    known = [person(id=7, forename="Tom", surname="Volunteer", job_title="Volunteer")]
    plan = plan_import([row(2, forename="Tom", surname="Volunteer")], known)
    assert [r.action for r in plan.rows] == [PlanAction.UNCHANGED]
    # Matched whatever the case, but the name is then stored as this file writes it.
    plan = plan_import([row(2, forename="tom", surname="VOLUNTEER")], known)
    (planned,) = plan.rows
    assert planned.action is PlanAction.UPDATED and planned.existing_index == 0
    assert planned.staff is not None
    assert (planned.staff.id, planned.staff.forename, planned.staff.surname) == (
        7,
        "tom",
        "VOLUNTEER",
    )
    twins = known + [person(id=8, forename="Tom", surname="Volunteer")]
    plan = plan_import([row(2, forename="Tom", surname="Volunteer")], twins)
    assert [r.action for r in plan.rows] == [PlanAction.CREATED]


def test_parser_rejections_are_counted_in_the_plan() -> None:
    result = parse_staff_csv(b"Forename,Surname,Start date\nA,B,31/02/2024\nC,D,\n")
    plan = plan_import(result, [])
    assert plan.summary_line() == "created 1, updated 0, unchanged 0, rejected 1"
    assert [(r.line, r.action) for r in plan.rows] == [
        (2, PlanAction.REJECTED),
        (3, PlanAction.CREATED),
    ]
    assert "31/02/2024" in plan.rows[0].reason


# ---------------------------------------------------------------------------------------------
# Properties


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = parse_staff_csv(data)
    assert result.rows or result.rejected or result.errors
    for item in result.rejected:
        assert 1 <= item.line <= result.line_count and item.reason
    for good in result.rows:
        assert result.header_line is not None
        assert result.header_line < good.line <= result.line_count
        assert good.forename and good.surname


_CSVISH = st.lists(
    st.sampled_from(
        [
            "Forename",
            "Surname",
            "Email",
            "Staff Code",
            "Start Date",
            ",",
            ";",
            "\t",
            '"',
            "\r\n",
            "\n",
            "\r",
            "01/02/2020",
            "31/02/2020",
            "a@b.org",
            "\u0175",
            "x",
            " ",
            "",
        ]
    ),
    max_size=60,
).map(lambda parts: "".join(parts).encode())


@settings(deadline=None, max_examples=300)
@given(_CSVISH, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_never_raises_on_csv_like_text(data: bytes, codec: str) -> None:
    encoded = data.decode().encode(codec, errors="replace")
    result = parse_staff_csv(encoded)
    assert result.rows or result.rejected or result.errors
    assert all(1 <= r.line <= result.line_count for r in result.rejected)
    assert all(1 <= r.line <= result.line_count for r in result.rows)


_NAME_CHARS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "\u00e2\u00ea\u00ee\u00f4\u00fb\u0175\u0177\u00e9\u00eb\u00fc\u00f3\u00ed\u0159\u00c9"
    "'-., \""
)
_names = (
    st.text(alphabet=_NAME_CHARS, min_size=1, max_size=12)
    .map(str.strip)
    .filter(lambda s: any(c.isalpha() for c in s))
)
_people = st.lists(
    st.tuples(
        _names,
        _names,
        st.from_regex(r"[0-9A-Z]{1,4}", fullmatch=True),
        st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
    ),
    min_size=1,
    max_size=8,
)


@settings(deadline=None, max_examples=150)
@given(
    people=_people,
    delimiter=st.sampled_from([",", ";", "\t"]),
    quote_all=st.booleans(),
    newline=st.sampled_from(["\r\n", "\n"]),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    title_rows=st.integers(min_value=0, max_value=3),
    blank_after=st.sets(st.integers(min_value=0, max_value=7)),
    iso=st.booleans(),
)
def test_round_trip_of_written_csv(
    people: list[tuple[str, str, str, date]],
    delimiter: str,
    quote_all: bool,
    newline: str,
    codec: str,
    title_rows: int,
    blank_after: set[int],
    iso: bool,
) -> None:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator=newline,
    )
    expected: list[tuple[int, str, str, str, date]] = []
    for n in range(title_rows):
        writer.writerow([f"Staff report page {n + 1}"])
    writer.writerow(["Staff Code", "First Name", "Last Name", "Start Date"])
    line = title_rows + 1
    for index, (forename, surname, code, started) in enumerate(people):
        when = started.isoformat() if iso else started.strftime("%d/%m/%Y")
        writer.writerow([code, forename, surname, when])
        line += 1
        expected.append(
            (
                line,
                code,
                unicodedata.normalize("NFC", forename),
                unicodedata.normalize("NFC", surname),
                started,
            )
        )
        if index in blank_after:
            writer.writerow([""] * 4)
            line += 1
    text = out.getvalue()
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:  # Windows-1252 has no ŵ, ŷ or ř
        data = text.encode("utf-8")
    result = parse_staff_csv(data)
    assert result.ok, result.errors
    assert result.header_line == title_rows + 1
    assert result.delimiter == delimiter
    assert not result.rejected
    assert [(r.line, r.staff_code, r.forename, r.surname, r.start_date) for r in result.rows] == (
        expected
    )

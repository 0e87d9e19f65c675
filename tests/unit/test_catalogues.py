"""The bundled Prevent catalogues load, and malformed ones are refused with a clear message."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl_desktop import catalogues
from dsl_desktop.catalogues import (
    NATIONAL_CONTACT_CODES,
    VAF_DIMENSIONS,
    CatalogueError,
    load_categories,
    load_contacts,
    load_indicators,
    load_vaf_prompts,
    parse_categories,
    parse_contacts,
    parse_indicators,
    parse_vaf_prompts,
)
from dsl_desktop.resources import load_json
from dsl_desktop.workflow import NOT_YET_KNOWN


def raw(name: str) -> Any:
    return copy.deepcopy(load_json("prevent", name))


# --- the shipped files ---------------------------------------------------------------------


def test_indicators_are_grouped_checklist() -> None:
    cat = load_indicators()
    groups = [g.code for g in cat.groups]
    assert groups == [
        "emotional",
        "verbal",
        "physical_circumstantial",
        "online",
        "contact",
        "expressed_support",
        "threats",
    ]
    everything = cat.all()
    assert 18 <= len(everything) <= 26
    assert len({i.code for i in everything}) == len(everything)
    assert all(i.group in groups and i.label for i in everything)
    assert cat.by_code("scripted_speech").group == "verbal"
    with pytest.raises(KeyError):
        cat.by_code("nope")


def test_categories_match_the_statistics_list() -> None:
    """The 2024/25 release revised the types; the retired ones stay, readable, not offered."""
    cat = load_categories()
    assert [c.label for c in cat.current] == [
        "Islamist",
        "Extreme right-wing",
        "Left-wing, anarchist or single-issue",
        "Conflicted or mixed ideology",
        "No ideology (including a fixation on violence)",
        "Other",
        "Not yet known",
    ]
    retired = {c.code: c.replaced_by for c in cat.categories if c.retired}
    assert retired == {
        "school_massacre": "no_ideology",
        "incel": "other",
        "mixed_unclear_unstable": "conflicted",
        "no_ideology_vulnerability": "no_ideology",
        "high_ct_risk_no_ideology": "no_ideology",
    }
    assert cat.by_code("incel").label == "Incel"  # old concerns keep their label
    assert cat.current_code("high_ct_risk_no_ideology") == "no_ideology"
    assert cat.current_code("islamist") == "islamist"
    assert cat.current_code("a_school_code") == "a_school_code"
    assert all(c.label_cy and c.label_cy != c.label or c.code == "incel" for c in cat.categories)
    assert cat.not_yet_known.code == NOT_YET_KNOWN


def test_national_contacts() -> None:
    contacts = load_contacts()
    numbers = {c.code: c.number for c in contacts.national}
    assert numbers == {
        "emergency": "999",
        "police_non_emergency": "101",
        "act_early": "0800 011 3764",
        "anti_terrorist_hotline": "0800 789 321",
    }
    assert contacts.national_by_code("police_non_emergency").text_relay == "18001 101"
    assert contacts.national_by_code("act_early").hours == "9am\u20135pm"
    hotline = contacts.national_by_code("anti_terrorist_hotline")
    assert (hotline.textphone, hotline.online, hotline.hours) == (
        "0800 0324 539",
        "gov.uk/ACT",
        "24 hours",
    )
    assert all(c.description for c in contacts.national)


def test_local_contacts_are_kinds_without_details() -> None:
    contacts = load_contacts()
    assert [k.code for k in contacts.local_kinds] == [
        "police_prevent_referral_email",
        "la_prevent_lead",
        "mash_front_door",
        "out_of_hours",
    ]
    text = json.dumps(raw("contacts.json")["local_kinds"])
    assert "@" not in text, "no local email address may ship as a default"
    assert not any(ch.isdigit() for ch in text), "no local number may ship as a default"


def test_vaf_prompts_are_prompts_not_a_score() -> None:
    vaf = load_vaf_prompts()
    assert [d.code for d in vaf.dimensions] == list(VAF_DIMENSIONS)
    assert all(len(d.prompts) >= 3 for d in vaf.dimensions)
    assert "not a checklist" in vaf.notice and "no score" in vaf.notice
    assert vaf.dimension("capability").label.startswith("Capability")
    for d in vaf.dimensions:
        assert all(p.endswith("?") for p in d.prompts)


def test_shipped_files_have_no_scores_or_weights() -> None:
    for name in ("indicators.json", "categories.json", "contacts.json", "vaf_prompts.json"):
        text = json.dumps(raw(name)).lower()
        assert '"score' not in text and '"weight' not in text, name


# --- malformed data ----------------------------------------------------------------------


def test_wrong_version_is_refused() -> None:
    data = raw("indicators.json")
    data["version"] = 99
    with pytest.raises(CatalogueError, match=r"indicators\.json at version: unsupported"):
        parse_indicators(data)


def test_not_an_object() -> None:
    with pytest.raises(CatalogueError, match="expected an object"):
        parse_categories([])


def test_blank_label_names_the_place() -> None:
    data = raw("indicators.json")
    data["groups"][1]["indicators"][2]["label"] = "   "
    with pytest.raises(CatalogueError) as err:
        parse_indicators(data)
    assert err.value.where == "groups[1].indicators[2].label"
    assert "blank" in str(err.value)


@pytest.mark.parametrize("junk", [42, None, ["Islamist"], {"en": "Islamist"}])
def test_non_text_label_is_refused(junk: Any) -> None:
    data = raw("categories.json")
    data["categories"][0]["label"] = junk
    with pytest.raises(CatalogueError) as err:
        parse_categories(data)
    assert err.value.where == "categories[0].label"
    assert "expected text" in str(err.value)


def test_missing_group_list_is_refused() -> None:
    data = raw("indicators.json")
    del data["groups"][2]["indicators"]
    with pytest.raises(CatalogueError, match=r"groups\[2\]\.indicators: expected a non-empty list"):
        parse_indicators(data)


def test_duplicate_indicator_codes_across_groups() -> None:
    data = raw("indicators.json")
    data["groups"][0]["indicators"][0]["code"] = data["groups"][3]["indicators"][0]["code"]
    with pytest.raises(CatalogueError, match="more than once"):
        parse_indicators(data)


def test_bad_code_shape() -> None:
    data = raw("categories.json")
    data["categories"][0]["code"] = "Islamist Extremism"
    with pytest.raises(CatalogueError, match="lower-case"):
        parse_categories(data)


def test_not_yet_known_category_is_required() -> None:
    data = raw("categories.json")
    data["categories"] = [c for c in data["categories"] if c["code"] != NOT_YET_KNOWN]
    with pytest.raises(CatalogueError, match="not_yet_known"):
        parse_categories(data)


@pytest.mark.parametrize("code", NATIONAL_CONTACT_CODES)
def test_every_national_contact_is_required(code: str) -> None:
    data = raw("contacts.json")
    data["national"] = [c for c in data["national"] if c["code"] != code]
    with pytest.raises(CatalogueError, match=code):
        parse_contacts(data)


def test_national_number_must_look_like_a_number() -> None:
    data = raw("contacts.json")
    data["national"][0]["number"] = "call us"
    with pytest.raises(CatalogueError, match="not a telephone number"):
        parse_contacts(data)


def test_local_contact_kinds_refuse_shipped_details_and_unknown_fields() -> None:
    data = raw("contacts.json")
    data["local_kinds"][0]["value"] = "prevent@example.police.uk"
    with pytest.raises(CatalogueError, match="entered by the school"):
        parse_contacts(data)
    data = raw("contacts.json")
    data["local_kinds"][1]["fields"] = ["name", "fax"]
    with pytest.raises(CatalogueError, match="fields must be chosen"):
        parse_contacts(data)


def test_vaf_needs_exactly_three_dimensions() -> None:
    data = raw("vaf_prompts.json")
    data["dimensions"] = data["dimensions"][:2]
    with pytest.raises(CatalogueError, match="exactly the dimensions"):
        parse_vaf_prompts(data)
    data = raw("vaf_prompts.json")
    data["dimensions"].append(copy.deepcopy(data["dimensions"][0]))
    with pytest.raises(CatalogueError, match="exactly the dimensions"):
        parse_vaf_prompts(data)


def test_vaf_refuses_scores() -> None:
    data = raw("vaf_prompts.json")
    data["dimensions"][1]["weights"] = [1, 2, 3]
    with pytest.raises(CatalogueError, match="must not carry scores"):
        parse_vaf_prompts(data)


def test_vaf_order_is_fixed_whatever_the_file_order() -> None:
    data = raw("vaf_prompts.json")
    data["dimensions"].reverse()
    assert [d.code for d in parse_vaf_prompts(data).dimensions] == list(VAF_DIMENSIONS)


def test_invalid_json_file_gives_a_catalogue_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "prevent").mkdir()
    (tmp_path / "prevent" / "categories.json").write_text('{"version": 1,', encoding="utf-8")
    monkeypatch.setattr("dsl_desktop.resources.resource_root", lambda: tmp_path)
    with pytest.raises(CatalogueError, match=r"categories\.json at line 1.*not valid JSON"):
        catalogues.load_categories()


_PARSERS = {
    "indicators.json": parse_indicators,
    "categories.json": parse_categories,
    "contacts.json": parse_contacts,
    "vaf_prompts.json": parse_vaf_prompts,
}
_JUNK = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=5),
    st.just(""),
    st.just([]),
    st.just({}),
    st.lists(st.integers(), max_size=2),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


@settings(deadline=None, max_examples=300)
@given(name=st.sampled_from(sorted(_PARSERS)), data=st.data(), junk=_JUNK)
def test_any_corruption_is_a_catalogue_error_or_harmless(
    name: str, data: st.DataObject, junk: Any
) -> None:
    """Replacing any value with junk either still parses or raises CatalogueError, never a
    KeyError, TypeError or AttributeError from deep inside the loader."""
    doc = raw(name)
    path = data.draw(st.sampled_from(_paths(doc)))
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = junk
    try:
        _PARSERS[name](doc)
    except CatalogueError as err:
        assert err.source == name and str(err).startswith(name)

"""Search synonyms (shipped table + gkcat.yaml) and the index page's chart."""

from __future__ import annotations

import json
import re
from pathlib import Path

from gkcat.compile.site.build import compile_site, site_environment
from gkcat.compile.site.chart import build_chart
from gkcat.compile.site.search import shipped_synonyms, synonym_table
from gkcat.compile.site.view import sorted_catalogs
from gkcat.pipeline import load_project

ROOT = Path(__file__).resolve().parents[4]


def _index(site: dict[str, bytes]) -> dict[str, object]:
    text = site["static/search-index.js"].decode()
    data = json.loads(text.removeprefix("window.GKCAT_SEARCH = ").removesuffix(";\n"))
    assert isinstance(data, dict)
    return data


def test_shipped_table_maps_the_words_citizens_use() -> None:
    table = shipped_synonyms(site_environment())
    for word, official in (
        ("低保", "最低生活保障"),
        ("特困", "特困人员"),
        ("医保", "医疗保障"),
        ("廉租房", "保障性住房"),
    ):
        assert official in table[word]


def test_synonym_table_works_both_ways_and_folds() -> None:
    table = synonym_table({"低保": ("最低生活保障",)}, {"ＡＢ": ["甲", "乙"]})
    assert table["低保"] == ["最低生活保障"]
    assert table["最低生活保障"] == ["低保"]
    assert table["ab"] == ["乙", "甲"]
    assert table["甲"] == ["ab", "乙"]


def test_site_index_carries_shipped_and_configured_synonyms(make_project) -> None:
    root = make_project(
        {
            "gkcat.yaml": """
        schema_version: 1
        search:
          synonyms:
            吃低保: [最低生活保障]
        """
        }
    )
    loaded = load_project(root)
    assert not loaded.diagnostics
    assert loaded.settings.synonyms == {"吃低保": ("最低生活保障",)}
    synonyms = _index(compile_site(loaded.project, loaded.settings))["synonyms"]
    assert isinstance(synonyms, dict)
    assert "吃低保" in synonyms["最低生活保障"]
    assert "最低生活保障" in synonyms["低保"]  # the shipped table is still there


def test_a_synonym_that_is_not_a_list_is_a_config_error(make_project) -> None:
    root = make_project(
        {
            "gkcat.yaml": """
        schema_version: 1
        search:
          synonyms:
            低保: 最低生活保障
        """
        }
    )
    codes = [(d.code, d.line) for d in load_project(root).diagnostics]
    assert codes == [("GK901", 4)]


def test_chart_has_a_row_per_catalog_with_active_and_on_request_counts() -> None:
    loaded = load_project(ROOT)
    catalogs = sorted_catalogs(loaded.project, loaded.settings.domains)
    chart = build_chart(catalogs)
    assert [r.label for r in chart.rows] == [f"{c.domain}（{c.level}）" for c in catalogs]
    for row, catalog in zip(chart.rows, catalogs, strict=True):
        assert row.active.value == sum("主动" in i.mode for i in catalog.items)
        assert row.request.value == sum("依申请" in i.mode for i in catalog.items)
    widest = max(chart.rows, key=lambda r: r.active.value)
    assert widest.active.width == max(r.active.width for r in chart.rows) > 0
    page = compile_site(loaded.project, loaded.settings)["index.html"].decode()
    assert page.count('<rect class="bar-active"') == len(catalogs)
    assert "<script" not in page


def _part(site: dict[str, bytes], path: str) -> tuple[str, list[dict[str, str]]]:
    text = site[path].decode()
    assert text.startswith("window.GKCAT_SEARCH.add(")
    assert text.endswith(");\n")
    domain, records = json.loads("[" + text.removeprefix("window.GKCAT_SEARCH.add(")[:-3] + "]")
    return domain, records


def test_search_index_has_one_part_per_domain_in_published_order() -> None:
    loaded = load_project(ROOT)
    site = compile_site(loaded.project, loaded.settings)
    parts = _index(site)["parts"]
    assert isinstance(parts, list)
    assert parts
    assert sorted(parts) == sorted(p for p in site if p.startswith("static/search/"))
    assert all(re.fullmatch(r"static/search/[0-9a-f]{12}\.js", p) for p in parts)
    catalogs = sorted_catalogs(loaded.project, loaded.settings.domains)
    domains = list(dict.fromkeys(c.domain for c in catalogs))
    found = [_part(site, p) for p in parts]
    assert [domain for domain, _ in found] == domains
    ids = [r["id"] for _, records in found for r in records]
    assert ids == [i.id for c in catalogs for i in c.items]  # every item once, in page order
    for domain, records in found:
        assert records, domain
        assert {r["catalog"] for r in records} <= {c.title for c in catalogs if c.domain == domain}
    assert site == compile_site(loaded.project, loaded.settings)  # part names are stable

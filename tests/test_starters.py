"""The starter catalogs of the 26 domains: the 江山市 plan's 一级事项 appear; rendering works."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from gkcat import vocab
from gkcat.scaffold import starters
from gkcat.scaffold.departments import department_table, entry
from gkcat.scaffold.starters import Wording

SEEDS = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "seeds-004-first-level.yaml").read_text(encoding="utf-8")
)
TITLE = re.compile(r"《[^《》]+》")


def rendered(domain: str, level: str, wording: Wording) -> dict[str, object]:
    names = {k: entry(k, wording).name for k in starters.placeholders(domain, level)}
    data = starters.render(domain, level, wording, names.__getitem__, 2025)
    loaded = yaml.safe_load(data)
    assert isinstance(loaded, dict)
    return loaded


def test_the_fixture_names_the_26_domains() -> None:
    assert list(SEEDS) == list(vocab.DOMAINS)


@pytest.mark.parametrize("domain", list(vocab.DOMAINS))
def test_every_domain_has_a_starter_with_the_seeds_first_level_items(domain: str) -> None:
    assert starters.has_starter(domain)
    data = starters.template(vocab.DOMAINS[domain])
    assert data["domain"] == domain
    county = data["county"]["items"]
    assert len(county) >= 6, f"{domain}: {len(county)} county items"
    categories = {i["category"] for i in county}
    missing = [c for c in SEEDS[domain]["first_level"] if c not in categories]
    assert not missing, f"{domain}: 一级事项 {missing} do not appear"
    assert ("township" in data) == SEEDS[domain]["townships"]
    if "township" in data:
        assert len(data["township"]["items"]) >= 3, domain


@pytest.mark.parametrize("domain", list(vocab.DOMAINS))
@pytest.mark.parametrize("level", ["县级", "市级"])
def test_every_basis_cites_a_title_and_every_placeholder_is_filled(domain: str, level: str) -> None:
    wording = Wording.of("江山市" if level == "县级" else "衢州市", level)
    for lvl in starters.levels_of(domain, level):
        catalog = rendered(domain, lvl, wording)
        assert catalog["level"] == lvl
        items = catalog["items"]
        assert isinstance(items, list)
        for item in items:
            basis = item["basis"] if isinstance(item["basis"], list) else [item["basis"]]
            for citation in basis:
                assert TITLE.search(citation), f"{item['id']}: {citation} names no 《title》"
            text = yaml.safe_dump(item, allow_unicode=True)
            assert "{" not in text.replace("{year}", ""), text
            assert "示例县" not in text


def test_item_ids_are_unique_across_all_starters() -> None:
    wording = Wording.of("江山市", "县级")
    ids = [
        item["id"]
        for domain in vocab.DOMAINS
        for level in starters.levels_of(domain, "县级")
        for item in rendered(domain, level, wording)["items"]  # type: ignore[attr-defined]
    ]
    assert len(ids) > 300
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    codes = [starters.template(slug)["code"] for slug in vocab.DOMAINS.values()]
    assert len(set(codes)) == 26


def test_wording_follows_the_region_and_its_level() -> None:
    assert Wording.of("江山市", "县级").word == "市"  # a county-level city says 全市
    assert Wording.of("示例县", "县级").word == "县"
    assert Wording.of("西湖区", "县级").word == "区"
    assert Wording.of("衢州市", "市级").word == "市"
    county = rendered("义务教育", "县级", Wording.of("开化县", "县级"))
    city = rendered("义务教育", "市级", Wording.of("衢州市", "市级"))
    assert "全县义务教育学校" in yaml.safe_dump(county, allow_unicode=True)
    assert "全市义务教育学校" in yaml.safe_dump(city, allow_unicode=True)
    assert county["items"][0]["id"] == "YWJY-X-001"  # type: ignore[index]
    assert city["items"][0]["id"] == "YWJY-S-001"  # type: ignore[index]
    assert city["owner"] == "衢州市教育局"


def test_department_names_follow_the_level() -> None:
    assert entry("卫健", Wording.of("开化县", "县级")).name == "开化县卫生健康局"
    assert entry("卫健", Wording.of("衢州市", "市级")).name == "衢州市卫生健康委员会"
    district = entry("民政", Wording.of("柯城区", "县级"))
    assert district.name == "柯城区民政局"
    assert district.aliases == ("区民政局",)
    assert entry("乡镇", Wording.of("衢州市", "市级")).level == "乡级"
    # every placeholder a starter uses is in the table
    used = {
        key
        for domain in vocab.DOMAINS
        for level in starters.levels_of(domain, "县级")
        for key in starters.placeholders(domain, level)
    }
    assert used <= set(department_table())

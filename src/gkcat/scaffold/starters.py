"""Starter catalogs (package data, one template per domain) → catalog sources for one region.

A template holds the county (``county``) and, where townships disclose in the domain, the
township (``township``) catalog. Text may use ``{region}`` (地区), ``{县}`` (本级称谓: 县, 市, 区
or 旗) and ``{level}`` (县级 or 市级); ``owner`` and ``subject`` name department placeholders
(``民政``, ``乡镇`` …) from ``departments.yaml``, which the caller maps to the region's departments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from gkcat import vocab
from gkcat.importers.source_yaml import dump_source

STARTERS = Path(__file__).resolve().parent.parent / "data" / "starters"
ID_LETTERS = {"县级": "X", "市级": "S", "乡级": "Z"}
"""The level letter in item ids: SHJZ-X-001 (县级), SHJZ-S-001 (市级), SHJZ-Z-001 (乡级)."""
FILE_NAMES = {level: slug for slug, level in vocab.LEVEL_SLUGS.items()}
"""The path rule: catalogs/<domain slug>/<level slug>.yaml (county, city, township …)."""
ITEM_KEYS = (
    "id",
    "category",
    "name",
    "subname",
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "mode",
    "note",
)
_TOKEN = re.compile(r"\{[^{}]*\}")
Departments = Callable[[str], str]
"""Maps a department placeholder (民政) to the name the catalog writes (江山市民政局)."""


@dataclass(frozen=True, slots=True)
class Wording:
    """How the region speaks of itself: 江山市 (县级) says 全市 and 市民政局."""

    region: str
    level: str
    word: str

    @classmethod
    def of(cls, region: str, level: str) -> Wording:
        word = "市" if level == "市级" else region[-1:] if region[-1:] in "县市区旗" else "县"
        return cls(region, level, word)

    def fill(self, text: str) -> str:
        filled = text.replace("{region}", self.region).replace("{县}", self.word)
        filled = filled.replace("{level}", self.level)
        leftover = _TOKEN.search(filled)
        if leftover:  # the templates are tested; this is gkcat's own bug
            raise ValueError(f"unknown placeholder {leftover.group()} in a starter: {text}")
        return filled


@cache
def template(slug: str) -> dict[str, Any]:
    """The starter template of one domain (directory slug)."""
    data = yaml.safe_load((STARTERS / f"{slug}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@cache
def department_table() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((STARTERS / "departments.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def has_starter(domain: str) -> bool:
    slug = vocab.DOMAINS.get(domain)
    return slug is not None and (STARTERS / f"{slug}.yaml").is_file()


def part_of(level: str) -> str:
    """The template part a catalog level is written from: 乡级 → township, else county."""
    return "township" if level == "乡级" else "county"


def levels_of(domain: str, level: str) -> tuple[str, ...]:
    """The catalogs ``init`` writes for a project at ``level``: its own, plus 乡级 for a county."""
    own = (level,)
    if level == "县级" and "township" in template(vocab.DOMAINS[domain]):
        return (*own, "乡级")
    return own


def available(domain: str, level: str) -> bool:
    return part_of(level) in template(vocab.DOMAINS[domain])


def placeholders(domain: str, level: str) -> list[str]:
    """The department placeholders a catalog uses, owner first, in order of appearance."""
    part = template(vocab.DOMAINS[domain])[part_of(level)]
    found = [part["owner"]]
    for item in part["items"]:
        found.extend(_as_list(item.get("subject", part["owner"])))
    return list(dict.fromkeys(found))


def catalog_path(slug: str, level: str) -> str:
    return f"catalogs/{slug}/{FILE_NAMES[level]}.yaml"


def render(domain: str, level: str, wording: Wording, departments: Departments, year: int) -> bytes:
    """One starter catalog as YAML source text, filled in for the region."""
    data = template(vocab.DOMAINS[domain])
    part = data[part_of(level)]
    defaults = {**part.get("defaults", {})}
    prefix = f"{data['code']}-{ID_LETTERS[level]}-"
    items = [
        _item(raw, f"{prefix}{n:03d}", defaults, part["owner"], wording, departments)
        for n, raw in enumerate(part["items"], start=1)
    ]
    catalog = {
        "kind": "catalog",
        "schema_version": 1,
        "domain": domain,
        "level": level,
        "region": wording.region,
        "owner": departments(part["owner"]),
        "version": f"{year}.1",
        "items": items,
    }
    comments = (
        f"{wording.region}{domain}领域基层政务公开标准目录（{level}）",
        "由 gkcat 起步目录生成：请逐项核对公开内容、依据、时限和公开主体，",
        "删去本地不适用的事项，补充本地事项；修改后请更新 version。",
    )
    return dump_source(catalog, schema_ref="../../schemas/catalog.schema.json", comments=comments)


def skeleton(domain: str, level: str, wording: Wording, owner: str, year: int) -> bytes:
    """A one-item catalog for a domain registered in gkcat.yaml (no starter ships for it)."""
    item = {
        "id": f"{_code(domain)}-{ID_LETTERS[level]}-001",
        "category": "政策文件",
        "name": "法律法规和政策文件",
        "content": [f"{domain}相关法律、法规、规章", "本级制定的规范性文件及政策解读"],
        "basis": ["《中华人民共和国政府信息公开条例》（国务院令第711号）"],
        "time_limit": "自信息形成或者变更之日起20个工作日内",
        "subject": owner,
        "channels": ["政府网站"],
        "audience": "全社会",
        "mode": "主动",
    }
    catalog = {
        "kind": "catalog",
        "schema_version": 1,
        "domain": domain,
        "level": level,
        "region": wording.region,
        "owner": owner,
        "version": f"{year}.1",
        "items": [item],
    }
    comments = (
        f"{wording.region}{domain}领域基层政务公开标准目录（{level}）",
        "本领域没有起步目录：请按本领域的标准指引梳理公开事项，修改后请更新 version。",
    )
    return dump_source(catalog, schema_ref="../../schemas/catalog.schema.json", comments=comments)


def _code(domain: str) -> str:
    """An ASCII id prefix for a registered domain: its first two characters' code points."""
    return "LY" + "".join(f"{ord(c):X}" for c in domain[:2])


def _item(
    raw: Mapping[str, Any],
    item_id: str,
    defaults: Mapping[str, Any],
    owner: str,
    wording: Wording,
    departments: Departments,
) -> dict[str, Any]:
    merged = {"subject": owner, **defaults, **raw, "id": item_id}
    subjects = [departments(key) for key in _as_list(merged["subject"])]
    merged["subject"] = subjects[0] if len(subjects) == 1 else subjects
    return {key: _fill(merged[key], wording) for key in ITEM_KEYS if key in merged}


def _fill(value: Any, wording: Wording) -> Any:
    if isinstance(value, str):
        return wording.fill(value)
    if isinstance(value, list):
        return [_fill(v, wording) for v in value]
    return value


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]

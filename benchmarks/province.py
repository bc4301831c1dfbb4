"""Generate a province-shaped synthetic project: every rule has something to check.

``scale`` 1 gives 10 counties × 26 domains × 2 levels = 520 catalogs of 40 items (20,800 items),
one power list per county department (260 lists) that the items cite, and a gkcat.yaml listing the
260 departments with their aliases. ``scale`` 10 gives 100 counties (208,000 items).

``revise`` copies a project and makes a few hundred edits of every kind the diff knows.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from gkcat import vocab

LEVELS = (("县级", "county"), ("乡级", "township"))
CHANNELS = (
    "政府网站",
    "政府公报",
    "两微一端",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
)
CATEGORIES = ("政策文件", "办事指南", "审核确认结果", "资金发放", "监督检查", "工作动态")
BASIS = (
    "《中华人民共和国政府信息公开条例》（国务院令第711号）",
    "《社会救助暂行办法》（国务院令第649号）第十一条",
    "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）",
    "《中华人民共和国行政许可法》",
    "《国务院办公厅关于印发2024年政务公开工作要点的通知》（国办发〔2024〕23号）",
)
TIME_LIMITS = (
    "自信息形成或者变更之日起20个工作日内",
    "自信息形成或者变更之日起10个工作日内",
    "每季度更新",
    "实时更新",
)
POWER_TYPES = ("行政许可", "行政处罚", "行政给付", "行政确认", "行政检查", "公共服务")
POWERS_PER_LIST = 24
COUNTIES_PER_SCALE = 10
ITEMS_PER_CATALOG = 40


def generate(root: Path, scale: int = 1, *, seed: int = 0) -> Path:
    """Write the project under ``root`` and return it."""
    rng = random.Random(seed)
    domains = list(vocab.DOMAINS.items())
    counties = [f"示例{n:03d}县" for n in range(COUNTIES_PER_SCALE * scale)]
    departments = []
    for county in counties:
        for d, (domain, _slug) in enumerate(domains):
            departments.append(
                {
                    "name": f"{county}{domain}事务管理局",
                    "aliases": [f"{county[2:]}{domain}局", f"{county}第{d + 1:02d}局"],
                    "level": "县级",
                }
            )
    _dump(
        root / "gkcat.yaml",
        {"schema_version": 1, "region": "示例省", "year": 2024, "departments": departments},
    )
    for county in counties:
        for d, (domain, slug) in enumerate(domains):
            department = f"{county}{domain}事务管理局"
            prefix = f"{county[2:5]}-{d + 1:02d}"
            codes = _power_list(root, county, slug, department, prefix, domain, rng)
            for level, level_slug in LEVELS:
                _catalog(root, county, domain, slug, level, level_slug, department, codes, rng)
    return root


def _power_list(
    root: Path,
    county: str,
    slug: str,
    department: str,
    prefix: str,
    domain: str,
    rng: random.Random,
) -> list[str]:
    powers = []
    for n in range(POWERS_PER_LIST):
        kind = POWER_TYPES[n % len(POWER_TYPES)]
        powers.append(
            {
                "code": f"{prefix}-{n:04d}",
                "name": f"{domain}{kind}事项第{n + 1}项",
                "type": kind,
                "levels": ["县级"],
                "basis": rng.sample(BASIS, 2),
            }
        )
    doc = {
        "kind": "power-list",
        "schema_version": 1,
        "department": department,
        "region": county,
        "version": "2024",
        "powers": powers,
    }
    _dump(root / "powers" / county / f"{slug}.yaml", doc)
    return [p["code"] for p in powers]


def _catalog(
    root: Path,
    county: str,
    domain: str,
    slug: str,
    level: str,
    level_slug: str,
    department: str,
    codes: list[str],
    rng: random.Random,
) -> None:
    tag = "X" if level_slug == "county" else "Z"
    items = []
    for i in range(ITEMS_PER_CATALOG):
        item: dict[str, Any] = {
            "id": f"{county[2:5]}-{slug}-{tag}-{i:03d}",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "name": f"{domain}公开事项第{i + 1:03d}项",
            "content": [
                f"{domain}相关政策文件、办事指南、办理条件、申请材料和办理流程（第{j + 1}部分）"
                for j in range(2)
            ],
            "basis": rng.sample(BASIS, 2),
            "time_limit": TIME_LIMITS[i % len(TIME_LIMITS)],
            "subject": department if i % 5 else f"{county[2:]}{domain}局",
            "channels": rng.sample(CHANNELS, 3),
            "audience": "全社会" if i % 3 else "特定群体",
            "mode": "主动" if i % 4 else ["主动", "依申请"],
            "levels": [level],
        }
        if level_slug == "county":
            # Items cite the department's powers, two catalogs' worth of items covering all codes.
            item["powers"] = [codes[i % len(codes)]]
        items.append(item)
    doc = {
        "kind": "catalog",
        "schema_version": 1,
        "domain": domain,
        "level": level,
        "region": county,
        "owner": department,
        "version": "2024.1",
        "effective": "2024-03-01",
        "items": items,
    }
    _dump(root / "catalogs" / county / slug / f"{level_slug}.yaml", doc)


SHARES = {"modified": 0.4, "renamed": 0.15, "removed": 0.1, "added": 0.1, "moved": 0.15}
"""Shares of the edits ``revise`` makes; the rest are recodes."""


def revise(old: Path, new: Path, changes: int = 300, *, seed: int = 1) -> dict[str, int]:
    """Copy ``old`` to ``new`` and make ``changes`` edits; returns how many of each kind."""
    rng = random.Random(seed)
    shutil.copytree(old, new)
    files = sorted((new / "catalogs").rglob("*.yaml"))
    docs: dict[Path, dict[str, Any]] = {}
    plan = {kind: int(changes * share) for kind, share in SHARES.items()}
    plan["recoded"] = changes - sum(plan.values())
    for kind, count in plan.items():
        for n in range(count):
            path = rng.choice(files)
            doc = docs.setdefault(path, _load(path))
            items = doc["items"]
            item = items[rng.randrange(len(items))]
            if kind == "modified":
                item["time_limit"] = f"自信息形成或者变更之日起{rng.randint(1, 15)}个工作日内"
            elif kind == "renamed":
                item["name"] += "（修订）"
            elif kind == "removed":
                items.remove(item)
            elif kind == "added":
                items.append({**item, "id": f"NEW-{n:04d}", "name": f"新增事项{n}"})
            elif kind == "moved":
                # To a catalog of the same level and another domain, so the move stays valid.
                items.remove(item)
                target = rng.choice(
                    [f for f in files if f.name == path.name and f.parent.name != path.parent.name]
                )
                docs.setdefault(target, _load(target))["items"].append(item)
            else:
                item["id"] = f"RC-{n:04d}"
    for path, doc in sorted(docs.items()):
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plan["files touched"] = len(docs)
    return plan


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return data


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

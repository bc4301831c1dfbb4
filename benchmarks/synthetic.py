"""Generate a synthetic gkcat project of a given size, for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

DOMAINS = [
    ("社会救助", "social-assistance"),
    ("义务教育", "compulsory-education"),
    ("养老服务", "elderly-care"),
    ("就业", "employment"),
    ("社会保险", "social-insurance"),
    ("户籍管理", "household-registration"),
    ("卫生健康", "health"),
    ("公共文化服务", "public-cultural-services"),
]
LEVELS = [("县级", "county"), ("乡级", "township")]
CHANNELS = [
    "政府网站",
    "政府公报",
    "两微一端",
    "政务服务中心",
    "便民服务站",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
]
CATEGORIES = ["政策文件", "办事指南", "审核确认结果", "资金发放", "监督检查", "工作动态"]
BASIS = [
    "《中华人民共和国政府信息公开条例》（国务院令第711号）",
    "《社会救助暂行办法》（国务院令第649号）",
    "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）",
]


def generate(
    root: Path, catalogs: int = 500, items_per_catalog: int = 40, *, seed: int = 0
) -> Path:
    """Write ``catalogs`` catalog sources of ``items_per_catalog`` items (and a registry)."""
    rng = random.Random(seed)
    departments = [f"示例{n}县{d[0][0]}局" for n in range(catalogs // 16 + 1) for d in DOMAINS]
    config = {
        "schema_version": 1,
        "region": "示例市",
        "departments": [
            {"name": name, "aliases": [name.replace("示例", "")]} for name in departments
        ],
    }
    _dump(root / "gkcat.yaml", config)
    for c in range(catalogs):
        domain, slug = DOMAINS[c % len(DOMAINS)]
        level, level_slug = LEVELS[(c // len(DOMAINS)) % 2]
        region = c // (len(DOMAINS) * 2)
        subject = f"示例{region}县{domain[0]}局"
        items = []
        for i in range(items_per_catalog):
            items.append(
                {
                    "id": f"C{c:04d}-{i:03d}",
                    "category": CATEGORIES[i % len(CATEGORIES)],
                    "name": f"{domain}事项{i:03d}",
                    "content": [
                        f"{domain}相关内容{j}，包括对象、标准、程序和结果" for j in range(2)
                    ],
                    "basis": rng.sample(BASIS, 2),
                    "time_limit": "自信息形成或者变更之日起20个工作日内",
                    "subject": subject,
                    "channels": rng.sample(CHANNELS, 3),
                    "audience": "全社会" if i % 3 else "特定群体",
                    "mode": "主动" if i % 4 else ["主动", "依申请"],
                }
            )
        doc = {
            "kind": "catalog",
            "schema_version": 1,
            "domain": domain,
            "level": level,
            "region": f"示例{region}县",
            "owner": subject,
            "version": "2024.1",
            "effective": "2024-03-01",
            "items": items,
        }
        _dump(root / "catalogs" / f"r{region:03d}" / slug / f"{level_slug}.yaml", doc)
    return root


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def parse_floor(root: Path) -> None:
    """The floor every benchmark compares with: read and yaml.load(CSafeLoader) every source."""
    for path in sorted(root.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

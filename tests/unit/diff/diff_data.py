"""The diff tests' base project as plain data, and writing it as YAML sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

BASIS = "《中华人民共和国政府信息公开条例》（国务院令第711号）"
LIMIT = "自信息形成或者变更之日起20个工作日内"


def _item(ident: str, category: str, name: str, content: str | list[str], **extra: Any) -> dict:
    item = {
        "id": ident,
        "category": category,
        "name": name,
        "content": content,
        "basis": ["《社会救助暂行办法》（国务院令第649号）", BASIS],
        "time_limit": LIMIT,
        "subject": "示例县民政局",
        "channels": ["政府网站", "政务服务中心"],
        "audience": "全社会",
        "mode": "主动",
    }
    item.update(extra)
    return item


def base_data() -> dict[str, dict[str, Any]]:
    """The base project as plain data, by file; tests edit a deep copy."""
    county = {
        "kind": "catalog",
        "schema_version": 1,
        "domain": "社会救助",
        "level": "县级",
        "region": "示例县",
        "owner": "示例县民政局",
        "version": "2023.1",
        "effective": "2023-03-01",
        "items": [
            _item(
                "SHJZ-X-001",
                "最低生活保障",
                "政策法规文件",
                "低保相关法律法规、规章、规范性文件及政策解读",
            ),
            _item(
                "SHJZ-X-002", "最低生活保障", "办事服务信息", ["申请条件", "办理流程", "办理时限"]
            ),
            _item(
                "SHJZ-X-003",
                "特困人员救助供养",
                "审核确认结果",
                "特困人员审核确认结果，包括姓名、所在村（社区）、供养方式",
                channels=["政府网站", "社区/企事业单位/村公示栏(电子屏)"],
                powers=["4509xx-QR-0003"],
            ),
            _item("SHJZ-X-004", "临时救助", "救助标准", "临时救助对象范围、救助标准和申请程序"),
        ],
    }
    township = {
        **{k: v for k, v in county.items() if k != "items"},
        "level": "乡级",
        "owner": "各乡镇人民政府（街道办事处）",
        "items": [
            _item(
                "SHJZ-Z-001",
                "最低生活保障",
                "低保对象公示",
                "拟纳入低保的家庭户主姓名、保障人数",
                subject="各乡镇人民政府（街道办事处）",
                levels=["乡级"],
            ),
        ],
    }
    powers = {
        "kind": "power-list",
        "schema_version": 1,
        "department": "示例县民政局",
        "region": "示例县",
        "version": "2023",
        "powers": [
            {
                "code": "4509xx-QR-0003",
                "name": "特困人员认定",
                "type": "行政确认",
                "levels": ["县级"],
            },
            {"code": "4509xx-GF-0001", "name": "最低生活保障金给付", "type": "行政给付"},
        ],
    }
    tasks = {
        "kind": "task-plan",
        "schema_version": 1,
        "title": "2023年示例县政务公开工作要点任务分解表",
        "year": 2023,
        "issuer": "示例县人民政府办公室",
        "sections": [
            {
                "title": "着力深化重点领域信息公开",
                "groups": [
                    {
                        "title": "加强民生领域信息公开",
                        "tasks": [
                            {
                                "id": "T2023-001",
                                "requirement": "做好社会救助政策公开。",
                                "units": ["县民政局"],
                                "deadline": "全年",
                                "catalog_refs": ["SHJZ-X-001"],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    return {
        "catalogs/social-assistance/county.yaml": county,
        "catalogs/social-assistance/township.yaml": township,
        "powers/civil-affairs.yaml": powers,
        "tasks/2023.yaml": tasks,
    }


def write_project(root: Path, data: dict[str, dict[str, Any]]) -> Path:
    for rel, doc in data.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
        )
    (root / "catalogs").mkdir(parents=True, exist_ok=True)
    return root


def items_of(data: dict[str, dict[str, Any]], file: str = "county") -> list[dict[str, Any]]:
    return data[f"catalogs/social-assistance/{file}.yaml"]["items"]

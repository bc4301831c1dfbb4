"""The files of a new office's project besides the catalogs: gkcat.yaml, README, CI, examples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from string import Template

from gkcat import __version__
from gkcat.scaffold.departments import Entry
from gkcat.scaffold.starters import Wording

OFFICE = Path(__file__).resolve().parent.parent / "data" / "office"

GITIGNORE = """\
# gkcat build 的输出和缓存，不纳入版本管理
dist/
.gkcat-cache/
"""

CI_WORKFLOW = f"""\
# 每次提交和合并请求时校验目录；问题显示在变更的行上。
name: gkcat
on: [push, pull_request]
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install "gkcat=={__version__}"
      - run: gkcat validate --format github --strict
"""

PRE_COMMIT = """\
# 提交前校验目录（需要已安装 gkcat）：pip install pre-commit && pre-commit install
repos:
  - repo: local
    hooks:
      - id: gkcat-validate
        name: gkcat validate
        entry: gkcat validate --strict
        language: system
        files: ^(catalogs|powers|tasks)/.*\\.ya?ml$|^gkcat\\.yaml$
        pass_filenames: false
"""


def power_example(wording: Wording, department: str) -> str:
    return f"""\
# 权责清单示例：复制为 powers/<部门>.yaml（去掉 .example），逐项填写本部门权责事项。
# 目录事项用 powers: ["编码"] 关联权责事项，gkcat coverage 统计覆盖情况。
#
# kind: power-list
# schema_version: 1
# department: {department}
# region: {wording.region}
# version: "1"
# powers:
#   - code: "XXXXXX-QR-0001"
#     name: 最低生活保障对象认定
#     type: 行政确认
#     levels: [{wording.level}]
#     basis:
#       - 《社会救助暂行办法》（国务院令第649号）第十一条
"""


def task_example(wording: Wording, year: int, issuer: str) -> str:
    return f"""\
# 任务分解表示例：复制为 tasks/{year}.yaml（去掉 .example）。
# 部分、方面和任务的序号由 gkcat 自动编号，不要手写；任务编码在全项目内唯一。
#
# kind: task-plan
# schema_version: 1
# title: {year}年{wording.region}政务公开工作要点任务分解表
# year: {year}
# issuer: {issuer}
# sections:
#   - title: 着力深化重点领域信息公开
#     groups:
#       - title: 以公开助推民生兜底保障
#         tasks:
#           - id: T{year}-001
#             requirement: 及时公开社会救助标准调整情况。
#             units: [{issuer}]
#             deadline: 全年
"""


def config(wording: Wording, year: int, departments: Sequence[Entry]) -> str:
    lines = [
        "# yaml-language-server: $schema=schemas/config.schema.json",
        f"# {wording.region}政务公开标准目录项目配置（gkcat init 生成）",
        "schema_version: 1",
        f"region: {wording.region}",
        f"level: {wording.level}",
        "# 年度：换年时只改这里，标题中的 {year} 随之更新（见 README.md 的“每年换版”）。",
        f"year: {year}",
        "",
        "# 部门名录：目录的公开主体、权责清单的实施主体、任务分解表的责任单位都要在这里登记。",
        "# 以下是起步目录用到的部门，名称按常见机构设置生成：请按本地“三定”方案改成正式名称，",
        "# 别名写本地文件中常用的简称（别名在全部门范围内唯一）。改名后运行 gkcat validate，",
        "# 目录中仍写旧名称的公开主体会被列出。",
        "departments:",
    ]
    for dept in departments:
        lines.append(f"  - name: {dept.name}")
        if dept.aliases:
            lines.append(f"    aliases: [{', '.join(dept.aliases)}]")
        lines.append(f"    level: {dept.level}")
    lines += [
        "",
        "output:",
        "  dist: dist",
        '  title: "' + wording.region + '基层政务公开标准目录（{year}年版）"',
        "  paper_size: A4",
        "  channel_style: checkbox",
        "",
    ]
    return "\n".join(lines)


def readme(wording: Wording, year: int, catalogs: Mapping[str, Sequence[str]]) -> str:
    """The office's README (Chinese): what to do next, adding a domain, the yearly routine."""
    text = (OFFICE / "README.md").read_text(encoding="utf-8")
    return Template(text).substitute(
        region=wording.region,
        level=wording.level,
        own="city" if wording.level == "市级" else "county",
        year=year,
        next=year + 1,
        catalogs="\n".join(
            f"- {domain}：" + "、".join(f"`{path}`" for path in paths)
            for domain, paths in catalogs.items()
        ),
    )

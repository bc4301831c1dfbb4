"""VS Code's YAML engine (yaml-language-server, over LSP) on a project's own schema set.

``./scripts/test`` installs the server with npm; without it these tests fail with that hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gkcat import api
from gkcat.load.source import parse
from tests.editor.lsp import SERVER, Client

REGIONAL = "12345政务服务热线"
SETTINGS = {
    "yaml": {
        "validate": True,
        "completion": True,
        "hover": True,
        "schemaStore": {"enable": False},
    }
}
BLANKS = """\
# yaml-language-server: $schema=../../schemas/catalog.schema.json
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
items:
  - id: SHJZ-X-901
    category: 最低生活保障
    name: 办理结果
    content: 低保对象名单
    basis: 《社会救助暂行办法》（国务院令第649号）
    time_limit: 自信息形成或者变更之日起20个工作日内
    subject: \n    channels: \n    audience: \n    mode: \n    levels: \n"""
FILLED = f"""\
# yaml-language-server: $schema=../../schemas/catalog.schema.json
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
items:
  - id: SHJZ-X-900
    category: 最低生活保障
    name: 办理结果
    content: 低保对象名单
    basis: 《社会救助暂行办法》（国务院令第649号）
    time_limit: 自信息形成或者变更之日起20个工作日内
    subject: 县民政局
    channels: {REGIONAL}
    audience: 全社会
    mode: 主动
    levels: 县级
    note: yes
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SERVER.exists(), (
        f"yaml-language-server not found at {SERVER}: run ./scripts/test, or "
        "`npm install --no-save yaml-language-server@1.19.2` at the repository root"
    )
    root = tmp_path_factory.mktemp("editor") / "江山市"
    api.init(root, region="江山市", domains=["社会救助"], sample=True)
    config = root / "gkcat.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"channels: [{REGIONAL}]\n", encoding="utf-8"
    )
    api.write_schemas(root)  # gkcat.yaml changed: refresh the project's schema set
    (root / "catalogs/social-assistance/blanks.yaml").write_text(BLANKS, encoding="utf-8")
    (root / "catalogs/social-assistance/filled.yaml").write_text(FILLED, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def client(project: Path) -> Iterator[Client]:
    with Client(project, SETTINGS) as lsp:
        yield lsp


def _complete(client: Client, path: Path, key: str) -> list[str]:
    uri = client.open(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.strip() == f"{key}:")
    return client.complete(uri, row, len(lines[row]))


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("mode", {"主动", "依申请"}),
        ("audience", {"全社会", "特定群体"}),
        ("levels", {"省级", "市级", "县级", "乡级", "村级"}),
        ("channels", {"政府网站", "政务服务中心", REGIONAL}),
    ],
)
def test_single_value_form_completes_the_vocabulary(
    client: Client, project: Path, key: str, expected: set[str]
) -> None:
    offered = _complete(client, project / "catalogs/social-assistance/blanks.yaml", key)
    assert expected <= set(offered), offered


def test_subject_completes_the_registered_departments(client: Client, project: Path) -> None:
    offered = _complete(client, project / "catalogs/social-assistance/blanks.yaml", "subject")
    assert {"江山市民政局", "县民政局", "江山市教育局"} <= set(offered), offered
    assert offered.index("江山市民政局") < offered.index("县民政局")  # official names first


def test_regional_channel_and_yes_give_no_editor_diagnostic(client: Client, project: Path) -> None:
    uri = client.open(project / "catalogs/social-assistance/filled.yaml")
    assert client.diagnostics(uri) == []


def test_gkcat_reads_the_document_as_the_editor_does(project: Path) -> None:
    result = api.validate(project, [project / "catalogs/social-assistance/filled.yaml"])
    assert [d.code for d in result.diagnostics] == []
    data = parse(FILLED, "filled.yaml", max_alias_nodes=1000).data
    assert data["items"][0]["note"] == "yes"  # YAML 1.2, as the editor: not the boolean true


def test_editor_messages_are_chinese(client: Client, project: Path) -> None:
    path = project / "catalogs/social-assistance/wrong.yaml"
    wrong = FILLED.replace("mode: 主动", "mode: 主 动").replace("900", "902")
    path.write_text(wrong, encoding="utf-8")
    messages = [d["message"] for d in client.diagnostics(client.open(path))]
    assert messages == ["公开方式应为 主动 或 依申请"]

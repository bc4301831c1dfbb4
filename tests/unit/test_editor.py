"""The project-local schema set: generated from gkcat.yaml, compiled fast, merged VS Code files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from gkcat import api
from gkcat.checks.fastschema import Compiler
from gkcat.diagnostics import GkcatError
from gkcat.editor import project_schemas, write_project_schemas
from gkcat.load.project import load_schemas
from gkcat.model import Department, Registry
from gkcat.resources import schemas_dir
from gkcat.settings import Settings

SETTINGS = Settings(
    extra_channels=("12345政务服务热线",),
    extra_domains=("营商环境",),
    registry=Registry.of([Department("江山市民政局", ("民政局",), "县级")]),
)


def _item(**changes: object) -> dict[str, object]:
    item: dict[str, object] = {
        "id": "A-1",
        "category": "c",
        "name": "n",
        "content": "x",
        "basis": "b",
        "time_limit": "t",
        "subject": "民政局",
        "channels": "12345政务服务热线",
        "audience": "全社会",
        "mode": "主动",
    }
    return {**item, **changes}


def test_project_schemas_accept_the_regional_vocabulary() -> None:
    schemas = project_schemas(load_schemas(), SETTINGS)
    catalog = schemas["catalog"]
    doc = {"kind": "catalog", "schema_version": 1, "domain": "营商环境", "level": "县级"}
    validator = Draft202012Validator(catalog)
    assert validator.is_valid({**doc, "items": [_item()]})
    assert not validator.is_valid({**doc, "items": [_item(channels="政府网占")]})
    assert "营商环境" in catalog["properties"]["domain"]["examples"]
    assert catalog["$defs"]["subject"]["examples"] == ["江山市民政局", "民政局"]
    assert schemas["power-list"]["properties"]["department"]["examples"] == ["江山市民政局"]
    shipped = Draft202012Validator(load_schemas()["catalog"])
    assert not shipped.is_valid({**doc, "items": [_item()]})  # what the editor said before


@pytest.mark.parametrize("name", ["catalog", "power-list", "task-plan", "config"])
def test_project_schemas_never_fall_back_to_jsonschema(name: str) -> None:
    schema = project_schemas(load_schemas(), SETTINGS)[name]
    Compiler(schema).compile(schema)  # raises Unsupported naming the keyword


def test_write_merges_vscode_settings_and_keeps_what_is_not_json(tmp_path: Path) -> None:
    vscode = tmp_path / ".vscode"
    vscode.mkdir()
    (vscode / "settings.json").write_text('{"editor.tabSize": 2}', encoding="utf-8")
    (vscode / "extensions.json").write_text("// mine\n{}", encoding="utf-8")
    written = write_project_schemas(tmp_path, SETTINGS)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        ".vscode/settings.json",
        "schemas/catalog.schema.json",
        "schemas/config.schema.json",
        "schemas/power-list.schema.json",
        "schemas/task-plan.schema.json",
    ]
    settings = json.loads((vscode / "settings.json").read_text(encoding="utf-8"))
    assert settings["editor.tabSize"] == 2
    assert settings["yaml.schemas"]["./schemas/catalog.schema.json"][0] == "catalogs/**/*.yaml"
    assert (vscode / "extensions.json").read_text(encoding="utf-8") == "// mine\n{}"


def test_write_refuses_the_shipped_schemas() -> None:
    with pytest.raises(GkcatError, match="shipped"):
        write_project_schemas(schemas_dir().parent, SETTINGS)


def test_init_writes_the_project_schemas_the_modelines_name(tmp_path: Path) -> None:
    root = tmp_path / "new"
    api.init(root, region="江山市", domains=["社会救助"])
    source = root / "catalogs/social-assistance/county.yaml"
    modeline = source.read_text(encoding="utf-8").splitlines()[0]
    assert modeline == "# yaml-language-server: $schema=../../schemas/catalog.schema.json"
    schema = json.loads((root / "schemas/catalog.schema.json").read_text(encoding="utf-8"))
    assert "江山市民政局" in schema["$defs"]["subject"]["examples"]
    extensions = json.loads((root / ".vscode/extensions.json").read_text(encoding="utf-8"))
    assert extensions == {"recommendations": ["redhat.vscode-yaml"]}

"""The project's own schema set and VS Code settings, generated from gkcat.yaml.

The shipped schemas know only the standard vocabularies. A project's ``schemas/`` holds copies
extended with what its gkcat.yaml declares — regional channels (accepted, not marked as errors),
extra domains and the registered departments (offered as completions for 公开主体 and 实施主体) —
so VS Code's YAML extension and check-jsonschema judge a source as gkcat does. The sources'
``# yaml-language-server: $schema=`` lines and ``.vscode/settings.json`` point at that set;
``gkcat init`` writes it and ``gkcat schema --write`` refreshes it after gkcat.yaml changes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import GkcatError
from gkcat.load.project import SCHEMA_NAMES, load_schemas
from gkcat.resources import schemas_dir
from gkcat.settings import Settings
from gkcat.write import write_file

SCHEMA_DIR = "schemas"
YAML_EXTENSION = "redhat.vscode-yaml"
GENERATED = (
    "由 gkcat schema --write 根据 gkcat.yaml 生成，修改 gkcat.yaml 后重新运行；不要手工编辑。"
)
_GLOBS = {
    **{kind: [f"{folder}/**/*.yaml", f"{folder}/**/*.yml"] for kind, folder in vocab.KINDS.items()},
    "config": ["gkcat.yaml"],
}


def project_schemas(
    schemas: Mapping[str, Mapping[str, Any]], settings: Settings
) -> dict[str, dict[str, Any]]:
    """The shipped ``schemas`` extended with the project's vocabularies (pure)."""
    result = {name: copy.deepcopy(dict(schema)) for name, schema in schemas.items()}
    departments = [d.name for d in settings.registry.departments]
    completions = list(settings.registry.names)  # official names, then aliases
    for schema in result.values():
        schema["$comment"] = GENERATED
        defs = schema.get("$defs", {})
        if "channel" in defs:
            defs["channel"]["enum"] = list(settings.channels)
    catalog = result.get("catalog")
    if catalog is not None:
        catalog["properties"]["domain"]["examples"] = list(settings.domains)
        if completions:
            catalog["$defs"]["subject"]["examples"] = _official_first(completions, departments)
    power_list = result.get("power-list")
    if power_list is not None and departments:
        power_list["properties"]["department"]["examples"] = departments
    return result


def _official_first(names: list[str], departments: list[str]) -> list[str]:
    """Official names in registry order, then the aliases."""
    return [*departments, *(n for n in names if n not in departments)]


def vscode_settings(existing: Mapping[str, Any]) -> dict[str, Any]:
    """``.vscode/settings.json``: the schema globs (other settings are kept)."""
    merged = dict(existing)
    schemas = dict(merged.get("yaml.schemas") or {})
    for name in SCHEMA_NAMES:
        schemas[f"./{SCHEMA_DIR}/{name}.schema.json"] = _GLOBS[name]
    merged["yaml.schemas"] = schemas
    merged.setdefault("files.encoding", "utf8")
    return merged


def vscode_extensions(existing: Mapping[str, Any]) -> dict[str, Any]:
    """``.vscode/extensions.json``: recommends the YAML extension (other entries are kept)."""
    merged = dict(existing)
    wanted = list(merged.get("recommendations") or [])
    if YAML_EXTENSION not in wanted:
        wanted.append(YAML_EXTENSION)
    merged["recommendations"] = wanted
    return merged


def write_project_schemas(root: Path, settings: Settings) -> list[Path]:
    """Write ``schemas/*.schema.json`` and the VS Code settings of the project at ``root``.

    Refuses to overwrite gkcat's own shipped schemas (a source checkout is itself a project).
    The ``.vscode`` files are merged into; one that is not plain JSON (VS Code also allows
    comments) is left as it is and not listed.
    """
    target = root / SCHEMA_DIR
    if target.resolve() == schemas_dir().resolve():
        raise GkcatError(key="error.shipped-schemas", path=target)
    written = []
    for name, schema in sorted(project_schemas(load_schemas(), settings).items()):
        path = target / f"{name}.schema.json"
        write_file(path, _json(schema))
        written.append(path)
    for file, build in (("settings.json", vscode_settings), ("extensions.json", vscode_extensions)):
        path = root / ".vscode" / file
        existing = _read_json(path)
        if existing is not None:
            write_file(path, _json(build(existing)))
            written.append(path)
    return written


def has_generated_schemas(root: Path) -> bool:
    """Whether the project at ``root`` keeps a schema set gkcat generated (as ``init`` writes
    it), which must then follow gkcat.yaml; gkcat's own shipped schemas never count."""
    target = root / SCHEMA_DIR
    if not target.is_dir() or target.resolve() == schemas_dir().resolve():
        return False
    data = _read_json(target / "catalog.schema.json")
    return bool(data) and data is not None and data.get("$comment") == GENERATED


def _read_json(path: Path) -> dict[str, Any] | None:
    """The file's settings; {} when there is none; None when it is not a JSON object."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

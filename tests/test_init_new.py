"""`gkcat init` for a new office and `gkcat new`, end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from gkcat import vocab
from gkcat.cli import app
from gkcat.scaffold import starters


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout + result.stderr


def catalogs_of(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "catalogs").rglob("*.yaml")
    }


def assert_validates_and_builds(runner: CliRunner, root: Path) -> None:
    code, out = run(runner, "validate", "--strict", "-C", str(root))
    assert code == 0, out
    assert "0 个错误，0 个警告" in out
    code, out = run(runner, "build", "-C", str(root))
    assert code == 0, out
    assert list((root / "dist").rglob("*.xlsx")), out


@pytest.mark.parametrize(
    ("level", "region", "own"), [("县级", "江山市", "county"), ("市级", "衢州市", "city")]
)
def test_init_all_26_domains_validates_strictly_and_builds(
    runner: CliRunner, tmp_path: Path, level: str, region: str, own: str
) -> None:
    root = tmp_path / "office"
    code, out = run(runner, "init", str(root), "--region", region, "--level", level)
    assert code == 0, out
    files = catalogs_of(root)
    domains = {yaml.safe_load(data)["domain"] for data in files.values()}
    assert domains == set(vocab.DOMAINS)
    expected = {
        starters.catalog_path(slug, lvl)
        for name, slug in vocab.DOMAINS.items()
        for lvl in starters.levels_of(name, level)
    }
    assert set(files) == expected
    assert all(f.endswith((f"/{own}.yaml", "/township.yaml")) for f in files)
    if level == "市级":
        assert not any(f.endswith("/township.yaml") for f in files)
    config = yaml.safe_load((root / "gkcat.yaml").read_text(encoding="utf-8"))
    assert config["region"] == region
    assert config["level"] == level
    assert_validates_and_builds(runner, root)
    assert not list((root / "powers").glob("*.yaml")), "powers/ holds only the example"
    assert not list((root / "tasks").glob("*.yaml")), "tasks/ holds only the example"
    assert "dist/" in (root / ".gitignore").read_text(encoding="utf-8")
    assert ".gkcat-cache/" in (root / ".gitignore").read_text(encoding="utf-8")
    workflow = (root / ".github" / "workflows" / "gkcat.yml").read_text(encoding="utf-8")
    assert "gkcat validate --format github" in workflow
    assert "gkcat validate" in (root / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "gkcat new" in readme
    assert "每年换版" in readme


def test_init_sample_gives_the_fictional_region_and_builds(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "sample"
    code, out = run(runner, "init", str(root), "--sample")
    assert code == 0, out
    assert (root / "tasks" / "2024.yaml").is_file()
    assert list((root / "powers").glob("*.yaml"))
    assert "示例县" in (root / "gkcat.yaml").read_text(encoding="utf-8")
    assert_validates_and_builds(runner, root)


def test_the_example_files_validate_once_uncommented(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "office"
    assert run(runner, "init", str(root), "--region", "开化县", "--domains", "社会救助")[0] == 0
    for folder in ("powers", "tasks"):
        example = root / folder / "example.yaml.example"
        lines = example.read_text(encoding="utf-8").splitlines()
        start = lines.index("# kind: " + ("power-list" if folder == "powers" else "task-plan"))
        body = "\n".join(line.removeprefix("# ") for line in lines[start:]) + "\n"
        (root / folder / "example.yaml").write_text(body, encoding="utf-8")
    code, out = run(runner, "validate", "-C", str(root))
    assert code == 0, out
    assert "0 个错误，1 个警告（4 个文件" in out
    assert "GK405" in out  # the example power is not yet cited by an item: a reminder, not an error


@pytest.mark.parametrize("domain", list(vocab.DOMAINS))
def test_init_domains_gives_just_that_domain(
    runner: CliRunner, tmp_path: Path, domain: str
) -> None:
    root = tmp_path / "one"
    code, out = run(runner, "init", str(root), "--region", "开化县", "--domains", domain)
    assert code == 0, out
    slug = vocab.DOMAINS[domain]
    assert {p.split("/")[1] for p in catalogs_of(root)} == {slug}
    code, out = run(runner, "validate", "--strict", "-C", str(root))
    assert code == 0, out
    assert "0 个错误，0 个警告" in out


def test_init_domains_accepts_slugs_old_names_and_lists(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "mixed"
    code, out = run(
        runner,
        "init",
        str(root),
        "--domains",
        "社会救助,urban-rural-planning、卫生计生",
        "--domains",
        "乡村振兴",
    )
    assert code == 0, out
    slugs = {p.split("/")[1] for p in catalogs_of(root)}
    assert slugs == {"social-assistance", "urban-rural-planning", "health", "poverty-alleviation"}


def test_init_with_a_mistyped_domain_suggests_and_writes_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "typo"
    code, out = run(runner, "init", str(root), "--domains", "社会救助,城乡规化")
    assert code == 2
    assert "未知的领域「城乡规化」" in out
    assert "「城乡规划」" in out
    assert not root.exists()
    code, out = run(runner, "init", str(root), "--domains", "urban-planing", "--lang", "en")
    assert code == 2
    assert 'unknown domain "urban-planing"; did you mean "城乡规划"?' in " ".join(out.split())


def test_init_never_overwrites_without_force(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "twice"
    assert run(runner, "init", str(root), "--domains", "就业")[0] == 0
    (root / "catalogs" / "employment" / "county.yaml").write_text("edited", encoding="utf-8")
    code, out = run(runner, "init", str(root), "--domains", "就业")
    assert code == 2
    assert "--force" in out
    assert (root / "catalogs" / "employment" / "county.yaml").read_text() == "edited"
    assert run(runner, "init", str(root), "--domains", "就业", "--force")[0] == 0
    assert (root / "catalogs" / "employment" / "county.yaml").read_text() != "edited"


def test_new_adds_every_domain_as_init_would(runner: CliRunner, tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    assert run(runner, "init", str(whole), "--region", "江山市", "--year", "2025")[0] == 0
    grown = tmp_path / "grown"
    code, out = run(
        runner, "init", str(grown), "--region", "江山市", "--year", "2025", "--domains", "社会救助"
    )
    assert code == 0, out
    for domain in vocab.DOMAINS:
        if domain == "社会救助":
            continue
        code, out = run(runner, "new", domain, "-C", str(grown))
        assert code == 0, out
        code, out = run(runner, "new", vocab.DOMAINS[domain], "--level", "乡级", "-C", str(grown))
        if starters.available(domain, "乡级"):
            assert code == 0, out
        else:
            assert code == 2
            assert f"「{domain}」没有乡级起步目录" in "".join(out.split())
    assert catalogs_of(grown) == catalogs_of(whole)
    code, out = run(runner, "validate", "--strict", "-C", str(grown))
    assert code == 0, out


def social_assistance_only(runner: CliRunner, tmp_path: Path) -> Path:
    """A new 开化县 project with the 社会救助 catalogs only."""
    root = tmp_path / "p"
    assert run(runner, "init", str(root), "--region", "开化县", "--domains", "社会救助")[0] == 0
    return root


def test_new_registers_missing_departments_keeping_the_config(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = social_assistance_only(runner, tmp_path)
    before = (root / "gkcat.yaml").read_text(encoding="utf-8")
    code, out = run(runner, "new", "城乡规划", "-C", str(root))
    assert code == 0, out
    assert "开化县自然资源局" in out
    after = (root / "gkcat.yaml").read_text(encoding="utf-8")
    assert after.startswith(before.split("\noutput:")[0])  # comments and entries kept
    assert after.rstrip().endswith("channel_style: checkbox")
    config = yaml.safe_load(after)
    assert "开化县自然资源局" in [d["name"] for d in config["departments"]]
    assert run(runner, "validate", "--strict", "-C", str(root))[0] == 0


def test_new_regenerates_the_editor_schemas_for_the_departments_it_registers(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = social_assistance_only(runner, tmp_path)
    schema = root / "schemas/catalog.schema.json"
    assert "开化县自然资源局" not in schema.read_text(encoding="utf-8")
    code, out = run(runner, "new", "城乡规划", "-C", str(root), "--lang", "en")
    assert code == 0, out
    assert "regenerated schemas/" in out
    subjects = json.loads(schema.read_text(encoding="utf-8"))["$defs"]["subject"]["examples"]
    assert "开化县自然资源局" in subjects
    fresh = tmp_path / "fresh"
    (fresh / "schemas").mkdir(parents=True)
    (fresh / "gkcat.yaml").write_bytes((root / "gkcat.yaml").read_bytes())
    (fresh / "catalogs").mkdir()
    assert run(runner, "schema", "--write", "-C", str(fresh))[0] == 0
    assert schema.read_bytes() == (fresh / "schemas/catalog.schema.json").read_bytes()
    # a second catalog that registers nobody leaves the schemas as they are
    before = schema.stat().st_mtime_ns
    code, out = run(runner, "new", "城乡规划", "--level", "乡级", "-C", str(root))
    assert code == 0, out
    assert "schemas/" not in out
    assert schema.stat().st_mtime_ns == before


def test_new_leaves_a_schema_set_it_did_not_generate_alone(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = social_assistance_only(runner, tmp_path)
    own = root / "schemas/catalog.schema.json"
    own.write_text('{"title": "本单位自己的模式"}\n', encoding="utf-8")
    code, out = run(runner, "new", "城乡规划", "-C", str(root))
    assert code == 0, out
    assert own.read_text(encoding="utf-8") == '{"title": "本单位自己的模式"}\n'


def test_new_uses_the_names_a_project_already_registers(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "sample"
    assert run(runner, "init", str(root), "--sample")[0] == 0
    code, out = run(runner, "new", "户籍管理", "-C", str(root))
    assert code == 0, out
    catalog = yaml.safe_load((root / "catalogs/household-registration/county.yaml").read_text())
    assert catalog["region"] == "示例县"
    assert catalog["owner"] == "示例县公安局"
    code, out = run(runner, "new", "城乡规划", "-C", str(root))
    assert code == 0, out
    # 示例县 registers 县民政局 as an alias of 示例县民政局: a matching alias is reused
    code, out = run(runner, "new", "养老服务", "-C", str(root))
    assert code == 2  # the sample already has it
    assert "已存在" in out
    assert run(runner, "validate", "--strict", "-C", str(root))[0] == 0


def test_new_with_a_mistyped_domain_suggests(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert run(runner, "init", str(root), "--domains", "社会救助")[0] == 0
    code, out = run(runner, "new", "食品药监", "-C", str(root))
    assert code == 2
    assert "「食品药品监管」" in out
    code, out = run(runner, "new", "社会保", "-C", str(root), "--lang", "en")
    assert code == 2
    assert 'did you mean "社会保险"' in " ".join(out.split())
    code, out = run(runner, "new", "人防", "-C", str(root))
    assert code == 2


def test_new_for_a_registered_domain_writes_a_skeleton(runner: CliRunner, tmp_path: Path) -> None:
    root = social_assistance_only(runner, tmp_path)
    config = root / "gkcat.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "domains: [人民防空]\n", encoding="utf-8"
    )
    code, out = run(runner, "new", "人民防空", "-C", str(root))
    assert code == 0, out
    code, out = run(runner, "new", "人民放空", "-C", str(root))
    assert code == 2
    assert "「人民防空」" in out
    assert run(runner, "validate", "--strict", "-C", str(root))[0] == 0


def test_new_needs_a_project(runner: CliRunner, tmp_path: Path) -> None:
    code, out = run(runner, "new", "社会救助", "-C", str(tmp_path))
    assert code == 2
    assert "gkcat init" in out


def test_init_refuses_levels_and_sample_domains_it_cannot_give(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, out = run(runner, "init", str(tmp_path / "a"), "--level", "省级")
    assert code == 2
    assert "--level 只能是 县级 或 市级" in out
    code, out = run(runner, "init", str(tmp_path / "b"), "--sample", "--domains", "城乡规划")
    assert code == 2
    assert "示例区域没有「城乡规划」目录" in "".join(out.split())
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()
    code, out = run(runner, "init", str(tmp_path / "c"), "--sample", "--domains", "elderly-care")
    assert code == 0, out
    assert {p.split("/")[1] for p in catalogs_of(tmp_path / "c")} == {"elderly-care"}


def test_a_city_project_adds_city_catalogs_by_default(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "city"
    code, out = run(
        runner, "init", str(root), "--region", "衢州市", "--level", "市级", "--domains", "就业"
    )
    assert code == 0, out
    assert set(catalogs_of(root)) == {"catalogs/employment/city.yaml"}
    assert run(runner, "new", "卫生健康", "-C", str(root))[0] == 0
    catalog = yaml.safe_load((root / "catalogs/health/city.yaml").read_text(encoding="utf-8"))
    assert catalog["level"] == "市级"
    assert catalog["owner"] == "衢州市卫生健康委员会"
    assert catalog["items"][0]["id"] == "WSJK-S-001"
    assert run(runner, "validate", "--strict", "-C", str(root))[0] == 0

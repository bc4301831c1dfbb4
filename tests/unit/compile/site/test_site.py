"""The HTML directory compiler: escaping, links, CSP, tables and determinism (issue #5)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
from jinja2 import DictLoader, Environment

from gkcat import api
from gkcat.compile.official_table import level_columns
from gkcat.compile.site.build import CSP, compile_site, site_environment
from gkcat.compile.site.view import anchors
from gkcat.model import Catalog, Item
from gkcat.pipeline import load_project

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"

HOSTILE = "<script>alert(1)</script>"

HOSTILE_CATALOG = f"""
kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
region: 示例县
owner: 示例县民政局
version: "1"
effective: 2024-01-01
items:
  - id: X-001
    category: 类别{HOSTILE}
    name: 名称{HOSTILE}
    content: ["内容{HOSTILE}", '<img src=x onerror="alert(2)">']
    basis: 《依据》{HOSTILE}
    time_limit: 自信息形成之日起20个工作日内
    subject: 示例县民政局{HOSTILE}
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    note: '<a href="javascript:alert(3)">备注</a>'
"""


class _Links(HTMLParser):
    """Collect href/src attributes, ids, inline scripts and event-handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self.styles = 0
        self.metas: list[dict[str, str | None]] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.links.extend(v for k, v in attrs if k in ("href", "src") and v is not None)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "script" and "src" not in values:
            self.inline_scripts += 1
        if tag == "meta":
            self.metas.append(values)
        if tag == "html":
            self.lang = values.get("lang")
        self.handlers.extend(k for k, _ in attrs if k.startswith("on"))
        self.styles += tag == "style" or "style" in values


def _parse(data: bytes) -> _Links:
    parser = _Links()
    parser.feed(data.decode("utf-8"))
    return parser


@pytest.fixture
def mini() -> dict[str, bytes]:
    loaded = load_project(FIXTURES / "site-mini")
    return compile_site(loaded.project, loaded.settings)


@pytest.fixture
def hostile(make_project) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    root = make_project({"catalogs/social-assistance/county.yaml": HOSTILE_CATALOG})
    loaded = load_project(root)
    return compile_site(loaded.project, loaded.settings)


def test_site_catalog_field_markup_is_escaped(hostile: Mapping[str, bytes]) -> None:
    page = hostile["catalogs/social-assistance/county.html"].decode()
    assert HOSTILE not in page
    assert "名称&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    for path, data in hostile.items():
        assert HOSTILE.encode() not in data, path
    parts = [data for path, data in hostile.items() if path.startswith("static/search/")]
    assert len(parts) == 1
    assert b"\\u003cscript\\u003e" in parts[0]


ILLEGAL = "\\x0b\\x1b\\x00\\uFFFE"
"""XML-illegal characters (vertical tab, ESC, NUL, U+FFFE), as in a double-quoted YAML string."""


def test_site_pages_drop_xml_illegal_characters_from_every_field(make_project) -> None:  # type: ignore[no-untyped-def]
    fields = ("category", "name", "subname", "time_limit", "subject", "note")
    text = HOSTILE_CATALOG.replace("    note: '<a href=\"javascript:alert(3)\">备注</a>'\n", "")
    for field in fields:
        text = re.sub(rf"^    {field}: .*$", "", text, flags=re.M)
        text = text.replace("    channels:", f'    {field}: "{field}{ILLEGAL}<b>"\n    channels:')
    text = text.replace("region: 示例县", f'region: "示例县{ILLEGAL}"')
    text = text.replace('content: ["内容', f'content: ["内容{ILLEGAL}", "内容')
    root = make_project({"catalogs/social-assistance/county.yaml": text})
    loaded = load_project(root)
    files = compile_site(loaded.project, loaded.settings)
    illegal = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]")
    for path, data in files.items():
        if path.endswith(".html"):
            page = data.decode("utf-8")
            assert not illegal.search(page), path
    page = files["catalogs/social-assistance/county.html"].decode()
    for field in ("category", "name", "subname", "time_limit", "note"):
        assert f"{field}&lt;b&gt;" in page, field  # the rest of the text stays, escaped
    assert "subject&lt;b&gt;" in files["index.html"].decode()
    assert "<dt>地区</dt><dd>示例县</dd>" in page


@pytest.mark.parametrize("fixture", ["mini", "hostile"])
def test_site_pages_have_csp_lang_and_no_inline_code(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    files: Mapping[str, bytes] = request.getfixturevalue(fixture)
    pages = [p for p in files if p.endswith(".html")]
    assert pages
    for path in pages:
        parsed = _parse(files[path])
        assert parsed.lang == "zh-CN", path
        csp = [m for m in parsed.metas if m.get("http-equiv") == "Content-Security-Policy"]
        assert [m["content"] for m in csp] == [CSP], path
        assert parsed.inline_scripts == 0, path
        assert parsed.handlers == [], path
        assert parsed.styles == 0, path
    assert "script-src 'self'" in CSP
    assert "unsafe-inline" not in CSP


def test_site_links_are_relative_and_resolve(mini: Mapping[str, bytes]) -> None:
    ids = {path: _parse(data).ids for path, data in mini.items() if path.endswith(".html")}
    for path in ids:
        for link in _parse(mini[path]).links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme, f"{path}: {link}"
            assert not link.startswith(("/", "\\")), f"{path}: {link}"
            target = _resolve(path, unquote(parts.path)) if parts.path else path
            assert target in mini, f"{path}: {link} → {target} does not exist"
            if parts.fragment:
                assert parts.fragment in ids[target], f"{path}: {link} has no anchor"


def _resolve(page: str, link: str) -> str:
    parts: list[str] = list(PurePosixPath(page).parent.parts)
    for part in PurePosixPath(link).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def test_site_catalog_table_merges_categories_and_ticks(mini: Mapping[str, bytes]) -> None:
    page = mini["catalogs/social-assistance/county.html"].decode()
    assert page.count("<tbody>") == 2
    assert '<th scope="rowgroup" rowspan="2" class="category">最低生活保障</th>' in page
    assert '<th scope="rowgroup" rowspan="1" class="category">临时救助</th>' in page
    row = page.split('<tr id="SA-002"')[1].split("</tr>")[0]
    # 全社会 特定群体 | 主动 依申请 | 县级 乡级
    ticks = re.findall(r'<td class="tick">(.*?)</td>', row)
    assert ["√" in t for t in ticks] == [True, True, True, True, True, False]
    assert "示例" not in row
    assert row.count("小岭县民政局") == 1  # alias and official name are the same department
    assert "各乡镇人民政府" in row


def test_site_catalog_level_columns_cover_used_levels(mini: Mapping[str, bytes]) -> None:
    page = mini["catalogs/compulsory-education/township.html"].decode()
    assert '<th scope="colgroup" colspan="3">公开层级</th>' in page
    assert '<th scope="colgroup" colspan="3">公开事项</th>' in page  # 三级事项 column
    assert page.index(">县级</th>") < page.index(">乡级</th>") < page.index(">村级</th>")


def test_site_build_twice_gives_identical_files(tmp_path: Path) -> None:
    root = FIXTURES / "site-mini"
    first = api.build(root, out=tmp_path / "a", only=["html"])
    second = api.build(root, out=tmp_path / "b", only=["html"])
    assert first.exit_code == second.exit_code == 0
    tree_a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in first.written}
    tree_b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in second.written}
    assert tree_a == tree_b
    assert sorted(str(p) for p in tree_a)[0].startswith("site/")


def test_site_has_no_timestamp_unless_configured(mini: Mapping[str, bytes]) -> None:
    assert not any(re.search(rb"20\d\d-\d\d-\d\d[ T]\d\d:", data) for data in mini.values())
    assert b"\xe7\x94\x9f\xe6\x88\x90\xe4\xba\x8e" not in mini["index.html"]  # 生成于


def test_site_build_time_is_shown_when_configured(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project(
        {
            "gkcat.yaml": "build_time: 2025-01-02T03:04:05\n",
            "catalogs/social-assistance/county.yaml": HOSTILE_CATALOG,
        }
    )
    loaded = load_project(root)
    files = compile_site(loaded.project, loaded.settings)
    assert "生成于 2025-01-02 03:04:05" in files["index.html"].decode()


def test_site_power_page_lists_citations_and_uncovered(mini: Mapping[str, bytes]) -> None:
    page = mini["powers/civil-affairs.html"].decode()
    uncovered = page.split('id="uncovered"')[1].split("</section>")[0]
    assert "XL-JF-0001" in uncovered
    assert "XL-QR-0001" not in uncovered  # cited directly, and its 子项 through it
    assert "XL-JC-0001" not in uncovered  # 行政检查 is not a must-cover type by default
    assert '../catalogs/social-assistance/county.html#SA-001"' in page


def test_site_department_pages_use_official_names(mini: Mapping[str, bytes]) -> None:
    departments = [p for p in mini if p.startswith("departments/")]
    names = sorted(re.search(r"<h1>(.*?)</h1>", mini[p].decode()).group(1) for p in departments)  # type: ignore[union-attr]
    assert names == ["各乡镇人民政府", "小岭县民政局"]


def test_site_url_filter_refuses_other_schemes() -> None:
    env = site_environment(DictLoader({"t.html.j2": "{{ target|url }}"}))
    template = env.get_template("t.html.j2")
    assert template.render(root="../", target="a.html") == "../a.html"
    assert template.render(root="", target="https://example.gov.cn/") == "https://example.gov.cn/"
    for bad in ("javascript:alert(1)", "/etc/passwd", "file:///x", "data:text/html,x"):
        with pytest.raises(ValueError, match="non-relative"):
            template.render(root="", target=bad)


def test_site_environment_autoescapes_j2_templates() -> None:
    env: Environment = site_environment(DictLoader({"t.html.j2": "{{ value }}"}))
    assert env.get_template("t.html.j2").render(value="<b>") == "&lt;b&gt;"


def test_site_anchors_are_unique_and_url_safe() -> None:
    def item(index: int, id_: str) -> Item:
        return Item.from_data({"id": id_}, index, default_level="县级")

    found = anchors([item(0, "A-1"), item(1, "A-1"), item(2, "9 x/y"), item(3, "")])
    assert list(found.values()) == ["A-1", "A-1-2", "i-9-x-y", "item-4"]


def test_site_level_columns_default_to_county_and_township() -> None:
    catalog = Catalog.from_data({"level": "县级", "items": [{"id": "a"}]}, id="x/county", file="")
    assert level_columns(catalog) == ("县级", "乡级")


BROKEN = {
    "catalogs/social-assistance/county.yaml": """
        kind: catalog
        schema_version: 1
        domain: 社会救助
        level: 县级
        items:
          - id: B-1
            category: 甲
          - id: B-1
            name: 重复编码
            subject: [乙局, 乙局]
            channels: [自办渠道]
          - {}
          - not an item
        """,
    "catalogs/employment/county.yaml": "kind: catalog\nschema_version: 1\nitems: []\n",
    "powers/nobody.yaml": """
        kind: power-list
        schema_version: 1
        powers:
          - code: P-1
            type: 行政许可
          - name: 无编码
        """,
}


def test_site_compiles_a_broken_project_with_working_links(make_project) -> None:  # type: ignore[no-untyped-def]
    """`gkcat build --force` compiles whatever was readable; no page may crash or dangle."""
    loaded = load_project(make_project(BROKEN))
    files = compile_site(loaded.project, loaded.settings)
    pages = {p: _parse(d) for p, d in files.items() if p.endswith(".html")}
    assert "catalogs/social-assistance/county.html" in pages
    assert "powers/nobody.html" in pages
    page = files["catalogs/social-assistance/county.html"].decode()
    assert 'id="B-1"' in page
    assert 'id="B-1-2"' in page
    assert "■</span>自办渠道" in page  # a channel outside the vocabulary still shows as chosen
    for path, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            target = _resolve(path, unquote(parts.path)) if parts.path else path
            assert target in files, f"{path}: {link}"
            if parts.fragment:
                assert parts.fragment in pages[target].ids, f"{path}: {link}"


def test_cli_build_only_html_writes_the_site(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gkcat.cli import app

    out = tmp_path / "out"
    project = FIXTURES / "site-mini"
    result = runner.invoke(
        app, ["build", "--only", "html", "--out", str(out), "--project", str(project)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "site" / "index.html").is_file()
    assert (out / "site" / "static" / "search-index.js").is_file()
    assert not (project / "dist").exists()

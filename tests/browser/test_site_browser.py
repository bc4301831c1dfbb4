"""The HTML directory in a real browser: Debian's chromium, headless, driven by Playwright.

Each test opens the built site both from file:// and from a local http server on 127.0.0.1 (under
a sub-path, so relative links are exercised). Requirements, which CI installs (docs/site.md):

- chromium (``apt-get install -y chromium fonts-noto-cjk``), or ``GKCAT_CHROMIUM=/path``;
- axe-core (``npm install --no-save axe-core@4.14.1`` at the repository root), or
  ``GKCAT_AXE_JS=/path/to/axe.min.js``.

A missing requirement fails the tests with that hint instead of skipping them: a skipped browser
test would pass CI silently. Deselect them locally with ``pytest -m "not browser"``.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from gkcat import api, vocab
from gkcat.compile.official_table import level_columns
from gkcat.compile.site.view import sorted_catalogs
from gkcat.model import Catalog, Project
from gkcat.pipeline import load_project
from gkcat.settings import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
AXE_VERSION = "4.14.1"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1;alert(2)">'


# ------------------------------------------------------------------------------ requirements


def _chromium_path() -> str:
    path = os.environ.get("GKCAT_CHROMIUM", "/usr/bin/chromium")
    if not Path(path).is_file():
        pytest.fail(
            f"chromium not found at {path}: install it with "
            "`apt-get install -y chromium fonts-noto-cjk` or set GKCAT_CHROMIUM",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = Path(os.environ.get("GKCAT_AXE_JS", ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    if not path.is_file():
        pytest.fail(
            f"axe-core not found at {path}: run `npm install --no-save axe-core@{AXE_VERSION}` "
            "at the repository root, or set GKCAT_AXE_JS",
            pytrace=False,
        )
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = _chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install 'gkcat[test]'", pytrace=False)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield instance
        instance.close()


# ------------------------------------------------------------------------------------- sites


@dataclass(frozen=True)
class Site:
    """A built site, reachable from file:// and over http."""

    directory: Path
    base_url: str
    project: Project
    settings: Settings

    def url(self, scheme: str, rel: str) -> str:
        path, _, fragment = rel.partition("#")
        path, _, query = path.partition("?")
        base = (self.directory / path).as_uri() if scheme == "file" else self.base_url + path
        return base + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")

    @property
    def catalogs(self) -> tuple[Catalog, ...]:
        return sorted_catalogs(self.project, self.settings.domains)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def www(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A loopback http server on an ephemeral port serving the directory the sites are built in."""
    root = tmp_path_factory.mktemp("www")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _build(source: Path, www: tuple[Path, str], name: str) -> Site:
    out = www[0] / name
    result = api.build(source, out=out, only=["html"])
    problems = [d.message("en") for d in result.validation.diagnostics]
    assert result.exit_code == 0, f"{name} does not build: {problems}"
    loaded = load_project(source)
    return Site(out / "site", f"{www[1]}{name}/site/", loaded.project, loaded.settings)


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory, www: tuple[Path, str]) -> Site:
    """The shipped sample region."""
    source = tmp_path_factory.mktemp("sample")
    for part in ("gkcat.yaml", "catalogs", "powers", "tasks"):
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, source / part)
        elif (ROOT / part).is_file():
            shutil.copy2(ROOT / part, source / part)
    return _build(source, www, "sample")


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, www: tuple[Path, str]) -> Site:
    """A catalog whose fields carry markup and script."""
    source = tmp_path_factory.mktemp("hostile")
    catalog = source / "catalogs" / "social-assistance" / "county.yaml"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(
        f"""kind: catalog
schema_version: 1
domain: 社会救助
level: 县级
region: 示例县
owner: 示例县民政局
version: "1"
effective: 2024-01-01
items:
  - id: X-001
    category: 类别
    name: "名称{HOSTILE}"
    content: ['内容{HOSTILE_IMG}', "alert测试"]
    basis: "《依据》{HOSTILE}"
    time_limit: 自信息形成之日起20个工作日内
    subject: 示例县民政局
    channels: [政府网站]
    audience: 全社会
    mode: 主动
""",
        encoding="utf-8",
    )
    return _build(source, www, "hostile")


@pytest.fixture(params=["file", "http"])
def scheme(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page; any script error or CSP violation on it fails the test."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not errors, f"errors in the browser console: {errors}"


# ------------------------------------------------------------------------------------- tests


def test_index_lists_every_catalog(page: Any, sample: Site, scheme: str) -> None:
    page.goto(sample.url(scheme, "index.html"))
    listed = page.eval_on_selector_all(
        "#catalog-list tbody th a", "els => els.map(e => [e.textContent, e.getAttribute('href')])"
    )
    expected = [[c.title, f"catalogs/{c.id}.html"] for c in sample.catalogs]
    assert listed == expected
    grid = page.eval_on_selector_all(".grid td a", "els => els.map(e => e.getAttribute('href'))")
    assert sorted(grid) == sorted(href for _, href in expected)
    page.click(f"#catalog-list a >> text={sample.catalogs[0].title}")
    assert page.text_content("h1") == sample.catalogs[0].title


ROWS_JS = """rows => rows.map(tr => ({
  id: tr.dataset.item,
  name: tr.querySelector('th[scope=row]').textContent,
  ticks: [...tr.querySelectorAll('td.tick')].map(td => td.textContent.includes('√')),
  channels: [...tr.querySelectorAll('ul.channels li.on')].map(li => li.textContent.slice(1)),
  text: tr.innerText,
}))"""


def test_catalog_pages_show_every_item_with_the_right_ticks(
    page: Any, sample: Site, scheme: str
) -> None:
    assert sample.catalogs
    for catalog in sample.catalogs:
        page.goto(sample.url(scheme, f"catalogs/{catalog.id}.html"))
        columns = level_columns(catalog)
        header = page.eval_on_selector_all(
            "thead tr:nth-child(2) th", "els => els.map(e => e.textContent)"
        )
        assert header[-len(columns) :] == list(columns)
        rows = page.eval_on_selector_all("tbody tr[data-item]", ROWS_JS)
        assert [r["id"] for r in rows] == [item.id for item in catalog.items]
        for row, item in zip(rows, catalog.items, strict=True):
            expected = [
                *(a in item.audience for a in vocab.AUDIENCES),
                *(m in item.mode for m in vocab.MODES),
                *(lv in item.levels for lv in columns),
            ]
            assert row["ticks"] == expected, item.id
            assert row["name"] == item.name, item.id
            for text in (*item.content, *item.basis, item.time_limit):
                assert text in row["text"], (item.id, text)
            assert row["channels"] == [c for c in sample.settings.channels if c in item.channels]
        categories = [item.category for item in catalog.items]
        runs = sum(1 for n, c in enumerate(categories) if n == 0 or categories[n - 1] != c)
        assert page.locator("th[scope=rowgroup]").count() == runs
        assert page.locator("td.tick >> text=√").first.is_visible()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _expected_hits(site: Site, query: str) -> list[str]:
    words = _fold(query).split()
    hits = []
    for catalog in site.catalogs:
        for item in catalog.items:
            subjects = [site.project.registry.normalise(s) for s in item.subject]
            fields = [item.title, *item.content, *item.basis, *subjects, item.id]
            if all(any(w in _fold(f) for f in fields) for w in words):
                hits.append(item.id)
    return hits


@pytest.mark.parametrize(
    "query", ["生活保障", "国务院令第649号", "人力资源和社会保障局", "民政局 标准"]
)
def test_search_finds_items_by_chinese_substring(
    page: Any, sample: Site, scheme: str, query: str
) -> None:
    expected = _expected_hits(sample, query)
    assert expected, f"the sample region has no item matching {query!r}"
    page.goto(sample.url(scheme, "search.html"))
    box = page.get_by_label("关键词")
    box.press_sequentially(query[0], delay=20)
    # Results show as the user types, before the query is complete or submitted.
    page.wait_for_selector("#results li")
    box.press_sequentially(query[1:], delay=20)
    page.wait_for_function(
        "n => document.querySelectorAll('#results li').length === n", arg=len(expected)
    )
    found = page.eval_on_selector_all("#results li", "els => els.map(e => e.dataset.item)")
    assert sorted(found) == sorted(expected)
    # The live region is updated once typing pauses, with the final count.
    page.wait_for_function(
        "t => document.getElementById('search-status').textContent.startsWith(t)",
        arg=f"找到{len(expected)}项",
    )
    assert page.locator("#results mark").count() > 0
    first = found[0]
    page.click(f"#results li[data-item='{first}'] a")
    page.wait_for_function("id => location.hash === '#' + id", arg=first)
    assert page.evaluate("() => document.querySelector(':target').dataset.item") == first


def test_search_reads_the_query_from_the_address(page: Any, sample: Site, scheme: str) -> None:
    page.goto(sample.url(scheme, "search.html?q=生活保障"))
    assert page.input_value("#q") == "生活保障"
    count = len(_expected_hits(sample, "生活保障"))
    assert page.locator("#results li").count() == count
    assert page.text_content("#search-status") == f"找到{count}项公开事项"
    page.fill("#q", "不存在的事项名称")
    page.wait_for_function(
        "() => /没有找到/.test(document.getElementById('search-status').textContent)"
    )
    assert page.locator("#results li").count() == 0


def test_item_anchor_scrolls_to_the_row(page: Any, sample: Site, scheme: str) -> None:
    catalog = max(sample.catalogs, key=lambda c: len(c.items))
    item = catalog.items[-1]
    page.goto(sample.url(scheme, f"catalogs/{catalog.id}.html#{item.id}"))
    box = page.evaluate(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return {top: r.top, bottom: r.bottom, height: innerHeight, y: scrollY}; }""",
        item.id,
    )
    assert box["y"] > 0, box
    assert 0 <= box["top"] < box["height"], box
    assert page.evaluate("() => document.querySelector(':target').dataset.item") == item.id


def test_script_in_a_catalog_field_shows_as_text(page: Any, hostile: Site, scheme: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile.url(scheme, "catalogs/social-assistance/county.html"))
    assert page.text_content("tr[data-item='X-001'] th[scope=row]") == f"名称{HOSTILE}"
    assert HOSTILE_IMG in page.text_content("tr[data-item='X-001']")
    assert page.locator("tbody script, tbody img").count() == 0
    page.goto(hostile.url(scheme, "search.html"))
    page.get_by_label("关键词").press_sequentially("alert", delay=20)
    page.wait_for_selector("#results li")
    assert HOSTILE in page.text_content("#results")
    assert page.locator("#results script, #results img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []


def _axe(page: Any, source: str) -> list[dict[str, Any]]:
    page.evaluate(source)  # DevTools evaluation: not subject to the page's CSP, nothing inlined
    return list(
        page.evaluate(
            """async () => {
                 const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                               'best-practice'];
                 const options = {runOnly: {type: 'tag', values: tags}, preload: false};
                 const result = await axe.run(document, options);
                 return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
               }"""
        )
    )


@pytest.mark.parametrize(
    "which", ["index", "catalog", "search", "department", "power-list", "task-plan"]
)
def test_pages_have_no_serious_accessibility_violations(
    page: Any, sample: Site, axe_source: str, which: str
) -> None:
    rel = {
        "index": "index.html",
        "catalog": f"catalogs/{sample.catalogs[0].id}.html",
        "search": "search.html?q=生活保障",
        "department": _first_link(sample, "departments/"),
        "power-list": _first_link(sample, "powers/"),
        "task-plan": _first_link(sample, "tasks/"),
    }[which]
    page.goto(sample.url("http", rel))
    if which == "search":
        page.wait_for_selector("#results li")
    violations = _axe(page, axe_source)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, serious


def _first_link(site: Site, prefix: str) -> str:
    pages = sorted(p.relative_to(site.directory).as_posix() for p in site.directory.rglob("*.html"))
    found = [p for p in pages if p.startswith(prefix)]
    assert found, f"no {prefix} pages in the sample site"
    return found[0]


def test_keyboard_reaches_content_with_visible_focus(page: Any, sample: Site) -> None:
    page.goto(sample.url("http", "search.html"))
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "跳到正文"
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); "
        "return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] != "none", outline
    assert outline[1] >= 2, outline
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "q":
            break
    else:
        pytest.fail("the search box is not reachable with Tab")
    page.keyboard.type("生活保障")
    page.wait_for_selector("#results li")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('#results') !== null")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash.length > 1")
    assert "catalogs/" in page.url


def test_print_stylesheet_is_landscape_and_repeats_headers(page: Any, sample: Site) -> None:
    page.goto(sample.url("http", f"catalogs/{sample.catalogs[0].id}.html"))
    page.emulate_media(media="print")
    styles = page.evaluate(
        """() => [getComputedStyle(document.querySelector('thead')).display,
                  getComputedStyle(document.querySelector('.site-header')).display]"""
    )
    assert styles == ["table-header-group", "none"]
    pdf = page.pdf(prefer_css_page_size=True)
    width, height = map(float, re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups())  # type: ignore[union-attr]
    assert width > height  # landscape


def test_screenshots_of_index_catalog_and_search(page: Any, sample: Site, tmp_path: Path) -> None:
    """Saves PNGs for people to look at: into $GKCAT_SCREENSHOTS when set (a CI artifact)."""
    out = Path(os.environ.get("GKCAT_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    page.goto(sample.url("file", "index.html"))
    page.screenshot(path=out / "index.png", full_page=True)
    page.goto(sample.url("file", f"catalogs/{sample.catalogs[0].id}.html"))
    page.screenshot(path=out / "catalog.png")
    page.goto(sample.url("file", "search.html"))
    page.get_by_label("关键词").press_sequentially("生活保障", delay=20)
    page.wait_for_function("() => document.getElementById('search-status').textContent !== ''")
    page.screenshot(path=out / "search.png")
    for name in ("index", "catalog", "search"):
        assert (out / f"{name}.png").stat().st_size > 10_000


# ------------------------------------------------------------------------------------- phones

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A fresh page 360 px wide (a small phone); script errors and CSP violations fail."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not errors, f"errors in the browser console: {errors}"


CARD_JS = """tr => { const r = tr.querySelector('td.time').getBoundingClientRect();
  const shown = el => getComputedStyle(el).display !== 'none';
  return {left: r.left, right: r.right, width: r.width,
          time: tr.querySelector('td.time').innerText,
          channels: [...tr.querySelectorAll('ul.channels li')].filter(shown)
                      .map(li => li.innerText),
          facets: tr.querySelector('td.facets').innerText,
          ticks: [...tr.querySelectorAll('td.tick')].filter(shown).length,
          first: tr.firstElementChild === tr.querySelector('th.category')
                 ? 'category' : 'item',
          heading: [...tr.children].filter(shown)
                     .sort((a, b) => a.getBoundingClientRect().top
                                     - b.getBoundingClientRect().top)
                     .filter(el => !el.matches('th.category'))[0].className}; }"""


def test_catalog_pages_fit_a_phone_without_sideways_scrolling(
    phone: Any, sample: Site, scheme: str
) -> None:
    for catalog in sample.catalogs:
        phone.goto(sample.url(scheme, f"catalogs/{catalog.id}.html"))
        width = phone.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
        assert width[0] <= width[1], (catalog.id, width)
        for item in (catalog.items[0], catalog.items[-1]):
            row = phone.locator(f"tr[data-item='{item.id}']")
            card = row.evaluate(CARD_JS)
            assert card["left"] >= 0, (item.id, card)
            assert card["right"] <= PHONE["width"], (item.id, card)
            assert card["time"].endswith(item.time_limit), (item.id, card)
            assert row.locator("td.time").is_visible()
            assert card["heading"] == "name"  # the card opens with the item's name
            chosen = [c for c in sample.settings.channels if c in item.channels]
            assert card["channels"] == chosen, item.id  # chosen channels only
            assert card["ticks"] == 0
            for label, words in (("公开对象", item.audience), ("公开方式", item.mode)):
                assert f"{label}\n{'、'.join(words)}" in card["facets"], (item.id, card)


def test_desktop_keeps_the_table(page: Any, sample: Site) -> None:
    catalog = sample.catalogs[0]
    page.goto(sample.url("file", f"catalogs/{catalog.id}.html"))
    assert page.evaluate("() => getComputedStyle(document.querySelector('thead')).display") == (
        "table-header-group"
    )
    assert page.locator("td.facets").first.is_hidden()
    assert page.locator("td.tick").first.is_visible()


def test_power_lists_are_cards_on_a_phone_and_a_table_on_a_desktop(
    phone: Any, page: Any, sample: Site, scheme: str
) -> None:
    rel = _first_link(sample, "powers/")
    phone.goto(sample.url(scheme, rel))
    width = phone.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], width
    assert phone.evaluate("() => getComputedStyle(document.querySelector('thead')).display") == (
        "none"
    )
    rows = phone.locator("table.powers tbody tr")
    assert rows.count() > 1
    for row in (rows.first, rows.last):
        box = row.bounding_box()
        assert box["x"] >= 0, box
        assert box["x"] + box["width"] <= PHONE["width"], box
        assert row.locator("dl.power-facts dt").first.inner_text() == "设定依据"
        assert row.locator("dl.power-facts dd").first.is_visible()
    page.goto(sample.url(scheme, rel))
    assert page.evaluate("() => getComputedStyle(document.querySelector('thead')).display") == (
        "table-header-group"
    )


def _synonym_hits(site: Site, query: str, synonyms: tuple[str, ...]) -> list[str]:
    hits = {i for q in (query, *synonyms) for i in _expected_hits(site, q)}
    return [i.id for c in site.catalogs for i in c.items if i.id in hits]


def test_synonym_search_finds_the_official_term(phone: Any, sample: Site, scheme: str) -> None:
    expected = _synonym_hits(sample, "低保", ("最低生活保障", "最低生活保障家庭"))
    assert len(expected) > len(_expected_hits(sample, "低保"))  # the synonym adds items
    phone.goto(sample.url(scheme, "index.html"))
    box = phone.get_by_role("searchbox", name="搜索公开事项")
    box.fill("低保")
    box.press("Enter")
    phone.wait_for_url(re.compile(r"search\.html\?q="))
    phone.wait_for_function(
        "n => document.querySelectorAll('#results li').length === n", arg=len(expected)
    )
    found = phone.eval_on_selector_all("#results li", "els => els.map(e => e.dataset.item)")
    assert sorted(found) == sorted(expected)
    assert "最低生活保障" in phone.eval_on_selector_all(
        "#results mark", "els => els.map(e => e.textContent)"
    )
    width = phone.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], width


def test_synonyms_from_gkcat_yaml_extend_the_table(
    page: Any, tmp_path_factory: pytest.TempPathFactory, www: tuple[Path, str]
) -> None:
    source = tmp_path_factory.mktemp("synonyms")
    for part in ("catalogs", "powers", "tasks"):
        shutil.copytree(ROOT / part, source / part)
    config = (ROOT / "gkcat.yaml").read_text(encoding="utf-8")
    config += "\nsearch:\n  synonyms:\n    吃低保: [最低生活保障审核确认]\n"
    (source / "gkcat.yaml").write_text(config, encoding="utf-8")
    site = _build(source, www, "synonyms")
    expected = _synonym_hits(site, "吃低保", ("最低生活保障审核确认",))
    assert expected
    page.goto(site.url("file", "search.html?q=吃低保"))
    found = page.eval_on_selector_all("#results li", "els => els.map(e => e.dataset.item)")
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("which", ["index", "catalog", "search", "power-list"])
def test_phone_pages_have_no_serious_accessibility_violations(
    phone: Any, sample: Site, axe_source: str, which: str
) -> None:
    rel = {
        "index": "index.html",
        "catalog": f"catalogs/{sample.catalogs[0].id}.html",
        "search": "search.html?q=低保",
        "power-list": _first_link(sample, "powers/"),
    }[which]
    phone.goto(sample.url("http", rel))
    if which == "search":
        phone.wait_for_selector("#results li")
    violations = _axe(phone, axe_source)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not serious, serious


def test_phone_screenshots(phone: Any, sample: Site, tmp_path: Path) -> None:
    """PNGs at 360 px for people to look at: into $GKCAT_SCREENSHOTS when set."""
    out = Path(os.environ.get("GKCAT_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    catalog = max(sample.catalogs, key=lambda c: len(c.items))
    for name, rel in (
        ("phone-index", "index.html"),
        ("phone-catalog", f"catalogs/{catalog.id}.html"),
        ("phone-search", "search.html?q=低保"),
    ):
        phone.goto(sample.url("file", rel))
        phone.screenshot(path=out / f"{name}.png", full_page=name != "phone-catalog")
        assert (out / f"{name}.png").stat().st_size > 10_000

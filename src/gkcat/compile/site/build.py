"""HTML directory compiler: project → static pages under dist/site/ (pure: model → bytes).

The site works offline and from file://: every link is relative, the search index is a script
that assigns a global (fetch() of local files is blocked under file://), and each page carries a
Content-Security-Policy that allows only the site's own files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
    select_autoescape,
)
from jinja2.runtime import Context
from markupsafe import Markup

from gkcat.compile.official_names import official
from gkcat.compile.site.chart import build_chart
from gkcat.compile.site.pages import (
    build_departments,
    build_grid,
    build_power_lists,
    by_domain,
    catalog_entries,
    grid_levels,
    search_records,
)
from gkcat.compile.site.rows import catalog_body, department_body
from gkcat.compile.site.search import (
    index_script,
    part_path,
    part_script,
    shipped_synonyms,
    synonym_table,
)
from gkcat.compile.site.tasks import build_task_plans
from gkcat.compile.site.view import (
    Shared,
    build_catalog,
    item_links,
    relative,
    sorted_catalogs,
)
from gkcat.coverage import compute_coverage
from gkcat.elements import ELEMENT
from gkcat.model import Project
from gkcat.resources import templates_dir
from gkcat.settings import Settings
from gkcat.textsafe import xml_text

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'self'"
)
"""Only the site's own script and stylesheet; nothing inline, nothing remote; forms (the home
page's search box) submit only to the site's own pages."""

STATIC = ("site.css", "search.js", "favicon.svg")
"""Files copied from templates/site/static/ (site.css is rendered for the paper size)."""


@dataclass(frozen=True, slots=True)
class SiteMeta:
    """What every page shows in its header and footer."""

    title: str
    region: str
    year: str
    build_time: str
    has_powers: bool


def site_environment(loader: BaseLoader | None = None) -> Environment:
    """The Jinja2 environment for the site: autoescaped, strict, with the site's filters."""
    env = Environment(
        loader=loader or FileSystemLoader(templates_dir()),
        undefined=StrictUndefined,
        # select_autoescape() alone matches names ending in .html, not .html.j2.
        autoescape=select_autoescape(("html", "html.j2", "xml")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=clean,
    )
    env.filters.update(url=url, tick=tick, mark=mark, percent=percent, join_zh=join_zh)
    env.globals["elements"] = ELEMENT  # the table headers come from the one element table
    return env


def clean(value: object) -> object:
    """Every value a page prints, without the characters XML forbids (before it is escaped).

    Markup is the site's own (filters, and the rows of :mod:`gkcat.compile.site.rows`, which
    clean as they escape), so each text is cleaned once instead of every page as a whole."""
    return xml_text(value) if type(value) is str else value


@pass_context
def url(context: Context, target: str) -> str:
    """Turn a root-relative href into one relative to the current page; allow http(s) as is."""
    return relative(str(context["root"]), target)


def tick(value: bool) -> Markup:
    """√ for a ticked column, with words for screen readers."""
    if value:
        return Markup('<span aria-hidden="true">√</span><span class="vh">是</span>')
    return Markup('<span class="vh">否</span>')


def mark(chosen: bool) -> str:
    return "■" if chosen else "□"


def percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def join_zh(values: tuple[str, ...] | list[str]) -> str:
    return "、".join(values)


def site_files(project: Project, settings: Settings) -> Iterator[tuple[str, bytes]]:
    """Build target ``html``: every page, stylesheet, script and the search index, each
    yielded as soon as it is rendered (the writer stores it, so pages are not all in memory)."""
    return render_site(project, settings, site_environment())


def compile_site(project: Project, settings: Settings) -> dict[str, bytes]:
    """The whole site at once, paths sorted (for tests and callers that want a mapping)."""
    return dict(sorted(site_files(project, settings)))


def render_site(
    project: Project, settings: Settings, env: Environment
) -> Iterator[tuple[str, bytes]]:
    """Render the site with ``env`` (tests pass their own loader): (path, UTF-8 bytes) pairs.

    A catalog's view is built just before its page is rendered and dropped after, so the
    build holds one page at a time beside the model.
    """
    project = official(project)
    catalogs = sorted_catalogs(project, settings.domains)
    item_hrefs = item_links(catalogs)
    coverage = compute_coverage(project, settings)
    departments = build_departments(project, catalogs, item_hrefs)
    power_lists = build_power_lists(project, coverage, item_hrefs)
    meta = _meta(project, settings)
    levels = grid_levels(catalogs)
    task_plans = build_task_plans(project, {d.name for d in departments})

    def page(path: str, template: str, data: Mapping[str, Any]) -> tuple[str, bytes]:
        return path, _render(env, f"site/{template}.html.j2", path, meta, data)

    index = {
        "levels": levels,
        "grid": build_grid(catalogs, levels),
        "chart": build_chart(catalogs),
        "catalogs": catalog_entries(catalogs, project.registry),
        "departments": departments,
        "power_lists": power_lists,
        "task_plans": task_plans,
        "items": project.item_count,
    }
    yield page("index.html", "index", index)
    yield page("search.html", "search", {})
    shared = Shared()
    for catalog in catalogs:
        view = build_catalog(
            catalog,
            project.registry,
            channels=settings.channels,
            channel_style=settings.channel_style,
            shared=shared,
        )
        root = "../" * view.path.count("/")
        body = catalog_body(view, partial(relative, root))
        yield page(view.path, "catalog", {"catalog": view, "rows": body})
    for department in departments:
        link = partial(relative, "../" * department.path.count("/"))
        rows = [department_body(section.rows, link) for section in department.sections]
        yield page(department.path, "department", {"department": department, "rows": rows})
    yield from (page(p.path, "power_list", {"power_list": p}) for p in power_lists)
    yield from (page(p.path, "task_plan", {"plan": p}) for p in task_plans)
    yield from _static(env, settings).items()
    parts = by_domain(catalogs)
    for domain, members in parts:
        records = search_records(project, members, item_hrefs)
        yield part_path(domain), part_script(domain, records)
    synonyms = synonym_table(shipped_synonyms(env), settings.synonyms)
    yield "static/search-index.js", index_script([part_path(d) for d, _ in parts], synonyms)


def _meta(project: Project, settings: Settings) -> SiteMeta:
    year = str(settings.year) if settings.year else ""
    default = f"{settings.region}政务公开标准目录" + (f"（{year}年）" if year else "")
    return SiteMeta(
        title=settings.workbook_title or default,
        region=settings.region,
        year=year,
        build_time=settings.build_time.isoformat(sep=" ") if settings.build_time else "",
        has_powers=bool(project.power_lists),
    )


def _render(
    env: Environment, template: str, path: str, meta: SiteMeta, data: Mapping[str, Any]
) -> bytes:
    context = {
        "root": "../" * path.count("/"),
        "page": path,
        "site": meta,
        "csp": Markup(CSP),
        **data,
    }
    return env.get_template(template).render(context).encode("utf-8")


def _static(env: Environment, settings: Settings) -> dict[str, bytes]:
    if env.loader is None:
        raise ValueError("the site environment needs a template loader")
    files = {}
    for name in STATIC:
        if name.endswith(".css"):
            text = env.get_template(f"site/static/{name}.j2").render(paper=settings.paper_size)
        else:
            text = env.loader.get_source(env, f"site/static/{name}")[0]
        files[f"static/{name}"] = text.encode("utf-8")
    return files

"""The rows of the big tables (catalog pages, department pages) as HTML, written directly.

A catalog page is one template around thousands of rows; rendering each row through Jinja2
cost one ``escape()`` call and one ``Markup`` per value and a macro call per cell, most of the
site's build time. Here each row is one f-string over values escaped by :func:`esc` (the
same characters, with the same entities, as Jinja2's autoescape, and XML-illegal characters
removed, as the environment's ``finalize`` removes them from every other value), and the page
templates place the finished rows with ``{{ rows }}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from markupsafe import Markup

from gkcat.compile.site.pages import DepartmentRow
from gkcat.compile.site.view import CatalogView, Group, Link, Row

_UNSAFE = re.compile("[&<>'\"\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""The characters HTML escapes, and those XML 1.0 forbids (as :func:`gkcat.textsafe.xml_text`)."""
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&#34;"}

TICK = {
    True: '<span aria-hidden="true">√</span><span class="vh">是</span>',
    False: '<span class="vh">否</span>',
}
"""√ for a ticked column, with words for screen readers (the ``tick`` filter's markup)."""

Url = Callable[[str], str]
"""A root-relative href → the href written on the current page (checked, see ``url``)."""


def esc(text: str) -> str:
    """``text`` escaped for HTML text and quoted attributes, as markupsafe escapes it, without
    the characters XML forbids (removed, as ``xml_text`` removes them)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: _ENTITY.get(m.group(), ""), text)


def lines(values: Sequence[str]) -> str:
    """One value as text; several as an ordered list (the ``lines`` macro)."""
    if len(values) > 1:
        return '<ol class="lines">' + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ol>"
    return "".join(esc(v) for v in values)


def links(found: Iterable[Link], url: Url) -> str:
    """Links separated by 、."""
    return "、".join(f'<a href="{esc(url(k.href))}">{esc(k.text)}</a>' for k in found)


def catalog_body(view: CatalogView, url: Url) -> Markup:
    """Every ``<tbody>`` of a catalog table: one per run of rows with the same 一级事项."""
    return Markup("".join(_group(view, group, url) for group in view.groups))


def _group(view: CatalogView, group: Group, url: Url) -> str:
    category = (
        f'<th scope="rowgroup" rowspan="{len(group.rows)}" class="category">'
        f"{esc(group.category)}</th>\n"
    )
    rows = "".join(
        _row(view, row, category if n == 0 else "", url) for n, row in enumerate(group.rows)
    )
    return f"<tbody>\n{rows}</tbody>\n"


def _row(view: CatalogView, row: Row, category: str, url: Url) -> str:
    anchor, item = esc(row.anchor), esc(row.id)
    subname = (
        f'<td class="subname" data-label="三级事项">{esc(row.subname)}</td>\n'
        if view.has_subnames
        else ""
    )
    channels = "".join(
        f'<li class="on"><span aria-hidden="true">■</span>{esc(c.name)}</li>'
        if c.chosen
        else f'<li class="off" aria-hidden="true">□{esc(c.name)}</li>'
        for c in row.channels
    )
    ticks = "".join(
        f'<td class="tick">{TICK[v]}</td>\n' for v in (*row.audience, *row.mode, *row.levels)
    )
    note = f'<td class="note" data-label="备注">{esc(row.note)}</td>\n' if view.has_notes else ""
    facets = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in row.facets)
    return (
        f'<tr id="{anchor}" data-item="{item}">\n'
        f'<td class="num" data-label="序号"><a href="#{anchor}">{row.number}</a>'
        f'<span class="item-id">{item}</span></td>\n'
        f"{category}"
        f'<th scope="row" class="name">{esc(row.name)}</th>\n'
        f"{subname}"
        f'<td data-label="公开内容（要素）">{lines(row.content)}</td>\n'
        f'<td data-label="公开依据">{lines(row.basis)}</td>\n'
        f'<td class="time" data-label="公开时限">{esc(row.time_limit)}</td>\n'
        f'<td data-label="公开主体">{links(row.subjects, url)}</td>\n'
        f'<td data-label="公开渠道和载体"><ul class="channels">{channels}</ul></td>\n'
        f"{ticks}{note}"
        f'<td class="facets"><dl>{facets}</dl></td>\n'
        "</tr>\n"
    )


def department_body(rows: Iterable[DepartmentRow], url: Url) -> Markup:
    """The rows of one section of a department page (the items of one catalog)."""
    return Markup(
        "".join(
            "<tr>\n"
            f'<th scope="row"><a href="{esc(url(row.link.href))}">{esc(row.link.text)}</a></th>\n'
            f"<td>{lines(row.content)}</td>\n"
            f"<td>{esc(row.time_limit)}</td>\n"
            f"<td>{esc('、'.join(row.channels))}</td>\n"
            f"<td>{esc('、'.join(row.mode))}</td>\n"
            "</tr>\n"
            for row in rows
        )
    )

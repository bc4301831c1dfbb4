"""A 工作要点 outline → task-plan sections, groups and tasks, plus what was kept as description.

The explicit rule for what is a task:

* When the document attributes any paragraph (（责任单位：…）, 责任单位：… on a line of its
  own), the task sections are the top-level sections holding an attribution; otherwise they are
  the top-level sections that have numbered sub-headings.
* In a task section, a sub-heading with children is a group (its title the group's title) and
  each child a task; a sub-heading without children is a task of the section. A deeper
  sub-heading (（1）（2）…) is folded into its task's requirement, one line each. Where some
  sub-headings of a section are groups, a sub-heading without children is a group of one task.
* An unnumbered paragraph among numbered siblings is a task when it carries an attribution,
  and otherwise text of the plan; among unnumbered siblings only, it is a task.

Everything else — the text before the first section, sections that hold no task (指导思想,
保障措施 …) and paragraphs that are no task — goes into the plan's ``description``, and each
such block is reported (GK656), so nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from gkcat.importers.task_lines import Line
from gkcat.importers.task_outline import Node
from gkcat.importers.units import Attribution

Units = Callable[[Attribution, Line], dict[str, Any]]
"""Turns an attribution into the task's lead/units/deadline keys (normalised, reported)."""


@dataclass(slots=True)
class Kept:
    """A block of text kept as description rather than as tasks."""

    title: str
    lines: list[Line]


@dataclass(slots=True)
class Sections:
    sections: list[dict[str, Any]] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    tasks: int = 0
    groups: int = 0


def build_sections(nodes: list[Node], units: Units) -> Sections:
    """Map the top-level nodes to task-plan sections (task ids are given later)."""
    found = Sections()
    attributed = any(n.attributed() for n in nodes)
    for node in nodes:
        is_tasks = node.attributed() if attributed else any(c.numbered for c in node.children)
        if not is_tasks or not node.children:
            found.kept.append(Kept(node.title, list(node.lines())))
            continue
        found.sections.append(_section(node, units, found))
    return found


def _section(node: Node, units: Units, found: Sections) -> dict[str, Any]:
    tasks: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    children = _task_children(node, found)
    grouped = any(c.numbered and c.children for c in children)
    for child in children:
        if child.numbered and (child.children or grouped):
            group = _group(child, units, found)
            if group["tasks"]:
                groups.append(group)
        else:
            tasks.append(_task(child, units))
    found.tasks += len(tasks)
    section: dict[str, Any] = {"title": node.title}
    if tasks:
        section["tasks"] = tasks
    if groups:
        section["groups"] = groups
    return section


def _group(node: Node, units: Units, found: Sections) -> dict[str, Any]:
    tasks = []
    if not node.title_only or not node.children:
        tasks.append(_task(node, units, own_only=True))
    tasks += [_task(child, units) for child in _task_children(node, found)]
    found.tasks += len(tasks)
    found.groups += 1
    return {"title": node.title, "tasks": tasks}


def _task_children(node: Node, found: Sections) -> list[Node]:
    """The children that are tasks (or groups); other paragraphs are kept as description."""
    numbered = any(c.numbered for c in node.children)
    chosen = []
    for child in node.children:
        if child.numbered or not numbered or child.attribution is not None:
            chosen.append(child)
        else:
            found.kept.append(Kept(node.title, [child.line]))
    return chosen


def _task(node: Node, units: Units, *, own_only: bool = False) -> dict[str, Any]:
    parts = [node.text, *([] if own_only else (_folded(c) for c in node.children))]
    attribution = Attribution()
    for source in [node] if own_only else _walk(node):
        if source.attribution is not None:
            attribution.merge(source.attribution)
    return {"requirement": "\n".join(p for p in parts if p), **units(attribution, node.line)}


def _folded(node: Node) -> str:
    return "\n".join([node.text, *(_folded(c) for c in node.children)])


def _walk(node: Node) -> Iterable[Node]:
    yield node
    for child in node.children:
        yield from _walk(child)

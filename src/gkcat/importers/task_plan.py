"""``gkcat import --kind task-plan``: a 工作要点 (.docx/.txt/.md) or 任务分解表 (.xlsx) → plan data.

Task ids are generated from the plan year and the task's place in the plan (T2024-001, …), so
importing the same document again gives the same ids. Units are normalised through the
departments registry; unknown ones are reported once each (GK654) with the gkcat.yaml line
that would register them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gkcat import vocab
from gkcat.diagnostics import Diagnostic, diagnostic, suggestion
from gkcat.importers.power_rows import ImportStats
from gkcat.importers.task_docx import Document, read_document
from gkcat.importers.task_meta import Meta, find_title, read_meta, split_signatures
from gkcat.importers.task_outline import Outline, outline
from gkcat.importers.task_prose import Kept, build_sections
from gkcat.importers.units import Attribution
from gkcat.model import Registry
from gkcat.unit_names import is_collective

EMITS = frozenset({"GK650", "GK653", "GK654", "GK655", "GK656", "GK659"})
"""The rule codes this module emits."""

TABLE_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True, slots=True)
class TaskStats(ImportStats):
    """What the import read (the fields fill the summary line)."""

    sections: int = 0
    groups: int = 0
    tasks: int = 0
    kept: int = 0
    """Blocks of text kept as description."""
    unknown: int = 0
    """Units not in the registry."""
    register: str = ""
    """The gkcat.yaml lines that register them, after a line break ("" when none)."""


@dataclass(frozen=True, slots=True)
class TaskImport:
    data: dict[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    stats: TaskStats = field(default_factory=TaskStats)
    register: tuple[str, ...] = ()
    """gkcat.yaml lines (under departments:) that would register the unknown units."""
    sheet: str = ""


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line says about the plan; each wins over the document."""

    title: str | None = None
    year: int | None = None
    issuer: str | None = None
    sheet: str | None = None


class UnitNames:
    """Normalises unit names through the registry and reports each unknown one once."""

    def __init__(self, registry: Registry, file: str) -> None:
        self.registry = registry
        self.file = file
        self.unknown: dict[str, Diagnostic] = {}

    def name(self, name: str, line: int, column: int | None = None) -> str:
        official = self.registry.canonical(name)
        if official is not None:
            return official
        if not is_collective(name) and name not in self.unknown:
            hint = vocab.suggest(name, self.registry.names)
            self.unknown[name] = diagnostic(
                "GK654",
                file=self.file,
                line=line,
                column=column,
                name=name,
                yaml=f"- name: {name}",
                args=suggestion(hint),
            )
        return name

    def keys(self, found: Attribution, line: int, column: int | None = None) -> dict[str, Any]:
        """The lead/units/deadline keys of a task, in the schema's order."""
        lead = list(dict.fromkeys(self.name(u, line, column) for u in found.lead))
        units = [self.name(u, line, column) for u in found.units]
        keys: dict[str, Any] = {}
        if lead:
            keys["lead"] = lead
        units = [u for u in dict.fromkeys(units) if u not in lead]
        if units:
            keys["units"] = units
        if found.deadline:
            keys["deadline"] = found.deadline
        return keys

    @property
    def register(self) -> tuple[str, ...]:
        return tuple(f"  - name: {name}" for name in self.unknown)

    def stats(self, sections: int, groups: int, tasks: int, kept: int = 0) -> TaskStats:
        block = "\n".join(["", "departments:", *self.register]) if self.unknown else ""
        return TaskStats(
            sections=sections,
            groups=groups,
            tasks=tasks,
            kept=kept,
            unknown=len(self.unknown),
            register=block,
        )


def read_task_plan(
    path: Path, *, file: str, registry: Registry, options: Options = Options()
) -> TaskImport:
    """Read a document or workbook into task-plan data; every problem is a diagnostic."""
    if path.suffix.lower() in TABLE_SUFFIXES:
        from gkcat.importers.task_table import read_task_workbook

        return read_task_workbook(path, file=file, registry=registry, options=options)
    document = read_document(path, file)
    if document.problem is not None:
        return TaskImport(None, (document.problem,))
    return read_prose(document, file=file, registry=registry, options=options)


def read_prose(
    document: Document, *, file: str, registry: Registry, options: Options
) -> TaskImport:
    """A 工作要点's lines → plan; a document without numbered tasks may still hold a table."""
    names = UnitNames(registry, file)
    lines, signatures = split_signatures(document.lines)
    tree = outline(lines)
    meta = read_meta(find_title(tree.front), signatures)
    built = build_sections(tree.sections, lambda found, line: names.keys(found, line.number))
    notes = [*_front_notes(tree, meta, file), *(_kept(block, file) for block in built.kept)]
    if not built.tasks and document.tables:
        from gkcat.importers.task_table import read_docx_tables

        known = _known(options, meta)
        return read_docx_tables(document.tables, file=file, registry=registry, options=known)
    if not built.tasks:
        return TaskImport(None, (no_tasks(file, 1), *notes))
    description = _description(tree, meta, built.kept)
    data, problems = finish(built.sections, meta, options, file, description=description)
    stats = names.stats(len(built.sections), built.groups, built.tasks, len(built.kept))
    return TaskImport(data, (*problems, *notes, *names.unknown.values()), stats, names.register)


def _known(options: Options, meta: Meta) -> Options:
    """The options, completed with what the document's own lines say."""
    return Options(
        title=options.title or meta.title or None,
        year=options.year or meta.year,
        issuer=options.issuer or meta.issuer or None,
        sheet=options.sheet,
    )


def finish(
    sections: list[dict[str, Any]],
    meta: Meta,
    options: Options,
    file: str,
    *,
    description: str = "",
) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    """The plan document: metadata from options or the document, ids from year + sequence."""
    problems: list[Diagnostic] = []
    year = options.year or meta.year
    title = options.title or meta.title
    if not title:
        title = Path(file).stem
        problems.append(diagnostic("GK659", file=file, line=1, column=1, title=title))
    if year is None:
        problems.append(diagnostic("GK653", file=file, line=meta.title_line or 1, column=1))
        return None, problems
    data: dict[str, Any] = {"kind": "task-plan", "schema_version": 1, "title": title}
    data["year"] = year
    issuer = options.issuer or meta.issuer
    if issuer:
        data["issuer"] = issuer
    if description:
        data["description"] = description
    number = iter(range(1, 100_000))
    data["sections"] = [_numbered(section, year, number) for section in sections]
    return data, problems


def no_tasks(file: str, line: int) -> Diagnostic:
    """GK650: the document (or table) holds no task the import could read."""
    return diagnostic("GK650", file=file, line=line, column=1)


def task_id(year: int, number: int) -> str:
    """T2024-001: the plan year and the task's number through the whole plan."""
    return f"T{year}-{number:03d}"


def _numbered(section: dict[str, Any], year: int, number: Iterator[int]) -> dict[str, Any]:
    out = {"title": section["title"]}
    if "tasks" in section:
        out["tasks"] = [{"id": task_id(year, next(number)), **t} for t in section["tasks"]]
    if "groups" in section:
        out["groups"] = [
            {
                "title": g["title"],
                "tasks": [{"id": task_id(year, next(number)), **t} for t in g["tasks"]],
            }
            for g in section["groups"]
        ]
    return out


def _front_notes(tree: Outline, meta: Meta, file: str) -> Iterator[Diagnostic]:
    before = [line for line in tree.front if line.number < meta.title_line]
    if before:
        yield diagnostic("GK656", file=file, line=before[0].number, column=1, count=len(before))


def _kept(block: Kept, file: str) -> Diagnostic:
    first, last = block.lines[0].number, block.lines[-1].number
    lines = {
        "lines@zh": f"第 {first} 行" if first == last else f"第 {first}–{last} 行",
        "lines@en": f"line {first}" if first == last else f"lines {first}–{last}",
    }
    return diagnostic("GK655", file=file, line=first, column=1, title=block.title, args=lines)


def _description(tree: Outline, meta: Meta, kept: list[Kept]) -> str:
    """The intro after the title, then each block kept as description, in document order."""
    intro = [line for line in tree.front if line.number > meta.title_line]
    blocks = sorted((line for k in kept for line in k.lines), key=lambda line: line.number)
    return "\n".join(line.text for line in [*intro, *blocks])

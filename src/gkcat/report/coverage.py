"""The coverage report: a rich table (departments worst first, uncovered powers), or JSON."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gkcat.coverage import Coverage, DepartmentCoverage, worst_first
from gkcat.i18n import Lang, say
from gkcat.textsafe import visible_controls

_HEAD = ("department", "powers", "must-cover", "covered", "ratio")


def _ratio(must: int, ratio: float) -> str:
    return f"{ratio:.1%}" if must else "—"


def _style(d: DepartmentCoverage) -> str:
    if not d.must_cover or d.ratio >= 1:
        return "green"
    return "yellow" if d.ratio >= 0.8 else "red"


def render_coverage(console: Console, coverage: Coverage, *, lang: Lang) -> None:
    """Print the per-department table with a total row, then the uncovered powers."""
    table = Table(
        title=say("coverage.title", lang),
        box=box.SIMPLE_HEAD,
        show_footer=True,
        header_style="bold",
    )
    totals = (
        say("coverage.total", lang),
        str(coverage.powers),
        str(coverage.must_cover),
        str(coverage.covered),
        _ratio(coverage.must_cover, coverage.ratio),
    )
    for i, (key, total) in enumerate(zip(_HEAD, totals, strict=True)):
        table.add_column(
            say(f"coverage.{key}", lang), footer=total, justify="left" if i == 0 else "right"
        )
    ordered = worst_first(coverage)
    for d in ordered:
        table.add_row(
            escape(visible_controls(d.department, keep="")),
            str(len(d.powers)),
            str(len(d.must_cover)),
            str(len(d.covered)),
            f"[{_style(d)}]{_ratio(len(d.must_cover), d.ratio)}[/]",
        )
    console.print(table)
    missing = [d for d in ordered if d.uncovered]
    if not missing:
        console.print(say("coverage.all-cited", lang), markup=False)
        return
    console.print(say("coverage.uncited", lang), markup=False)
    for d in missing:
        line = f"  {d.department}（{len(d.uncovered)}）"
        console.print(visible_controls(line, keep=""), markup=False)
        for p in d.uncovered:
            line = f"    {p.code}  {p.name}（{p.type}）"
            console.print(visible_controls(line, keep=""), markup=False, soft_wrap=True)


def coverage_json(coverage: Coverage) -> dict[str, object]:
    """The ``gkcat coverage --format json`` report (issue #3); departments sorted by name."""
    return {
        "version": 1,
        "departments": [
            {
                "department": d.department,
                "powers": len(d.powers),
                "must_cover": len(d.must_cover),
                "covered": len(d.covered),
                "ratio": round(d.ratio, 4),
                "uncovered": [
                    {"code": p.code, "name": p.name, "type": p.type} for p in d.uncovered
                ],
            }
            for d in coverage.departments
        ],
        "total": {
            "powers": coverage.powers,
            "must_cover": coverage.must_cover,
            "covered": coverage.covered,
            "ratio": round(coverage.ratio, 4),
        },
    }

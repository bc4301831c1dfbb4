"""The columns of a 权责清单 as gkcat publishes it: the workbook (``xlsx/power_sheet.py``) and the
site's power-list pages (``site/pages.py``) show the same texts under the same headers.

The fixed columns come first; 实施主体, 责任事项, 追责情形 and 备注 only when some power of the
list has them; then the list's own columns (``Power.extra``, kept by ``gkcat import``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from gkcat.model import Power, PowerList

Value = Callable[[Power, PowerList, Mapping[str, Power]], str]
"""A column's text for one power, given its list and the list's powers by code."""


@dataclass(frozen=True, slots=True)
class PowerColumn:
    key: str
    """What the column shows: a field name, or ``extra`` for the list's own columns."""
    header: str
    width: tuple[float, float]
    """The narrowest and widest the workbook column may become, in characters."""
    value: Value
    centered: bool = False


def numbered(entries: Sequence[str]) -> str:
    """One entry as is; several numbered 1. 2. …, one per line (as lists print them)."""
    if len(entries) <= 1:
        return "".join(entries)
    return "\n".join(f"{n}.{text}" for n, text in enumerate(entries, 1))


def power_type(power: Power) -> str:
    """行政许可, or 其他行政权力-备案 with the list's own category."""
    return f"{power.type}-{power.subtype}" if power.subtype else power.type


def _name(power: Power, mains: Mapping[str, Power]) -> str:
    main = mains.get(power.parent)
    return main.name if main is not None else power.name


COLUMNS = (
    PowerColumn("code", "事项编码", (14, 20), lambda p, pl, m: p.code, centered=True),
    PowerColumn("name", "事项名称", (16, 30), lambda p, pl, m: _name(p, m)),
    PowerColumn("subname", "子项名称", (14, 30), lambda p, pl, m: p.name if p.parent in m else ""),
    PowerColumn("type", "事项类型", (10, 16), lambda p, pl, m: power_type(p), centered=True),
    PowerColumn("basis", "设定依据", (24, 48), lambda p, pl, m: "\n".join(p.basis)),
    PowerColumn("levels", "行使层级", (8, 12), lambda p, pl, m: "、".join(p.levels), centered=True),
)
OPTIONAL = (
    PowerColumn(
        "department",
        "实施主体",
        (12, 20),
        lambda p, pl, m: p.department if p.department != pl.department else "",
    ),
    PowerColumn("duties", "责任事项", (24, 48), lambda p, pl, m: numbered(p.duties)),
    PowerColumn(
        "accountability", "追责情形", (24, 48), lambda p, pl, m: numbered(p.accountability)
    ),
    PowerColumn("note", "备注", (8, 16), lambda p, pl, m: p.note),
)


def _extra(name: str) -> Value:
    return lambda p, pl, m: p.extra.get(name, "")


def _extra_columns(power_list: PowerList) -> list[PowerColumn]:
    names = dict.fromkeys(k for p in power_list.powers for k in p.extra)
    return [PowerColumn("extra", name, (10, 24), _extra(name)) for name in names]


def mains_of(power_list: PowerList) -> dict[str, Power]:
    """The list's powers by code (a 子项 names its main item by code)."""
    return {p.code: p for p in power_list.powers}


def columns_of(power_list: PowerList) -> list[PowerColumn]:
    """The fixed columns, plus the optional ones some power fills."""
    mains = mains_of(power_list)
    used = [c for c in OPTIONAL if any(c.value(p, power_list, mains) for p in power_list.powers)]
    return [*COLUMNS, *used, *_extra_columns(power_list)]

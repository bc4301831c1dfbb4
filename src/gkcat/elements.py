"""The catalog elements: one table that the workbook, the site, the diff and the importer read.

Each row is one field of a catalog item: its YAML key, its official column heading, the short
Chinese and the English name people see in reports, the column group it prints under, its
workbook width bounds, its HTML class and the header texts the importer accepts for it. A new
element, or a new header synonym, is added here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Element:
    key: str
    """The field of a catalog item in the YAML sources."""
    title: str
    """The official column heading (workbook and site)."""
    zh: str
    """The short Chinese name (diff reports)."""
    en: str
    """The English name (diff reports)."""
    group: str
    """The heading it prints under (公开事项, 公开对象 …); "" when it stands alone."""
    width: tuple[float, float]
    """Workbook column width bounds (min, max), in Excel units."""
    html_class: str
    """The class of its header cell on the site."""
    synonyms: tuple[str, ...]
    """Header texts the catalog importer recognises as this column."""


ELEMENTS: tuple[Element, ...] = (
    Element("category", "一级事项", "一级事项", "category", "公开事项", (8, 14), "c-category",
            ("一级事项", "一级事项名称", "事项类别")),
    Element("name", "二级事项", "二级事项", "name", "公开事项", (10, 18), "c-name",
            ("二级事项", "二级事项名称", "公开事项名称")),
    Element("subname", "三级事项", "三级事项", "subname", "公开事项", (10, 16), "c-name",
            ("三级事项",)),
    Element("content", "公开内容（要素）", "公开内容", "content", "", (16, 34), "c-content",
            ("公开内容", "公开要素", "公开内容要素")),
    Element("basis", "公开依据", "公开依据", "basis", "", (16, 34), "c-basis", ("公开依据",)),
    Element("time_limit", "公开时限", "公开时限", "time limit", "", (10, 18), "c-time",
            ("公开时限",)),
    Element("subject", "公开主体", "公开主体", "subject", "", (10, 14), "c-subject",
            ("公开主体",)),
    Element("channels", "公开渠道和载体", "公开渠道和载体", "channels", "", (12, 26), "c-channels",
            ("公开渠道和载体", "公开渠道及载体", "公开渠道", "公开载体", "公开方式和载体")),
    Element("audience", "公开对象", "公开对象", "audience", "", (6, 6), "c-tick", ("公开对象",)),
    Element("mode", "公开方式", "公开方式", "mode", "", (6, 6), "c-tick", ("公开方式",)),
    Element("levels", "公开层级", "公开层级", "levels", "", (6, 6), "c-tick", ("公开层级",)),
    Element("note", "备注", "备注", "note", "", (8, 16), "c-note", ("备注",)),
)  # fmt: skip

ELEMENT: dict[str, Element] = {e.key: e for e in ELEMENTS}

"""Property tests: the importers never raise on odd grids, and account for every row."""

from __future__ import annotations

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from gkcat import vocab
from gkcat.importers.catalog import read_catalog_grid
from gkcat.importers.catalog_context import CatalogOptions
from gkcat.importers.workbook import read_grid
from gkcat.load.project import load_schemas

from .import_samples import SAMPLE

SCHEMAS = load_schemas()
_CATALOG_CELLS = st.sampled_from(
    ["", "", "", "一级事项", "二级事项", "公开内容", "公开依据", "公开主体", "公开渠道和载体",
     "公开对象", "公开层级", "全社会", "县级", "州级县级", "√", "×", "县", "同上", "临\n时",
     "综 合", "1.甲2.乙", "■政府网站口政府公报", "□政府网站■政府网站", "县民政局", "注：说明",
     "《甲》\n第一条", "政府服务中心、一微一端"]
) | st.text(max_size=4)  # fmt: skip
_POWER_CELLS = st.sampled_from(
    ["", "", "", "权力名称", "权力类型", "项目编码", "事项依据", "责任事项", "追责情形", "子项名称",
     "办理时限", "一、县发展和改革局（共2项）", "二、行政许可", "其他行政权力-备案", "行政审批",
     "许可证", "1.受理\n2.审查", "《甲》第一条；《乙》", "县级", "同上", "无", "A-1", "县民政局"]
) | st.text(max_size=4)  # fmt: skip


def _grids(cells: st.SearchStrategy[str]) -> st.SearchStrategy[list[list[str]]]:
    return st.integers(1, 8).flatmap(
        lambda width: st.lists(st.lists(cells, min_size=width, max_size=width), max_size=10)
    )


@settings(max_examples=200, deadline=None)
@given(_grids(_CATALOG_CELLS), st.sets(st.integers(0, 9)))
def test_catalog_grid_never_raises_and_accounts_for_every_row(
    grid: list[list[str]], merged: set[int]
) -> None:
    grid = [[cell.strip() for cell in row] for row in grid]
    options = CatalogOptions(domain="社会救助", level="县级", version="1", effective="2024-01-01")
    result = read_catalog_grid(
        grid, {(r, r + 1) for r in merged}, file="x.xlsx", sheet="S", options=options,
        registry=SAMPLE.registry,
    )  # fmt: skip
    if result is None:
        return
    s = result.stats
    assert s.rows == s.powers + s.rejected
    rejected = {
        d.line for d in result.diagnostics if d.code in ("GK605", "GK609", "GK633", "GK634")
    }
    assert len(rejected) == s.rejected
    if result.data is not None:
        channels = {c for i in result.data["items"] for c in i.get("channels", [])}
        if channels <= set(vocab.CHANNELS):
            schema = dict(SCHEMAS["catalog"])
            schema["$defs"] = {
                **schema["$defs"],
                "item": {**schema["$defs"]["item"], "required": ["id"]},
            }
            jsonschema.validate(result.data, schema)


@settings(max_examples=200, deadline=None)
@given(_grids(_POWER_CELLS), st.sets(st.integers(0, 9)))
def test_power_grid_never_raises_and_codes_are_unique(
    grid: list[list[str]], merged: set[int]
) -> None:
    grid = [[cell.strip() for cell in row] for row in grid]
    result = read_grid(
        grid, {(r, r + 1) for r in merged}, file="x.xlsx", sheet="S", department="县民政局",
        registry=SAMPLE.registry, code_prefix="P",
    )  # fmt: skip
    if result is None or result.data is None:
        return
    s = result.stats
    assert s.rows == s.powers - s.synthesised + s.headings + s.rejected
    codes = [p["code"] for p in result.data["powers"]]
    assert len(codes) == len(set(codes))
    jsonschema.validate(result.data, SCHEMAS["power-list"])

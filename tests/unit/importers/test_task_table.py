"""任务分解表 workbooks in the layouts offices publish, every field of every task checked.

Layout A is the table attached to the seeds' 2024年临沂临港经济开发区政务公开工作要点
(001); B, C and D are the other layouts the issue names, filled with tasks of the seed
plans: 工作任务 | 具体要求 | 责任科室 | 时限要求; an unlabelled 序号 column and
工作任务 | 具体内容 | 责任部门 without any deadline; a two-row header 工作任务 | 工作要求 |
责任分工(牵头单位 | 责任单位) | 完成时限 with "一、…。" section rows in the first column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from gkcat.importers.task_plan import Options, TaskImport, read_task_plan
from gkcat.model import Department, Registry

Row = Sequence[str | int | None]

ALL = ["区直各部门", "各派驻单位", "各专业运营公司"]


def workbook(path: Path, rows: Sequence[Row], merges: Sequence[str] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "任务分解"
    for row in rows:
        ws.append(list(row))
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def read(path: Path, registry: Registry | None = None, **options: Any) -> TaskImport:
    return read_task_plan(
        path, file=path.name, registry=registry or Registry(), options=Options(**options)
    )


def test_layout_a_lingang_task_table(tmp_path: Path) -> None:
    g1 = "(一)以公开助推绿色低碳高质量发展"
    g2 = "(二)以公开助推高水平开放、高质量招商引资"
    g6 = "(六)提升政策集中发布质效。"
    all_units = "区直各部门 各派驻单位 各专业运营公司"
    rows: list[Row] = [
        ["2024年临沂临港经济开发区政务公开工作要点任务分解表"],
        ["要点任务", "工作要求", "责任单位", "完成时限"],
        ["一、着力深化重点领域信息公开,提高政务公开水平"],
        [g1, "强化政策集成供给,做好“促进经济巩固向好、加快绿色低碳高质量发展”系列政策包发布推送。",
         all_units, "全年"],
        [None, "围绕高能级创新平台建设,抓好创新型企业培育、科技成果转化等方面的信息公开。",
         "区经济发展局 区科技创新局", "全年"],
        [g2, "加大支持民间投资发展政策举措宣传发布,助推民间资本参与基础设施、社会民生、新能源等重大项目建设。",  # noqa: E501
         "区经济发展局 区财政金融局", "全年"],
        ["二、不断强化政策公开和解读,推动政策落地见效"],
        [g6, "深化政府文件库建设,持续提高入库政府文件质量,确保动态更新、查询便利。", all_units, "全年"],  # noqa: E501
        [None, "加大优化营商环境政策宣传解读力度,打通惠企政策通道,助力打造一流营商环境。",
         all_units, "全年"],
    ]  # fmt: skip
    merges = ["A1:D1", "A3:D3", "A4:A5", "A7:D7", "A8:A9"]
    result = read(workbook(tmp_path / "a.xlsx", rows, merges))
    assert result.data is not None, result.diagnostics
    # collective units (区直各部门) need no registration; the bureaus are reported once each
    unknown = [(d.code, d.line, dict(d.args)["name"]) for d in result.diagnostics]
    assert unknown == [
        ("GK654", 5, "区经济发展局"),
        ("GK654", 5, "区科技创新局"),
        ("GK654", 6, "区财政金融局"),
    ]
    assert result.data == {
        "kind": "task-plan",
        "schema_version": 1,
        "title": "2024年临沂临港经济开发区政务公开工作要点任务分解表",
        "year": 2024,
        "sections": [
            {
                "title": "着力深化重点领域信息公开,提高政务公开水平",
                "groups": [
                    {
                        "title": "以公开助推绿色低碳高质量发展",
                        "tasks": [
                            {"id": "T2024-001", "requirement": rows[3][1], "units": ALL,
                             "deadline": "全年"},
                            {"id": "T2024-002", "requirement": rows[4][1],
                             "units": ["区经济发展局", "区科技创新局"], "deadline": "全年"},
                        ],
                    },
                    {
                        "title": "以公开助推高水平开放、高质量招商引资",
                        "tasks": [
                            {"id": "T2024-003", "requirement": rows[5][1],
                             "units": ["区经济发展局", "区财政金融局"], "deadline": "全年"},
                        ],
                    },
                ],
            },
            {
                "title": "不断强化政策公开和解读,推动政策落地见效",
                "groups": [
                    {
                        "title": "提升政策集中发布质效",
                        "tasks": [
                            {"id": "T2024-004", "requirement": rows[7][1], "units": ALL,
                             "deadline": "全年"},
                            {"id": "T2024-005", "requirement": rows[8][1], "units": ALL,
                             "deadline": "全年"},
                        ],
                    },
                ],
            },
        ],
    }  # fmt: skip


def test_layout_b_requirements_offices_and_time_limits(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["平原县司法局2024年政务公开工作任务分解表"],
        ["工作任务", "具体要求", "责任科室", "时限要求"],
        ["一、工作细则及责任分工。"],
        ["政策公开", "各股室制定出台涉及公共利益、公众权益的政策文件,进行及时公开和解读。",
         "办公室牵头，各股室配合", "长期坚持"],
        ["政策公开", "做好各级人大代表建议和政协委员提案办理结果公开工作。", "办公室", "2024年6月底前"],  # noqa: E501
        ["公共法律服务", "清理并公开群众办事需要提供的各类证照、证明材料。",
         "公共法律服务管理股、政工室", "每季度"],
    ]  # fmt: skip
    registry = Registry.of([Department("平原县司法局办公室", ("办公室",))])
    result = read(workbook(tmp_path / "b.xlsx", rows), registry)
    assert result.data is not None
    assert result.data["sections"] == [
        {
            "title": "工作细则及责任分工",
            "groups": [
                {"title": "政策公开", "tasks": [
                    {"id": "T2024-001", "requirement": rows[3][1], "lead": ["平原县司法局办公室"],
                     "units": ["各股室"], "deadline": "长期坚持"},
                    {"id": "T2024-002", "requirement": rows[4][1], "units": ["平原县司法局办公室"],
                     "deadline": "2024年6月底前"},
                ]},
                {"title": "公共法律服务", "tasks": [
                    {"id": "T2024-003", "requirement": rows[5][1],
                     "units": ["公共法律服务管理股", "政工室"], "deadline": "每季度"},
                ]},
            ],
        }
    ]  # fmt: skip
    unknown = [(d.code, d.line, d.column, dict(d.args)["name"]) for d in result.diagnostics]
    assert unknown == [("GK654", 6, 3, "公共法律服务管理股"), ("GK654", 6, 3, "政工室")]
    assert result.register == ("  - name: 公共法律服务管理股", "  - name: 政工室")


def test_layout_c_unlabelled_number_column_and_no_deadline(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["东山街道2024年政务公开工作任务"],
        [None, "工作任务", "具体内容", "责任部门"],
        [1, "提升工作质量", "妥善处理依申请公开。规范依申请公开受理、审查、处理、答复等各个环节的工作流程。",  # noqa: E501
         "党政办、各科室"],
        [2, "深化重点领域信息公开", "细化财政信息公开。全面、准确公开部门预决算编制说明及报表。",
         "财政所、便民综合服务中心、土管所等"],
    ]  # fmt: skip
    result = read(workbook(tmp_path / "c.xlsx", rows), issuer="烟台市芝罘区东山街道办事处")
    assert result.data is not None
    assert result.data["issuer"] == "烟台市芝罘区东山街道办事处"
    assert result.data["sections"] == [
        {
            "title": "工作任务",
            "groups": [
                {"title": "提升工作质量", "tasks": [
                    {"id": "T2024-001", "requirement": rows[2][2], "units": ["党政办", "各科室"]}]},
                {"title": "深化重点领域信息公开", "tasks": [
                    {"id": "T2024-002", "requirement": rows[3][2],
                     "units": ["财政所", "便民综合服务中心", "土管所"]}]},
            ],
        }
    ]  # fmt: skip


def test_layout_d_two_row_header_with_lead_and_responsible_units(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["湖北省2024年优化政务环境重点任务分解表"],
        ["序号", "工作任务", "工作要求", "责任分工", None, "完成时限"],
        [None, None, None, "牵头单位", "责任单位", None],
        ["一、深化“一网通办”。"],
        [1, "持续精简行政审批事项", "再取消调整下放一批省级行政审批事项。",
         "省政务办、省司法厅、省市场监管局", "省有关单位，各市、州、县人民政府", "2024年12月底前"],
        [2, "促进一体化平台提质增效", "进一步提升一体化政务服务平台线上线下服务能力。",
         "省政务办", "各市、州、县人民政府", "年底前"],
        ["二、强化事中事后监管。"],
        [3, "夯实“照单监管”基础", "规范监管事项目录清单动态调整。",
         "省政务办、省委编办", "省有关单位", "持续推进"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]
    result = read(workbook(tmp_path / "d.xlsx", rows, merges))
    assert result.data is not None
    assert result.data["title"] == "湖北省2024年优化政务环境重点任务分解表"
    assert result.data["sections"] == [
        {"title": "深化“一网通办”", "groups": [
            {"title": "持续精简行政审批事项", "tasks": [
                {"id": "T2024-001", "requirement": rows[4][2],
                 "lead": ["省政务办", "省司法厅", "省市场监管局"],
                 "units": ["省有关单位", "各市、州、县人民政府"], "deadline": "2024年12月底前"}]},
            {"title": "促进一体化平台提质增效", "tasks": [
                {"id": "T2024-002", "requirement": rows[5][2], "lead": ["省政务办"],
                 "units": ["各市、州、县人民政府"], "deadline": "年底前"}]},
        ]},
        {"title": "强化事中事后监管", "groups": [
            {"title": "夯实“照单监管”基础", "tasks": [
                {"id": "T2024-003", "requirement": rows[7][2], "lead": ["省政务办", "省委编办"],
                 "units": ["省有关单位"], "deadline": "持续推进"}]},
        ]},
    ]  # fmt: skip


def test_row_without_requirement_is_reported(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["工作任务", "工作要求", "责任单位"],
        ["公开平台", "加强政府网站管理。", "县政府办"],
        ["公开平台", None, "县政府办"],
    ]
    result = read(workbook(tmp_path / "e.xlsx", rows), year=2024, title="2024年任务分解表")
    assert result.data is not None
    codes = [(d.code, d.line) for d in result.diagnostics if d.code != "GK654"]
    assert codes == [("GK657", 3)]

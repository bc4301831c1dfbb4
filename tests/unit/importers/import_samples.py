"""Published tables rebuilt with openpyxl in the layouts offices use, with what each must import to.

Each sample is a workbook layout seen in real 标准目录 tables and 权责清单 (national guideline
tables, tables converted from web pages and PDFs, provincial system exports) with realistic text.
The expected data is written out in full: every field of every item is checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from gkcat.config import load_settings
from gkcat.importers.kinds import IMPORT_KINDS, ImportChoices, ImportRequest
from gkcat.importers.workbook import WorkbookImport
from gkcat.load.project import load_schemas
from gkcat.settings import Settings

ROOT = Path(__file__).parents[3]
SAMPLE, _ = load_settings(ROOT, load_schemas())
LIMIT = "自信息形成或者变更之日起20个工作日内"
GOV_INFO = "《中华人民共和国政府信息公开条例》（国务院令第711号）"
RELIEF = "《社会救助暂行办法》（国务院令第649号）"
DISABILITY = (
    "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"
)


@dataclass(frozen=True)
class Ask:
    """What a test asks of the import: the kind, the sheet, --department and the choices."""

    kind: str = "power-list"
    sheet: str | None = None
    department: str | None = None
    choices: ImportChoices = field(default_factory=ImportChoices)


def ask(
    kind: str = "power-list",
    sheet: str | None = None,
    department: str | None = None,
    **choices: Any,
) -> Ask:
    return Ask(kind, sheet, department, ImportChoices(**choices))


def read_import(path: Path, *, file: str, request: Ask, settings: Settings) -> WorkbookImport:
    """Read ``path`` through the registered import kind, as `gkcat import` does."""
    asked = ImportRequest(
        path, file, request.sheet, settings, request.department, choices=request.choices
    )
    return IMPORT_KINDS[request.kind].read(asked)


@dataclass(frozen=True)
class Sample:
    """One workbook layout and what it imports to."""

    name: str
    rows: Sequence[Sequence[object]]
    expected: dict[str, Any]
    request: Ask
    merges: Sequence[str] = ()
    sheet: str = "Sheet1"
    codes: Sequence[str] = ()
    """The rule codes the import reports (in order)."""
    register: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """(rule, value) of what the import asks to register in gkcat.yaml (GK630, GK631)."""

    def save(self, directory: Path) -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = self.sheet
        for row in self.rows:
            sheet.append(list(row))
        for cells in self.merges:
            sheet.merge_cells(cells)
        path = directory / f"{self.name}.xlsx"
        book.save(path)
        return path

    def read(self, directory: Path) -> WorkbookImport:
        path = self.save(directory)
        return read_import(path, file=path.name, request=self.request, settings=SAMPLE)


def catalog(**request: Any) -> Ask:
    return ask("catalog", version="2024.1", effective="2024-03-01", **request)


def powers(department: str | None = None, **request: Any) -> Ask:
    return ask("power-list", department=department, version="2024", **request)


def head(**fields: Any) -> dict[str, Any]:
    return {"kind": fields.pop("kind", "catalog"), "schema_version": 1, **fields}


OFFICIAL_HEADER = [
    ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
     "公开渠道和载体", "公开对象", None, "公开方式", None, "公开层级", None, "备注"],
    [None, "一级事项", "二级事项", None, None, None, None, None,
     "全社会", "特定群体", "主动", "依申请", "县级", "乡级", None],
]  # fmt: skip
OFFICIAL_MERGES = ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2",
                   "K2:L2", "M2:N2", "O2:O3"]  # fmt: skip

# 1. The national guideline table: its title names no level (given with --level), 口 boxes,
#    a numbered 公开内容 list and a citation broken by the page's line breaks.
GUIDELINE = Sample(
    "guideline",
    [
        ["社会救助领域基层政务公开标准目录"],
        *OFFICIAL_HEADER,
        [1, "最低生活保障", "办理服务", "1.受理部门\n2.办理条件\n3.办理流程",
         "《社会救助暂行办法》（国务\n院令第649号）\n《最低生活保障审核确认办法》（民发〔2021〕57号）",
         LIMIT, "县民政局", "■政府网站口政府公报■两微一端口发布会/听证会■政务服务中心口其他",
         "√", None, "√", None, "√", "√", None],
        [2, None, "审核确认结果", "1.保障对象姓名\n2.保障人数\n3.保障金额", RELIEF, "同上",
         "示例县民政局", "口政府网站■社区/企事业单位/村公示栏\n(电子屏)", None, "√", "√", None,
         "√", None, "公示7天"],
    ],
    head(domain="社会救助", level="县级", region="示例县", owner="示例县民政局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "SHJZ-X-001", "category": "最低生活保障", "name": "办理服务",
         "content": ["受理部门", "办理条件", "办理流程"],
         "basis": ["《社会救助暂行办法》（国务院令第649号）",
                   "《最低生活保障审核确认办法》（民发〔2021〕57号）"],
         "time_limit": LIMIT, "subject": "示例县民政局",
         "channels": ["政府网站", "两微一端", "政务服务中心"],
         "audience": "全社会", "mode": "主动", "levels": ["县级", "乡级"]},
        {"id": "SHJZ-X-002", "category": "最低生活保障", "name": "审核确认结果",
         "content": ["保障对象姓名", "保障人数", "保障金额"], "basis": RELIEF,
         "time_limit": LIMIT, "subject": "示例县民政局",
         "channels": ["社区/企事业单位/村公示栏(电子屏)"],
         "audience": "特定群体", "mode": "主动", "note": "公示7天"},
    ]),
    catalog(level="县级"),
    merges=["A1:O1", *OFFICIAL_MERGES, "B4:B5"],
)  # fmt: skip

# 2. A table converted from a PDF: vertical text in a merged 一级事项, letter-spaced headings,
#    plain channel lists whose labels the page broke across lines.
VERTICAL = Sample(
    "vertical",
    [
        ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
         "公开对象", "公开方式", "公开层级"],
        ["临\n时\n救\n助", "政 策 文 件", "临时救助政策文件及解读",
         "《国务院关于全面建立临时救助制度的通知》\n（国发〔2014〕47号）", LIMIT, "县 民 政 局",
         "政府网站、社区/企事业单位/村公示栏\n(电子屏)、入户/\n现场", "全社会", "主动", "县级"],
        [None, "救助结果", "救助对象、救助金额", RELIEF, LIMIT, "示例县民政局",
         "政府网站\n便民服务站", "特定群体", "依申请", "县级、乡级"],
    ],
    head(domain="社会救助", level="乡级", region="示例县", owner="示例县民政局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "SHJZ-Z-001", "category": "临时救助", "name": "政策文件",
         "content": "临时救助政策文件及解读",
         "basis": "《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）",
         "time_limit": LIMIT, "subject": "示例县民政局",
         "channels": ["政府网站", "社区/企事业单位/村公示栏(电子屏)", "入户/现场"],
         "audience": "全社会", "mode": "主动", "levels": ["县级"]},
        {"id": "SHJZ-Z-002", "category": "临时救助", "name": "救助结果",
         "content": "救助对象、救助金额", "basis": RELIEF, "time_limit": LIMIT,
         "subject": "示例县民政局", "channels": ["政府网站", "便民服务站"],
         "audience": "特定群体", "mode": "依申请", "levels": ["县级", "乡级"]},
    ]),
    catalog(),
    merges=["A2:A3"],
    sheet="社会救助（乡镇级）",
)  # fmt: skip

# 3. A prefecture's table: the level columns fused (州级县级 | 乡级), the level from the output
#    path, a letter-spaced 一级事项 and channels in regional spellings.
FUSED = Sample(
    "fused",
    [
        ["养老服务领域基层政务公开标准目录"],
        ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
         "公开渠道和载体", "公开对象", "公开方式", "公开层级", None],
        [None, None, None, None, None, None, None, None, None, None, "州级县级", "乡级"],
        [1, "综 合 业 务", "政策文件", "养老服务政策法规", "《中华人民共和国老年人权益保障法》",
         LIMIT, "民政局", "政府门户网站、一微一端、发布会听证会、纸质载体", "全社会", "主动",
         "√", None],
        [2, "综 合 业 务", "高龄津贴发放", "发放对象、发放标准",
         "《中华人民共和国老年人权益保障法》第三十三条", LIMIT, "民政局",
         "政府服务中心、社区/企事业单位、村公示栏(电子屏)", "特定群体", "依申请公开", "√", "√"],
    ],
    head(domain="养老服务", level="市级", region="示例县", owner="示例县民政局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "YLFW-S-001", "category": "综合业务", "name": "政策文件",
         "content": "养老服务政策法规", "basis": "《中华人民共和国老年人权益保障法》",
         "time_limit": LIMIT, "subject": "示例县民政局",
         "channels": ["政府网站", "两微一端", "发布会/听证会", "纸质媒体"],
         "audience": "全社会", "mode": "主动", "levels": ["市级", "县级"]},
        {"id": "YLFW-S-002", "category": "综合业务", "name": "高龄津贴发放",
         "content": "发放对象、发放标准", "basis": "《中华人民共和国老年人权益保障法》第三十三条",
         "time_limit": LIMIT, "subject": "示例县民政局",
         "channels": ["政务服务中心", "社区/企事业单位/村公示栏(电子屏)"],
         "audience": "特定群体", "mode": "依申请", "levels": ["市级", "县级", "乡级"]},
    ]),
    catalog(out="catalogs/elderly-care/city.yaml"),
    merges=["A1:L1", *(f"{c}2:{c}3" for c in "ABCDEFGHIJ"), "K2:L2"],
)  # fmt: skip

# 4. A table from a web page: level cells hold the level's name instead of a tick, 公开对象 cells
#    hold their own name, 公开方式 is a text column, and the 公开内容 numbers run inline.
NAMES_IN_CELLS = Sample(
    "names",
    [
        ["义务教育领域基层政务公开标准目录（县级）"],
        ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道",
         "公开对象", None, "公开方式", "公开层级", None],
        [None, None, None, None, None, None, None, "全社会", "特定群众", None, "县级", "乡级"],
        ["招生入学", "招生政策", "1.招生范围2.招生计划3.入学条件",
         "《中华人民共和国义务教育法》第十二条", "招生工作开始前", "县教育局",
         "政府网站、公开查阅点", "全社会", None, "主动公开", "县级", "乡"],
        ["招生入学", "入学结果", "（1）录取名单（2）报到时间", "《中华人民共和国义务教育法》",
         LIMIT, "县教育局", "政府网站", None, "特定群众", "主动、依申请", "县", "—"],
    ],
    head(domain="义务教育", level="县级", region="示例县", owner="示例县教育局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "YWJY-X-001", "category": "招生入学", "name": "招生政策",
         "content": ["招生范围", "招生计划", "入学条件"],
         "basis": "《中华人民共和国义务教育法》第十二条", "time_limit": "招生工作开始前",
         "subject": "示例县教育局", "channels": ["政府网站", "公开查阅点"],
         "audience": "全社会", "mode": "主动", "levels": ["县级", "乡级"]},
        {"id": "YWJY-X-002", "category": "招生入学", "name": "入学结果",
         "content": ["录取名单", "报到时间"], "basis": "《中华人民共和国义务教育法》",
         "time_limit": LIMIT, "subject": "示例县教育局", "channels": ["政府网站"],
         "audience": "特定群体", "mode": ["主动", "依申请"]},
    ]),
    catalog(),
    merges=["A1:L1", *(f"{c}2:{c}3" for c in "ABCDEFG"), "H2:I2", "J2:J3", "K2:L2"],
)  # fmt: skip

# 5. A table naming a local channel and a department the registry lacks: both are kept and
#    reported with the gkcat.yaml line that registers them.
LOCAL = Sample(
    "local",
    [
        ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
         "公开对象", "公开方式"],
        ["残疾人服务", "两项补贴", "补贴对象、补贴标准",
         DISABILITY,
         LIMIT, "示例县残疾人联合会", "政府网站、12345政务服务便民热线", "特定群体", "主动"],
    ],
    head(domain="社会救助", level="县级", region="示例县", owner="示例县残疾人联合会",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "SHJZ-X-001", "category": "残疾人服务", "name": "两项补贴",
         "content": "补贴对象、补贴标准",
         "basis": DISABILITY,
         "time_limit": LIMIT, "subject": "示例县残疾人联合会",
         "channels": ["政府网站", "12345政务服务便民热线"],
         "audience": "特定群体", "mode": "主动"},
    ]),
    catalog(domain="社会救助", level="县级"),
    codes=("GK630", "GK631"),
    register=(("GK630", "12345政务服务便民热线"), ("GK631", "示例县残疾人联合会")),
)  # fmt: skip

# 6. A one-row header with text columns and 三级事项; domain and level given as slugs.
THIRD_LEVEL = Sample(
    "third",
    [
        ["一级事项", "二级事项", "三级事项", "公开内容", "公开依据", "公开时限", "公开主体",
         "公开渠道", "公开对象", "公开方式", "公开层级"],
        ["就业服务", "招聘信息", "岗位信息", "用人单位、岗位、人数、条件",
         "《中华人民共和国就业促进法》\n《人力资源市场暂行条例》（国务院令第700号）", "实时",
         "县人社局", "政府网站、两微一端", "全社会", "主动", "县级、乡级"],
        ["就业服务", "招聘信息", "招聘会信息", "招聘会时间、地点", "同上", "同上", "同上",
         "政府网站；精准推送", "全社会", "主动", "县级"],
    ],
    head(domain="就业", level="县级", region="示例县", owner="示例县人力资源和社会保障局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "JY-X-001", "category": "就业服务", "name": "招聘信息", "subname": "岗位信息",
         "content": "用人单位、岗位、人数、条件",
         "basis": ["《中华人民共和国就业促进法》", "《人力资源市场暂行条例》（国务院令第700号）"],
         "time_limit": "实时", "subject": "示例县人力资源和社会保障局",
         "channels": ["政府网站", "两微一端"], "audience": "全社会", "mode": "主动",
         "levels": ["县级", "乡级"]},
        {"id": "JY-X-002", "category": "就业服务", "name": "招聘信息", "subname": "招聘会信息",
         "content": "招聘会时间、地点",
         "basis": ["《中华人民共和国就业促进法》", "《人力资源市场暂行条例》（国务院令第700号）"],
         "time_limit": "实时", "subject": "示例县人力资源和社会保障局",
         "channels": ["政府网站", "精准推送"], "audience": "全社会", "mode": "主动"},
    ]),
    catalog(domain="employment", level="county"),
)  # fmt: skip

# 7. The layout gkcat build prints: a note row with 牵头单位, 版本 and 施行日期 (no options).
BUILT = Sample(
    "built",
    [
        ["义务教育领域基层政务公开标准目录（乡级）"],
        ["牵头单位：示例县教育局\u3000版本：2023.2\u3000施行日期：2023-09-01"],
        [*OFFICIAL_HEADER[0][:12], "公开层级", None],
        [*OFFICIAL_HEADER[1][:12], "乡级", "村级"],
        [1, "政策文件", "义务教育政策宣传", "义务教育法律法规、招生入学和学生资助等政策的宣传材料",
         "《中华人民共和国义务教育法》\n" + GOV_INFO, LIMIT, "各乡镇人民政府",
         "□政府网站 □政府公报\n■便民服务站 □入户/现场\n■社区/企事业单位/村公示栏(电子屏)",
         "√", None, "√", None, "√", "√"],
    ],
    head(domain="义务教育", level="乡级", region="示例县", owner="示例县教育局",
         version="2023.2", effective="2023-09-01", items=[
        {"id": "YWJY-Z-001", "category": "政策文件", "name": "义务教育政策宣传",
         "content": "义务教育法律法规、招生入学和学生资助等政策的宣传材料",
         "basis": ["《中华人民共和国义务教育法》", GOV_INFO], "time_limit": LIMIT,
         "subject": "各乡镇人民政府（街道办事处）",
         "channels": ["便民服务站", "社区/企事业单位/村公示栏(电子屏)"],
         "audience": "全社会", "mode": "主动", "levels": ["乡级", "村级"]},
    ]),
    ask("catalog"),
    merges=["A1:N1", "A2:N2", "A3:A4", "B3:C3", *(f"{c}3:{c}4" for c in "DEFGH"), "I3:J3",
            "K3:L3", "M3:N3"],
    sheet="义务教育（乡级）",
)  # fmt: skip

# 8. A regional table with an extra column, 同上 cells, × marks, and a footnote row.
REGIONAL = Sample(
    "regional",
    [
        ["卫生健康领域基层政务公开标准目录（县级）"],
        ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "责任科室",
         "公开渠道和载体", "公开对象", None, "公开方式", None, "备注"],
        [None, None, None, None, None, None, None, None, None, "全社会", "特定群体", "主动",
         "依申请", None],
        [1, "公共卫生", "预防接种", "接种单位、接种时间", "《中华人民共和国疫苗管理法》第四十七条",
         LIMIT, "县卫健局", "疾控股", "政府网站、两微一端", "√", "×", "√", "×", None],
        [2, "同上", "健康教育", "健康知识", "同上", "同上", "同上", "同上", "政务服务中心", "√",
         None, "√", None, "每季度更新"],
        ["注：本目录实行动态调整"] * 14,
    ],
    head(domain="卫生健康", level="县级", region="示例县", owner="示例县卫生健康局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "WSJK-X-001", "category": "公共卫生", "name": "预防接种",
         "content": "接种单位、接种时间", "basis": "《中华人民共和国疫苗管理法》第四十七条",
         "time_limit": LIMIT, "subject": "示例县卫生健康局", "channels": ["政府网站", "两微一端"],
         "audience": "全社会", "mode": "主动"},
        {"id": "WSJK-X-002", "category": "公共卫生", "name": "健康教育", "content": "健康知识",
         "basis": "《中华人民共和国疫苗管理法》第四十七条", "time_limit": LIMIT,
         "subject": "示例县卫生健康局", "channels": ["政务服务中心"], "audience": "全社会",
         "mode": "主动", "note": "每季度更新"},
    ]),
    catalog(),
    merges=["A1:N1", *(f"{c}2:{c}3" for c in "ABCDEFGHI"), "J2:K2", "L2:M2", "N2:N3"],
    codes=("GK609", "GK639"),
)  # fmt: skip

# 9. A table in traditional characters (as some regions publish): converted to simplified.
TRADITIONAL = Sample(
    "traditional",
    [
        ["救災領域基層政務公開標準目錄（縣級）"],
        ["一級事項", "二級事項", "公開內容", "公開依據", "公開時限", "公開主體", "公開渠道和載體",
         "公開對象", "公開方式"],
        ["災情信息", "災情發布", "災害發生時間、地點、損失情況", "《自然災害救助條例》第十四條",
         "災情發生後24小時內", "縣應急局", "■政府網站 □政府公報 ■兩微一端", "全社會", "主動"],
    ],
    head(domain="救灾", level="县级", region="示例县", owner="示例县应急管理局",
         version="2024.1", effective="2024-03-01", items=[
        {"id": "JZ-X-001", "category": "灾情信息", "name": "灾情发布",
         "content": "灾害发生时间、地点、损失情况", "basis": "《自然灾害救助条例》第十四条",
         "time_limit": "灾情发生后24小时内", "subject": "示例县应急管理局",
         "channels": ["政府网站", "两微一端"], "audience": "全社会", "mode": "主动"},
    ]),
    catalog(),
    codes=("GK643",),
)  # fmt: skip

CATALOG_SAMPLES = (
    GUIDELINE, VERTICAL, FUSED, NAMES_IN_CELLS, LOCAL, THIRD_LEVEL, BUILT, REGIONAL, TRADITIONAL,
)  # fmt: skip


def power_list(department: str, powers_: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return head(kind="power-list", department=department, region="示例县", version="2024",
                **fields, powers=powers_)  # fmt: skip


# P1. A county's combined list from its web page: department heading rows, no code column,
#     权力名称 / 权力类型 with 其他行政权力-… subtypes and the old 行政审批, 事项依据 cut by
#     the page's line breaks, 行使层级 as 市、县.
DISTRICT = Sample(
    "district",
    [
        ["示例县权责清单（2024年版）"],
        ["序号", "权力名称", "权力类型", "事项依据", "行使层级"],
        ["一、示例县发展和改革局（共2项）"] * 5,
        [1, "企业投资项目核准", "行政审批",
         "《企业投资项目核准和备案管理条例》（国务院令第\n673号）第三条", "市、县"],
        [2, "企业投资项目备案", "其他行政权力-备案",
         "《企业投资项目核准和备案管理条例》（国务院令第673号）\n第十三条", "县"],
        ["二、县民政局（共2项）"] * 5,
        [3, "慈善组织公开募捐资格审核转报", "其他行政权力-审核转报",
         "1.《中华人民共和国慈善法》第二十二条\n2.《慈善组织公开募捐管理办法》\n（民政部令第59号）第五条",
         "县"],
        [4, "殡葬设施建设审批", "其他行政权力－其他",
         "《殡葬管理条例》第八条；《中华人民共和国行政许可法》第十二条", "县级"],
    ],
    power_list("示例县发展和改革局", [
        {"code": "FGJ-XK-0001", "name": "企业投资项目核准", "type": "行政许可",
         "levels": ["市级", "县级"],
         "basis": "《企业投资项目核准和备案管理条例》（国务院令第673号）第三条"},
        {"code": "FGJ-QT-0001", "name": "企业投资项目备案", "type": "其他行政权力",
         "subtype": "备案", "levels": ["县级"],
         "basis": "《企业投资项目核准和备案管理条例》（国务院令第673号）第十三条"},
        {"code": "FGJ-QT-0002", "name": "慈善组织公开募捐资格审核转报", "type": "其他行政权力",
         "subtype": "审核转报", "levels": ["县级"], "department": "示例县民政局",
         "basis": ["《中华人民共和国慈善法》第二十二条",
                   "《慈善组织公开募捐管理办法》（民政部令第59号）第五条"]},
        {"code": "FGJ-QT-0003", "name": "殡葬设施建设审批", "type": "其他行政权力",
         "subtype": "其他", "levels": ["县级"], "department": "示例县民政局",
         "basis": ["《殡葬管理条例》第八条", "《中华人民共和国行政许可法》第十二条"]},
    ]),
    powers(code_prefix="FGJ"),
    merges=["A1:E1", "A3:E3", "A6:E6"],
    codes=("GK635", "GK636"),
)  # fmt: skip

# P2. A 权力清单和责任清单: 项目编码, 项目名称, 职权类型, 实施主体, numbered 责任事项 and
#     追责情形 whose lines the page broke, and 备注.
RESPONSIBILITY = Sample(
    "responsibility",
    [
        ["示例县卫生健康局权力清单和责任清单"],
        ["项目编码", "项目名称", "职权类型", "实施主体", "设定依据", "责任事项", "追责情形",
         "备注"],
        ["4509xx-CF-0101", "对医疗机构违反规定使用血液的处罚", "行政处罚", "县卫健局",
         "《医疗机构管理条例》第四十六条",
         "1.立案责任：发现违法行为，予以审查，决定是否立案。\n2.调查责任：全面、客观、公正地调查\n收集证据。\n3.决定责任：作出处罚决定。",
         "1.没有法律依据实施处罚的；\n2.擅自改变处罚种类、幅度的。", "县级实施"],
        ["4509xx-JC-0102", "对公共场所卫生的监督检查", "行政检查", "县卫健局",
         "《公共场所卫生管理条例》第十条", "检查责任：按规定开展监督检查", None, None],
    ],
    power_list("示例县卫生健康局", [
        {"code": "4509xx-CF-0101", "name": "对医疗机构违反规定使用血液的处罚", "type": "行政处罚",
         "basis": "《医疗机构管理条例》第四十六条",
         "duties": ["立案责任：发现违法行为，予以审查，决定是否立案。",
                    "调查责任：全面、客观、公正地调查收集证据。", "决定责任：作出处罚决定。"],
         "accountability": ["没有法律依据实施处罚的；", "擅自改变处罚种类、幅度的。"],
         "note": "县级实施"},
        {"code": "4509xx-JC-0102", "name": "对公共场所卫生的监督检查", "type": "行政检查",
         "basis": "《公共场所卫生管理条例》第十条", "duties": "检查责任：按规定开展监督检查"},
    ]),
    powers(),
    merges=["A1:H1"],
)  # fmt: skip

# P3. A provincial export: 主项名称 + 子项名称 under a merged 规范统一事项名称, the 主项 cells
#     merged down over their 子项, an empty 事项编码 column, 实施依据, and no department column.
SUBITEMS = Sample(
    "subitems",
    [
        ["序号", "事项编码", "规范统一事项名称", None, "事项类型", "实施依据", "行使层级"],
        [None, None, "主项名称", "子项名称", None, None, None],
        [1, None, "民办学校设立、变更和终止审批", "实施义务教育的民办学校设立审批", "行政许可",
         "《中华人民共和国民办教育促进法》第十二条", "县级"],
        [2, None, None, "实施义务教育的民办学校分立、合并、变更和终止审批", "行政许可",
         "《中华人民共和国民办教育促进法实施条例》（国务院令第741号）", "县级"],
        [3, None, "教师资格认定", "无", "行政许可", "《教师资格条例》第十三条", "县级"],
    ],
    power_list("示例县教育局", [
        {"code": "EDU-XK-0001", "name": "民办学校设立、变更和终止审批", "type": "行政许可",
         "levels": ["县级"], "basis": "《中华人民共和国民办教育促进法》第十二条"},
        {"code": "EDU-XK-0001-01", "name": "实施义务教育的民办学校设立审批", "type": "行政许可",
         "levels": ["县级"], "basis": "《中华人民共和国民办教育促进法》第十二条",
         "parent": "EDU-XK-0001"},
        {"code": "EDU-XK-0001-02", "name": "实施义务教育的民办学校分立、合并、变更和终止审批",
         "type": "行政许可", "levels": ["县级"],
         "basis": "《中华人民共和国民办教育促进法实施条例》（国务院令第741号）",
         "parent": "EDU-XK-0001"},
        {"code": "EDU-XK-0002", "name": "教师资格认定", "type": "行政许可", "levels": ["县级"],
         "basis": "《教师资格条例》第十三条"},
    ]),
    powers(department="县教育局", out="powers/edu.yaml"),
    merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "C3:C4"],
    codes=("GK635",),
)  # fmt: skip

# P4. 权力编码, 职权名称, X categories (行政征用, 非行政许可审批), 职权依据 with 《…》
#     boundaries, and a column of the list's own (办理时限) kept under extra.
X_CATEGORIES = Sample(
    "x-categories",
    [
        ["权力编码", "职权名称", "职权类型", "职权依据", "实施主体", "办理时限"],
        ["4509xx-QT-0201", "紧急情况下征用物资", "行政征用",
         "《中华人民共和国突发事件应对法》第十二条《突发事件应急预案管理办法》第二十条",
         "县应急局", "即时"],
        ["4509xx-QT-0202", "生产安全事故应急预案备案", "非行政许可审批",
         "《生产安全事故应急条例》第七条、《生产安全事故应急预案管理办法》第二十六条",
         "县应急局", "5个工作日"],
    ],
    power_list("示例县应急管理局", [
        {"code": "4509xx-QT-0201", "name": "紧急情况下征用物资", "type": "其他行政权力",
         "subtype": "行政征用",
         "basis": ["《中华人民共和国突发事件应对法》第十二条",
                   "《突发事件应急预案管理办法》第二十条"],
         "extra": {"办理时限": "即时"}},
        {"code": "4509xx-QT-0202", "name": "生产安全事故应急预案备案", "type": "其他行政权力",
         "subtype": "非行政许可审批",
         "basis": ["《生产安全事故应急条例》第七条", "《生产安全事故应急预案管理办法》第二十六条"],
         "extra": {"办理时限": "5个工作日"}},
    ]),
    powers(),
    codes=("GK638",),
)  # fmt: skip

# P5. 编码 + 事项名称 + 权力类型 with type heading rows (一、行政给付（2项）) above rows whose
#     type cell is empty, the department from the title.
HEADINGS = Sample(
    "headings",
    [
        ["示例县退役军人事务局权责清单"],
        ["序号", "编码", "事项名称", "权力类型", "行使层级", "备注"],
        ["一、行政给付（2项）"] * 6,
        [1, "4509xx-JF-0301", "伤残人员抚恤待遇给付", None, "县级", None],
        [2, "4509xx-JF-0302", "烈士遗属定期抚恤金给付", None, "县级", "按季度发放"],
        ["二、行政奖励（1项）"] * 6,
        [3, "4509xx-JL-0303", "对在军人优待工作中做出显著成绩的单位和个人的奖励", None, "县级",
         None],
    ],
    power_list("示例县退役军人事务局", [
        {"code": "4509xx-JF-0301", "name": "伤残人员抚恤待遇给付", "type": "行政给付",
         "levels": ["县级"]},
        {"code": "4509xx-JF-0302", "name": "烈士遗属定期抚恤金给付", "type": "行政给付",
         "levels": ["县级"], "note": "按季度发放"},
        {"code": "4509xx-JL-0303", "name": "对在军人优待工作中做出显著成绩的单位和个人的奖励",
         "type": "行政奖励", "levels": ["县级"]},
    ]),
    powers(),
    merges=["A1:F1", "A3:F3", "A6:F6"],
)  # fmt: skip

POWER_SAMPLES = (DISTRICT, RESPONSIBILITY, SUBITEMS, X_CATEGORIES, HEADINGS)

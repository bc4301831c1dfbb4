"""The citation table: laws, regulations and documents commonly cited as 公开依据.

Shipped as data (one :class:`Law` per row) and used by the citation checks to verify a title's
order or document number, to recognise near-miss titles and to report repealed laws. Laws
adopted by the National People's Congress or its Standing Committee carry no number here (they
are cited by title). ``numbers`` lists every number under which the text in force is cited (an
amending order counts); ``superseded`` lists numbers of earlier versions it replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

NPC = "全国人民代表大会"
NPCSC = "全国人民代表大会常务委员会"
SC = "国务院"
GOSC = "国务院办公厅"
PRC = "中华人民共和国"


@dataclass(frozen=True, slots=True)
class Law:
    """One citable text."""

    title: str
    issuer: str
    numbers: tuple[str, ...] = ()
    in_force: str = ""
    """Date it took effect (YYYY-MM-DD), where the table records it."""
    repealed: str = ""
    """Date it was repealed; "" while in force."""
    replaced_by: str = ""
    """Title of the text that replaced it."""
    superseded: tuple[str, ...] = ()
    """Numbers of the earlier versions this text replaced (国务院令第492号 for the 条例)."""
    aliases: tuple[str, ...] = ()
    """Other titles it is cited by (with its issuers in front, as joint documents are)."""
    own_time_limit: bool = False
    """It sets its own disclosure time limit (预算法: 批准后二十日内), which 条例 第二十六条
    does not override."""

    @property
    def short(self) -> str:
        """The title without 中华人民共和国, as catalogs often cite it."""
        return self.title.removeprefix(PRC)


def _law(title: str, issuer: str = NPCSC, **kw: object) -> Law:
    return Law(PRC + title, issuer, **kw)  # type: ignore[arg-type]


_MINFADIAN = PRC + "民法典"

LAWS: tuple[Law, ...] = (
    # 政务公开 itself
    Law(
        PRC + "政府信息公开条例",
        SC,
        ("国务院令第711号",),
        in_force="2019-05-15",
        superseded=("国务院令第492号",),
    ),
    Law(
        "关于全面推进政务公开工作的意见",
        "中共中央办公厅、国务院办公厅",
        ("中办发〔2016〕8号",),
        aliases=("中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见",),
    ),
    Law("〈关于全面推进政务公开工作的意见〉实施细则", GOSC, ("国办发〔2016〕80号",)),
    Law(
        "国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知",
        GOSC,
        ("国办发〔2016〕61号",),
    ),
    Law(
        "国务院办公厅关于印发开展基层政务公开标准化规范化试点工作方案的通知",
        GOSC,
        ("国办发〔2017〕42号",),
    ),
    Law(
        "国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见",
        GOSC,
        ("国办发〔2019〕54号",),
    ),
    Law(
        "国务院办公厅关于推进重大建设项目批准和实施领域政府信息公开的意见",
        GOSC,
        ("国办发〔2017〕94号",),
    ),
    Law("国务院办公厅关于推进公共资源配置领域政府信息公开的意见", GOSC, ("国办发〔2017〕97号",)),
    Law(
        "国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见",
        GOSC,
        ("国办发〔2018〕10号",),
    ),
    Law("国务院办公厅关于推进政务新媒体健康有序发展的意见", GOSC, ("国办发〔2018〕123号",)),
    Law("国务院办公厅关于印发政府网站发展指引的通知", GOSC, ("国办发〔2017〕47号",)),
    # 行政行为
    _law("行政许可法"),
    _law("行政处罚法", NPC),
    _law("行政强制法"),
    Law("优化营商环境条例", SC, ("国务院令第722号",), in_force="2020-01-01"),
    Law("重大行政决策程序暂行条例", SC, ("国务院令第713号",), in_force="2019-09-01"),
    Law("政府投资条例", SC, ("国务院令第712号",), in_force="2019-07-01"),
    Law("企业信息公示暂行条例", SC, in_force="2014-10-01"),
    _law("档案法"),
    _law("统计法"),
    _law("突发事件应对法"),
    # 重大建设项目, 公共资源交易
    _law("招标投标法"),
    Law("中华人民共和国招标投标法实施条例", SC, in_force="2012-02-01"),
    _law("政府采购法"),
    Law("中华人民共和国政府采购法实施条例", SC, ("国务院令第658号",), in_force="2015-03-01"),
    Law(
        "公共资源交易平台管理暂行办法",
        "国家发展和改革委员会等14部门",
        ("国家发展改革委等14部委令第39号",),
        in_force="2016-08-01",
    ),
    Law("建设工程质量管理条例", SC),
    _law("环境影响评价法"),
    # 义务教育, 户籍, 公共法律服务
    _law("教育法", NPC),
    _law("义务教育法", NPC),
    Law(PRC + "户口登记条例", NPCSC, in_force="1958-01-09"),
    Law("居住证暂行条例", SC, ("国务院令第663号",), in_force="2016-01-01"),
    _law("法律援助法"),
    _law("公证法"),
    _law("人民调解法"),
    # 社会救助, 养老服务, 救灾, 扶贫
    Law(
        "社会救助暂行办法",
        SC,
        ("国务院令第649号", "国务院令第709号"),
        in_force="2014-05-01",
    ),
    Law("城市居民最低生活保障条例", SC, ("国务院令第271号",), in_force="1999-10-01"),
    Law("国务院关于进一步加强和改进最低生活保障工作的意见", SC, ("国发〔2012〕45号",)),
    Law("国务院关于进一步健全特困人员救助供养制度的意见", SC, ("国发〔2016〕14号",)),
    Law("特困人员认定办法", "民政部", ("民发〔2021〕43号",)),
    Law("最低生活保障审核确认办法", "民政部", ("民发〔2021〕57号",)),
    Law("自然灾害救助条例", SC, in_force="2010-09-01"),
    _law("老年人权益保障法"),
    Law("养老机构管理办法", "民政部", ("民政部令第66号",), in_force="2020-11-01"),
    _law("残疾人保障法"),
    _law("慈善法", NPC),
    _law("乡村振兴促进法"),
    _law("村民委员会组织法"),
    _law("城市居民委员会组织法"),
    # 就业, 社会保险
    _law("就业促进法"),
    _law("劳动合同法"),
    _law("社会保险法"),
    Law("工伤保险条例", SC, ("国务院令第375号", "国务院令第586号"), in_force="2004-01-01"),
    Law("失业保险条例", SC, ("国务院令第258号",), in_force="1999-01-22"),
    Law("社会保险费征缴暂行条例", SC, in_force="1999-01-22"),
    Law("人力资源市场暂行条例", SC, ("国务院令第700号",), in_force="2018-10-01"),
    Law("保障农民工工资支付条例", SC, ("国务院令第724号",), in_force="2020-05-01"),
    Law("医疗保障基金使用监督管理条例", SC, ("国务院令第735号",), in_force="2021-05-01"),
    Law("国务院关于建立统一的城乡居民基本养老保险制度的意见", SC, ("国发〔2014〕8号",)),
    # 城乡规划, 土地, 住房, 征收, 市政, 执法
    _law("城乡规划法", in_force="2008-01-01"),
    _law("土地管理法"),
    Law("中华人民共和国土地管理法实施条例", SC, ("国务院令第743号",), in_force="2021-09-01"),
    _law("农村土地承包法"),
    _law("城市房地产管理法"),
    Law("国有土地上房屋征收与补偿条例", SC, ("国务院令第590号",), in_force="2011-01-21"),
    Law(
        "城市房屋拆迁管理条例",
        SC,
        ("国务院令第305号",),
        repealed="2011-01-21",
        replaced_by="国有土地上房屋征收与补偿条例",
    ),
    Law("公共租赁住房管理办法", "住房和城乡建设部", ("住房和城乡建设部令第11号",)),
    Law("城市市容和环境卫生管理条例", SC),
    Law("城市生活垃圾管理办法", "建设部", in_force="2007-07-01"),
    # 生态环境
    _law("环境保护法"),
    _law("大气污染防治法"),
    _law("水污染防治法"),
    _law("固体废物污染环境防治法"),
    _law("噪声污染防治法", in_force="2022-06-05"),
    _law(
        "环境噪声污染防治法",
        repealed="2022-06-05",
        replaced_by=PRC + "噪声污染防治法",
    ),
    Law(
        "企业环境信息依法披露管理办法",
        "生态环境部",
        ("生态环境部令第24号",),
        in_force="2022-02-08",
    ),
    # 财政预决算, 税收
    _law("预算法", NPC, own_time_limit=True),
    Law(
        "中华人民共和国预算法实施条例",
        SC,
        ("国务院令第729号",),
        in_force="2020-10-01",
        own_time_limit=True,
    ),
    Law(
        "关于进一步推进预算公开工作的意见",
        "中共中央办公厅、国务院办公厅",
        ("中办发〔2016〕13号",),
        aliases=("中共中央办公厅 国务院办公厅关于进一步推进预算公开工作的意见",),
    ),
    Law(
        "地方预决算公开操作规程",
        "财政部",
        ("财预〔2016〕143号",),
        own_time_limit=True,
    ),
    _law("税收征收管理法"),
    _law("个人所得税法", NPC),
    # 卫生健康, 食品药品, 安全生产, 文化
    _law("基本医疗卫生与健康促进法"),
    _law("传染病防治法"),
    _law("人口与计划生育法"),
    Law("突发公共卫生事件应急条例", SC, in_force="2003-05-09"),
    _law("食品安全法", in_force="2009-06-01"),
    Law("中华人民共和国食品安全法实施条例", SC, ("国务院令第721号",), in_force="2019-12-01"),
    _law("药品管理法"),
    _law("安全生产法"),
    Law("生产安全事故报告和调查处理条例", SC, ("国务院令第493号",), in_force="2007-06-01"),
    _law("消防法"),
    _law("公共文化服务保障法"),
    Law("公共文化体育设施条例", SC, in_force="2003-08-01"),
    # Documents the sample catalogs and the starter catalogs cite
    Law("国务院办公厅关于推进养老服务发展的意见", GOSC, ("国办发〔2019〕5号",)),
    Law(
        "国务院办公厅关于建立健全养老服务综合监管制度促进养老服务高质量发展的意见",
        GOSC,
        ("国办发〔2020〕48号",),
    ),
    Law(
        "民政部 财政部关于进一步加强和改进临时救助工作的意见",
        "民政部、财政部",
        ("民发〔2018〕23号",),
    ),
    Law(
        "财政部 民政部 全国老龄办关于建立健全经济困难的高龄、失能等老年人补贴制度的通知",
        "财政部、民政部、全国老龄办",
        ("财社〔2014〕113号",),
    ),
    Law("国务院关于全面建立临时救助制度的通知", SC, ("国发〔2014〕47号",)),
    Law(
        "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
        GOSC,
        ("国办发〔2018〕118号",),
    ),
    Law("国务院关于进一步做好稳就业工作的意见", SC, ("国发〔2019〕28号",)),
    Law(
        "国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知",
        GOSC,
        ("国办发〔2017〕72号",),
    ),
    Law("劳动保障监察条例", SC, ("国务院令第423号",), in_force="2004-12-01"),
    Law("事业单位人事管理条例", SC, ("国务院令第652号",), in_force="2014-07-01"),
    Law("中华人民共和国民办教育促进法实施条例", SC, ("国务院令第741号",), in_force="2021-09-01"),
    Law("教育督导条例", SC, ("国务院令第624号",), in_force="2012-10-01"),
    Law("禁止使用童工规定", SC, ("国务院令第364号",), in_force="2002-12-01"),
    Law("政府购买服务管理办法", "财政部", ("财政部令第102号",), in_force="2020-03-01"),
    Law("城镇排水与污水处理条例", SC, ("国务院令第641号",), in_force="2014-01-01"),
    Law("博物馆条例", SC, ("国务院令第659号",), in_force="2015-03-20"),
    _law("农业法"),
    _law("劳动法"),
    _law("民办教育促进法"),
    _law("公共图书馆法"),
    _law("疫苗管理法", in_force="2019-12-01"),
    _law("职业病防治法"),
    _law("母婴保健法"),
    _law("中医药法"),
    _law("退役军人保障法", in_force="2021-01-01"),
    _law("未成年人保护法"),
    _law("妇女权益保障法", NPC),
    _law("森林法"),
    _law("草原法"),
    _law("水法"),
    _law("防洪法"),
    _law("防震减灾法"),
    _law("特种设备安全法"),
    _law("个人信息保护法", in_force="2021-11-01"),
    _law("数据安全法", in_force="2021-09-01"),
    _law("保守国家秘密法"),
    _law("行政复议法"),
    _law("行政诉讼法", NPC),
    _law("建筑法"),
    _law("契税法", in_force="2021-09-01"),
    _law("耕地占用税法", in_force="2019-09-01"),
    # Repealed laws that catalogs copied from old tables still cite
    *(
        _law(
            name,
            NPC
            if name in ("婚姻法", "继承法", "民法通则", "合同法", "物权法", "民法总则")
            else NPCSC,
            repealed="2021-01-01",
            replaced_by=_MINFADIAN,
        )
        for name in (
            "收养法",
            "婚姻法",
            "继承法",
            "民法通则",
            "担保法",
            "合同法",
            "物权法",
            "侵权责任法",
            "民法总则",
        )
    ),
    _law("民法典", NPC, in_force="2021-01-01"),
    _law("食品卫生法", repealed="2009-06-01", replaced_by=PRC + "食品安全法"),
    _law("城市规划法", repealed="2008-01-01", replaced_by=PRC + "城乡规划法"),
    _law("行政监察法", repealed="2018-03-20", replaced_by=PRC + "监察法"),
    _law("监察法", NPC, in_force="2018-03-20"),
)


def _index() -> dict[str, Law]:
    found: dict[str, Law] = {}
    for law in LAWS:
        for title in (law.title, law.short, *law.aliases):
            found.setdefault(title, law)
    return found


BY_TITLE: dict[str, Law] = _index()
"""Full and short titles → the law."""

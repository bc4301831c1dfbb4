"""Traditional characters in imported tables → simplified, one character for one.

Some regions publish in traditional characters (DESIGN.md §1 names them among the variants an
importer must accept). The table below holds the traditional forms that occur in catalog tables
and power lists — their headers, vocabularies, department names and legal citations — and only
those with a single simplified form, so the conversion never has to guess from context.
"""

from __future__ import annotations

_TABLE = (
    "開开內内據据時时體体載载對对層层級级縣县鄉乡網网兩两發发佈布會会聽听證证廣广電电"
    "視视紙纸質质閱阅點点務务戶户現现場场區区業业單单欄栏準准動动態态項项與与權权責责"
    "類类許许處处罰罚強强徵征給给檢检確确認认獎奖勵励決决設设實实義义養养衛卫環环規规"
    "劃划農农補补貼贴險险稅税災灾藥药監监貧贫財财預预執执鎮镇門门號号條条辦办關关於于"
    "國国頒颁線线熱热註注說说範范圍围總总計计機机構构員员職职醫医療疗殘残聯联護护齡龄"
    "親亲屬属優优撫抚軍军產产營营衆众眾众傳传辭辞報报廳厅絡络應应審审備备資资訊讯訂订"
    "頁页書书畫画園园組组織织綜综濟济費费稱称諮咨詢询碼码紀纪錄录錢钱額额齊齐並并況况"
    "嚴严禮礼樂乐隊队華华勞劳穩稳積积極极邊边選选縮缩遷迁還还這这進进連连過过達达適适"
    "遺遗運运遞递陽阳隨随雙双雜杂離离難难飛飞館馆馬马驗验鬥斗黨党傷伤勢势導导專专尋寻"
    "屆届歲岁歷历氣气漢汉龍龙壓压墳坟壞坏夢梦嬰婴學学寶宝寫写屍尸歸归殯殡喪丧億亿萬万"
    "價价買买賣卖貨货經经續续興兴見见標标問问題题覽览歡欢講讲課课讀读語语調调論论議议"
    "記记訴诉評评試试識识違违測测濱滨灣湾滅灭燈灯爭争牆墙獄狱畢毕盤盘礦矿禍祸種种穀谷"
    "窮穷竊窃節节簡简糧粮糾纠紅红約约紛纷細细終终結结絕绝統统絲丝綠绿維维緊紧緣缘編编"
    "緩缓練练繳缴罷罢習习聖圣聞闻肅肃脅胁腦脑臨临舉举艦舰藝艺蘇苏虛虚蟲虫製制複复襲袭"
    "覺觉觀观訓训託托訪访詐诈詳详誌志誤误請请諾诺謀谋謝谢譯译變变讓让豐丰負负貢贡貸贷"
    "賠赔賴赖贈赠趕赶趙赵車车軌轨輔辅輕轻輸输轄辖轉转遠远鄰邻釋释針针鋼钢錯错鍵键鐵铁"
    "長长閉闭閒闲間间闡阐隱隐雖虽靈灵韓韩頂顶順顺領领頭头頻频顧顾顯显風风飯饭飲饮飽饱"
    "餘余駐驻騰腾驅驱髮发鬧闹魚鱼鳥鸟麥麦黃黄齒齿為为貫贯徹彻盡尽戰战們们參参幫帮協协陳陈"
    "廢废雲云個个來来寧宁損损後后"
)
"""Traditional and simplified character, alternating."""
TO_SIMPLIFIED = str.maketrans(dict(zip(_TABLE[0::2], _TABLE[1::2], strict=True)))


def simplified(text: str) -> str:
    """The text with the table's traditional characters replaced."""
    return text.translate(TO_SIMPLIFIED)


def simplify_grid(grid: list[list[str]]) -> tuple[list[list[str]], tuple[int, int] | None]:
    """The grid in simplified characters, and the (row, column) of the first cell changed."""
    first: tuple[int, int] | None = None
    out: list[list[str]] = []
    for r, row in enumerate(grid):
        new = [simplified(cell) if cell else cell for cell in row]
        if first is None:
            first = next(
                ((r, c) for c, (a, b) in enumerate(zip(row, new, strict=True)) if a != b), None
            )
        out.append(new)
    return out, first

"""单位名称: the organ named the same way in the dataset's fields and in the text."""

from __future__ import annotations

import itertools
import re

from .. import segment
from ..names import in_address, in_order, in_other_title, kind_only
from ..spam import spam_in
from .context import Context
from .finding import Hit
from .numerals import normalise_digits
from .registry import rule
from .text import around

_SUFFIX = r"(?:镇|乡|苏木|街道)"
# A 街道 has an office (办事处), not a government: “推进街道政府建设” is a generic phrase, not a name.
_MENTION = re.compile(r"(?P<name>[\u4e00-\u9fff]{2})(?:(?:镇|乡|苏木)(?:人民政府|政府|办事处)|街道办事处)")
# 各乡镇人民政府, 本镇政府, 我乡政府: not a name; nor the words of running text a mention is cut out of
# (公开镇政府, 了解镇政府, 推进街道政府, 包括辉苏木, 更新街道办事处, 协调街道办事处, 利用镇政府, 重视镇政府,
# 落实镇政府…): verbs and particles that place names do not use.
# (四是镇政府: a point's numeral and 是, 一是 … 十是, before the kind; 朝鲜族乡人民政府: 鲜族, the end of an ethnic
# township's name, is no place's)
_NOT_A_NAME = re.compile(r"[各本我该全等乡镇的和及与了由后为对向在将把被从经据按请于其解现过盖开进动显导括设展推彰涵通更调促督用视实族]"
                         r"|^[一二三四五六七八九十]是$")
# Two-character words, verbs most, whose characters place names do use (完善街道办事处政务公开专区, 加强镇政府网站
# 管理, 另外苏木政府……, 为群众查阅镇政府信息, 目前乡政府信息公开的方式).
_WORDS = frozenset("完善 充实 丰富 加强 强化 健全 规范 优化 提升 提高 落实 确保 明确 保障 统筹 配合 协助 参与 负责 联系 要求 "
                   "建立 成立 召开 制定 制作 编制 完成 支持 组织 服务 管理 深化 依托 另外 此外 同时 其中 并且 做好 发布 "
                   "公布 结合 围绕 联合 会同 指导 帮助 引导 拟定 专门 查阅 查询 获取 浏览 下载 目前 当前 此前 日前 "
                   "现在 如今 近期".split())


def short_name(organ: str, county: str | None = None) -> str:
    """示例县青松镇人民政府 → 青松镇 (the part a township's own text uses); 青松镇政府 → 青松镇 too."""
    name = re.sub(r"(?:人民政府|街道办事处|办事处|(?<=[镇乡木])政府)$", "", organ)
    if county and name.startswith(county):
        name = name[len(county):]
    return name


def _core(name: str) -> str:
    """The two characters before 镇/乡/苏木/街道: what a mention must share with the organ's name."""
    return re.sub(rf"{_SUFFIX}$", "", name)[-2:]


def _cut_inside(organ: str):
    """(the name as written, the characters lost) for a name of eight characters or more with one character inside it
    lost, then for one of ten or more with two apart. Not 和, 与, 的, 及 (住房城乡建设局 is a short form) nor a place's
    unit (台州气象局 is how a city is written, below); nor a short form that drops a whole word (行政审批服务局 →
    行政审批局) or each word's second character (监督管理 → 监管, 管理委员会 → 管委会)."""
    inside = [i for i in range(1, len(organ) - 1) if organ[i] not in _KEPT_OUT]
    if len(organ) >= 8:
        yield from ((organ[:i] + organ[i + 1:], organ[i]) for i in inside)
    if len(organ) >= 10:
        for i, j in itertools.combinations(inside, 2):
            if j > i + 1 and not (segment.frequency(organ[i - 1:i + 1]) and segment.frequency(organ[j - 1:j + 1])):
                yield organ[:i] + organ[i + 1:j] + organ[j + 1:], organ[i] + organ[j]


@rule("organ.name", "warning", "organ", "单位名称前后不一致",
      "正文或联系单位中以“××镇（乡、苏木、街道）人民政府/办事处”提到的乡镇名称应与本单位名称一致（县、区、市人民政府的报告提到所辖乡镇、街道不算）；"
      "本单位的乡镇、街道名称少了一个字（石泉街道 应为 石泉路街道），或县、市、区的单位名称在“人民政府”前少了"
      "“县”“市”“区”（句容人民政府办公室、兰州政府办公室；部门所在县的政府写作“青松人民政府”，部门全称中少了区：某市青松卫生健康局），乡镇的名称在“人民政府”“党政办公室”前少了“镇”“乡”"
      "（石鼓人民政府、吾峰党政办公室）、局或委员会的全称少了第一个字（肃省邮政管理局）或在年份或“联系”前少了最后一个字（某市机关事务管理2023年……、请与某区财政联系），"
      "或八个字以上的局、委员会全称中间少了一个字（国家税务局某市某区税务局；“和”“与”“的”“及”和地名的“市”“县”“区”等不算，"
      "住房城乡建设局、台州气象局是通行的简称），或十个字以上的全称中间不相邻的两个字丢了（某市业和息化局；"
      "去掉各词第二个字的市场监管局、管委会和去掉整个词的行政审批局是简称，不算）也报。",
      needs_format=False, example="单位为巴彦塔拉达斡尔民族乡人民政府，正文写“请与巴彦塔拉乡政府联系”")
def organ_name(ctx: Context):
    organ = ctx.organ
    if not organ:
        return
    short = short_name(organ, getattr(ctx.ds, "county", None))
    # 佳荣里街: 天津's street offices name themselves with 街 alone (东城街街道办事处 keeps its 街).
    core = _core(short[:-1] if organ.endswith("街") and not organ.endswith("大街") else short)
    places = [("正文", ctx.text)] + ([("联系单位", ctx.contact.office)] if ctx.contact is not None else [])
    seen = set()
    # (a county's report names the townships it works with: 某区人民政府 is no township's, its mentions no slip)
    for where, text in places if not _COUNTY_GOVERNMENT.search(organ) else ():
        for m in _MENTION.finditer(text):
            name = m.group("name")
            # 螅镇: a one-character name is the end of the two characters before 镇.
            # (部门、街镇政府: 街镇, the streets and towns, is no name's end)
            if _NOT_A_NAME.search(name) or name in _WORDS or name.endswith(("街", core)) or name in seen:
                continue
            # (地址：平昌县同州街道办事处信义大道……: the street office named in an address locates the organ)
            if in_address(text, m.start()):
                continue
            seen.add(name)
            yield Hit(f"{where}提到“{m.group(0)}”，与单位名称“{organ}”不一致。", quote=m.group(0))
    # 石泉街道 for 石泉路街道: the township's own name with one character of its place left out. Plain substring
    # searches: a pattern compiled for each organ's name would cost more than every other rule.
    own = short + "街道" if organ.endswith("街道办事处") else short  # short_name drops a street office's 街道
    for variant in _one_left_out(own) if _TOWNSHIP_NAME.search(own) else ():
        for where, text in places:
            at = _starting_word(text or "", variant)
            if at >= 0:
                yield Hit(f"{where}写作“{variant}”，少了字（单位名称“{organ}”）：“{around(text, at, at + len(variant))}”。",
                          quote=variant)
                return
    # 2023年肃省邮政管理局 for 甘肃省邮政管理局: a department's full name with its first character lost (a
    # township's is found above, by its place's characters).
    department = not _TOWNSHIP_NAME.search(own) and _DEPARTMENT_ORGAN.search(organ) is not None
    cut = organ[1:]
    # (县退役军人事务局: a department named by its level alone, which its text leaves out as it likes)
    if len(cut) >= 6 and department and organ[0] not in "省市县区旗州盟":
        for where, text in places:
            at = (text or "").find(cut)
            while at > 0 and text[at - 1] == organ[0]:
                at = text.find(cut, at + 1)
            if at >= 0 and (at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff" or text[at - 1] in "年，,。在由和与及"):
                yield Hit(f"{where}写作“{cut}”，少了“{organ[0]}”（单位名称“{organ}”）：“{around(text, at, at + len(cut))}”。",
                          quote=cut)
                return
    # 国家税务局某市某区税务局 for 国家税务总局……, 巴彦淖尔市业和息化局 for 巴彦淖尔市工业和信息化局: a department's long
    # name with one or two characters inside it lost.
    for cut, lost in _cut_inside(organ) if department else ():
        for where, text in places:
            at = (text or "").find(cut)
            if at >= 0:
                yield Hit(f"{where}写作“{cut}”，少了{''.join(f'“{c}”' for c in lost)}（单位名称“{organ}”）："
                          f"“{around(text, at, at + len(cut))}”。", quote=cut)
                return
    # 宣城市机关事务管理2023年政府信息公开……: a bureau's name with its 局 lost before the year
    # of the report's name, or before 联系 (请与某新区财政联系).
    # (plain substring searches, as above, then the year looked for where each stops)
    cut = organ[:-1]
    if len(organ) >= 6 and organ.endswith("局"):
        for where, text in places:
            at = (text or "").find(cut)
            while at >= 0 and not _YEAR_AHEAD.match(text, at + len(cut)):
                at = text.find(cut, at + 1)
            if at >= 0:
                yield Hit(f"{where}写作“{cut}”，少了“{organ[-1]}”（单位名称“{organ}”）：“{around(text, at, at + len(cut) + 6)}”。",
                          quote=cut)
                return
    # 句容人民政府办公室 for 句容市, 兰州政府办公室 for 兰州市人民政府: the county's or city's own name with its 市 (县,
    # 区, 旗) left out before 人民政府, or before 政府办公室 (兰州政府网, a site's name, is not the organ's).
    unit = _GOVERNMENT_PLACE.match(organ)
    # A department's county (溆浦县农业农村局, 杭州市余杭区卫生健康局): its government written 溆浦人民政府, or
    # the department's full name with the county's 区 left out after its city's (杭州市余杭卫生健康局).
    county = None if unit else _DEPARTMENT_PLACE.match(organ)
    # (a township's: 石鼓人民政府, 吾峰党政办公室 for 石鼓镇, 吾峰镇)
    kinds = ("人民政府", "党政办公室", "党政办") if unit and unit["unit"] in "镇乡" else ("人民政府", "政府办公室", "政府办公厅")
    place = unit or county
    written_forms = [place["base"] + kind for kind in kinds] if place else []
    if county and county.start("base"):  # (台州气象局 for 台州市气象局: the city's short name, as everyone writes it)
        written_forms.append(organ[:county.start("unit")] + organ[county.end("unit"):])
    for written in written_forms:
        for where, text in places:
            at = (text or "").find(written)
            # (大塘镇大塘人民政府: an address in the town, its building named after the place)
            if at >= 0 and not text.startswith(place["base"] + place["unit"], max(0, at - len(place["base"]) - 1)):
                yield Hit(f"{where}写作“{written}”，少了“{place['unit']}”（单位名称“{organ}”）："
                          f"“{around(text, at, at + len(written))}”。", quote=written)
                return
    # 杭州市区人民政府办公室 for 滨江区人民政府: the district's own name left out after its city's.
    for where, text in places if unit and unit["unit"] == "区" else ():
        m = _CITY_DISTRICT.search(text or "")
        if m:
            yield Hit(f"{where}写作“{m[0]}”，少了“{unit['base']}”（单位名称“{organ}”）："
                      f"“{around(text, m.start(), m.end())}”。", quote=m[0])
            return


_YEAR_AHEAD = re.compile(r"\s*\d{4}\s*年|联系")  # (请与某区财政联系: before the contact's verb too)
_KEPT_OUT = set("和与的及市县区旗省州盟")  # characters a department's short form leaves out as a rule


# A city's name and 区 before the government's kind, the city named after punctuation or 与, 和, 由 (not 全市区, 各市区).
_CITY_DISTRICT = re.compile(r"(?:^|(?<=[，,。；：:与和由向]))(?:(?![全各本我该])[\u4e00-\u9fff]){2,3}市区(?:人民政府|政府办公[室厅])",
                            re.M)


def _starting_word(text: str, word: str) -> int:
    """Where ``word`` stands in ``text`` as a word of its own (not the end of a longer name), or -1."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        if not "\u4e00" <= before <= "\u9fff" or before in "在由与和向对及":
            return at
        at = text.find(word, at + 1)
    return -1

_COUNTY_GOVERNMENT = re.compile(r"[县区市旗州盟]人民政府(?:办公[室厅])?$")
_TOWNSHIP_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:镇|乡|街道|苏木)$")


def _one_left_out(name: str) -> list[str]:
    """The township's name with one character of its place left out (石泉路街道 → 石泉街道, 泉路街道 …), when
    what is left still has two characters before its 镇 (乡, 街道)."""
    suffix = re.search(r"(?:镇|乡|街道|苏木)$", name).group(0)
    place = name[:-len(suffix)]
    return [place[:k] + place[k + 1:] + suffix for k in range(1, len(place)) if len(place) >= 3]


# A county-level government's organ (句容市, 青松县人民政府, 某区人民政府办公室): its place's name and unit.
_GOVERNMENT_PLACE = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,4}?)(?P<unit>市|县|区|旗|镇|乡)(?:人民政府(?:办公室)?)?$")
# A department of a county-level place (溆浦县农业农村局, 杭州市余杭区卫生健康局, 深圳市商务局): the place's name
# and unit, after its province's and city's.
_DEPARTMENT_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省)?(?:[\u4e00-\u9fff]{2,4}?(?:市|州|盟))?"
                               r"(?P<base>[\u4e00-\u9fff]{2,4}?)(?P<unit>县|区|市(?!场)|旗)(?=[\u4e00-\u9fff]{2,}(?:局|委员会|办公室)$)")


# The organ as the title line and the signature name it: 某镇2021年政府信息公开工作年度报告 / 某镇人民政府 2022年1月20日.
_TITLE_NAME = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,30}?)\s*\d{4}\s*年度?\s*(?:政府)?信息公开")
# 现将我委2022年度政府信息公开工作报告如下, 现公开某街办2020年……报告, 为切实做好2020年度……报告编制工作: a sentence
# about the report, not its title.
_NOT_A_TITLE = re.compile(r"现(?!代)|特|根据|按照|为|[我本]")
# 某局向社会公布2022年度信息公开年度报告。: the opening sentence, its verb before the year, not a title
# (编制 is left out: 某县机构编制委员会办公室 is an organ's name)
_PUBLISHING = re.compile(r"向社会|公布|发布")
_SIGNATURE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,30}?(?:人民政府|办事处|政府))\s*\n?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
_COUNTY_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:自治旗|自治县|县|旗|市|区)(?=[\u4e00-\u9fff]{2,})")


def _place(name: str) -> str:
    """The place a name is about, without county and suffix: 科右中旗哈日诺尔苏木人民政府 → 哈日诺尔苏木 → its core."""
    # The kind of office first, then the larger places before it: 昆明市官渡区人民政府 and 官渡区人民政府 are one;
    # so are a county's report and its government's office that compiles it (某县 / 某县人民政府办公室), and a
    # zone's report and its committee (某开发区 / 某开发区管理委员会).
    # (某区人民政府机关: the government's own offices, named with 机关)
    name = re.sub(r"(?:人民政府|政府|街道办事处|办事处|人民政府办公[室厅]|管理委员会|管委会)(?:机关)?$", "", name)
    while (shorter := _COUNTY_PREFIX.sub("", name)) != name:
        name = shorter
    return _core(name)


# The report's own title quoted in a sentence: 现发布《××2022年政府信息公开工作年度报告》.
_QUOTED_TITLE = re.compile(r"《(?P<name>[\u4e00-\u9fff]{2,30}?)\s*\d{4}\s*年度?\s*(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告》")


@rule("organ.title_signature", "warning", "organ", "标题、落款与正文中的单位名称不一致",
      "已发布报告标题中的单位名称、开头所引报告名称（现发布《××2022年……年度报告》）、落款的单位名称与单位名称应指同一个"
      "乡镇：标题写作简称（青云里街，“街”不是机关名称）、引成上级旗县的报告或落款换了单位都要核实。", needs_format=False,
      example="标题“青云里街2021年政府信息公开工作年度报告”，正文与落款为“青云里街道办事处”")
def title_signature(ctx: Context):
    if ctx.source is None:
        return  # a dataset's title and signature are made from its organ
    text = ctx.source.text
    names = {}
    lines = text.splitlines()[:6]
    for i, line in enumerate(lines):
        m = _TITLE_NAME.match(line)
        name = re.sub(r"关于$", "", m.group("name")) if m else ""  # 某委关于2022年政府信息公开工作的年度报告
        if i and kind_only(name):  # ……小龙坎街道 / 办事处2023年……: the name begins on the line above
            name = lines[i - 1].strip() + name
        # (东方体育2019年……: a mirror's advertisement in the name's place, integrity.spam's finding)
        if spam_in(name):
            name = ""
        if len(name) >= 2 and not _NOT_A_TITLE.match(name) and not _PUBLISHING.search(name):  # (关于2020年……: no name)
            names["标题"] = name
            break
    m = _SIGNATURE.search(text[-200:])
    if m:
        names["落款"] = m.group("name")
    m = _QUOTED_TITLE.search(text[:600])  # the opening names the report it publishes
    if m:
        names["正文所引标题"] = m.group("name")
    organ = ctx.organ
    if organ:
        names.setdefault("单位名称", organ)
    title = names.get("标题", "")
    if title.endswith("街") and not title.endswith("大街"):  # 青云里街: 街 is not an organ (街道办事处)
        yield Hit(f"标题中的单位名称“{title}”不完整（街道办事处简写为“街”），应写全称。", quote=title)
    places = {where: _place(name) for where, name in names.items()}
    if len(set(places.values())) > 1 and not _abbreviations(list(names.values())):
        said = "，".join(f"{where}为“{names[where]}”" for where in names)
        yield Hit(f"单位名称前后不一致：{said}。", quote=next(iter(names.values())))


def _abbreviations(names: list[str]) -> bool:
    """A department named in full and in short (江西省民族宗教事务局 / 江西省民宗局): the short name's characters in
    order within the full one, same first and last. A township's name has no short form (大垅集镇 is not 大垅镇)."""
    full = max(names, key=len)
    return all(n == full or (not _TOWNSHIP_ORGAN.search(n) and n[0] == full[0] and n[-1] == full[-1]
                             and in_order(n, full)) for n in names)


# How a report calls its own organ: 我镇, 本乡, 我街道 (a township) or 我局, 本委 (a department).
# (我乡镇, 本乡本土: generic words, not a self-name)
# 全镇, 全街 (the whole of it) and 推进乡政府信息公开 (its government named by kind alone) name its kind as well.
_SELF_TOWNSHIP = re.compile(r"[我本全](镇|乡(?!镇|本土|村|亲)|苏木|街道)|全(街)(?![道巷区])"
                            r"|(?<=推进|做好|加强|抓好)(镇|乡|街道|苏木)(?=(?:人民)?政府信息公开)")
_SELF_DEPARTMENT = re.compile(r"[我本](?:局|委)(?![员会])")
# 我区, 我县 … as the clause's subject (after a year, at a clause's start, or the year's work 结合 draws on: 结合2022年我县……):
# the county or district speaking, in a township's report (按照我县统一部署, 结合我县政府门户网站 name the county the
# township belongs to: not checked).
_SELF_HIGHER = re.compile(r"(?:^|(?<=[，,。；;：:\n])|(?<=\d年)|(?<=\d年[，,])|(?<=结合)(?=\d{4}年))"
                          r"\s*(?:\d{4}年)?我(?:区|县|市|旗)(?!委)", re.M)
_TOWNSHIP_ORGAN = re.compile(r"(镇|乡|苏木)(?:人民政府)?$|(街道)(?:办事处)?$")
_DEPARTMENT_ORGAN = re.compile(r"(?:局|委员会)$")
# not 本办法, 本办理; nor the 本 that ends a word (基本办学条件, 成本)
# (its first character before the lookbehind: found fast)
_SELF_OFFICE = re.compile(r"(?:我|本(?<![基根成资日样文版课书原副]本))办(?![法理事公结])")
_NOT_AN_OFFICE = re.compile(r"(?:局|委员会|人民政府)$")


def _kind(m: re.Match) -> str:
    """The township kind a self-name says: 镇, 乡, 苏木 or 街道 (全街 is a 街道's word)."""
    kind = next(g for g in m.groups() if g)
    return "街道" if kind == "街" else kind


@rule("organ.self_reference", "warning", "organ", "正文对本单位的自称与乡镇类别不符",
      "乡的报告自称“我镇”“全街”（镇、苏木、街道同理）：多为照抄其他乡镇报告留下的文字。"
      "没有单位名称时，按正文多数的自称判断（自称多数为“我镇”时，“乡”的自称不符）。"
      "自称包括“我镇”“本乡”“全镇”“全街”，以及“推进乡政府信息公开工作”这类只用类别称呼本级政府的说法。"
      "乡镇自称“我局”、部门自称“我镇”是照抄其他单位的文字，由 content.other_body_self 报告。",
      needs_format=False, example="（××乡的报告）我镇按要求调整了网站栏目")
def self_reference(ctx: Context):
    yield from _self_names_of(ctx, "township")


@rule("content.other_body_self", "warning", "content", "正文以其他类型单位的口吻自称",
      "乡镇、街道的报告自称“我局”“本委”，部门的报告自称“我镇”“本乡”，局、委员会或人民政府的报告自称“我办”（办公室的自称），"
      "或乡镇、街道的报告以县、区的口吻作主语（2021年，我区以……；结合我县政府信息公开工作编制；“按照我县统一部署”不算）："
      "多为照抄其他单位报告留下的文字。没有单位名称时，按正文多数的自称判断。",
      needs_format=False, example="（××镇的报告）我局按要求调整了网站栏目")
def other_body_self(ctx: Context):
    yield from _self_names_of(ctx, "body")


def _self_names_of(ctx: Context, kind: str):
    """The finding on the first self-name that is not the organ's, when it is of ``kind`` (found once for both rules)."""
    if "organ.self_names" not in ctx.memo:
        ctx.memo["organ.self_names"] = _wrong_self_names(ctx)
    found, wrong = ctx.memo["organ.self_names"]
    if found == kind:
        m = wrong[0]
        yield Hit(f"正文自称“{m.group(0)}”，与{ctx.organ or '正文其他地方的自称'}不符：“{around(ctx.text, m.start(), m.end())}”。",
                  quote=m.group(0))


def _wrong_self_names(ctx: Context) -> tuple[str | None, list[re.Match]]:
    """The self-names that are not the organ's: ("body", …) when they are another kind of body's (a township's 我局, a
    department's 我镇, a bureau's 我办), ("township", …) when another kind of township's (a 乡's 我镇)."""
    towns = list(_SELF_TOWNSHIP.finditer(ctx.text))
    departments = list(_SELF_DEPARTMENT.finditer(ctx.text))
    organ = ctx.organ or ""
    level = _TOWNSHIP_ORGAN.search(organ)
    township = bool(level) or (not organ and len(towns) > len(departments))
    department = bool(_DEPARTMENT_ORGAN.search(organ)) or (not organ and len(departments) > len(towns))
    wrong = departments if township else towns if department else []
    if level and not wrong:  # a township that speaks as its county or district (2021年，我区以……; 结合我县……编制)
        wrong = [m for m in _SELF_HIGHER.finditer(ctx.text) if not in_other_title(ctx.text, m.start(), m.end())]
    if wrong:
        return "body", wrong
    if level:  # a 乡 that calls itself 我镇
        wrong = [m for m in towns if _kind(m) != (level.group(1) or level.group(2))]
    elif not organ and towns:  # unnamed: the kind it calls itself by most is its own
        kinds = [_kind(m) for m in towns]
        own = max(set(kinds), key=kinds.count)
        if kinds.count(own) > len(kinds) / 2:
            wrong = [m for m in towns if _kind(m) != own]
    if wrong:
        return "township", wrong
    if _NOT_AN_OFFICE.search(organ):  # a bureau or a government that calls itself 我办, an office's word
        wrong = list(_SELF_OFFICE.finditer(ctx.text))
    return ("body", wrong) if wrong else (None, [])


# Where a page names its organ besides the title: the publisher line (发布者：区教体局, 来源：…) and the contact
# sentence (请联系湖口县某某镇，… / 请与某局办公室联系).
_PUBLISHER = re.compile(r"(?:发布者|发布机构|发布单位|信息来源|文章来源|来源)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,30})")
_CONTACT = re.compile(r"(?:请与|请联系|可联系)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,30}?)(?=联系|[（(，,。；;：:\s]|$)")
_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:省|自治区|市|自治州|州|盟|地区|自治县|县|区|旗))+")
_TOWNSHIP = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:镇|乡|苏木|街道)")
_ONE_CHARACTER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff])(?:镇|乡|苏木|街道)")
_DEPARTMENT = re.compile(r"^(?P<field>[\u4e00-\u9fff]{2,12}?)局(?:办公室|办)?$")
_SELF = set("我本各该全此")


def _other_organ(name: str, organ: str) -> bool:
    """``name`` is the organ's kind (township / bureau) but not the organ, nor a short form of its name."""
    bare, own = _PREFIX.sub("", name), _PREFIX.sub("", organ)
    if bare[:1] in _SELF:
        return False  # 我局, 本镇, 各乡镇: no name
    town, own_town = _TOWNSHIP.match(bare), _TOWNSHIP.match(own)
    cut = _ONE_CHARACTER_PLACE.match(bare)
    if cut and own_town and own_town["place"].endswith(cut["place"]):
        return True  # 湖乡党政办 for 酃湖乡: the place name's first character lost
    if town and own_town:  # a place name has no short form: 大垅集镇 is not 大垅乡 (compared as organ.name does)
        return not town["place"].endswith(own_town["place"][-2:])
    dept, own_dept = _DEPARTMENT.match(bare), _DEPARTMENT.match(own)
    if dept and own_dept:  # 区教体局 for 教育局; 卫健局 for 卫生健康局 is a short form
        a, b = dept["field"], own_dept["field"]
        return a[0] == b[0] and not (in_order(a, b) or in_order(b, a))
    return False


@rule("organ.page_name", "warning", "organ", "页面发布者或联系单位与报告单位名称不一致",
      "页面的发布者（发布者、发布机构、来源）或前言的联系单位（请与……联系）是与报告单位同类的机关，名称却与报告单位不同"
      "（报告是某区教育局的，发布者写“区教体局”；单位是某某乡，联系单位写“某某集镇”，或乡名少了第一个字）。简称（镇政府、卫健局）、"
      "自称（我局、本镇）、冠以县名的写法和另一类机关（政府办公室发布局的报告）不报；“××镇人民政府”的写法由 organ.name 报告。",
      needs_format=False, example="前进区教育局的报告，页面写“发布者：区教体局”")
def page_name(ctx: Context):
    organ = ctx.organ
    if ctx.source is None or not organ:
        return
    # The page's header (the importer keeps it only in the text as published) and the opening.
    for where, pattern, text in (("页面发布者", _PUBLISHER, ctx.source.original_text[:1200]),
                                 ("联系单位", _CONTACT, ctx.source.text[:1200])):
        for m in pattern.finditer(text):
            name = m["name"]
            if not _MENTION.search(name) and _other_organ(name, organ):
                yield Hit(f"{where}写作“{name}”，与报告单位“{organ}”不一致。", quote=name)
                break


# 编制某某镇单位2024年政府信息公开工作年度报告: a template's “××单位” filled with the organ's name and 单位 left.
_ORGAN_THEN_UNIT = re.compile(r"(?:镇|乡|苏木|街道|局|委员会|政府|办事处)单位\s*\d{4}\s*年度?\s*(?:政府)?信息公开")


@rule("organ.template_word", "warning", "integrity", "单位名称后留有模板文字“单位”",
      "报告名称中单位名称之后紧接着模板的“单位”二字（编制某某镇单位2024年政府信息公开工作年度报告）：模板的“××单位”"
      "只替换了“××”。", needs_format=False, example="编制青松镇单位2024年政府信息公开工作年度报告")
def template_word(ctx: Context):
    text = ctx.text
    if "单位" not in text:
        return
    text = normalise_digits(text)
    for m in _ORGAN_THEN_UNIT.finditer(text):
        yield Hit(f"单位名称之后留有模板文字“单位”：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
        return

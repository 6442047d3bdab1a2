"""What a report says about itself: title, organ, county, year, 统计期限, contact, signature, section headings.

Each finder reads the normalised text (simplified, half-width digits) and returns what
it found with where it found it, so the caller can log sources and disagreements.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import segment
from ..names import counted, in_address, in_order, in_other_title, kind_only
from ..spam import spam_in

# Han characters here include Extension A (\u3400-\u4dbf): place names use them (㙍 in 塘㙍镇).
# …工作年度报告, …工作的年度报告, …工作情况报告, …年报; 现公布某局2020年度政府信息公开工作情况。 (a sentence's end: not
# ……工作情况编制, the work the report sums up).
# (某厅2025年政务信息公开工作开展年度报告, 某厅2025年度政务公开工作情况的报告)
_TITLE_END = (r"(?:(?:政府|政务)?信息公开(?:主要)?(?:工作)?(?:开展)?\s*(?:的)?\s*(?:年度)?\s*(?:工作)?(?:情况)?(?:报告|年报)|工作报告"
              r"|政府信息公开情况|政府信息公开工作情况(?=[。；;]|\s*$)"
              # (现将某局2020年度政府信息公开工作情况汇报如下)
              r"|(?:政府)?信息公开(?:工作)?(?:情况)?汇报(?=如下)"
              r"|政务公开(?:工作)?\s*(?:年度报告|年报|情况的?报告))")
# (某委2020政府信息公开工作年度报告: the year without its 年 before the report's name; 某局2024年政府信息公开主要工作报告)
_TITLE = re.compile(
    r"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)\s*(?:政府信息公开)?\s*(?P<year>\d{4})\s*(?:年度?|(?=政府信息公开))\s*"
    r"(?:本级)?\s*" + _TITLE_END)
# 2019年××市人民政府办公厅政府信息公开工作年度报告: the year first, on a line of its own.
_TITLE_YEAR_FIRST = re.compile(r"^\s*(?P<year>\d{4})\s*年度?\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)\s*" + _TITLE_END)
# 宝坻区大钟庄镇政府信息公开工作年度报告（2019年）: the year after the title, in brackets.
_TITLE_YEAR_AFTER = re.compile(r"^\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,40}?)\s*" + _TITLE_END
                               + r"\s*[（(]\s*(?P<year>\d{4})\s*年度?\s*[）)]\s*$")
# 某区某办公室政府信息公开工作2022年度报告: the year between the report's subject and 年度报告 (a few words of the page's
# furniture may end the line: …年度报告二维码; no sentence does).
_TITLE_YEAR_INSIDE = re.compile(r"^\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)\s*(?:政府)?信息公开工作\s*"
                                r"(?P<year>\d{4})\s*年度?\s*(?:工作)?报告(?=[^。，,；;：:]{0,12}$)")
# 某镇2023年政府信息公开 工作告年度报: a title line whose last words came out of order (报 and 告 still there).
_TITLE_GARBLED = re.compile(r"^\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,40}?)\s*(?P<year>\d{4})\s*年度?\s*政府信息公开"
                            r"(?=[\s\u4e00-\u9fff]{0,10}$)(?=[^报]*报)(?=[^告]*告)")
# 某区某办政府信息公开工作年度报告: a title line that gives no year (its year group empty; the year is read elsewhere).
_TITLE_NO_YEAR = re.compile(r"^\s*(?P<year>)(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)\s*" + _TITLE_END + r"\s*$")
# (特编制并向社会公布某县人民政府2025年……: a second verb joined by 并 is cut off too)
# (现向社会公开某局2025年……: the verb with whom it publishes to)
_TITLE_VERB = re.compile(r"^.*?(?:现公布|现予公布|特发布|现发布|现公开|现向社会公开|长期公开|公布|发布|编制|制定|制作|形成|印发|关于|现将"
                         r"|现就|上传|报送|总结|现报告"
                         r"|做好|把|联系"
                         r"|全文包括|包括|涵盖|结合)了?(?:并(?:向社会)?(?:予以)?(?:公布|发布|公开))?"
                         r"(?:发布|公布|印发)?")  # (现公开发布某局2023年……, 关于印发某区2024年……: two verbs)
# 2020年，省粮食和储备局政府信息公开工作年度报告是根据……: the name opening the first paragraph as its subject
# (2024年丽水市政府信息公开工作年度报告根据……: the comma may be left out).
_TITLE_OPENS_TEXT = re.compile(r"^\s*(?P<year>\d{4})\s*年度?[，,]?\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,30}?)\s*"
                               + _TITLE_END + r"(?=是|由|根据|依据|依照|按照)")
# 现向社会公布2021年某市教育局政府信息公开工作年度报告: in a sentence, the year before the organ's name.
_NAMED_IN_TEXT = (r"(?![本我该全各此度])(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{1,30}?"
                  r"(?:局|委员会|委|人民政府|政府办|办事处|乡|镇|苏木|街道|街办|街|办公室|中心|市|县|区|旗))")
_TITLE_IN_TEXT_YEAR_FIRST = re.compile(r"(?:公布|公开|发布|编制|形成|现将)(?P<year>\d{4})\s*年度?\s*" + _NAMED_IN_TEXT
                                       + r"\s*" + _TITLE_END)
# 现发布某开发区政府信息公开工作年度报告: in a sentence, the report named with no year (its year group empty).
_TITLE_IN_TEXT_NO_YEAR = re.compile(r"(?:现发布|现公布|现予公布|特发布|现向社会公布|现予以公布)(?P<year>)" + _NAMED_IN_TEXT
                                    + r"\s*政府信息公开工作年度报告(?![^。，,；;\n]{0,6}(?:的通知|编制|发布工作))")
# 现公布某市自然资源局政府信息公开工作2022年度报告: in a sentence, the year between the report's subject and 年度报告.
_TITLE_IN_TEXT_YEAR_INSIDE = re.compile(r"(?:公布|公开|发布|编制|形成|现将)" + _NAMED_IN_TEXT
                                        + r"\s*(?:政府)?信息公开工作\s*(?P<year>\d{4})\s*年度?\s*(?:工作)?报告")
# A supply and marketing cooperative and its union (某区供销社, 某市供销合作社联合社, 某市供销联社) and a people's
# organisation (某市残疾人联合会): organs of their own, named so in titles, as the compiler and as the body to contact.
_COOPERATIVE = "联合社|供销社|供销联社|联合会"
_NAME_END = re.compile(r"(?:乡|镇|苏木|街道|街|街道办|街办|办事处|人民政府|政府|委员会|委|局|部|厅|办公室|办公厅|办"
                       r"|区|县|旗|市|州|盟|省|中心|新城"
                       r"|海事处|管理处|农场|林场|牧场|管委会"
                       # (某市气象部门, 某区档案馆, 某县园艺场, 某区供销联社 / 供销合作社 / 供销社 / 供销合作社联合社,
                       # 某市交通执法总队, 某区残疾人联合会)
                       rf"|部门|馆|园艺场|联社|{_COOPERATIVE}|合作社|总队|支队|大队|联合会"
                       # (某区集体经济发展服务署; 中国人民银行某市中心支行)
                       r"|署|支行|分行"
                       r"|室)$")  # (某市人民政府参事室)
_COUNTY = re.compile(r"^(?P<county>[\u3400-\u4dbf\u4e00-\u9fff]{2,12}?(?:自治旗|自治县|县|旗|市|区)|[\u3400-\u4dbf\u4e00-\u9fff][区县])(?P<rest>[\u3400-\u4dbf\u4e00-\u9fff]{2,}?(?:乡(?!建设|规划|村)|镇|苏木|街道|街道办事处|办事处|人民政府|社区))")  # noqa: E501
# What completes a title's short name to the organ's as the text writes it: 青松镇 → 青松镇人民政府, a zone →
# its 管委会, and 天津's 某某街 → 某某街道办事处.
_ORGAN_SUFFIX = ("街道办事处", "人民政府", "办事处", "管委会", "管理委员会", "道办事处")
_ORGAN_IN_TEXT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,16}?(?:乡|镇|苏木|街道|街)(?:人民政府|办事处)")
# (某市人民政府研究室, 参事室: an office of the government that is an organ of its own)
_WHOLE_ORGAN = re.compile(rf"(?:局|厅|委员会|(?<!党)委|人民政府|办事处|人民政府办公[室厅]|人民政府(?:研究|参事)室|社区|{_COOPERATIVE})$")
# 号: a street address's number (189号某镇人民政府); 过, 托, 用: the end of 通过, 依托, 利用 before a name.
_LEADING_WORDS = set("年我在对由与向请及是为经按现据将了的和号过托用")
_PARENT_GOVERNMENT = re.compile(r"^人民政府(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木))")
# A name needs words of its own before 镇/乡/苏木/街道 (not just 街道办事处).
# (各乡镇人民政府: the townships of a county, no name)
_PROPER_NAME = re.compile(r"^(?![各全每])(?!.*乡镇人民政府$)[\u3400-\u4dbf\u4e00-\u9fff]{2,}?(?:乡|镇|苏木|街道|街)(?:人民政府|办事处)$")
_DATE = r"(?P<{p}y>\d{{4}})年(?P<{p}m>\d{{1,2}})月(?P<{p}d>\d{{1,2}})日?"
_PERIOD = re.compile(
    r"(?:从|自)?\s*" + _DATE.format(p="s") + r"\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*(?:(?P<ey>\d{4})年)?\s*(?P<em>\d{1,2})月(?P<ed>\d{1,2})\s*日?(?:止)?"  # noqa: E501
)
_PERIOD_CUE = re.compile(r"统计|期限|时限|时间范围|起止")
_YEAR_WORD = re.compile(r"(?<!\d)(20[0-4]\d)\s*年")
_PHONE = re.compile(r"(?<![\d-])(0\d{2,3}\s*[-—－–]\s*\d{7,8}|1[3-9]\d{9})(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS = re.compile(r"(?:通讯地址|通信地址|办公地址|联系地址|地址)[：:]\s*([^，。；;,（）()\n]{4,60})")
_POSTCODE = re.compile(r"(?:邮政编码|邮编)[：:]?\s*(\d{6})")
# (请联系请联系某街道党政办公室: the verb written twice is still no part of the name)
_OFFICE = re.compile(r"(?:(?:[请可或](?:直接|及时)?与|可联系|请联系|可致电|联系单位|联系部门)\s*[：:]?\s*)+"
                     r"([\u3400-\u4dbf\u4e00-\u9fff（）]{4,40}?)"
                     r"(?:联系|[（(，。；：:]|$)")
_GOVERNMENT_OFFICE = re.compile(r"人民政府办公[室厅]$")
# 某区人民政府信息公开工作办公室: the government's office for disclosure, as its 人民政府办公室.
_DISCLOSURE_OFFICE = re.compile(r"(?<=人民政府)(?:信息公开|政务公开)(?:工作)?(?=办公室$)")
# 请与某区医疗保障局政府信息公开申请受理机构联系: a department's (or street office's) body for disclosure is the organ's own.
# (请与区民政局信息公开工作领导小组办公室联系: the office of its leading group for the work is the organ's own too)
_DISCLOSURE_BODY = re.compile(r"(?<=[局厅会处委])的?(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:领导小组)?(?:申请)?(?:受理)?"
                              r"(?:机构|窗口|办公室)$")
_SPEAKS_AS_OFFICE = re.compile(r"[我本]办(?![法理事公结])|[我本]厅(?!局)"
                               # (2025年，市政府办公室认真……: the office the opening sentence is about)
                               r"|\d{4}年度?[，,]\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,12}?政府办公[室厅]")
_DOWNLOAD = re.compile(r"(?:可在|可从|可到|可登录|可通过|可于|在)\s*([^。，,；;]{2,60}?)(?:下载|获取|查阅|查询|查看)")
_SIGNED = re.compile(r"^(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)?\s*" + _DATE.format(p="") + r"$")



@dataclass
class Found:
    value: object
    source: str  # where (Chinese): 标题, 统计期限, 正文 …


@dataclass
class Facts:
    title: Found | None = None
    organ: Found | None = None
    county: Found | None = None
    years: dict = field(default_factory=dict)  # source → year
    period_written: str | None = None
    period: tuple[dt.date, dt.date] | None = None
    contact: dict = field(default_factory=dict)
    signed: dt.date | None = None
    signature_lines: set = field(default_factory=set)
    title_lines: set = field(default_factory=set)


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def find_title(lines: list[str]) -> tuple[re.Match | None, set[int]]:
    """The title phrase (organ + year + 政府信息公开工作年度报告): a short line near the top, or in the text."""
    # (特向社会公布某局（以下简称“某局”，下文类同）2021年……报告: the short name's bracket between name and year)
    lines = [_SHORT_NAME_BETWEEN.sub("", _arabic_year(t)) for t in lines]
    nameless = None  # a title line without its organ (2025年政府信息公开工作年度报告), if no later one names it
    yearless = None  # a title line without a year, if no other line is a title
    for i, text in enumerate(lines[:40]):
        # the title's next line, past a blank one (某局 / (blank) / 2025年政府信息公开工作年度报告)
        k = i + 2 if i + 2 < len(lines) and not lines[i + 1].strip() else i + 1
        nxt = lines[k] if k < len(lines) and text.strip() else ""
        # (365体育官网 / 2019年度政府信息公开年度报告: a mirror's advertisement above the title is not its start)
        joined = text + (nxt if "报告" not in text and len(text) < 40 and not spam_in(text) else "")
        alone = (_TITLE.search(text) or _TITLE_YEAR_FIRST.match(text) or _TITLE_YEAR_AFTER.match(text)
                 or _TITLE_YEAR_INSIDE.match(text) or _TITLE_GARBLED.match(text))
        # A line above a title the next line holds whole (有效性：有效, a column's name) is not the title's start;
        # it is when the next line's name is only an organ's kind (……小龙坎街道 / 办事处2023年……报告), or only the
        # title's 关于 (某局 / 关于2020年度政府信息公开工作报告).
        below = _TITLE.search(nxt) if alone is None and joined != text else None
        if below and not kind_only(below["name"]) and _TITLE_VERB.sub("", below["name"]):
            continue
        m = alone or _TITLE.search(joined) or _TITLE_YEAR_FIRST.match(joined)
        used = text if alone else joined
        no_year = _TITLE_NO_YEAR.match(text) if m is None and yearless is None else None
        used_lines = {i}
        # (某县民政局 / 政府信息公开工作年度报告 / （2023年度）: the organ on the line above, the year below)
        if (m is None and yearless is None and joined != text and _NAME_LINE.match(text)
                and (no_year is None or kind_only(no_year["name"]))):
            no_year, used_lines = _TITLE_NO_YEAR.match(joined), {i, k}
        if no_year and _NAME_END.search(_PAGE_FIELD.sub("", no_year["name"])):
            yearless = (no_year, used_lines)
        # A title line is not a sentence (…按时编制完成××街道2025年政府信息公开年度报告。); a page's table
        # borders after it (……报告 | ||||||) are no part of its length.
        if m and len(used.rstrip(" \t|")) <= 80 and not re.search(r"[，。；]", used[:m.start()]) and not used.rstrip().endswith("。"):
            if not kind_only(_TITLE_VERB.sub("", m["name"])):
                return m, {i} | ({k} if used != text else set())
            # 2025年政府信息公开工作年度报告 alone (its 政府 read as the name): the organ's name on the line below
            # (……年度报告 / 某管委会), else a later title line, else the opening may name it
            below = _NAME_LINE.match(nxt) if used == text else None
            if below and _NAME_END.search(below["name"]):
                return _TITLE.search(below["name"] + used.strip()), {i, k}
            nameless = nameless or (m, {i} | ({k} if used != text else set()))
    m = _title_in_text(lines) if yearless is None else None
    if m is None and yearless is None and nameless is None:
        # 现发布某开发区政府信息公开工作年度报告。: last, the opening's title phrase that gives no year
        m = next((t for t in (_TITLE_IN_TEXT_NO_YEAR.search(text) for text in lines[:40]) if t), None)
    return (m, set()) if m else yearless or nameless or (None, set())


_SHORT_NAME_BETWEEN = re.compile(r"[（(]以下简称[^（）()]{0,30}[）)](?=\s*\d{4}\s*年)")


# A line that is a name alone (武昌经开区（滨江）管委会).
_NAME_LINE = re.compile(r"^\s*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,30})\s*$")


def _title_in_text(lines: list[str]) -> re.Match | None:
    """The first title phrase in the text's sentences (现公布……2021年政府信息公开工作年度报告)."""
    for text in lines:
        m = _TITLE_QUOTED.search(text) or _TITLE_OPENS_TEXT.match(text) or next(
            (m for pattern in (_TITLE, _TITLE_IN_TEXT_YEAR_FIRST, _TITLE_IN_TEXT_YEAR_INSIDE) for m in pattern.finditer(text)
             # (……等社会救助领域信息3条、某局2024年政府信息公开工作年度报告、……: last year's report among the items
             # published this year, not this report's title)
             if not in_other_title(text, m.start(), m.end()) and not kind_only(m["name"]) and not counted(text, m.end())
             and not text.startswith("、", m.end())
             and not (_TASK.match(text, m.end()) and "做好" in text[max(0, m.start() - 8):m.end()])),
            None)
        if m:
            return m
    return None


# 某乡编制了 (a title phrase's name that ends in the verb, the compiler before it).
_COMPILER_BEFORE = re.compile(r"^(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,30}?)(?:编制|编写|形成)了?$")
_JOINT_BEFORE = re.compile(r"(?:^|\s)(?P<first>[\u3400-\u4dbf\u4e00-\u9fff]{2,20}?(?:办事处|人民政府|街道|镇|乡|局|委员会))、$")
# 为切实做好2020年度政府信息公开工作年度报告编制及发布工作: the work of making reports, not this report's name
# (现将某局2021年政府信息公开年度报告编制和公布工作有关情况报告如下 names the report).
_TASK = re.compile(r"\s*的?(?:编制|编写|撰写|发布|报送)(?:[及和与、](?:发布|公开|报送|公布))?工作")


# 编制并向社会公布《某县2023年政府信息公开工作年度报告》: the report's own title quoted in the opening, before any
# other phrase of the sentence that ends in a report's name (关于做好2023年政府信息公开工作年度报告……的通知).
_TITLE_QUOTED = re.compile(r"《(?P<name>[\u3400-\u4dbf\u4e00-\u9fff（）]{2,40}?)\s*(?P<year>\d{4})\s*年度?\s*" + _TITLE_END + "》")


# A year in Chinese numerals (二〇二一年度…): read as digits for the title.
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _arabic_year(text: str) -> str:
    return _CN_YEAR.sub(lambda m: m[0].translate(_CN_DIGITS), text)


def _trimmed(name: str):
    """A name found in running text without the words before it (主管领导为青松镇人民政府 → 青松镇人民政府): each
    cut after such a word, the last first (the whole when there is none).

    Such a word right after a place (五原县和胜乡, 沈阳市和平区) is the first character of the next place's name,
    and so may be one a cut leaves off (2025年和平街道办事处: 平街道办事处 is no name, 和平街道办事处 is)."""
    cuts = [i for i, ch in enumerate(name) if ch in _LEADING_WORDS and (i == 0 or name[i - 1] not in _PLACE_UNITS)
            and not _INSIDE_NAME.search(name, 0, i)]
    for cut in reversed(cuts):
        yield name[cut + 1:]
    if not cuts:
        yield name


_PLACE_UNITS = set("省市州盟县区旗")
# 静安区人民政府共和新路街道办事处: one character after the district (or its government) and before the word is
# the start of the place's name (共和新路), not a phrase of its own the word ends.
_INSIDE_NAME = re.compile(rf"(?:人民政府|[{''.join(sorted(_PLACE_UNITS))}])[\u3400-\u4dbf\u4e00-\u9fff]$")


def _split_county(name: str) -> tuple[str | None, str]:
    """(county, organ): leading administrative units come off (眉山市东坡区崇礼镇人民政府 → 东坡区, 崇礼镇人民政府)."""
    county = None
    while (m := _COUNTY.match(name)) is not None and len(name) > len(m["county"]) + 1:
        county, name = m["county"], name[len(m["county"]):]
        # 鼓楼区人民政府华侨路街道办事处: the district's government is part of the address, not the organ.
        name = _PARENT_GOVERNMENT.sub("", name)
    return county, name


_SHORT_NAME = re.compile(r"（以下简称[^）]*）?$")
# (某市人民政府外事办公室（某市人民政府台港澳事务办公室: a longer other name, its bracket closed or lost at the title's end)
_OTHER_NAME = re.compile(r"(?<=[局委会府处室厅区])（[^（）]{2,12}）$|(?<=办公室)（[^（）]{2,16}(?:办公室|局)）?$")
# A government with its office, a zone with the district it is one with: the second name in brackets.
_TWO_NAMES = re.compile(r"(?<=人民政府)（[^（）]{1,7}政府办公室）$|(?<=区)（[^（）]{1,8}区）$")  # (as _OTHER_NAME: 12 at most)
# 县教育局 (the county's bureau, its place left out: 宣恩县教育局编制了县教育局…年度报告).
_BARE_LEVEL = re.compile(r"^[省县市区旗州盟](?=[\u3400-\u4dbf\u4e00-\u9fff]{2,}(?:局|厅|委员会|委|办公室))")


def _complete_place(name: str, text: str) -> str:
    """A department's name that starts with its level only (县教育局, 区政府国资局) in full (宣恩县教育局, 浑南区国资局),
    where the text writes it in full after punctuation or at a line's start; else as it stands."""
    if not _BARE_LEVEL.match(name):
        return name
    # 区政府国资局, the district government's bureau, is written in full as 浑南区国资局
    for written in dict.fromkeys((name, name[0] + name[3:] if name[1:3] == "政府" else name)):
        before = rf"(?<![\u3400-\u4dbf\u4e00-\u9fff])([\u3400-\u4dbf\u4e00-\u9fff]{{1,8}}?){re.escape(written)}"
        places = Counter(m[1] for m in re.finditer(before, text) if m[1][0] not in _NOT_A_NAME_START
                         and not set(m[1]) & _LEADING_WORDS and not _TITLE_VERB.match(m[1])
                         and not _VERB_BEFORE_NAME.match(m[1]))
        if places:
            return places.most_common(1)[0][0] + written
    return name


def _names_in_text(text: str) -> Counter:
    """(county, organ) of the township names the running text uses (××镇人民政府, ××街道办事处)."""
    names = Counter()
    # (地址：某区某镇府顺街某镇人民政府: inside an address, the government's name after the street's)
    for n in (_STREET_BEFORE.sub("", m.group(0)) if in_address(text, m.start()) else m.group(0)
              for m in _ORGAN_IN_TEXT.finditer(text)):
        # (加快建设台吉镇人民政府公众号: the verbs before the name; 建设镇人民政府, a town named 建设镇, keeps its name)
        found = (_split_county(_TITLE_VERB.sub("", name)) for cut in _trimmed(n)
                 for name in dict.fromkeys((_VERB_BEFORE_NAME.sub("", cut), cut)))
        name = next((k for k in found if _PROPER_NAME.match(k[1])), None)
        if name:
            names[name] += 1
    # 青岛市example区通济街道办事处 beside 通济街道办事处: a level's character left of a place name a mirror cut
    for county, name in list(names):
        if name[0] in _PLACE_UNITS and (county, name[1:]) in names:
            names[(county, name[1:])] += names.pop((county, name))
    # 彭浦镇镇人民政府 beside 彭浦镇人民政府: the unit written twice once (湖镇镇 alone is a town named 湖镇)
    for county, name in list(names):
        single = _UNIT_TWICE.sub(r"\1", name)
        other = next((k for k in names if k[1] == single), None) if single != name else None
        if other is not None:
            names[other] += names.pop((county, name))
    return names


_UNIT_TWICE = re.compile(r"([镇乡])\1(?=人民政府|办事处)")
# 卫子镇府顺街 of 卫子镇府顺街卫子镇人民政府: an address's street before the building it ends with
_STREET_BEFORE = re.compile(r"^.*[街路巷](?=[\u4e00-\u9fff]{2,6}(?:乡|镇|苏木|街道)(?:人民政府|办事处)$)")
# (加强县民政局政府信息公开目录管理: the verb before a department named by its level is no place of it)
_VERB_BEFORE_NAME = re.compile(r"^(?:加快|全面|持续|积极|大力)?(?:建设|推进|依托|通过|打造|完善|开通|运营|维护|登录|访问|关注"
                               r"|加强|强化|规范|健全|做好|落实|督促|指导|配合|协助|会同|联合|推动)")


_DEPARTMENT_SHORT = re.compile(r"(?:局|厅|委|办)$")


# (天津市公共体育设施布局规划: 布局, 格局, 大局 end in 局 and are no bureau)
_NOT_IN_A_NAME = re.compile(r"网站|网|栏|平台|公开|信息|[布格大全结当开变]局")
# 地址：某市某大道某局: the street of an address before the bureau, unless the short name has a road of its own (公路局)
_ROAD = re.compile(r"大道|大街|[路巷弄]")


_DOUBLED_WORD = re.compile(r"([\u4e00-\u9fff]{2})\1")


def _expanded(short: str, text: str) -> str | None:
    """The department's full name the text gives for the title's short one (江西省民宗局 → 江西省民族宗教事务局): the
    short name's characters in order, same first and last; the name the text uses most."""
    if not _DEPARTMENT_SHORT.search(short) or len(short) < 4:
        return None
    # The kind's character (局) once, at the end: 青松县林业局编制了县林业局 is two names and a verb.
    middle = rf"[^\W\d_{re.escape(short[-1])}]"
    found = Counter(m.group(0) for m in re.finditer(
        rf"{re.escape(short[0])}{middle}{{{len(short) - 1},{2 * len(short)}}}?{re.escape(short[-1])}", text)
        # (院内内蒙古……管理局: the short name whole with a character before it is no fuller name; 清远市政府网站市林业局:
        # a site's name between, no organ's)
        # (县政府和市民政局政务公开工作要求: a government and another body, no fuller name of 县民政局)
        # (民族宗教宗教事务局: the short name with a word written twice is that slip, no fuller name)
        if short not in m.group(0) and in_order(short, m.group(0)) and not _NOT_IN_A_NAME.search(m.group(0))
        and _DOUBLED_WORD.sub(r"\1", m.group(0)) != short
        and (_ROAD.search(short) or not _ROAD.search(m.group(0)))
        and ("政府" in short or "政府" not in m.group(0)))
    if not found:
        return None
    full = found.most_common(1)[0][0]
    # 国资委 → 国有资产监督管理委员会, 北部湾办 → 北部湾经济区规划建设管理办公室: a 委 or 办 the text writes out in full
    for kind, rest in (("委", "员会"), ("办", "公室")):
        if full.endswith(kind) and full + rest in text:
            return full + rest
    return full


# 新葡京博彩官网流花街道办事处: what is left of an advertisement before the name once its words are cut off.
# 标题 某某人民政府2023年……: a page's metadata field label printed before the title.
_PAGE_FIELD = re.compile(r"^(?:(?:信息|文章|文件)?(?:标\s*题|名\s*称)|题\s*目)\s*[:：]?\s*")  # (信息名称  某局2021年……)
_AD_TAIL = re.compile(r"^(?:官网|官方网站|网站|平台|app|APP|下载|公司|集团)+")  # (英国威廉希尔公司市某局: the brand's 公司)
_AD_SITE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{0,8}?(?:官网|官方网站)(?=[\u3400-\u4dbf\u4e00-\u9fff]{4})")


def find_organ(title: re.Match | None, text: str, title_in_text: bool = False,
               page: str = "") -> tuple[Found | None, Found | None]:
    """The organ's name and its county (see _find_organ), without an advertisement a mirror put before the name."""
    organ, county = _find_organ(title, text, title_in_text, page)
    ads = spam_in(organ.value) if organ is not None else []
    # (bet365亚洲官网 住房和城乡建设局: the advertisement's Chinese tail, ending in 官网, left before the name)
    site = _AD_SITE.search(organ.value) if organ is not None and not ads else None
    if ads or site:
        rest = _AD_TAIL.sub("", organ.value[(ads[-1] if ads else site).end():])
        organ = Found(rest, organ.source + "（去掉了镜像网站插入的广告文字）") if len(rest) >= 2 else None
    # 2025年年度某区教育局加强……: a name never starts with 年 (the year's 年 written twice before it)
    if organ is not None and organ.value.startswith("年") and len(organ.value.lstrip("年度")) >= 2:
        organ = Found(organ.value.lstrip("年度"), organ.source)
    # 某市人民政府门户网站 部门 某市体育局2022年……: the site's path before the title, its steps run together
    path = _SITE_PATH.match(organ.value) if organ is not None else None
    if path and len(organ.value) - path.end() >= 4:
        organ = Found(organ.value[path.end():], organ.source + "（去掉了页面的栏目路径）")
    return organ, county


_SITE_PATH = re.compile(r"^.*(?:门户网站|网站|首页)(?:部门|机构|栏目|信息公开)?")


def _find_organ(title: re.Match | None, text: str, title_in_text: bool = False,
                page: str = "") -> tuple[Found | None, Found | None]:
    """The organ's name (without its county) and its county, from the title phrase, completed from the text.

    ``title_in_text``: the title phrase was found in a sentence, not on a title line, so words before
    the name may be part of the sentence; a name the text uses that ends the phrase is preferred.
    ``page``: the page as published, with its fields (信息来源：某街道办事处) that the text has lost, where a
    name the title shortens may be written in full.
    """
    # A name never starts with 年 (…2022年 马头铺镇…: the date before the title line).
    # 某省卫生健康委关于2022年政府信息公开工作的年度报告: the title's 关于 follows the organ.
    # 某乡编制了2019年……年度报告: the compiler named before the verb, the year after it (not a name cut off after
    # digits or letters, 365体育备用网址某局编制了: what is left of an advertisement).
    compiler = _COMPILER_BEFORE.match(title["name"]) if title is not None else None
    if compiler and re.match(r"[0-9A-Za-z]", title.string[title.start("name") - 1:title.start("name")]):
        compiler = None
    # 某区住建局政府2019年信息公开……报告: the report name's 政府 put before the year, after a department's name
    base = (re.sub(rf"^(?:{_PREPOSITION})", "", compiler["organ"]) if compiler
            else _TITLE_VERB.sub("", re.sub(r"(?<=[局厅委])政府$|关于$", "", title["name"])) if title is not None else "")
    # 城南办事处、城南园区2024年……报告: a report of two organs, the first named is the one that reports
    joint = _JOINT_BEFORE.search(title.string, 0, title.start("name")) if title is not None and base else None
    if joint:
        base = joint["first"]
    # …发展改革局（以下简称发展改革局）2021年度…: the short name in brackets is not part of the name; nor is the
    # organ's other name (某市农业农村局（市茶叶局）, 某开发区（某街道）).
    base = _SHORT_NAME.sub("", _PAGE_FIELD.sub("", base))
    other = _OTHER_NAME.search(base)
    two_names = _TWO_NAMES.search(base)
    base = _complete_place(_OTHER_NAME.sub("", base).strip("（）").lstrip("年度"), text)
    # 某市人民政府（市人民政府办公室）, 某高新区（某区）: one organ under two names, the title's name whole, unless the
    # opening names the office's own report (现公布某市人民政府办公室2020年度……, below)
    if two_names and not re.search(re.escape(base) + r"办公室\s*\d{4}", text):
        county, name = _split_county(base)
        return Found(name + two_names[0], "标题（一个单位的两个名称）"), (Found(county, "标题") if county else None)
    # 某市人民政府（市人民政府办公室）2020年……报告, and the opening 现公布某市人民政府办公室……: the office's report
    if other and other[0].endswith("办公室）") and base.endswith("人民政府") and base + "办公室" in text:
        base += "办公室"
    # (……，将保税区2021年度……报告如下: the sentence's 将 before the name, which the text writes without it elsewhere;
    # 将乐县 keeps its 将, the text never writing 乐县 alone)
    if title_in_text and base[:1] == "将" and len(base) >= 4 and re.search(rf"(?<!将){re.escape(base[1:])}", text):
        base = base[1:]
    if base[:1] in "本我该此" or re.search(r"[我本](?:局|委|办|厅|镇|乡|街道|单位|中心)$", base):
        base = ""  # 现将本街道2021年……报告编制如下, 公开我局2020年……报告: the report's self, not a name
    if title_in_text and _REQUIREMENT.match(base):
        base = ""  # 按照洪山区2024年……年度报告编制有关要求: the name of what is followed, not of this report
    if base.endswith("人民"):
        base += "政府"  # 青松镇人民政府信息公开工作年度报告: the title's 政府 is the organ's too
    # 玉田镇政府: the township's short name, completed below (kept as written when the text has no full name)
    government = "政府" if re.search(r"(?<=[镇乡木])政府$", base) else ""
    base = base.removesuffix(government)
    if base.endswith("街办") and len(base) > 3:
        base = base[:-2] + "街道办事处"  # 东岳路街办: the usual short name of a street office
    if title_in_text:
        for (county, name), _ in _names_in_text(text).most_common():
            if base.endswith((name, re.sub(r"(?:人民政府|办事处)$", "", name))):
                title_county = _split_county(base)[0]
                where = "正文" if county else "标题"
                county = county or title_county
                return Found(name, "标题和正文"), (Found(county, where) if county else None)
    # 螅镇: a one-character place name is a name too.
    long_enough = len(base) >= 3 or (len(base) == 2 and base[-1] in "乡镇" and base[0] not in _LEADING_WORDS)
    if long_enough and _NAME_END.search(base) and not base.startswith(("人民政府", "政府")):
        county, short = _split_county(base)
        found_county = Found(county, "标题") if county else None
        if short.endswith(_ORGAN_SUFFIX):
            return Found(short, "标题"), found_county
        for name in (base, short):
            for suffix in _ORGAN_SUFFIX:
                if name + suffix in text:
                    return Found(_split_county(name + suffix)[1], "标题和正文"), found_county
                if name + suffix in page and re.search(r"(?:乡|镇|街道|苏木)$", name):
                    return Found(_split_county(name + suffix)[1], "标题和页面信息"), found_county
        if short.endswith("街") and short + "道" in text:  # 沌口街 in the title phrase, 沌口街道 in the text
            return Found(short + "道", "标题的简称，正文中的全称"), found_county
        full = _expanded(short, text)
        if full:  # (省粮食和储备局 → 湖南省粮食和物资储备局: the full name with its place, where the text gives it)
            return Found(_complete_place(full, text), "标题的简称，正文中的全称"), found_county
        return Found(short + government, "标题（正文中没有带“人民政府”“办事处”的全称）"), found_county
    names = _names_in_text(text)
    if names:
        county, name = names.most_common(1)[0][0]
        return Found(name, "正文"), (Found(county, "正文") if county else None)
    # No title: the organ the opening says compiled the report (本报告由某市司法局按照……编制).
    opening = _COMPILED_BY_OFFICE.search(text[:400]) or _COMPILED_BY.search(text[:400]) or _OPENING_ORGAN.search(text)
    if opening:
        # (及时调整补充了某州某局……领导小组: a name never holds 了, the verb's words before it are cut off)
        # (由某局政务公开领导小组办公室编制: the 由 before the organ whose group compiled it is no part of its name)
        # (及时调整充实区住建局……领导小组: the verbs without 了 are cut off too)
        found = _GROUP_VERBS.sub("", re.sub(rf"^(?:{_PREPOSITION})", "", next(g for g in opening.groups() if g).rsplit("了", 1)[-1]))
        # 由某县人民政府办公室编制: the government's report, unless the text speaks as the office
        found = found if _SPEAKS_AS_OFFICE.search(text) else _GOVERNMENT_OFFICE.sub("人民政府", found)
        county, name = _split_county(found)
        # (由区财政局编制: a department named by its level gets its place from the text, see _with_place)
        return Found(_with_place(name, text), "前言"), (Found(county, "前言") if county else None)
    # The organ the reader is asked to contact (请与岱山县卫生健康局联系), when that is a whole organ
    # and not one of its offices (党政办公室, 综合科).
    office = _OFFICE.search(text)
    written = _DISCLOSURE_BODY.sub("", _DISCLOSURE_OFFICE.sub("", office[1])) if office else ""
    # (请与本局信息公开领导小组办公室联系: the report's self, not a name)
    if (office and _WHOLE_ORGAN.search(written) and not re.search(r"(?<!人民政府)办公[室厅]|科|股|中心", written)
            and written[:1] not in "本我该此"):
        county, name = _split_county(written)
        # 请与某区人民政府办公室联系: the government's office answers for the government's report, unless the text
        # speaks as the office (我办, 本办)
        government = _GOVERNMENT_OFFICE.sub("人民政府", name)
        if government != name and not _SPEAKS_AS_OFFICE.search(text):
            return Found(_with_place(government, text), "联系方式（本级政府的办公室）"), (
                Found(county, "联系方式") if county else None)
        return Found(_with_place(name, text), "联系方式"), (Found(county, "联系方式") if county else None)
    # 请联系桃江县审计局办公室: the office of a department the text itself speaks of (县审计局认真贯彻…, 我局…).
    unit = _OFFICE_OF.match(office[1]) if office else None
    # 管委会, 委员会: 我委; 外事办公室: 我办
    self_word = ({"会": "委", "室": "办", "道": "街"}.get(unit["organ"][-1], unit["organ"][-1])) if unit else ""
    speaks_as = unit and re.search(rf"[我本]{self_word}(?![\u3400-\u4dbf\u4e00-\u9fff]{{0,1}}[乡镇街])", text)
    # (a township's 党政办公室 is the township's own office: its report is the township's)
    township = unit is not None and unit["organ"].endswith(("街道", "镇", "乡"))
    if unit and (text.count(_PLACE.sub("", unit["organ"])) > text.count(unit["organ"] + unit["office"]) or speaks_as
                 or township):
        if township:  # 章贡区人民政府水东镇: the township, its county (and the county's government) before it
            county, name = _split_county(unit["organ"])
            return Found(name, "联系方式（该乡镇、街道的办公室）"), (Found(county, "联系方式") if county else None)
        return Found(_with_place(unit["organ"], text), "联系方式（该单位的办公室，正文也提到该单位）"), None
    subject = _SUBJECT.search(text[:400])
    # 2020年，木头城子镇在朝阳县人民政府网……: a township at work on the county's site, not the county's office
    # (2025年，市发改委紧紧围绕全市发展大局……: the sentence's verbs run into a place's 市 are no name)
    if subject and not re.search(r"[乡镇在]", subject["organ"][:-2]) and not _OPENING_VERB_INSIDE.search(subject["organ"]):
        return Found(subject["organ"], "前言（开头一句所说的单位）"), None
    place = _first_named(_PLACE_SUBJECT, text[:600])
    if place:
        return Found(place["organ"], "正文（开头一句所说的地方：本级政府的报告）"), None
    town = _first_named(_TOWNSHIP_SUBJECT, text[:600])
    # (a report that speaks as a department or a county, 我局 / 我县, names a township it works with; a street
    # office, 某办事处, speaks as 我办)
    speaks_as = {m.group(0)[1:] for m in _DEPARTMENT_SELF.finditer(text)}
    if town and (
            not speaks_as or town["organ"].endswith("办事处") and speaks_as == {"办"}):
        return Found(town["organ"], "正文（开头一句所说的乡镇、街道）"), None
    # 在区委区政府的正确领导下，某开发区管理委员会认真……: the organ named after the frame 在……下; 2021年，县乡村振兴局
    # 严格……: a department named by its level only, when the text names the one place of that level (any county's
    # bureau could be 县林业局).
    unit = _first_named(_UNDER_SUBJECT, text[:600])
    if unit:
        return Found(unit["organ"], "正文（开头一句所说的单位）"), None
    unit = _LEVEL_SUBJECT.search(text[:600])
    placed = _with_place(unit["organ"], text) if unit else ""
    if unit and placed != unit["organ"]:
        return Found(placed, "正文（开头一句所说的单位，地名取自正文）"), None
    bare = _bare_township(text)
    if bare:
        return Found(bare, "正文（乡镇、街道名称，没有“人民政府”“办事处”）"), None
    # Last, the page's own field (a department's name with its place).
    field = _SOURCE_FIELD.search(page or text)
    if field:
        county, name = _split_county(field["organ"])  # 发文机关：文昌市昌洒镇 → 昌洒镇 of 文昌市
        return Found(name, "页面信息（来源、发布机构）"), (Found(county, "页面信息") if county else None)
    guide = _own_guide(text)
    if guide:
        return Found(guide, "正文所引本单位的信息公开指南（正文以简称自称）"), None
    quoted = _own_column(text)
    if quoted:
        return Found(quoted, "正文所引本单位的网站栏目（正文以简称自称）"), None
    site = _own_site(text)
    if site:
        return Found(site, "下载说明所说的本单位网站（正文以简称自称）"), None
    # Last of all, the department as the opening sentence names it, by its level only or bare (2022年度，区某某局全面……;
    # 2020年，信访局深入……): the page states no other name.
    unit = _LEVEL_SUBJECT.search(text[:600]) or _BARE_DEPARTMENT_SUBJECT.search(text[:1000])
    if unit:
        return Found(unit["organ"], "正文（开头一句所说的单位，没有地名）"), None
    # The department with its place that the text names most, at least twice, outside other documents' titles
    # (皮山县统计局组织……；皮山县统计局严格落实……), then the page's publisher named by its level only (发布机构：市审计局).
    found = [m.group(0) for m in re.finditer(_PLACED_DEPARTMENT, _TITLED.sub("", text))]
    # (在市工信局网站: a preposition first, no name; 我局积极通过某县某局: the words before the name ran into it, the
    # name written alone elsewhere is what it is)
    named = Counter(min(names, key=len) for x in found
                    if (names := [n for n in found if x.endswith(n) and n[0] not in _NOT_A_NAME_START]))
    if named and named.most_common(1)[0][1] >= 2:
        return Found(named.most_common(1)[0][0], "正文（多次提到的本单位名称）"), None
    field = _LEVEL_FIELD.search(page or text)
    if field:
        return Found(field["organ"], "页面信息（发布机构，没有地名）"), None
    return None, None


_TITLED = re.compile(r"《[^《》]{0,80}》")
# 发布机构: 市审计局: the page's publisher named by its level only
_LEVEL_FIELD = re.compile(r"(?:发布机构|发布单位|发文机关|发文单位|信息来源|来源)\s*[:：|]\s*"
                          r"(?P<organ>[省市县区旗][\u4e00-\u9fff]{2,12}?(?:局|委员会|中心))(?![\u4e00-\u9fff])")


def _first_named(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match whose organ is a name (2023年，我区……, then 2023年，张湾区持续……: the second)."""
    return next((m for m in pattern.finditer(text) if m["organ"][0] not in _NOT_A_NAME_START), None)


# 我局在县政府门户网站负责管理“开阳县商务和投资促进局”……专栏: a text that speaks as 我局 names its own column on
# the county's portal by the bureau's full name, with its place.
_QUOTED_BUREAU = re.compile(r"“(?P<organ>[\u4e00-\u9fff]{1,8}(?:省|市|县|区|旗)[\u4e00-\u9fff]{2,16}?局)”")


# A place named with its levels, largest first (湖北省武汉市江夏区): the start of a placed organ's name.
# (城中区市政公用服务中心共向区信息中心: a place's name holds no 中心 or 服务, which end or name an organ)
_PLACES = r"(?:(?:(?!中心|服务)[\u3400-\u4dbf\u4e00-\u9fff]){1,10}?(?:省|自治区|市|自治州|州|盟|自治县|县|区|旗))+"


# 本年度报告的电子版可在“安庆市招商中心”网站……下载 / 可以从乌海市统计局门户网下载 / 在某市农业农村局网站首页设置……专栏:
# the organ's own site, when the text speaks as that kind of organ (我中心, 我局).
# (报告的电子版在某县某局信息公开栏目（网址：……）: the organ's own column of its site)
_OWN_SITE = re.compile(r"(?:可(?:以)?)?(?:在|从|到|登录|通过)\s*“?(?P<organ>"
                       + _PLACES + r"[\u3400-\u4dbf\u4e00-\u9fff]{2,20}?(?P<kind>局|厅|委员会|中心))”?\s*"
                       r"(?:(?:门户)?(?:网站|网|官网)|(?:政府)?信息公开(?:栏目|专栏))")


def _own_site(text: str) -> str | None:
    m = _OWN_SITE.search(text)
    if m is None or re.search(r"[局厅会心]和", m["organ"]):  # (某大厅和某厅: two names, not 住房和城乡建设局)
        return None
    self_word = {"委员会": "委"}.get(m["kind"], m["kind"])
    return m["organ"] if re.search(f"[我本]{self_word}", text) else None


def _own_column(text: str) -> str | None:
    if "我局" not in text or "“" not in text:
        return None
    names = {m["organ"] for m in _QUOTED_BUREAU.finditer(text)}
    return names.pop() if len(names) == 1 else None  # (two bureaus quoted: no telling which is its own)




# 及时调整充实 / 调整补充 / 健全: the verbs before an organ's leading group, no part of the organ's name.
_GROUP_VERBS = re.compile(r"^(?:及时|进一步)?(?:调整|充实|补充|健全|完善|组建|成立)+")
# A department named with its place (京山市卫生健康局, 某市人民政府外事办公室), as 为做好……政府信息公开工作 and
# ……要求，某局结合实际编制 name it.
_PLACED_DEPARTMENT = (_PLACES + r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,20}?(?:局|厅|委员会)|人民政府[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?办公室)")
# 本报告由某局……编制 / ……要求，由某委员会（以下简称某管委会）编制而成 / 根据2023年某局信息公开… / 现将2022年度某局政府信息公开工作报告如下
# / 为做好某市某局政府信息公开工作 / 结合某市某局2022年政府信息公开工作实际 / ……要求，某县某局结合单位实际，编制……
# / the department's own leading group for the work.
# Words that open a clause before a name without being part of it (由……编制, 按照……要求).
_PREPOSITION = "由|按照|根据|依据|依照|遵照|对照|围绕|结合|经(?![开济])"  # (经开区, 经济开发区: a zone's name)
_REQUIREMENT = re.compile(r"按照|根据|依据|依照|遵照|对照")  # (……the requirement that follows)
_COMPILED_BY = re.compile(r"(?:本(?:年度)?(?:报告|年报)(?:是)?|[，,])由"
                          # (杭州高新区(滨江)财政局: a zone's other name in brackets inside the organ's name)
                          # (由市外办编制: a department's short name in 办; not a township's 党政办 nor a government's 政府办;
                          # 由某市人民政府外事办公室编制: an organ named 办公室, not the office of an organ, 某委员会办公室,
                          # 某局信息公开工作办公室, 某街道党政办公室, which compiles that organ's report; a government's
                          # 人民政府办公室 is taken, its report told from the government's below)
                          # (由某市供销合作社联合社按照……编制: a supply and marketing cooperative's union)
                          rf"(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff（）()]{{2,30}}?(?:局|厅|委员会|委|人民政府|办事处|中心|{_COOPERATIVE}"
                          r"|(?<!党政)(?<!综合)(?<!政府)(?<![乡镇街道])办|(?<![府会局厅镇乡道组作政合群大])办公室|人民政府办公室))"
                          # (由某县林业局办公室编制: a department's own office compiles its report)
                          # (由某市发展和改革委员会（某市国防动员办公室）编制: its other name, in brackets, after it)
                          r"(?:[（(](?:以下简称[^）)]{1,12}|[\u4e00-\u9fff]{2,20})[）)])?(?:(?<=[局厅会心])(?:办公室|综合科))?"
                          r"(?:按照|根据|依据|依照|结合|综合|汇总|编制|制作本(?:年度)?报告)"
                          r"|(?:根据|现将)\d{4}年(?:度)?(?![我本度该此])(?P<organ2>[\u3400-\u4dbf\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|人民政府|办事处|中心))"
                          r"(?:政府)?信息公开"
                          # (结合省财政厅2024年政府信息公开工作实际: a department of the province, named by its level;
                          # 结合某市某区人民政府2020年度政府信息公开工作编制而成: a government)
                          r"|(?:做好|结合)(?P<organ3>" + _PLACED_DEPARTMENT + r"|省[\u4e00-\u9fff]{2,8}?厅|" + _PLACES + "人民政府)"
                          r"(?:\d{4}年度?)?(?:政府)?信息公开工作"
                          # (……要求，某市人民防空办公室结合工作实际，制定本报告: 制定 or 撰写 the report itself)
                          r"|[，,](?P<organ4>" + _PLACED_DEPARTMENT + r")(?:(?:结合|按照|根据|依据)[^。]{0,20}?)?"
                          r"(?:编制|(?:制定|撰写)本(?:年度)?报告)"
                          # 现结合重庆市某新区商务委员会实际工作，编制本报告
                          r"|结合(?P<organ5>" + _PLACED_DEPARTMENT + r")(?:的)?(?:工作)?实际(?:工作|情况)?[，,]?\s*编制"
                          # 某市某区人民政府外事办公室政府信息公开工作领导小组由我办主要领导担任组长
                          # (成立了某局……领导小组: the name starts after the verb)
                          # (调整补充了某州某局信息公开领导小组成员; ……为成员的某县某局政府信息公开工作领导小组)
                          # (……疑问，请与某市某局政府信息公开领导小组办公室联系: the contact's 请与 is no part of the name)
                          r"|(?:(?<=[，,。；;：:\n了的])(?!成立|请与|请|与)|(?<=成立)(?!了)|(?<=请与))(?P<organ6>" + _PLACED_DEPARTMENT
                          + r")(?:政府)?(?:信息公开|政务公开)(?:工作)?领导小组"
                          # (……要求，某县某局特向社会公布2024年度本机关……报告: the organ that publishes it)
                          # (某开发区管委会某局向社会公布2022年度……, the report's first words: no 特 or 现 before it)
                          r"|(?:[，,]|(?m:^))(?P<organ7>" + _PLACED_DEPARTMENT + r")(?:(?:特|现)(?:向社会)?|向社会)(?:公布|发布)")
# 本报告由某高新区党政办公室编制: an organ's own office compiles its report (由某区管委会党政办，区直各部门……情况编制而成:
# with what others sent).
_COMPILED_BY_OFFICE = re.compile(r"(?:本(?:年度)?(?:报告|年报)(?:是)?|[，,])由(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff（）()]{2,30}?"
                                 r"(?:人民政府|管委会|管理委员会|区|县|市|旗))(?:党政|党群|综合)办(?:公室)?[^。]{0,40}?编制")
# The page's own field naming its publisher: 来源：武汉市发展和改革委员会.
# (发文机关：保亭县政府办公室: a government's office named short; | 发文单位 | 某市某局 |: a metadata table's cells)
# (工作机构名称：东阳市市场监督管理局: the disclosure guide's field for the body that does the work)
_SOURCE_FIELD = re.compile(r"(?:信息来源|文章来源|来源|发布机构|发布单位|发文机关|发文单位|工作机构名称)\s*[:：|]\s*"
                           r"(?P<organ>" + _PLACED_DEPARTMENT
                           + r"|" + _PLACES + r"(?:人民)?政府办公[室厅]"
                           + r"|" + _PLACES
                           + r"[\u3400-\u4dbf\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木)(?:人民政府|办事处)?(?![\u4e00-\u9fff]))")
# 2021年，某市某区司法局（某区人民政府）认真贯彻……: the organ the opening sentence is about, named with its place
# (the comma after the year may be left out; 2023年以来，某市司法局……).
# (2025年，某市人民政府办公室坚紧紧围绕市委……: a name never runs on past an office's 办公室 into the sentence)
# (2022年，按照区政府办的要求……: a preposition opens the clause, the name after it is not the sentence's subject)
# (2020年，某市公路事务中心认真……, 某市交通执法总队, not 某市始终坚持以人民为中心; 2024年，我局以某区人民政府门户网站……:
# 我局 is no place's name)
# (2024年度市场监管局: 度 is the year's, never the start of a place read as 度市)
# (今年以来，某县审计局认真……: the year named as this year)
# (2022年通过某市教育局政务网站主动公开……: the organ whose site it is, after 通过)
# (武汉经济技术开发区（汉南区）医疗保障局, 某高新区（某科技城）管委会: the zone's other name in brackets inside the name)
_OTHER_NAME_INSIDE = r"[（(][\u4e00-\u9fff]{2,8}[)）]"
_SUBJECT = re.compile(r"(?:\d{4}年度?(?:以来)?|今年以来|一年来)[，,]?\s*(?:通过)?(?!" + _PREPOSITION + r"|[我本度])(?P<organ>" + _PLACES
                      # (城中区人民政府深入贯彻落实省委……: the sentence's verbs are no part of a name)
                      + r"(?:(?:(?!办公室|深入|贯彻|落实|认真|坚持|按照|围绕)[\u3400-\u4dbf\u4e00-\u9fff]"
                      r"|" + _OTHER_NAME_INSIDE + r"){2,20}?"
                      # (某市残疾人联合会, 某市供销合作社联合社: bodies of the people's organisations report too)
                      # (某高新区管委会办公室: 委 of 管委会 is no name's end)
                      rf"(?:局|厅|委员会|委(?!员会|会)|办(?![公事])|(?<!为)中心|总队|{_COOPERATIVE})"
                      # (某高新区（某科技城）管委会办公室政务公开工作……: the committee's office reports for it)
                      r"|(?:[\u3400-\u4dbf\u4e00-\u9fff]|" + _OTHER_NAME_INSIDE + r"){0,20}?"
                      r"(?:管委会(?:办公室)?|人民政府(?:办公[室厅])?)))")
# 2020年度，北京市东城区以……为指导 / 2024年，某市政府信息公开工作认真……: the report of a place's government, the
# place the first sentence is about.
# What the opening sentence's subject does next (2020年度，某区以…; 2021年，某街道认真贯彻…).
_OPENING_VERB_INSIDE = re.compile(r"紧紧|围绕|深入|贯彻|落实|认真|坚持|聚焦|立足|着力|紧扣|作为")
_OPENING_VERB = (r"(?=(?:(?:政府信息公开|政务公开)?工作)?(?:始终|一直|不断)?"
                 r"(?:以|坚持|认真|深入|全面|持续|紧紧|严格|按照|围绕|扎实|在|紧扣|聚焦|立足|贯彻|高度重视|着力|积极|加强|通过|依托"
                 r"|结合))")
_PLACE_SUBJECT = re.compile(r"\d{4}年度?[，,]\s*(?P<organ>" + _PLACES + ")" + _OPENING_VERB)
# 2021年，冲口街道认真贯彻……: the township the opening sentence is about, named without 人民政府/办事处.
# (or at a paragraph's start with no year: 良渚街道认真贯彻……)
# (2025年，湘口街严格遵循……: a street office named 某街, as some cities name theirs)
# (2019年度，科右前旗索伦镇根据……; 郑州高新区沟赵办事处向社会公布……: its county or zone before it, its own verbs)
_TOWNSHIP_SUBJECT = re.compile(r"(?:\d{4}\s*年度?[，,]?\s*|^|(?<=(?:领导|指导|支持)下[，,]))"
                               r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,6}?(?:自治县|自治旗|县|旗|市|区))?"
                               r"(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}?(?:乡|镇|街道|街|苏木|办事处))"
                               r"(?:" + _OPENING_VERB + r"|(?=根据|依据|依照|向社会公布))", re.M)
# (2024年，市公共资源交易中心立足……; 2024年，县政府办公室紧紧围绕……: a centre or the government's office named by its level)
# (……省市关于做好政府信息公开工作的相关要求，市卫生健康局高度重视……: after the requirement it follows, too)
# (2025年以来，区财政局以……; 2023年，区教育局根据《条例》……; 2019年，市审计局主动公开……: the year's span, and the
# basis or the work the sentence opens with)
_LEVEL_SUBJECT = re.compile(r"(?:\d{4}\s*年度?(?:以来)?|要求[，,])[，,]?\s*"
                            r"(?P<organ>[县区市旗](?:[\u3400-\u4dbf\u4e00-\u9fff]{2,12}?(?:局|委员会|中心)|政府办公室))"
                            r"(?:" + _OPENING_VERB + r"|(?=根据|依据|依照|主动公开))")
# (2024年，市国资委坚持……: a commission named short; 市人民防空办认真……: an office named short, not a 街办 nor a
# 政府办, whose organ is another)
# (截至2023年底，发改局围绕……: the year's end before it)
_BARE_DEPARTMENT_SUBJECT = re.compile(r"(?:(?:截至|截止)?\d{4}\s*年(?:度|底|末)?[，,]\s*|^)(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?"
                                      r"(?:局|委(?!员会)|(?<![街府])办(?![公事])))" + _OPENING_VERB,
                                      re.M)
# 某市某指挥部办公室依据《条例》……编制本报告: the organ as the subject of the report's first sentence.
_OPENING_ORGAN = re.compile(r"\A\s*(?![本我该此])(?P<organ>(?:(?!由)[\u3400-\u4dbf\u4e00-\u9fff]){4,30}?"
                            r"(?:(?<![府会局厅镇乡道组作政合群大])办公室|局|委员会|管委会|中心))"
                            r"(?:依据|根据|按照|依照)[^。\n]{0,120}?编制")
_UNDER_SUBJECT = re.compile(r"(?:(?:领导|指导|支持)下|工作部署)[，,]\s*(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff]{2,30}?"
                            r"(?:管理委员会|管委会|委员会|局|人民政府|办事处))" + _OPENING_VERB)
# (硚口区民政局局党政办公室: the organ's 局 written twice before its office)
_OFFICE_OF = re.compile(r"^(?P<organ>[\u3400-\u4dbf\u4e00-\u9fff]{2,30}?"
                        r"(?:局|厅|委员会|管委会|中心|人民政府[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?办公室|街道|镇|乡))(?:(?<=局)局)?"
                        # (党政和人大办公室, 党群综合办公室: an office named for the bodies it serves)
                        # (漳平市财政局人秘股: a county bureau's section for staff and secretariat)
                        r"(?P<office>(?:党政|党群|综合|人大|和|与|、){0,5}办公室|综合科|办公科|综合股|综合处|人秘股|秘书股|办公股)$")
_PLACE = re.compile("^" + _PLACES)
# A township named in its own report without 人民政府/办事处 (2022年，青松乡政府信息公开工作…, 2023年，白沙街道在…).
_BARE_TOWNSHIP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}?(?:乡|镇|街道)")
_URBAN_RURAL_AFTER = ("建设", "规划", "一体", "统筹", "融合", "发展", "居民", "社区", "环境")
_SELF = {"乡": re.compile(r"[我本全]乡"), "镇": re.compile(r"[我本全]镇"), "街道": re.compile(r"[我本全]街道?|我街")}
# A report that speaks as a department or as a county, district or city (我局, 我县) is not a township's.
_DEPARTMENT_SELF = re.compile(r"[我本](?:局|委|办|中心|院|所|县|区|市|旗)(?![\u3400-\u4dbf\u4e00-\u9fff]{0,1}[乡镇街])")
_NOT_A_NAME_START = _LEADING_WORDS | set("各全本该此每乡镇城村街更")  # (更新街道动态: a verb)


# 《重庆市渝中区经济和信息化委员会信息公开指南》: the guide a department cites is its own when the text names the
# department by a short form of that name (区经信委) or as 我委 / 我局.
# (《某局政府信息公开指南-2020》, 《……指南（2021年版）》: the guide's edition after its name)
_GUIDE = re.compile(r"《(?P<organ>" + _PLACED_DEPARTMENT + r")(?:政府)?信息公开指南(?:[-—－]?\s*[（(]?\d{4}\s*年?版?[)）]?)?》")
_SHORT_DEPARTMENT = re.compile(r"[区县市旗州][\u3400-\u4dbf\u4e00-\u9fff]{1,6}?[委局办厅]")


def _own_guide(text: str) -> str | None:
    m = _GUIDE.search(text) if "指南" in text else None
    if m is None:
        return None
    organ = m["organ"]
    kind = "委" if organ.endswith("委员会") else organ[-1]
    shorts = (x for x in _SHORT_DEPARTMENT.findall(text) if x not in organ and in_order(x, organ))
    return organ if re.search(rf"[我本]{kind}", text) or next(shorts, None) else None


# 盐城市盐都区 / 地址：盐都区行政中心: a place of one level named after a larger place or at the start of a phrase.
_PLACE_OF_LEVEL = "(?:^|(?<=[省市州盟：:\\s（(]))([\u3400-\u4dbf\u4e00-\u9fff]{{2,3}}?{level})(?=[\u3400-\u4dbf\u4e00-\u9fff])"


_VERB_ENDS = set("有制")


def _place_read(place: str) -> str | None:
    """A place of three characters and its unit as read after a bracket or a line's start, by the dictionary: a word
    before a place's name (含黄石市: 含 then 黄石) comes off; a common word (根据全市: 根据 then 全市) is no place."""
    stem = place[:-1]
    if len(stem) != 3 or segment.frequency(stem):
        return place
    if segment.frequency(stem[1:]) and not segment.frequency(stem[:2]):
        return place[1:]
    return None if segment.frequency(stem[:2]) >= _COMMON_WORD and not segment.frequency(stem[1:]) else place


_COMMON_WORD = 1000  # a dictionary frequency above which two characters are an everyday word (根据), not a place's name


def _with_place(name: str, text: str) -> str:
    """区司法局 → 盐都区司法局: a department named by its level alone gets the one place of that level the text names."""
    if len(name) < 3 or name[0] not in "区县市旗":
        return name
    places = {p for m in re.findall(_PLACE_OF_LEVEL.format(level=name[0]), text, re.M)
              if m[0] not in _LEADING_WORDS and (p := _place_read(m))}
    if not places:
        # 由安康市统计局……编制 / 请与岚皋县林业局党政办联系: the department's own name in full, after a verb
        # (由, 与, 从 are no place's first character)
        # (特编制昌江区商务局, 平台有南昌市商务局: the verb's last character, 制 or 有, no place's first either)
        places = {m[1:] if len(m) == 3 and m[0] in _LEADING_WORDS | _VERB_ENDS else m
                  for m in re.findall(rf"([\u3400-\u4dbf\u4e00-\u9fff]{{2,3}}){re.escape(name)}", text)}
        places = {p for p in places if p[0] not in _LEADING_WORDS and p[-1] not in "我本该"}  # (结合我区管委会: 我区)
        # (从安康市统计局 beside 由安康市统计局: the shortest place that the others end with)
        shortest = min(places, key=len, default="")
        return shortest + name if places and all(p.endswith(shortest) for p in places) else name
    return places.pop() + name[1:] if len(places) == 1 else name


def _bare_township(text: str) -> str | None:
    """The township a report names itself by, without 人民政府/办事处: a name that starts after punctuation or a
    word such as 年度/在 at least once, used at least twice (three times when the text never says 我乡/我镇/
    我街道; once when it heads a document of the township's own, 《某街道…方案》, in a text that says 我街), in a
    report that does not speak as a department or a county (我局, 我县)."""
    if _DEPARTMENT_SELF.search(text):
        return None
    found: dict[str, tuple[bool, bool]] = {}  # name → (seen with a word boundary before it, right after a place)
    for m in _BARE_TOWNSHIP.finditer(text):
        if m.group(0).endswith("城乡") and text.startswith(_URBAN_RURAL_AFTER, m.end()):
            continue  # 住房和城乡建设厅, 城乡规划: 城乡 (town and country) inside a word, not a township's 乡
        for start in range(m.start(), m.end() - 2):  # the shorter names ending at the same place
            before = text[start - 1] if start else ""
            # 咸安区向阳湖镇: after a county's unit a name begins, even with a character such as 向
            placed = before in _PLACE_UNITS
            bounded = not ("\u4e00" <= before <= "\u9fff") or before in _LEADING_WORDS or before == "度" or placed
            was = found.get(text[start:m.end()], (False, False))
            found[text[start:m.end()]] = (was[0] or bounded, was[1] or placed)
    best = None
    for name, (bounded, placed) in found.items():
        suffix = "街道" if name.endswith("街道") else name[-1]
        n = text.count(name)
        # once, at the head of a document of its own (制定了《桥中街道…方案》) in a text that speaks as 我街
        own_document = f"《{name}" in text and _SELF[suffix].search(text)
        if (not bounded or (name[0] in _NOT_A_NAME_START and not placed) or len(name) - len(suffix) < 2
                or re.search(r"[乡镇]", name[:-len(suffix)])
                or n < (1 if own_document else 2 if _SELF[suffix].search(text) else 3)):
            continue
        if best is None or (n, len(name)) > (text.count(best), len(best)):
            best = name
    return best


def find_years(title: re.Match | None, period, text: str, title_in_text: bool = False,
               signed: dt.date | None = None) -> dict[str, int]:
    """Report year by source, the one to use first: the title line, else 统计期限 (a title phrase quoted in a
    sentence may name another year's report) unless the title in the text and the text's own years both say
    another year, then the text (without the signature), last the signature: a report is signed early in the
    year after the one it reports on."""
    years = {}
    if title is not None and title["year"] and not title_in_text:
        years["标题"] = int(title["year"])
    if period is not None:
        years["统计期限"] = period[0].year
    if title is not None and title["year"] and title_in_text:
        years["正文中的标题"] = int(title["year"])
    # (较2018年减少1项, 与2018年相比: the year compared with is not the one reported on; 余8件转2023年度办理: the
    # year carried over to is the one after it)
    counts = Counter(int(m[1]) - bool(_CARRIED_TO.search(text, max(0, m.start() - 4), m.start()))
                     for m in _YEAR_WORD.finditer(text)
                     if not _COMPARED.search(text, max(0, m.start() - 2), m.start()) and not _COMPARED_AFTER.match(text, m.end()))
    if counts:
        years["正文"] = counts.most_common(1)[0][0]
    if signed is not None:
        years["落款日期"] = signed.year - 1 if signed.month <= _SIGNED_BY_MONTH else signed.year
    # 编制了2021年……年度报告 in the opening, 2021年 throughout the text, 统计期限 of 2020: the period is the slip (last
    # year's copied), two sources against one; the title in the text goes first.
    named = years.get("正文中的标题")
    if "标题" not in years and named is not None and years.get("统计期限", named) != named and years.get("正文") == named:
        years = {"正文中的标题": named, **years}
    return years


_COMPARED = re.compile(r"(?:较|比|与|同)\s*$")
_CARRIED_TO = re.compile(r"(?:转|结转|转入|顺延)(?:至|到|入)?\s*$")
_COMPARED_AFTER = re.compile(r"度?(?:同期)?(?:相比|相较|比较|持平)")
_SIGNED_BY_MONTH = 6  # signed by June: the report is on the year before


def find_period(text: str) -> tuple[str | None, tuple[dt.date, dt.date] | None]:
    """统计期限 as written, and as dates when it can be read (the year of the end date may be left out)."""
    best = None
    for m in _PERIOD.finditer(text):
        cue = bool(_PERIOD_CUE.search(text[max(0, m.start() - 30):m.start()]))
        if best is None or (cue and not best[0]):
            best = (cue, m)
    if best is None:
        return None, None
    m = best[1]
    start = _date(m["sy"], m["sm"], m["sd"])
    end = _date(m["ey"] or m["sy"], m["em"], m["ed"])
    dates = (start, end) if start and end and end >= start else None
    return m[0].strip(), dates


def find_contact(text: str) -> dict[str, str]:
    out = {}
    for key, pattern in (("office", _OFFICE), ("address", _ADDRESS), ("postcode", _POSTCODE), ("download", _DOWNLOAD)):
        m = pattern.search(text)
        if m:
            out[key] = m[1].strip()
    m = _PHONE.search(text)
    if m:
        out["phone"] = re.sub(r"\s*[—－–]\s*|\s*-\s*", "-", m[1])
    m = _EMAIL.search(text)
    if m:
        out["email"] = m[0]
    return out


def find_signature(lines: list[str], organ: str | None) -> tuple[dt.date | None, set[int]]:
    """The signature at the end: the organ's name and the date, on one line or two."""
    used: set[int] = set()
    signed = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        text = lines[i].strip()
        m = _SIGNED.match(text)
        if m and signed is None:
            signed = _date(m["y"], m["m"], m["d"])
            used.add(i)
        elif text and len(text) <= 40 and (text == organ or text.endswith(_ORGAN_SUFFIX)):
            used.add(i)
        elif text:
            break
    return signed, used

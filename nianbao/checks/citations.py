"""How a report cites the regulation and the format notices.

Two rules in the reference auditor's categories: a name or document number written wrong (the regulation
misnamed, the notice's issuer, brackets or title garbled) is a wording slip (``wording.document_name``);
citing the notice of the other format than the report's year uses is a format defect (``format.notice``).
The notices' numbers and titles come from the format descriptions.
"""

from __future__ import annotations

import re
from functools import cache

from .. import formats as F
from ..names import in_order
from ..spam import spam_in
from .context import Context
from .finding import Hit
from .numerals import normalise_digits
from .registry import rule
from .text import around

# 《条件》, 条列, 条令, the name without 条例, the full name with one character of 条例 wrong (中华人民共和国政府信息公开体例), with 政府
# lost or another word in its place (中华人民共和国信息公开条例, 中华人民共和国街道信息公开条例), or with (试行).
_REGULATION_TYPO = re.compile(r"《(?:中华人民共和国政府信息公开)?条件》|政府信息公开条列|政府信息公开条令"
                              r"|中华人民共和国政府信息公开(?:[^\W\d_条]例|条[^\W\d_例])(?![\u4e00-\u9fff])"
                              r"|中华人民共和国(?:(?!政府)[\u4e00-\u9fff]{1,3})?信息公开条例"
                              # (试行) added to the 条例, which was never a trial regulation (the two openings written out:
                              # every shape then opens with a character, found fast)
                              r"|中华人民共和国政府信息公开条例\s*[（(]试行[)）]|《政府信息公开条例\s*[（(]试行[)）]"
                              # 《政府信息条例》: 公开 lost from the short name
                              r"|政府信息条例|政府公开条例"
                              # 《中华人民共和国政府信息公开》: 条例 lost from the end of the title
                              r"|《(?:中华人民共和国)?政府信息公开》"
                              # 《中华人民共和国国务院令(第711号)》: the decree that issued it cited as the regulation's title
                              r"|《(?:中华人民共和国)?国务院令\s*[（(]?\s*第?\s*\d+\s*号\s*[)）]?》"
                              # 中华人民共和国政府亚洲通条例: other words in place of 信息公开 (a mirror's), in the
                              # regulation's or the format's title (政府采购法实施条例 is another law's regulation)
                              r"|中华人民共和国政府(?!信息公开)(?:(?![法则])[\u4e00-\u9fff]){2,5}(?:条例|工作年度报告格式)")
# 《某市人民政府办公室关于做好……年度报告编制工作通知》: a notice's title with no 的 between 关于 and 通知.
_NOTICE_WITHOUT_DE = re.compile(r"《[^《》]{0,20}关于[^《》的]{4,60}通知》")
# 《关于印发的通知》: the title of the document issued lost (a page's converter took 〈…〉 for a tag).
_ISSUED_NOTHING = re.compile(r"关于印发的通知")
# 《汉中市政府信息公开条例》, 《某省政府信息公开暂行条例》 (its 暂行规定): the regulation is the State Council's; places
# issue 规定 or 办法 under it.
_LOCAL_REGULATION = re.compile(r"《[\u4e00-\u9fff]{1,8}?[省市县区州旗]政府信息公开(?:暂行)?条例》")
# Any document number with 【】, [], ﹝﹞ (small brackets that look alike) or round brackets around its year (the year takes 〔〕).
# (国办公开办函{2021}30号: braces as well)
_BAD_BRACKETS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[【\[﹝{｛]\s*(\d{4})\s*[】\]﹞}｝]|[（(]\s*(20[0-3]\d)\s*[)）])\s*\d+\s*号")
# A format notice's number as cited, issuer and brackets as written (国办发〔2021〕30号, 国办公开函【2019】60号,
# 国办公开办涵〔2021〕30号).
# (国办公开〔2019〕60号: 办函 lost from the issuer's code, 开 ending it)
_NOTICE = re.compile(r"(?P<issuer>国[\u4e00-\u9fff]{1,5}?[函发涵]|国办公开)\s*[〔【\[﹝（(]\s*(?P<year>\d{4})\s*[〕】\]﹞）)]"
                     r"\s*(?P<number>\d{1,3})\s*号")
_CITED = re.compile(r"(?P<issuer>国[\u4e00-\u9fff]{1,5}?[函发])〔(?P<year>\d{4})〕(?P<number>\d{1,3})号")
# 国办公开办函〔202130号, 某政公办〔20221号: the year and the number run together, the closing bracket lost.
# (开州府办发2018143号: the opening bracket lost as well.) Found from the digits, the issuer looked for before them
# (梅政公组〔20191号: a leading group's 组, a 明电's 电 end an issuer too).
# (国办公开办函〔202130）: 号 lost too, the bracket round the number closed)
_RUN_TOGETHER = re.compile(r"(?P<year>20[12]\d)(?P<number>\d{1,4})\s*(?:号|(?=[)）]))")
_ISSUER_BEFORE = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{2,8}?[函发办字组电])\s*[〔【\[﹝（(]?\s*$")
# 《……的通知》（某政公办发）: a document's number that stops after its issuer's abbreviation, no 〔year〕 and number.
_NUMBER_WITHOUT_YEAR = re.compile(r"》[（(](?P<number>[\u4e00-\u9fff]{2,8}(?:发|函|办|字))[)）]")
# 按照《政府信息公开工作年度报告》编制要求: the format cited as a report with no organ and no year (格式 lost).
_FORMAT_AS_REPORT = re.compile(r"《(?:中华人民共和国)?政府信息公开(?:工作)?年度报告》的?(?:编制|格式)?要求")
# 《……格式》的（国办公开办函〔2021〕30号）: a 的 after a title with no noun of its own, the document's number after it
# (the notice's 通知 lost, or its title marks closed too soon).
_DANGLING_OF = re.compile(r"》的\s*[（(][^（()）]{0,16}〔\s*\d{4}\s*〕")
# 《……的通知》〔2024〕—3号: a document number without its issuer's abbreviation, or with a dash before its number.
# 国办公开办函〔2021〕年30号: 年 after the bracketed year of a document number.
# 长政公组办2020〕1号: the year's opening bracket lost after the issuer's code.
_OPENING_LOST = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{2,8}?[函发办字组电])\s*(?P<year>20[0-4]\d)\s*〕\s*(?P<number>\d{1,4})\s*号")
_NUMBER_WITH_NIAN = re.compile(r"〔\s*20\d{2}\s*〕\s*年\s*\d{1,4}\s*号")
# 天政办电〔20〕号: the year in the bracket cut short (and the serial number lost with it)
_YEAR_CUT = re.compile(r"[\u4e00-\u9fff]{2,8}?[函发办字组电]\s*〔\s*\d{1,3}\s*〕\s*\d{0,4}\s*号")
# （国办公开办函〔2021〕30号要求）规定: a word of the sentence put inside the number's bracket.
_WORD_IN_NUMBER = re.compile(r"〔\s*\d{4}\s*〕\s*\d{1,4}\s*号(?P<word>[\u4e00-\u9fff]{1,4})[)）]")
# (便笺〔2025〕一43号: 一 typed for the dash)
_NUMBER_GARBLED = re.compile(r"(?<![\u4e00-\u9fff\s])\s*〔\s*\d{4}\s*〕\s*[—–－-]?\s*\d{1,4}\s*号"
                             r"|〔\s*\d{4}\s*〕\s*(?:[—–－-]+|一(?=\d))\s*\d{1,4}\s*号")
# 《国务院办公厅关于政府信息与政务公开办公室关于……的通知》: 关于 written before the issuer's name as well as after it
# (关于转发某办公厅关于……, 关于印发…… are notices on another's notice)
_ABOUT_TWICE = re.compile(r"《[^《》]{0,12}?关于(?!转发|印发|贯彻|落实)[\u4e00-\u9fff]{2,20}?(?:办公室|办公厅)关于[^《》]{2,60}》")
# 《……的通知》(202276): a notice's number left as bare digits, its issuer, brackets and 号 lost
_NUMBER_BARE_DIGITS = re.compile(r"》\s*[（(]\s*20[12]\d\d{1,3}\s*[)）]")
# 国办发〔2022〕8): a document number whose 号 was lost before its closing bracket
_NUMBER_WITHOUT_HAO = re.compile(r"〔\s*\d{4}\s*〕\s*\d{1,4}(?=\s*[)）])")
# 《〈……年度报告格式〉的通知》: the format notice's title without its opening words 关于印发.
_TITLE_CUT = re.compile(r"(?<!关于印发)(?<!印发)中华人民共和国政府信息公开工作年度报告格式的通知")
# ……关于印发《……格式》的通知 (or 《……关于印发……格式》的通知): the title marks around the format's name only, or
# closed after it, 的通知 left outside the notice's title.
_MARKS_MISPLACED = re.compile(r"《?[^《》〈〉<>\n]{0,30}格式》的通知(?!》)"
                              # ……关于印发《……格式》（国办公开办函……）: the notice's 的通知 lost as well
                              r"|印发《[^《》〈〉<>\n]{4,40}格式》(?!的通知)")


@cache
def _notices() -> dict[tuple[str, str], F.Format]:
    """(year, number) of each format's notice → the format (〔2021〕30号 → the 2021 format)."""
    out = {}
    for f in F.all_formats().values():
        m = _CITED.search(f.notice or "")
        if m:
            out[(m["year"], m["number"])] = f
    return out


def _format_name_variants(name: str) -> re.Pattern:
    """The format's name written with a word left out (工作, or 年度: …公开工作报告格式) or 试行 added (…公开年度报告格式（试行）)."""
    core = re.escape(name).replace("工作", "(?P<work>工作)?").replace("年度", "(?P<yearly>年度)?")
    return re.compile(core + r"(?P<trial>\s*[（(]试行[)）])?")


@cache
def _notice_title(title: str) -> re.Pattern:
    """A notice's title as reports cite it: 关于 and 工作 may be left out (政府信息公开年度报告有关事项的通知); not the
    title of a yearly notice named after it (关于做好2023年度政府信息公开工作年度报告……的通知)."""
    core = re.escape(title).replace("关于", "(?:关于)?", 1).replace("工作", "(?:工作)?")
    # 关于工作年度报告有关事项的通知: 政府信息公开 left out right after 关于 (关于 then kept: no yearly notice reads so)
    cut = re.escape(title).replace("政府信息公开", "", 1).replace("工作", "(?:工作)?") if title.startswith("关于政府信息公开") else ""
    return re.compile(r"(?<![年度好])(?:" + core + ("|" + cut if cut else "") + ")")


def _unmarked(text: str) -> str:
    """The text without spaces and title marks, as notice titles are compared."""
    return re.sub(r"[\s《》〈〉<>“”\"]", "", text)


def _format_notices(text: str):
    """(match, format) of each format notice's number cited in a digit-normalised text."""
    notices = _notices()
    for m in _NOTICE.finditer(text):
        fmt = notices.get((m["year"], m["number"]))
        if fmt is not None:  # another notice (〔2019〕61号 on the platforms) is not the format's
            yield m, fmt


# 《某省2019年政务公开工作要点的通知》: a notice's title is 关于……的通知; without 关于 it is cut (关于印发 and the
# issuer lost). The format notices' titles are checked against their own words above, not here.
_NOTICE_WITHOUT_ABOUT = re.compile(r"《(?P<title>[^《》〈〉<>\n]{4,80})的通知》")


def _titles_without_about(text: str):
    for m in _NOTICE_WITHOUT_ABOUT.finditer(text) if "的通知》" in text else ():
        title = m["title"]  # (pinyin glosses, 关(guān)于, are gone: the importer removes them)
        # A mirror's advertisement in place of 关于 (《某网做好……的通知》) is integrity.spam's: one finding, one span.
        if "关于" not in title and "有关事项" not in title and "年度报告格式" not in title and not spam_in(title):
            yield Hit(f"所引通知的名称不完整：“{m.group(0)}”缺少“关于”（通知的名称是“关于……的通知”，"
                      "多为漏了发文机关和“关于印发”），请按原文件核对。", quote=m.group(0))


# 《某办公室关于印发……实施方案》: a notice that issues a document is 关于印发……的通知; its 的通知 lost. (The format
# notice's title with its marks misplaced, 《关于印发……格式》的通知, is _MARKS_MISPLACED's.)
_ISSUING_TITLE = re.compile(r"《[^《》\n]{0,30}关于印发[^《》\n]{4,80}》")


def _issued_without_notice(text: str):
    for m in _ISSUING_TITLE.finditer(text) if "关于印发" in text else ():
        title = m.group(0)
        if re.search(r"的通知\s*》$", title) or "年度报告格式" in title:
            continue  # (the format's notice cut or misplaced is told below, by its own title)
        if text.startswith("的通知", m.end()):
            yield Hit(f"书名号放错：“的通知”写在了书名号之外：“{title}的通知”应为“{title[:-1]}的通知》”。", quote=title + "的通知")
        else:
            yield Hit(f"所引通知的名称不完整：“{title}”缺少“的通知”（印发文件的通知名称是“关于印发……的通知”）。", quote=title)


# （以下简称《中华人民共和国政府信息公开条例》）: the short name given as the full name again.
_SHORT_IS_FULL = re.compile(r"以下简称[“《\"]?中华人民共和国政府信息公开条例")
# 《中华人民共和国政府信息公开条例》（国务院令第771号）: the Regulation's decree number is 711 (492 before 2019).
_DECREE = re.compile(r"政府信息公开条例》\s*[（(]\s*(?:中华人民共和国)?国务院令\s*第?\s*(?P<n>\d+)\s*号")
_DECREES = ("711", "492")
# 国务院办公厅《政府信息与政务公开办公室关于……的通知》: an issuer's name split by the title mark, its first part
# left outside (the title holds the whole issuer or none of it).
_ISSUER_SPLIT = re.compile(r"(?P<outside>国务院办公厅|[\u4e00-\u9fff]{2,10}?人民政府办公[室厅])\s*《"
                           r"(?P<inside>[\u4e00-\u9fff]{2,12}?办公室)关于")
# 《2021年某区政务公开工作要点》（以下简称《规定》）: a short name whose words are not the title's (《条例》 for the
# Regulation, 《要点》 for 工作要点 are; 新 before it, the new Regulation, qualifies it).
_SHORT_NAME_OF = re.compile(r"《(?P<title>[^《》]{2,80})》\s*[（(]\s*(?:以下|下文)?简称[：:]?\s*《(?P<short>[^《》]{1,12})》")
_SHORT_QUALIFIER = re.compile(r"^[新原该本]")
# （以下简称《规定》要求）: the bracket of a short name closed after the words that follow it.
_SHORT_NAME_RUN_ON = re.compile(r"[（(]以下简称[“《][^”》()（）]{1,12}[”》](?P<after>[\u4e00-\u9fff]{1,6})[)）]")
# 《关于政府信息公开工作年度》: a quoted title that stops partway through a format notice's title.
_QUOTED = re.compile(r"《(?P<title>[^《》\n]{8,60})》")


def _cut_notice_titles(text: str):
    titles = [f.notice_title for f in F.all_formats().values() if f.notice_title]
    for m in _QUOTED.finditer(text) if "《关于" in text else ():
        quoted = _unmarked(m["title"])
        full = next((t for t in titles if t.startswith(quoted) and t != quoted), None)
        # 《关于印发……格式》的通知: the rest written after the marks is the misplaced marks' finding, not a cut title
        if full and not text.startswith(full[len(quoted):], m.end()):
            yield Hit(f"所引通知的名称不完整：“{m.group(0)}”应为《{full}》。", quote=m.group(0))


# The number in brackets right after a notice's title: （国办公开办函〔2019〕61号）.
_NUMBER_AFTER = re.compile(r"\s*[（(]\s*")


def _numbers_of_titles(bare: str):
    """A format notice named by its title and given another number (……有关事项的通知（国办公开办函〔2019〕61号）)."""
    for f in F.all_formats().values():
        title = f.notice_title or ""
        if not title or not f.notice or title[-6:] not in bare:
            continue
        for m in _notice_title(title).finditer(bare):
            after = _NUMBER_AFTER.match(bare, m.end())
            cited = _NOTICE.match(normalise_digits(bare[after.end():after.end() + 30])) if after else None
            # the issuer written wrong is the issuer check's: one finding for one number
            if cited and f"〔{cited['year']}〕{cited['number']}号" not in f.notice:
                yield Hit(f"格式通知的文号写错：《{title}》的文号是“{f.notice}”，报告写作“{cited.group(0)}”。",
                          quote=cited.group(0))


# 《关于做好年度报告编制发布工作的通知》（国办公开办函〔2021〕30号）: a notice's title, then a format notice's number
_TITLE_THEN_NUMBER = re.compile(r"《(?P<title>[^《》\n]{4,80}?的通知)》\s*[（(]\s*"
                                r"(?P<number>国[\u4e00-\u9fff]{1,5}?[函发]\s*〔\d{4}〕\d{1,3}号)")


def _titles_of_numbers(text: str):
    """A format notice's number (its issuer right) given to the title of another notice."""
    for m in _TITLE_THEN_NUMBER.finditer(text) if "的通知》" in text else ():
        fmt = next((f for f in F.all_formats().values() if f.notice == re.sub(r"\s", "", m["number"])), None)
        words = _unmarked(m["title"])
        if fmt is not None and fmt.notice_title and not _notice_title(fmt.notice_title).search(words) \
                and not any(k in words for k in ("年度报告格式", "年度报告有关事项")):
            yield Hit(f"所引通知的名称与文号不符：“{m['number']}”是《{fmt.notice_title}》的文号，报告写作《{m['title']}》。",
                      quote=m.group(0))


@rule("wording.document_name", "warning", "wording", "文件名称或文号写错",
      "《条例》写成《条件》等（全称中“条例”错一个字：政府信息公开体例；全称少了“政府”或换了别的词：中华人民共和国信息公开条例；“信息公开”换成了别的词（多为镜像网站所改）：中华人民共和国政府亚洲通条例，格式名称同样；少了“条例”：《中华人民共和国政府信息公开》；以国务院令代替条例名称：《中华人民共和国国务院令（第711号）》；加了“（试行）”），或引用某地的《××市政府信息公开条例》《××省政府信息公开暂行条例》（条例由国务院制定，地方的是规定、办法）；格式通知（国办公开办函〔2019〕60号、〔2021〕30号）的发文机关代字写错（国办公开函、国办发）、"
      "文号的年份与序号连写（〔202130号、某政办〔20221号，或连“号”也丢了：〔202130））或年份前少了“〔”（某政公组办2020〕1号）或只有发文机关代字（《……的通知》（某政公办发））、通知名称后的文号与该通知不符（……有关事项的通知（国办公开办函〔2019〕61号））或格式通知的文号前写的是另一个通知的名称（《关于做好年度报告编制发布工作的通知》（国办公开办函〔2021〕30号））；"
      "所引通知的名称缺少“关于”（《某省2019年政务公开工作要点的通知》）或“的”（《某办关于做好……编制工作通知》）或印发文件的通知缺少“的通知”（《某办关于印发……实施方案》）或只引了格式通知名称的前一部分（《关于政府信息公开工作年度》）；《条例》的国务院令号写错（第771号，应为第711号）或只写了修订前的第492号（年度报告所依据的是2019年修订的《条例》，第711号）；发文机关被书名号分开（国务院办公厅《政府信息与政务公开办公室关于……》）；“以下简称”后写的仍是全称，或简称的字不是取自文件名称（《某区政务公开工作要点》（以下简称《规定》）），或简称的括号在其后的词之后才闭合（以下简称《规定》要求）；文号中的年份应使用六角括号〔〕，不用【】、[]、﹝﹞、{}或圆括号；文号缺少发文机关代字或序号前加了横线、序号后缺少“号”（国办发〔2022〕8）、文号只剩一串数字（《……的通知》（202276））、文件名称中发文机关前后各有一个“关于”（《国务院办公厅关于政府信息与政务公开办公室关于……的通知》）、年份后多了“年”（〔2021〕年30号）、年份不全（某政办电〔20〕号）、括号中文号之后多了句中的词（〔2021〕30号要求）规定）"
      "（《……的通知》〔2024〕—3号）；印发文件的通知，书名号在“的通知”之前就已闭合（《某办关于印发……分工》的通知），或缺了所印发文件的名称（《关于印发的通知》）；格式通知的名称缺了“关于印发”或“工作”、"
      "书名号只括了格式名称或放错（……关于印发《……格式》的通知）；格式名称（《中华人民共和国政府信息公开工作年度报告格式》）少字（少了“工作”或“年度”；通知名称中的格式名称缺了“中华人民共和国”也算）或加了“试行”，"
      "或写成了没有单位和年份的报告名称（按照《政府信息公开工作年度报告》编制要求）；书名号后多了一个没有所属的词的“的”，其后直接是文号（《……格式》的（国办公开办函〔2021〕30号））。",
      needs_format=False, example="结合新出台的《条件》规定；国办公开函〔2021〕30号")
def document_names(ctx: Context):
    text = ctx.text
    for m in _REGULATION_TYPO.finditer(text):
        right = ("《中华人民共和国政府信息公开工作年度报告格式》" if m.group(0).endswith("格式")
                 else "《条例》/《中华人民共和国政府信息公开条例》")
        yield Hit(f"文件名称写错：“{m.group(0)}”应为{right}。", quote=m.group(0))
    for m in _LOCAL_REGULATION.finditer(text) if "条例》" in text else ():
        yield Hit(f"文件名称写错：“{m.group(0)}”——《政府信息公开条例》是国务院的行政法规，地方制定的是规定或办法，"
                  "请核对所引文件的名称。", quote=m.group(0))
    for m in _NOTICE_WITHOUT_DE.finditer(text) if "通知》" in text else ():
        yield Hit(f"通知名称缺少“的”：“{m.group(0)}”应为“……的通知”。", quote=m.group(0))
    for m in _ISSUED_NOTHING.finditer(text) if "印发的通知" in text else ():
        yield Hit(f"通知名称缺了所印发文件的名称：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _NUMBER_WITHOUT_YEAR.finditer(text) if "》" in text else ():
        yield Hit(f"文号不完整：“{m['number']}”只有发文机关代字，缺少〔年份〕和序号。", quote=m.group(0))
    for m in _NUMBER_BARE_DIGITS.finditer(text) if "》" in text else ():
        yield Hit(f"文号只剩一串数字：“{m.group(0)[1:].strip()}”，缺少发文机关代字、〔年份〕和“号”。", quote=m.group(0)[1:].strip())
    for m in _ABOUT_TWICE.finditer(text) if "关于" in text else ():
        yield Hit(f"文件名称中“关于”写了两遍（发文机关名称前后各一个）：“{m.group(0)[:40]}”。", quote=m.group(0)[:40])
    if "号" in text or "〔" in text:  # (〔202130）: a number that lost its 号 as well)
        digits = normalise_digits(text)
        for m, fmt in _format_notices(digits):
            if m["issuer"] != _CITED.search(fmt.notice)["issuer"]:
                yield Hit(f"格式通知的发文字号写错：“{m.group(0)}”应为“{fmt.notice}”。", quote=m.group(0))
        for m in _BAD_BRACKETS.finditer(text) if any(b in text for b in "【[﹝{｛（(") else ():  # (the year's wrong bracket)
            yield Hit(f"文号“{m.group(0)}”中的年份应使用六角括号：〔{m.group(1) or m.group(2)}〕。", quote=m.group(0))
        for m in _NUMBER_WITHOUT_HAO.finditer(digits) if "〕" in digits else ():
            yield Hit(f"文号“{m.group(0)}”缺少“号”字。", quote=m.group(0))
        for m in _NUMBER_GARBLED.finditer(digits) if "〕" in digits else ():
            yield Hit(f"文号“{m.group(0).strip()}”写错：应为发文机关代字、〔年份〕、序号（如“×政办函〔2024〕3号”），"
                      "不能缺少代字，序号前不加横线。", quote=m.group(0).strip())
        for m in _WORD_IN_NUMBER.finditer(digits) if "〕" in digits else ():
            yield Hit(f"文号的括号中多了“{m['word']}”：“{m.group(0)}”（“{m['word']}”应在括号之外）。", quote=m.group(0))
        for m in _YEAR_CUT.finditer(digits) if "〕" in digits else ():
            yield Hit(f"文号“{m.group(0)}”中的年份不完整：六角括号中应是四位数的年份，其后是序号（如“〔2021〕30号”）。",
                      quote=m.group(0))
        for m in _NUMBER_WITH_NIAN.finditer(digits) if "〕年" in digits else ():
            yield Hit(f"文号“{m.group(0)}”中多了“年”：六角括号中的年份后直接写序号（如“〔2021〕30号”）。", quote=m.group(0))
        for m in _OPENING_LOST.finditer(digits) if "〕" in digits else ():
            yield Hit(f"文号写错：“{m.group(0)}”缺少前半个六角括号（应写作“{m['issuer']}〔{m['year']}〕{m['number']}号”）。",
                      quote=m.group(0))
        for m in _RUN_TOGETHER.finditer(digits):
            issuer = _ISSUER_BEFORE.search(digits, max(0, m.start() - 12), m.start())
            if issuer:
                written = digits[issuer.start():m.end()]
                lost = "六角括号（或其后半）" + ("" if written.endswith("号") else "和“号”字")
                yield Hit(f"文号写错：“{written}”缺少{lost}（应写作“{issuer['issuer']}〔{m['year']}〕{m['number']}号”）。",
                          quote=written)
    bare = _unmarked(text) if "通知" in text or "格式" in text else ""
    right = F.for_year(ctx.year) if ctx.year else None
    for f in F.all_formats().values():
        title = f.notice_title or ""
        # 关于政府信息公开年度报告有关事项的通知: 工作 left out of the 2019 notice's title (the 2021 one's is the format's
        # name). Another format's notice is format.notice's: one finding for one citation.
        # 政府信息公开 left out is a slip of its own, whichever format the report cites.
        if title and "格式" not in title and title[-6:] in bare:
            for m in _notice_title(title).finditer(bare):
                lost = [w for w in ("政府信息公开", "工作") if w in title and w not in m.group(0)]
                if lost and (right is None or f is right or "政府信息公开" in lost):
                    yield Hit(f"格式通知的名称缺字：“{m.group(0)}”应为《{title}》。", quote=m.group(0))
    yield from _numbers_of_titles(bare)
    yield from _titles_of_numbers(text)
    yield from _titles_without_about(text)
    yield from _cut_notice_titles(text)
    yield from _issued_without_notice(text)
    for m in _SHORT_IS_FULL.finditer(text) if "以下简称" in text else ():
        yield Hit(f"简称写成了全称：“{m.group(0)}”，应为（以下简称《条例》）。", quote=m.group(0))
    for m in _SHORT_NAME_OF.finditer(text) if "简称" in text else ():
        # (a local 暂行条例 is already said to be misnamed: its short name is that one slip's)
        # (以下简称《 规定 》: blanks inside the marks are no characters of the name)
        short = _SHORT_QUALIFIER.sub("", re.sub(r"\s+", "", m["short"]))
        if not in_order(short, m["title"]) and not _LOCAL_REGULATION.search(m.group(0)):
            yield Hit(f"简称与文件名称不符：《{m['title']}》简称为《{m['short']}》，简称的字应取自文件名称：“{m.group(0)}”。",
                      quote=m.group(0))
    for m in _DECREE.finditer(text) if "国务院令" in text else ():
        if m["n"] not in _DECREES:
            yield Hit(f"《条例》的国务院令号写错：“{m.group(0)}”中的“第{m['n']}号”应为“第711号”。", quote=m.group(0))
        elif m["n"] == "492" and "711" not in text:  # (第492号公布，第711号修订: both decrees named is right)
            yield Hit(f"所引《条例》的国务院令号是修订前的：“{m.group(0)}”，2019年修订后的《条例》为国务院令第711号。",
                      quote=m.group(0))
    for m in _ISSUER_SPLIT.finditer(text) if "办公室关于" in text else ():
        yield Hit(f"书名号放错：发文机关“{m['outside']}{m['inside']}”被书名号分开，“{m['outside']}”在书名号之外：“{m.group(0)}”。",
                  quote=m.group(0))
    for m in _SHORT_NAME_RUN_ON.finditer(text) if "以下简称" in text else ():
        yield Hit(f"简称的括号没有紧接在简称之后闭合：“{m.group(0)}”，“{m['after']}”应在括号之外。", quote=m.group(0))
    for m in _FORMAT_AS_REPORT.finditer(text) if "年度报告》" in text else ():
        yield Hit(f"格式名称写错：“{m.group(0)}”，格式为《{F.wording()['document']}》。", quote=m.group(0))
    for m in _DANGLING_OF.finditer(text) if "》的" in text else ():
        yield Hit(f"文件名称后多了“的”或少了“通知”：“{m.group(0)}”（书名号后的“的”没有所属的词，其后直接是文号）。",
                  quote=m.group(0))
    if "格式" not in text:
        return
    right_title = f"《关于印发〈{F.wording()['document']}〉的通知》"
    cut_said = False  # 对照《……格式》的通知: marks and 关于印发 wrong in one citation, one finding
    for m in _MARKS_MISPLACED.finditer(text) if "格式》" in text else ():  # (both its shapes hold 格式》)
        cut = "印发" not in text[max(0, m.start() - 6):m.end()]
        cut_said |= cut
        yield Hit(f"格式通知的书名号放错{'，且缺了“关于印发”' if cut else ''}：“{m.group(0)}”应为{right_title}。",
                  quote=m.group(0))
    for m in () if cut_said else _TITLE_CUT.finditer(bare):
        yield Hit(f"格式通知的名称缺字：“{m.group(0)}”应为{right_title}。", quote=m.group(0))
    name = F.wording()["document"]
    unspaced = re.sub(r"\s+", "", text)
    for m in _format_name_variants(name).finditer(unspaced):
        if m["work"] and not m["yearly"] and _CITED.search(unspaced, m.end(), m.end() + 30):
            continue  # (……工作报告格式〉的通知》（国办公开办函〔2021〕30号）: the title against its number, said above)
        if not (m["work"] and m["yearly"]) or m["trial"]:
            yield Hit(f"格式名称写错：“{m.group(0)}”应为《{name}》。", quote=m.group(0))
    # 关于印发〈政府信息公开工作年度报告格式〉的通知: the country's name left out of the format's, in the notice's title
    short = name.removeprefix("中华人民共和国")
    for m in re.finditer(rf"印发[〈《<]{re.escape(short)}[〉》>]", text):
        yield Hit(f"格式名称缺了“中华人民共和国”：“{around(text, m.start(), m.end())}”应为{right_title}。", quote=m.group(0))


@rule("format.notice", "warning", "format", "引用了另一版格式的通知",
      "报告引用的格式通知应与报告年度适用的格式一致（2021年度起为国办公开办函〔2021〕30号，2019、2020年度为〔2019〕60号）："
      "按文号核对，只写通知名称、不写文号时按名称核对（名称少了“关于”“工作”的也算；名称后带某一版格式通知文号的按文号，"
      "名称与文号不符由 wording.document_name 报告；带的文号不是任何一版格式通知的（〔2020〕60号），仍按名称核对）。"
      "文号、名称的写法由 wording.document_name 核对。同时（按文号或名称）引用了本年度适用的格式通知的不报：2021年度起的报告"
      "在〔2021〕30号之外再引〔2019〕60号（关于年度报告有关事项的通知，其中的报告要求仍然适用）不算错。",
      needs_format=False,
      example="2022年度报告：根据……（国办公开办函〔2019〕60号）的要求编制")
def notice(ctx: Context):
    right = F.for_year(ctx.year) if ctx.year else None
    if right is None:
        return
    found = list(_format_notices(normalise_digits(ctx.text)))
    cited = {fmt for _, fmt in found}
    if right in cited:
        return  # the 2019 notice's rules on reporting cited beside the 2021 notice that brought its format: both apply
    bare = _unmarked(ctx.text)
    if right.notice_title and _notice_title(right.notice_title).search(bare):
        return  # (the 2021 notice cited by its title alone, beside the 2019 one: the same)
    for m, fmt in found:
        yield Hit(f"{ctx.year}年度报告引用了{fmt.name}的通知“{m.group(0)}”，{ctx.year}年度应适用{right.name}。",
                  quote=m.group(0))
    for f in F.all_formats().values():
        if f is right or f in cited or not f.notice_title:
            continue
        m = _notice_title(f.notice_title).search(bare) if f.notice_title[-6:] in bare else None
        after = _NUMBER_AFTER.match(bare, m.end()) if m else None
        number = _NOTICE.match(normalise_digits(bare[after.end():after.end() + 30])) if after else None
        if number and (number["year"], number["number"]) in _notices():
            continue  # the title given with a format notice's number: the number says which; a mismatch is document_name's
        if m:
            yield Hit(f"{ctx.year}年度报告引用了{f.name}的通知《{m.group(0)}》，{ctx.year}年度应适用{right.name}。",
                      quote=m.group(0))

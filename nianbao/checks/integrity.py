"""页面完整: unfilled template text, injected spam, stray fragments of a broken page."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import formats as F
from ..script import strip_glosses
from ..spam import spam_in
from .context import Context
from .finding import Hit
from .registry import rule
from .text import around, at_places, paragraphs

_TEMPLATE = re.compile(
    r"(?:XX|xx|××|ХХ|＊＊|\*\*)[\u4e00-\u9fff]{0,2}(?:镇|乡|街道|苏木|县|区|市|旗|单位|年|月|日|部门|号|局|委|厅|科)"
    r"|[（(](?:具体网址|网址|单位名称|联系电话|电话号码|邮箱地址|填写[^）)]{0,10}|此处[^）)]{0,10})[）)]"
    # 请与行政机关规范全称联系, 《[具体地名]镇人民政府…指南》, 公布2022年度本级政府(机关)…报告: a template's blanks
    r"|(?:行政机关|单位|机关)规范全称|[\[［【](?:具体地名|地名|单位名称|机关名称)[\]］】]|本级政府[（(]机关[）)]"
    # (empty brackets after a site's name are the download address lost: contact.url's, one finding for one span)
    r"|[（(](?<![网站台址][（(])\s*[）)]"
    # （网址：）, 电子邮箱：⏎: a contact item's label with its value never filled in, at a bracket's or a line's end
    # (网址:⏎http://…: the value on the next line, as a page's layout put it)
    r"|(?:网址|电子邮箱|邮箱|电子信箱)[:：][ \t]*(?=[)）]|\n(?!\s*(?:https?://|www\.|[A-Za-z0-9._-]+@))|$)"
    # a template's note on the decimals kept, left in a table's header (采购总金额（万元，保留四位小数）); notes that
    # explain a column (（指……）) are found below
    r"|保留[一二三四两\d]位小数"
    # 一、总体情况（宋体加粗小四号字）: a template's typesetting instruction left after a heading
    r"|[（(][^（）()\n]{0,6}(?:宋体|黑体|仿宋|楷体|方正[\u4e00-\u9fff]{1,4}简体)[^（）()\n]{0,10}[）)]"
    r"|[（(][^（）()\n]{0,8}(?:初号|小?[一二三四五六]号)字[^（）()\n]{0,6}[）)]"
    # 现公布(某县某镇人民政府)2025年……报告: the organ filled into the template's blank, its brackets left round it
    r"|(?<=公布|发布|编制)[（(][\u4e00-\u9fff]{2,30}?(?:人民政府|办事处|局|委员会)[）)](?=\s*\d{4}\s*年)"
)

# A mark or word every shape of _TEMPLATE holds (tests/checks hold it to the pattern): a text without one is not
# scanned (found fast).
_TEMPLATE_MARKS = re.compile(r"（|\(|\[|［|【|XX|xx|××|ХХ|＊＊|\*\*|规范全称|网址[:：]|邮箱[:：]|信箱[:：]|保留")

# the empty brackets and the sub-heading's words after them
_HEADING_WORDS = re.compile(r"[（(]\s*[）)][ \t\u3000]*[\u4e00-\u9fff]{0,10}")
# )政府信息管理情况 opening a line: the sub-heading's opening bracket lost with its number, the closing one left.
_LONE_BRACKET = re.compile(r"^[ \t\u3000]*[)）](?=[\u4e00-\u9fff])", re.M)


@rule("integrity.template", "warning", "integrity", "模板文字未替换",
      "模板中的占位文字没有替换：XX镇、××年、（具体网址）、（单位名称）、[具体地名]、行政机关规范全称、本级政府（机关），或空括号（）"
      "（在行首的是小标题的序号没有填写，一篇报告报一条，注明处数；行首只剩右括号的“)政府信息管理情况”是左括号和序号丢失，同样报一条），"
      "或联系方式中的“网址：”“电子邮箱：”后什么也没有填（其后就是括号的另一半或行尾）；已发布报告的表头保留了模板的填写说明"
      "（本年增/减（指……增加或减少的事项数，减用负值表示）；采购总金额（万元，保留四位小数））或标题后留着模板的排版说明（一、总体情况（宋体加粗小四号字））；填进报告名称的单位名称还带着模板的括号"
      "（现公布（某镇人民政府）2025年……报告）。页面的文字被网站用星号遮盖时（行政审****政府），“**市”也是遮盖，不报"
      "（integrity.fragment 报一条）。", needs_format=False,
      example="本报告电子版可在XX镇人民政府网站（具体网址）下载")
def template(ctx: Context):
    text = ctx.text
    headings = []  # （）健全制度 opening a line: the template's sub-heading number never filled in
    filtered = bool(masked_words(text))
    for m in _TEMPLATE.finditer(text) if _TEMPLATE_MARKS.search(text) else ():
        if filtered and m.group(0).startswith(("**", "＊＊")):
            continue  # **市: the site's filter again, not a template's placeholder
        if m.group(0)[0] in "（(" and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            headings.append(m)
        else:
            yield Hit(f"模板文字未替换：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    if headings:
        m = _HEADING_WORDS.match(text, headings[0].start())
        yield Hit(f"小标题的序号没有填写，只剩空括号{at_places(text, [h.span() for h in headings], 10)}。",
                  quote=m.group(0).strip())
    lone = list(_LONE_BRACKET.finditer(text)) if ")" in text or "）" in text else []
    if lone:
        yield Hit(f"小标题的左括号和序号丢失，行首只剩右括号{at_places(text, [m.span() for m in lone], 10)}。",
                  quote=text[lone[0].start():lone[0].end() + 8].strip())
    # (the simplified text: a traditional page's notes read as the labels they follow; a dataset's tables carry the
    # format's labels only)
    if ctx.source is not None and "指" in text:
        m = _filling_notes().search(text)
        if m:
            yield Hit(f"表头保留了模板的填写说明：“{' '.join(m.group(0).split())}”。", quote=m.group(0))


@cache
def _filling_notes() -> re.Pattern:
    """A column label of the tables followed by a template's note on how to fill it in (本年增/减 (指……,减用负值表示))."""
    labels = {c.label for f in F.all_formats().values() for _, _, c in f.cells() if len(c.label) >= 4}
    alternatives = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return re.compile(rf"(?:{alternatives})\s*[（(]\s*指[^（()）]{{2,80}}[)）]")


# A mirror that put its own domain in place of a place name (某省example.com某某乡): a bare commercial
# domain between Chinese characters, not a government address (www.….gov.cn); or its name alone, letters
# between the levels of a place name (青岛市example区).
_MIRROR_DOMAIN = re.compile(r"(?<=[\u4e00-\u9fff])(?!www\.)[a-z0-9-]{3,}\.(?:com|net|cc|top|vip|xyz|site|club)(?=[\u4e00-\u9fff])"
                            r"|(?<=[省市州盟县])[a-z]{4,12}(?=[区县市旗镇乡])", re.I)


# 门户网站（/）, 门户网站（）: brackets left where the address was, the address itself lost.
URL_LOST = re.compile(r"[（(](?<=[网站台址][（(])\s*(?:https?:)?/*\s*[)）]")  # (the bracket before the lookbehind: found fast)
# 部门页面(/jmhstyjrj/gkmlpt/index): a link's path printed without its site, the host lost (not a markdown
# image's ](/images/…)).
PATH_ONLY = re.compile(r"(?<![\]A-Za-z0-9_/])[（(]/[A-Za-z][\w.-]*(?:/[\w.-]*)+[)）]")


@lru_cache(maxsize=8)  # (integrity.spam and contact.url ask of the same page)
def mirror_marks(text: str) -> bool:
    """Does the page show a hijacked mirror's hand (advertising, its domain or name in a place name, 习近平 cut)?"""
    return bool(spam_in(text) or _mirror_domains(text) or "习" in text and _NAME_CUT.search(text))


_LATIN = re.compile("[a-z]", re.I)


@lru_cache(maxsize=8)
def _mirror_domains(text: str) -> tuple[re.Match, ...]:
    # (every domain or name _MIRROR_DOMAIN finds has a Latin letter, read with the same flag: a page with none is not scanned)
    return tuple(_MIRROR_DOMAIN.finditer(text)) if _LATIN.search(text) else ()


# “四川省人民政府”门户网站(m.example.com): a government's portal given a commercial address, as a mirror rewrites it
# (a government's site is under gov.cn). The verb may stand between the site and its address (门户网站下载(……),
# 信息公开专栏向社会公开(网址:……)), and a government's platform is its site too (政府信息公开平台(……), 政府信息公开目录系统(……)).
# (某市司法局门户网站(http://…): a department's own portal, named after the department)
# (本单位信息公开平台(http://…): the body's own disclosure platform, named for what it holds)
_GOVERNMENT_SITE = re.compile(r"(?:(?:政府|人民政府|门户网站)[^，。,；;（(]{0,12}?(?:门户网站|网站|网|栏目|专栏|平台|目录系统)"
                              r"|(?<=[局委厅办])(?:门户网站|官方网站|网站)|(?<=本单位|本机关)信息公开(?:平台|网站|专栏))"
                              r"[^，。,；;（()）\d\n]{0,6}?"
                              r"\s*[（(]\s*(?:网址\s*[:：]\s*)?(?:https?:)?(?://)?"
                              r"(?P<host>[A-Za-z0-9.-]+\.[A-Za-z]{2,})[^)）\s]{0,200}[)）]")
# 可在三亚市人民政府网站m.example.com查看: the address written straight after the site's name, no brackets.
# (政府门户网//www.example.com/公布: the scheme lost, its slashes left)
_GOVERNMENT_SITE_BARE = re.compile(r"(?:政府|人民政府)[^，。,；;（(]{0,12}?(?:门户网站|网站|网)\s*(?:网址\s*[:：]\s*)?"
                                   r"(?:https?:)?(?://)?(?P<host>(?:www|m|wap)\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


def _domain(host: str) -> str:
    """www.example.com, m.example.com → example.com (example.com.cn kept whole)."""
    labels = host.lower().split(".")
    return ".".join(labels[-3:] if len(labels) > 2 and labels[-2] in ("com", "net", "org") else labels[-2:])


# ……网站，具体网址是//www.example.com/zfzd/: the site's address given in a sentence of its own.
_ADDRESS_GIVEN = re.compile(r"网站[，,]?\s*(?:具体)?网址(?:是|为)\s*[:：]?\s*(?:https?:)?(?://)?(?P<host>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
# lycoop.linyi.cn: a body's own system under its city's .cn domain, not a mirror (mirrors answer as www. or m. of
# their own name: www.example.cn, m.example.cn).
_BODY_SUBDOMAIN = re.compile(r"^(?!www\.|m\.)[a-z0-9-]+\.[a-z0-9-]+\.cn$")
# 电子版可从上海住房公积金网(www.shgjj.com)下载: a site named for an institution of its own, not a government's or
# a portal (公积金中心, 残联 and the like keep sites outside gov.cn)
_OWN_NAMED_SITE = re.compile(r"(?!.*(?:政府|门户|政务|公开))[^。\n]*[\u4e00-\u9fff]{2,}网(?:站)?\s*[（(]?\s*")
# 本报告电子版可以从http://www.example.com/下载: the report's own download address outside gov.cn.
_DOWNLOAD_SITE = re.compile(r"电子版[^。\n]{0,40}?(?:https?://|//)?(?P<host>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"
                            r"[^。\n]{0,60}?(?:下载|查阅|查看|获取)")  # (the address's path between)


@rule("integrity.spam", "warning", "integrity", "页面夹有广告或无关内容",
      "页面中出现博彩、彩票网站、比分直播、色情网站等广告文字（被篡改或镜像网站插入，如“政务公开”换成“××直播公开”），"
      "或地名、平台名、政府网站（信息公开平台、专栏）的网址被换成商业网站的域名或名称（某省example.com某某乡，某市example区，××人民政府门户网站（m.example.com），"
      "××人民政府网站m.example.com（网址不带括号），"
      "门户网站下载（http://www.example.com/），政府信息公开平台（http://www.example.com/gkml），本单位信息公开平台（http://www.example.com/），政府门户网//www.example.com/，"
      "电子版可从 http://www.example.com/ 下载，某局门户网站（http://www.example.com/），官方网站，某局网站（http://www.example.com/），具体网址是//www.example.com/；网站与网址之间的拼音注音（公开发(fā)布）不算隔开），或在有这些痕迹的页面上网站名称后的网址被删去、只剩括号（门户网站()）或只剩路径（网站(/xzjd/…)，与只剩括号的合为一条），"
      "不属于报告内容（城市.cn域名下本单位自己的子域名，如 coop.city.cn，不算；镜像网站用的是 www. 或 m. 加自己的域名；"
      "电子版下载处写的是单位自己命名的网站、不是政府或门户网站的，如 某市住房公积金网(www.example.com)，也不算）。"
      "同一页面的广告（同一广告插在多处，或几种广告）只报一条，注明处数，引用各处（至多五处）。", needs_format=False,
      example="明升体育 ……鸭南乡2021年政府信息公开工作年度报告")
def spam(ctx: Context):
    text = ctx.original_text
    spans: list[tuple[int, int]] = []
    for m in spam_in(text):  # 伟德app官网下载苹果版安装: one advertisement, one place
        if spans and m.start() - spans[-1][1] <= 10:
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    # The portal's address as printed; the download sentence read in simplified script (電子版 on a traditional page).
    # (門戶網站 on a traditional page is read in simplified script as well)
    # (楚雄市人民政府網站公開發(fā)布(網址:……): a "繁體" widget's pinyin glosses are no words between the site and its address)
    sites = [*((page, m) for page in dict.fromkeys((text, ctx.text, strip_glosses(ctx.text)[0]))
               for pattern in (_GOVERNMENT_SITE, _GOVERNMENT_SITE_BARE)
               for m in (pattern.finditer(page) if "." in page and ("网" in page or "平台" in page or "系统" in page) else ())),
             *((ctx.text, m) for m in (_DOWNLOAD_SITE.finditer(ctx.text) if "电子版" in ctx.text else ())
               if not _OWN_NAMED_SITE.fullmatch(ctx.text, m.start(), m.start("host"))),
             *((ctx.text, m) for m in (_ADDRESS_GIVEN.finditer(ctx.text) if "网址" in ctx.text else ()))]
    # (….gov.gn: a government's domain mistyped, contact.url's, not another site's)
    foreign = [(page, m) for page, m in sites if not m["host"].lower().endswith(("gov.cn", ".gov"))
               and not _BODY_SUBDOMAIN.match(m["host"].lower()) and not _GOV_MISTYPED_HOST.search(m["host"].lower())]
    # A mirror's advertisements are one finding, each place named: the same words put in again elsewhere (atop the
    # page, then for 关于 in a sentence) are another place to mend. (An advertisement inside a site's replaced
    # address, 在“某某主页”门户网(www.example.com)下载, or put in for the place's name right before it, 在优米体育足球
    # 政府门户网//www.example.com/公布, is that rewriting: told with the address, one finding for one span.)
    places = [(a, b) for a, b in spans if not any(text[a:b] in m.group(0) or page is text and 0 <= m.start() - b <= 2
                                                  for page, m in foreign)]
    if places:
        yield Hit(f"页面中有与报告无关的广告文字{at_places(text, places)}。", quote=text[places[0][0]:places[0][1]])
    # One mirror's domain, however often it was put in (in a place name, as the portal's and the download
    # address), is one finding.
    seen: set[str] = set()
    for m in _mirror_domains(text):
        if _domain(m.group(0)) not in seen:
            seen.add(_domain(m.group(0)))
            yield Hit(f"页面中的地名或平台名被换成了商业网站的域名或名称：“{around(text, m.start(), m.end())}”（镜像网站篡改）。",
                      quote=m.group(0))
    # The portal's address emptied (门户网站()下载) on a page a mirror has rewritten elsewhere too.
    # (an address cut to its path, 网站(/xzjd/…), on the same page is the same rewriting: one finding)
    lost = sorted((m for p in (URL_LOST, PATH_ONLY) for m in p.finditer(text)), key=lambda m: m.start()) if mirror_marks(text) else []
    if lost:
        left = "或".join(w for w, p in (("括号", URL_LOST), ("路径", PATH_ONLY)) if any(m.re is p for m in lost))
        yield Hit(f"网站名称后的网址被删去，只剩{left}{at_places(text, [m.span() for m in lost])}（镜像网站篡改）。",
                  quote=lost[0].group(0))
    for page, m in foreign:
        if _domain(m["host"]) not in seen:
            seen.add(_domain(m["host"]))
            yield Hit(f"政府网站的网址被换成了其他网站的域名“{m['host']}”（镜像网站篡改）："
                      f"“{around(page, m.start(), m.end())}”。", quote=m["host"])


# ….gov.gn, ….gov.c: a government's domain with gov.cn mistyped (contact.url finds it in the text)
GOV_MISTYPED = r"\.gov\.(?!cn\b)[a-z]{1,2}\b"
_GOV_MISTYPED_HOST = re.compile(GOV_MISTYPED + "$")


# 首页 > 政务公开 > …: a site's navigation path (or one step of it per line), not text of the report.
_BREADCRUMB = re.compile(r"首页|位置\s*[:：]|\S\s+>\s+\S|^\s*[>＞»]\s")
# Markup that a page's conversion left as text: entities (&lt; &nbsp; &#8220;) and tags (<br> </p> <span …>).
_MARKUP = re.compile(r"&(?:lt|gt|nbsp|amp|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|#\d{2,5});?"
                     r"|</?(?:p|br|span|div|font|strong|b|td|tr|table|img|a|style|o:p)(?:\s[^<>]{0,80})?/?>"
                     r"|<!--[^<>]{0,80}-->", re.I)  # (<!--[if !supportLists]-->: a word processor's comment)
_PIPES = re.compile(r"\|{20,}[ \t]*$", re.M)
# ……在阳光下运行。p1EanqF: a token of mixed-case letters and digits a mirror put after a sentence (no word, address
# or code: nothing of a URL or an e-mail round it)
_STRAY_TOKEN = re.compile(r"(?<=[。！？])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{5,12}"
                          r"(?![A-Za-z0-9.@/:_-])")
# {{ title }}, ${errorMessage}: a page template's fields printed as they are, not filled in.
_TEMPLATE_TAG = re.compile(r"\{\{\s*[A-Za-z_$][\w.$]*\s*\}\}|\$\{[A-Za-z_][\w.]*\}")
# ???? or ����: characters the page's encoding lost (a run of three or more; a report never writes one), or
# a half-width ? against a Chinese character or opening a paragraph: a Chinese report asks no questions in
# half-width punctuation, and a URL's ? stands between Latin letters.
# (a ? after a word or a stop and a space, alone at the end of a paragraph: 一、总体情况 ?, ……4541条。 ?)
# (《……你了解吗?》: a question's own mark after its particle, in an article's title the text lists; ？!皬V州: a lost
# character's ? and the ! of the garbage after it, ? made full-width by the text's normalising)
_LOST_CHARACTERS = re.compile(r"[?？\ufffd]{3,}|\?+(?=[\u4e00-\u9fff])|[?？]!(?=[\u4e00-\u9fff])"
                              r"|(?<=[\u4e00-\u9fff\u3040-\u30ff）)])(?<![吗呢么])\?+"
                              r"|^[ \t\u3000]*\?+|(?<=[\u4e00-\u9fff。）)][ \t\u3000])\?+[ \t\u3000]*$"
                              # (……12月31日止。? / ……保障。??: lost characters right after a paragraph's full stop)
                              r"|(?<=[。；！])\?+[ \t\u3000]*$"
                              # (地址:?jiǎn)|市: a glossed character lost, its pinyin gloss left after the ?)
                              r"|\?(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\))", re.M)


def garbled_near(text: str, pos: int, reach: int = 12) -> bool:
    """Characters lost to an encoding error within ``reach`` of ``pos``: a mark there went with them."""
    window = text[max(0, pos - reach):pos + reach]
    return ("?" in window or "？" in window or "\ufffd" in window) and _LOST_CHARACTERS.search(window) is not None


# 主动***息: characters a site's word filter masked with asterisks inside a word.
_MASKED = re.compile(r"(?<=[\u4e00-\u9fff])[*＊]{2,}(?=[\u4e00-\u9fff])")


def masked_words(text: str) -> list[re.Match]:
    """Words a site's filter masked with * (行政审****政府): integrity.fragment's one finding for the filter, which
    explains the other masks on the page too (**市迎宾大道, 0517-****3988)."""
    return list(_MASKED.finditer(text)) if "**" in text or "＊＊" in text else []


_ANGLES = re.compile("[<＜>＞]")


def _stray_angle(line: str) -> int | None:
    """Position of a > with no < before it in the line (年度报告格式> left from an eaten <…>)."""
    depth = 0
    for m in _ANGLES.finditer(line):  # only the brackets, found in C, not every character of the line
        i, ch = m.start(), m.group()
        if ch in "<＜":
            depth += 1
        elif ch in ">＞":
            if depth == 0:
                return i
            depth -= 1
    return None


# 以习新时代中国特色社会主义思想为指导, 习对广东系列重要讲话: a mirror's filter deleted 近平 (and 总书记) from the name
# (学习新时代…: the 习 of 学习; 习总书记 is how the name is shortened, not cut)
_NAME_CUT = re.compile(r"习(?<![学复练见实演补研温预自]习)(?!近平)(?=新时代中国特色社会主义思想|对[\u4e00-\u9fff]{1,6}(?:系列)?重要讲话)")


# xaxyh[email protected]: a scraped page's e-mail protection, its placeholder printed in place of the address.
_EMAIL_PROTECTED = re.compile(r"\[email[\s\u00a0]*protected\]", re.I)
# …清单(2020年重(本列数据的勾稽关系为…: the text broken off mid-word and run into a table's note (a page's text
# and its table spliced); the note stands after a line's start, a space or a cell's bar when the page is whole.
_SPLICED_NOTE = re.compile(r"(?<=[\u4e00-\u9fff\d])[（(]本列数据的勾稽关系")


@rule("integrity.fragment", "warning", "integrity", "页面残留碎片",
      "网页转换留下的碎片：没有前半的“…年度报告格式>”、整行或行末的一长串“|||…”、没有转换的网页代码（&lt;、&nbsp;、<br>）等，不是报告的文字；"
      "编码丢失的字符（连续的“???”或“�”，紧挨汉字或段首的半角“?”，紧接段末句号的“?”，其后只剩拼音注音的“?”：?jiǎn)，乱码）、被网站屏蔽成“***”的字（主动***息）、"
      "被镜像网站删去的人名（以习新时代中国特色社会主义思想为指导）、在句中断开后接上的表格说明（……(2020年重(本列数据的勾稽关系为）、"
      "代替邮箱地址的“[email protected]”、没有填充的网页模板字段（{{ title }}）、当作文字印出的文字处理软件注释"
      "（<!--[if !supportLists]-->）、镜像网站在句末插入的一串大小写字母和数字（……运行。p1EanqF）"
      "也各报一条。",
      needs_format=False,
      example="请与巴彦高勒镇人民政府联系（电话：0482-6765007）。 中华人民共和国政府信息公开工作年度报告格式>")
def fragments(ctx: Context):
    text = ctx.original_text
    for line in paragraphs(text):  # a title in <…> may be wrapped over two lines of a PDF
        if ">" not in line and "＞" not in line or _BREADCRUMB.search(line):
            continue  # (a line without a closing angle has no stray one)
        pos = _stray_angle(_MARKUP.sub(lambda m: " " * len(m.group(0)), line))
        # (?/p> amid garbled characters: the tag's < went with them, one finding of the garbling below)
        if pos is not None and not garbled_near(line, pos, 4):
            yield Hit(f"残留碎片：“{around(line, pos, pos + 1, 20)}”。", quote=around(line, pos, pos + 1, 20))
    markup = list(_MARKUP.finditer(text)) if "&" in text or "<" in text else []  # (every entity has its &, every tag its <)
    if markup:  # one conversion's leftovers, however many: one finding naming its places
        yield Hit(f"残留网页代码{at_places(text, [m.span() for m in markup], 15)}。", quote=markup[0].group(0))
    for m in _STRAY_TOKEN.finditer(text) if "。" in text else ():
        yield Hit(f"句末多出一串无意义的字母：“{around(text, m.start(), m.end(), 12)}”（镜像网站插入）。", quote=m.group(0))
    for m in _PIPES.finditer(text):
        yield Hit(f"残留碎片：一行{len(m.group(0).strip())}个“|”。", quote=m.group(0).strip()[:20])
    tags = list(_TEMPLATE_TAG.finditer(text)) if "{{" in text or "${" in text else []
    if tags:  # one page template left unrendered, however many of its fields show
        yield Hit(f"残留未填充的网页模板字段{at_places(text, [m.span() for m in tags], 15)}。", quote=tags[0].group(0))
    for m in _EMAIL_PROTECTED.finditer(text) if "protected" in text else ():
        yield Hit(f"电子邮箱被网页的邮箱保护占位符代替，地址已丢失：“{around(text, m.start(), m.end(), 12)}”。",
                  quote=m.group(0))
    for m in _SPLICED_NOTE.finditer(text) if "勾稽关系" in text else ():
        yield Hit(f"正文在句中断开，接上了表格的说明：“{around(text, m.start(), m.end(), 20)}”。",
                  quote=around(text, m.start(), m.end(), 8))
    masked = masked_words(text)
    if masked:  # one filter of the site's, however many words it masked
        yield Hit(f"页面文字被“*”遮盖{at_places(text, [m.span() for m in masked], 15)}，原字已丢失。",
                  quote=masked[0].group(0))
    cut = list(_NAME_CUT.finditer(ctx.text)) if "习" in ctx.text else []
    if cut:  # a mirror's filter that deletes a name, one finding however often it did
        yield Hit(f"页面文字被删去{at_places(ctx.text, [m.span() for m in cut], 15)}，其中的“习近平”只剩“习”。",
                  quote=around(ctx.text, cut[0].start(), cut[0].end(), 6))
    lost = list(_LOST_CHARACTERS.finditer(text)) if "?" in text or "？" in text or "\ufffd" in text else []
    if lost:  # one encoding failure of the page, however many places it shows
        yield Hit(f"页面有乱码{at_places(text, [m.span() for m in lost], 15)}，这些字符在转换编码时丢失。",
                  quote=lost[0].group(0)[:20])


@rule("integrity.truncated", "warning", "integrity", "页面不完整",
      "已发布的页面在“五、存在的主要问题及改进情况”和“六、其他需要报告的事项”之前就结束了（页面被截断或只发布了一部分）；只检查能读到的部分。",
      needs_format=False, example="页面在“四、政府信息公开行政复议、行政诉讼情况”的表格之后结束")
def truncated(ctx: Context):
    if ctx.source is not None and ctx.source.truncated:
        yield Hit("页面不完整：没有读到第五、六部分，报告可能被截断；以下只检查了能读到的内容。")

"""联系方式: phone numbers, e-mail addresses and web addresses that cannot work as written."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import geocoder

from .context import Context
from .finding import Hit
from .integrity import GOV_MISTYPED, PATH_ONLY, URL_LOST, masked_words, mirror_marks
from .numerals import normalise_digits
from .registry import rule
from .text import around, at_places, each_match, inside_brackets

_PHONE_OK = re.compile(r"^(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$")
_LOCAL_ONLY = re.compile(r"^\d{7,8}$")
# (电:0798—2691187: the label's 话 lost, contact.phone_word's; the number is still a phone's)
# (请联系：某街道党政综合办公室，86515145。: the number given after the office it reaches, with no 电话 before it)
_PHONE_IN_TEXT = re.compile(r"(?:(?:电话|传真|热线|联系方式|电(?=\s*[:：]\s*[0-9０-９]))(?:号码)?\s*(?:[:：]|为|是)?\s*"
                            r"|联系\s*[:：][^。；;\n\d]{2,40}?[，,]\s*(?=[0-9０-９-]{7,13}\s*(?:[。；;)）]|$)))"
                            r"(?P<p>[0-9０-９][0-9０-９—–－\-‐ *＊]{5,18}[0-9０-９])")
_EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
# 562170318qq.com: a mail host after the mailbox name with no @ between them.
_MAIL_HOST = r"(?:qq|163|126|sina|sohu|yeah|foxmail|139|aliyun)\.(?:com|cn|net)"
_MAIL_HOST_IN = re.compile(_MAIL_HOST)  # (in every address _EMAIL_NO_AT finds: a text without one is not scanned)
_EMAIL_NO_AT = re.compile(rf"(?<![@\w.])[A-Za-z0-9._-]*\d[A-Za-z0-9._-]*?{_MAIL_HOST}"
                          # 电子信箱jczb163.com: after the mailbox's label a name of letters only is an address too
                          rf"|(?<=邮箱|信箱)[:：]?\s*[A-Za-z][A-Za-z._-]*{_MAIL_HOST}")
# hljforest @126.com: a space inside the address, which then cannot be used as written.
_EMAIL_SPACE = re.compile(r"[A-Za-z0-9._-]+(?:[ \t\u3000]+@[ \t\u3000]*|@[ \t\u3000]+)[A-Za-z0-9-]+\.[ \t\u3000]*[A-Za-z]{2,}")
# 249817392@.com: the address with its domain's name lost.
_EMAIL_NO_DOMAIN = re.compile(r"[A-Za-z0-9._-]+@\.(?:com|cn|net)\b")
# lzqqdzdzb@zb.shandong (the domain cut before its .cn), name.@host.cn (a dot ending the mailbox's name)
_EMAIL_CUT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\."
                        r"(?!(?:com|cn|net|org|gov|edu|top|vip|info|cc|mil)(?![A-Za-z0-9-]))[A-Za-z]{2,}(?![A-Za-z0-9.-])"
                        r"|[A-Za-z0-9._%+-]*[A-Za-z0-9_-]\.@[A-Za-z0-9.-]+")
_URL_BROKEN = re.compile(r"https?//|https?:/(?!/)|https?：//|https?://\s+(?=[A-Za-z0-9])|www[、，。][A-Za-z0-9-]+[、，。]"
                         r"|www\s+\.[A-Za-z]|www\.\s+[A-Za-z]"  # www .example.gov.cn: a space inside the domain
                         r"|(?:www|[A-Za-z0-9-]+)\.[A-Za-z0-9.-]*" + GOV_MISTYPED  # ….gov.gn for ….gov.cn
                         # http://www.example.gov. / cn/: the address broken over two lines, its domain cut at a dot
                         + r"|https?://[A-Za-z0-9.-]+\.(?=[ \t]*\n\s*(?:cn|com|net|org)\b)")


@lru_cache(maxsize=1024)  # (a batch's reports share their county's few numbers)
def _area_problem(digits: str) -> str | None:
    """A fixed line whose number does not exist as written, by the national numbering plan (phonenumbers, Google's
    libphonenumber data): an area code not in use (0725), or a number one digit too long or short for its area
    (0570-82363069, 衢州's numbers having 7 digits)."""
    # (00…: no area code but the international prefix; the fictional code of the generated and bundled data, 0000)
    if not digits.startswith("0") or digits.startswith("00") or phonenumbers.is_valid_number(phonenumbers.parse(digits, "CN")):
        return None
    code = digits[:3] if digits[1] in "12" else digits[:4]
    local = digits[len(code):]
    for fitted in (local[:-1], local + local[-1]):  # the number with its length fitted to the area
        number = phonenumbers.parse(code + fitted, "CN")
        if 7 <= len(fitted) <= 8 and phonenumbers.is_valid_number(number):
            region = geocoder.description_for_number(number, "zh")
            return f"区号{code}（{region}）的固定电话号码为{len(fitted)}位，这里写了{len(local)}位"
    return f"{code}不是在用的长途区号（或号码位数有误）"


def _phone_problem(phone: str) -> str | None:
    if re.search(r"[*＊]{2}", phone):  # (057********58: a copy that masks numbers)
        return "号码中间被星号遮去，无法拨打"
    if re.search(r"[—–－‐]", phone):
        return "区号与号码之间应使用半角连字符“-”"
    if re.search(r"-\s*-", phone):  # 0710--3456789: one hyphen between area code and number
        return "区号与号码之间的连字符重复，应只写一个“-”"
    for number in re.split(r"[、,，/；;]|或", phone):
        digits = re.sub(r"[\s-]", "", normalise_digits(number))
        if _LOCAL_ONLY.match(digits):
            return "缺少区号（外地读者打不通），应写成区号加号码，如 0470-8952226"
        if not _PHONE_OK.match(digits):
            return "位数不对（固定电话为区号加7至8位号码，手机为11位）"
        if area := _area_problem(digits):
            return area
    return None


@rule("contact.phone", "warning", "contact", "联系电话格式有误",
      "联系电话应为区号加7至8位号码（如 0470-8952226）或11位手机号；全角破折号、连字符重复（0470--8952226）、缺少区号、位数不对"
      "都会让读者打不通。固定电话还按全国电话号码编号规则（phonenumbers 所带的 libphonenumber 数据）核对：区号不在使用中（0725），"
      "或号码位数与该区号不符（衢州的区号0570后写了8位号码）的，也报；号码中间被星号遮去（057********58）的也报"
      "（页面的文字也被星号遮盖时不报：那是网站的过滤，integrity.fragment 报一条）。"
      "正文（及页面页眉页脚）中的号码写错时报一条，列出每个号码（“请联系：某办公室，86515145”这样不带“电话”二字写在单位之后的"
      "号码也核对；“0591-83368798、83379395”中第二个号码省去与前一个相同的区号，不报）。", needs_format=False,
      example="电话：0470—8982155；传真：7077500")
def phone(ctx: Context):
    if ctx.contact is not None and ctx.contact.phone:
        problem = _phone_problem(ctx.contact.phone)
        if problem:
            yield Hit(f"联系方式 phone“{ctx.contact.phone}”：{problem}。", evidence={"contact.phone": ctx.contact.phone})
    wrong = []  # one finding for the numbers of the text (电话 and 传真 written the same wrong way)
    # The page as published too: the importer leaves out its header and footer lines (联系电话:028—36201212).
    texts = (ctx.text, ctx.original_text) if ctx.source is not None and ctx.original_text != ctx.text else (ctx.text,)
    for text in texts:
        filtered = bool(masked_words(text))
        for m in _PHONE_IN_TEXT.finditer(text):
            number = m.group("p")
            if filtered and re.search(r"[*＊]{2}", number):
                continue  # the site's filter masked words as well: integrity.fragment's one finding
            problem = _phone_problem(number)
            if problem and not re.fullmatch(r"\d{5}", number) and number not in (w[0] for w in wrong):
                wrong.append((number, problem, around(text, m.start(), m.end())))  # 12345 热线 is a service number
    if wrong and not (ctx.contact is not None and ctx.contact.phone and _phone_problem(ctx.contact.phone)):
        said = "；".join(f"“{n}”{p}" for n, p, _ in dict.fromkeys(wrong))
        yield Hit(f"正文中的电话：{said}。原文：“{wrong[0][2]}”", quote=wrong[0][0])


# 电子邮箱：政务邮箱: a template's placeholder where the address belongs (无, 暂无 say there is none)
_MAIL_PLACEHOLDER = re.compile(r"(?:电子邮箱|电子信箱|邮箱)\s*[:：]\s*(?!无|暂无|未)[\u4e00-\u9fff]{2,6}(?=\s*[，,。；;)）]|\s*$)", re.M)


@rule("contact.email", "warning", "contact", "电子邮箱格式有误",
      "电子邮箱应形如 name@example.com：缺少@（562170318qq.com）、@后缺少域名（249817392@.com）、域名缺少结尾的顶级域名"
      "（name@zb.shandong）、@前多了点（name.@host.cn）、@前后夹了空格（name @126.com）或含中文标点的地址无法使用；"
      "“电子邮箱：”后写的是文字而不是地址（电子邮箱：政务邮箱），是模板的占位字没有换成地址。",
      needs_format=False, example="电子邮箱：562170318qq.com")
def email(ctx: Context):
    if ctx.contact is not None and ctx.contact.email and not _EMAIL_OK.match(ctx.contact.email.strip()):
        yield Hit(f"联系方式 email“{ctx.contact.email}”不是有效的电子邮箱地址。", evidence={"contact.email": ctx.contact.email})
    for m in _MAIL_PLACEHOLDER.finditer(ctx.text) if "邮箱" in ctx.text or "信箱" in ctx.text else ():
        yield Hit(f"电子邮箱处写的是文字，不是地址：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
    if _MAIL_HOST_IN.search(ctx.text):
        yield from each_match(_EMAIL_NO_AT, ctx.text, "正文中的电子邮箱缺少@：“{}”。")
    if "@." in ctx.text:
        yield from each_match(_EMAIL_NO_DOMAIN, ctx.text, "正文中的电子邮箱缺少域名：“{}”。")
    if "@" in ctx.text:
        yield from each_match(_EMAIL_CUT, ctx.text, "正文中的电子邮箱地址不完整或多了字符（域名缺少结尾的.cn等，或@前多了点）：“{}”。")
        yield from each_match(_EMAIL_SPACE, ctx.original_text, "正文中的电子邮箱地址中间夹了空格：“{}”。")


# 电子版本可以从/下载: the address between 从 and 下载 cut to its slash
_SLASH_ONLY = re.compile(r"(?<=[从在])\s*/\s*(?=下载|查阅|查看)")


@rule("contact.url", "warning", "contact", "网址格式有误",
      "网址应形如 http://www.example.gov.cn/：http//（少冒号）、http:/（少斜杠）、用顿号代替点（www、zltq、gov、cn）、"
      "域名中夹了空格（www .example.gov.cn）或政府网站的域名 gov.cn 写错（www.example.gov.gn）、"
      "网址在域名的点后断成两行（http://www.example.gov. / cn/）的网址打不开；"
      "网站名称后的括号里只剩“/”或什么也没有（门户网站（/）），或下载说明中只剩“/”（可以从/下载），网址丢了，或括号里只有网页的路径、没有域名（部门页面（/gkmlpt/index））"
      "（页面有镜像网站篡改的其他痕迹时由 integrity.spam 报告）；说报告可在某网址查阅、下载，"
      "网址却是报告年度或更早发布的页面（2023年度报告给出…/202101/t20210113_….html），是另一个页面。",
      needs_format=False, example="门户网站（http://www、zltq、gov、cn/）")
def url(ctx: Context):
    if ctx.contact is not None and ctx.contact.download and re.match(r"https?", ctx.contact.download):
        parts = urlsplit(ctx.contact.download.strip())
        if not parts.netloc or "." not in parts.netloc or _URL_BROKEN.search(ctx.contact.download):
            yield Hit(f"联系方式 download“{ctx.contact.download}”不是有效的网址。",
                      evidence={"contact.download": ctx.contact.download})
    yield from each_match(_URL_BROKEN, ctx.text, "正文中的网址写错：“{}”。")
    # (on a mirror's copy the emptied address is its rewriting: integrity.spam's, one finding for one span)
    if not mirror_marks(ctx.original_text):
        if ")" in ctx.text or "）" in ctx.text:  # (an emptied bracket is closed)
            for m in URL_LOST.finditer(ctx.text):  # (quoted with the site it belonged to: the brackets alone say little)
                yield Hit(f"正文中的网址丢了，只剩括号：“{around(ctx.text, m.start(), m.end())}”。",
                          quote=ctx.text[max(0, m.start() - 8):m.end()])
        for m in _SLASH_ONLY.finditer(ctx.text) if "/" in ctx.text else ():
            yield Hit(f"正文中的网址丢了，只剩“/”：“{around(ctx.text, m.start(), m.end())}”。",
                      quote=ctx.text[max(0, m.start() - 8):m.end() + 2])
        cut = [m.span() for m in PATH_ONLY.finditer(ctx.text)] if "/" in ctx.text else []  # one slip however often: one finding
        if cut:
            yield Hit(f"正文中的网址只剩路径，没有域名（读者无法打开）{at_places(ctx.text, cut)}。",
                      quote=ctx.text[cut[0][0]:cut[0][1]])
    for m in _DOWNLOAD_URL.finditer(ctx.text) if ctx.year is not None and "/" in ctx.text else ():
        dated = _DATED_PAGE.search(m["url"])
        if dated and int(dated["y"] or dated["ty"]) <= ctx.year:
            yield Hit(f"正文所给的报告网址是{dated['y'] or dated['ty']}年的页面，{ctx.year}年度报告只能在{ctx.year + 1}年发布："
                      f"“{m['url'][:80]}”。", quote=m["url"][:80])


# 全文可在……下载(网址 http://…/202101/t20210113_924081.html): the page the report is said to be on.
_DOWNLOAD_URL = re.compile(r"(?:下载|查阅|公开|全文|报告)[^。；;\n]{0,30}?(?P<url>(?:https?://|www\.|\d+\.\d+\.\d+\.\d+)"
                           r"[A-Za-z0-9./:_?=&%-]+)")
# /202101/ or /t20210113_: a page dated in its address, as the sites publish articles.
_DATED_PAGE = re.compile(r"/(?P<y>20\d\d)(?:0[1-9]|1[0-2])(?:\d\d)?/|/t(?P<ty>20\d\d)(?:0[1-9]|1[0-2])\d\d_")


# 邮编：67800: a postcode is six digits.
_POSTCODE = re.compile(r"(?:邮编|邮政编码)\s*[：:]?\s*(\d+)(?!\d)")
# 邮编：name@163.com: an e-mail address in the postcode's place.
_POSTCODE_AS_MAIL = re.compile(r"(?:邮编|邮政编码)\s*[：:]?\s*([A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


@rule("contact.postcode", "warning", "contact", "邮政编码位数不对",
      "邮政编码是六位数字：前言写的邮编多一位或少一位（邮编：67800），或邮编一项写成了电子邮箱（邮编：name@163.com），读者寄信无法投递。",
      needs_format=False,
      example="通讯地址：某县某镇某路1号，邮编：67800")
def postcode(ctx: Context):
    if "邮" not in ctx.text:
        return
    for m in _POSTCODE.finditer(normalise_digits(ctx.text)):
        if len(m.group(1)) != 6:
            yield Hit(f"邮政编码“{m.group(1)}”是{len(m.group(1))}位，应为六位数字。", quote=m.group(0))
    for m in _POSTCODE_AS_MAIL.finditer(ctx.text):
        yield Hit(f"邮编一项写的是电子邮箱“{m.group(1)}”，应为六位数字的邮政编码。", quote=m.group(0))


# 电话：0563-4900001邮编：242…: the next field of the contact sentence run into the number before it.
# (邮箱：……@163.com邮编450041: an e-mail address run into the next field as well)
# (邮编：247000电话：……: a phone's label run into the six digits of a postcode or the number before it; 12345 and
# other hotlines have fewer digits)
# (地址：某大厦1228室电话：……: an address's room or number run into the phone's label)
_FIELD_RUN_ON = re.compile(r"(?:\d|(?<=\.)(?:com|cn|net))(?=邮编|邮政编码|地址|电子邮箱|邮箱|传真|联系人)|(?<=\d{5})\d(?=(?:联系)?电话)"
                           r"|(?<=\d)[号室](?=(?:联系)?电话|邮编|邮政编码|传真)")
# The number or address an item ends with, back to its colon (0825-5182506 of 电话:0825-5182506邮箱).
_ITEM_TAIL = re.compile(r"[\w.@\-]{0,40}$", re.A)
# 邮编：442000：电话：……: a colon between two items, where a comma belongs.
_FIELD_COLON = re.compile(r"\d[:：](?=(?:(?:联系)?电话|邮编|邮政编码|地址|电子邮箱|邮箱|传真)[:：])")
# （……邮编：032400。 地址：……）: a full stop between two items of a bracketed contact, where a comma belongs.
_FIELD_FULL_STOP = re.compile(r"\d。\s*(?=(?:地址|邮编|邮政编码|电话|联系电话|传真|电子邮箱|邮箱)[:：])")


# 请与某镇党政办联系。（地址：……；电话：……）。: the bracketed contact put after the sentence's stop, and a stop again.
_BRACKET_AFTER_STOP = re.compile(r"。(?=[（(](?:网址|地址|电话|联系电话|邮编)[:：][^()（）\n]{3,80}[)）]。)")


@rule("contact.run_on", "warning", "wording", "联系方式各项之间缺少标点",
      "前言的联系方式中，电话号码等数字或电子邮箱地址后直接接着下一项（电话：0563-4900001邮编：242000；……@163.com邮编450041；邮编：247000电话：……），中间少了逗号或分号；"
      "或两项之间用了冒号（邮编：442000：电话：……）；或括号中的两项之间用了句号（（……邮编：032400。地址：……））；或句号之后才是括号中的地址、网址，括号后又是句号"
      "（请与某办联系。（地址：……）。）。",
      needs_format=False, example="联系电话：0563-4900001邮编：242000")
def run_on(ctx: Context):
    if "邮" in ctx.text or "地址" in ctx.text or "传真" in ctx.text or "联系人" in ctx.text:
        for m in _FIELD_RUN_ON.finditer(ctx.text):
            # (the match is the one character before the next item: the quote holds the item it ends and the next's name)
            start = m.start() - len(_ITEM_TAIL.search(ctx.text, max(0, m.start() - 40), m.start()).group(0))
            yield Hit(f"联系方式的两项之间缺少标点：“{around(ctx.text, m.start(), m.end())}”。",
                      quote=ctx.text[start:m.end() + 2])
        yield from each_match(_FIELD_COLON, ctx.text, "联系方式的两项之间用了冒号（应为逗号或分号）：“{}”。")
        for m in _FIELD_FULL_STOP.finditer(ctx.text) if "。" in ctx.text else ():
            if inside_brackets(ctx.text, m.start()):  # a contact in brackets is one sentence's part
                yield Hit(f"联系方式的两项之间用了句号（应为逗号或分号）：“{around(ctx.text, m.start(), m.end())}”。",
                          quote=m.group(0))
    for m in _BRACKET_AFTER_STOP.finditer(ctx.text) if "。（" in ctx.text or "。(" in ctx.text else ():
        yield Hit(f"括号中的联系方式放在了句号之后，括号后又有句号：“{around(ctx.text, m.start(), m.end() + 12)}”"
                  "（句号应在括号之后）。", quote=ctx.text[max(0, m.start() - 4):m.end() + 8])


# 联系地址：某县某街道龙山大道16，邮编……: the street number without 号 (16号, or a building's 16栋).
# (……办公室联系(某县某镇正大街16;邮编……): the address first in the contact's bracket, unnamed)
_HOUSE_NUMBER = re.compile(r"(?:地址|地点|位于|联系[（(])[:：]?[^，,。；;:：]{0,40}?(?:路|街|大道|大街|巷)\d{1,5}(?=\s*[，,。；;)）])")


@rule("contact.address", "warning", "contact", "地址的门牌号缺少“号”",
      "前言的联系地址中（或“联系”后括号里的地址），路名后的门牌号少了“号”字（联系地址：某县某街道龙山大道16，邮编……）。",
      needs_format=False,
      example="联系地址：青松县青松镇龙山大道16，邮编：402566")
def address(ctx: Context):
    if "地址" in ctx.text or "地点" in ctx.text or "位于" in ctx.text or "联系(" in ctx.text or "联系（" in ctx.text:
        yield from each_match(_HOUSE_NUMBER, normalise_digits(ctx.text), "地址的门牌号后缺少“号”：“{}”。")


@rule("contact.missing", "warning", "contact", "缺少联系电话和电子邮箱",
      "前言应告诉读者对报告有疑问时如何联系：数据集的联系方式中电话和邮箱都没有填写。",
      needs_format=False, example="contact: {office: ××镇党政办公室}（没有 phone、email）")
def missing(ctx: Context):
    if ctx.contact is not None and not ctx.contact.phone and not ctx.contact.email:
        yield Hit("联系方式中电话（phone）和电子邮箱（email）都没有填写。", evidence={"contact.office": ctx.contact.office})


_URL = re.compile(r"https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+")
# A year of its own in a link's path (/2022.html, /2022/, 2022_123, /2021j/): not a date (20220115) or a number, nor digits
# after letters (/swj2020gb/, a site's folder).
_URL_YEAR = re.compile(r"(?<![A-Za-z\d])(20[0-4]\d)(?!\d)")


@rule("contact.url_year", "warning", "contact", "网址指向其他年度",
      "正文给出的报告下载或查阅网址，路径中写的年份（…/2022.html、…/2022/）既不是报告年度，也不是发布报告的下一年："
      "读者打开的是另一年度的页面。", needs_format=False,
      example="2024年度报告：电子版可在 https://www.example.gov.cn/annualreport/year/2022.html 下载")
def url_year(ctx: Context):
    if ctx.year is None:
        return
    for m in _URL.finditer(ctx.text):
        path = urlsplit(m.group(0)).path + "?" + urlsplit(m.group(0)).query
        years = {int(y) for y in _URL_YEAR.findall(path)}
        if years and not years & {ctx.year, ctx.year + 1}:
            yield Hit(f"{ctx.year}年度报告给出的网址指向{'、'.join(map(str, sorted(years)))}年：“{m.group(0)}”。",
                      quote=m.group(0))


# 电027-83244769, 联系电：0470-8952226: 电话 written without 话 right before a phone number (a standalone 电, or
# after 联系/咨询/办公/值班), not 来电 or 用电.
_PHONE_WORD_CUT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=联系)|(?<=咨询)|(?<=办公)|(?<=值班))电\s*[:：]?\s*"
                             r"(?P<p>(?:0\d{2,3}\s*[-—－–]?\s*)?\d{7,8}(?!\d)|1[3-9]\d{9}(?!\d))")

_DIAN_NUMBER = re.compile(r"电\s*[:：]?\s*[0-9０-９]")  # a literal first character: a fast test before the full pattern


# 址：某县某街，话：0474-7902436: a contact item's label with its first character lost, standing at a line's or a
# clause's start (网址：, 地 址： keep theirs; 编： for 邮编： is a typo of nianbao/formats/typos.yaml).
_LABEL_CUT = re.compile(r"(?:^|(?<=[，,。；;、\n]))(?P<cut>址|话|箱)[:：]", re.M)
_LABEL_WHOLE = {"址": "地址", "话": "电话", "箱": "邮箱"}


@rule("contact.phone_word", "warning", "wording", "联系方式的项目名称缺字",
      "电话号码前应写“电话”：只写一个“电”（电027-83244769、联系电：0470-8952226）是漏字；联系方式各项的名称少了第一个字"
      "（址：某县某街、话：0474-7902436）也是漏字。", needs_format=False,
      example="邮编：430040，电0470-8952226")
def phone_word(ctx: Context):
    if _DIAN_NUMBER.search(ctx.text):
        yield from each_match(_PHONE_WORD_CUT, normalise_digits(ctx.text), "电话号码前的“电话”少了“话”字：“{}”。")
    cut = list(_LABEL_CUT.finditer(ctx.text)) if "：" in ctx.text or ":" in ctx.text else []
    if cut:
        names = "、".join(dict.fromkeys(f"“{m['cut']}”应为“{_LABEL_WHOLE[m['cut']]}”" for m in cut))
        yield Hit(f"联系方式的项目名称少了第一个字（{names}）{at_places(ctx.text, [m.span() for m in cut])}。",
                  quote=cut[0].group(0))

"""Advertising that hijacked mirrors put into government pages: one vocabulary for the importer (an organ's name
read with an advertisement before it) and the checks (integrity.spam)."""

from __future__ import annotations

import re
from functools import lru_cache

# Gambling and other advertising that hijacked mirrors insert into government pages.
_SPAM = re.compile(r"博彩|赌场|赌城|赌博网|百家乐|老虎机|六合彩|时时彩|彩票(?:网|app|官网|平台)|真人娱乐|娱乐城|明升|"
                   r"伟德(?![东西南北中]?[路街道巷])|欧博(?!士)|体育投注|体育下注|"
                   r"bea?t\d{2,3}|\d{3}bet|[a-z]+bet(?:体育|官网|娱乐)|棋牌游戏|开户送|注册送彩金|app官网下载|官网下载苹果版|苹果版安装|娱乐场(?!所)"
                   r"|菠菜(?:导航|网|平台|担保)|威廉希尔|新葡京|(?:金沙|永利|威尼斯人|银河)(?:娱乐|官网|国际|app)|澳门(?:金沙|永利|银河|威尼斯人|新濠|葡京)|钱柜(?:登陆|登录|入口|娱乐|官网)"
                   r"|(?:香港|澳门|免费)[\u4e00-\u9fff]{0,4}(?:图库|资料大全)|(?:香港|澳门)[\u4e00-\u9fff]{0,3}宝典|宝典资料|(?:六合|六台|管家婆|白小姐)[\u4e00-\u9fff]{0,2}(?:宝典|资料|图库|开奖)|开奖(?:结果|记录|直播)|彩天下|天下彩|德赢|vwin|龙8(?:国际|娱乐|官网|app)|凯发(?:k8|国际|娱乐|官网|一触即发)|manbetx"
                   r"|下注平台|现金网|(?:足球|欧洲杯|世界杯)[\u4e00-\u9fff]{0,2}(?:下注|投注)|买(?:足)?球的?(?:软件|app|平台|网站)"
                   r"|必发(?:365|官网|网站|娱乐|体育|平台)|mobile365|365(?:网站|bet)|和记(?:ag|娱乐|怡情|官网|平台)|(?<![a-z])ag(?:真人|娱乐|平台|官网|视讯)|九游会|亚博(?:足彩|体育|娱乐|官网|app|平台|国际)|开云(?:体育|手机|官网|app|平台|娱乐|入口)"
                   # (ibet国际平台, 某某ag旗舰厅官网: a Latin brand named as an "international platform" or a "flagship hall")
                   # (又黄又爽又色无遮挡国产_……: a pornographic site's line of titles at a copy's head)
                   r"|又黄又|无遮挡|无码(?:专区|国产|视频|在线)|免费无码|国产精品|精品视频|一区二区(?:三区)?(?:在线|视频|影院)|亚洲av|人妻"
                   r"|精产国品|(?:成人|午夜)(?:视频|影院)"
                   # (国产Α片免费观看在线人,国内揄拍高清国内精品对白,……卡2卡3卡新区: another such line, its A a Greek Α)
                   r"|揄拍|精品对白|[aΑ]片免费|卡2卡3"
                   # (澳门皇冠:抓好……的通知, 在皇冠体育,皇冠体育平台区人民政府网站: a betting brand in place of 关于 or a name)
                   r"|皇冠(?:体育|娱乐|官网|平台|app|国际|足球|开户|登录|入口)|澳门皇冠"
                   r"|[a-z]{2,}\d*(?:国际平台|国际集团|旗舰厅)|尊龙(?:网|ag|凯时|官网|平台|娱乐|app)|(?<!中)华体会|(?<![a-z])hth(?:在线|官网|体育|app|平台|登录|入口)|\d{3,5}线路检测"
                   # (……年度报告-爱游戏app官网入口, 日博365邮箱, 188博金宝app: more brands put in place of names)
                   r"|爱游戏(?:app|体育|官网|平台|入口)|日博(?:365|体育|官网|app)|博金宝"
                   , re.I)
# 足彩app哪个是正规的 (a search phrase put in place of a name), beplay体育, bob最新官网: looked for only where 体育, 正规
# or 官网 stands. (伟德东路: a street named like a betting brand)
# (188体育, 365官网: betting brands by their numbers)
# (坚江南体育官网持: a betting site's name put inside a word)
_BRAND_SPAM = re.compile(r"app哪个(?:是)?正规|beplay|bob(?:体育|综合|最新官网|官网)|(?<![\u4e00-\u9fff])最新官网|沙巴体育"
                         # (IM体育, UedBet体育: a Latin brand's sports site; 体育局, 体育馆 are no site's)
                         r"|(?<![\d年])\d{3}(?:体育|官网|娱乐)|体育官网|(?<![A-Za-z])[A-Za-z]{2,6}体育(?![局馆场])", re.I)
# Sports-score and live-streaming sites a mirror puts in place of 政务 (省、市球迷网政务公开, 《即时比分公报》,
# 海棠直播公开, 中国足彩网) or of 关于 (体球网, 球探体育比分): looked for only where one of their words stands.
# A site named 某某体育直播 put in place of 关于 (《某市人民政府办公室雷速体育直播印发……的通知》).
# (坚持以雷速体育,雷速直播新时代……; 省委、省政府欧洲杯足球网:推进……: a site's names put in place of a name or of 关于)
_SPORTS_SPAM = re.compile(r"即时比分|比分(?:网|直播)|体育比分|体球网|球探体育|球迷网|足球(?:直播|网)|雷速(?:体育|直播)"
                          r"|足彩(?:网|app|官网|平台)|[福体]彩(?:网|app|官网|平台)"  # (a lottery site's name at the page's head)
                          # (优米体育足球财政局: a sports site's name in place of the county's)
                          r"|体育足球(?![场馆队赛课])|(?<![网络在线视频])直播公开|西甲(?:直播|比分|联赛)|(?:欧洲杯|世界杯)\d{0,4}赛程|东方体育(?![场馆中学大会])"
                          r"|(?<=[\u4e00-\u9fff]{2})体育直播(?![间活赛节])")
_SPORTS_WORDS = ("比分", "球迷", "直播", "西甲", "赛程", "东方体育", "足彩", "福彩", "体彩", "足球", "雷速", "体球", "球探")
# A word every advertisement _SPAM finds holds (one of each of its alternatives, in lower case; tests/checks
# test_checks.py reads the pattern to hold them to it): a page with none of them is not scanned, the scan being slow.
# (their Latin letters are ones that IGNORECASE matches in their two ASCII cases only)
_SPAM_ANCHORS = re.compile("博彩|赌|百家乐|老虎机|六合彩|时时彩|彩票|娱乐|明升|伟德|欧博|投注|下注|be|棋牌游戏|开户送|注册送彩金|官网下载"
                           "|苹果版安装|菠菜|威廉希尔|新葡京|金沙|永利|威尼斯人|银河|澳门|钱柜|图库|资料大全|宝典|六合|六台|管家婆|白小姐|开奖"
                           "|彩天下|天下彩|德赢|vw|龙8|凯发|现金网|球|必发|365|和记|ag|九游会|亚博|开云|国际|旗舰厅|尊龙|华体会|hth|线路检测"
                           "|又黄又|无遮挡|无码|国产精品|精品视频|一区二区|亚洲av|人妻|精产国品|成人|午夜|皇冠|爱游戏|日博|博金宝"
                           "|揄拍|精品对白|片免费|卡2卡3")


def spam_in(text: str) -> list[re.Match]:
    """The advertisements a mirror put into a text, in order."""
    return list(_spam_in(text))


@lru_cache(maxsize=32)  # (three rules ask of the same report text)
def _spam_in(text: str) -> tuple[re.Match, ...]:
    sports = any(w in text for w in _SPORTS_WORDS)
    brands = "体育" in text or "正规" in text or "官网" in text
    ads = _SPAM.finditer(text) if _SPAM_ANCHORS.search(text.lower()) else ()
    return tuple(sorted([*ads, *(_SPORTS_SPAM.finditer(text) if sports else ()),
                         *(_BRAND_SPAM.finditer(text) if brands else ())], key=lambda m: m.start()))

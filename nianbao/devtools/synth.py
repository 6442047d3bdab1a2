"""Fictional township datasets: a deterministic generator for demos, tests and benchmarks.

Every township is made up and marked as such (county 示例县, organ 示例县青松镇人民政府,
id ``demo-001``, e-mail at example.com, phone 0000-…). Nothing here uses global random
state: each township and each report year draws from its own ``random.Random`` seeded
from ``(seed, township, year, purpose)``, so

- the same arguments always give the same datasets, whatever else was generated;
- township *i* is the same place in every call (same name, contact, habits);
- report years chain: 上年结转 (carried_in) of year N+1 equals 结转下年度 (carried_out) of
  year N in every column, and 上一年项目数量 / 现行有效件数 follow last year's figures.

The tables of a clean dataset satisfy the identities of the format description
(一+二=（七）+四 per column, （七）总计 = the outcome rows, 总计 column = the applicant
columns, 表四 总计 = its four results), and the narrative quotes the same figures.
:func:`apply_defect` then breaks one thing on purpose, so the checks have something to find.

``write_demo(root)`` (re)creates the bundled demo county under ``data/`` byte for byte;
``python -m nianbao.devtools.synth [root]`` does the same from the command line.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import formats as F

APPLICANTS = ("natural", "commercial", "research", "social", "legal", "other_org")
REVIEW_GROUPS = ("review", "litigation_direct", "litigation_after_review")
REVIEW_RESULTS = ("upheld", "corrected", "other", "pending")

# ---------------------------------------------------------------- fictional names

_FIRST = "青石白金红黄绿清长安永太新东西南北上下大小双三宝云龙凤鹤松柏桃杏梅兰竹春秋朝丰和平福瑞"
_SECOND = "松山河溪泉湾坪桥岭湖塘川林沟岗坡田园庄原店集口台洲坝滩岩峰源埠寨营堡阳水冲屯铺圩"
_THIRD = "东西南北中上下前后新"
_ROADS = ("建设", "人民", "团结", "振兴", "和平", "文化", "兴业", "幸福", "光明", "育才")


def _rng(*parts) -> random.Random:
    # A str seed is hashed with SHA-512 by random.Random: stable across runs and platforms.
    return random.Random(":".join(str(p) for p in parts))


def _weighted(rng: random.Random, table: dict) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


@dataclass(frozen=True)
class Township:
    """One fictional township; everything about it follows from (seed, index, county)."""

    index: int
    seed: int
    county: str
    name: str  # 青松
    kind: str  # 镇 | 乡 | 街道
    activity: str  # quiet | normal | busy

    @classmethod
    def make(cls, index: int, seed: int = 0, county: str = "示例县") -> Township:
        if index < 1:
            raise ValueError("township index starts at 1")
        names = _name_order(seed)
        base = names[(index - 1) % len(names)]
        extra = (index - 1) // len(names)
        name = base + (_THIRD[(extra - 1) % len(_THIRD)] * ((extra - 1) // len(_THIRD) + 1) if extra else "")
        rng = _rng("township", seed, index)
        kind = _weighted(rng, {"镇": 60, "乡": 25, "街道": 15})
        activity = _weighted(rng, {"quiet": 45, "normal": 45, "busy": 10})
        return cls(index=index, seed=seed, county=county, name=name, kind=kind, activity=activity)

    @property
    def id(self) -> str:
        return f"demo-{self.index:03d}"

    @property
    def unit(self) -> str:
        """The township as the text names it: 青松镇 / 青松街道."""
        return self.name + self.kind

    @property
    def organ(self) -> str:
        if self.kind == "街道":
            return f"{self.county}{self.name}街道办事处"
        return f"{self.county}{self.unit}人民政府"

    @property
    def self_ref(self) -> str:
        """How the report refers to itself: 我镇 / 我乡 / 我街道."""
        return "我" + self.kind

    @property
    def villages(self) -> str:
        return "各社区" if self.kind == "街道" else "各村"

    def contact(self) -> dict:
        rng = _rng("contact", self.seed, self.index)
        office = f"{self.county}{self.name}街道党政办公室" if self.kind == "街道" else f"{self.organ}党政综合办公室"
        return {
            "office": office,
            "address": f"{self.county}{self.unit}{rng.choice(_ROADS)}路{rng.randint(1, 199)}号",
            "postcode": f"000{self.index % 1000:03d}",
            "phone": f"0000-{rng.randint(1000000, 9999999)}",
            "email": f"demo{self.index:03d}@example.com",
            "download": f"{self.county}人民政府门户网站“政府信息公开年报”栏目",
        }


_NAME_CACHE: dict[int, list[str]] = {}


def _name_order(seed: int) -> list[str]:
    """Every two-character place name, in an order fixed by the seed (so names never repeat)."""
    if seed not in _NAME_CACHE:
        names = [a + b for a in _FIRST for b in _SECOND if a != b]
        _rng("names", seed).shuffle(names)
        _NAME_CACHE[seed] = names
    return _NAME_CACHE[seed]


# ---------------------------------------------------------------- table three (applications)

_OUTCOMES_COMMON = {
    "granted": 55, "partial": 10,
    "denied.1": 0.3, "denied.2": 0.5, "denied.3": 0.3, "denied.4": 1.5, "denied.5": 0.7, "denied.6": 1.0,
    "denied.7": 0.3, "denied.8": 0.4,
    "unavailable.1": 14, "unavailable.2": 4, "unavailable.3": 2,
    "not_processed.1": 3, "not_processed.2": 2, "not_processed.3": 0.5, "not_processed.4": 0.3,
    "not_processed.5": 1,
}
_APPLICANT_WEIGHTS = {"natural": 80, "commercial": 12, "research": 1, "social": 2, "legal": 2, "other_org": 3}


def _carried_out(t: Township, year: int) -> dict[str, int]:
    """结转下年度 of one year, per applicant column; drawn on its own so year N+1 can read it."""
    rng = _rng("carry", t.seed, t.index, year)
    out = dict.fromkeys(APPLICANTS, 0)
    if t.activity != "quiet" and rng.random() < (0.35 if t.activity == "busy" else 0.15):
        out["natural"] = rng.choice((1, 1, 2))
    if t.activity == "busy" and rng.random() < 0.1:
        out["commercial"] = 1
    return out


def _new_applications(t: Township, year: int, rng: random.Random) -> int:
    if t.activity == "quiet":
        return 0 if rng.random() < 0.6 else rng.randint(1, 2)
    if t.activity == "normal":
        return 0 if rng.random() < 0.25 else rng.randint(1, 8)
    return rng.randint(3, 20)


def _t3(t: Township, year: int, fmt: F.Format) -> dict:
    rng = _rng("t3", t.seed, t.index, year)
    table = fmt.tables["t3"]
    row_keys = [r.key for r in table.rows]
    carried_in = _carried_out(t, year - 1)
    carried_out = _carried_out(t, year)

    new = dict.fromkeys(APPLICANTS, 0)
    for _ in range(_new_applications(t, year, rng)):
        new[_weighted(rng, _APPLICANT_WEIGHTS)] += 1
    for c in APPLICANTS:  # what is carried out must have come in
        new[c] = max(new[c], carried_out[c] - carried_in[c])

    outcome_rows = [k for k in row_keys if k not in ("new", "carried_in", "total", "carried_out")]
    weights = {k: _OUTCOMES_COMMON.get(k, 0) for k in outcome_rows}
    if "other" in weights:
        weights["other"] = 1.5
    else:  # 2021: （六）1 and 3 happen; （六）2 (unpaid fees) would need a fee text in section 六
        weights["other.1"], weights["other.3"] = 1.0, 0.5

    rows = {k: dict.fromkeys(APPLICANTS, 0) for k in row_keys}
    rows["new"], rows["carried_in"], rows["carried_out"] = new, carried_in, carried_out
    for c in APPLICANTS:
        for _ in range(new[c] + carried_in[c] - carried_out[c]):
            rows[_weighted(rng, weights)][c] += 1
            rows["total"][c] += 1
    return {k: {**cols, "total": sum(cols.values())} for k, cols in rows.items()}


def _t4(t: Township, year: int, t3: dict) -> dict:
    rng = _rng("t4", t.seed, t.index, year)
    handled = t3["total"]["total"]
    chances = {"review": 0.25, "litigation_direct": 0.10, "litigation_after_review": 0.06}
    out = {}
    for g in REVIEW_GROUPS:
        cols = dict.fromkeys(REVIEW_RESULTS, 0)
        if handled and rng.random() < chances[g] * min(1.0, handled / 4):
            for _ in range(1 if rng.random() < 0.8 else 2):
                cols[_weighted(rng, {"upheld": 60, "corrected": 10, "other": 10, "pending": 20})] += 1
        out[g] = {**cols, "total": sum(cols.values())}
    return out


# ---------------------------------------------------------------- table two (proactive disclosure)

def _money(value: Decimal, unit: str = "万元") -> str:
    return f"{value.normalize() if value == 0 else value}{unit}"


def _t2_2019(t: Township, year: int, fmt: F.Format) -> dict:
    base = _rng("t2base", t.seed, t.index)
    prev = {"licensing": base.randint(0, 25), "other_services": base.randint(0, 8),
            "punishment": base.choice((0, 0, base.randint(1, 40))), "coercion": base.choice((0, 0, 0, 1, 2)),
            "fees": base.choice((0, 0, 1, 2))}
    published_total = base.randint(0, 6)
    for y in range(fmt.first_year, year + 1):
        rng = _rng("t2", t.seed, t.index, y)
        change = {k: (0 if rng.random() < 0.55 else rng.randint(-min(v, 3), 6)) for k, v in prev.items()}
        made = 0 if rng.random() < 0.7 else rng.randint(1, 2)
        published_total += made
        if y == year:
            projects = 0 if rng.random() < 0.4 else rng.randint(1, 6)
            amount = sum((Decimal(rng.randint(300, 6000)) / 100 for _ in range(projects)), Decimal(0))
            decisions = {"licensing": rng.randint(0, 40), "other_services": rng.randint(0, 15),
                         "punishment": rng.randint(0, 12) if prev["punishment"] else 0,
                         "coercion": rng.randint(0, 1) if prev["coercion"] else 0}
            blocks = {
                "rules": {"made": 0, "published": 0, "total_published": 0},
                "normative_docs": {"made": made, "published": made, "total_published": published_total},
            }
            for k in ("licensing", "other_services", "punishment", "coercion"):
                blocks[k] = {"prev_items": prev[k], "change": change[k], "decisions": decisions[k]}
            blocks["fees"] = {"prev_items": prev["fees"], "change": change["fees"]}
            blocks["procurement"] = {"projects": projects, "amount": _money(amount)}
            return blocks
        prev = {k: v + change[k] for k, v in prev.items()}
    raise AssertionError("unreachable")  # pragma: no cover


def _t2_2021(t: Township, year: int, fmt: F.Format) -> dict:
    in_force = _rng("t2base21", t.seed, t.index).randint(0, 8)
    for y in range(fmt.first_year, year + 1):
        rng = _rng("t2", t.seed, t.index, y)
        made = 0 if rng.random() < 0.7 else rng.randint(1, 2)
        repealed = 0 if rng.random() < 0.8 or in_force == 0 else rng.randint(1, min(2, in_force))
        in_force += made - repealed
        if y == year:
            fee = Decimal(0) if rng.random() < 0.8 else Decimal(rng.randint(1, 200)) / 100
            return {
                "rules": {"made": 0, "repealed": 0, "in_force": 0},
                "normative_docs": {"made": made, "repealed": repealed, "in_force": in_force},
                "licensing": {"decisions": rng.randint(0, 40)},
                "punishment": {"decisions": rng.choice((0, 0, rng.randint(1, 12)))},
                "coercion": {"decisions": rng.choice((0, 0, 0, 1))},
                "fees": {"amount_wan": _money(fee)},
            }
    raise AssertionError("unreachable")  # pragma: no cover


def _t2(t: Township, year: int, fmt: F.Format) -> dict:
    cols = {c.key for t2row in fmt.tables["t2"].rows for c in t2row.columns}
    return _t2_2019(t, year, fmt) if "prev_items" in cols else _t2_2021(t, year, fmt)


# ---------------------------------------------------------------- narrative (phrase bank)

_INTRO = (
    "{year}年，{unit}坚持以公开为常态、不公开为例外，按照县委、县政府对政务公开工作的部署，"
    "围绕群众关心关切的事项做好政府信息公开，各项工作有序推进。",
    "{year}年，{unit}认真贯彻《中华人民共和国政府信息公开条例》，把政务公开与日常工作一同部署、"
    "一同落实，信息发布更加及时，公开内容更加贴近群众需求。",
    "{year}年，{unit}对照上级印发的政务公开工作要点，结合本{kind}实际，持续完善公开制度、拓展公开渠道，"
    "政府信息公开的质量和实效进一步提升。",
    "本年度，{unit}在{county}政务公开工作领导小组的指导下，以规范公开目录、加强平台管理为重点，"
    "推动政府信息公开工作落到实处。",
)

_PROACTIVE_COUNT = (
    "全年通过政府信息公开专栏主动公开各类政府信息{n}条，其中政策文件、财政资金、民生保障类信息{m}条。",
    "本年度共主动公开政府信息{n}条，涉及机构职能、工作动态、财政预决算和惠民政策等内容，"
    "其中与群众生产生活直接相关的信息{m}条。",
    "{self}通过门户网站专栏、政务新媒体和公开栏发布各类信息{n}条，其中法定主动公开内容{m}条。",
)

_PROACTIVE_FOCUS = (
    "重点做好乡村振兴、社会救助、安全生产等领域的信息发布，涉及群众切身利益的事项做到应公开尽公开。",
    "对低保、临时救助、惠农补贴等资金的发放情况按季度公示，主动接受群众监督。",
    "围绕重点项目建设和惠民政策落实，及时发布工作进展和办事指南，方便群众了解和办理。",
    "对社会关注度高的政策文件同步发布解读材料，用群众看得懂的语言说明政策要点。",
)

_MANAGEMENT = (
    "严格落实公文公开属性源头认定，拟制公文时同步明确主动公开、依申请公开或不予公开的属性，"
    "信息发布前履行保密审查程序。",
    "建立信息发布审核台账，实行经办人初审、分管负责同志审核、主要负责同志签发的审核流程，"
    "确保发布内容准确规范。",
    "定期清理公开专栏中的过期信息和失效链接，对已废止的文件及时标注，保证公开信息准确有效。",
    "对照基层政务公开标准目录，动态调整本{kind}公开事项清单，明确每项内容的公开主体、时限和渠道。",
)

_PLATFORM = (
    "依托{county}人民政府门户网站设立政府信息公开专栏，按统一模板设置栏目，信息分类清晰、便于检索。",
    "发挥政务新媒体作用，通过微信公众号发布政策解读和便民服务信息{w}条。",
    "在便民服务中心和{villages}设置政务公开栏，定期更新惠民政策和办事流程，方便不上网的群众查阅。",
    "在便民服务大厅设置政府信息查阅点，安排专人为群众提供查询指引。",
)

_OVERSIGHT = (
    "调整充实政务公开工作领导小组，由主要负责同志牵头，党政办公室承担日常工作，配备兼职工作人员{s}名。",
    "全年召开政务公开专题会议{meetings}次，组织工作人员参加业务培训{trainings}次。",
    "将政务公开工作纳入年度目标考核，对信息更新不及时的问题督促限期整改。",
    "畅通群众意见反馈渠道，在公开专栏公布监督电话，对群众反映的问题及时核实回复。",
)

_APPLY_PROCESS = (
    "依申请公开的受理、登记、审核、答复流程保持畅通，申请渠道在政府信息公开指南中列明。",
    "{self}指定专人负责依申请公开工作，申请的接收、办理和答复均登记备查。",
    "进一步规范依申请公开答复文书，答复时告知申请人救济途径。",
)

_PROBLEMS = (
    "部分工作人员对政务公开的认识还不够深入，主动公开意识有待增强",
    "公开内容以工作动态为主，政策解读和回应关切的信息相对较少",
    "个别栏目更新不够及时，信息发布的时效性还需提高",
    "公开形式比较单一，图解、音视频等群众易于理解的形式运用较少",
    "业务人员多为兼职，专业能力与工作要求还有差距",
    "标准目录的落实还不够细，部分事项公开的深度不足",
)

_MEASURES = (
    "加强业务学习，组织工作人员系统学习《中华人民共和国政府信息公开条例》和上级有关文件，提升依法公开的能力",
    "完善信息发布机制，明确各栏目责任人和更新时限，做到及时准确公开",
    "丰富公开形式，多用图表、短视频等方式解读政策，增强公开内容的可读性",
    "对照标准目录逐项梳理公开事项，补齐公开内容的短板",
    "加强对公开工作的日常检查，发现问题及时整改，推动工作常态化",
    "拓宽公众参与渠道，认真听取群众意见，改进公开服务",
)

_OTHER_2019 = (
    "本年度无其他需要报告的事项。",
    "{self}无其他需要报告的事项。",
)
_OTHER_2021 = (
    "本年度{self}未收取政府信息公开信息处理费，无其他需要报告的事项。",
    "{self}本年度没有收取信息处理费，也没有其他需要报告的事项。",
)

_ORDINAL = "一二三四五六七八九十"


def _applications_text(t: Township, year: int, t3: dict, t4: dict, rng: random.Random) -> str:
    new, handled, out = t3["new"]["total"], t3["total"]["total"], t3["carried_out"]["total"]
    granted, partial = t3["granted"]["total"], t3["partial"]["total"]
    if new == 0 and handled == 0:
        text = f"{year}年度{t.self_ref}未收到政府信息公开申请。"
    elif new == 0:
        text = f"{year}年度{t.self_ref}未收到新的政府信息公开申请，办结上年结转的申请{handled}件。"
    else:
        text = f"{year}年度{t.self_ref}共收到政府信息公开申请{new}件，办结{handled}件"
        counted = [f"予以公开{granted}件"] if granted else []
        if partial:
            counted.append(f"部分公开{partial}件")
        rest = handled - granted - partial
        if counted:
            text += "，其中" + "、".join(counted)
            if rest:
                text += f"，其余{rest}件依法作出相应答复"
        elif handled:
            text += "，均依法作出相应答复"
        text += "。"
    if out:
        text += f"结转下年度继续办理{out}件。"
    elif handled:
        text += "所有申请均在法定期限内答复。"
    review = t4["review"]["total"]
    lawsuits = t4["litigation_direct"]["total"] + t4["litigation_after_review"]["total"]
    if review == 0 and lawsuits == 0:
        text += "全年未发生因政府信息公开引起的行政复议和行政诉讼。"
    elif lawsuits == 0:
        text += f"因政府信息公开被申请行政复议{review}件，未发生行政诉讼。"
    elif review == 0:
        text += f"未发生因政府信息公开引起的行政复议，被提起行政诉讼{lawsuits}件。"
    else:
        text += f"因政府信息公开被申请行政复议{review}件，被提起行政诉讼{lawsuits}件。"
    return text + rng.choice(_APPLY_PROCESS).format(self=t.self_ref)


def _normative_text(t2: dict) -> str:
    nd = t2["normative_docs"]
    if "in_force" in nd:
        if nd["made"] or nd["repealed"]:
            return f"本年度制发行政规范性文件{nd['made']}件、废止{nd['repealed']}件，现行有效{nd['in_force']}件。"
        return f"本年度未制发行政规范性文件，现行有效{nd['in_force']}件。"
    if nd["made"]:
        return f"本年度新制作并公开规范性文件{nd['made']}件。"
    return "本年度未制作规范性文件。"


def _narrative(t: Township, year: int, t2: dict, t3: dict, t4: dict) -> dict:
    rng = _rng("text", t.seed, t.index, year)
    n = rng.randint(18, 160)
    subs = dict(
        year=year, unit=t.unit, kind=t.kind, county=t.county, self=t.self_ref, villages=t.villages,
        n=n, m=rng.randint(n // 4, n // 2), w=rng.randint(10, 120), s=rng.randint(1, 3),
        meetings=rng.randint(2, 6), trainings=rng.randint(1, 4),
    )

    def pick(bank, k=1) -> str:
        return "".join(s.format(**subs) for s in rng.sample(bank, k))

    parts = [
        ("主动公开", pick(_PROACTIVE_COUNT) + _normative_text(t2) + pick(_PROACTIVE_FOCUS)),
        ("依申请公开", _applications_text(t, year, t3, t4, rng)),
        ("政府信息管理", pick(_MANAGEMENT, 2)),
        ("政府信息公开平台建设", pick(_PLATFORM, 2)),
        ("监督保障", pick(_OVERSIGHT, rng.choice((2, 3)))),
    ]
    problems = rng.sample(_PROBLEMS, 2)
    measures = rng.sample(_MEASURES, 3)
    problems_text = (
        f"{year}年{t.self_ref}政府信息公开工作取得一定进展，但仍存在一些不足："
        + "；".join(f"{_ORDINAL[i]}是{p}" for i, p in enumerate(problems)) + "。\n\n"
        + f"下一步，{t.self_ref}将重点做好以下工作："
        + "；".join(f"{_ORDINAL[i]}是{m}" for i, m in enumerate(measures)) + "。\n"
    )
    other = _OTHER_2021 if year >= 2021 else _OTHER_2019
    return {
        "overview": {
            "intro": pick(_INTRO) + "\n",
            "parts": [{"title": title, "text": text + "\n"} for title, text in parts],
        },
        "problems": problems_text,
        "other": pick(other) + "\n",
    }


# ---------------------------------------------------------------- datasets

def township_dataset(t: Township, year: int, table_format: str | None = None) -> dict:
    """The raw mapping (as a dataset file holds it) of one township for one report year.

    ``table_format`` forces the tables of another format and records it in ``format``
    (e.g. a 2021 report still written in the 2019 layout).
    """
    fmt = F.get(table_format) if table_format else F.for_year(year)
    if fmt is None:
        raise ValueError(f"no report format covers {year}")
    t2, t3 = _t2(t, year, fmt), _t3(t, year, fmt)
    t4 = _t4(t, year, t3)
    raw: dict = {"id": t.id, "organ": t.organ, "county": t.county, "year": year}
    if table_format:
        raw["format"] = fmt.code
    raw["signed"] = dt.date(year + 1, 1, _rng("signed", t.seed, t.index, year).randint(8, 28))
    raw["contact"] = t.contact()
    raw["narrative"] = _narrative(t, year, t2, t3, t4)
    raw["tables"] = {"t2": t2, "t3": t3, "t4": t4}
    return raw


def generate(n: int, year: int, seed: int = 0, county: str = "示例县", *, table_format: str | None = None) -> list[dict]:
    """Raw mappings of ``n`` fictional townships (ids demo-001 …) for one report year.

    Valid for :func:`nianbao.load.validate_mapping`; deterministic in its arguments;
    township *i* is the same in every call, and year N+1 chains on year N.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    return [township_dataset(Township.make(i, seed, county), year, table_format) for i in range(1, n + 1)]


# ---------------------------------------------------------------- deliberate defects

DEFECTS: dict[str, str] = {
    "arith.t3.balance": "表三 上年结转的自然人列和总计列各多1件，一+二≠（七）+四（两列）；行总计仍然相符",
    "arith.t3.row_total": "表三 同一类办理结果中两行的总计列错位1件（一行少1、一行多1），这两行总计≠各申请人列之和；各列合计不变",
    "arith.t3.outcomes": "表三 （四）无法提供 1 的自然人列和总计列各多填1件，（七）总计≠（一）至（六）之和（两列）",
    "arith.t4.total": "表四 行政复议“结果纠正”多填1件，总计未变，总计≠四项结果之和",
    "cell.blank": "空白单元格：表三（三）不予公开 8 整行留空（~），表二 行政事业性收费一格留空",
    "unit.procurement": "表二（2019年版）政府集中采购总金额只写数字、没有单位（元或万元）",
    "format.year": "2021年度报告仍使用2019年版表格（format: \"2019\"）",
}


def _sibling_rows(rows: dict, group: str) -> list[str]:
    return [k for k in rows if k.startswith(group + ".")]


def apply_defect(raw: dict, kind: str) -> dict:
    """A copy of a clean raw mapping with one deliberate error of ``kind`` (see :data:`DEFECTS`).

    Each defect is chosen so that, as far as possible, only the rule it is named after
    fires (the narrative keeps quoting the right figures). Raises ValueError when the
    dataset does not allow that (e.g. no 行政复议 to miscount); ``format.year`` is not
    a change of cells: build it with ``township_dataset(t, year, table_format="2019")``
    and :func:`defective`.
    """
    out = copy.deepcopy(raw)
    tables = out["tables"]
    t3 = tables.get("t3", {})
    if kind == "arith.t3.balance":
        t3["carried_in"]["natural"] += 1
        t3["carried_in"]["total"] += 1
    elif kind == "arith.t3.row_total":
        for group in ("unavailable", "denied", "not_processed", "other"):
            members = _sibling_rows(t3, group)
            source = next((k for k in members if t3[k]["total"] >= 1), None)
            if source and len(members) > 1:
                target = next(k for k in members if k != source)
                t3[source]["total"] -= 1
                t3[target]["total"] += 1
                break
        else:
            raise ValueError("arith.t3.row_total needs an outcome row (不予公开/无法提供/不予处理/其他处理) with 总计 ≥ 1")
    elif kind == "arith.t3.outcomes":
        t3["unavailable.1"]["natural"] += 1
        t3["unavailable.1"]["total"] += 1
    elif kind == "arith.t4.total":
        review = tables["t4"]["review"]
        if review["total"] < 1:
            raise ValueError("arith.t4.total needs a 行政复议 (总计 ≥ 1) so the narrative stays right")
        review["corrected"] += 1
    elif kind == "cell.blank":
        t3["denied.8"] = dict.fromkeys(t3["denied.8"], None)
        fees = tables["t2"]["fees"]
        fees["change" if "change" in fees else "amount_wan"] = None
    elif kind == "unit.procurement":
        proc = tables["t2"].get("procurement")
        if proc is None:
            raise ValueError("unit.procurement needs the 2019 format (政府集中采购)")
        amount = str(proc["amount"])
        if proc["projects"] < 1 or amount.removesuffix("万元") in ("0", "0.00"):
            raise ValueError("unit.procurement needs a township with 政府集中采购 (采购项目数量 ≥ 1)")
        proc["amount"] = amount.removesuffix("万元").removesuffix("元")
    elif kind == "format.year":
        raise ValueError("format.year changes the layout, not cells: use defective(t, year, 'format.year')")
    else:
        raise ValueError(f"unknown defect {kind!r}; known: {', '.join(DEFECTS)}")
    return out


def defective(t: Township, year: int, kind: str) -> dict:
    """The dataset of township ``t`` for ``year`` with the deliberate defect ``kind``."""
    if kind == "format.year":
        old = next(f for f in F.all_formats().values() if not f.covers(year) and f.first_year < year)
        return township_dataset(t, year, table_format=old.code)
    return apply_defect(township_dataset(t, year), kind)


# ---------------------------------------------------------------- the bundled demo county

DEMO_SEED = 0
DEMO_COUNTY = "示例县"
DEMO_SIZE = 10
DEMO_YEARS = (2020, 2021)
# (year, township index, defect): every other demo dataset is clean.
DEMO_DEFECTS: tuple[tuple[int, int, str], ...] = (
    (2020, 3, "arith.t3.balance"),
    (2020, 4, "unit.procurement"),
    (2020, 7, "cell.blank"),
    (2021, 5, "arith.t3.row_total"),
    (2021, 6, "arith.t3.outcomes"),
    (2021, 9, "format.year"),
    (2021, 10, "arith.t4.total"),
)


def demo_datasets() -> dict[tuple[int, str], dict]:
    """Every bundled demo dataset, keyed (year, id), with the deliberate defects applied."""
    defects = {(y, i): k for y, i, k in DEMO_DEFECTS}
    out = {}
    for year in DEMO_YEARS:
        for i in range(1, DEMO_SIZE + 1):
            t = Township.make(i, DEMO_SEED, DEMO_COUNTY)
            kind = defects.get((year, i))
            out[(year, t.id)] = defective(t, year, kind) if kind else township_dataset(t, year)
    return out


def write_demo(root: Path) -> list[Path]:
    """(Re)create the demo county's files ``root/<year>/demo-NNN.yaml``, byte for byte as bundled.

    Stale ``demo-*.yaml`` files in those year folders are removed; other files (the seed
    report, README) are left alone. Returns the written paths.
    """
    from ..dump import dump

    root = Path(root)
    for year in DEMO_YEARS:
        folder = root / str(year)
        if folder.is_dir():
            for stale in folder.glob("demo-*.yaml"):
                stale.unlink()
    written = []
    for (year, ident), raw in demo_datasets().items():
        path = root / str(year) / f"{ident}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(raw), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0]) if argv else Path("data")
    for p in write_demo(root):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

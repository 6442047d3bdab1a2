"""Accuracy on real published reports: cells read exactly, defects an auditor marked found, false alarms.

Two sets, each with a labels file of our own reading (never the reports' sentences):

- the corpus of ../shared/corpus (excerpts of real pages): labels in benchmarks/corpus_labels.yaml,
  written from MANIFEST.md's notes;
- a folder of real reports kept outside the repository (``--real DIR``): labels in
  benchmarks/real_labels.yaml (file, URL, organ, year, format, the visible cells, the defects).

Every file is imported as a user would (``nianbao import --partial``) and checked (``nianbao check
--report``). Printed per set: organ / year / format found, visible cells exact, per category the
defects labelled against those found, and the false alarms (findings no label accounts for) by
severity. Findings that only say the excerpt is cut (integrity.truncated, cells missing after
the cut) are "explained" on excerpts, not false alarms. A label marked ``beyond_reference: true`` is of a class the
reference auditor (../shared/corpus/MANIFEST.md) leaves unmarked: it explains a finding but is counted apart.

Run: .venv/bin/python benchmarks/accuracy.py [--real /work/wt/realreports] [--verbose]
     .venv/bin/python benchmarks/accuracy.py --no-corpus --labels benchmarks/heldout_labels.yaml --real /work/wt/heldout
     .venv/bin/python benchmarks/accuracy.py --no-corpus --held-out /work/wt   (every restored held-out set, and the sum)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path

import opencc
import yaml
from pydantic_core import PydanticCustomError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao import checks  # noqa: E402
from nianbao import formats as F  # noqa: E402
from nianbao.categories import CATEGORIES  # noqa: E402
from nianbao.cells import COUNT_WORD, NA, NA_WORDS, parse_signed  # noqa: E402
from nianbao.errors import NianbaoError  # noqa: E402
from nianbao.formats import cell_key, split_key  # noqa: E402
from nianbao.importer import import_report  # noqa: E402
from nianbao.importer.tokens import NONE_WORD  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# What an excerpt's cut explains: the page stops, so later cells are absent.
EXPLAINED_BY_CUT = {"integrity.truncated", "cell.missing"}
CUT = "?"  # a cell whose row label is on the page but whose values were cut off: must not be read


@dataclass
class Tally:
    files: int = 0
    rejected: list = field(default_factory=list)
    absent: list = field(default_factory=list)  # labelled texts not in the folder, or not the text labelled (sha256)
    facts: Counter = field(default_factory=Counter)  # "organ ok", "organ stated" …
    cells: Counter = field(default_factory=Counter)  # visible, exact, wrong, missing, extra
    labelled: Counter = field(default_factory=Counter)  # category → defects labelled
    # Labels of a class the reference auditor (../shared/corpus/MANIFEST.md) leaves unmarked: matched like
    # the others (a finding they explain is no false alarm) but counted apart from the target's figure.
    beyond: Counter = field(default_factory=Counter)  # "labelled" / "found"
    found: Counter = field(default_factory=Counter)  # category → of those, found
    # Of the found: the finding quotes what the note quotes ("same"), only its category fits ("category"), or
    # the note quotes nothing to compare ("no quote").
    places: Counter = field(default_factory=Counter)
    false_alarms: Counter = field(default_factory=Counter)  # severity → count
    false_by_rule: Counter = field(default_factory=Counter)
    explained: int = 0
    findings: int = 0
    missed: list = field(default_factory=list)
    loose: list = field(default_factory=list)  # found defects whose finding quotes other words than the note
    across: list = field(default_factory=list)  # found defects whose finding is of another category, same words
    alarms: list = field(default_factory=list)
    cell_errors: list = field(default_factory=list)

    def add(self, other: Tally, name: str) -> None:
        """Count ``other`` (one set, called ``name`` in the listed lines) into this tally."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, list):
                mine.extend(f"{name} {x}" for x in theirs)
            elif isinstance(mine, Counter):
                mine.update(theirs)
            else:
                setattr(self, f.name, mine + theirs)


def expand_cells(fmt_code: str, rows: dict) -> dict:
    """``{"t3.new": [0, 0, …]}`` (values in the format's column order) → flat cell keys. A row the excerpt cuts is
    labelled with the cells it shows, its first ones (``{"t2.rules": [0, 0]}``)."""
    out = {}
    for row_key, values in (rows or {}).items():
        table, row = row_key.split(".", 1)
        t = F.get(fmt_code).tables[table]
        r = t.row(row)
        if r is None:  # a row of another format printed in this one (（六）其他处理 on one line)
            other = next(f for f in F.all_formats().values() if f.tables[table].row(row) is not None)
            r = other.tables[table].row(row)
        cols = [c.key for c in r.columns]
        if len(values) > len(cols):
            raise ValueError(f"labels: {row_key} has {len(values)} values, the format has {len(cols)} columns")
        out.update({cell_key(table, row, c): v for c, v in zip(cols, values)})
    return out


def _same_cell(key: str, read, shown) -> bool:
    """The cell read is the one shown. An amount in a column whose header gives 万元 is read with that unit
    (51万元); a label that writes the printed number alone (51), or an amount printed 0 as the number 0, shows the
    same amount (amounts are read as printed, text); a count printed with its measure word (16368(件)) is the count;
    a change printed in words (增98, 未增未减) is the change they say; a cell that says in words the body has no such
    power (本单位无行政处罚职能) is "/", not applicable."""
    if isinstance(shown, str) and NA_WORDS.fullmatch(shown):
        return read == NA
    if shown == NONE_WORD:  # (无 printed in a cell: none, read as 0, or 0 in the column's unit)
        return read == 0 or isinstance(read, str) and _number(re.sub(r"(?:万元|元|万)$", "", read)) == 0
    if isinstance(read, int) and isinstance(shown, str) and key.endswith(".change"):
        # (增98, 减3, +123, 未增未减 or 0/0 as printed in 本年增/减: the change is +98, -3, +123, 0, as the import reads it)
        try:
            return parse_signed(shown) == read
        except PydanticCustomError:  # (增 with no number: no change can be read from it)
            return False
    if isinstance(read, int) and isinstance(shown, str):  # 16368(件) as printed: the count is 16368
        return _number(re.sub(rf"\s*{COUNT_WORD}$", "", shown)) == read
    if isinstance(read, str) and isinstance(shown, str) and read != shown and _number(shown) is not None:
        # ("137.3" as printed, in a column whose header gives 万元: the amount read is 137.3万元)
        return _number(re.sub(r"(?:万元|元)$", "", read)) == _number(shown)
    if read == shown or not isinstance(shown, (int, float)) or isinstance(shown, bool) or not isinstance(read, str):
        return read == shown
    return _number(read) == shown or (key.endswith("_wan") and read.endswith("万元") and _number(read[:-2]) == shown)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff0-9]{3,}")


def _grams(text: str) -> set[str]:
    """The three-character pieces of the Chinese words in a text (simplified), a count's digits with them (数为1);
    not pieces of digits alone (a year, a phone number)."""
    return {g for run in _HAN_RUN.findall(_T2S.convert(text)) for g in (run[i:i + 3] for i in range(len(run) - 2))
            if not g.isdigit()}


def _wanted(d: dict) -> set[str]:
    """The pieces of what the label's note quotes, without the words every report uses (政府信息公开工作年度报告)
    unless the note quotes nothing else (《中华人民共和国政府信息公开条例》》: the slip is in those words)."""
    quoted = _grams(d.get("note", ""))
    return quoted - _common() or quoted


def _shared(d: dict, f) -> int | None:
    """How many pieces of what the label's note quotes the finding quotes too; None when the note quotes nothing
    to compare."""
    want = _wanted(d)
    return len(want & _grams(f.message)) if want else None


def _coverage(d: dict, f) -> float:
    """The share of what the label's note quotes that the finding quotes too (0 when the note quotes nothing)."""
    shared = _shared(d, f)
    return shared / len(_wanted(d)) if shared else 0.0


def _flags(d: dict, f) -> int:
    """How many pieces of what the label's note quotes are in the words the finding flags (its quote)."""
    return len(_wanted(d) & _grams(f.evidence.get("quote", "")))


def _flag_share(d: dict, f) -> float:
    """The share of what the label's note quotes that is in the words the finding flags."""
    want = _wanted(d)
    return _flags(d, f) / len(want) if want else 0.0


def _narrow(d: dict, f) -> bool:
    """Are a third or more of the words the finding flags the note's (not a whole sentence that holds them)?"""
    flagged = _grams(f.evidence.get("quote", "")) - _common()
    return bool(flagged) and _flags(d, f) * 3 >= len(flagged)


def _same_place(d: dict, f) -> bool | None:
    shared = _shared(d, f)
    return None if shared is None else shared > 0


@cache
def _common() -> set[str]:
    return _grams("中华人民共和国政府信息公开工作年度报告格式 政府信息公开条例 依申请公开政府信息 主动公开政府信息")


_ACROSS = 2  # three-character pieces of the note's quote a finding of another category must flag to answer it
_TIMES = re.compile(r"（共(\d+)处）")


def _places(f) -> int:
    """At how many places of the text a finding names its slip (（共3处）：“…”；“…”；“…”)."""
    m = _TIMES.search(f.message)
    return int(m.group(1)) if m else 1


def _match(defects: list[dict], findings: list) -> tuple[list[tuple[dict, bool | None]], list, list]:
    """One finding per labelled defect (same category; same rule when the label names one), a finding that
    quotes the words the label's note quotes first; a finding that quotes k places of one slip answers up to k
    labels that quote them; a finding of another category answers a label only when it flags the very words the
    note quotes (a category no label of the report is of, or, last, one whose own labels are all answered).
    Found defects come with that test's answer (None: the note quotes nothing; "across": of another category).

    Labels of classes the reference auditor leaves unmarked come last: no rule looks for them, so a finding of
    their category is another label's."""
    left = list(findings)
    hits: dict[int, object] = {}
    order = sorted(range(len(defects)), key=lambda i: (bool(defects[i].get("beyond_reference")), "rule" not in defects[i]))

    def fits(d, f) -> bool:
        return f.category == d["category"] and d.get("rule", f.id) == f.id

    places = {id(f): _places(f) for f in findings}  # a finding that quotes three places can answer three labels
    across: set[int] = set()

    def take(i, f, other_category=False):
        hits[i] = f
        places[id(f)] -= 1
        if f in left:
            left.remove(f)
        if other_category:
            across.add(i)

    labelled = {d["category"] for d in defects if not d.get("beyond_reference")}

    def passes(subset: list[int]) -> None:
        # The pairs where the finding quotes most of what the note quotes come first, then the rest by category: a
        # finding that quotes one defect is not taken by another of its category first.
        # (a tie between two findings whose messages quote the same passage goes to the one that flags those words)
        # (the share of the note's quote comes before its length: a finding that quotes the whole of one label's short
        # quote (审查工作。。) is that label's, before another's longer quote it shares a part of)
        # (two labels whose quotes the message holds whole: the one more of whose quote the finding flags, 领导小组领导小组
        # for "a word written twice", before a longer quote that shares 领导小组)
        quoted = sorted(((_coverage(defects[i], f), _flag_share(defects[i], f), _shared(defects[i], f) or 0,
                          _flags(defects[i], f), -k, i, f)
                         for k, i in enumerate(subset) for f in findings if fits(defects[i], f)),
                        key=lambda x: x[:5], reverse=True)
        # 1. a finding of the label's category that flags the words the note quotes
        for _, _, shared, flagged, _, i, f in quoted:
            if shared and flagged and i not in hits and places[id(f)]:
                take(i, f)
        # 2. a finding of another category that flags them (市 missing in the organ's name, labelled wording, found
        # by organ.name): the same slip, filed under a neighbouring category; only of a category no label of the
        # report is of (a finding of a labelled category is that label's to take or leave)
        pairs = sorted(((_flags(defects[i], f), -k, i, f) for k, i in enumerate(subset) for f in left
                        if not defects[i].get("beyond_reference") and "rule" not in defects[i]
                        and f.category not in labelled), key=lambda x: x[:2], reverse=True)
        for flagged, _, i, f in pairs:
            if flagged >= _ACROSS and i not in hits and f in left and _narrow(defects[i], f):
                take(i, f, other_category=True)
        # 3. one of its category whose message quotes the passage
        for _, _, shared, _, _, i, f in quoted:
            if shared and i not in hits and places[id(f)]:
                take(i, f)
        # 4. any left of its category
        for i in subset:
            d = defects[i]
            rest = [f for f in left if fits(d, f)] if i not in hits else []
            # a finding whose rule the note names in its own words (traditional script ↔ wording.traditional) first
            rest.sort(key=lambda f: f.id.rsplit(".", 1)[-1].replace("_", " ") not in d.get("note", "").lower())
            if rest:
                take(i, rest[0])
        # 5. a finding still left, of a category whose labels are all answered, that flags the very words a label of
        # another category still open quotes (the opening's year, labelled wording, found by period.announced_year)
        answered = {defects[i]["category"] for i in hits}
        still_open = {defects[i]["category"] for i in subset if i not in hits}
        pairs = sorted(((_flags(defects[i], f), -k, i, f) for k, i in enumerate(subset) for f in left
                        if i not in hits and not defects[i].get("beyond_reference") and "rule" not in defects[i]
                        and f.category in answered and f.category not in still_open), key=lambda x: x[:2], reverse=True)
        for flagged, _, i, f in pairs:
            if flagged >= _ACROSS and i not in hits and f in left and _narrow(defects[i], f):
                take(i, f, other_category=True)

    # the labels the reference auditor would mark have every pass first; a finding left over may then answer a
    # label of a class it leaves unmarked
    passes([i for i in order if not defects[i].get("beyond_reference")])
    passes([i for i in order if defects[i].get("beyond_reference")])
    found = [(defects[i], "across" if i in across else _same_place(defects[i], hits[i]), hits[i])
             for i in order if i in hits]
    missed = [defects[i] for i in order if i not in hits]
    return found, missed, left


# The label sets write one organ in more than one way (青松镇 / 青松镇人民政府, 某开发区 / 某开发区管理委员会,
# 静安区人力资源和社会保障局 with or without 上海市, a street office with or without its district's 人民政府): the same
# organ is its name without the kind of office a township's or a zone's name ends with and without the places before it.
_OFFICE_KIND = re.compile(r"(?:人民政府|政府|办事处|管理委员会|管委会)$")  # (县政府 for 县人民政府: the usual short form)
# (a banner's name is longer: 科尔沁左翼中旗, 阿拉善左旗)
_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}(?:省|市|州|盟|县|旗|区)|[\u4e00-\u9fff]{2,8}?自治(?:区|州|县|旗)"
                     r"|[\u4e00-\u9fff]{3,8}?旗)+"
                     # (广州市白云区人民政府棠景街道办事处: a street office under its district's government, the import's
                     # organ without it, the address's part)
                     r"(?:人民政府)?")
_T2S = opencc.OpenCC("t2s")
_HALF_BRACKETS = str.maketrans("（）", "()")  # 中国（福建）自由贸易试验区 / 中国(福建)…: one name


# The short forms pages use for a department's kind beside the full one (宁国市人社局 / 宁国市人力资源和社会保障局).
_SHORT_KINDS = {"人社局": "人力资源和社会保障局", "市场监管局": "市场监督管理局", "科技局": "科学技术局", "应急局": "应急管理局",
                "城管局": "城市管理局", "卫健委": "卫生健康委员会", "卫健局": "卫生健康局", "住建局": "住房和城乡建设局",
                "工信局": "工业和信息化局", "发改委": "发展和改革委员会", "发改局": "发展和改革局", "文旅局": "文化和旅游局",
                "高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
# (市农业农村委 / 重庆市农业农村委员会: a commission's 委员会 written 委)
_SHORT_KIND = re.compile("(?:" + "|".join(_SHORT_KINDS) + r"|(?<=[\u4e00-\u9fff]{2})委)$")


def _same_organ(got: str | None, want: str) -> bool:
    if got is None:
        return False
    a, b = (_SHORT_KIND.sub(lambda m: _SHORT_KINDS.get(m.group(0), "委员会"),
                            _OFFICE_KIND.sub("", re.sub(r"\s+", "", _T2S.convert(x)).translate(_HALF_BRACKETS)))
            for x in (got, want))  # (a label that keeps the page's space between two names compares without it)
    short, long_ = sorted((a, b), key=len)
    # (区教育局 / 六合区教育局: a department named by its level, the other name with the place of that level;
    # 应急管理局 / 市应急管理局: one named bare, the other by its level alone)
    level = (short[:1] in ("区", "县", "市", "旗") and long_.endswith(short[1:])
             and _PLACES.fullmatch(long_[:len(long_) - len(short) + 1]) is not None) or long_ in {u + short for u in "区县市旗"}
    return a == b or level or (long_.endswith(short) and _PLACES.fullmatch(long_[:-len(short)]) is not None)


def evaluate(name: str, page: Path, label: dict, tally: Tally, previous=None) -> None:
    tally.files += 1
    try:
        result = import_report(page, partial=True)
    except NianbaoError as e:
        tally.rejected.append(f"{name}: {e}")
        return
    got = result.cells_json
    for fact, same in (("organ", _same_organ), ("year", lambda a, b: a == b)):
        if label.get(fact) is not None:
            tally.facts[f"{fact} stated"] += 1
            tally.facts[f"{fact} ok"] += same(got[fact], label[fact])
            if not same(got[fact], label[fact]):
                tally.cell_errors.append(f"{name} {fact}: {got[fact]!r} ≠ {label[fact]!r}")
    table_formats = {v for v in got["format"].values() if v}
    if label.get("cells"):
        tally.facts["format stated"] += 1
        tally.facts["format ok"] += table_formats == {label["format"]}
        if table_formats != {label["format"]}:
            tally.cell_errors.append(f"{name} format: {sorted(table_formats)} ≠ {label['format']}")
    shown = expand_cells(label["format"], label.get("cells"))
    want = {k: v for k, v in shown.items() if v != CUT}
    cells = got["cells"]
    tally.cells["visible"] += len(want)
    wrong: dict[str, list] = {}  # row → [(column, read, shown)], listed one line per row
    for key, value in want.items():
        if key not in cells:
            tally.cells["missing"] += 1
        elif not _same_cell(key, cells[key], value):
            tally.cells["wrong"] += 1
        else:
            tally.cells["exact"] += 1
            continue
        table, row, col = split_key(key)
        wrong.setdefault(f"{table}.{row}", []).append(f"{col} {cells.get(key, '未读')!r}≠{value!r}")
    labelled_tables = {k.split(".", 1)[0] for k in shown}
    extra = [k for k in cells if k not in want and k.split(".", 1)[0] in labelled_tables]
    tally.cells["extra"] += len(extra)
    for k in extra:
        table, row, col = split_key(k)
        wrong.setdefault(f"{table}.{row}", []).append(f"{col} 多出 {cells[k]!r}")
    tally.cell_errors += [f"{name} {row}: " + "，".join(items) for row, items in wrong.items()]

    ds, source = checks.from_import(result, str(page))
    if previous is not None:
        source = previous(source)
    findings = checks.run_checks(ds, source=source)
    tally.findings += len(findings)
    if label.get("excerpt"):
        explained = [f for f in findings if f.id in EXPLAINED_BY_CUT]
        findings = [f for f in findings if f.id not in EXPLAINED_BY_CUT]
        tally.explained += len(explained)
    found, missed, left = _match(label.get("defects") or [], findings)
    for d, hit, place in [(d, 1, place) for d, place, _ in found] + [(d, 0, None) for d in missed]:
        if d.get("beyond_reference"):
            tally.beyond["labelled"] += 1
            tally.beyond["found"] += hit
        else:
            tally.labelled[d["category"]] += 1
            tally.found[d["category"]] += hit
            if hit:
                tally.places[{True: "same", False: "category", None: "no quote", "across": "across"}[place]] += 1
    tally.missed += [f"{name} {d['category']}{' ' + d['rule'] if 'rule' in d else ''}: {d.get('note', '')}" for d in missed]
    tally.loose += [f"{name} {d['category']}: {d.get('note', '')[:70]} ← {f.id}: {f.message[:60]}"
                    for d, place, f in found if place is False and not d.get("beyond_reference")]
    tally.across += [f"{name} {d['category']}: {d.get('note', '')[:70]} ← {f.id}: {f.message[:60]}"
                     for d, place, f in found if place == "across"]
    for f in left:
        tally.false_alarms[f.severity] += 1
        tally.false_by_rule[f.id] += 1
        tally.alarms.append(f"{name} [{f.severity}] {f.id}: {f.message[:90]}")


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "0/0"


def report(title: str, tally: Tally, verbose: bool) -> None:
    print(f"\n== {title}: {tally.files} 份 ==")
    if tally.absent:
        print(f"没有原文（或原文与标注时不同）{len(tally.absent)} 份，未计入：" + "；".join(tally.absent[:5])
              + ("……" if len(tally.absent) > 5 else ""))
    if tally.rejected:
        print(f"导入被拒绝 {len(tally.rejected)} 份：" + "；".join(tally.rejected))
    for fact in ("organ", "year", "format"):
        print(f"{fact:7s} 找到并正确：{_pct(tally.facts[f'{fact} ok'], tally.facts[f'{fact} stated'])}")
    c = tally.cells
    print(f"可见单元格：{c['visible']}，完全正确 {_pct(c['exact'], c['visible'])}，读错 {c['wrong']}，未读 {c['missing']}，"
          f"多出（页面上没有）{c['extra']}")
    print("类别         标注  找到")
    for cat in CATEGORIES:
        if tally.labelled[cat]:
            print(f"{cat:12s} {tally.labelled[cat]:4d}  {tally.found[cat]:4d}")
    total_l, total_f = sum(tally.labelled.values()), sum(tally.found.values())
    print(f"{'合计':10s} {total_l:4d}  {total_f:4d}  → 找到 {_pct(total_f, total_l)}")
    if total_f:
        pl = tally.places
        print(f"找到的 {total_f} 处中：审核意见引用的原文与标注相同 {pl['same']}，只是类别相同 {pl['category']}，"
              f"标注没有引用原文可对 {pl['no quote']}，类别不同、标出的原文相同 {pl['across']}")
    if tally.beyond["labelled"]:
        print(f"另有参考审核员不标注的类别（不计入上面的合计）：标注 {tally.beyond['labelled']}，"
              f"找到 {tally.beyond['found']}")
    n = max(tally.files - len(tally.rejected), 1)
    print(f"审核意见 {tally.findings} 条（摘录被截断可解释的 {tally.explained} 条）；误报：错误级 {tally.false_alarms['error']}，"
          f"警告级 {tally.false_alarms['warning']}（每份 {tally.false_alarms['warning'] / n:.2f}）")
    if tally.false_by_rule:
        print("误报按规则：" + "，".join(f"{k} {v}" for k, v in tally.false_by_rule.most_common()))
    if verbose:
        for title_, lines in (("漏报", tally.missed), ("只是类别相同", tally.loose),
                              ("类别不同、标出的原文相同", tally.across), ("误报", tally.alarms),
                              ("单元格/事实", tally.cell_errors)):
            if lines:
                print(f"-- {title_} --")
                print("\n".join("  " + x for x in lines))


_DEFECT_KEYS = {"category", "note", "rule", "beyond_reference"}


def _labels(path: Path) -> dict:
    files = yaml.safe_load(path.read_text(encoding="utf-8"))["files"]
    for name, label in files.items():
        for d in label.get("defects") or []:
            if set(d) - _DEFECT_KEYS:  # an unquoted note with ", " in a flow mapping splits into stray keys
                sys.exit(f"{path.name}: {name} 的标注有多余的键 {sorted(set(d) - _DEFECT_KEYS)}（note 中有逗号时请加引号）")
    return files


def _previous_of(labels: dict, texts: dict, name: str):
    """Last year's report of the same organ in the same set, as a function that attaches it to a source."""
    label = labels[name]
    prev = next((k for k, v in labels.items() if v.get("organ") and v.get("organ") == label.get("organ")
                 and v.get("year") == (label.get("year") or 0) - 1 and k in texts), None)
    if prev is None:
        return None
    attach = getattr(checks, "with_previous", None)
    return (lambda source: attach(source, texts[prev])) if attach else None


def run_corpus(verbose: bool) -> Tally:
    labels = _labels(ROOT / "benchmarks" / "corpus_labels.yaml")
    tally = Tally()
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-accuracy-"))
    texts = {}
    for name in sorted(labels):
        meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        page = tmp / f"{name}.txt"
        text = "\n".join(meta["chunks"])
        page.write_text(text, encoding="utf-8")
        texts[name] = page
        # organ, year, format: the corpus metadata; the organ only where the page states it in full.
        organ = re.sub(r"[（(].*", "", meta["unit"])
        labels[name] = {**labels[name], "year": meta["year"],
                        "format": meta["format_guess"] if meta["format_guess"] in F.codes() else F.codes()[0],
                        "organ": organ if organ.endswith(("人民政府", "办事处")) and organ in text else None}
    for name in sorted(labels):
        evaluate(name, texts[name], labels[name], tally, _previous_of(labels, texts, name))
    return tally


def run_real(folder: Path, labels_file: Path) -> Tally:
    labels = _labels(labels_file)
    tally = Tally()
    texts = {name: folder / label["file"] for name, label in labels.items() if (folder / label["file"]).exists()}
    for name in sorted(labels):
        if name not in texts:
            tally.absent.append(f"{name}: {labels[name]['file']} 不在 {folder}")
            continue
        want = labels[name].get("sha256")
        if want and hashlib.sha256(texts[name].read_bytes()).hexdigest() != want:
            tally.absent.append(f"{name}: {labels[name]['file']} 与标注时的文件不同（sha256 不符）")
            continue
        evaluate(name, texts[name], labels[name], tally, _previous_of(labels, texts, name))
    return tally


def run_held_out(root: Path, verbose: bool) -> None:
    """Every held-out set (benchmarks/heldout<NN>d_labels.yaml) whose texts are restored under ``root``/heldout<NN>d:
    a line a set, then their sum."""
    total = Tally()
    for labels in sorted(ROOT.glob("benchmarks/heldout*d_labels.yaml"), key=lambda p: int(re.sub(r"\D", "", p.name))):
        name = labels.name.removesuffix("_labels.yaml").removeprefix("heldout")
        folder = root / f"heldout{name}"
        if not folder.is_dir():
            continue
        tally = run_real(folder, labels)
        found, labelled = sum(tally.found.values()), sum(tally.labelled.values())
        print(f"{name:>6s}  {tally.files:3d} 份  找到 {found}/{labelled}  错误级误报 {tally.false_alarms['error']}"
              f"  警告级误报 {tally.false_alarms['warning']}  单元格 {tally.cells['exact']}/{tally.cells['visible']}"
              f"  没有原文 {len(tally.absent)}")
        total.add(tally, name)
    report(f"全部留出集（{root}）", total, verbose)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, help="folder with the real reports named in benchmarks/real_labels.yaml")
    ap.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "real_labels.yaml",
                    help="labels of the reports in --real (default benchmarks/real_labels.yaml; held out: heldout_labels.yaml)")
    ap.add_argument("--no-corpus", action="store_true", help="skip ../shared/corpus")
    ap.add_argument("--held-out", type=Path, metavar="ROOT",
                    help="every held-out set whose texts are under ROOT/heldout<NN>d (benchmarks/restore.py puts them there)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss, false alarm and cell error")
    args = ap.parse_args()
    if args.no_corpus:
        pass
    elif CORPUS.is_dir():
        report("../shared/corpus", run_corpus(args.verbose), args.verbose)
    else:
        print("../shared/corpus 不存在，跳过")
    if args.real:
        report(f"真实报告 {args.real}（{args.labels.name}）", run_real(args.real, args.labels), args.verbose)
    if args.held_out:
        run_held_out(args.held_out, args.verbose)


if __name__ == "__main__":
    main()

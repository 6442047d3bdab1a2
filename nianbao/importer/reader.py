"""One published report → an :class:`ImportResult`: decode, normalise, find, read tables, build, validate."""

from __future__ import annotations

import re
from pathlib import Path

from .. import formats as F
from ..dataset import cells_to_tables
from ..errors import DatasetError, NianbaoError, Problem
from ..formats import cell_key, split_key
from ..load import validate_mapping
from ..paths import check_input
from ..sections import heading as section_heading
from . import facts as S
from .decode import PDF, decode, document_kind, is_html
from .docx import docx_lines
from .html import Line, html_lines
from .log import ImportLog
from .narrative import build_narrative
from .normalise import normalise
from .pdf import pdf_lines
from .result import ImportResult, cells_json
from .tables import read_tables
from .tokens import tokenise

# A published report, even a PDF with its seals scanned in, is a few MB.
REPORT_MAX_BYTES = 30 * 1024 * 1024

# Words only an annual report (or an excerpt of one) uses.
_REPORT_WORDS = re.compile(r"政府信息公开.{0,16}(?:年度报告|工作报告|年报)|统计期限|统计时限|勾稽关系|政府信息公开申请|依申请公开")
# A page that starts at its first section (title and opening printed elsewhere) still speaks of the regulation.
_DISCLOSURE_WORDS = re.compile(r"政府信息公开条例|政务公开|政府信息公开")


def import_report(path: Path, partial: bool = False) -> ImportResult:
    """Import one published report (plain text or HTML, UTF-8 or GB18030; PDF; Word .docx).

    Raises :class:`NianbaoError` for input that is not a usable report: empty, binary,
    scanned, protected, not an annual report, or (unless ``partial``) cut off before its last sections.
    """
    path = Path(path)
    check_input(path, REPORT_MAX_BYTES, "报告文件")
    log = ImportLog()
    kind = document_kind(path)
    if kind is not None:
        raw_lines, notes = (pdf_lines if kind == PDF else docx_lines)(path)
        for n in notes:
            log.add("normalised", n)
        log.add("found", f"{'PDF' if kind == PDF else 'Word'} 文件：{sum(1 for x in raw_lines if x.exact)} 行表格")
        return _import_lines(path, raw_lines, "\n".join(x.text for x in raw_lines), log, partial)
    text, notes = decode(path)
    for n in notes:
        log.add("normalised", n)
    if is_html(text):
        raw_lines = html_lines(text, str(path))
        log.add("found", f"HTML 页面：{sum(1 for x in raw_lines if x.exact)} 行表格")
    else:
        raw_lines = [Line(t) for t in text.splitlines()]
    original = "\n".join(x.text for x in raw_lines)
    return _import_lines(path, raw_lines, original, log, partial)


def _import_lines(path: Path, raw_lines: list[Line], original: str, log: ImportLog, partial: bool) -> ImportResult:
    lines = normalise(raw_lines, log)
    texts = [x.text for x in lines]
    full = "\n".join(texts)
    tables = read_tables(tokenise(lines))
    title, title_lines = S.find_title(texts)
    headings = {section_heading(t) for t in texts} - {None}
    if (title is None and not tables.regions and len(headings) < 2 and not _REPORT_WORDS.search(full)
            and not (headings and _DISCLOSURE_WORDS.search(full))):
        raise NianbaoError(Problem(str(path), "不是政府信息公开工作年度报告：没有找到报告标题、规定的表格或各部分标题"))

    in_text = title is not None and not title_lines
    organ, county = S.find_organ(title, full, in_text, original)
    period_written, period = S.find_period(full)
    signed, signature_lines = S.find_signature(texts, organ.value if organ else None)
    unsigned = "\n".join(t for i, t in enumerate(texts) if i not in signature_lines)
    years = S.find_years(title, period, unsigned, in_text, signed)
    year = next(iter(years.values()), None)
    contact = S.find_contact(full)
    _log_facts(log, organ, county, years, period_written, contact)

    for kind, message, cells in tables.entries:
        log.add(kind, message, cells)
    code = _dataset_format(tables.formats, year, log)
    narrative = build_narrative(texts, title_lines | signature_lines, tables.regions, log)
    truncated = "problems" not in narrative and "other" not in narrative
    if truncated:
        titles = {sec.key: sec.title for sec in F.get(code or F.codes()[-1]).sections}
        last = next((titles[k] for k in ("reviews", "applications", "proactive", "overview") if narrative.get(k)), None)
        where = f"最后一部分是“{last}”" if last else "只有开头部分"
        message = (f"报告不完整（{where}，没有“{titles['problems']}”和“{titles['other']}”），页面可能被截断")
        if not partial:
            raise NianbaoError(Problem(str(path), message + "；如确需导入片段，请加 --partial"))
        log.add("problem", message)

    keep = {cell_key(t.key, r.key, c.key) for t, r, c in F.get(code).cells()} if code else set()
    dropped = [k for k in tables.cells if k not in keep]
    collapsed = _collapsed(code, dropped) if code else {}
    for (tkey, row), keys in collapsed.items():
        fmt = F.get(code)
        items = [r for r in fmt.tables[tkey].rows if r.key.startswith(row + ".")]
        log.add("problem", f"{fmt.tables[tkey].short}“{items[0].path[-2]}”印成一行，没有{fmt.name}要求的"
                f"{len(items)}个分项：按行读取，只保留在 --cells-json 中（{tkey}.{row}.*），不拆分到各分项", keys)
        dropped = [k for k in dropped if k not in keys]
    if dropped and code:
        log.add("problem", f"{len(dropped)} 个单元格不属于{F.get(code).name}（表格格式混用），只保留在 --cells-json 中", dropped)
    cells = {k: v for k, v in tables.cells.items() if k in keep}
    if code:
        _log_cells(log, code, cells)

    raw = _raw(path, organ, county, year, code, signed, contact, period, narrative, cells)
    dataset = None
    try:
        dataset = validate_mapping(raw, path)
    except DatasetError as e:
        for p in e.problems:
            log.add("problem", f"数据集未通过校验：{p.field or ''}（{p.where or p.field or ''}）{p.message}")
    formats = dict(tables.formats)
    if formats.get("t4") is None and "t4" in tables.regions:
        formats["t4"] = code  # 表四 is the same in both formats: it takes the report's format
    result_json = cells_json(organ.value if organ else None, year, {k: formats.get(k) for k in F.table_names()},
                             period_written, tables.cells)
    return ImportResult(path, raw, dataset, result_json, log.entries, original, full, truncated, tables.extra_rows,
                        tables.foreign_labels, tables.short_rows, tables.bare_rows)


def _collapsed(code: str, keys: list[str]) -> dict[tuple[str, str], list[str]]:
    """Cells of a row the format splits into items, printed as one row (（六）其他处理 without 1.–3.)."""
    rows = {(t.key, r.key) for t, r, _ in F.get(code).cells()}
    out: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        table, row, _ = split_key(key)
        if any(t == table and r.startswith(row + ".") for t, r in rows):
            out.setdefault((table, row), []).append(key)
    return out


def _log_facts(log: ImportLog, organ, county, years: dict, period_written, contact: dict) -> None:
    facts = [
        ("单位名称", f"{organ.value}（来自{organ.source}）" if organ else None, "单位名称"),
        ("所属县级行政区", f"{county.value}（来自{county.source}）" if county else None,
         "所属县级行政区（数据集的 county 字段需要手工填写）"),
        ("报告年度", "，".join(f"{src} {y}年" for src, y in years.items()) or None, "报告年度"),
        ("统计期限", period_written, "统计期限"),
    ]
    for name, value, missing in facts:
        if value:
            log.add("found", f"{name}：{value}")
        else:
            log.add("not_found", missing)
    if len(set(years.values())) > 1:
        log.add("ambiguous", "各处的年度不一致：" + "，".join(f"{src}为{y}年" for src, y in years.items())
                + f"；采用{next(iter(years))}的{next(iter(years.values()))}年")
    names = {"office": "联系单位", "address": "地址", "postcode": "邮政编码", "phone": "电话", "email": "电子邮箱", "download": "下载位置"}
    got = [f"{names[k]} {v}" for k, v in contact.items()]
    if got:
        log.add("found", "联系方式：" + "；".join(got))
    missing = [names[k] for k in names if k not in contact]
    if missing:
        log.add("not_found", "联系方式：" + "、".join(missing))


def _dataset_format(formats: dict, year: int | None, log: ImportLog) -> str | None:
    """The dataset's format: the one the tables use; the year's format when they do not tell or disagree."""
    seen = {k: v for k, v in formats.items() if v}
    by_year = F.for_year(year) if year else None
    for tkey, code in seen.items():
        log.add("found", f"{F.table_names()[tkey]}：{F.get(code).name}")
    codes = set(seen.values())
    if len(codes) > 1:
        log.add("ambiguous", "表格格式混用：" + "，".join(f"{F.table_names()[k]}为{v}年版" for k, v in seen.items()))
        return by_year.code if by_year else sorted(codes)[-1]
    if codes:
        code = codes.pop()
        if by_year and by_year.code != code:
            log.add("problem", f"{year}年度应使用{by_year.name}，报告的表格使用{F.get(code).name}")
        return code
    if by_year:
        log.add("ambiguous", f"表格没有显示格式，按年度采用{by_year.name}")
        return by_year.code
    return None


def _log_cells(log: ImportLog, code: str, cells: dict) -> None:
    fmt = F.get(code)
    for t in fmt.tables.values():
        keys = [cell_key(t.key, r.key, c.key) for r in t.rows for c in r.columns]
        present = [k for k in keys if k in cells]
        if not present:
            log.add("not_found", f"{t.short}：没有找到（共 {len(keys)} 个单元格）", keys)
            continue
        log.add("found", f"{t.short}：读取 {len(present)} / {len(keys)} 个单元格")
        for r in t.rows:
            missing = [c for c in r.columns if cell_key(t.key, r.key, c.key) not in cells]
            if missing:
                log.add("not_found", f"{t.short} {r.full_label}：" + "、".join(c.full_label for c in missing),
                        [cell_key(t.key, r.key, c.key) for c in missing])


def _raw(path, organ, county, year, code, signed, contact, period, narrative, cells) -> dict:
    raw: dict = {"id": path.stem}
    if organ:
        raw["organ"] = organ.value
    if county:
        raw["county"] = county.value
    if year:
        raw["year"] = year
    if code and (year is None or F.for_year(year) is None or F.for_year(year).code != code):
        raw["format"] = code
    if signed:
        raw["signed"] = signed
    raw["contact"] = contact
    if period and year and (period[0].isoformat(), period[1].isoformat()) != (f"{year}-01-01", f"{year}-12-31"):
        raw["period"] = {"start": period[0], "end": period[1]}
    raw["narrative"] = narrative
    raw["tables"] = cells_to_tables(cells)
    return raw

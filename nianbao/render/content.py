"""The report's words in reading order, as plain text: what the HTML templates and the Word document both print.

The HTML templates wrap these strings in markup; :mod:`nianbao.publish.docx` puts the same
strings into Word paragraphs, so the two outputs cannot say different things.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dataset import Dataset
from ..formats import Section
from .text import cn_date, cn_number, ordinal_heading, paragraphs


@dataclass(frozen=True)
class Block:
    """One paragraph under a section heading: ``p`` (text) or ``h3`` (a numbered sub-heading （一）…)."""

    tag: str
    text: str


def preamble_paragraphs(ds: Dataset) -> list[str]:
    """The dataset's preamble, or one written from the organ, year, format, period and contact."""
    if ds.narrative.preamble:
        return paragraphs(ds.narrative.preamble)
    contact, period = ds.contact, ds.statistical_period
    titles = [s.title for s in ds.fmt.sections]
    ways = [f"{label}：{value}" for label, value in (("地址", contact.address), ("邮政编码", contact.postcode),
                                                   ("电话", contact.phone), ("电子邮箱", contact.email)) if value]
    download = f"报告全文（电子版）可从{contact.download}获取。" if contact.download else ""
    return [
        f"{ds.organ}依照《中华人民共和国政府信息公开条例》，编写{ds.year}年政府信息公开工作年度报告，向社会公布。"
        f"全文共{cn_number(len(titles))}个部分，依次为：{'；'.join(titles)}。"
        f"报告中的统计数据，时间范围为{cn_date(period.start)}至{cn_date(period.end)}。",
        f"{download}读者对报告有意见或建议的，可联系{contact.office}{'（' + '；'.join(ways) + '）' if ways else ''}。",
    ]


def section_of(ds: Dataset, key: str) -> Section:
    for s in ds.fmt.sections:
        if s.key == key:
            return s
    known = ", ".join(s.key for s in ds.fmt.sections)
    raise KeyError(f"no section {key!r} in format {ds.fmt.code} (sections: {known})")


def section_blocks(ds: Dataset, key: str) -> list[Block]:
    """The text of one section under its heading: paragraphs, and for the overview its numbered parts."""
    narrative = getattr(ds.narrative, key, None)
    if not hasattr(narrative, "parts"):
        return [Block("p", p) for p in paragraphs(narrative)]
    blocks = [Block("p", p) for p in paragraphs(narrative.intro)]
    for n, part in enumerate(narrative.parts, 1):
        blocks.append(Block("h3", ordinal_heading(n, part.title)))
        blocks += [Block("p", p) for p in paragraphs(part.text)]
    return blocks


def signature_lines(ds: Dataset) -> list[str]:
    """The organ, then the signing date when there is one."""
    return [ds.organ] + ([cn_date(ds.signed)] if ds.signed else [])

"""The full catalog: every rule fires on a case that should trigger it and stays silent on one that should not.

Datasets start from a clean bundled demo township (demo-001, 2021: 8 new + 2 carried in = 9 handled
+ 1 carried out; 7 予以公开, 2 无法提供; no 复议/诉讼) and change one thing; report texts are
checked as an imported report would be (a ReportSource without tables).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from nianbao import checks, formats
from nianbao.checks.context import narrative_passages
from nianbao.checks.numerals import cn_to_int, to_int
from nianbao.importer import import_report
from nianbao.load import validate_mapping

RAW = yaml.safe_load((ROOT / "data" / "2021" / "demo-001.yaml").read_text(encoding="utf-8"))
RAW_2020 = yaml.safe_load((ROOT / "data" / "2020" / "demo-001.yaml").read_text(encoding="utf-8"))


def raw(**changes) -> dict:
    out = copy.deepcopy(RAW)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = out
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        node[last] = value
    return out


def ds(**changes):
    return validate_mapping(raw(**changes), Path("demo-001.yaml"))


def with_apply_text(text: str, **changes):
    """The dataset with its 依申请公开 part (overview.parts[1]) replaced by ``text``."""
    return ds(narrative__overview__parts__1__text=text, **changes)


def report(text: str, year: int = 2021, original: str | None = None, truncated: bool = False):
    return checks.ReportSource(path="r.txt", text=text, original_text=original or text, year=year,
                               fmt=formats.for_year(year), truncated=truncated)


def ids(found) -> list[str]:
    return [f.id for f in found]


def run(target, **kw):
    if isinstance(target, checks.ReportSource):
        return checks.run_checks(None, source=target, **kw)
    return checks.run_checks(target, **kw)


def test_the_clean_base_has_no_findings():
    assert run(ds()) == []


PREV = validate_mapping(RAW_2020, Path("demo-001.yaml"))
CARRY = PREV.cells["t3.carried_out.natural"]

# rule id → (a case that triggers it, a case that does not); each a callable returning findings.
# Three paragraphs of a township's text: the second restates the first, the third says something else.
_P1 = ("2023年，本镇坚持以公开为常态、不公开为例外，围绕群众关切推进决策、执行、管理、服务、结果公开，及时更新政府信息公开专栏，"
       "全年未发生泄密事件，群众满意度持续提升。")
_P2 = ("2023年，本镇坚持以公开为常态、不公开为例外，围绕群众关切推进决策、执行、管理、服务、结果公开，及时更新专栏信息，"
       "全年未发生泄密事件，群众满意度有所提升。")
_P3 = ("本镇健全政府信息发布审核制度，明确分管领导和专人负责，对拟公开信息逐条进行保密审查，确保发布内容准确规范，"
       "全年共审核信息一百余条，未出现差错。")

CASES = {
    "text.t2.normative": (
        lambda: run(with_apply_text("本年度制定规范性文件2件，现行有效规范性文件5件。")),
        lambda: run(with_apply_text("本年度制定规范性文件0件，现行有效规范性文件5件；全县制定规范性文件12件。")),
    ),
    "text.t2.cell": (
        lambda: run(with_apply_text("全年规章本年制发件数1件，行政许可本年处理决定数量13件。")),
        lambda: run(with_apply_text("全年规章本年制发件数0件，行政许可本年处理决定数量13件。")),
    ),
    "text.t3.count": (
        lambda: run(with_apply_text("本年度共收到政府信息公开申请十二件，办结9件。")),
        lambda: run(with_apply_text("本年度共收到政府信息公开申请８件，全县共收到申请265件，办结9件。")),
    ),
    "text.t4.count": (
        lambda: run(with_apply_text("因政府信息公开被申请行政复议2件。")),
        lambda: run(with_apply_text("因政府信息公开被申请行政复议0件。")),
    ),
    "text.t4.upheld": (
        lambda: run(with_apply_text("被申请行政复议1件，均获维持。", tables__t4__review__pending=1, tables__t4__review__total=1)),
        lambda: run(with_apply_text("被申请行政复议1件，均获维持；行政诉讼1件，尚未审结。", tables__t4__review__upheld=1,
                                    tables__t4__review__total=1, tables__t4__litigation_direct__pending=1,
                                    tables__t4__litigation_direct__total=1)),
    ),
    "text.t3.none": (
        lambda: run(ds(narrative__overview__parts__1__text="本年度未收到政府信息公开申请。")),
        lambda: run(with_apply_text("本年度未收到新的政府信息公开申请以外的材料。共收到申请8件。")),
    ),
    "text.t4.none": (
        lambda: run(ds(**{"tables__t4__review__upheld": 1, "tables__t4__review__total": 1})),
        lambda: run(with_apply_text("全年未发生行政复议，行政诉讼情况见表四。")),
    ),
    "text.percent": (
        lambda: run(with_apply_text("收到申请8件，予以公开7件，占50%。")),
        lambda: run(with_apply_text("收到申请8件，予以公开7件，占87.5%。")),
    ),
    "text.sum": (
        lambda: run(report("2021年主动公开政府信息数209条。政府信息公开平台：工作动态50篇，办事指南97篇，"
                           "名单9篇。政务新媒体平台：工作动态90篇。")),
        lambda: run(report("全年公开政府信息200条，其中工作动态192条、通知公告8条，公开财政信息81条。")),
    ),
    "cross.previous_missing": (
        lambda: run(ds(), previous=checks.Missing("data/2020/demo-001.yaml", 2020)),
        lambda: run(ds(), previous=PREV),
    ),
    "cross.t3.carry": (
        lambda: run(ds(**{"tables__t3__carried_in__natural": CARRY + 1}), previous=PREV),
        lambda: run(ds(), previous=PREV),
    ),
    "cross.t2.items": (
        lambda: run(validate_mapping(_year_2019_chain(prev_items_off=1), Path("x.yaml")), previous=PREV_2019),
        lambda: run(validate_mapping(_year_2019_chain(prev_items_off=0), Path("x.yaml")), previous=PREV_2019),
    ),
    "cross.t2.in_force": (
        lambda: run(ds(year=2022, **{"tables__t2__normative_docs__in_force": 99}), previous=ds()),
        lambda: run(ds(year=2022, **{"tables__t2__normative_docs__made": 0, "tables__t2__normative_docs__repealed": 0}),
                    previous=ds()),
    ),
    "period.range": (
        lambda: run(report("本报告所列数据统计期限为2020年1月1日至2020年12月31日。")),
        lambda: run(report("本报告所列数据统计期限从2021年1月1日到12月31日止。")),
    ),
    "period.title_year": (
        lambda: run(report("某某镇2020年政府信息公开工作年度报告\n正文。")),
        lambda: run(report("某某镇2021年政府信息公开工作年度报告\n正文。")),
    ),
    "period.garbled_date": (
        lambda: run(report("统计期限为20211月1日至202020年12月31日。")),
        lambda: run(report("统计期限为2021 年 1 月 1 日至 2021 年 12 月 31 日。")),
    ),
    "period.unsigned": (
        lambda: run(ds(signed=None)),
        lambda: run(ds()),
    ),
    "period.signed_early": (
        lambda: run(ds(signed="2021-12-01")),
        lambda: run(ds(signed="2022-01-20")),
    ),
    "period.carry_year": (
        lambda: run(report("0件转结2021年办结。")),
        lambda: run(report("1件结转至2022年办理。")),
    ),
    "organ.name": (
        lambda: run(with_apply_text("请与白云镇人民政府党政办联系。")),
        lambda: run(with_apply_text("各乡镇人民政府按要求公开。")),
    ),
    "contact.phone": (
        lambda: run(ds(contact__phone="0470—8982155")),
        lambda: run(ds(contact__phone="0470-8982155、13900000000")),
    ),
    "contact.email": (
        lambda: run(report("电子邮箱：562170318qq.com。")),
        lambda: run(report("电子邮箱：562170318@qq.com。")),
    ),
    "contact.url": (
        lambda: run(report("可在门户网站（http://www、zltq、gov、cn/）下载，或 http//www.x.gov.cn。")),
        lambda: run(report("可在门户网站（http://www.zltq.gov.cn/）下载。")),
    ),
    "contact.missing": (
        lambda: run(ds(contact={"office": RAW["contact"]["office"]})),
        lambda: run(ds(contact={"office": RAW["contact"]["office"], "email": "a@example.com"})),
    ),
    "content.problems_empty": (
        lambda: run(ds(narrative__problems="无。")),
        lambda: run(ds(narrative__problems="公开形式单一。")),
    ),
    "content.copy_previous": (
        lambda: run(ds(), previous=validate_mapping(raw(year=2020, format="2021"), Path("x.yaml"))),
        lambda: run(ds(), previous=PREV, copy_threshold=0.9),
    ),
    "content.copy_sibling": (
        lambda: run(ds(), siblings=(validate_mapping(raw(id="demo-099"), Path("x.yaml")),)),
        lambda: run(ds(), siblings=(validate_mapping(raw(id="demo-099", year=2020, format="2021"), Path("x.yaml")),)),
    ),
    "t2.township_rules": (
        lambda: run(ds(**{"tables__t2__rules__made": 1, "tables__t2__rules__in_force": 1})),
        lambda: run(ds(organ="示例市人民政府", **{"tables__t2__rules__made": 1, "tables__t2__rules__in_force": 1})),
    ),
    "fees.section6": (
        lambda: run(ds(info_fees="120元", narrative__other="无其他需要报告的事项。")),
        lambda: run(ds(info_fees="120元", narrative__other="本年度收取信息处理费120元。")),
    ),
    "unit.fees_wan": (
        lambda: run(ds(**{"tables__t2__fees__amount_wan": "3500元"})),
        lambda: run(ds(**{"tables__t2__fees__amount_wan": "0.35万元"})),
    ),
    "format.mixed": (
        lambda: run(report("信息内容 本年制发件数 本年废止件数 现行有效件数\n上一年项目数量 本年增/减")),
        lambda: run(report("信息内容 本年制发件数 本年废止件数 现行有效件数")),
    ),
    "format.text_year": (
        lambda: run(report("信息内容 本年新制作数量 本年新公开数量 对外公开总数量", year=2022)),
        lambda: run(report("信息内容 本年新制作数量 本年新公开数量 对外公开总数量", year=2020)),
    ),
    "format.sections": (
        lambda: run(report("一、总体情况\n正文。\n二、主动公开政府信息情况\n表。\n五、存在的主要问题及改进情况\n无。\n")),
        lambda: run(report("一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                           "四、政府信息公开行政复议、行政诉讼情况\n五、存在问题及改进情况\n问题。\n六、其他需要报告的事项\n无。")),
    ),
    "wording.repeated_paragraph": (
        lambda: run(report(f"一、总体情况\n{_P1}\n（一）主动公开\n{_P1}\n")),
        lambda: run(report(f"一、总体情况\n{_P1}\n（一）主动公开\n{_P3}\n")),
    ),
    "content.restated": (
        lambda: run(report(f"一、总体情况\n{_P1}\n（三）政府信息管理\n{_P2}\n")),
        lambda: run(report(f"一、总体情况\n{_P1}\n（三）政府信息管理\n{_P3}\n")),
    ),
    "wording.repeated_item": (
        lambda: run(report("本年主动公开的信息中，政策文件2条；办事指南1条；机构信息3条；政策文件2条。")),
        lambda: run(report("本年主动公开的信息中，政策文件2条；办事指南1条；公众号发布信息30条，其中政策文件2条。")),
    ),
    "wording.doubled_punct": (
        lambda: run(with_apply_text("共收到申请8件。。")),
        lambda: run(with_apply_text("共收到申请8件……办结9件——")),
    ),
    "wording.doubled_word": (
        lambda: run(report("按照国家有关规定规定执行，及时、准确地公开信息，及时、准确地公开信息。")),
        lambda: run(report("按照国家有关规定执行。")),
    ),
    "wording.document_name": (
        lambda: run(report("结合新出台的《条件》规定，依据国办公开函〔2021〕30号和国办公开办函【2019】60号。")),
        lambda: run(report("结合《条例》规定，依据国办公开办函〔2021〕30号。")),
    ),
    "wording.quotes": (
        lambda: run(report("积极运用鸭南微讯”微信公众号发布信息。")),
        lambda: run(report("积极运用“鸭南微讯”微信公众号和《条例》。")),
    ),
    "wording.pinyin": (
        lambda: run(report("根据条例", original="根據(jù)條例")),
        lambda: run(report("根据条例(2019)", original="根据条例(2019)")),
    ),
    "wording.traditional": (
        lambda: run(report("政府信息公开工作年度报告", original="政府信息公開工作年度報告，根據條例編製")),
        lambda: run(report("政府信息公开工作年度报告，根据条例编制")),
    ),
    "wording.regional": (
        lambda: run(report("政府资讯公开工作坚持高品质发展", original="政府資訊公開工作堅持高品質發展，根據條例編製")),
        lambda: run(report("政府信息公开工作坚持高质量发展", original="政府信息公開工作堅持高質量發展，根據條例編製")),
    ),
    "wording.outline": (
        lambda: run(report("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                           "存在的主要问题及改进情况、其他需要报告的事项等五部分组成。")),
        lambda: run(report("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。")),
    ),
    "integrity.template": (
        lambda: run(report("本报告电子版可在XX镇人民政府网站（具体网址）下载。")),
        lambda: run(report("本报告电子版可在青松镇人民政府网站下载。")),
    ),
    "integrity.spam": (
        lambda: run(report("明升体育\n某乡2021年政府信息公开工作年度报告")),
        lambda: run(report("做好公共文化体育等信息公开")),
    ),
    "integrity.fragment": (
        lambda: run(report("请与本镇联系。 中华人民共和国政府信息公开工作年度报告格式>\n" + "|" * 40)),
        lambda: run(report("当前位置: 首页 > 政务公开 > 年报\n关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知")),
    ),
    "format.notice": (
        lambda: run(report("根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号）编制。", year=2022)),
        lambda: run(report("根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。", year=2022)),
    ),
    "format.collapsed_row": (
        lambda: run(report(T3_2021.replace(OTHER_ITEMS, "（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0"), year=2022)),
        lambda: run(report(T3_2021.replace(OTHER_ITEMS, "（六）其他处理\n" + OTHER_ITEMS), year=2022)),
    ),
    "format.empty_subpart": (
        lambda: run(report("一、总体情况\n（一）主动公开情况\n（二）依申请公开情况\n本年度未收到政府信息公开申请。\n")),
        lambda: run(report("一、总体情况\n（一）主动公开情况\n全年公开信息20条。\n（二）依申请公开情况\n本年度未收到申请。\n")),
    ),
    "format.extra_row": (
        lambda: run(imported(T2_2021.replace("行政处罚 | 0", "行政检查 | 4\n行政处罚 | 0"))),
        lambda: run(imported(T2_2021)),
    ),
    # rules10b: the year of the report a text announces or says it published
    "period.announced_year": (
        lambda: run(report("依据条例，特向社会公布2022年度本局政府信息公开工作年度报告。", year=2021)),
        lambda: run(report("依据条例，现公布青松镇2021年政府信息公开工作年度报告；2020年度报告已于去年公开。", year=2021)),
    ),
    "period.published_early": (
        lambda: run(report("本镇编制完成2023年政府信息公开工作年度报告，并于2023年1月20日前在县政府网站公布。", year=2023)),
        lambda: run(report("本镇编制完成2022年政府信息公开工作年度报告，并于2023年1月20日前在县政府网站公布。", year=2023)),
    ),
    # rules10b: the organ named differently by the page's publisher line or the contact sentence
    "organ.page_name": (
        lambda: run(_organ_page("松山区卫生健康局", "发布者：区卫体局  发布日期：2022-01-10\n", "请与松山区卫生健康局办公室联系。")),
        lambda: run(_organ_page("松山区卫生健康局", "发布者：区卫健局  来源：区政府办公室\n", "请与我局办公室联系。")),
    ),
    # rules10b: 电 for 电话 before a number
    "contact.phone_word": (
        lambda: run(report("如有疑问请与镇党政办联系（邮编：100000，电0470-8952226）。")),
        lambda: run(report("如有疑问请与镇党政办联系（邮编：100000，电话0470-8952226）。")),
    ),
    # rules10b: the template's 单位 left after the organ's name
    "organ.template_word": (
        lambda: run(report("根据条例规定，编制青松镇单位2021年政府信息公开工作年度报告。")),
        lambda: run(report("根据条例规定，编制青松镇2021年政府信息公开工作年度报告，全镇各单位2021年共公开信息80条。")),
    ),
    # rules10b: a row printed with the other format's label, read under this format's row
    "wording.row_label": (
        lambda: run(imported(T2_2021.replace("行政规范性文件 | 1", "规范性文件 | 1"))),
        lambda: run(imported(T2_2021)),
    ),
    "format.table_missing": (
        lambda: run(report("一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                           "本年度未收到申请。\n四、政府信息公开行政复议、行政诉讼情况\n无。")),
        lambda: run(report("一、总体情况\n正文。\n二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数\n"
                           "三、收到和处理政府信息公开申请情况\n" + T3_2021
                           + "\n四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计")),
    ),
    "format.superseded": (
        lambda: run(report("全文分为概述、主动公开情况、政府信息公开的收费及减免情况等部分。")),
        lambda: run(report("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。")),
    ),
    "format.outline": (
        lambda: run(report("本报告由主动公开、依申请公开、政府信息管理、平台建设、监督保障等内容组成。")),
        lambda: run(report("本报告由区人力资源和社会保障局编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                           "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。")),
    ),
    "wording.fixed_phrase": (
        lambda: run(report("本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开情况等。")),
        lambda: run(report("本报告包括总体情况、主动公开信息情况、收到和处理政府信息公开申请情况，存在的问题及改进情况等。")),
    ),
    "wording.missing_self_name": (
        lambda: run(report("2021年，我共收到政府信息公开申请2件。")),
        lambda: run(report("2021年，我镇共收到政府信息公开申请2件。")),
    ),
    "content.scope": (
        lambda: run(dataclasses.replace(report("（一）组织推动全省政府信息公开工作。本县按时公开信息。"), organ="青松县人民政府")),
        lambda: run(dataclasses.replace(report("（一）组织推动全县政府信息公开工作。本县按时公开信息。"), organ="青松县人民政府")),
    ),
    "content.section_topic": (
        lambda: run(report("（二）依申请公开\n全年承办建议提案13件，均按期办结。\n（三）政府信息管理\n规范发布流程。")),
        lambda: run(report("（二）依申请公开\n全年受理政府信息公开申请2件，均按期答复。\n（三）政府信息管理\n规范发布流程。")),
    ),
    "text.balance": (
        lambda: run(report("本局受理政府信息公开申请11件，办结8件，结转下一年办理1件。")),
        lambda: run(report("本局受理政府信息公开申请11件，办结10件，结转下一年办理1件。")),
    ),
    "contact.run_on": (
        lambda: run(report("如有疑问请联系（电话：0563-4900001邮编：242000）。")),
        lambda: run(report("如有疑问请联系（电话：0563-4900001，邮编：242000）。")),
    ),
    "contact.address": (
        lambda: run(report("如有疑问请联系（联系地址：青松县青松镇龙山大道16，邮编：402566）。")),
        lambda: run(report("如有疑问请联系（联系地址：青松县青松镇龙山大道16号，邮编：402566）。")),
    ),
    "wording.count_unit": (
        lambda: run(report("通过工作专栏公布信息135。")),
        lambda: run(report("通过工作专栏公布信息135条。")),
    ),
    "wording.year_unit": (
        lambda: run(report("2021度，本乡共公开信息60条。")),
        lambda: run(report("2021年度，本乡共公开信息60条，同比增长2021，2022。")),
    ),
    "wording.typo": (
        lambda: run(report("截至2021年12月31日，本镇累公开信息60条，其中政策解1条，建立了信息发布台账。")),
        lambda: run(report("截至2021年12月31日，本镇累计公开信息60条，其中政策解读1条，申请截止日期前办结；本镇工作好评率高。")),
    ),
    "text.share": (
        lambda: run(report("累计公开信息80条，其中年报1条，占比1.1%；工作动态54条，占比67.5%；领导信息11条，占比13.8%。")),
        lambda: run(report("累计公开信息80条，其中年报1条，占比1.3%；工作动态54条，占比67.5%；领导信息11条，占比13.8%；"
                           "另在公众号发布8条，占全县的2%。")),
    ),
    "wording.list_gap": (
        lambda: run(report("向社会公开单位职责、领导信息、机构设置、工作动态财政预决算等内容。")),
        lambda: run(report("向社会公开单位职责、领导信息、机构设置、工作动态、财政预决算等内容，乡村振兴工作动态12条。")),
    ),
    "wording.list_comma": (
        lambda: run(report("切实保障公民的知情权，参与权和监督权。")),
        lambda: run(report("切实保障公民的知情权、参与权和监督权，先审查、后公开，谁公开、谁负责。")),
    ),
    "wording.halfwidth_stop": (
        lambda: run(report("本年不予公开信息0条.内容涵盖财政、教育等领域。")),
        lambda: run(report("1.属于国家秘密 0件；收费2.5万元；网址www.example.gov.cn。")),
    ),
    "contact.postcode": (
        lambda: run(report("通讯地址：青松县青松镇人民路1号，邮编：67800，电话：0871-61234567。")),
        lambda: run(report("通讯地址：青松县青松镇人民路1号，邮编：678000，电话：0871-61234567。")),
    ),
    "organ.title_signature": (
        lambda: run(report("青云里街2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n青松镇人民政府\n2022年1月20日")),
        lambda: run(report("青松镇2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n青松镇人民政府\n2022年1月20日")),
    ),
    "period.title_no_year": (
        lambda: run(report("青松街道办事处政府信息公开工作年度报告\n一、总体情况\n正文。")),
        lambda: run(report("青松街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n正文。")),
    ),
    "period.cutoff": (
        lambda: run(report("截至2021年12月30日，本镇共公开信息120条。")),
        lambda: run(report("截至2021年12月31日，本镇共公开信息120条；截至2020年12月30日为98条。")),
    ),
    "period.later_event": (
        lambda: run(report("2020年，我镇坚持以党的十九届六中全会精神为指导推进政务公开。", year=2020)),
        lambda: run(report("2021年，我镇坚持以党的十九届六中全会精神为指导，落实二十大项民生工程。", year=2021)),
    ),
    "period.other_year": (
        lambda: run(report("五、存在的主要问题及改进情况\n栏目更新不及时。2021年将从以下方面改进：一是加强培训。")),
        lambda: run(report("五、存在的主要问题及改进情况\n上年报告提出2021年将加强培训，已落实。2022年将从以下方面改进。")),
    ),
    "wording.enumeration": (
        lambda: run(report("主要措施：一是完善制度；二加大公开力度；三重视解读回应。")),
        lambda: run(report("主要措施：一是完善制度；二是加大公开力度；三是重视解读回应，二十个部门参加。")),
    ),
    "wording.stray_comma": (
        lambda: run(report("在公示栏公开村务信息，2条；发布政务动态68条。")),
        lambda: run(report("在公示栏公开村务信息2条，发布工作动态40条。")),
    ),
    "content.problems_repeated": (
        lambda: run(ds(), previous=validate_mapping(raw(year=2020, format="2021"), Path("x.yaml"))),
        lambda: run(ds(), previous=validate_mapping(
            raw(year=2020, format="2021", narrative__problems="上年主要是依申请公开答复文书不规范，已统一文书格式。"), Path("x.yaml"))),
    ),
    "content.problems_followup": (
        lambda: run(report("五、存在的主要问题及改进情况\n存在信息更新不够及时、公开形式单一等问题。下一步将加强培训，丰富公开形式。\n"
                           "六、其他需要报告的事项\n无。", year=2022)),
        lambda: run(report("五、存在的主要问题及改进情况\n上一年度报告所列更新不及时的问题已整改。下一步将加强培训，丰富公开形式。\n"
                           "六、其他需要报告的事项\n无。", year=2022)),
    ),
    "wording.table_label": (
        lambda: run(report("信息内容 | 本年新制作数量 | 本年新制作数量 | 对外公开总数量", year=2020)),
        lambda: run(report("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量", year=2020)),
    ),
    "wording.share": (
        lambda: run(report("其中通知公告3条，信息总量的5.00%；工作动态43条，占信息公开总量的75.44%。")),
        lambda: run(report("其中通知公告3条，占信息总量的5.00%。")),
    ),
    "organ.self_reference": (
        lambda: run(report("青松乡2021年政府信息公开工作年度报告\n我乡严格执行审核制度，我镇按要求调整了网站栏目，我乡按期公开。")),
        lambda: run(report("青松乡2021年政府信息公开工作年度报告\n我乡严格执行审核制度，按县政务服务局的要求调整了网站栏目。")),
    ),
    "content.other_body_self": (
        lambda: run(report("青松镇2021年政府信息公开工作年度报告\n我镇严格执行审核制度，我局按要求调整了网站栏目，我镇按期公开。")),
        lambda: run(report("青松镇2021年政府信息公开工作年度报告\n我镇严格执行审核制度，按县政务服务局的要求调整了网站栏目。")),
    ),
    "wording.de_di": (
        lambda: run(report("拓宽了查询途径，极大得方便了群众查询。")),
        lambda: run(report("拓宽了查询途径，群众的诉求有效得到回应，极大地方便了群众。")),
    ),
    "integrity.truncated": (
        lambda: run(report("一、总体情况\n本年度工作稳步推进。", truncated=True)),
        lambda: run(report("一、总体情况\n本年度工作稳步推进。")),
    ),
    "content.kind_twice": (
        lambda: run(report("其中组织机构类信息6条，政策文件类信息20条，组织机构类信息2条。")),
        lambda: run(report("共发布政务信息439条，其中时政要闻信息109条，政务信息330条。")),
    ),
    "content.final_accounts_year": (
        lambda: run(report("本年度在县政府网站公开了2023年度部门决算和“三公”经费信息。", year=2023)),
        lambda: run(report("本年度在县政府网站公开了2023年度部门预算和2022年度部门决算。", year=2023)),
    ),
    "wording.sentence_stop": (
        lambda: run(report("（一）主动公开\n全年公开信息120条。其中通过网站公开80条，通过公众号公开40条如对本报告有疑问，"
                           "请联系党政办。")),
        lambda: run(report("（一）主动公开\n全年公开信息120条。其中通过网站公开80条，通过公众号公开40条。\n（二）依申请公开\n"
                           "截至2023年，本镇未收到申请。如对本报告有疑问，请联系党政办。")),
    ),
    "wording.report_name": (
        lambda: run(report("现公布青松镇2023年度政府信息公开工作报告。")),
        lambda: run(report("现将本镇2023年度政府信息公开工作情况报告如下。依照《关于做好政府信息公开工作报告编制的通知》，"
                           "编制本镇2023年政府信息公开工作年度报告。")),
    ),
    "wording.missing_verb": (
        lambda: run(report("本报告电子版可在区人民政府门户网站信息公开专栏。")),
        lambda: run(report("本报告电子版可在区人民政府门户网站信息公开专栏下载。")),
    ),
    "wording.term": (
        lambda: run(report("本年公开部门预算 1 条、部门决 1 条、工作动态12条。")),
        lambda: run(report("本年公开部门预算 1 条、部门决算 1 条，重大部门决策3项均已公开。")),
    ),
    "wording.number_comma": (
        lambda: run(report("一、总体情况\n（二）、依申请公开情况\n本局全年未收到申请。")),
        lambda: run(report("一、总体情况\n（二）依申请公开情况\n依照第三十六条（一）、（二）项作出答复。")),
    ),
    "wording.year_twice": (
        lambda: run(report("2024年青松乡2024年度政府信息公开工作年度报告\n一、总体情况", year=2024)),
        lambda: run(report("青松乡2024年度政府信息公开工作年度报告\n（2025年1月发布）", year=2024)),
    ),
    "wording.count_comma": (
        lambda: run(report("发布竞争执法信息13条食品安全监管信息19条。")),
        lambda: run(report("发布竞争执法信息13条，食品安全监管信息19条；公示系统公开80条和其他平台发布宣传信息45条。")),
    ),
    "wording.missing_preposition": (
        lambda: run(report("2021年，县政府办公室的悉心指导下，本镇依法推进政务公开。")),
        lambda: run(report("2021年，本镇在县政府办公室的悉心指导下依法推进政务公开；我乡在县委的正确领导下，")),
    ),
    "wording.outcome": (
        lambda: run(report("本年度收到申请6件，其中3件因本机关不掌握相关政府信息而不予公开。")),
        lambda: run(report("本年度收到申请6件，其中3件因本机关不掌握相关政府信息无法提供，1件属于国家秘密不予公开。")),
    ),
    "content.instructions": (
        lambda: run(report("一、总体情况\n主要报告本机关上一年度政府信息公开工作总体情况，重在聚焦主题主线。")),
        lambda: run(report("一、总体情况\n2021年，本镇把重点领域信息公开情况纳入年度考核。")),
    ),
    "content.dated_phrase": (
        lambda: run(report("2023年，本镇围绕统筹疫情防控和经济社会发展，深入推进政务公开。", year=2023)),
        lambda: run(report("2022年，本镇围绕统筹疫情防控和经济社会发展，深入推进政务公开。", year=2022)),
    ),
    "wording.repeated_sentence": (
        lambda: run(report("本报告所列数据的统计期限为2024年1月1日至12月31日。报告中所列数据自2024年1月1日起至2024年12月31日止。"
                           "如有疑问请联系党政办。", year=2024)),
        lambda: run(report("本报告所列数据的统计期限为2024年1月1日至12月31日。如有疑问请联系党政办。"
                           "2023年1月1日至12月31日的数据见上一年度报告。", year=2024)),
    ),
    "format.section_title": (
        lambda: run(report("一、总体要求\n本局依法推进公开。\n二、主动公开政府信息情况\n表略。\n三、收到和处理政府信息公开申请情况\n")),
        lambda: run(report("一、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n表略。\n三、收到和处理政府信息公开申请情况\n")),
    ),
    "contact.url_year": (
        lambda: run(report("本报告电子版可在 https://www.example.gov.cn/annual/2021.html 下载。", year=2023)),
        lambda: run(report("本报告电子版可在 https://www.example.gov.cn/annual/2023.html 或"
                           " https://www.example.gov.cn/art/2024/1/20/art_12_345.html 下载。", year=2023)),
    ),
    "waiver.unmatched": (
        lambda: run(ds(waivers=[{"rule": "cross.t3.carry", "cells": ["t3.carried_in.natural"], "reason": "乡镇合并"}])),
        lambda: run(ds(**{"tables__t3__carried_in__natural": CARRY + 1},
                       waivers=[{"rule": "cross.t3.carry", "cells": ["t3.carried_in.natural"], "reason": "乡镇合并"}]),
                    previous=PREV),
    ),
}

# 表三 of the 2021 format as a page prints it (| between cells), all zeros; （六） with its three items.
T3_2021 = "\n".join(" | ".join([r.path[-1]] + ["0"] * 7) for r in formats.get("2021").tables["t3"].rows)
OTHER_ITEMS = "\n".join(" | ".join([r.path[-1]] + ["0"] * 7) for r in formats.get("2021").tables["t3"].rows
                         if r.key.startswith("other."))

T2_2021 = ("二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n第二十条第（一）项\n"
           "规章 | 0 | 0 | 0\n行政规范性文件 | 1 | 0 | 3\n第二十条第（五）项\n信息内容 | 本年处理决定数量\n"
           "行政许可 | 2\n第二十条第（六）项\n信息内容 | 本年处理决定数量\n行政处罚 | 0\n行政强制 | 0\n"
           "第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0\n三、收到和处理政府信息公开申请情况\n")


def imported(tables: str, year: int = 2022) -> checks.ReportSource:
    """A short published report with ``tables`` after its opening, as the importer reads it (partial: cut after)."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "r.txt"
        page.write_text(f"某镇人民政府{year}年政府信息公开工作年度报告\n一、总体情况\n本镇依法推进公开。\n{tables}",
                        encoding="utf-8")
        return checks.from_import(import_report(page, partial=True), "r.txt")[1]


# A 2019-format pair for the 上一年项目数量 balance: the 2020 demo as "this year", its own copy as 2019.
PREV_2019 = validate_mapping({**copy.deepcopy(RAW_2020), "year": 2019}, Path("x.yaml"))


def _year_2019_chain(prev_items_off: int) -> dict:
    out = copy.deepcopy(RAW_2020)
    for key, row in out["tables"]["t2"].items():
        if "change" in row:
            row["prev_items"] = row["prev_items"] + row["change"] + (prev_items_off if key == "licensing" else 0)
    return out


def test_every_rule_of_the_catalog_has_a_case_here_or_in_test_checks():
    covered_elsewhere = {r.id for r in checks.rules() if r.category in ("arithmetic", "blank")} | {
        "format.year", "unit.procurement"}
    assert {r.id for r in checks.rules()} - covered_elsewhere == set(CASES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id):
    fire, _ = CASES[rule_id]
    found = [f for f in fire() if f.id == rule_id]
    assert found, f"{rule_id} did not fire"
    meta = next(r for r in checks.rules() if r.id == rule_id)
    for f in found:
        assert (f.severity, f.category) == (meta.severity, meta.category)
        assert f.message and any("\u4e00" <= ch <= "\u9fff" for ch in f.message)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id):
    _, silent = CASES[rule_id]
    assert rule_id not in ids(silent())


# ---------------------------------------------------------------- details

def test_text_finding_quotes_the_sentence_and_names_the_cells():
    [f] = [f for f in run(with_apply_text("本年度共收到政府信息公开申请十二件。")) if f.id == "text.t3.count"]
    assert f.evidence["quote"] == "本年度共收到政府信息公开申请十二件。"
    assert f.cells == ["t3.new.total"] and f.evidence["t3.new.total"] == 8
    assert "12件" in f.message and "8件" in f.message


def test_text_counts_of_another_year_or_scope_are_not_compared():
    text = "2020年共收到政府信息公开申请3件。全市备案申请100件。共收到政府信息公开申请8件。"
    assert "text.t3.count" not in ids(run(with_apply_text(text)))


def test_carried_in_counts_when_the_text_says_so():
    assert "text.t3.count" not in ids(run(with_apply_text("共收到政府信息公开申请10件（含上年结转2件）。")))
    assert "text.t3.count" in ids(run(with_apply_text("共收到政府信息公开申请10件。")))


@pytest.mark.parametrize("text, value", [("十二", 12), ("两", 2), ("一百零五", 105), ("二十", 20), ("三万零五百", 30500),
                                         ("二〇二〇", 2020), ("十", 10)])
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


def test_full_width_and_comma_numbers():
    assert to_int("１２") == 12 and to_int("2,160") == 2160 and to_int("abc") is None


def test_cross_year_across_the_format_change_compares_only_carry_over():
    # 2020 (2019 format) → 2021 (2021 format): no 上一年项目数量 / 现行有效件数 balance
    found = run(ds(), previous=PREV)
    assert not [f for f in found if f.category == "cross_year"]
    [f] = [f for f in run(ds(**{"tables__t3__carried_in__natural": CARRY + 1}), previous=PREV) if f.category == "cross_year"]
    assert f.cells == ["t3.carried_in.natural"] and f.evidence["2020:t3.carried_out.natural"] == CARRY


def test_waiver_acknowledges_and_is_not_counted():
    waiver = {"rule": "cross.t3.carry", "cells": ["t3.carried_in.natural"], "reason": "乡镇合并"}
    found = run(ds(**{"tables__t3__carried_in__natural": CARRY + 1}, waivers=[waiver]), previous=PREV)
    [f] = [f for f in found if f.id == "cross.t3.carry"]
    assert f.acknowledged == "乡镇合并"
    assert checks.open_findings(found) == [x for x in found if x is not f]
    assert "waiver.unmatched" not in ids(found)


def test_waiver_by_quote_and_unknown_rule():
    waiver = {"rule": "wording.doubled_punct", "quote": "8件。。", "reason": "原文如此"}
    found = run(with_apply_text("共收到申请8件。。", waivers=[waiver]))
    assert [f.acknowledged for f in found if f.id == "wording.doubled_punct"] == ["原文如此"]
    found = run(ds(waivers=[{"rule": "no.such.rule", "quote": "x", "reason": "y"}]))
    assert ids(found) == ["waiver.unmatched"] and "no.such.rule" in found[0].message
    found = run(ds(waivers=[{"rule": "period.unstated", "quote": "x", "reason": "y"}]))
    assert ids(found) == ["waiver.unmatched"] and "已停用" in found[0].message


def test_waiver_needs_cells_or_quote():
    from nianbao.errors import DatasetError

    with pytest.raises(DatasetError, match="cells|quote"):
        ds(waivers=[{"rule": "cross.t3.carry", "reason": "乡镇合并"}])


def test_period_field_of_the_dataset():
    found = run(ds(period={"start": dt.date(2021, 1, 1), "end": dt.date(2021, 12, 30)}))
    assert ids(found) == ["period.range"] and found[0].severity == "error"


def test_copy_paste_quotes_the_longest_passage_and_respects_the_threshold():
    same = validate_mapping(raw(year=2020, format="2021"), Path("x.yaml"))
    [f] = [f for f in run(ds(), previous=same) if f.id == "content.copy_previous"]
    assert f.evidence["share"] == 1.0 and len(f.evidence["quote"]) >= 40
    narrative = "\n".join(p.text for p in narrative_passages(ds()))
    assert f.evidence["quote"] in narrative
    assert "content.copy_previous" not in ids(run(ds(), previous=same, copy_threshold=1.0))


# ---------------------------------------------------------------- classes widened with the third held-out set

@pytest.mark.parametrize("rule_id, text, fires", [
    ("period.garbled_date", "本报告统计期限为 2023 1 1 日至 2023 12 31 日。", True),
    ("period.garbled_date", "本报告统计期限为 2023 年 1 月 1 日至 2023 年 12 月 31 日。", False),
    # the page cut after a bracket opened, no full stop after it
    ("wording.quotes", "报告可在本局网站(http://www.example.gov.cn/)下载。如有疑问请与本局办公室联系(电话:0577-81234567", False),
    ("wording.quotes", "根据《中华人民共和国政府信息公开条例》 国务院令第711号)规定编制。", True),
    # a quote's partner lost with garbled characters (？!皬V州): integrity.fragment's
    ("wording.quotes", "总浏览量超150万？!皬V州12345”微信公众号全年发布推文233篇。", False),
    # lost characters right after a paragraph's full stop
    ("integrity.fragment", "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。?\n一、总体情况", True),
    ("integrity.fragment", "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况", False),
    ("integrity.fragment", "总浏览量超150万？!皬V州12345”微信公众号全年发布推文233篇。", True),
    ("wording.quotes", "主要做法：\n1)完善制度；2)加强培训。", False),
    ("wording.quotes", "按照《关于印发中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。", True),  # 〈 missing
    ("wording.quotes", "按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。", False),
    ("wording.quotes", "依据《关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知》编写。", True),  # 《 inside 《》
    ("wording.quotes", "依据《条例》和《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编写。", False),
    ("wording.count_comma", "全年发布天气预警信息300余期提醒短信500余万条。", True),
    ("wording.typo", "均在规定时间内答复依申请人。", True),  # 依 stray before 申请人
    ("wording.typo", "依申请人申请，在规定时间内答复申请人。", False),
    ("wording.typo", "根据《辽省人民政府办公厅关于做好政务公开工作的通知》要求编制。", True),  # 宁 lost from the province
    ("wording.typo", "根据《辽宁省人民政府办公厅关于做好政务公开工作的通知》要求编制。", False),
    ("wording.typo", "《中华人民共和国政府信息公开条例》（以下筒称《条例》）", True),
    ("wording.typo", "我局成立了以由局长任组长的政务公开领导小组。", True),  # 以 and 由 both
    ("wording.typo", "领导小组可以由局长任组长。", False),
    ("wording.missing_self_name", "2025年，我分局根据《条例》要求，深化公开。", False),  # a branch bureau's self-name
    ("wording.list_gap", "发布信息414条，涉及机构信息人事信息、工作动态等信息。", True),
    ("wording.list_gap", "发布信息414条，涉及机构信息、人事信息、工作动态等信息。", False),
    # points that each open a paragraph, the middle one's 是 lost
    # a part's title with its number lost, its 、 left
    ("wording.enumeration", "报告如下：\n、总体情况\n本镇主动公开信息3条。", True),
    ("wording.enumeration", "报告如下：\n一、总体情况\n本镇主动公开信息3条。", False),
    ("wording.enumeration", "一是主动公开方面。公开信息3条。\n二政府信息管理方面。加强审核。\n三是平台建设方面。建立平台。", True),
    ("wording.enumeration", "一是主动公开方面。公开信息3条。\n二是政府信息管理方面。加强审核。\n三是平台建设方面。建立平台。", False),
    ("wording.enumeration", "总体情况\n本局依法推进公开。\n主动公开政府信息情况\n全年公开信息20条。\n", True),
    ("wording.enumeration", "一、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n全年公开信息20条。\n", False),
    # (a page field's value shown twice by its markup)
    # a bureau's 局 twice before its verb; 局局长 and 局局办公室 are the bureau's own
    ("wording.doubled_word", "本报告由青松市数据资源管理局局编制。", True),
    ("wording.doubled_word", "请与青松县民政局局办公室联系。", False),
    ("wording.doubled_word", "废止日期： 时效性：有效有效\n青松镇2023年政府信息公开工作年度报告", False),
    ("wording.doubled_word", "及时制定《盐城市城市管理局2023年政务公开工作要点》。", False),  # 盐城 + 市, then 城市管理局
    ("wording.doubled_word", "不断提升城市城市管理水平。", True),
    ("wording.doubled_word", "2020年我局共主动公开信息共144份。", True),
    ("wording.doubled_word", "2020年我局共主动公开信息144份。", False),
    ("wording.typo", "实时公布全省水情、雨晴信息。", True),
    ("wording.typo", "方便公众获取以申请公开信息的方式。", True),
    ("wording.typo", "公民可以申请公开政府信息。", False),
    ("wording.typo", "全局共收到依公开事项1条。", True),
    ("wording.typo", "扩大公开范围，着提升政府信息公开质量。", True),
    ("wording.typo", "扩大公开范围，接着提升政府信息公开质量。", False),
    ("wording.typo", "其中政策、规范性文类信息0条。", True),
    ("wording.typo", "其中政策、规范性文件类信息0条。", False),
    ("wording.typo", "规章 | 0 | 0 | 0\n行政规范性文", False),
    ("wording.typo", "请联系青松县人民政务公开办公室。", True),
    ("wording.typo", "及时对理已失效文件进行标注。", True),
    ("wording.typo", "加强招商引资策解读、宣传推介。", True),
    ("wording.typo", "公开决策解读等2条。", False),
    ("wording.typo", "按照国家粮食和储备局的工作要求。", True),
    ("wording.typo", "公开监管企业负债人经营业绩考核结果。", True),
    ("wording.typo", "紧紧聚集生态建设、林业改革等重点工作。", True),
    ("wording.typo", "其中概括信息3篇。", True),
    ("wording.typo", "同事，严格做好政府信息保密审查工作。", True),
    ("wording.typo", "感谢各位同事，严格做好保密审查工作。", False),
    ("wording.typo", "在20个工作曰内及时公开。", True),
    ("wording.typo", "根据《河南省人民政府办公室公厅关于推进政务新媒体发展的通知》要求。", True),
    # a verb opens a clause of its own after the comma
    ("wording.list_comma", "既防止该公开的不公开，搞半公开、假公开，又防止不该公开的乱公开。", False),
    ("wording.list_comma", "做到责任到位，措施到位、落实到位。", True),
    # two titles run together, each naming its year once
    ("wording.year_twice", "2024年政府信息公开工作年度报告青松市白石镇2024年政府信息公开工作年度报告\n一、总体情况", False),
    ("wording.typo", "建立完保密审查、依申请公开等工作制度。", True),
    ("wording.typo", "定期开展自查，查漏缺补。", True),
    ("wording.typo", "（二）政务新媒公开方面。", True),
    ("wording.typo", "收到公民、或其他社会组织当面提交的申请。", True),
    ("contact.address", "如有疑问请与青松镇人民政府办公室联系(青松县青松镇正大街16;邮编:646100)。", True),
    ("contact.address", "如有疑问请与青松镇人民政府办公室联系(青松县青松镇正大街16号;邮编:646100)。", False),
    ("wording.typo", "细化信息公开任务，拓大信息公开范围。", True),
    ("wording.typo", "梳理并公开项目建设、交运输管理、行政许可等信息。", True),
    ("wording.typo", "制定整改措施，进—步提升政务公开工作的质量。", True),
    ("wording.typo", "发布城乡低保救助情况、特困人员救助情况、共16条。", True),
    ("wording.typo", "发布城乡低保救助情况、共青团工作动态等16条。", False),
    ("wording.typo", "梳理并公开项目建设、交通运输管理、行政许可等信息。", False),
    ("wording.typo", "形成了上下联运、覆盖面广的信息公开网络。", True),
    ("wording.typo", "形成了上下联动、覆盖面广的信息公开网络。", False),
    ("wording.typo", "2022年，市民政局坚持习近平新时代中国特色社会主义思想为指导，认真落实部署。", True),
    ("wording.typo", "2022年，市民政局坚持以习近平新时代中国特色社会主义思想为指导，认真落实部署。", False),
    ("wording.typo", "细化信息公开任务，扩大信息公开范围。", False),
    ("wording.enumeration", "（二）主动公开政府信息情况。\n1信息发布情况。2020年，累计公开信息962条。\n", True),
    ("wording.enumeration", "（二）主动公开政府信息情况。\n1.信息发布情况。2020年，累计公开信息962条。\n", False),
    ("wording.typo", "收到公民、法人或其他社会组织当面提交的申请。", False),
    ("content.instructions", "累计主动公开政府信息23条(请根据实际情况填写)。", True),
    ("content.instructions", "累计主动公开政府信息23条(含转载)。", False),
    ("wording.typo", "（二）政务新媒体公开方面。", False),
    ("wording.typo", "3、政务公开标准化规划化工作开展情况", True),
    ("wording.typo", "3、政务公开标准化规范化工作开展情况", False),
    # a glossed character lost to the encoding, its pinyin left after the ?
    ("integrity.fragment", "请与本局联系(地址:?jiǎn)|市汇龙镇(zhèn)公园中路820号)。", True),
    ("integrity.fragment", "请与本局联系(地址:启东市汇龙镇(zhèn)公园中路820号)。", False),
    ("contact.url", "本年度报告的电子版本可以从/下载。", True),
    ("contact.url", "本年度报告的电子版本可以从本局网站下载。", False),
    ("wording.typo", "坚持以习近平总书记新时代中国特色社会主义思想为指导。", True),
    ("wording.typo", "坚持以习近平新时代中国特色社会主义思想为指导。", False),
    ("wording.typo", "层层把关，确定不出纰漏。", True),
    ("wording.typo", "层层把关，确保不出纰漏。", False),
    ("wording.typo", "不公开原因为属于本机关不掌握相关政府相关信息。", True),
    ("wording.typo", "不公开原因为属于本机关不掌握相关政府信息。", False),
    ("wording.typo", "定期开展自查，查漏补缺。", False),
    ("wording.typo", "建立完善保密审查、依申请公开等工作制度。", False),
    ("wording.typo", "夯实正度信息公开工作的基础。", True),
    ("wording.typo", "夯实政府信息公开工作的基础。", False),
    ("wording.typo", "本报告由市人民政府开究室编制。", True),
    ("wording.typo", "本报告由市人民政府研究室编制。", False),
    ("wording.typo", "深入贯彻《中华人民共和国政府信息公开条例》（国务院令第711号）、的要求。", True),
    ("wording.typo", "坚持“公开是常态，公开是例外”原则。", True),
    ("wording.typo", "坚持“以公开为常态，不公开是例外”原则。", False),
    ("wording.typo", "全年政府息公开工作取得成效。", True),
    ("wording.typo", "成立了以局党书记、局长为组长的领导小组。", True),
    ("wording.typo", "通过抖音小视屏发布政策解读。", True),
    ("wording.typo", "在大厅电视屏滚动播放公开信息。", False),
    ("wording.typo", "严格按照受理、登记、补证、拟办、审核的流程办理。", True),
    ("wording.document_name", "关于转发国办公开办函〔20196061号文件做好政府信息公开工作。", True),
    ("wording.document_name", "按照《关于做好政务公开工作的通知》（国办发〔2022〕8）要求推进。", True),
    ("wording.document_name", "按照《关于做好政务公开工作的通知》（国办发〔2022〕8号）要求推进。", False),
    ("wording.document_name", "按照《关于做好2022年度政府信息公开工作年度报告编制发布工作的通知》(202276)要求编制。", True),
    ("wording.document_name", "根据《国务院办公厅关于政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制。", True),
    ("wording.document_name", "根据《某县人民政府办公室关于转发某市人民政府办公室关于做好政务公开工作的通知》要求推进。", False),
    ("wording.typo", "进一步细化，确了政务公开工作责任分工。", True),
    ("wording.typo", "进一步细化，明确了政务公开工作责任分工。", False),
    ("wording.typo", "切实保障公众获取政府信息的权力。", True),
    ("wording.typo", "印发《某区审计局局政府信息公开工作方案》。", True),
    ("wording.typo", "由某区审计局局长任组长。", False),
    ("wording.typo", "进一步修定完善了工作制度。", True),
    ("wording.typo", "对双方的权力义务等均作出明确表述。", True),
    ("wording.typo", "地址：某区枫溪街道办事枫燎路69号。", True),
    ("wording.typo", "地址：某区枫溪街道办事处枫燎路69号。", False),
    ("wording.typo", "全年收到政府行政复议7件。", True),
    ("wording.typo", "发布各类规划和点领域信息1156条。", True),
    ("wording.typo", "发布试点领域和重点领域信息156条。", False),
    ("wording.typo", "在全省环保政务新媒体行榜中位列第三。", True),
    ("wording.typo", "在全省环保政务新媒体排行榜中位列第三。", False),
    ("wording.typo", "坚持已公开为常态、不公开为例外。", True),
    ("wording.typo", "指导下，严按照工作要点推进。", True),
    ("wording.typo", "坚持从严按照规定审核。", False),
    ("wording.typo", "（一）主动公开政府信息公开情况", True),
    ("wording.typo", "通过局门户网站公开政府信息公开52条。", True),
    ("wording.typo", "及时公开政府信息公开指南。", False),
    ("wording.typo", "落实行政执法公6条。", True),
    ("wording.typo", "落实行政执法公示制度。", False),
    ("wording.typo", "按照上级政府的同意部署和要求推进。", True),
    ("wording.typo", "本报告由总体情况……和其他需要报告的事项部分组成。", True),
    ("wording.typo", "保障批评和建议等民主权力。", True),
    ("wording.typo", "坚持以公开是常态、不公开为例外，全力推进公开。", True),  # the 以……为 frame broken
    ("wording.typo", "坚持“公开是常态、不公开是例外”原则。", False),  # a usual wording of its own
    ("wording.typo", "公开建提案办理结果12条。", True),
    ("wording.typo", "公开建议提案办理结果12条。", False),
    ("wording.typo", "对政策背景、岀台目的进行解读。", True),
    ("wording.typo", "公开部门预算决策1条。", True),
    ("wording.typo", "公开部门预算决算1条，完善预算决策机制。", False),
    ("wording.typo", "现将我局政府公开信息工作情况报告如下。", True),
    ("wording.typo", "及时更新政府公开信息。", False),
    ("wording.typo", "根据《国务院办公厅信息与政务公开办公室关于印发……的通知》编制。", True),  # 政府 lost in the issuer
    ("wording.typo", "根据《国务院办公厅政府信息与政务公开办公室关于印发……的通知》编制。", False),
    ("wording.typo", "坚持以公开为常态、不公开为列外。", True),
    ("wording.typo", "联系电话：83260124，真：83221073。", True),  # 传 lost from the fax
    ("wording.typo", "联系电话：83260124，传真：83221073；认真：对待每件申请。", False),
    ("wording.typo", "可登陆网址查阅或下载。", True),
    ("wording.typo", "可登录网址查阅或下载，beat365体育登陆网址。", False),  # an advertisement's words: integrity.spam's
    ("wording.count_unit", "2024年，办公室受理政府信息公开申请数量为0。无因政府信息公开申请引发的复议。", False),
    ("wording.count_unit", "收到申请3件，予以公开2件，部分公开件。", True),  # the outcome's number lost
    ("period.garbled_date", "本报告统计期限从2023年1月1日12月31日。", True),  # 至 lost between the span's dates
    ("wording.term", "认真梳理政审批事项，未发布规章和政规范性文件。", True),  # 行 lost from 行政
    ("wording.missing_self_name", "现将我室2022年度信息公开工作情况报告如下，面向我州发展需求。", False),  # an office's, a prefecture's
    ("wording.missing_self_name", "现将我2022年度信息公开工作情况报告如下。", True),
    ("wording.missing_preposition", "如对年报有任何疑问，请您与青松镇党政办联系。", False),  # 您 before 与
    ("wording.missing_preposition", "如对本报告有疑问，请直接与青松区行政审批服务局联系，或请及时与局办公室联系。", False),
    ("wording.missing_preposition", "如对本报告有疑问，请青松区行政审批服务局办公室联系。", True),
    ("wording.count_unit", "在《青松日报》政务公布版刊登99期106版401条政务信息。", False),  # 版, the pages of a paper
    ("wording.typo", "如对本年度报告任何疑问，请与县医疗保障局办室联系。", True),
    ("wording.typo", "现将工作情况报告如下。告的电子版可在某厅网站查阅。主动及公开工作动态。", True),
    ("wording.typo", "严格执行“三审三”制度，保障公民的依申请公开权力。", True),
    ("wording.typo", "严把关健环节。", True),
    ("wording.term", "本年度，我局未收到政府信息申请。", True),  # 公开 lost from 政府信息公开申请
    ("wording.term", "本年度，我局未收到政府信息公开申请。", False),
    ("wording.typo", "严格执行“三审三校”制度，保障公民的依申请公开权利，做到全面、及时公开。", False),
    ("wording.typo", "公开机构设置、及民生信息等基础信息，集中发布了布人大代表建议办理情况。", True),
    ("wording.typo", "按照新修订的《中华人民共和国信息公开工作年度报告格式》编制。", True),
    # a phrase's shortened form whose last character opens a word with the next (平台设置): no slip
    ("wording.fixed_phrase", "（四）平台建设情况。规范政府信息公开平台设置，优化栏目。", False),
    ("wording.fixed_phrase", "（四）平台建设情况。加强政府信息公开平台设，优化栏目。", True),
    ("wording.typo", "本报告的电子版可在某厅网站查阅。主动及时公开工作动态。", False),
    # a copy's own host for the site's address: after a bureau's 网站, and past a pinyin gloss and a long query
    ("integrity.spam", "2025年，市水利局网站(http://www.example-copy.cn/kpsslj/index.html)发布动态信息。", True),
    ("integrity.spam", "青松市自然资源局2022年政府信息公开工作年度报告-爱游戏app官网入口", True),
    ("wording.document_name", "按照《某市人民政府办公室关于做好年度报告工作的通知》（天政办电〔20〕号）要求编制。", True),
    ("wording.document_name", "按照《某市人民政府办公室关于做好年度报告工作的通知》（天政办电〔2022〕6号）要求编制。", False),
    ("integrity.template", "一、总体情况（宋体加粗小四号字）\n本年公开信息20条。", True),  # a typesetting instruction left in
    ("integrity.template", "认真落实2023年中央一号文件（中共中央 国务院）精神。", False),
    ("integrity.spam", "国产Α片免费观看在线人,国内揄拍高清国内精品对白\n青松县人民政府2021年政府信息公开工作年度报告", True),
    ("integrity.spam", "根据《188博金宝app关于印发2020年政务公开工作要点的通知》要求。", True),
    ("integrity.spam", "西甲直播文化和旅游局2022年政府信息公开工作年度报告", True),  # a streaming site's name for the place's
    # the copy's own host given as the government's disclosure catalogue's address
    ("integrity.spam", "市文旅局在政府信息公开目录系统(http://www.example-copy.com/gzjg/)主动公开政府信息74条。", True),
    ("integrity.spam", "市文旅局在政府信息公开目录系统(http://www.example.gov.cn/gzjg/)主动公开政府信息74条。", False),
    # gov.cn mistyped in a government's address: contact.url's slip, not another site's domain
    ("integrity.spam", "电子版可在某市人民政府门户网站(www.cngy.gov.gn)下载。", False),
    ("contact.url", "电子版可在某市人民政府门户网站(www.cngy.gov.gn)下载。", True),
    ("contact.url", "电子版可在某市人民政府门户网站(www.cngy.gov.cn)下载。", False),
    ("contact.email", "如有疑问，请联系本局办公室（电话：0598-7512345，电子邮箱：政务邮箱）。", True),
    ("contact.email", "如有疑问，请联系本局办公室（电话：0598-7512345，电子邮箱：无）。", False),
    ("contact.url", "该报告在某旗人民政府网站公开，公开网址：http://www.example.gov.\n\ncn/\n一、总体情况", True),
    ("integrity.spam", "西甲球队来访，文化交流活动3场。", False),
    # (an institution's own named site outside gov.cn: not a mirror's)
    ("integrity.spam", "本年度报告的电子版可从青松住房公积金网(www.qsgjj.com)下载。", False),
    ("integrity.spam", "本年度报告的电子版可从青松县人民政府门户网站(www.qsgjj.com)下载。", True),
    ("integrity.spam", "本报告在优米体育足球财政局网站公布。", True),
    ("integrity.spam", "IM体育\n青松区教育局2020年政府信息公开工作年度报告", True),
    ("integrity.spam", "青松区文化和体育局2020年政府信息公开工作年度报告，联系CBA体育馆。", False),
    ("integrity.spam", "新建体育足球场2个，全年公开信息30条。", False),
    # the body's own disclosure platform, or a portal whose address lost its scheme, given a commercial host
    ("integrity.spam", "本单位信息公开平台(http://www.example.cn/index.html)上可下载本报告。", True),
    ("integrity.spam", "本单位信息公开平台(http://www.qixia.gov.cn/index.html)上可下载本报告。", False),
    ("integrity.spam", "本报告在县政府门户网//www.example.com/公布。", True),
    ("integrity.spam", "本报告在县政府门户网//www.qixia.gov.cn/公布。", False),
    ("integrity.spam", "东方体育市场监督管理局2019年政府信息公开工作年度报告", True),  # a sports site's name for the city's
    ("integrity.spam", "在东方体育馆举办政务公开日活动。", False),
    ("integrity.spam", "县欧洲杯2020赛程|政务公开领导小组办公室负责日常工作。", True),
    ("wording.typo", "为政府信息公开提高了强有力的组织保障。", True),
    ("integrity.spam", "日博365邮箱农业农村局认真贯彻条例。", True),
    ("integrity.spam", "青松市自然资源局2022年政府信息公开工作年度报告，开展游戏产业调研，发布博物馆信息。", False),
    ("integrity.spam", "2025年，市水利局网站(http://slj.example.gov.cn/kpsslj/index.html)发布动态信息。", False),
    ("integrity.spam", "报告在青松市人民政府网站公开发(fā)布(网址:http://copyhost.cn/list.jsp?urltype=egovinfo.EgovInfoList"
                       "&wbtreeid=1192&sccode=zfxxgknb&subtype=1&dpcode=cxslyj&gilevel=1)。", True),
    ("wording.typo", "共答复人大代表议案、政协8件。", True),
    ("wording.typo", "共答复人大代表议案、政协提案8件，任务分解到各办室。", False),
    ("wording.document_name", "根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函﹝201960号）编制。", True),
    # the items of part 一 named in a bracket after it, as what it holds
    ("format.outline", "本报告由2024年政务公开工作总体情况（包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面）；"
                       "主动公开政府信息情况；收到和处理政府信息公开申请情况；政府信息公开行政复议、行政诉讼情况；"
                       "存在的主要问题及改进情况；其他需要报告的事项组成。", False),
    ("format.outline", "本报告由2024年政务公开工作总体情况；主动公开政府信息情况；政府信息管理；平台建设；监督保障；"
                       "收到和处理政府信息公开申请情况组成。", True),
    # the ? of a web address's query ends no sentence: the verb after the address is the sentence's
    ("wording.missing_verb", "本报告电子版可从某区人民政府网站（网址：http://www.example.gov.cn/index.html?area=1）查阅或下载。", False),
    ("wording.missing_verb", "本报告电子版可从某区人民政府网站（网址：http://www.example.gov.cn/index.html）。", True),
    ("wording.term", "公开林政、矿政审批结果，做好市政许可和财政规范性文件清理。", False),
    ("period.garbled_date", "本报告统计期限从2023年1月1日至12月31日。", False),
    ("period.garbled_date", "组织编制《旅游发展规划（20212035）》。", True),  # the dash lost between the years
    ("period.garbled_date", "组织编制《旅游发展规划（2021—2035）》。", False),
    ("wording.count_unit", "收到申请3件，予以公开2件，部分公开1件。", False),
    ("wording.count_unit", "发布财政信息102条，其他政务动态信息860条余。", True),  # 余 after the measure word
    ("wording.count_unit", "发布财政信息102条，其他政务动态信息860余条。", False),
    ("wording.count_unit", "受理诉求51件，办结657件12345诉求件，上线专栏1期。", False),  # the hotline's number
    ("wording.count_unit", "受理诉求51件，办结657件367发布信息。", True),
    ("wording.count_unit", "三、收到和处理政府信息公开申请情况\n2019年全年收到政府信息公开申请。\n", True),  # no number
    ("wording.stray_comma", "全年主动公开文件11件，其中包括,5条其他类信息和6条机构职能类信息。", True),
    ("wording.stray_comma", "全年主动公开文件11件，其中包括5条其他类信息和6条机构职能类信息。", False),
    ("wording.count_unit", "三、收到和处理政府信息公开申请情况\n2019年全年未收到政府信息公开申请。\n", False),
    ("wording.document_name", "根据《中华人民共和国国务院令（第711号）》的规定编制。", True),  # the decree for the regulation
    ("wording.document_name", "根据《中华人民共和国政府信息公开条例》（国务院令第711号）的规定编制。", False),
    ("integrity.spam", "沙巴体育_沙巴体育app官网平台:水利局2023年政府信息公开工作年度报告", True),
    # a pornographic site's titles at a copy's head; a county's first and second districts are no advertisement
    ("integrity.spam", "又黄又爽又色无遮挡国产_精品视频\n某区科技局2020年政府信息公开工作年度报告", True),
    ("integrity.spam", "全县划分为一区二区三个片区，在线办理事项120项。", False),
    ("wording.missing_self_name", "精产国品入口网站，插我一区二区在线观看\n某镇2023年政府信息公开工作年度报告", False),
    # a body's own system under its city's .cn domain is no mirror; a mirror answers as www. or m. of its own name
    ("integrity.spam", "本报告电子版可在青松市供销合作社联合社门户网站(http://qscoop.qingsong.cn/)查阅或下载。", False),
    ("integrity.spam", "本报告电子版可在青松市人民政府门户网站(http://www.qqqwwww.cn/)查阅或下载。", True),
    # a lottery site's name at a copy's head; the welfare lottery's funds in a civil-affairs report are no advertisement
    ("integrity.spam", "中国福彩网\n某市人民政府\n2019年某镇政府信息公开工作报告", True),
    ("integrity.spam", "公开福彩公益金使用情况2条，体彩公益金项目1条。", False),
    ("integrity.spam", "根据《某县人民政府办公室中国体育彩票app:做好2022年年度报告编制工作的通知》要求。", True),
    ("integrity.spam", "公开体育彩票公益金使用情况2条。", False),
    ("wording.typo", "畅通政民互助渠道，在微信公共号发布信息。", True),
    ("wording.typo", "畅通政民互动渠道，在微信公众号发布信息。", False),
    ("wording.typo", "认真贯彻国家和省、市关于政府公开和政府信息公开的有关要求。", True),
    ("wording.typo", "现将政府信息公开工情况报告如下：", True),
    ("wording.typo", "由一把手负总则，落实了具体负责人员。", True),
    ("wording.typo", "2020年是打赢脱贫攻坚战的收关之年。", True),
    ("wording.typo", "由总体情况等六部分组成。报中所列数据的统计期限自2023年1月1日起。", True),
    ("wording.typo", "由总体情况等六部分组成。年报中所列数据的统计期限自2023年1月1日起。", False),
    ("wording.count_unit", "《青松报》共刊发系列稿件191在新闻网站、文明网等平台转载。", True),
    ("wording.count_unit", "《青松报》共刊发系列稿件191篇，在新闻网站、文明网等平台转载。", False),
    ("wording.doubled_word", "如有疑问请与本局联系（地址：青松县宝塔中路路70号，电话：0558-7654321）。", True),
    ("wording.doubled_word", "如有疑问请与本局联系（地址：青松县宝塔中路70号，电话：0558-7654321）。", False),
    ("wording.repeated_item", "主要包括部门动态、财政预决算、公示公告、补贴发放、财政预决算信息、行政许可等。", True),
    ("wording.repeated_item", "主要包括部门动态、财政预决算、公示公告、补贴发放、政策解读信息、行政许可等。", False),
    ("wording.typo", "按照《国务院办公厅政府信息于政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求编制。", True),
    ("wording.document_name", "根据《关于做好政务公开工作的通知》（长政公组办2020〕1号）要求，提升政务公开水平。", True),
    ("wording.document_name", "根据《关于做好政务公开工作的通知》（长政公组办〔2020〕1号）要求，提升政务公开水平。", False),
    ("wording.typo", "由一把手负总责，落实了具体负责人员。", False),
    ("wording.typo", "依法公开纳税人权力和义务、执法主体等信息。", True),
    ("wording.typo", "依法公开纳税人权利和义务、执法主体等信息。", False),
    ("wording.de_di", "在内容表达清晰的情况下，尽可能的提升报告的可读性。", True),
    ("wording.de_di", "在内容表达清晰的情况下，尽可能地提升报告的可读性。", False),
    ("wording.count_unit", "全年在政府网上共主动公开条，其中信息公开指南0条，机构职能1条。", True),
    ("wording.count_unit", "全年在政府网上共主动公开12条，其中信息公开指南0条，机构职能1条。", False),
    ("wording.typo", "认真贯彻国家和省、市关于政务公开和政府信息公开的有关要求。", False),
    ("wording.quotes", '本局坚持"公开为常态"的要求。', True),  # ASCII straight quotes round a Chinese phrase
    ("wording.quotes", "本局坚持“公开为常态”的要求。", False),
    ("wording.count_comma", "全年发布天气预警信息300余期，提醒短信500余万条。", False),
    # the 条例's article 50 pasted in as the outline
    ("wording.outline", "全文包括：年度报告应当包括总体情况；行政机关主动公开政府信息的情况；"
                        "行政机关收到和处理政府信息公开申请的情况。", True),
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、政府信息公开行政复议、收到和处理政府信息公开申请情况、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项组成。", True),  # part 三 set inside part 四
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项组成。", False),
    ("wording.list_comma", "坚持“应公开，尽公开”原则。", False),  # auditors leave the comma unmarked
    ("wording.list_comma", "坚持“应公开 尽公开”原则。", True),
    ("wording.list_comma", "坚持以公开为常态，不公开为例外，做到应公开尽公开。", False),
    ("text.sum", "全年公开信息21条。其中规划计划5条，其他文件4条，年报1条，工作动态10条。", True),
    # the total's change from a named year after it, then the next sentence's 其中
    ("text.sum", "全市主动公开政府信息15882条，较2020年增加53.35%。其中政府网站7489条，政务新媒体7469条。", True),
    ("text.sum", "全市主动公开政府信息15882条，较2020年增加53.35%。其中政府网站7489条，政务新媒体8393条。", False),
    # the topics the applications concern, counted after 涉及: past the total is a slip, short of it may be partial
    ("text.sum", "共收到政府信息公开申请70件，涉及问题楼盘32件、行政许可20件、物业服务管理6件、文件答复信息18件。", True),
    ("text.sum", "共收到政府信息公开申请70件，涉及问题楼盘32件、行政许可20件、物业服务管理6件、文件答复信息12件。", False),
    ("text.sum", "共主动公开信息132条，涉及疫情防控、优化营商环境等多个方面。", False),
    ("text.sum", "重大决策预公开2条，涉及道路命名信息公开1条，其他主动公开文件3条。", False),  # one kind, then others
    # a bracket of parts the text's end cut off: past its total already, or short of it with the rest unseen
    ("text.sum", "本局公布服务信息26条(权益维护8条,退役安置3条,就业创业8条,教育培训3条,军休服务5条", True),
    ("text.sum", "本局公布服务信息26条(权益维护8条,退役安置3条,就业创业8条,教育培训3条", False),
    ("text.sum", "本局公布服务信息26条(其中权益维护8条,退役安置3条,就业创业8条,教育培训3条,军休服务5条", True),
    # (a target the total is measured against, between the total and its 其中: the list is still the total's)
    ("text.sum", "共公开政府信息177条，完成任务数120条的147.5%，其中动态类信息94条、财政类11条、救助类信息13条。", True),
    # (measures side by side, each named ……数: no total and its parts)
    ("text.sum", "解读信息发布总数5条，意见征集数6条，专题专栏维护数16条，新开设专栏数量2条。", False),
    ("text.sum", "公开信息总数5条，其中意见征集6条，专题专栏16条，新开设专栏2条。", True),
    # (what each column published, 在……专栏: where, not the kinds of the total; the list goes on in the next sentence)
    ("text.sum", "公开信息共计167条，其中，在疫情专栏刊登信息14条，在执法公示专栏公示信息8条、事后公示信息7条，"
                 "在预决算专栏公示信息3条。", False),
    ("text.sum", "公开信息共计167条，其中，疫情防控信息14条，事前公示信息8条、事后公示信息7条，预决算信息3条。", True),
    # (a kind counted in 篇 is counted as the 条 of the total)
    ("text.sum", "主动公开各类政府信息245条，其中工作动态102条、部门预决算8条、年度报告1篇。", True),
    ("text.sum", "主动公开各类政府信息111条，其中工作动态102条、部门预决算8条、年度报告1篇。", False),
    # documents counted in 件, then other work counted in 条: no parts of the documents
    ("text.sum", "集中公开县政府印发文件共25件，发布政策解读信息7条，办理网民留言87条。", False),
    ("text.sum", "集中公开县政府印发文件共25件，其中规范性文件17件，其他文件12件。", True),
    # a grand total (总计) after two counts is neither a part of the first nor a list of parts
    ("text.sum", "通过门户网站公开财政信息共42条，发布各类动态信息共150条，总计公开信息192条。", False),
    ("text.sum", "通过门户网站公开信息共42条，其中财政信息30条，动态信息15条。", True),
    # the parts in the next sentence opened with 具体包括 (主要包括 names the main ones only)
    ("text.sum", "通过门户网站主动公开信息83条。具体包括法规文件1条，通知公告3条，建议提案10条，执法公示18条，其他信息20条。", True),
    ("text.sum", "通过门户网站主动公开信息52条。具体包括法规文件1条，通知公告3条，建议提案10条，执法公示18条，其他信息20条。", False),
    ("text.sum", "通过门户网站主动公开信息83条。主要包括法规文件1条，通知公告3条，建议提案10条，执法公示18条，其他信息20条。", False),
    ("text.sum", "全年公开信息600条，其中政策文件2条、财政信息3条。", False),
    # 第二十条 is an article; the kinds end at ；, the clause after it counts nothing
    ("text.sum", "按第二十条，全年共发布信息100条，其中动态30条，公告20条，文件10条；政策均征求意见。", True),
    ("text.sum", "按第二十条，全年共发布信息60条，其中动态30条，公告20条，文件10条；政策均征求意见。", False),
    # the list after 其中 breaks down the count just before it (6), not the total before that (3)
    ("text.sum", "共发布本级文件3条，相关解读6条，其中发布会解读1条，负责人解读2条，图解2条，媒体解读1条。", False),
    # a total given as near a round figure (近50条) is no exact one; a decimal (5.1余条) is no count of 1
    ("text.sum", "媒体报道本局工作近50条，其中省级媒体9篇、市级媒体8篇、县级媒体17篇。", False),
    ("text.sum", "媒体报道本局工作50条，其中省级媒体9篇、市级媒体8篇、县级媒体17篇。", True),
    ("text.sum", "主动公开政府信息5.1余条，其中政策文件62条，工作动态3015条。", False),
    # the last ；-item names two kinds (1 + 0 + 1 + 1 = 3), then counts something else
    ("text.sum", "全年主动公开信息3条，其中机构职能类1条；规划计划类0条；年度报告1条，其他信息1条，不予公开信息6条。", False),
    ("text.sum", "全年主动公开信息5条，其中机构职能类1条；规划计划类0条；年度报告1条，其他信息1条，不予公开信息6条。", True),
    ("text.sum", "全年公开信息21条，其中规划计划5条，年报1条，工作动态10条；累计办理依申请公开0件。", True),
    ("text.sum", "全年公开信息86条，其中乡镇目录13条、政策文件3条、财政信息2条、工作动态", False),
    # the next numbered item of the report, with its own label and colon, lists no part of the total
    ("text.sum", "（一）公开数量：全年报送动态信息共79条。（二）回应关切：全年办理诉求66件，市长信箱35件。", False),
    ("text.sum", "对重大决策事项公开征求意见共181期，公开建议和提案办理结果400余条，政策解读60条。", False),  # 期 and 条
    # the second item of a list (申请数22件 after 网上申请16件、) is no total; the next numbered item lists no parts
    ("text.sum", "1、本年受理申请38件，主要途径为网上申请16件、信函申请数22件；历年累计461件。2.办理情况：本年受理的37件申请已按时答复，"
                 "其中予以公开18件、不予公开5件、无法提供13件，其他处理1件。", False),
    # 共 ahead of the verb states the organ's total; a channel's own count (网站共发布) or applications handled do not
    ("text.sum", "全年共发布和更新信息500条，门户网站发布信息300条，公众号发布信息260条。", True),
    ("text.sum", "门户网站共发布信息500条，公众号发布信息260条，短视频发布作品90条。", False),
    # one list of kinds (a name and its count each) that runs past the total: a leading run making the total excuses
    # nothing; a last entry that is another channel's count (公众号发布……) is not a kind
    ("text.sum", "在网站发布信息77条，其中年报1条，招标信息37条，资产交易27条，动态4条，公告6条，提案办理公开2条，机构职能1条。", True),
    ("text.sum", "全年公开政府信息200条，其中工作动态192条、通知公告8条，公开财政信息81条。", False),
    # a list of kinds in the total's unit that falls short of the organ's total, however far
    ("text.sum", "全年主动公开政府信息300条，其中通知公告类40条、工作动态类50条、执法检查类6条、年报1条。", True),
    ("text.sum", "全年主动公开政府信息300条，其中通知公告类40条、工作动态类50条、执法检查类6条等。", False),
    ("text.sum", "全年公开政府信息300条，其中规范性文件13件、项目批复105件、提案复文14件。", False),
    ("text.sum", "全年主动公开政府信息223条，工作动态113条，机构信息3条，领导信息1条。", True),
    ("text.sum", "全年主动公开政府信息117条，工作动态113条，机构信息3条，领导信息1条。", False),
    ("text.sum", "全年在网站发布工作情况49条，公告公示59条，政策文件6条，财政预算9条。", False),
    ("text.sum", "累计主动公开政府信息82条，其中，工作动态22条，通知公告4条，计划规划、财政信息、人事信息各1条。", True),
    ("text.sum", "累计主动公开政府信息29条，其中，工作动态22条，通知公告4条，计划规划、财政信息、人事信息各1条。", False),
    # postings counted in 条次 are no items of the total; a count before its state (已办结) is no kind
    ("text.sum", "全年主动公开政府信息共400余条，通过政务微信公开政府信息840条次；通过政务公开栏公开180条次。", False),
    ("text.sum", "全年共收到申请37件，其中33件已办结，答复27件，主动撤回6件。按申请方式分：当面申请4件，网络申请10件，邮寄申请23件。",
     False),
    ("text.sum", "全年共收到申请37件，其中当面申请4件，网络申请10件，邮寄申请13件。", True),
    # counts after a total with no 其中, not one list of kinds: the next statements, not parts below the total
    ("text.sum", "全市累计更新信息公开目录信息7700条，解读信息977条；全市政务微信公众号发布信息4741条、订阅量达到56648。", False),
    # after a website's total, another channel's count is no part of it; after the site's and the new media's, it is
    ("text.sum", "在本局官方网站主动公开信息1342条，其中发布工作动态等信息401条，专栏发布信息79条；在本局微信公众号公布信息387条；"
                 "在政务微博公布信息257条。", False),
    ("text.sum", "通过政府网站主动公开各类信息84条，其中发布文件2条；全镇新媒体平台13个，发布便民信息等200余条。", False),
    ("text.sum", "通过政府网站主动公开各类信息84条，其中发布文件2条；发布便民信息等200余条。", True),
    # table 2's columns for one row in prose: made, repealed, in force are no parts of one another
    ("text.sum", "本年出台行政规范性文件：制发件数2件，废止件数1件，现行有效件数22件。", False),
    ("text.sum", "全年通过门户网站和政务新媒体主动发布各类信息8000余条，其中门户网站6500余条；微信公众号600余条；政务微博2000余条。",
     True),
    # a list said to name some of more columns; a list of the year's work in 条 and 件 that stays below the total
    ("text.sum", "全年共发布信息379条，涉及社会救助、安全生产等53个栏目，其中：发布本级政府文件100条，政府会议100条，财政资金100条。",
     False),
    ("text.sum", "全年共发布信息379条，涉及社会救助、安全生产等3个栏目，其中：发布本级政府文件100条，政府会议100条，财政资金100条。",
     True),
    ("text.sum", "政府网共发布信息1000条，其中概况类信息95条，政务动态类信息500条，发布政策解读25件，开展在线访谈9期。", False),
    ("text.sum", "全年公开信息558条，其中门户网公开118篇、公众号发布356条、招标信息4条。", True),
    # 公开指南 is a kind (the disclosure guide), not the verb of another count
    ("text.sum", "历年累计发布信息523条，其中：机构职能类信息2条，公开指南0条，工作动态信息200条，其他信息0条。", True),
    ("text.sum", "历年累计发布信息202条，其中：机构职能类信息2条，公开指南0条，工作动态信息200条，其他信息0条。", False),
    ("text.sum", "全年公开政府信息172条，其中工作动态91条，通知公告19条，采购47条，法规文件7条，会议报告3条，规划计划2条，"
                 "人事信息3条，镇公众号发布信息224条。", False),
    # the total broken down a second time (by channel after by kind): the second list may not add up to more
    ("text.sum", "全年主动公开信息共919条。其中政策类185条；其他666条。其中公众号公开776条，网站公开183条。", True),
    ("text.sum", "全年主动公开信息共919条。其中政策类185条；其他734条。其中公众号公开736条，网站公开183条。", False),
    # a sentence without a number between the total and its 其中 still describes the total
    ("text.sum", "全年累计公开信息463条，内容涵盖决策、村务等领域。全面展示了工作成效。其中公告8条、动态52条、村务公开264条。", True),
    ("text.sum", "全年累计公开信息463条，内容涵盖决策、村务等领域。全面展示了工作成效。其中公告8条、动态52条、村务公开403条。", False),
    # a second total ends the first one's parts where no list opens (另一个渠道的合计不是分项)
    ("text.sum", "全年在政府网公开信息共计54条，通过公众号发布信息共计296条、视频号发布61条视频。", False),
    ("text.sum", "全年在政府网公开信息共计54条，通过公众号发布信息296条、视频号发布61条视频。", True),
    ("text.sum", "全年共受理政府信息公开申请12件，上年结转2件，按时办结13件，结转下年1件。", False),
    # the 等 of a sentence describing the total is not a 等 of the list after 其中
    ("text.sum", "全年公开信息数90条，内容涉及财政、规划等方面。其中年报1条、规划计划9条、工作动态79条。", True),
    ("text.sum", "全年公开信息数90条，内容涉及财政、规划等方面。其中年报1条、规划计划9条、工作动态80条。", False),
    # a bracket right after an amount, listing amounts of its unit, gives its parts
    ("text.sum", "其中新闻12篇，招商栏目3篇，(项目介绍2篇，政策解读4篇)。", True),
    ("text.sum", "其中新闻12篇，招商栏目6篇，(项目介绍2篇，政策解读4篇)。", False),
    # a document carried out, then the next clause's verb (a document a preposition names is not)
    ("wording.sentence_stop", "我局认真贯彻《中华人民共和国政府信息公开条例》依托区政府网站平台，公开信息。", True),
    ("wording.sentence_stop", "我局严格按照《中华人民共和国政府信息公开条例》做好政府信息公开工作。", False),
    ("wording.sentence_stop", "现公开青松区科技局2025年政府信息公开工作年度报告本报告所列数据的统计期限自2025年1月1日起。", True),
    ("wording.sentence_stop", "现公开青松区科技局2025年政府信息公开工作年度报告。本报告所列数据的统计期限自2025年1月1日起。", False),
    # the format's sub-headings run straight into the sentences under them
    ("wording.sentence_stop", "一、总体情况\n（一）主动公开对照上级目录体系，动态更新公开事项。\n"
     "（二）依申请公开巩固全流程管理机制，优化受理流程。\n", True),
    ("wording.sentence_stop", "一、总体情况\n（一）主动公开提质增效\n对照上级目录体系，动态更新公开事项。\n"
     "（二）依申请公开规范有序。巩固全流程管理机制，优化受理流程。\n", False),
    ("wording.sentence_stop", "五、存在的主要问题及改进情况\n（一）主动公开的内容还需进一步规范，载体还需丰富。\n", False),
    # the figures dated to the end of another year, the text giving no date of its own year's end
    ("period.cutoff", "截至2020年底，我镇尚无收到政府信息公开申请。", True),
    ("period.cutoff", "本年公开信息数较截至2020年底增加120条。", False),
    # the year's new figures dated to the year before, this year's end given elsewhere in the text
    ("period.cutoff", "截至2021年底，我局工作运行正常。截至2020年12月31日，我局新增主动公开信息266条。", True),
    ("period.cutoff", "截至2021年底，我局工作运行正常。截至2020年12月31日，我局共公开信息266条。", False),
    ("period.cutoff", "截至2021年底，累计公开信息900条。截至2020年底累计公开600条，2021年新增300条。", False),
    # a sentence opening with another year counts the organ's own work; a comparison with that year does not
    ("period.other_year", "（三）政府信息管理情况 2020年，本镇共制定规范性文件0件，废止0件。", True),
    ("period.other_year", "2020年，本镇主动公开政府信息223条，较上年增加12条。", False),
    ("period.other_year", "一、总体情况\n2020年，青松区教育局认真贯彻落实条例。\n二、主动公开政府信息情况", True),  # last year's opening
    ("period.other_year", "一、总体情况\n2021年，青松区教育局认真贯彻落实条例。\n二、主动公开政府信息情况", False),
    # part 一 under the older name 基本情况; a heading over the opening (本报告……编制) is the opening's
    ("format.section_title", "一、基本情况\n（一）主动公开情况\n本镇通过网站公开信息20条。\n", True),
    # part 一 headed 工作概述; 总体概述 and the old structure's 概述 (format.superseded's) are not this rule's
    ("format.section_title", "一、工作概述\n本局依法推进公开。\n二、主动公开政府信息情况\n", True),
    ("format.section_title", "一、综述\n本局依法推进公开。\n二、主动公开政府信息情况\n", True),
    # a heading of its own over the format's parts, numbered as its sub-parts
    ("format.section_title", "一、报告内容\n（一）总体情况\n本局依法推进公开。\n（二）政府信息主动公开情况\n", True),
    ("format.section_title", "一、总体情况\n（一）总体情况\n本局依法推进公开。\n（二）主动公开\n", False),
    ("format.section_title", "一、总体概述\n本局依法推进公开。\n二、主动公开政府信息情况\n", False),
    ("format.section_title", "一、工作基本情况\n本报告根据条例要求，由本镇党政办公室编制。\n", False),
    # part 一 headed otherwise, in an excerpt cut after part 二's heading
    ("format.section_title", "一、2023年工作开展情况\n本乡依法推进公开。\n二、主动公开政府信息情况\n", True),
    ("format.section_title", "一、总体情况\n本乡依法推进公开。\n二、主动公开政府信息情况\n", False),
    # a part's number alone on its line: the next line is its heading, or the part's text with no heading
    ("format.section_title", "一、总体情况\n本乡依法推进公开。\n二、\n主要公开政府信息情况\n", True),
    ("format.section_title", "一、总体情况\n本乡依法推进公开。\n二、\n主动公开政府信息情况\n", False),
    ("format.section_title", "现将有关情况报告如下：\n一、\n本镇成立了由镇长任组长、副镇长任副组长的领导小组。\n", True),
    # part 一 headed by a work narrative of two phrases joined by a comma
    ("format.section_title", "一、加强组织领导，明确责任部门\n本局依法推进公开。\n二、主动公开政府信息情况\n", True),
    ("format.section_title", "一、总体情况\n一是加强组织领导，明确责任部门。\n二、主动公开政府信息情况\n", False),
    # a short item of a 、-list written again as the next one
    ("wording.doubled_word", "始终坚持以“想干事、干事、干成事”的精神推进公开。", False),
    ("wording.doubled_word", "始终坚持以“干事、干事、干成事”的精神推进公开。", True),
    # the first sub-heading printed without （一）, before （二） and （三）
    ("wording.enumeration", "一、总体情况\n2020年，本局认真贯彻条例。\n主动公开情况。本局公开信息20条。\n"
                            "（二）依申请公开情况。未收到申请。\n（三）政府信息管理情况。加强管理。\n二、主动公开政府信息情况", True),
    # (四) inside the line of a bare (三) heading is there; (四) nowhere is a skip
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况\n公开信息20条。\n（二）依申请公开情况\n未收到申请。\n"
                            "（三）政府信息管理 （四）平台建设 完善网站。\n（五）监督保障\n加强考核。", False),
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况\n公开信息20条。\n（二）依申请公开情况\n未收到申请。\n"
                            "（三）政府信息管理 平台建设 完善网站。\n（五）监督保障\n加强考核。", True),
    ("wording.enumeration", "一、总体情况（一）主动公开情况\n本局公开信息20条。\n"
                            "（二）依申请公开情况。未收到申请。\n（三）政府信息管理情况。加强管理。\n二、主动公开政府信息情况", False),
    # the part's sub-headings start at （二）, the first one lost (a cut excerpt may end before （三）)
    ("wording.enumeration", "一、总体情况\n2020年，本局认真贯彻条例，全年公开信息20条。\n（二）依申请公开情况。未收到申请。", True),
    # the （一） lost to an encoding error (integrity.fragment's): not a sub-heading skipped
    ("wording.enumeration", "一、总体情况\n?。ㄒ唬┱J真落实主动公开。公开信息20条。\n（二）依申请公开情况。未收到申请。\n"
                            "二、主动公开政府信息情况", False),
    # a second list of points whose 一是 was lost, after a first list that had one
    ("period.range", "报告所列数据的统计起止时间为12月31日。本报告电子版可在平台下载。", True),  # the start lost
    ("period.range", "报告所列数据的统计起止时间为2021年1月1日至12月31日。", False),
    ("period.range", "所列数据统计期限为2021年1月1日一2021年12月31日。", False),  # one period, its dash a slip of its own
    ("wording.enumeration", "一是落实保密审查。二是组建工作队伍。\n（二）平台建设。利用门户网站公示信息，二是利用微信公众号。", True),
    ("wording.enumeration", "一是落实保密审查。二是组建工作队伍。\n（二）平台建设。一是利用门户网站，二是积极利用微信公众号。", False),
    ("wording.enumeration", "一、总体情况\n（二）依申请公开情况。未收到申请。", False),  # nothing before it to be （一）
    ("wording.enumeration", "一、总体情况\n一）主动公开情况。全年公开信息20条。\n（二）依申请公开情况。未收到申请。", False),
    # the report's name cut at its end (a title's second line), or its 报告 left out before 编制
    ("wording.report_name", "白沙镇人民政府2025年政府信息公开工作\n年度报\n根据条例编制本报告。", True),
    ("wording.report_name", "按照《关于做好2024年政府信息公开工作年度编制发布工作的通知》要求编制。", True),
    ("wording.report_name", "按照《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》要求编制。", False),
    # a 、 between a clause and its purpose (以便, 从而), where a comma belongs
    ("wording.sentence_stop", "对群众反映的问题我们逐一对照整改、以便能更好地服务群众。", True),
    ("wording.sentence_stop", "确保信息的正确性、真实性、客观性严禁涉密信息上网。", True),
    ("wording.sentence_stop", "确保信息的正确性、真实性、客观性，严禁涉密信息上网。", False),
    # the next sentence's year and verb run on after a clause's last word; not after its subject, a verb or 结转
    ("wording.sentence_stop", "均在法定期限内予以答复2024年因政府信息公开引起的行政复议1件。", True),
    ("wording.sentence_stop", "与粉丝开展互动2023年发布微博共计186条。", True),
    ("wording.sentence_stop", "我局2021年共主动公开政府信息30条，门户网站2025年累计发文29篇。", False),
    ("wording.sentence_stop", "及时印发2023年发布计划，当年办结91件，结转2024年办理3件。", False),
    ("wording.sentence_stop", "对群众反映的问题我们逐一对照整改，以便能更好地服务群众。", False),
    # the 2019 notice's title with 政府信息公开 left out, cited in a 2024 report; the first item of a 、-list is no
    # total; a kind of document counted among those published is not the report's name
    ("wording.document_name", "根据《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》编制。", True),
    ("text.sum", "全年累计在试点领域发布信息8条、业务工作信息17条，发布年报1份，公告公示类信息6条。", False),
    ("wording.report_name", "包含信息公开指南1条；信息公开年度工作报告1篇；辖区概况1条。", False),
    # reports listed among the kinds published (、…等) are not this report's name; this report's own name is
    ("wording.report_name", "主动公开组织机构、部门文件、工作动态、政务信息公开年度工作报告等，每月公示补贴发放结果。", False),
    ("wording.report_name", "现将本镇2024年政务信息公开年度工作报告公布如下，主要包括总体情况等六部分。", True),
    # a space inside a domain; an address lost to a page's e-mail protection; a betting brand; 公开 left out of the
    # report's name; two items of the 谁……谁负责 principle run together
    ("contact.url", "报告可在县政府网站(域名:www .qs.gov.cn)下载。", True),
    ("contact.url", "报告可在县政府网站(域名:www.qs.gov.cn)下载。", False),
    ("contact.url", "公众可通过市政府网本局部门页面\n(/bmxxgk/gkmlpt/index)查阅本局主动公开的政府信息。", True),  # no host
    ("contact.url", "公众可通过市政府网本局部门页面(http://www.example.gov.cn/bmxxgk/gkmlpt/index)查阅。", False),
    ("contact.url", "![资源得分](/images/score_1.gif)", False),  # a markdown image's path is integrity.markup's
    ("contact.url", "本报告的电子版可在“某市人防办信息公开网站( )下载。", True),  # the address lost, a space left
    ("integrity.fragment", "电子邮箱:qsxyh[email protected])。", True),
    ("integrity.spam", "在manbetxbrf com 门户网站及市经信局门户网站公开。", True),
    ("wording.report_name", "现将本街道2024年度政府信息工作年度报告予以公布。", True),
    ("wording.sentence_stop", "按照“谁主办谁负责谁发布谁负责、谁运行谁负责”的原则。", True),
    ("wording.sentence_stop", "按照“谁主办谁负责、谁发布谁负责、谁运行谁负责”的原则。", False),
    # the basis of the work, then what it was fitted to, with no comma between
    ("wording.sentence_stop", "按照市政府办公室文件精神结合我局工作实际，现将报告公布如下。", True),
    ("wording.sentence_stop", "按照市政府办公室文件精神，结合我局工作实际，现将报告公布如下。", False),
    ("wording.sentence_stop", "坚持把政策宣传与业务培训相结合，提升工作实效。", False),
    # a page's button (我要收藏) is no bare 我; metadata fields run together are no doubled word; 第三、第四部分 is
    # no count of the report's parts
    ("wording.missing_self_name", "在市报“社保有事我帮您”专栏发布政策解读12篇。", False),  # a column's own words, quoted
    ("wording.de_di", "我局及时准确的公开政务信息，真实、及时的反映了群众关切。", True),
    ("wording.missing_self_name", "我要收藏 公共资源调用站点", False),
    ("wording.missing_self_name", "2021年，我共收到政府信息公开申请2件。", True),
    ("wording.doubled_word", "公开方式主动公开公开范围面向全社会", False),
    ("wording.doubled_word", "按照要求，对对需要主动公开的政府文件进行审查。", True),  # a preposition written twice
    ("wording.doubled_word", "组织开展对对子活动，形成实实在在的工作支撑。", False),
    # the same name with different bracketed qualifiers: two items
    ("wording.repeated_item", "其中，重大民生信息（执法监督）32条、重大民生信息（城乡建管）22条、部门文件5条。", False),
    ("wording.repeated_item", "其中，重大民生信息32条、部门文件5条、重大民生信息22条。", True),
    ("wording.doubled_word", "公开信息的途径主要包括：包括政府网站群、政务新媒体。", True),
    ("wording.doubled_word", "主动公开：公开内容主要包括政策文件。", False),
    ("wording.outline", "经沟通后均由申请人撤回，具体答复情况详见本报告第三、第四部分。", False),
    # the outline after 全文由, the sentence opening with what the report covers (its old parts format.superseded's)
    ("wording.outline", "本报告内容涵盖青松县市场监督管理局2022年1月1日至12月31日期间的政府信息公开工作情况，全文由概述、"
     "主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议及提起行政诉讼情况、"
     "政府信息公开工作存在的主要问题及改进情况共六部分组成。", False),
    ("wording.outline", "本报告内容涵盖青松县市场监督管理局2022年1月1日至12月31日期间的政府信息公开工作情况，全文由总体情况、"
     "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况"
     "共六部分组成。", True),
    # a table's label said in prose before a count, its 件 or 继续 dropped; a character lost inside a label still counts
    ("wording.fixed_phrase", "制发行政规范性文件4件，现行有效数154件。", False),
    ("wording.fixed_phrase", "年内办结1230件，结转下年度办理14件。", False),
    ("wording.fixed_phrase", "本年度办结441件，剩余26件结转下年度办理。", False),  # prose, its clause ends there
    ("wording.fixed_phrase", "（五）结转下年度办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0", True),  # the table's label cut
    ("wording.fixed_phrase", "本年公开行规范性文件3件。", True),
    ("wording.fixed_phrase", "全年未发生政府信息公开类行政复议、行政诉讼情况。", False),  # 类: a kind of case, in prose
    ("wording.fixed_phrase", "四、政府信息公开行政复议、行政诉讼其情况", True),
    # 需 for 需要 in the sixth part's name: a short form the reports use, not a character lost
    ("wording.fixed_phrase", "全文包括存在的主要问题及改进情况、其他需报告的事项六部分。", False),
    ("wording.fixed_phrase", "全文包括存在的主要问题及改进情况、其他需要报的事项六部分。", True),
    # a figure after one name of a list of names (多了数字), and a column's name with its year
    ("wording.count_unit", "涉及机构职能、审计信息、重要部署执行8、建议提案办理、财政预决算等。", True),
    ("wording.count_unit", "开设好学校、平安假期、盘点2023、向您汇报等栏目。", False),
    ("wording.list_comma", "制定了《青松局政务公开审议制度》。《青松局舆情风险评估制度》等相关制度。", True),
    ("wording.list_comma", "制定了《青松局政务公开审议制度》。《青松局舆情风险评估制度》已于年初印发。", False),
    # part 二's heading with 主动 left out, and whole
    ("wording.fixed_phrase", "一、总体情况\n本年公开信息30条。\n二、公开政府信息情况\n第二十条第（一）项\n", True),
    ("wording.fixed_phrase", "一、总体情况\n本年公开信息30条。\n二、主动公开政府信息情况\n第二十条第（一）项\n", False),
    # 信息 left out of 政府信息公开工作; a government then its verb is right
    ("wording.typo", "建立考核指标体系，保证政府公开工作持续良好开展。", True),
    ("wording.typo", "乡政府公开工作方案和办事指南。", False),
    ("wording.typo", "定期分析研判形式，及时回应关切。", True),
    ("wording.typo", "以门户网站为平台、微信公众号为扶手，做好公开。", True),
    ("wording.typo", "本报告所列教据统计期限为2023年。", True),
    ("wording.typo", "本报告由青松区发展和改革委员会编。", True),
    ("wording.typo", "本指南由区政府办公室汇编。", False),
    ("wording.typo", "由主要领导任组长，分领导任副组长。", True),
    ("wording.typo", "部分领导干部参加培训。", False),
    ("wording.typo", "通过网站、“青松发布”微信公众等渠道公开。", True),
    ("wording.typo", "通过网站、“青松发布”微信公众号等渠道公开。", False),
    ("wording.typo", "创新公开形式，及时回应关切。", False),
    ("wording.typo", "梳理权力清单，其中行政许可12项，其他权利1项。", True),
    ("wording.typo", "保障公众的知情权等其他权利。", False),
    ("wording.typo", "公开8件以市政府和市政府名义印发的行政规范性文件。", True),
    ("wording.typo", "公开8件以市政府和市政府办公室名义印发的行政规范性文件。", False),
    # an issuer's name split by the title mark
    ("wording.document_name", "根据国务院办公厅《政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制。", True),
    ("wording.document_name", "根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制。", False),
    # two parts' names run together in the outline
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。", True),
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、"
                        "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。", False),
    # a template's blanks left in
    ("integrity.template", "如对本报告有疑问，请与行政机关规范全称联系。", True),
    ("integrity.template", "及时更新《[具体地名]镇人民政府2024年度信息公开指南》。", True),
    ("integrity.template", "现向社会公布2022年度本级政府(机关)信息公开工作年度报告。", True),
    ("integrity.template", "如对本报告有疑问，请与青松镇人民政府党政办公室联系。", False),
    # the opening's sentence that compiles the report, then the next one with no stop between
    ("wording.sentence_stop", "在回顾和总结的基础上，编制本报告现向社会公开本乡2019年政府信息公开工作情况。", True),
    ("wording.sentence_stop", "在回顾和总结的基础上，编制本报告。现向社会公开本乡2019年政府信息公开工作情况。", False),
    # the text broken off mid-word and run into a table's note; the note on a line of its own is the table's
    ("integrity.fragment", "公布权责清单(2020年重(本列数据的勾稽关系为:第一项加第二项之和)", True),
    ("integrity.fragment", "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和)", False),
    # the Regulation's decree number (711; 492 before 2019)
    ("wording.document_name", "依据《中华人民共和国政府信息公开条例》(国务院令第771号)编制本报告。", True),
    ("wording.document_name", "依据《中华人民共和国政府信息公开条例》(国务院令第711号)编制本报告。", False),
    # the revised 条例 under the old decree's number; both decrees named is right
    ("wording.document_name", "根据新修订的《中华人民共和国政府信息公开条例》（国务院令第492号）编制本报告。", True),
    ("wording.document_name", "根据《中华人民共和国政府信息公开条例》（国务院令第492号公布，国务院令第711号修订）编制本报告。", False),
    # a mirror's words in place of 信息公开, in the regulation's and the format's titles
    ("wording.document_name", "根据《中华人民共和国政府亚洲通条例》（国务院令第711号）编制本报告。", True),
    ("wording.document_name", "按照《中华人民共和国政府亚洲通工作年度报告格式》的要求编制。", True),
    ("wording.document_name", "严格执行《中华人民共和国政府采购法实施条例》，公开采购信息。", False),
    # small brackets that look like 〔〕 around a number's year; a short name's bracket closed after the next word
    ("wording.document_name", "按照《青松市关于做好年度报告的通知》(青市政办发﹝2020﹞13号)规定编制。", True),
    ("wording.document_name", "按照《青松市关于做好年度报告的通知》(青市政办发〔2020〕13号)规定编制。", False),
    ("wording.document_name", "根据《青山省政府信息公开规定》(以下简称《规定》要求)，编制本报告。", True),
    ("wording.document_name", "根据《青山省政府信息公开规定》(以下简称《规定》)要求，编制本报告。", False),
    ("wording.document_name", "根据《青山省政府信息公开规定》（ 以下简称《 规定 》）要求，编制本报告。", False),  # blanks inside
    # the format's name with 年度 left out
    ("wording.document_name", "按照《中华人民共和国政府信息公开工作报告格式》编制本报告。", True),
    ("wording.document_name", "按照《中华人民共和国政府信息公开工作年度报告格式》编制本报告。", False),
    ("wording.document_name", "根据《青山省政府信息公开规定》（ 以下简称《 办法 》）要求，编制本报告。", True),
    # any document's number with its year and number run together, the closing bracket lost
    ("wording.document_name", "按照《青松县关于做好年度报告工作的通知》（青政办〔20221号）要求编制。", True),
    ("wording.document_name", "按照《青松县关于做好年度报告工作的通知》（青政办〔2022〕1号）要求编制。", False),
    # an address of letters only after the mailbox's label, its @ lost
    ("contact.email", "联系电话：0470-1234567，电子信箱qsbgs163.com。", True),
    ("contact.email", "联系电话：0470-1234567，电子信箱qsbgs@163.com。", False),
    # a set phrase quoted with its first character before the quote too; 及“及时” is two words
    ("wording.doubled_word", "坚持以“以公开为常态、不公开为例外”原则。", True),
    ("wording.doubled_word", "坚持“以公开为常态、不公开为例外”及“及时、准确”的原则。", False),
    # the report said to be at an address dated in or before its own year: another page
    ("contact.url", "本报告全文可在区政府网站下载（http://www.qs.gov.cn/ndbg/202101/t20210113_1.html）。", True),
    ("contact.url", "本报告全文可在区政府网站下载（http://www.qs.gov.cn/ndbg/202201/t20220113_1.html）。", False),
    # the 2019 notice's title with a number that is no format notice's: judged by its title
    ("format.notice", "根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2020〕60号）编制本报告。", True),
    ("format.notice", "根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）编制本报告。", False),
    # a share, or a document's title, run on into the next clause; 100%的 and 占40%以上 go on with their own clause
    ("wording.sentence_stop", "区级公开信息300条，占30.5%乡镇公开信息700条。", True),
    ("wording.sentence_stop", "区级公开信息300条，占30.5%以上，办结率100%的目标已实现。", False),
    ("wording.sentence_stop", "认真贯彻《中华人民共和国政府信息公开条例》上一年度积极推进公开。", True),
    ("wording.sentence_stop", "认真贯彻《中华人民共和国政府信息公开条例》，上一年度积极推进公开。", False),
    ("wording.sentence_stop", "做到公开全面、及时、准确严格按照规定执行。", True),
    ("wording.sentence_stop", "做到公开全面、及时、准确，严格按照规定执行。", False),
    ("wording.sentence_stop", "组织各社区、公司积极开展宣传活动。", False),
    # the last heading's part holding the next parts as paragraphs, no table; a text that stops there is a cut page
    ("format.table_missing", "一、总体情况\n依法公开。\n二、主动公开政府信息情况\n全年公开信息64条。\n"
                             "依申请公开政府信息。全年未收到申请。\n", True),
    ("format.table_missing", "一、总体情况\n依法公开。\n二、主动公开政府信息情况\n全年公开信息64条。\n", False),
    # a number after 电话为 is read like one after 电话：
    ("contact.phone", "如有疑问请联系，电:0798—2691187,邮编:333000。", True),  # the label's 话 lost too
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话为5560308。", True),
    ("contact.phone", "地址：某市某路199号，电话：057********58，邮编：314000。", True),  # masked by a copy
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话为0433-5560308。", False),
    # a second number after 、 that leaves out the area code it shares with the first: usual, unmarked
    ("contact.phone", "如有疑问，请联系：某市水利局，联系方式：0577-89992297、57579968。", False),
    # a number after the office, with no 电话 before it
    ("contact.phone", "如对本报告有疑问，请联系：某街道党政综合办公室，86515145。", True),
    ("contact.phone", "如对本报告有疑问，请联系：某街道党政综合办公室，0571-86515145。", False),
    ("contact.phone", "如对本报告有疑问，请联系：某街道党政综合办公室，邮编311100。", False),
    # numbers that do not exist by the national plan: 衢州's numbers have 7 digits, 0725 is no area code in use
    ("contact.postcode", "如有疑问，请联系镇党政办，电话：0570-8236306，邮编:qsgov@163.com。", True),
    ("contact.postcode", "如有疑问，请联系镇党政办，电话：0570-8236306，邮编:324000，邮箱:qsgov@163.com。", False),
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话：0570-82363069。", True),
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话：0570-8236306。", False),
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话：0725-5223557。", True),
    ("contact.phone", "如有疑问，请联系镇党政办，联系电话：0728-5223557。", False),
    ("content.dated_phrase", "本报告统计期限为2021年1月1日至12月31日。按照《青松市2020年政务公开工作要点》要求编制本报告。", True),
    ("content.dated_phrase", "本报告统计期限为2021年1月1日至12月31日。按照《青松市2021年政务公开工作要点》要求推进工作。", False),
    ("content.dated_phrase", "本报告依据《关于做好2020年政府信息公开年度报告及政府网站年度报表编制和发布工作的工作提示》编制，"
                             "统计期限为2021年1月1日至12月31日。", True),
    ("content.dated_phrase", "本报告依据《关于做好2021年政府信息公开年度报告及政府网站年度报表编制和发布工作的工作提示》编制，"
                             "统计期限为2021年1月1日至12月31日。", False),
    ("content.dated_phrase", "本报告统计期限为2021年1月1日至12月31日。按照《某省政务公开办公室关于做好2020年政府信息公开工作年度报告"
                             "编制发布工作的通知》要求编制。", True),
    ("content.dated_phrase", "本报告统计期限为2021年1月1日至12月31日。按照《某省政务公开办公室关于做好2021年政府信息公开工作年度报告"
                             "编制发布工作的通知》要求编制。", False),
    # a count at a line's end with no measure word; a letter's 封 is one; a count split by a line break is whole
    ("wording.count_unit", "通过公众号公开政务信息193\n（二）依申请公开情况\n", True),
    ("wording.count_unit", "通过公众号公开政务信息193\n余条，均按时发布。\n", False),
    ("wording.count_unit", "全年收到感谢信2封。", False),
    ("wording.count_unit", "全年收到留言375条，平均办理时间2天。", False),  # a time taken, in days
    ("wording.count_unit", "公开工作报告类1件，解读回应类4类，权责清单类1类。", True),
    ("wording.count_unit", "公开工作报告类1件，解读回应类4件，共公开信息4类6件。", False),
    ("wording.count_unit", "本年度“依申请公开政府信息”数为1\n", True),
    # the 2019 notice cited beside the 2021 one, or alone, in a report of 2021
    ("format.notice", "根据《条例》和《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）及"
                      "《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。", False),
    ("format.notice", "根据《条例》和《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。", True),
    # both notices cited by their titles only, the 2021 one among them
    ("format.notice", "根据《关于政府信息公开工作年度报告有关事项的通知》《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
     "等规定编制。", False),
    ("format.notice", "根据《关于政府信息公开工作年度报告有关事项的通知》等规定编制。", True),
    # a tag's < or a quote's partner lost among garbled characters (kana among them) is the garbling's one finding
    ("wording.quotes", "围绕“六稳”“六？!钡戎ぷ?,推进工作。", False),
    # the report's name as the opening's subject, its year cut off by a comma
    ("wording.report_name", "2021年，青松区林业局政府信息公开工作年度报告是根据《条例》编制的。", True),
    ("wording.report_name", "2021年青松区林业局政府信息公开工作年度报告是根据《条例》编制的。", False),
    ("wording.report_name", "2021年，青松区林业局按照《条例》编制政府信息公开工作年度报告。", False),
    # a paragraph that stops on a comma before the next heading; a line broken on a comma inside a paragraph
    ("wording.sentence_stop", "本报告统计期限自2021年1月1日至2021年12月31日，\n\n（一）主动公开情况\n全年公开信息9条。", True),
    ("wording.sentence_stop", "地址：青松路1号，邮编：100000，\n电话：5551234。\n（一）主动公开情况\n全年公开信息9条。", False),
    ("wording.doubled_word", "如对本报告如有疑问，请与镇党政办联系。", True),
    ("wording.doubled_word", "请与镇党政办联系（电话：0566-6136803，邮编：242807，邮箱：ab@126.com，邮编：242807）。", True),
    ("wording.doubled_word", "请与镇党政办联系（电话：0595-28385593，传真电话：0595-28385509）。", False),
    ("wording.doubled_word", "如对本报告有疑问，请与镇党政办联系。", False),
    # part 六's name stopped on its verb in the outline
    ("wording.outline", "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告。", True),
    ("wording.outline", "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项。", False),
    ("wording.document_name", "根据《中华人民共和国政府信息公开工作年度报告格式》的（国办公开办函〔2021〕30号）要求编制。", True),
    ("wording.document_name", "根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）的要求编制。", False),
    # an old part's words only in a sentence that says there was none of it
    ("format.superseded", "全年未收到申请，全年无政府信息公开行政复议、诉讼和申诉情况。", False),
    ("format.superseded", "（三）复议、诉讼和申诉情况\n全年未发生行政复议。", True),
    ("format.superseded", "（四）政府信息公开的收费及减免收费情况\n全年未收取费用。", True),
    # an outline with the older structure's part on consultations
    ("format.superseded", "本报告全文包括总体情况、主动公开政府信息情况、依申请公开政府信息及咨询受理情况、"
     "政府信息公开行政复议行政诉讼情况、存在的问题及改进措施。", True),
    ("format.superseded", "本报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
     "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。", False),
    ("format.superseded", "（三）部门信息公开支出及收费情况\n全年未收取费用。", True),  # the old structure's fees part
    ("format.superseded", "（三）政府信息管理情况\n全年未收取费用。", False),
    # a statistics table attached to an outline of the six parts of the format
    ("format.superseded", "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                          "存在的主要问题及改进情况、其他需要报告的事项，并附统计表。", False),
    ("wording.fixed_phrase", "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息申请情况等六部分。", True),
    ("wording.fixed_phrase", "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分。", False),
    # a character moved ahead of the word before it; 的 may stand on either side
    ("wording.fixed_phrase", "全年发布重大预决策公开4条。", True),
    ("wording.fixed_phrase", "全年发布重大决策预公开4条，健全重大决策公开制度。", False),
    ("wording.fixed_phrase", "本报告所列的数据统计期限为2021年。", False),
    # a character added inside a part's title; 的 is one the format allows
    ("wording.fixed_phrase", "本报告包括总体情况、存在的主要问题及改进其情况、其他需要报告的事项。", True),
    ("wording.fixed_phrase", "本报告包括总体情况、主动公开政府信息的情况、其他需要报告的事项。", False),
    ("wording.sentence_stop", "（三）完善公开平台，推动政民互动按照上级的统一部署开展工作。\n", True),
    ("wording.sentence_stop", "一、总体情况\n1.主动公开东湖镇始终坚持依法公开。\n", True),
    ("wording.sentence_stop", "根据《条例》编制由总体情况、主动公开政府信息情况等6部分组成本报告中所列数据的统计期限为2023年。", True),
    ("wording.sentence_stop", "报告包括主动公开、依申请公开等相关数据。以及存在的主要问题及改进情况。", True),
    ("wording.sentence_stop", "报告包括主动公开、依申请公开等相关数据，以及存在的主要问题及改进情况。", False),
    ("wording.sentence_stop", "根据《条例》编制。由总体情况、主动公开政府信息情况等6部分组成。本报告中所列数据的统计期限为2023年。", False),
    ("wording.sentence_stop", "一、总体情况\n1.主动公开\n东湖镇始终坚持依法公开。\n", False),
    ("wording.sentence_stop", "（三）完善公开平台，推动政民互动\n按照上级的统一部署开展工作。\n", False),
    # the format notice's number given to another notice's title
    ("wording.document_name", "按照国务院办公厅印发《关于做好年度报告编制发布工作的通知》（国办公开办函〔2021〕30号）要求编制。", True),
    ("wording.document_name", "按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。",
     False),
    ("contact.email", "邮箱：lzqqdzb@zb.shandong）。", True),
    ("contact.email", "邮箱：gmljd.abmi.@zz.shandong.cn。", True),
    ("contact.email", "邮箱：lzqqdzb@zb.shandong.gov.cn。", False),
    # a contact item's label with nothing filled in after it
    ("integrity.template", "本报告可在区政府网站下载。（网址：）。如有疑问，请联系镇政府，电话56659950，电子邮箱：\n一、总体情况\n", True),
    ("integrity.template", "本报告可在区政府网站下载（网址：http://www.example.gov.cn），电子邮箱：ab@126.com\n一、总体情况\n", False),
    # one sub-part number given twice; a list restarted at （一） under a sub-heading is no repeat
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况\n全年公开信息9条。\n（二）主动公开情况\n全年公开信息9条。\n"
                            "（二）依申请公开情况\n全年未收到申请。\n二、主动公开政府信息情况\n", True),
    ("wording.enumeration", "一、总体情况\n（一）概述\n全年依法公开。\n（一）加强工作指导\n全年开展培训。\n"
                            "（二）依申请公开情况\n全年未收到申请。\n二、主动公开政府信息情况\n", False),
    ("period.garbled_date", "本报告统计期限自2021年1月1日起至2021年12月31号止。", True),
    ("period.garbled_date", "本报告统计期限自2021年1月1日起至2021年12月31日止，依据国办公开办函〔2021〕30号编制。", False),
    # the reports of several organs named in a sentence are not this report's title
    ("period.title_year", "本报告统计期限为2021年1月1日至12月31日。"
                          "按时完成2020年度县政府及31个部门、22个乡镇政府信息公开工作年度报告发布。", False),
    # the place written before the year and again after it in the report's name
    ("wording.report_name", "现公布青松市人民政府2021年青松市政府信息公开工作年度报告。", True),
    ("wording.report_name", "现公布青松市人民政府2021年政府信息公开工作年度报告。", False),
    ("wording.sentence_stop", "（一）信息主动公开情况我镇坚持依法公开。", True),
    ("wording.sentence_stop", "（一）信息主动公开情况\n我镇坚持依法公开。", False),
    # a notice that issues a document cited without its 的通知
    ("wording.document_name", "按照《青松区政府办公室关于印发全面推进基层政务公开工作实施方案》要求开展工作。", True),
    ("wording.document_name", "按照《青松区政府办公室关于印发全面推进基层政务公开工作实施方案的通知》要求开展工作。", False),
    # an opening that only names the report
    ("wording.missing_verb", "根据条例要求，由青松街道办事处编制的2021年度政府信息公开工作年度报告。", True),
    ("wording.missing_verb", "落实政务公开工作要点，紧紧市政府中心工作和群众关切，加大公开力度。", True),
    ("wording.missing_verb", "落实政务公开工作要点，紧紧围绕市政府中心工作，我镇紧紧抓住重点工作。", False),
    ("wording.missing_verb", "根据条例要求，本报告是由青松街道办事处编制的2021年度政府信息公开工作年度报告。", False),
    ("wording.missing_verb", "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的有关规定。青松局编制本报告。", True),
    ("wording.missing_verb", "根据《中华人民共和国政府信息公开条例》的有关规定，青松局编制本报告。", False),
    ("wording.missing_verb", "我局成立以局长为组长，分管副局长为副组长，负责组织推进信息公开工作。", True),  # the body unnamed
    ("wording.missing_verb", "我局成立以局长为组长，分管副局长为副组长的政府信息公开工作领导小组。", False),
    ("wording.list_comma", "提供信息查询、信息公开申请，办事咨询等服务。", True),
    ("wording.list_comma", "做好信息查询、精准答复意见，制定会商机制等工作。", False),
    ("wording.list_comma", "坚持公正、及时和便民原则，通过政府网站等方式公开信息。", False),
    # 其他事项 in an outline names part 六 in short
    ("wording.outline", "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他事项，以及相关统计附表等。", False),
    # a change from last year (增加了5件) before 其中 is no total; 则 is a measure word
    ("text.sum", "全年收到申请共6件，与上年相比增加了5件。其中，信函申请6件。", False),
    ("wording.count_unit", "截至目前，发布信息公开指南1则、工作年度报告1则。", False),
    # the year's span without 统计期限, ending before 12月31日
    ("period.range", "本报告涵盖2021年1月1日至12月21日本镇政府信息公开工作情况。", True),
    ("period.range", "本报告涵盖2021年1月1日至12月31日本镇政府信息公开工作情况。", False),
    # the rest of the list counted with 共计 is its last part, not another total
    ("text.sum", "公开政府信息639条，其中概况类信息110条；政务动态类信息289条；文件、报告等民众关心的其他信息共计200条。", True),
    ("text.sum", "公开政府信息599条，其中概况类信息110条；政务动态类信息289条；文件、报告等民众关心的其他信息共计200条。", False),
    # a name a mirror's filter cut short
    ("integrity.fragment", "坚持以习新时代中国特色社会主义思想为指导。", True),
    ("integrity.fragment", "坚持以习近平新时代中国特色社会主义思想为指导，深入学习新时代党的创新理论。", False),
    # a sub-heading's number skipped within one part; a part that starts at （二） is not judged (a cut page)
    ("wording.enumeration", "一、总体情况\n（一）主动公开\n略。\n主动公开的形式。略。\n（三）政府信息管理\n略。\n", True),
    ("wording.enumeration", "一、总体情况\n（二）依申请公开\n略。\n（三）政府信息管理\n略。\n二、主动公开政府信息情况\n（一）略\n", False),
    # the next sub-part the format lists, on a line of its own without its number
    ("wording.enumeration", "一、总体情况\n（一）主动公开\n略。\n（二）依申请公开\n略。\n政府信息管理\n略。\n", True),
    ("wording.enumeration", "一、总体情况\n（一）主动公开\n略。\n（二）依申请公开\n略。\n（三）政府信息管理\n略。\n", False),
    ("wording.enumeration", "一、总体情况\n（一）主动公开\n略。\n（二）依申请公开\n在政府信息管理方面略。\n", False),
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况。略。\n（二）依申请公开情况。略。\n政府信息管理情况。根据条例略。\n", True),
    # a document's number with only its issuer's abbreviation
    ("wording.document_name", "按照《青松县关于做好年度报告工作的通知》（青政公办发）规定编制。", True),
    ("wording.document_name", "按照《青松县关于做好年度报告工作的通知》（青政公办发〔2022〕3号）规定编制。", False),
    # a part broken down by a 其中 of its own, up to the ；
    ("text.sum", "全年公开信息221条，其中，在网站发布信息31条，其中概况17条，公告4条，其他栏目2条；通过公众号公开信息190条。", True),
    ("text.sum", "全年公开信息221条，其中，在网站发布信息31条，其中概况17条，公告12条，其他栏目2条；通过公众号公开信息190条。", False),
    # a part listed twice, the second time with words before it
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六部分组成。", True),
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六部分组成。", False),
    ("integrity.spam", "提供信息查询、依申请公开受理、beplay体育赢钱封号咨询等服务。", True),
    # a Latin brand named an "international platform" or a "flagship hall"; a Chinese brand with its site's word
    ("integrity.spam", "根据《abcbet国际平台,abcbet国际集团印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。", True),
    ("integrity.spam", "在新区某某ag旗舰厅官网开设了重大民生专栏。", True),
    ("integrity.spam", "政府信息公开工作年度报告-尊龙网平台", True),
    ("integrity.spam", "本年报的电子版可以在“华体会主页”门户网上下载。", True),
    ("integrity.spam", "根据《条例》及hth在线官网 办有关工作要求编制。", True),
    ("integrity.spam", "将57365线路检测中心作为推进依法行政的重要抓手。", True),  # a betting site's "route check" page
    ("integrity.spam", "根据《条例》及省政务公开办有关工作要求编制，详见health.example.gov.cn。", False),
    ("integrity.spam", "依托省级政务服务平台和国际合作平台开展工作，在旗舰店开设专栏。", False),
    # betting brands by their numbers among a page's menu items; a year's sports meeting is none
    ("integrity.spam", "媒体矩阵\n手机WAP\n188体育365官网\n英文版", True),
    ("integrity.spam", "组织开展2024年全民健身运动会，发布体育赛事信息12条。", False),
    # betting words of other brands: 下注平台, 现金网, 买球软件, 必发365, 和记AG, 凯发一触即发
    ("integrity.spam", "落实上级2028欧洲杯下注平台_某某现金网-官网政务公开工作的部署。", True),
    ("integrity.spam", "按照《某省人民政府办公厅买足球的软件政府信息公开工作若干问题的意见》执行。", True),
    ("integrity.spam", "来源：12365_下载必发365网站科学技术局", True),
    ("integrity.spam", "• 和记AG\n首页 > 信息公开", True),
    ("integrity.spam", "通过“某区凯发一触即发网”微信公众号发布信息。", True),
    ("integrity.spam", "务必发挥好政务公开平台作用，开通12345热线和365天便民服务，举办足球比赛2场。", False),
    # a quoted channel's name is no bare 我; a year inside a mirror's advertisement is integrity.spam's
    ("wording.missing_self_name", "办理“我向省长建言”留言3770条。", False),
    ("wording.year_unit", "bet36体育投注_2024欧洲杯在哪投注#办公厅", False),
    # kinds listed, then what another channel published: not a part of the total
    ("text.sum", "17个重点领域累计更新信息151条，其中政务动态51条、政策解读13条；通过晚报等多渠道发布稿件2800篇。", False),
    ("text.sum", "全年发布信息800条。其中：通过门户网站公开650条；通过报刊公开60条；通过微信公开200条。", True),
    # 其中 after a sentence of two counts breaks them down together; a channel named as the next clause's subject
    ("text.sum", "本年度新收信息公开申请68件，上年结转信息公开申请0件。其中，予以公开12件，部分公开4件，不予公开6件，"
                 "无法提供16件，其他处理30件。", False),
    ("text.sum", "全年公开政府信息281条，其中，规范性文件3件，机关简介10项，预决算6项；政务新媒体发布信息600余篇。", False),
    ("text.sum", "全年公开政府信息281条，其中，规范性文件200条，机关简介100条，预决算60条。", True),
    # one channel's total, then the next channel's own total broken down
    ("text.sum", "通过政务新媒体共发布政府信息448条；通过门户网站共发布政府信息796条，其中：会议信息220条，政策文件300件，"
                 "其他信息276条。", False),
    # a doubled 的 (目的的 and 的的确确 are words); 阳关 for 阳光; an approximate count without its measure word
    ("wording.doubled_word", "确保公开内容的的公平公正。", True),
    ("wording.doubled_word", "达到公开目的的手段多样，的的确确方便了群众。", False),
    # heldout54d: a numbered lead run into its text while its sibling's is closed by a stop; both run on (one style) is not
    ("wording.sentence_stop", "1.主动公开方面严格落实条例要求。\n2.依申请公开工作方面。全年未收到申请。\n", True),
    ("wording.sentence_stop", "1.主动公开方面严格落实条例要求。\n2.依申请公开工作方面全年未收到申请。\n", False),
    # heldout54d: the parts numbered from 主动公开 (总体情况 left out); numbered as the format, or a table's numbered row
    # label, is not
    ("format.section_title", "一、主动公开政府信息情况\n本年公开信息20条。\n二、收到和处理政府信息公开申请情况\n无。\n", True),
    ("format.section_title", "一、总体情况\n本年公开信息20条。\n二、主动公开政府信息情况\n无。\n", False),
    ("format.section_title", "二、主动公开政府信息情况\n无。\n一、本年新收政府信息公开申请数量\n0\n", False),
    # heldout54d: a lottery brand a mirror put above the title
    ("integrity.spam", "彩天下\n\n青松市人民政府2020年政府信息公开工作年度报告\n", True),
    # heldout53d: the organ filled into the template's blank with its brackets; an organ's other name in brackets is not
    ("integrity.template", "根据条例，现公布(青松县白沙镇人民政府)2025年政府信息公开工作年度报告。", True),
    ("integrity.template", "现公布青松市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告。", False),
    # heldout53d: 我 before a year, its organ's word lost
    ("wording.missing_self_name", "现将我2022年度政府信息公开工作报告如下。", True),
    ("wording.missing_self_name", "现将我乡2022年度政府信息公开工作报告如下。", False),
    # heldout60d: the office to contact named with no 与
    ("wording.missing_preposition", "如对本报告有任何疑问，请乌鲁木齐市招商服务局党政办公室联系。", True),
    ("wording.missing_preposition", "如对本报告有任何疑问，请与乌鲁木齐市招商服务局党政办公室联系。", False),
    # heldout59d: an event named with its year is no year without 年
    ("wording.year_unit", "参加了省里主办的2019中国国际数字经济博览会。", False),
    ("wording.year_unit", "完成2018、2019、2020三年的年报归档。", False),  # a list of years, then how many they are
    ("wording.year_unit", "完成2020三项年报归档。", True),
    ("wording.year_unit", "2023全年共发布信息20条。", True),
    ("wording.year_unit", "完成造林5000亩（乔木造林2000亩、灌木造林3000亩），新建暖棚2000平方米。", False),  # areas, not years
    # heldout59d, heldout60d: two kinds summed with 合计 are one part; the total's change from last year after it, and a
    # kind's own bracket (含……), leave the list whole
    ("text.sum", "共发布各类信息3833条，其中行政许可类信息234条；公示公告、项目公告合计719条；要闻、动态信息2189条；"
                 "预算决算信息34条；人大建议、政协提案办理信息7条。", True),
    ("text.sum", "共发布各类信息3183条，其中行政许可类信息234条；公示公告、项目公告合计719条；要闻、动态信息2189条；"
                 "预算决算信息34条；人大建议、政协提案办理信息7条。", False),
    ("text.sum", "全年网站共发布各类信息126条，同比上升15.6%。其中新闻要闻类信息（含转载通知公告）3条、政策文件类信息0条、"
                 "重要会议信息28条，其他各类信息57条。", True),
    ("text.sum", "全年网站共发布各类信息88条，同比上升15.6%。其中新闻要闻类信息（含转载通知公告）3条、政策文件类信息0条、"
                 "重要会议信息28条，其他各类信息57条。", False),
    # heldout59d: the total broken down twice in one list (who applied, how it ended) is no overrun
    ("text.sum", "2025年，共收到依申请件35件，其中自然人34件，企业1件，办结32件，结转下年办理3件。", False),
    ("text.sum", "2025年，共收到依申请件35件，其中自然人34件，企业1件，办结32件，结转下年办理4件。", True),
    # heldout59d, heldout60d: 政 lost from 政府信息公开 (not a line broken inside it); a plenary session without 届; 共计
    # said twice; the outline run into the period's sentence; 一 for a number's dash; two items before 等 with a comma;
    # 信息 cut before a spaced count; 三校三审 (an order some organs use) is no typo
    ("wording.term", "2024莆田市农业农村局府信息公开工作在市委领导下开展。", True),
    ("wording.term", "办理因政 府信息公开引起的行政复议1件。", False),
    ("wording.typo", "全面贯彻落实党的二十大和二十二中、三中全会精神。", True),
    ("wording.typo", "全面贯彻落实党的二十大和二十届二中、三中全会精神。", False),
    ("wording.doubled_word", "2019年以来我办共计发布各类信息共408条。", True),
    ("wording.sentence_stop", "本报告包括总体情况、……、其他需要报告的事项六部分内容报告中所列数据的统计期限为全年。", True),
    ("wording.document_name", "根据（便笺〔2025〕一43号）要求编制。", True),
    ("wording.list_comma", "在线访谈2期，以及部门动态，旗县动态等其他信息2027条。", True),
    ("wording.term", "机关党建、政务服务等信 97条。", True),
    ("wording.typo", "信息发布严格执行“三校三审”制度。", False),
    # heldout58d: a half-width stop at a paragraph's end; a list number is not
    ("wording.halfwidth_stop", "扎实推进政府信息公开工作. \n（一）组织推动\n", True),
    ("wording.halfwidth_stop", "扎实推进政府信息公开工作。\n1.\n组织推动\n", False),
    # heldout58d: items ending alike, a comma before one and 、 before the next; two clauses are not
    ("wording.list_comma", "确保各项工作责任到位，措施到位、落实到位，应公开的信息及时公开。", True),
    ("wording.list_comma", "深化重点领域公开，强化决策公开、会议公开及公众参与。", False),
    # heldout58d: the applications counted with 申请 lost; named as applications before, they are not
    ("wording.term", "2025年共收到并依法答复政府信息公开95件。", True),
    ("wording.term", "2023年共收到公民申请政府信息公开1件，受理依申请政府信息公开3件。", False),
    # heldout58d: last year's applications carried over, named by that year, are no figures of the wrong year
    ("period.other_year", "2024年全区结转政府信息公开申请14件。", False),
    ("period.other_year", "2024年全区受理政府信息公开申请14件。", True),
    # heldout58d: 的 for 地 before 反映; the work described run into 现将; 预结算; a mirror's casino words
    ("wording.de_di", "准确及时的反映各项工作动态。", True),
    ("wording.de_di", "准确及时地反映各项工作动态。", False),
    ("wording.sentence_stop", "认真做好了政务公开、政务服务工作现将我镇2021年报告如下。", True),
    ("wording.sentence_stop", "认真做好了政务公开、政务服务工作。现将我镇2021年报告如下。", False),
    ("wording.typo", "部门文件2篇，财政预结算1篇。", True),
    ("integrity.spam", "钱柜登陆,钱柜入口  2025年某新区政府信息公开工作年度报告", True),
    # heldout57d: 存在不足及改进措施 names part 五
    ("wording.outline", "全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、"
                        "行政诉讼情况，政府信息公开工作存在不足及改进措施，其他需要报告的事项。", False),
    # heldout57d: 信息 cut to 信 before a count (微信, 来信 are words); the verb said before 主动 and again after it; an
    # idiom's wrong character; a casino's name
    ("wording.term", "通知公告类信息29条，财政信2条，统计信息19条。", True),
    ("wording.term", "发布微信2条，收到来信3件。", False),
    ("wording.doubled_word", "在政务公开网站公开主动公开85条信息。", True),
    ("wording.doubled_word", "在栏目内全面公开主动公开、依申请公开制度。", False),
    ("wording.typo", "政务公开工作异彩丰呈。", True),
    ("integrity.spam", "国务院办公厅政府信息与政务公开办公室澳门金沙城中心:印发通知", True),
    # heldout53d: a 、-list item one character short of its siblings' ending; a term cut before an approximate count
    ("wording.term", "主要包括财政类信息、民政类信息、环保能源类信、科教卫生类信息等。", True),
    ("wording.term", "主要包括财政类信息、民政类信息、环保能源类信息、科教卫生类信息等。", False),
    ("wording.term", "规范和落实《主动公开制度》、《依申请公开制度》、《保密审查制度》等各项制度。", False),
    ("wording.term", "在县政府网上共发布各类政务信40余条。", True),
    ("wording.term", "在县政府网上共发布各类政务信息40余条。", False),
    # heldout55d: the outline's sentence run into the next; a sentence ending on a quote run into the year's
    ("wording.sentence_stop", "本报告由总体情况、……、其他需要报告的事项等六部分组成内容涵盖本镇工作。", True),
    ("wording.sentence_stop", "本报告由总体情况、……、其他需要报告的事项等六部分组成。内容涵盖本镇工作。", False),
    ("wording.sentence_stop", "确保“件件有回音、事事有着落”2025年度，收到6条申请。", True),
    ("wording.sentence_stop", "确保“件件有回音、事事有着落”。2025年度，收到6条申请。", False),
    # heldout55d: a word of the sentence put inside the number's bracket
    ("wording.document_name", "根据《条例》（国务院令第711号）和（国办公开办函〔2021〕30号要求）规定编制。", True),
    ("wording.document_name", "根据《条例》（国务院令第711号）和（国办公开办函〔2021〕30号）要求编制。", False),
    # heldout56d: a list of points from 二是 with no 一是 before it; a page that begins at 二是 was cut
    ("wording.enumeration", "全年公开信息130条。二是通过微信公众号发布信息。三是加强审核。", True),
    ("wording.enumeration", "一是公开信息130条。二是通过微信公众号发布信息。", False),
    ("wording.enumeration", "二是用好政务新媒体。三是加强审核。", False),
    # heldout55d: 政务公开年度报告 after the year, 工作 left out too; a county's summary of townships' reports is not named so
    ("wording.report_name", "现将2020年政务公开年度报告及工作有关情况报告如下。", True),
    ("wording.report_name", "汇总2021年度大东坝镇人民政府的政务公开年度报告编制而成。", False),
    # heldout56d: a list that goes on to count events (次) is the year's work: its 条 need not make up the total
    ("text.sum", "全年发布政府信息1000条，其中，重点领域信息700条，政策解读信息100条，市长信箱答复150条，"
                 "召开新闻发布会8次。", False),
    ("text.sum", "全年发布政府信息1000条，其中，重点领域信息700条，政策解读信息100条，市长信箱答复150条。", True),
    # heldout56d: words taken up again after a comma as the next clause's subject; a clause written twice still is
    ("wording.doubled_word", "建立健全政务公开协调机制，政务公开协调机制成员单位由政府有关部门组成。", False),
    ("wording.doubled_word", "及时、准确、全面地公开政府信息，及时、准确、全面地公开政府信息，让群众便捷了解。", True),
    # heldout53d: a date line's bracket lost with its 年 and 月 is the date's finding, not an unbalanced bracket's
    ("wording.quotes", "某镇2020年政府信息公开工作年度报告\n202115日)\n一、总体情况\n", False),
    ("wording.quotes", "某镇2020年政府信息公开工作年度报告\n2021年1月5日)\n一、总体情况\n", True),
    # heldout53d: a heading said again as a clause of its own after its colon; a heading whose words open the next
    # sentence is not
    ("wording.doubled_word", "（四）政府信息公开平台建设：政府信息公开平台建设。一是完善网站。", True),
    ("wording.doubled_word", "（三）政府信息管理。政府信息管理持续夯实。成立了领导小组。领导小组下设办公室。", False),
    # heldout54d: the six parts with part 一 under its old name 概述, counted wrong; counted right, and an old outline
    # without a count, are not the outline's finding
    ("wording.outline", "本报告由概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项等五个部分组成。", True),
    ("wording.outline", "本报告由概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需要报告的事项等六个部分组成。", False),
    ("wording.outline", "本报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、因政府信息公开申请复议及提起诉讼情况、"
                        "存在的主要问题及改进情况等方面。", False),
    # an old outline whose 等 closes the four parts it counts as five; 等 after two parts may stand for the rest
    ("wording.outline", "本报告由概述、依申请公开政府信息情况、行政复议行政诉讼情况、存在问题和下一步工作计划等五部分组成。", True),
    ("wording.outline", "本报告由概述、依申请公开政府信息情况等五部分组成。", False),
    # heldout53d, heldout54d: the Regulation's name with 政府 lost or replaced; braces round a document number's year;
    # the notice's number with 〕 and 号 both lost
    ("wording.document_name", "本报告根据《中华人民共和国信息公开条例》编制。", True),
    ("wording.document_name", "本报告根据《中华人民共和国街道信息公开条例》编制。", True),
    ("wording.document_name", "本报告根据《中华人民共和国政府信息公开条例》编制。", False),
    ("wording.document_name", "按照（国办公开办函{2021}30号）要求编制。", True),
    ("wording.document_name", "根据《条例》（国务院令第711号），按照（国办公开办函〔202130）要求编制。", True),
    ("wording.document_name", "按照（国办公开办函〔202130）要求编制。", True),  # no 号 anywhere in the text (heldout53d)
    ("wording.document_name", "按照（国办公开办函〔2021〕30号）要求编制。", False),
    # heldout53d, heldout54d: the counted noun between a total and its 其中; a bracketed list of kinds after a verb,
    # one short of its total; a bracket naming the main kinds only is not
    ("text.sum", "2022年，总共发布8条信息，其中公开指南1条，概况信息1条，政策文件1条，数据发布2条，职能机构1条，"
                 "财政预决算1条，新媒体入口1条，年报1条。", True),
    ("text.sum", "全年发布97条（其中更新概况信息3条，部门预算7条，部门决算8条，部门文件2条，行政权力运行2条，"
                 "政策解读2条，重点工作3条，市政设施建设及维护69条）。", True),
    ("text.sum", "全年发布96条（其中更新概况信息3条，部门预算7条，部门决算8条，部门文件2条，行政权力运行2条，"
                 "政策解读2条，重点工作3条，市政设施建设及维护69条）。", False),
    ("text.sum", "其中，镇街动态信息4条，财政管理类信息6条（其中，预决算2条、三公经费1条、专项经费1条）。", False),
    # heldout52d: one character written twice, each copy a word alone; two words sharing a character, a
    # reduplicated measure word, a given name and a fixed phrase's slip (fixed_phrase's) are not
    ("wording.doubled_word", "当年，区商务委委主动发布各类工作信息140条。", True),
    ("wording.doubled_word", "我们将将继续加强政务公开。", True),
    ("wording.doubled_word", "在部门门户网站进行行政执法公示，做到件件有着落，请与办公室曾茜茜联系。", False),
    ("wording.doubled_word", "属于四类过程性性信息1件。", False),
    ("wording.typo", "确保权力在阳关下运行。", True),
    ("wording.count_unit", "回复网友在政务新媒体平台上的各类私信、留言2400余；", True),
    ("wording.count_unit", "回复网友在政务新媒体平台上的各类私信、留言2400余条；", False),
    # last year's figures in a clause of the report's own sentence; a report counted among what was published is not
    ("period.other_year", "1.主动公开方面，及时更新栏目内容，做到应公开尽公开，2020年度共主动公开政府信息4条。", True),
    ("period.other_year", "主动公开政府信息，其中规划计划1条，2020年政府信息公开年报1条，政策文件3条。", False),
    # a table's label in prose, 的 after it
    ("wording.fixed_phrase", "包括上年结转的，除去本年度结转下年度办理的，共办理申请12件。", False),
    ("wording.count_comma", "本年度，17个重点领域累计更新信息151条。", False),
    # a sub-heading run into the year's count
    ("wording.sentence_stop", "（一）主动公开\n略。\n（二）依申请公开办理全年共收到政府信息公开申请70件。", True),
    ("wording.sentence_stop", "（一）主动公开\n略。\n（二）依申请公开办理\n全年共收到政府信息公开申请70件。", False),
    # a sub-heading named 情况, its number lost or unbracketed, then its first sentence's adverb
    ("wording.sentence_stop", "略。\n3、政府信息管理情况认真落实信息发布审核制度。", True),
    ("wording.sentence_stop", "略。\n主动公开情况按照上级要求及时更新栏目。", True),
    ("wording.sentence_stop", "略。\n主动公开情况：按照上级要求及时更新栏目。", False),
    ("wording.sentence_stop", "略。\n对照检查情况认真梳理问题清单。", False),
    # counts of applications settled without 件; 亿 is a magnitude, not a lost measure word
    ("wording.count_unit", "共受理申请23件，已办结18，结转下年度继续办理5。", True),
    ("wording.count_unit", "发布疫情防控等健康科普信息16亿条。", False),
    # 和田县 is a place, not a stray 和 after 、
    ("wording.typo", "依托抖音、学习强国、和田县融媒体等平台发布。", False),
    ("integrity.spam", "2021年，重庆市坚江南体育官网持以人民为中心。", True),
    # 方面 for 方便, 微讯 for 微信 before 视频号 (an account's own name may be 某某微讯)
    ("wording.typo", "设置政务公开查询点，方面群众进行政务公开申请。", True),
    ("wording.typo", "通过网站、微信公众号、微讯视频号等多种途径公开。", True),
    ("wording.typo", "通过“巴彦高勒微讯”微信公众号公开。", False),
    ("wording.typo", "公开机构设置、主要职能、办办事程序等信息。", True),
    ("wording.typo", "所用发布信息必须经过负责人审核。", True),
    ("wording.typo", "公开机构设置、主要职能、办事程序等信息，所有发布信息必须经过审核。", False),
    # 政务公开 for 政府信息公开 in the report's own name; the zone's name with 由 and 试验 lost
    ("wording.report_name", "现公布青松镇人民政府2022年政务公开工作年度报告。", True),
    ("wording.report_name", "现公布青松镇人民政府2022年政府信息公开工作年度报告。", False),
    ("wording.typo", "中国(云南)自贸易区昆明片区招商合作局。", True),
    ("wording.typo", "根据《条例》和以及市政府办公厅的通知要求编制。", True),
    # a mirror's advertisement in place of a portal's name
    ("integrity.spam", "政府信息公开通过香港六宝典资料免费网站()集群子网站()公开。", True),
    # a part's heading with its last character left out; a heading broken at the line's end is not
    ("wording.fixed_phrase", "一、总体情\n2021年，我镇依法公开信息。\n二、主动公开政府信息情况\n", True),
    ("wording.fixed_phrase", "一、总体情\n况\n2021年，我镇依法公开信息。\n二、主动公开政府信息情况\n", False),
    # an item of a list counted in 条 whose number has none; an item where an excerpt was cut is not read
    ("wording.count_unit", "其中规划计划2条，政策文件1条，联系我们1，法治政府年度报告1\n（二）依申请公开\n", True),
    ("wording.count_unit", "其中规划计划2条，政策文件1条，联系我们1条，法治政府年度报告1条\n（二）依申请公开\n", False),
    ("wording.count_unit", "公众号和抖音号分别发布信息120条、45条,主流媒体发布相关报道超3,500篇,反响良好。\n", False),  # a thousands comma
    ("wording.count_unit", "其中规划计划2条，政策文件1条，重大行政决策目录2", False),
    # the digits of a mirror's advertisement are no count without its measure word
    ("wording.count_unit", "明确公众获取主动公开和188比分直播:信息的主要渠道。", False),
    # a notice on issuing a document, its title marks closed before 的通知
    ("wording.document_name", "落实《某区人民政府办公室关于印发2021年政务公开工作要点任务分工》的通知（某府办〔2021〕10号）。", True),
    ("wording.document_name", "落实《某区人民政府办公室关于印发2021年政务公开工作要点任务分工的通知》（某府办〔2021〕10号）。", False),
    # a date under the report's title, its 年 and 月 lost
    ("period.garbled_date", "竹泓镇2025政府信息公开工作年度报告\n\n20261\n\n一、总体情况\n", True),
    ("period.garbled_date", "竹泓镇2025年政府信息公开工作年度报告\n\n2026年1月\n\n一、总体情况\n", False),
    # the date under a signature written as bare digits
    ("period.garbled_date", "四川省发展和改革委员会\n\n2021113\n", True),
    ("period.garbled_date", "四川省发展和改革委员会\n\n2021年1月13日\n", False),
    ("contact.url", "本报告电子版可在区政府网站(http:// www.qs.gov.cn)下载。", True),
    ("contact.url", "本报告电子版可在区政府网站(http://www.qs.gov.cn)下载。", False),
    # a document's number with both brackets lost
    ("wording.document_name", "按照《青松县关于做好年度报告工作的通知》（青府办发2018143号）规定编制。", True),
    # the portal's address given after 网址： with a commercial host, its path before the verb
    ("integrity.spam", "报告电子版可从青松市人民政府网站（网址：http://www.qsabc.cn/col/col70425/index.html）查阅或下载。", True),
    ("integrity.spam", "报告电子版可从青松市人民政府网站（网址：http://www.qs.gov.cn/col/col70425/index.html）查阅或下载。", False),
    # the verb between the site and its commercial address; a government's platform is its site too
    ("integrity.spam", "报告电子版可在“青松市人民政府”门户网站下载(http://www.qsabc.com/)。", True),
    # the address straight after the site's name, without brackets: a commercial domain, or the government's own
    ("integrity.spam", "统计期限为2024年，可在青松市人民政府网站m.qsabcde.com查看。", True),
    ("integrity.spam", "统计期限为2024年，可在青松市人民政府网站www.qingsong.gov.cn查看。", False),
    ("integrity.spam", "本年报通过青松市人民政府网站——政府信息公开专栏向社会公开(网址:http://xxgk.qsabc.com/gzbm/)。", True),
    ("integrity.spam", "2020年，本中心在政府信息公开平台(http://www.qs-ab.com/gkmlpt/index)主动公开政府信息206条。", True),
    ("integrity.spam", "2020年，本中心在政府信息公开平台(http://www.qs.gov.cn/gkmlpt/index)主动公开政府信息206条。", False),
    ("integrity.spam", "在政府网站发布信息，通过微信公众号(mp.weixin.qq.com)推送20条。", False),
    # a layout table's empty cells as a run of pipes at the end of a text's line
    ("integrity.fragment", "青松镇2024年政府信息公开工作年度报告 | " + "|" * 40 + "\n一、总体情况\n略。", True),
    ("integrity.fragment", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0", False),
    ("wording.sentence_stop", "全年共主动公开政府信息58条，其中本乡政务公开工作按照条例的要求依法开展。", True),
    ("wording.sentence_stop", "全年共主动公开政府信息58条，其中工作动态40条。", False),
    ("wording.sentence_stop", "全年共主动公开政府信息58条，其中包括机构职能、规划计划等信息。", False),
    ("wording.sentence_stop", "全年收到政府信息公开申请2件，其中一件申请人主动撤回。另一件已按期答复。", False),  # a part counted in words
    ("wording.sentence_stop", "二是完善制度建设制定了《信息发布审核制度》。", True),
    ("wording.sentence_stop", "二是完善制度建设。制定了《信息发布审核制度》。", False),
    ("wording.list_comma", "重点回应社会最敏感，反映最强烈的热点问题。", True),
    ("wording.list_comma", "该项工作具有涵盖范围广，涉及部门多等特点。", True),
    ("wording.list_comma", "重点回应社会最敏感、反映最强烈的热点问题，从加强督导、规范操作入手。", False),
    ("contact.run_on", "如有疑问请联系（电话：0358-5422520，邮编：032400。地址：青松县龙泉街16号）。", True),
    ("contact.run_on", "如有疑问请联系（电话：0358-5422520，邮编：032400，地址：青松县龙泉街16号）。", False),
    ("contact.run_on", "地址：青松县龙泉街16号，邮编：442000：电话：0719-7232365。", True),  # a colon between two items
    ("contact.phone_word", "如有疑问请与本局联系\n址：青松县长顺镇长春大街\n话：0474-7902436", True),  # first characters lost
    ("contact.phone_word", "如有疑问请与本局联系\n地 址：青松县长顺镇长春大街\n电 话：0474-7902436\n网址：www.example.gov.cn", False),
    ("contact.run_on", "地址：青松县龙泉街16号，邮编：442000，电话：0719-7232365，办公时间9:00至17:00。", False),
    ("wording.typo", "全年公开策法规、部门文件等信息20条。", True),  # 政 lost
    ("wording.typo", "全年公开政策法规、部门文件等信息20条。", False),
    ("wording.typo", "未发生因政府信息公开工作被申请行政复议、提请行政诉讼的情况。", True),
    ("wording.typo", "2023年我局根按规定在网站公开信息。", True),
    ("wording.typo", "着力打造阳关政府、服务政府。", True),
    ("wording.typo", "着力打造阳光政府、服务政府。", False),
    ("wording.typo", "全年公开政府信息90条，其中概括类信息6条。", True),
    ("wording.typo", "全年公开政府信息90条，其中概况类信息6条。", False),
    ("wording.typo", "由局办公室主动收集，各业务股室、按要求上报。", True),
    ("wording.typo", "依申请公开按时、按要求回复申请人。", False),
    ("wording.typo", "将政务信息公作纳入年终考核。", True),
    ("wording.typo", "扎实推动全面健身事业蓬勃发展。", True),
    ("wording.typo", "扎实推动全民健身事业蓬勃发展，全面推进政务公开。", False),
    ("wording.typo", "以门户网站专栏为主，其他渠道共辅。", True),
    ("wording.typo", "受理依申请公开6件，均时限内办结。", True),
    ("wording.typo", "受理依申请公开6件，均在时限内办结。", False),
    ("wording.typo", "本报告由总体情况、……、其他需要报告的事项个部分组成。", True),  # the count lost
    ("wording.typo", "本报告由总体情况、……、其他需要报告的事项六个部分组成。", False),
    # a clause with a total of its own before the list's 其中 ends what the first total's parts can be
    ("text.sum", "本年度累计公开信息130条，依申请公开信息0条，累计发布规范性文件0件，整改问题10处，"
                 "其中：发布扶贫信息43条、乡村振兴信息10条、涉农补助信息26条。", False),
    # a list whose last part is 其他…N条 names the rest of the total, even where the text is cut after it
    ("text.sum", "公开信息数100条，其中，通知公告60条(其中，甲镇30条)；其他类信息38条(其中，甲镇20条、乙", True),
    ("text.sum", "公开信息数100条，其中，通知公告60条(其中，甲镇30条)；专题信息38条(其中，甲镇20条、乙", False),
    # 各N条 after a 、-list counts once for each name
    ("text.sum", "累计公开信息25条，其中工作动态20条，通知公告2条，计划规划、财政信息、人事信息各1条。", False),
    ("text.sum", "累计公开信息26条，其中工作动态20条，通知公告2条，计划规划、财政信息、人事信息各1条。", True),
    # the notice cited as 关于印发《……格式》 with its 的通知 lost; the format itself cited by its name is right
    ("wording.document_name", "按照关于印发《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。", True),
    ("wording.document_name", "按照《中华人民共和国政府信息公开工作年度报告格式》要求编制。", False),
    # the regulation's full name with one character of 条例 wrong; a notice's title quoted only in part
    ("wording.document_name", "根据《中华人民共和国政府信息公开体例》编制本报告。", True),
    ("wording.document_name", "根据《中华人民共和国政府信息公开条例》编制本报告。", False),
    ("wording.document_name", "按照《关于政府信息公开工作年度》要求编制。", True),
    ("wording.document_name", "按照《关于政府信息公开工作年度报告有关事项的通知》要求编制。", False),
    # the opening sentence written again a few sentences on, a word moved
    ("wording.repeated_sentence", "依照政府信息公开条例文件等有关规定，编制本镇本年度报告。本报告的电子版可在本镇网站下载。如有疑问请来电。"
                                  "依照政府信息公开条例等文件有关规定，编制本镇本年度报告。", True),
    ("wording.repeated_sentence", "依照条例等有关规定，编制本年度报告。本报告的电子版可在本镇网站下载。如有疑问请来电。"
                                  "依照上级部署要求，全面推进政务公开工作。", False),
    # a count run into the next clause without its measure word; a hotline's number, a year, a measure word are not
    ("wording.count_unit", "公开工作动态17条，财政信息3通过微信公众号发布。", True),
    ("wording.count_unit", "公开工作动态17条，财政信息3条，通过12345热线受理诉求，2024政府信息公开工作有序。", False),
    # a quote left open in the text's last line: the cut explains a short one, not one that runs on past a clause
    ("wording.quotes", "严格落实“三审三校机制，层层把关信息内容的合规性、文字的准确性和保密安全", True),
    ("wording.quotes", "严格落实信息发布审核制度，坚持“公开为常态", False),
    # a clause opener written again after its comma; the principle run on into the next clause
    ("wording.doubled_word", "全年公开信息30条，其中，其中人事信息3条。", True),
    ("wording.doubled_word", "全年公开信息30条，其中，人事信息3条。", False),
    ("wording.sentence_stop", "坚持以公开为常态、不公开为例外原则紧紧围绕中心工作推进公开。", True),
    ("wording.sentence_stop", "坚持以公开为常态、不公开为例外原则，紧紧围绕中心工作推进公开。", False),
    # 86条其中……: one finding (the comma before 其中), not a second for two counts run together
    ("wording.count_comma", "主动公开政府信息86条其中更新工作动态56条、通知公告30条。", False),
    # the next point of a 一是、二是 list run on to the one before
    ("wording.sentence_stop", "一是完善制度，推进公开规范化二是强化审核，严把发布关。", True),
    ("wording.sentence_stop", "一是完善制度，推进公开规范化；二是强化审核，第二是指复核。", False),
    # the party committee named without its level or 党
    ("wording.typo", "在委、政府的正确领导下，全面推进政务公开。", True),
    ("wording.typo", "在县委、县政府和镇党委、政府的正确领导下，全面推进政务公开。", False),
    ("wording.count_unit", "2023年共收到件依申请公开政府信息12件。", True),
    ("wording.count_unit", "2023年共收到依申请公开政府信息12件，所有依申请公开件均按时办结。", False),
    # the count's own word left without its figure
    ("wording.count_unit", "2024年度主动公开政府信息的数量条，累计发布信息200条。", True),
    ("wording.count_unit", "2024年度主动公开政府信息的数量为20条，累计发布信息200条。", False),
    # the figure lost after 共 (a count of documents, of applications)
    ("wording.count_unit", "2022年共对项政策法规进行了解读，发布解读信息6条。", True),
    ("wording.count_unit", "2022年共对3项政策法规进行了解读，公共项目信息6条，审计条例1条。", False),
    ("wording.count_unit", "2024年，全县共受理信息公开申请件，均按期答复。", True),
    ("wording.count_unit", "2024年，全县共受理信息公开申请件12件，均按期答复。", False),
    # a kind's count written with 数 (机构职能信息数2条) is a part of a list, not its total
    ("text.sum", "主要类别：机构职能信息数2条；应急管理类信息8条；其他类信息16条。", False),
    # heldout21d: the short name given as the full name; 由据 for 根据; 被 left out of the outline's item; 组成 left out
    ("wording.document_name", "根据《中华人民共和国政府信息公开条例》（以下简称《中华人民共和国政府信息公开条例》）规定编制。", True),
    ("wording.document_name", "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。", False),
    ("wording.typo", "本报告由据《中华人民共和国政府信息公开条例》编制。", True),
    ("wording.fixed_phrase", "全文包括因政府信息公开工作申请行政复议、提起行政诉讼情况等部分。", True),
    ("wording.fixed_phrase", "全文包括因政府信息公开工作被申请行政复议、提起行政诉讼情况等部分。", False),
    ("wording.missing_verb", "本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项。", True),
    ("wording.missing_verb", "本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项组成。", False),
    # the outline's list cut short of the last part, still without its verb; the period stated with no 为
    ("wording.missing_verb", "本报告由概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                             "政府信息公开行政复议、行政诉讼情况。", True),
    ("wording.missing_verb", "本报告由概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                             "政府信息公开行政复议、行政诉讼情况组成。", False),
    ("wording.missing_verb", "本年度报告中所列数据的统计期限2022年1月1日至12月31日。", True),
    ("wording.missing_verb", "本年度报告中所列数据的统计期限为2022年1月1日至12月31日。", False),
    # common words misspelt: 转结 for 结转 outside the table's label, 出 for 除, 公式 for 公示, 〇 lost in 二〇三五年
    ("wording.typo", "已办结69件，转结下年度办理1件。", True),
    ("wording.typo", "已办结69件，结转下年度办理1件。", False),
    ("wording.typo", "出特别情况说明外，所列数据统计期限为2022年1月1日至12月31日。", True),
    ("wording.typo", "除特别情况说明外，所列数据统计期限为2022年1月1日至12月31日。", False),
    ("wording.typo", "在实现基本政务工作公式公开的同时，确保政令畅通。", True),
    ("wording.typo", "落实第十四个五年规划和二三五年远景目标纲要。", True),
    ("wording.typo", "落实第十四个五年规划和二〇三五年远景目标纲要。", False),
    # 转结下年度: 转 moved before the phrase, out of its place (not left out of it)
    ("wording.fixed_phrase", "另有5件申请转结下年度继续办理。", True),
    ("wording.fixed_phrase", "另有5件申请结转下年度继续办理。", False),
    ("wording.typo", "主会场由区政务公开办组织政策解答。", False),  # 政策解答 is a word
    # an outline item with two words swapped (政府信息申请公开情况) is still the part on applications
    ("wording.outline", "本报告由总体情况、主动公开政府信息情况、政府信息申请公开情况、政府信息公开行政复议和行政诉讼情况、"
                        "存在问题及改进情况、其他需要报告的事项等六部分组成。", False),
    # heldout23d: 其中 after two counts breaks both down, not the second
    ("text.sum", "政府信息公开类行政复议192件，行政诉讼73件，其中：行政复议维持140件，纠正49件；行政诉讼驳回60件，撤诉13件。", False),
    ("text.sum", "政府信息公开类行政诉讼73件，其中：驳回60件，撤诉20件。", True),
    # a second total with its own parts ends the first one's list
    ("text.sum", "发布政务新闻共804条，主动公开政府信息数共计449条，包括：机构设置78条，重点领域信息92条，其他类信息279条。", False),
    ("text.sum", "发布政务新闻共804条，包括：机构设置78条，重点领域信息92条，其他类信息279条。", True),
    # a lottery advertisement written twice is spam, not a doubled word
    ("integrity.spam", "香港免费图库资料大全 香港免费图库资料大全 政府信息公开", True),
    ("wording.doubled_word", "香港免费图库资料大全香港免费图库资料大全 政府信息公开", False),
    # the 2019 notice's title given with the 2021 number: one finding, the number's mismatch (document_name's)
    ("format.notice", "落实《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）的要求。", False),
    ("format.notice", "落实《关于政府信息公开工作年度报告有关事项的通知》的要求。", True),
    # heldout24d: 镇 written twice before the opening's verb; 一 for the dash between two dates
    ("wording.doubled_word", "2022年，白沙镇镇严格按照条例要求推进公开。", True),
    ("wording.doubled_word", "2022年，白沙镇严格按照条例要求推进公开。", False),
    ("period.garbled_date", "本报告统计期限为2023年1月1日一2023年12月31日。", True),
    ("period.garbled_date", "本报告统计期限为2023年1月1日—2023年12月31日，一是加强领导。", False),
    # heldout23d: a gambling brand in place of 人民政府; 一进步, 办公室间, 、情况
    ("integrity.spam", "《青松县德赢VWIN办公室关于做好政务公开工作的通知》", True),
    ("wording.typo", "信息公开的质量得到了一进步提升。", True),
    ("wording.typo", "公开办公地址、办公室间、联系方式。", True),
    ("wording.typo", "无因政府信息公开申请提出的行政复议、行政诉讼、情况。", True),
    ("wording.typo", "信息公开的质量得到了进一步提升，公开办公时间、联系方式，无行政复议、行政诉讼情况。", False),
    # heldout22d: an e-mail address without its domain; 累计计; a lost character alone at a paragraph's end
    ("contact.email", "电子邮箱：249817392@.com。", True),
    ("contact.email", "电子邮箱：249817392@qq.com。", False),
    ("wording.typo", "全年累计计发布信息331篇。", True),
    ("integrity.fragment", "一、总体情况 ?\n全年公开信息20条。", True),
    ("integrity.fragment", "一、总体情况\n全年公开信息20条，是否公开？", False),
    # an increase from last year is not the total the next sentence's 其中 breaks down
    ("text.sum", "全年公开信息145条，与去年相比增加45条。其中通过网站公开93条，公众号公开52条。", False),
    # pictures (张) and files (个) counted among the parts: the whole list adds up
    ("text.sum", "全年公开信息66条，其中动态信息40条、图片20张、政策文件2个、机构职能4条。", False),
    ("text.sum", "全年公开信息66条，其中动态信息40条、图片20张、政策文件2个、机构职能5条。", True),
    ("wording.typo", "政府机关主动公开政府信息工作还有不足。", False),
    ("wording.fixed_phrase", "这是深入推行公开、转变政府职能的重要举措。", True),
    ("wording.fixed_phrase", "这是深入推行政务公开、转变政府职能的重要举措。", False),
    ("wording.fixed_phrase", "统筹推进全县政府信息公开建设工作。", False),  # 平台 may go, as 政府 may
    ("wording.fixed_phrase", "成立了管委会政府信息公开工作小组。", False),  # a 工作小组 is named so
    ("wording.sentence_stop", "切实提高政务公开工作水平2023年我镇通过网站发布信息90条。", True),
    ("wording.sentence_stop", "编制2023年度我镇信息公开工作年度报告，做好2023年全镇政务公开工作。", False),
    ("wording.doubled_word", "现公布青松镇人民政府政府信息公开工作年度报告。", False),
    ("wording.doubled_word", "公开方式：主动公开公开时限：长期公开\n本局依法推进政务公开。", False),  # page metadata
    ("wording.doubled_word", "本报告电子版可在津市市政府网站下载。", False),  # 津市市: a city named 津市
    ("wording.doubled_word", "通过集中学习的方式对加强对条例的学习。", True),
    ("wording.doubled_word", "通过集中学习的方式加强对条例的学习，做到对内与对外公开有别。", False),
    ("wording.repeated_item", "公开信息20条，其中通知公告6条（其中，白沙镇3条、青石乡3条），工作动态14条（其中，白沙镇8条、青石乡6条）。",
     False),  # each bracket is a list of its own
    ("wording.repeated_item", "其中规划总结2条、工作动态5条、规划总结2条。", True),
    ("wording.doubled_word", "本报告根据有关规定要求，根据本街道的政府信息公开工作情况编制。", False),  # two bases
    ("wording.list_comma", "本镇通过电子屏幕，公告栏等公开渠道发布信息。", True),
    ("wording.typo", "本镇通过永乐月报、和谐永乐公众号发布信息。", False),  # 和谐 is a word
    ("wording.typo", "推进村务公开、和党务公开。", True),
    ("wording.missing_self_name", "按照通知精神，我地区高度重视政务公开。", False),  # 地区: a prefecture
    ("wording.missing_self_name", "2023年，我政务公开工作有序推进。", True),  # 我镇 / 我局 lost its word
    ("wording.missing_self_name", "2023年，我政府高度重视政务公开工作。", False),
    ("wording.stray_comma", "全年我镇累计发布信息289期，1500余条。", False),  # two counts of one thing
    ("wording.stray_comma", "在公示栏公开村务信息，2条；", True),
    ("period.garbled_date", "2025年度我镇于1225日收到一份政府信息公开申请。", True),  # 月 lost
    ("period.garbled_date", "2025年度我镇于12月25日收到一份政府信息公开申请，历时15日办结。", False),
    ("integrity.spam", "《某市人民政府办公室关于印发威廉希尔中国 2021年政务公开工作要点的通知》", True),
    ("integrity.spam", "完善beat365手机版官方网站制度规范。", True),
    ("integrity.spam", "坚持以足彩app哪个是正规的新时代中国特色社会主义思想为指导。", True),
    ("integrity.spam", "通过政务app和微信公众号发布信息，确保内容正规、准确。", False),
    ("integrity.spam", "《青松市人民政府办公室雷速体育直播印发政务新媒体管理办法的通知》", True),
    ("integrity.spam", "举办全民健身体育直播活动，公开赛事信息。", False),
    ("wording.sentence_stop", "其他类型信息36条主要涉及工作动态、政策落实。", True),
    ("wording.sentence_stop", "其他类型信息36条，主要涉及工作动态、政策落实。", False),
    ("wording.list_comma", "本镇通过电子屏幕、公告栏等公开渠道发布信息，方便群众查阅。", False),
    ("wording.doubled_word", "目前，集约化平台目前共上线运行网站12个。", True),
    ("wording.doubled_word", "地址：青松市白山乡朝鲜族乡人民政府。", True),
    ("wording.doubled_word", "地址：青松市白山朝鲜族乡人民政府。", False),
    ("wording.doubled_word", "目前，集约化平台共上线运行网站12个，当前运行平稳。", False),
    ("wording.quotes", "严格落实“三审三校制度，切实做好信息发布。", True),
    ("wording.quotes", "严格落实“三审三?!敝贫龋袑嵶龊眯畔发布。", False),  # the closing mark went with the garbled characters
    ("wording.outline", "本报告包括概述，主动公开情况，依申请公开情况，收费及减免情况，复议诉讼情况，存在的问题7个部分。", True),
    ("wording.outline", "本报告包括概述，主动公开情况，依申请公开情况，收费及减免情况，复议诉讼情况，存在的问题6个部分。", False),
    # 其他需报告的事项 (要 lost) is still part 六: a missing character is wording.fixed_phrase's, not a part left out
    ("wording.outline", "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                        "存在的主要问题及改进情况、其他需报告的事项共六个部分。", False),
    ("format.section_title", "一、总体情况\n本局依法推进公开。\n四、政府信息公\n开行政复议、行政诉讼情况\n", False),
    ("format.section_title", "一、概述\n本局依法推进公开。\n二、主动公开情况\n本局公开信息12条。\n", False),
    ("format.section_title", "一、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n略。\n五、政务公开创新做法\n略。\n", True),
    ("format.section_title", "一、工作基本情况\n本报告根据条例要求编制。\n二、主动公开政府信息情况\n略。\n"
                             "三、收到和处理政府信息公开申请情况\n三、本年度\n办理结果\n", False),

    ("wording.fixed_phrase", "一、总体情况\n本局依法推进公开。\n二、主动公开情况\n本局公开信息12条。\n", True),
    # the year whose work the report sums up (2021 reports); documents the organ produced, dated to another year
    ("period.announced_year", "积极主动地完成2020年政府信息公开工作，形成本报告。", True),
    ("period.announced_year", "积极主动地完成2021年政府信息公开工作，形成本报告。", False),
    # 向社会公布 without 现 or 特 before it
    ("period.announced_year", "现就推进公开工作情况，向社会公布青松区科技局2022年度政府信息公开年度报告。", True),
    ("period.announced_year", "现就推进公开工作情况，向社会公布青松区科技局2021年度政府信息公开年度报告。", False),
    ("period.other_year", "一是推进公文主动公开。2020年，本镇共产生政府文件12件，其中主动公开文件7件。", True),
    ("period.other_year", "一是推进公文主动公开。2021年，本镇共产生政府文件12件，其中主动公开文件7件。", False),
    # part 二 named with its words out of order is still part 二 (the typo is wording.typo's)
    ("wording.outline", "年度报告包括总体情况、主动政府信息公开情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
     "行政诉讼情况、存在的主要问题和改进情况和其他需要报告的事项六个部分。", False),
    # the members of a group set up, 由 lost before them; the report's name cut before 报告
    ("wording.missing_preposition", "成立了镇党委副书记和分管领导组成的信息公开工作领导小组。", True),
    ("wording.missing_preposition", "成立了由镇党委副书记和分管领导组成的信息公开工作领导小组。", False),
    ("wording.typo", "现将我局2020年度政府信息公开工作年度公布如下。", True),
    ("wording.typo", "现将我局2020年度政府信息公开工作年度报告如下。", False),
    # 公开 lost from the 条例's short name; 中国 lost inside the guiding thought's name
    ("wording.document_name", "按照《政府信息条例》要求，做好公开工作。", True),
    ("wording.document_name", "按照《中华人民共和国政府信息公开》的相关要求，做好公开工作。", True),  # 条例 lost
    ("wording.document_name", "按照《中华人民共和国政府信息公开条例》的相关要求，做好公开工作。", False),
    ("wording.document_name", "按《关于印发〈政府信息公开工作年度报告格式〉的通知》。", True),
    ("wording.document_name", "按《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》。", False),
    ("wording.fixed_phrase", "坚持以习近平新时代特色社会主义思想为指导。", True),
    ("wording.fixed_phrase", "坚持以习近平新时代中国特色社会主义思想为指导。", False),
    # a kind's count lost before 条; 公证 for 公正 in the principle; the contact sentence run on after an address
    ("wording.count_unit", "其中工作动态75条、财政预决算条、三公经费5条。", True),
    ("wording.count_unit", "其中工作动态75条、财政预决算2条、三公经费5条。", False),
    ("wording.typo", "做到“依法公开，真实公证，注重实效，有利监督”。", True),
    ("wording.sentence_stop", "网址：http://www.qs.gov.cn/1.htm)如对年报有疑问，请与某镇联系。", True),
    ("wording.sentence_stop", "网址：http://www.qs.gov.cn/1.htm)。如对年报有疑问，请与某镇联系。", False),
    # the year's none said under another year (2021 report)
    ("period.other_year", "2020年某乡未收到和办理依申请公开信息。", True),
    ("period.other_year", "2021年某乡未收到和办理依申请公开信息。", False),
    # applications withdrawn are neither answered nor carried over
    ("text.balance", "我镇共计收到依申请公开事项7件，其中，申请人主动撤销2件，结转下年度继续办理1件，其余4件已予以答复。", False),
    ("text.balance", "我镇共计收到依申请公开事项7件，其中，结转下年度继续办理1件，其余4件已予以答复。", True),
    # what came in, then (其中, in the next sentence) how it ended
    ("text.balance", "新收到政府信息公开申请40件，上年结转2件。其中，答复申请37件，结转下年度继续办理2件。", True),
    ("text.balance", "新收到政府信息公开申请40件，上年结转2件。其中，答复申请40件，结转下年度继续办理2件。", False),
    # different names sharing their words in a list are no doubled clause; the same item listed twice is
    ("wording.doubled_word", "落实国务院办公厅、青松省人民政府办公厅、白沙市人民政府办公厅、白沙市东湖区政务公开办公室的要求。", False),
    ("wording.doubled_word", "本报告包括总体情况、主动公开政府信息情况、主动公开政府信息的情况、收到和处理政府信息公开申请情况。", True),
    # a part whose measure word was lost still counts in the sum
    ("text.sum", "主动发布政府信息155条，其中，政府信息公开制度15，公示公告21条，履职依据23条，规划计划6条，预算决算8条，"
     "强农惠农12条，应急信息6条，政策解读15条，决策公开10条，提案建议15条，回应关切8条，问答库16条。", False),
    # the counted noun between the total and 其中; a list ending its paragraph without a stop, a heading next
    ("text.sum", "（一）主动公开情况\n2023年在网上总共发布12条信息，其中公开指南1条，概况信息1条，政策文件1条，数据发布2条，"
     "职能机构1条，财政预决算1条，新媒体入口1条，年报1条\n\n（二）依申请公开情况\n未收到申请。", True),
    # a share said of the total after it (超额完成……40%) still leaves the next sentence's 其中 its parts; a count may
    # hold a note in brackets before its unit
    ("text.sum", "全年主动公开政府信息300条，超额完成全年目标任务40%。其中政府文件10条，工作动态200条，其他信息50条。", True),
    ("text.sum", "全年主动公开政府信息108条，全文电子化率100%。其中，政府文件4条，工作动态100条，部门预决算4（12个单位合并公示）条。",
     False),
    # two kinds well below their total are highlights; a near miss of two is a slip
    ("text.sum", "我委通过门户网站主动公开2628条信息，其中省属企业信息1624条，地市国资委信息38条。", False),
    ("text.sum", "全年主动公开信息数为286条，其中通过网站公开160条，公告栏公开120条。", True),
    # another channel's count after the kinds ends the list, its other counts (件) do not make it the year's work
    ("text.sum", "我局在门户网发布信息共计251条：其中招商动态145条，人事任免信息3条，财务信息2条，政策解读13条，公示公告7条，"
     "其他信息8条；某某微信公众号发布信息50条，办理转办事项14件。", True),
    # a total that names its kinds (建议、提案), listed one by one: two parts are the whole list
    ("text.sum", "2021年，我局共承办市人大代表建议、政协委员提案40件。其中，市人大代表建议13件，市政协提案17件。", True),
    ("text.sum", "2021年，我局共承办市人大代表建议、政协委员提案40件。其中，市人大代表建议23件，市政协提案17件。", False),
    # lottery words a mirror put at the head of the page
    ("integrity.spam", "六台盒宝典资料大全 青松市人民政府\n\n政府信息公开\n", True),
    ("integrity.spam", "编印《政务公开工作宝典》，汇编资料大全供各单位学习。", False),
    # a notice board's counts after kinds that make the total
    ("text.sum", "2021年度共公开政务信息40条，其中文件类6条，法规条例类2条，审计类2条，行政执法类30条，单位公示栏上公开财务公开15条，"
     "政务公开6条。", False),
    # the bracketed contact after the sentence's stop; 邮 lost from the postcode's label; 秉持 cut to 秉
    ("contact.run_on", "如有疑问，请与青松镇党政办联系。（地址：青松镇府前路1号；邮编：362313；电话：0595-86401488）。", True),
    ("contact.run_on", "如有疑问，请与青松镇党政办联系（地址：青松镇府前路1号；邮编：362313；电话：0595-86401488）。", False),
    ("wording.typo", "联系电话：0554-5319879，编：232007。", True),
    ("wording.typo", "联系电话：0554-5319879，邮 编：232007。", False),
    ("wording.typo", "（一）主动公开。始终秉“公开为常态、不公开为例外”原则。", True),
    # an outline wrapped after an enumeration comma is still one sentence
    ("wording.outline", "全文包括总体情况、主动公开政府信息情况、\n收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况"
     "以及存在的主要问题和改进情况等。", True),
    # a second number right after a count's measure word, its own measure word lost
    ("wording.count_unit", "累计发布典型案例70批次367发布《抽检信息通告》26期。", True),
    ("wording.count_unit", "累计发布典型案例70批次367条，发布《抽检信息通告》26期。", False),
    # two counts in one clause, then 其中 breaking both down: not the second's parts
    ("text.sum", "全年因政府信息公开产生行政复议案件6件和行政诉讼案件3件，其中行政复议结果维持5件，尚未审结1件，"
     "行政诉讼结果维持3件。", False),
    # a total ending its sentence with a note in brackets, the parts opening 在……信息中; shares written 占N%
    ("text.sum", "累计主动公开政府信息12条（均在政府网站中公开）。在主动公开的信息中，公开指南1条，公开年报1条，"
     "其他公文2条，决算预算4条。", True),
    ("text.share", "累计主动公开政府信息12条（均在政府网站中公开）。在主动公开的信息中，公开指南1条，占8.3%；公开年报1条，"
     "占8.3%；其他公文6条，占50%；决算预算4条，占35%。", True),
    ("text.share", "累计主动公开政府信息12条（均在政府网站中公开）。在主动公开的信息中，公开指南1条，占8.3%；公开年报1条，"
     "占8.3%；其他公文6条，占50%；决算预算4条，占33.3%。", False),
    # shares of the count disclosed (24), said after the shares of the whole (30)
    ("text.share", "全年共制作信息30条，其中主动公开信息24条，占比80%；依申请公开信息6条，占比20%。在公开信息中，规划类信息4条，"
     "占比16.67%；许可类信息11条，占比45.83%；其他信息9条，占比37.5%。", False),
    # a kind named before the count is the first kind, not the total of those after it
    ("text.sum", "全年共发布各类意见征集12条，政策解读信息33条，集中公开主动回应信息41条。", False),
    ("text.sum", "全年共发布各类信息12条，政策解读信息33条，集中公开主动回应信息41条。", True),
    # 67d/68d first runs: a rate then the next clause; parallel verb phrases on one object run together; an e-mail
    # address run into the postcode; a part's heading printed twice; 社保 for 保障, 录入 for 录用, 较 without 上年
    ("wording.sentence_stop", "全年公开文件18条，全文电子化率100%围绕大局，积极贯彻。", True),
    ("wording.sentence_stop", "全年公开文件18条，全文电子化率100%，围绕大局积极贯彻。", False),
    ("wording.sentence_stop", "不断规范政府信息公开内容创新政府信息公开形式，提升水平。", True),
    ("wording.sentence_stop", "不断规范政府信息公开内容，创新政府信息公开形式，提升水平。", False),
    ("contact.run_on", "（邮箱：abc@163.com邮编450041）", True),
    ("contact.run_on", "（邮箱：abc@163.com，邮编450041）", False),
    ("wording.doubled_word", "青松镇2021年政府信息公开工作年度报告\n一、总体情况\n一、总体情况\n（一）主动公开\n", True),
    ("wording.doubled_word", "青松镇2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n", False),
    ("wording.typo", "民政扶贫救灾社会社保就业类信息5条。", True),
    ("wording.typo", "及时更新人事任命、社会救济、招考录入等信息。", True),
    ("wording.typo", "收到申请5件，较增加3件。", True),
    ("wording.typo", "收到申请5件，比较增加3件的情况。", False),
    # a street named like a betting brand is an address; a mirror's bob最新官网 is spam
    ("integrity.spam", "联系地址：青松市伟德东路9号，电话：0631-1234567。", False),
    ("integrity.spam", "bob最新官网青松市人民政府办公厅2021年政府信息公开工作年度报告", True),
    # 69d/70d first runs' typos
    ("wording.typo", "及时印发文件将工作要点任务解到各镇街。", True),
    ("wording.typo", "2023年，我县能过政府门户网站发布信息。", True),
    ("wording.typo", "9月分发布了实施方案。", True),
    ("wording.typo", "3月分别召开了两次会议。", False),
    ("wording.typo", "主动公开政府信息100条。其中、及时向社会公布。", True),
    # carried in written 转结, carried out written 转下一年
    ("text.balance", "2021年，新受理政府信息公开申请10件，上年转结政府信息公开申请0件，全年办结0件，转下一年办理0件。", True),
    ("text.balance", "2021年，新受理政府信息公开申请10件，上年转结政府信息公开申请0件，全年办结10件，转下一年办理0件。", False),
    # the count before the list (共分五个部分，分别为……)
    ("wording.outline", "报告全文共分五个部分，分别为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
     "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况。", True),
    ("wording.outline", "报告全文共分六个部分，分别为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
     "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。", False),
    # a town whose name begins with 月, after the year, is no date missing its month
    ("period.garbled_date", "2025年月浦镇秉承“公开为常态、不公开为例外”的原则。", False),
    ("period.garbled_date", "统计期限为2025年月1日至2025年12月31日。", True),
    # two counts joined by 以及
    ("wording.count_comma", "包括工作要点1件、政府开放日动态1条以及政策解读2条等法定公开内容。", False),
    ("wording.count_comma", "包括工作要点1件、政府开放日动态1条政策解读2条等法定公开内容。", True),
    # words of the typo list: 指定 a staff member, one's 切身 interest, the archive (馆), the work (工作) cut
    ("wording.typo", "一是制定专人负责政府网站信息公开管理。", True),
    ("wording.typo", "一是指定专人负责政府网站信息公开管理。", False),
    ("wording.typo", "公开涉及群众切实利益的信息。", True),
    ("wording.typo", "报送区档案管及区图书馆供查阅。", True),
    ("wording.typo", "加强档案管理，报送区档案馆供查阅。", False),
    ("wording.typo", "积极做好信息公开的各项工。", True),
    ("wording.typo", "地址：青松区广电大夏16楼。", True),  # 大夏 for 大厦, a building in an address
    ("wording.typo", "列明文号、成文时期、发布时间等要素。", True),
    ("wording.typo", "（二）依申请情况\n全年未收到申请。", True),
    ("wording.typo", "（二）依申请公开情况\n全年未收到申请。", False),
    ("wording.typo", "列明文号、成文日期、发布时间等要素。", False),
    ("wording.typo", "展出大夏王朝的文物。", False),
    ("wording.typo", "积极做好信息公开的各项工作。", False),
    # the 条例 with (试行); a notice's title without 的 before 通知
    ("wording.document_name", "依据《中华人民共和国政府信息公开条例(试行)》编制。", True),
    ("wording.document_name", "依据《中华人民共和国政府信息公开条例》编制。", False),
    ("wording.document_name", "按照《青松市人民政府办公室关于做好政府信息公开工作年度报告编制工作通知》要求。", True),
    ("wording.document_name", "按照《青松市人民政府办公室关于做好政府信息公开工作年度报告编制工作的通知》要求。", False),
    # the old part on fees named 相关费用情况 in the outline; the 2021 format's processing fee is no old part
    ("format.superseded", "主要内容包括主动公开政府信息情况、依申请公开办理情况、政府信息公开相关费用情况、存在问题及改进措施。", True),
    ("format.superseded", "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、"
     "其他需要报告的事项（含信息处理费用情况）组成。", False),
    # the old part's name as a sub-heading's words, and only mentioned as what the guide explains
    ("format.superseded", "（四）依申请公开情况\n未收到申请。\n五）政务信息公开的收费及减免情况\n未收取费用。\n", True),
    ("format.superseded", "在“公开指南”中说明了受理部门、受理时间，并对收费及减免情况进行了说明。", False),
    # an excerpt whose opening runs on into part 一's text and then 二、: part 一's heading is missing
    ("format.sections", "现将本年度工作情况报告如下：\n全年推进公开。\n二、主动公开政府信息情况\n表。\n", True),
    ("format.sections", "本报告根据《条例》编制，全文包括总体情况等六部分。\n全年推进公开。\n二、主动公开政府信息情况\n表。\n", True),
    ("format.sections", "现将本年度工作情况报告如下：\n一、总体情况\n全年推进公开。\n二、主动公开政府信息情况\n表。\n", False),
    ("format.sections", "现将本年度工作情况报告如下：\n总体情况\n全年推进公开。\n二、主动公开政府信息情况\n表。\n", False),
    # a page cut above its first heading (no opening); a first sub-heading (一) after the opening (a level lost in copying)
    ("format.sections", "全年推进公开。\n二、主动公开政府信息情况\n表。\n", False),
    # 一、总体情况 run on after the opening's last sentence, in the same line: not missing
    ("format.sections", "现将报告如下： 一、总体情况 全年推进公开。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
     "四、政府信息公开行政复议、行政诉讼情况\n", False),
    ("format.sections", "现将报告如下：全年推进公开。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
     "四、政府信息公开行政复议、行政诉讼情况\n", True),
    ("format.sections", "（五）监督保障\n按照《条例》要求推进。\n二、主动公开政府信息情况\n表。\n", False),
    # the opening straight into part 一's first sub-part: a heading level lost in copying, left unmarked by the
    # reference auditor (corpus 009), though three of four held-out labellers mark it
    ("format.sections", "本报告根据《条例》编制。\n（一）主动公开\n公开120条。\n（二）依申请公开\n无。\n", False),
    # a report in the structure before 2019: format.superseded's one finding, not missing sections and tables as well
    ("format.sections", "现报告如下：\n一、主动公开政府信息情况\n公开120条。\n二、依申请公开政府信息情况\n无。\n"
     "三、政府信息公开的收费及减免情况\n无。\n五、其他需要报告的事项\n无。\n", False),
    ("format.table_missing", "现报告如下：\n一、主动公开政府信息情况\n公开120条。\n二、主动公开政府信息情况\n公开120条。\n"
     "三、政府信息公开的收费及减免情况\n无。\n四、收到和处理政府信息公开申请情况\n无。\n五、存在的主要问题及改进情况\n无。\n", False),
    # the format's parts with an old item under 六: the tables are still owed
    ("format.table_missing", "二、主动公开政府信息情况\n公开120条。\n三、收到和处理政府信息公开申请情况\n无。\n"
     "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n"
     "（一）政府信息公开的收费及减免情况\n全年未收费。\n", True),
    # the report's name without 政府 (某乡2021年度信息公开年度报告)
    ("wording.report_name", "现公布青松乡2024年度信息公开年度报告。本报告由总体情况等部分组成。", True),
    ("wording.report_name", "青松区民政局2019年度信息公开工作年度报告\n一、总体情况\n本局主动公开信息20条。", True),
    ("wording.report_name", "青松乡人民政府2024年信息公开年报\n一、总体情况\n本乡主动公开信息20条。", True),
    ("wording.report_name", "特向社会公布2020年度本级政府（机关）信息公开工作年度报告。", False),  # 政府 before its bracket
    # (another document's title; a breadcrumb; a report sent up, not this one's name)
    ("wording.report_name", "根据《关于做好2024年度信息公开年度报告编制发布工作的通知》要求编制本报告。", False),
    ("wording.report_name", "首页 > 年报 > 2024年信息公开年度报告 > 县级部门\n本局主动公开信息20条。", False),
    ("wording.report_name", "按规范编制并及时报送信息公开年度报告，做好信息公开工作。", False),
    # a half of the principle with a character lost (为), after the older first half
    ("wording.fixed_phrase", "坚持“以公开为原则，不公开例外”，全年公开信息20条。", True),
    ("wording.fixed_phrase", "坚持“以公开为原则，不公开为例外”，全年公开信息20条。", False),
    # a list's item lost before its 、 (a pronoun or a conjunction cannot end one)
    ("wording.list_gap", "对辖区文物进行了介绍，包括其、文物地点、保护现状等。", True),
    ("wording.list_gap", "尤其、特别是涉及群众切身利益的事项，及时公开。", False),
    ("wording.list_gap", "围绕疫情防控、碳达峰碳中和、乡村振兴等专题发布信息。", False),
    # 我关, a customs district's name for itself
    ("wording.missing_self_name", "加强我关对12360服务热线的管理。", False),
    ("wording.missing_self_name", "加强我对12360服务热线的管理。", True),
    # the contact sentence without its verb outside the bracket
    ("wording.missing_verb", "如有疑问请与青松县林业局(联系地址:青松路1号;联系电话:0830-1234567)。", True),
    ("wording.missing_verb", "如有疑问请与青松县林业局(联系地址:青松路1号;联系电话:0830-1234567)联系。", False),
    # a half-width stop after the bracket that ends the last sentence of a paragraph
    ("wording.halfwidth_stop", "请与本局联系(电子邮箱:office@example.cn).\n一、总体情况", True),
    ("wording.halfwidth_stop", "请与本局联系(电子邮箱:office@example.cn)。\n一、总体情况", False),
    # counts that are not a total's parts: the year's other work in 件 after a count in 条; shares after 其中; the
    # total's own verb opening the next ；-statement
    ("text.sum", "全年共制定1条行政规范性文件，办理政务服务事项154件，行政许可24件，行政处罚3件。", False),
    ("text.sum", "共发布区级政务服务事项1493项，其中可网办比例99.52%，全程网办比例99.40%；街道级事项1821项；社区级事项3509项。", False),
    ("text.sum", "发布部门动态38条，其中采用5条；发布工作动态32条，统计数据26条；统计信息26条，其中采用15条。", False),
    ("text.sum", "发布部门动态38条，其中采用25条；转载20条。", True),
    # a page a site's filter masked: one finding of the masking, not a template placeholder or a phone as well
    ("integrity.template", "行政审****政府工作部署。如有疑问请联系（地址：**市迎宾大道26号，电话：0517-****3988）。", False),
    ("integrity.template", "如有疑问请联系（地址：**市迎宾大道26号）。", True),
    ("contact.phone", "行政审****政府工作部署。如有疑问请联系（地址：迎宾大道26号，电话：0517-****3988）。", False),
    ("contact.phone", "如有疑问请联系（地址：迎宾大道26号，电话：0517-****3988）。", True),
    ("integrity.fragment", "行政审****政府工作部署。如有疑问请联系（地址：迎宾大道26号，电话：0517-****3988）。", True),
    # a pinyin gloss whose opening bracket went with a garbled character: not a bracket left unpaired
    ("wording.quotes", "公开政府信息286條?;鶎诱?wù)公开信息71條。", False),
    ("wording.quotes", "公开政府信息286條;政务)公开信息71條。", True),
    # a term cut before the noun it qualifies
    ("wording.term", "主动公开项目事项88项，其中行政许事项本年新增21项。", True),
    ("wording.term", "主动公开项目事项88项，其中行政许可事项本年新增21项。", False),
    # 公开 lost from 政府信息公开 before 工作 or 水平; not the work of disclosing them (主动公开政府信息工作)
    ("wording.term", "规范政府信息公开制度，提高政府信息水平，推动政府信息工作走深走实。", True),
    ("wording.term", "认真做好主动公开政府信息工作和依申请公开政府信息工作。", False),
    ("wording.term", "全年未发生因政府信息申请引发的行政复议，按要求确立了政府信息指南。", True),
    ("wording.term", "全年未发生因政府信息公开申请引发的行政复议，按要求更新了政府信息公开指南。", False),
    # a list that announces five measures and lists four before the next heading; not when the page ends inside it
    ("wording.enumeration", "我会采取了以下五项措施：一是统一认识。二是建立网络。三是规范制度。四是明确途径。\n三、其他\n", True),
    ("wording.enumeration", "我会采取了以下四项措施：一是统一认识。二是建立网络。三是规范制度。四是明确途径。\n三、其他\n", False),
    ("wording.enumeration", "我会采取了以下五项措施：一是统一认识。二是建立网络。三是规范制度。四是明确途径", False),
    # an old-structure outline that counts its parts right, part 四's two halves joined by 、
    ("wording.outline", "全文包括概述、主动公开政府信息情况、依申请公开政府信息的情况、政府信息公开的收费及减免情况、"
                        "政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进措施六个部分。", False),
    ("wording.outline", "全文包括概述、主动公开政府信息情况、依申请公开政府信息的情况、政府信息公开的收费及减免情况、"
                        "政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进措施五个部分。", True),
    # the year's own plan made for a past year (a 2021 report)
    ("period.other_year", "本局制定2020年度政府信息公开任务分工表，明确责任。", True),
    ("period.other_year", "本局制定2021年度政府信息公开任务分工表，明确责任。", False),
    # two quoted items in a row with their marks turned round
    ("wording.quotes", "围绕“六稳“、”六保”工作，推进公开。", True),
    ("wording.quotes", "围绕“六稳”“六保”工作，推进公开。", False),
    # a mirror's leftovers: a betting brand in a notice's title, a stray token after a sentence, a word processor's comment
    ("integrity.spam", "根据《澳门皇冠:抓好促进餐饮业恢复发展扶持政策贯彻落实工作的通知》要求推进。", True),
    ("integrity.spam", "根据《关于抓好促进餐饮业恢复发展扶持政策贯彻落实工作的通知》要求推进。", False),
    ("integrity.fragment", "确保权力在阳光下运行。p1EanqF\n（二）依申请公开", True),
    ("integrity.fragment", "确保权力在阳光下运行。网址www.Example2.gov.cn\n（二）依申请公开", False),
    ("integrity.fragment", "<!--[if !supportLists]--><!--[endif]-->（三）政府信息管理", True),
    # a list of kinds, one of them named with a 、 of its own (双随机、一公开), adding up past the total
    # (the first six make the total: only a uniform list of kinds is held to its sum past them)
    ("text.sum", "向社会公布各类政府信息115条，其中包括：通知公告30条、财政预决算信息2条、政策文件10条、部门文件27条、其它信息33条、"
                 "义务教育13条、双随机、一公开监管信息5条。", True),
    ("text.sum", "向社会公布各类政府信息120条，其中包括：通知公告30条、财政预决算信息2条、政策文件10条、部门文件27条、其它信息33条、"
                 "义务教育13条、双随机、一公开监管信息5条。", False),
    # 级级, a measure word reduplicated (every level), beside 层层
    ("wording.doubled_word", "健全保障机制，做到层层抓落实、级级抓督促。", False),
    ("wording.doubled_word", "健全保障机制，做到层层抓落实、抓抓督促。", True),
    # an outline closed by its count of parts, whatever its last part is called, without 组成
    ("wording.missing_verb", "本年度报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                             "下一步工作打算等四个部分。", True),
    ("wording.missing_verb", "本年度报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                             "下一步工作打算等四个部分组成。", False),
    # the total's sentence goes on without a count (全文电子化达100%); the kinds after 其中 (a note in brackets after one
    # count) fall far short of it
    ("text.sum", "全年主动公开信息60条，全文电子化达100%，全部在网站公开。其中依申请公开0条（当年未收到申请），机构设置1条，"
                 "公开文件2条，政策解读2条，其他信息2条，公开年度报告1条。", True),
    ("text.sum", "全年主动公开信息8条，全文电子化达100%，全部在网站公开。其中依申请公开0条（当年未收到申请），机构设置1条，"
                 "公开文件2条，政策解读2条，其他信息2条，公开年度报告1条。", False),
    # a list of kinds past its total, then another channel's count after ；
    ("text.sum", "通过公众号公开工作信息104条，全年点击量20万次；通过网站向社会公布各类政府信息115条，其中包括：通知公告30条、"
                 "财政预决算信息2条、政策文件10条、部门文件27条、其它信息33条、义务教育13条、双随机、一公开监管信息5条；"
                 "通过政务服务网公布政务服务事项25条，通过信用平台公示行政许可信息306条。", True),
    ("text.sum", "通过公众号公开工作信息104条，全年点击量20万次；通过网站向社会公布各类政府信息120条，其中包括：通知公告30条、"
                 "财政预决算信息2条、政策文件10条、部门文件27条、其它信息33条、义务教育13条、双随机、一公开监管信息5条；"
                 "通过政务服务网公布政务服务事项25条，通过信用平台公示行政许可信息306条。", False),
    # the last kind's bracket never closed before its count (其他业务信息(如……等15条。): the count is still the list's
    ("text.sum", "累计发布各类政府信息22条。其中：机构职能信息1条；政策文件及解读3条（涵盖招商引资等方面）；工作动态3条；"
                 "规划计划信息1条；其他业务信息(如市场体系建设、对外贸易数据等15条。", True),
    ("text.sum", "累计发布各类政府信息23条。其中：机构职能信息1条；政策文件及解读3条（涵盖招商引资等方面）；工作动态3条；"
                 "规划计划信息1条；其他业务信息(如市场体系建设、对外贸易数据等15条。", False),
    # a list of kinds past its total, the statements after its ； with words of their own (等基本信息)
    ("text.sum", "2023年累计主动公开信息57条，其中部门动态20条、公示公告34条、国民经济3条、重大民生信息1条；"
                 "全年累计办理行政许可89件，依法公开执法职责、执法依据等基本信息。", True),
    ("text.sum", "2023年累计主动公开信息58条，其中部门动态20条、公示公告34条、国民经济3条、重大民生信息1条；"
                 "全年累计办理行政许可89件，依法公开执法职责、执法依据等基本信息。", False),
    # a total of every channel, its change after it, then per channel: the site (官网) first, then the accounts
    ("text.sum", "依托门户网站、微博、微信公众号等平台共发布信息3668条，同比增长45.8%。其中：区官网公开工作信息等235条，同比增长79%；"
                 "微信公众号发布信息651篇，同比增长10%；微博发布信息2991条，同比增长54%。", True),
    ("text.sum", "依托门户网站、微博、微信公众号等平台共发布信息3877条，同比增长45.8%。其中：区官网公开工作信息等235条，同比增长79%；"
                 "微信公众号发布信息651篇，同比增长10%；微博发布信息2991条，同比增长54%。", False),
    # a list's last count without a measure word at the end of its line: still a part (4+3+2+1+1+30+1 = 42)
    ("text.sum", "主动公开政府信息42条。其中,领导信息4条,财政资金信息3条,统计信息2条,采购信息1条,招录信息1条,公益事业建设信息30条,"
                 "部门动态信息1\n（二）依申请公开情况。全年未收到申请。", False),
    # the first ；-item makes the total in its own measure words (条, 个, 篇); the next item is another statement
    ("text.sum", "各类政策解读信息发布55条，其中解读材料38条，解读产品13个，媒体评论文章4篇；收到留言515条，办结491条。", False),
    ("text.sum", "各类政策解读信息发布55条，其中解读材料38条，解读产品13条，媒体评论文章5篇，其他信息2条。", True),
    # a list of kinds whose last kind names many columns in one (机构职能、政策解读、……等信息公开目录信息100条)
    ("text.sum", "以部门网站为主要平台发布信息1287条，其中政务动态类信息159条，雨水情信息118条，机构职能、政策解读、规划计划、"
                 "行政执法、财政预决算、重大水利项目等信息公开目录信息100条。", True),
    ("text.sum", "以部门网站为主要平台发布信息377条，其中政务动态类信息159条，雨水情信息118条，机构职能、政策解读、规划计划、"
                 "行政执法、财政预决算、重大水利项目等信息公开目录信息100条。", False),
    # a rate said after the last kind closes the list of kinds; counts of replies are other work, not kinds
    ("text.sum", "通过门户网站主动公开的信息222条，其中政策解读3条，财政预决算信息4条，年度报告1条，执法监督1条，"
                 "建议提案办理信息2条，办结率和满意率均为100%。", True),
    ("text.sum", "通过门户网站累计发布各类信息1082条，主动公开政府信息197条；答复“在线咨询”1555条、“厅长信箱”174件，答复率100%。",
     False),
    # applications received, then settled and carried over: the year's balance (text.balance's), not parts
    ("text.sum", "全年收到政府信息公开申请共161件，当年办结168件（含上年结转14件），结转下一年7件。", False),
    ("text.sum", "全年收到政府信息公开申请共161件，其中信函申请140件，网络申请28件。", True),
    # the rest of the total said in a sentence of its own after the list's full stop
    ("text.sum", "发布主动公开信息共计71条，其中医疗卫生专栏25条，社会救助专栏2条，应急专栏28条。其他应主动公开的政府信息16条。", False),
    ("text.sum", "发布主动公开信息共计71条，其中医疗卫生专栏25条，社会救助专栏2条，应急专栏48条。其他应主动公开的政府信息16条。", True),
    # a kind's own 共 after the bigger count it is part of; then other counts
    ("text.sum", "全年共主动公开政府信息828条，概况信息共7条，信息公开目录更新量达268条，此外，全年共发布许可信息12条。", False),
    # a new side of the work after the total's full stop (……方面：)
    ("text.sum", "2019年度共计发布8条信息。解读政策方面：对1个文件作了解读，并转载上级解读80条。", False),
    # the total's kinds named in words, then other work after ；
    ("text.sum", "在政府网站主动公开政府信息32条，主要包括机构职能、政策文件、规划计划等；"
                 "公开招投标信息110余条；办理行政许可86件。", False),
    # a kind whose count was lost still makes the list one of kinds
    ("text.sum", "主动公开政府信息80条，其中通知公告类信息20条、工作动态类信息29条、部门概况类信息条、政策文件类信息14条、"
                 "规划类信息1条、部门预决算信息16条、建议提案办理信息0条、年报类信息1条。", True),
    # a sentence of kinds alone, joined by 、, after the sentence the total ends
    ("text.sum", "我局主动公开政府信息1296条。决策公开17条、执行和结果公开36条、管理和服务公开726条、重点领域公开336条。", True),
    ("text.sum", "我局主动公开政府信息1115条。决策公开17条、执行和结果公开36条、管理和服务公开726条、重点领域公开336条。", False),
    ("text.sum", "受理信访22件，均及时办理，满意率100%。全年核发采伐许可证111件、植物检疫证707件、种苗许可证15件。", False),
    # ；-items that are kinds and counts joined by 、: siblings, each counted
    ("text.sum", "门户网站共发布信息9289条，其中规范性文件6条、其他文件8条；"
                 "政务动态类信息2128条、重点领域信息1156条、其他信息5989条。", True),
    ("text.sum", "门户网站共发布信息9287条，其中规范性文件6条、其他文件8条；"
                 "政务动态类信息2128条、重点领域信息1156条、其他信息5989条。", False),
    # a first ；-item that is the whole list of kinds, then one more statement with its own count
    ("text.sum", "主动公开政府信息316条，其中工作动态91条，图片资讯68条，通知公告类信息87条，业务类信息99条；"
                 "在普法专栏发布工作信息8条。", True),
    ("text.sum", "主动公开政府信息345条，其中工作动态91条，图片资讯68条，通知公告类信息87条，业务类信息99条；"
                 "在普法专栏发布工作信息8条。", False),
    # the page cut inside 依申请公开, whose words so far count what was published of the organ's own accord
    ("content.section_topic", "（二）依申请公开。一是调整了本局政府信息公开工作领导小组，"
                              "领导小组下设办公室，负责信息公开的整体规划和日常维护工作，"
                              "由专人负责。二是利用政府网站公开信息，在办公场所设置公开栏，公开单位职能、组织机构、办事指南等情况；"
                              "基本情况：2020年本局主动公开、更新和维护政府信息共计185条", True),
    ("content.section_topic", "（二）依申请公开。一是调整了本局政府信息公开工作领导小组，"
                              "领导小组下设办公室，负责信息公开的整体规划和日常维护工作，"
                              "由专人负责。二是利用政府网站公开信息，在办公场所设置公开栏，公开单位职能、组织机构、办事指南等情况；"
                              "基本情况：2020年本局收到政府信息公开申请3件", False),
    # the running total since the first year after the year's kinds is no kind of them
    ("text.sum", "全年共主动公开政府信息16条，其中：机构职能类信息1条，重大建设项目信息1条，其他类信息14条，"
                 "截止到2021年年底累计主动公开政府信息552条。", False),
    # no list opened: the next clause's own verb says other work
    ("text.sum", "通过区政府门户网站公开财政预决算信息、专项资金信息共78条，发布公共资源交易159条，惠民资金清单13条。", False),
    # a kind counted none that opens a list; channels counted one beside another; a second 其中 after the list makes
    # the total, breaking down its last item
    ("text.sum", "2022年，我局共发布行政规范性文件0条，解读文件7条，其他文件7条。", False),
    ("text.sum", "通过政府网站公开政府信息数216条，通过微信公开政府信息数22条，其他方式公开政府信息数299条。", False),
    ("text.sum", "在重点领域信息公开38条，其中政策文件7条、招生招考14条、督导报告5条、学区划分2条、民办学校监管7条，"
     "互动交流3条，其中区录用36条。", False),
    ("text.sum", "在重点领域信息公开38条，其中政策文件7条、招生招考14条、督导报告5条、学区划分2条、民办学校监管7条，"
     "互动交流4条，其中区录用36条。", True),
    # table 2's rows in prose: each row's own count, no parts of the first
    ("text.sum", "我局主动公开行政许可数量共2条，行政处罚本年处理决定数量803条，行政强制本年处理决定数量2条。", False),
    # a total, then another body's own statement with counts of its own, no list opened
    ("text.sum", "一年中，我局共向市财政局报送财政工作信息168条，县财政局在各类政务公开平台累计发布全县财政系统工作动态、政策文件、"
     "财政数据、资金拨付等信息120条，政务新媒体发布时政资讯、财政数据等类别信息62条。", False),
    ("text.sum", "一年中，我局共发布工作信息168条，工作动态120条，政务新媒体发布信息62条。", True),
    # a list of kinds and counts, then a clause with no count that says what the publishing did
    ("text.sum", "本镇主动公开各类信息1099条，其中政策文件类信息96条，政策解读类信息18条，回应关切43条，"
     "重点领域信息306条，及时向社会公布了阶段性工作进展。", True),
    ("text.sum", "本镇主动公开各类信息463条，其中政策文件类信息96条，政策解读类信息18条，回应关切43条，"
     "重点领域信息306条，及时向社会公布了阶段性工作进展。", False),
    ("text.sum", "本镇主动公开各类信息1099条，其中政策文件类信息96条，政策解读类信息18条，回应关切43条，"
     "重点领域信息306条，其余为工作动态。", False),
    # a channel's total whose list names no counts, then the next channel's own statement after ；
    ("text.sum", "通过政务新媒体公开信息27条，主要包括疫情防控工作动态等信息；"
                 "通过信用平台公示行政许可数据1665条，行政处罚数据158条。", False),
    # parts of the report's own, none of the format's
    ("format.section_title", "现将工作情况报告如下：\n一、信息公开机构建立情况\n成立了领导小组。\n二、信息公开措施落实情况\n"
                             "采取了四项措施。\n", True),
    ("format.section_title", "现将工作情况报告如下：\n一、总体情况\n成立了领导小组。\n二、主动公开政府信息情况\n表。\n", False),
    # a 、 before the next clause opened by its year; not before a list item that names a year's document
    ("wording.sentence_stop", "积极开展意见征集、2020年共进行征集调查1次。", True),
    ("wording.sentence_stop", "公开了2021年部门预算、2020年部门决算等信息。", False),
    # pinyin glosses without tone marks, as some mirrors' converters leave them, doubled at times; one bracketed
    # lowercase syllable alone is not taken for one
    ("wording.pinyin", "國(guo)資(zi)委堅(jian)持以人民為中(zhong)(zhong)心的發展理念。", True),
    ("wording.pinyin", "开通了“阳光(ping)”小程序，发布信息20条。", False),
    # a later sub-part of part 一 opening with last year, its sentence kept from last year's report
    ("period.other_year", "一、总体情况\n（一）主动公开情况。2021年，本局公开信息20条。\n"
                          "（二）依申请公开情况。2020年，本局组织学习办理规范。\n二、主动公开政府信息情况\n", True),
    ("period.other_year", "一、总体情况\n（一）主动公开情况。2021年，本局公开信息20条。\n"
                          "（二）依申请公开情况。2021年，本局组织学习办理规范。\n二、主动公开政府信息情况\n", False),
])
def test_widened_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("新设专栏公开预决算、政府集中采购信息。", False),  # the 2019 format's label named in a sentence
    ("及时公布审计结果、政府集中采购、部门预算等信息。", False),  # an item of an enumeration in a sentence
    ("信息内容 采购项目数量 采购总金额\n政府集中采购 2 10", True),
    ("政府集中\n采购 | 2 | 10", True),  # a cell wrapped inside the label
    ("8.行政事业性收费。无行政事业性收费。 9.政府集中采购。在政府采购网上公开采购信息。", False),  # a heading of the narrative
    ("本年实施政府采购项目9项，采购总金额796.85万元。", False),  # a clause of a sentence, its amount after it
])
def test_a_format_label_counts_as_a_cell_not_inside_a_sentence(text, fires):
    assert ("format.text_year" in ids(run(report(text, year=2022)))) is fires


def test_an_address_emptied_and_another_cut_to_its_path_on_a_mirror_are_one_finding():
    text = "本报告可在某某体育直播某县政府网站()下载。各乡镇在县政府信息公开网站(/xzjd/abc/zfxxgk/)上公开信息。"
    found = [f.message for f in run(report(text)) if f.id in ("integrity.spam", "contact.url") and "网址" in f.message]
    assert len(found) == 1 and "共2处" in found[0] and "/xzjd/abc/zfxxgk/" in found[0], found


@pytest.mark.parametrize("text", [
    "全文包括：\n（一）主动公开情况\n（二）依申请公开情况\n（三）政府信息管理情况\n一、总体情况\n全年公开信息20条。\n",  # an outline
    "三、收到和处理政府信息公开申请情况\n（六）其他处理\n（七）总计\n0 0 0\n",  # table three's row labels
])
def test_an_outline_or_a_table_s_rows_are_no_empty_sub_part(text):
    assert "format.empty_subpart" not in ids(run(report(text)))


@pytest.mark.parametrize("year, fires", [(2020, True), (2009, False)])  # in 2009 that structure was the one in force
def test_the_old_structure_is_superseded_only_after_2019(year, fires):
    text = "全文分为概述、主动公开情况、政府信息公开的收费和减免情况等部分。"
    assert ("format.superseded" in ids(run(report(text, year=year)))) is fires


def test_one_writer_s_de_for_di_is_one_finding_naming_its_places():
    found = [f.message for f in run(report("我局及时准确的公开政务信息，真实、及时的反映了群众关切。")) if f.id == "wording.de_di"]
    assert len(found) == 1 and "共2处" in found[0], found


def test_a_bracket_missing_before_one_address_and_another_left_open_are_two_findings():
    text = ("报告可在本局网站http://www.example.gov.cn/)下载。如有疑问请与本局办公室联系(电话:0577-81234567。"
            " 一、总体情况 本年公开信息20条。")
    found = [f.message for f in run(report(text)) if f.id == "wording.quotes"]
    assert len(found) == 2 and "cn/)下载" in found[0] and "联系(电话" in found[1], found


def test_brackets_left_open_at_three_places_of_a_paragraph_are_one_finding_naming_each():
    text = ("报告可从市政府网站(http://www.example.gov.cn或本局网站(http://www.example.gov.cn/jg/下载。"
            "如有疑问请与本局联系(地址：青松市梓山路8号；电话：0737-4218260。 一、总体情况 本年公开信息20条。")
    found = [f.message for f in run(report(text)) if f.id == "wording.quotes"]
    assert len(found) == 1 and "共3处" in found[0] and "梓山路" in found[0], found


@pytest.mark.parametrize("text, fires", [
    ("一、总体情况\n（一）主动公开政府信息的数量。全年公开20条。\n（二）主动公开政府信息的主要类别。机构职能等。\n"
     "（三）主动公开政府信息的形式。网站公开。\n", True),
    ("一、总体情况\n（一）主动公开政府信息的数量及主要类别情况\n全年公开20条。\n（二）信息公开的形式\n网站公开。\n", True),
    # two of the three: the format's own sub-part told in detail
    ("一、总体情况\n（一）主动公开政府信息数量\n全年公开20条。\n（二）主动公开政府信息的主要类别\n机构职能等。\n", False),
    # numbered 1. 2. 3. under the format's (一)主动公开情况: its details, not the old parts
    ("一、总体情况\n（一）主动公开情况\n1.主动公开政府信息的数量。20条。\n2.主动公开政府信息的主要类别。机构职能。\n"
     "3.主动公开政府信息的形式。网站。\n", False),
])
def test_the_old_structure_s_items_on_what_was_published(text, fires):
    assert ("format.superseded" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("一、总体情况\n一、加强组织领导。专人负责。\n二、确保安全。先审后发。\n二、主动公开政府信息情况\n本年公开信息20条。", True),
    ("一、总体情况\n（一）加强组织领导。专人负责。\n（二）确保安全。先审后发。\n二、主动公开政府信息情况\n本年公开信息20条。", False),
    # one numbered paragraph is no list of sub-parts
    ("一、总体情况\n一、为做好公开工作，专人负责。\n二、主动公开政府信息情况\n本年公开信息20条。", False),
    # a table's rows are numbered so by the format
    ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 0\n二、上年结转政府信息公开申请数量 0\n", False),
])
def test_sub_parts_numbered_with_the_parts_numerals(text, fires):
    assert ("wording.enumeration" in ids(run(report(text)))) is fires


def test_a_bracket_left_open_is_quoted_where_its_sentence_ends():
    text = "如对本报告有任何疑问，请与本局办公室联系(地址：青松市梓山路8号，邮编：351100，电子邮箱：qs@example.cn。"
    [found] = [f.message for f in run(report(text)) if f.id == "wording.quotes"]
    assert "到句末（“…电子邮箱：qs@example.cn。”）仍未闭合" in found, found
    # an opening mark left alone is shown with what it was to enclose
    [title] = [f.message for f in run(report("本局认真贯彻落实《中华人民共和国政府信息公开条例和某州相关规定，按照要求推进公开。"))
               if f.id == "wording.quotes"]
    assert "《中华人民共和国政府信息公开条例和某州相关规定" in title, title
    # a short bracket is quoted whole already: nothing more to say where it ends
    [short] = [f.message for f in run(report("请与本局办公室(电话联系。")) if f.id == "wording.quotes"]
    assert "句末" not in short, short


def test_a_contact_item_run_on_is_quoted_with_the_number_it_ends_and_the_next_item():
    found = [f for f in run(report("如有疑问，请联系本局办公室，电话：0825-5182506邮箱：27508@qq.com。")) if f.id == "contact.run_on"]
    assert len(found) == 1 and found[0].evidence["quote"] == "0825-5182506邮箱", found


def test_a_mirror_s_advertisement_in_the_title_s_name_is_no_second_name_of_the_organ():
    text = "东方体育2019年政府信息公开工作年度报告\n一、总体情况\n本局依法推进公开。"
    found = ids(run(dataclasses.replace(report(text), organ="青松市市场监管局")))
    assert "integrity.spam" in found and "organ.title_signature" not in found
    text = "青松县财政局2019年政府信息公开工作年度报告\n一、总体情况\n本局依法推进公开。"
    assert "organ.title_signature" in ids(run(dataclasses.replace(report(text), organ="青松市市场监管局")))


def test_old_structure_in_the_outline_and_in_the_headings_is_one_finding_naming_both():
    outline = "本报告分为概述、主动公开情况、依申请公开情况、政府信息公开的收费及减免情况等部分。\n"
    found = [f for f in run(report(outline + "一、概述\n本镇依法推进公开。\n")) if f.id == "format.superseded"]
    assert len(found) == 1 and "收费及减免" in found[0].message and "一、概述" in found[0].message
    assert len([f for f in run(report(outline)) if f.id == "format.superseded"]) == 1


def test_a_heading_of_the_old_structure_is_format_superseded_s_not_a_wrong_section_title():
    outline = "本报告由工作情况概述，主动公开政府信息情况，依申请公开、不予公开政府信息情况等七部分组成。\n"
    found = ids(run(report(outline + "一、工作情况概述\n本镇依法推进公开。\n二、依申请公开、不予公开政府信息情况\n本镇未收到申请。\n"
                                     "三、主动公开政府信息情况\n全年公开信息20条。\n")))
    assert "format.superseded" in found and "format.section_title" not in found


@pytest.mark.parametrize("text, fires", [
    ("全文包括概述，主动公开情况，依申请公开情况，举报投诉情况，存在的问题，并附本年度统计表。", True),
    ("本报告由总体情况、主动公开情况、回应社会关切情况、依申请公开情况、存在的问题等部分组成。", True),
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
     "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。", False),
    ("本年度主要内容包括重点领域信息公开、回应社会关切等方面。", False),  # the work, not the report's parts
    ("一、信息公开工作概述\n本乡依法推进公开。\n二、组织领导和制度建设情况\n", True),  # the old part 一's heading
    ("一、信息公开工作总体情况\n本乡依法推进公开。\n", False),
])
def test_an_outline_of_the_old_structure(text, fires):
    assert ("format.superseded" in ids(run(report(text)))) is fires


def test_a_space_for_the_enumeration_comma_is_read_in_the_text_as_published():
    found = run(report("坚持“应公开尽公开”原则。", original="坚持“应公开 尽公开”原则。"))
    assert "wording.list_comma" in ids(found)


@pytest.mark.parametrize("text, found", [
    ("现发布《青松镇2023年政府信息公开年度工作报告》。", 1),  # the words of the name moved, inside its own title
    ("现发布《青松镇2023年政府信息公开工作报告》。本镇2023年政府信息公开工作报告如下。", 1),  # one finding per form
    ("依照《关于做好政府信息公开工作报告编制的通知》编制本报告。", 0),  # another document's title
    ("现发布青松镇2023年政府信息公开年度报告。", 0),  # the short name auditors leave alone
    ("青松镇2023年政府信息公开工作年告度报\n一、总体情况", 1),  # the title's last characters shuffled
    ("青松镇2023年政府信息公开报告年度\n一、总体情况", 1),  # the short name shuffled
    ("青松镇2023年政府信息公开工作年度报告\n一、总体情况", 0),
    ("本镇政府信息公开工作年度考核获优秀。", 0),  # the name's words, not the name
    ("青松镇关于2023年政府信息公开工作的年度报告\n县政府办公室：", 1),  # titled as a letter
])
def test_report_name_counts_each_wrong_form_once(text, found):
    assert ids(run(report(text))).count("wording.report_name") == found


@pytest.mark.parametrize("text, fires", [
    # the comma after a part's share ends that part: 6条 is a part of its own (10+8+7+6+15 = 46)
    ("全年公开信息46条。其中，方案类10条，占22%；规划类8条，占17%；人事类7条，占15%，业务类6条，占13%；其他15条，占33%。", False),
    ("全年公开信息50条。其中，方案类10条，占20%；规划类8条，占16%；人事类7条，占14%，业务类6条，占12%；其他15条，占30%。", True),
    # applications after a total of items published are another statement
    ("全年公开信息1186条，其中公众号发布923条，线上线下同步；受理并办结依申请公开23件。", False),
    ("收到申请共5件，其中当面申请2件；网络申请4件。", True),
    # 其中 after a part breaks down that part, not the total
    ("全年公开信息145条，通过线上平台公开134条。其中民生信息60余条，公共事业信息73条，补贴信息1条。", False),
    # 等 inside a part's name (民生类等信息) leaves the list complete: 40+25+14 = 79 of 80
    ("全年公开信息共80条，其中通知公告40条、社保和民生类等信息25条、工作动态14条。", True),
    ("全年公开信息共80条，其中通知公告40条、工作动态14条等。", False),  # 等 after the list: not complete
    # 包括……在内 qualifies the total: 90 is stated before a list of parts that run past it
    ("全年发布包括民生、社保信息在内的各类信息90条，其中网站发布70条，公众号发布65条。", True),
    ("全年公开信息20条，其中通知公告9条；工作动态8条；突发公共事件3条。", False),  # 公共 states no total
    # the first ；-item lists the parts (5+15 = 20); the next is another channel
    ("全年公开信息20条，其中政策文件5条、工作动态15条；另在宣传栏张贴通知等信息30余条。", False),
    # a list of kinds that runs past its total: a kind named with its year, and a list the page's end cuts
    ("主动公开政府信息14条。其中，规范性文件1条、工作信息5条、人事任免8条、本局2021年度政府信息公开工作年度报告2条。", True),
    ("主动公开政府信息16条。其中，规范性文件1条、工作信息5条、人事任免8条、本局2021年度政府信息公开工作年度报告2条。", False),
    ("全年总共发布8条信息，其中政府信息公开指南1条，概况信息1条，政策文件1条，数据发布2条，职能机构1条，财政预决算2条，年报公开1条", True),
    ("全年总共发布9条信息，其中政府信息公开指南1条，概况信息1条，政策文件1条，数据发布2条，职能机构1条，财政预决算2条", False),
    # the parts of one column of the total (……版块中：), not of the whole
    ("全年发布信息共175条，其中卫生健康版块中：行政处罚案件74条，行政许可43条，专业类信息5条。", False),
    ("全年发布信息共175条，其中：行政处罚案件74条，行政许可43条，专业类信息5条。", True),
])
def test_stated_sums_read_the_parts_of_their_own_total(text, fires):
    assert ("text.sum" in ids(run(report(text)))) is fires


def test_two_totals_of_one_sentence_are_two_findings():
    # heldout152d h14, rebuilt: the column's bracketed kinds fall short of it, and so do the other column's
    text = ("全年共公开各类政务信息120条，其中政务公开专栏74条（包括公开指南1条、财政信息11条、业务工作36条、其他24条），"
            "政府信息公开46条（包括政策解读2条、安全生产26条、应急管理16条）。")
    found = [f for f in run(report(text)) if f.id == "text.sum"]
    assert sorted(f.message.split("合计为")[1][:3] for f in found) == ["46条", "74条"]


def test_a_variant_form_the_script_conversion_replaces_is_found_as_written():
    # 審査: the Japanese form of 查, which the conversion to simplified script turns into 查 before the checks
    assert "wording.typo" in ids(run(report("严格细致审查每条信息。", original="严格细致审査每条信息。")))
    assert "wording.typo" not in ids(run(report("严格细致审查每条信息。")))




@pytest.mark.parametrize("organ, text, fires", [
    ("杨柳乡人民政府", "我镇严格执行审核制度。", True),  # a 乡 that calls itself 我镇
    ("杨柳乡人民政府", "我乡严格执行审核制度，本乡镇各村按期公开，本乡本土的事务一并公开。", False),
    ("东风街道办事处", "本镇按期公开。", True),
    ("东风街道办事处", "我街道按期公开。", False),
    # a bureau that calls itself 我办, an office's word (another body's words: content.other_body_self); an office
    # does, and 本办法 is no self-name
    ("青松县农业农村局", "我办严格执行审核制度。", False),
    ("青松县人民政府办公室", "我办严格执行审核制度，本办法自公布之日起施行。", False),
    ("青松县农业农村局", "我局严格执行审核制度，本办法自公布之日起施行。", False),
    ("青松县教育局", "我局改善义务教育薄弱学校基本办学条件，控制成本办公支出。", False),  # 本 ending a word
    # 全街, a street office's word, in a 乡's report; 全乡镇 is no self-name
    ("杨柳乡人民政府", "杨柳乡组织全街开展学习。", True),
    ("杨柳乡人民政府", "杨柳乡组织全乡开展学习，覆盖全乡镇各村。", False),
    # no organ named: the kind it calls itself by most is its own
    ("", "我镇严格执行审核制度，全镇按期公开，扎实推进乡政府信息公开各项工作。", True),
    ("", "我镇严格执行审核制度，全镇按期公开，扎实推进镇政府信息公开各项工作。", False),
])
def test_a_township_calls_itself_by_its_own_level(organ, text, fires):
    source = dataclasses.replace(report(text), organ=organ)
    assert ("organ.self_reference" in ids(run(source))) is fires


@pytest.mark.parametrize("organ, text, township, body", [
    ("青松县农业农村局", "我办严格执行审核制度。", False, True),  # an office's word in a bureau's report
    ("杨柳镇人民政府", "我镇严格执行审核制度，我局按要求调整了网站栏目。", False, True),  # a bureau's word in a town's
    ("青松县农业农村局", "我局严格执行审核制度，我镇按要求调整了网站栏目。", False, True),
    ("杨柳乡人民政府", "我乡严格执行审核制度，我镇按要求调整了网站栏目。", True, False),  # another township kind
    # a township speaking as its district or county; naming the county it belongs to, or a notice's title, is not
    ("杨柳镇人民政府", "2021年，我区以公开为常态推进各项工作。", False, True),
    ("杨柳乡人民政府", "本报告结合2022年我县政府信息公开工作编制而成。", False, True),
    ("杨柳乡人民政府", "按照我县统一部署，根据《关于做好2021年度我区政府信息公开工作的通知》编制。", False, False),
    ("杨柳乡人民政府", "杨柳乡结合我县政府门户网站配备专人更新信息。", False, False),
    ("青松区人民政府", "2021年，我区以公开为常态推进各项工作。", False, False),
])
def test_another_kind_of_body_s_self_name_is_content_another_township_s_is_organ(organ, text, township, body):
    found = ids(run(dataclasses.replace(report(text), organ=organ)))
    assert ("organ.self_reference" in found, "content.other_body_self" in found) == (township, body)


@pytest.mark.parametrize("text, fires", [
    ("拓宽公开渠道,、加大宣传力度。", True),  # a comma and an enumeration comma: one of them is stray
    ("拓宽公开渠道；，加大宣传力度。", True),
    ("拓宽公开渠道、加大宣传力度，提升质量。", False),
    ("高度重视政务公开工作,.结合本局实际推进。", True),  # a half-width full stop after a comma
    ("公开信息1,200条,...等渠道,比上年增长0.5%。", False),  # a thousands comma, an ellipsis, a decimal
])
def test_two_stops_of_different_kinds_in_a_row(text, fires):
    assert ("wording.doubled_punct" in ids(run(report(text)))) is fires


# ---------------------------------------------------------------- rules10b: classes widened on the sixth held-out set

@pytest.mark.parametrize("rule_id, text, year, fires", [
    ("contact.phone", "如有疑问请联系本镇党政办（电话：0531--4567890）。", 2021, True),
    ("contact.phone", "如有疑问请联系本镇党政办（电话：0531-84567890）。", 2021, False),
    ("contact.phone", "如有疑问请联系本镇党政办（联系方式：4567890）。", 2021, True),  # no area code
    ("contact.phone", "如有疑问请联系本镇党政办，电话号码：4567890。", 2021, True),
    ("contact.phone", "如有疑问请联系本镇党政办，电话号码：0531-84567890。", 2021, False),
    ("contact.phone_word", "请与本局办公室联系（地址：示例路8号，邮编：100000，电0470-8952226）。", 2021, True),
    ("contact.phone_word", "联系电：13912345678。", 2021, True),
    ("contact.phone_word", "全年来电12345件，用电8952226千瓦时；电话：0470-8952226。", 2021, False),
    ("period.garbled_date", "本报告统计期限为2023 1月1日至2023 12月31日。", 2023, True),
    ("period.garbled_date", "统计期限为2023 1231日止。", 2023, True),
    ("period.garbled_date", "全镇共有农户1998 户，2023年1月1日起执行新标准。", 2023, False),
    ("period.garbled_date", "统计期限为2023年1月1日至2023念的12月31日。", 2023, True),  # 年 typed as other characters
    ("period.garbled_date", "统计期限为2023年1月1日至2023年12月31日，共2023条12月前办结。", 2023, False),
    ("wording.year_unit", "青松镇2023\n政府信息公开工作年度报告\n", 2023, True),  # the title's year without 年
    ("wording.year_unit", "青松镇2023年\n政府信息公开工作年度报告\n", 2023, False),
])
def test_rules10b_classes(rule_id, text, year, fires):
    assert (rule_id in ids(run(report(text, year=year)))) is fires


@pytest.mark.parametrize("footer, fires", [
    ("主办单位：青松镇人民政府 联系电话：0531—4567890", True),  # the page's footer, left out of the text
    ("主办单位：青松镇人民政府 联系电话：0531-84567890", False),
])
def test_a_phone_number_of_the_page_around_the_report(footer, fires):
    text = "一、总体情况\n本镇依法推进政务公开。"
    assert ("contact.phone" in ids(run(report(text, original=text + "\n" + footer)))) is fires


def _organ_page(organ: str, header: str, opening: str) -> checks.ReportSource:
    """A page of ``organ``'s report: the site's header line (kept only in the text as published) and the opening."""
    text = f"{organ}2021年政府信息公开工作年度报告\n本报告依据条例编制。{opening}\n一、总体情况\n"
    return checks.ReportSource(path="r.txt", text=text, original_text=header + text, year=2021,
                               fmt=formats.for_year(2021), organ=organ)


@pytest.mark.parametrize("organ, opening, fires", [
    ("青松乡", "请联系示例县青松集镇，电话：0792-1234567。", True),  # another place of the township's kind
    ("青松乡", "请联系示例县青松乡党政办，电话：0792-1234567。", False),  # a county prefix and an office
    ("青松乡人民政府", "请与乡政府党政办联系。", False),  # a short form
    ("青松乡人民政府", "请与本乡党政办联系。", False),  # the organ speaking of itself
    ("示例县交通运输局", "请与县交通局办公室联系。", False),  # 交通局 is a short form of 交通运输局
    ("示例县交通运输局", "请与县政府办公室联系。", False),  # another kind of organ
    ("青松乡人民政府", "请与松乡党政办联系。", True),  # the place name's first character lost
    ("青松乡人民政府", "请与乡镇党政办联系。", False),
])
def test_organ_page_name_in_the_contact_sentence(organ, opening, fires):
    assert ("organ.page_name" in ids(run(_organ_page(organ, "", opening)))) is fires


def test_cell_short_row_one_row_printed_with_fewer_numbers_than_columns():
    found = run(imported(T2_2021.replace("行政规范性文件 | 1 | 0 | 3", "行政规范性文件 | 4")))
    short = [f for f in found if f.id == "cell.short_row"]
    assert [(f.table, f.row) for f in short] == [("t2", "normative_docs")]
    assert not any(f.id == "cell.missing" and f.row == "normative_docs" for f in found)  # said once, rightly
    assert "cell.short_row" not in ids(run(imported(T2_2021)))


@pytest.mark.parametrize("text, fires", [
    ("本报告所列数据的统计期限为2023年1月1日至12月31止。", True),  # 日 lost before 止
    ("本报告所列数据的统计期限为2023年1月1日至12月31日止。", False),
])
def test_a_day_without_its_character_before_the_end_of_the_period(text, fires):
    assert ("period.garbled_date" in ids(run(report(text, year=2023)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("地址：青松大道1号某某区区行政中心5号楼。", True),
    ("地址：青松大道1号某某区行政中心5号楼，杨柳乡乡村两级公开栏同步更新。", False),
])
def test_the_unit_of_a_place_written_twice_before_the_office(text, fires):
    assert ("wording.doubled_word" in ids(run(report(text)))) is fires


# ---------------------------------------------------------------- classes widened with the sixth held-out set (rules10a)

@pytest.mark.parametrize("year, text, fires", [
    (2022, "依据《政府信息公开年度报告有关事项的通知》编制本报告。", True),  # 关于 and 工作 left out
    (2023, "根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制。", True),
    (2023, "根据市政府办公室《关于做好2023年度政府信息公开工作年度报告有关事项的通知》编制。", False),
    (2020, "依据《关于政府信息公开工作年度报告有关事项的通知》编制本报告。", False),  # the notice of its years
])
def test_the_2019_notice_cited_by_its_name(year, text, fires):
    assert ("format.notice" in ids(run(report(text, year=year)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照县委、县政府的统计部署和要求，推进政务公开。", True),
    ("按照统计部署工作方案开展普查。", False),
    ("2021年度来未受理政府信息公开申请。", True),
    ("2021年度来源于各村的信息均已公开。", False),
    ("切实提升政府工作的分信力。", True),
    ("切实提升政府的公信力度。", True),
    ("公开办事指南、办事结构等信息。", True),
    ("全年公开规章文件3条，规范计划4条。", True),
    ("进一步规范计划管理。", False),  # 规范 a verb
    ("切实发挥信思公开的作用。", True),
    ("2024年，本局共受理政府信息公开1件，已按时办结。", True),
    ("2024年，本局共受理政府信息公开申请1件，受理政府信息公开方面的咨询3次。", False),
    ("公开机构职能已及工作动态。", True),
    ("收到申请2件，都已及时准确地进行了答复。", False),  # 已 + 及时
])
def test_misnamed_set_phrases(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("????????\n本局依法推进政务公开。", True),
    ("本局\ufffd\ufffd\ufffd推进政务公开。", True),
    ("对本报告有疑问？请来电咨询。", False),
    ("??本局依法推进政务公开。", True),  # a lost character opening the paragraph
    ("本局依法推进政务公开)?,F将信息公开如下。", True),
    ("详见 http://www.example.gov.cn/index.jsp?area=113 。", False),  # a URL's query
    ("本年主动***息120条，主动***息的渠道有网站。", True),  # masked by the site's word filter
    ("带*号的为必填项，**为选填项。", False),
])
def test_characters_lost_to_the_encoding(text, fires):
    assert ("integrity.fragment" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("original, fires", [
    ("本局全麵推進政務公开，公开信息一百二十条，涉及财政预算、工作动态、通知公告等方面。", True),
    ("简体 | 繁體中文\n本局全面推进政务公开，公开信息一百二十条。", False),  # the page's link to its traditional version
    ("本局全面推進政务公开，公开信息一百二十条。", False),  # one character: not counted as the script
    ("首页 | 無障礙 | 長者版\n本局全面推进政务公开，公开信息一百二十条。", False),  # the page's menu
])
def test_a_few_traditional_characters_in_a_simplified_text(original, fires):
    plain = original.replace("麵", "面").replace("推進", "推进").replace("政務", "政务").replace("繁體", "繁体")
    plain = plain.replace("無障礙", "无障碍").replace("長者", "长者")
    assert ("wording.traditional" in ids(run(report(plain, original=original)))) is fires


@pytest.mark.parametrize("text, fires", [
    # 现将……公开如下 lists five parts and leaves out 其他需要报告的事项
    ("根据《条例》要求，现将青松镇2021年度政府信息公开总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，"
     "政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况公开如下。", True),
    ("现将青松镇2021年政府信息公开工作情况报告如下。", False),
    # the same part again with 的 added, not next to the first
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、主动公开政府信息的情况、"
     "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分组成。", True),
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
     "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。", False),
])
def test_outline_forms_and_parts_listed_again(text, fires):
    assert ("wording.outline" in ids(run(report(text)))) is fires


def test_a_part_written_twice_in_a_row_is_one_finding():
    text = ("全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、"
            "因政府信息公开工作被申请行政复议和提起行政诉讼情况、存在的问题及改进情况、其他需要报告的事项六个部分组成。")
    # (the outline's finding says the part is listed twice; the doubled clause runs on, so it is not one of its own)
    assert [i for i in ids(run(report(text))) if i.startswith("wording.")] == ["wording.outline"]


@pytest.mark.parametrize("text, fires", [
    ("编制了《欧博官网 司法局2019年政府信息公开工作年度报告》。", True),  # a betting brand in place of the district
    ("欧博士为本局干部讲解条例。", False),  # Dr Ou
    ("根据省、市abcbet体育_abcbet官网关于做好年度报告的通知要求编制。", True),  # a betting brand before 体育/官网
    ("根据省、市关于做好年度报告的通知要求编制，详见本局官网。", False),
    ("全面贯彻落实省、市球迷网政务公开工作有关文件。", True),  # a sports site's name put before 政务
    ("扎实推进某某直播公开各项工作。", True),  # in place of 政务
    ("组织网络直播公开招聘面试，开展直播带货培训。", False),
    ("报告电子版可从“青松省人民政府”门户网站(m.example.com)下载。", True),  # a government's site under .com
    ("报告电子版可从“青松省人民政府”门户网站(www.qs.gov.cn)下载。", False),
    ("本年度报告的电子版本可以从http://www.example.com/下载。", True),  # the download address outside gov.cn
    ("本年度报告的电子版本可以从http://www.qs.gov.cn/下载。", False),
    ("按照《青松足彩网做好2019年度政府信息公开工作年度报告编制工作的通知》编制。", True),  # in place of 关于
    ("通过“青山市abcdef区白沙街道办事处”公众号公开信息。", True),  # a mirror's name inside a place name
    ("其中白沙区龙8国际门户网站发布动态信息300条。", True),  # a casino's brand in place of 政府
    ("其中白沙区人民政府门户网站发布动态信息300条，龙8村公开村务8条。", False),
    ("通过“青山市白沙区白沙街道办事处”公众号和LED屏公开信息。", False),
    ("通过门户网站政府信息公开年报栏目(//www.example.com/qsxrmzf/nb/202501/8c0f72c0a17a49ebab8f723a6f35a10e.shtml)公开。", True),
    ("通过门户网站政府信息公开年报栏目(//www.qs.gov.cn/qsxrmzf/nb/202501/8c0f72c0a17a49ebab8f723a6f35a10e.shtml)公开。", False),
])
def test_a_betting_brand_in_place_of_a_name(text, fires):
    assert ("integrity.spam" in ids(run(report(text, year=2019)))) is fires


@pytest.mark.parametrize("text, rule", [
    # an emptied address on a page a mirror has rewritten elsewhere too is its rewriting; else the address was lost
    ("报告电子版可在青松市政府网站()下载。青松市人民政府办公室雷速体育直播编制本报告。", "integrity.spam"),
    ("报告电子版可在青松市政府网站()下载。青松市人民政府办公室编制本报告。", "contact.url"),
])
def test_an_emptied_address_on_a_mirror_is_its_rewriting(text, rule):
    found = [f.id for f in run(report(text, year=2023)) if "只剩括号" in f.message]
    assert found == [rule]


def test_a_mirror_address_in_the_download_sentence_is_one_finding():
    text = "报告电子版可从“青松省人民政府”门户网站(m.example.com)下载。"
    assert ids(run(report(text, year=2019))).count("integrity.spam") == 1


@pytest.mark.parametrize("text, original, fires", [
    ("本乡通过网路公开资讯", "本鄉通過網路公開資訊，根據條例編製", True),  # a traditional page in Taiwan usage
    ("本乡及时发布各方面资讯", "本鄉及時發布各方面資訊，根據條例編製", False),  # one 资讯 may be the writer's word
    ("本乡通过网站公开便民资讯，坚持高品质生活", "本乡通过网站公开便民资讯，坚持高品质生活", False),  # mainland words
    ("本乡通过网络公开信息", "本鄉通過網絡公開信息，根據條例編製", False),  # traditional, mainland words
    ("本乡制定规范性档案，年度项目计划", "本鄉制定規範性檔案，年度項目計畫，根據條例編製", True),  # 文件 and 计划 swapped
    ("本乡档案馆公开年度计划", "本鄉檔案館公開年度計劃，根據條例編製", False),  # archives; the mainland 計劃
    ("认领“网际网路+监管”事项28项", "認領“網際網路+監管”事項28項，根據條例編製", True),  # no mainland writer's word, once
    ("公开部门档案类信息5条，升级平台搜寻引擎", "公開部門檔案類信息5條，升級平台搜尋引擎，根據條例編製", True),  # 文件 and 搜索 swapped
    ("全年开通网路、信函等申请渠道，推出系列报导。", "全年開通網路、信函等申請渠道，推出系列報導。", True),  # 网路 and 报导
    ("公开各项重要政策、档案，依程式办理", "公開各項重要政策、檔案，依程式辦理，根據條例編製", True),  # 文件 after 政策、 and 程序
    ("公开各项重要政策、档案馆简介", "公開各項重要政策、檔案館簡介，根據條例編製", False),  # archives
])
def test_taiwan_usage_only_on_a_traditional_page(text, original, fires):
    assert ("wording.regional" in ids(run(report(text, original=original)))) is fires


@pytest.mark.parametrize("organ, text, fires", [
    ("白沙镇人民政府", "本报告综合全区各镇（街办）、各部门2019年政府信息公开工作情况编制。", True),
    ("青松区人民政府", "本报告综合全区各镇（街办）、各部门2019年政府信息公开工作情况编制。", False),  # the district's own
    ("白沙街道办事处", "街道切实履行政府信息公开工作主管部门职责。", True),
    ("青松区人民政府办公室", "区政府办公室切实履行政府信息公开工作主管部门职责。", False),
    ("白沙街道办事处", "结合机构改革，调整充实青松市政府信息公开工作领导小组。", True),
    ("白沙街道办事处", "结合机构改革，调整充实街道政府信息公开工作领导小组。", False),
])
def test_a_higher_organs_words_in_a_townships_report(organ, text, fires):
    assert ("content.scope" in ids(run(dataclasses.replace(report(text), organ=organ)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("根据《条例》和《政府信息公开工作年度报告》编制要求，编制本报告。", True),  # the format cited as a report
    ("现公布《青松镇2021年政府信息公开工作年度报告》。", False),  # the report's own name
])
def test_the_format_cited_as_a_report(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("本年发布政策解读信息条，工作动态20条。", True),
    ("本年发布政策解读信息3条，工作动态20条。", False),
    ("逐条核对，确保无误。", False),
])
def test_a_measure_word_without_its_count(text, fires):
    assert ("wording.count_unit" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("全年主动公开信息86条其中工作动态56条。", True),
    ("全年主动公开信息86条，其中工作动态56条。", False),
    ("本年度制发规范性文件，其中涉及民生的较多。", False),  # no count after 其中
    ("本镇贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》）根据上级要求推进公开。", True),
    ("本报告由青松镇党政办公室（以下简称党政办）根据《条例》编制。", False),  # an organ's short name, the subject
    ("全年公开政策及实施情况120条强化营商环境信息公开。", True),
    ("全年公开政策及实施情况120条，强化营商环境信息公开。", False),
    ("2020年，在县委、县政府的正确领导党委政府的精心指导下，严格按照条例推进公开。", True),
    ("2020年，在县委、县政府的坚强领导以及县政务公开办的精心指导下，严格按照条例推进公开。", False),
    ("本区聚焦“四件大事”聚力“四个创建”，推进政务公开。", True),
    ("本区聚焦“四件大事”，聚力“四个创建”，推进政务公开。", False),
])
def test_parts_run_on_from_their_count(text, fires):
    assert ("wording.sentence_stop" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("本年公开行规范性文件3件。", True),  # 政 left out of 行政规范性文件
    ("本年公开现行规范性文件3件。", False),  # 现行 + 规范性文件
])
def test_a_word_before_is_not_a_shortened_phrase(text, fires):
    assert ("wording.fixed_phrase" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("某某镇2020年政府信息公开工作年度报告\n正文。", True),
    ("本报告依照某市2019年度的政府信息公开年度报告提纲编制。统计期限为2021年全年。", False),  # another document
    # last year's report among what was published; the opening announcing another year's report (announced_year's)
    ("本报告统计期限为2021年1月1日至12月31日。全年主动公开信息2条，包括白沙街道2020年政府信息公开工作年度报告、领导分工的通知。",
     False),
    ("本报告统计期限为2021年1月1日至12月31日。现向社会公布白沙镇人民政府2020年政府信息公开工作年度报告。", False),
    # the notice on another year's reports, cited in the opening
    ("本报告统计期限为2021年1月1日至12月31日。按照《某省政务公开办公室关于做好2020年政府信息公开工作年度报告编制发布工作的通知》要求编制。",
     False),
    # any other document's title (a 工作提示, not a 通知), and last year's report counted among what was published
    ("本报告依据《关于做好2020年政府信息公开年度报告及政府网站年度报表编制和发布工作的工作提示》编制，统计期限为2021年1月1日至12月31日。",
     False),
    ("一、总体情况\n本镇2021年公开文件3条、某镇2020年度政府信息公开工作年度报告1条。", False),
])
def test_the_title_year_is_the_reports_own(text, fires):
    assert ("period.title_year" in ids(run(report(text)))) is fires


def test_findings_are_the_same_in_every_process():
    # Two old parts of one length: which one is named must not hang on the process's string hashing.
    code = ("from nianbao import checks, formats;"
            "text = '（三）复议、诉讼和申诉情况\\n（四）支出和收费情况\\n无。';"
            "source = checks.ReportSource(path='r.txt', text=text, original_text=text, year=2021,"
            " fmt=formats.for_year(2021), truncated=False);"
            "print([f.message for f in checks.run_checks(None, source=source)])")
    out = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout for seed in ("1", "2", "3")}
    assert len(out) == 1 and "收费" in next(iter(out))


@pytest.mark.parametrize("text, fires", [
    ("本乡贯彻条例，“以公开为常态、不公开为例外”原则，加强组织领导。", True),
    ("本乡坚持“以公开为常态、不公开为例外”原则，加强组织领导。", False),
    ("本乡按照要求，“以公开为常态、不公开为例外”，加强组织领导。", False),  # 以……为…… is itself the verb
    ("本乡贯彻条例，遵循“谁公开、谁审查”的原则。", False),
])
def test_a_principle_with_nothing_to_hold_to_it(text, fires):
    assert ("wording.missing_verb" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("如本报告有疑问，请联系本乡党政办公室。", False),  # 对 left out, as auditors leave it (typos.yaml's header)
    ("本年度共到0件，无结转。", True),  # 收 left out of 共收到
    ("全年会议共到12人次。", False),
    ("根据国务院办公厅政府信息与政府信息公开办公室的通知编制。", True),  # 政务 written as 政府信息
    ("根据国务院办公厅政府信息与政务公开办公室的通知编制。", False),
])
def test_a_character_left_out_of_a_common_phrase(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("header, fires", [
    ("信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n规章\n\n0", True),  # 数 left out
    ("信息内容 | 制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0", True),  # 本年新 left out
    ("信息内容 | 本年新 | 制作数量 | 本年新 | 公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0", False),  # wrapped over two cells
    ("信息内容\n本年制发件数\n本年废止件数\n现行有效件\n数\n规章", False),  # wrapped over two lines
    ("信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件", False),  # the page ends mid-label
    ("本年新增审批事项\n制作数量\n依法公开", False),  # not among a table's labels
    ("信息内容\n本年发件\n本年废止件数\n现行有效件数\n规章\n0", True),  # 制 and 数 left out
    ("上一年项目数量\n本年增/\n处理决定数量\n行政许可\n3", True),  # 减 left out
    ("上一年项目数量\n本年增/\n减\n处理决定数量\n行政许可\n3", False),  # wrapped over two lines
])
def test_a_column_label_with_characters_left_out(header, fires):
    assert ("wording.table_label" in ids(run(report(header, year=2020)))) is fires


def test_the_cut_labels_of_one_table_are_one_finding():
    found = [f for f in run(report("信息内容\n本年发件\n本年废止件数\n现行有效件\n规章\n0", year=2022))
             if f.id == "wording.table_label"]
    assert len(found) == 1 and "本年发件" in found[0].message and "现行有效件" in found[0].message


@pytest.mark.parametrize("extra, rule_id", [
    (["规范性文件"], "wording.table_label"),  # 行政 left out of the 2021 label 行政规范性文件
    (["行政检查"], "format.extra_row"),  # a row the format does not have
])
def test_a_row_label_cut_short_is_not_an_extra_row(extra, rule_id):
    text = "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
    source = checks.ReportSource(path="r.txt", text=text, original_text=text, year=2022, fmt=formats.for_year(2022),
                                 truncated=False, extra_rows={"t2": extra})
    found = {f.id for f in run(source)} & {"wording.table_label", "format.extra_row"}
    assert found == {rule_id}


@pytest.mark.parametrize("text, fires", [
    ("现将本镇主动公开、依申请公开情况公开如下本报告中所列数据的统计期限为2021年1月1日至12月31日。", True),
    ("现将本镇主动公开、依申请公开情况公开如下。本报告中所列数据的统计期限为2021年1月1日至12月31日。", False),
    ("本镇扎实推进政务公开，现将本镇年度工作总结如下\n一、总体情况\n全年公开信息40条。", True),  # the colon lost
    ("本镇扎实推进政务公开，现将本镇年度工作总结如下：\n一、总体情况\n全年公开信息40条。", False),
])
def test_an_announcement_run_on_into_the_next_sentence(text, fires):
    assert ("wording.sentence_stop" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("未发生因政府信息公开引发的行政复议、行政诉讼和和行政赔偿。", True),
    ("邻里之间和和美美，本镇未收到政府信息公开申请。", False),
])
def test_a_conjunction_written_twice(text, fires):
    assert ("wording.doubled_word" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("积极在镇便民中心的公众号上对重大活动在公众号上予以公开。", True),
    ("积极在公众号上公开重大活动，在公众号上回应关切。", False),  # two clauses
])
def test_a_place_said_twice_in_one_clause(text, fires):
    assert ("wording.doubled_word" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("heading, rule_id", [
    ("二、主动公开信息情况", "wording.fixed_phrase"),  # 政府 left out of the title: a wording slip
    ("一、总体要求", "format.section_title"),  # another heading under the number
])
def test_a_heading_with_characters_left_out_is_a_wording_slip(heading, rule_id):
    text = f"{heading}\n本镇依法推进公开。\n三、收到和处理政府信息公开申请情况\n本年未收到申请。\n"
    found = {f.id for f in run(report(text))} & {"wording.fixed_phrase", "format.section_title"}
    assert found == {rule_id}


def test_cell_short_rows_of_one_table_are_one_finding():
    tables = T2_2021.replace("规章 | 0 | 0 | 0", "规章 | 0").replace("行政规范性文件 | 1 | 0 | 3", "行政规范性文件 | 4")
    short = [f for f in run(imported(tables)) if f.id == "cell.short_row"]
    assert len(short) == 1 and short[0].table == "t2"
    assert {"t2.rules.made", "t2.normative_docs.in_force"} <= set(short[0].cells)


@pytest.mark.parametrize("text, fires", [
    ("本年度0件转结至2024年办理。", True),  # a 2024 report carrying into its own year
    ("经查，2023年收到、结转至2024年作出答复的申请1件。", False),  # last year's application carried in
    ("本年度1件结转至2025年办理。", False),
    # last year's carry-in said before a ；, then this year's carry-out into the report's own year
    ("全年接收申请2036件，2023年结转183件；全年办理1875件，结转2024年344件。", True),
])
def test_carry_year_reads_what_is_carried_in(text, fires):
    assert ("period.carry_year" in ids(run(report(text, year=2024)))) is fires


def test_a_tag_half_lost_in_garbling_is_the_garblings_one_finding():
    found = [f for f in run(report("（二）工作情况?/p>设专人负责。")) if f.id == "integrity.fragment"]
    assert len(found) == 1 and "乱码" in found[0].message
    assert any("残留碎片" in f.message for f in run(report("（二）工作情况 /p>设专人负责。")))


@pytest.mark.parametrize("text, fires", [
    # 13/1046 is 1.24%: printed 1.3% so that the shares add up to 100%
    ("全年共收到申请1046件，其中网上提交862件，占比82.4%；信函提交171件，占比16.3%；当面提交13件，占比1.3%。", False),
    ("全年共收到申请1046件，其中网上提交862件，占比82.4%；信函提交171件，占比16.3%；当面提交13件，占比2.3%。", True),
    # shares cut after the last digit printed, not rounded: 31 of 165 is 18.8%, printed 18%
    ("全年公开信息165条，其中动态31条，占比18%；公告16条，占比9%；政策118条，占比71%。", False),
    ("全年公开信息165条，其中动态31条，占比18%；公告16条，占比9%；其他18条，占比8%。", True),
])
def test_shares_rounded_to_add_up_to_100(text, fires):
    assert ("text.share" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("title, organ, fires", [
    ("青松市东湖区人民政府2023年政府信息公开工作年度报告", "东湖区人民政府", False),  # the city before the district
    ("青松市西山区人民政府2023年政府信息公开工作年度报告", "东湖区人民政府", True),
    ("东湖区人民政府关于2023年政府信息公开工作的年度报告", "东湖区人民政府", False),  # 关于 after the organ
    ("青松县2023年政府信息公开工作年度报告", "青松县人民政府办公室", False),  # the county's report, compiled by its office
    ("青松县2023年政府信息公开工作年度报告", "白山县人民政府办公室", True),
    ("青松省民宗局2023年政府信息公开工作年度报告", "青松省民族宗教事务局", False),  # a department's short name
    ("青松省民政局2023年政府信息公开工作年度报告", "青松省民族宗教事务局", True),
    ("青石镇2023年政府信息公开工作年度报告", "青石松镇人民政府", True),  # a township's name has no short form
    ("现将我委2023年度政府信息公开工作报告如下：", "青松县高新区管委会", False),  # a sentence, not the title
    ("现公开青石街办2023年政府信息公开工作年度报告，本报告所列数据", "青石街道办事处", False),  # a sentence (heldout62d)
    ("现发布《青松市白沙区人民政府机关2021年政府信息公开工作年度报告》。", "青松市白沙区人民政府", False),  # its offices, 机关
    ("为切实做好2023年度政府信息公开工作年度报告编制工作，根据条例", "青松市大数据局", False),  # a purpose (heldout54d)
    ("关于2023年度政府信息公开工作年度报告", "青石镇人民政府", False),  # a title naming no organ (heldout19d's crash)
    ("青松市白山区人民政府青石街道\n办事处2023年政府信息公开工作年度报告", "青石街道办事处", False),  # broken title
    ("青松市白山区人民政府白沙街道\n办事处2023年政府信息公开工作年度报告", "青石街道办事处", True),
    ("青松经济技术开发区2023年政府信息公开工作年度报告", "青松经济技术开发区管理委员会", False),  # a zone, its committee
    ("青松经济技术开发区2023年政府信息公开工作年度报告", "白山县人民政府", True),
    # the opening sentence in the title's place, its verb before the year (167d h01)
    ("青松高新区管委会规划住建局向社会公布2022年度信息公开年度报告。本报告由六部分组成。", "青松高新区管委会规划住建局", False),
    ("青松县机构编制委员会办公室2022年政府信息公开工作年度报告", "白山县人民政府", True),  # 编制 inside a name
])
def test_title_organ_with_the_larger_place_before_it(title, organ, fires):
    source = dataclasses.replace(report(f"{title}\n一、总体情况\n正文。\n", year=2023), organ=organ)
    assert ("organ.title_signature" in ids(run(source))) is fires


@pytest.mark.parametrize("text, fires", [
    ("公众可登陆区政府网站查阅本报告。", True),
    ("公众可登录区政府网站查阅本报告；台风登陆期间暂停现场查阅。", False),
    ("各类信息有利地促进了政务公开工作。", True),
    ("本镇地处交通有利地形，有利地位明显。", False),
])
def test_wrong_characters_in_set_phrases_of_two_kinds(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("做好动态信息公开。2022依托政府门户网站发布信息30条。", True),
    ("做好动态信息公开。2022年依托政府门户网站发布信息30条；2022版目录已更新。", False),
    ("按照《条例》和《2022政务公开工作要点》推进公开。", True),  # a document's name
    ("落实《2022年政务公开工作要点》和2022至2024年规划，全年刊发报道2000篇。", False),
    ("统计期限为2022你那1月1日至2022年12月31日。", False),  # a garbled date: period.garbled_date's
])
def test_a_sentence_opening_with_the_year_without_nian(text, fires):
    assert ("wording.year_unit" in ids(run(report(text, year=2022)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("公开了财政、民生领域、等社会关注的信息。", True),
    ("公开了财政、民生等领域社会关注的信息。", False),
    ("推进党务公开、事务公开、和村务公开。", True),
    ("推进党务公开、事务公开和村务公开，确保全面、及时、准确。", False),
])
def test_an_enumeration_comma_before_deng(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("信息内容 | 采购项目数量 | 采购总金额（万元，保留四位小数）", True),
    ("信息内容 | 上一年项目数量 | 本年增/减（指比上年增加或减少的事项数，减用负值表示）", True),
    ("信息内容 | 采购项目数量 | 采购总金额（万元）", False),
])
def test_a_templates_filling_instructions_left_in_a_header(text, fires):
    assert ("integrity.template" in ids(run(report(text, year=2020)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("根据《关于政府信息公开年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，现公布本报告。", True),
    ("根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，现公布本报告。", False),
])
def test_the_2019_notice_named_without_gong_zuo(text, fires):
    assert ("wording.document_name" in ids(run(report(text, year=2019)))) is fires


def test_another_formats_notice_named_short_is_one_finding():
    found = ids(run(report("根据《政府信息公开年度报告有关事项的通知》要求编制本报告。", year=2022)))
    assert "format.notice" in found and "wording.document_name" not in found


@pytest.mark.parametrize("text, fires", [
    ("如有疑问请与党政办联系（地址：青松镇人民路1号，电话：0566-1234567\n一、总体情况\n本镇依法推进公开。", True),
    ("本镇依法推进公开。\n如有疑问请与党政办联系（地址：青松镇人民路1号，电话", False),  # the page stops there
])
def test_a_bracket_left_open_before_the_next_paragraph(text, fires):
    assert ("wording.quotes" in ids(run(report(text)))) is fires


_SIX = ("总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、{four}、存在的主要问题及改进情况、"
        "其他需要报告的事项")


@pytest.mark.parametrize("text, problem", [
    ("本报告由" + _SIX.format(four="政府信息公开行政复议") + "组成。", "只列了行政复议"),  # 行政诉讼 left out
    ("本报告由" + _SIX.format(four="行政诉讼情况") + "组成。", "只列了行政诉讼"),
    ("本报告由" + _SIX.format(four="政府信息公开行政复议、行政诉讼情况") + "组成。", None),
    ("本报告由“总体情况”、“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议”、“行政诉讼情况”、"
     "“存在的主要问题及改进情况”、“其他需要报告的事项”六个部分组成。", "实际列出7部分"),  # each item quoted: seven
    ("本报告由“总体情况”、“主动公开政府信息情况”、“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”、"
     "“存在的主要问题及改进情况”、“其他需要报告的事项”六个部分组成。", None),
    ("本报告包括" + _SIX.format(four="政府信息公开行政复议、行政诉讼情况") + "、平台建设方面、工作保障方面等8个部分。", None),
])
def test_outline_section_four_and_quoted_items(text, problem):
    found = [f.message for f in run(report(text)) if f.id == "wording.outline"]
    if problem:
        assert len(found) == 1 and problem in found[0]
    else:
        assert not found


def test_an_outline_of_overview_items_is_a_format_finding_only():
    found = ids(run(report("本报告包括" + _SIX.format(four="政府信息公开行政复议、行政诉讼情况")
                           + "、平台建设方面、工作保障方面等8个部分。")))
    assert "format.outline" in found and "wording.outline" not in found


def test_an_outline_of_the_old_structure_is_left_to_format_superseded():
    text = "本报告由基本概况、主动公开政府信息情况、依申请公开政府信息情况、行政复议和行政诉讼情况、存在的主要问题及改进措施等方面组成。"
    found = ids(run(report(text)))
    assert "format.superseded" in found and "wording.outline" not in found


@pytest.mark.parametrize("text, fires", [
    ("一、总体情况\n（一）公开的主要内容\n全年公开信息40条。\n（二）公开形式\n1.互联网\n本镇通过网站公开。", True),
    ("一、总体情况\n（一）公开的主要内容\n全年公开信息40条。\n（二）依申请公开\n本镇未收到申请。", False),  # one of the two
])
def test_the_items_of_the_old_structure(text, fires):
    assert ("format.superseded" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("header, fires", [
    ("信息内容 | 上一年项目数量 (指2019年事项数) | 本年增/减 (指2020年增加或减少的事项数,减用负值表示) | 处理决定数量", True),
    ("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n三类内部事务信息（指人事管理、后勤管理信息）不予公开。", False),
])
def test_the_template_notes_left_in_a_table_header(header, fires):
    assert ("integrity.template" in ids(run(report(header, year=2020)))) is fires


def test_one_year_said_for_the_budget_and_the_final_accounts_together_is_not_said_to_be_wrong():
    # (the year may be the budget's alone; the accounts published beside it last year's)
    assert "content.final_accounts_year" not in ids(run(report("本年度公开了2023年度部门预算、决算和“三公”经费信息。", year=2023)))
    assert "content.final_accounts_year" in ids(run(report("本年度公开了2023年度部门决算及2023年度部门预算。", year=2023)))


@pytest.mark.parametrize("text, fires", [
    ("全年公开信息300条，其中规划计划类信息134条，工作动态类信息4条，规划计划类信息162条。", True),
    ("全年公开信息300条，其中规划计划类信息134条，工作动态类信息4条，规划计划类信息134条。", False),  # the same count
    ("共发布政务信息439条，其中时政要闻信息109条，政务信息330条。", False),  # the total, then a part of that name
    ("网站发布工作动态类信息20条。公众号发布工作动态类信息30条。", False),  # two sentences, two channels
])
def test_one_kind_counted_twice(text, fires):
    assert ("content.kind_twice" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("title, fires", [
    ("2022度某区某街道信息公开工作年度报告", True),  # 年 and 政府 lost: the title's year all the same
    ("2023度某区某街道信息公开工作年度报告", False),
])
def test_a_title_with_its_year_s_word_lost_still_gives_its_year(title, fires):
    text = f"{title}\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n本年公开信息20条。\n"
    assert ("period.title_year" in ids(run(report(text, year=2023)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("一、总体情况\n2022年某街道办事处按照《条例》要求推进公开。\n", True),  # the year, then the subject, no comma
    ("一、总体情况\n2022年，某街道办事处按照《条例》要求推进公开。\n", True),
    ("一、总体情况\n2023年某街道办事处按照《条例》要求推进公开。\n", False),
    ("一、总体情况\n2022年以来，某街道办事处按照《条例》要求推进公开。\n", False),
])
def test_part_one_opening_with_another_year(text, fires):
    assert ("period.other_year" in ids(run(report(text, year=2023)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按时发布各部门2022年部门预算、2021年部门决算。", True),  # both a year behind: last year's sentence
    ("按时发布各部门2023年部门预算、2022年部门决算。", False),
    ("2022年部门预算执行良好，2021年部门决算已于上年公开。", True),
    ("对照2022年部门预算，梳理2021年决算中的问题。", False),  # nothing published
])
def test_the_budget_and_the_final_accounts_both_a_year_behind(text, fires):
    assert ("content.final_accounts_year" in ids(run(report(text, year=2023)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("根据《2021年青松区政务公开工作要点》（以下简称《规定》）要求编制。", True),  # the short name's words not the title's
    ("根据《2021年青松区政务公开工作要点》（以下简称《要点》）要求编制。", False),
    ("根据《中华人民共和国政府信息公开条例》（以下简称新《条例》）编制。", False),
    ("根据《中华人民共和国政府信息公开条例》（以下简称《新条例》）编制。", False),  # 新, the new one, qualifies it
])
def test_a_short_name_whose_words_are_not_the_titles(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


def test_a_street_office_named_in_the_address_locates_the_organ():
    text = "如有疑问请与青松县民政局联系（地址：青松县白沙街道办事处长虹路4号）。本局依法公开信息。"
    assert "organ.name" not in ids(checks.run_checks(None, source=checks.ReportSource(
        path="r.txt", text=text, original_text=text, year=2021, fmt=formats.for_year(2021), organ="青松县民政局")))
    text = "如有疑问请与青松县民政局联系。白沙街道办事处依法公开信息。"
    assert "organ.name" in ids(checks.run_checks(None, source=checks.ReportSource(
        path="r.txt", text=text, original_text=text, year=2021, fmt=formats.for_year(2021), organ="青松县民政局")))


def test_a_county_governments_report_names_its_street_offices():
    # heldout150d h05, rebuilt: the district's own report names the street offices it works with
    text = "如有疑问请与青松区人民政府办公室联系。山腰街道办事处依法公开信息。"
    assert "organ.name" not in ids(checks.run_checks(None, source=checks.ReportSource(
        path="r.txt", text=text, original_text=text, year=2024, fmt=formats.for_year(2024), organ="青松区人民政府")))


def test_the_template_notes_left_in_a_traditional_pages_table_header():
    # the notes read in the simplified text, as the labels they follow
    page = "信息內容 | 上一年項目數量 (指2019年事項數) | 本年增/減 (指2020年增加或減少的事項數,減用負值表示) | 處理決定數量"
    simplified = "信息内容 | 上一年项目数量 (指2019年事项数) | 本年增/减 (指2020年增加或减少的事项数,减用负值表示) | 处理决定数量"
    assert "integrity.template" in ids(run(report(simplified, year=2020, original=page)))


@pytest.mark.parametrize("text, fires", [
    ("根据《县政府办公室关于做好年度报告工作的通知》〔2024〕—3号要求编制。", True),  # no issuer, a dash
    ("根据《县政府办公室关于做好年度报告工作的通知》（〔2024〕3号）要求编制。", True),  # no issuer
    ("根据《县政府办公室关于做好年度报告工作的通知》（县政办函〔2024〕3号）要求编制。", False),
    ("根据《县政府办公室关于做好年度报告工作的通知》（县政办函 〔2024〕 3号）要求编制。", False),
    ("根据《县政府办公室关于做好年度报告工作的通知》（县政办函〔2024〕年3号）要求编制。", True),  # 年 after the year
])
def test_a_document_number_without_its_issuer(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("本局贯彻落实《中华人民共和国政府信息公开条例》及《青松市政府信息公开条例》有关规定。", True),
    ("本局贯彻落实《中华人民共和国政府信息公开条例》及《青松市政府信息公开规定》有关规定。", False),
])
def test_a_local_regulation_named_like_the_state_councils(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


def test_an_item_naming_two_kinds_with_a_count_each_adds_up():
    text = ("全年主动公开政府信息100条，其中政策文件信息20条，政策解读信息10条；财政信息30条；"
            "社会救助等领域信息40条。")
    assert "text.sum" not in ids(run(report(text)))
    assert "text.sum" in ids(run(report(text.replace("40条", "30条"))))


@pytest.mark.parametrize("text, fires", [
    ("在县委、县政府的正确领导，本镇依法推进政务公开。", True),  # 下 left out
    ("在县委、县政府的正确领导下，本镇依法推进政务公开，坚持党的领导，落实工作责任。", False),
])
def test_the_frame_zai_de_lingdao_without_xia(text, fires):
    assert ("wording.missing_preposition" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("青松镇政府信息公开工作年度报告\n根据条例要求，编制青松镇2019年度报告。\n一、总体情况\n", True),  # the year only in a sentence
    ("青松镇\n2019年政府信息公开工作年度报告\n根据条例要求编制本报告。\n一、总体情况\n", False),
    # a scraped title with a table cell's bar at its end
    ("| 当前位置：首页 |\n|\n青松镇政府信息公开工作年度报告 |\n根据条例要求编制本报告。\n一、总体情况\n", True),
    ("| 当前位置：首页 |\n|\n青松镇2019年政府信息公开工作年度报告 |\n根据条例要求编制本报告。\n一、总体情况\n", False),
])
def test_a_title_without_its_year_whatever_the_opening_says(text, fires):
    assert ("period.title_no_year" in ids(run(report(text, year=2019)))) is fires


def test_a_period_garbled_where_stated_and_again_is_one_finding():
    text = "本报告统计期限为20211月1日至20211231日。截至20211231日，本镇未收到申请。"
    found = [f for f in run(report(text)) if f.id == "period.garbled_date"]
    assert len(found) == 1 and "共2处" in found[0].message


@pytest.mark.parametrize("text, fires", [
    ("2021年，我共收到政府信息公开申请2件。", True),
    ("本年度我未收到行政复议申请。", True),
    ("2021年，我镇共收到政府信息公开申请2件。", False),
    ("我们开展了“我为群众办实事”活动，加强自我监督，覆盖我辖区各村。", False),
    ("明确了我政府的分管领导。", False),
])
def test_self_reference_without_the_organ_word(text, fires):
    assert ("wording.missing_self_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》），根据《条例》要求编制本报告。", True),
    ("根据《条例》要求编制本报告。根据统计，全年公开信息60条。", False),
    ("按照上级部署，按照《条例》要求推进公开。", False),
])
def test_basis_written_twice_in_one_sentence(text, fires):
    assert ("wording.doubled_word" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("通过工作专栏公布信息135。全年未收到申请。", True),
    ("通过工作专栏公布信息135条，收到申请2件（其中1件已办结）。", False),
    ("公开《关于印发2021年工作要点的通知》（青政办发〔2021〕3号）。", False),
])
def test_a_count_without_its_measure_word(text, fires):
    assert ("wording.count_unit" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("加强网站建设，及时准确的更新各栏目。", True),
    ("加强网站建设，及时准确地更新各栏目。", False),
    ("做好信息的及时更新，确保主动的公开质量。", False),  # 的 before a noun
])
def test_de_written_for_di_before_a_verb(text, fires):
    assert ("wording.de_di" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕61号）编制本报告。", True),
    ("根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）编制本报告。", False),
    ("根据《关于做好2020年度政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2020〕5号）编制本报告。", False),
])
def test_a_notice_named_by_its_title_with_another_number(text, fires):
    found = [f for f in run(report(text, year=2020)) if f.id == "wording.document_name"]
    assert bool(found) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照《关于做好2022年度政府信息公开年工作年度报告有关事项的通知》编制本报告。", True),
    ("按照《关于做好2022年度政府信息公开工作年度报告有关事项的通知》编制本报告。", False),
    ("按照《关于编制公布政府信息公开工年度报告有关事项的通知》编制本报告。", True),  # 作 left out
])
def test_a_character_slipped_into_the_report_name(text, fires):
    assert ("wording.report_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("本局收到政府信息公开申请5件，上年结转2件，办结6件，结转下年度1件。", False),
    ("本局收到政府信息公开申请5件，上年结转2件，办结4件，结转下年度1件。", True),
    # carried in, written in a way the rule does not read: not checked
    ("本局收到政府信息公开申请5件，结转上年度申请2件，办结6件，结转下年度1件。", False),
    ("本局收到政府信息公开申请5件，办结4件。", False),  # nothing said of what was carried over
    # the figure before its verb, the year carried to written out, the carried-in held in the count received
    ("本局共受理政府信息公开申请455件，其中4件来自上一年度结转，本年度完成451件答复，8件结转至2022年度办理。", True),
    ("本局共受理政府信息公开申请455件，其中4件来自上一年度结转，本年度完成447件答复，8件结转至2022年度办理。", False),
    # the carried-in held in the count answered; 顺延 for 结转
    ("本局共受理申请115件，答复申请112件（含上年度结转申请5件，另有3件申请按照规定顺延到下年度答复）。", True),
    ("本局共受理申请115件，答复申请117件（含上年度结转申请5件，另有3件申请按照规定顺延到下年度答复）。", False),
])
def test_applications_received_settled_and_carried_over_in_the_text(text, fires):
    assert ("text.balance" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("code", [None, "2019", "2021"])
def test_a_page_that_states_no_year_is_checked_without_an_error(code):
    # Every rule's own example in one page whose year was not found (and whose tables told no format, or did).
    text = "\n".join(r.example for r in checks.rules() if r.example)
    source = checks.ReportSource(path="r.txt", text=text, original_text=text, year=None,
                                 fmt=formats.get(code) if code else None)
    found = run(source)
    assert found and "format.year" not in ids(found)


@pytest.mark.parametrize("organ, text, fires", [
    ("青松镇人民政府", "推动全县政务公开工作落实。", True),
    ("青松镇人民政府", "推动全镇政务公开工作落实，落实全县统一部署。", False),
    ("青松县教育局", "指导全市各单位政府信息公开工作。", True),
    ("青松经济技术开发区管委会", "组织推动全区政府信息公开工作。", False),  # the zone's own 区
    ("青松省文物局", "统筹推进全省文物行业政府信息公开工作。", False),  # no level told: not checked
])
def test_work_of_a_scope_above_the_organ(organ, text, fires):
    assert ("content.scope" in ids(run(dataclasses.replace(report(text), organ=organ)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照《青松省2019年政务公开工作要点的通知》要求推进公开。", True),
    ("按照《青松省人民政府办公厅关于印发青松省2019年政务公开工作要点的通知》要求推进公开。", False),
    ("按照《青松足彩网做好2019年度政府信息公开工作年度报告编制工作的通知》编制。", False),  # integrity.spam's
])
def test_a_notice_cited_without_guanyu(text, fires):
    found = [f for f in run(report(text)) if f.id == "wording.document_name"]
    assert bool(found) is fires


@pytest.mark.parametrize("text, rule_id", [
    ("本报告电子版可在青松县人民政府门户网站(/)查询。", "contact.url"),
    # empty brackets: one finding, contact.url's, not a second (integrity.template's) for the same span
    ("本报告电子版可在青松县人民政府门户网站（）查询。", "contact.url"),
    ("（）监督保障", "integrity.template"),
    ("本报告电子版可在青松县人民政府门户网站（http://www.qs.gov.cn/）查询。", None),
])
def test_the_address_lost_from_its_brackets(text, rule_id):
    found = {i for i in ids(run(report(text))) if i in ("contact.url", "integrity.template")}
    assert found == ({rule_id} if rule_id else set())


@pytest.mark.parametrize("organ, text, fires", [
    # 天津's street offices name themselves 某某街: the text's 某某街道办事处 is the same organ
    ("青云湖街", "由青云湖街道办事处结合工作实际编制本报告。", False),
    ("青云湖街", "请与白沙街道办事处联系。", True),
    ("东城街街道办事处", "请与东城街街道办事处联系。", False),  # 东城街 is the name, 街道办事处 the office
    ("易家街道办事处", "依规公开、及时更新街道办事处的权责清单。", False),  # 更新 is a verb
    ("易家街道办事处", "负责指导、协调街道办事处的信息公开工作。", False),  # 协调 is a verb
    ("西四镇人民政府", "充分利用镇政府门户网站公开信息。", False),  # 利用 is a verb
    ("青石街道办事处", "持续完善街道办事处政务公开专区。", False),  # 完善 is a verb
    ("白沙乡", "进一步充实乡政府信息公开工作力量。", False),  # 充实 is a verb
    ("白沙苏木人民政府", "另外苏木政府门户网站公开信息5条。", False),  # 另外 is a word
    ("青松乡人民政府", "目前乡政府信息公开的主要方式为门户网站。", False),  # 目前 (now) is a word
    ("白沙镇人民政府", "督促各部门、街镇政府做好镇政府网站的信息发布。", False),  # 街镇: streets and towns; 做好 a verb
    ("玉田镇政府", "由玉田镇政府编制本报告。", False),  # the organ's own name, with 政府 only
    ("玉田镇政府", "请与青石镇政府联系。", True),
    ("句容市", "如对本报告有任何疑问，请与句容人民政府办公室联系。", True),  # 市 left out
    ("石泉路街道办事处", "在石泉街道网站上公开信息120条。", True),  # 路 left out of the street office's own name
    ("石泉路街道办事处", "在石泉路街道网站上公开信息120条。", False),
    ("句容市", "如对本报告有任何疑问，请与句容市人民政府办公室联系。", False),
    # a district's own name left out after its city's; the whole city's districts are no name
    ("白沙区人民政府", "如有疑问，请与青松市区人民政府办公室联系。", True),
    ("白沙区人民政府", "统筹全市区人民政府信息公开工作。", False),
    ("白沙乡", "地址：青松市白沙乡朝鲜族乡人民政府。", False),  # an ethnic township's name written out
    ("青松市人民政府", "本年度，青松政府办公室通过门户网站公开信息。", True),  # 市 left out before 政府办公室
    ("青松市人民政府", "在“青松政府网”公众号发布信息。", False),  # a site's name
    ("茹荷镇", "结合镇政府工作实际，突出公开重点。", False),  # 结合 a verb
    ("湖镇镇人民政府", "拟定镇政府信息公开工作要点。", False),  # 拟定 a verb
    # a township's name with 镇 left out before 人民政府 or 党政办公室; an address in the town names its building so
    ("石坪镇人民政府", "如有疑问，请与石坪人民政府党政办联系。", True),
    ("石坪镇人民政府", "如有疑问，请与石坪党政办公室联系。", True),
    ("石坪镇人民政府", "地址：青松县石坪镇石坪人民政府。", False),
    ("石坪镇人民政府", "如有疑问，请与石坪镇人民政府党政办联系。", False),
    ("魏家镇人民政府", "四是镇政府网站及时更新信息。", False),  # a point's 四是, no name
    ("白古屯镇人民政府", "高度重视镇政府信息公开工作，认真落实镇政府各项部署。", False),  # 重视, 落实: verbs
    ("白古屯镇人民政府", "在白古镇政府网站公开信息。", True),
    ("何店镇人民政府", "设立专门镇政府信息公开工作机构。", False),  # 专门 an adjective
    ("复兴镇人民政府", "为群众查阅镇政府信息提供方便。", False),  # 查阅 a verb (heldout56d)
    ("甘肃省邮政管理局", "2023年肃省邮政管理局通过门户网站发布信息。", True),  # 甘 lost (heldout55d)
    ("甘肃省邮政管理局", "2023年甘肃省邮政管理局通过门户网站发布信息。", False),
    ("县退役军人事务局", "2023年，退役军人事务局严格按照条例公开信息。", False),  # named by its level alone
    # a department's county government with its 县 left out; the department's full name with its 区 left out
    ("青松县财政局", "本报告通过青松人民政府门户网站对外公布。", True),
    ("青松县财政局", "本报告通过青松县人民政府门户网站对外公布。", False),
    ("白沙市青松区卫生健康局", "2024年，白沙市青松卫生健康局依托门户网站发布信息。", True),
    ("白沙市青松区卫生健康局", "2024年，白沙市青松区卫生健康局依托门户网站发布信息。", False),
    ("白沙市气象局", "白沙气象局门户网站公开信息15条。", False),  # a city's short name, as everyone writes it
    ("白沙市城区市场监督管理局", "本报告在“白沙市城区人民政府”网站公布。", False),  # 市场: no 市 of a place
    # a long department name with one character inside it lost; its usual short form (和 left out) is no slip
    ("国家税务总局白沙市青松区税务局", "电子版可从国家税务局白沙市青松区税务局网站专栏下载。", True),
    ("国家税务总局白沙市青松区税务局", "电子版可从国家税务总局白沙市青松区税务局网站专栏下载。", False),
    ("白沙市住房和城乡建设局", "2023年，白沙市住房城乡建设局认真贯彻执行条例。", False),
])
def test_a_street_office_named_with_jie_alone(organ, text, fires):
    assert ("organ.name" in ids(run(dataclasses.replace(report(text), organ=organ)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函(2021)30号）编制。", True),
    ("按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。", False),
    ("按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办涵〔2021〕30号）编制。", True),  # 涵 for 函
])
def test_a_document_number_with_its_year_in_round_brackets(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("organ, fires", [
    ("示例镇人民政府", True),
    ("示例镇", True),  # a township named without 人民政府
    ("示例县人民政府", True),  # a county government makes no 规章 either
    ("示例区民政局", True),  # nor does a district's department
    ("示例市人民政府", False),  # a city government may (设区的市)
    ("示例市民政局", False),
])
def test_rules_of_a_township(organ, fires):
    found = run(ds(organ=organ, **{"tables__t2__rules__made": 1, "tables__t2__rules__in_force": 1}))
    assert ("t2.township_rules" in ids(found)) is fires


def test_a_sub_heading_run_into_its_text_only_where_the_page_has_no_space_between():
    text = "（一）信息主动公开情况我镇坚持依法公开。"
    assert "wording.sentence_stop" in ids(run(report(text)))
    assert "wording.sentence_stop" not in ids(run(report(text, original="（一）信息主动公开情况 我镇坚持依法公开。")))


def test_last_years_opening_repeated_is_no_copy():
    # the opening (regulation, notice, period, contact) is the same every year; the parts after it are compared
    opening = ("根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室的通知要求，编制本报告。"
               "本报告所列数据的统计期限为当年1月1日至12月31日。如对本报告有疑问，请与青松镇人民政府党政办公室联系。\n")
    def text(body):
        return opening + "一、总体情况\n" + body + "\n"
    this_year = text("本年度本镇完善审核制度，发布惠民政策解读。")
    same_body = dataclasses.replace(report(this_year), previous_text=text("本年度本镇完善审核制度，发布惠民政策解读。"))
    new_body = dataclasses.replace(report(this_year), previous_text=text("上年度本镇建成公开专区，开展培训两次。"))
    assert "content.copy_previous" in ids(run(same_body))
    assert "content.copy_previous" not in ids(run(new_body))


@pytest.mark.parametrize("text, fires", [
    ("根据条例，结合2024年白沙街道政府信息公开工作实际，编制本报告。", True),  # in the 2025 report
    ("根据条例，结合2025年白沙街道政府信息公开工作实际，编制本报告。", False),
])
def test_the_opening_compiles_on_another_years_work(text, fires):
    assert ("period.announced_year" in ids(run(report(text, year=2025)))) is fires


@pytest.mark.parametrize("host, fires", [("www.example.com", True), ("www.gd.gov.cn", False)])
def test_a_mirrors_host_for_the_portal_on_a_traditional_page(host, fires):
    page = f"本報告可在廣東省人民政府門戶網站({host})下載。"
    source = report(f"本报告可在广东省人民政府门户网站({host})下载。", original=page)
    assert ("integrity.spam" in ids(run(source))) is fires


def test_a_towns_name_ending_in_its_unit_is_no_doubled_unit():
    text = "2020年度龙游县湖镇镇政府信息公开工作报告"
    assert "wording.doubled_word" not in ids(run(dataclasses.replace(report(text), organ="湖镇镇人民政府")))
    assert "wording.doubled_word" in ids(run(dataclasses.replace(report(text), organ="龙游县人民政府")))


def test_the_2019_notice_cited_with_words_left_out_in_a_later_report():
    text = "本报告根据《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》编制。"
    assert "format.notice" in ids(run(report(text, year=2024)))
    yearly = "根据《关于做好2023年度政府信息公开工作年度报告有关事项的通知》编制。"  # a yearly notice of its own
    assert "format.notice" not in ids(run(report(yearly, year=2024)))


def test_a_garbled_date_is_anchored_at_the_date_not_its_whole_sentence():
    text = "根据《中华人民共和国政府信息公开条例》和上级通知要求，结合本镇实际编制本报告，所列数据统计期限为202311日至20231231日。"
    [f] = [f for f in run(report(text)) if f.id == "period.garbled_date"]
    assert "202311日" in f.evidence["quote"] and "20231231日" in f.evidence["quote"]
    assert "条例" not in f.evidence["quote"]


def test_sub_headings_left_with_empty_brackets_are_one_finding_quoting_each():
    text = "一、总体情况\n（）健全组织机制\n略。\n（）规范相关制度\n略。\n（）完善公开内容\n略。\n"
    [f] = [f for f in run(report(text)) if f.id == "integrity.template"]
    assert "共3处" in f.message and "序号" in f.message
    assert all(words in f.message for words in ("健全组织机制", "规范相关制度", "完善公开内容"))
    assert f.evidence["quote"] == "（）健全组织机制"


@pytest.mark.parametrize("text, fires", [
    ("2021年我区公开行政规范性文件2件，行政许可3606件。", True),  # heldout56d: 公开 said for the year's documents
    ("2021年我区公开行政规范性文件0件，行政许可3606件。", False),
])
def test_normative_documents_published_this_year(text, fires):
    assert ("text.t2.normative" in ids(run(with_apply_text(text)))) is fires


def test_a_term_cut_before_a_count_is_one_finding():
    # 政务信40余条: the term's finding, not a second one for its 信
    found = [f for f in run(report("在县政府网上共发布各类政务信40余条。")) if f.id == "wording.term"]
    assert len(found) == 1


@pytest.mark.parametrize("text, fires", [
    ("更新公共企事单位信息栏目，坚持三审三效发布要求。", True),
    ("更新公共企事业单位信息栏目，坚持三审三校发布要求。", False),
    ("公开行政处罚及行政执发流程图，确保各位信息发布及时。", True),
    ("公开行政处罚及行政执法流程图，确保各类信息发布及时，培训各位信息员。", False),
])
def test_a_character_left_out_of_a_common_word_or_a_near_one_put_for_it(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照《政府信息公开条例》二十条的规定，主动公开政府信息。", True),
    ("按照《政府信息公开条例》第二十条、二十一条的规定，主动公开政府信息。", False),
])
def test_an_article_cited_without_di(text, fires):
    assert ("wording.fixed_phrase" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("强化审核把关。建立健全信息发布机制，严格落实三审制度，建立健全信息发布机制，确保信息准确。", True),
    ("强化审核把关。建立健全信息发布机制，严格落实三审制度。建立健全信息发布机制，是今年的重点。", False),
])
def test_a_clause_written_again_within_its_sentence(text, fires):
    assert ("wording.repeated_sentence" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    # an office app's name is no character written twice
    ("wording.doubled_word", "通过单位办公群、钉钉办公系统等进行培训。", False),
    ("wording.doubled_word", "内容的的公平公正得到保障。", True),
    # a phone's extension is no year
    ("wording.year_unit", "联系电话：52564588-2029，通信地址：某区某路1号。", False),
    ("wording.year_unit", "做好动态信息公开。2022依托政府门户网站发布信息30条。", True),
    # a clause of what did not happen after a list of adverbs
    ("wording.list_comma", "答复均做到依法、审慎、及时，未出现超期等情况。", False),
    ("wording.list_comma", "提供信息查询、信息公开申请，办事咨询等服务。", True),
    # part 一's title with a word it may do without put in
    ("format.section_title", "一、总体公开情况\n本乡依法推进公开。\n二、主动公开政府信息情况\n", False),
    ("format.section_title", "一、总体要求\n本乡依法推进公开。\n二、主动公开政府信息情况\n", True),
    # 所列数据的期限 without 统计 is a usual variant
    ("wording.fixed_phrase", "本报告所列数据的期限从2021年1月1日至2021年12月31日。", False),
    ("wording.fixed_phrase", "本报告所列数据的统计期限从2021年1月1日起，信息公开发挥积极用。", True),
])
def test_the_73d_false_alarms(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照《关于做好年报编制工作的通知》（梅政公组〔20191号）要求编制。", True),
    ("按照《关于做好年报编制工作的通知》（梅政公组〔2019〕1号）要求编制。", False),
])
def test_a_leading_groups_number_with_its_bracket_lost(text, fires):
    assert ("wording.document_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("如有疑问请联系：电子信箱：lyforest @126.com，电话：0451-82628567。", True),
    ("如有疑问请联系：电子信箱：lyforest@126.com，电话：0451-82628567。", False),
])
def test_a_space_inside_an_email_address(text, fires):
    assert ("contact.email" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("现公布某县住房和城乡建设局2020年度政务信息公开工作年度报告。", True),
    ("现公布某县住房和城乡建设局2020年度政府信息公开工作年度报告。", False),
])
def test_the_report_named_with_zhengwu_for_zhengfu(text, fires):
    assert ("wording.report_name" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("报告有总体情况、主动公开政府信息情况和其他需要报告的事项六个方面组成。", True),
    ("报告由总体情况、主动公开政府信息情况和其他需要报告的事项六个方面组成。如对本报告有任何疑问，请联系。", False),
])
def test_you_for_you_in_the_outlines_frame(text, fires):
    assert ("wording.typo" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    # an address's room number is no count
    ("wording.count_unit", "地址：某市新区交通运输信息指挥中心1904室，邮编：012000。", False),
    ("wording.count_unit", "通过工作专栏公布信息135。", True),
    # a page template's fields printed as they are
    ("integrity.fragment", "{{ title }}\n{{ errorMessage }}\n某局2025年政府信息公开工作年度报告", True),
    ("integrity.fragment", "某局2025年政府信息公开工作年度报告\n根据条例编制本报告。", False),
    # the report called 政府信息公开工作的报告
    ("wording.report_name", "某局2024年度政府信息公开工作的报告", True),
    ("wording.report_name", "某局2024年度政府信息公开工作年度报告", False),
])
def test_the_75d_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("一、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行", False),
    ("一、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
     "四、政府信息公开创新做法\n表略。", True),
])
def test_a_part_heading_cut_at_the_pages_end(text, fires):
    assert ("format.section_title" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("编制了涵盖机构职能、政策法规、工作动态、政策法规、公共服务等领域的目录。", True),
    ("编制了涵盖机构职能、政策法规、工作动态、公共服务等领域的目录。", False),
])
def test_a_name_listed_twice_in_one_enumeration(text, fires):
    assert ("wording.repeated_item" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    ("wording.enumeration", "—、总体情况\n本局依法推进公开。\n二、主动公开政府信息情况\n", True),
    ("wording.enumeration", "一、总体情况\n本局依法推进公开——全年公开信息30条。\n二、主动公开政府信息情况\n", False),
    ("wording.document_name", "按照生态环境部办公厅印发的《关于印发的通知》（厅函〔2019〕8号）要求。", True),
    ("wording.document_name", "按照生态环境部办公厅印发的《关于印发〈政务公开工作要点〉的通知》（厅函〔2019〕8号）要求。", False),
])
def test_a_dash_for_yi_and_a_notice_that_issued_nothing(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("截至202012我局主动公开政府信息数量共103条。", True),
    ("截至2020年12月我局主动公开政府信息数量共103条，工号202012。", False),
])
def test_a_year_and_month_run_together(text, fires):
    assert ("period.garbled_date" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("从某市司法局门户网站(http://sfj.example-mirror.com/)上可下载本报告的电子版。", True),
    ("从某市司法局门户网站(http://sfj.wuhan.gov.cn/)上可下载本报告的电子版。", False),
    ("已并入某市交通委员会官方网站，具体网址是//www.example-mirror.com/zfzd/。", True),
    ("已并入某市交通委员会官方网站，具体网址是//jtw.beijing.gov.cn/zfzd/。", False),
])
def test_a_mirrors_address_for_a_departments_portal(text, fires):
    assert ("integrity.spam" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, year, fires", [
    # 统计期 (限 left out) still states the period
    ("period.range", "本报告中所列数据的统计期自2019年1月1日起至2019年10月30日止。", 2019, True),
    ("period.range", "本报告中所列数据的统计期自2019年1月1日起至2019年12月31日止。", 2019, False),
    # both dates of the span run together
    ("period.garbled_date", "本报告所列数据的统计期限自20251120251231。", 2025, True),
    ("period.garbled_date", "本报告所列数据的统计期限自2025年1月1日至2025年12月31日。", 2025, False),
    # a sports site's names put in place of a name or of 关于
    ("integrity.spam", "坚持以雷速体育,雷速直播新时代中国特色社会主义思想为指导。", 2021, True),
    ("integrity.spam", "省委、省政府欧洲杯足球网:推进政务公开工作的各项决策部署。", 2021, True),
    ("integrity.spam", "坚持以习近平新时代中国特色社会主义思想为指导，推进政务公开工作。", 2021, False),
    # a department's placeholder left in; an address given on the next line
    ("integrity.template", "如有疑问，请与高青县XX局办公室联系。", 2021, True),
    ("integrity.template", "通过区政府网站公开政府信息，网址:\n\nhttp://www.example.gov.cn/\n", 2021, False),
    # 二) among (一) (三) (四): the bracket lost
    ("wording.quotes", "（一）主动公开\n公开信息30条。\n二)依申请公开\n未收到申请。\n（三）政府信息管理\n规范。\n"
                       "（四）平台建设\n完善。", 2021, True),
    ("wording.quotes", "一)主动公开\n公开信息30条。\n二)依申请公开\n未收到申请。\n三)政府信息管理\n规范。", 2021, False),
    ("wording.typo", "根据国务院办公厅政府信息与政府公开办公室关于印发的格式编制。", 2021, True),
])
def test_the_77d_78d_classes(rule_id, text, year, fires):
    assert (rule_id in ids(run(report(text, year=year)))) is fires


def test_a_city_bureau_speaking_of_the_whole_province():
    text = "（一）组织推动全省政府信息公开工作。认真落实各项要求。"
    city = run(dataclasses.replace(report(text), organ="青松市财政局"))
    own = run(dataclasses.replace(report("（一）组织推动全市政府信息公开工作。认真落实各项要求。"), organ="青松市财政局"))
    assert "content.scope" in ids(city) and "content.scope" not in ids(own)


@pytest.mark.parametrize("text, fires", [
    ("梳理出政务服务事项24项，权责事项57项，其中政务服务事项已全部在政务服务网公开。", False),
    ("全年公开信息58条，其中本乡政务公开工作按照要求有序开展。", True),
])
def test_qizhong_followed_by_what_became_of_a_kind(text, fires):
    assert ("wording.sentence_stop" in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    ("wording.document_name", "按照《关于政府信息公开工作年度报告有关事项的通知》（国办公开〔2019〕60号）要求编制。", True),
    ("wording.document_name", "按照《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。", False),
    ("wording.typo", "充分运用政府信息公开公平及时主动向社会发布信息。", True),
    ("wording.typo", "坚持政府信息公开公平公正，及时主动向社会发布信息。", False),
])
def test_the_79d_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("rule_id, text, year, fires", [
    ("contact.url_year", "电子版可在 http://swj.example.gov.cn/swj2020gb/zwgk/wzgznb/ 下载。", 2021, False),
    ("contact.url_year", "电子版可在 http://zwgk.example.gov.cn/ed/ndbg/2021j/ 下载。", 2023, True),
    ("wording.sentence_stop", "全文可在档案馆查阅，欢迎查阅。对本报告如有任何疑问，可与办公室联系。", 2021, False),
    ("wording.sentence_stop", "全文可在档案馆查阅，欢迎查阅如有任何疑问，可与办公室联系。", 2021, True),
    ("wording.report_name", "按规定时限完成年度政府信息公开工作报告编制并对外发布。", 2021, False),
    ("wording.report_name", "按照政府信息公开年度工作报告编制有关工作通知要求，现将本局情况报告如下。", 2021, True),
    ("wording.report_name", "现将2021年度政府信息公开工作报告如下。", 2021, True),
    ("wording.report_name", "现将本局2021年度政府信息公开工作情况报告如下。", 2021, False),
    ("wording.typo", "本报告由总体情况、其他需要报告的事项六个部分等组成。", 2021, True),
])
def test_the_80d_classes(rule_id, text, year, fires):
    assert (rule_id in ids(run(report(text, year=year)))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    ("wording.count_unit", "发布工作动态7条；规划计划相关信息条5条；招标公告7份。", True),
    ("wording.count_unit", "发布工作动态7条；今日头条1118条；依照第5条规定公开。", False),
    ("wording.typo", "2020年，本局未共收到依申请公开申请。", True),
    ("wording.typo", "2020年，本局共收到依申请公开申请2件。", False),
])
def test_the_80d_units_and_totals(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


def test_advertisements_put_in_at_several_places_are_one_finding_naming_each():
    text = ("明升_百家乐#办公厅2020年政府信息公开工作年度报告\n"
            "按照《明升:办公厅政府信息与政务公开办公室关于……的通知》要求编制。\n")
    [found] = [f for f in run(report(text)) if f.id == "integrity.spam"]
    assert "（共2处）" in found.message and "《明升" in found.message  # (the words put in for 关于 are a place to mend)
    # another advertisement of the same mirror: one finding naming every place
    found = [f for f in run(report(text + "页脚：六合彩\n")) if f.id == "integrity.spam"]
    assert len(found) == 1 and "（共3处）" in found[0].message and "六合彩" in found[0].message
    # …and so is one put in for the place's name right before the replaced address
    text2 = "优米体育足球财政局2020年度政府信息公开工作年度报告\n本报告在优米体育足球政府门户网//www.example.com/公布。\n"
    found = [f.message for f in run(report(text2)) if f.id == "integrity.spam"]
    assert len(found) == 2 and "共2处" not in found[0] and "www.example.com" in found[1], found
    # an advertisement inside the site's replaced address is that rewriting: one finding, the address's
    download = "本年报的电子版可以在“华体会主页”门户网（www.example.com）上下载。\n"
    found = [f for f in run(report(download)) if f.id == "integrity.spam"]
    assert len(found) == 1 and "www.example.com" in found[0].message


@pytest.mark.parametrize("organ, fires", [
    ("示例镇人民政府", True),  # a township's fees of 199.43万元: 元 written in the 万元 column, most likely
    ("示例县卫生健康局", False),  # a department's may well be so large
])
def test_fees_too_large_in_wan_only_for_a_township(organ, fires):
    found = run(ds(organ=organ, **{"tables__t2__fees__amount_wan": "199.43万元"}))
    assert ("unit.fees_wan" in ids(found)) is fires



def test_a_page_rendered_twice_is_not_a_paragraph_printed_twice():
    block = (f"{_P1}\n{_P3}\n本报告所列数据的统计期限为2023年1月1日至12月31日，电子版可在本县人民政府门户网站下载，"
             "如有疑问请与本镇党政办公室联系。\n")
    assert "wording.repeated_paragraph" not in ids(run(report(block + block)))
    summary = f"内容概述：{_P1}\n一、总体情况\n{_P1}\n"  # a page's summary field repeats the opening by design
    assert "wording.repeated_paragraph" not in ids(run(report(summary)))


@pytest.mark.parametrize("rule_id, text, fires", [
    # a sub-heading's opening bracket and number lost, its closing bracket left at the line's start
    ("integrity.template", "一、总体情况\n（一）主动公开\n全年公开信息20条。\n)政府信息管理情况。建立审核制度。", True),
    ("integrity.template", "一、总体情况\n（一）主动公开\n全年公开信息20条（含解读2条）。\n（二）政府信息管理情况。", False),
    # a measure word written twice after its count; 条款 after a count is a word of its own
    ("wording.doubled_word", "全年报送政务信息40余条条，采用37条。", True),
    ("wording.doubled_word", "本年修订制度3条条款，废止1件。", False),
    # who heads the leading group, 任 lost
    ("wording.missing_verb", "成立领导小组，由主要领导组长，分管领导副组长。", True),
    ("wording.missing_verb", "成立领导小组，由主要领导任组长，分管领导任副组长。", False),
    # an item's bracketed number cited as a 款
    ("wording.fixed_phrase", "根据《中华人民共和国政府信息公开条例》第二十条第(二)款要求，公开规范性文件。", True),
    ("wording.fixed_phrase", "根据《中华人民共和国政府信息公开条例》第二十条第(二)项要求，公开规范性文件。", False),
    ("wording.typo", "全年无被申请行政复议、提前行政诉讼的情况。", True),
    ("wording.typo", "全年无被申请行政复议、提起行政诉讼的情况。", False),
    ("integrity.spam", "某局2021年政府信息公开工作年度报告-ag九游会官网\n一、总体情况", True),
])
def test_the_97d_98d_first_run_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


def test_a_title_broken_after_its_year_has_a_year():
    text = "某区人民防空办公室2020\n\n政府信息公开工作年度报告\n\n本报告依据条例编制。\n"
    assert "period.title_no_year" not in ids(run(report(text, year=2020)))
    assert "period.title_no_year" in ids(run(report(text.replace("2020\n", "\n"), year=2020)))


def test_a_lone_bracket_opening_a_line_is_one_finding_not_also_an_unpaired_bracket():
    text = "一、总体情况\n（一）主动公开\n全年公开信息20条。\n)依申请公开情况。未收到申请。\n)政府信息管理情况。建立制度。\n"
    found = ids(run(report(text)))
    assert found.count("integrity.template") == 1 and "wording.quotes" not in found


@pytest.mark.parametrize("rule_id, text, fires", [
    # the count before the noun, in 份
    ("text.t2.normative", "本年出台了2份规范性文件。", True),
    ("text.t2.normative", "本年出台了0份规范性文件。", False),
    # a phone's label run into a postcode's six digits; a hotline's five are its name
    ("contact.run_on", "请与本局办公室联系（地址：青松区政法服务区，邮编：247000电话：0566-2095002）。", True),
    ("contact.run_on", "群众可拨打12345电话反映诉求。", False),
    ("integrity.spam", "公开了城管执法宣传、亚博足彩等内容。", True),
    ("wording.typo", "坚持以公开为原则、不公开为特例。", True),
    ("wording.typo", "坚持以公开为原则、不公开为例外。", False),
    ("wording.typo", "公开内容日间丰富，形式更加多样。", True),
    ("wording.typo", "新建日间照料中心2处。", False),
    ("wording.quotes", "严格按照“以公开为原则，不公开为例外。”的基本要求开展工作。", True),
    ("wording.quotes", "严格按照“以公开为原则，不公开为例外”的基本要求开展工作。", False),
    ("wording.missing_preposition", "在市委、市政府的统一部署，在市政务公开办公室的指导下，本局依法公开。", True),
    ("wording.missing_preposition", "在市委、市政府的统一部署下，本局依法公开。", False),
    ("wording.document_name", "根据《青松省政府信息公开暂行条例》（以下简称《暂行规定》）开展工作。", True),
    ("wording.document_name", "根据《青松省政府信息公开暂行规定》（以下简称《暂行规定》）开展工作。", False),
    ("format.superseded", "本局认真做好主动公开政府信息情况、政府信息公开相关收费情况等相关工作。", True),
])
def test_the_99d_100d_first_run_classes(rule_id, text, fires):
    found = run(report(text, year=2020)) if rule_id == "format.superseded" else run(report(text))
    if rule_id == "text.t2.normative":
        found = run(ds(narrative__overview__parts__1__text=text))
    assert (rule_id in ids(found)) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    ("wording.count_unit", "建立初核、初审、审核，重要信息主要领导签发4级审核机制。", False),  # 级 counts levels
    ("wording.count_unit", "全年在网站发布信息25，公众号发布12条。", True),
    ("integrity.fragment", "推出《青松的生态之美,你了解吗?》等系列报道。", False),  # a question's own mark
    ("integrity.fragment", "推出《青松的生态之?美》等系列报道。", True),
])
def test_the_new_sets_false_alarms(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("通过便民热线回复、解决群众诉求5件，政协微平台回复、解决群众诉求1件。", False),  # two channels, each its own
    ("公开工作动态12条、规划总结2条、人事信息3条、规划总结2条。", True),
    # a second list opened with its own total and 其中 may count the same kinds again
    ("全镇办理申请20件，其中网上申请12件、当面申请8件，镇党政办办理15件，其中网上申请9件、当面申请6件。", False),
    ("全镇办理申请20件，其中网上申请12件、当面申请8件、网上申请9件、当面申请6件。", True),
])
def test_the_same_words_after_each_channel_are_no_item_listed_twice(text, fires):
    assert ("wording.repeated_item" in ids(run(report(text)))) is fires


def test_items_listed_twice_in_one_sentence_are_one_finding():
    [f] = [f for f in run(report("全镇办理申请20件，其中网上申请12件、当面申请8件、网上申请9件、当面申请6件。"))
           if f.id == "wording.repeated_item"]
    assert "“网上申请”“当面申请”" in f.message


@pytest.mark.parametrize("rule_id, text, fires", [
    ("contact.run_on", "请与本局联系（地址：青松大厦1228室电话：0795-3590267）。", True),
    ("contact.run_on", "请与本局联系（地址：青松大厦1228室，电话：0795-3590267）。", False),
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况。公开信息20条。\n（二）是依申请公开情况。未收到申请。\n", True),
    ("wording.enumeration", "一、总体情况\n（一）主动公开情况。公开信息20条。\n（二）依申请公开情况。未收到申请。\n", False),
    # part 一's heading without its number, its first sub-heading under it
    ("wording.enumeration", "本报告统计期限为2024年。\n总体情况\n（一）主动公开情况。公开信息20条。\n", True),
    ("wording.enumeration", "本报告统计期限为2024年。\n一、总体情况\n（一）主动公开情况。公开信息20条。\n", False),
    ("integrity.spam", "2020年，开云手机官网入口卫生健康局依法公开。", True),
    ("wording.typo", "及时成立信息公开领导小组员，由局长任组长。", True),
    ("wording.typo", "及时成立信息公开领导小组，由局长任组长。", False),
    ("wording.typo", "推出新举措共多条信息被省级媒体采用。", True),
    ("wording.doubled_word", "设置依申请公开等栏目，集中公开主动公开的文件。", False),
    ("wording.doubled_word", "在网站公开主动公开85条信息。", True),
])
def test_the_101d_first_run_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


def test_a_converters_dangan_after_a_kind_of_document_alone_is_a_regional_word():
    page = "二、主動公開政府信息情況\n我局依法依規集中公開政策檔案，進行政策解讀，擴大公開範圍，深化公開內容。" * 2
    assert "wording.regional" in ids(run(report(page, original=page)))
    assert "wording.regional" not in ids(run(report(page.replace("政策檔案", "政策文件"), original=page.replace("政策檔案", "政策文件"))))


@pytest.mark.parametrize("text, fires", [
    # a 2021 report whose table 2 mixes both formats' columns: format.mixed's one finding, no format.year error too
    ("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0\n"
     "信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 282.1\n", False),
    ("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0\n", True),
])
def test_a_mixed_table_is_format_mixeds_not_also_format_years(text, fires):
    source = checks.ReportSource(path="r.txt", text=text, original_text=text, year=2021, fmt=formats.get("2019"))
    assert ("format.year" in ids(run(source))) is fires


@pytest.mark.parametrize("rule_id, text, fires", [
    ("wording.doubled_word", "现将教育局2021年政府信息公开工作年度报告报告如下：", True),
    ("wording.typo", "本报告根据《根据国务院办公厅关于做好政务公开工作的通知》编制。", True),
    ("wording.typo", "本局无行政执法权利。", True),
    ("wording.typo", "本局无行政执法权力。", False),
])
def test_the_102d_first_run_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("title, fires", [
    ("青松市机关事务管理2023年政府信息公开工作年度报告", True),
    ("青松市机关事务管理局2023年政府信息公开工作年度报告", False),
    ("报告。如有疑问，请与青松市机关事务管理联系", True),  # before 联系 too
    ("报告。如有疑问，请与青松市机关事务管理局联系", False),
])
def test_a_bureaus_name_without_its_ju_before_the_year(title, fires):
    text = f"现公布{title}。"
    source = checks.ReportSource(path="r.txt", text=text, original_text=text, year=2023, fmt=formats.for_year(2023),
                                 organ="青松市机关事务管理局")
    assert ("organ.name" in ids(run(source))) is fires


@pytest.mark.parametrize("text, fires", [
    ("按照新修订的条例和《省政府办公厅体球网,球探体育比分做好政务公开工作的通知》要求。", True),
    ("按照新修订的条例和《省政府办公厅关于做好政务公开工作的通知》要求。", False),
])
def test_score_sites_put_in_place_of_guanyu(text, fires):
    assert ("integrity.spam" in ids(run(report(text)))) is fires


def test_an_outline_with_a_count_other_than_six_flags_its_count_and_the_last_part_before_it():
    text = ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
            "存在的主要问题及改进情况5个部分组成。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。")
    found = [f for f in run(report(text)) if f.id == "wording.outline"]
    assert [f.evidence["quote"] for f in found] == ["存在的主要问题及改进情况5个部分"]


@pytest.mark.parametrize("text, fires", [
    # the organ's own name opening the next sentence after a clause's last word (also without its province)
    ("全力推进主动公开工作青松县财政局共主动公开政府信息275条。", True),
    ("规范有序开展主动公开青松县财政局按照要求发布信息。", True),
    # not after a word that governs it (指导, 同时), nor after a place before it
    ("县政府办公室指导青松县财政局严格落实要求；同时青松县财政局认真做好答复。", False),
    ("2024年，白云州青松县财政局严格落实要求。", False),
])
def test_the_organ_s_name_opening_a_sentence_run_on(text, fires):
    source = checks.ReportSource(path="r.txt", text="东海省青松县财政局2021年政府信息公开工作年度报告\n" + text,
                                 original_text=text, year=2021, fmt=formats.for_year(2021), organ="东海省青松县财政局")
    assert ("wording.sentence_stop" in ids(run(source))) is fires


@pytest.mark.parametrize("text, fires", [
    ("全年公开政务信息二十条青松县林业局根据上级要求编制了本报告。", True),
    # the page's source field run on into the opening: no sentence of the report left without its stop
    ("发表时间：2022-01-29 来源：国家青松县林业局根据上级要求编制了本报告。", False),
])
def test_the_organ_opening_a_sentence_after_the_last_ones_end(text, fires):
    source = dataclasses.replace(report(text), organ="青松县林业局")
    assert ("wording.sentence_stop" in ids(run(source))) is fires


@pytest.mark.parametrize("text, fires", [
    ("现向社会公布2021年青松市业和息化局政府信息公开工作年度报告。", True),  # 工 and 信 lost from the name
    # short forms drop a word's second characters (监督管理 → 监管) or a whole word: no slip
    ("现向社会公布2021年青松市市场监管局政府信息公开工作年度报告。", False),
])
def test_a_long_name_with_two_characters_lost(text, fires):
    organ = "青松市市场监督管理局" if "监" in text else "青松市工业和信息化局"
    source = dataclasses.replace(report(text), organ=organ)
    assert ("organ.name" in ids(run(source))) is fires


def test_doubled_marks_throughout_a_page_are_one_finding_naming_its_places():
    text = "根据通知要求，,结合工作实际编制。\n一，、总体情况\n全部按要求及时给予回复，;公众号发布信息3条。"
    found = [f for f in run(report(text)) if f.id == "wording.doubled_punct"]
    assert len(found) == 1 and "共3处" in found[0].message


@pytest.mark.parametrize("rule_id, text, fires", [
    # 的 for 地 before a preposition's phrase, a verb and its 了, and more verbs of the work; 的 heading a noun is right
    ("wording.de_di", "本局积极的与上级部门沟通对接。", True),
    ("wording.de_di", "本局积极地与上级部门沟通对接。", False),
    ("wording.de_di", "本镇较好的完成了年度工作任务。", True),
    ("wording.de_di", "让群众及时的了解最新政策。", True),
    ("wording.de_di", "群众诉求得到及时的回应，本局提供有效的保障措施。", False),
    ("wording.de_di", "本年度工作取得较好的成效了解情况后及时上报。", False),
    # a character lost from a common term or a sub-part's heading, 告 lost from 本报告
    ("wording.typo", "本报由青松镇人民政府办公室编制。", True),
    ("wording.typo", "据本报记者报道，本报告由青松镇人民政府办公室编制。", False),
    ("wording.typo", "（一）主动公开方\n本镇公开信息20条。", True),
    ("wording.typo", "（一）主动公开方面\n本镇拓展公开方式，公开信息20条。", False),
    ("wording.typo", "（一）主动公开政府的情况\n本镇公开信息20条。", True),
    ("wording.typo", "全年向本局提交政府信息公开12件。", True),
    ("wording.typo", "全年向本局提交政府信息公开申请12件。", False),
    ("wording.typo", "依规公开街办事处机关简介和对机设置。", True),
    ("wording.typo", "依规公开街道办事处机关简介和机构设置，扩大公众参与。", False),
    ("wording.typo", "海安市卫生健康委员高度重视。", True),
    ("wording.typo", "海安市卫生健康委员会高度重视。", False),
])
def test_the_214d_classes(rule_id, text, fires):
    assert (rule_id in ids(run(report(text)))) is fires


@pytest.mark.parametrize("text, fires", [
    ("全年主动加大主动公开力度。", True),
    ("按照规定进行政府信息进行公开。", True),
    ("对文件进行梳理和进行公开，主动公开、主动回应群众关切。", False),  # a conjunction or a list between
])
def test_a_verb_written_again_a_few_characters_on(text, fires):
    assert ("wording.doubled_word" in ids(run(report(text)))) is fires

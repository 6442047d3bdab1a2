"""The township-year dataset: the schema, written once as pydantic models.

The table part of the schema is generated from the format descriptions
(:mod:`nianbao.formats`), so each format gets its own model whose rows and
columns are exactly that format's. Field descriptions are in Chinese because
they are what the generated schema reference shows a township clerk.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    StrictStr,
    create_model,
    field_validator,
    model_validator,
)

from . import cells as C
from . import formats as F


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# Natural limits of what a report holds: a name is a line, a section a few pages. Past them a file
# is broken or hostile (a 1 MB organ name), and the renderer, the index and its charts need not cope.
NAME_MAX, LINE_MAX, SECTION_MAX, PARTS_MAX = 100, 300, 50_000, 20

# Control characters (terminal escapes, bell, form feed) and the invisible bidirectional overrides have no place in
# a report: they garble terminals and spreadsheets or reorder what a reader sees. Prose keeps its line breaks and tabs.
ONE_LINE = r"^[^\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]*$"
MULTI_LINE = r"^[^\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]*$"
Text = Annotated[StrictStr, Field(min_length=1, max_length=SECTION_MAX, pattern=MULTI_LINE)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=NAME_MAX, pattern=ONE_LINE)]
Line = Annotated[StrictStr, Field(max_length=LINE_MAX, pattern=ONE_LINE)]
Prose = Annotated[StrictStr, Field(max_length=SECTION_MAX, pattern=MULTI_LINE)]
# Ids become file names and links: letters (any script), digits, - and _ only; no scheme, no path.
TOWNSHIP_ID = r"^[^\W_][\w-]{0,63}$"


class Contact(_Strict):
    office: Name = Field(description="联系单位（如 ××镇人民政府党政综合办公室）")
    address: Line | None = Field(None, description="通信地址")
    postcode: Line | None = Field(None, description="邮政编码（请加引号）")
    phone: Line | None = Field(None, description="联系电话（请加引号，如 \"0470-8952226\"）")
    email: Line | None = Field(None, description="电子邮箱")
    download: Line | None = Field(None, description="报告电子版下载位置（网站名称或网址）")


class Period(_Strict):
    start: dt.date = Field(description="统计期限起始日，如 2020-01-01")
    end: dt.date = Field(description="统计期限终止日，如 2020-12-31")

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:
            raise ValueError("统计期限的终止日早于起始日")
        return self


class Part(_Strict):
    title: Name = Field(description="小标题，如 主动公开（渲染为（一）主动公开）")
    text: Text = Field(description="正文，可分多段（空行分段）")


class Overview(_Strict):
    intro: Prose | None = Field(None, description="总体情况的开头段落")
    parts: list[Part] = Field(default_factory=list, max_length=PARTS_MAX,
                              description="分项：主动公开、依申请公开、政府信息管理、平台建设、监督保障等")


class Narrative(_Strict):
    preamble: Prose | None = Field(
        None, description="前言；不填则按统一格式由单位名称、年度、统计期限、下载位置和联系方式生成"
    )
    overview: Overview = Field(description="一、总体情况")
    proactive: Prose | None = Field(None, description="二、主动公开：表格前的补充说明（可选）")
    applications: Prose | None = Field(None, description="三、依申请公开：表格前的补充说明（可选）")
    reviews: Prose | None = Field(None, description="四、复议诉讼：表格前的补充说明（可选）")
    problems: Text = Field(description="五、存在的主要问题及改进情况")
    other: Text = Field(description="六、其他需要报告的事项（没有时写明“无其他需要报告的事项”）")


class Waiver(_Strict):
    rule: Text = Field(description="审核规则编号（见 docs/rules.md），如 cross.t3.carry")
    cells: list[StrictStr] = Field(
        default_factory=list, description="该审核意见涉及的单元格，如 [t3.carried_in.natural]；与 quote 至少填一项"
    )
    quote: StrictStr | None = Field(None, description="审核意见或所引原文中的一段文字（没有单元格的意见用它来指明）")
    reason: Text = Field(description="确认无误的理由，如 乡镇合并，上年结转数含原××乡的申请")

    @model_validator(mode="after")
    def _pointed(self):
        if not self.cells and not self.quote:
            raise ValueError("请用 cells（单元格）或 quote（一段原文）指明确认的是哪一条审核意见")
        return self


class DatasetBase(_Strict):
    """Everything but the tables; the tables' model depends on the format."""

    _cells: dict | None = PrivateAttr(default=None)

    # One name for the township id in code; the dataset file keeps its short key `id`.
    township_id: StrictStr = Field(
        alias="id", pattern=TOWNSHIP_ID, description="编号（字符串，请加引号，如 \"150724-001\"；YAML 会把不加引号的 010 读成数字 8）"
    )
    organ: Name = Field(description="单位全称，如 巴彦嵯岗苏木人民政府")
    county: Name = Field(description="所属县级行政区，如 鄂温克族自治旗")
    year: StrictInt = Field(ge=2008, le=2100, description="报告年度（统计年度），如 2020")
    format: StrictStr | None = Field(
        None, description="表格格式：\"2019\" 或 \"2021\"；不填则按年度确定（2019–2020年用2019年版，2021年起用2021年版）"
    )
    signed: dt.date | None = Field(None, description="落款日期，如 2021-01-20")
    contact: Contact = Field(description="联系方式：联系单位、地址、电话、邮箱、报告下载位置")
    period: Period | None = Field(None, description="统计期限；不填则为报告年度的1月1日至12月31日")
    narrative: Narrative = Field(description="报告正文：前言、一、总体情况，二至四部分的补充说明，五、六部分")
    info_fees: Annotated[Any, BeforeValidator(C.parser_for("money", "元"))] | None = Field(
        None, description="本年度收取的信息处理费（国办函〔2020〕109号），如 120元；未收取填 0；不填表示未说明"
    )
    waivers: list[Waiver] | None = Field(
        None,
        description="已确认的审核意见：规则编号、单元格或原文、理由；确认后显示为“已确认”，不计入未处理的错误和警告",
    )

    @field_validator("format")
    @classmethod
    def _known_format(cls, v):
        if v is not None and v not in F.codes():
            raise ValueError(f"未知的格式 {v!r}，可选：{'、'.join(F.codes())}")
        return v

    @property
    def fmt(self) -> F.Format:
        return F.get(self.format) if self.format else F.for_year(self.year)

    @property
    def statistical_period(self) -> Period:
        return self.period or Period(start=dt.date(self.year, 1, 1), end=dt.date(self.year, 12, 31))

    @property
    def cells(self) -> dict[str, C.Cell]:
        """Every cell present in the dataset, keyed ``t3.new.natural`` (absent cells are missing).

        Computed once per instance (the model is frozen); :meth:`model_copy` starts afresh.
        """
        if self._cells is None:
            self._cells = self._collect_cells()
        return self._cells

    def _collect_cells(self) -> dict[str, C.Cell]:
        out: dict[str, C.Cell] = {}
        tables = getattr(self, "tables", None)
        if tables is None or self.fmt is None:
            return out
        for tkey, rattr, columns in _row_slots(self.fmt.code):
            row = getattr(getattr(tables, tkey, None), rattr, None)
            if row is None:
                continue
            present = row.model_fields_set  # read once per row: every check of a dataset starts here
            for ckey, key in columns:
                if ckey in present:
                    out[key] = getattr(row, ckey)
        return out

    def model_copy(self, *args, **kwargs):
        copy = super().model_copy(*args, **kwargs)
        copy._cells = None  # an update may have replaced the tables
        return copy

    def cell(self, table: str, row: str, col: str, default=None):
        return self.cells.get(F.cell_key(table, row, col), default)


def _ident(key: str) -> str:
    return re.sub(r"\W", "_", key)


@cache
def _row_slots(fmt_code: str) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    """(table, row attribute, ((column, cell key), …)) of every row of a format, in report order."""
    return tuple((t.key, _ident(r.key), tuple((c.key, F.cell_key(t.key, r.key, c.key)) for c in r.columns))
                 for t in F.get(fmt_code).tables.values() for r in t.rows)


@cache
def tables_model(fmt_code: str) -> type[BaseModel]:
    """A pydantic model of the tables of one format: t2/t3/t4 → rows → columns."""
    fmt = F.get(fmt_code)
    table_fields: dict[str, Any] = {}
    for t in fmt.tables.values():
        row_fields: dict[str, Any] = {}
        for r in t.rows:
            col_fields = {
                c.key: (Annotated[Any, BeforeValidator(C.parser_for(c.kind, c.unit))], Field(None, description=c.label))
                for c in r.columns
            }
            row_model = create_model(
                f"Row_{fmt_code}_{t.key}_{_ident(r.key)}", __base__=_Strict, **col_fields
            )
            row_fields[_ident(r.key)] = (row_model | None, Field(None, alias=r.key, description=r.full_label))
        table_model = create_model(f"Table_{fmt_code}_{t.key}", __base__=_Strict, **row_fields)
        table_fields[t.key] = (table_model | None, Field(None, description=t.name))
    return create_model(f"Tables_{fmt_code}", __base__=_Strict, **table_fields)


@cache
def dataset_model(fmt_code: str) -> type[DatasetBase]:
    """The full dataset model for one format."""
    return create_model(
        f"Dataset_{fmt_code}",
        __base__=DatasetBase,
        tables=(tables_model(fmt_code), Field(default_factory=tables_model(fmt_code), description="二、三、四部分的表格")),
    )


def format_of(raw: dict) -> str | None:
    """Which format's model to validate a raw mapping with (None: cannot tell yet)."""
    fmt = raw.get("format")
    if isinstance(fmt, str) and fmt in F.codes():
        return fmt
    year = raw.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        f = F.for_year(year)
        return f.code if f else None
    return None


Dataset = DatasetBase  # the type every consumer sees; instances are of a per-format subclass


def cells_to_tables(cells: dict[str, C.Cell]) -> dict:
    """Flat ``t3.new.natural`` cells → the nested mapping a dataset file holds."""
    out: dict = {}
    for key, value in cells.items():
        table, row, col = F.split_key(key)
        out.setdefault(table, {}).setdefault(row, {})[col] = C.plain(value)
    return out

"""Validate and render agree: a dataset at the schema's limits renders; one past them is refused by validate."""

from __future__ import annotations

import pytest

from nianbao import render
from nianbao.dataset import NAME_MAX, PARTS_MAX
from nianbao.errors import DatasetError
from nianbao.load import validate_mapping

from .cases import ROOT, SEED, seed


def _with_parts(n: int, title_length: int = 4) -> dict:
    data = seed()
    data["narrative"]["overview"]["parts"] = [{"title": f"{i:0{title_length}d}"[:title_length] or "题", "text": f"第{i}项正文。"}
                                              for i in range(1, n + 1)]
    return data


def test_parts_at_the_limit_render():
    ds = validate_mapping(_with_parts(PARTS_MAX, NAME_MAX), ROOT / SEED)
    html = render.report_html(ds)
    assert "（二十）" in html and f"第{PARTS_MAX}项正文" in html


def test_one_part_past_the_limit_is_refused():
    with pytest.raises(DatasetError, match="项数过多"):
        validate_mapping(_with_parts(PARTS_MAX + 1), ROOT / SEED)


def test_a_title_past_the_limit_is_refused():
    with pytest.raises(DatasetError, match="文字过长"):
        validate_mapping(_with_parts(1, NAME_MAX + 1), ROOT / SEED)

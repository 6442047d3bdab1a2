"""Cell values as people write them: counts, signed changes, money, blank and "/"."""

from decimal import Decimal

import pytest
from pydantic_core import PydanticCustomError

from nianbao.cells import NA, Money, display, parse_count, parse_money, parse_signed


@pytest.mark.parametrize("written,value", [(0, 0), (12, 12), ("12", 12), ("１２", 12), (" 7 ", 7),
                                           (None, None), ("", None), ("/", NA), ("／", NA), ("—", NA),
                                           ("16368（件）", 16368), ("31批次", 31),  # the count's measure word beside it
                                           ("本单位无行政处罚职能", NA), ("不涉及", NA)])  # not applicable, in words
def test_count(written, value):
    assert parse_count(written) == value


@pytest.mark.parametrize("written,kind", [(-1, "cell_negative"), ("-3", "cell_negative"), (2.5, "cell_not_integer"),
                                          ("2.5", "cell_not_integer"), ("增13", "cell_type"), (True, "cell_type"),
                                          ("abc", "cell_type"), ("无", "cell_type"),
                                          ("本单位行政处罚职能已划转", "cell_type")])
def test_count_rejects(written, kind):
    with pytest.raises(PydanticCustomError) as e:
        parse_count(written)
    assert e.value.type == kind


@pytest.mark.parametrize("written,value", [("增13", 13), ("减2", -2), ("+3", 3), ("-2", -2), (0, 0), (-5, -5),
                                           ("＋3", 3), ("~", "~"), ("未增未减", 0), ("0/0", 0), ("无增减", 0)])
def test_signed(written, value):
    if value == "~":
        assert parse_signed(None) is None
    else:
        assert parse_signed(written) == value


@pytest.mark.parametrize("written", ["增+3", "增-3", "多3", 1.5])
def test_signed_rejects(written):
    with pytest.raises(PydanticCustomError):
        parse_signed(written)


def test_money_keeps_value_and_unit():
    assert parse_money("981.93万元") == Money(Decimal("981.93"), "万元")
    assert parse_money("251,000元") == Money(Decimal("251000"), "元")
    assert parse_money(8040) == Money(Decimal("8040"), None)  # no unit: kept unknown, flagged by a check
    assert parse_money("1.5", default_unit="万元") == Money(Decimal("1.5"), "万元")
    assert parse_money("211.509万") == Money(Decimal("211.509"), "万")  # 万 without 元, kept as printed
    assert parse_money("211.509万").in_wan() == Decimal("211.509")
    with pytest.raises(PydanticCustomError):
        parse_money("-3万元")


def test_display():
    assert display(13, "signed") == "增13" and display(-2, "signed") == "减2" and display(0, "signed") == "0"
    assert display(None) == "" and display(NA) == "/"
    assert display(Money(Decimal("981.93"), "万元")) == "981.93万元"
    assert display(Money(Decimal("1.5"), "万元"), "money", "万元") == "1.5"
    assert display(Money(Decimal("5000"), "元"), "money", "万元") == "5000元"

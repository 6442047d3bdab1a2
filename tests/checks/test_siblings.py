"""The comparison data of a year: nearest neighbours by MinHash LSH, one file, the copy-paste rule reading it."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao import checks
from nianbao.checks.siblings import NEIGHBOURS
from nianbao.devtools import synth
from nianbao.errors import NianbaoError
from nianbao.load import validate_mapping


@pytest.fixture(scope="module")
def county():
    """60 generated townships of one year, and a 61st whose narrative is township 17's."""
    datasets = {raw["id"]: validate_mapping(raw, Path(f"{raw['id']}.yaml")) for raw in synth.generate(60, 2021)}
    twin = synth.generate(17, 2021)[-1]
    twin["id"], twin["organ"] = "twin-017", "示例县双胞胎镇人民政府"
    datasets["twin-017"] = validate_mapping(twin, Path("twin-017.yaml"))
    return datasets


def test_neighbours_find_the_copy_and_stay_few(county):
    comparison = checks.Comparison.of_datasets(county)
    assert comparison.neighbours["twin-017"][0] == "demo-017"
    assert comparison.neighbours["demo-017"][0] == "twin-017"
    assert all(0 < len(n) <= NEIGHBOURS and key not in n for key, n in comparison.neighbours.items())
    # The same narratives give the same neighbours (fixed seed), whatever the order they come in.
    again = checks.Comparison.of_datasets(dict(reversed(list(county.items()))))
    assert again.neighbours == comparison.neighbours


def test_comparison_file_round_trip_and_the_rule(county, tmp_path):
    comparison = checks.Comparison.of_datasets(county)
    path = comparison.write(tmp_path / "comparison.sqlite")
    read = checks.read_siblings(path, "twin-017")
    assert read == comparison.siblings_of("twin-017") and read[0].township_id == "demo-017"
    [copy] = [f for f in checks.run_checks(county["twin-017"], siblings=read) if f.id == "content.copy_sibling"]
    assert "demo-017" in copy.message and copy.evidence["share"] == 1.0
    assert checks.read_siblings(path, "no-such") == ()
    with pytest.raises(NianbaoError, match="比对数据文件不存在"):
        checks.read_siblings(tmp_path / "missing.sqlite", "twin-017")


def test_fingerprint_changes_only_with_the_neighbours_read(county):
    comparison = checks.Comparison.of_datasets(county)
    changed = dict(county)
    raw = synth.generate(17, 2021)[-1]
    raw["narrative"]["problems"] = "本年度新写的一段关于存在问题和改进措施的文字，与其他乡镇都不相同。"
    changed["demo-017"] = validate_mapping(raw, Path("demo-017.yaml"))
    other = checks.Comparison.of_datasets(changed)
    assert other.fingerprint("twin-017") != comparison.fingerprint("twin-017")
    unaffected = [k for k in county if "demo-017" not in comparison.neighbours.get(k, ())
                  and "demo-017" not in other.neighbours.get(k, ()) and k != "demo-017"]
    assert unaffected and all(other.fingerprint(k) == comparison.fingerprint(k) for k in unaffected)
